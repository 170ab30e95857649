# ESS Academy — páginas dos administradores do programa, em português do Brasil (traduzidas do inglês).

## Translations of a course
tr-admin = Admin
tr-title = Traduções
tr-lead = Cada idioma tem os arquivos do curso em translations/<lang>/. Uma tradução está em dia enquanto a origem continuar sendo a versão a partir da qual ela foi feita; onde ela estiver desatualizada ou faltando, os alunos veem o texto em inglês.
tr-none = Este curso não declara traduções. Adicione [translations] languages = ["es"] ao course.toml dele.
tr-complete = completa
tr-incomplete = incompleta
tr-counts = { $current } em dia, { $stale } a atualizar, { $missing } a traduzir
tr-todo = A fazer
tr-file = Arquivo
tr-state = Estado
tr-actions = Ações
tr-translate = Traduzir
tr-modules = Módulos
tr-state-current = em dia
tr-state-stale = desatualizada
tr-state-missing = faltando
tr-files-hint = As questões, o kit e os textos do curso são traduzidos nos próprios arquivos: importe-os ou edite os módulos aqui.
tr-editor-box = Traduções deste módulo

## The translation editor
tred-title = Tradução: { $language }
tred-source = feita a partir da revisão publicada r{ $revision }
tred-edit-source = Editar o original
tred-stale = O original mudou desde que esta tradução foi feita: atualize-a e depois salve. Até lá, os alunos veem o texto em inglês.
tred-saved = Salva. Os alunos que leem neste idioma já veem esta tradução.
tred-source-heading = Original (inglês)
tred-source-markdown = Markdown do original
tred-field-title = Título
tred-field-objectives = Objetivos de aprendizagem
tred-objectives-hint = Um por linha, na ordem do original: { $count ->
    [one] um objetivo
   *[other] { $count } objetivos
  }.
tred-field-summary = Resumo de uma linha para o programa
tred-field-markdown = Conteúdo (markdown)
tred-markdown-hint = Mantenha a estrutura do original: as mesmas verificações de conhecimento com seus ids, as opções na mesma ordem com as mesmas respostas corretas, as mesmas imagens.
tred-save = Salvar a tradução
tred-preview = Pré-visualização

## Dates and words shared by the admin pages
admin-date-time = { $date }, { $time } UTC
admin-yes = Sim
admin-no = Não
admin-none = Nenhuma.
admin-cancel = Cancelar
admin-retry-now = Tentar de novo agora
admin-col-action = Ação
admin-col-queued = Na fila desde
admin-col-tries = Tentativas
admin-form-expired = Este formulário expirou. Volte, recarregue a página e envie de novo.
admin-certificate-pdf = certificado em PDF

## The admin home and a course (admin/index.html, admin/course.html)
admin-title = Administração do programa
admin-lead = Escreva os módulos em markdown, veja uma prévia exatamente como os alunos vão ver, publique e guarde todas as revisões.
admin-link-people = Pessoas: progresso e dispensas
admin-name-corrections = Correções de nome
admin-outbox = Caixa de saída de e-mails
admin-xapi = Declarações xAPI
admin-partners = Parceiros
admin-reports = Relatórios
admin-lti = Plataformas de aprendizagem (LTI)
admin-course-meta = { $count ->
    [one] { $count } módulo publicado
   *[other] { $count } módulos publicados
  } · { $total } de estudo (o limite é de 15 h)
admin-manage-modules = Gerenciar módulos
admin-view-as-learner = Ver como aluno
# (HTML)
admin-no-courses = Coloque uma pasta de curso em <code>courses/</code> e reinicie, ou execute <code>ess-academy import</code>.
admin-course-title = { $course } · módulos
admin-course-lead = { $count ->
    [one] { $count } módulo publicado
   *[other] { $count } módulos publicados
  }, { $total } de estudo. O limite é de 15 h.
