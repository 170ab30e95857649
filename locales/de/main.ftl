# ESS Academy — die Oberfläche auf Deutsch (aus dem Englischen übersetzt).
# Die Schlüssel sind nach Seiten gruppiert; ein Schlüssel mit Markup ist mit „(HTML)“ gekennzeichnet und wird unmaskiert ausgegeben.

## The layout (base.html)
site-name = ESS Academy
site-tagline = Spezialisierung Ökologische Nachhaltigkeit
skip-to-content = Zum Inhalt springen
nav-main = Hauptmenü
nav-courses = Kurse
nav-admin = Admin
nav-my-company = Mein Unternehmen
nav-my-training = Meine Schulung
nav-account = Konto
nav-log-out = Abmelden
nav-log-in = Anmelden
nav-register = Registrieren
search-label = Kurse durchsuchen
search-button = Suchen
language-label = Sprache
language-change = Ändern
footer-text = ESS Academy: Schulungen und Nachweise der Spezialisierung Ökologische Nachhaltigkeit für Vertriebspartner.
footer-takeback = Das Takeback-Incentive

## Forms (macros.html)
form-error-prefix = Fehler:
form-check-fields = Einige Felder erfordern Ihre Aufmerksamkeit. Bitte prüfen Sie die Hinweise unten.
country-label = Land
country-choose = Wählen Sie Ihr Land
form-show-password = Anzeigen
form-hide-password = Verbergen
form-copied = Kopiert
form-bad-credentials = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto. Prüfen Sie beides und versuchen Sie es erneut, oder setzen Sie Ihr Passwort zurück.
form-too-many-requests = Zu viele Versuche. Bitte warten Sie { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
  } und versuchen Sie es dann erneut.

## Home page
home-title = Erwerben Sie die Spezialisierung Ökologische Nachhaltigkeit
home-eyebrow = Für die Vertriebspartner des Herstellers
home-heading = Spezialisieren Sie sich auf ökologische Nachhaltigkeit
home-lead = Erfahren Sie, wie Kreislaufwirtschaft in der IT funktioniert: Rücknahme (Takeback), Refresh, energieeffiziente Netzwerke und das Kundengespräch. Mit weniger als 15 Stunden Schulung und zwei Prüfungen erwerben Sie einen Nachweis, den Ihre Kunden überprüfen können, und helfen Ihrem Unternehmen bei der Akkreditierung.
home-continue = Schulung fortsetzen
home-start = Schulung beginnen
home-syllabus = Lehrplan ansehen
home-why = Warum es für Ihr Unternehmen wichtig ist
home-accreditation = Akkreditierung
home-accreditation-text = Ein Partner, dessen Mitarbeitende zertifiziert sind, wird für die Spezialisierung akkreditiert und kann dies seinen Kunden mit dem Logo der Spezialisierung und einer öffentlichen Verifizierungsseite zeigen.
home-takeback = Das Takeback-Incentive
# (HTML)
home-takeback-text = Akkreditierte Partner können in teilnehmenden Ländern zusätzliche Rabatte von bis zu 7 % auf neue Produkte erhalten, die in Takeback-Deals bei Refresh- oder Migrationsprojekten registriert werden, mit kostenloser Rücknahme der Altgeräte. <a href="/takeback">Deal kalkulieren</a>.
home-conversations = Neue Gesprächspartner
home-conversations-text = Nachhaltigkeitsteams und der Einkauf sind neue Entscheidungsträger. Beantworten Sie die Fragen ihrer Ausschreibungen souverän und helfen Sie Kunden, Altgeräte verantwortungsvoll zu entsorgen.
home-how = So erwerben Sie die Spezialisierung
# (HTML)
home-step-register = <strong>Registrieren Sie sich</strong> mit Ihrem Namen, wie er auf Ihrem Zertifikat erscheinen soll.
# (HTML)
home-step-study = <strong>Lernen Sie die Module</strong> im Browser, in Ihrem eigenen Tempo: insgesamt weniger als 15 Stunden.
# (HTML)
home-step-exams = <strong>Bestehen Sie zwei Prüfungen</strong>, jeweils mit zufälligen Fragen und Zeitlimit.
# (HTML)
home-step-kit = <strong>Laden Sie Ihr Nachweis-Kit herunter</strong>: Zertifikat, Badge, E-Mail-Signatur und Texte für Ihr Marketing.

## Log in
login-title = Anmelden
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-new-here = Neu hier?
login-create-account = Konto erstellen

