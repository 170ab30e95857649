# ESS Academy — the column names of the CSV files admins download (the reports, the exam
# statistics). English keeps the column ids, which scripts read; the other languages name the
# columns in words. The JSON keys never change.

## Shared
csv-dimension = dimension
csv-key = key
csv-label = label
csv-title = title
csv-country = country
csv-partner = partner
csv-name = name
csv-email = email
csv-attempts = attempts
csv-passed = passed

## Funnel
csv-registered = registered
csv-verified = verified
csv-started = started
csv-training-complete = training_complete
csv-exam1-passed = exam1_passed
csv-exam2-passed = exam2_passed
csv-credential = credential

## Modules
csv-position = position
csv-module = module
csv-estimated-minutes = estimated_minutes
csv-learners = learners
csv-median-seconds = median_seconds
csv-p90-seconds = p90_seconds
csv-median-ratio = median_ratio

## Exams
csv-exam = exam
csv-takers = takers
csv-pass-rate = pass_rate
csv-attempts-per-pass = attempts_per_pass

## Expiring credentials
csv-public-id = public_id
csv-holder-name = holder_name
csv-partner-name = partner_name
csv-expires-at = expires_at

## Partners
csv-members = members
csv-specialists = specialists
csv-min-specialists = min_specialists
csv-accredited = accredited
csv-lapses-at = lapses_at
csv-lapsing-soon = lapsing_soon

## Renewals
csv-due = due
csv-renewed-early = renewed_early
csv-renewed-in-grace = renewed_in_grace
csv-open = open
csv-in-grace = in_grace
csv-lapsed = lapsed
csv-renewal-rate-percent = renewal_rate_percent

## Exam statistics (per question version)
csv-question = question
csv-version = version
csv-topic = topic
csv-facility = facility
csv-discrimination = discrimination
csv-option-counts = option_counts
csv-correct-options = correct_options
csv-flags = flags