admin-col-minutes = Minutos
admin-retired = retirado
admin-published-revision = publicado r{ $number }
admin-draft-revision = rascunho r{ $number }
admin-move-up = Mover { $module } para cima
admin-move-down = Mover { $module } para baixo
admin-bring-back = Trazer de volta
admin-retire = Retirar
admin-retired-hint = Módulos retirados somem para os alunos; o progresso neles é mantido.
admin-exam-line = { $questions } questões · { $minutes } min · { $percent }
admin-item-statistics = Estatísticas por questão
# (HTML)
admin-exams-hint = Os bancos de questões são escritos em <code>courses/…/exams/</code>; <code>ess-academy check</code> os valida, e a próxima inicialização os importa.
admin-add-module = Adicionar um módulo
admin-slug = Slug (o endereço do módulo)
# (HTML)
admin-slug-hint = Palavras em minúsculas unidas por hífens, como <code>takeback-basics</code>.
admin-write-module = Escrever o novo módulo
admin-upload-image = Enviar uma imagem
# (HTML)
admin-upload-text = PNG ou JPEG, até 2 MiB. Use-a em um módulo assim: <code>![O que ela mostra](../assets/name.png)</code>.
admin-image-file = Arquivo de imagem
admin-upload = Enviar
admin-course-images = Imagens deste curso
admin-notice-uploaded = A imagem foi enviada.
admin-notice-moved = A ordem foi salva.
admin-notice-retired = O módulo foi retirado: os alunos não o veem mais. O progresso deles é mantido.
admin-notice-restored = O módulo está de volta ao curso.
admin-notice-published = Publicado: os alunos já veem a nova versão.
admin-notice-saved = Rascunho salvo. Os alunos continuam vendo a versão publicada.
admin-notice-unchanged = Nada mudou desde a última revisão.
admin-upload-not-image = Só é possível enviar imagens PNG, JPEG e SVG; este arquivo não é nenhuma delas.
# $reason is what the SVG checker found, in English.
admin-upload-bad-svg = Este SVG não pode ser usado: { $reason }.

## The module editor (admin/editor.html) and its preview script (static/js/editor.js)
admin-new-module = Novo módulo
admin-edit-title = Editar { $title }
admin-edit-module = Editar módulo
admin-editing-revision = Editando a revisão { $number }
admin-published-as = publicado: r{ $number }
admin-not-published = ainda não publicado
admin-is-draft = isto é um rascunho
admin-field-minutes = Tempo de estudo estimado (minutos)
admin-field-minutes-hint = De 5 a 180. Todos os módulos juntos ficam abaixo de 15 horas.
admin-field-minutes-number = Informe os minutos como número inteiro, por exemplo 45.
admin-objectives-hint = Um por linha, cada um começando com um verbo ("Explicar…", "Citar…").
# (HTML)
admin-markdown-hint = Comece com um título <code>## </code>. Tabelas, notas de rodapé, listas de tarefas e os destaques <code>&gt; [!NOTE]</code>, <code>[!TIP]</code> e <code>[!WARNING]</code> funcionam. Vincule módulos como <code>04-slug.md</code> e imagens como <code>../assets/name.png</code>, com texto alternativo.
admin-field-note = O que mudou (para o histórico)
admin-save-draft = Salvar rascunho
admin-publish = Publicar
admin-notice-preview = Isto é uma prévia: nada foi salvo ainda.
admin-preview-typing = digitando…
admin-preview-updating = atualizando…
admin-preview-done = atualizada
admin-preview-failed = prévia indisponível; use o botão Pré-visualização

## Revisions (admin/history.html, admin/revision.html)
admin-history-title = Histórico de { $module }
admin-revision-history = Histórico de revisões
admin-col-revision = Revisão
admin-col-when = Quando
admin-col-who = Quem
admin-col-summary = Resumo
admin-course-files = arquivos do curso
admin-published = publicada
admin-draft = rascunho
admin-view-compare = Ver e comparar
admin-revision-title = Revisão { $number } de { $module }
admin-revision-heading = Revisão { $number }: { $title }
admin-restore = Restaurar como nova revisão em rascunho
admin-changes-since = Mudanças desta revisão até a mais recente (r{ $number })
admin-no-differences = Nenhuma diferença.
admin-as-learners-saw-it = Como os alunos a viram
admin-notice-revision-restored = Restaurada como nova revisão em rascunho. Abra o editor para publicá-la.

## Item statistics of an exam (admin/statistics.html)
admin-statistics-title = Estatísticas: { $exam }
admin-statistics = Estatísticas
admin-statistics-heading = { $exam }: estatísticas por questão
admin-graded-attempts = { $count ->
    [one] { $count } tentativa corrigida
   *[other] { $count } tentativas corrigidas
  }
