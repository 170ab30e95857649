# ESS Academy — pages of the account and the catalogue, in English (the source language).
# A key that holds markup is marked "(HTML)" and is rendered unescaped; its arguments are escaped
# by the page before they are placed.

## Error page
error-eyebrow = Error { $status }
error-home = Go to the home page
error-reference = Reference: { $reference }

## After registering
registered-title = Check your e-mail
registered-eyebrow = Almost there
# (HTML)
registered-sent = We sent a verification link to <strong>{ $email }</strong>. Open it to confirm your address, then log in and start your training.
registered-nothing = Nothing arrived after a few minutes? Look in your spam folder, or log in and ask for a new link.

## E-mail verification
verify-done-title = E-mail verified
verify-bad-title = Link not valid
verify-done-eyebrow = Done
verify-bad-heading = This link does not work
verify-go-training = Go to my training

## New password
reset-title = Choose a new password
reset-password = New password
reset-password-hint = 10 to 128 characters. You will be logged out everywhere else.
reset-submit = Save the new password
reset-expired = Link expired?
reset-ask-again = Ask for a new one

## First start
setup-title = Set up ESS Academy
setup-eyebrow = First start
setup-heading = Create the programme admin
setup-intro = This one-time link creates the first programme admin. Programme admins author the courses, run reports and manage credentials.
setup-organisation = Organisation
setup-password-hint = 10 to 128 characters.
setup-submit = Create admin account

## The catalogue
catalog-title = Courses
catalog-lead = Study at your own pace, in your browser. Your progress is saved as you go.
catalog-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
catalog-study = { $duration } of study
catalog-two-exams = two exams
catalog-credential = credential: { $name }
catalog-syllabus = See the syllabus
catalog-empty = No courses yet
catalog-empty-text = The programme team has not published a course yet. Please come back soon.

## A course
course-breadcrumb = Breadcrumb
course-about = About this course
course-exams = The exams
course-exam-line = { $questions } questions in { $minutes } minutes, { $percent }% to pass
course-credential = Credential:
course-languages = Study it in: { $languages }
course-start-first = Start the first module
course-log-in-to-start = Log in to start
course-syllabus = Syllabus
course-objectives = What you will be able to do
