# ESS Academy — Seiten der Programmadministratoren auf Deutsch (aus dem Englischen übersetzt).

## Translations of a course
tr-admin = Admin
tr-title = Übersetzungen
tr-lead = Jede Sprache hat die Dateien des Kurses unter translations/<lang>/. Eine Übersetzung ist aktuell, solange ihre Quelle die Version ist, aus der sie erstellt wurde; wo sie veraltet ist oder fehlt, sehen Lernende den englischen Text.
tr-none = Dieser Kurs gibt keine Übersetzungen an. Ergänzen Sie [translations] languages = ["es"] in seiner course.toml.
tr-complete = vollständig
tr-incomplete = unvollständig
tr-counts = { $current } aktuell, { $stale } veraltet, { $missing } fehlend
tr-todo = Zu erledigen
tr-file = Datei
tr-state = Status
tr-actions = Aktionen
tr-translate = Übersetzen
tr-modules = Module
tr-state-current = aktuell
tr-state-stale = veraltet
tr-state-missing = fehlt
tr-files-hint = Fragen, das Kit und die Kurstexte werden in ihren Dateien übersetzt: Importieren Sie sie, oder bearbeiten Sie die Module hier.
tr-editor-box = Übersetzungen dieses Moduls

## The translation editor
tred-title = Übersetzung: { $language }
tred-source = erstellt aus der veröffentlichten Revision r{ $revision }
tred-edit-source = Quelle bearbeiten
tred-stale = Die Quelle hat sich geändert, seit diese Übersetzung erstellt wurde: Bringen Sie sie auf den neuesten Stand und speichern Sie sie dann. Bis dahin sehen Lernende den englischen Text.
tred-saved = Gespeichert. Lernende, die in dieser Sprache lesen, sehen jetzt diese Übersetzung.
tred-source-heading = Quelle (Englisch)
tred-source-markdown = Markdown der Quelle
tred-field-title = Titel
tred-field-objectives = Lernziele
tred-objectives-hint = Eines pro Zeile, in der Reihenfolge der Quelle: { $count ->
    [one] ein Lernziel
   *[other] { $count } Lernziele
  }.
tred-field-summary = Einzeilige Zusammenfassung für den Lehrplan
tred-field-markdown = Inhalt (Markdown)
tred-markdown-hint = Behalten Sie die Struktur der Quelle bei: dieselben Wissenschecks mit ihren IDs, die Optionen in derselben Reihenfolge mit denselben richtigen Antworten, dieselben Bilder.
tred-save = Übersetzung speichern
tred-preview = Vorschau

## Dates and words shared by the admin pages
admin-date-time = { $date }, { $time } UTC
admin-yes = Ja
admin-no = Nein
admin-none = Keine.
admin-cancel = Abbrechen
admin-retry-now = Jetzt erneut versuchen
admin-col-action = Aktion
admin-col-queued = Eingereiht
admin-col-tries = Versuche
admin-form-expired = Dieses Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
admin-certificate-pdf = Zertifikat als PDF

## The admin home and a course (admin/index.html, admin/course.html)
admin-title = Programmadministration
admin-lead = Verfassen Sie die Module in Markdown, sehen Sie sie genau so, wie Lernende sie sehen werden, veröffentlichen Sie sie und behalten Sie jede Revision.
admin-link-people = Personen: Fortschritt und Befreiungen
admin-name-corrections = Namenskorrekturen
admin-outbox = E-Mail-Ausgang
admin-xapi = xAPI-Statements
admin-partners = Partner
admin-reports = Berichte
admin-lti = Lernplattformen (LTI)
admin-course-meta = { $count ->
    [one] { $count } veröffentlichtes Modul
   *[other] { $count } veröffentlichte Module
  } · { $total } Lernzeit (die Obergrenze liegt bei 15 Std.)
admin-manage-modules = Module verwalten
admin-view-as-learner = Aus Sicht der Lernenden ansehen
# (HTML)
admin-no-courses = Legen Sie einen Kursordner unter <code>courses/</code> an und starten Sie neu, oder führen Sie <code>ess-academy import</code> aus.
admin-course-title = { $course } · Module
admin-course-lead = { $count ->
    [one] { $count } veröffentlichtes Modul
   *[other] { $count } veröffentlichte Module
  }, { $total } Lernzeit. Die Obergrenze liegt bei 15 Std.
