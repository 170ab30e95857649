//! Mails and credential files speak their recipient's or holder's language: the language of the
//! page registered on becomes the account's, the saved language chooses every later mail, the
//! certificate and its dates; an account without one stays English.

use diesel::prelude::*;
use ess_academy::db::schema::{credentials as cr, users as u};
use serde_json::{Value, json};

use crate::both_backends;
use crate::credential_kit::pdftotext;
use crate::exams::{EXAM1, EXAM2, answer_all, ready_learner_with_email, start, submit};
use crate::helpers::{PASSWORD, TestApp, rand_suffix};

/// Registers through the API, with an `Accept-Language` header when given; returns the e-mail.
async fn register(app: &TestApp, name: &str, accept_language: Option<&str>) -> String {
    let email = format!("lang.{}@partner.example", rand_suffix());
    let mut request = app.client.post(app.url("/api/v1/auth/register")).json(
        &json!({"email": email, "password": PASSWORD, "name": name, "company": "Acme Networks", "country": "ES"}),
    );
    if let Some(header) = accept_language {
        request = request.header("Accept-Language", header);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    email
}

fn saved_locale(app: &TestApp, email: &str) -> Option<String> {
    u::table.filter(u::email.eq(email)).select(u::locale).first(&mut *app.db().read().unwrap()).unwrap()
}

/// Passes both exams; returns the credential's public id and issue time.
async fn earn_the_credential(app: &TestApp, token: &str, user_id: i64) -> (String, i64) {
    for exam in [EXAM1, EXAM2] {
        let paper: Value = start(app, token, exam).await.json().await.unwrap();
        let attempt = paper["attempt_id"].as_i64().unwrap();
        answer_all(app, token, attempt, 35).await;
        assert_eq!(submit(app, token, attempt).await.status(), 200);
    }
    cr::table
        .filter(cr::user_id.eq(user_id))
        .select((cr::public_id, cr::issued_at))
        .first(&mut *app.db().read().unwrap())
        .unwrap()
}

async fn certificate_text(app: &TestApp, token: &str, public_id: &str) -> String {
    let response = app
        .client
        .get(app.url(&format!("/credentials/{public_id}/certificate.pdf")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let text = pdftotext_as_drawn(&response.bytes().await.unwrap());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The PDF's text in the order it is drawn (`pdftotext -raw`). pdftotext's default joins a line
/// that ends in a hyphen to the next one and drops the hyphen, and a credential's id may end in
/// `-` (base64url): "Identificador de la credencial: …Z9-" then came out as "…Z9Verificación"
/// (one run in 64). The certificates read here are not revoked, and for those both modes give the
/// same words otherwise (every sample certificate compared).
fn pdftotext_as_drawn(pdf: &[u8]) -> String {
    crate::credential_kit::pdftotext_with(pdf, &["-raw"])
}

fn long_date_in(lang: &'static str, secs: i64) -> String {
    ess_academy::i18n::with_lang(lang, || ess_academy::clock::long_date(secs))
}

both_backends! {
    async fn the_verification_mail_speaks_the_language_of_the_page_registered_on(app) {
        let spanish = register(&app, "Ana Lima", Some("es-ES,es;q=0.9,en;q=0.5")).await;
        assert_eq!(saved_locale(&app, &spanish).as_deref(), Some("es"), "the page's language becomes the account's");
        let mail = app.smtp.wait_for(&spanish).await;
        assert_eq!(mail.subject, "Verifica tu dirección de correo para ESS Academy");
        assert!(mail.text.contains("Hola, Ana Lima:") && mail.text.contains("El enlace es válido durante 7 días."), "{}", mail.text);
        assert!(mail.html.contains("<html lang=\"es\">") && mail.html.contains("Verificar mi dirección de correo"), "{}", mail.html);
        assert!(mail.html.contains("Recibes este correo por tu cuenta en"), "the layout too");
        assert!(!mail.text.contains("Hello") && !mail.html.contains("Hello"));

        let japanese = register(&app, "田中 花子", Some("ja")).await;
        let mail = app.smtp.wait_for(&japanese).await;
        assert_eq!(mail.subject, "ESS Academy のメールアドレスを確認してください");
        assert!(mail.text.contains("田中 花子 様"), "{}", mail.text);

        // A client that names no language keeps no saved language, and gets English.
        let english = register(&app, "Ann Lee", None).await;
        assert_eq!(saved_locale(&app, &english), None);
        let mail = app.smtp.wait_for(&english).await;
        assert_eq!(mail.subject, "Verify your e-mail address for ESS Academy");
        assert!(mail.text.contains("Hello Ann Lee,") && mail.html.contains("<html lang=\"en\">"));

        // A later mail: the saved language wins over the request's; without one, the request's.
        for (email, header) in [(&spanish, "de"), (&english, "de")] {
            let asked = app.client.post(app.url("/api/v1/auth/password-reset")).header("Accept-Language", header).json(&json!({"email": email})).send().await.unwrap();
            assert_eq!(asked.status(), 202);
        }
        let reset = app.smtp.wait_for_nth(&spanish, 2).await;
        assert_eq!(reset.subject, "Restablece tu contraseña de ESS Academy");
        let reset = app.smtp.wait_for_nth(&english, 2).await;
        assert_eq!(reset.subject, "Setzen Sie Ihr Passwort für ESS Academy zurück");
        assert!(reset.text.contains("Hallo Ann Lee,") && reset.text.contains("60 Minuten lang"), "{}", reset.text);
    }

    async fn a_spanish_speaker_gets_results_credential_and_certificate_in_spanish_and_an_english_one_in_english(app) {
        let (user_id, token, _, email) = ready_learner_with_email(&app).await;
        let saved = app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).json(&json!({"locale": "es"})).send().await.unwrap();
        assert_eq!(saved.status(), 200);
        let (public_id, issued_at) = earn_the_credential(&app, &token, user_id).await;

        let result = app.smtp.wait_for_subject(&email, "Has aprobado: ").await;
        assert_eq!(result.subject, "Has aprobado: Fundamentos de sostenibilidad y economía circular", "the exam's Spanish title");
        assert!(result.text.contains("Hola, Lee Learner:") && result.text.contains("con un 100\u{a0}%"), "{}", result.text);
        assert!(result.text.contains("la nota mínima para aprobar es del 80\u{a0}%"), "{}", result.text);
        assert!(result.html.contains("Ver tu resultado por tema"), "{}", result.html);
        assert!(!result.text.contains("You passed"));

        let issued = app.smtp.wait_for_subject(&email, "Ya eres ").await;
        assert_eq!(issued.subject, "Ya eres Especialista en Sostenibilidad Medioambiental", "the credential's Spanish name");
        let expires_at: i64 =
            cr::table.filter(cr::public_id.eq(&public_id)).select(cr::expires_at).first(&mut *app.db().read().unwrap()).unwrap();
        let expires = long_date_in("es", expires_at);
        assert!(expires.contains(" de "), "{expires}");
        assert!(issued.text.contains(&format!("Es válido hasta el {expires}.")), "{}", issued.text);

        let issued_on = long_date_in("es", issued_at);
        let text = certificate_text(&app, &token, &public_id).await;
        for words in ["Certificado", "Se certifica que", "Lee Learner", "ha obtenido la credencial", "Especialista en Sostenibilidad Medioambiental"] {
            assert!(text.contains(words), "{words:?} not in: {text}");
        }
        assert!(text.contains(&format!("Emitido el {issued_on} · Válido hasta el {expires}")), "{text}");
        assert!(text.contains(&format!("Identificador de la credencial: {public_id}")), "{text}");
        assert!(!text.contains("Certificate") && !text.contains("Issued"), "{text}");
        // The certificate attached to the mail, rendered when it was sent, is the same.
        let (_, _, pdf) = issued.attachments.iter().find(|(_, kind, _)| kind == "application/pdf").unwrap();
        assert!(pdftotext(pdf).contains("Se certifica que"));

        // Someone without a saved language: English mails and certificate.
        let english = app.register_verified("Ned English").await;
        let english_token = app.login(&english.email, PASSWORD).await;
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let exempt = app
            .client
            .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", english.id)))
            .bearer_auth(&admin)
            .json(&json!({"course": crate::exams::COURSE, "reason": "Language tests"}))
            .send()
            .await
            .unwrap();
        assert_eq!(exempt.status(), 201);
        let (english_id, english_issued) = earn_the_credential(&app, &english_token, english.id).await;
        let result = app.smtp.wait_for_subject(&english.email, "You passed: ").await;
        assert!(result.text.contains("Hello Ned English,") && result.text.contains("with 100% ("), "{}", result.text);
        app.smtp.wait_for_subject(&english.email, "You are an Environmental Sustainability Specialist").await;
        let text = certificate_text(&app, &english_token, &english_id).await;
        assert!(text.contains("Certificate") && text.contains("This certifies that"), "{text}");
        assert!(text.contains(&format!("Issued {}", long_date_in("en", english_issued))), "{text}");
    }
}
