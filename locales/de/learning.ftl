# ESS Academy — die Seiten der Lernenden beim Lernen (Modulseiten und Wissenschecks) auf Deutsch
# (aus dem Englischen übersetzt).

## A module page
module-number = Modul { $index }
module-eyebrow = Modul { $index } von { $count } · ca. { $duration }
module-objectives = In diesem Modul lernen Sie,
module-untranslated = Dieses Modul ist noch nicht in Ihrer Sprache ({ $language }) verfügbar und wird deshalb auf Englisch angezeigt. Ihr Fortschritt zählt in jeder Sprache gleich.
module-pager = Module
module-back-to-syllabus = Zurück zum Lehrplan
module-on-this-page = Auf dieser Seite

## Knowledge checks
kcheck-label = Wissenscheck { $number }
kcheck-choose-all = (alle zutreffenden Antworten auswählen)
kcheck-submit = Antwort prüfen
kcheck-again = Erneut prüfen
kcheck-tries = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
  }
kcheck-right = ✓ Richtig.
kcheck-wrong = ✗ Nicht ganz: Versuchen Sie es noch einmal.
kcheck-why = Warum:
kcheck-choose-first = Wählen Sie zuerst eine Antwort.