admin-col-minutes = Minuten
admin-retired = zurückgezogen
admin-published-revision = veröffentlicht r{ $number }
admin-draft-revision = Entwurf r{ $number }
admin-move-up = { $module } nach oben verschieben
admin-move-down = { $module } nach unten verschieben
admin-bring-back = Wiederherstellen
admin-retire = Zurückziehen
admin-retired-hint = Zurückgezogene Module verschwinden für Lernende; der Fortschritt darin bleibt erhalten.
admin-exam-line = { $questions } Fragen · { $minutes } Min. · { $percent }
admin-item-statistics = Fragenstatistik
# (HTML)
admin-exams-hint = Fragenpools werden in <code>courses/…/exams/</code> verfasst; <code>ess-academy check</code> prüft sie, und der nächste Start importiert sie.
admin-add-module = Modul hinzufügen
admin-slug = Slug (die Adresse des Moduls)
# (HTML)
admin-slug-hint = Kleingeschriebene Wörter, durch Bindestriche verbunden, etwa <code>takeback-basics</code>.
admin-write-module = Neues Modul schreiben
admin-upload-image = Bild hochladen
# (HTML)
admin-upload-text = PNG oder JPEG, bis zu 2 MiB. Verwenden Sie es in einem Modul so: <code>![Was es zeigt](../assets/name.png)</code>.
admin-image-file = Bilddatei
admin-upload = Hochladen
admin-course-images = Bilder dieses Kurses
admin-notice-uploaded = Das Bild ist hochgeladen.
admin-notice-moved = Die Reihenfolge ist gespeichert.
admin-notice-retired = Das Modul ist zurückgezogen: Lernende sehen es nicht mehr. Ihr Fortschritt bleibt erhalten.
admin-notice-restored = Das Modul ist wieder im Kurs.
admin-notice-published = Veröffentlicht: Lernende sehen jetzt die neue Version.
admin-notice-saved = Entwurf gespeichert. Lernende sehen weiterhin die veröffentlichte Version.
admin-notice-unchanged = Seit der letzten Revision hat sich nichts geändert.
admin-upload-not-image = Nur PNG-, JPEG- und SVG-Bilder können hochgeladen werden; diese Datei ist keins davon.
# $reason is what the SVG checker found, in English.
admin-upload-bad-svg = Dieses SVG kann nicht verwendet werden: { $reason }.

## The module editor (admin/editor.html) and its preview script (static/js/editor.js)
admin-new-module = Neues Modul
admin-edit-title = { $title } bearbeiten
admin-edit-module = Modul bearbeiten
admin-editing-revision = Bearbeitung von Revision { $number }
admin-published-as = veröffentlicht: r{ $number }
admin-not-published = noch nicht veröffentlicht
admin-is-draft = dies ist ein Entwurf
admin-field-minutes = Geschätzte Lernzeit (Minuten)
admin-field-minutes-hint = 5 bis 180. Alle Module zusammen bleiben unter 15 Stunden.
admin-field-minutes-number = Geben Sie die Minuten als ganze Zahl ein, etwa 45.
admin-objectives-hint = Eines pro Zeile, jeweils mit einem Verb am Anfang („Erklären …“, „Benennen …“).
# (HTML)
admin-markdown-hint = Beginnen Sie mit einer Überschrift <code>## </code>. Tabellen, Fußnoten, Aufgabenlisten und die Hinweisboxen <code>&gt; [!NOTE]</code>, <code>[!TIP]</code> und <code>[!WARNING]</code> funktionieren. Verlinken Sie Module als <code>04-slug.md</code> und Bilder als <code>../assets/name.png</code> mit Alternativtext.
admin-field-note = Was sich geändert hat (für den Verlauf)
admin-save-draft = Entwurf speichern
admin-publish = Veröffentlichen
admin-notice-preview = Dies ist eine Vorschau: Es ist noch nichts gespeichert.
admin-preview-typing = Eingabe …
admin-preview-updating = wird aktualisiert …
admin-preview-done = aktuell
admin-preview-failed = Vorschau nicht verfügbar; verwenden Sie die Schaltfläche „Vorschau“

