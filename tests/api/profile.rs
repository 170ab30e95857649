use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, problem};

both_backends! {
    async fn company_and_country_can_change_but_not_the_name(app) {
        let user = app.register("Ana Lima").await;
        let token = app.login(&user.email, PASSWORD).await;
        let patch = |body: Value| app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).json(&body).send();
        let ok = patch(json!({"company": "  Green IT GmbH ", "country": "at"})).await.unwrap();
        assert_eq!(ok.status(), 200);
        let me: Value = ok.json().await.unwrap();
        assert_eq!((me["company"].as_str(), me["country"].as_str()), (Some("Green IT GmbH"), Some("AT")));

        let only_country = patch(json!({"country": "PT"})).await.unwrap();
        assert_eq!(only_country.json::<Value>().await.unwrap()["company"], "Green IT GmbH");

        let name = patch(json!({"name": "Someone Else"})).await.unwrap();
        assert_eq!(name.status(), 422);
        assert!(problem(name).await["errors"]["name"].as_str().unwrap().contains("unknown field"));

        let bad = patch(json!({"company": "", "country": "XX"})).await.unwrap();
        assert_eq!(bad.status(), 422);
        let p = problem(bad).await;
        assert!(p["errors"]["company"].is_string() && p["errors"]["country"].is_string());
        let me: Value = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!((me["company"].as_str(), me["country"].as_str(), me["name"].as_str()), (Some("Green IT GmbH"), Some("PT"), Some("Ana Lima")));
    }

    async fn the_account_page_saves_details_and_changes_the_password(app) {
        let user = app.register("Bo Chen").await;
        app.login(&user.email, PASSWORD).await;
        let page = app.get("/account").await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("Bo Chen"));
        let bad = app.post_form("/account", &[("company", ""), ("country", "DE")]).await;
        assert_eq!(bad.status(), 422);
        assert!(bad.text().await.unwrap().contains("Enter your company name"));
        let saved = app.post_form("/account", &[("company", "Circular AG"), ("country", "CH")]).await;
        assert_eq!(saved.status(), 303);

        let other_device = app.login(&user.email, PASSWORD).await;
        let wrong = app.post_form("/account/password", &[("current_password", "not it at all"), ("new_password", "another good one")]).await;
        assert_eq!(wrong.status(), 422);
        assert!(wrong.text().await.unwrap().contains("current password is not right"));
        let changed = app.post_form("/account/password", &[("current_password", PASSWORD), ("new_password", "another good one")]).await;
        assert_eq!(changed.status(), 303);
        assert_eq!(app.get("/account").await.status(), 200, "this browser stays logged in");
        assert_eq!(app.client.get(app.url("/api/v1/me")).bearer_auth(&other_device).send().await.unwrap().status(), 401);
        let me: Value = app.get("/api/v1/me").await.json().await.unwrap();
        assert_eq!(me["company"], "Circular AG");
    }
}
