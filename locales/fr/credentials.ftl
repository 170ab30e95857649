# ESS Academy — les certifications : la page du kit d'une certification, sa page publique de vérification et
# la page de renouvellement de son titulaire, en français (traduites de l'anglais).
# Une clé qui contient du balisage est marquée « (HTML) » et affichée sans échappement ; ses arguments sont
# échappés par la page avant d'y être insérés.

## The state of a credential
credential-status-valid = Valide
credential-status-expired = Expirée
credential-status-revoked = Révoquée

## The kit page (credentials/kit.html)
cred-kit-title = Kit de certification : { $title }
cred-kit = Kit de certification
cred-mine = Ma certification
cred-of = Certification de { $name }
cred-issued-on = délivrée le { $date }
cred-renewed-on = renouvelée le { $date }
cred-expired-on = expirée le { $date }
cred-valid-until = valable jusqu'au { $date }
cred-reissued = redélivrée avec un nom corrigé
cred-notice-revoked = La certification est révoquée. Sa page de vérification indique le motif.
cred-notice-reason-needed = Indiquez un motif pour révoquer la certification (1 à 500 caractères).
cred-notice-expiry-changed = La date d'expiration est modifiée, et l'historique en consigne le motif.
cred-notice-expiry-date-needed = Indiquez la nouvelle date d'expiration sous forme de date (AAAA-MM-JJ).
cred-notice-expiry-reason-needed = Indiquez un motif pour la modification (1 à 500 caractères) et une date postérieure à la délivrance, dans les 10 ans.
# (HTML)
cred-kit-revoked = <strong>Révoquée.</strong> { $reason } Les fichiers ci-dessous l'indiquent ; ne les utilisez pas.
# (HTML)
cred-kit-expired = <strong>Expirée le { $date }.</strong> Le badge et la signature d'e-mail l'indiquent désormais.
# (HTML)
cred-kit-grace-holder = Elle peut encore être renouvelée jusqu'au { $date } ({ $days ->
    [one] { $days } jour de grâce restant
   *[other] { $days } jours de grâce restants
  }) : <a href="/renewal">renouvelez-la maintenant</a> ; la même certification est alors de nouveau valable un an.
cred-kit-grace = Elle peut encore être renouvelée jusqu'au { $date } ({ $days ->
    [one] { $days } jour de grâce restant
   *[other] { $days } jours de grâce restants
  }) ; la même certification est alors de nouveau valable un an.
