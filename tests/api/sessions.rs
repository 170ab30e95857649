use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, problem};

both_backends! {
    async fn me_answers_with_a_bearer_token_or_the_cookie(app) {
        let user = app.register("Ana Lima").await;
        let token = app.login(&user.email, PASSWORD).await;
        let (fresh, _) = app.new_client();
        let by_bearer: Value = fresh.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(by_bearer["email"], user.email);
        assert_eq!(by_bearer["role"], "learner");
        assert_eq!(by_bearer["company"], "Acme Networks");
        assert_eq!(by_bearer["country"], "DE");
        let by_cookie: Value = app.get("/api/v1/me").await.json().await.unwrap();
        assert_eq!(by_cookie, by_bearer);
        let mut keys: Vec<&str> = by_cookie.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["company", "country", "email", "email_verified", "id", "locale", "name", "role"], "and nothing else");
        assert_eq!(by_cookie["locale"], Value::Null, "no language chosen yet");
    }

    async fn without_a_session_me_is_401(app) {
        let response = app.get("/api/v1/me").await;
        assert_eq!(response.status(), 401);
        assert_eq!(problem(response).await["type"], "/problems/unauthorized");
    }

    async fn malformed_forged_and_foreign_tokens_are_401_never_500(app) {
        let user = app.register("Bo Chen").await;
        let token = app.login(&user.email, PASSWORD).await;
        let parts: Vec<&str> = token.split('.').collect();
        let mut claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        claims["role"] = json!("programme_admin");
        claims["sub"] = json!("1");
        let tampered = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(claims.to_string()), parts[2]);
        let none_alg = format!("{}.{}.", URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#), parts[1]);
        let hs512 = format!("{}.{}.{}", URL_SAFE_NO_PAD.encode(r#"{"alg":"HS512","typ":"JWT"}"#), parts[1], parts[2]);
        let (fresh, _) = app.new_client();
        for bad in [tampered.as_str(), none_alg.as_str(), hs512.as_str(), "garbage", "a.b.c", "", "Bearer"] {
            let response = fresh.get(app.url("/api/v1/me")).header("authorization", format!("Bearer {bad}")).send().await.unwrap();
            assert_eq!(response.status(), 401, "{bad}");
        }
        let cookie = fresh.get(app.url("/api/v1/me")).header("cookie", format!("ess_session={tampered}")).send().await.unwrap();
        assert_eq!(cookie.status(), 401);
    }

    async fn a_token_stops_working_when_it_expires(app) {
        let user = app.register("Cy Dube").await;
        let token = app.login(&user.email, PASSWORD).await;
        app.clock.advance(12 * 3600 + 10);
        let response = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(response.status(), 401);
    }

    async fn logout_ends_every_earlier_token_of_the_user(app) {
        let user = app.register("Di Eze").await;
        let first = app.login(&user.email, PASSWORD).await;
        let second = app.login(&user.email, PASSWORD).await;
        let logout = app.client.post(app.url("/api/v1/auth/logout")).bearer_auth(&first).send().await.unwrap();
        assert_eq!(logout.status(), 204);
        let removal = logout.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).find(|c| c.starts_with("ess_session=")).unwrap();
        assert!(removal.contains("Max-Age=0") || removal.contains("expires=Thu, 01 Jan 1970"), "{removal}");
        for token in [&first, &second] {
            let me = app.client.get(app.url("/api/v1/me")).bearer_auth(token).send().await.unwrap();
            assert_eq!(me.status(), 401);
        }
        let (fresh, _) = app.new_client();
        let me = fresh.get(app.url("/api/v1/me")).header("cookie", format!("ess_session={first}")).send().await.unwrap();
        assert_eq!(me.status(), 401, "the old cookie value no longer works");
    }

    async fn a_json_call_with_the_session_cookie_needs_the_csrf_header(app) {
        let user = app.register("Ed Fox").await;
        app.login(&user.email, PASSWORD).await;
        let without = app.client.patch(app.url("/api/v1/me")).json(&json!({"company": "Evil Corp"})).send().await.unwrap();
        assert_eq!(without.status(), 403);
        assert!(problem(without).await["detail"].as_str().unwrap().contains("X-CSRF-Token"));
        let csrf = app.csrf().await;
        let wrong = app.client.patch(app.url("/api/v1/me")).header("x-csrf-token", "x".repeat(43)).json(&json!({"company": "Evil Corp"})).send().await.unwrap();
        assert_eq!(wrong.status(), 403);
        let with = app.client.patch(app.url("/api/v1/me")).header("x-csrf-token", csrf).json(&json!({"company": "Good Co"})).send().await.unwrap();
        assert_eq!(with.status(), 200);
        let me: Value = app.get("/api/v1/me").await.json().await.unwrap();
        assert_eq!(me["company"], "Good Co");
    }
}
