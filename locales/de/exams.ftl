# ESS Academy — die Prüfungen: die Einführung in die Prüfung, der Fragebogen Seite für Seite mit
# Navigation und automatischem Speichern (auch die Texte, die das Skript der Seite schreibt), die
# Überprüfung vor dem Abgeben und das Ergebnis, auf Deutsch (aus dem Englischen übersetzt).
# Ein Schlüssel mit Markup ist mit „(HTML)“ gekennzeichnet und wird unmaskiert ausgegeben; seine Argumente
# werden von der Seite maskiert, bevor sie eingesetzt werden.

## The exam's introduction (exams/exam.html)
exam-eyebrow = Prüfung
exam-fact-questions = Fragen
exam-fact-questions-value = { $count }, zufällig für Sie ausgewählt
exam-fact-time = Zeit
exam-fact-time-value = { $minutes } Minuten, vom Server ab dem Moment gezählt, in dem Sie beginnen
exam-fact-pass = Zum Bestehen
exam-fact-pass-value = { $percent } (eine Frage gilt nur dann als richtig, wenn jede gewählte Option richtig ist und keine fehlt)
exam-fact-attempts = Versuche
exam-fact-attempts-value = { $used } genutzt, { $left } übrig
exam-best-score = bestes Ergebnis: { $score }
exam-passed = Sie haben diese Prüfung bestanden.
exam-continue = Versuch fortsetzen
exam-autosave = Ihre Antworten werden laufend gespeichert: Beim Neuladen oder bei einem Verbindungsabbruch geht nichts verloren. Wenn die Zeit abgelaufen ist, wird bewertet, was Sie gespeichert haben.
exam-start = Prüfung beginnen

## Why an exam cannot be started now
exam-reason-passed = Sie haben diese Prüfung bestanden.
exam-reason-passed-and-held = Sie haben diese Prüfung bestanden und besitzen den Nachweis. Halten Sie ihn mit der Verlängerungsprüfung gültig, die Sie auf der Seite zur Verlängerung finden.
exam-reason-verify-email = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Der Link steht in der E-Mail, die wir Ihnen geschickt haben.
exam-reason-training = Diese Prüfung wird freigeschaltet, sobald Ihre Schulung abgeschlossen ist.
exam-reason-after-exam = Diese Prüfung wird freigeschaltet, sobald Sie „{ $exam }“ bestanden haben.
exam-reason-no-attempts = { $count ->
    [one] Sie haben Ihren einzigen Versuch genutzt. Ein Programmadministrator kann Ihnen einen weiteren gewähren.
   *[other] Sie haben alle { $count } Versuche genutzt. Ein Programmadministrator kann Ihnen einen weiteren gewähren.
  }
exam-reason-cooldown = Sie können es in { $wait } erneut versuchen (zwischen zwei Versuchen ist eine Pause vorgesehen).
exam-wait-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
  }
exam-wait-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
  }
exam-wait-hours-minutes = { $hours } Std. { $minutes } Min.
exam-reason-renewal-holders-only = Die Verlängerungsprüfung ist für Inhaber des Nachweises: Erwerben Sie ihn zuerst mit der Schulung und ihren zwei Prüfungen.
exam-reason-revoked = Dieser Nachweis wurde widerrufen und kann nicht verlängert werden.
exam-reason-renewal-not-yet = Die Verlängerung ist ab dem { $opens } möglich, { $days } Tage bevor Ihr Nachweis am { $expires } abläuft.
exam-reason-renewal-closed = Die Nachfrist für die Verlängerung ist am { $date } abgelaufen. Erwerben Sie die Spezialisierung erneut: Die Prüfungen der Schulung stehen Ihnen offen.
exam-reason-renewal-module = Schließen Sie zuerst das Verlängerungsmodul „{ $module }“ ab.

## A page of the paper (exams/attempt.html)
exam-page-title = Seite { $page } von { $pages }: { $exam }
exam-page-heading = Seite { $page } von { $pages }
exam-page-questions = Fragen { $first }–{ $last } von { $total }
exam-question-of = Frage { $number } von { $total }
exam-choose-all = (alle zutreffenden Antworten auswählen)
exam-flag = Zur Überprüfung markieren
exam-flag-which = : Frage { $number }
exam-previous-page = Vorherige Seite
exam-save-answers = Antworten speichern
exam-next-page = Nächste Seite
exam-review-and-submit = Überprüfen und abgeben
exam-notice-saved = Ihre Antworten sind gespeichert.

