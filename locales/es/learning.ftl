# ESS Academy — las páginas del alumno mientras estudia (páginas de módulo y preguntas de repaso), en
# español (traducidas del inglés).

## A module page
module-number = Módulo { $index }
module-eyebrow = Módulo { $index } de { $count } · unos { $duration }
module-objectives = En este módulo aprenderás a
module-untranslated = Este módulo todavía no está disponible en tu idioma ({ $language }), así que se muestra en inglés. Tu progreso cuenta igual en todos los idiomas.
module-pager = Módulos
module-back-to-syllabus = Volver al temario
module-on-this-page = En esta página

## Knowledge checks
kcheck-label = Pregunta de repaso { $number }
kcheck-choose-all = (elige todas las correctas)
kcheck-submit = Comprobar mi respuesta
kcheck-again = Volver a comprobar
kcheck-tries = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
  }
kcheck-right = ✓ Correcto.
kcheck-wrong = ✗ No del todo: inténtalo de nuevo.
kcheck-why = Por qué:
kcheck-choose-first = Primero elige una respuesta.
