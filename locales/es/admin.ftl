# ESS Academy — páginas de los administradores del programa, en español (traducidas del inglés).

## Translations of a course
tr-admin = Admin
tr-title = Traducciones
tr-lead = Cada idioma tiene los archivos del curso en translations/<lang>/. Una traducción está al día mientras su original siga siendo la versión a partir de la que se hizo; donde está desactualizada o falta, los alumnos ven el texto en inglés.
tr-none = Este curso no declara traducciones. Añade [translations] languages = ["es"] a su course.toml.
tr-complete = completa
tr-incomplete = incompleta
tr-counts = { $current } al día, { $stale } por actualizar, { $missing } por traducir
tr-todo = Pendiente
tr-file = Archivo
tr-state = Estado
tr-actions = Acciones
tr-translate = Traducir
tr-modules = Módulos
tr-state-current = al día
tr-state-stale = desactualizada
tr-state-missing = sin traducir
tr-files-hint = Las preguntas, el kit y los textos del curso se traducen en sus archivos: impórtalos, o edita aquí los módulos.
tr-editor-box = Traducciones de este módulo

## The translation editor
tred-title = Traducción: { $language }
tred-source = hecha a partir de la revisión publicada r{ $revision }
tred-edit-source = Editar el original
tred-stale = El original ha cambiado desde que se hizo esta traducción: actualízala y guárdala. Hasta entonces, los alumnos ven el texto en inglés.
tred-saved = Guardada. Los alumnos que leen en este idioma ya ven esta traducción.
tred-source-heading = Original (inglés)
tred-source-markdown = Markdown del original
tred-field-title = Título
tred-field-objectives = Objetivos de aprendizaje
tred-objectives-hint = Uno por línea, en el orden del original: { $count ->
    [one] un objetivo
   *[other] { $count } objetivos
  }.
tred-field-summary = Resumen de una línea para el temario
tred-field-markdown = Contenido (markdown)
tred-markdown-hint = Conserva la estructura del original: las mismas preguntas de repaso con sus identificadores, las opciones en el mismo orden y con las mismas respuestas correctas, las mismas imágenes.
tred-save = Guardar la traducción
tred-preview = Vista previa

## Dates and words shared by the admin pages
admin-date-time = { $date }, { $time } UTC
admin-yes = Sí
admin-no = No
admin-none = Ninguna.
admin-cancel = Cancelar
admin-retry-now = Reintentar ahora
admin-col-action = Acción
admin-col-queued = En cola desde
admin-col-tries = Intentos
admin-form-expired = Este formulario ha caducado. Vuelve atrás, recarga la página y envíalo de nuevo.
admin-certificate-pdf = certificado en PDF

## The admin home and a course (admin/index.html, admin/course.html)
admin-title = Administración del programa
admin-lead = Escribe los módulos en markdown, previsualízalos exactamente como los verán los alumnos, publícalos y conserva todas las revisiones.
admin-link-people = Personas: progreso y exenciones
admin-name-corrections = Correcciones de nombre
admin-outbox = Bandeja de salida de correo
admin-xapi = Sentencias xAPI
admin-partners = Partners
admin-reports = Informes
admin-lti = Plataformas de aprendizaje (LTI)
admin-course-meta = { $count ->
    [one] { $count } módulo publicado
   *[other] { $count } módulos publicados
  } · { $total } de estudio (el límite es de 15 h)
admin-manage-modules = Gestionar los módulos
admin-view-as-learner = Ver como alumno
# (HTML)
admin-no-courses = Coloca una carpeta de curso en <code>courses/</code> y reinicia, o ejecuta <code>ess-academy import</code>.
admin-course-title = { $course } · módulos
admin-course-lead = { $count ->
    [one] { $count } módulo publicado
   *[other] { $count } módulos publicados
  }, { $total } de estudio. El límite es de 15 h.