## Revisions (admin/history.html, admin/revision.html)
admin-history-title = Verlauf von { $module }
admin-revision-history = Revisionsverlauf
admin-col-revision = Revision
admin-col-when = Wann
admin-col-who = Wer
admin-col-summary = Zusammenfassung
admin-course-files = Kursdateien
admin-published = veröffentlicht
admin-draft = Entwurf
admin-view-compare = Ansehen und vergleichen
admin-revision-title = Revision { $number } von { $module }
admin-revision-heading = Revision { $number }: { $title }
admin-restore = Als neue Entwurfsrevision wiederherstellen
admin-changes-since = Änderungen von dieser Revision bis zur neuesten (r{ $number })
admin-no-differences = Keine Unterschiede.
admin-as-learners-saw-it = So haben Lernende sie gesehen
admin-notice-revision-restored = Als neue Entwurfsrevision wiederhergestellt. Öffnen Sie den Editor, um sie zu veröffentlichen.

## Item statistics of an exam (admin/statistics.html)
admin-statistics-title = Statistik: { $exam }
admin-statistics = Statistik
admin-statistics-heading = { $exam }: Fragenstatistik
admin-graded-attempts = { $count ->
    [one] { $count } bewerteter Versuch
   *[other] { $count } bewertete Versuche
  }
# $score is written by the page ("72 %").
admin-mean-score = durchschnittliches Ergebnis { $score }
admin-alpha = Cronbachs α ≈ { $alpha } (geschätzt für zufällige Fragebögen)
admin-download-csv = CSV herunterladen
admin-col-question = Frage
admin-col-facility = Schwierigkeit
admin-col-discrimination = Trennschärfe
admin-col-choices = Wahlen pro Option
admin-col-flags = Hinweise
admin-no-graded-attempts = Noch keine bewerteten Versuche.
admin-statistics-hint = Die Schwierigkeit ist der Anteil richtiger Antworten (Hinweis über 0,95 und unter 0,2); die Trennschärfe ist die Korrelation der Frage mit dem Rest des Fragebogens (Hinweis unter 0,1). Die Wahlen pro Option stehen in der Reihenfolge der Datei; * kennzeichnet eine richtige Option.
admin-flag-too-easy = zu leicht
admin-flag-too-hard = zu schwer oder falscher Schlüssel
admin-flag-no-discrimination = trennt nicht

## Knowledge checks of a course (learning/checks.html)
admin-checks = Wissenschecks
admin-course = Kurs
admin-checks-lead = Wie viele Lernende jeden Check beim ersten Versuch richtig beantwortet haben: Die niedrigsten Anteile zeigen, wo das Modul oder der Check einen zweiten Blick braucht. Checks werden nie bewertet.
admin-as-json = Als JSON
admin-no-checks = Die veröffentlichten Module haben noch keine Wissenschecks.
admin-col-check = Check
admin-col-answered = Beantwortet
admin-col-first-try = Beim ersten Versuch richtig

