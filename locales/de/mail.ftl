# ESS Academy — die E-Mails, auf Deutsch (aus dem Englischen übersetzt; die Leser werden gesiezt).
# Jede Nachricht dient zugleich dem Text- und dem HTML-Teil einer E-Mail: kein Markup.
# Daten ($expires, $opens …) und Prozentangaben ($score, $pass) kommen bereits deutsch geschrieben an.

## Alle E-Mails
mail-tagline = Spezialisierung Ökologische Nachhaltigkeit
mail-footer = Sie erhalten diese E-Mail wegen Ihres Kontos bei { $url }.
mail-hello = Hallo { $name },
mail-hello-all = Guten Tag,
mail-paste-link = Oder kopieren Sie diesen Link in Ihren Browser:
mail-see-credential = Ihren verifizierten Nachweis ansehen
mail-anyone-verify = Jede und jeder kann Ihren Nachweis hier überprüfen:
mail-verification-page = Ihre Verifizierungsseite:
mail-renew-button = Nachweis erneuern
mail-renew-here = Hier erneuern:

## E-Mail-Adresse bestätigen (nach der Registrierung)
mail-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse für ESS Academy
mail-verify-welcome = Willkommen bei ESS Academy. Bitte bestätigen Sie Ihre E-Mail-Adresse:
mail-verify-button = E-Mail-Adresse bestätigen
mail-verify-valid = Der Link ist { $days } Tage lang gültig. Melden Sie sich danach an und beginnen Sie die Schulung zur Spezialisierung Ökologische Nachhaltigkeit.
mail-verify-ignore = Wenn Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.

## Passwort zurücksetzen
mail-reset-subject = Setzen Sie Ihr Passwort für ESS Academy zurück
mail-reset-asked = Jemand (hoffentlich Sie) hat darum gebeten, das Passwort Ihres Kontos bei ESS Academy zurückzusetzen.
mail-reset-button = Neues Passwort festlegen
mail-reset-here = Legen Sie hier ein neues Passwort fest:
mail-reset-once = Der Link funktioniert einmal und { $minutes } Minuten lang. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

## Prüfungsergebnis
mail-result-subject-passed = Bestanden: { $exam }
mail-result-subject-failed = Ihr Ergebnis: { $exam }
mail-result-timed-out = Die Zeit Ihres Versuchs ist abgelaufen; er wurde mit den Antworten abgegeben, die Sie gespeichert hatten.
mail-result-passed = Sie haben { $exam } mit { $score } bestanden ({ $correct } von { $total } richtig; die Bestehensgrenze liegt bei { $pass }).
mail-result-failed = Sie haben in { $exam } { $score } erreicht ({ $correct } von { $total } richtig); die Bestehensgrenze liegt bei { $pass }.
mail-result-review-passed = Themen, die Sie wiederholen sollten, bevor Sie weitermachen:
mail-result-review-failed = Themen, die Sie vor Ihrem nächsten Versuch wiederholen sollten:
mail-result-button = Ergebnis nach Themen ansehen
mail-result-by-topic = Ihr Ergebnis nach Themen:
mail-result-retry = Nach Ablauf Ihrer Wartezeit können Sie es auf der Prüfungsseite erneut versuchen:

## Nachweis erworben
mail-issued-subject = Sie sind jetzt { $title }
mail-issued-congratulations = Herzlichen Glückwunsch, { $name }!
mail-issued-lead = Sie haben die Schulung abgeschlossen und beide Prüfungen bestanden: Sie sind jetzt { $title }.
mail-issued-attached = Ihr Zertifikat ist angehängt (PDF). Es ist bis zum { $expires } gültig.
mail-issued-kit = Ihr Nachweis-Kit (Badge, E-Mail-Signatur, Texte für Kunden und Ausschreibungen, LinkedIn-Links):

## Nachweis erneuert
mail-renewed-subject = Ihr Nachweis „{ $title }“ ist bis zum { $expires } erneuert
mail-renewed-well-done = Gut gemacht, { $name }!
mail-renewed-in-grace = Sie haben die Erneuerungsprüfung bestanden: Ihr Nachweis „{ $title }“ ist erneuert. Er ist jetzt bis zum { $expires } gültig (ein Jahr ab heute, da er am { $previous } abgelaufen war).
mail-renewed-early = Sie haben die Erneuerungsprüfung bestanden: Ihr Nachweis „{ $title }“ ist erneuert. Er ist jetzt bis zum { $expires } gültig (ein Jahr nach dem bisherigen Ablaufdatum, dem { $previous }: Durch die frühe Erneuerung haben Sie nichts verloren).
mail-renewed-same = Es ist derselbe Nachweis: dieselbe ID, dieselbe Verifizierungsseite und derselbe LinkedIn-Eintrag. Ihr neues Zertifikat ist angehängt (PDF); Badge und E-Mail-Signatur zeigen die neuen Daten.
mail-renewed-kit = Ihr Nachweis-Kit enthält das erneuerte Zertifikat, das Badge und die Signatur:

## Erneuerung geöffnet (das Erneuerungsfenster öffnet sich)
mail-open-subject = Die Erneuerung ist geöffnet: Behalten Sie Ihren Nachweis „{ $title }“
mail-open-lead = Sie können Ihren Nachweis „{ $title }“ jetzt erneuern. Er läuft am { $expires } ab.
mail-open-how = Bearbeiten Sie dazu das Erneuerungsmodul (weniger als eine Stunde) und bestehen Sie die Erneuerungsprüfung. Wenn Sie vor dem { $expires } erneuern, gilt Ihr Nachweis bis ein Jahr nach dem jetzigen Ablaufdatum: Frühes Erneuern kostet Sie nichts, und die Spezialisierung Ihres Unternehmens besteht ohne Unterbrechung fort.
mail-open-missed = Wenn Sie das Datum verpassen, können Sie noch bis zum { $grace-ends } erneuern (die Kulanzfrist), aber Ihr Nachweis wird in der Zwischenzeit als abgelaufen angezeigt.