admin-col-minutes = Minutos
admin-retired = retirado
admin-published-revision = publicado r{ $number }
admin-draft-revision = borrador r{ $number }
admin-move-up = Subir { $module }
admin-move-down = Bajar { $module }
admin-bring-back = Recuperar
admin-retire = Retirar
admin-retired-hint = Los módulos retirados desaparecen para los alumnos; su progreso en ellos se conserva.
admin-exam-line = { $questions } preguntas · { $minutes } min · { $percent }
admin-item-statistics = Estadísticas por pregunta
# (HTML)
admin-exams-hint = Los bancos de preguntas se escriben en <code>courses/…/exams/</code>; <code>ess-academy check</code> los valida y el siguiente arranque los importa.
admin-add-module = Añadir un módulo
admin-slug = Slug (la dirección del módulo)
# (HTML)
admin-slug-hint = Palabras en minúsculas unidas por guiones, como <code>takeback-basics</code>.
admin-write-module = Escribir el nuevo módulo
admin-upload-image = Subir una imagen
# (HTML)
admin-upload-text = PNG o JPEG, hasta 2 MiB. Úsala en un módulo así: <code>![Lo que muestra](../assets/name.png)</code>.
admin-image-file = Archivo de imagen
admin-upload = Subir
admin-course-images = Imágenes de este curso
admin-notice-uploaded = La imagen se ha subido.
admin-notice-moved = El orden se ha guardado.
admin-notice-retired = El módulo se ha retirado: los alumnos ya no lo ven. Su progreso se conserva.
admin-notice-restored = El módulo vuelve a estar en el curso.
admin-notice-published = Publicado: los alumnos ya ven la nueva versión.
admin-notice-saved = Borrador guardado. Los alumnos siguen viendo la versión publicada.
admin-notice-unchanged = No ha cambiado nada desde la última revisión.
admin-upload-not-image = Solo se pueden subir imágenes PNG, JPEG y SVG; este archivo no es ninguna de ellas.
# $reason is what the SVG checker found, in English.
admin-upload-bad-svg = Este SVG no se puede usar: { $reason }.

## The module editor (admin/editor.html) and its preview script (static/js/editor.js)
admin-new-module = Nuevo módulo
admin-edit-title = Editar { $title }
admin-edit-module = Editar el módulo
admin-editing-revision = Editando la revisión { $number }
admin-published-as = publicado: r{ $number }
admin-not-published = aún no publicado
admin-is-draft = esto es un borrador
admin-field-minutes = Tiempo de estudio estimado (minutos)
admin-field-minutes-hint = De 5 a 180. Entre todos los módulos no deben superar las 15 horas.
admin-field-minutes-number = Escribe los minutos como un número entero, por ejemplo 45.
admin-objectives-hint = Uno por línea, cada uno empezando por un verbo («Explicar…», «Nombrar…»).
# (HTML)
admin-markdown-hint = Empieza con un encabezado <code>## </code>. Funcionan las tablas, las notas al pie, las listas de tareas y los avisos <code>&gt; [!NOTE]</code>, <code>[!TIP]</code> y <code>[!WARNING]</code>. Enlaza los módulos como <code>04-slug.md</code> y las imágenes como <code>../assets/name.png</code>, con texto alternativo.
admin-field-note = Qué ha cambiado (para el historial)
admin-save-draft = Guardar borrador
admin-publish = Publicar
admin-notice-preview = Esto es una vista previa: todavía no se ha guardado nada.
admin-preview-typing = escribiendo…
admin-preview-updating = actualizando…
admin-preview-done = actualizada
admin-preview-failed = vista previa no disponible; usa el botón «Vista previa»

## Revisions (admin/history.html, admin/revision.html)
admin-history-title = Historial de { $module }
admin-revision-history = Historial de revisiones
admin-col-revision = Revisión
admin-col-when = Cuándo
admin-col-who = Quién
admin-col-summary = Resumen
admin-course-files = archivos del curso
admin-published = publicada
admin-draft = borrador
admin-view-compare = Ver y comparar
admin-revision-title = Revisión { $number } de { $module }
admin-revision-heading = Revisión { $number }: { $title }
admin-restore = Restaurar como nueva revisión en borrador
admin-changes-since = Cambios de esta revisión a la más reciente (r{ $number })
admin-no-differences = No hay diferencias.
admin-as-learners-saw-it = Tal como la vieron los alumnos
admin-notice-revision-restored = Restaurada como nueva revisión en borrador. Abre el editor para publicarla.

## Item statistics of an exam (admin/statistics.html)
admin-statistics-title = Estadísticas: { $exam }
admin-statistics = Estadísticas
admin-statistics-heading = { $exam }: estadísticas por pregunta
admin-graded-attempts = { $count ->
    [one] { $count } intento calificado
   *[other] { $count } intentos calificados
  }
