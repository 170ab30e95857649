# ESS Academy — l'interface en français (traduite de l'anglais).
# Les clés sont regroupées par page ; une clé qui contient du balisage est marquée « (HTML) » et affichée sans échappement.

## The layout (base.html)
site-name = ESS Academy
site-tagline = Spécialisation Durabilité environnementale
skip-to-content = Aller au contenu
nav-main = Principal
nav-courses = Cours
nav-admin = Admin
nav-my-company = Mon entreprise
nav-my-training = Ma formation
nav-account = Compte
nav-log-out = Déconnexion
nav-log-in = Connexion
nav-register = S'inscrire
search-label = Rechercher dans les cours
search-button = Rechercher
language-label = Langue
language-change = Changer
footer-text = ESS Academy : formation et certification de la Spécialisation Durabilité environnementale pour les partenaires de distribution.
footer-takeback = L'Incitation Takeback

## Forms (macros.html)
form-error-prefix = Erreur :
form-check-fields = Certains champs demandent votre attention. Veuillez vérifier les messages ci-dessous.
country-label = Pays
country-choose = Choisissez votre pays
form-show-password = Afficher
form-hide-password = Masquer
form-copied = Copié
form-bad-credentials = Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les et réessayez, ou réinitialisez votre mot de passe.
form-too-many-requests = Trop de tentatives. Veuillez patienter { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
  } avant de réessayer.

## Home page
home-title = Obtenez la Spécialisation Durabilité environnementale
home-eyebrow = Pour les partenaires de distribution du constructeur
home-heading = Devenez spécialiste en durabilité environnementale
home-lead = Découvrez le fonctionnement de l'informatique circulaire : reprise des équipements (takeback), Refresh, réseaux économes en énergie et dialogue avec le client. Moins de 15 heures de formation et deux examens vous permettent d'obtenir une certification vérifiable par vos clients et aident votre entreprise à être accréditée.
home-continue = Continuer ma formation
home-start = Commencer la formation
home-syllabus = Voir le programme
home-why = Pourquoi c'est important pour votre entreprise
home-accreditation = Accréditation
home-accreditation-text = Un partenaire dont les collaborateurs sont certifiés est accrédité pour la spécialisation et peut le montrer à ses clients grâce au logo de la spécialisation et à une page de vérification publique.
home-takeback = L'Incitation Takeback
# (HTML)
home-takeback-text = Les partenaires accrédités peuvent bénéficier de remises supplémentaires allant jusqu'à 7 % sur les produits neufs enregistrés dans des affaires Takeback portant sur des projets de renouvellement ou de migration, dans les pays participants, avec la reprise gratuite des anciens équipements. <a href="/takeback">Estimer une affaire</a>.
home-conversations = De nouveaux interlocuteurs
home-conversations-text = Les équipes développement durable et les achats sont de nouveaux centres de décision. Répondez en toute confiance aux questions de leurs appels d'offres et aidez vos clients à se défaire de leurs anciens équipements de manière responsable.
home-how = Comment l'obtenir
# (HTML)
home-step-register = <strong>Inscrivez-vous</strong> avec votre nom tel qu'il doit figurer sur votre certificat.
# (HTML)
home-step-study = <strong>Étudiez les modules</strong> dans votre navigateur, à votre rythme : moins de 15 heures au total.
# (HTML)
home-step-exams = <strong>Réussissez deux examens</strong>, chacun aléatoire et chronométré.
# (HTML)
home-step-kit = <strong>Téléchargez votre kit de certification</strong> : certificat, badge, signature d'e-mail et textes pour votre marketing.

## Log in
login-title = Connexion
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-new-here = Première visite ?
login-create-account = Créer un compte

## Register
register-title = Inscription
register-heading = Créez votre compte
# (HTML) $partner is escaped by the page before it is placed here.
register-invited = <strong>{ $partner }</strong> vous invite : votre compte rejoint son équipe, et votre responsable voit votre progression (jamais vos réponses).
register-intro = Inscrivez-vous avec votre adresse e-mail professionnelle pour commencer la formation.
register-name = Nom complet
register-name-hint = Tel qu'il doit figurer sur votre certificat, dans votre propre écriture. 120 caractères au maximum.
register-email = Adresse e-mail professionnelle
register-company = Entreprise
register-password = Mot de passe
register-password-hint = De 10 à 128 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste.
register-submit = Créer le compte
register-already = Vous avez déjà un compte ?

