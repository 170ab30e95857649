# ESS Academy — programme admin pages, in English (the source language).

## Translations of a course
tr-admin = Admin
tr-title = Translations
tr-lead = Each language has the course's files under translations/<lang>/. A translation is current while its source is the version it was made from; learners see the English where it is stale or missing.
tr-none = This course declares no translations. Add [translations] languages = ["es"] to its course.toml.
tr-complete = complete
tr-incomplete = incomplete
tr-counts = { $current } current, { $stale } stale, { $missing } missing
tr-todo = To do
tr-file = File
tr-state = State
tr-actions = Actions
tr-translate = Translate
tr-modules = Modules
tr-state-current = current
tr-state-stale = stale
tr-state-missing = missing
tr-files-hint = Questions, the kit and the course texts are translated in their files; import them, or edit modules here.
tr-editor-box = Translations of this module

## The translation editor
tred-title = { $language } translation
tred-source = made from the published revision r{ $revision }
tred-edit-source = Edit the source
tred-stale = The source has changed since this translation was made: bring it up to date, then save. Until then learners see the English.
tred-saved = Saved. Learners reading in this language now see this translation.
tred-source-heading = Source (English)
tred-source-markdown = Markdown of the source
tred-field-title = Title
tred-field-objectives = Learning objectives
tred-objectives-hint = One per line, in the source's order: { $count ->
    [one] one objective
   *[other] { $count } objectives
  }.
tred-field-summary = One-line summary for the syllabus
tred-field-markdown = Content (markdown)
tred-markdown-hint = Keep the source's structure: the same knowledge checks with their ids, options in the same order with the same correct ones, the same images.
tred-save = Save the translation
tred-preview = Preview

## Dates and words shared by the admin pages
admin-date-time = { $date } { $time } UTC
admin-yes = Yes
admin-no = No
admin-none = None.
admin-cancel = Cancel
admin-retry-now = Retry now
admin-col-action = Action
admin-col-queued = Queued
admin-col-tries = Tries
admin-form-expired = This form has expired. Go back, reload the page and send it again.
admin-certificate-pdf = certificate PDF

## The admin home and a course (admin/index.html, admin/course.html)
admin-title = Programme admin
admin-lead = Author the modules in markdown, preview them exactly as learners will see them, publish, and keep every revision.
admin-link-people = People: progress and exemptions
admin-name-corrections = Name corrections
admin-outbox = Mail outbox
admin-xapi = xAPI statements
admin-partners = Partners
admin-reports = Reports
admin-lti = Learning platforms (LTI)
admin-course-meta = { $count ->
    [one] { $count } published module
   *[other] { $count } published modules
  } · { $total } of study (the cap is 15 h)
admin-manage-modules = Manage modules
admin-view-as-learner = View as a learner
# (HTML)
admin-no-courses = Put a course folder under <code>courses/</code> and restart, or run <code>ess-academy import</code>.
admin-course-title = { $course } · modules
admin-course-lead = { $count ->
    [one] { $count } published module
   *[other] { $count } published modules
  }, { $total } of study. The cap is 15 h.