# $score is written by the page ("72 %").
admin-mean-score = nota media { $score }
admin-alpha = α de Cronbach ≈ { $alpha } (estimada para cuestionarios aleatorios)
admin-download-csv = Descargar CSV
admin-col-question = Pregunta
admin-col-facility = Facilidad
admin-col-discrimination = Discriminación
admin-col-choices = Elecciones por opción
admin-col-flags = Avisos
admin-no-graded-attempts = Todavía no hay intentos calificados.
admin-statistics-hint = La facilidad es la proporción de respuestas correctas (con aviso por encima de 0,95 y por debajo de 0,2); la discriminación es la correlación de la pregunta con el resto del cuestionario (con aviso por debajo de 0,1). Las elecciones por opción siguen el orden del archivo; * marca una opción correcta.
admin-flag-too-easy = demasiado fácil
admin-flag-too-hard = demasiado difícil o clave errónea
admin-flag-no-discrimination = no discrimina

## Knowledge checks of a course (learning/checks.html)
admin-checks = Preguntas de repaso
admin-course = Curso
admin-checks-lead = Cuántos alumnos acertaron cada pregunta al primer intento: los porcentajes más bajos señalan dónde el módulo, o la pregunta, necesita una segunda mirada. Las preguntas de repaso nunca se califican.
admin-as-json = En JSON
admin-no-checks = Los módulos publicados todavía no tienen preguntas de repaso.
admin-col-check = Pregunta
admin-col-answered = Respondidas
admin-col-first-try = Acertadas al primer intento

## People (admin/users.html, admin/user.html)
admin-people = Personas
admin-find-person = Busca a una persona por correo electrónico o nombre
admin-nobody-matches = Nadie coincide con «{ $query }».
admin-user-progress = { $done } de { $required } módulos obligatorios completados · { $active } min activos de { $estimated } estimados
admin-training-complete = formación completada
admin-col-active = Activo
admin-col-needed = Necesario
admin-exempt-title = Conceder una exención
admin-exempt-text = Reconocimiento de aprendizaje previo: el módulo, o toda la formación, cuenta como completado. El motivo se guarda con tu nombre y la fecha.
admin-whole-training = Toda la formación
admin-exempt-reason-hint = Por ejemplo: tiene el certificado de sostenibilidad anterior del fabricante (2024).
admin-exempt-submit = Registrar la exención
admin-accommodation-title = Adaptación del examen
admin-accommodation-text = Tiempo adicional (en porcentaje del tiempo límite) y/o intentos adicionales, con el motivo.
admin-accommodation-exam = { $exam } ({ $used } intentos usados, { $left } restantes)
admin-extra-time = Tiempo adicional (%)
admin-extra-attempts = Intentos adicionales
admin-accommodation-submit = Registrar la adaptación
admin-exemptions = Exenciones
admin-exemption-when-by = { $date }, por { $name }
admin-membership-title = Rol y partner
admin-membership-text = Una persona pertenece como máximo a una empresa partner; cada cambio queda registrado. Un responsable de partner gestiona el partner al que pertenece.
admin-no-partner = Ninguno (empresa indicada al registrarse: { $company })
admin-membership-submit = Guardar el rol y el partner
admin-erase-link = Borrar esta cuenta…
admin-erase-link-hint = (a petición de la persona, recibida por otros medios)
admin-notice-exempted = La exención se ha registrado.
admin-notice-accommodated = La adaptación se ha registrado.
admin-notice-membership-saved = Rol y partner guardados. El cambio queda registrado.
admin-field-whole-numbers = Escribe números enteros.
admin-field-exemption-reason = Indica el motivo de la exención en 1–{ $max } caracteres.
admin-field-extra-time = Indica entre 0 y { $max } por ciento de tiempo adicional.
admin-field-extra-attempts = Indica entre 0 y { $max } intentos adicionales.
admin-field-accommodation-empty = Concede tiempo adicional, un intento adicional o ambos.
admin-field-accommodation-reason = Indica el motivo en 1–{ $max } caracteres.
admin-field-no-such-partner = Ese partner no existe.
admin-field-manager-needs-partner = Un responsable de partner necesita el partner que gestiona (partner_id).

