# ESS Academy — los partners: la página de la empresa del responsable de partner, el Incentivo Takeback, la
# verificación pública de un partner y el selector de contenido que abre la plataforma de aprendizaje de un
# partner (LTI), en español (traducidos del inglés).
# Una clave que contiene marcado se indica con "(HTML)" y se muestra sin escapar; la página escapa sus
# argumentos antes de insertarlos.

## My company (partner/index.html)
partner-code = código de partner
partner-notice-invited = Invitación enviada. El enlace que contiene funciona durante 14 días.
partner-notice-removed = Se ha quitado de tu empresa. La persona conserva su cuenta y su credencial.
# (HTML)
partner-accredited = <strong>Acreditada</strong> desde el { $since }, con { $count ->
    [one] { $count } especialista
   *[other] { $count } especialistas
  } (se necesitan al menos { $min }). La acreditación vence el <strong>{ $lapses }</strong> salvo que alguien renueve o que otra persona se certifique antes.
partner-renewers = Si estas personas renuevan antes de su caducidad, tu empresa sigue acreditada sin interrupción:
partner-renewer-open = caduca el { $expires }, renovación abierta
partner-renewer-not-yet = caduca el { $expires }, la renovación se abre el { $opens }
partner-certificate = Certificado de partner (PDF)
partner-logo = Logotipo de la especialización (SVG)
partner-verify-page = Página pública de verificación
# (HTML)
partner-takeback-eligible = Los partners acreditados pueden optar al <a href="/takeback">Incentivo Takeback</a> en los países participantes.
# (HTML)
partner-not-accredited = <strong>Todavía sin acreditar.</strong> Necesitas al menos { $min } personas de tu equipo con una credencial válida; ahora tienes { $count }. Invita abajo a tu equipo comercial y técnico.
partner-people = Tu equipo ({ $count })
partner-download-all = Descargar todos los certificados e insignias (zip)
partner-col-name = Nombre
partner-col-training = Formación
partner-col-active = Tiempo activo
partner-col-exams = Exámenes
partner-col-credential = Credencial
partner-col-actions = Acciones
partner-modules-done = { $done } de { $total } módulos
partner-training-complete = completada
partner-exam-passed = aprobado
# $score is written by the page ("85%").
partner-exam-passed-score = aprobado con { $score }
partner-exam-attempts = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
  }
partner-exam-attempts-best = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
  }, mejor nota { $score }
partner-exam-not-taken = sin hacer
partner-status-valid = válida
partner-status-expired = caducada
partner-status-revoked = revocada
partner-until = hasta el { $date }
partner-certificate-link = Certificado
partner-badge-link = Insignia
partner-remove = Quitar
partner-nobody = Todavía no hay nadie: invita abajo a tu equipo.
partner-people-hint = Ves el progreso y los resultados, nunca las respuestas. Si quitas a alguien de tu empresa, conserva su cuenta y su credencial.
partner-invite = Invitar a alguien
partner-invite-text = Recibirá un correo electrónico con un enlace para registrarse; al registrarse con él, se une a { $partner }.
partner-invite-send = Enviar la invitación
partner-invitations = Invitaciones recientes
partner-invitation-joined = se ha unido
partner-invitation-sent = enviada el { $date }
partner-invite-already-member = { $email } ya forma parte de tu equipo.
partner-invite-has-account = { $email } ya tiene una cuenta. Un administrador del programa puede vincularla a { $partner }.
partner-no-partner = Tu cuenta todavía no está vinculada a ningún partner. Pídeselo a un administrador del programa.

## Where a person's renewal stands, on the partner's page
partner-renewal-revoked = Revocada: sin renovación
partner-renewal-open = Renovación abierta: renueva antes del { $date } ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
  })
partner-renewal-grace = Caducada: { $days ->
    [one] queda { $days } día de gracia
   *[other] quedan { $days } días de gracia
  } para renovar
partner-renewal-closed = Vencida: hay que obtenerla de nuevo
partner-renewal-renewed = Renovada; la próxima renovación se abre el { $date }
partner-renewal-not-yet = La renovación se abre el { $date }