# (HTML)
cred-kit-earned-again = Elle a été obtenue de nouveau lors d'un nouveau cycle de certification : <a href="/credentials/{ $id }">la certification en cours</a>.
cred-kit-grace-ended = La période de grâce pour la renouveler a pris fin le { $date }.
# (HTML)
cred-earn-again = Obtenez de nouveau la spécialisation depuis le début : <a href="/exams">les deux examens vous sont ouverts</a>, et leur réussite délivre une nouvelle certification liée à celle-ci.
# (HTML)
cred-kit-renewal-open = <strong>Le renouvellement est ouvert.</strong> Renouvelez avant le { $date } : la nouvelle expiration tombe un an après cette date, vous ne perdez donc rien à renouveler tôt.
# (HTML)
cred-kit-renew-now = <a href="/renewal">Renouveler maintenant</a>.
# (HTML)
cred-kit-earlier = Cette certification a été obtenue de nouveau après l'expiration d'<a href="/credentials/{ $id }">une précédente</a>.
cred-badge-alt = Badge : { $title }, { $name }
cred-downloads = Téléchargements
cred-certificate-a4 = Certificat, A4 (PDF)
cred-certificate-letter = Format Letter (US)
cred-badge-png = Badge PNG, 600 × 600
cred-badge-svg = SVG
cred-ob3 = Certification Open Badges 3.0 (JWT signé)
# (HTML)
cred-badges-hint = Les badges PNG et SVG contiennent une assertion Open Badges 2.0, lisible par les sacs à badges et les portefeuilles. Le JWT est une certification Open Badges 3.0 signée pour les portefeuilles numériques (clés : <a href="/.well-known/jwks.json">JWKS</a>).
cred-verify-page-for-anyone = Page de vérification, ouverte à tous :
cred-signature = Signature d'e-mail
cred-signature-graphic = L'image de votre signature d'e-mail
cred-signature-paste = Collez ce HTML dans votre signature d'e-mail. L'image renvoie vers votre page de vérification et montre toujours l'état actuel de la certification.
# The alternative text of the signature graphic, in the HTML the holder pastes into their e-mail signature.
cred-signature-snippet-alt = { $name }, { $title } (vérifié par ESS Academy)
cred-copy-html = Copier le HTML
cred-download-png = Télécharger le PNG
cred-linkedin = LinkedIn
cred-linkedin-add = Ajouter à mon profil LinkedIn
cred-linkedin-share = Partager sur LinkedIn
cred-linkedin-hint = « Ajouter au profil » remplit la certification : { $title }, délivrée par ESS Academy, { $issued }, expirant le { $expires }, avec l'identifiant de votre certification et l'URL de vérification.
cred-group-email = E-mails aux clients
cred-group-email-hint = Modifiez-les avant l'envoi : ajoutez le nom du client et vos propres mots.
cred-group-rfp = Pour les réponses aux appels d'offres
cred-group-rfp-hint = À coller dans la partie développement durable d'une réponse.
cred-group-social = Publications sur les réseaux sociaux
cred-group-social-hint = Publiez-les vous-même, ou utilisez le lien de partage LinkedIn ci-dessus.
cred-group-signature = Texte de signature d'e-mail
cred-group-signature-hint = Pour les signatures en texte brut ; l'image ci-dessus est destinée aux signatures HTML.
cred-copy-text = Copier le texte
cred-logo = Le logo de la spécialisation
cred-logo-alt = Logo de la Spécialisation Durabilité environnementale
cred-logo-text = Utilisez le logo pour montrer que votre entreprise participe à la Spécialisation Durabilité environnementale. Votre badge vous est personnel : utilisez-le pour vous, pas pour votre entreprise.
cred-logo-download = Télécharger le logo (SVG)
cred-history = Historique
cred-history-issued = Délivrée
cred-history-name-corrected = Redélivrée avec un nom corrigé
cred-history-renewed = Renouvelée
cred-history-expiry-changed = Expiration modifiée par un administrateur du programme
cred-history-revoked = Révoquée
# (HTML)
cred-history-entry = <strong>{ $date }</strong> : { $event }
# (HTML)
cred-history-entry-detail = <strong>{ $date }</strong> : { $event } — { $detail }
cred-history-earned-again = Obtenue de nouveau lors d'un nouveau cycle de certification après l'expiration de { $id }.
cred-history-expiry-moved = Expiration reportée du { $from } au { $to }.
cred-history-expiry-moved-grace = Expiration reportée du { $from } au { $to } (renouvelée pendant la période de grâce, donc à partir de la date de renouvellement).
cred-history-name-from-to = Nom corrigé de « { $from } » en « { $to } »
# (HTML)
cred-name-wrong = Votre nom est incorrect ? <a href="/account#name-correction">Demandez une correction</a> : votre certification garde son identifiant.
cred-expiry-change = Modifier l'expiration
cred-expiry-text = Pour une prolongation accordée par le programme. L'historique consigne l'ancienne et la nouvelle date avec votre motif ; seuls les administrateurs du programme voient le motif.
cred-expiry-new = Nouvelle expiration (UTC)
cred-reason = Motif
cred-revoke-title = Révoquer cette certification
cred-revoke-text = La révocation est définitive et publique : la page de vérification indique le motif, et les images du badge et de la signature passent au gris.
cred-revoke-reason = Motif (affiché publiquement)
cred-revoke = Révoquer