## Erasing an account at a person's request (privacy/admin_erase.html)
admin-erase-title = Borrar una cuenta
admin-erase-crumb = Borrar
admin-erase-heading = Borrar la cuenta de { $name }
admin-erase-done = La cuenta está borrada. El borrado queda registrado con tu nombre, la fecha y el motivo: «{ $reason }».
admin-erase-revoked = { $count ->
    [one] Se ha revocado { $count } credencial.
   *[other] Se han revocado { $count } credenciales.
  }
admin-back-to-people = Volver a las personas
admin-erase-intro = Usa esta opción cuando la persona haya pedido el borrado por otros medios (una carta, un correo) y hayas comprobado que es ella. No se puede deshacer. De inmediato:
admin-erase-signed-out = se cierra la sesión de la cuenta ({ $email }) en todas partes y ya no podrá volver a iniciar sesión;
admin-erase-name-email = su nombre y su dirección de correo electrónico se sustituyen;
admin-erase-answers = se eliminan sus respuestas a exámenes y preguntas de repaso y los textos de los correos que se le enviaron;
admin-erase-credentials = sus credenciales se revocan, y sus páginas de verificación ya no muestran el nombre.
admin-erase-reports = Los informes conservan sus recuentos: el progreso y las notas de los intentos se mantienen, sin el nombre.
admin-erase-reason = Cómo te llegó la solicitud
admin-erase-reason-hint = Por ejemplo: una carta del alumno fechada el 1 de diciembre de 2026.
admin-erase-submit = Borrar esta cuenta

## Name corrections (admin/name_corrections.html)
admin-corrections-lead = Las personas piden que se corrija el nombre de su certificado. Al aprobar, se cambia la cuenta y se reemiten todas las credenciales de la persona con el mismo identificador, con la corrección en su historial.
admin-correction-asked = solicitada el { $date }
admin-correction-record = la ficha de la persona
admin-correction-reason = Motivo:
admin-correction-note = Nota para la persona (obligatoria para rechazar)
admin-approve = Aprobar
admin-reject = Rechazar
admin-nothing-to-decide = Nada que decidir
admin-no-corrections = No hay correcciones de nombre pendientes.
admin-notice-correction-approved = Aprobada: la cuenta y sus credenciales ya llevan el nombre corregido.
admin-notice-correction-rejected = Rechazada: se ha explicado el motivo a la persona por correo electrónico.

## The mail outbox (admin/outbox.html)
admin-outbox-lead = Cada correo electrónico se pone aquí en cola en la misma transacción que lo provocó, y lo envía un proceso en segundo plano que reintenta con esperas crecientes. { $waiting } en espera, { $failed } descartados.
admin-show-all = Mostrar todos
admin-show-unsent = Mostrar solo los no enviados
admin-col-to = Para
admin-col-subject = Asunto
admin-col-status = Estado
admin-col-last-error = Último error
admin-status-sent = enviado
admin-status-failed = fallido
admin-status-retrying = reintentando
admin-status-sending = enviando
admin-status-queued = en cola
admin-next-attempt = siguiente: { $date }
admin-no-mails = Todavía no hay correos.
admin-notice-mail-retrying = El mensaje vuelve a estar en cola y sale en unos segundos.
admin-notice-mail-not-retried = Ese mensaje ya se envió, o un proceso de envío se está ocupando de él ahora mismo.

## xAPI statements (admin/xapi.html)
# (HTML) $lrs is escaped by the page before it is placed here.
admin-xapi-lead = Cada evento de aprendizaje se pone aquí en cola en la misma transacción que el evento, y se envía por lotes a <code class="break-anywhere">{ $lrs }</code> con reintentos.
# (HTML)
admin-xapi-off = No hay ningún almacén de registros de aprendizaje configurado (<code>ESS_XAPI_URL</code>): no se pone ninguna sentencia en cola.
admin-show-label = Mostrar:
admin-filter-all = todas
admin-state-queued = en cola
admin-state-failing = con fallos
admin-state-sent = enviada
admin-statements = Sentencias
admin-col-verb = Verbo
admin-col-lrs-answer = Respuesta del LRS
admin-no-statements = No hay sentencias.
admin-no-statements-in-state = No hay sentencias en este estado.
admin-notice-statement-retrying = La sentencia vuelve a estar pendiente y sale en unos segundos.

