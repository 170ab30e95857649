# ESS Academy — les partenaires : la page de l'entreprise du responsable partenaire, l'Incitation Takeback, la
# vérification publique d'un partenaire et le sélecteur de contenu qu'ouvre la plateforme d'apprentissage d'un
# partenaire (LTI), en français (traduits de l'anglais).
# Une clé qui contient du balisage est marquée « (HTML) » et affichée sans échappement ; ses arguments sont
# échappés par la page avant d'y être insérés.

## My company (partner/index.html)
partner-code = code partenaire
partner-notice-invited = Invitation envoyée. Le lien qu'elle contient est valable 14 jours.
partner-notice-removed = Retiré de votre entreprise. La personne garde son compte et sa certification.
# (HTML)
partner-accredited = <strong>Accréditée</strong> depuis le { $since }, avec { $count ->
    [one] { $count } spécialiste
   *[other] { $count } spécialistes
  } (au moins { $min } requis). L'accréditation expire le <strong>{ $lapses }</strong>, sauf si quelqu'un renouvelle sa certification ou si une autre personne est certifiée d'ici là.
partner-renewers = Si ces personnes renouvellent avant l'expiration, votre entreprise reste accréditée sans interruption :
partner-renewer-open = expire le { $expires }, renouvellement ouvert
partner-renewer-not-yet = expire le { $expires }, renouvellement ouvert à partir du { $opens }
partner-certificate = Certificat partenaire (PDF)
partner-logo = Logo de la spécialisation (SVG)
partner-verify-page = Page de vérification publique
# (HTML)
partner-takeback-eligible = Les partenaires accrédités peuvent bénéficier de l'<a href="/takeback">Incitation Takeback</a> dans les pays participants.
# (HTML)
partner-not-accredited = <strong>Pas encore accréditée.</strong> Il vous faut au moins { $min } personnes titulaires d'une certification valide ; vous en avez { $count }. Invitez vos équipes commerciales et techniques ci-dessous.
partner-people = Vos collaborateurs ({ $count })
partner-download-all = Télécharger tous les certificats et badges (zip)
partner-col-name = Nom
partner-col-training = Formation
partner-col-active = Temps actif
partner-col-exams = Examens
partner-col-credential = Certification
partner-col-actions = Actions
partner-modules-done = { $done } modules sur { $total }
partner-training-complete = terminée
partner-exam-passed = réussi
# $score is written by the page ("85 %").
partner-exam-passed-score = réussi avec { $score }
partner-exam-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
  }
partner-exam-attempts-best = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
  }, meilleur score { $score }
partner-exam-not-taken = pas passé
partner-status-valid = valide
partner-status-expired = expirée
partner-status-revoked = révoquée
partner-until = jusqu'au { $date }
partner-certificate-link = Certificat
partner-badge-link = Badge
partner-remove = Retirer
partner-nobody = Personne pour l'instant : invitez vos collaborateurs ci-dessous.
partner-people-hint = Vous voyez la progression et les résultats, jamais les réponses. Retirer quelqu'un de votre entreprise ne supprime ni son compte ni sa certification.
partner-invite = Inviter quelqu'un
partner-invite-text = La personne reçoit un e-mail avec un lien d'inscription ; en s'inscrivant avec ce lien, elle rejoint { $partner }.
partner-invite-send = Envoyer l'invitation
partner-invitations = Invitations récentes
partner-invitation-joined = inscrit
partner-invitation-sent = envoyée le { $date }
partner-invite-already-member = { $email } fait déjà partie de vos collaborateurs.
partner-invite-has-account = { $email } a déjà un compte. Un administrateur du programme peut le rattacher à { $partner }.
partner-no-partner = Votre compte n'est encore rattaché à aucun partenaire. Adressez-vous à un administrateur du programme.

## Where a person's renewal stands, on the partner's page
partner-renewal-revoked = Révoquée : pas de renouvellement
partner-renewal-open = Renouvellement ouvert : à renouveler avant le { $date } ({ $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
  })
partner-renewal-grace = Expirée : { $days ->
    [one] { $days } jour de grâce restant
   *[other] { $days } jours de grâce restants
  } pour la renouveler
partner-renewal-closed = Périmée : à obtenir de nouveau
partner-renewal-renewed = Renouvelée ; prochain renouvellement à partir du { $date }
partner-renewal-not-yet = Renouvellement à partir du { $date }

