# ESS Academy — la cuenta: su página, los roles, el borrado de una cuenta por su titular y los mensajes de los
# campos de los formularios de la cuenta, en español (traducidos del inglés).
# Una clave que contiene marcado se indica con "(HTML)" y se muestra sin escapar; la página escapa sus
# argumentos antes de insertarlos.

## The account page (account/index.html)
account-notice-saved = Tus datos se han guardado.
account-notice-password-changed = Tu contraseña se ha cambiado. Se ha cerrado la sesión en los demás dispositivos.
account-notice-correction-requested = Has solicitado la corrección de tu nombre. Un administrador del programa la revisará y te enviaremos la respuesta por correo electrónico.
account-details = Tus datos
account-name-on-certificate = Nombre en tu certificado
account-email = Correo electrónico
account-verified = verificado
account-not-verified = sin verificar
account-role = Rol
account-member-since = Miembro desde
account-save-details = Guardar los datos
account-change-password = Cambiar la contraseña
account-change-password-text = Al cambiar tu contraseña, se cierra la sesión en todos los demás dispositivos.
account-current-password = Contraseña actual
account-correction-title = Corrige el nombre de tu certificado
# (HTML) $name is escaped by the page before it is placed here.
account-correction-text = Tu nombre aparece en tu certificado, tu insignia y tu firma de correo electrónico exactamente como está aquí: <strong>{ $name }</strong>. Si está mal (una errata, una tilde que falta, un cambio legal de nombre), solicita una corrección. Un administrador del programa la revisa; una vez aprobada, tu credencial conserva su identificador e indica que se ha reemitido.
account-correction-waiting = Tu solicitud está pendiente de un administrador del programa. Podrás volver a pedirla cuando la haya respondido.
account-correction-name = Tu nombre tal como debe imprimirse
account-correction-name-hint = Hasta 120 caracteres, en cualquier alfabeto que impriman las fuentes de nuestro certificado (latino, griego, cirílico, hebreo, chino, japonés, coreano…).
account-correction-reason = Por qué hay que corregirlo
account-correction-submit = Solicitar la corrección
account-correction-requests = Tus solicitudes
account-correction-from-to = «{ $from }» → «{ $to }»
account-correction-pending = pendiente
account-correction-approved = aprobada
account-correction-rejected = rechazada
account-data = Tus datos personales
account-data-text = Descarga todo lo que ESS Academy guarda sobre ti (tu cuenta, progreso, respuestas, resultados, credenciales y los correos que te hemos enviado) en un único archivo JSON.
account-data-download = Descargar mis datos
account-erase-text = También puedes borrar tu cuenta. Te pediremos tu contraseña y antes te explicaremos exactamente qué ocurre.
account-erase-link = Borrar mi cuenta…

## Roles
role-learner = Alumno
role-partner-manager = Responsable de partner
role-programme-admin = Administrador del programa
role-only-learner = Esta página es solo para alumnos.
role-only-partner-manager = Esta página es solo para responsables de partner.
role-only-programme-admin = Esta página es solo para administradores del programa.

## Erasing one's account (privacy/erase.html, privacy/erased.html)
erase-title = Borra tu cuenta
erase-intro = Esto no se puede deshacer. Al borrar tu cuenta, de inmediato:
erase-signed-out = se cierra tu sesión en todos los dispositivos, y nadie podrá volver a iniciar sesión en la cuenta;
erase-name-email = tu nombre y tu dirección de correo electrónico ({ $email }) se eliminan de la cuenta;
erase-answers = se eliminan tus respuestas a las preguntas de examen y de repaso, y también los textos de los correos que te hemos enviado;
erase-credentials = tus credenciales se revocan: sus páginas de verificación indican «revocada» y ya no muestran tu nombre.
erase-what-stays = Lo que se conserva, sin tu nombre: que una cuenta estudió, hizo exámenes y con qué notas, para que los totales del programa sigan siendo correctos; y un registro de que la cuenta se borró, cuándo y a petición de quién.
# (HTML) $url is escaped by the page before it is placed here.
erase-copy-first = ¿Quieres una copia antes? <a href="/api/v1/me/export" download>Descarga tus datos (JSON)</a>.
erase-password = Tu contraseña, para confirmar que eres tú
erase-submit = Borrar mi cuenta
erase-keep = Conservar mi cuenta
erased-title = Tu cuenta está borrada
erased-done = Listo. Se ha cerrado tu sesión, y tu nombre y tu dirección de correo electrónico ya no están en ESS Academy.
erased-credentials = { $count ->
    [one] Se ha revocado { $count } credencial; su página de verificación ya lo indica, sin tu nombre.
   *[other] Se han revocado { $count } credenciales; sus páginas de verificación ya lo indican, sin tu nombre.
  }
