# ESS Academy — das Konto: seine Seite, die Rollen, das Löschen eines Kontos durch seinen Inhaber und die
# Meldungen der Formularfelder des Kontos, auf Deutsch (aus dem Englischen übersetzt).
# Ein Schlüssel mit Markup ist mit „(HTML)“ gekennzeichnet und wird unmaskiert ausgegeben; seine Argumente
# werden von der Seite maskiert, bevor sie eingesetzt werden.

## The account page (account/index.html)
account-notice-saved = Ihre Angaben sind gespeichert.
account-notice-password-changed = Ihr Passwort ist geändert. Auf Ihren anderen Geräten wurden Sie abgemeldet.
account-notice-correction-requested = Ihre Namenskorrektur ist beantragt. Ein Programmadministrator prüft sie; wir teilen Ihnen die Antwort per E-Mail mit.
account-details = Ihre Angaben
account-name-on-certificate = Name auf Ihrem Zertifikat
account-email = E-Mail
account-verified = bestätigt
account-not-verified = nicht bestätigt
account-role = Rolle
account-member-since = Mitglied seit
account-save-details = Angaben speichern
account-change-password = Passwort ändern
account-change-password-text = Wenn Sie Ihr Passwort ändern, werden Sie auf allen anderen Geräten abgemeldet.
account-current-password = Aktuelles Passwort
account-correction-title = Namen auf Ihrem Zertifikat korrigieren
# (HTML) $name is escaped by the page before it is placed here.
account-correction-text = Ihr Name steht auf Ihrem Zertifikat, Ihrem Badge und Ihrer E-Mail-Signatur genau so wie hier: <strong>{ $name }</strong>. Ist er falsch (ein Tippfehler, ein fehlender Akzent, eine amtliche Namensänderung), beantragen Sie eine Korrektur. Ein Programmadministrator prüft sie; nach der Genehmigung behält Ihr Nachweis seine ID und zeigt an, dass er neu ausgestellt wurde.
account-correction-waiting = Ihr Antrag wartet auf einen Programmadministrator. Sobald er beantwortet ist, können Sie erneut einen Antrag stellen.
account-correction-name = Ihr Name, wie er gedruckt werden soll
account-correction-name-hint = Bis zu 120 Zeichen in jeder Schrift, die die Schriftarten unseres Zertifikats drucken (Lateinisch, Griechisch, Kyrillisch, Hebräisch, Chinesisch, Japanisch, Koreanisch …).
account-correction-reason = Warum er korrigiert werden muss
account-correction-submit = Korrektur beantragen
account-correction-requests = Ihre Anträge
account-correction-from-to = „{ $from }“ → „{ $to }“
account-correction-pending = offen
account-correction-approved = genehmigt
account-correction-rejected = abgelehnt
account-data = Ihre Daten
account-data-text = Laden Sie alles, was ESS Academy über Sie speichert – Ihr Konto, Ihren Fortschritt, Ihre Antworten, Ergebnisse, Nachweise und die E-Mails, die wir Ihnen geschickt haben –, als eine JSON-Datei herunter.
account-data-download = Meine Daten herunterladen
account-erase-text = Sie können Ihr Konto auch löschen. Wir fragen Sie nach Ihrem Passwort und erklären Ihnen vorher genau, was geschieht.
account-erase-link = Mein Konto löschen …

## Roles
role-learner = Lernende
role-partner-manager = Partnermanager
role-programme-admin = Programmadministrator
role-only-learner = Diese Seite ist nur für Lernende.
role-only-partner-manager = Diese Seite ist nur für Partnermanager.
role-only-programme-admin = Diese Seite ist nur für Programmadministratoren.

## Erasing one's account (privacy/erase.html, privacy/erased.html)
erase-title = Konto löschen
erase-intro = Das lässt sich nicht rückgängig machen. Wenn Sie Ihr Konto löschen, geschieht sofort Folgendes:
erase-signed-out = Sie werden auf allen Geräten abgemeldet, und niemand kann sich wieder bei dem Konto anmelden;
erase-name-email = Ihr Name und Ihre E-Mail-Adresse ({ $email }) werden aus dem Konto entfernt;
erase-answers = Ihre Antworten auf Prüfungsfragen und Wissenschecks werden gelöscht, ebenso die Texte der E-Mails, die wir Ihnen geschickt haben;
erase-credentials = Ihre Nachweise werden widerrufen: Ihre Verifizierungsseiten zeigen „widerrufen“ und nicht mehr Ihren Namen.
erase-what-stays = Was ohne Ihren Namen bleibt: dass ein Konto gelernt und Prüfungen mit bestimmten Ergebnissen abgelegt hat, damit die Summen des Programms stimmen; und ein Vermerk, dass das Konto gelöscht wurde, wann und auf wessen Wunsch.
# (HTML) $url is escaped by the page before it is placed here.
erase-copy-first = Möchten Sie vorher eine Kopie? <a href="/api/v1/me/export" download>Laden Sie Ihre Daten herunter (JSON)</a>.
erase-password = Ihr Passwort, zur Bestätigung, dass Sie es sind
erase-submit = Mein Konto löschen
erase-keep = Mein Konto behalten
erased-title = Ihr Konto ist gelöscht
erased-done = Erledigt. Sie sind abgemeldet, und Ihr Name und Ihre E-Mail-Adresse sind nicht mehr in ESS Academy gespeichert.
erased-credentials = { $count ->
    [one] { $count } Nachweis wurde widerrufen; seine Verifizierungsseite zeigt das jetzt an, ohne Ihren Namen.
   *[other] { $count } Nachweise wurden widerrufen; ihre Verifizierungsseiten zeigen das jetzt an, ohne Ihren Namen.
  }
