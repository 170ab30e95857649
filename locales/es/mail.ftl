# ESS Academy — los correos electrónicos, en español (traducidos del inglés; se tutea al lector).
# Cada mensaje sirve a la vez para la parte de texto y la parte HTML de un correo: sin marcado.
# Las fechas ($expires, $opens…) y los porcentajes ($score, $pass) llegan ya escritos en español.

## Todos los correos
mail-tagline = Especialización en Sostenibilidad Medioambiental
mail-footer = Recibes este correo por tu cuenta en { $url }.
mail-hello = Hola, { $name }:
mail-hello-all = Hola:
mail-paste-link = O copia este enlace en tu navegador:
mail-see-credential = Ver tu credencial verificada
mail-anyone-verify = Cualquier persona puede verificar tu credencial aquí:
mail-verification-page = Tu página de verificación:
mail-renew-button = Renovar tu credencial
mail-renew-here = Renuévala aquí:

## Verifica tu dirección de correo (tras registrarte)
mail-verify-subject = Verifica tu dirección de correo para ESS Academy
mail-verify-welcome = Te damos la bienvenida a ESS Academy. Confirma tu dirección de correo electrónico:
mail-verify-button = Verificar mi dirección de correo
mail-verify-valid = El enlace es válido durante { $days } días. Después, inicia sesión y empieza la formación de la Especialización en Sostenibilidad Medioambiental.
mail-verify-ignore = Si no te has registrado, puedes ignorar este correo.

## Restablecer la contraseña
mail-reset-subject = Restablece tu contraseña de ESS Academy
mail-reset-asked = Alguien (esperamos que tú) ha pedido restablecer la contraseña de tu cuenta de ESS Academy.
mail-reset-button = Elegir una contraseña nueva
mail-reset-here = Elige una contraseña nueva aquí:
mail-reset-once = El enlace funciona una sola vez, durante { $minutes } minutos. Si no lo has pedido tú, ignora este correo: tu contraseña no cambia.

## Resultado de un examen
mail-result-subject-passed = Has aprobado: { $exam }
mail-result-subject-failed = Tu resultado: { $exam }
mail-result-timed-out = Se acabó el tiempo de tu intento, así que se envió con las respuestas que tenías guardadas.
mail-result-passed = Has aprobado { $exam } con un { $score } ({ $correct } de { $total } respuestas correctas; la nota mínima para aprobar es del { $pass }).
mail-result-failed = Has obtenido un { $score } en { $exam } ({ $correct } de { $total } respuestas correctas); la nota mínima para aprobar es del { $pass }.
mail-result-review-passed = Temas que te conviene repasar antes de continuar:
mail-result-review-failed = Temas que te conviene repasar antes de tu próximo intento:
mail-result-button = Ver tu resultado por tema
mail-result-by-topic = Tu resultado, por tema:
mail-result-retry = Puedes volver a intentarlo desde la página del examen cuando termine tu tiempo de espera:

## Credencial obtenida
mail-issued-subject = Ya eres { $title }
mail-issued-congratulations = ¡Enhorabuena, { $name }!
mail-issued-lead = Has completado la formación y has aprobado los dos exámenes: ya eres { $title }.
mail-issued-attached = Te adjuntamos tu certificado (PDF). Es válido hasta el { $expires }.
mail-issued-kit = Tu kit de credenciales (insignia, firma de correo electrónico, textos para clientes y licitaciones, enlaces de LinkedIn):

## Credencial renovada
mail-renewed-subject = Tu credencial de { $title } está renovada hasta el { $expires }
mail-renewed-well-done = ¡Bien hecho, { $name }!
mail-renewed-in-grace = Has aprobado el examen de renovación: tu credencial de { $title } está renovada. Ahora es válida hasta el { $expires } (un año a partir de hoy, ya que había caducado el { $previous }).
mail-renewed-early = Has aprobado el examen de renovación: tu credencial de { $title } está renovada. Ahora es válida hasta el { $expires } (un año después de su caducidad anterior, el { $previous }: renovar antes de tiempo no te ha hecho perder nada).
mail-renewed-same = Es la misma credencial: el mismo identificador, la misma página de verificación y la misma entrada de LinkedIn. Te adjuntamos tu nuevo certificado (PDF); tu insignia y tu firma de correo electrónico ya muestran las nuevas fechas.
mail-renewed-kit = Tu kit de credenciales tiene el certificado, la insignia y la firma renovados:

## Renovación abierta (se abre el periodo de renovación)
mail-open-subject = La renovación está abierta: conserva tu credencial de { $title }
mail-open-lead = Ya puedes renovar tu credencial de { $title }. Caduca el { $expires }.
mail-open-how = Para renovarla, estudia el módulo de renovación (menos de una hora) y aprueba el examen de renovación. Si la renuevas antes del { $expires }, tu nueva fecha de caducidad será un año después de la actual: renovar antes de tiempo no te hace perder nada, y la especialización de tu empresa continúa sin interrupciones.
mail-open-missed = Si se te pasa la fecha, aún puedes renovarla hasta el { $grace-ends } (el periodo de gracia), pero mientras tanto tu credencial aparecerá como caducada.

## La credencial caduca pronto (90, 60 y 30 días antes)
mail-expiring-subject = Tu credencial de { $title } caduca en { $days ->
    [one] { $days } día
   *[other] { $days } días
  }
mail-expiring-lead = Tu credencial de { $title } caduca el { $expires }, dentro de { $days } días o menos.
mail-expiring-after = A partir de esa fecha, tu página de verificación, tu insignia y tu firma de correo electrónico la mostrarán como caducada, y dejará de contar para la especialización de tu empresa.
mail-expiring-open = La renovación ya está abierta: estudia el módulo de renovación y aprueba el examen de renovación antes del { $expires }, y tu nueva fecha de caducidad será un año después de la actual.
mail-expiring-opens = La renovación se abre el { $opens }: entonces estudia el módulo de renovación y aprueba el examen de renovación antes del { $expires }.
mail-expiring-how = Ver cómo funciona la renovación

## Credencial caducada, en su periodo de gracia
mail-grace-subject = Tu credencial de { $title } ha caducado: { $days ->
    [one] te queda { $days } día
   *[other] te quedan { $days } días
  } de gracia para renovarla
mail-grace-expired = Tu credencial de { $title } caducó el { $expired }. Tu página de verificación, tu insignia y tu firma de correo electrónico ya la muestran como caducada, y ha dejado de contar para la especialización de tu empresa.
mail-grace-still = Todavía puedes renovarla: { $days ->
    [one] te queda { $days } día
   *[other] te quedan { $days } días
  } de gracia, hasta el { $grace-ends }. Estudia el módulo de renovación y aprueba el examen de renovación; tu credencial volverá a ser válida durante un año a partir del día en que la renueves, con el mismo identificador y la misma página de verificación.
mail-grace-after = Después del { $grace-ends } tendrías que volver a obtener la especialización desde el principio.

## Corrección del nombre resuelta
mail-name-subject-approved = Tu nombre se ha corregido
mail-name-subject-rejected = No se ha aprobado la corrección de tu nombre
mail-name-approved = Tu nombre se ha corregido a «{ $requested }». Tu certificado, tu insignia y tu firma de correo electrónico ya lo muestran; tu credencial conserva su identificador y su página de verificación.
mail-name-rejected = No se ha aprobado tu solicitud para cambiar tu nombre a «{ $requested }».
mail-name-note = Nota del programa: { $note }
mail-name-button = Abrir tu página de formación

## Invitación de un responsable de partner
mail-invite-subject = { $manager } te invita a la Especialización en Sostenibilidad Medioambiental
mail-invite-lead = { $manager }, de { $partner }, te invita a ESS Academy para que te conviertas en Especialista en Sostenibilidad Medioambiental: menos de 15 horas de módulos en línea y, después, dos exámenes.
mail-invite-button = Crear mi cuenta
mail-invite-create = Crea tu cuenta con este enlace:
mail-invite-until = El enlace es válido hasta el { $expires }.

## La acreditación del partner caducaría (a los responsables del partner)
mail-lapsing-subject = { $partner }: la especialización caduca en { $days } días si nadie renueva
mail-lapsing-lead = { $partner } mantiene la Especialización en Sostenibilidad Medioambiental mientras al menos { $min } personas de tu empresa tengan una credencial válida. Ahora hay { $specialists }, y el { $lapses } (dentro de { $days } días o menos) una caducidad hará que la empresa quede por debajo del mínimo.
mail-lapsing-then = A partir de entonces, el partner deja de estar acreditado y de poder participar en el Incentivo Takeback.
mail-lapsing-renewers = Si estas personas renuevan antes de su caducidad, la acreditación se mantiene sin interrupciones. Sus credenciales caducan antes de esa fecha:
mail-lapsing-renewer-open = { $name } ({ $email }): caduca el { $expires }, la renovación ya está abierta
mail-lapsing-renewer-opens = { $name } ({ $email }): caduca el { $expires }, la renovación se abre el { $opens }
mail-lapsing-or = O haz que otra persona complete la formación y los dos exámenes antes de esa fecha.
mail-lapsing-button = Ver quién está a punto de caducar
mail-lapsing-see = Consulta la situación de cada persona:
