//! `cargo bench --bench anchors`: issue 15's goals, each against its anchor measured in the same
//! run, one line per goal: ours, the anchor, the ratio, and whether the goal is met.
//!
//! It starts the release binary as a process (`ESS_SERVER_BINARY`, else
//! `$CARGO_TARGET_DIR/release/ess-academy`; build it first with `cargo build --release`) on a
//! fresh SQLite file, or on PostgreSQL with `BENCH_DATABASE_URL` (a fresh database is made on that
//! server and dropped after). Anchors: nginx serving the very same bytes
//! (`../shared/perf/vs_nginx.sh`: wrk, 64 connections, alternating app / nginx) and the bare
//! SQLite heartbeat loop (`../shared/perf/sqlite_beats.py`). Needs nginx and wrk (Debian), which
//! `cargo test` does not. `ANCHOR_SECS` sets the seconds per round (default 5).
//!
//! Goal 4's journey is the whole of a programme's traffic: the content pages, heartbeats, 2,000
//! exam starts and answer saves, the partner zips of 50 and 500 people (goal 5: the first bytes
//! and the peak memory of each download), 40 registrations and logins over HTTP (argon2id) and
//! every kit file of 40 holders, one in four with a CJK name; then RSS, and RSS with 2,000
//! keep-alive connections. `ANCHOR_SMAPS=1` also prints where that memory is, by mapping.
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use ess_academy::accounts::Role;
use ess_academy::accounts::session::SessionKeys;
use ess_academy::clock::{Clock, SystemClock};
use ess_academy::db::Db;
use ess_academy::db::schema::users;
use serde_json::json;

const SECRET: &str = "anchors-benchmark-secret-anchors-benchmark-0123";
const COURSE: &str = "environmental-sustainability";
const MODULE: &str = "takeback-and-the-takeback-incentive";

fn shared(script: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/perf").join(script)
}

fn binary() -> PathBuf {
    if let Ok(b) = std::env::var("ESS_SERVER_BINARY") {
        return b.into();
    }
    let target =
        std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/target").into());
    PathBuf::from(target).join("release/ess-academy")
}

/// `ANCHOR_ONLY=2,3` runs only those goals (all by default).
fn wanted(goal: u32) -> bool {
    std::env::var("ANCHOR_ONLY").map_or(true, |only| only.split(',').any(|g| g.trim() == goal.to_string()))
}

