# ESS Academy — Nachweise: die Kit-Seite eines Nachweises, seine öffentliche Verifizierungsseite und die
# Verlängerungsseite des Inhabers, auf Deutsch (aus dem Englischen übersetzt).
# Ein Schlüssel mit Markup ist mit „(HTML)“ gekennzeichnet und wird unmaskiert ausgegeben; seine Argumente
# werden von der Seite maskiert, bevor sie eingesetzt werden.

## The state of a credential
credential-status-valid = Gültig
credential-status-expired = Abgelaufen
credential-status-revoked = Widerrufen

## The kit page (credentials/kit.html)
cred-kit-title = Nachweis-Kit: { $title }
cred-kit = Nachweis-Kit
cred-mine = Mein Nachweis
cred-of = Nachweis von { $name }
cred-issued-on = ausgestellt am { $date }
cred-renewed-on = verlängert am { $date }
cred-expired-on = abgelaufen am { $date }
cred-valid-until = gültig bis { $date }
cred-reissued = mit korrigiertem Namen neu ausgestellt
cred-notice-revoked = Der Nachweis ist widerrufen. Seine Verifizierungsseite nennt den Grund.
cred-notice-reason-needed = Geben Sie einen Grund für den Widerruf an (1–500 Zeichen).
cred-notice-expiry-changed = Das Ablaufdatum ist geändert, und der Verlauf hält den Grund fest.
cred-notice-expiry-date-needed = Geben Sie das neue Ablaufdatum als Datum an (JJJJ-MM-TT).
cred-notice-expiry-reason-needed = Geben Sie einen Grund für die Änderung an (1–500 Zeichen) und ein Datum nach der Ausstellung, innerhalb von 10 Jahren.
# (HTML)
cred-kit-revoked = <strong>Widerrufen.</strong> { $reason } Die Dateien unten weisen darauf hin; verwenden Sie sie nicht.
# (HTML)
cred-kit-expired = <strong>Abgelaufen am { $date }.</strong> Das Badge und die E-Mail-Signatur zeigen das jetzt an.
# (HTML)
cred-kit-grace-holder = Er kann noch bis zum { $date } verlängert werden ({ $days ->
    [one] noch { $days } Tag Nachfrist
   *[other] noch { $days } Tage Nachfrist
  }): <a href="/renewal">Jetzt verlängern</a>; derselbe Nachweis ist dann wieder ein Jahr gültig.
cred-kit-grace = Er kann noch bis zum { $date } verlängert werden ({ $days ->
    [one] noch { $days } Tag Nachfrist
   *[other] noch { $days } Tage Nachfrist
  }); derselbe Nachweis ist dann wieder ein Jahr gültig.
