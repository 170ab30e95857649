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
