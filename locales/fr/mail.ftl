# ESS Academy — les e-mails, en français (traduits de l'anglais ; on vouvoie le lecteur).
# Chaque message sert à la fois à la partie texte et à la partie HTML d'un e-mail : pas de balises.
# Les dates ($expires, $opens…) et les pourcentages ($score, $pass) arrivent déjà écrits en français.

## Tous les e-mails
mail-tagline = Spécialisation Durabilité environnementale
mail-footer = Vous recevez cet e-mail en raison de votre compte sur { $url }.
mail-hello = Bonjour { $name },
mail-hello-all = Bonjour,
mail-paste-link = Ou copiez ce lien dans votre navigateur :
mail-see-credential = Voir votre certification vérifiée
mail-anyone-verify = Tout le monde peut vérifier votre certification ici :
mail-verification-page = Votre page de vérification :
mail-renew-button = Renouveler votre certification
mail-renew-here = Renouvelez-la ici :

## Vérifier votre adresse e-mail (après l'inscription)
mail-verify-subject = Vérifiez votre adresse e-mail pour ESS Academy
mail-verify-welcome = Bienvenue sur ESS Academy. Veuillez confirmer votre adresse e-mail :
mail-verify-button = Vérifier mon adresse e-mail
mail-verify-valid = Le lien est valable { $days } jours. Connectez-vous ensuite et commencez la formation de la Spécialisation Durabilité environnementale.
mail-verify-ignore = Si vous n'êtes pas à l'origine de cette inscription, vous pouvez ignorer cet e-mail.

## Réinitialisation du mot de passe
mail-reset-subject = Réinitialisez votre mot de passe ESS Academy
mail-reset-asked = Quelqu'un (vous, nous l'espérons) a demandé à réinitialiser le mot de passe de votre compte ESS Academy.
mail-reset-button = Choisir un nouveau mot de passe
mail-reset-here = Choisissez un nouveau mot de passe ici :
mail-reset-once = Le lien fonctionne une seule fois, pendant { $minutes } minutes. Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.

## Résultat d'un examen
mail-result-subject-passed = Examen réussi : { $exam }
mail-result-subject-failed = Votre résultat : { $exam }
mail-result-timed-out = Le temps de votre tentative était écoulé : elle a été envoyée avec les réponses que vous aviez enregistrées.
mail-result-passed = Vous avez réussi { $exam } avec { $score } ({ $correct } bonnes réponses sur { $total } ; le seuil de réussite est de { $pass }).
mail-result-failed = Vous avez obtenu { $score } à { $exam } ({ $correct } bonnes réponses sur { $total }) ; le seuil de réussite est de { $pass }.
mail-result-review-passed = Thèmes à revoir avant de poursuivre :
mail-result-review-failed = Thèmes à revoir avant votre prochaine tentative :
mail-result-button = Voir votre résultat par thème
mail-result-by-topic = Votre résultat, par thème :
mail-result-retry = Vous pourrez réessayer depuis la page de l'examen une fois votre délai d'attente écoulé :

## Certification obtenue
mail-issued-subject = Vous êtes { $title }
mail-issued-congratulations = Félicitations, { $name } !
mail-issued-lead = Vous avez terminé la formation et réussi les deux examens : vous êtes désormais { $title }.
mail-issued-attached = Votre certificat est joint à cet e-mail (PDF). Il est valable jusqu'au { $expires }.
mail-issued-kit = Votre kit de certification (badge, signature d'e-mail, textes pour vos clients et vos appels d'offres, liens LinkedIn) :

