# ESS Academy — las páginas propias del alumno: «Mi formación», el expediente para imprimir y la búsqueda
# en los cursos, en español (traducidas del inglés).
# Una clave que contiene marcado se indica con "(HTML)" y se muestra sin escapar; la página escapa sus
# argumentos antes de insertarlos.

## My training (training/index.html)
training-welcome = Hola, { $name }.
training-notice-verification-sent = Te hemos enviado un nuevo correo de verificación. El enlace que contiene funciona durante 7 días.
# (HTML)
training-verify-email = <strong>Verifica tu dirección de correo electrónico.</strong> Hemos enviado un enlace a { $email }. Necesitas una dirección verificada para hacer los exámenes.
training-send-link-again = Enviar el enlace de nuevo
training-your-credential = Tu credencial
training-credential-dates = emitida el { $issued } · válida hasta el { $expires }
# (HTML)
training-renewal-open = <strong>Siguiente paso: renueva tu credencial</strong> antes del { $expires } ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
  }).
# (HTML)
training-renewal-grace = <strong>Tu credencial ha caducado.</strong> Te { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
  } de gracia para renovarla.
# (HTML)
training-renewal-closed = <strong>El periodo de renovación ha terminado.</strong> Vuelve a obtener la especialización: <a href="/exams">los dos exámenes están abiertos para ti</a>.
training-renewal-not-yet = Siguiente paso: la renovación se abre el { $opens }, dentro de { $days ->
    [one] { $days } día
   *[other] { $days } días
  }.
training-renewal-how = Cómo funciona la renovación
training-renew-now = Renovar ahora
training-your-badge = Tu insignia
training-open-kit = Abrir tu kit de credenciales
training-certificate-pdf = Certificado (PDF)
# (HTML)
training-kit-hint = Tu kit incluye tu certificado, tu insignia, tu firma de correo electrónico, textos listos para usar con clientes y en licitaciones (RFP) y enlaces para LinkedIn. Cualquiera puede comprobar tu credencial en <a href="/verify/{ $id }">tu página de verificación</a>.
training-complete-tag = Formación completada
training-progress-label = Progreso de la formación
# (HTML)
training-progress = <strong>{ $done } de { $required }</strong> módulos completados · { $active } min de estudio activo (estimación: { $estimated } min)
# (HTML)
training-complete = <strong>Has completado tu formación.</strong> Ahora tocan los dos exámenes: cada uno es aleatorio y cronometrado.
# (HTML)
training-complete-exempt = <strong>Has completado tu formación (con exención).</strong> Ahora tocan los dos exámenes: cada uno es aleatorio y cronometrado.
training-resume = Continuar «{ $module }»
training-resume-percent = llevabas un { $percent }
# (HTML)
training-next-module = Siguiente módulo por completar: <a href="/courses/{ $course }/{ $slug }">{ $module }</a>. Cuando completes todos los módulos, se desbloqueará el examen 1.
training-start-with = Empezar con «{ $module }»
training-modules = Módulos
training-module-minutes = { $active } de { $required } min
training-optional = opcional
training-exams = Exámenes
training-exam-passed = Aprobado
training-exam-in-progress = En curso
training-exam-ready = Listo para empezar
training-exam-locked = Bloqueado
training-transcript-link = Expediente para imprimir
training-none-published = Todavía no hay ninguna formación publicada

## The state of a module (here, on the transcript and on an admin's page of a person)
module-state-complete = Completado
module-state-exempt = Exento
module-state-in-progress = En curso
module-state-not-started = Sin empezar

## The transcript (training/transcript.html)
training-transcript-title = Expediente de { $name }
training-transcript = Expediente de formación
training-transcript-meta = impreso el { $date } · tiempo de estudio activo medido por ESS Academy
training-print = Imprimir
training-transcript-active = Estudio activo: { $active } (estimación: { $estimated })
training-transcript-completed = formación completada el { $date }
training-col-module = Módulo
training-col-state = Estado
training-col-active = Estudio activo
training-col-completed = Completado

## Search of the courses (learning/search.html)
search-title = Búsqueda: { $query }
search-lead = Busca una palabra o una frase en los módulos publicados.
search-words = Palabras que buscar
search-nothing = No se ha encontrado nada para «{ $query }»
search-found = { $count ->
    [one] { $count } sección encontrada
   *[other] { $count } secciones encontradas
  }
search-try = Prueba con menos palabras o con otra forma de la palabra.
search-too-long = Busca como máximo { $count } caracteres.
search-no-words = Busca una palabra o un número.
