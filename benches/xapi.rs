//! `cargo bench --bench xapi`: statements delivered to a real Ralph LRS per second. Starts Ralph
//! (`tests/xapi/ralph_lrs.py` from the venv `.ci/run` makes, or `ESS_RALPH`), queues
//! `BENCH_STATEMENTS` (default 5 000) statements in a fresh SQLite database (or
//! `BENCH_DATABASE_URL`), then lets the worker's `send_due` post them in batches of
//! `xapi_worker::BATCH` until none is left. Prints statements per second and per batch.
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ess_academy::clock::{Clock, SharedClock, SystemClock};
use ess_academy::db::Db;
use ess_academy::interop::xapi::{self, Activity, ActorMode, Statement, Verb, XapiSettings};
use ess_academy::interop::xapi_worker;

const USER: &str = "bench";
const PASSWORD: &str = "bench-password";

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ralph = std::env::var("ESS_RALPH").unwrap_or_else(|_| "/var/cache/ess-academy/ralph/bin/ralph".into());
    if !std::path::Path::new(&ralph).exists() {
        println!("SKIPPED: Ralph not found at {ralph} (run .ci/run or set ESS_RALPH)");
        return;
    }
    let count: usize = std::env::var("BENCH_STATEMENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(5_000);
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let env = |c: &mut Command| {
        c.env("RALPH_APP_DIR", dir.path())
            .env("RALPH_AUTH_FILE", dir.path().join("auth.json"))
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .env("RALPH_RUNSERVER_AUTH_BACKENDS", "basic")
            .env("RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH", dir.path().join("data"))
            .env("RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH", dir.path().join("data"));
    };
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    let mut auth = Command::new(&ralph);
    env(&mut auth);
    auth.args(["auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-M", "mailto:bench@example.com", "-w"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    let mut serve = Command::new(std::path::Path::new(&ralph).with_file_name("python"));
    env(&mut serve);
    let mut child = serve
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/xapi/ralph_lrs.py"))
        .args(["127.0.0.1", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while client.get(format!("http://127.0.0.1:{port}/whoami")).send().await.is_err() {
        assert!(Instant::now() < deadline, "Ralph did not start");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("xapi.db").display()));
    let db = Db::open_for_command(&url).unwrap();
    let settings = XapiSettings {
        url: format!("http://127.0.0.1:{port}/xAPI/"),
        user: USER.into(),
        password: PASSWORD.into(),
        actor: ActorMode::Account,
        public_url: "http://academy.example".into(),
        actor_key: [1; 32],
    };
    let now = SystemClock.now();
    let course = Activity { path: "/courses/bench".into(), kind: "course", name: "Bench course".into() };
    let module = Activity { path: "/courses/bench/module".into(), kind: "module", name: "Bench module".into() };
    let user_id: i64 = {
        use diesel::RunQueryDsl;
        #[derive(diesel::QueryableByName)]
        struct Id {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            id: i64,
        }
        let row: Id = diesel::sql_query(
            "INSERT INTO users (email, password_hash, name, company, country, role, token_version, created_at, updated_at) \
             VALUES ('bench@example.com', 'x', 'Bench Learner', 'Bench', 'DE', 'learner', 0, $1, $1) RETURNING id",
        )
        .bind::<diesel::sql_types::BigInt, _>(now)
        .get_result(&mut *db.write().unwrap())
        .unwrap();
        row.id
    };
    let started = Instant::now();
    {
        let mut conn = db.write().unwrap();
        ess_academy::db::transaction(&mut conn, |conn| -> diesel::QueryResult<()> {
            for i in 0..count {
                let statement = Statement {
                    verb: Verb::Completed,
                    user_id,
                    event: format!("bench:{i}"),
                    object: &module,
                    parent: Some(&course),
                    result: Some(serde_json::json!({"completion": true, "duration": "PT20M0S"})),
                    extensions: None,
                    at: now,
                };
                xapi::queue(conn, Some(&settings), &statement)?;
            }
            Ok(())
        })
        .unwrap();
    }
    println!(
        "queued {count} statements on {} in {:.0} ms",
        db.backend().name(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let clock: SharedClock = Arc::new(SystemClock);
    let http = reqwest::Client::builder().timeout(Duration::from_secs(60)).build().unwrap();
    let started = Instant::now();
    let mut sent = 0;
    let mut batches = 0;
    while sent < count {
        let n = xapi_worker::send_due(&db, &http, &settings, &clock).await.unwrap();
        assert!(n > 0, "a batch failed (see the queue's last_error)");
        sent += n;
        batches += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "delivered {sent} statements to Ralph in {batches} batches of up to {}: {:.2} s, {:.0} statements/s, {:.1} ms per batch",
        xapi_worker::BATCH,
        secs,
        sent as f64 / secs,
        secs * 1000.0 / batches as f64
    );
    let _ = child.kill();
    let _ = child.wait();
}
