# ESS Academy — credentials: the kit page of a credential, its public verification page and the
# holder's renewal page, in English (the source language).
# A key that holds markup is marked "(HTML)" and is rendered unescaped; its arguments are escaped
# by the page before they are placed.

## The state of a credential
credential-status-valid = Valid
credential-status-expired = Expired
credential-status-revoked = Revoked

## The kit page (credentials/kit.html)
cred-kit-title = Credential kit: { $title }
cred-kit = Credential kit
cred-mine = My credential
cred-of = Credential of { $name }
cred-issued-on = issued { $date }
cred-renewed-on = renewed { $date }
cred-expired-on = expired { $date }
cred-valid-until = valid until { $date }
cred-reissued = reissued with a corrected name
cred-notice-revoked = The credential is revoked. Its verification page shows the reason.
cred-notice-reason-needed = Give a reason to revoke the credential (1–500 characters).
cred-notice-expiry-changed = The expiry is changed, and the history records why.
cred-notice-expiry-date-needed = Give the new expiry as a date (YYYY-MM-DD).
cred-notice-expiry-reason-needed = Give a reason for the change (1–500 characters) and a date after the issue, within 10 years.
# (HTML) $reason is escaped by the page before it is placed here.
cred-kit-revoked = <strong>Revoked.</strong> { $reason } The files below say so; do not use them.
# (HTML)
cred-kit-expired = <strong>Expired on { $date }.</strong> The badge and e-mail signature now show it.
# (HTML)
cred-kit-grace-holder = It can still be renewed until { $date } ({ $days ->
    [one] { $days } day of grace left
   *[other] { $days } days of grace left
  }): <a href="/renewal">renew it now</a>; the same credential is then valid again for a year.
cred-kit-grace = It can still be renewed until { $date } ({ $days ->
    [one] { $days } day of grace left
   *[other] { $days } days of grace left
  }); the same credential is then valid again for a year.
# (HTML) $id is escaped by the page before it is placed here.
cred-kit-earned-again = It was earned again in a new certification cycle: <a href="/credentials/{ $id }">the current credential</a>.
cred-kit-grace-ended = The grace period for renewing ended on { $date }.
# (HTML)
cred-earn-again = Earn the specialization again from the start: <a href="/exams">the two exams are open to you</a>, and passing them issues a new credential linked to this one.
# (HTML)
cred-kit-renewal-open = <strong>Renewal is open.</strong> Renew by { $date } and the new expiry is a year after it: renewing early loses nothing.
# (HTML)
cred-kit-renew-now = <a href="/renewal">Renew now</a>.
# (HTML) $id is escaped by the page before it is placed here.
cred-kit-earlier = This credential was earned again after <a href="/credentials/{ $id }">an earlier one</a> lapsed.
cred-badge-alt = Badge: { $title }, { $name }
cred-downloads = Downloads
cred-certificate-a4 = Certificate, A4 (PDF)
cred-certificate-letter = US Letter
cred-badge-png = Badge PNG, 600 × 600
cred-badge-svg = SVG
cred-ob3 = Open Badges 3.0 credential (signed JWT)
# (HTML)
cred-badges-hint = The PNG and SVG badges carry an Open Badges 2.0 assertion inside them; badge backpacks and wallets read it. The JWT is a signed Open Badges 3.0 credential for digital wallets (keys: <a href="/.well-known/jwks.json">JWKS</a>).
cred-verify-page-for-anyone = Verification page, for anyone:
cred-signature = E-mail signature
cred-signature-graphic = Your e-mail signature graphic
cred-signature-paste = Paste this HTML into your e-mail signature. The graphic links to your verification page and always shows the credential's current state.
# The alternative text of the signature graphic, in the HTML the holder pastes into their e-mail signature.
cred-signature-snippet-alt = { $name }, { $title } (verified by ESS Academy)
cred-copy-html = Copy the HTML
cred-download-png = Download the PNG
cred-linkedin = LinkedIn
cred-linkedin-add = Add to my LinkedIn profile
cred-linkedin-share = Share on LinkedIn
cred-linkedin-hint = "Add to profile" fills in the certification: { $title }, issued by ESS Academy, { $issued }, expiring { $expires }, with your credential id and verification URL.
cred-group-email = E-mails to customers
cred-group-email-hint = Edit before you send: add the customer's name and your own words.
cred-group-rfp = For RFP and tender responses
cred-group-rfp-hint = Paste into the sustainability section of a response.
cred-group-social = Social posts
cred-group-social-hint = Post it yourself, or use LinkedIn's share link above.
cred-group-signature = E-mail signature text
cred-group-signature-hint = For plain-text signatures; the graphic above is for HTML ones.
cred-copy-text = Copy the text
cred-logo = The specialization logo
cred-logo-alt = Environmental Sustainability Specialization logo
cred-logo-text = Use the logo to show that your company takes part in the Environmental Sustainability Specialization. Your badge is yours: use it for yourself, not for your company.
cred-logo-download = Download the logo (SVG)
cred-history = History
cred-history-issued = Issued
cred-history-name-corrected = Reissued with a corrected name
cred-history-renewed = Renewed
cred-history-expiry-changed = Expiry changed by a programme admin
cred-history-revoked = Revoked
# (HTML) $date, $event and $detail are escaped by the page before they are placed here.
cred-history-entry = <strong>{ $date }</strong>: { $event }
# (HTML)
cred-history-entry-detail = <strong>{ $date }</strong>: { $event } — { $detail }
cred-history-earned-again = Earned again in a new certification cycle after { $id } lapsed.
cred-history-expiry-moved = Expiry moved from { $from } to { $to }.
cred-history-expiry-moved-grace = Expiry moved from { $from } to { $to } (renewed in the grace period, so from the renewal date).
cred-history-name-from-to = Name corrected from “{ $from }” to “{ $to }”
# (HTML)
cred-name-wrong = Is your name wrong? <a href="/account#name-correction">Ask for a correction</a>: your credential keeps its id.
cred-expiry-change = Change the expiry
cred-expiry-text = For an extension the programme grants. The history records the old and new dates with your reason; only programme admins see the reason.
cred-expiry-new = New expiry (UTC)
cred-reason = Reason
cred-revoke-title = Revoke this credential
cred-revoke-text = Revocation is final and public: the verification page shows the reason, and the badge and signature graphics turn grey.
cred-revoke-reason = Reason (shown publicly)
cred-revoke = Revoke

