# ESS Academy — les examens : la présentation de l'examen, le questionnaire page par page avec son
# navigateur et l'enregistrement automatique (ainsi que les mots qu'écrit le script de la page), la
# vérification avant l'envoi et le résultat, en français (traduits de l'anglais).
# Une clé qui contient du balisage est marquée « (HTML) » et affichée sans échappement ; ses arguments sont
# échappés par la page avant d'y être insérés.

## The exam's introduction (exams/exam.html)
exam-eyebrow = Examen
exam-fact-questions = Questions
exam-fact-questions-value = { $count }, tirées au hasard pour vous
exam-fact-time = Durée
exam-fact-time-value = { $minutes } minutes, décomptées par le serveur dès que vous commencez
exam-fact-pass = Pour réussir
exam-fact-pass-value = { $percent } (une question n'est juste que si toutes les options que vous choisissez sont justes et qu'aucune ne manque)
exam-fact-attempts = Tentatives
exam-fact-attempts-value = { $used ->
    [one] { $used } utilisée
   *[other] { $used } utilisées
  }, { $left ->
    [one] { $left } restante
   *[other] { $left } restantes
  }
exam-best-score = meilleur score : { $score }
exam-passed = Vous avez réussi cet examen.
exam-continue = Reprendre votre tentative
exam-autosave = Vos réponses sont enregistrées au fur et à mesure : un rechargement ou une coupure de connexion ne vous fait rien perdre. À la fin du temps imparti, ce que vous avez enregistré est noté.
exam-start = Commencer l'examen

## Why an exam cannot be started now
exam-reason-passed = Vous avez réussi cet examen.
exam-reason-passed-and-held = Vous avez réussi cet examen et êtes titulaire de la certification. Gardez-la valide grâce à l'examen de renouvellement, depuis la page de renouvellement.
exam-reason-verify-email = Vérifiez d'abord votre adresse e-mail : le lien se trouve dans l'e-mail que nous vous avons envoyé.
exam-reason-training = Cet examen se débloque lorsque votre formation est terminée.
exam-reason-after-exam = Cet examen se débloque lorsque vous avez réussi « { $exam } ».
exam-reason-no-attempts = { $count ->
    [one] Vous avez utilisé votre unique tentative. Un administrateur du programme peut vous en accorder une autre.
   *[other] Vous avez utilisé vos { $count } tentatives. Un administrateur du programme peut vous en accorder une autre.
  }
exam-reason-cooldown = Vous pourrez réessayer dans { $wait } (un délai est prévu entre deux tentatives).
exam-wait-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
exam-wait-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
  }
exam-wait-hours-minutes = { $hours } h { $minutes } min
exam-reason-renewal-holders-only = L'examen de renouvellement est réservé aux titulaires de la certification : obtenez-la d'abord avec la formation et ses deux examens.
exam-reason-revoked = Cette certification a été révoquée : elle ne peut pas être renouvelée.
exam-reason-renewal-not-yet = Le renouvellement ouvre le { $opens }, { $days } jours avant l'expiration de votre certification, le { $expires }.
exam-reason-renewal-closed = La période de grâce pour le renouvellement a pris fin le { $date }. Obtenez de nouveau la spécialisation : les examens de la formation vous sont ouverts.
exam-reason-renewal-module = Terminez d'abord le module de renouvellement « { $module } ».

## A page of the paper (exams/attempt.html)
exam-page-title = Page { $page } sur { $pages } : { $exam }
exam-page-heading = Page { $page } sur { $pages }
exam-page-questions = questions { $first } à { $last } sur { $total }
exam-question-of = Question { $number } sur { $total }
exam-choose-all = (plusieurs réponses possibles)
exam-flag = Marquer pour révision
exam-flag-which = { "\u00A0" }: question { $number }
exam-previous-page = Page précédente
exam-save-answers = Enregistrer les réponses
exam-next-page = Page suivante
exam-review-and-submit = Vérifier et envoyer
exam-notice-saved = Vos réponses sont enregistrées.

## The exam bar (exams/bar.html)
exam-bar-attempt = tentative { $number }
exam-time-left = Temps restant :
exam-answered-of = { $count } sur { $total } avec réponse
exam-flagged-count = { $count ->
    [one] { $count } marquée
   *[other] { $count } marquées
  }
exam-all-saved = Toutes les réponses sont enregistrées
exam-unsaved = { $count ->
    [one] { $count } pas encore enregistrée
   *[other] { $count } pas encore enregistrées
  }
exam-answered = { $count } avec réponse

## The question navigator (exams/navigator.html)
exam-nav-title = Questions
exam-nav-label-answered = Question { $number }, avec réponse
exam-nav-label-unanswered = Question { $number }, sans réponse
exam-nav-label-answered-flagged = Question { $number }, avec réponse, marquée pour révision
exam-nav-label-unanswered-flagged = Question { $number }, sans réponse, marquée pour révision
exam-legend-answered = avec réponse
exam-legend-unanswered = sans réponse
exam-legend-flagged = marquée
exam-nav-noscript = Enregistrez cette page avant de suivre un numéro vers une autre page : les boutons sous les questions l'enregistrent.

## What the page's script writes (static/js/exam.js)
exam-js-minutes-left = { $minutes ->
    [one] Plus que { $minutes } minute.
   *[other] Plus que { $minutes } minutes.
  }
exam-js-time-up = Le temps est écoulé : vos réponses enregistrées sont en cours d'envoi.
exam-js-saving = Enregistrement…
exam-js-saved = Enregistrée
exam-js-not-saved-time-up = Non enregistrée : le temps est écoulé.
exam-js-retrying = Pas encore enregistrée : nouvel essai en cours…
exam-js-flag-time-up = Le marquage n'a pas changé : le temps est écoulé.
exam-js-flagged = Marquée pour révision
exam-js-unflagged = Marquage retiré
exam-js-flag-failed = Le marquage n'a pas été enregistré : vérifiez votre connexion et réessayez.
exam-js-saving-before-leaving = Enregistrement avant de changer de page…
exam-js-unsaved-warning = Certaines réponses ne sont pas encore enregistrées : vérifiez votre connexion, puis réessayez.

## The review before submission (exams/review.html)
exam-review-title = Vérification : { $exam }
exam-review-heading = Vérifiez avant d'envoyer
# (HTML)
exam-review-summary = Vous avez répondu à <strong>{ $answered } questions sur { $total }</strong> : <a href="#unanswered-title">{ $unanswered } sans réponse</a>, <a href="#flagged-title">{ $flagged ->
    [one] { $flagged } marquée
   *[other] { $flagged } marquées
  } pour révision</a>.
exam-unanswered-heading = Sans réponse ({ $count })
exam-unanswered-hint = Une question sans réponse ne rapporte aucun point. Choisissez un numéro pour y revenir.
exam-question-number = Question { $number }
exam-all-answered = Toutes les questions ont une réponse.
exam-flagged-heading = Marquées pour révision ({ $count })
exam-none-flagged = Aucune question n'est marquée. Utilisez « Marquer pour révision » sous une question pour la retrouver ici.
exam-submit-final = Une fois envoyées, vos réponses sont notées et ne peuvent plus changer.
exam-back-to-questions = Retour aux questions
exam-submit = Envoyer pour notation
exam-notice-time-up = Le temps est écoulé : les réponses ne peuvent plus changer. Envoyez maintenant pour que vos réponses enregistrées soient notées.

## The result (exams/result.html)
exam-result-title = Résultat : { $exam }
exam-result = Résultat
exam-attempt-number = Tentative { $number }
exam-result-passed = Vous avez réussi
exam-result-failed = Pas réussi cette fois-ci
exam-pass-mark = (seuil de réussite : { $percent })
exam-by-topic = Par thème
exam-topic = Thème
exam-topic-correct = Réponses justes
exam-topic-score = { $correct } sur { $total }
# (HTML)
exam-renewed = <strong>Votre certification est renouvelée.</strong> Elle garde son identifiant et sa page de vérification ; le nouveau certificat vous parvient par e-mail.
exam-see-new-dates = Voir les nouvelles dates
exam-well-done = Bravo !
exam-back-to-training = Retour à ma formation
exam-try-again = Revoyez les modules des thèmes où vous avez eu le moins de bonnes réponses, puis réessayez une fois le délai entre deux tentatives écoulé.
exam-see-attempts = Voir vos tentatives
exam-review = Corrigé
exam-review-right = juste
exam-review-wrong = faux
exam-review-correct-option = (bonne réponse)
exam-review-your-choice = (votre choix)
