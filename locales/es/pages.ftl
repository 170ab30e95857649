# ESS Academy — páginas de la cuenta y del catálogo, en español (traducidas del inglés).
# Una clave que contiene marcado se indica con "(HTML)" y se muestra sin escapar; la página escapa sus argumentos
# antes de insertarlos.

## Error page
error-eyebrow = Error { $status }
error-home = Ir a la página de inicio
error-reference = Referencia: { $reference }

## After registering
registered-title = Revisa tu correo electrónico
registered-eyebrow = Ya casi está
# (HTML)
registered-sent = Hemos enviado un enlace de verificación a <strong>{ $email }</strong>. Ábrelo para confirmar tu dirección; después, inicia sesión y empieza tu formación.
registered-nothing = ¿No te ha llegado nada al cabo de unos minutos? Revisa tu carpeta de spam, o inicia sesión y pide un enlace nuevo.

## E-mail verification
verify-done-title = Correo electrónico verificado
verify-bad-title = Enlace no válido
verify-done-eyebrow = Listo
verify-bad-heading = Este enlace no funciona
verify-go-training = Ir a mi formación

## New password
reset-title = Elige una nueva contraseña
reset-password = Nueva contraseña
reset-password-hint = De 10 a 128 caracteres. Se cerrará tu sesión en todos los demás dispositivos.
reset-submit = Guardar la nueva contraseña
reset-expired = ¿Ha caducado el enlace?
reset-ask-again = Pide uno nuevo

## First start
setup-title = Configurar ESS Academy
setup-eyebrow = Primer inicio
setup-heading = Crea el administrador del programa
setup-intro = Este enlace de un solo uso crea el primer administrador del programa. Los administradores del programa crean los cursos, generan informes y gestionan las credenciales.
setup-organisation = Organización
setup-password-hint = De 10 a 128 caracteres.
setup-submit = Crear cuenta de administrador

## The catalogue
catalog-title = Cursos
catalog-lead = Estudia a tu ritmo, en tu navegador. Tu progreso se guarda sobre la marcha.
catalog-modules = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
catalog-study = { $duration } de estudio
catalog-two-exams = dos exámenes
catalog-credential = credencial: { $name }
catalog-syllabus = Ver el temario
catalog-empty = Aún no hay cursos
catalog-empty-text = El equipo del programa todavía no ha publicado ningún curso. Vuelve pronto.

## A course
course-breadcrumb = Ruta de navegación
course-about = Acerca de este curso
course-exams = Los exámenes
course-exam-line = { $questions } preguntas en { $minutes } minutos; se aprueba con el { $percent } %
course-credential = Credencial:
course-languages = Disponible en: { $languages }
course-start-first = Empezar el primer módulo
course-log-in-to-start = Inicia sesión para empezar
course-syllabus = Temario
course-objectives = Qué serás capaz de hacer