## The Takeback Incentive (partner/takeback.html)
takeback-title = Incentivo Takeback
takeback-eyebrow = Para partners acreditados
# $rate is written by the page ("7 %").
takeback-lead = Los partners que tienen la Especialización en Sostenibilidad Medioambiental pueden obtener un descuento incremental de hasta el { $rate } en productos nuevos registrados en operaciones Takeback de renovación o migración, en los países participantes; además, los equipos antiguos de sus clientes se recogen gratis.
takeback-accredited = Tu empresa está acreditada: puede optar al incentivo en los países participantes.
takeback-not-accredited = Tu empresa todavía no está acreditada. Podrá optar al incentivo cuando haya suficientes personas certificadas en ella.
takeback-how = Cómo funciona
# (HTML)
takeback-eligibility = <strong>Requisitos:</strong> tu empresa tiene la especialización (al menos el número exigido de especialistas certificados) y la operación se realiza en un país participante.
# (HTML)
takeback-discount = <strong>El descuento:</strong> hasta un { $rate } adicional en los productos nuevos registrados en una operación Takeback, en oportunidades de renovación o migración.
# (HTML)
takeback-free = <strong>Recogida gratuita:</strong> el fabricante recoge sin coste los equipos al final de su uso, reutiliza lo que puede y recicla el resto de forma responsable.
# (HTML)
takeback-register = <strong>Registra la operación</strong> como operación Takeback en el registro de operaciones del fabricante; allí se fija el descuento real.
takeback-countries = Países participantes
takeback-no-countries = Todavía no hay ninguno en la lista.
takeback-terms = La lista y el porcentaje proceden de la configuración del programa. Consulta las condiciones vigentes del fabricante antes de presupuestar a un cliente.
takeback-estimate-title = Estima una operación
takeback-country = País de la operación
takeback-value = Valor de los productos nuevos
takeback-value-hint = Valor neto en la moneda de la operación, p. ej. 250000.
takeback-estimate = Estimar
takeback-estimated = Descuento incremental estimado con un máximo del { $rate }.
takeback-not-eligible = No aplica
takeback-not-eligible-text = Ese país no participa en el Incentivo Takeback. Puede que la recogida gratuita siga disponible: pregunta al fabricante.
# (HTML)
takeback-not-a-quote = <strong>Una estimación, no un presupuesto:</strong> el descuento es «de hasta» ese porcentaje y solo se confirma mediante el registro de la operación.
takeback-value-number = Indica el valor de la operación como número, por ejemplo 250000.
takeback-value-positive = Indica el valor de la operación como número positivo.

## The public verification of a partner (partner/verify.html)
partner-verify-title = { $name }: verificación de partner
partner-verification = Verificación de partner
# (HTML)
partner-verify-accredited = <strong>Acreditado.</strong> Este partner tiene la Especialización en Sostenibilidad Medioambiental.
# (HTML)
partner-verify-not-accredited = <strong>No acreditado</strong> en este momento.
partner-partner = Partner
partner-accredited-since = Acreditado desde
partner-current-until = Vigente hasta
partner-current-until-value = { $date } (se amplía a medida que se certifican más personas)
partner-specialists = Especialistas certificados
partner-code-label = Código de partner

## Content for a partner's learning platform (lti/deep_linking.html, lti/deep_linking_response.html)
lti-choose-title = Elige contenido para tu curso
lti-choose-lead-many = Tu plataforma de aprendizaje ha preguntado qué contenido de ESS Academy añadir. Marca los cursos, módulos y exámenes que quieras enlazar y añádelos: volverás a tu plataforma con los enlaces.
lti-choose-lead-one = Tu plataforma de aprendizaje ha preguntado qué contenido de ESS Academy añadir. Elige un curso, módulo o examen que enlazar y añádelo: volverás a tu plataforma con el enlace.
lti-whole-course = { $course } (el curso completo)
lti-nothing-published = Todavía no hay nada publicado. Vuelve cuando haya un curso disponible.
lti-add = Añadir a mi curso
lti-choose-one-at-least = Elige al menos un curso, módulo o examen.
lti-choose-only-one = Tu plataforma de aprendizaje solo admite un elemento aquí: elige solo uno.
lti-choice-gone = «{ $item }» ya no está en el catálogo. Recarga la página y vuelve a elegir.
lti-back-title = Volver a tu plataforma de aprendizaje
lti-chosen = { $count ->
    [one] { $count } elemento elegido. Si tu plataforma no se abre sola, envía la selección con el botón.
   *[other] { $count } elementos elegidos. Si tu plataforma no se abre sola, envía la selección con el botón.
  }
lti-return = Volver a tu plataforma de aprendizaje
