use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, problem};

both_backends! {
    async fn registering_sends_a_verification_email_whose_link_verifies(app) {
        let user = app.register("Ana Lima").await;
        let mail = app.smtp.wait_for(&user.email).await;
        assert_eq!(mail.subject, "Verify your e-mail address for ESS Academy");
        assert!(mail.text.contains("Hello Ana Lima"));
        assert!(mail.html.contains("Verify my e-mail address"));
        let link = mail.link(&format!("{}/verify-email/", app.address));
        assert!(mail.html.replace("&#x2F;", "/").contains(&format!("href=\"{link}\"")), "the HTML part carries the same link");

        let token = app.login(&user.email, PASSWORD).await;
        let me: Value = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(me["email_verified"], false);

        let page = app.client.get(&link).send().await.unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("your e-mail address is verified"));
        let me: Value = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(me["email_verified"], true);

        let again = app.client.get(&link).send().await.unwrap();
        assert_eq!(again.status(), 400, "a link works once");
        assert!(again.text().await.unwrap().contains("already used"));
    }

    async fn the_api_verifies_with_the_token_and_the_query_form_works_too(app) {
        let first = app.register("Bo Chen").await;
        let mail = app.smtp.wait_for(&first.email).await;
        let token = mail.link(&format!("{}/verify-email/", app.address)).rsplit('/').next().unwrap().to_owned();
        let response = app.post_json("/api/v1/auth/verify", &json!({"token": token})).await;
        assert_eq!(response.status(), 200);
        let reused = app.post_json("/api/v1/auth/verify", &json!({"token": token})).await;
        assert_eq!(reused.status(), 400);
        assert!(problem(reused).await["detail"].as_str().unwrap().contains("already used"));

        let second = app.register("Cy Dube").await;
        let mail = app.smtp.wait_for(&second.email).await;
        let token = mail.link(&format!("{}/verify-email/", app.address)).rsplit('/').next().unwrap().to_owned();
        let page = app.get(&format!("/verify-email?token={token}")).await;
        assert_eq!(page.status(), 200);
    }

    async fn a_forged_or_expired_verification_link_is_refused_clearly(app) {
        let forged = app.post_json("/api/v1/auth/verify", &json!({"token": "not-a-real-token"})).await;
        assert_eq!(forged.status(), 400);
        assert!(problem(forged).await["detail"].as_str().unwrap().contains("not valid"));

        let user = app.register("Di Eze").await;
        let mail = app.smtp.wait_for(&user.email).await;
        let link = mail.link(&format!("{}/verify-email/", app.address));
        app.clock.advance(8 * 24 * 3600);
        let page = app.client.get(&link).send().await.unwrap();
        assert_eq!(page.status(), 400);
        assert!(page.text().await.unwrap().contains("expired"));
    }

    async fn asking_again_sends_a_new_link_and_the_old_one_stops_working(app) {
        let user = app.register("Ed Fox").await;
        let first = app.smtp.wait_for(&user.email).await.link(&format!("{}/verify-email/", app.address));
        let token = app.login(&user.email, PASSWORD).await;
        let resend = app.client.post(app.url("/api/v1/auth/verify/resend")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(resend.status(), 202);
        let second = app.smtp.wait_for_nth(&user.email, 2).await.link(&format!("{}/verify-email/", app.address));
        assert_ne!(first, second);
        assert_eq!(app.client.get(&first).send().await.unwrap().status(), 400);
        assert_eq!(app.client.get(&second).send().await.unwrap().status(), 200);
        let after = app.client.post(app.url("/api/v1/auth/verify/resend")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(after.status(), 409, "already verified");
    }
}
