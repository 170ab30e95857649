# ESS Academy — the exams: the exam's introduction, the paper a page at a time with its navigator
# and autosave (the words the page's script writes, too), the review before submission and the
# result, in English (the source language).
# A key that holds markup is marked "(HTML)" and is rendered unescaped; its arguments are escaped
# by the page before they are placed.

## The exam's introduction (exams/exam.html)
exam-eyebrow = Exam
exam-fact-questions = Questions
exam-fact-questions-value = { $count }, drawn at random for you
exam-fact-time = Time
exam-fact-time-value = { $minutes } minutes, counted by the server from the moment you start
exam-fact-pass = To pass
# $percent is written by the page ("80%").
exam-fact-pass-value = { $percent } (each question is right only when every option you choose is right and none is missing)
exam-fact-attempts = Attempts
exam-fact-attempts-value = { $used } used, { $left } left
exam-best-score = best score { $score }
exam-passed = You passed this exam.
exam-continue = Continue your attempt
exam-autosave = Your answers are saved as you go: a reload or a lost connection loses nothing. When the time is up, what you saved is graded.
exam-start = Start the exam

## Why an exam cannot be started now
exam-reason-passed = You have passed this exam.
exam-reason-passed-and-held = You have passed this exam and hold the credential. Keep it valid with the renewal exam, from the renewal page.
exam-reason-verify-email = Verify your e-mail address first: the link is in the e-mail we sent you.
exam-reason-training = This exam unlocks when your training is complete.
exam-reason-after-exam = This exam unlocks when you have passed “{ $exam }”.
exam-reason-no-attempts = { $count ->
    [one] You have used your only attempt. A programme admin can grant another one.
   *[other] You have used all { $count } attempts. A programme admin can grant another one.
  }
# $wait is one of the three exam-wait-… messages below.
exam-reason-cooldown = You can try again in { $wait } (a pause between attempts).
exam-wait-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
exam-wait-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
  }
exam-wait-hours-minutes = { $hours } h { $minutes } min
exam-reason-renewal-holders-only = The renewal exam is for holders of the credential: earn it first with the training and its two exams.
exam-reason-revoked = This credential was revoked: it cannot be renewed.
exam-reason-renewal-not-yet = Renewal opens on { $opens }, { $days } days before your credential expires on { $expires }.
exam-reason-renewal-closed = The grace period for renewing ended on { $date }. Earn the specialization again: the training's exams are open to you.
exam-reason-renewal-module = Complete the renewal module “{ $module }” first.

## A page of the paper (exams/attempt.html)
exam-page-title = Page { $page } of { $pages }: { $exam }
exam-page-heading = Page { $page } of { $pages }
exam-page-questions = questions { $first }–{ $last } of { $total }
exam-question-of = Question { $number } of { $total }
exam-choose-all = (choose all that apply)
exam-flag = Flag for review
# After "Flag for review", for screen readers only: which question the button flags.
exam-flag-which = : question { $number }
exam-previous-page = Previous page
exam-save-answers = Save answers
exam-next-page = Next page
exam-review-and-submit = Review and submit
exam-notice-saved = Your answers are saved.

## The exam bar (exams/bar.html)
exam-bar-attempt = attempt { $number }
exam-time-left = Time left:
exam-answered-of = { $count } of { $total } answered
exam-flagged-count = { $count } flagged
exam-all-saved = All answers saved
exam-unsaved = { $count } not saved yet
exam-answered = { $count } answered

## The question navigator (exams/navigator.html)
exam-nav-title = Questions
exam-nav-label-answered = Question { $number }, answered
exam-nav-label-unanswered = Question { $number }, not answered
exam-nav-label-answered-flagged = Question { $number }, answered, flagged
exam-nav-label-unanswered-flagged = Question { $number }, not answered, flagged
exam-legend-answered = answered
exam-legend-unanswered = not answered
exam-legend-flagged = flagged
exam-nav-noscript = Save this page before you follow a number to another page: the buttons under the questions save it.

## What the page's script writes (static/js/exam.js)
exam-js-minutes-left = { $minutes ->
    [one] { $minutes } minute left.
   *[other] { $minutes } minutes left.
  }
exam-js-time-up = Time is up: your saved answers are being submitted.
exam-js-saving = Saving…
exam-js-saved = Saved
exam-js-not-saved-time-up = Not saved: the time is up.
exam-js-retrying = Not saved yet: retrying…
exam-js-flag-time-up = The flag did not change: the time is up.
exam-js-flagged = Flagged for review
exam-js-unflagged = Flag removed
exam-js-flag-failed = The flag was not saved: check your connection and try again.
exam-js-saving-before-leaving = Saving before you go…
exam-js-unsaved-warning = Some answers are not saved yet: check your connection, then try again.

## The review before submission (exams/review.html)
exam-review-title = Review: { $exam }
exam-review-heading = Review before you submit
# (HTML)
exam-review-summary = You answered <strong>{ $answered } of { $total }</strong> questions: <a href="#unanswered-title">{ $unanswered } not answered</a>, <a href="#flagged-title">{ $flagged } flagged for review</a>.
exam-unanswered-heading = Not answered ({ $count })
exam-unanswered-hint = A question without an answer scores nothing. Choose a number to go back to it.
exam-question-number = Question { $number }
exam-all-answered = Every question has an answer.
exam-flagged-heading = Flagged for review ({ $count })
exam-none-flagged = No question is flagged. Use “Flag for review” under a question to find it here again.
exam-submit-final = Once submitted, your answers are graded and can no longer change.
exam-back-to-questions = Back to the questions
exam-submit = Submit for grading
exam-notice-time-up = The time is up: answers can no longer change. Submit now to have your saved answers graded.

## The result (exams/result.html)
exam-result-title = Result: { $exam }
exam-result = Result
exam-attempt-number = Attempt { $number }
exam-result-passed = You passed
exam-result-failed = Not passed this time
# $percent is written by the page ("80%").
exam-pass-mark = (pass mark { $percent })
exam-by-topic = By topic
exam-topic = Topic
exam-topic-correct = Correct
exam-topic-score = { $correct } of { $total }
# (HTML)
exam-renewed = <strong>Your credential is renewed.</strong> It keeps its id and verification page; the new certificate is on its way by e-mail.
exam-see-new-dates = See the new dates
exam-well-done = Well done.
exam-back-to-training = Back to my training
exam-try-again = Look again at the modules of the topics with the fewest correct answers, then try again when the pause between attempts is over.
exam-see-attempts = See your attempts
exam-review = Review
exam-review-right = right
exam-review-wrong = not right
exam-review-correct-option = (correct)
exam-review-your-choice = (your choice)
