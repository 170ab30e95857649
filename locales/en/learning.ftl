# ESS Academy — the learner's pages while studying (module pages and knowledge checks), in
# English (the source language).

## A module page
module-number = Module { $index }
module-eyebrow = Module { $index } of { $count } · about { $duration }
module-objectives = In this module you will learn to
module-untranslated = This module is not yet available in { $language }, so it is shown in English. Your progress counts the same in every language.
module-pager = Modules
module-back-to-syllabus = Back to the syllabus
module-on-this-page = On this page

## Knowledge checks
kcheck-label = Knowledge check { $number }
kcheck-choose-all = (choose all that apply)
kcheck-submit = Check my answer
kcheck-again = Check again
kcheck-tries = { $count ->
    [one] { $count } try
   *[other] { $count } tries
  }
kcheck-right = ✓ Right.
kcheck-wrong = ✗ Not quite: try again.
kcheck-why = Why:
kcheck-choose-first = Choose an answer first.
