//! Operations over HTTP: request ids, HEAD for every GET route, `/readyz` and `/metrics`.

use std::collections::HashMap;

use diesel::connection::SimpleConnection;
use serde_json::{Value, json};

use crate::both_backends;
use crate::exams::{COURSE, EXAM1, answer_all, start, submit};
use crate::helpers::{Backend, TestApp, problem, spawn_app_tweaked};

const METRICS_TOKEN: &str = "metrics-token-for-tests-0123456789";

fn is_generated_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

both_backends! {
    async fn every_answer_carries_a_request_id_and_problems_and_error_pages_quote_it(app) {
        let home = app.get("/").await;
        assert!(is_generated_id(home.headers()["x-request-id"].to_str().unwrap()));

        let api = app.client.get(app.url("/api/v1/nothing-here")).header("x-request-id", "client-id-123").send().await.unwrap();
        assert_eq!(api.headers()["x-request-id"], "client-id-123");
        let doc = problem(api).await;
        assert_eq!(doc["request_id"], "client-id-123");
        assert_eq!(doc["type"], "/problems/not-found");
        assert_eq!(doc["status"], 404);

        let invalid = app.client.post(app.url("/api/v1/auth/register")).header("x-request-id", "reg-7")
            .json(&json!({"email": "nope", "password": "x", "name": "", "company": "", "country": "ZZ"})).send().await.unwrap();
        assert_eq!(invalid.status(), 422);
        let doc = problem(invalid).await;
        assert_eq!(doc["request_id"], "reg-7");
        assert_eq!(doc["title"], "Invalid input");
        assert!(doc["errors"]["email"].is_string(), "{doc}");

        for insane in ["has space", &"x".repeat(129), "tab\tinside"] {
            let response = app.client.get(app.url("/healthz")).header("x-request-id", insane).send().await.unwrap();
            let id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
            assert!(is_generated_id(&id), "{insane:?} was replaced by a new id, not {id:?}");
        }

        let page = app.client.get(app.url("/nothing-here")).header("x-request-id", "page-ref-42").send().await.unwrap();
        assert_eq!(page.status(), 404);
        assert_eq!(page.headers()["x-request-id"], "page-ref-42");
        let html = page.text().await.unwrap();
        assert!(html.contains("Reference: page-ref-42"), "{html}");
    }

    async fn head_answers_every_get_route_like_get_without_a_body(app) {
        app.get("/").await; // the CSRF cookie, so that both answers render the same page
        for path in ["/", "/login", "/static/css/app.css", "/api/v1/openapi.json", "/healthz", "/nothing-here", "/api/v1/nothing-here"] {
            let get = app.get(path).await;
            let head = app.client.head(app.url(path)).send().await.unwrap();
            assert_eq!(head.status(), get.status(), "HEAD {path}");
            for name in ["content-type", "content-length", "cache-control", "etag", "x-content-type-options"] {
                assert_eq!(head.headers().get(name), get.headers().get(name), "HEAD {path}: {name}");
            }
            let get_len: usize = get.headers()["content-length"].to_str().unwrap().parse().unwrap();
            assert_eq!(get.bytes().await.unwrap().len(), get_len, "GET {path}");
            assert!(get_len > 0, "GET {path} has a body");
            assert!(head.bytes().await.unwrap().is_empty(), "HEAD {path} has no body");
        }
        let head = app.client.head(app.url("/")).send().await.unwrap();
        assert_eq!(head.status(), 200);
        assert!(head.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        // A route without GET still refuses HEAD as it refuses GET.
        let get = app.get("/api/v1/auth/login").await.status();
        let head = app.client.head(app.url("/api/v1/auth/login")).send().await.unwrap().status();
        assert_eq!(head, get);
    }

    async fn readyz_reports_the_database_the_migrations_and_the_workers(app) {
        let response = app.get("/readyz").await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body, json!({
            "status": "ready",
            "database": "ok",
            "migrations": "current",
            "workers": {"exam_sweeper": "alive", "heartbeats": "alive", "lti_scores": "alive", "mail": "alive"},
        }));
        // Undo the record of the newest migration: the database now lacks one of this version.
        app.db().write().unwrap().batch_execute(
            "DELETE FROM __diesel_schema_migrations WHERE version = (SELECT MAX(version) FROM __diesel_schema_migrations)",
        ).unwrap();
        let response = app.get("/readyz").await;
        assert_eq!(response.status(), 503);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["status"], "not_ready");
        assert_eq!(body["database"], "ok");
        assert_eq!(body["migrations"], "pending");
        assert_eq!(body["workers"]["mail"], "alive");
    }

    async fn metrics_are_off_without_a_token(app) {
        assert_eq!(app.get("/metrics").await.status(), 404);
        let with_bearer = app.client.get(app.url("/metrics")).bearer_auth(METRICS_TOKEN).send().await.unwrap();
        assert_eq!(with_bearer.status(), 404);
    }
}

