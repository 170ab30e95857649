# ESS Academy — les noms des colonnes des fichiers CSV que téléchargent les administrateurs (les
# rapports, les statistiques des examens). Les clés JSON ne changent pas.

## Communes
csv-dimension = Regroupement
csv-key = Groupe
csv-label = Libellé du groupe
csv-title = Titre
csv-country = Pays
csv-partner = Code partenaire
csv-name = Nom
csv-email = E-mail
csv-attempts = Tentatives
csv-passed = Reçus

## Entonnoir
csv-registered = Inscrits
csv-verified = Vérifiés
csv-started = Ont commencé
csv-training-complete = Formation terminée
csv-exam1-passed = Examen 1 réussi
csv-exam2-passed = Examen 2 réussi
csv-credential = Certification

## Modules
csv-position = Position
csv-module = Module
csv-estimated-minutes = Minutes estimées
csv-learners = Apprenants
csv-median-seconds = Médiane (secondes)
csv-p90-seconds = 90e centile (secondes)
csv-median-ratio = Médiane / estimation

## Examens
csv-exam = Examen
csv-takers = Candidats
csv-pass-rate = Taux de réussite (fraction)
csv-attempts-per-pass = Tentatives par réussite

## Certifications qui expirent
csv-public-id = Identifiant de la certification
csv-holder-name = Titulaire
csv-partner-name = Nom du partenaire
csv-expires-at = Expiration

## Partenaires
csv-members = Membres
csv-specialists = Spécialistes
csv-min-specialists = Minimum de spécialistes
csv-accredited = Accrédité
csv-lapses-at = Fin de l'accréditation
csv-lapsing-soon = Expire bientôt

## Renouvellements
csv-due = Échéances
csv-renewed-early = Renouvelées à temps
csv-renewed-in-grace = Renouvelées en période de grâce
csv-open = Ouvertes
csv-in-grace = En période de grâce
csv-lapsed = Expirées
csv-renewal-rate-percent = Taux de renouvellement (%)

## Statistiques d'un examen (par version de question)
csv-question = Question
csv-version = Version
csv-topic = Thème
csv-facility = Indice de facilité
csv-discrimination = Indice de discrimination
csv-option-counts = Réponses par option
csv-correct-options = Options correctes
csv-flags = Alertes