# (HTML)
erased-welcome-back = Si quieres volver a estudiar con nosotros, puedes <a href="/register">crear una cuenta nueva</a> cuando quieras.

## Messages of form fields
field-email-empty = Escribe tu dirección de correo electrónico.
field-email-too-long = Una dirección de correo electrónico puede tener como máximo { $max } caracteres.
field-email-not-latin = Usa una dirección de correo electrónico con letras latinas sin tildes, cifras y símbolos; todavía no se admiten direcciones con acentos ni en otros alfabetos.
field-email-invalid = Escribe una dirección de correo electrónico válida, como nombre@empresa.com.
field-name-empty = Escribe tu nombre completo.
field-name-too-long = Tu nombre completo puede tener como máximo { $max } caracteres (este tiene { $count }).
field-name-invisible = Tu nombre completo contiene un carácter de control o invisible; vuelve a escribirlo.
field-name-glyph = Tu nombre completo contiene «{ $char }», que tu certificado no puede imprimir. Escribe tu nombre sin ese carácter.
field-company-empty = Escribe el nombre de tu empresa.
field-company-too-long = El nombre de tu empresa puede tener como máximo { $max } caracteres (este tiene { $count }).
field-company-invisible = El nombre de tu empresa contiene un carácter de control o invisible; vuelve a escribirlo.
field-partner-name-empty = Escribe el nombre de la empresa.
field-partner-name-too-long = El nombre de la empresa puede tener como máximo { $max } caracteres (este tiene { $count }).
field-partner-name-invisible = El nombre de la empresa contiene un carácter de control o invisible; vuelve a escribirlo.
field-country-empty = Elige tu país.
field-country-unknown = «{ $code }» no es un código de país que conozcamos; elige tu país de la lista.
field-password-too-short = Usa al menos { $min } caracteres para tu contraseña.
field-password-too-long = Usa como máximo { $max } caracteres para tu contraseña.
field-password-control = Tu contraseña contiene un carácter de control; vuelve a escribirla.
field-current-password-wrong = Tu contraseña actual no es correcta.
field-correction-reason = Indica el motivo de la corrección en 1–{ $max } caracteres.
field-correction-note = Indica el motivo del rechazo en 1–{ $max } caracteres.
field-correction-same-name = Este ya es el nombre de tu cuenta y de tu certificado.
field-correction-pending = Ya has pedido una corrección de nombre; un administrador del programa la responderá pronto.
field-correction-approved = Esta solicitud ya está aprobada.
field-correction-rejected = Esta solicitud ya está rechazada.
field-erase-password-empty = Escribe tu contraseña para confirmar que eres tú.
field-erase-password-wrong = Esta no es tu contraseña. No se ha borrado nada; inténtalo de nuevo.
field-erase-only-admin = Eres el único administrador del programa. Primero haz administrador del programa a otra persona y después borra tu cuenta.
field-erase-reason = Indica cómo te llegó la solicitud en 1–{ $max } caracteres.
field-erase-self-here = Aquí no puedes borrar tu propia cuenta. Usa «Borrar mi cuenta» en la página de tu cuenta.
field-erase-already = Esta cuenta ya está borrada.