## Partners (admin/partners.html)
# (HTML)
admin-partners-lead = Las empresas partner tienen la especialización mientras haya suficientes personas suyas con una credencial válida. Para nombrar a alguien responsable de un partner, ve a su página en <a href="/admin/users">Personas</a>.
admin-col-code = Código
admin-col-specialists = Especialistas
admin-col-specialization = Especialización
admin-accredited = acreditado
admin-not-yet = todavía no
admin-no-partners = Todavía no hay partners.
admin-add-partner = Añadir un partner
admin-company-name = Nombre de la empresa
admin-partner-code-optional = Código de partner (opcional)
admin-partner-code-hint = Letras mayúsculas, cifras y guiones, como ACME-DE. Si lo dejas vacío, se crea a partir del nombre y del país.
admin-add-partner-submit = Añadir el partner
admin-notice-partner-created = Partner creado. Para nombrar a su responsable, ve a la página de esa persona en Personas.
admin-field-partner-code = Usa entre 3 y { $max } letras mayúsculas, cifras y guiones sueltos, como ACME-DE.
admin-field-partner-code-taken = El código { $code } ya está en uso; elige otro.

## Reports (admin/reports.html)
admin-reports-title = Informes del programa
admin-reports-of = Informes del programa: { $course }
admin-reports-lead = Las personas se seleccionan por fecha de registro (UTC, ambos días incluidos), país y partner. Cada tabla también está disponible como archivo CSV.
admin-reports-filter = Filtrar los informes
admin-reports-errors = Algunos filtros necesitan tu atención; no se muestra nada hasta que estén bien.
admin-reports-from = Registrados desde
admin-reports-to = Registrados hasta
admin-all-countries = Todos los países
admin-show = Mostrar
admin-clear = Borrar filtros
admin-funnel = Embudo
admin-funnel-caption = Personas en cada etapa
admin-stage-registered = Registrados
admin-stage-verified = Verificados
admin-stage-started = Empezaron
admin-stage-training-complete = Formación completada
admin-stage-exam-1 = Examen 1 aprobado
admin-stage-exam-2 = Examen 2 aprobado
admin-stage-credential = Credencial
admin-by-month = Por mes de registro
admin-by-country = Por país
admin-by-partner = Por partner
admin-col-month = Mes
admin-nobody-registered = Nadie se ha registrado con estos filtros.
admin-more-rows = { $count ->
    [one] Hay { $count } fila más en el CSV.
   *[other] Hay { $count } filas más en el CSV.
  }
admin-chart-funnel-legend = Personas que llegaron a cada etapa (porcentaje de los registrados)
admin-chart-months = Registros por mes
admin-chart-months-legend = Barra: personas registradas ese mes; marca y segunda cifra: de ellas, con credencial
admin-chart-modules = Tiempo activo por módulo
admin-chart-modules-legend = Barra: minutos de la mediana; línea: percentil 90; marca naranja: la estimación
admin-chart-module-minutes = { $median } / { $p90 } / { $estimate } min
admin-chart-exams = Tasas de aprobados de los exámenes
admin-chart-exams-legend = Barra: porcentaje de aprobados entre quienes lo hicieron; segunda cifra: intentos por aprobado
admin-chart-partners = Acreditación de los partners
admin-chart-partners-legend = Partners en cada estado
admin-chart-accredited = Acreditados
admin-chart-lapsing = Vencen en { $days } días
admin-chart-not-accredited = Sin acreditar
admin-col-learners = Alumnos
admin-col-median = Mediana (min)
admin-col-p90 = Percentil 90 (min)
admin-col-estimate = Estimación (min)
admin-col-takers = Presentados
admin-col-passed = Aprobados
admin-col-pass-rate = Tasa de aprobados
admin-col-attempts-per-pass = Intentos por aprobado
admin-expiring = Credenciales que caducan en los próximos { $days } días
admin-expiring-count = { $count } en total.
admin-expiring-count-limited = { $count } en total; se muestran las { $limit } primeras.
admin-none-expiring = Ninguna credencial caduca en los próximos { $days } días.
admin-partners-accreditation = Partners: acreditación
admin-partners-summary = { $total } partners, { $accredited } acreditados (al menos { $min ->
    [one] { $min } especialista
   *[other] { $min } especialistas
  }), { $lapsing } vencen en { $days } días.
admin-col-members = Miembros
admin-col-accredited = Acreditado
admin-col-lapses = Vence
admin-soon = pronto
admin-no-partners-filtered = No hay partners con estos filtros.
admin-more-partners = { $count ->
    [one] Hay { $count } partner más en el CSV.
   *[other] Hay { $count } partners más en el CSV.
  }