## The public verification page (verify/credential.html)
cred-verification = Vérification de la certification
# (HTML)
cred-verify-valid = <strong>Valide.</strong> Cette certification a été délivrée par ESS Academy et est en vigueur.
# (HTML)
cred-verify-expired = <strong>Expirée</strong> le { $expires }. Elle était valable depuis le { $issued }.
# (HTML)
cred-verify-revoked = <strong>Révoquée.</strong> { $reason }
cred-holder = Titulaire
cred-credential = Certification
cred-issued = Délivrée
cred-renewed = Renouvelée
cred-expires = Expire
cred-earned-before = Obtenue auparavant
# (HTML)
cred-earned-before-value = <a href="/verify/{ $id }">la certification du cycle précédent</a>, qui a expiré
cred-earned-again = Obtenue de nouveau
# (HTML)
cred-earned-again-value = <a href="/verify/{ $id }">la certification en cours</a>, après l'expiration de celle-ci
cred-issuer = Émetteur
cred-issuer-value = ESS Academy, le programme de la Spécialisation Durabilité environnementale
cred-id = Identifiant de la certification
cred-reissued-label = Redélivrée
cred-reissued-value = { $date }, avec un nom corrigé
cred-machine-readable = Version lisible par machine :

## The holder's renewal (renewal/index.html)
renewal-title = Renouvelez votre certification
renewal-lead = Votre certification est valable un an. Renouvelez-la pendant la période qui précède son expiration et elle se poursuit sans interruption : même identifiant, même page de vérification, même entrée LinkedIn.
# (HTML)
renewal-none = Vous n'avez pas encore de certification à renouveler. Terminez la formation et réussissez les deux examens pour l'obtenir : <a href="/training">Ma formation</a>.
renewal-credential = Certification { $id }
renewal-heading-open = Le renouvellement est ouvert
renewal-heading-grace = Votre certification a expiré : renouvelez-la pendant la période de grâce
renewal-heading-closed = La période de renouvellement est terminée
renewal-heading-renewed = Renouvelée : valable jusqu'au { $date }
renewal-heading-not-yet = Le renouvellement ouvre le { $date }
# (HTML)
renewal-status-open = Votre certification est valable jusqu'au <strong>{ $expires }</strong> ({ $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
  }). Renouvelez-la d'ici là : la nouvelle expiration tombe un an après l'actuelle, vous ne perdez donc rien à renouveler tôt.
# (HTML)
renewal-status-grace = Elle a expiré le <strong>{ $expires }</strong>. Il vous reste <strong>{ $days ->
    [one] { $days } jour de grâce
   *[other] { $days } jours de grâce
  }</strong> (jusqu'au { $grace-ends }) : si vous la renouvelez maintenant, elle redevient valable un an à compter du jour du renouvellement.
# (HTML)
renewal-status-closed = La période de grâce a pris fin le { $grace-ends }. Obtenez de nouveau la spécialisation depuis le début : <a href="/exams">les deux examens vous sont ouverts</a>, et leur réussite délivre une nouvelle certification liée à celle-ci.
# (HTML)
renewal-status-not-yet = Votre certification est valable jusqu'au <strong>{ $expires }</strong>. Le renouvellement ouvre le <strong>{ $opens }</strong>, et nous vous écrirons à ce moment-là. Renouvelez-la avant son expiration pour la garder sans interruption ; si vous manquez cette date, vous pouvez encore la renouveler jusqu'au { $grace-ends } (la période de grâce).
renewal-study = { $count ->
    [one] Étudiez le module de renouvellement
   *[other] Étudiez les modules de renouvellement
  }
renewal-modules-done = { $done } sur { $count } terminés
renewal-pass-exam = Réussissez l'examen de renouvellement
renewal-go-to-exam = Accéder à « { $exam } »
renewal-continue-exam = Reprendre « { $exam } »
renewal-exam = « { $exam } »
renewal-exam-reason = « { $exam } » : { $reason }
renewal-kit = Votre kit de certification