# (HTML)
erased-welcome-back = Wenn Sie wieder bei uns lernen möchten, können Sie gern <a href="/register">ein neues Konto anlegen</a>.

## Messages of form fields
field-email-empty = Geben Sie Ihre E-Mail-Adresse ein.
field-email-too-long = Eine E-Mail-Adresse darf höchstens { $max } Zeichen haben.
field-email-not-latin = Verwenden Sie eine E-Mail-Adresse aus lateinischen Buchstaben ohne Akzente, Ziffern und Zeichen; Adressen mit Akzenten oder in anderen Schriften werden noch nicht unterstützt.
field-email-invalid = Geben Sie eine gültige E-Mail-Adresse ein, etwa name@firma.de.
field-name-empty = Geben Sie Ihren vollständigen Namen ein.
field-name-too-long = Ihr vollständiger Name darf höchstens { $max } Zeichen haben (dieser hat { $count }).
field-name-invisible = Ihr vollständiger Name enthält ein Steuer- oder unsichtbares Zeichen; bitte geben Sie ihn erneut ein.
field-name-glyph = Ihr vollständiger Name enthält „{ $char }“, das Ihr Zertifikat nicht drucken kann. Bitte schreiben Sie Ihren Namen ohne dieses Zeichen.
field-company-empty = Geben Sie den Namen Ihres Unternehmens ein.
field-company-too-long = Der Name Ihres Unternehmens darf höchstens { $max } Zeichen haben (dieser hat { $count }).
field-company-invisible = Der Name Ihres Unternehmens enthält ein Steuer- oder unsichtbares Zeichen; bitte geben Sie ihn erneut ein.
field-partner-name-empty = Geben Sie den Namen des Unternehmens ein.
field-partner-name-too-long = Der Name des Unternehmens darf höchstens { $max } Zeichen haben (dieser hat { $count }).
field-partner-name-invisible = Der Name des Unternehmens enthält ein Steuer- oder unsichtbares Zeichen; bitte geben Sie ihn erneut ein.
field-country-empty = Wählen Sie Ihr Land.
field-country-unknown = „{ $code }“ ist uns als Ländercode nicht bekannt; wählen Sie Ihr Land aus der Liste.
field-password-too-short = Verwenden Sie mindestens { $min } Zeichen für Ihr Passwort.
field-password-too-long = Verwenden Sie höchstens { $max } Zeichen für Ihr Passwort.
field-password-control = Ihr Passwort enthält ein Steuerzeichen; bitte geben Sie es erneut ein.
field-current-password-wrong = Ihr aktuelles Passwort ist nicht richtig.
field-correction-reason = Geben Sie den Grund für die Korrektur in 1–{ $max } Zeichen an.
field-correction-note = Geben Sie den Grund für die Ablehnung in 1–{ $max } Zeichen an.
field-correction-same-name = Das ist bereits der Name in Ihrem Konto und auf Ihrem Zertifikat.
field-correction-pending = Sie haben bereits eine Namenskorrektur beantragt; ein Programmadministrator beantwortet sie bald.
field-correction-approved = Dieser Antrag ist bereits genehmigt.
field-correction-rejected = Dieser Antrag ist bereits abgelehnt.
field-erase-password-empty = Geben Sie Ihr Passwort ein, um zu bestätigen, dass Sie es sind.
field-erase-password-wrong = Das ist nicht Ihr Passwort. Es wurde nichts gelöscht; versuchen Sie es erneut.
field-erase-only-admin = Sie sind der einzige Programmadministrator. Machen Sie zuerst eine andere Person zum Programmadministrator, und löschen Sie dann Ihr Konto.
field-erase-reason = Geben Sie in 1–{ $max } Zeichen an, wie Sie die Anfrage erreicht hat.
field-erase-self-here = Ihr eigenes Konto können Sie hier nicht löschen. Verwenden Sie „Mein Konto löschen“ auf Ihrer Kontoseite.
field-erase-already = Dieses Konto ist bereits gelöscht.
