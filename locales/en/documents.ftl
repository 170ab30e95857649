# ESS Academy — the words printed on the credential files (certificate PDF, badge, e-mail
# signature graphic), in English (the source language). Plain text; dates arrive written the way
# the language writes them. Lines shrink to fit, but shorter is better.

## The certificate (PDF)
doc-cert-header = ESS Academy · Environmental Sustainability Specialization
doc-cert-title = Certificate
doc-cert-certifies = This certifies that
doc-cert-earned = has earned the credential
doc-cert-dates = Issued { $issued } · Valid until { $expires }
doc-cert-renewed = Renewed on { $date }
doc-cert-team = The ESS Academy programme team
doc-cert-id = Credential id: { $id }
doc-cert-verify = Verify: { $url }
# Across the page of an expired or revoked certificate; $status is upper case.
doc-cert-status = { $status } — see the verification page
# The PDF's "subject" property.
doc-cert-subject = { $title } certificate of { $name }, credential { $id }

## A partner's accreditation certificate
doc-cert-partner-accredited = is accredited for the
doc-cert-partner-dates = Accredited since { $issued } · Current until { $expires }
doc-cert-partner-code = Partner code: { $code }
doc-partner-title = Environmental Sustainability Specialization
doc-partner-programme = Accredited partner · { $count ->
    [one] { $count } specialist
   *[other] { $count } specialists
  }

## A credential's state (set in upper case on the files)
doc-status-expired = Expired
doc-status-revoked = Revoked

## The badge (a disc: the field in small capitals above the role)
doc-badge-field = Environmental sustainability
doc-badge-role = Specialist

## The e-mail signature graphic (its last line)
doc-signature-verified = Verified by ESS Academy · { $year }
doc-signature-status = { $status } · see the verification page