admin-col-minutes = Minutes
admin-retired = retired
admin-published-revision = published r{ $number }
admin-draft-revision = draft r{ $number }
admin-move-up = Move { $module } up
admin-move-down = Move { $module } down
admin-bring-back = Bring back
admin-retire = Retire
admin-retired-hint = Retired modules disappear for learners; progress on them is kept.
admin-exam-line = { $questions } questions · { $minutes } min · { $percent }
admin-item-statistics = Item statistics
# (HTML)
admin-exams-hint = Exam banks are authored in <code>courses/…/exams/</code>; <code>ess-academy check</code> validates them and the next start imports them.
admin-add-module = Add a module
admin-slug = Slug (the module's address)
# (HTML)
admin-slug-hint = Lower-case words joined by hyphens, like <code>takeback-basics</code>.
admin-write-module = Write the new module
admin-upload-image = Upload an image
# (HTML)
admin-upload-text = PNG or JPEG, up to 2 MiB. Use it in a module as <code>![What it shows](../assets/name.png)</code>.
admin-image-file = Image file
admin-upload = Upload
admin-course-images = Images of this course
admin-notice-uploaded = The image is uploaded.
admin-notice-moved = The order is saved.
admin-notice-retired = The module is retired: learners no longer see it. Their progress is kept.
admin-notice-restored = The module is back in the course.
admin-notice-published = Published: learners see the new version now.
admin-notice-saved = Draft saved. Learners still see the published version.
admin-notice-unchanged = Nothing changed since the last revision.
admin-upload-not-image = Only PNG, JPEG and SVG images can be uploaded; this file is none of them.
# $reason is what the SVG checker found, in English.
admin-upload-bad-svg = This SVG cannot be used: { $reason }.

## The module editor (admin/editor.html) and its preview script (static/js/editor.js)
admin-new-module = New module
admin-edit-title = Edit { $title }
admin-edit-module = Edit module
admin-editing-revision = Editing revision { $number }
admin-published-as = published: r{ $number }
admin-not-published = not published yet
admin-is-draft = this is a draft
admin-field-minutes = Estimated study time (minutes)
admin-field-minutes-hint = 5 to 180. All modules together stay under 15 hours.
admin-field-minutes-number = Enter the minutes as a whole number, like 45.
admin-objectives-hint = One per line, each starting with a verb ("Explain…", "Name…").
# (HTML)
admin-markdown-hint = Start with a <code>## </code> heading. Tables, footnotes, task lists and <code>&gt; [!NOTE]</code>, <code>[!TIP]</code>, <code>[!WARNING]</code> callouts work. Link modules as <code>04-slug.md</code>, images as <code>../assets/name.png</code> with alt text.
admin-field-note = What changed (for the history)
admin-save-draft = Save draft
admin-publish = Publish
admin-notice-preview = This is a preview: nothing is saved yet.
admin-preview-typing = typing…
admin-preview-updating = updating…
admin-preview-done = up to date
admin-preview-failed = preview unavailable; use the Preview button

## Revisions (admin/history.html, admin/revision.html)
admin-history-title = History of { $module }
admin-revision-history = Revision history
admin-col-revision = Revision
admin-col-when = When
admin-col-who = Who
admin-col-summary = Summary
admin-course-files = course files
admin-published = published
admin-draft = draft
admin-view-compare = View and compare
admin-revision-title = Revision { $number } of { $module }
admin-revision-heading = Revision { $number }: { $title }
admin-restore = Restore as a new draft revision
admin-changes-since = Changes from this revision to the newest (r{ $number })
admin-no-differences = No differences.
admin-as-learners-saw-it = As learners saw it
admin-notice-revision-restored = Restored as a new draft revision. Open the editor to publish it.

## Item statistics of an exam (admin/statistics.html)
admin-statistics-title = Statistics: { $exam }
admin-statistics = Statistics
admin-statistics-heading = { $exam }: item statistics
admin-graded-attempts = { $count ->
    [one] { $count } graded attempt
   *[other] { $count } graded attempts
  }
# $score is written by the page ("72%").
admin-mean-score = mean score { $score }
admin-alpha = Cronbach's α ≈ { $alpha } (estimated for randomized papers)
admin-download-csv = Download CSV
admin-col-question = Question
admin-col-facility = Facility
admin-col-discrimination = Discrimination
admin-col-choices = Choices per option
admin-col-flags = Flags
admin-no-graded-attempts = No graded attempts yet.
admin-statistics-hint = Facility is the share of correct answers (flagged above 0.95 and below 0.2); discrimination is the correlation of the question with the rest of the paper (flagged below 0.1). Choices per option are in the file's order; * marks a correct option.
admin-flag-too-easy = too easy
admin-flag-too-hard = too hard or wrong key
admin-flag-no-discrimination = does not discriminate

## Knowledge checks of a course (learning/checks.html)
admin-checks = Knowledge checks
admin-course = Course
admin-checks-lead = How many learners got each check right at the first try: the lowest shares show where the module, or the check, needs a second look. Checks are never graded.
admin-as-json = As JSON
admin-no-checks = The published modules have no knowledge checks yet.
admin-col-check = Check
admin-col-answered = Answered
admin-col-first-try = Right at the first try

## People (admin/users.html, admin/user.html)
admin-people = People
admin-find-person = Find a person by e-mail or name
admin-nobody-matches = Nobody matches “{ $query }”.
admin-user-progress = { $done } of { $required } required modules done · { $active } min active of { $estimated } estimated
admin-training-complete = training complete
admin-col-active = Active
admin-col-needed = Needed
admin-exempt-title = Grant an exemption
admin-exempt-text = Recognition of prior learning: the module, or the whole training, counts as complete. The reason is kept with your name and the date.
admin-whole-training = The whole training
admin-exempt-reason-hint = For example: holds the vendor's earlier sustainability certificate (2024).
admin-exempt-submit = Record the exemption
admin-accommodation-title = Exam accommodation
admin-accommodation-text = Extra time (in percent of the time limit) and/or extra attempts, with the reason.
admin-accommodation-exam = { $exam } ({ $used } attempts used, { $left } left)
admin-extra-time = Extra time (%)
admin-extra-attempts = Extra attempts
admin-accommodation-submit = Record the accommodation
admin-exemptions = Exemptions
admin-exemption-when-by = { $date }, by { $name }
admin-membership-title = Role and partner
admin-membership-text = A person belongs to at most one partner company; every move is recorded. A partner manager manages the partner they belong to.
admin-no-partner = None (company typed at registration: { $company })
admin-membership-submit = Save role and partner
admin-erase-link = Erase this account…
admin-erase-link-hint = (at the person's request, received by other means)
admin-notice-exempted = The exemption is recorded.
admin-notice-accommodated = The accommodation is recorded.
admin-notice-membership-saved = Role and partner saved. The move is recorded.
admin-field-whole-numbers = Enter whole numbers.
admin-field-exemption-reason = Give the reason for the exemption in 1–{ $max } characters.
admin-field-extra-time = Give 0–{ $max } percent of extra time.
admin-field-extra-attempts = Give 0–{ $max } extra attempts.
admin-field-accommodation-empty = Give extra time, an extra attempt, or both.
admin-field-accommodation-reason = Give the reason in 1–{ $max } characters.
admin-field-no-such-partner = No such partner.
admin-field-manager-needs-partner = A partner manager needs the partner they manage (partner_id).

## Erasing an account at a person's request (privacy/admin_erase.html)
admin-erase-title = Erase an account
admin-erase-crumb = Erase
admin-erase-heading = Erase the account of { $name }
admin-erase-done = The account is erased. The erasure is recorded with your name, the date and the reason: “{ $reason }”.
admin-erase-revoked = { $count ->
    [one] { $count } credential was revoked.
   *[other] { $count } credentials were revoked.
  }
admin-back-to-people = Back to the people
admin-erase-intro = Use this when the person asked for the erasure by other means (a letter, an e-mail) and you have checked it is them. It cannot be undone. Right away:
admin-erase-signed-out = the account ({ $email }) is signed out everywhere and can never sign in again;
admin-erase-name-email = its name and e-mail address are replaced;
admin-erase-answers = its exam and knowledge-check answers and the texts of the e-mails sent to it are removed;
admin-erase-credentials = its credentials are revoked, and their verification pages no longer show the name.
admin-erase-reports = The reports keep their counts: progress and attempt scores stay, without the name.
admin-erase-reason = How the request reached you
admin-erase-reason-hint = For example: a letter from the learner dated 1 December 2026.
admin-erase-submit = Erase this account

## Name corrections (admin/name_corrections.html)
admin-corrections-lead = People ask for the name on their certificate to be corrected. Approving changes the account and reissues every credential the person holds under the same id, with the correction in its history.
admin-correction-asked = asked { $date }
admin-correction-record = the person's record
admin-correction-reason = Reason:
admin-correction-note = Note to the person (required to reject)
admin-approve = Approve
admin-reject = Reject
admin-nothing-to-decide = Nothing to decide
admin-no-corrections = No name corrections are waiting.
admin-notice-correction-approved = Approved: the account and its credentials now carry the corrected name.
admin-notice-correction-rejected = Rejected: the person was told why by e-mail.

## The mail outbox (admin/outbox.html)
admin-outbox-lead = Every e-mail is queued here in the same transaction as what caused it, and sent by a background worker that retries with backoff. { $waiting } waiting, { $failed } given up.
admin-show-all = Show all
admin-show-unsent = Show only unsent
admin-col-to = To
admin-col-subject = Subject
admin-col-status = Status
admin-col-last-error = Last error
admin-status-sent = sent
admin-status-failed = failed
admin-status-retrying = retrying
admin-status-sending = sending
admin-status-queued = queued
admin-next-attempt = next { $date }
admin-no-mails = No e-mails yet.
admin-notice-mail-retrying = The message is queued again and goes out within seconds.
admin-notice-mail-not-retried = That message was sent already, or a sender is on it right now.

## xAPI statements (admin/xapi.html)
# (HTML) $lrs is escaped by the page before it is placed here.
admin-xapi-lead = Every learning event is queued here in the same transaction as the event, and posted in batches to <code class="break-anywhere">{ $lrs }</code> with retries.
# (HTML)
admin-xapi-off = No learning record store is configured (<code>ESS_XAPI_URL</code>): no statements are queued.
admin-show-label = Show:
admin-filter-all = all
admin-state-queued = queued
admin-state-failing = failing
admin-state-sent = sent
admin-statements = Statements
admin-col-verb = Verb
admin-col-lrs-answer = The LRS's answer
admin-no-statements = No statements.
admin-no-statements-in-state = No statements in this state.
admin-notice-statement-retrying = The statement is due again and goes out within seconds.

## Partners (admin/partners.html)
# (HTML)
admin-partners-lead = Partner companies hold the specialization while enough of their people hold a valid credential. Make someone a partner's manager from their page under <a href="/admin/users">People</a>.
admin-col-code = Code
admin-col-specialists = Specialists
admin-col-specialization = Specialization
admin-accredited = accredited
admin-not-yet = not yet
admin-no-partners = No partners yet.
admin-add-partner = Add a partner
admin-company-name = Company name
admin-partner-code-optional = Partner code (optional)
admin-partner-code-hint = Upper-case letters, digits and hyphens, like ACME-DE. Made from the name and country when empty.
admin-add-partner-submit = Add the partner
admin-notice-partner-created = Partner created. Make someone its partner manager from their page under People.
admin-field-partner-code = Use 3–{ $max } upper-case letters, digits and single hyphens, like ACME-DE.
admin-field-partner-code-taken = The code { $code } is taken; choose another.

## Reports (admin/reports.html)
admin-reports-title = Programme reports
admin-reports-of = Programme reports: { $course }
admin-reports-lead = People are selected by registration date (UTC, both days included), country and partner. Every table is also a CSV file.
admin-reports-filter = Filter the reports
admin-reports-errors = Some filters need your attention; nothing is shown until they are right.
admin-reports-from = Registered from
admin-reports-to = Registered until
admin-all-countries = All countries
admin-show = Show
admin-clear = Clear
admin-funnel = Funnel
admin-funnel-caption = People at each stage
admin-stage-registered = Registered
admin-stage-verified = Verified
admin-stage-started = Started
admin-stage-training-complete = Training complete
admin-stage-exam-1 = Exam 1 passed
admin-stage-exam-2 = Exam 2 passed
admin-stage-credential = Credential
admin-by-month = By month of registration
admin-by-country = By country
admin-by-partner = By partner
admin-col-month = Month
admin-nobody-registered = Nobody registered with these filters.
admin-more-rows = { $count ->
    [one] { $count } more row is in the CSV.
   *[other] { $count } more rows are in the CSV.
  }
admin-chart-funnel-legend = People who reached each stage (share of registered)
admin-chart-months = Registrations by month
admin-chart-months-legend = Bar: people registered that month; tick and second figure: of them, credentialed
admin-chart-modules = Active time per module
admin-chart-modules-legend = Bar: median minutes; line: 90th percentile; orange tick: the estimate
admin-chart-module-minutes = { $median } / { $p90 } / { $estimate } min
admin-chart-exams = Exam pass rates
admin-chart-exams-legend = Bar: share of takers who passed; second figure: attempts per pass
admin-chart-partners = Partner accreditation
admin-chart-partners-legend = Partners in each state
admin-chart-accredited = Accredited
admin-chart-lapsing = Lapsing within { $days } days
admin-chart-not-accredited = Not accredited
admin-col-learners = Learners
admin-col-median = Median (min)
admin-col-p90 = 90th percentile (min)
admin-col-estimate = Estimate (min)
admin-col-takers = Takers
admin-col-passed = Passed
admin-col-pass-rate = Pass rate
admin-col-attempts-per-pass = Attempts per pass
admin-expiring = Credentials expiring in the next { $days } days
admin-expiring-count = { $count } in all.
admin-expiring-count-limited = { $count } in all; the first { $limit } are listed.
admin-none-expiring = No credential expires in the next { $days } days.
admin-partners-accreditation = Partners: accreditation
admin-partners-summary = { $total } partners, { $accredited } accredited (at least { $min ->
    [one] { $min } specialist
   *[other] { $min } specialists
  }), { $lapsing } lapsing within { $days } days.
admin-col-members = Members
admin-col-accredited = Accredited
admin-col-lapses = Lapses
admin-soon = soon
admin-no-partners-filtered = No partners with these filters.
admin-more-partners = { $count ->
    [one] { $count } more partner is in the CSV.
   *[other] { $count } more partners are in the CSV.
  }
reports-field-date = Enter the date as YYYY-MM-DD.
reports-field-end-before-start = The end date is before the start date.
reports-field-country = Choose a country by its two-letter code, such as DE.
reports-field-partner = No partner has the code { $code }.

## Learning platforms (admin/lti.html)
admin-lti-crumb = Learning platforms
admin-lti-heading = Learning platforms (LTI 1.3)
admin-lti-lead = A partner's learning platform (Moodle, Canvas, Blackboard…) can launch the training as an LTI 1.3 tool. Its administrator registers the tool with the URLs below and sends you the platform's details to register here.
admin-lti-tool-urls = For the platform's administrator
admin-lti-login-url = OpenID Connect login initiation URL
admin-lti-launch-url = Redirect (launch) URL
admin-lti-jwks-url = Public keyset (JWKS) URL
admin-lti-target-url = Default target link URI
admin-lti-target-hint = (or a module or exam page of this site)
admin-lti-issuer = Issuer
admin-lti-client-id = Client id
admin-lti-deployments = Deployments
admin-lti-links-by-email = Links by e-mail
admin-lti-no-platforms = No platforms registered yet.
admin-lti-scores = Grade passback
admin-lti-scores-text = When a learner opens an exam from a platform that grants the score scope (Assignment and Grade Services), each attempt's start and result go to that platform's gradebook. The latest { $count } scores:
admin-col-score = Score
admin-col-platform-answer = The platform's answer
admin-lti-no-scores = No scores yet.
admin-lti-register = Register a platform
admin-lti-issuer-hint = The platform's issuer (iss), e.g. https://lms.partner.example
admin-lti-client-id-hint = The client id the platform gave this tool.
admin-lti-deployment-ids = Deployment ids
admin-lti-one-a-line = One a line.
admin-lti-auth-url = Authorization endpoint
admin-lti-auth-url-hint = The platform's OpenID Connect authentication request URL.
admin-lti-jwks = Public keyset URL
admin-lti-jwks-hint = Where the platform publishes its keys (JWKS).
admin-lti-token-url = Access token URL
admin-lti-link-by-email = Link a first launch to an existing learner account with the same verified e-mail address
admin-notice-platform-registered = Platform registered. Its learners can now launch the training from it.
admin-notice-score-retrying = The score is due again and goes out within seconds.
lti-field-url-empty = Enter the URL.
lti-field-url-too-long = A URL can have at most { $max } characters.
lti-field-url-invalid = Enter a full URL, starting with https://.
lti-field-url-https = Use an https:// URL.
lti-field-issuer-empty = Enter the issuer.
lti-field-issuer-too-long = The issuer must be one line of at most { $max } characters.
lti-field-client-id-empty = Enter the client id.
lti-field-client-id-too-long = The client id must be one line of at most { $max } characters.
lti-field-deployments-empty = Enter at least one deployment id.
lti-field-deployments-too-many = Enter at most { $max } deployment ids of one line each.
lti-field-platform-taken = This issuer and client id are already registered.
admin-col-by-language = By language
admin-language-facility-title = { $language }: { $count } answers
admin-flag-translation = check the { $lang } translation
tred-history = History of this translation
tred-col-text = Text
tred-show-text = Show the text
tred-in-use = in use
tred-origin-restore = restored from an earlier revision
tred-restore = Restore r{ $number }
tred-restored = Revision r{ $number } is the translation again, with the source it was made from.
tred-no-history = Nothing saved yet: the history starts with the first save.
