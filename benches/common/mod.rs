//! What the load benchmarks share: a server with a known secret, and learners inserted straight
//! into its database with sessions signed by that secret (they measure the exam and heartbeat
//! paths, not argon2).

use diesel::prelude::*;
use ess_academy::accounts::Role;
use ess_academy::accounts::password::hash_password;
use ess_academy::accounts::session::SessionKeys;
use ess_academy::clock::{Clock, SystemClock};
use ess_academy::config::Settings;
use ess_academy::db::Db;
use ess_academy::db::schema::users;
use ess_academy::startup::Application;

const SECRET: &str = "benchmark-secret-benchmark-secret-0123456789";

/// A running server: its address, its backend name, a handle on its database, and the temp dir.
pub struct Bench {
    pub base: String,
    pub backend: &'static str,
    pub db: Db,
    _dir: tempfile::TempDir,
}

/// Starts the server on SQLite in a temp dir, or on `BENCH_DATABASE_URL`.
pub async fn start_server(file: &str) -> Bench {
    let dir = tempfile::tempdir().unwrap();
    let database_url =
        std::env::var("BENCH_DATABASE_URL").unwrap_or_else(|_| format!("sqlite://{}", dir.path().join(file).display()));
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
    Bench { base, backend, db: Db::open_for_command(&database_url).unwrap(), _dir: dir }
}

impl Bench {
    /// `count` verified learners; returns (user id, bearer token) for each.
    pub fn learners(&self, count: usize, prefix: &str) -> Vec<(i64, String)> {
        let hash = hash_password("benchmark password").unwrap();
        let now = SystemClock.now();
        let run = std::process::id();
        let keys = SessionKeys::new(SECRET.as_bytes(), &self.base, 3600);
        let mut conn = self.db.write().unwrap();
        (0..count)
            .map(|i| {
                let id: i64 = diesel::insert_into(users::table)
                    .values((
                        users::email.eq(format!("{prefix}{i}.{run}@bench.example")),
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
                (id, keys.issue(id, Role::Learner, 0, now).unwrap().token)
            })
            .collect()
    }
}
