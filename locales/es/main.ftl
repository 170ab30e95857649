# ESS Academy — la interfaz en español (traducida del inglés).
# Las claves se agrupan por página; una clave que contiene marcado se indica con "(HTML)" y se muestra sin escapar.

## The layout (base.html)
site-name = ESS Academy
site-tagline = Especialización en Sostenibilidad Medioambiental
skip-to-content = Saltar al contenido
nav-main = Principal
nav-courses = Cursos
nav-admin = Admin
nav-my-company = Mi empresa
nav-my-training = Mi formación
nav-account = Cuenta
nav-log-out = Salir
nav-log-in = Entrar
nav-register = Registro
search-label = Buscar en los cursos
search-button = Buscar
language-label = Idioma
language-change = Cambiar
footer-text = ESS Academy: formación y credenciales de la Especialización en Sostenibilidad Medioambiental para partners del canal.
footer-takeback = El Incentivo Takeback

## Forms (macros.html)
form-error-prefix = Error:
form-check-fields = Algunos campos requieren tu atención. Revisa los mensajes de abajo.
country-label = País
country-choose = Elige tu país
form-show-password = Mostrar
form-hide-password = Ocultar
form-copied = Copiado
form-bad-credentials = Ese correo electrónico y esa contraseña no corresponden a ninguna cuenta. Revisa ambos y vuelve a intentarlo, o restablece tu contraseña.
form-too-many-requests = Demasiados intentos. Espera { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  } y vuelve a intentarlo.

## Home page
home-title = Obtén la Especialización en Sostenibilidad Medioambiental
home-eyebrow = Para los partners del canal del fabricante
home-heading = Conviértete en especialista en Sostenibilidad Medioambiental
home-lead = Aprende cómo funciona la TI circular: recogida de equipos (takeback), Refresh, redes energéticamente eficientes y la conversación con el cliente. Menos de 15 horas de formación y dos exámenes te dan una credencial que tus clientes pueden verificar y ayudan a que tu empresa obtenga la acreditación.
home-continue = Continuar mi formación
home-start = Empezar la formación
home-syllabus = Ver el temario
home-why = Por qué es importante para tu empresa
home-accreditation = Acreditación
home-accreditation-text = Un partner cuyo personal está certificado obtiene la acreditación de la especialización y puede mostrarla a sus clientes con el logotipo de la especialización y una página pública de verificación.
home-takeback = El Incentivo Takeback
# (HTML)
home-takeback-text = Los partners acreditados pueden obtener descuentos incrementales de hasta el 7 % en productos nuevos registrados en operaciones Takeback de renovación o migración, en los países participantes, con la recogida gratuita de los equipos antiguos. <a href="/takeback">Estima una operación</a>.
home-conversations = Nuevas conversaciones
home-conversations-text = Los equipos de sostenibilidad y de compras son nuevos centros de decisión. Responde con seguridad a las preguntas de sus licitaciones (RFP) y ayuda a tus clientes a deshacerse de sus equipos antiguos de forma responsable.
home-how = Cómo obtenerla
# (HTML)
home-step-register = <strong>Regístrate</strong> con tu nombre tal como debe aparecer en tu certificado.
# (HTML)
home-step-study = <strong>Estudia los módulos</strong> en tu navegador, a tu ritmo: menos de 15 horas en total.
# (HTML)
home-step-exams = <strong>Aprueba dos exámenes</strong>, cada uno aleatorio y cronometrado.
# (HTML)
home-step-kit = <strong>Descarga tu kit de credenciales</strong>: certificado, insignia, firma de correo electrónico y textos para tu marketing.

## Log in
login-title = Iniciar sesión
login-email = Correo electrónico
login-password = Contraseña
login-submit = Entrar
login-forgot = ¿Has olvidado tu contraseña?
login-new-here = ¿Primera vez aquí?
login-create-account = Crea una cuenta