## The Takeback Incentive (partner/takeback.html)
takeback-title = Incitation Takeback
takeback-eyebrow = Pour les partenaires accrédités
# $rate is written by the page ("7 %").
takeback-lead = Les partenaires titulaires de la Spécialisation Durabilité environnementale peuvent bénéficier d'une remise supplémentaire allant jusqu'à { $rate } sur les produits neufs enregistrés dans des affaires Takeback portant sur des projets de renouvellement ou de migration, dans les pays participants ; et les anciens équipements de leurs clients sont repris gratuitement.
takeback-accredited = Votre entreprise est accréditée : elle est éligible dans les pays participants.
takeback-not-accredited = Votre entreprise n'est pas encore accréditée. Elle deviendra éligible dès que suffisamment de ses collaborateurs seront certifiés.
takeback-how = Comment ça marche
# (HTML)
takeback-eligibility = <strong>Éligibilité :</strong> votre entreprise détient la spécialisation (au moins le nombre requis de spécialistes certifiés), et l'affaire se situe dans un pays participant.
# (HTML)
takeback-discount = <strong>La remise :</strong> jusqu'à { $rate } de plus sur les produits neufs enregistrés dans une affaire Takeback, sur des projets de renouvellement ou de migration.
# (HTML)
takeback-free = <strong>Reprise gratuite :</strong> le constructeur collecte sans frais les équipements en fin d'usage du client, réutilise ce qui peut l'être et recycle le reste de manière responsable.
# (HTML)
takeback-register = <strong>Enregistrez l'affaire</strong> comme affaire Takeback via l'enregistrement des affaires du constructeur ; c'est là que la remise réelle est fixée.
takeback-countries = Pays participants
takeback-no-countries = Aucun pays n'est encore listé.
takeback-terms = La liste et le taux proviennent des paramètres du programme. Vérifiez les conditions en vigueur du constructeur avant de faire une offre à un client.
takeback-estimate-title = Estimer une affaire
takeback-country = Pays de l'affaire
takeback-value = Valeur des produits neufs
takeback-value-hint = Valeur nette dans la devise de l'affaire, par exemple 250000.
takeback-estimate = Estimer
takeback-estimated = Remise supplémentaire estimée, jusqu'à { $rate }.
takeback-not-eligible = Non éligible
takeback-not-eligible-text = Ce pays ne participe pas à l'Incitation Takeback. La reprise gratuite peut néanmoins être possible : renseignez-vous auprès du constructeur.
# (HTML)
takeback-not-a-quote = <strong>Une estimation, pas un devis :</strong> la remise va « jusqu'à » ce taux et n'est confirmée que par l'enregistrement de l'affaire.
takeback-value-number = Indiquez la valeur de l'affaire sous forme de nombre, par exemple 250000.
takeback-value-positive = Indiquez la valeur de l'affaire sous forme de nombre positif.

## The public verification of a partner (partner/verify.html)
partner-verify-title = { $name } : vérification du partenaire
partner-verification = Vérification du partenaire
# (HTML)
partner-verify-accredited = <strong>Accrédité.</strong> Ce partenaire détient la Spécialisation Durabilité environnementale.
# (HTML)
partner-verify-not-accredited = <strong>Non accrédité</strong> actuellement.
partner-partner = Partenaire
partner-accredited-since = Accrédité depuis le
partner-current-until = Valable jusqu'au
partner-current-until-value = { $date } (prolongé à mesure que d'autres personnes sont certifiées)
partner-specialists = Spécialistes certifiés
partner-code-label = Code partenaire

## Content for a partner's learning platform (lti/deep_linking.html, lti/deep_linking_response.html)
lti-choose-title = Choisissez du contenu pour votre cours
lti-choose-lead-many = Votre plateforme d'apprentissage demande quel contenu d'ESS Academy ajouter. Cochez les cours, modules et examens à lier, puis ajoutez-les : vous revenez à votre plateforme avec les liens.
lti-choose-lead-one = Votre plateforme d'apprentissage demande quel contenu d'ESS Academy ajouter. Choisissez un cours, un module ou un examen à lier, puis ajoutez-le : vous revenez à votre plateforme avec le lien.
lti-whole-course = { $course } (le cours entier)
lti-nothing-published = Rien n'est encore publié. Revenez quand un cours sera en ligne.
lti-add = Ajouter à mon cours
lti-choose-one-at-least = Choisissez au moins un cours, un module ou un examen.
lti-choose-only-one = Votre plateforme d'apprentissage n'accepte qu'un élément ici : n'en choisissez qu'un.
lti-choice-gone = « { $item } » ne figure plus dans le catalogue. Rechargez la page et choisissez de nouveau.
lti-back-title = Retour à votre plateforme d'apprentissage
lti-chosen = { $count ->
    [one] { $count } élément choisi. Si votre plateforme ne s'ouvre pas d'elle-même, envoyez le choix avec le bouton.
   *[other] { $count } éléments choisis. Si votre plateforme ne s'ouvre pas d'elle-même, envoyez le choix avec le bouton.
  }
lti-return = Retourner à votre plateforme d'apprentissage
