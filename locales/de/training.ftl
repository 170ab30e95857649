# ESS Academy — die eigenen Seiten der Lernenden: „Meine Schulung“, die druckbare Leistungsübersicht und die
# Suche in den Kursen, auf Deutsch (aus dem Englischen übersetzt).
# Ein Schlüssel mit Markup ist mit „(HTML)“ gekennzeichnet und wird unmaskiert ausgegeben; seine Argumente
# werden von der Seite maskiert, bevor sie eingesetzt werden.

## My training (training/index.html)
training-welcome = Willkommen, { $name }.
training-notice-verification-sent = Wir haben Ihnen eine neue Bestätigungs-E-Mail geschickt. Der Link darin ist 7 Tage gültig.
# (HTML)
training-verify-email = <strong>Bitte bestätigen Sie Ihre E-Mail-Adresse.</strong> Wir haben einen Link an { $email } geschickt. Für die Prüfungen brauchen Sie eine bestätigte Adresse.
training-send-link-again = Link erneut senden
training-your-credential = Ihr Nachweis
training-credential-dates = ausgestellt am { $issued } · gültig bis { $expires }
# (HTML)
training-renewal-open = <strong>Nächster Schritt: Verlängern Sie Ihren Nachweis</strong> vor dem { $expires } ({ $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
  }).
# (HTML)
training-renewal-grace = <strong>Ihr Nachweis ist abgelaufen.</strong> Sie haben noch { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } Nachfrist, um ihn zu verlängern.
# (HTML)
training-renewal-closed = <strong>Der Verlängerungszeitraum ist vorbei.</strong> Erwerben Sie die Spezialisierung erneut: <a href="/exams">Die beiden Prüfungen stehen Ihnen offen</a>.
training-renewal-not-yet = Nächster Schritt: Die Verlängerung ist ab dem { $opens } möglich, in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
  }.
training-renewal-how = So funktioniert die Verlängerung
training-renew-now = Jetzt verlängern
training-your-badge = Ihr Badge
training-open-kit = Ihr Nachweis-Kit öffnen
training-certificate-pdf = Zertifikat (PDF)
# (HTML)
training-kit-hint = Ihr Kit enthält Ihr Zertifikat, Ihr Badge, Ihre E-Mail-Signatur, fertige Texte für Kunden und Ausschreibungen sowie LinkedIn-Links. Jeder kann Ihren Nachweis auf <a href="/verify/{ $id }">Ihrer Verifizierungsseite</a> prüfen.
training-complete-tag = Schulung abgeschlossen
training-progress-label = Fortschritt der Schulung
# (HTML)
training-progress = <strong>{ $done } von { $required }</strong> Modulen abgeschlossen · { $active } Min. aktive Lernzeit (geschätzt: { $estimated } Min.)
# (HTML)
training-complete = <strong>Ihre Schulung ist abgeschlossen.</strong> Als Nächstes folgen die beiden Prüfungen, jeweils mit zufälligen Fragen und Zeitlimit.
# (HTML)
training-complete-exempt = <strong>Ihre Schulung ist abgeschlossen (Befreiung).</strong> Als Nächstes folgen die beiden Prüfungen, jeweils mit zufälligen Fragen und Zeitlimit.
training-resume = „{ $module }“ fortsetzen
training-resume-percent = Sie waren bei { $percent }
# (HTML)
training-next-module = Als Nächstes abschließen: <a href="/courses/{ $course }/{ $slug }">{ $module }</a>. Wenn alle Module abgeschlossen sind, wird Prüfung 1 freigeschaltet.
training-start-with = Mit „{ $module }“ beginnen
training-modules = Module
training-module-minutes = { $active } von { $required } Min.
training-optional = optional
training-exams = Prüfungen
training-exam-passed = Bestanden
training-exam-in-progress = Läuft
training-exam-ready = Bereit
training-exam-locked = Gesperrt
training-transcript-link = Druckbare Leistungsübersicht
training-none-published = Noch keine Schulung veröffentlicht

## The state of a module (here, on the transcript and on an admin's page of a person)
module-state-complete = Abgeschlossen
module-state-exempt = Befreit
module-state-in-progress = In Bearbeitung
module-state-not-started = Nicht begonnen

## The transcript (training/transcript.html)
training-transcript-title = Leistungsübersicht von { $name }
training-transcript = Leistungsübersicht der Schulung
training-transcript-meta = gedruckt am { $date } · aktive Lernzeit, gemessen von ESS Academy
training-print = Drucken
training-transcript-active = Aktive Lernzeit: { $active } (geschätzt: { $estimated })
training-transcript-completed = Schulung abgeschlossen am { $date }
training-col-module = Modul
training-col-state = Status
training-col-active = Aktive Lernzeit
training-col-completed = Abgeschlossen am

## Search of the courses (learning/search.html)
search-title = Suche: { $query }
search-lead = Finden Sie ein Wort oder einen Ausdruck in den veröffentlichten Modulen.
search-words = Gesuchte Wörter
search-nothing = Keine Treffer für „{ $query }“
search-found = { $count ->
    [one] { $count } Abschnitt gefunden
   *[other] { $count } Abschnitte gefunden
  }
search-try = Versuchen Sie es mit weniger Wörtern oder einer anderen Wortform.
search-too-long = Suchen Sie nach höchstens { $count } Zeichen.
search-no-words = Suchen Sie nach einem Wort oder einer Zahl.
