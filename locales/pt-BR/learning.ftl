# ESS Academy — as páginas do aluno durante o estudo (páginas de módulo e verificações de conhecimento),
# em português do Brasil (traduzidas do inglês).

## A module page
module-number = Módulo { $index }
module-eyebrow = Módulo { $index } de { $count } · cerca de { $duration }
module-objectives = Neste módulo, você vai aprender a
module-untranslated = Este módulo ainda não está disponível no seu idioma ({ $language }), por isso aparece em inglês. Seu progresso conta da mesma forma em qualquer idioma.
module-pager = Módulos
module-back-to-syllabus = Voltar ao programa
module-on-this-page = Nesta página

## Knowledge checks
kcheck-label = Verificação de conhecimento { $number }
kcheck-choose-all = (escolha todas as corretas)
kcheck-submit = Verificar minha resposta
kcheck-again = Verificar de novo
kcheck-tries = { $count ->
    [one] { $count } tentativa
   *[other] { $count } tentativas
  }
kcheck-right = ✓ Correto.
kcheck-wrong = ✗ Não exatamente: tente de novo.
kcheck-why = Por quê:
kcheck-choose-first = Escolha uma resposta primeiro.