## Register
register-title = Registrieren
register-heading = Erstellen Sie Ihr Konto
# (HTML) $partner is escaped by the page before it is placed here.
register-invited = Sie wurden von <strong>{ $partner }</strong> eingeladen: Ihr Konto wird Teil des Teams, und Ihre Führungskraft sieht Ihren Fortschritt (niemals Ihre Antworten).
register-intro = Registrieren Sie sich mit Ihrer geschäftlichen E-Mail-Adresse, um die Schulung zu beginnen.
register-name = Vollständiger Name
register-name-hint = So, wie er auf Ihrem Zertifikat erscheinen soll, in Ihrer eigenen Schrift. Bis zu 120 Zeichen.
register-email = Geschäftliche E-Mail-Adresse
register-company = Unternehmen
register-password = Passwort
register-password-hint = 10 bis 128 Zeichen. Einige voneinander unabhängige Wörter ergeben ein sicheres Passwort.
register-submit = Konto erstellen
register-already = Bereits registriert?

## Forgotten password
forgot-title = Passwort zurücksetzen
# (HTML) $email is escaped by the page before it is placed here.
forgot-sent = Falls ein Konto <strong>{ $email }</strong> verwendet, haben wir einen Link zum Festlegen eines neuen Passworts dorthin gesendet. Der Link ist 1 Stunde lang gültig und nur einmal verwendbar.
forgot-back = Zurück zur Anmeldung
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein, und wir senden Ihnen einen Link zum Festlegen eines neuen Passworts.
forgot-submit = Link senden

## Durations (of study, of an exam)
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.

## Dates and numbers: a date as the language writes it in full, and a percentage
date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
percent = { $value } %

## Problems (API problem documents and error pages): `detail`, field messages and the page's heading.
problem-not-found = Diese Seite oder Ressource haben wir nicht gefunden.
problem-unauthorized = Bitte melden Sie sich an, um fortzufahren.
problem-bad-credentials = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto. Prüfen Sie beides und versuchen Sie es erneut, oder setzen Sie Ihr Passwort zurück.
problem-validation = Einige Felder brauchen Ihre Aufmerksamkeit.
problem-payload-too-large = Der Inhalt der Anfrage ist größer als das Limit von { $kib } KiB.
problem-method-not-allowed = Diese Adresse beantwortet { $method } nicht, sondern { $allow }.
problem-too-many-requests = Zu viele Versuche. Bitte warten Sie { $seconds } Sekunden und versuchen Sie es erneut.
problem-unexpected = Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.
problem-json-content-type = Senden Sie den Inhalt als JSON mit Content-Type: application/json.
problem-json-invalid = Der Inhalt ist kein gültiges JSON: { $reason }
problem-upload-unreadable = Die hochgeladene Datei konnte nicht gelesen werden: { $reason }.
problem-heartbeat-csrf = Ein Aktivitätssignal mit dem Sitzungscookie muss das CSRF-Token mitsenden.
problem-form-expired = Dieses Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
problem-form-expired-or-blocked = Dieses Formular ist abgelaufen oder Ihr Browser hat unser Cookie blockiert. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
problem-csrf-header = Diese Anfrage verwendet das Sitzungscookie und muss den Header X-CSRF-Token mitsenden (oder Authorization: Bearer verwenden).
problem-partner-not-accredited = Ihr Unternehmen ist noch nicht akkreditiert: Das Zertifikat folgt, sobald genug Ihrer Mitarbeitenden zertifiziert sind.
problem-title-not-found = Nicht gefunden
problem-title-unauthorized = Nicht angemeldet
problem-title-bad-credentials = Anmeldung fehlgeschlagen
problem-title-forbidden = Nicht erlaubt
problem-title-validation = Ungültige Eingabe
problem-title-conflict = Konflikt
problem-title-bad-request = Fehlerhafte Anfrage
problem-title-payload-too-large = Anfrage zu groß
problem-title-unsupported-media-type = Nicht unterstützter Inhaltstyp
problem-title-method-not-allowed = Methode nicht erlaubt
problem-title-too-many-requests = Zu viele Versuche
problem-title-internal = Unerwarteter Fehler
field-unreadable = Dieser Wert konnte nicht gelesen werden: { $reason }
field-no-nul = Der Text darf das Zeichen NUL (U+0000) nicht enthalten.
field-queue-state = Verwenden Sie queued, sent oder failing.
field-expiry-after-issue = Das Ablaufdatum muss nach dem Ausstellungsdatum liegen.
field-expiry-within = Geben Sie ein Ablaufdatum innerhalb der nächsten { $years } Jahre an.
field-lang-offered = Wählen Sie eine der angebotenen Sprachen.
field-one-of-languages = Wählen Sie eines davon: { $codes }.
field-search-empty = Suchen Sie nach einem Wort oder einer Zahl.
field-check-choose = Wählen Sie zuerst eine Antwort.
field-check-choose-one = Wählen Sie genau eine Antwort.
field-exam-choose-one = Wählen Sie für diese Frage genau eine Option.
field-role = Wählen Sie learner, partner_manager oder programme_admin.
field-invitation-invalid = Dieser Einladungslink ist nicht gültig. Bitten Sie Ihre Führungskraft um einen neuen.