## People (admin/users.html, admin/user.html)
admin-people = Personen
admin-find-person = Person nach E-Mail-Adresse oder Name suchen
admin-nobody-matches = Niemand passt zu „{ $query }“.
admin-user-progress = { $done } von { $required } Pflichtmodulen abgeschlossen · { $active } Min. aktiv von { $estimated } geschätzt
admin-training-complete = Schulung abgeschlossen
admin-col-active = Aktiv
admin-col-needed = Erforderlich
admin-exempt-title = Befreiung gewähren
admin-exempt-text = Anerkennung von Vorkenntnissen: Das Modul oder die ganze Schulung gilt als abgeschlossen. Der Grund wird mit Ihrem Namen und dem Datum gespeichert.
admin-whole-training = Die ganze Schulung
admin-exempt-reason-hint = Zum Beispiel: hat das frühere Nachhaltigkeitszertifikat des Herstellers (2024).
admin-exempt-submit = Befreiung erfassen
admin-accommodation-title = Nachteilsausgleich bei Prüfungen
admin-accommodation-text = Zusätzliche Zeit (in Prozent des Zeitlimits) und/oder zusätzliche Versuche, mit Begründung.
admin-accommodation-exam = { $exam } ({ $used } Versuche genutzt, { $left } übrig)
admin-extra-time = Zusätzliche Zeit (%)
admin-extra-attempts = Zusätzliche Versuche
admin-accommodation-submit = Nachteilsausgleich erfassen
admin-exemptions = Befreiungen
admin-exemption-when-by = { $date }, von { $name }
admin-membership-title = Rolle und Partner
admin-membership-text = Eine Person gehört höchstens zu einem Partnerunternehmen; jeder Wechsel wird festgehalten. Ein Partnermanager verwaltet den Partner, zu dem er gehört.
admin-no-partner = Keiner (bei der Registrierung angegebenes Unternehmen: { $company })
admin-membership-submit = Rolle und Partner speichern
admin-erase-link = Dieses Konto löschen …
admin-erase-link-hint = (auf Wunsch der Person, auf anderem Weg erhalten)
admin-notice-exempted = Die Befreiung ist erfasst.
admin-notice-accommodated = Der Nachteilsausgleich ist erfasst.
admin-notice-membership-saved = Rolle und Partner gespeichert. Der Wechsel ist festgehalten.
admin-field-whole-numbers = Geben Sie ganze Zahlen ein.
admin-field-exemption-reason = Geben Sie den Grund für die Befreiung in 1–{ $max } Zeichen an.
admin-field-extra-time = Geben Sie 0–{ $max } Prozent zusätzliche Zeit an.
admin-field-extra-attempts = Geben Sie 0–{ $max } zusätzliche Versuche an.
admin-field-accommodation-empty = Gewähren Sie zusätzliche Zeit, einen zusätzlichen Versuch oder beides.
admin-field-accommodation-reason = Geben Sie den Grund in 1–{ $max } Zeichen an.
admin-field-no-such-partner = Diesen Partner gibt es nicht.
admin-field-manager-needs-partner = Ein Partnermanager braucht den Partner, den er verwaltet (partner_id).

## Erasing an account at a person's request (privacy/admin_erase.html)
admin-erase-title = Konto löschen
admin-erase-crumb = Löschen
admin-erase-heading = Konto von { $name } löschen
admin-erase-done = Das Konto ist gelöscht. Die Löschung ist mit Ihrem Namen, dem Datum und dem Grund festgehalten: „{ $reason }“.
admin-erase-revoked = { $count ->
    [one] { $count } Nachweis wurde widerrufen.
   *[other] { $count } Nachweise wurden widerrufen.
  }
admin-back-to-people = Zurück zu den Personen
admin-erase-intro = Verwenden Sie dies, wenn die Person die Löschung auf anderem Weg verlangt hat (per Brief oder E-Mail) und Sie geprüft haben, dass sie es ist. Es lässt sich nicht rückgängig machen. Sofort gilt:
admin-erase-signed-out = Das Konto ({ $email }) wird überall abgemeldet und kann sich nie wieder anmelden;
admin-erase-name-email = sein Name und seine E-Mail-Adresse werden ersetzt;
admin-erase-answers = seine Antworten auf Prüfungen und Wissenschecks und die Texte der an das Konto gesendeten E-Mails werden gelöscht;
admin-erase-credentials = seine Nachweise werden widerrufen, und ihre Verifizierungsseiten zeigen den Namen nicht mehr.
admin-erase-reports = Die Berichte behalten ihre Zahlen: Fortschritt und Ergebnisse der Versuche bleiben, ohne den Namen.
admin-erase-reason = Wie Sie die Anfrage erreicht hat
admin-erase-reason-hint = Zum Beispiel: ein Brief der lernenden Person vom 1. Dezember 2026.
admin-erase-submit = Dieses Konto löschen

## Name corrections (admin/name_corrections.html)
admin-corrections-lead = Personen beantragen, dass der Name auf ihrem Zertifikat korrigiert wird. Eine Genehmigung ändert das Konto und stellt jeden Nachweis der Person unter derselben ID neu aus, mit der Korrektur in seinem Verlauf.
admin-correction-asked = beantragt am { $date }
admin-correction-record = die Seite der Person
admin-correction-reason = Grund:
admin-correction-note = Notiz an die Person (für eine Ablehnung erforderlich)
admin-approve = Genehmigen
admin-reject = Ablehnen
admin-nothing-to-decide = Nichts zu entscheiden
admin-no-corrections = Es warten keine Namenskorrekturen.
admin-notice-correction-approved = Genehmigt: Das Konto und seine Nachweise tragen jetzt den korrigierten Namen.
admin-notice-correction-rejected = Abgelehnt: Die Person hat die Begründung per E-Mail erhalten.

