# ESS Academy — the e-mails, in English (the source language).
# Each message serves the text part and the HTML part of a mail alike: no markup here. The HTML
# part escapes the message and its arguments and sets some arguments in bold or as links.
# Dates ($expires, $opens, …) and percentages ($score, $pass) arrive already written the way the
# language writes them.

## Every mail
mail-tagline = Environmental Sustainability Specialization
mail-footer = You receive this e-mail because of your account at { $url }.
mail-hello = Hello { $name },
mail-hello-all = Hello,
mail-paste-link = Or paste this link into your browser:
mail-see-credential = See your verified credential
mail-anyone-verify = Anyone can verify your credential here:
mail-verification-page = Your verification page:
mail-renew-button = Renew your credential
mail-renew-here = Renew here:

## Verify your e-mail address (after registering)
mail-verify-subject = Verify your e-mail address for ESS Academy
mail-verify-welcome = Welcome to ESS Academy. Please confirm your e-mail address:
mail-verify-button = Verify my e-mail address
mail-verify-valid = The link works for { $days } days. Then log in and start the Environmental Sustainability Specialization training.
mail-verify-ignore = If you did not register, you can ignore this e-mail.

## Password reset
mail-reset-subject = Reset your ESS Academy password
mail-reset-asked = Someone (we hope you) asked to reset the password of your ESS Academy account.
mail-reset-button = Choose a new password
mail-reset-here = Choose a new password here:
mail-reset-once = The link works once, for { $minutes } minutes. If you did not ask for it, ignore this e-mail: your password stays as it is.

## Exam result
mail-result-subject-passed = You passed: { $exam }
mail-result-subject-failed = Your result: { $exam }
mail-result-timed-out = The time of your attempt ran out, so it was submitted with the answers you had saved.
mail-result-passed = You passed { $exam } with { $score } ({ $correct } of { $total } correct; the pass mark is { $pass }).
mail-result-failed = You scored { $score } in { $exam } ({ $correct } of { $total } correct); the pass mark is { $pass }.
mail-result-review-passed = Topics to review before you move on:
mail-result-review-failed = Topics to review before your next attempt:
mail-result-button = See your result by topic
mail-result-by-topic = Your result, by topic:
mail-result-retry = You can try again from the exam page when your waiting time is over:

## Credential issued
mail-issued-subject = You are an { $title }
mail-issued-congratulations = Congratulations, { $name }!
mail-issued-lead = You completed the training and passed both exams: you are now an { $title }.
mail-issued-attached = Your certificate is attached (PDF). It is valid until { $expires }.
mail-issued-kit = Your credential kit (badge, e-mail signature, texts for customers and RFPs, LinkedIn links):

## Credential renewed
mail-renewed-subject = Your { $title } credential is renewed until { $expires }
mail-renewed-well-done = Well done, { $name }!
mail-renewed-in-grace = You passed the renewal exam: your { $title } credential is renewed. It is now valid until { $expires } (a year from today, since it had expired on { $previous }).
mail-renewed-early = You passed the renewal exam: your { $title } credential is renewed. It is now valid until { $expires } (a year after its previous expiry, { $previous }: renewing early lost you nothing).
mail-renewed-same = It is the same credential: the same id, the same verification page and the same LinkedIn entry. Your new certificate is attached (PDF); your badge and e-mail signature show the new dates.
mail-renewed-kit = Your credential kit has the renewed certificate, badge and signature:

## Renewal open (the renewal window opens)
mail-open-subject = Renewal is open: keep your { $title } credential
mail-open-lead = You can now renew your { $title } credential. It expires on { $expires }.
mail-open-how = To renew, study the renewal module (under an hour) and pass the renewal exam. Renew before { $expires } and your new expiry is a year after the current one: renewing early loses nothing, and your company's specialization carries on without a gap.
mail-open-missed = If you miss the date, you can still renew until { $grace-ends } (the grace period), but your credential shows as expired in between.

## Credential expiring (90, 60 and 30 days before)
mail-expiring-subject = Your { $title } credential expires in { $days ->
    [one] { $days } day
   *[other] { $days } days
  }
mail-expiring-lead = Your { $title } credential expires on { $expires }, in { $days } days or less.
mail-expiring-after = After that date your verification page, badge and e-mail signature show it as expired, and it no longer counts towards your company's specialization.
mail-expiring-open = Renewal is open now: study the renewal module and pass the renewal exam before { $expires }, and your new expiry is a year after the current one.
mail-expiring-opens = Renewal opens on { $opens }: then study the renewal module and pass the renewal exam before { $expires }.
mail-expiring-how = See how renewal works

## Credential expired, in its grace period
mail-grace-subject = Your { $title } credential expired: { $days ->
    [one] { $days } day
   *[other] { $days } days
  } of grace left to renew
mail-grace-expired = Your { $title } credential expired on { $expired }. Your verification page, badge and e-mail signature now show it as expired, and it no longer counts towards your company's specialization.
mail-grace-still = You can still renew it: you have { $days ->
    [one] { $days } day
   *[other] { $days } days
  } of grace left, until { $grace-ends }. Study the renewal module and pass the renewal exam; your credential is then valid again for a year from the day you renew, with the same id and verification page.
mail-grace-after = After { $grace-ends } you would have to earn the specialization again from the start.

## Name correction decided
mail-name-subject-approved = Your name is corrected
mail-name-subject-rejected = Your name correction was not approved
mail-name-approved = Your name is corrected to “{ $requested }”. Your certificate, badge and e-mail signature now show it; your credential keeps its id and verification page.
mail-name-rejected = Your request to change your name to “{ $requested }” was not approved.
mail-name-note = Note from the programme: { $note }
mail-name-button = Open your training page

## Invitation by a partner manager
mail-invite-subject = { $manager } invites you to the Environmental Sustainability Specialization
mail-invite-lead = { $manager } of { $partner } invites you to ESS Academy, to become an Environmental Sustainability Specialist: under 15 hours of online modules, then two exams.
mail-invite-button = Create my account
mail-invite-create = Create your account with this link:
mail-invite-until = The link works until { $expires }.

## The partner's accreditation would lapse (to partner managers)
mail-lapsing-subject = { $partner }: the specialization lapses in { $days } days unless someone renews
mail-lapsing-lead = { $partner } holds the Environmental Sustainability Specialization while at least { $min } of your people hold a valid credential. You have { $specialists } now, and on { $lapses } (in { $days } days or less) an expiry takes you under the minimum.
mail-lapsing-then = Then the partner is no longer accredited, and no longer eligible for the Takeback Incentive.
mail-lapsing-renewers = Renewing before their expiry keeps you accredited without a gap. These people's credentials expire by then:
mail-lapsing-renewer-open = { $name } ({ $email }): expires { $expires }, renewal open now
mail-lapsing-renewer-opens = { $name } ({ $email }): expires { $expires }, renewal opens { $opens }
mail-lapsing-or = Or have someone new complete the training and the two exams before that date.
mail-lapsing-button = See who is close
mail-lapsing-see = See everyone's state:
