//! Chaos: the server binary under mixed load (registrations, heartbeats, answer saves, submits,
//! kit downloads) killed with SIGKILL at random moments and started again, on SQLite and on
//! PostgreSQL, where a second instance on the same database carries on throughout. After each
//! restart every acknowledged write is there, no credential is issued twice, no mail goes out as
//! two messages, and SQLite's `PRAGMA integrity_check` is `ok`.
//!
//! `ESS_CHAOS_KILLS` sets the kills per database: 3 by default (to fit CI, on the debug binary);
//! `ESS_SERVER_BINARY` names another binary. The full run, on the release build:
//! `cargo build --release && ESS_CHAOS_KILLS=20 ESS_SERVER_BINARY=target/release/ess-academy
//! cargo test --test api chaos -- --nocapture`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::prelude::*;
use rand::Rng;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, PgTestDb, SmtpServer, answer_key_in};
use crate::server_process::Instance;
use ess_academy::db::Db;

const COURSE: &str = "environmental-sustainability";
const EXAMS: [&str; 2] = ["foundations", "takeback-and-conversation"];
const LEARNERS: usize = 4;
const MODULE: &str = "why-circular";

fn kills() -> usize {
    std::env::var("ESS_CHAOS_KILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(3)
}

/// The selection last acknowledged for a question, and one sent after it that got no answer.
type SavedAnswer = (Vec<String>, Option<Vec<String>>);

/// What the server acknowledged (answered with success), to be found after every restart.
#[derive(Default)]
struct Acked {
    registered: Vec<String>,
    /// A learner's module active time, as the latest acknowledged heartbeat gave it.
    active_seconds: HashMap<usize, i64>,
    /// (attempt, question) → the selection last acknowledged, and one sent after it whose
    /// answer was lost with the connection (it may or may not have been committed).
    answers: HashMap<(i64, String), SavedAnswer>,
    submitted: HashSet<i64>,
    writes: usize,
    downloads: usize,
}

struct Learner {
    index: usize,
    id: i64,
    token: String,
    /// The exam they are at (both passed: 2).
    exam: usize,
}

/// Retries a request until it gets an answer (the server may be down); `None` once `stop` is set.
async fn answered(stop: &AtomicBool, make: impl Fn() -> reqwest::RequestBuilder) -> Option<reqwest::Response> {
    while !stop.load(Ordering::Relaxed) {
        match make().timeout(Duration::from_secs(30)).send().await {
            Ok(response) if response.status().is_server_error() => {
                // A 5xx is a finding unless it is the moment of a kill (the connection pool
                // losing the database is not an answer the client relies on).
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Ok(response) => return Some(response),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    None
}

/// One learner's day, repeated: heartbeats on a module, both exams answered with the key and
/// submitted, then the kit's files downloaded, with heartbeats in between.
async fn learner_load(
    base: String,
    db: Arc<Db>,
    mut learner: Learner,
    acked: Arc<Mutex<Acked>>,
    stop: Arc<AtomicBool>,
) -> (Learner, Option<String>) {
    let client = reqwest::Client::new();
    let beat = || {
        client
            .post(format!("{base}/api/v1/progress/heartbeat"))
            .bearer_auth(&learner.token)
            .json(&json!({"course": COURSE, "module": MODULE, "position": 0.4}))
    };
    let mut credential = None;
    while !stop.load(Ordering::Relaxed) {
        if let Some(r) = answered(&stop, beat).await {
            assert_eq!(r.status(), 200, "a heartbeat: {}", r.text().await.unwrap_or_default());
            let seconds = r.json::<Value>().await.unwrap()["active_seconds"].as_i64().unwrap();
            let mut a = acked.lock().unwrap();
            let best = a.active_seconds.entry(learner.index).or_default();
            assert!(seconds >= *best, "active time went back from {best} to {seconds} s");
            *best = seconds;
            a.writes += 1;
        }
        let exam = learner.exam;
        if exam < EXAMS.len() {
            let start = || {
                client
                    .post(format!("{base}/api/v1/exams/{COURSE}/{}/attempts", EXAMS[exam]))
                    .bearer_auth(&learner.token)
            };
            let Some(r) = answered(&stop, start).await else { break };
            if r.status() == 409 {
                // Passed already: its submit was committed before a kill took the answer.
                learner.exam += 1;
                continue;
            }
            assert!(matches!(r.status().as_u16(), 200 | 201), "start: {}", r.text().await.unwrap_or_default());
            let attempt = r.json::<Value>().await.unwrap()["attempt_id"].as_i64().unwrap();
            let key = {
                let db = db.clone();
                tokio::task::spawn_blocking(move || answer_key_in(&db, attempt)).await.unwrap()
            };
            for (question, right) in &key {
                // A wrong answer first, then the right one: two saves of each question.
                for selected in [vec![], right.clone()] {
                    let url = format!("{base}/api/v1/attempts/{attempt}/answers/{question}");
                    while !stop.load(Ordering::Relaxed) {
                        match client
                            .put(&url)
                            .bearer_auth(&learner.token)
                            .json(&json!({"selected": selected}))
                            .send()
                            .await
                        {
                            Ok(r) if r.status() == 200 => {
                                let mut a = acked.lock().unwrap();
                                a.answers.insert((attempt, question.clone()), (selected.clone(), None));
                                a.writes += 1;
                                break;
                            }
                            Ok(r) if !r.status().is_server_error() => {
                                panic!("an answer save: {} {}", r.status(), r.text().await.unwrap_or_default())
                            }
                            // Sent, unanswered: it may have been committed before the kill.
                            _ => {
                                if let Some(entry) = acked.lock().unwrap().answers.get_mut(&(attempt, question.clone()))
                                {
                                    entry.1 = Some(selected.clone());
                                }
                            }
                        }
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
            }
            let submit = || client.post(format!("{base}/api/v1/attempts/{attempt}/submit")).bearer_auth(&learner.token);
            let Some(r) = answered(&stop, submit).await else { break };
            // 409: a submit whose answer was lost went through before the kill.
            assert!(matches!(r.status().as_u16(), 200 | 409), "submit: {}", r.text().await.unwrap_or_default());
            {
                let mut a = acked.lock().unwrap();
                a.submitted.insert(attempt);
                a.writes += 1;
            }
            learner.exam += 1;
            continue;
        }
        let mine = || client.get(format!("{base}/api/v1/me/credentials")).bearer_auth(&learner.token);
        let Some(r) = answered(&stop, mine).await else { break };
        let list: Vec<Value> = r.json().await.unwrap();
        assert!(list.len() <= 1, "one credential after both exams: {list:?}");
        if list.is_empty() {
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        }
        let id = list[0]["id"].as_str().unwrap().to_owned();
        for file in ["certificate.pdf", "badge.png", "signature.png"] {
            let download = || client.get(format!("{base}/credentials/{id}/{file}")).bearer_auth(&learner.token);
            let Some(r) = answered(&stop, download).await else { break };
            if r.status() == 429 {
                // The kit's downloads are rate limited per person: wait as told.
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
            assert_eq!(r.status(), 200, "{file}");
            let Ok(bytes) = r.bytes().await else { continue };
            let magic: &[u8] = if file.ends_with(".pdf") { b"%PDF" } else { b"\x89PNG" };
            if bytes.len() > 4 {
                assert!(bytes.starts_with(magic), "{file} is whole");
                acked.lock().unwrap().downloads += 1;
            }
        }
        credential = Some(id);
    }
    (learner, credential)
}

/// Registrations, one after the other, each acknowledged one recorded.
async fn registrar(base: String, tag: String, acked: Arc<Mutex<Acked>>, stop: Arc<AtomicBool>) {
    let client = reqwest::Client::new();
    let mut n = 0;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let email = format!("chaos.{tag}.{n}@partner.example");
        let body = json!({"email": email, "password": PASSWORD, "name": format!("Chaos {n}"), "company": "Acme", "country": "DE"});
        let Some(r) = answered(&stop, || client.post(format!("{base}/api/v1/auth/register")).json(&body)).await else {
            break;
        };
        // 409: an earlier try whose answer was lost had created the account.
        assert!(matches!(r.status().as_u16(), 201 | 409), "register: {}", r.text().await.unwrap_or_default());
        if r.status() == 201 {
            let mut a = acked.lock().unwrap();
            a.registered.push(email);
            a.writes += 1;
        }
    }
}

/// A verified learner exempted from the training (so that the exams are open), logged in.
async fn learner(base: &str, smtp: &SmtpServer, admin: &str, index: usize, tag: &str) -> Learner {
    let email = format!("learner{index}.{tag}@partner.example");
    let id = crate::server_process::register_verified(base, smtp, &email, &format!("Learner {index}")).await;
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/admin/users/{id}/exemptions"))
        .bearer_auth(admin)
        .json(&json!({"course": COURSE, "reason": "Chaos test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let token = crate::server_process::login(base, &email).await;
    Learner { index, id, token, exam: 0 }
}

/// What a restart must show: every acknowledged write, one credential at most per person, no
/// mail as two messages; SQLite's file sound. Returns the number of writes checked.
async fn check_after_restart(
    base: &str,
    db: &Arc<Db>,
    learners: &[(usize, i64, String)],
    acked: &Arc<Mutex<Acked>>,
    smtp: &SmtpServer,
) -> usize {
    let (registered, active, answers, submitted) = {
        let a = acked.lock().unwrap();
        (a.registered.clone(), a.active_seconds.clone(), a.answers.clone(), a.submitted.clone())
    };
    let db2 = db.clone();
    let registered_found = tokio::task::spawn_blocking(move || {
        use ess_academy::db::schema::users as u;
        let mut conn = db2.read().unwrap();
        let found: Vec<String> =
            u::table.filter(u::email.eq_any(&registered)).select(u::email).load(&mut *conn).unwrap();
        (registered.len(), found.len())
    })
    .await
    .unwrap();
    assert_eq!(registered_found.0, registered_found.1, "every acknowledged registration is there");
    let client = reqwest::Client::new();
    for (index, _, token) in learners {
        let progress: Value = client
            .get(format!("{base}/api/v1/me/progress"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let module =
            progress["courses"][0]["modules"].as_array().unwrap().iter().find(|m| m["slug"] == MODULE).unwrap().clone();
        let have = module["active_seconds"].as_i64().unwrap();
        let want = active.get(index).copied().unwrap_or(0);
        assert!(have >= want, "learner {index}: {have} s active after the restart, {want} s acknowledged");
    }
    let db2 = db.clone();
    let (answers_checked, credentials_per_user) = tokio::task::spawn_blocking(move || {
        use ess_academy::db::schema::{attempt_questions as aq, attempts as at, credentials as c};
        let mut conn = db2.read().unwrap();
        for ((attempt, question), (selected, maybe)) in &answers {
            let stored: Option<String> = aq::table
                .filter(aq::attempt_id.eq(attempt))
                .filter(aq::public_id.eq(question))
                .select(aq::selected_json)
                .first(&mut *conn)
                .unwrap();
            let stored: Vec<String> = stored.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
            assert!(
                stored == *selected || maybe.as_ref() == Some(&stored),
                "attempt {attempt} {question}: {stored:?} stored, {selected:?} acknowledged"
            );
        }
        for attempt in &submitted {
            let submitted_at: Option<i64> = at::table.find(attempt).select(at::submitted_at).first(&mut *conn).unwrap();
            assert!(submitted_at.is_some(), "attempt {attempt} was submitted");
        }
        let per_user: Vec<(i64, i64)> =
            c::table.group_by(c::user_id).select((c::user_id, diesel::dsl::count_star())).load(&mut *conn).unwrap();
        (answers.len() + submitted.len(), per_user)
    })
    .await
    .unwrap();
    for (user, count) in credentials_per_user {
        assert_eq!(count, 1, "user {user} holds {count} credentials");
    }
    // Mail: each outbox row goes out as one message (one Message-ID); a row sent again after a
    // crash between the SMTP server's acceptance and its commit keeps its id.
    let mails = smtp.all();
    let mut by_event: HashMap<(String, String), HashSet<String>> = HashMap::new();
    for mail in &mails {
        let id = mail.message_id.clone().expect("every mail has a Message-ID");
        assert!(id.starts_with("<ess-outbox-"), "{id}");
        by_event.entry((mail.to.join(","), mail.subject.clone())).or_default().insert(id);
    }
    for ((to, subject), ids) in &by_event {
        assert_eq!(ids.len(), 1, "{subject:?} went to {to} as {} messages: {ids:?}", ids.len());
    }
    registered_found.1 + learners.len() + answers_checked
}

fn sqlite_integrity(path: &Path) {
    let mut conn = diesel::sqlite::SqliteConnection::establish(&path.display().to_string()).unwrap();
    #[derive(QueryableByName)]
    struct Check {
        #[diesel(sql_type = diesel::sql_types::Text)]
        integrity_check: String,
    }
    let rows: Vec<Check> = diesel::sql_query("PRAGMA integrity_check").load(&mut conn).unwrap();
    assert_eq!(rows.iter().map(|r| r.integrity_check.as_str()).collect::<Vec<_>>(), ["ok"]);
}

/// Runs the load against `victim` (and `survivor`, when given), killing `victim` `kills` times.
async fn run(database_url: &str, sqlite_file: Option<PathBuf>, with_survivor: bool) {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start();
    let mut victim = Instance::new(database_url, &dir.path().join("victim"), smtp.port, None);
    victim.start().await;
    let mut survivor = if with_survivor {
        let mut other = Instance::new(database_url, &dir.path().join("survivor"), smtp.port, Some(&victim.base));
        other.start().await;
        Some(other)
    } else {
        None
    };
    let db = Arc::new(Db::open_for_command(database_url).unwrap());
    let admin = crate::server_process::admin_token(&victim, "chaos.admin@academy.example").await;
    let tag = crate::helpers::rand_suffix();
    let mut learners = Vec::new();
    for i in 0..LEARNERS {
        learners.push(learner(&victim.base, &smtp, &admin, i, &tag).await);
    }
    let tokens: Vec<(usize, i64, String)> = learners.iter().map(|l| (l.index, l.id, l.token.clone())).collect();
    let acked = Arc::new(Mutex::new(Acked::default()));
    let survivor_failures = Arc::new(AtomicUsize::new(0));
    let mut checked = 0;
    let kills = kills();
    let mut pending = learners;
    for round in 0..kills {
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for (i, l) in pending.drain(..).enumerate() {
            // On PostgreSQL half the learners use the instance that is never killed.
            let base = match &survivor {
                Some(s) if i % 2 == 1 => s.base.clone(),
                _ => victim.base.clone(),
            };
            tasks.push(tokio::spawn(learner_load(base, db.clone(), l, acked.clone(), stop.clone())));
        }
        let registrations =
            tokio::spawn(registrar(victim.base.clone(), format!("{tag}.{round}"), acked.clone(), stop.clone()));
        // The survivor answers all along, also while the victim is down.
        let watch = survivor.as_ref().map(|s| {
            let (base, stop, failures, token) =
                (s.base.clone(), stop.clone(), survivor_failures.clone(), tokens[0].2.clone());
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                while !stop.load(Ordering::Relaxed) {
                    let ok = client
                        .get(format!("{base}/api/v1/me"))
                        .bearer_auth(&token)
                        .timeout(Duration::from_secs(10))
                        .send()
                        .await
                        .is_ok_and(|r| r.status() == 200);
                    if !ok {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            })
        });
        let wait = rand::rng().random_range(800..4000);
        tokio::time::sleep(Duration::from_millis(wait)).await;
        victim.kill();
        stop.store(true, Ordering::Relaxed);
        for task in tasks {
            let (l, _) = task.await.unwrap();
            pending.push(l);
        }
        pending.sort_by_key(|l| l.index);
        registrations.await.unwrap();
        if let Some(watch) = watch {
            watch.await.unwrap();
        }
        if let Some(file) = &sqlite_file {
            sqlite_integrity(file);
        }
        victim.start().await;
        checked += check_after_restart(&victim.base, &db, &tokens, &acked, &smtp).await;
    }
    let a = acked.lock().unwrap();
    println!(
        "chaos on {}: {kills} kills, {} acknowledged writes ({checked} checks after restarts), {} downloads, {} registrations, {} mails, survivor failures {}",
        if sqlite_file.is_some() { "SQLite" } else { "PostgreSQL" },
        a.writes,
        a.downloads,
        a.registered.len(),
        smtp.all().len(),
        survivor_failures.load(Ordering::Relaxed)
    );
    assert!(a.writes > 0 && checked > 0);
    assert_eq!(survivor_failures.load(Ordering::Relaxed), 0, "the other instance carried on");
    drop(a);
    survivor.take();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn killed_at_random_moments_on_sqlite_it_loses_no_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chaos.db");
    run(&format!("sqlite://{}", file.display()), Some(file.clone()), false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn killed_at_random_moments_on_postgres_it_loses_nothing_and_the_other_instance_carries_on() {
    let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
        println!("SKIPPED chaos on PostgreSQL: TEST_DATABASE_URL is not set");
        return;
    };
    let pg = PgTestDb::create(&admin_url);
    run(&pg.url, None, true).await;
}