## The mail outbox (admin/outbox.html)
admin-outbox-lead = Jede E-Mail wird hier in derselben Transaktion eingereiht wie das, was sie ausgelöst hat, und von einem Hintergrundprozess gesendet, der es mit wachsenden Abständen erneut versucht. { $waiting } wartend, { $failed } aufgegeben.
admin-show-all = Alle anzeigen
admin-show-unsent = Nur nicht gesendete anzeigen
admin-col-to = An
admin-col-subject = Betreff
admin-col-status = Status
admin-col-last-error = Letzter Fehler
admin-status-sent = gesendet
admin-status-failed = fehlgeschlagen
admin-status-retrying = neuer Versuch
admin-status-sending = wird gesendet
admin-status-queued = eingereiht
admin-next-attempt = nächster Versuch { $date }
admin-no-mails = Noch keine E-Mails.
admin-notice-mail-retrying = Die Nachricht ist erneut eingereiht und geht in wenigen Sekunden hinaus.
admin-notice-mail-not-retried = Diese Nachricht wurde bereits gesendet, oder ein Sendeprozess bearbeitet sie gerade.

## xAPI statements (admin/xapi.html)
# (HTML) $lrs is escaped by the page before it is placed here.
admin-xapi-lead = Jedes Lernereignis wird hier in derselben Transaktion wie das Ereignis eingereiht und gebündelt, mit erneuten Versuchen, an <code class="break-anywhere">{ $lrs }</code> gesendet.
# (HTML)
admin-xapi-off = Es ist kein Learning Record Store konfiguriert (<code>ESS_XAPI_URL</code>): Es werden keine Statements eingereiht.
admin-show-label = Anzeigen:
admin-filter-all = alle
admin-state-queued = eingereiht
admin-state-failing = fehlerhaft
admin-state-sent = gesendet
admin-statements = Statements
admin-col-verb = Verb
admin-col-lrs-answer = Antwort des LRS
admin-no-statements = Keine Statements.
admin-no-statements-in-state = Keine Statements in diesem Status.
admin-notice-statement-retrying = Das Statement ist erneut fällig und geht in wenigen Sekunden hinaus.

## Partners (admin/partners.html)
# (HTML)
admin-partners-lead = Partnerunternehmen haben die Spezialisierung, solange genügend ihrer Mitarbeitenden einen gültigen Nachweis haben. Machen Sie jemanden auf seiner Seite unter <a href="/admin/users">Personen</a> zum Partnermanager.
admin-col-code = Code
admin-col-specialists = Spezialisten
admin-col-specialization = Spezialisierung
admin-accredited = akkreditiert
admin-not-yet = noch nicht
admin-no-partners = Noch keine Partner.
admin-add-partner = Partner hinzufügen
admin-company-name = Name des Unternehmens
admin-partner-code-optional = Partnercode (optional)
admin-partner-code-hint = Großbuchstaben, Ziffern und Bindestriche, etwa ACME-DE. Wird aus Name und Land gebildet, wenn leer.
admin-add-partner-submit = Partner hinzufügen
admin-notice-partner-created = Partner angelegt. Machen Sie jemanden auf seiner Seite unter „Personen“ zum Partnermanager.
admin-field-partner-code = Verwenden Sie 3–{ $max } Großbuchstaben, Ziffern und einzelne Bindestriche, etwa ACME-DE.
admin-field-partner-code-taken = Der Code { $code } ist vergeben; wählen Sie einen anderen.

