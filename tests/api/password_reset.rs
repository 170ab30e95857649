use std::time::Duration;

use serde_json::json;

use crate::both_backends;
use crate::helpers::{PASSWORD, problem, rand_suffix};

const NEW_PASSWORD: &str = "a brand new passphrase";

both_backends! {
    async fn a_reset_link_sets_a_new_password_once_and_ends_old_sessions(app) {
        let user = app.register("Ana Lima").await;
        let old_token = app.login(&user.email, PASSWORD).await;
        let response = app.post_json("/api/v1/auth/password-reset", &json!({"email": user.email})).await;
        assert_eq!(response.status(), 202);
        let mail = app.smtp.wait_for_nth(&user.email, 2).await;
        assert_eq!(mail.subject, "Reset your ESS Academy password");
        assert!(mail.text.contains("60 minutes"));
        let link = mail.link(&format!("{}/reset-password/", app.address));
        let token = link.rsplit('/').next().unwrap();

        let short = app.post_json("/api/v1/auth/password-reset/confirm", &json!({"token": token, "password": "short"})).await;
        assert_eq!(short.status(), 422);
        assert!(problem(short).await["errors"]["password"].is_string());

        let ok = app.post_json("/api/v1/auth/password-reset/confirm", &json!({"token": token, "password": NEW_PASSWORD})).await;
        assert_eq!(ok.status(), 200);
        let again = app.post_json("/api/v1/auth/password-reset/confirm", &json!({"token": token, "password": "yet another one!"})).await;
        assert_eq!(again.status(), 400, "single use");

        assert_eq!(app.client.get(app.url("/api/v1/me")).bearer_auth(&old_token).send().await.unwrap().status(), 401);
        assert_eq!(app.post_json("/api/v1/auth/login", &json!({"email": user.email, "password": PASSWORD})).await.status(), 401);
        app.login(&user.email, NEW_PASSWORD).await;
    }

    async fn a_reset_link_expires_after_an_hour(app) {
        let user = app.register("Bo Chen").await;
        app.post_json("/api/v1/auth/password-reset", &json!({"email": user.email})).await;
        let link = app.smtp.wait_for_nth(&user.email, 2).await.link(&format!("{}/reset-password/", app.address));
        app.clock.advance(61 * 60);
        let token = link.rsplit('/').next().unwrap();
        let response = app.post_json("/api/v1/auth/password-reset/confirm", &json!({"token": token, "password": NEW_PASSWORD})).await;
        assert_eq!(response.status(), 400);
        assert!(problem(response).await["detail"].as_str().unwrap().contains("expired"));
        app.login(&user.email, PASSWORD).await;
    }

    async fn an_unknown_address_gets_the_same_202_and_no_mail(app) {
        let email = format!("nobody.{}@x.example", rand_suffix());
        let response = app.post_json("/api/v1/auth/password-reset", &json!({"email": email})).await;
        assert_eq!(response.status(), 202);
        assert_eq!(app.smtp.count_to(&email, Duration::from_millis(1500)).await, 0);
        let bad = app.post_json("/api/v1/auth/password-reset", &json!({"email": "not an address"})).await;
        assert_eq!(bad.status(), 422);
    }

    async fn the_reset_pages_work_without_javascript(app) {
        let user = app.register("Cy Dube").await;
        let page = app.get("/forgot-password").await;
        assert_eq!(page.status(), 200);
        let sent = app.post_form("/forgot-password", &[("email", &user.email)]).await;
        assert_eq!(sent.status(), 200);
        assert!(sent.text().await.unwrap().contains("we sent it a link"));
        let link = app.smtp.wait_for_nth(&user.email, 2).await.link(&format!("{}/reset-password/", app.address));
        let path = link.trim_start_matches(&app.address).to_owned();
        assert_eq!(app.get(&path).await.status(), 200);
        let short = app.post_form(&path, &[("password", "short")]).await;
        assert_eq!(short.status(), 422);
        assert!(short.text().await.unwrap().contains("at least 10 characters"));
        let done = app.post_form(&path, &[("password", NEW_PASSWORD)]).await;
        assert_eq!(done.status(), 303);
        assert_eq!(done.headers()["location"], "/login?notice=password-reset");
        app.login(&user.email, NEW_PASSWORD).await;
    }
}
