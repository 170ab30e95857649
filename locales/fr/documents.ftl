# ESS Academy — les mots imprimés sur les fichiers de la certification (certificat PDF, badge,
# image de signature d'e-mail), en français. Texte sans balises ; les dates arrivent déjà écrites
# en français. Les lignes rétrécissent pour tenir, mais le plus court est le mieux.

## Le certificat (PDF)
doc-cert-header = ESS Academy · Spécialisation Durabilité environnementale
doc-cert-title = Certificat
doc-cert-certifies = Nous certifions que
doc-cert-earned = a obtenu la certification
doc-cert-dates = Délivré le { $issued } · Valable jusqu'au { $expires }
doc-cert-renewed = Renouvelé le { $date }
doc-cert-team = L'équipe du programme ESS Academy
doc-cert-id = Identifiant de la certification : { $id }
doc-cert-verify = Vérification : { $url }
# En travers d'un certificat expiré ou révoqué ; $status est en majuscules.
doc-cert-status = { $status } — consultez la page de vérification
# La propriété « sujet » du PDF.
doc-cert-subject = Certificat { $title } de { $name }, certification { $id }

## Le certificat d'accréditation d'un partenaire
doc-cert-partner-accredited = est accrédité pour la
doc-cert-partner-dates = Accrédité depuis le { $issued } · En vigueur jusqu'au { $expires }
doc-cert-partner-code = Code partenaire : { $code }
doc-partner-title = Spécialisation Durabilité environnementale
doc-partner-programme = Partenaire accrédité · { $count ->
    [one] { $count } spécialiste
   *[other] { $count } spécialistes
  }

## L'état d'une certification (en majuscules sur les fichiers)
doc-status-expired = Expirée
doc-status-revoked = Révoquée

## Le badge (un disque : le domaine en petites capitales au-dessus du rôle)
doc-badge-field = Durabilité environnementale
doc-badge-role = Spécialiste

## L'image de signature d'e-mail (sa dernière ligne)
doc-signature-verified = Vérifié par ESS Academy · { $year }
doc-signature-status = { $status } · consultez la page de vérification