## Register
register-title = Registro
register-heading = Crea tu cuenta
# (HTML) $partner is escaped by the page before it is placed here.
register-invited = Te invita <strong>{ $partner }</strong>: tu cuenta se une a su equipo y tu responsable ve tu progreso (nunca tus respuestas).
register-intro = Regístrate con tu correo electrónico de trabajo para empezar la formación.
register-name = Nombre completo
register-name-hint = Tal como debe aparecer en tu certificado, en tu propio alfabeto. Hasta 120 caracteres.
register-email = Correo electrónico de trabajo
register-company = Empresa
register-password = Contraseña
register-password-hint = De 10 a 128 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
register-submit = Crear cuenta
register-already = ¿Ya tienes cuenta?

## Forgotten password
forgot-title = Restablece tu contraseña
# (HTML) $email is escaped by the page before it is placed here.
forgot-sent = Si hay una cuenta con <strong>{ $email }</strong>, le hemos enviado un enlace para elegir una nueva contraseña. El enlace es válido durante 1 hora y solo una vez.
forgot-back = Volver a iniciar sesión
forgot-intro = Introduce el correo electrónico de tu cuenta y te enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar el enlace

## Durations (of study, of an exam)
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min

## Dates and numbers: a date as the language writes it in full, and a percentage
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
percent = { $value } %

## Problems (API problem documents and error pages): `detail`, field messages and the page's heading.
problem-not-found = No encontramos esa página o recurso.
problem-unauthorized = Inicia sesión para continuar.
problem-bad-credentials = Ese correo electrónico y esa contraseña no corresponden a ninguna cuenta. Revisa ambos y vuelve a intentarlo, o restablece tu contraseña.
problem-validation = Hay campos que necesitan tu atención.
problem-payload-too-large = El cuerpo de la solicitud supera el límite de { $kib } KiB.
problem-method-not-allowed = Esta dirección no responde a { $method }: responde a { $allow }.
problem-too-many-requests = Demasiados intentos. Espera { $seconds } segundos y vuelve a intentarlo.
problem-unexpected = Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.
problem-json-content-type = Envía el cuerpo como JSON con Content-Type: application/json.
problem-json-invalid = El cuerpo no es JSON válido: { $reason }
problem-upload-unreadable = No se pudo leer el archivo subido: { $reason }.
problem-heartbeat-csrf = Un latido enviado con la cookie de sesión debe llevar el token CSRF.
problem-form-expired = Este formulario ha caducado. Vuelve atrás, recarga la página y envíalo de nuevo.
problem-form-expired-or-blocked = Este formulario ha caducado o tu navegador ha bloqueado nuestra cookie. Vuelve atrás, recarga la página y envíalo de nuevo.
problem-csrf-header = Esta solicitud usa la cookie de sesión y debe llevar la cabecera X-CSRF-Token (o usar Authorization: Bearer).
problem-partner-not-accredited = Tu empresa aún no está acreditada: el certificado llegará cuando haya suficientes personas certificadas.
problem-title-not-found = No encontrado
problem-title-unauthorized = Sesión no iniciada
problem-title-bad-credentials = Inicio de sesión fallido
problem-title-forbidden = No permitido
problem-title-validation = Datos no válidos
problem-title-conflict = Conflicto
problem-title-bad-request = Solicitud incorrecta
problem-title-payload-too-large = Solicitud demasiado grande
problem-title-unsupported-media-type = Tipo de contenido no admitido
problem-title-method-not-allowed = Método no permitido
problem-title-too-many-requests = Demasiados intentos
problem-title-internal = Error inesperado
field-unreadable = No se pudo leer este valor: { $reason }
field-no-nul = El texto no puede contener el carácter NUL (U+0000).
field-queue-state = Usa queued, sent o failing.
field-expiry-after-issue = La fecha de caducidad debe ser posterior a la de emisión.
field-expiry-within = Indica una caducidad dentro de los próximos { $years } años.
field-lang-offered = Elige uno de los idiomas disponibles.
field-one-of-languages = Elige uno de estos: { $codes }.
field-search-empty = Busca una palabra o un número.
field-check-choose = Elige primero una respuesta.
field-check-choose-one = Elige una sola respuesta.
field-exam-choose-one = Elige una sola opción para esta pregunta.
field-role = Elige learner, partner_manager o programme_admin.
field-invitation-invalid = Este enlace de invitación no es válido. Pide uno nuevo a tu responsable.
