use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, problem, rand_suffix};

fn body(email: &str, name: &str) -> Value {
    json!({"email": email, "password": PASSWORD, "name": name, "company": "Acme Networks", "country": "fr"})
}

both_backends! {
    async fn registering_answers_201_with_the_account(app) {
        let email = format!("Ana.Lima.{}@Partner.Example", rand_suffix());
        let response = app.post_json("/api/v1/auth/register", &body(&email, "  Ana   Lima ")).await;
        assert_eq!(response.status(), 201);
        let created: Value = response.json().await.unwrap();
        assert_eq!(created["email"], email.to_lowercase());
        assert_eq!(created["name"], "Ana Lima");
        assert!(created["id"].as_i64().unwrap() > 0);
        assert_eq!(created.as_object().unwrap().len(), 3);
    }

    async fn an_email_is_taken_case_insensitively(app) {
        let email = format!("dup.{}@partner.example", rand_suffix());
        assert_eq!(app.post_json("/api/v1/auth/register", &body(&email, "First")).await.status(), 201);
        let again = app.post_json("/api/v1/auth/register", &body(&email.to_uppercase(), "Second")).await;
        assert_eq!(again.status(), 409);
        let p = problem(again).await;
        assert_eq!(p["type"], "/problems/conflict");
        assert!(p["detail"].as_str().unwrap().contains("already exists"));
    }

    async fn every_bad_field_is_named(app) {
        let response = app
            .post_json("/api/v1/auth/register", &json!({"email": "not-an-email", "password": "short", "name": "  ", "company": "x".repeat(121), "country": "ZZ"}))
            .await;
        assert_eq!(response.status(), 422);
        let p = problem(response).await;
        for field in ["email", "password", "name", "company", "country"] {
            assert!(p["errors"][field].is_string(), "{field} not named in {p}");
        }
    }

    async fn names_with_control_or_invisible_characters_are_refused(app) {
        for name in ["Ana\u{0000}Lima", "Ana\u{202E}amiL", "Ana\tLima"] {
            let response = app.post_json("/api/v1/auth/register", &body(&format!("c.{}@x.example", rand_suffix()), name)).await;
            assert_eq!(response.status(), 422, "{name:?}");
            assert!(problem(response).await["errors"]["name"].is_string());
        }
    }

    async fn names_in_every_script_are_kept_exactly(app) {
        for name in ["Zoë Ñúñez-Çelik", "Ελένη Παπαδοπούλου", "Анна Иванова", "דוד לוי", "王小明", "Nguyễn Thị Ánh"] {
            let email = format!("n.{}@x.example", rand_suffix());
            assert_eq!(app.post_json("/api/v1/auth/register", &body(&email, name)).await.status(), 201);
            let token = app.login(&email, PASSWORD).await;
            let me: Value = app.client.get(app.url("/api/v1/me")).bearer_auth(token).send().await.unwrap().json().await.unwrap();
            assert_eq!(me["name"], name);
        }
    }

    async fn a_name_the_certificate_cannot_print_is_refused_clearly(app) {
        let response = app.post_json("/api/v1/auth/register", &body(&format!("h.{}@x.example", rand_suffix()), "Ana 𓀀 Lima")).await;
        assert_eq!(response.status(), 422);
        let p = problem(response).await;
        assert_eq!(p["errors"]["name"], "Your full name contains “𓀀”, which your certificate cannot print. Please write your name without it.");
    }

    async fn unknown_fields_are_rejected_by_name(app) {
        let mut b = body(&format!("u.{}@x.example", rand_suffix()), "Ana");
        b["role"] = json!("programme_admin");
        let response = app.post_json("/api/v1/auth/register", &b).await;
        assert_eq!(response.status(), 422);
        let p = problem(response).await;
        assert!(p["errors"]["role"].as_str().unwrap().contains("unknown field"), "{p}");
    }

    async fn a_missing_field_is_named(app) {
        let response = app.post_json("/api/v1/auth/register", &json!({"email": "a@b.example", "password": PASSWORD})).await;
        assert_eq!(response.status(), 422);
        let p = problem(response).await;
        assert!(p["errors"].as_object().unwrap().keys().any(|k| k == "name" || k == "company" || k == "country"), "{p}");
    }

    async fn bodies_over_64_kib_get_413_and_create_nothing(app) {
        let email = format!("big.{}@x.example", rand_suffix());
        let mut b = body(&email, "Big");
        b["password"] = json!("p".repeat(70 * 1024));
        let response = app.post_json("/api/v1/auth/register", &b).await;
        assert_eq!(response.status(), 413);
        assert_eq!(problem(response).await["type"], "/problems/payload-too-large");
        let login = app.post_json("/api/v1/auth/login", &json!({"email": email, "password": PASSWORD})).await;
        assert_eq!(login.status(), 401);
    }

    async fn malformed_json_is_400_and_a_body_that_is_not_json_is_415(app) {
        let broken = app.client.post(app.url("/api/v1/auth/register")).header("content-type", "application/json").body("{\"email\": ").send().await.unwrap();
        assert_eq!(broken.status(), 400);
        assert_eq!(problem(broken).await["type"], "/problems/bad-request");
        let text = app.client.post(app.url("/api/v1/auth/register")).header("content-type", "text/plain").body("{}").send().await.unwrap();
        assert_eq!(text.status(), 415);
        assert_eq!(problem(text).await["type"], "/problems/unsupported-media-type");
    }
}