## Certification renouvelée
mail-renewed-subject = Votre certification { $title } est renouvelée jusqu'au { $expires }
mail-renewed-well-done = Bravo, { $name } !
mail-renewed-in-grace = Vous avez réussi l'examen de renouvellement : votre certification { $title } est renouvelée. Elle est désormais valable jusqu'au { $expires } (un an à compter d'aujourd'hui, puisqu'elle avait expiré le { $previous }).
mail-renewed-early = Vous avez réussi l'examen de renouvellement : votre certification { $title } est renouvelée. Elle est désormais valable jusqu'au { $expires } (un an après son ancienne date d'expiration, le { $previous } : renouveler en avance ne vous a rien fait perdre).
mail-renewed-same = Il s'agit de la même certification : même identifiant, même page de vérification et même entrée LinkedIn. Votre nouveau certificat est joint (PDF) ; votre badge et votre signature d'e-mail affichent les nouvelles dates.
mail-renewed-kit = Votre kit de certification contient le certificat, le badge et la signature renouvelés :

## Renouvellement ouvert (la période de renouvellement commence)
mail-open-subject = Le renouvellement est ouvert : conservez votre certification { $title }
mail-open-lead = Vous pouvez désormais renouveler votre certification { $title }. Elle expire le { $expires }.
mail-open-how = Pour la renouveler, étudiez le module de renouvellement (moins d'une heure) et réussissez l'examen de renouvellement. Si vous renouvelez avant le { $expires }, votre nouvelle date d'expiration tombe un an après l'actuelle : renouveler en avance ne fait rien perdre, et la spécialisation de votre entreprise se poursuit sans interruption.
mail-open-missed = Si vous laissez passer la date, vous pouvez encore renouveler jusqu'au { $grace-ends } (la période de grâce), mais votre certification apparaît entre-temps comme expirée.

## Certification bientôt expirée (90, 60 et 30 jours avant)
mail-expiring-subject = Votre certification { $title } expire dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  }
mail-expiring-lead = Votre certification { $title } expire le { $expires }, dans { $days } jours au plus.
mail-expiring-after = Après cette date, votre page de vérification, votre badge et votre signature d'e-mail l'afficheront comme expirée, et elle ne comptera plus pour la spécialisation de votre entreprise.
mail-expiring-open = Le renouvellement est ouvert : étudiez le module de renouvellement et réussissez l'examen de renouvellement avant le { $expires } ; votre nouvelle date d'expiration tombera un an après l'actuelle.
mail-expiring-opens = Le renouvellement ouvre le { $opens } : étudiez alors le module de renouvellement et réussissez l'examen de renouvellement avant le { $expires }.
mail-expiring-how = Voir comment fonctionne le renouvellement

## Certification expirée, en période de grâce
mail-grace-subject = Votre certification { $title } a expiré : { $days ->
    [one] il vous reste { $days } jour
   *[other] il vous reste { $days } jours
  } de grâce pour la renouveler
mail-grace-expired = Votre certification { $title } a expiré le { $expired }. Votre page de vérification, votre badge et votre signature d'e-mail l'affichent désormais comme expirée, et elle ne compte plus pour la spécialisation de votre entreprise.
mail-grace-still = Vous pouvez encore la renouveler : { $days ->
    [one] il vous reste { $days } jour
   *[other] il vous reste { $days } jours
  } de grâce, jusqu'au { $grace-ends }. Étudiez le module de renouvellement et réussissez l'examen de renouvellement ; votre certification sera alors de nouveau valable un an à compter du jour du renouvellement, avec le même identifiant et la même page de vérification.
mail-grace-after = Après le { $grace-ends }, vous devriez obtenir de nouveau la spécialisation depuis le début.

## Correction du nom traitée
mail-name-subject-approved = Votre nom a été corrigé
mail-name-subject-rejected = La correction de votre nom n'a pas été approuvée
mail-name-approved = Votre nom a été corrigé en « { $requested } ». Votre certificat, votre badge et votre signature d'e-mail l'affichent désormais ; votre certification conserve son identifiant et sa page de vérification.
mail-name-rejected = Votre demande de changement de nom en « { $requested } » n'a pas été approuvée.
mail-name-note = Note du programme : { $note }
mail-name-button = Ouvrir votre page de formation

## Invitation d'un responsable partenaire
mail-invite-subject = { $manager } vous invite à la Spécialisation Durabilité environnementale
mail-invite-lead = { $manager }, de { $partner }, vous invite sur ESS Academy pour devenir spécialiste en durabilité environnementale : moins de 15 heures de modules en ligne, puis deux examens.
mail-invite-button = Créer mon compte
mail-invite-create = Créez votre compte avec ce lien :
mail-invite-until = Le lien est valable jusqu'au { $expires }.

## L'accréditation du partenaire expirerait (aux responsables partenaires)
mail-lapsing-subject = { $partner } : la spécialisation expire dans { $days } jours si personne ne renouvelle
mail-lapsing-lead = { $partner } conserve la Spécialisation Durabilité environnementale tant qu'au moins { $min } de vos collaborateurs détiennent une certification valide. Vous en avez { $specialists } aujourd'hui, et le { $lapses } (dans { $days } jours au plus), une expiration vous fera passer sous ce minimum.
mail-lapsing-then = Le partenaire ne sera alors plus accrédité, ni éligible à l'Incitation Takeback.
mail-lapsing-renewers = Un renouvellement avant l'expiration vous garde accrédité sans interruption. Les certifications de ces personnes expirent d'ici là :
mail-lapsing-renewer-open = { $name } ({ $email }) : expire le { $expires }, renouvellement ouvert
mail-lapsing-renewer-opens = { $name } ({ $email }) : expire le { $expires }, renouvellement ouvert à partir du { $opens }
mail-lapsing-or = Vous pouvez aussi faire suivre la formation et passer les deux examens à une nouvelle personne avant cette date.
mail-lapsing-button = Voir qui arrive à expiration
mail-lapsing-see = Voir la situation de chacun :
