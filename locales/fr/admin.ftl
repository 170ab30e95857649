# ESS Academy — pages des administrateurs du programme, en français (traduites de l'anglais).

## Translations of a course
tr-admin = Admin
tr-title = Traductions
tr-lead = Chaque langue a les fichiers du cours sous translations/<lang>/. Une traduction est à jour tant que sa source est la version à partir de laquelle elle a été faite ; là où elle est périmée ou manquante, les apprenants voient le texte anglais.
tr-none = Ce cours ne déclare aucune traduction. Ajoutez [translations] languages = ["es"] à son course.toml.
tr-complete = complète
tr-incomplete = incomplète
tr-counts = { $current } à jour, { $stale } à mettre à jour, { $missing } à traduire
tr-todo = À faire
tr-file = Fichier
tr-state = État
tr-actions = Actions
tr-translate = Traduire
tr-modules = Modules
tr-state-current = à jour
tr-state-stale = périmée
tr-state-missing = manquante
tr-files-hint = Les questions, le kit et les textes du cours se traduisent dans leurs fichiers : importez-les, ou modifiez les modules ici.
tr-editor-box = Traductions de ce module

## The translation editor
tred-title = Traduction : { $language }
tred-source = faite à partir de la révision publiée r{ $revision }
tred-edit-source = Modifier la source
tred-stale = La source a changé depuis que cette traduction a été faite : mettez-la à jour, puis enregistrez. D'ici là, les apprenants voient le texte anglais.
tred-saved = Enregistrée. Les apprenants qui lisent dans cette langue voient désormais cette traduction.
tred-source-heading = Source (anglais)
tred-source-markdown = Markdown de la source
tred-field-title = Titre
tred-field-objectives = Objectifs pédagogiques
tred-objectives-hint = Un par ligne, dans l'ordre de la source : { $count ->
    [one] un objectif
   *[other] { $count } objectifs
  }.
tred-field-summary = Résumé en une ligne pour le programme
tred-field-markdown = Contenu (markdown)
tred-markdown-hint = Gardez la structure de la source : les mêmes vérifications des acquis avec leurs identifiants, les options dans le même ordre avec les mêmes bonnes réponses, les mêmes images.
tred-save = Enregistrer la traduction
tred-preview = Aperçu

## Dates and words shared by the admin pages
admin-date-time = { $date } à { $time } UTC
admin-yes = Oui
admin-no = Non
admin-none = Aucune.
admin-cancel = Annuler
admin-retry-now = Réessayer maintenant
admin-col-action = Action
admin-col-queued = En file depuis
admin-col-tries = Essais
admin-form-expired = Ce formulaire a expiré. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
admin-certificate-pdf = certificat PDF

## The admin home and a course (admin/index.html, admin/course.html)
admin-title = Administration du programme
admin-lead = Rédigez les modules en markdown, prévisualisez-les exactement comme les apprenants les verront, publiez-les et conservez toutes les révisions.
admin-link-people = Personnes : progression et dispenses
admin-name-corrections = Corrections de nom
admin-outbox = File d'envoi des e-mails
admin-xapi = Déclarations xAPI
admin-partners = Partenaires
admin-reports = Rapports
admin-lti = Plateformes d'apprentissage (LTI)
admin-course-meta = { $count ->
    [one] { $count } module publié
   *[other] { $count } modules publiés
  } · { $total } d'étude (le plafond est de 15 h)
admin-manage-modules = Gérer les modules
admin-view-as-learner = Voir comme un apprenant
# (HTML)
admin-no-courses = Placez un dossier de cours sous <code>courses/</code> et redémarrez, ou lancez <code>ess-academy import</code>.
admin-course-title = { $course } · modules
admin-course-lead = { $count ->
    [one] { $count } module publié
   *[other] { $count } modules publiés
  }, { $total } d'étude. Le plafond est de 15 h.
