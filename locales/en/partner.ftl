# ESS Academy — partners: the partner manager's page of their company, the Takeback Incentive, the
# public verification of a partner, and the content picker a partner's learning platform opens (LTI),
# in English (the source language).
# A key that holds markup is marked "(HTML)" and is rendered unescaped; its arguments are escaped
# by the page before they are placed.

## My company (partner/index.html)
partner-code = partner code
partner-notice-invited = Invitation sent. The link in it works for 14 days.
partner-notice-removed = Removed from your company. The person keeps their account and credential.
# (HTML)
partner-accredited = <strong>Accredited</strong> since { $since }, with { $count ->
    [one] { $count } specialist
   *[other] { $count } specialists
  } (at least { $min } needed). It lapses on <strong>{ $lapses }</strong> unless someone renews or someone else is certified before then.
partner-renewers = Renewing before their expiry keeps you accredited without a gap:
partner-renewer-open = expires { $expires }, renewal open now
partner-renewer-not-yet = expires { $expires }, renewal opens { $opens }
partner-certificate = Partner certificate (PDF)
partner-logo = Specialization logo (SVG)
partner-verify-page = Public verification page
# (HTML)
partner-takeback-eligible = Accredited partners are eligible for the <a href="/takeback">Takeback Incentive</a> in participating countries.
# (HTML)
partner-not-accredited = <strong>Not accredited yet.</strong> You need at least { $min } of your people with a valid credential; you have { $count }. Invite your sales and technical people below.
partner-people = Your people ({ $count })
partner-download-all = Download all certificates and badges (zip)
partner-col-name = Name
partner-col-training = Training
partner-col-active = Active time
partner-col-exams = Exams
partner-col-credential = Credential
partner-col-actions = Actions
partner-modules-done = { $done } of { $total } modules
partner-training-complete = complete
partner-exam-passed = passed
# $score is written by the page ("85%").
partner-exam-passed-score = passed { $score }
partner-exam-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
  }
partner-exam-attempts-best = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
  }, best { $score }
partner-exam-not-taken = not taken
partner-status-valid = valid
partner-status-expired = expired
partner-status-revoked = revoked
partner-until = until { $date }
partner-certificate-link = Certificate
partner-badge-link = Badge
partner-remove = Remove
partner-nobody = Nobody yet: invite your people below.
partner-people-hint = You see progress and results, never answers. Removing someone from your company keeps their account and credential.
partner-invite = Invite someone
partner-invite-text = They get an e-mail with a link to register; registering with it joins { $partner }.
partner-invite-send = Send the invitation
partner-invitations = Recent invitations
partner-invitation-joined = joined
partner-invitation-sent = sent { $date }
partner-invite-already-member = { $email } is already one of your people.
partner-invite-has-account = { $email } already has an account. A programme admin can attach it to { $partner }.
partner-no-partner = Your account is not attached to a partner yet. Ask a programme admin.

## Where a person's renewal stands, on the partner's page
partner-renewal-revoked = Revoked: no renewal
partner-renewal-open = Renewal open: renew by { $date } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
  })
partner-renewal-grace = Expired: { $days ->
    [one] { $days } day of grace left
   *[other] { $days } days of grace left
  } to renew
partner-renewal-closed = Lapsed: must earn it again
partner-renewal-renewed = Renewed; next renewal opens { $date }
partner-renewal-not-yet = Renewal opens { $date }

## The Takeback Incentive (partner/takeback.html)
takeback-title = Takeback Incentive
takeback-eyebrow = For accredited partners
# $rate is written by the page ("7%").
takeback-lead = Partners that hold the Environmental Sustainability Specialization can earn an incremental discount of up to { $rate } on new products registered in Takeback deals on refresh or migration opportunities, in participating countries — and their customers' old gear is taken back for free.
takeback-accredited = Your company is accredited: it is eligible in the participating countries.
takeback-not-accredited = Your company is not accredited yet. It becomes eligible once enough of its people are certified.
takeback-how = How it works
# (HTML)
takeback-eligibility = <strong>Eligibility:</strong> your company holds the specialization (at least the required number of certified specialists), and the deal is in a participating country.
# (HTML)
takeback-discount = <strong>The discount:</strong> up to { $rate } extra on the new products registered in a Takeback deal, on refresh or migration opportunities.
# (HTML)
takeback-free = <strong>Free takeback:</strong> the vendor collects the customer's end-of-use equipment at no cost, reuses what it can, and recycles the rest responsibly.
# (HTML)
takeback-register = <strong>Register the deal</strong> as a Takeback deal through the vendor's deal registration; the actual discount is set there.
takeback-countries = Participating countries
takeback-no-countries = None are listed yet.
takeback-terms = The list and the rate come from the programme's settings. Check the vendor's current terms before quoting a customer.
takeback-estimate-title = Estimate a deal
takeback-country = Country of the deal
takeback-value = Value of the new products
takeback-value-hint = Net value in the deal currency, e.g. 250000.
takeback-estimate = Estimate
takeback-estimated = Estimated incremental discount at up to { $rate }.
takeback-not-eligible = Not eligible
takeback-not-eligible-text = That country does not take part in the Takeback Incentive. Free takeback may still be available: ask the vendor.
# (HTML)
takeback-not-a-quote = <strong>An estimate, not a quote:</strong> the discount is "up to" the rate and is confirmed only through deal registration.
takeback-value-number = Give the deal value as a number, like 250000.
takeback-value-positive = Give the deal value as a positive number.

## The public verification of a partner (partner/verify.html)
partner-verify-title = { $name }: partner verification
partner-verification = Partner verification
# (HTML)
partner-verify-accredited = <strong>Accredited.</strong> This partner holds the Environmental Sustainability Specialization.
# (HTML)
partner-verify-not-accredited = <strong>Not accredited</strong> at present.
partner-partner = Partner
partner-accredited-since = Accredited since
partner-current-until = Current until
partner-current-until-value = { $date } (extended as more people are certified)
partner-specialists = Certified specialists
partner-code-label = Partner code

## Content for a partner's learning platform (lti/deep_linking.html, lti/deep_linking_response.html)
lti-choose-title = Choose content for your course
lti-choose-lead-many = Your learning platform asked which ESS Academy content to add. Tick the courses, modules and exams to link, then add them: you go back to your platform with the links.
lti-choose-lead-one = Your learning platform asked which ESS Academy content to add. Choose one course, module or exam to link, then add them: you go back to your platform with the links.
lti-whole-course = { $course } (the whole course)
lti-nothing-published = Nothing is published yet. Come back when a course is online.
lti-add = Add to my course
lti-choose-one-at-least = Choose at least one course, module or exam.
lti-choose-only-one = Your learning platform accepts one item here: choose only one.
lti-choice-gone = “{ $item }” is not in the catalogue any more. Reload the page and choose again.
lti-back-title = Back to your learning platform
lti-chosen = { $count ->
    [one] { $count } item chosen. If your platform does not open by itself, send the choice with the button.
   *[other] { $count } items chosen. If your platform does not open by itself, send the choice with the button.
  }
lti-return = Return to your learning platform