# $score is written by the page ("72%").
admin-mean-score = nota média { $score }
admin-alpha = α de Cronbach ≈ { $alpha } (estimado para provas aleatórias)
admin-download-csv = Baixar CSV
admin-col-question = Questão
admin-col-facility = Facilidade
admin-col-discrimination = Discriminação
admin-col-choices = Escolhas por opção
admin-col-flags = Alertas
admin-no-graded-attempts = Nenhuma tentativa corrigida ainda.
admin-statistics-hint = A facilidade é a proporção de respostas certas (com alerta acima de 0,95 e abaixo de 0,2); a discriminação é a correlação da questão com o restante da prova (com alerta abaixo de 0,1). As escolhas por opção seguem a ordem do arquivo; * marca uma opção correta.
admin-flag-too-easy = fácil demais
admin-flag-too-hard = difícil demais ou gabarito errado
admin-flag-no-discrimination = não discrimina

## Knowledge checks of a course (learning/checks.html)
admin-checks = Verificações de conhecimento
admin-course = Curso
admin-checks-lead = Quantos alunos acertaram cada verificação na primeira tentativa: as proporções mais baixas mostram onde o módulo, ou a verificação, precisa de uma segunda olhada. As verificações nunca valem nota.
admin-as-json = Em JSON
admin-no-checks = Os módulos publicados ainda não têm verificações de conhecimento.
admin-col-check = Verificação
admin-col-answered = Respondidas
admin-col-first-try = Certas na primeira tentativa

## People (admin/users.html, admin/user.html)
admin-people = Pessoas
admin-find-person = Encontre uma pessoa pelo e-mail ou pelo nome
admin-nobody-matches = Ninguém corresponde a “{ $query }”.
admin-user-progress = { $done } de { $required } módulos obrigatórios concluídos · { $active } min ativos de { $estimated } estimados
admin-training-complete = treinamento concluído
admin-col-active = Ativo
admin-col-needed = Necessário
admin-exempt-title = Conceder uma dispensa
admin-exempt-text = Reconhecimento de aprendizagem prévia: o módulo, ou todo o treinamento, conta como concluído. O motivo fica registrado com o seu nome e a data.
admin-whole-training = Todo o treinamento
admin-exempt-reason-hint = Por exemplo: tem o certificado de sustentabilidade anterior do fabricante (2024).
admin-exempt-submit = Registrar a dispensa
admin-accommodation-title = Adaptação da prova
admin-accommodation-text = Tempo extra (em porcentagem do tempo limite) e/ou tentativas extras, com o motivo.
admin-accommodation-exam = { $exam } ({ $used } tentativas usadas, { $left } restantes)
admin-extra-time = Tempo extra (%)
admin-extra-attempts = Tentativas extras
admin-accommodation-submit = Registrar a adaptação
admin-exemptions = Dispensas
admin-exemption-when-by = { $date }, por { $name }
admin-membership-title = Papel e parceiro
admin-membership-text = Uma pessoa pertence a no máximo uma empresa parceira; cada mudança fica registrada. Um gestor do parceiro gerencia o parceiro ao qual pertence.
admin-no-partner = Nenhum (empresa informada no cadastro: { $company })
admin-membership-submit = Salvar papel e parceiro
admin-erase-link = Excluir esta conta…
admin-erase-link-hint = (a pedido da pessoa, recebido por outros meios)
admin-notice-exempted = A dispensa foi registrada.
admin-notice-accommodated = A adaptação foi registrada.
admin-notice-membership-saved = Papel e parceiro salvos. A mudança foi registrada.
admin-field-whole-numbers = Informe números inteiros.
admin-field-exemption-reason = Informe o motivo da dispensa em 1 a { $max } caracteres.
admin-field-extra-time = Informe de 0 a { $max } por cento de tempo extra.
admin-field-extra-attempts = Informe de 0 a { $max } tentativas extras.
admin-field-accommodation-empty = Conceda tempo extra, uma tentativa extra ou os dois.
admin-field-accommodation-reason = Informe o motivo em 1 a { $max } caracteres.
admin-field-no-such-partner = Esse parceiro não existe.
admin-field-manager-needs-partner = Um gestor do parceiro precisa do parceiro que gerencia (partner_id).

## Erasing an account at a person's request (privacy/admin_erase.html)
admin-erase-title = Excluir uma conta
admin-erase-crumb = Excluir
admin-erase-heading = Excluir a conta de { $name }
admin-erase-done = A conta foi excluída. A exclusão fica registrada com o seu nome, a data e o motivo: “{ $reason }”.
admin-erase-revoked = { $count ->
    [one] { $count } credencial foi revogada.
   *[other] { $count } credenciais foram revogadas.
  }
