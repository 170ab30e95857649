//! Every mail renders in every language, from the message files alone.

use std::sync::Arc;

use serde_json::{Value, json};

use super::Mailer;

/// Every mail template.
const MAILS: [&str; 11] = [
    "verify_email",
    "password_reset",
    "exam_result",
    "credential_issued",
    "credential_renewed",
    "renewal_open",
    "credential_expiring",
    "credential_grace",
    "name_correction",
    "invitation",
    "accreditation_lapsing",
];

fn mailer() -> Mailer {
    Mailer::new(Arc::new(crate::templates::load().unwrap()), "https://academy.example".into())
}

/// A context with every field any mail reads; `flag` turns every branch one way or the other.
fn context(flag: bool) -> Value {
    let mut context = json!({
        "name": "Ana <Lima>",
        "link": "https://academy.example/verify-email/tok",
        "valid_days": 7,
        "valid_minutes": 60,
        "exam": "Foundations",
        "passed": flag,
        "timed_out": flag,
        "score_percent": 85,
        "pass_percent": 80,
        "correct": 30,
        "total": 35,
        "weak_topics": ["Takeback"],
        "result_url": "https://academy.example/attempts/1/result",
        "exam_url": "https://academy.example/exams/c/e",
        "title": "Environmental Sustainability Specialist",
        "verify_url": "https://academy.example/verify/abc",
        "kit_url": "https://academy.example/credentials/abc",
        "renewal_url": "https://academy.example/renewal",
        "expires_at": 1_796_342_400_i64,
        "previous_expires_at": 1_764_806_400_i64,
        "expired_at": 1_764_806_400_i64,
        "grace_ends_at": 1_769_990_400_i64,
        "window_opens_at": 1_788_566_400_i64,
    });
    let more = json!({
        "in_grace": flag,
        "renewal_open": flag,
        "days": 60,
        "days_left": 1,
        "approved": flag,
        "requested_name": "Ana Lima",
        "note": if flag { Value::from("Matches your passport.") } else { Value::Null },
        "manager": "Max Manager",
        "partner": "Acme & Co",
        "min_specialists": 2,
        "specialists": 2,
        "lapses_at": 1_796_342_400_i64,
        "partner_url": "https://academy.example/partner",
        "renewers": [
            {"name": "Bo", "email": "bo@acme.example", "expires_at": 1_796_342_400_i64, "renewal": "open", "window_opens_at": 1_788_566_400_i64},
            {"name": "Cy", "email": "cy@acme.example", "expires_at": 1_796_342_400_i64, "renewal": "not_yet", "window_opens_at": 1_788_566_400_i64},
        ],
    });
    if let (Some(all), Value::Object(more)) = (context.as_object_mut(), more) {
        all.extend(more);
    }
    context
}

#[test]
fn every_mail_renders_in_every_language_without_a_missing_message() {
    let mailer = mailer();
    for (lang, _) in crate::i18n::LANGUAGES {
        for name in MAILS {
            for flag in [true, false] {
                let mail = mailer.render_in(lang, name, &context(flag)).unwrap();
                for part in [&mail.subject, &mail.text, &mail.html] {
                    assert!(!part.contains("[mail-"), "{lang} {name}: a message is missing:\n{part}");
                    assert!(!part.contains('\u{E000}'), "{lang} {name}: an argument was not placed:\n{part}");
                }
                assert!(!mail.subject.is_empty() && !mail.subject.contains('\n'), "{lang} {name}: {}", mail.subject);
                assert!(mail.html.contains(&format!("<html lang=\"{lang}\">")), "{lang} {name}");
                assert!(!mail.html.contains("Ana <Lima>"), "{lang} {name}: the name is escaped in HTML");
            }
        }
    }
}

#[test]
fn a_mail_is_written_in_the_language_it_is_rendered_in() {
    let mailer = mailer();
    let es = mailer.render_in("es", "exam_result", &context(true)).unwrap();
    assert_eq!(es.subject, "Has aprobado: Foundations");
    assert!(es.text.contains("Hola, Ana <Lima>:") && es.text.contains("85\u{a0}%"), "{}", es.text);
    assert!(es.html.contains("<strong>85\u{a0}%</strong>"), "{}", es.html);
    let renewed = mailer.render_in("es", "credential_renewed", &context(false)).unwrap();
    assert!(renewed.subject.contains("4 de diciembre de 2026"), "{}", renewed.subject);
    let ja = mailer.render_in("ja", "credential_renewed", &context(false)).unwrap();
    assert!(ja.subject.contains("2026年12月4日"), "{}", ja.subject);
    let en = mailer.render_in("en", "exam_result", &context(true)).unwrap();
    assert_eq!(en.subject, "You passed: Foundations");
    assert!(en.text.contains("You passed Foundations with 85% (30 of 35 correct; the pass mark is 80%)."));
    assert_eq!(crate::i18n::current(), "en", "the language is put back");
}
