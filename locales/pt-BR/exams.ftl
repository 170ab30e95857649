# ESS Academy — as provas: a apresentação da prova, a prova página a página com o navegador de questões e
# o salvamento automático (também as palavras que o script da página escreve), a revisão antes do envio e o
# resultado, em português do Brasil (traduzidas do inglês).
# Uma chave que contém marcação é indicada com "(HTML)" e exibida sem escape; seus argumentos são escapados
# pela página antes de serem inseridos.

## The exam's introduction (exams/exam.html)
exam-eyebrow = Prova
exam-fact-questions = Questões
exam-fact-questions-value = { $count }, sorteadas para você
exam-fact-time = Tempo
exam-fact-time-value = { $minutes } minutos, contados pelo servidor a partir do momento em que você começa
exam-fact-pass = Para passar
exam-fact-pass-value = { $percent } (uma questão só conta como certa quando todas as opções escolhidas estão certas e nenhuma está faltando)
exam-fact-attempts = Tentativas
exam-fact-attempts-value = usadas: { $used }; restantes: { $left }
exam-best-score = melhor nota: { $score }
exam-passed = Você passou nesta prova.
exam-continue = Continuar sua tentativa
exam-autosave = Suas respostas são salvas enquanto você responde: recarregar a página ou perder a conexão não apaga nada. Quando o tempo acabar, o que você salvou será corrigido.
exam-start = Começar a prova

## Why an exam cannot be started now
exam-reason-passed = Você já passou nesta prova.
exam-reason-passed-and-held = Você já passou nesta prova e tem a credencial. Mantenha-a válida com a prova de renovação, na página de renovação.
exam-reason-verify-email = Primeiro, verifique seu endereço de e-mail: o link está no e-mail que enviamos para você.
exam-reason-training = Esta prova é liberada quando você conclui o treinamento.
exam-reason-after-exam = Esta prova é liberada quando você passa em “{ $exam }”.
exam-reason-no-attempts = { $count ->
    [one] Você usou sua única tentativa. Um administrador do programa pode conceder outra.
   *[other] Você usou todas as { $count } tentativas. Um administrador do programa pode conceder outra.
  }
exam-reason-cooldown = Você poderá tentar de novo em { $wait } (há um intervalo entre as tentativas).
exam-wait-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  }
exam-wait-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
  }
exam-wait-hours-minutes = { $hours } h { $minutes } min
exam-reason-renewal-holders-only = A prova de renovação é para quem já tem a credencial: conquiste-a primeiro com o treinamento e as duas provas.
exam-reason-revoked = Esta credencial foi revogada: ela não pode ser renovada.
exam-reason-renewal-not-yet = A renovação abre em { $opens }, { $days } dias antes de sua credencial expirar, em { $expires }.
exam-reason-renewal-closed = O período de carência para renovar terminou em { $date }. Conquiste a especialização de novo: as provas do treinamento estão abertas para você.
exam-reason-renewal-module = Primeiro, conclua o módulo de renovação “{ $module }”.

## A page of the paper (exams/attempt.html)
exam-page-title = Página { $page } de { $pages }: { $exam }
exam-page-heading = Página { $page } de { $pages }
exam-page-questions = questões { $first }–{ $last } de { $total }
exam-question-of = Questão { $number } de { $total }
exam-choose-all = (escolha todas as corretas)
exam-flag = Marcar para revisão
exam-flag-which = : questão { $number }
exam-previous-page = Página anterior
exam-save-answers = Salvar respostas
exam-next-page = Próxima página
exam-review-and-submit = Revisar e enviar
exam-notice-saved = Suas respostas foram salvas.

## The exam bar (exams/bar.html)
exam-bar-attempt = tentativa { $number }
exam-time-left = Tempo restante:
exam-answered-of = { $count } de { $total } com resposta
exam-flagged-count = { $count ->
    [one] { $count } marcada
   *[other] { $count } marcadas
  }