## Forgotten password
forgot-title = Réinitialiser votre mot de passe
# (HTML) $email is escaped by the page before it is placed here.
forgot-sent = Si un compte utilise <strong>{ $email }</strong>, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable 1 heure, une seule fois.
forgot-back = Retour à la connexion
forgot-intro = Saisissez l'adresse e-mail de votre compte et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien

## Durations (of study, of an exam)
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min

## Dates and numbers: a date as the language writes it in full, and a percentage
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
percent = { $value } %

## Problems (API problem documents and error pages): `detail`, field messages and the page's heading.
problem-not-found = Nous n’avons pas trouvé cette page ou cette ressource.
problem-unauthorized = Connectez-vous pour continuer.
problem-bad-credentials = Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les et réessayez, ou réinitialisez votre mot de passe.
problem-validation = Certains champs demandent votre attention.
problem-payload-too-large = Le corps de la requête dépasse la limite de { $kib } Kio.
problem-method-not-allowed = Cette adresse ne répond pas à { $method } : elle répond à { $allow }.
problem-too-many-requests = Trop de tentatives. Patientez { $seconds } secondes, puis réessayez.
problem-unexpected = Un problème est survenu de notre côté. Réessayez dans un instant.
problem-json-content-type = Envoyez le corps en JSON avec Content-Type: application/json.
problem-json-invalid = Le corps n’est pas du JSON valide : { $reason }
problem-upload-unreadable = Le fichier envoyé n’a pas pu être lu : { $reason }.
problem-heartbeat-csrf = Un signal d’activité envoyé avec le cookie de session doit porter le jeton CSRF.
problem-form-expired = Ce formulaire a expiré. Revenez en arrière, rechargez la page et envoyez-le à nouveau.
problem-form-expired-or-blocked = Ce formulaire a expiré ou votre navigateur a bloqué notre cookie. Revenez en arrière, rechargez la page et envoyez-le à nouveau.
problem-csrf-header = Cette requête utilise le cookie de session et doit porter l’en-tête X-CSRF-Token (ou utiliser Authorization: Bearer).
problem-partner-not-accredited = Votre entreprise n’est pas encore accréditée : le certificat viendra lorsque suffisamment de vos collaborateurs seront certifiés.
problem-title-not-found = Introuvable
problem-title-unauthorized = Non connecté
problem-title-bad-credentials = Échec de la connexion
problem-title-forbidden = Non autorisé
problem-title-validation = Saisie non valide
problem-title-conflict = Conflit
problem-title-bad-request = Requête incorrecte
problem-title-payload-too-large = Requête trop volumineuse
problem-title-unsupported-media-type = Type de contenu non pris en charge
problem-title-method-not-allowed = Méthode non autorisée
problem-title-too-many-requests = Trop de tentatives
problem-title-internal = Erreur inattendue
field-unreadable = Cette valeur n’a pas pu être lue : { $reason }
field-no-nul = Le texte ne peut pas contenir le caractère NUL (U+0000).
field-queue-state = Utilisez queued, sent ou failing.
field-expiry-after-issue = L’expiration doit suivre la date de délivrance.
field-expiry-within = Indiquez une expiration dans les { $years } ans à venir.
field-lang-offered = Choisissez l’une des langues proposées.
field-one-of-languages = Choisissez parmi : { $codes }.
field-search-empty = Recherchez un mot ou un nombre.
field-check-choose = Choisissez d’abord une réponse.
field-check-choose-one = Choisissez une seule réponse.
field-exam-choose-one = Choisissez une seule option pour cette question.
field-role = Choisissez learner, partner_manager ou programme_admin.
field-invitation-invalid = Ce lien d’invitation n’est pas valide. Demandez-en un nouveau à votre responsable.