admin-back-to-people = Voltar às pessoas
admin-erase-intro = Use esta opção quando a pessoa pediu a exclusão por outros meios (uma carta, um e-mail) e você confirmou que é ela mesma. Não é possível desfazer. Imediatamente:
admin-erase-signed-out = a conta ({ $email }) é desconectada de todos os lugares e nunca mais poderá entrar;
admin-erase-name-email = o nome e o endereço de e-mail dela são substituídos;
admin-erase-answers = as respostas dela às provas e às verificações de conhecimento e os textos dos e-mails enviados a ela são removidos;
admin-erase-credentials = as credenciais dela são revogadas, e as páginas de verificação deixam de mostrar o nome.
admin-erase-reports = Os relatórios mantêm as contagens: o progresso e as notas das tentativas ficam, sem o nome.
admin-erase-reason = Como o pedido chegou até você
admin-erase-reason-hint = Por exemplo: uma carta do aluno datada de 1º de dezembro de 2026.
admin-erase-submit = Excluir esta conta

## Name corrections (admin/name_corrections.html)
admin-corrections-lead = As pessoas pedem que o nome no certificado seja corrigido. Aprovar altera a conta e reemite, com o mesmo id, todas as credenciais da pessoa, com a correção no histórico.
admin-correction-asked = pedido em { $date }
admin-correction-record = o registro da pessoa
admin-correction-reason = Motivo:
admin-correction-note = Nota para a pessoa (obrigatória para recusar)
admin-approve = Aprovar
admin-reject = Recusar
admin-nothing-to-decide = Nada para decidir
admin-no-corrections = Nenhuma correção de nome aguardando.
admin-notice-correction-approved = Aprovada: a conta e as credenciais dela agora têm o nome corrigido.
admin-notice-correction-rejected = Recusada: a pessoa recebeu o motivo por e-mail.

## The mail outbox (admin/outbox.html)
admin-outbox-lead = Cada e-mail entra na fila aqui na mesma transação que o originou e é enviado por um processo em segundo plano que tenta de novo com intervalos crescentes. { $waiting } aguardando, { $failed } abandonados.
admin-show-all = Mostrar todos
admin-show-unsent = Mostrar só os não enviados
admin-col-to = Para
admin-col-subject = Assunto
admin-col-status = Status
admin-col-last-error = Último erro
admin-status-sent = enviado
admin-status-failed = falhou
admin-status-retrying = tentando de novo
admin-status-sending = enviando
admin-status-queued = na fila
admin-next-attempt = próxima tentativa { $date }
admin-no-mails = Nenhum e-mail ainda.
admin-notice-mail-retrying = A mensagem voltou para a fila e sai em alguns segundos.
admin-notice-mail-not-retried = Essa mensagem já foi enviada, ou um processo de envio está cuidando dela agora.

## xAPI statements (admin/xapi.html)
# (HTML) $lrs is escaped by the page before it is placed here.
admin-xapi-lead = Cada evento de aprendizagem entra na fila aqui na mesma transação que o evento e é enviado em lotes para <code class="break-anywhere">{ $lrs }</code>, com novas tentativas.
# (HTML)
admin-xapi-off = Nenhum repositório de registros de aprendizagem está configurado (<code>ESS_XAPI_URL</code>): nenhuma declaração entra na fila.
admin-show-label = Mostrar:
admin-filter-all = todas
admin-state-queued = na fila
admin-state-failing = com falha
admin-state-sent = enviada
admin-statements = Declarações
admin-col-verb = Verbo
admin-col-lrs-answer = Resposta do LRS
admin-no-statements = Nenhuma declaração.
admin-no-statements-in-state = Nenhuma declaração neste estado.
admin-notice-statement-retrying = A declaração voltou a ficar pendente e sai em alguns segundos.

