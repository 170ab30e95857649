# ESS Academy — the account: its page, the roles, the erasure of an account by its holder, and the
# messages of the account's form fields, in English (the source language).
# A key that holds markup is marked "(HTML)" and is rendered unescaped; its arguments are escaped
# by the page before they are placed.

## The account page (account/index.html)
account-notice-saved = Your details are saved.
account-notice-password-changed = Your password is changed. Other devices were logged out.
account-notice-correction-requested = Your name correction is requested. A programme admin will review it; we will e-mail you the answer.
account-details = Your details
account-name-on-certificate = Name on your certificate
account-email = E-mail
account-verified = verified
account-not-verified = not verified
account-role = Role
account-member-since = Member since
account-save-details = Save details
account-change-password = Change password
account-change-password-text = Changing your password logs you out on every other device.
account-current-password = Current password
account-correction-title = Correct the name on your certificate
# (HTML) $name is escaped by the page before it is placed here.
account-correction-text = Your name is printed on your certificate, badge and e-mail signature exactly as it is here: <strong>{ $name }</strong>. If it is wrong (a typo, a missing accent, a legal name change), ask for a correction. A programme admin checks it; once approved, your credential keeps its id and shows that it was reissued.
account-correction-waiting = Your request is waiting for a programme admin. You can ask again once it is answered.
account-correction-name = Your name as it should be printed
account-correction-name-hint = Up to 120 characters, in any script our certificate fonts print (Latin, Greek, Cyrillic, Hebrew, Chinese, Japanese, Korean…).
account-correction-reason = Why it needs correcting
account-correction-submit = Ask for the correction
account-correction-requests = Your requests
account-correction-from-to = “{ $from }” → “{ $to }”
account-correction-pending = pending
account-correction-approved = approved
account-correction-rejected = rejected
account-data = Your data
account-data-text = Download everything ESS Academy holds about you — your account, progress, answers, results, credentials and the e-mails we sent you — as one JSON file.
account-data-download = Download my data
account-erase-text = You can also erase your account. You will be asked for your password and told exactly what happens first.
account-erase-link = Erase my account…

## Roles
role-learner = Learner
role-partner-manager = Partner manager
role-programme-admin = Programme admin
role-only-learner = This page is for learners only.
role-only-partner-manager = This page is for partner managers only.
role-only-programme-admin = This page is for programme admins only.

## Erasing one's account (privacy/erase.html, privacy/erased.html)
erase-title = Erase your account
erase-intro = This cannot be undone. When you erase your account, right away:
erase-signed-out = you are signed out on every device, and nobody can sign in to the account again;
erase-name-email = your name and your e-mail address ({ $email }) are removed from the account;
erase-answers = your answers to exam questions and knowledge checks are removed, and so are the texts of the e-mails we sent you;
erase-credentials = your credentials are revoked: their verification pages say “revoked” and no longer show your name.
erase-what-stays = What stays, without your name: that an account studied, sat exams and with what scores, so that the programme's totals stay right; and a record that the account was erased, when, and at whose request.
# (HTML)
erase-copy-first = Want a copy first? <a href="/api/v1/me/export" download>Download your data (JSON)</a>.
erase-password = Your password, to confirm it is you
erase-submit = Erase my account
erase-keep = Keep my account
erased-title = Your account is erased
erased-done = It is done. You are signed out, and your name and e-mail address are no longer in ESS Academy.
erased-credentials = { $count ->
    [one] { $count } credential was revoked; its verification page now says so, without your name.
   *[other] { $count } credentials were revoked; their verification pages now say so, without your name.
  }
# (HTML)
erased-welcome-back = If you want to study with us again, you are welcome to <a href="/register">create a new account</a>.

## Messages of form fields
field-email-empty = Enter your e-mail address.
field-email-too-long = An e-mail address can have at most { $max } characters.
field-email-not-latin = Use an e-mail address in plain Latin letters, digits and symbols; addresses with accents or other scripts are not supported yet.
field-email-invalid = Enter a valid e-mail address, like name@company.com.
field-name-empty = Enter your full name.
field-name-too-long = Your full name can have at most { $max } characters (this one has { $count }).
field-name-invisible = Your full name contains a control or invisible character; please type it again.
field-name-glyph = Your full name contains “{ $char }”, which your certificate cannot print. Please write your name without it.
field-company-empty = Enter your company name.
field-company-too-long = Your company name can have at most { $max } characters (this one has { $count }).
field-company-invisible = Your company name contains a control or invisible character; please type it again.
field-partner-name-empty = Enter the company name.
field-partner-name-too-long = The company name can have at most { $max } characters (this one has { $count }).
field-partner-name-invisible = The company name contains a control or invisible character; please type it again.
field-country-empty = Choose your country.
field-country-unknown = “{ $code }” is not a country code we know; choose your country from the list.
field-password-too-short = Use at least { $min } characters for your password.
field-password-too-long = Use at most { $max } characters for your password.
field-password-control = Your password contains a control character; please type it again.
field-current-password-wrong = Your current password is not right.
field-correction-reason = Give the reason for the correction in 1–{ $max } characters.
field-correction-note = Give the reason for the rejection in 1–{ $max } characters.
field-correction-same-name = This is already the name on your account and certificate.
field-correction-pending = You have already asked for a name correction; a programme admin will answer it soon.
field-correction-approved = This request is already approved.
field-correction-rejected = This request is already rejected.
field-erase-password-empty = Enter your password to confirm that it is you.
field-erase-password-wrong = This is not your password. Nothing was erased; try again.
field-erase-only-admin = You are the only programme admin. Make someone else a programme admin first, then erase your account.
field-erase-reason = Say how the request reached you in 1–{ $max } characters.
field-erase-self-here = You cannot erase your own account here. Use “Erase my account” on your account page.
field-erase-already = This account is already erased.
