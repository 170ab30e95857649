//! What each instance keeps in memory (module pages by content generation, copies of accounts
//! for the session check, see `ess_academy::freshness`) stays exact across instances: two server
//! processes on one database, a change made through one (or through the CLI) is served by the
//! other within a second. SQLite always (two processes on one file), PostgreSQL when
//! `TEST_DATABASE_URL` is set.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::helpers::{PgTestDb, SmtpServer};
use crate::server_process::{Instance, admin_token, login, register_verified};

const COURSE: &str = "environmental-sustainability";
const MODULE: &str = "takeback-and-the-takeback-incentive";
/// The promise: a change anywhere is seen everywhere within a second.
const WITHIN: Duration = Duration::from_secs(1);

/// The module's source: its front matter's fields and its body.
fn source() -> (Value, String) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/courses/environmental-sustainability/modules/04-takeback-and-the-takeback-incentive.md"
    ))
    .unwrap();
    let rest = text.strip_prefix("+++\n").unwrap();
    let (front, body) = rest.split_once("\n+++\n").unwrap();
    let front: toml::Value = toml::from_str(front).unwrap();
    (serde_json::to_value(front).unwrap(), body.to_owned())
}

/// Polls `check` until it holds; the time it took from `since`.
async fn seen_within(since: Instant, what: &str, mut check: impl AsyncFnMut() -> bool) -> Duration {
    loop {
        if check().await {
            return since.elapsed();
        }
        assert!(since.elapsed() < Duration::from_secs(10), "{what}: not seen after 10 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A study time as the English pages write it (`duration-*` in `locales/en/main.ftl`).
fn english_duration(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

async fn run(database_url: &str) {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start();
    let mut a = Instance::new(database_url, &dir.path().join("a"), smtp.port, None);
    a.start().await;
    let mut b = Instance::new(database_url, &dir.path().join("b"), smtp.port, Some(&a.base));
    b.start().await;
    let admin = admin_token(&a, "instances-admin@example.com").await;
    let learner_id = register_verified(&a.base, &smtp, "instances-learner@example.com", "Lena Instance").await;
    let learner = login(&a.base, "instances-learner@example.com").await;
    let client = reqwest::Client::new();
    let page = |base: &str| {
        client.get(format!("{base}/courses/{COURSE}/{MODULE}")).bearer_auth(&learner).header("Accept-Language", "en")
    };
    let json =
        |base: &str| client.get(format!("{base}/api/v1/courses/{COURSE}/modules/{MODULE}")).bearer_auth(&learner);

    // B serves the page (and keeps it); A publishes a new revision.
    let before = page(&b.base).send().await.unwrap();
    assert_eq!(before.status(), 200);
    let revision = json(&b.base).send().await.unwrap().json::<Value>().await.unwrap()["revision"].as_i64().unwrap();
    let marker = format!("Cache check {}", std::process::id());
    assert!(!before.text().await.unwrap().contains(&marker));
    // The catalogue shows the course's total study time: B serves it (and keeps its shell).
    let catalogue =
        |base: &str| client.get(format!("{base}/courses")).bearer_auth(&learner).header("Accept-Language", "en");
    let courses: Value = client.get(format!("{}/api/v1/courses", b.base)).send().await.unwrap().json().await.unwrap();
    let total = courses.as_array().unwrap().iter().find(|c| c["slug"] == COURSE).unwrap()["minutes"].as_i64().unwrap();
    let shown = |page: String| page.replace(['\u{2068}', '\u{2069}'], "");
    assert!(shown(catalogue(&b.base).send().await.unwrap().text().await.unwrap()).contains(&english_duration(total)));
    let (front, body) = source();
    let put = client
        .put(format!("{}/api/v1/admin/courses/{COURSE}/modules/{MODULE}", a.base))
        .bearer_auth(&admin)
        .json(&json!({
            "title": front["title"], "minutes": front["minutes"].as_i64().unwrap() + 1, "objectives": front["objectives"],
            "summary": front["summary"], "markdown": format!("{body}\n\n{marker}.\n"), "publish": true,
            "note": "A marker for the cache test",
        }))
        .send()
        .await
        .unwrap();
    assert!(put.status().is_success(), "{}", put.text().await.unwrap());
    let published = Instant::now();
    let took = seen_within(published, "the new revision on the other instance's page", async || {
        page(&b.base).send().await.unwrap().text().await.unwrap().contains(&marker)
    })
    .await;
    assert!(took < WITHIN, "the other instance served the old page for {took:?}");
    let took = seen_within(published, "the new revision in the other instance's module API", async || {
        json(&b.base).send().await.unwrap().json::<Value>().await.unwrap()["revision"].as_i64() == Some(revision + 1)
    })
    .await;
    assert!(took < WITHIN, "the other instance's API served the old revision for {took:?}");
    let took = seen_within(published, "the new study time in the other instance's catalogue", async || {
        shown(catalogue(&b.base).send().await.unwrap().text().await.unwrap()).contains(&english_duration(total + 1))
    })
    .await;
    assert!(took < WITHIN, "the other instance's catalogue was old for {took:?}");
    // And on the instance that published, at once.
    assert!(page(&a.base).send().await.unwrap().text().await.unwrap().contains(&marker));

    // A knowledge check answered through A is shown answered by B within a second (B keeps the
    // learner's answers under the account's answers version), and by A at once.
    let verdicts = |page: String| page.matches(r#"<p class="kcheck-verdict "#).count();
    let module: Value = json(&a.base).send().await.unwrap().json().await.unwrap();
    let check = &module["checks"][0];
    let (check_id, option) = (check["id"].as_str().unwrap(), check["options"][0]["id"].as_str().unwrap());
    assert_eq!(verdicts(page(&b.base).send().await.unwrap().text().await.unwrap()), 0, "no check answered yet");
    let answer = |base: &str| {
        client
            .post(format!("{base}/api/v1/courses/{COURSE}/modules/{MODULE}/checks/{check_id}"))
            .bearer_auth(&learner)
            .json(&json!({"selected": [option]}))
    };
    let answered = answer(&a.base).send().await.unwrap();
    assert_eq!(answered.status(), 200, "{}", answered.text().await.unwrap());
    let took = seen_within(Instant::now(), "the answer on the other instance's page", async || {
        verdicts(page(&b.base).send().await.unwrap().text().await.unwrap()) == 1
    })
    .await;
    assert!(took < WITHIN, "the other instance showed the check unanswered for {took:?}");
    assert_eq!(verdicts(page(&a.base).send().await.unwrap().text().await.unwrap()), 1, "answered at once on A");
    // A second answer through B, which keeps a copy: B shows the second try at once.
    let again = answer(&b.base).send().await.unwrap();
    assert_eq!(again.status(), 200);
    let after = page(&b.base).send().await.unwrap().text().await.unwrap();
    assert!(after.contains(r#"kcheck-tries" data-count="2""#), "B's own answer is shown at once");

    // "My training" is kept per learner for half a second (`web::training`): an exemption granted
    // through A shows on B within a second, and on A at once.
    let training = |base: &str| {
        client.get(format!("{base}/training")).bearer_auth(&learner).header("Accept-Language", "en").send()
    };
    let states = |page: String, state: &str| page.matches(&format!(r#"<span class="state state-{state}">"#)).count();
    let before = training(&b.base).await.unwrap().text().await.unwrap();
    assert_eq!(states(before.clone(), "exempt"), 0, "nothing exempt yet");
    let (started, modules) = (states(before.clone(), "in_progress"), states(before, "not_started"));
    assert!(modules >= 2, "modules not started: {modules}");
    let granted = client
        .post(format!("{}/api/v1/admin/users/{learner_id}/exemptions", a.base))
        .bearer_auth(&admin)
        .json(&json!({"course": COURSE, "module": MODULE, "reason": "Holds the earlier certificate"}))
        .send()
        .await
        .unwrap();
    assert_eq!(granted.status(), 201, "{}", granted.text().await.unwrap());
    let took = seen_within(Instant::now(), "the exemption on the other instance's training page", async || {
        states(training(&b.base).await.unwrap().text().await.unwrap(), "exempt") == 1
    })
    .await;
    assert!(took < WITHIN, "the other instance's training page was old for {took:?}");
    assert_eq!(states(training(&a.base).await.unwrap().text().await.unwrap(), "exempt"), 1, "at once on A");
    // A heartbeat is not a local write (it ends no copy of an account), but B shows the module
    // it started at once, on the page B had just kept.
    let kept = training(&b.base).await.unwrap().text().await.unwrap();
    assert_eq!(states(kept, "in_progress"), started);
    let beat = client
        .post(format!("{}/api/v1/progress/heartbeat", b.base))
        .bearer_auth(&learner)
        .json(&json!({"course": COURSE, "module": "why-circular", "position": 0.2}))
        .send()
        .await
        .unwrap();
    assert_eq!(beat.status(), 200, "{}", beat.text().await.unwrap());
    let after = training(&b.base).await.unwrap().text().await.unwrap();
    assert_eq!(states(after, "in_progress"), started + 1, "B's own heartbeat is shown at once");

    // A session ended on A (logout) is refused by B within a second.
    let me = |base: &str, token: &str| client.get(format!("{base}/api/v1/me")).bearer_auth(token.to_owned());
    let second = login(&a.base, "instances-learner@example.com").await;
    assert_eq!(me(&b.base, &second).send().await.unwrap().status(), 200, "B knows the session");
    let out = client.post(format!("{}/api/v1/auth/logout", a.base)).bearer_auth(&second).send().await.unwrap();
    assert!(out.status().is_success(), "logout: {}", out.status());
    let took = seen_within(Instant::now(), "the logout on the other instance", async || {
        me(&b.base, &second).send().await.unwrap().status() == 401
    })
    .await;
    assert!(took < WITHIN, "the other instance accepted a logged-out session for {took:?}");
    assert_eq!(me(&a.base, &second).send().await.unwrap().status(), 401, "refused at once where it ended");

    // An account disabled by the CLI (another process) is refused by both within a second.
    let third = login(&a.base, "instances-learner@example.com").await;
    assert_eq!(me(&b.base, &third).send().await.unwrap().status(), 200);
    assert_eq!(me(&a.base, &third).send().await.unwrap().status(), 200);
    let output = a.command().args(["admin", "disable", "--email", "instances-learner@example.com"]).output().unwrap();
    assert!(
        output.status.success(),
        "admin disable: {}\nstdout: {}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let disabled = Instant::now();
    for instance in [&b, &a] {
        let took = seen_within(disabled, "the disabled account", async || {
            me(&instance.base, &third).send().await.unwrap().status() == 401
        })
        .await;
        assert!(took < WITHIN, "{} accepted a disabled account for {took:?}", instance.base);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_sqlite_a_change_through_one_instance_is_served_by_the_other_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    run(&format!("sqlite://{}", dir.path().join("instances.db").display())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgres_a_change_through_one_instance_is_served_by_the_other_within_a_second() {
    let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
        println!("SKIPPED instances on PostgreSQL: TEST_DATABASE_URL is not set");
        return;
    };
    let pg = PgTestDb::create(&admin_url);
    run(&pg.url).await;
}