admin-col-minutes = Minutes
admin-retired = retiré
admin-published-revision = publié r{ $number }
admin-draft-revision = brouillon r{ $number }
admin-move-up = Monter { $module }
admin-move-down = Descendre { $module }
admin-bring-back = Rétablir
admin-retire = Retirer
admin-retired-hint = Les modules retirés disparaissent pour les apprenants ; leur progression sur ces modules est conservée.
admin-exam-line = { $questions } questions · { $minutes } min · { $percent }
admin-item-statistics = Statistiques par question
# (HTML)
admin-exams-hint = Les banques de questions se rédigent dans <code>courses/…/exams/</code> ; <code>ess-academy check</code> les valide et le prochain démarrage les importe.
admin-add-module = Ajouter un module
admin-slug = Slug (l'adresse du module)
# (HTML)
admin-slug-hint = Des mots en minuscules reliés par des tirets, comme <code>takeback-basics</code>.
admin-write-module = Rédiger le nouveau module
admin-upload-image = Téléverser une image
# (HTML)
admin-upload-text = PNG ou JPEG, jusqu'à 2 Mio. Utilisez-la dans un module ainsi : <code>![Ce qu'elle montre](../assets/name.png)</code>.
admin-image-file = Fichier image
admin-upload = Téléverser
admin-course-images = Images de ce cours
admin-notice-uploaded = L'image est téléversée.
admin-notice-moved = L'ordre est enregistré.
admin-notice-retired = Le module est retiré : les apprenants ne le voient plus. Leur progression est conservée.
admin-notice-restored = Le module est de retour dans le cours.
admin-notice-published = Publié : les apprenants voient désormais la nouvelle version.
admin-notice-saved = Brouillon enregistré. Les apprenants voient toujours la version publiée.
admin-notice-unchanged = Rien n'a changé depuis la dernière révision.
admin-upload-not-image = Seules les images PNG, JPEG et SVG peuvent être téléversées ; ce fichier n'en fait pas partie.
# $reason is what the SVG checker found, in English.
admin-upload-bad-svg = Ce SVG ne peut pas être utilisé : { $reason }.

## The module editor (admin/editor.html) and its preview script (static/js/editor.js)
admin-new-module = Nouveau module
admin-edit-title = Modifier { $title }
admin-edit-module = Modifier le module
admin-editing-revision = Modification de la révision { $number }
admin-published-as = publié : r{ $number }
admin-not-published = pas encore publié
admin-is-draft = ceci est un brouillon
admin-field-minutes = Temps d'étude estimé (minutes)
admin-field-minutes-hint = De 5 à 180. L'ensemble des modules reste sous les 15 heures.
admin-field-minutes-number = Saisissez les minutes sous forme de nombre entier, par exemple 45.
admin-objectives-hint = Un par ligne, chacun commençant par un verbe (« Expliquer… », « Citer… »).
# (HTML)
admin-markdown-hint = Commencez par un titre <code>## </code>. Les tableaux, les notes de bas de page, les listes de tâches et les encadrés <code>&gt; [!NOTE]</code>, <code>[!TIP]</code> et <code>[!WARNING]</code> fonctionnent. Liez les modules sous la forme <code>04-slug.md</code> et les images sous la forme <code>../assets/name.png</code>, avec un texte alternatif.
admin-field-note = Ce qui a changé (pour l'historique)
admin-save-draft = Enregistrer le brouillon
admin-publish = Publier
admin-notice-preview = Ceci est un aperçu : rien n'est encore enregistré.
admin-preview-typing = saisie…
admin-preview-updating = mise à jour…
admin-preview-done = à jour
admin-preview-failed = aperçu indisponible ; utilisez le bouton Aperçu

## Revisions (admin/history.html, admin/revision.html)
admin-history-title = Historique de { $module }
admin-revision-history = Historique des révisions
admin-col-revision = Révision
admin-col-when = Date
admin-col-who = Auteur
admin-col-summary = Résumé
admin-course-files = fichiers du cours
admin-published = publiée
admin-draft = brouillon
admin-view-compare = Voir et comparer
admin-revision-title = Révision { $number } de { $module }
admin-revision-heading = Révision { $number } : { $title }
admin-restore = Restaurer comme nouvelle révision brouillon
admin-changes-since = Modifications de cette révision à la plus récente (r{ $number })
admin-no-differences = Aucune différence.
admin-as-learners-saw-it = Telle que les apprenants l'ont vue
admin-notice-revision-restored = Restaurée comme nouvelle révision brouillon. Ouvrez l'éditeur pour la publier.

## Item statistics of an exam (admin/statistics.html)
admin-statistics-title = Statistiques : { $exam }
admin-statistics = Statistiques
admin-statistics-heading = { $exam } : statistiques par question
admin-graded-attempts = { $count ->
    [one] { $count } tentative notée
   *[other] { $count } tentatives notées
  }
# $score is written by the page ("72 %").
admin-mean-score = score moyen { $score }
admin-alpha = α de Cronbach ≈ { $alpha } (estimé pour des questionnaires aléatoires)
admin-download-csv = Télécharger le CSV
admin-col-question = Question
admin-col-facility = Facilité
admin-col-discrimination = Discrimination
admin-col-choices = Choix par option
admin-col-flags = Alertes
admin-no-graded-attempts = Aucune tentative notée pour l'instant.
admin-statistics-hint = La facilité est la part de réponses justes (alerte au-dessus de 0,95 et en dessous de 0,2) ; la discrimination est la corrélation de la question avec le reste du questionnaire (alerte en dessous de 0,1). Les choix par option suivent l'ordre du fichier ; * marque une option juste.
admin-flag-too-easy = trop facile
admin-flag-too-hard = trop difficile ou corrigé erroné
admin-flag-no-discrimination = ne discrimine pas

## Knowledge checks of a course (learning/checks.html)
admin-checks = Vérifications des acquis
admin-course = Cours
admin-checks-lead = Combien d'apprenants ont réussi chaque vérification du premier coup : les parts les plus basses montrent où le module, ou la vérification, mérite d'être revu. Les vérifications ne sont jamais notées.
admin-as-json = En JSON
admin-no-checks = Les modules publiés n'ont pas encore de vérifications des acquis.
admin-col-check = Vérification
admin-col-answered = Réponses
admin-col-first-try = Justes du premier coup

## People (admin/users.html, admin/user.html)
admin-people = Personnes
admin-find-person = Trouver une personne par e-mail ou par nom
admin-nobody-matches = Personne ne correspond à « { $query } ».
admin-user-progress = { $done } modules obligatoires terminés sur { $required } · { $active } min d'activité sur { $estimated } estimées
admin-training-complete = formation terminée
admin-col-active = Actif
admin-col-needed = Requis
admin-exempt-title = Accorder une dispense
admin-exempt-text = Reconnaissance des acquis : le module, ou toute la formation, est considéré comme terminé. Le motif est conservé avec votre nom et la date.
admin-whole-training = Toute la formation
admin-exempt-reason-hint = Par exemple : titulaire du précédent certificat développement durable du constructeur (2024).
admin-exempt-submit = Enregistrer la dispense
admin-accommodation-title = Aménagement d'examen
admin-accommodation-text = Du temps supplémentaire (en pourcentage du temps imparti) et/ou des tentatives supplémentaires, avec le motif.
admin-accommodation-exam = { $exam } ({ $used } tentatives utilisées, { $left } restantes)
admin-extra-time = Temps supplémentaire (%)
admin-extra-attempts = Tentatives supplémentaires
admin-accommodation-submit = Enregistrer l'aménagement
admin-exemptions = Dispenses
admin-exemption-when-by = { $date }, par { $name }
admin-membership-title = Rôle et partenaire
admin-membership-text = Une personne appartient à une seule entreprise partenaire au plus ; chaque changement est consigné. Un responsable partenaire gère le partenaire auquel il appartient.
admin-no-partner = Aucun (entreprise saisie à l'inscription : { $company })
admin-membership-submit = Enregistrer le rôle et le partenaire
admin-erase-link = Effacer ce compte…
admin-erase-link-hint = (à la demande de la personne, reçue par un autre moyen)
admin-notice-exempted = La dispense est enregistrée.
admin-notice-accommodated = L'aménagement est enregistré.
admin-notice-membership-saved = Rôle et partenaire enregistrés. Le changement est consigné.
admin-field-whole-numbers = Saisissez des nombres entiers.
admin-field-exemption-reason = Indiquez le motif de la dispense en 1 à { $max } caractères.
admin-field-extra-time = Indiquez de 0 à { $max } % de temps supplémentaire.
admin-field-extra-attempts = Indiquez de 0 à { $max } tentatives supplémentaires.
admin-field-accommodation-empty = Accordez du temps supplémentaire, une tentative supplémentaire, ou les deux.
admin-field-accommodation-reason = Indiquez le motif en 1 à { $max } caractères.
admin-field-no-such-partner = Ce partenaire n'existe pas.
admin-field-manager-needs-partner = Un responsable partenaire a besoin du partenaire qu'il gère (partner_id).

## Erasing an account at a person's request (privacy/admin_erase.html)
admin-erase-title = Effacer un compte
admin-erase-crumb = Effacer
admin-erase-heading = Effacer le compte de { $name }
admin-erase-done = Le compte est effacé. L'effacement est consigné avec votre nom, la date et le motif : « { $reason } ».
admin-erase-revoked = { $count ->
    [one] { $count } certification a été révoquée.
   *[other] { $count } certifications ont été révoquées.
  }
admin-back-to-people = Retour aux personnes
admin-erase-intro = Utilisez cette fonction lorsque la personne a demandé l'effacement par un autre moyen (un courrier, un e-mail) et que vous avez vérifié qu'il s'agit bien d'elle. C'est irréversible. Immédiatement :
admin-erase-signed-out = le compte ({ $email }) est déconnecté partout et ne pourra plus jamais se connecter ;
admin-erase-name-email = son nom et son adresse e-mail sont remplacés ;
admin-erase-answers = ses réponses aux examens et aux vérifications des acquis, ainsi que le texte des e-mails qui lui ont été envoyés, sont supprimés ;
admin-erase-credentials = ses certifications sont révoquées, et leurs pages de vérification n'affichent plus le nom.
admin-erase-reports = Les rapports gardent leurs totaux : la progression et les scores des tentatives restent, sans le nom.
admin-erase-reason = Comment la demande vous est parvenue
admin-erase-reason-hint = Par exemple : un courrier de l'apprenant daté du 1er décembre 2026.
admin-erase-submit = Effacer ce compte

## Name corrections (admin/name_corrections.html)
admin-corrections-lead = Des personnes demandent que le nom figurant sur leur certificat soit corrigé. L'approbation modifie le compte et redélivre chaque certification de la personne sous le même identifiant, avec la correction dans son historique.
admin-correction-asked = demandée le { $date }
admin-correction-record = la fiche de la personne
admin-correction-reason = Motif :
admin-correction-note = Note à la personne (obligatoire pour refuser)
admin-approve = Approuver
admin-reject = Refuser
admin-nothing-to-decide = Rien à décider
admin-no-corrections = Aucune correction de nom en attente.
admin-notice-correction-approved = Approuvée : le compte et ses certifications portent désormais le nom corrigé.
admin-notice-correction-rejected = Refusée : la personne en a reçu le motif par e-mail.

## The mail outbox (admin/outbox.html)
admin-outbox-lead = Chaque e-mail est mis en file ici dans la même transaction que ce qui l'a déclenché, puis envoyé par un processus d'arrière-plan qui réessaie avec des délais croissants. { $waiting } en attente, { $failed } abandonnés.
admin-show-all = Tout afficher
admin-show-unsent = N'afficher que les non-envoyés
admin-col-to = Destinataire
admin-col-subject = Objet
admin-col-status = Statut
admin-col-last-error = Dernière erreur
admin-status-sent = envoyé
admin-status-failed = échoué
admin-status-retrying = nouvel essai
admin-status-sending = en cours d'envoi
admin-status-queued = en file
admin-next-attempt = prochain essai { $date }
admin-no-mails = Aucun e-mail pour l'instant.
admin-notice-mail-retrying = Le message est de nouveau en file et part dans quelques secondes.
admin-notice-mail-not-retried = Ce message a déjà été envoyé, ou un processus d'envoi s'en occupe en ce moment.

## xAPI statements (admin/xapi.html)
# (HTML) $lrs is escaped by the page before it is placed here.
admin-xapi-lead = Chaque événement d'apprentissage est mis en file ici dans la même transaction que l'événement, puis envoyé par lots à <code class="break-anywhere">{ $lrs }</code> avec de nouveaux essais.
# (HTML)
admin-xapi-off = Aucun entrepôt d'enregistrements d'apprentissage n'est configuré (<code>ESS_XAPI_URL</code>) : aucune déclaration n'est mise en file.
admin-show-label = Afficher :
admin-filter-all = toutes
admin-state-queued = en file
admin-state-failing = en échec
admin-state-sent = envoyée
admin-statements = Déclarations
admin-col-verb = Verbe
admin-col-lrs-answer = Réponse du LRS
admin-no-statements = Aucune déclaration.
admin-no-statements-in-state = Aucune déclaration dans cet état.
admin-notice-statement-retrying = La déclaration est de nouveau à envoyer et part dans quelques secondes.

## Partners (admin/partners.html)
# (HTML)
admin-partners-lead = Les entreprises partenaires détiennent la spécialisation tant qu'un nombre suffisant de leurs collaborateurs ont une certification valide. Pour nommer le responsable d'un partenaire, ouvrez la page de la personne sous <a href="/admin/users">Personnes</a>.
admin-col-code = Code
admin-col-specialists = Spécialistes
admin-col-specialization = Spécialisation
admin-accredited = accrédité
admin-not-yet = pas encore
admin-no-partners = Aucun partenaire pour l'instant.
admin-add-partner = Ajouter un partenaire
admin-company-name = Nom de l'entreprise
admin-partner-code-optional = Code partenaire (facultatif)
admin-partner-code-hint = Lettres majuscules, chiffres et tirets, comme ACME-DE. Créé à partir du nom et du pays s'il est vide.
admin-add-partner-submit = Ajouter le partenaire
admin-notice-partner-created = Partenaire créé. Pour nommer son responsable, ouvrez la page de la personne sous Personnes.
admin-field-partner-code = Utilisez de 3 à { $max } lettres majuscules, chiffres et tirets simples, comme ACME-DE.
admin-field-partner-code-taken = Le code { $code } est déjà pris ; choisissez-en un autre.

## Reports (admin/reports.html)
admin-reports-title = Rapports du programme
admin-reports-of = Rapports du programme : { $course }
admin-reports-lead = Les personnes sont sélectionnées par date d'inscription (UTC, bornes incluses), pays et partenaire. Chaque tableau existe aussi en fichier CSV.
admin-reports-filter = Filtrer les rapports
admin-reports-errors = Certains filtres demandent votre attention ; rien n'est affiché tant qu'ils ne sont pas corrects.
admin-reports-from = Inscrits à partir du
admin-reports-to = Inscrits jusqu'au
admin-all-countries = Tous les pays
admin-show = Afficher
admin-clear = Effacer
admin-funnel = Entonnoir
admin-funnel-caption = Personnes à chaque étape
admin-stage-registered = Inscrits
admin-stage-verified = Vérifiés
admin-stage-started = Ont commencé
admin-stage-training-complete = Formation terminée
admin-stage-exam-1 = Examen 1 réussi
admin-stage-exam-2 = Examen 2 réussi
admin-stage-credential = Certification
admin-by-month = Par mois d'inscription
admin-by-country = Par pays
admin-by-partner = Par partenaire
admin-col-month = Mois
admin-nobody-registered = Personne ne s'est inscrit avec ces filtres.
admin-more-rows = { $count ->
    [one] { $count } ligne de plus figure dans le CSV.
   *[other] { $count } lignes de plus figurent dans le CSV.
  }
admin-chart-funnel-legend = Personnes ayant atteint chaque étape (part des inscrits)
admin-chart-months = Inscriptions par mois
admin-chart-months-legend = Barre : personnes inscrites ce mois-là ; repère et second chiffre : parmi elles, les certifiées
admin-chart-modules = Temps actif par module
admin-chart-modules-legend = Barre : minutes médianes ; trait : 90e centile ; repère orange : l'estimation
admin-chart-module-minutes = { $median } / { $p90 } / { $estimate } min
admin-chart-exams = Taux de réussite aux examens
admin-chart-exams-legend = Barre : part des candidats qui ont réussi ; second chiffre : tentatives par réussite
admin-chart-partners = Accréditation des partenaires
admin-chart-partners-legend = Partenaires dans chaque état
admin-chart-accredited = Accrédités
admin-chart-lapsing = Expirent sous { $days } jours
admin-chart-not-accredited = Non accrédités
admin-col-learners = Apprenants
admin-col-median = Médiane (min)
admin-col-p90 = 90e centile (min)
admin-col-estimate = Estimation (min)
admin-col-takers = Candidats
admin-col-passed = Réussites
admin-col-pass-rate = Taux de réussite
admin-col-attempts-per-pass = Tentatives par réussite
admin-expiring = Certifications expirant dans les { $days } prochains jours
admin-expiring-count = { $count } au total.
admin-expiring-count-limited = { $count } au total ; les { $limit } premières sont listées.
admin-none-expiring = Aucune certification n'expire dans les { $days } prochains jours.
admin-partners-accreditation = Partenaires : accréditation
admin-partners-summary = { $total } partenaires, { $accredited } accrédités (au moins { $min ->
    [one] { $min } spécialiste
   *[other] { $min } spécialistes
  }), { $lapsing } expirant sous { $days } jours.
admin-col-members = Membres
admin-col-accredited = Accrédité
admin-col-lapses = Expire le
admin-soon = bientôt
admin-no-partners-filtered = Aucun partenaire avec ces filtres.
admin-more-partners = { $count ->
    [one] { $count } partenaire de plus figure dans le CSV.
   *[other] { $count } partenaires de plus figurent dans le CSV.
  }
reports-field-date = Saisissez la date au format AAAA-MM-JJ.
reports-field-end-before-start = La date de fin est antérieure à la date de début.
reports-field-country = Choisissez un pays par son code à deux lettres, comme FR.
reports-field-partner = Aucun partenaire n'a le code { $code }.

## Learning platforms (admin/lti.html)
admin-lti-crumb = Plateformes d'apprentissage
admin-lti-heading = Plateformes d'apprentissage (LTI 1.3)
admin-lti-lead = La plateforme d'apprentissage d'un partenaire (Moodle, Canvas, Blackboard…) peut lancer la formation comme outil LTI 1.3. Son administrateur enregistre l'outil avec les URL ci-dessous et vous envoie les informations de la plateforme à enregistrer ici.
admin-lti-tool-urls = Pour l'administrateur de la plateforme
admin-lti-login-url = URL d'initiation de connexion OpenID Connect
admin-lti-launch-url = URL de redirection (lancement)
admin-lti-jwks-url = URL du jeu de clés publiques (JWKS)
admin-lti-target-url = URI cible par défaut
admin-lti-target-hint = (ou une page de module ou d'examen de ce site)
admin-lti-issuer = Émetteur
admin-lti-client-id = ID client
admin-lti-deployments = Déploiements
admin-lti-links-by-email = Liaison par e-mail
admin-lti-no-platforms = Aucune plateforme enregistrée pour l'instant.
admin-lti-scores = Remontée des notes
admin-lti-scores-text = Lorsqu'un apprenant ouvre un examen depuis une plateforme qui accorde la portée des notes (Assignment and Grade Services), le début et le résultat de chaque tentative sont envoyés au carnet de notes de cette plateforme. Les { $count } dernières notes :
admin-col-score = Note
admin-col-platform-answer = Réponse de la plateforme
admin-lti-no-scores = Aucune note pour l'instant.
admin-lti-register = Enregistrer une plateforme
admin-lti-issuer-hint = L'émetteur (iss) de la plateforme, par exemple https://lms.partner.example
admin-lti-client-id-hint = L'ID client que la plateforme a attribué à cet outil.
admin-lti-deployment-ids = ID de déploiement
admin-lti-one-a-line = Un par ligne.
admin-lti-auth-url = Point de terminaison d'autorisation
admin-lti-auth-url-hint = L'URL de demande d'authentification OpenID Connect de la plateforme.
admin-lti-jwks = URL du jeu de clés publiques
admin-lti-jwks-hint = L'adresse où la plateforme publie ses clés (JWKS).
admin-lti-token-url = URL du jeton d'accès
admin-lti-link-by-email = Relier un premier lancement à un compte d'apprenant existant ayant la même adresse e-mail vérifiée
admin-notice-platform-registered = Plateforme enregistrée. Ses apprenants peuvent désormais lancer la formation depuis celle-ci.
admin-notice-score-retrying = La note est de nouveau à envoyer et part dans quelques secondes.
lti-field-url-empty = Saisissez l'URL.
lti-field-url-too-long = Une URL ne peut pas dépasser { $max } caractères.
lti-field-url-invalid = Saisissez une URL complète, commençant par https://.
lti-field-url-https = Utilisez une URL https://.
lti-field-issuer-empty = Saisissez l'émetteur.
lti-field-issuer-too-long = L'émetteur doit tenir sur une ligne de { $max } caractères au maximum.
lti-field-client-id-empty = Saisissez l'ID client.
lti-field-client-id-too-long = L'ID client doit tenir sur une ligne de { $max } caractères au maximum.
lti-field-deployments-empty = Saisissez au moins un ID de déploiement.
lti-field-deployments-too-many = Saisissez au maximum { $max } ID de déploiement, d'une ligne chacun.
lti-field-platform-taken = Cet émetteur et cet ID client sont déjà enregistrés.
admin-col-by-language = Par langue
admin-language-facility-title = { $language } : { $count } réponses
admin-flag-translation = vérifiez la traduction { $lang }
tred-history = Historique de cette traduction
tred-col-text = Texte
tred-show-text = Afficher le texte
tred-in-use = en usage
tred-origin-restore = restaurée depuis une révision antérieure
tred-restore = Restaurer r{ $number }
tred-restored = La révision r{ $number } est de nouveau la traduction, avec la source dont elle a été faite.
tred-no-history = Rien d’enregistré pour l’instant : l’historique commence au premier enregistrement.