fn secs() -> u64 {
    std::env::var("ANCHOR_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(5)
}

struct Server {
    child: Child,
    base: String,
    url: String,
    _dir: tempfile::TempDir,
    pg_db: Option<(String, String)>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some((admin_url, name)) = &self.pg_db {
            let _ =
                Command::new("psql").arg(admin_url).arg("-qc").arg(format!("DROP DATABASE IF EXISTS {name}")).status();
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts the release server on a fresh database; returns it and the cold start (spawn to the
/// first `/healthz` answer, migrations and the course import included).
fn start() -> (Server, Duration) {
    let dir = tempfile::tempdir().unwrap();
    let (url, pg_db) = match std::env::var("BENCH_DATABASE_URL") {
        Ok(admin_url) => {
            let name = format!("ess_anchors_{}", std::process::id());
            let status = Command::new("psql")
                .arg(&admin_url)
                .arg("-qc")
                .arg(format!("CREATE DATABASE {name}"))
                .status()
                .unwrap();
            assert!(status.success(), "cannot create the benchmark database");
            let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(b, _)| b).to_owned();
            (format!("{base}/{name}"), Some((admin_url, name)))
        }
        Err(_) => (format!("sqlite://{}", dir.path().join("anchors.db").display()), None),
    };
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    settle_in_page_cache(&binary());
    let started = Instant::now();
    let child = spawn(port, dir.path(), &url);
    wait_until_healthy(port, started);
    (Server { child, base, url, _dir: dir, pg_db }, started.elapsed())
}

/// Puts the binary's file into one known state in the page cache, whatever made it (the linker,
/// a copy, earlier runs): dropped, then read whole, as just after an install. How its pages came
/// into the cache changes how many of them the kernel maps around each one the server touches
/// (file-backed RSS 21.5 MB at start when faulted in from disk, 24.5 MB after a sequential read
/// or a copy), so goal 4 compares binaries only from the same state.
fn settle_in_page_cache(path: &std::path::Path) {
    const SCRIPT: &str = "import os, sys\n\
        fd = os.open(sys.argv[1], os.O_RDONLY)\n\
        os.fsync(fd)\n\
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)\n\
        while os.read(fd, 1 << 20): pass\n\
        os.close(fd)\n";
    let status = Command::new("python3").arg("-c").arg(SCRIPT).arg(path).status().unwrap();
    assert!(status.success(), "cannot settle {} in the page cache", path.display());
}

/// The release binary on `port`, with its data in `dir` and its database at `url`.
fn spawn(port: u16, dir: &std::path::Path, url: &str) -> Child {
    Command::new(binary())
        .env("ESS_BIND", format!("127.0.0.1:{port}"))
        .env("ESS_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("ESS_DATA_DIR", dir)
        .env("ESS_DATABASE_URL", url)
        .env("ESS_COURSES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/courses"))
        .env("ESS_SECRET", SECRET)
        .env("ESS_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {} (cargo build --release first): {e}", binary().display()))
}

fn wait_until_healthy(port: u16, started: Instant) {
    while !healthy(port) {
        assert!(started.elapsed() < Duration::from_secs(60), "the server did not start");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// One more cold start on SQLite (a fresh data folder): the time to a healthy `/healthz`.
fn fresh_sqlite_start() -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let url = format!("sqlite://{}", dir.path().join("cold.db").display());
    let started = Instant::now();
    let mut child = spawn(port, dir.path(), &url);
    wait_until_healthy(port, started);
    let took = started.elapsed();
    child.kill().unwrap();
    child.wait().unwrap();
    took
}

/// Whether `/healthz` answers 200 (plain TCP: no client start-up cost in the cold start).
fn healthy(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else { return false };
    if s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").is_err() {
        return false;
    }
    let mut buf = [0u8; 16];
    s.read(&mut buf).is_ok_and(|n| buf[..n].starts_with(b"HTTP/1.1 200"))
}

impl Server {
    /// `count` verified learners inserted straight into the database, with session tokens.
    fn learners(&self, count: usize, prefix: &str) -> Vec<String> {
        self.learners_with(count, prefix, false)
    }

    /// Learners who completed the training (by an exemption, as an admin grants it), so that
    /// they may start the exam.
    fn learners_with(&self, count: usize, prefix: &str, trained: bool) -> Vec<String> {
        use ess_academy::db::schema::{courses, exemptions, training_completions};
        let db = Db::open_for_command(&self.url).unwrap();
        let now = SystemClock.now();
        let keys = SessionKeys::new(SECRET.as_bytes(), &self.base, 3 * 3600);
        let hash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000";
        let mut conn = db.write().unwrap();
        (0..count)
            .map(|i| {
                let id: i64 = diesel::insert_into(users::table)
                    .values((
                        users::email.eq(format!("{prefix}{i}@anchors.example")),
                        users::password_hash.eq(hash),
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
                if trained {
                    let course: i64 =
                        courses::table.filter(courses::slug.eq(COURSE)).select(courses::id).first(&mut *conn).unwrap();
                    diesel::insert_into(exemptions::table)
                        .values((
                            exemptions::user_id.eq(id),
                            exemptions::course_id.eq(course),
                            exemptions::reason.eq("benchmark"),
                            exemptions::created_at.eq(now),
                        ))
                        .execute(&mut *conn)
                        .unwrap();
                    diesel::insert_into(training_completions::table)
                        .values((
                            training_completions::user_id.eq(id),
                            training_completions::course_id.eq(course),
                            training_completions::completed_at.eq(now),
                        ))
                        .execute(&mut *conn)
                        .unwrap();
                }
                keys.issue(id, Role::Learner, 0, now).unwrap().token
            })
            .collect()
    }

    /// A partner with a manager: (partner id, the manager's token).
    fn partner(&self, name: &str) -> (i64, String) {
        use ess_academy::db::schema::partners;
        let db = Db::open_for_command(&self.url).unwrap();
        let now = SystemClock.now();
        let mut conn = db.write().unwrap();
        let partner: i64 = diesel::insert_into(partners::table)
            .values((
                partners::name.eq(name),
                partners::country.eq("DE"),
                partners::partner_code.eq(format!("P-{name}")),
                partners::created_at.eq(now),
            ))
            .returning(partners::id)
            .get_result(&mut *conn)
            .unwrap();
        drop(conn);
        let token =
            self.insert_people(1, &format!("manager-{name}-"), Some(partner), Role::PartnerManager, false).remove(0).0;
        (partner, token)
    }

    /// `count` holders of a current credential, one in four with a CJK name, in `partner` if
    /// given: (session token, credential public id).
    fn holders(&self, count: usize, prefix: &str, partner: Option<i64>) -> Vec<(String, String)> {
        self.insert_people(count, prefix, partner, Role::Learner, true)
    }

    fn insert_people(
        &self,
        count: usize,
        prefix: &str,
        partner: Option<i64>,
        role: Role,
        credential: bool,
    ) -> Vec<(String, String)> {
        use ess_academy::db::schema::{courses, credentials};
        let db = Db::open_for_command(&self.url).unwrap();
        let now = SystemClock.now();
        let keys = SessionKeys::new(SECRET.as_bytes(), &self.base, 3 * 3600);
        let hash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000";
        let mut conn = db.write().unwrap();
        let (course, title): (i64, String) = courses::table
            .filter(courses::slug.eq(COURSE))
            .select((courses::id, courses::title))
            .first(&mut *conn)
            .unwrap();
        (0..count)
            .map(|i| {
                let name = if i % 4 == 3 { format!("王小明 {i}") } else { format!("Holder {prefix}{i}") };
                let id: i64 = diesel::insert_into(users::table)
                    .values((
                        users::email.eq(format!("{prefix}{i}@anchors.example")),
                        users::password_hash.eq(hash),
                        users::name.eq(&name),
                        users::company.eq("Bench"),
                        users::country.eq("DE"),
                        users::role.eq(role.as_str()),
                        users::email_verified_at.eq(Some(now)),
                        users::token_version.eq(0),
                        users::created_at.eq(now),
                        users::updated_at.eq(now),
                        users::partner_id.eq(partner),
                    ))
                    .returning(users::id)
                    .get_result(&mut *conn)
                    .unwrap();
                let public_id = format!("anch{}{prefix}{i:05}", std::process::id()).replace(['-', '_'], "");
                if credential {
                    diesel::insert_into(credentials::table)
                        .values((
                            credentials::public_id.eq(&public_id),
                            credentials::user_id.eq(id),
                            credentials::course_id.eq(course),
                            credentials::holder_name.eq(&name),
                            credentials::title.eq(&title),
                            credentials::issued_at.eq(now),
                            credentials::valid_since.eq(now),
                            credentials::expires_at.eq(now + 365 * 86_400),
                        ))
                        .execute(&mut *conn)
                        .unwrap();
                }
                (keys.issue(id, role, 0, now).unwrap().token, public_id)
            })
            .collect()
    }

    fn rss_mb(&self) -> f64 {
        self.rss_field("VmRSS:")
    }

    /// The resident memory as "anonymous + file-backed" (the binary's pages, the fonts in it).
    fn rss_parts(&self) -> String {
        format!("anon {:.0} + file {:.0}", self.rss_field("RssAnon:"), self.rss_field("RssFile:"))
    }

    /// With `ANCHOR_SMAPS=1`: where the resident memory is, by mapping (the heap, the malloc
    /// arenas, thread stacks, each file), largest first; the profile behind goal 4's findings.
    fn print_mappings(&self, when: &str) {
        if std::env::var("ANCHOR_SMAPS").is_err() {
            return;
        }
        let smaps = std::fs::read_to_string(format!("/proc/{}/smaps", self.child.id())).unwrap();
        let mut by_name: std::collections::BTreeMap<String, (f64, usize)> = Default::default();
        let mut name = String::new();
        for line in smaps.lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.first().is_some_and(|f| f.contains('-') && !f.ends_with(':')) {
                let (from, to) = fields[0].split_once('-').unwrap();
                let size = u64::from_str_radix(to, 16).unwrap() - u64::from_str_radix(from, 16).unwrap();
                name = match fields.get(5) {
                    Some(path) => path.to_string(),
                    // Threads' stacks are mapped at their full size, about 2 MiB (Rust's and
                    // tokio's default, less glibc's guard page); malloc's other arenas grow
                    // inside 64 MiB reservations.
                    None if fields[1].starts_with("rw") && size.abs_diff(2 << 20) <= 64 << 10 => {
                        "[anonymous rw: thread stacks]".into()
                    }
                    None if fields[1].starts_with("rw") => "[anonymous rw: malloc arenas, other]".into(),
                    None => "[anonymous, not writable: guard pages]".into(),
                };
            } else if fields.first() == Some(&"Rss:") {
                let entry = by_name.entry(name.clone()).or_default();
                entry.0 += fields[1].parse::<f64>().unwrap() / 1024.0;
                entry.1 += 1;
            }
        }
        let mut rows: Vec<_> = by_name.into_iter().filter(|(_, (mb, _))| *mb >= 0.1).collect();
        rows.sort_by(|a, b| b.1.0.total_cmp(&a.1.0));
        println!("   resident memory {when}, by mapping:");
        for (name, (mb, count)) in rows {
            println!("     {mb:>7.1} MB in {count:>3} mapping(s)  {name}");
        }
    }

    fn rss_field(&self, field: &str) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let kb: f64 = status
            .lines()
            .find(|l| l.starts_with(field))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap();
        kb / 1024.0
    }
}

fn line(goal: &str, ours: String, anchor: String, ratio: f64, met: bool) {
    println!(
        "{goal:<44} ours {ours:<22} anchor {anchor:<26} ratio {ratio:>7.3}  {}",
        if met { "pass" } else { "falls short" }
    );
}

/// `vs_nginx.sh` on a URL: (app median, nginx median, ratio).
fn vs_nginx(url: &str, token: &str) -> (f64, f64, f64) {
    let out = Command::new("bash")
        .arg(shared("vs_nginx.sh"))
        .arg(url)
        .arg(format!("Authorization: Bearer {token}"))
        .env("SECS", secs().to_string())
        .env("ROUNDS", "2")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.lines().last().unwrap_or_default().to_owned();
    let nums: Vec<f64> = last
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|s| !s.is_empty() && *s != ".")
        .filter_map(|s| s.parse().ok())
        .collect();
    assert!(nums.len() >= 3, "vs_nginx.sh said: {text}{}", String::from_utf8_lossy(&out.stderr));
    (nums[0], nums[1], nums[2])
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0
}

/// 64 learners sending heartbeats back to back: (beats/s, p99 ms, errors).
async fn heartbeats(base: &str, tokens: &[String], secs: u64) -> (f64, f64, usize) {
    let client = reqwest::Client::builder().pool_max_idle_per_host(tokens.len()).build().unwrap();
    let deadline = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for token in tokens {
        let (client, base, token) = (client.clone(), base.to_owned(), token.clone());
        tasks.push(tokio::spawn(async move {
            let (mut times, mut errors) = (Vec::new(), 0usize);
            while Instant::now() < deadline {
                let t = Instant::now();
                let r = client
                    .post(format!("{base}/api/v1/progress/heartbeat"))
                    .bearer_auth(&token)
                    .json(&json!({"course": COURSE, "module": MODULE, "position": 0.5}))
                    .send()
                    .await;
                match r {
                    Ok(r) if r.status().is_success() => times.push(t.elapsed()),
                    _ => errors += 1,
                }
            }
            (times, errors)
        }));
    }
    let (mut all, mut errors) = (Vec::new(), 0);
    for task in tasks {
        let (t, e) = task.await.unwrap();
        all.extend(t);
        errors += e;
    }
    all.sort();
    (all.len() as f64 / started.elapsed().as_secs_f64(), percentile(&all, 0.99), errors)
}

/// The bare heartbeat loop on SQLite in a temp dir: beats/s.
fn bare_beats(secs: u64) -> f64 {
    let dir = tempfile::tempdir().unwrap();
    let out =
        Command::new("python3").arg(shared("sqlite_beats.py")).arg(dir.path()).arg(secs.to_string()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // "bare SQLite: N beats in S s = R beats/s"
    text.split(" = ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("sqlite_beats.py said: {text}"))
}

/// An open loop: one request per token at `rate` per second; returns (p50 ms, p95 ms, errors).
async fn open_loop(
    client: &reqwest::Client,
    tokens: &[String],
    rate: u64,
    request: impl Fn(&reqwest::Client, &str) -> reqwest::RequestBuilder,
) -> (f64, f64, usize) {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let due = started + Duration::from_micros(i as u64 * 1_000_000 / rate);
        tokio::time::sleep_until(due.into()).await;
        let builder = request(client, token);
        tasks.push(tokio::spawn(async move {
            let t = Instant::now();
            let ok = builder.send().await.is_ok_and(|r| r.status().is_success());
            (t.elapsed(), ok)
        }));
    }
    let (mut times, mut errors) = (Vec::new(), 0);
    for task in tasks {
        let (t, ok) = task.await.unwrap();
        times.push(t);
        errors += usize::from(!ok);
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.95), errors)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let (server, cold) = start();
    let backend = if server.pg_db.is_some() { "PostgreSQL" } else { "SQLite" };
    println!("issue 15's goals on {backend}, release build {}, {} s per round", binary().display(), secs());
    let reader = server.learners(1, "reader").remove(0);
    let rss_start = server.rss_mb();
    let rss_start_parts = server.rss_parts();

    // 1. Content pages against nginx serving the same bytes.
    for (goal, path) in wanted(1)
        .then_some([
            ("1. module page vs nginx (>= 0.5)", format!("/courses/{COURSE}/{MODULE}")),
            ("1. module JSON vs nginx", format!("/api/v1/courses/{COURSE}/modules/{MODULE}")),
            ("1. /training vs nginx", "/training".to_owned()),
            ("1. catalogue vs nginx", "/courses".to_owned()),
        ])
        .into_iter()
        .flatten()
    {
        let (app, ngx, ratio) = vs_nginx(&format!("{}{path}", server.base), &reader);
        line(goal, format!("{app:.0} req/s"), format!("nginx {ngx:.0} req/s"), ratio, ratio >= 0.5);
    }

    // 2. Heartbeats of 64 learners against the bare SQLite loop, alternated.
    if wanted(2) {
        let beaters = server.learners(64, "beat");
        let (mut ours, mut bare, mut p99s, mut errors) = (Vec::new(), Vec::new(), Vec::new(), 0);
        for _ in 0..2 {
            let (rate, p99, e) = runtime.block_on(heartbeats(&server.base, &beaters, secs()));
            ours.push(rate);
            p99s.push(p99);
            errors += e;
            bare.push(bare_beats(secs()));
        }
        let (o, b) = (ours.iter().sum::<f64>() / 2.0, bare.iter().sum::<f64>() / 2.0);
        let p99 = p99s.iter().cloned().fold(0.0, f64::max);
        line(
            "2. heartbeats, 64 learners (>= 1, p99 < 20)",
            format!("{o:.0}/s p99 {p99:.1} ms"),
            format!("bare loop {b:.0}/s"),
            o / b,
            o >= b && p99 < 20.0 && errors == 0,
        );
    }

    // 3. Exam starts: 2,000 learners at 200 per second, against an authenticated read at the
    //    same rate in the same run; then one answer save each, the same way.
    let starters = server.learners_with(2000, "exam", true);
    let client = reqwest::Client::builder().pool_max_idle_per_host(512).build().unwrap();
    let base = server.base.clone();
    let (read_p50, read_p95, read_errors) =
        runtime.block_on(open_loop(&client, &starters, 200, |c, t| c.get(format!("{base}/api/v1/me")).bearer_auth(t)));
    let (start_p50, start_p95, start_errors) = runtime.block_on(open_loop(&client, &starters, 200, |c, t| {
        c.post(format!("{base}/api/v1/exams/{COURSE}/foundations/attempts")).bearer_auth(t)
    }));
    let ratio = start_p95 / read_p95;
    line(
        "3. exam starts 200/s, p95 vs a read (<= 3)",
        format!("p95 {start_p95:.1} ms (p50 {start_p50:.1}), {start_errors} err"),
        format!("read p95 {read_p95:.1} ms (p50 {read_p50:.1}), {read_errors} err"),
        ratio,
        ratio <= 3.0 && start_errors == 0,
    );
    let (save_p50, save_p95, save_errors) = runtime.block_on(async {
        // Each learner's open attempt and its first question.
        let mut targets = Vec::new();
        for token in &starters {
            let r: serde_json::Value = client
                .post(format!("{base}/api/v1/exams/{COURSE}/foundations/attempts"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let q = &r["questions"][0];
            targets.push(format!(
                "{}|{}|{}|{}",
                token,
                r["attempt_id"],
                q["id"].as_str().unwrap_or_default(),
                q["options"][0]["id"].as_str().unwrap_or_default()
            ));
        }
        open_loop(&client, &targets, 200, |c, t| {
            let parts: Vec<&str> = t.split('|').collect();
            c.put(format!("{base}/api/v1/attempts/{}/answers/{}", parts[1], parts[2]))
                .bearer_auth(parts[0])
                .json(&json!({"selected": [parts[3]]}))
        })
        .await
    });
    let ratio = save_p95 / read_p95;
    line(
        "3. answer saves 200/s, p95 vs a read (<= 3)",
        format!("p95 {save_p95:.1} ms (p50 {save_p50:.1}), {save_errors} err"),
        format!("read p95 {read_p95:.1} ms"),
        ratio,
        ratio <= 3.0 && save_errors == 0,
    );

    // 5. The partner zip: 50 and then 500 people's certificates and badges, streamed. Time to
    //    the first bytes, and the peak memory above what the server held before each download.
    let mut zip_growth = Vec::new();
    for people in [50, 500].into_iter().filter(|_| wanted(5) || wanted(4)) {
        let (partner, manager) = server.partner(&format!("zip{people}"));
        server.holders(people, &format!("zip{people}-"), Some(partner));
        let before = server.rss_mb();
        let (first, total, bytes, peak) = runtime.block_on(async {
            let started = Instant::now();
            let mut response = client
                .get(format!("{base}/api/v1/partner/credentials.zip"))
                .bearer_auth(&manager)
                .send()
                .await
                .unwrap();
            assert!(response.status().is_success(), "the zip answered {}", response.status());
            let (mut first, mut bytes, mut peak) = (None, 0usize, before);
            let mut sampled = Instant::now();
            while let Some(chunk) = response.chunk().await.unwrap() {
                first.get_or_insert_with(|| started.elapsed());
                bytes += chunk.len();
                if sampled.elapsed() > Duration::from_millis(20) {
                    peak = peak.max(server.rss_mb());
                    sampled = Instant::now();
                }
            }
            (first.unwrap_or_default(), started.elapsed(), bytes, peak.max(server.rss_mb()))
        });
        zip_growth.push(peak - before);
        println!(
            "   zip of {people} people: first bytes after {:.0} ms, {:.1} MB in {:.1} s, memory {before:.0} MB -> peak {peak:.0} MB",
            first.as_secs_f64() * 1000.0,
            bytes as f64 / 1e6,
            total.as_secs_f64()
        );
        if people == 500 {
            let flat = zip_growth[1] <= zip_growth[0] + 4.0;
            line(
                "5. partner zip of 500: first bytes, memory flat",
                format!("first bytes {:.0} ms", first.as_secs_f64() * 1000.0),
                format!("growth 50: {:.1} MB, 500: {:.1} MB", zip_growth[0], zip_growth[1]),
                first.as_secs_f64(),
                first < Duration::from_secs(1) && flat,
            );
        }
    }

    // The rest of the journey for goal 4: registrations and logins (argon2id), and every kit
    // file of 40 holders, one in four with a CJK name.
    let journey = if wanted(4) { 40 } else { 0 };
    runtime.block_on(async {
        let mut tokens = Vec::new();
        for i in 0..journey {
            let email = format!("journey{i}@anchors.example");
            let name = if i % 4 == 3 { format!("田中 花子 {i}") } else { format!("Journey Person {i}") };
            let password = "a long enough benchmark password 42";
            let r = client
                .post(format!("{base}/api/v1/auth/register"))
                .json(&json!({"email": email, "password": password, "name": name, "company": "Bench", "country": "FR"}))
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success(), "registration answered {}: {}", r.status(), r.text().await.unwrap());
            let r = client
                .post(format!("{base}/api/v1/auth/login"))
                .json(&json!({"email": email, "password": password}))
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success(), "login answered {}", r.status());
            tokens.push(r.json::<serde_json::Value>().await.unwrap()["token"].as_str().unwrap().to_owned());
        }
        for (token, id) in server.holders(journey, "kit-", None) {
            for file in [
                "certificate.pdf",
                "certificate.pdf?paper=letter",
                "badge.png?size=600",
                "badge.png?size=1200",
                "badge.svg",
                "signature.png",
                "ob3.jwt",
            ] {
                let r = client
                    .get(format!("{base}/credentials/{id}/{file}"))
                    .header("Cookie", format!("ess_session={token}"))
                    .send()
                    .await
                    .unwrap();
                assert!(r.status().is_success(), "{file} answered {}", r.status());
                r.bytes().await.unwrap();
            }
        }
    });

    // 4. Memory after all of the above, then with 2,000 keep-alive connections open.
    let after_journey = server.rss_mb();
    let after_journey_parts = server.rss_parts();
    server.print_mappings("after the journey");
    let addr = server.base.trim_start_matches("http://").to_owned();
    let mut idle = Vec::new();
    for _ in 0..2000 {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut buf = [0u8; 512];
        let _ = s.read(&mut buf);
        idle.push(s);
    }
    let with_connections = server.rss_mb();
    let with_connections_parts = server.rss_parts();
    server.print_mappings("with 2,000 connections");
    drop(idle);
    line(
        "4. RSS after the load, + 2,000 connections",
        format!("{after_journey:.0} ({after_journey_parts}) / {with_connections:.0} ({with_connections_parts}) MB"),
        format!("at start {rss_start:.0} ({rss_start_parts}) MB, goal 64"),
        with_connections / 64.0,
        after_journey <= 64.0 && with_connections <= 64.0,
    );

    // 6. Cold start: the benchmark server's own start and, on SQLite, six more fresh ones (one
    // start is noisy: fsyncs, and the other core's load); the median.
    let mut colds = vec![cold];
    if server.pg_db.is_none() {
        colds.extend((0..6).map(|_| fresh_sqlite_start()));
    }
    colds.sort();
    let ms = colds[colds.len() / 2].as_secs_f64() * 1000.0;
    let all: Vec<String> = colds.iter().map(|d| format!("{:.0}", d.as_secs_f64() * 1000.0)).collect();
    line(
        "6. cold start (fresh data, import) (< 150 ms)",
        format!("{ms:.0} ms (median of {})", colds.len()),
        format!("goal 150 ms; all {} ms", all.join(", ")),
        ms / 150.0,
        ms < 150.0,
    );
}
