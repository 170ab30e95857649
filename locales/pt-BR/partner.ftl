# ESS Academy — os parceiros: a página da empresa do gestor do parceiro, o Incentivo Takeback, a verificação
# pública de um parceiro e o seletor de conteúdo que a plataforma de aprendizagem de um parceiro abre (LTI), em
# português do Brasil (traduzidos do inglês).
# Uma chave que contém marcação é indicada com "(HTML)" e exibida sem escape; seus argumentos são escapados
# pela página antes de serem inseridos.

## My company (partner/index.html)
partner-code = código de parceiro
partner-notice-invited = Convite enviado. O link nele funciona por 14 dias.
partner-notice-removed = Removido da sua empresa. A pessoa mantém a conta e a credencial.
# (HTML)
partner-accredited = <strong>Credenciada</strong> desde { $since }, com { $count ->
    [one] { $count } especialista
   *[other] { $count } especialistas
  } (são necessários pelo menos { $min }). O credenciamento vence em <strong>{ $lapses }</strong>, a menos que alguém renove ou que outra pessoa seja certificada antes disso.
partner-renewers = Se estas pessoas renovarem antes da expiração, sua empresa continua credenciada sem interrupção:
partner-renewer-open = expira em { $expires }, renovação aberta agora
partner-renewer-not-yet = expira em { $expires }, renovação abre em { $opens }
partner-certificate = Certificado de parceiro (PDF)
partner-logo = Logotipo da especialização (SVG)
partner-verify-page = Página pública de verificação
# (HTML)
partner-takeback-eligible = Parceiros credenciados podem participar do <a href="/takeback">Incentivo Takeback</a> nos países participantes.
# (HTML)
partner-not-accredited = <strong>Ainda não credenciada.</strong> Você precisa de pelo menos { $min } pessoas da equipe com uma credencial válida; hoje são { $count }. Convide abaixo suas equipes de vendas e técnica.
partner-people = Sua equipe ({ $count })
partner-download-all = Baixar todos os certificados e selos (zip)
partner-col-name = Nome
partner-col-training = Treinamento
partner-col-active = Tempo ativo
partner-col-exams = Provas
partner-col-credential = Credencial
partner-col-actions = Ações
partner-modules-done = { $done } de { $total } módulos
partner-training-complete = concluído
partner-exam-passed = aprovado
# $score is written by the page ("85%").
partner-exam-passed-score = aprovado com { $score }
partner-exam-attempts = { $count ->
    [one] { $count } tentativa
   *[other] { $count } tentativas
  }
partner-exam-attempts-best = { $count ->
    [one] { $count } tentativa
   *[other] { $count } tentativas
  }, melhor nota { $score }
partner-exam-not-taken = não feita
partner-status-valid = válida
partner-status-expired = expirada
partner-status-revoked = revogada
partner-until = até { $date }
partner-certificate-link = Certificado
partner-badge-link = Selo
partner-remove = Remover
partner-nobody = Ninguém ainda: convide sua equipe abaixo.
partner-people-hint = Você vê o progresso e os resultados, nunca as respostas. Remover alguém da sua empresa mantém a conta e a credencial da pessoa.
partner-invite = Convidar alguém
partner-invite-text = A pessoa recebe um e-mail com um link para se cadastrar; ao se cadastrar com ele, entra para { $partner }.
partner-invite-send = Enviar o convite
partner-invitations = Convites recentes
partner-invitation-joined = entrou
partner-invitation-sent = enviado em { $date }
partner-invite-already-member = { $email } já faz parte da sua equipe.
partner-invite-has-account = { $email } já tem uma conta. Um administrador do programa pode vinculá-la a { $partner }.
partner-no-partner = Sua conta ainda não está vinculada a um parceiro. Fale com um administrador do programa.

## Where a person's renewal stands, on the partner's page
partner-renewal-revoked = Revogada: sem renovação
partner-renewal-open = Renovação aberta: renove até { $date } ({ $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
  })
partner-renewal-grace = Expirada: { $days ->
    [one] resta { $days } dia de carência
   *[other] restam { $days } dias de carência
  } para renovar
partner-renewal-closed = Vencida: precisa ser conquistada de novo
partner-renewal-renewed = Renovada; a próxima renovação abre em { $date }
partner-renewal-not-yet = A renovação abre em { $date }

