use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, problem, rand_suffix};

both_backends! {
    async fn logging_in_returns_a_token_and_sets_a_safe_cookie(app) {
        let user = app.register("Ana Lima").await;
        let response = app.post_json("/api/v1/auth/login", &json!({"email": user.email.to_uppercase(), "password": PASSWORD})).await;
        assert_eq!(response.status(), 200);
        let cookie = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).find(|c| c.starts_with("ess_session=")).unwrap();
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Lax"), "{cookie}");
        assert!(cookie.contains("Path=/"), "{cookie}");
        assert!(!cookie.contains("Secure"), "not on http");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["token"].as_str().unwrap().split('.').count(), 3);
        let expires = body["expires_at"].as_str().unwrap();
        assert!(expires.ends_with('Z') && expires.len() == 20, "{expires}");
    }

    async fn a_wrong_password_and_an_unknown_email_get_the_same_answer(app) {
        let user = app.register("Bo Chen").await;
        let wrong = app.post_json("/api/v1/auth/login", &json!({"email": user.email, "password": "wrong password!"})).await;
        let unknown = app.post_json("/api/v1/auth/login", &json!({"email": format!("nobody.{}@x.example", rand_suffix()), "password": "wrong password!"})).await;
        assert_eq!(wrong.status(), 401);
        assert_eq!(unknown.status(), 401);
        let (mut a, mut b) = (problem(wrong).await, problem(unknown).await);
        // Each answer quotes its own request id; everything else is the same.
        assert_ne!(a.as_object_mut().unwrap().remove("request_id"), b.as_object_mut().unwrap().remove("request_id"));
        assert_eq!(a, b);
        assert_eq!(a["type"], "/problems/bad-credentials");
    }

    async fn ten_failures_lock_the_account_for_a_while_even_with_the_right_password(app) {
        let user = app.register("Cy Dube").await;
        for _ in 0..10 {
            let r = app.post_json("/api/v1/auth/login", &json!({"email": user.email, "password": "wrong password!"})).await;
            assert_eq!(r.status(), 401);
        }
        let locked = app.post_json("/api/v1/auth/login", &json!({"email": user.email, "password": PASSWORD})).await;
        assert_eq!(locked.status(), 429);
        let retry: i64 = locked.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!(retry > 0 && retry <= 900, "{retry}");
        assert_eq!(problem(locked).await["type"], "/problems/too-many-requests");

        app.clock.advance(16 * 60);
        let response = app.post_json("/api/v1/auth/login", &json!({"email": user.email, "password": PASSWORD})).await;
        assert_eq!(response.status(), 200, "the window has passed");
    }

    async fn unknown_emails_are_throttled_exactly_like_known_ones(app) {
        let email = format!("ghost.{}@x.example", rand_suffix());
        for _ in 0..10 {
            assert_eq!(app.post_json("/api/v1/auth/login", &json!({"email": email, "password": "whatever123"})).await.status(), 401);
        }
        assert_eq!(app.post_json("/api/v1/auth/login", &json!({"email": email, "password": "whatever123"})).await.status(), 429);
    }

    async fn a_disabled_account_cannot_log_in_and_loses_its_sessions(app) {
        let user = app.register("Di Eze").await;
        let token = app.login(&user.email, PASSWORD).await;
        let db = app.db();
        let now = app.clock.clone();
        let email = user.email.clone();
        tokio::task::spawn_blocking(move || {
            use ess_academy::clock::Clock;
            ess_academy::accounts::users::set_disabled(&mut db.write().unwrap(), now.now(), &email, true).unwrap();
        }).await.unwrap();
        let me = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(me.status(), 401);
        let login = app.post_json("/api/v1/auth/login", &json!({"email": user.email, "password": PASSWORD})).await;
        assert_eq!(login.status(), 401);
    }
}
