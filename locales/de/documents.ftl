# ESS Academy — die Wörter auf den Dateien des Nachweises (Zertifikat als PDF, Badge,
# E-Mail-Signaturgrafik), auf Deutsch. Text ohne Markup; Daten kommen bereits deutsch geschrieben
# an. Zeilen werden verkleinert, bis sie passen, aber kürzer ist besser.

## Das Zertifikat (PDF)
doc-cert-header = ESS Academy · Spezialisierung Ökologische Nachhaltigkeit
doc-cert-title = Zertifikat
doc-cert-certifies = Hiermit wird bescheinigt, dass
doc-cert-earned = den folgenden Nachweis erworben hat
doc-cert-dates = Ausgestellt am { $issued } · Gültig bis { $expires }
doc-cert-renewed = Erneuert am { $date }
doc-cert-team = Das Programmteam von ESS Academy
doc-cert-id = Nachweis-ID: { $id }
doc-cert-verify = Überprüfen: { $url }
# Quer über ein abgelaufenes oder widerrufenes Zertifikat; $status in Großbuchstaben.
doc-cert-status = { $status } – siehe Verifizierungsseite
# Die Eigenschaft „Betreff“ des PDF.
doc-cert-subject = Zertifikat „{ $title }“ von { $name }, Nachweis { $id }

## Das Akkreditierungszertifikat eines Partners
doc-cert-partner-accredited = ist akkreditiert für die
doc-cert-partner-dates = Akkreditiert seit { $issued } · Gültig bis { $expires }
doc-cert-partner-code = Partnercode: { $code }
doc-partner-title = Spezialisierung Ökologische Nachhaltigkeit
doc-partner-programme = Akkreditierter Partner · { $count ->
    [one] { $count } Spezialist(in)
   *[other] { $count } Spezialist(inn)en
  }

## Der Status eines Nachweises (in Großbuchstaben auf den Dateien)
doc-status-expired = Abgelaufen
doc-status-revoked = Widerrufen

## Das Badge (eine Scheibe: das Fachgebiet in Kapitälchen über der Rolle)
doc-badge-field = Ökologische Nachhaltigkeit
doc-badge-role = Spezialist

## Die E-Mail-Signaturgrafik (ihre letzte Zeile)
doc-signature-verified = Verifiziert von ESS Academy · { $year }
doc-signature-status = { $status } · siehe Verifizierungsseite
