use serde_json::Value;

use crate::both_backends;
use crate::helpers::{Backend, problem};

both_backends! {
    async fn healthz_names_the_database(app) {
        let response = app.get("/healthz").await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        let expected = match app.backend { Backend::Sqlite => "sqlite", Backend::Postgres => "postgres" };
        assert_eq!(body, serde_json::json!({"status": "ok", "database": expected}));
    }

    async fn an_unknown_api_path_is_a_json_problem_and_an_unknown_page_is_html(app) {
        let api = app.get("/api/v1/nothing-here").await;
        assert_eq!(api.status(), 404);
        assert_eq!(problem(api).await["type"], "/problems/not-found");
        let page = app.get("/nothing-here").await;
        assert_eq!(page.status(), 404);
        assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let html = page.text().await.unwrap();
        assert!(html.contains("We could not find that page"), "{html}");
    }

    async fn every_response_carries_the_security_headers(app) {
        let response = app.get("/").await;
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["x-frame-options"], "DENY");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("default-src 'self'"));
        let csrf_cookie = headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).find(|c| c.starts_with("ess_csrf=")).unwrap();
        assert!(csrf_cookie.contains("HttpOnly") && csrf_cookie.contains("SameSite=Lax"), "{csrf_cookie}");
    }

    async fn static_files_are_served_with_an_etag_and_revalidated(app) {
        let response = app.get("/static/css/app.css").await;
        assert_eq!(response.status(), 200);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
        let etag = response.headers()["etag"].to_str().unwrap().to_owned();
        let again = app.client.get(app.url("/static/css/app.css")).header("if-none-match", &etag).send().await.unwrap();
        assert_eq!(again.status(), 304);
        assert_eq!(app.get("/static/../Cargo.toml").await.status(), 404);
    }
}
