# ESS Academy — las credenciales: la página del kit de una credencial, su página pública de verificación y
# la página de renovación del titular, en español (traducidas del inglés).
# Una clave que contiene marcado se indica con "(HTML)" y se muestra sin escapar; la página escapa sus
# argumentos antes de insertarlos.

## The state of a credential
credential-status-valid = Válida
credential-status-expired = Caducada
credential-status-revoked = Revocada

## The kit page (credentials/kit.html)
cred-kit-title = Kit de credenciales: { $title }
cred-kit = Kit de credenciales
cred-mine = Mi credencial
cred-of = Credencial de { $name }
cred-issued-on = emitida el { $date }
cred-renewed-on = renovada el { $date }
cred-expired-on = caducó el { $date }
cred-valid-until = válida hasta el { $date }
cred-reissued = reemitida con el nombre corregido
cred-notice-revoked = La credencial está revocada. Su página de verificación muestra el motivo.
cred-notice-reason-needed = Indica un motivo para revocar la credencial (de 1 a 500 caracteres).
cred-notice-expiry-changed = Se ha cambiado la fecha de caducidad, y el historial registra el motivo.
cred-notice-expiry-date-needed = Indica la nueva fecha de caducidad como fecha (AAAA-MM-DD).
cred-notice-expiry-reason-needed = Indica un motivo para el cambio (de 1 a 500 caracteres) y una fecha posterior a la emisión, dentro de los próximos 10 años.
# (HTML)
cred-kit-revoked = <strong>Revocada.</strong> { $reason } Los archivos de abajo lo indican; no los uses.
# (HTML)
cred-kit-expired = <strong>Caducó el { $date }.</strong> La insignia y la firma de correo electrónico ya lo muestran.
# (HTML)
cred-kit-grace-holder = Todavía se puede renovar hasta el { $date } ({ $days ->
    [one] queda { $days } día de gracia
   *[other] quedan { $days } días de gracia
  }): <a href="/renewal">renuévala ahora</a>; la misma credencial vuelve a ser válida durante un año.
cred-kit-grace = Todavía se puede renovar hasta el { $date } ({ $days ->
    [one] queda { $days } día de gracia
   *[other] quedan { $days } días de gracia
  }); la misma credencial vuelve a ser válida durante un año.
# (HTML)
cred-kit-earned-again = Se volvió a obtener en un nuevo ciclo de certificación: <a href="/credentials/{ $id }">la credencial actual</a>.
cred-kit-grace-ended = El periodo de gracia para renovarla terminó el { $date }.
# (HTML)
cred-earn-again = Vuelve a obtener la especialización desde el principio: <a href="/exams">los dos exámenes están abiertos para ti</a>, y al aprobarlos se emite una nueva credencial vinculada a esta.
# (HTML)
cred-kit-renewal-open = <strong>La renovación está abierta.</strong> Renueva antes del { $date } y la nueva caducidad será un año después de esa fecha: renovar pronto no te hace perder nada.
# (HTML)
cred-kit-renew-now = <a href="/renewal">Renovar ahora</a>.
# (HTML)
cred-kit-earlier = Esta credencial se volvió a obtener después de que <a href="/credentials/{ $id }">una anterior</a> caducara.
cred-badge-alt = Insignia: { $title }, { $name }
cred-downloads = Descargas
cred-certificate-a4 = Certificado, A4 (PDF)
cred-certificate-letter = Carta (EE. UU.)
cred-badge-png = Insignia PNG, 600 × 600
cred-badge-svg = SVG
cred-ob3 = Credencial Open Badges 3.0 (JWT firmado)
# (HTML)
cred-badges-hint = Las insignias PNG y SVG llevan dentro una aserción Open Badges 2.0 que leen las mochilas y carteras de insignias. El JWT es una credencial Open Badges 3.0 firmada para carteras digitales (claves: <a href="/.well-known/jwks.json">JWKS</a>).
cred-verify-page-for-anyone = Página de verificación, para cualquiera:
cred-signature = Firma de correo electrónico
cred-signature-graphic = El gráfico de tu firma de correo electrónico
cred-signature-paste = Pega este HTML en tu firma de correo electrónico. El gráfico enlaza a tu página de verificación y muestra siempre el estado actual de la credencial.
# The alternative text of the signature graphic, in the HTML the holder pastes into their e-mail signature.
cred-signature-snippet-alt = { $name }, { $title } (verificado por ESS Academy)
cred-copy-html = Copiar el HTML
cred-download-png = Descargar el PNG
cred-linkedin = LinkedIn
cred-linkedin-add = Añadir a mi perfil de LinkedIn
cred-linkedin-share = Compartir en LinkedIn
cred-linkedin-hint = «Añadir al perfil» rellena la certificación: { $title }, emitida por ESS Academy, { $issued }, con caducidad el { $expires }, con el identificador de tu credencial y la URL de verificación.
cred-group-email = Correos electrónicos para clientes
cred-group-email-hint = Edítalos antes de enviarlos: añade el nombre del cliente y tus propias palabras.
cred-group-rfp = Para respuestas a licitaciones (RFP)
cred-group-rfp-hint = Pégalo en la sección de sostenibilidad de una respuesta.
cred-group-social = Publicaciones en redes sociales
cred-group-social-hint = Publícalo tú mismo o usa el enlace para compartir en LinkedIn de arriba.
cred-group-signature = Texto para la firma de correo electrónico
cred-group-signature-hint = Para firmas en texto sin formato; el gráfico de arriba es para las firmas en HTML.
cred-copy-text = Copiar el texto
cred-logo = El logotipo de la especialización
cred-logo-alt = Logotipo de la Especialización en Sostenibilidad Medioambiental
cred-logo-text = Usa el logotipo para mostrar que tu empresa participa en la Especialización en Sostenibilidad Medioambiental. Tu insignia es tuya: úsala para ti, no para tu empresa.
cred-logo-download = Descargar el logotipo (SVG)
cred-history = Historial
cred-history-issued = Emitida
cred-history-name-corrected = Reemitida con el nombre corregido
cred-history-renewed = Renovada
cred-history-expiry-changed = Caducidad cambiada por un administrador del programa
cred-history-revoked = Revocada
# (HTML)
cred-history-entry = <strong>{ $date }</strong>: { $event }
# (HTML)
cred-history-entry-detail = <strong>{ $date }</strong>: { $event } — { $detail }
cred-history-earned-again = Obtenida de nuevo en un nuevo ciclo de certificación después de que caducara { $id }.
cred-history-expiry-moved = Caducidad trasladada del { $from } al { $to }.
cred-history-expiry-moved-grace = Caducidad trasladada del { $from } al { $to } (renovada en el periodo de gracia, por lo que cuenta desde la fecha de renovación).
cred-history-name-from-to = Nombre corregido de «{ $from }» a «{ $to }»
# (HTML)
cred-name-wrong = ¿Tu nombre está mal? <a href="/account#name-correction">Pide una corrección</a>: tu credencial conserva su identificador.
cred-expiry-change = Cambiar la caducidad
cred-expiry-text = Para una prórroga que concede el programa. El historial registra la fecha anterior y la nueva con tu motivo; solo los administradores del programa ven el motivo.
cred-expiry-new = Nueva caducidad (UTC)
cred-reason = Motivo
cred-revoke-title = Revocar esta credencial
cred-revoke-text = La revocación es definitiva y pública: la página de verificación muestra el motivo, y los gráficos de la insignia y de la firma se vuelven grises.
cred-revoke-reason = Motivo (se muestra públicamente)
cred-revoke = Revocar

