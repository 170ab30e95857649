# ESS Academy — los exámenes: la presentación del examen, el cuestionario página a página con su
# navegador y el guardado automático (también las palabras que escribe el script de la página), la
# revisión antes de entregar y el resultado, en español (traducidos del inglés).
# Una clave que contiene marcado se indica con "(HTML)" y se muestra sin escapar; la página escapa sus
# argumentos antes de insertarlos.

## The exam's introduction (exams/exam.html)
exam-eyebrow = Examen
exam-fact-questions = Preguntas
exam-fact-questions-value = { $count }, elegidas al azar para ti
exam-fact-time = Tiempo
exam-fact-time-value = { $minutes } minutos, contados por el servidor desde el momento en que empiezas
exam-fact-pass = Para aprobar
exam-fact-pass-value = { $percent } (una pregunta solo es correcta si todas las opciones que eliges son correctas y no falta ninguna)
exam-fact-attempts = Intentos
exam-fact-attempts-value = { $used ->
    [one] { $used } usado
   *[other] { $used } usados
  }, { $left ->
    [one] { $left } restante
   *[other] { $left } restantes
  }
exam-best-score = mejor nota: { $score }
exam-passed = Has aprobado este examen.
exam-continue = Continuar tu intento
exam-autosave = Tus respuestas se guardan sobre la marcha: si recargas la página o pierdes la conexión, no pierdes nada. Cuando se acaba el tiempo, se califica lo que hayas guardado.
exam-start = Empezar el examen

## Why an exam cannot be started now
exam-reason-passed = Ya has aprobado este examen.
exam-reason-passed-and-held = Ya has aprobado este examen y tienes la credencial. Mantenla vigente con el examen de renovación, desde la página de renovación.
exam-reason-verify-email = Primero verifica tu dirección de correo electrónico: el enlace está en el correo que te enviamos.
exam-reason-training = Este examen se desbloquea cuando completas tu formación.
exam-reason-after-exam = Este examen se desbloquea cuando apruebas «{ $exam }».
exam-reason-no-attempts = { $count ->
    [one] Has usado tu único intento. Un administrador del programa puede concederte otro.
   *[other] Has usado los { $count } intentos. Un administrador del programa puede concederte otro.
  }
exam-reason-cooldown = Podrás volver a intentarlo dentro de { $wait } (hay una pausa entre intentos).
exam-wait-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  }
exam-wait-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
  }
exam-wait-hours-minutes = { $hours } h { $minutes } min
exam-reason-renewal-holders-only = El examen de renovación es para quienes ya tienen la credencial: obtenla primero con la formación y sus dos exámenes.
exam-reason-revoked = Esta credencial fue revocada: no se puede renovar.
exam-reason-renewal-not-yet = La renovación se abre el { $opens }, { $days } días antes de que tu credencial caduque el { $expires }.
exam-reason-renewal-closed = El periodo de gracia para renovar terminó el { $date }. Vuelve a obtener la especialización: los exámenes de la formación están abiertos para ti.
exam-reason-renewal-module = Primero completa el módulo de renovación «{ $module }».

## A page of the paper (exams/attempt.html)
exam-page-title = Página { $page } de { $pages }: { $exam }
exam-page-heading = Página { $page } de { $pages }
exam-page-questions = preguntas { $first }–{ $last } de { $total }
exam-question-of = Pregunta { $number } de { $total }
exam-choose-all = (elige todas las correctas)
exam-flag = Marcar para revisar
exam-flag-which = : pregunta { $number }
exam-previous-page = Página anterior
exam-save-answers = Guardar respuestas
exam-next-page = Página siguiente
exam-review-and-submit = Revisar y entregar
exam-notice-saved = Tus respuestas están guardadas.

## The exam bar (exams/bar.html)
exam-bar-attempt = intento { $number }
exam-time-left = Tiempo restante:
exam-answered-of = { $count } de { $total } respondidas
exam-flagged-count = { $count ->
    [one] { $count } marcada
   *[other] { $count } marcadas
  }
exam-all-saved = Todas las respuestas guardadas
exam-unsaved = { $count } sin guardar todavía
exam-answered = { $count ->
    [one] { $count } respondida
   *[other] { $count } respondidas
  }

