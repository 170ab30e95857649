# ESS Academy — Seiten des Kontos und des Katalogs auf Deutsch (aus dem Englischen übersetzt).
# Ein Schlüssel mit Markup ist mit „(HTML)“ gekennzeichnet und wird unmaskiert ausgegeben; seine Argumente werden
# von der Seite maskiert, bevor sie eingesetzt werden.

## Error page
error-eyebrow = Fehler { $status }
error-home = Zur Startseite
error-reference = Referenz: { $reference }

## After registering
registered-title = Prüfen Sie Ihr E-Mail-Postfach
registered-eyebrow = Fast geschafft
# (HTML)
registered-sent = Wir haben einen Bestätigungslink an <strong>{ $email }</strong> gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen, melden Sie sich dann an und beginnen Sie Ihre Schulung.
registered-nothing = Nach einigen Minuten ist nichts angekommen? Sehen Sie in Ihrem Spam-Ordner nach, oder melden Sie sich an und fordern Sie einen neuen Link an.

## E-mail verification
verify-done-title = E-Mail-Adresse bestätigt
verify-bad-title = Link ungültig
verify-done-eyebrow = Erledigt
verify-bad-heading = Dieser Link funktioniert nicht
verify-go-training = Zu meiner Schulung

## New password
reset-title = Wählen Sie ein neues Passwort
reset-password = Neues Passwort
reset-password-hint = 10 bis 128 Zeichen. Sie werden überall sonst abgemeldet.
reset-submit = Neues Passwort speichern
reset-expired = Link abgelaufen?
reset-ask-again = Neuen Link anfordern

## First start
setup-title = ESS Academy einrichten
setup-eyebrow = Erster Start
setup-heading = Programmadministrator anlegen
setup-intro = Dieser einmalig verwendbare Link legt den ersten Programmadministrator an. Programmadministratoren erstellen die Kurse, erstellen Berichte und verwalten die Nachweise.
setup-organisation = Organisation
setup-password-hint = 10 bis 128 Zeichen.
setup-submit = Administratorkonto erstellen

## The catalogue
catalog-title = Kurse
catalog-lead = Lernen Sie in Ihrem eigenen Tempo, direkt im Browser. Ihr Fortschritt wird laufend gespeichert.
catalog-modules = { $count ->
    [one] { $count } Modul
   *[other] { $count } Module
}
catalog-study = { $duration } Lernzeit
catalog-two-exams = zwei Prüfungen
catalog-credential = Nachweis: { $name }
catalog-syllabus = Lehrplan ansehen
catalog-empty = Noch keine Kurse
catalog-empty-text = Das Programmteam hat noch keinen Kurs veröffentlicht. Bitte schauen Sie bald wieder vorbei.

## A course
course-breadcrumb = Brotkrümelnavigation
course-about = Über diesen Kurs
course-exams = Die Prüfungen
course-exam-line = { $questions } Fragen in { $minutes } Minuten, bestanden ab { $percent } %
course-credential = Nachweis:
course-languages = Verfügbar auf: { $languages }
course-start-first = Erstes Modul beginnen
course-log-in-to-start = Zum Beginnen anmelden
course-syllabus = Lehrplan
course-objectives = Was Sie danach können