## The public verification page (verify/credential.html)
cred-verification = Verificación de la credencial
# (HTML)
cred-verify-valid = <strong>Válida.</strong> ESS Academy emitió esta credencial y está vigente.
# (HTML)
cred-verify-expired = <strong>Caducó</strong> el { $expires }. Era válida desde el { $issued }.
# (HTML)
cred-verify-revoked = <strong>Revocada.</strong> { $reason }
cred-holder = Titular
cred-credential = Credencial
cred-issued = Emitida
cred-renewed = Renovada
cred-expires = Caduca
cred-earned-before = Obtenida antes
# (HTML)
cred-earned-before-value = <a href="/verify/{ $id }">la credencial de la certificación anterior</a>, que caducó
cred-earned-again = Obtenida de nuevo
# (HTML)
cred-earned-again-value = <a href="/verify/{ $id }">la credencial actual</a>, después de que esta caducara
cred-issuer = Emisor
cred-issuer-value = ESS Academy, el programa de la Especialización en Sostenibilidad Medioambiental
cred-id = Identificador de la credencial
cred-reissued-label = Reemitida
cred-reissued-value = { $date }, con el nombre corregido
cred-machine-readable = Legible por máquina:

## The holder's renewal (renewal/index.html)
renewal-title = Renueva tu credencial
renewal-lead = Tu credencial es válida durante un año. Renuévala en el plazo previo a su caducidad y seguirá vigente sin interrupción: el mismo identificador, la misma página de verificación, la misma entrada en LinkedIn.
# (HTML)
renewal-none = Todavía no tienes ninguna credencial que renovar. Completa la formación y aprueba los dos exámenes para obtenerla: <a href="/training">Mi formación</a>.
renewal-credential = Credencial { $id }
renewal-heading-open = La renovación está abierta
renewal-heading-grace = Tu credencial ha caducado: renuévala en el periodo de gracia
renewal-heading-closed = El periodo de renovación ha terminado
renewal-heading-renewed = Renovada: válida hasta el { $date }
renewal-heading-not-yet = La renovación se abre el { $date }
# (HTML)
renewal-status-open = Tu credencial es válida hasta el <strong>{ $expires }</strong> ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
  }). Renuévala antes y la nueva caducidad será un año después de la actual: renovar pronto no te hace perder nada.
# (HTML)
renewal-status-grace = Caducó el <strong>{ $expires }</strong>. Te <strong>{ $days ->
    [one] queda { $days } día de gracia
   *[other] quedan { $days } días de gracia
  }</strong> (hasta el { $grace-ends }): si la renuevas ahora, vuelve a ser válida durante un año a partir del día en que la renueves.
# (HTML)
renewal-status-closed = El periodo de gracia terminó el { $grace-ends }. Vuelve a obtener la especialización desde el principio: <a href="/exams">los dos exámenes están abiertos para ti</a>, y al aprobarlos se emite una nueva credencial vinculada a esta.
# (HTML)
renewal-status-not-yet = Tu credencial es válida hasta el <strong>{ $expires }</strong>. La renovación se abre el <strong>{ $opens }</strong>, y ese día te escribiremos. Renuévala antes de que caduque para mantenerla sin interrupción; si se te pasa esa fecha, todavía puedes renovarla hasta el { $grace-ends } (el periodo de gracia).
renewal-study = { $count ->
    [one] Estudia el módulo de renovación
   *[other] Estudia los módulos de renovación
  }
renewal-modules-done = { $done } de { $count } completados
renewal-pass-exam = Aprueba el examen de renovación
renewal-go-to-exam = Ir a «{ $exam }»
renewal-continue-exam = Continuar «{ $exam }»
renewal-exam = «{ $exam }»
renewal-exam-reason = «{ $exam }»: { $reason }
renewal-kit = Tu kit de credenciales