## The public verification page (verify/credential.html)
cred-verification = Credential verification
# (HTML)
cred-verify-valid = <strong>Valid.</strong> This credential was issued by ESS Academy and is in force.
# (HTML)
cred-verify-expired = <strong>Expired</strong> on { $expires }. It was valid from { $issued }.
# (HTML) $reason is escaped by the page before it is placed here.
cred-verify-revoked = <strong>Revoked.</strong> { $reason }
cred-holder = Holder
cred-credential = Credential
cred-issued = Issued
cred-renewed = Renewed
cred-expires = Expires
cred-earned-before = Earned before
# (HTML) $id is escaped by the page before it is placed here.
cred-earned-before-value = <a href="/verify/{ $id }">the credential of the previous certification</a>, which lapsed
cred-earned-again = Earned again
# (HTML) $id is escaped by the page before it is placed here.
cred-earned-again-value = <a href="/verify/{ $id }">the current credential</a>, after this one lapsed
cred-issuer = Issuer
cred-issuer-value = ESS Academy, the Environmental Sustainability Specialization programme
cred-id = Credential id
cred-reissued-label = Reissued
cred-reissued-value = { $date }, with a corrected name
cred-machine-readable = Machine-readable:

## The holder's renewal (renewal/index.html)
renewal-title = Renew your credential
renewal-lead = Your credential is valid for a year. Renew it in the window before it expires and it carries on without a gap: same id, same verification page, same LinkedIn entry.
# (HTML)
renewal-none = You do not hold a credential to renew yet. Complete the training and pass the two exams to earn it: <a href="/training">My training</a>.
renewal-credential = Credential { $id }
renewal-heading-open = Renewal is open
renewal-heading-grace = Your credential has expired: renew it in the grace period
renewal-heading-closed = The renewal period has ended
renewal-heading-renewed = Renewed: valid until { $date }
renewal-heading-not-yet = Renewal opens on { $date }
# (HTML)
renewal-status-open = Your credential is valid until <strong>{ $expires }</strong> ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
  }). Renew before then and the new expiry is a year after the current one: renewing early loses nothing.
# (HTML)
renewal-status-grace = It expired on <strong>{ $expires }</strong>. You have <strong>{ $days ->
    [one] { $days } day of grace left
   *[other] { $days } days of grace left
  }</strong> (until { $grace-ends }): renewing now makes it valid again for a year from the day you renew.
# (HTML)
renewal-status-closed = The grace period ended on { $grace-ends }. Earn the specialization again from the start: <a href="/exams">the two exams are open to you</a>, and passing them issues a new credential linked to this one.
# (HTML)
renewal-status-not-yet = Your credential is valid until <strong>{ $expires }</strong>. Renewal opens on <strong>{ $opens }</strong>, and we will e-mail you then. Renew before it expires to keep it without a gap; if you miss that date, you can still renew until { $grace-ends } (the grace period).
renewal-study = { $count ->
    [one] Study the renewal module
   *[other] Study the renewal modules
  }
renewal-modules-done = { $done } of { $count } done
renewal-pass-exam = Pass the renewal exam
renewal-go-to-exam = Go to “{ $exam }”
renewal-continue-exam = Continue “{ $exam }”
renewal-exam = “{ $exam }”
renewal-exam-reason = “{ $exam }”: { $reason }
renewal-kit = Your credential kit