## Nachweis läuft bald ab (90, 60 und 30 Tage vorher)
mail-expiring-subject = Ihr Nachweis „{ $title }“ läuft in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
  } ab
mail-expiring-lead = Ihr Nachweis „{ $title }“ läuft am { $expires } ab, in { $days } Tagen oder weniger.
mail-expiring-after = Ab diesem Datum zeigen Ihre Verifizierungsseite, Ihr Badge und Ihre E-Mail-Signatur ihn als abgelaufen an, und er zählt nicht mehr für die Spezialisierung Ihres Unternehmens.
mail-expiring-open = Die Erneuerung ist jetzt geöffnet: Bearbeiten Sie das Erneuerungsmodul und bestehen Sie die Erneuerungsprüfung vor dem { $expires }; Ihr neues Ablaufdatum liegt dann ein Jahr nach dem jetzigen.
mail-expiring-opens = Die Erneuerung öffnet am { $opens }: Bearbeiten Sie dann das Erneuerungsmodul und bestehen Sie die Erneuerungsprüfung vor dem { $expires }.
mail-expiring-how = So funktioniert die Erneuerung

## Nachweis abgelaufen, in der Kulanzfrist
mail-grace-subject = Ihr Nachweis „{ $title }“ ist abgelaufen: noch { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } Kulanzfrist zum Erneuern
mail-grace-expired = Ihr Nachweis „{ $title }“ ist am { $expired } abgelaufen. Ihre Verifizierungsseite, Ihr Badge und Ihre E-Mail-Signatur zeigen ihn jetzt als abgelaufen an, und er zählt nicht mehr für die Spezialisierung Ihres Unternehmens.
mail-grace-still = Sie können ihn noch erneuern: Ihnen { $days ->
    [one] bleibt noch { $days } Tag
   *[other] bleiben noch { $days } Tage
  } Kulanzfrist, bis zum { $grace-ends }. Bearbeiten Sie das Erneuerungsmodul und bestehen Sie die Erneuerungsprüfung; Ihr Nachweis ist dann ab dem Tag der Erneuerung wieder ein Jahr lang gültig, mit derselben ID und derselben Verifizierungsseite.
mail-grace-after = Nach dem { $grace-ends } müssten Sie die Spezialisierung wieder von vorn erwerben.

## Namenskorrektur entschieden
mail-name-subject-approved = Ihr Name wurde korrigiert
mail-name-subject-rejected = Ihre Namenskorrektur wurde nicht genehmigt
mail-name-approved = Ihr Name wurde zu „{ $requested }“ korrigiert. Ihr Zertifikat, Ihr Badge und Ihre E-Mail-Signatur zeigen ihn jetzt; Ihr Nachweis behält seine ID und seine Verifizierungsseite.
mail-name-rejected = Ihre Anfrage, Ihren Namen zu „{ $requested }“ zu ändern, wurde nicht genehmigt.
mail-name-note = Hinweis des Programms: { $note }
mail-name-button = Ihre Schulungsseite öffnen

## Einladung durch einen Partner-Manager
mail-invite-subject = { $manager } lädt Sie zur Spezialisierung Ökologische Nachhaltigkeit ein
mail-invite-lead = { $manager } von { $partner } lädt Sie zu ESS Academy ein, damit Sie Spezialistin oder Spezialist für ökologische Nachhaltigkeit werden: weniger als 15 Stunden Online-Module, danach zwei Prüfungen.
mail-invite-button = Mein Konto erstellen
mail-invite-create = Erstellen Sie Ihr Konto über diesen Link:
mail-invite-until = Der Link ist bis zum { $expires } gültig.

## Die Akkreditierung des Partners liefe ab (an die Partner-Manager)
mail-lapsing-subject = { $partner }: Die Spezialisierung läuft in { $days } Tagen ab, wenn niemand erneuert
mail-lapsing-lead = { $partner } hält die Spezialisierung Ökologische Nachhaltigkeit, solange mindestens { $min } Ihrer Mitarbeitenden einen gültigen Nachweis haben. Derzeit sind es { $specialists }, und am { $lapses } (in { $days } Tagen oder weniger) fällt Ihr Unternehmen durch einen Ablauf unter das Minimum.
mail-lapsing-then = Dann ist der Partner nicht mehr akkreditiert und nicht mehr für das Takeback-Incentive berechtigt.
mail-lapsing-renewers = Eine Erneuerung vor dem Ablauf hält Sie ohne Unterbrechung akkreditiert. Die Nachweise dieser Personen laufen bis dahin ab:
mail-lapsing-renewer-open = { $name } ({ $email }): läuft am { $expires } ab, Erneuerung jetzt geöffnet
mail-lapsing-renewer-opens = { $name } ({ $email }): läuft am { $expires } ab, Erneuerung öffnet am { $opens }
mail-lapsing-or = Oder lassen Sie vor diesem Datum eine weitere Person die Schulung und die beiden Prüfungen abschließen.
mail-lapsing-button = Sehen, wessen Nachweis bald abläuft
mail-lapsing-see = Den Stand aller Personen ansehen:
