# ESS Academy — les pages de l'apprenant : « Ma formation », le relevé de formation imprimable et la recherche
# dans les cours, en français (traduites de l'anglais).
# Une clé qui contient du balisage est marquée « (HTML) » et affichée sans échappement ; ses arguments sont
# échappés par la page avant d'y être insérés.

## My training (training/index.html)
training-welcome = Bienvenue, { $name }.
training-notice-verification-sent = Nous vous avons envoyé un nouvel e-mail de vérification. Le lien qu'il contient est valable 7 jours.
# (HTML)
training-verify-email = <strong>Veuillez vérifier votre adresse e-mail.</strong> Nous avons envoyé un lien à { $email }. Une adresse vérifiée est nécessaire pour passer les examens.
training-send-link-again = Renvoyer le lien
training-your-credential = Votre certification
training-credential-dates = délivrée le { $issued } · valable jusqu'au { $expires }
# (HTML)
training-renewal-open = <strong>Prochaine étape : renouvelez votre certification</strong> avant le { $expires } ({ $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
  }).
# (HTML)
training-renewal-grace = <strong>Votre certification a expiré.</strong> Il vous reste { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } de grâce pour la renouveler.
# (HTML)
training-renewal-closed = <strong>La période de renouvellement est terminée.</strong> Obtenez de nouveau la spécialisation : <a href="/exams">les deux examens vous sont ouverts</a>.
training-renewal-not-yet = Prochaine étape : le renouvellement ouvre le { $opens }, dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  }.
training-renewal-how = Comment fonctionne le renouvellement
training-renew-now = Renouveler maintenant
training-your-badge = Votre badge
training-open-kit = Ouvrir votre kit de certification
training-certificate-pdf = Certificat (PDF)
# (HTML)
training-kit-hint = Votre kit contient votre certificat, votre badge, votre signature d'e-mail, des textes prêts à l'emploi pour vos clients et vos réponses aux appels d'offres, ainsi que des liens LinkedIn. Tout le monde peut vérifier votre certification sur <a href="/verify/{ $id }">votre page de vérification</a>.
training-complete-tag = Formation terminée
training-progress-label = Progression de la formation
# (HTML)
training-progress = <strong>{ $done } sur { $required }</strong> modules terminés · { $active } min d'étude active (estimation : { $estimated } min)
# (HTML)
training-complete = <strong>Votre formation est terminée.</strong> Place aux deux examens : chacun est aléatoire et chronométré.
# (HTML)
training-complete-exempt = <strong>Votre formation est terminée (avec dispense).</strong> Place aux deux examens : chacun est aléatoire et chronométré.
training-resume = Reprendre « { $module } »
training-resume-percent = vous en étiez à { $percent }
# (HTML)
training-next-module = Prochain module à terminer : <a href="/courses/{ $course }/{ $slug }">{ $module }</a>. Une fois tous les modules terminés, l'examen 1 se débloque.
training-start-with = Commencer par « { $module } »
training-modules = Modules
training-module-minutes = { $active } sur { $required } min
training-optional = facultatif
training-exams = Examens
training-exam-passed = Réussi
training-exam-in-progress = En cours
training-exam-ready = Prêt à commencer
training-exam-locked = Verrouillé
training-transcript-link = Relevé de formation imprimable
training-none-published = Aucune formation n'est encore publiée

## The state of a module (here, on the transcript and on an admin's page of a person)
module-state-complete = Terminé
module-state-exempt = Dispensé
module-state-in-progress = En cours
module-state-not-started = Pas commencé

## The transcript (training/transcript.html)
training-transcript-title = Relevé de formation de { $name }
training-transcript = Relevé de formation
training-transcript-meta = imprimé le { $date } · temps d'étude active mesuré par ESS Academy
training-print = Imprimer
training-transcript-active = Étude active : { $active } (estimation : { $estimated })
training-transcript-completed = formation terminée le { $date }
training-col-module = Module
training-col-state = État
training-col-active = Étude active
training-col-completed = Terminé le

## Search of the courses (learning/search.html)
search-title = Recherche : { $query }
search-lead = Trouvez un mot ou une expression dans les modules publiés.
search-words = Mots à rechercher
search-nothing = Aucun résultat pour « { $query } »
search-found = { $count ->
    [one] { $count } section trouvée
   *[other] { $count } sections trouvées
  }
search-try = Essayez avec moins de mots, ou une autre forme du mot.
search-too-long = Recherchez { $count } caractères au maximum.
search-no-words = Recherchez un mot ou un nombre.