reports-field-date = Escribe la fecha como AAAA-MM-DD.
reports-field-end-before-start = La fecha final es anterior a la inicial.
reports-field-country = Elige un país por su código de dos letras, como ES.
reports-field-partner = Ningún partner tiene el código { $code }.

## Learning platforms (admin/lti.html)
admin-lti-crumb = Plataformas de aprendizaje
admin-lti-heading = Plataformas de aprendizaje (LTI 1.3)
admin-lti-lead = La plataforma de aprendizaje de un partner (Moodle, Canvas, Blackboard…) puede lanzar la formación como herramienta LTI 1.3. Su administrador registra la herramienta con las URL de abajo y te envía los datos de la plataforma para registrarla aquí.
admin-lti-tool-urls = Para el administrador de la plataforma
admin-lti-login-url = URL de inicio de sesión de OpenID Connect
admin-lti-launch-url = URL de redirección (lanzamiento)
admin-lti-jwks-url = URL del conjunto de claves públicas (JWKS)
admin-lti-target-url = URI de destino predeterminado
admin-lti-target-hint = (o una página de módulo o de examen de este sitio)
admin-lti-issuer = Emisor
admin-lti-client-id = ID de cliente
admin-lti-deployments = Despliegues
admin-lti-links-by-email = Vínculo por correo
admin-lti-no-platforms = Todavía no hay plataformas registradas.
admin-lti-scores = Envío de calificaciones
admin-lti-scores-text = Cuando un alumno abre un examen desde una plataforma que concede el permiso de calificaciones (Assignment and Grade Services), el inicio y el resultado de cada intento llegan al libro de calificaciones de esa plataforma. Las últimas { $count } calificaciones:
admin-col-score = Calificación
admin-col-platform-answer = Respuesta de la plataforma
admin-lti-no-scores = Todavía no hay calificaciones.
admin-lti-register = Registrar una plataforma
admin-lti-issuer-hint = El emisor (iss) de la plataforma, p. ej. https://lms.partner.example
admin-lti-client-id-hint = El ID de cliente que la plataforma asignó a esta herramienta.
admin-lti-deployment-ids = ID de despliegue
admin-lti-one-a-line = Uno por línea.
admin-lti-auth-url = Endpoint de autorización
admin-lti-auth-url-hint = La URL de solicitud de autenticación de OpenID Connect de la plataforma.
admin-lti-jwks = URL del conjunto de claves públicas
admin-lti-jwks-hint = Dónde publica la plataforma sus claves (JWKS).
admin-lti-token-url = URL del token de acceso
admin-lti-link-by-email = Vincular un primer lanzamiento a una cuenta de alumno existente con la misma dirección de correo verificada
admin-notice-platform-registered = Plataforma registrada. Sus alumnos ya pueden lanzar la formación desde ella.
admin-notice-score-retrying = La calificación vuelve a estar pendiente y sale en unos segundos.
lti-field-url-empty = Escribe la URL.
lti-field-url-too-long = Una URL puede tener como máximo { $max } caracteres.
lti-field-url-invalid = Escribe una URL completa que empiece por https://.
lti-field-url-https = Usa una URL https://.
lti-field-issuer-empty = Escribe el emisor.
lti-field-issuer-too-long = El emisor debe ser una sola línea de { $max } caracteres como máximo.
lti-field-client-id-empty = Escribe el ID de cliente.
lti-field-client-id-too-long = El ID de cliente debe ser una sola línea de { $max } caracteres como máximo.
lti-field-deployments-empty = Escribe al menos un ID de despliegue.
lti-field-deployments-too-many = Escribe como máximo { $max } ID de despliegue, de una línea cada uno.
lti-field-platform-taken = Este emisor y este ID de cliente ya están registrados.
admin-col-by-language = Por idioma
admin-language-facility-title = { $language }: { $count } respuestas
admin-flag-translation = revisa la traducción al { $lang }
tred-history = Historial de esta traducción
tred-col-text = Texto
tred-show-text = Ver el texto
tred-in-use = en uso
tred-origin-restore = restaurada desde una revisión anterior
tred-restore = Restaurar r{ $number }
tred-restored = La revisión r{ $number } vuelve a ser la traducción, con el original del que se hizo.
tred-no-history = Aún no hay nada guardado: el historial empieza con el primer guardado.
