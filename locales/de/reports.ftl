# ESS Academy — die Spaltennamen der CSV-Dateien, die Administratoren herunterladen (die Berichte,
# die Prüfungsstatistik). Die JSON-Schlüssel bleiben unverändert.

## Gemeinsam
csv-dimension = Gruppierung
csv-key = Gruppe
csv-label = Bezeichnung der Gruppe
csv-title = Titel
csv-country = Land
csv-partner = Partnercode
csv-name = Name
csv-email = E-Mail
csv-attempts = Versuche
csv-passed = Bestanden

## Trichter
csv-registered = Registriert
csv-verified = Bestätigt
csv-started = Begonnen
csv-training-complete = Schulung abgeschlossen
csv-exam1-passed = Prüfung 1 bestanden
csv-exam2-passed = Prüfung 2 bestanden
csv-credential = Nachweis

## Module
csv-position = Position
csv-module = Modul
csv-estimated-minutes = Geschätzte Minuten
csv-learners = Lernende
csv-median-seconds = Median (Sekunden)
csv-p90-seconds = 90. Perzentil (Sekunden)
csv-median-ratio = Median / Schätzung

## Prüfungen
csv-exam = Prüfung
csv-takers = Teilnehmende
csv-pass-rate = Bestehensquote (Anteil)
csv-attempts-per-pass = Versuche je Bestehen

## Ablaufende Nachweise
csv-public-id = Nachweis-ID
csv-holder-name = Inhaber(in)
csv-partner-name = Name des Partners
csv-expires-at = Ablauf

## Partner
csv-members = Mitglieder
csv-specialists = Spezialist(inn)en
csv-min-specialists = Mindestzahl Spezialist(inn)en
csv-accredited = Akkreditiert
csv-lapses-at = Ende der Akkreditierung
csv-lapsing-soon = Läuft bald ab

## Erneuerungen
csv-due = Fällig
csv-renewed-early = Rechtzeitig erneuert
csv-renewed-in-grace = In der Kulanzfrist erneuert
csv-open = Offen
csv-in-grace = In der Kulanzfrist
csv-lapsed = Verfallen
csv-renewal-rate-percent = Erneuerungsquote (%)

## Prüfungsstatistik (je Fragenversion)
csv-question = Frage
csv-version = Version
csv-topic = Thema
csv-facility = Lösungsquote
csv-discrimination = Trennschärfe
csv-option-counts = Antworten je Option
csv-correct-options = Richtige Optionen
csv-flags = Hinweise
