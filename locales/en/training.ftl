# ESS Academy — the learner's own pages: "My training", the printable transcript and the search of
# the courses, in English (the source language).
# A key that holds markup is marked "(HTML)" and is rendered unescaped; its arguments are escaped
# by the page before they are placed.

## My training (training/index.html)
training-welcome = Welcome, { $name }.
training-notice-verification-sent = We sent you a new verification e-mail. The link in it works for 7 days.
# (HTML) $email is escaped by the page before it is placed here.
training-verify-email = <strong>Please verify your e-mail address.</strong> We sent a link to { $email }. You need a verified address to take the exams.
training-send-link-again = Send the link again
training-your-credential = Your credential
training-credential-dates = issued { $issued } · valid until { $expires }
# (HTML)
training-renewal-open = <strong>Next step: renew your credential</strong> before { $expires } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
  }).
# (HTML)
training-renewal-grace = <strong>Your credential has expired.</strong> You have { $days ->
    [one] { $days } day of grace left
   *[other] { $days } days of grace left
  } to renew it.
# (HTML)
training-renewal-closed = <strong>The renewal period has ended.</strong> Earn the specialization again: <a href="/exams">the two exams are open to you</a>.
training-renewal-not-yet = Next step: renewal opens on { $opens }, { $days ->
    [one] { $days } day from now
   *[other] { $days } days from now
  }.
training-renewal-how = How renewal works
training-renew-now = Renew now
training-your-badge = Your badge
training-open-kit = Open your credential kit
training-certificate-pdf = Certificate (PDF)
# (HTML) $id (the credential's) is escaped by the page before it is placed here.
training-kit-hint = Your kit has your certificate, badge, e-mail signature, ready-to-use texts for customers and RFPs, and LinkedIn links. Anyone can check your credential on <a href="/verify/{ $id }">your verification page</a>.
training-complete-tag = Training complete
training-progress-label = Training progress
# (HTML)
training-progress = <strong>{ $done } of { $required }</strong> modules done · { $active } min of active study (estimate: { $estimated } min)
# (HTML)
training-complete = <strong>Your training is complete.</strong> The two exams are next: each is randomized and timed.
# (HTML)
training-complete-exempt = <strong>Your training is complete (exempted).</strong> The two exams are next: each is randomized and timed.
training-resume = Resume “{ $module }”
# $percent is written by the page ("40%").
training-resume-percent = you were { $percent } through
# (HTML) $course, $slug (the module's) and $module (its title) are escaped by the page before they are placed here.
training-next-module = Next to complete: <a href="/courses/{ $course }/{ $slug }">{ $module }</a>. When every module is complete, exam 1 unlocks.
training-start-with = Start with “{ $module }”
training-modules = Modules
training-module-minutes = { $active } of { $required } min
training-optional = optional
training-exams = Exams
training-exam-passed = Passed
training-exam-in-progress = In progress
training-exam-ready = Ready to start
training-exam-locked = Locked
training-transcript-link = Printable transcript
training-none-published = No training is published yet

## The state of a module (here, on the transcript and on an admin's page of a person)
module-state-complete = Complete
module-state-exempt = Exempt
module-state-in-progress = In progress
module-state-not-started = Not started

## The transcript (training/transcript.html)
training-transcript-title = Transcript of { $name }
training-transcript = Training transcript
training-transcript-meta = printed { $date } · active study time as measured by ESS Academy
training-print = Print
training-transcript-active = Active study: { $active } (estimate { $estimated })
training-transcript-completed = training completed { $date }
training-col-module = Module
training-col-state = State
training-col-active = Active study
training-col-completed = Completed

## Search of the courses (learning/search.html)
search-title = Search: { $query }
search-lead = Find a word or a phrase in the published modules.
search-words = Words to find
search-nothing = Nothing found for “{ $query }”
search-found = { $count ->
    [one] { $count } section found
   *[other] { $count } sections found
  }
search-try = Try fewer words, or another form of the word.
search-too-long = Search for at most { $count } characters.
search-no-words = Search for a word or a number.