## Partners (admin/partners.html)
# (HTML)
admin-partners-lead = As empresas parceiras têm a especialização enquanto pessoas suficientes delas tiverem uma credencial válida. Para tornar alguém gestor de um parceiro, use a página da pessoa em <a href="/admin/users">Pessoas</a>.
admin-col-code = Código
admin-col-specialists = Especialistas
admin-col-specialization = Especialização
admin-accredited = credenciado
admin-not-yet = ainda não
admin-no-partners = Nenhum parceiro ainda.
admin-add-partner = Adicionar um parceiro
admin-company-name = Nome da empresa
admin-partner-code-optional = Código de parceiro (opcional)
admin-partner-code-hint = Letras maiúsculas, números e hífens, como ACME-DE. Gerado a partir do nome e do país se ficar vazio.
admin-add-partner-submit = Adicionar o parceiro
admin-notice-partner-created = Parceiro criado. Torne alguém gestor dele na página da pessoa em Pessoas.
admin-field-partner-code = Use de 3 a { $max } letras maiúsculas, números e hífens simples, como ACME-DE.
admin-field-partner-code-taken = O código { $code } já está em uso; escolha outro.

## Reports (admin/reports.html)
admin-reports-title = Relatórios do programa
admin-reports-of = Relatórios do programa: { $course }
admin-reports-lead = As pessoas são selecionadas pela data de cadastro (UTC, os dois dias incluídos), pelo país e pelo parceiro. Cada tabela também está disponível como arquivo CSV.
admin-reports-filter = Filtrar os relatórios
admin-reports-errors = Alguns filtros precisam da sua atenção; nada é exibido até que estejam corretos.
admin-reports-from = Cadastrados a partir de
admin-reports-to = Cadastrados até
admin-all-countries = Todos os países
admin-show = Mostrar
admin-clear = Limpar
admin-funnel = Funil
admin-funnel-caption = Pessoas em cada etapa
admin-stage-registered = Cadastrados
admin-stage-verified = Verificados
admin-stage-started = Começaram
admin-stage-training-complete = Treinamento concluído
admin-stage-exam-1 = Aprovados na prova 1
admin-stage-exam-2 = Aprovados na prova 2
admin-stage-credential = Credencial
admin-by-month = Por mês de cadastro
admin-by-country = Por país
admin-by-partner = Por parceiro
admin-col-month = Mês
admin-nobody-registered = Ninguém se cadastrou com esses filtros.
admin-more-rows = { $count ->
    [one] Mais { $count } linha está no CSV.
   *[other] Mais { $count } linhas estão no CSV.
  }
admin-chart-funnel-legend = Pessoas que chegaram a cada etapa (proporção dos cadastrados)
admin-chart-months = Cadastros por mês
admin-chart-months-legend = Barra: pessoas cadastradas no mês; marca e segundo número: delas, as que têm credencial
admin-chart-modules = Tempo ativo por módulo
admin-chart-modules-legend = Barra: mediana em minutos; linha: percentil 90; marca laranja: a estimativa
admin-chart-module-minutes = { $median } / { $p90 } / { $estimate } min
admin-chart-exams = Taxas de aprovação das provas
admin-chart-exams-legend = Barra: proporção de participantes aprovados; segundo número: tentativas por aprovação
admin-chart-partners = Credenciamento dos parceiros
admin-chart-partners-legend = Parceiros em cada estado
admin-chart-accredited = Credenciados
admin-chart-lapsing = Vencem em até { $days } dias
admin-chart-not-accredited = Não credenciados
admin-col-learners = Alunos
admin-col-median = Mediana (min)
admin-col-p90 = Percentil 90 (min)
admin-col-estimate = Estimativa (min)
admin-col-takers = Participantes
admin-col-passed = Aprovados
admin-col-pass-rate = Taxa de aprovação
admin-col-attempts-per-pass = Tentativas por aprovação
admin-expiring = Credenciais que expiram nos próximos { $days } dias
admin-expiring-count = { $count } no total.
admin-expiring-count-limited = { $count } no total; as primeiras { $limit } estão listadas.
admin-none-expiring = Nenhuma credencial expira nos próximos { $days } dias.
admin-partners-accreditation = Parceiros: credenciamento
admin-partners-summary = { $total } parceiros, { $accredited } credenciados (pelo menos { $min ->
    [one] { $min } especialista
   *[other] { $min } especialistas
  }), { $lapsing } vencendo em até { $days } dias.
admin-col-members = Membros
admin-col-accredited = Credenciado
admin-col-lapses = Vence em
admin-soon = em breve
admin-no-partners-filtered = Nenhum parceiro com esses filtros.
admin-more-partners = { $count ->
    [one] Mais { $count } parceiro está no CSV.
   *[other] Mais { $count } parceiros estão no CSV.
  }
reports-field-date = Informe a data como AAAA-MM-DD.
reports-field-end-before-start = A data final é anterior à data inicial.
reports-field-country = Escolha um país pelo código de duas letras, como BR.
reports-field-partner = Nenhum parceiro tem o código { $code }.

## Learning platforms (admin/lti.html)
admin-lti-crumb = Plataformas de aprendizagem
admin-lti-heading = Plataformas de aprendizagem (LTI 1.3)
admin-lti-lead = A plataforma de aprendizagem de um parceiro (Moodle, Canvas, Blackboard…) pode abrir o treinamento como ferramenta LTI 1.3. O administrador dela registra a ferramenta com as URLs abaixo e envia para você os dados da plataforma, para registrar aqui.
admin-lti-tool-urls = Para o administrador da plataforma
admin-lti-login-url = URL de início de login do OpenID Connect
admin-lti-launch-url = URL de redirecionamento (lançamento)
admin-lti-jwks-url = URL do conjunto de chaves públicas (JWKS)
admin-lti-target-url = URI de destino padrão
admin-lti-target-hint = (ou uma página de módulo ou de prova deste site)
admin-lti-issuer = Emissor
admin-lti-client-id = ID do cliente
admin-lti-deployments = Implantações
admin-lti-links-by-email = Vínculo por e-mail
admin-lti-no-platforms = Nenhuma plataforma registrada ainda.
admin-lti-scores = Envio de notas
admin-lti-scores-text = Quando um aluno abre uma prova a partir de uma plataforma que concede o escopo de notas (Assignment and Grade Services), o início e o resultado de cada tentativa vão para o diário de notas dessa plataforma. As { $count } notas mais recentes:
admin-col-score = Nota
admin-col-platform-answer = Resposta da plataforma
admin-lti-no-scores = Nenhuma nota ainda.
admin-lti-register = Registrar uma plataforma
admin-lti-issuer-hint = O emissor (iss) da plataforma, por exemplo https://lms.partner.example
admin-lti-client-id-hint = O ID do cliente que a plataforma deu a esta ferramenta.
admin-lti-deployment-ids = IDs de implantação
admin-lti-one-a-line = Um por linha.
admin-lti-auth-url = Endpoint de autorização
admin-lti-auth-url-hint = A URL de solicitação de autenticação do OpenID Connect da plataforma.
admin-lti-jwks = URL do conjunto de chaves públicas
admin-lti-jwks-hint = Onde a plataforma publica as chaves dela (JWKS).
admin-lti-token-url = URL do token de acesso
admin-lti-link-by-email = Vincular um primeiro lançamento a uma conta de aluno existente com o mesmo e-mail verificado
admin-notice-platform-registered = Plataforma registrada. Os alunos dela já podem abrir o treinamento por lá.
admin-notice-score-retrying = A nota voltou a ficar pendente e sai em alguns segundos.
lti-field-url-empty = Informe a URL.
lti-field-url-too-long = Uma URL pode ter no máximo { $max } caracteres.
lti-field-url-invalid = Informe uma URL completa, começando com https://.
lti-field-url-https = Use uma URL https://.
lti-field-issuer-empty = Informe o emissor.
lti-field-issuer-too-long = O emissor deve ser uma linha de no máximo { $max } caracteres.
lti-field-client-id-empty = Informe o ID do cliente.
lti-field-client-id-too-long = O ID do cliente deve ser uma linha de no máximo { $max } caracteres.
lti-field-deployments-empty = Informe pelo menos um ID de implantação.
lti-field-deployments-too-many = Informe no máximo { $max } IDs de implantação, de uma linha cada.
lti-field-platform-taken = Este emissor e este ID do cliente já estão registrados.
admin-col-by-language = Por idioma
admin-language-facility-title = { $language }: { $count } respostas
admin-flag-translation = revise a tradução { $lang }
tred-history = Histórico desta tradução
tred-col-text = Texto
tred-show-text = Mostrar o texto
tred-in-use = em uso
tred-origin-restore = restaurada de uma revisão anterior
tred-restore = Restaurar r{ $number }
tred-restored = A revisão r{ $number } voltou a ser a tradução, com o original a partir do qual foi feita.
tred-no-history = Nada salvo ainda: o histórico começa no primeiro salvamento.