exam-all-saved = Todas as respostas salvas
exam-unsaved = { $count ->
    [one] { $count } ainda não salva
   *[other] { $count } ainda não salvas
  }
exam-answered = { $count } com resposta

## The question navigator (exams/navigator.html)
exam-nav-title = Questões
exam-nav-label-answered = Questão { $number }, respondida
exam-nav-label-unanswered = Questão { $number }, sem resposta
exam-nav-label-answered-flagged = Questão { $number }, respondida, marcada para revisão
exam-nav-label-unanswered-flagged = Questão { $number }, sem resposta, marcada para revisão
exam-legend-answered = respondida
exam-legend-unanswered = sem resposta
exam-legend-flagged = marcada
exam-nav-noscript = Salve esta página antes de seguir um número para outra página: os botões abaixo das questões salvam a página.

## What the page's script writes (static/js/exam.js)
exam-js-minutes-left = { $minutes ->
    [one] Falta { $minutes } minuto.
   *[other] Faltam { $minutes } minutos.
  }
exam-js-time-up = O tempo acabou: suas respostas salvas estão sendo enviadas.
exam-js-saving = Salvando…
exam-js-saved = Salva
exam-js-not-saved-time-up = Não foi salva: o tempo acabou.
exam-js-retrying = Ainda não salva: tentando de novo…
exam-js-flag-time-up = A marcação não mudou: o tempo acabou.
exam-js-flagged = Marcada para revisão
exam-js-unflagged = Marcação removida
exam-js-flag-failed = A marcação não foi salva: verifique sua conexão e tente de novo.
exam-js-saving-before-leaving = Salvando antes de sair…
exam-js-unsaved-warning = Algumas respostas ainda não foram salvas: verifique sua conexão e tente de novo.

## The review before submission (exams/review.html)
exam-review-title = Revisão: { $exam }
exam-review-heading = Revise antes de enviar
# (HTML)
exam-review-summary = Você respondeu <strong>{ $answered } de { $total }</strong> questões: <a href="#unanswered-title">{ $unanswered } sem resposta</a>, <a href="#flagged-title">{ $flagged } para revisar</a>.
exam-unanswered-heading = Sem resposta ({ $count })
exam-unanswered-hint = Uma questão sem resposta não vale pontos. Escolha um número para voltar a ela.
exam-question-number = Questão { $number }
exam-all-answered = Todas as questões têm resposta.
exam-flagged-heading = Marcadas para revisão ({ $count })
exam-none-flagged = Nenhuma questão está marcada. Use “Marcar para revisão” abaixo de uma questão para encontrá-la aqui de novo.
exam-submit-final = Depois de enviadas, suas respostas são corrigidas e não podem mais mudar.
exam-back-to-questions = Voltar às questões
exam-submit = Enviar para correção
exam-notice-time-up = O tempo acabou: as respostas não podem mais mudar. Envie agora para que suas respostas salvas sejam corrigidas.

## The result (exams/result.html)
exam-result-title = Resultado: { $exam }
exam-result = Resultado
exam-attempt-number = Tentativa { $number }
exam-result-passed = Você passou
exam-result-failed = Não foi desta vez
exam-pass-mark = (nota mínima: { $percent })
exam-by-topic = Por tema
exam-topic = Tema
exam-topic-correct = Acertos
exam-topic-score = { $correct } de { $total }
# (HTML)
exam-renewed = <strong>Sua credencial foi renovada.</strong> Ela mantém o id e a página de verificação; o novo certificado está a caminho por e-mail.
exam-see-new-dates = Ver as novas datas
exam-well-done = Muito bem!
exam-back-to-training = Voltar ao meu treinamento
exam-try-again = Revise os módulos dos temas com menos acertos e tente de novo quando terminar o intervalo entre as tentativas.
exam-see-attempts = Ver suas tentativas
exam-review = Correção
exam-review-right = certa
exam-review-wrong = errada
exam-review-correct-option = (correta)
exam-review-your-choice = (sua escolha)