/// The samples of a scrape, by metric name and labels (sorted `k=v` pairs). Checked line by line
/// against the text format (prometheus-parse skips samples whose label values hold a `}`, as route
/// patterns do, so the check is done here): `# HELP`/`# TYPE` comments, then
/// `name{label="value",…} number`, every sample of a family whose type was declared.
async fn scrape(app: &TestApp) -> HashMap<(String, String), f64> {
    let response = app.client.get(app.url("/metrics")).bearer_auth(METRICS_TOKEN).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let text = response.text().await.unwrap();
    let is_name = |n: &str| {
        !n.is_empty()
            && !n.starts_with(|c: char| c.is_ascii_digit())
            && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    };
    let mut typed = std::collections::HashSet::new();
    let mut samples = HashMap::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            assert!(is_name(name) && ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind), "{line}");
            typed.insert(name.to_owned());
            continue;
        }
        if line.starts_with("# HELP ") {
            continue;
        }
        assert!(!line.starts_with('#'), "unexpected comment: {line}");
        let name_end = line.find(['{', ' ']).unwrap();
        let name = &line[..name_end];
        assert!(is_name(name), "{line}");
        let family =
            ["_bucket", "_sum", "_count"].iter().find_map(|s| name.strip_suffix(s)).filter(|f| typed.contains(*f));
        assert!(typed.contains(name) || family.is_some(), "no # TYPE before {line}");
        let mut rest = &line[name_end..];
        let mut labels = Vec::new();
        if let Some(mut inner) = rest.strip_prefix('{') {
            loop {
                if let Some(after) = inner.strip_prefix('}') {
                    rest = after;
                    break;
                }
                let (key, after) = inner.split_once("=\"").unwrap_or_else(|| panic!("bad labels: {line}"));
                assert!(is_name(key.trim_start_matches(',')), "{line}");
                let mut value = String::new();
                let mut chars = after.char_indices();
                let end = loop {
                    match chars.next() {
                        Some((_, '\\')) => value.push(chars.next().unwrap().1),
                        Some((i, '"')) => break i,
                        Some((_, c)) => value.push(c),
                        None => panic!("unterminated label value: {line}"),
                    }
                };
                labels.push(format!("{}={value}", key.trim_start_matches(',')));
                inner = &after[end + 1..];
            }
        }
        let number = rest.strip_prefix(' ').unwrap_or_else(|| panic!("no value: {line}"));
        let value: f64 = match number {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            n => n.parse().unwrap_or_else(|_| panic!("bad number: {line}")),
        };
        labels.sort();
        samples.insert((name.to_owned(), labels.join(",")), value);
    }
    samples
}

fn value(samples: &HashMap<(String, String), f64>, metric: &str, labels: &str) -> f64 {
    samples.get(&(metric.to_owned(), labels.to_owned())).copied().unwrap_or(0.0)
}

async fn metrics_count_a_learners_journey(backend: Backend) {
    let Some(app) = spawn_app_tweaked(backend, |s| s.metrics_token = Some(METRICS_TOKEN.into())).await else { return };
    assert_eq!(app.get("/metrics").await.status(), 401);
    let wrong = app.client.get(app.url("/metrics")).bearer_auth("metrics-token-for-tests-wrong").send().await.unwrap();
    assert_eq!(wrong.status(), 401);
    assert_eq!(problem(wrong).await["type"], "/problems/unauthorized");

    let before = scrape(&app).await;
    let (learner, token) = app.user_with_role("Mia Metrics", "learner").await;
    let beat = app
        .client
        .post(app.url("/api/v1/progress/heartbeat"))
        .bearer_auth(&token)
        .json(&json!({"course": COURSE, "module": "why-circular"}))
        .send()
        .await
        .unwrap();
    assert_eq!(beat.status(), 200);
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let exempt = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id)))
        .bearer_auth(&admin)
        .json(&json!({"course": COURSE, "reason": "Metrics test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(exempt.status(), 201);
    let started = start(&app, &token, EXAM1).await;
    assert_eq!(started.status(), 201);
    let attempt = started.json::<Value>().await.unwrap()["attempt_id"].as_i64().unwrap();
    answer_all(&app, &token, attempt, 1).await;
    assert_eq!(submit(&app, &token, attempt).await.status(), 200);
    let after = scrape(&app).await;

    let moved = |metric: &str, labels: &str| value(&after, metric, labels) - value(&before, metric, labels);
    assert!(moved("http_requests_total", "method=POST,route=/api/v1/auth/register,status=201") >= 2.0);
    assert!(moved("http_requests_total", "method=POST,route=/api/v1/auth/login,status=200") >= 2.0);
    assert!(moved("http_requests_total", "method=POST,route=/api/v1/attempts/{id}/submit,status=200") >= 1.0);
    assert!(moved("http_request_duration_seconds_count", "method=POST,route=/api/v1/progress/heartbeat") >= 1.0);
    assert!(
        moved("http_request_duration_seconds_bucket", "le=+Inf,method=POST,route=/api/v1/progress/heartbeat") >= 1.0
    );
    assert!(moved("heartbeats_total", "") >= 1.0);
    assert!(moved("exam_attempts_started_total", "") >= 1.0);
    assert!(moved("exam_answers_saved_total", "") >= 1.0);
    assert!(
        moved("exam_attempts_submitted_total", "result=failed")
            + moved("exam_attempts_submitted_total", "result=passed")
            >= 1.0
    );
    // Route patterns, never raw paths: no attempt id appears in a label.
    let attempt_id = format!("/{attempt}");
    assert!(after.keys().all(|(_, labels)| !labels.contains(&attempt_id)), "a raw path leaked into a label");
    for gauge in ["mail_outbox_depth", "mail_outbox_oldest_age_seconds", "mail_outbox_failed", "xapi_queue_depth"] {
        assert!(after.contains_key(&(gauge.to_owned(), String::new())), "{gauge} missing");
    }
    assert!(after.contains_key(&("credentials_total".to_owned(), "event=issued".to_owned())));
    let pool = if backend == Backend::Sqlite { "pool=write" } else { "pool=shared" };
    assert!(value(&after, "db_pool_connections", pool) >= 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_need_the_token_and_count_a_learners_journey_on_sqlite() {
    metrics_count_a_learners_journey(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_need_the_token_and_count_a_learners_journey_on_postgres() {
    metrics_count_a_learners_journey(Backend::Postgres).await;
}
