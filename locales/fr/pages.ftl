# ESS Academy — pages du compte et du catalogue, en français (traduites de l'anglais).
# Une clé qui contient du balisage est marquée « (HTML) » et affichée sans échappement ; ses arguments sont échappés
# par la page avant d'y être insérés.

## Error page
error-eyebrow = Erreur { $status }
error-home = Aller à la page d'accueil
error-reference = Référence : { $reference }

## After registering
registered-title = Consultez votre messagerie
registered-eyebrow = Vous y êtes presque
# (HTML)
registered-sent = Nous avons envoyé un lien de vérification à <strong>{ $email }</strong>. Ouvrez-le pour confirmer votre adresse, puis connectez-vous et commencez votre formation.
registered-nothing = Rien reçu après quelques minutes ? Vérifiez votre dossier de courrier indésirable, ou connectez-vous et demandez un nouveau lien.

## E-mail verification
verify-done-title = Adresse e-mail vérifiée
verify-bad-title = Lien non valide
verify-done-eyebrow = C'est fait
verify-bad-heading = Ce lien ne fonctionne pas
verify-go-training = Accéder à ma formation

## New password
reset-title = Choisissez un nouveau mot de passe
reset-password = Nouveau mot de passe
reset-password-hint = De 10 à 128 caractères. Vous serez déconnecté de toutes vos autres sessions.
reset-submit = Enregistrer le nouveau mot de passe
reset-expired = Lien expiré ?
reset-ask-again = Demandez-en un nouveau

## First start
setup-title = Configurer ESS Academy
setup-eyebrow = Premier démarrage
setup-heading = Créez l'administrateur du programme
setup-intro = Ce lien à usage unique crée le premier administrateur du programme. Les administrateurs du programme rédigent les cours, produisent les rapports et gèrent les certifications.
setup-organisation = Organisation
setup-password-hint = De 10 à 128 caractères.
setup-submit = Créer le compte administrateur

## The catalogue
catalog-title = Cours
catalog-lead = Étudiez à votre rythme, dans votre navigateur. Votre progression est enregistrée au fur et à mesure.
catalog-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
catalog-study = { $duration } d'étude
catalog-two-exams = deux examens
catalog-credential = certification : { $name }
catalog-syllabus = Voir le programme
catalog-empty = Aucun cours pour le moment
catalog-empty-text = L'équipe du programme n'a pas encore publié de cours. Revenez bientôt.

## A course
course-breadcrumb = Fil d'Ariane
course-about = À propos de ce cours
course-exams = Les examens
course-exam-line = { $questions } questions en { $minutes } minutes, { $percent } % pour réussir
course-credential = Certification :
course-languages = Disponible en : { $languages }
course-start-first = Commencer le premier module
course-log-in-to-start = Connectez-vous pour commencer
course-syllabus = Programme
course-objectives = Ce que vous saurez faire
