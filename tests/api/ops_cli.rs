//! The operator's commands and logs, with the real binary: `backup` while the server runs,
//! `restore` refused while it runs and done when it is stopped, and JSON log lines.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use diesel::prelude::*;
use diesel::sql_types::Text;
use serde_json::{Value, json};

use crate::cli::{bin, start_server_with};
use crate::helpers::{PASSWORD, rand_suffix};

async fn register(client: &reqwest::Client, address: &str, email: &str) {
    let response = client
        .post(format!("{address}/api/v1/auth/register"))
        .json(&json!({"email": email, "password": PASSWORD, "name": "Bea Backup", "company": "Acme", "country": "DE"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
}

async fn login_status(client: &reqwest::Client, address: &str, email: &str) -> u16 {
    let response = client
        .post(format!("{address}/api/v1/auth/login"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    response.status().as_u16()
}

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// `PRAGMA integrity_check` of a file, and whether its users table holds `email`.
fn inspect(file: &std::path::Path, email: &str) -> (String, bool) {
    let mut conn = SqliteConnection::establish(file.to_str().unwrap()).unwrap();
    let check: Vec<String> = diesel::sql_query("SELECT integrity_check AS line FROM pragma_integrity_check()")
        .load::<Line>(&mut conn)
        .unwrap()
        .into_iter()
        .map(|l| l.line)
        .collect();
    let found = diesel::sql_query("SELECT email AS line FROM users WHERE email = $1")
        .bind::<Text, _>(email)
        .load::<Line>(&mut conn)
        .unwrap();
    (check.join(";"), !found.is_empty())
}

fn command(dir: &std::path::Path, args: &[&str]) -> (bool, String) {
    let output = bin()
        .args(args)
        .env("ESS_DATA_DIR", dir)
        .env("ESS_DATABASE_URL", format!("sqlite://{}", dir.join("academy.db").display()))
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_serving_restores_once_the_server_is_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, address) = start_server_with(dir.path(), &[]);
    let client = reqwest::Client::new();
    let before = format!("before.{}@x.example", rand_suffix());
    register(&client, &address, &before).await;
    let login: Value = client
        .post(format!("{address}/api/v1/auth/login"))
        .json(&json!({"email": before, "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["token"].as_str().unwrap().to_owned();

    // Heartbeats keep the server writing while the backup is taken.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let beats = {
        let (client, address, stop) = (client.clone(), address.clone(), stop.clone());
        tokio::spawn(async move {
            let mut acknowledged = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let r = client
                    .post(format!("{address}/api/v1/progress/heartbeat"))
                    .bearer_auth(&token)
                    .json(&json!({"course": "environmental-sustainability", "module": "sustainable-packaging"}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 200);
                acknowledged += 1;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            acknowledged
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let backup = dir.path().join("backups").join("academy-1.db");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let dir_path = dir.path().to_path_buf();
    let backup_arg = backup.display().to_string();
    let (ok, text) = tokio::task::spawn_blocking(move || command(&dir_path, &["backup", &backup_arg])).await.unwrap();
    assert!(ok, "{text}");
    assert!(text.contains("Backup of"), "{text}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(beats.await.unwrap() >= 5, "the server served heartbeats during the backup");

    let (check, has_user) = inspect(&backup, &before);
    assert_eq!(check, "ok");
    assert!(has_user, "the backup holds the account written before it");
    let (ok, text) = command(dir.path(), &["backup", &backup.display().to_string()]);
    assert!(!ok && text.contains("exists already"), "{text}");

    // Written after the backup: gone once the backup is restored.
    let after = format!("after.{}@x.example", rand_suffix());
    register(&client, &address, &after).await;
    let (ok, text) = command(dir.path(), &["restore", &backup.display().to_string()]);
    assert!(!ok, "a restore under a running server is refused");
    assert!(text.contains("is in use"), "{text}");
    assert_eq!(login_status(&client, &address, &after).await, 200, "the refused restore changed nothing");

    child.kill().unwrap();
    child.wait().unwrap();
    let (ok, text) = command(dir.path(), &["restore", &backup.display().to_string()]);
    assert!(ok, "{text}");
    assert!(text.contains("restored from"), "{text}");
    assert_eq!(inspect(&dir.path().join("academy.db"), &after), ("ok".to_owned(), false));
    let (mut child, address) = start_server_with(dir.path(), &[]);
    assert_eq!(login_status(&client, &address, &before).await, 200);
    assert_eq!(login_status(&client, &address, &after).await, 401);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn restore_refuses_a_file_that_is_not_a_sound_database_of_this_app() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, b"this is not a database at all, just some text ........").unwrap();
    let (ok, text) = command(dir.path(), &["restore", &garbage.display().to_string()]);
    assert!(!ok && text.contains("is not an SQLite database"), "{text}");

    let other = dir.path().join("other.db");
    let mut conn = SqliteConnection::establish(other.to_str().unwrap()).unwrap();
    diesel::connection::SimpleConnection::batch_execute(&mut conn, "CREATE TABLE notes (id INTEGER)").unwrap();
    drop(conn);
    let (ok, text) = command(dir.path(), &["restore", &other.display().to_string()]);
    assert!(!ok && text.contains("not one of ESS Academy"), "{text}");
    assert!(!dir.path().join("academy.db").exists(), "nothing was put in place");

    let (ok, text) = command(dir.path(), &["restore", &dir.path().join("missing.db").display().to_string()]);
    assert!(!ok && text.contains("there is no backup file"), "{text}");
}

#[test]
fn backup_and_restore_on_postgres_point_to_its_own_tools() {
    for (command, tool) in [("backup", "pg_dump"), ("restore", "pg_restore")] {
        let output = bin()
            .args([command, "/tmp/never-written.dump"])
            .env("ESS_DATABASE_URL", "postgres://postgres@127.0.0.1:1/nowhere")
            .output()
            .unwrap();
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(tool) && stderr.contains("$ESS_DATABASE_URL"), "{stderr}");
    }
}

/// A server on a fresh SQLite file writing JSON logs (at `ESS_LOG`'s levels when given) to a pipe.
struct JsonLogged {
    _dir: tempfile::TempDir,
    child: std::process::Child,
    /// Its standard output after the line that gives its address.
    lines: std::io::Lines<BufReader<std::process::ChildStdout>>,
    address: String,
    /// The lines it wrote before its address.
    before: Vec<String>,
}

fn json_logged(log: Option<&str>) -> JsonLogged {
    let dir = tempfile::tempdir().unwrap();
    let mut command = bin();
    if let Some(log) = log {
        command.env("ESS_LOG", log);
    }
    let mut child = command
        .env("ESS_LOG_FORMAT", "json")
        .env("ESS_BIND", "127.0.0.1:0")
        .env("ESS_DATA_DIR", dir.path())
        .env("ESS_DATABASE_URL", format!("sqlite://{}", dir.path().join("academy.db").display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut before = Vec::new();
    let address = loop {
        let line = lines.next().expect("the server prints its address").unwrap();
        if let Some(rest) = line.strip_prefix("ESS Academy is running at ") {
            break rest.split('/').take(3).collect::<Vec<_>>().join("/");
        }
        before.push(line);
    };
    JsonLogged { _dir: dir, child, lines, address, before }
}

#[tokio::test]
async fn with_json_logs_each_request_is_one_line_with_its_id_and_route_pattern() {
    let JsonLogged { mut child, lines, address, _dir, .. } = json_logged(None);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let response = reqwest::Client::new()
        .get(format!("{address}/api/v1/attempts/424242"))
        .header("x-request-id", "log-check-1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    let entry = loop {
        let line = rx.recv_timeout(Duration::from_secs(10)).expect("a log line");
        assert!(!line.contains("424242"), "the raw path leaked into the log: {line}");
        seen.push(line.clone());
        let Ok(entry) = serde_json::from_str::<Value>(&line) else { continue };
        if entry["fields"]["request_id"] == "log-check-1" && entry["fields"]["message"] == "request" {
            break entry;
        }
        assert!(std::time::Instant::now() < deadline, "no request line in {seen:?}");
    };
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(entry["level"], "INFO");
    assert_eq!(entry["fields"]["method"], "GET");
    assert_eq!(entry["fields"]["route"], "/api/v1/attempts/{id}");
    assert_eq!(entry["fields"]["status"], 401);
    assert!(entry["fields"]["duration_ms"].as_f64().unwrap() >= 0.0, "{entry}");
    // Every log line is JSON (the setup link's indented lines are the start message, not logs).
    for line in seen.iter().filter(|l| !l.trim().is_empty() && !l.starts_with(' ')) {
        assert!(serde_json::from_str::<Value>(line).is_ok(), "not JSON: {line}");
    }
}

#[tokio::test]
async fn the_log_filter_sets_levels_by_target_and_one_that_cannot_be_read_is_said() {
    // Levels by target: the start's timeline at debug, everything else at warn (so no line per
    // request).
    let JsonLogged { mut child, lines, address, before, _dir } = json_logged(Some("warn,ess_academy::startup=debug"));
    let response = reqwest::get(format!("{address}/healthz")).await.unwrap();
    assert_eq!(response.status(), 200);
    child.kill().unwrap();
    child.wait().unwrap();
    let after: Vec<String> = lines.map_while(Result::ok).collect();
    let entries: Vec<Value> =
        before.iter().chain(&after).filter_map(|line| serde_json::from_str::<Value>(line).ok()).collect();
    assert!(
        entries.iter().any(|e| e["level"] == "DEBUG"
            && e["target"] == "ess_academy::startup"
            && e["fields"]["message"].as_str().is_some_and(|m| m.starts_with("start: database opened and migrated"))),
        "no debug line of the start in {before:?}"
    );
    assert!(
        entries.iter().all(|e| e["target"] == "ess_academy::startup" || e["level"] == "WARN" || e["level"] == "ERROR"),
        "a line below warn outside the start: {entries:?}"
    );

    // A filter that cannot be read: said on stderr, and logging stays at info.
    let output = bin().arg("--help").env("ESS_LOG", "ess_academy=loud").output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(r#"ESS_LOG="ess_academy=loud" is not a log filter"#), "{stderr}");
    assert!(stderr.contains("logging at info"), "{stderr}");
}
