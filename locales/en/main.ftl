# ESS Academy — the interface in English (the source language).
# Keys are grouped by page; a key that holds markup is marked "(HTML)" and is rendered unescaped.

## The layout (base.html)
site-name = ESS Academy
site-tagline = Environmental Sustainability Specialization
skip-to-content = Skip to content
nav-main = Main
nav-courses = Courses
nav-admin = Admin
nav-my-company = My company
nav-my-training = My training
nav-account = Account
nav-log-out = Log out
nav-log-in = Log in
nav-register = Register
search-label = Search the courses
search-button = Search
language-label = Language
language-change = Change
footer-text = ESS Academy: training and credentials of the Environmental Sustainability Specialization for channel partners.
footer-takeback = The Takeback Incentive

## Forms (macros.html)
form-error-prefix = Error:
form-check-fields = Some fields need your attention. Please check the messages below.
country-label = Country
country-choose = Choose your country
form-show-password = Show
form-hide-password = Hide
form-copied = Copied
form-bad-credentials = That e-mail address and password do not match an account. Check both and try again, or reset your password.
form-too-many-requests = Too many attempts. Please wait { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
  } and try again.

## Home page
home-title = Earn the Environmental Sustainability Specialization
home-eyebrow = For the vendor's channel partners
home-heading = Become an Environmental Sustainability Specialist
home-lead = Learn how circular IT works: takeback, Refresh, energy-efficient networks and the customer conversation. Under 15 hours of training and two exams earn you a credential your customers can verify, and help your company become accredited.
home-continue = Continue my training
home-start = Start training
home-syllabus = See the syllabus
home-why = Why it matters to your company
home-accreditation = Accreditation
home-accreditation-text = A partner whose people are certified becomes accredited for the specialization, and can show it to customers with the specialization logo and a public verification page.
home-takeback = The Takeback Incentive
# (HTML)
home-takeback-text = Accredited partners can earn incremental discounts of up to 7% on new products registered in Takeback deals on refresh or migration opportunities, in participating countries, with free takeback of the old equipment. <a href="/takeback">Estimate a deal</a>.
home-conversations = New conversations
home-conversations-text = Sustainability teams and procurement are new buying centres. Answer their RFP questions with confidence, and help customers dispose of old equipment responsibly.
home-how = How to earn it
# (HTML)
home-step-register = <strong>Register</strong> with your name as it should appear on your certificate.
# (HTML)
home-step-study = <strong>Study the modules</strong> in your browser, at your pace: under 15 hours in all.
# (HTML)
home-step-exams = <strong>Pass two exams</strong>, each randomized and timed.
# (HTML)
home-step-kit = <strong>Download your credential kit</strong>: certificate, badge, e-mail signature and copy for your marketing.

## Log in
login-title = Log in
login-email = E-mail address
login-password = Password
login-submit = Log in
login-forgot = Forgot your password?
login-new-here = New here?
login-create-account = Create an account

## Register
register-title = Register
register-heading = Create your account
# (HTML) $partner is escaped by the page before it is placed here.
register-invited = You are invited by <strong>{ $partner }</strong>: your account joins its team, and your manager sees your progress (never your answers).
register-intro = Register with your work e-mail address to start the training.
register-name = Full name
register-name-hint = As it should appear on your certificate, in your own script. Up to 120 characters.
register-email = Work e-mail address
register-company = Company
register-password = Password
register-password-hint = 10 to 128 characters. A few unrelated words make a strong one.
register-submit = Create account
register-already = Already registered?

## Forgotten password
forgot-title = Reset your password
# (HTML) $email is escaped by the page before it is placed here.
forgot-sent = If an account uses <strong>{ $email }</strong>, we sent it a link to choose a new password. The link works for 1 hour, once.
forgot-back = Back to log in
forgot-intro = Enter the e-mail address of your account and we will send you a link to choose a new password.
forgot-submit = Send the link

## Durations (of study, of an exam)
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min

## Dates and numbers: a date as the language writes it in full, and a percentage
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
percent = { $value }%

## Problems (API problem documents and error pages): `detail`, field messages and the page's heading.
problem-not-found = We could not find that page or resource.
problem-unauthorized = Please log in to continue.
problem-bad-credentials = That e-mail address and password do not match an account. Check both and try again, or reset your password.
problem-validation = Some fields need your attention.
problem-payload-too-large = The request body is larger than the limit of { $kib } KiB.
problem-method-not-allowed = This address does not answer { $method }: it answers { $allow }.
problem-too-many-requests = Too many attempts. Please wait { $seconds } seconds and try again.
problem-unexpected = Something went wrong on our side. Please try again in a moment.
problem-json-content-type = Send the body as JSON with Content-Type: application/json.
problem-json-invalid = The body is not valid JSON: { $reason }
problem-upload-unreadable = The upload could not be read: { $reason }.
problem-heartbeat-csrf = A heartbeat with the session cookie must carry the CSRF token.
problem-form-expired = This form has expired. Go back, reload the page and send it again.
problem-form-expired-or-blocked = This form has expired or your browser blocked our cookie. Go back, reload the page and send it again.
problem-csrf-header = This request uses the session cookie and must carry the X-CSRF-Token header (or use Authorization: Bearer).
problem-partner-not-accredited = Your company is not accredited yet: the certificate comes once enough of your people are certified.
problem-title-not-found = Not found
problem-title-unauthorized = Not logged in
problem-title-bad-credentials = Login failed
problem-title-forbidden = Not allowed
problem-title-validation = Invalid input
problem-title-conflict = Conflict
problem-title-bad-request = Bad request
problem-title-payload-too-large = Request too large
problem-title-unsupported-media-type = Unsupported media type
problem-title-method-not-allowed = Method not allowed
problem-title-too-many-requests = Too many attempts
problem-title-internal = Unexpected error
field-unreadable = This value could not be read: { $reason }
field-no-nul = Text cannot contain the NUL character (U+0000).
field-queue-state = Use queued, sent or failing.
field-expiry-after-issue = The expiry must be after the issue date.
field-expiry-within = Give an expiry within { $years } years of today.
field-lang-offered = Choose one of the languages offered.
field-one-of-languages = Choose one of { $codes }.
field-search-empty = Search for a word or a number.
field-check-choose = Choose an answer first.
field-check-choose-one = Choose one answer.
field-exam-choose-one = Choose one option for this question.
field-role = Choose learner, partner_manager or programme_admin.
field-invitation-invalid = This invitation link is not valid. Ask your manager for a new one.