## Reports (admin/reports.html)
admin-reports-title = Programmberichte
admin-reports-of = Programmberichte: { $course }
admin-reports-lead = Personen werden nach Registrierungsdatum (UTC, beide Tage eingeschlossen), Land und Partner ausgewählt. Jede Tabelle gibt es auch als CSV-Datei.
admin-reports-filter = Berichte filtern
admin-reports-errors = Einige Filter erfordern Ihre Aufmerksamkeit; es wird nichts angezeigt, bis sie stimmen.
admin-reports-from = Registriert ab
admin-reports-to = Registriert bis
admin-all-countries = Alle Länder
admin-show = Anzeigen
admin-clear = Zurücksetzen
admin-funnel = Trichter
admin-funnel-caption = Personen in jeder Phase
admin-stage-registered = Registriert
admin-stage-verified = Bestätigt
admin-stage-started = Begonnen
admin-stage-training-complete = Schulung abgeschlossen
admin-stage-exam-1 = Prüfung 1 bestanden
admin-stage-exam-2 = Prüfung 2 bestanden
admin-stage-credential = Nachweis
admin-by-month = Nach Monat der Registrierung
admin-by-country = Nach Land
admin-by-partner = Nach Partner
admin-col-month = Monat
admin-nobody-registered = Mit diesen Filtern hat sich niemand registriert.
admin-more-rows = { $count ->
    [one] { $count } weitere Zeile steht in der CSV-Datei.
   *[other] { $count } weitere Zeilen stehen in der CSV-Datei.
  }
admin-chart-funnel-legend = Personen, die jede Phase erreicht haben (Anteil der Registrierten)
admin-chart-months = Registrierungen nach Monat
admin-chart-months-legend = Balken: in dem Monat registrierte Personen; Markierung und zweite Zahl: davon mit Nachweis
admin-chart-modules = Aktive Zeit pro Modul
admin-chart-modules-legend = Balken: Median in Minuten; Linie: 90. Perzentil; orange Markierung: die Schätzung
admin-chart-module-minutes = { $median } / { $p90 } / { $estimate } Min.
admin-chart-exams = Bestehensquoten der Prüfungen
admin-chart-exams-legend = Balken: Anteil der Teilnehmenden, die bestanden haben; zweite Zahl: Versuche pro Bestehen
admin-chart-partners = Akkreditierung der Partner
admin-chart-partners-legend = Partner in jedem Status
admin-chart-accredited = Akkreditiert
admin-chart-lapsing = Verfällt innerhalb von { $days } Tagen
admin-chart-not-accredited = Nicht akkreditiert
admin-col-learners = Lernende
admin-col-median = Median (Min.)
admin-col-p90 = 90. Perzentil (Min.)
admin-col-estimate = Schätzung (Min.)
admin-col-takers = Teilnehmende
admin-col-passed = Bestanden
admin-col-pass-rate = Bestehensquote
admin-col-attempts-per-pass = Versuche pro Bestehen
admin-expiring = Nachweise, die in den nächsten { $days } Tagen ablaufen
admin-expiring-count = { $count } insgesamt.
admin-expiring-count-limited = { $count } insgesamt; die ersten { $limit } sind aufgeführt.
admin-none-expiring = In den nächsten { $days } Tagen läuft kein Nachweis ab.
admin-partners-accreditation = Partner: Akkreditierung
admin-partners-summary = { $total } Partner, { $accredited } akkreditiert (mindestens { $min ->
    [one] { $min } Spezialist
   *[other] { $min } Spezialisten
  }), { $lapsing } verfallen innerhalb von { $days } Tagen.
admin-col-members = Mitglieder
admin-col-accredited = Akkreditiert
admin-col-lapses = Verfällt
admin-soon = bald
admin-no-partners-filtered = Keine Partner mit diesen Filtern.
admin-more-partners = { $count ->
    [one] { $count } weiterer Partner steht in der CSV-Datei.
   *[other] { $count } weitere Partner stehen in der CSV-Datei.
  }
reports-field-date = Geben Sie das Datum als JJJJ-MM-TT ein.
reports-field-end-before-start = Das Enddatum liegt vor dem Startdatum.
reports-field-country = Wählen Sie ein Land über seinen zweistelligen Code, etwa DE.
reports-field-partner = Kein Partner hat den Code { $code }.

## Learning platforms (admin/lti.html)
admin-lti-crumb = Lernplattformen
admin-lti-heading = Lernplattformen (LTI 1.3)
admin-lti-lead = Die Lernplattform eines Partners (Moodle, Canvas, Blackboard …) kann die Schulung als LTI-1.3-Tool starten. Ihr Administrator registriert das Tool mit den URLs unten und schickt Ihnen die Daten der Plattform, die Sie hier registrieren.
admin-lti-tool-urls = Für den Administrator der Plattform
admin-lti-login-url = URL zur Initiierung der OpenID-Connect-Anmeldung
admin-lti-launch-url = Weiterleitungs-URL (Start)
admin-lti-jwks-url = URL des öffentlichen Schlüsselsatzes (JWKS)
admin-lti-target-url = Standard-Ziel-URI
admin-lti-target-hint = (oder eine Modul- oder Prüfungsseite dieser Website)
admin-lti-issuer = Aussteller
admin-lti-client-id = Client-ID
admin-lti-deployments = Deployments
admin-lti-links-by-email = Verknüpfung per E-Mail
admin-lti-no-platforms = Noch keine Plattformen registriert.
admin-lti-scores = Notenrückgabe
admin-lti-scores-text = Öffnet eine lernende Person eine Prüfung von einer Plattform aus, die den Bewertungsbereich freigibt (Assignment and Grade Services), gehen Start und Ergebnis jedes Versuchs an das Notenbuch dieser Plattform. Die letzten { $count } Ergebnisse:
admin-col-score = Ergebnis
admin-col-platform-answer = Antwort der Plattform
admin-lti-no-scores = Noch keine Ergebnisse.
admin-lti-register = Plattform registrieren
admin-lti-issuer-hint = Der Aussteller (iss) der Plattform, z. B. https://lms.partner.example
admin-lti-client-id-hint = Die Client-ID, die die Plattform diesem Tool gegeben hat.
admin-lti-deployment-ids = Deployment-IDs
admin-lti-one-a-line = Eine pro Zeile.
admin-lti-auth-url = Autorisierungs-Endpunkt
admin-lti-auth-url-hint = Die URL der OpenID-Connect-Authentifizierungsanfrage der Plattform.
admin-lti-jwks = URL des öffentlichen Schlüsselsatzes
admin-lti-jwks-hint = Wo die Plattform ihre Schlüssel veröffentlicht (JWKS).
admin-lti-token-url = Zugriffstoken-URL
admin-lti-link-by-email = Einen ersten Start mit einem bestehenden Lernendenkonto mit derselben bestätigten E-Mail-Adresse verknüpfen
admin-notice-platform-registered = Plattform registriert. Ihre Lernenden können die Schulung jetzt von dort aus starten.
admin-notice-score-retrying = Das Ergebnis ist erneut fällig und geht in wenigen Sekunden hinaus.
lti-field-url-empty = Geben Sie die URL ein.
lti-field-url-too-long = Eine URL darf höchstens { $max } Zeichen haben.
lti-field-url-invalid = Geben Sie eine vollständige URL ein, die mit https:// beginnt.
lti-field-url-https = Verwenden Sie eine https://-URL.
lti-field-issuer-empty = Geben Sie den Aussteller ein.
lti-field-issuer-too-long = Der Aussteller muss eine Zeile mit höchstens { $max } Zeichen sein.
lti-field-client-id-empty = Geben Sie die Client-ID ein.
lti-field-client-id-too-long = Die Client-ID muss eine Zeile mit höchstens { $max } Zeichen sein.
lti-field-deployments-empty = Geben Sie mindestens eine Deployment-ID ein.
lti-field-deployments-too-many = Geben Sie höchstens { $max } Deployment-IDs mit je einer Zeile ein.
lti-field-platform-taken = Dieser Aussteller und diese Client-ID sind bereits registriert.
admin-col-by-language = Nach Sprache
admin-language-facility-title = { $language }: { $count } Antworten
admin-flag-translation = Übersetzung { $lang } prüfen
tred-history = Verlauf dieser Übersetzung
tred-col-text = Text
tred-show-text = Text anzeigen
tred-in-use = in Verwendung
tred-origin-restore = aus einer früheren Revision wiederhergestellt
tred-restore = r{ $number } wiederherstellen
tred-restored = Revision r{ $number } ist wieder die Übersetzung, mit der Quelle, aus der sie entstand.
tred-no-history = Noch nichts gespeichert: Der Verlauf beginnt mit dem ersten Speichern.