## The exam bar (exams/bar.html)
exam-bar-attempt = Versuch { $number }
exam-time-left = Verbleibende Zeit:
exam-answered-of = { $count } von { $total } beantwortet
exam-flagged-count = { $count } markiert
exam-all-saved = Alle Antworten gespeichert
exam-unsaved = { $count } noch nicht gespeichert
exam-answered = { $count } beantwortet

## The question navigator (exams/navigator.html)
exam-nav-title = Fragen
exam-nav-label-answered = Frage { $number }, beantwortet
exam-nav-label-unanswered = Frage { $number }, nicht beantwortet
exam-nav-label-answered-flagged = Frage { $number }, beantwortet, zur Überprüfung markiert
exam-nav-label-unanswered-flagged = Frage { $number }, nicht beantwortet, zur Überprüfung markiert
exam-legend-answered = beantwortet
exam-legend-unanswered = nicht beantwortet
exam-legend-flagged = markiert
exam-nav-noscript = Speichern Sie diese Seite, bevor Sie über eine Nummer zu einer anderen Seite wechseln: Die Schaltflächen unter den Fragen speichern sie.

## What the page's script writes (static/js/exam.js)
exam-js-minutes-left = { $minutes ->
    [one] Noch { $minutes } Minute.
   *[other] Noch { $minutes } Minuten.
  }
exam-js-time-up = Die Zeit ist abgelaufen: Ihre gespeicherten Antworten werden abgegeben.
exam-js-saving = Wird gespeichert…
exam-js-saved = Gespeichert
exam-js-not-saved-time-up = Nicht gespeichert: Die Zeit ist abgelaufen.
exam-js-retrying = Noch nicht gespeichert: neuer Versuch…
exam-js-flag-time-up = Die Markierung wurde nicht geändert: Die Zeit ist abgelaufen.
exam-js-flagged = Zur Überprüfung markiert
exam-js-unflagged = Markierung entfernt
exam-js-flag-failed = Die Markierung wurde nicht gespeichert: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
exam-js-saving-before-leaving = Wird vor dem Wechsel gespeichert…
exam-js-unsaved-warning = Einige Antworten sind noch nicht gespeichert: Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.

## The review before submission (exams/review.html)
exam-review-title = Überprüfung: { $exam }
exam-review-heading = Vor dem Abgeben überprüfen
# (HTML)
exam-review-summary = Sie haben <strong>{ $answered } von { $total }</strong> Fragen beantwortet: <a href="#unanswered-title">{ $unanswered } nicht beantwortet</a>, <a href="#flagged-title">{ $flagged } zur Überprüfung markiert</a>.
exam-unanswered-heading = Nicht beantwortet ({ $count })
exam-unanswered-hint = Eine Frage ohne Antwort bringt keine Punkte. Wählen Sie eine Nummer, um zu ihr zurückzukehren.
exam-question-number = Frage { $number }
exam-all-answered = Jede Frage hat eine Antwort.
exam-flagged-heading = Zur Überprüfung markiert ({ $count })
exam-none-flagged = Keine Frage ist markiert. Mit „Zur Überprüfung markieren“ unter einer Frage finden Sie sie hier wieder.
exam-submit-final = Nach dem Abgeben werden Ihre Antworten bewertet und können nicht mehr geändert werden.
exam-back-to-questions = Zurück zu den Fragen
exam-submit = Zur Bewertung abgeben
exam-notice-time-up = Die Zeit ist abgelaufen: Die Antworten können nicht mehr geändert werden. Geben Sie jetzt ab, damit Ihre gespeicherten Antworten bewertet werden.

## The result (exams/result.html)
exam-result-title = Ergebnis: { $exam }
exam-result = Ergebnis
exam-attempt-number = Versuch { $number }
exam-result-passed = Bestanden
exam-result-failed = Diesmal nicht bestanden
exam-pass-mark = (Bestehensgrenze: { $percent })
exam-by-topic = Nach Thema
exam-topic = Thema
exam-topic-correct = Richtig
exam-topic-score = { $correct } von { $total }
# (HTML)
exam-renewed = <strong>Ihr Nachweis ist verlängert.</strong> Er behält seine ID und seine Verifizierungsseite; das neue Zertifikat erhalten Sie per E-Mail.
exam-see-new-dates = Neue Daten ansehen
exam-well-done = Gut gemacht!
exam-back-to-training = Zurück zu meiner Schulung
exam-try-again = Sehen Sie sich die Module der Themen mit den wenigsten richtigen Antworten noch einmal an, und versuchen Sie es erneut, wenn die Pause zwischen den Versuchen vorbei ist.
exam-see-attempts = Ihre Versuche ansehen
exam-review = Auswertung
exam-review-right = richtig
exam-review-wrong = nicht richtig
exam-review-correct-option = (richtig)
exam-review-your-choice = (Ihre Wahl)
