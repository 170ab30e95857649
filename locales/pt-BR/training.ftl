# ESS Academy — as páginas do próprio aluno: "Meu treinamento", o histórico para imprimir e a pesquisa nos
# cursos, em português do Brasil (traduzidas do inglês).
# Uma chave que contém marcação é indicada com "(HTML)" e exibida sem escape; seus argumentos são escapados
# pela página antes de serem inseridos.

## My training (training/index.html)
training-welcome = Boas-vindas, { $name }.
training-notice-verification-sent = Enviamos um novo e-mail de verificação para você. O link nele funciona por 7 dias.
# (HTML)
training-verify-email = <strong>Verifique seu endereço de e-mail.</strong> Enviamos um link para { $email }. Você precisa de um endereço verificado para fazer as provas.
training-send-link-again = Enviar o link de novo
training-your-credential = Sua credencial
training-credential-dates = emitida em { $issued } · válida até { $expires }
# (HTML)
training-renewal-open = <strong>Próximo passo: renove sua credencial</strong> antes de { $expires } ({ $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
  }).
# (HTML)
training-renewal-grace = <strong>Sua credencial expirou.</strong> Você ainda tem { $days ->
    [one] { $days } dia
   *[other] { $days } dias
  } de carência para renová-la.
# (HTML)
training-renewal-closed = <strong>O período de renovação terminou.</strong> Conquiste a especialização de novo: <a href="/exams">as duas provas estão abertas para você</a>.
training-renewal-not-yet = Próximo passo: a renovação abre em { $opens }, daqui a { $days ->
    [one] { $days } dia
   *[other] { $days } dias
  }.
training-renewal-how = Como funciona a renovação
training-renew-now = Renovar agora
training-your-badge = Seu selo
training-open-kit = Abrir seu kit de credencial
training-certificate-pdf = Certificado (PDF)
# (HTML)
training-kit-hint = Seu kit tem seu certificado, selo, assinatura de e-mail, textos prontos para clientes e RFPs e links para o LinkedIn. Qualquer pessoa pode conferir sua credencial na <a href="/verify/{ $id }">sua página de verificação</a>.
training-complete-tag = Treinamento concluído
training-progress-label = Progresso do treinamento
# (HTML)
training-progress = <strong>{ $done } de { $required }</strong> módulos concluídos · { $active } min de estudo ativo (estimativa: { $estimated } min)
# (HTML)
training-complete = <strong>Seu treinamento está concluído.</strong> Agora vêm as duas provas: cada uma é aleatória e cronometrada.
# (HTML)
training-complete-exempt = <strong>Seu treinamento está concluído (com dispensa).</strong> Agora vêm as duas provas: cada uma é aleatória e cronometrada.
training-resume = Continuar “{ $module }”
training-resume-percent = você tinha feito { $percent }
# (HTML)
training-next-module = Próximo a concluir: <a href="/courses/{ $course }/{ $slug }">{ $module }</a>. Quando todos os módulos estiverem concluídos, a prova 1 será liberada.
training-start-with = Começar por “{ $module }”
training-modules = Módulos
training-module-minutes = { $active } de { $required } min
training-optional = opcional
training-exams = Provas
training-exam-passed = Aprovada
training-exam-in-progress = Em andamento
training-exam-ready = Pronta para começar
training-exam-locked = Bloqueada
training-transcript-link = Histórico para imprimir
training-none-published = Nenhum treinamento publicado ainda

## The state of a module (here, on the transcript and on an admin's page of a person)
module-state-complete = Concluído
module-state-exempt = Dispensado
module-state-in-progress = Em andamento
module-state-not-started = Não iniciado

## The transcript (training/transcript.html)
training-transcript-title = Histórico de { $name }
training-transcript = Histórico de treinamento
training-transcript-meta = impresso em { $date } · tempo de estudo ativo medido pela ESS Academy
training-print = Imprimir
training-transcript-active = Estudo ativo: { $active } (estimativa: { $estimated })
training-transcript-completed = treinamento concluído em { $date }
training-col-module = Módulo
training-col-state = Estado
training-col-active = Estudo ativo
training-col-completed = Concluído em

## Search of the courses (learning/search.html)
search-title = Pesquisa: { $query }
search-lead = Encontre uma palavra ou frase nos módulos publicados.
search-words = Palavras a procurar
search-nothing = Nada encontrado para “{ $query }”
search-found = { $count ->
    [one] { $count } seção encontrada
   *[other] { $count } seções encontradas
  }
search-try = Tente usar menos palavras ou outra forma da palavra.
search-too-long = Pesquise no máximo { $count } caracteres.
search-no-words = Pesquise uma palavra ou um número.
