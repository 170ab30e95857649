//! xAPI statements delivered to a real learning record store: Ralph (PyPI `ralph-malph`, run
//! from the venv that `.ci/run` installs; `ESS_RALPH` names another `ralph`). Without it these
//! tests print why and pass, except under `CI=true`, where Ralph is required.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use ess_academy::clock::Clock;
use ess_academy::db::schema::xapi_statements as x;
use serde_json::Value;

use crate::helpers::{Backend, LRS_PASSWORD, LRS_USER, TestApp, spawn_app, spawn_app_with_xapi};

const DEFAULT_RALPH: &str = "/var/cache/ess-academy/ralph/bin/ralph";

/// A Ralph LRS on a port of its own, with a file-system backend in a temporary folder.
struct Lrs {
    port: u16,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Drop for Lrs {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ralph() -> Option<String> {
    let path = std::env::var("ESS_RALPH").unwrap_or_else(|_| DEFAULT_RALPH.to_owned());
    if std::path::Path::new(&path).exists() {
        return Some(path);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "Ralph LRS not found at {path} and CI=true: .ci/run installs it (pip install \"ralph-malph[cli,lrs]\" requests)"
    );
    println!("SKIPPED xAPI delivery tests: Ralph LRS not found at {path} (set ESS_RALPH or run .ci/run)");
    None
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Lrs {
    async fn start_on(port: u16) -> Option<Lrs> {
        let ralph = ralph()?;
        let dir = tempfile::tempdir().unwrap();
        let env = |c: &mut Command| {
            c.env("RALPH_APP_DIR", dir.path())
                .env("RALPH_AUTH_FILE", dir.path().join("auth.json"))
                .env("RALPH_RUNSERVER_BACKEND", "fs")
                .env("RALPH_RUNSERVER_AUTH_BACKENDS", "basic");
        };
        let mut auth = Command::new(&ralph);
        env(&mut auth);
        let status = auth
            .args(["auth", "-u", LRS_USER, "-p", LRS_PASSWORD, "-s", "all", "-M", "mailto:lrs@example.com", "-w"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "ralph auth");
        // Ralph's app on uvicorn, its file backend appending (tests/xapi/ralph_lrs.py says why).
        let python = std::path::Path::new(&ralph).with_file_name("python");
        let mut serve = Command::new(python);
        env(&mut serve);
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        let child = serve
            .env("RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH", dir.path().join("data"))
            .env("RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH", dir.path().join("data"))
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/xapi/ralph_lrs.py"))
            .args(["127.0.0.1", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let lrs = Lrs { port, child, _dir: dir };
        let deadline = Instant::now() + Duration::from_secs(30);
        while lrs.statements().await.is_none() {
            assert!(Instant::now() < deadline, "Ralph did not answer within 30 s");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        Some(lrs)
    }

    fn url(port: u16) -> String {
        format!("http://127.0.0.1:{port}/xAPI/")
    }

    /// Every statement the LRS holds (following `more`), or None when it does not answer.
    async fn statements(&self) -> Option<Vec<Value>> {
        let client = reqwest::Client::new();
        let mut all = Vec::new();
        let mut next = format!("http://127.0.0.1:{}/xAPI/statements?limit=500", self.port);
        loop {
            let response = client
                .get(&next)
                .basic_auth(LRS_USER, Some(LRS_PASSWORD))
                .header("X-Experience-API-Version", "1.0.3")
                .send()
                .await
                .ok()?;
            if !response.status().is_success() {
                return None;
            }
            let page: Value = response.json().await.ok()?;
            all.extend(page["statements"].as_array().cloned().unwrap_or_default());
            match page["more"].as_str().filter(|m| !m.is_empty()) {
                Some(more) => next = format!("http://127.0.0.1:{}{more}", self.port),
                None => return Some(all),
            }
        }
    }
}

fn queued(app: &TestApp) -> Vec<(String, String, Option<i64>)> {
    x::table.order(x::id).select((x::statement_id, x::verb, x::sent_at)).load(&mut *app.db().read().unwrap()).unwrap()
}

/// Waits until every queued statement is marked sent; returns them.
async fn all_sent(app: &TestApp) -> Vec<(String, String, Option<i64>)> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let rows = queued(app);
        if !rows.is_empty() && rows.iter().all(|r| r.2.is_some()) {
            return rows;
        }
        if Instant::now() >= deadline {
            let errors: Vec<Option<String>> =
                x::table.select(x::last_error).load(&mut *app.db().read().unwrap()).unwrap();
            panic!("statements still unsent: {rows:?}, errors {errors:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn by_id(statements: &[Value]) -> HashMap<String, Value> {
    statements.iter().map(|s| (s["id"].as_str().unwrap().to_owned(), s.clone())).collect()
}

async fn learning_events(app: &TestApp) -> crate::renewal::Holder {
    let holder = crate::renewal::holder(app).await;
    // A heartbeat on a module: progressed.
    let beat = app
        .client
        .post(app.url("/api/v1/progress/heartbeat"))
        .bearer_auth(&holder.token)
        .json(&serde_json::json!({"course": "environmental-sustainability", "module": "why-circular", "position": 0.3}))
        .send()
        .await
        .unwrap();
    assert!(beat.status().is_success(), "{}", beat.text().await.unwrap());
    let revoke = app
        .client
        .post(app.url(&format!("/api/v1/admin/credentials/{}/revoke", holder.id)))
        .bearer_auth(&holder.admin)
        .json(&serde_json::json!({"reason": "Issued by mistake in a test"}))
        .send()
        .await
        .unwrap();
    assert!(revoke.status().is_success(), "{}", revoke.text().await.unwrap());
    holder
}

async fn every_event_reaches_the_lrs_once(backend: Backend) {
    let port = free_port();
    let Some(lrs) = Lrs::start_on(port).await else { return };
    let Some(app) = spawn_app_with_xapi(backend, &Lrs::url(port)).await else { return };
    let holder = learning_events(&app).await;
    let rows = all_sent(&app).await;
    let stored = lrs.statements().await.unwrap();
    let ids: Vec<&str> = stored.iter().map(|s| s["id"].as_str().unwrap()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "each statement once in the LRS");
    let stored = by_id(&stored);
    for (id, _, _) in &rows {
        assert!(stored.contains_key(id), "statement {id} is in the LRS");
    }
    let verbs: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    for verb in ["registered", "attempted", "passed", "earned", "progressed", "voided"] {
        assert!(verbs.contains(&verb), "a {verb} statement: {verbs:?}");
    }
    let passed = rows.iter().find(|r| r.1 == "passed").map(|r| &stored[&r.0]).unwrap();
    assert_eq!(passed["verb"]["id"], "http://adlnet.gov/expapi/verbs/passed");
    let score = &passed["result"]["score"];
    assert_eq!(score["min"], 0);
    assert_eq!(score["max"], 35);
    assert!(score["scaled"].as_f64().unwrap() >= 0.8);
    assert_eq!(passed["result"]["success"], true);
    assert!(passed["result"]["duration"].as_str().unwrap().starts_with("PT"));
    assert_eq!(passed["context"]["platform"], "ESS Academy");
    assert_eq!(
        passed["context"]["contextActivities"]["parent"][0]["id"],
        app.url("/courses/environmental-sustainability")
    );
    let actor = &passed["actor"]["account"];
    assert_eq!(actor["homePage"], app.address);
    assert!(!serde_json::to_string(&passed["actor"]).unwrap().contains('@'), "no e-mail leaves the system");
    let earned = rows.iter().find(|r| r.1 == "earned").map(|r| &stored[&r.0]).unwrap();
    assert_eq!(earned["verb"]["id"], "http://id.tincanapi.com/verb/earned");
    assert_eq!(
        earned["context"]["extensions"]["https://ess-academy.example/xapi/extensions/verification-url"],
        app.url(&format!("/verify/{}", holder.id))
    );
    let voided = rows.iter().find(|r| r.1 == "voided").map(|r| &stored[&r.0]).unwrap();
    assert_eq!(voided["object"]["objectType"], "StatementRef");
    assert_eq!(voided["object"]["id"], earned["id"], "the revocation voids the earned statement");

    // A crash after the LRS stored a batch but before it was marked sent: the batch goes again,
    // and the LRS still holds each statement once.
    diesel::update(x::table).set(x::sent_at.eq(None::<i64>)).execute(&mut *app.db().write().unwrap()).unwrap();
    let resent = all_sent(&app).await;
    assert_eq!(resent.len(), rows.len());
    let again = lrs.statements().await.unwrap();
    assert_eq!(again.len(), ids.len(), "a resent batch stores nothing twice");

    // A replay of past events finds every statement already queued: nothing new.
    let replayed = {
        let settings = ess_academy::config::Settings { xapi_url: Some(Lrs::url(port)), ..Default::default() };
        let secret = std::fs::read(app.data_dir().join("secret")).unwrap();
        let xapi = settings.xapi(&app.address, &secret).unwrap();
        ess_academy::interop::xapi_events::replay(&mut app.db().write().unwrap(), &xapi, 0).unwrap()
    };
    assert_eq!(replayed, 0, "replay derives the same ids");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_event_reaches_the_lrs_once_on_sqlite() {
    every_event_reaches_the_lrs_once(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_event_reaches_the_lrs_once_on_postgres() {
    every_event_reaches_the_lrs_once(Backend::Postgres).await;
}

async fn an_outage_keeps_the_backlog_until_the_lrs_returns(backend: Backend) {
    if ralph().is_none() {
        return;
    }
    // Nothing listens on the port yet: every batch fails and stays queued.
    let port = free_port();
    let Some(app) = spawn_app_with_xapi(backend, &Lrs::url(port)).await else { return };
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    for name in ["Out Age", "Back Log", "Lost Not"] {
        app.register(name).await;
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    let failing = loop {
        let queue: Vec<Value> = app
            .client
            .get(app.url("/api/v1/admin/xapi/queue?state=failing"))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if queue.len() >= 3 {
            break queue;
        }
        assert!(Instant::now() < deadline, "the failures are not recorded: {queue:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(failing[0]["last_error"].as_str().unwrap().contains("could not be reached"), "{failing:?}");
    assert!(queued(&app).iter().all(|r| r.2.is_none()));
    let bad = app.client.get(app.url("/api/v1/admin/xapi/queue?state=lost")).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(bad.status(), 422);

    // The LRS comes back; the backoff passes (the clock moves an hour): the backlog goes out.
    let Some(lrs) = Lrs::start_on(port).await else { return };
    app.clock.set(app.clock.now() + 3600);
    let rows = all_sent(&app).await;
    let stored = lrs.statements().await.unwrap();
    assert_eq!(stored.len(), rows.len(), "the whole backlog, each once");
    let page = app.client.get(app.url("/admin/xapi?state=sent")).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("registered"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_keeps_the_backlog_until_the_lrs_returns_on_sqlite() {
    an_outage_keeps_the_backlog_until_the_lrs_returns(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_keeps_the_backlog_until_the_lrs_returns_on_postgres() {
    an_outage_keeps_the_backlog_until_the_lrs_returns(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_lrs_nothing_is_queued_and_a_replay_catches_up() {
    let app = spawn_app(Backend::Sqlite).await;
    app.register("Quiet Learner").await;
    assert!(queued(&app).is_empty(), "ESS_XAPI_URL unset: no statements");
    let settings =
        ess_academy::config::Settings { xapi_url: Some("http://127.0.0.1:9/xAPI".into()), ..Default::default() };
    let secret = std::fs::read(app.data_dir().join("secret")).unwrap();
    let xapi = settings.xapi(&app.address, &secret).unwrap();
    let queued_now = ess_academy::interop::xapi_events::replay(&mut app.db().write().unwrap(), &xapi, 0).unwrap();
    assert_eq!(queued_now, 1, "the account's registration");
    let again = ess_academy::interop::xapi_events::replay(&mut app.db().write().unwrap(), &xapi, 0).unwrap();
    assert_eq!(again, 0, "a second replay repeats nothing");
}

/// The release of the real binary: statements committed with their events survive a SIGKILL
/// before they were sent (the LRS was down), and ones killed mid-send go again; the LRS ends
/// with each statement once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_9_between_commit_and_send_loses_no_statement() {
    if ralph().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let env = [
        ("ESS_XAPI_URL", Lrs::url(port)),
        ("ESS_XAPI_USER", LRS_USER.to_owned()),
        ("ESS_XAPI_PASSWORD", LRS_PASSWORD.to_owned()),
    ];
    let client = reqwest::Client::new();
    let register = |address: String, i: usize| {
        let client = client.clone();
        async move {
            let response = client
                .post(format!("{address}/api/v1/auth/register"))
                .json(&serde_json::json!({"email": format!("kill.{i}@x.example"), "password": crate::helpers::PASSWORD, "name": "Kill Nine", "company": "Acme", "country": "DE"}))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 201);
        }
    };
    // The LRS is down: five registrations commit their statements, then the server is killed.
    let (mut child, address) = crate::cli::start_server_with(dir.path(), &env);
    for i in 0..5 {
        register(address.clone(), i).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let db = ess_academy::db::Db::open_for_command(&format!("sqlite://{}", dir.path().join("academy.db").display()))
        .unwrap();
    let unsent: i64 = x::table.filter(x::sent_at.is_null()).count().get_result(&mut *db.read().unwrap()).unwrap();
    assert_eq!(unsent, 5, "every acknowledged registration's statement is committed and unsent");

    // The LRS is back; five more registrations, and a SIGKILL right after them, mid-send.
    let Some(lrs) = Lrs::start_on(port).await else { return };
    let (mut child, address) = crate::cli::start_server_with(dir.path(), &env);
    for i in 5..10 {
        register(address.clone(), i).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();

    // Restarted, the server delivers what is left (the backoff of the failed tries passes first).
    let (mut child, _) = crate::cli::start_server_with(dir.path(), &env);
    let deadline = Instant::now() + Duration::from_secs(120);
    let ids: Vec<String> = loop {
        let rows: Vec<(String, Option<i64>)> =
            x::table.select((x::statement_id, x::sent_at)).load(&mut *db.read().unwrap()).unwrap();
        if rows.len() == 10 && rows.iter().all(|r| r.1.is_some()) {
            break rows.into_iter().map(|r| r.0).collect();
        }
        if Instant::now() >= deadline {
            panic!("not delivered: {rows:?}");
        }
        // The failed batch waits out its backoff (30 s): make it due, as an admin's retry does.
        diesel::update(x::table.filter(x::sent_at.is_null()))
            .set(x::next_attempt_at.eq(0))
            .execute(&mut *db.write().unwrap())
            .unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    child.kill().unwrap();
    child.wait().unwrap();
    let stored = lrs.statements().await.unwrap();
    let mut stored_ids: Vec<String> = stored.iter().map(|s| s["id"].as_str().unwrap().to_owned()).collect();
    stored_ids.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(stored_ids, expected, "the LRS holds each statement once, and nothing was lost");
}
