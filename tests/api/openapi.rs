use std::collections::BTreeSet;

use serde_json::Value;

use crate::both_backends;

/// The `/api/v1` routes of the route table, read from the handler attributes in `src/web/`
/// (`#[get("…")]` and friends in `src/web/api*.rs`, the files that `web::api::configure` mounts).
fn api_routes_in_source() -> BTreeSet<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let mut routes = BTreeSet::new();
    let mut files: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("api") && name.ends_with(".rs"))
        .collect();
    files.push("openapi.rs".into());
    files.push("reports/api.rs".into());
    files.push("renewal/api.rs".into());
    files.push("learning/api.rs".into());
    files.push("interop/api.rs".into());
    files.push("lti/api.rs".into());
    files.push("privacy/api.rs".into());
    files.push("translations/api.rs".into());
    assert!(files.len() >= 7, "{files:?}");
    for file in files {
        let source = std::fs::read_to_string(root.join(file)).unwrap();
        for line in source.lines().map(str::trim) {
            for method in ["get", "post", "put", "patch", "delete"] {
                if let Some(rest) = line.strip_prefix(&format!("#[{method}(\"")) {
                    let path = rest.split('"').next().unwrap();
                    let full = if path == "/healthz" { path.to_owned() } else { format!("/api/v1{path}") };
                    routes.insert((method.to_owned(), full));
                }
            }
        }
    }
    routes
}

both_backends! {
    async fn errors_outside_the_handlers_are_documented_problems_too(app) {
        // An undeclared method: 405 naming the methods the path answers.
        let r = app.client.delete(app.url("/api/v1/me")).send().await.unwrap();
        assert_eq!(r.status(), 405);
        assert_eq!(r.headers()["allow"], "GET, HEAD, PATCH");
        assert_eq!(r.headers()["content-type"], "application/problem+json");
        let r = app.client.request(reqwest::Method::TRACE, app.url("/healthz")).send().await.unwrap();
        assert_eq!((r.status().as_u16(), r.headers()["allow"].to_str().unwrap()), (405, "GET, HEAD"));
        // A path parameter that is not a number names nothing: a 404 problem, not text/plain.
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        let r = app.client.get(app.url("/api/v1/attempts/not-a-number")).bearer_auth(&token).send().await.unwrap();
        assert_eq!((r.status().as_u16(), r.headers()["content-type"].to_str().unwrap()), (404, "application/problem+json"));
        // A body that is not JSON: 415; JSON that is not well-formed: 400; both problems.
        let r = app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).header("content-type", "text/plain").body("{}").send().await.unwrap();
        assert_eq!((r.status().as_u16(), r.headers()["content-type"].to_str().unwrap()), (415, "application/problem+json"));
        let r = app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).header("content-type", "application/json").body("{\"company\":").send().await.unwrap();
        assert_eq!((r.status().as_u16(), r.headers()["content-type"].to_str().unwrap()), (400, "application/problem+json"));
        // Text with a NUL character is the client's error on both databases.
        let r = app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).json(&serde_json::json!({"company": "Green\u{0}IT"})).send().await.unwrap();
        assert!(r.status() == 422 || r.status() == 200, "{}", r.status());
        // And the document says all of it.
        let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
        let patch_me = &doc["paths"]["/api/v1/me"]["patch"]["responses"];
        for status in ["200", "400", "401", "413", "415", "422"] {
            assert!(patch_me.get(status).is_some(), "PATCH /api/v1/me documents {status}");
        }
        assert!(doc["paths"]["/api/v1/attempts/{id}"]["get"]["responses"].get("404").is_some());
    }

    async fn the_openapi_document_lists_every_api_route(app) {
        let response = app.get("/api/v1/openapi.json").await;
        assert_eq!(response.status(), 200);
        let doc: Value = response.json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        let mut documented = BTreeSet::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                documented.insert((method.clone(), path.clone()));
            }
        }
        let in_source = api_routes_in_source();
        assert!(in_source.len() >= 15, "{in_source:?}");
        let missing: Vec<_> = in_source.difference(&documented).collect();
        assert!(missing.is_empty(), "routes missing from the OpenAPI document: {missing:?}");
        let extra: Vec<_> = documented.difference(&in_source).collect();
        assert!(extra.is_empty(), "documented routes that do not exist: {extra:?}");
        assert!(doc["components"]["schemas"]["Problem"].is_object());
        assert!(doc["components"]["schemas"]["RegisterRequest"].is_object());
        assert!(doc["components"]["schemas"]["FlagBody"]["properties"]["flagged"].is_object(), "the flag's body is described");
        assert!(doc["components"]["schemas"]["FlagState"].is_object());
    }

    async fn every_documented_route_exists(app) {
        let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                let response = app.client.request(method.to_uppercase().parse().unwrap(), app.url(path))
                    .header("content-type", "application/json").body("{}").send().await.unwrap();
                assert_ne!(response.status(), 404, "{method} {path}");
                assert_ne!(response.status(), 405, "{method} {path}");
            }
        }
    }
}
