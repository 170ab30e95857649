# ESS Academy — le compte : sa page, les rôles, l'effacement d'un compte par son titulaire et les messages des
# champs des formulaires du compte, en français (traduits de l'anglais).
# Une clé qui contient du balisage est marquée « (HTML) » et affichée sans échappement ; ses arguments sont
# échappés par la page avant d'y être insérés.

## The account page (account/index.html)
account-notice-saved = Vos informations sont enregistrées.
account-notice-password-changed = Votre mot de passe est modifié. Vos autres appareils ont été déconnectés.
account-notice-correction-requested = Votre demande de correction de nom est enregistrée. Un administrateur du programme va l'examiner ; nous vous enverrons sa réponse par e-mail.
account-details = Vos informations
account-name-on-certificate = Nom sur votre certificat
account-email = E-mail
account-verified = vérifiée
account-not-verified = non vérifiée
account-role = Rôle
account-member-since = Membre depuis le
account-save-details = Enregistrer
account-change-password = Changer de mot de passe
account-change-password-text = Changer votre mot de passe vous déconnecte de tous vos autres appareils.
account-current-password = Mot de passe actuel
account-correction-title = Corriger le nom sur votre certificat
# (HTML) $name is escaped by the page before it is placed here.
account-correction-text = Votre nom figure sur votre certificat, votre badge et votre signature d'e-mail exactement tel qu'il est ici : <strong>{ $name }</strong>. S'il est incorrect (une faute de frappe, un accent manquant, un changement de nom officiel), demandez une correction. Un administrateur du programme la vérifie ; une fois approuvée, votre certification garde son identifiant et indique qu'elle a été redélivrée.
account-correction-waiting = Votre demande attend la réponse d'un administrateur du programme. Vous pourrez en faire une nouvelle une fois qu'elle aura reçu une réponse.
account-correction-name = Votre nom tel qu'il doit être imprimé
account-correction-name-hint = 120 caractères au maximum, dans toute écriture que les polices de notre certificat savent imprimer (latin, grec, cyrillique, hébreu, chinois, japonais, coréen…).
account-correction-reason = Pourquoi il faut le corriger
account-correction-submit = Demander la correction
account-correction-requests = Vos demandes
account-correction-from-to = « { $from } » → « { $to } »
account-correction-pending = en attente
account-correction-approved = approuvée
account-correction-rejected = refusée
account-data = Vos données
account-data-text = Téléchargez tout ce qu'ESS Academy conserve à votre sujet (votre compte, votre progression, vos réponses, vos résultats, vos certifications et les e-mails que nous vous avons envoyés) dans un seul fichier JSON.
account-data-download = Télécharger mes données
account-erase-text = Vous pouvez aussi effacer votre compte. Votre mot de passe vous sera demandé et l'on vous expliquera d'abord précisément ce qui se passe.
account-erase-link = Effacer mon compte…

## Roles
role-learner = Apprenant
role-partner-manager = Responsable partenaire
role-programme-admin = Administrateur du programme
role-only-learner = Cette page est réservée aux apprenants.
role-only-partner-manager = Cette page est réservée aux responsables partenaires.
role-only-programme-admin = Cette page est réservée aux administrateurs du programme.

## Erasing one's account (privacy/erase.html, privacy/erased.html)
erase-title = Effacer votre compte
erase-intro = Cette action est irréversible. Lorsque vous effacez votre compte, immédiatement :
erase-signed-out = vous êtes déconnecté de tous vos appareils, et plus personne ne peut se connecter au compte ;
erase-name-email = votre nom et votre adresse e-mail ({ $email }) sont retirés du compte ;
erase-answers = vos réponses aux questions d'examen et aux vérifications des acquis sont supprimées, ainsi que le texte des e-mails que nous vous avons envoyés ;
erase-credentials = vos certifications sont révoquées : leurs pages de vérification indiquent « révoquée » et n'affichent plus votre nom.
erase-what-stays = Ce qui reste, sans votre nom : qu'un compte a étudié, passé des examens et avec quels scores, pour que les totaux du programme restent justes ; et la trace que le compte a été effacé, quand et à la demande de qui.
# (HTML) $url is escaped by the page before it is placed here.
erase-copy-first = Vous voulez d'abord une copie ? <a href="/api/v1/me/export" download>Téléchargez vos données (JSON)</a>.
erase-password = Votre mot de passe, pour confirmer que c'est bien vous
erase-submit = Effacer mon compte
erase-keep = Garder mon compte
erased-title = Votre compte est effacé
erased-done = C'est fait. Vous êtes déconnecté, et votre nom et votre adresse e-mail ne figurent plus dans ESS Academy.
erased-credentials = { $count ->
    [one] { $count } certification a été révoquée ; sa page de vérification l'indique désormais, sans votre nom.
   *[other] { $count } certifications ont été révoquées ; leurs pages de vérification l'indiquent désormais, sans votre nom.
  }
