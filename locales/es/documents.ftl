# ESS Academy — las palabras impresas en los archivos de la credencial (certificado PDF, insignia,
# gráfico de la firma de correo), en español. Texto sin marcado; las fechas llegan ya escritas en
# español. Las líneas se reducen para caber, pero cuanto más cortas, mejor.

## El certificado (PDF)
doc-cert-header = ESS Academy · Especialización en Sostenibilidad Medioambiental
doc-cert-title = Certificado
doc-cert-certifies = Se certifica que
doc-cert-earned = ha obtenido la credencial
doc-cert-dates = Emitido el { $issued } · Válido hasta el { $expires }
doc-cert-renewed = Renovado el { $date }
doc-cert-team = El equipo del programa ESS Academy
doc-cert-id = Identificador de la credencial: { $id }
doc-cert-verify = Verificación: { $url }
# En diagonal sobre un certificado caducado o revocado; $status va en mayúsculas.
doc-cert-status = { $status }: consulta la página de verificación
# La propiedad «asunto» del PDF.
doc-cert-subject = Certificado de { $title } de { $name }, credencial { $id }

## El certificado de acreditación de un partner
doc-cert-partner-accredited = está acreditado en la
doc-cert-partner-dates = Acreditado desde el { $issued } · Vigente hasta el { $expires }
doc-cert-partner-code = Código de partner: { $code }
doc-partner-title = Especialización en Sostenibilidad Medioambiental
doc-partner-programme = Partner acreditado · { $count ->
    [one] { $count } especialista
   *[other] { $count } especialistas
  }

## El estado de una credencial (en mayúsculas en los archivos)
doc-status-expired = Caducada
doc-status-revoked = Revocada

## La insignia (un disco: el ámbito en versalitas sobre la función)
doc-badge-field = Sostenibilidad ambiental
doc-badge-role = Especialista

## El gráfico de la firma de correo (su última línea)
doc-signature-verified = Verificado por ESS Academy · { $year }
doc-signature-status = { $status } · consulta la página de verificación
