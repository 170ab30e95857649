# ESS Academy — les pages de l'apprenant pendant l'étude (pages de module et vérifications des acquis),
# en français (traduites de l'anglais).

## A module page
module-number = Module { $index }
module-eyebrow = Module { $index } sur { $count } · environ { $duration }
module-objectives = Dans ce module, vous apprendrez à
module-untranslated = Ce module n'est pas encore disponible dans votre langue ({ $language }) : il s'affiche donc en anglais. Votre progression compte de la même façon dans toutes les langues.
module-pager = Modules
module-back-to-syllabus = Retour au programme
module-on-this-page = Sur cette page

## Knowledge checks
kcheck-label = Vérification des acquis { $number }
kcheck-choose-all = (plusieurs réponses possibles)
kcheck-submit = Vérifier ma réponse
kcheck-again = Vérifier à nouveau
kcheck-tries = { $count ->
    [one] { $count } essai
   *[other] { $count } essais
  }
kcheck-right = ✓ Exact.
kcheck-wrong = ✗ Pas tout à fait : réessayez.
kcheck-why = Pourquoi :
kcheck-choose-first = Choisissez d'abord une réponse.