## The Takeback Incentive (partner/takeback.html)
takeback-title = Incentivo Takeback
takeback-eyebrow = Para parceiros credenciados
# $rate is written by the page ("7%").
takeback-lead = Parceiros que têm a Especialização em Sustentabilidade Ambiental podem obter um desconto incremental de até { $rate } em produtos novos registrados em negócios Takeback de renovação ou migração, nos países participantes, e os equipamentos antigos dos clientes são recolhidos gratuitamente.
takeback-accredited = Sua empresa é credenciada: ela pode participar nos países participantes.
takeback-not-accredited = Sua empresa ainda não é credenciada. Ela poderá participar quando houver pessoas suficientes certificadas.
takeback-how = Como funciona
# (HTML)
takeback-eligibility = <strong>Quem pode participar:</strong> sua empresa tem a especialização (pelo menos o número exigido de especialistas certificados), e o negócio é em um país participante.
# (HTML)
takeback-discount = <strong>O desconto:</strong> até { $rate } a mais nos produtos novos registrados em um negócio Takeback, em oportunidades de renovação ou migração.
# (HTML)
takeback-free = <strong>Recolhimento gratuito:</strong> o fabricante recolhe sem custo os equipamentos em fim de uso do cliente, reutiliza o que pode e recicla o restante de forma responsável.
# (HTML)
takeback-register = <strong>Registre o negócio</strong> como negócio Takeback no registro de negócios do fabricante; o desconto real é definido lá.
takeback-countries = Países participantes
takeback-no-countries = Nenhum país listado ainda.
takeback-terms = A lista e a taxa vêm das configurações do programa. Confira as condições atuais do fabricante antes de fazer uma proposta a um cliente.
takeback-estimate-title = Estime um negócio
takeback-country = País do negócio
takeback-value = Valor dos produtos novos
takeback-value-hint = Valor líquido na moeda do negócio, por exemplo 250000.
takeback-estimate = Estimar
takeback-estimated = Desconto incremental estimado, com taxa de até { $rate }.
takeback-not-eligible = Não elegível
takeback-not-eligible-text = Esse país não participa do Incentivo Takeback. O recolhimento gratuito ainda pode estar disponível: pergunte ao fabricante.
# (HTML)
takeback-not-a-quote = <strong>Uma estimativa, não uma cotação:</strong> o desconto é "de até" essa taxa e só é confirmado pelo registro do negócio.
takeback-value-number = Informe o valor do negócio como número, por exemplo 250000.
takeback-value-positive = Informe o valor do negócio como número positivo.

## The public verification of a partner (partner/verify.html)
partner-verify-title = { $name }: verificação de parceiro
partner-verification = Verificação de parceiro
# (HTML)
partner-verify-accredited = <strong>Credenciado.</strong> Este parceiro tem a Especialização em Sustentabilidade Ambiental.
# (HTML)
partner-verify-not-accredited = <strong>Não credenciado</strong> no momento.
partner-partner = Parceiro
partner-accredited-since = Credenciado desde
partner-current-until = Válido até
partner-current-until-value = { $date } (prorrogado à medida que mais pessoas são certificadas)
partner-specialists = Especialistas certificados
partner-code-label = Código de parceiro

## Content for a partner's learning platform (lti/deep_linking.html, lti/deep_linking_response.html)
lti-choose-title = Escolha conteúdo para o seu curso
lti-choose-lead-many = Sua plataforma de aprendizagem perguntou qual conteúdo da ESS Academy adicionar. Marque os cursos, módulos e provas a vincular e adicione-os: você volta à sua plataforma com os links.
lti-choose-lead-one = Sua plataforma de aprendizagem perguntou qual conteúdo da ESS Academy adicionar. Escolha um curso, módulo ou prova a vincular e adicione-o: você volta à sua plataforma com o link.
lti-whole-course = { $course } (o curso inteiro)
lti-nothing-published = Nada foi publicado ainda. Volte quando houver um curso no ar.
lti-add = Adicionar ao meu curso
lti-choose-one-at-least = Escolha pelo menos um curso, módulo ou prova.
lti-choose-only-one = Sua plataforma de aprendizagem aceita um só item aqui: escolha apenas um.
lti-choice-gone = “{ $item }” não está mais no catálogo. Recarregue a página e escolha de novo.
lti-back-title = De volta à sua plataforma de aprendizagem
lti-chosen = { $count ->
    [one] { $count } item escolhido. Se a sua plataforma não abrir sozinha, envie a escolha com o botão.
   *[other] { $count } itens escolhidos. Se a sua plataforma não abrir sozinha, envie a escolha com o botão.
  }
lti-return = Voltar à sua plataforma de aprendizagem