# (HTML)
cred-kit-earned-again = Er wurde in einem neuen Zertifizierungszyklus erneut erworben: <a href="/credentials/{ $id }">der aktuelle Nachweis</a>.
cred-kit-grace-ended = Die Nachfrist für die Verlängerung ist am { $date } abgelaufen.
# (HTML)
cred-earn-again = Erwerben Sie die Spezialisierung von Grund auf neu: <a href="/exams">Die beiden Prüfungen stehen Ihnen offen</a>, und wenn Sie sie bestehen, wird ein neuer, mit diesem verknüpfter Nachweis ausgestellt.
# (HTML)
cred-kit-renewal-open = <strong>Die Verlängerung ist möglich.</strong> Verlängern Sie bis zum { $date }, dann liegt das neue Ablaufdatum ein Jahr danach: Frühes Verlängern kostet Sie nichts.
# (HTML)
cred-kit-renew-now = <a href="/renewal">Jetzt verlängern</a>.
# (HTML)
cred-kit-earlier = Dieser Nachweis wurde erneut erworben, nachdem <a href="/credentials/{ $id }">ein früherer</a> abgelaufen war.
cred-badge-alt = Badge: { $title }, { $name }
cred-downloads = Downloads
cred-certificate-a4 = Zertifikat, A4 (PDF)
cred-certificate-letter = US-Letter
cred-badge-png = Badge als PNG, 600 × 600
cred-badge-svg = SVG
cred-ob3 = Open-Badges-3.0-Nachweis (signiertes JWT)
# (HTML)
cred-badges-hint = Die PNG- und SVG-Badges enthalten eine Open-Badges-2.0-Assertion, die Badge-Sammlungen und Wallets auslesen. Das JWT ist ein signierter Open-Badges-3.0-Nachweis für digitale Wallets (Schlüssel: <a href="/.well-known/jwks.json">JWKS</a>).
cred-verify-page-for-anyone = Verifizierungsseite, für alle zugänglich:
cred-signature = E-Mail-Signatur
cred-signature-graphic = Die Grafik Ihrer E-Mail-Signatur
cred-signature-paste = Fügen Sie dieses HTML in Ihre E-Mail-Signatur ein. Die Grafik verlinkt auf Ihre Verifizierungsseite und zeigt immer den aktuellen Status des Nachweises.
# The alternative text of the signature graphic, in the HTML the holder pastes into their e-mail signature.
cred-signature-snippet-alt = { $name }, { $title } (verifiziert von ESS Academy)
cred-copy-html = HTML kopieren
cred-download-png = PNG herunterladen
cred-linkedin = LinkedIn
cred-linkedin-add = Zu meinem LinkedIn-Profil hinzufügen
cred-linkedin-share = Auf LinkedIn teilen
cred-linkedin-hint = „Zum Profil hinzufügen“ füllt die Zertifizierung aus: { $title }, ausgestellt von ESS Academy, { $issued }, gültig bis { $expires }, mit der ID Ihres Nachweises und der Verifizierungs-URL.
cred-group-email = E-Mails an Kunden
cred-group-email-hint = Passen Sie sie vor dem Senden an: Ergänzen Sie den Namen des Kunden und eigene Worte.
cred-group-rfp = Für Antworten auf Ausschreibungen
cred-group-rfp-hint = Fügen Sie den Text in den Nachhaltigkeitsteil einer Antwort ein.
cred-group-social = Beiträge für soziale Netzwerke
cred-group-social-hint = Veröffentlichen Sie sie selbst, oder nutzen Sie den LinkedIn-Teilen-Link oben.
cred-group-signature = Text für die E-Mail-Signatur
cred-group-signature-hint = Für Signaturen im Nur-Text-Format; die Grafik oben ist für HTML-Signaturen.
cred-copy-text = Text kopieren
cred-logo = Das Logo der Spezialisierung
cred-logo-alt = Logo der Spezialisierung Ökologische Nachhaltigkeit
cred-logo-text = Zeigen Sie mit dem Logo, dass Ihr Unternehmen an der Spezialisierung Ökologische Nachhaltigkeit teilnimmt. Ihr Badge gehört Ihnen: Verwenden Sie es für sich selbst, nicht für Ihr Unternehmen.
cred-logo-download = Logo herunterladen (SVG)
cred-history = Verlauf
cred-history-issued = Ausgestellt
cred-history-name-corrected = Mit korrigiertem Namen neu ausgestellt
cred-history-renewed = Verlängert
cred-history-expiry-changed = Ablaufdatum von einem Programmadministrator geändert
cred-history-revoked = Widerrufen
# (HTML)
cred-history-entry = <strong>{ $date }</strong>: { $event }
# (HTML)
cred-history-entry-detail = <strong>{ $date }</strong>: { $event } – { $detail }
cred-history-earned-again = In einem neuen Zertifizierungszyklus erneut erworben, nachdem { $id } abgelaufen war.
cred-history-expiry-moved = Ablaufdatum vom { $from } auf den { $to } verschoben.
cred-history-expiry-moved-grace = Ablaufdatum vom { $from } auf den { $to } verschoben (in der Nachfrist verlängert, daher ab dem Verlängerungsdatum).
cred-history-name-from-to = Name von „{ $from }“ in „{ $to }“ korrigiert
# (HTML)
cred-name-wrong = Ist Ihr Name falsch? <a href="/account#name-correction">Beantragen Sie eine Korrektur</a>: Ihr Nachweis behält seine ID.
cred-expiry-change = Ablaufdatum ändern
cred-expiry-text = Für eine Verlängerung, die das Programm gewährt. Der Verlauf hält das alte und das neue Datum mit Ihrem Grund fest; den Grund sehen nur Programmadministratoren.
cred-expiry-new = Neues Ablaufdatum (UTC)
cred-reason = Grund
cred-revoke-title = Diesen Nachweis widerrufen
cred-revoke-text = Der Widerruf ist endgültig und öffentlich: Die Verifizierungsseite nennt den Grund, und die Grafiken von Badge und Signatur werden grau.
cred-revoke-reason = Grund (öffentlich sichtbar)
cred-revoke = Widerrufen

