//! `cargo bench --bench heartbeat`: 200 learners on module pages, each sending heartbeats back
//! to back for a fixed time (a closed loop, far above the real rate of one beat per learner
//! every 15 s), against the real server on SQLite, or PostgreSQL with `BENCH_DATABASE_URL`.
//! Prints throughput and latency percentiles.
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]

use std::time::{Duration, Instant};

use diesel::prelude::*;
use ess_academy::accounts::Role;
use ess_academy::accounts::password::hash_password;
use ess_academy::accounts::session::SessionKeys;
use ess_academy::clock::{Clock, SystemClock};
use ess_academy::config::Settings;
use ess_academy::db::Db;
use ess_academy::db::schema::users;
use ess_academy::startup::Application;
use serde_json::json;

/// Concurrent learners.
const LEARNERS: usize = 200;
/// How long the load runs.
const SECONDS: u64 = 10;
const SECRET: &str = "benchmark-secret-benchmark-secret-0123456789";

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let database_url =
            std::env::var("BENCH_DATABASE_URL").unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("beats.db").display()));
        let settings = Settings {
            database_url: database_url.clone(),
            bind: "127.0.0.1:0".into(),
            data_dir: dir.path().to_path_buf(),
            secret: Some(SECRET.into()),
            ..Settings::default()
        };
        let app = Application::build(settings).await.unwrap();
        let base = app.public_url().to_owned();
        let backend = app.database();
        tokio::spawn(app.run_until_stopped());

        // Learners straight into the database (one password hash for all), sessions signed with
        // the server's secret: the benchmark measures heartbeats, not argon2.
        let db = Db::open(&database_url).unwrap();
        let hash = hash_password("benchmark password").unwrap();
        let now = SystemClock.now();
        let run = std::process::id();
        let mut ids = Vec::new();
        {
            let mut conn = db.write().unwrap();
            for i in 0..LEARNERS {
                let id: i64 = diesel::insert_into(users::table)
                    .values((
                        users::email.eq(format!("beat{i}.{run}@bench.example")),
                        users::password_hash.eq(&hash),
                        users::name.eq(format!("Learner {i}")),
                        users::company.eq("Bench"),
                        users::country.eq("DE"),
                        users::role.eq("learner"),
                        users::email_verified_at.eq(Some(now)),
                        users::token_version.eq(0),
                        users::created_at.eq(now),
                        users::updated_at.eq(now),
                    ))
                    .returning(users::id)
                    .get_result(&mut *conn)
                    .unwrap();
                ids.push(id);
            }
        }
        let keys = SessionKeys::new(SECRET.as_bytes(), &base, 3600);
        let modules = ["why-circular", "sustainable-packaging", "refresh-remanufactured-equipment", "the-customer-conversation"];
        let client = reqwest::Client::builder().pool_max_idle_per_host(LEARNERS).build().unwrap();
        let started = Instant::now();
        let deadline = started + Duration::from_secs(SECONDS);
        let mut tasks = Vec::new();
        for (i, id) in ids.into_iter().enumerate() {
            let token = keys.issue(id, Role::Learner, 0, now).unwrap().token;
            let (client, base) = (client.clone(), base.clone());
            let module = modules[i % modules.len()];
            tasks.push(tokio::spawn(async move {
                let mut times = Vec::new();
                let mut errors = 0usize;
                let mut position = 0.0;
                while Instant::now() < deadline {
                    position = f64::min(1.0, position + 0.01);
                    let t = Instant::now();
                    let response = client
                        .post(format!("{base}/api/v1/progress/heartbeat"))
                        .bearer_auth(&token)
                        .json(&json!({"course": "environmental-sustainability", "module": module, "position": position}))
                        .send()
                        .await;
                    match response {
                        Ok(r) if r.status().is_success() => times.push(t.elapsed()),
                        _ => errors += 1,
                    }
                }
                (times, errors)
            }));
        }
        let mut all = Vec::new();
        let mut errors = 0;
        for task in tasks {
            let (times, e) = task.await.unwrap();
            all.extend(times);
            errors += e;
        }
        let elapsed = started.elapsed().as_secs_f64();
        all.sort();
        println!(
            "heartbeats on {backend}: {LEARNERS} learners, {SECONDS} s closed loop: {} beats, {:.0} beats/s, p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {errors} errors",
            all.len(),
            all.len() as f64 / elapsed,
            percentile(&all, 0.50),
            percentile(&all, 0.90),
            percentile(&all, 0.99),
            percentile(&all, 1.0),
        );
        println!(
            "  = room for {:.0} learners at one beat every 15 s on this machine",
            all.len() as f64 / elapsed * 15.0
        );
    });
}