# (HTML)
erased-welcome-back = Si vous souhaitez de nouveau étudier avec nous, vous pouvez <a href="/register">créer un nouveau compte</a>.

## Messages of form fields
field-email-empty = Saisissez votre adresse e-mail.
field-email-too-long = Une adresse e-mail ne peut pas dépasser { $max } caractères.
field-email-not-latin = Utilisez une adresse e-mail en lettres latines sans accents, chiffres et symboles ; les adresses avec accents ou dans d'autres écritures ne sont pas encore prises en charge.
field-email-invalid = Saisissez une adresse e-mail valide, par exemple nom@entreprise.com.
field-name-empty = Saisissez votre nom complet.
field-name-too-long = Votre nom complet ne peut pas dépasser { $max } caractères (celui-ci en compte { $count }).
field-name-invisible = Votre nom complet contient un caractère de contrôle ou invisible ; veuillez le saisir à nouveau.
field-name-glyph = Votre nom complet contient « { $char } », que votre certificat ne peut pas imprimer. Veuillez écrire votre nom sans ce caractère.
field-company-empty = Saisissez le nom de votre entreprise.
field-company-too-long = Le nom de votre entreprise ne peut pas dépasser { $max } caractères (celui-ci en compte { $count }).
field-company-invisible = Le nom de votre entreprise contient un caractère de contrôle ou invisible ; veuillez le saisir à nouveau.
field-partner-name-empty = Saisissez le nom de l'entreprise.
field-partner-name-too-long = Le nom de l'entreprise ne peut pas dépasser { $max } caractères (celui-ci en compte { $count }).
field-partner-name-invisible = Le nom de l'entreprise contient un caractère de contrôle ou invisible ; veuillez le saisir à nouveau.
field-country-empty = Choisissez votre pays.
field-country-unknown = « { $code } » n'est pas un code de pays connu ; choisissez votre pays dans la liste.
field-password-too-short = Votre mot de passe doit comporter au moins { $min } caractères.
field-password-too-long = Votre mot de passe ne peut pas dépasser { $max } caractères.
field-password-control = Votre mot de passe contient un caractère de contrôle ; veuillez le saisir à nouveau.
field-current-password-wrong = Votre mot de passe actuel est incorrect.
field-correction-reason = Indiquez le motif de la correction en 1 à { $max } caractères.
field-correction-note = Indiquez le motif du refus en 1 à { $max } caractères.
field-correction-same-name = C'est déjà le nom de votre compte et de votre certificat.
field-correction-pending = Vous avez déjà demandé une correction de nom ; un administrateur du programme y répondra bientôt.
field-correction-approved = Cette demande est déjà approuvée.
field-correction-rejected = Cette demande est déjà refusée.
field-erase-password-empty = Saisissez votre mot de passe pour confirmer que c'est bien vous.
field-erase-password-wrong = Ce n'est pas votre mot de passe. Rien n'a été effacé ; réessayez.
field-erase-only-admin = Vous êtes le seul administrateur du programme. Nommez d'abord quelqu'un d'autre administrateur du programme, puis effacez votre compte.
field-erase-reason = Indiquez comment la demande vous est parvenue, en 1 à { $max } caractères.
field-erase-self-here = Vous ne pouvez pas effacer votre propre compte ici. Utilisez « Effacer mon compte » sur la page de votre compte.
field-erase-already = Ce compte est déjà effacé.