## The public verification page (verify/credential.html)
cred-verification = Verifizierung des Nachweises
# (HTML)
cred-verify-valid = <strong>Gültig.</strong> Dieser Nachweis wurde von ESS Academy ausgestellt und ist in Kraft.
# (HTML)
cred-verify-expired = <strong>Abgelaufen</strong> am { $expires }. Er war ab dem { $issued } gültig.
# (HTML)
cred-verify-revoked = <strong>Widerrufen.</strong> { $reason }
cred-holder = Inhaber
cred-credential = Nachweis
cred-issued = Ausgestellt
cred-renewed = Verlängert
cred-expires = Läuft ab
cred-earned-before = Zuvor erworben
# (HTML)
cred-earned-before-value = <a href="/verify/{ $id }">der Nachweis der vorherigen Zertifizierung</a>, der abgelaufen ist
cred-earned-again = Erneut erworben
# (HTML)
cred-earned-again-value = <a href="/verify/{ $id }">der aktuelle Nachweis</a>, nachdem dieser abgelaufen war
cred-issuer = Aussteller
cred-issuer-value = ESS Academy, das Programm der Spezialisierung Ökologische Nachhaltigkeit
cred-id = ID des Nachweises
cred-reissued-label = Neu ausgestellt
cred-reissued-value = { $date }, mit korrigiertem Namen
cred-machine-readable = Maschinenlesbar:

## The holder's renewal (renewal/index.html)
renewal-title = Nachweis verlängern
renewal-lead = Ihr Nachweis ist ein Jahr gültig. Verlängern Sie ihn im Zeitraum vor dem Ablauf, dann gilt er lückenlos weiter: dieselbe ID, dieselbe Verifizierungsseite, derselbe LinkedIn-Eintrag.
# (HTML)
renewal-none = Sie haben noch keinen Nachweis, den Sie verlängern könnten. Schließen Sie die Schulung ab und bestehen Sie die beiden Prüfungen, um ihn zu erwerben: <a href="/training">Meine Schulung</a>.
renewal-credential = Nachweis { $id }
renewal-heading-open = Die Verlängerung ist möglich
renewal-heading-grace = Ihr Nachweis ist abgelaufen: Verlängern Sie ihn in der Nachfrist
renewal-heading-closed = Der Verlängerungszeitraum ist vorbei
renewal-heading-renewed = Verlängert: gültig bis { $date }
renewal-heading-not-yet = Die Verlängerung ist ab dem { $date } möglich
# (HTML)
renewal-status-open = Ihr Nachweis ist bis zum <strong>{ $expires }</strong> gültig ({ $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
  }). Verlängern Sie ihn bis dahin, dann liegt das neue Ablaufdatum ein Jahr nach dem aktuellen: Frühes Verlängern kostet Sie nichts.
# (HTML)
renewal-status-grace = Er ist am <strong>{ $expires }</strong> abgelaufen. Sie haben noch <strong>{ $days ->
    [one] { $days } Tag Nachfrist
   *[other] { $days } Tage Nachfrist
  }</strong> (bis zum { $grace-ends }): Wenn Sie jetzt verlängern, ist er ab dem Tag der Verlängerung wieder ein Jahr gültig.
# (HTML)
renewal-status-closed = Die Nachfrist ist am { $grace-ends } abgelaufen. Erwerben Sie die Spezialisierung von Grund auf neu: <a href="/exams">Die beiden Prüfungen stehen Ihnen offen</a>, und wenn Sie sie bestehen, wird ein neuer, mit diesem verknüpfter Nachweis ausgestellt.
# (HTML)
renewal-status-not-yet = Ihr Nachweis ist bis zum <strong>{ $expires }</strong> gültig. Die Verlängerung ist ab dem <strong>{ $opens }</strong> möglich; dann schreiben wir Ihnen. Verlängern Sie vor dem Ablauf, damit er lückenlos gilt; wenn Sie diesen Termin verpassen, können Sie noch bis zum { $grace-ends } verlängern (die Nachfrist).
renewal-study = { $count ->
    [one] Lernen Sie das Verlängerungsmodul
   *[other] Lernen Sie die Verlängerungsmodule
  }
renewal-modules-done = { $done } von { $count } abgeschlossen
renewal-pass-exam = Bestehen Sie die Verlängerungsprüfung
renewal-go-to-exam = Zu „{ $exam }“
renewal-continue-exam = „{ $exam }“ fortsetzen
renewal-exam = „{ $exam }“
renewal-exam-reason = „{ $exam }“: { $reason }
renewal-kit = Ihr Nachweis-Kit
