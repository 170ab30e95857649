# ESS Academy — Partner: die Seite des Partnermanagers zu seinem Unternehmen, das Takeback-Incentive, die
# öffentliche Verifizierung eines Partners und die Inhaltsauswahl, die die Lernplattform eines Partners öffnet
# (LTI), auf Deutsch (aus dem Englischen übersetzt).
# Ein Schlüssel mit Markup ist mit „(HTML)“ gekennzeichnet und wird unmaskiert ausgegeben; seine Argumente
# werden von der Seite maskiert, bevor sie eingesetzt werden.

## My company (partner/index.html)
partner-code = Partnercode
partner-notice-invited = Einladung gesendet. Der Link darin ist 14 Tage gültig.
partner-notice-removed = Aus Ihrem Unternehmen entfernt. Die Person behält ihr Konto und ihren Nachweis.
# (HTML)
partner-accredited = <strong>Akkreditiert</strong> seit dem { $since }, mit { $count ->
    [one] { $count } Spezialisten
   *[other] { $count } Spezialisten
  } (mindestens { $min } erforderlich). Die Akkreditierung läuft am <strong>{ $lapses }</strong> ab, sofern nicht vorher jemand verlängert oder eine weitere Person zertifiziert wird.
partner-renewers = Wenn diese Personen vor Ablauf verlängern, bleiben Sie ohne Unterbrechung akkreditiert:
partner-renewer-open = läuft am { $expires } ab, Verlängerung jetzt möglich
partner-renewer-not-yet = läuft am { $expires } ab, Verlängerung ab dem { $opens } möglich
partner-certificate = Partnerzertifikat (PDF)
partner-logo = Logo der Spezialisierung (SVG)
partner-verify-page = Öffentliche Verifizierungsseite
# (HTML)
partner-takeback-eligible = Akkreditierte Partner können in teilnehmenden Ländern das <a href="/takeback">Takeback-Incentive</a> nutzen.
# (HTML)
partner-not-accredited = <strong>Noch nicht akkreditiert.</strong> Sie brauchen mindestens { $min } Mitarbeitende mit gültigem Nachweis; Sie haben { $count }. Laden Sie unten Ihre Vertriebs- und Technikteams ein.
partner-people = Ihre Mitarbeitenden ({ $count })
partner-download-all = Alle Zertifikate und Badges herunterladen (ZIP)
partner-col-name = Name
partner-col-training = Schulung
partner-col-active = Aktive Zeit
partner-col-exams = Prüfungen
partner-col-credential = Nachweis
partner-col-actions = Aktionen
partner-modules-done = { $done } von { $total } Modulen
partner-training-complete = abgeschlossen
partner-exam-passed = bestanden
# $score is written by the page ("85 %").
partner-exam-passed-score = bestanden mit { $score }
partner-exam-attempts = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
  }
partner-exam-attempts-best = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
  }, bestes Ergebnis { $score }
partner-exam-not-taken = nicht abgelegt
partner-status-valid = gültig
partner-status-expired = abgelaufen
partner-status-revoked = widerrufen
partner-until = bis { $date }
partner-certificate-link = Zertifikat
partner-badge-link = Badge
partner-remove = Entfernen
partner-nobody = Noch niemand: Laden Sie unten Ihre Mitarbeitenden ein.
partner-people-hint = Sie sehen Fortschritt und Ergebnisse, niemals Antworten. Wer aus Ihrem Unternehmen entfernt wird, behält sein Konto und seinen Nachweis.
partner-invite = Jemanden einladen
partner-invite-text = Die Person erhält eine E-Mail mit einem Link zur Registrierung; wer sich damit registriert, gehört zu { $partner }.
partner-invite-send = Einladung senden
partner-invitations = Letzte Einladungen
partner-invitation-joined = beigetreten
partner-invitation-sent = gesendet am { $date }
partner-invite-already-member = { $email } gehört bereits zu Ihren Mitarbeitenden.
partner-invite-has-account = { $email } hat bereits ein Konto. Ein Programmadministrator kann es { $partner } zuordnen.
partner-no-partner = Ihr Konto ist noch keinem Partner zugeordnet. Wenden Sie sich an einen Programmadministrator.

## Where a person's renewal stands, on the partner's page
partner-renewal-revoked = Widerrufen: keine Verlängerung
partner-renewal-open = Verlängerung möglich: bis zum { $date } verlängern ({ $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
  })
partner-renewal-grace = Abgelaufen: noch { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } Nachfrist zur Verlängerung
partner-renewal-closed = Verfallen: muss neu erworben werden
partner-renewal-renewed = Verlängert; nächste Verlängerung ab dem { $date } möglich
partner-renewal-not-yet = Verlängerung ab dem { $date } möglich