## The question navigator (exams/navigator.html)
exam-nav-title = Preguntas
exam-nav-label-answered = Pregunta { $number }, respondida
exam-nav-label-unanswered = Pregunta { $number }, sin responder
exam-nav-label-answered-flagged = Pregunta { $number }, respondida, marcada para revisar
exam-nav-label-unanswered-flagged = Pregunta { $number }, sin responder, marcada para revisar
exam-legend-answered = respondida
exam-legend-unanswered = sin responder
exam-legend-flagged = marcada
exam-nav-noscript = Guarda esta página antes de ir a otra desde un número: los botones que hay bajo las preguntas la guardan.

## What the page's script writes (static/js/exam.js)
exam-js-minutes-left = { $minutes ->
    [one] Queda { $minutes } minuto.
   *[other] Quedan { $minutes } minutos.
  }
exam-js-time-up = Se acabó el tiempo: se están entregando tus respuestas guardadas.
exam-js-saving = Guardando…
exam-js-saved = Guardada
exam-js-not-saved-time-up = No se ha guardado: se acabó el tiempo.
exam-js-retrying = Aún sin guardar: reintentando…
exam-js-flag-time-up = La marca no ha cambiado: se acabó el tiempo.
exam-js-flagged = Marcada para revisar
exam-js-unflagged = Marca quitada
exam-js-flag-failed = No se ha guardado la marca: comprueba tu conexión y vuelve a intentarlo.
exam-js-saving-before-leaving = Guardando antes de salir…
exam-js-unsaved-warning = Algunas respuestas aún no se han guardado: comprueba tu conexión y vuelve a intentarlo.

## The review before submission (exams/review.html)
exam-review-title = Revisión: { $exam }
exam-review-heading = Revisa antes de entregar
# (HTML)
exam-review-summary = Has respondido <strong>{ $answered } de { $total }</strong> preguntas: <a href="#unanswered-title">{ $unanswered } sin responder</a>, <a href="#flagged-title">{ $flagged ->
    [one] { $flagged } marcada
   *[other] { $flagged } marcadas
  } para revisar</a>.
exam-unanswered-heading = Sin responder ({ $count })
exam-unanswered-hint = Una pregunta sin respuesta no puntúa. Elige un número para volver a ella.
exam-question-number = Pregunta { $number }
exam-all-answered = Todas las preguntas tienen respuesta.
exam-flagged-heading = Marcadas para revisar ({ $count })
exam-none-flagged = No hay ninguna pregunta marcada. Usa «Marcar para revisar» bajo una pregunta para volver a encontrarla aquí.
exam-submit-final = Una vez entregadas, tus respuestas se califican y ya no se pueden cambiar.
exam-back-to-questions = Volver a las preguntas
exam-submit = Entregar para calificar
exam-notice-time-up = Se acabó el tiempo: las respuestas ya no pueden cambiar. Entrega ahora para que se califiquen tus respuestas guardadas.

## The result (exams/result.html)
exam-result-title = Resultado: { $exam }
exam-result = Resultado
exam-attempt-number = Intento { $number }
exam-result-passed = Has aprobado
exam-result-failed = Esta vez no has aprobado
exam-pass-mark = (nota para aprobar: { $percent })
exam-by-topic = Por tema
exam-topic = Tema
exam-topic-correct = Correctas
exam-topic-score = { $correct } de { $total }
# (HTML)
exam-renewed = <strong>Tu credencial está renovada.</strong> Conserva su identificador y su página de verificación; el nuevo certificado te llegará por correo electrónico.
exam-see-new-dates = Ver las nuevas fechas
exam-well-done = ¡Bien hecho!
exam-back-to-training = Volver a mi formación
exam-try-again = Repasa los módulos de los temas con menos respuestas correctas y vuelve a intentarlo cuando termine la pausa entre intentos.
exam-see-attempts = Ver tus intentos
exam-review = Revisión
exam-review-right = correcta
exam-review-wrong = incorrecta
exam-review-correct-option = (correcta)
exam-review-your-choice = (tu elección)