## The Takeback Incentive (partner/takeback.html)
takeback-title = Takeback-Incentive
takeback-eyebrow = Für akkreditierte Partner
# $rate is written by the page ("7 %").
takeback-lead = Partner mit der Spezialisierung Ökologische Nachhaltigkeit können in teilnehmenden Ländern einen zusätzlichen Rabatt von bis zu { $rate } auf neue Produkte erhalten, die in Takeback-Deals bei Refresh- oder Migrationsprojekten registriert werden – und die Altgeräte ihrer Kunden werden kostenlos zurückgenommen.
takeback-accredited = Ihr Unternehmen ist akkreditiert: Es ist in den teilnehmenden Ländern berechtigt.
takeback-not-accredited = Ihr Unternehmen ist noch nicht akkreditiert. Es wird berechtigt, sobald genügend Mitarbeitende zertifiziert sind.
takeback-how = So funktioniert es
# (HTML)
takeback-eligibility = <strong>Berechtigung:</strong> Ihr Unternehmen hat die Spezialisierung (mindestens die erforderliche Zahl zertifizierter Spezialisten), und der Deal findet in einem teilnehmenden Land statt.
# (HTML)
takeback-discount = <strong>Der Rabatt:</strong> bis zu { $rate } zusätzlich auf die neuen Produkte, die in einem Takeback-Deal bei Refresh- oder Migrationsprojekten registriert werden.
# (HTML)
takeback-free = <strong>Kostenlose Rücknahme:</strong> Der Hersteller holt die ausgedienten Geräte des Kunden kostenlos ab, verwendet wieder, was möglich ist, und recycelt den Rest verantwortungsvoll.
# (HTML)
takeback-register = <strong>Registrieren Sie den Deal</strong> als Takeback-Deal über die Deal-Registrierung des Herstellers; dort wird der tatsächliche Rabatt festgelegt.
takeback-countries = Teilnehmende Länder
takeback-no-countries = Noch keine aufgeführt.
takeback-terms = Die Liste und der Satz stammen aus den Einstellungen des Programms. Prüfen Sie die aktuellen Bedingungen des Herstellers, bevor Sie einem Kunden ein Angebot machen.
takeback-estimate-title = Deal kalkulieren
takeback-country = Land des Deals
takeback-value = Wert der neuen Produkte
takeback-value-hint = Nettowert in der Währung des Deals, z. B. 250000.
takeback-estimate = Kalkulieren
takeback-estimated = Geschätzter zusätzlicher Rabatt bei bis zu { $rate }.
takeback-not-eligible = Nicht berechtigt
takeback-not-eligible-text = Dieses Land nimmt nicht am Takeback-Incentive teil. Eine kostenlose Rücknahme ist eventuell trotzdem möglich: Fragen Sie den Hersteller.
# (HTML)
takeback-not-a-quote = <strong>Eine Schätzung, kein Angebot:</strong> Der Rabatt beträgt „bis zu“ diesem Satz und wird erst durch die Deal-Registrierung bestätigt.
takeback-value-number = Geben Sie den Wert des Deals als Zahl an, etwa 250000.
takeback-value-positive = Geben Sie den Wert des Deals als positive Zahl an.

## The public verification of a partner (partner/verify.html)
partner-verify-title = { $name }: Verifizierung des Partners
partner-verification = Verifizierung des Partners
# (HTML)
partner-verify-accredited = <strong>Akkreditiert.</strong> Dieser Partner hat die Spezialisierung Ökologische Nachhaltigkeit.
# (HTML)
partner-verify-not-accredited = <strong>Derzeit nicht akkreditiert.</strong>
partner-partner = Partner
partner-accredited-since = Akkreditiert seit
partner-current-until = Gültig bis
partner-current-until-value = { $date } (verlängert sich, wenn weitere Personen zertifiziert werden)
partner-specialists = Zertifizierte Spezialisten
partner-code-label = Partnercode

## Content for a partner's learning platform (lti/deep_linking.html, lti/deep_linking_response.html)
lti-choose-title = Inhalte für Ihren Kurs auswählen
lti-choose-lead-many = Ihre Lernplattform fragt, welche Inhalte von ESS Academy hinzugefügt werden sollen. Kreuzen Sie die Kurse, Module und Prüfungen an, die verlinkt werden sollen, und fügen Sie sie hinzu: Sie kehren mit den Links zu Ihrer Plattform zurück.
lti-choose-lead-one = Ihre Lernplattform fragt, welche Inhalte von ESS Academy hinzugefügt werden sollen. Wählen Sie einen Kurs, ein Modul oder eine Prüfung zum Verlinken, und fügen Sie es hinzu: Sie kehren mit dem Link zu Ihrer Plattform zurück.
lti-whole-course = { $course } (der ganze Kurs)
lti-nothing-published = Es ist noch nichts veröffentlicht. Schauen Sie wieder vorbei, wenn ein Kurs online ist.
lti-add = Zu meinem Kurs hinzufügen
lti-choose-one-at-least = Wählen Sie mindestens einen Kurs, ein Modul oder eine Prüfung.
lti-choose-only-one = Ihre Lernplattform akzeptiert hier nur ein Element: Wählen Sie nur eines.
lti-choice-gone = „{ $item }“ ist nicht mehr im Katalog. Laden Sie die Seite neu, und wählen Sie erneut.
lti-back-title = Zurück zu Ihrer Lernplattform
lti-chosen = { $count ->
    [one] { $count } Element ausgewählt. Wenn sich Ihre Plattform nicht von selbst öffnet, senden Sie die Auswahl mit der Schaltfläche.
   *[other] { $count } Elemente ausgewählt. Wenn sich Ihre Plattform nicht von selbst öffnet, senden Sie die Auswahl mit der Schaltfläche.
  }
lti-return = Zurück zu Ihrer Lernplattform
