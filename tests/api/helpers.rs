//! The test rails: `spawn_app()` starts the real application on port 0 with a fresh database
//! (a SQLite file, or a PostgreSQL database of its own when `TEST_DATABASE_URL` is set), a real
//! SMTP server in-process, a clock the test can move, and a cookie-keeping HTTP client that does
//! not follow redirects.

use std::net::TcpListener;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use ess_academy::clock::{Clock, ManualClock, SystemClock};
use ess_academy::config::{DEFAULT_HEARTBEAT_SECS, Settings};
use ess_academy::db::Db;
use ess_academy::startup::Application;
use mailin_embedded::{Handler, Response, Server, response};
use reqwest::cookie::CookieStore;
use serde_json::{Value, json};

pub const PASSWORD: &str = "correct horse battery";

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each test body once on SQLite and once on PostgreSQL (when `TEST_DATABASE_URL` is set).
#[macro_export]
macro_rules! both_backends {
    ($(async fn $name:ident($app:ident) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn on_sqlite() {
                    let $app = $crate::helpers::spawn_app($crate::helpers::Backend::Sqlite).await;
                    $body
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn on_postgres() {
                    let Some($app) = $crate::helpers::spawn_app_on_postgres().await else { return };
                    $body
                }
            }
        )*
    };
}

/// A message the in-process SMTP server received.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: Vec<String>,
    /// The `Message-ID` header, as sent.
    pub message_id: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// (file name, content type, bytes) of each attachment.
    pub attachments: Vec<(String, String, Vec<u8>)>,
}

impl ReceivedMail {
    /// The first link in the text part that starts with `prefix` (e.g. the app's `/verify-email/`).
    pub fn link(&self, prefix: &str) -> String {
        let start = self.text.find(prefix).unwrap_or_else(|| panic!("no link {prefix} in:\n{}", self.text));
        self.text[start..].split_whitespace().next().unwrap().to_owned()
    }
}

#[derive(Clone)]
struct Capture {
    tx: Sender<(Vec<String>, Vec<u8>)>,
    to: Vec<String>,
    buf: Vec<u8>,
}

impl Handler for Capture {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.buf.clear();
        response::OK
    }
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.buf.extend_from_slice(buf);
        Ok(())
    }
    fn data_end(&mut self) -> Response {
        let _ = self.tx.send((std::mem::take(&mut self.to), std::mem::take(&mut self.buf)));
        response::OK
    }
}

/// A real SMTP server on a random port, in a detached thread.
pub struct SmtpServer {
    pub port: u16,
    rx: Mutex<Receiver<(Vec<String>, Vec<u8>)>>,
    received: Mutex<Vec<ReceivedMail>>,
}

impl SmtpServer {
    pub fn start() -> Arc<SmtpServer> {
        Self::start_on(0)
    }

    /// Starts on a given port (0: any free one).
    pub fn start_on(port: u16) -> Arc<SmtpServer> {
        let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let (tx, rx) = channel();
        let mut server = Server::new(Capture { tx, to: Vec::new(), buf: Vec::new() });
        server.with_name("ess-test-smtp").with_tcp_listener(listener).with_num_threads(8);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Arc::new(SmtpServer { port, rx: Mutex::new(rx), received: Mutex::new(Vec::new()) })
    }

    fn drain(&self) {
        let rx = self.rx.lock().unwrap();
        while let Ok((to, raw)) = rx.try_recv() {
            self.received.lock().unwrap().push(parse_mail(to, &raw));
        }
    }

    /// Every message received so far.
    pub fn all(&self) -> Vec<ReceivedMail> {
        self.drain();
        self.received.lock().unwrap().clone()
    }

    /// Waits (up to 10 s) for the `n`th message (1-based) sent to `to`.
    pub async fn wait_for_nth(&self, to: &str, n: usize) -> ReceivedMail {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let matching: Vec<ReceivedMail> =
                self.all().into_iter().filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(to))).collect();
            if matching.len() >= n {
                return matching[n - 1].clone();
            }
            assert!(Instant::now() < deadline, "no e-mail #{n} to {to} arrived within 10 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits (up to 10 s) for a message to `to` whose subject contains `subject`.
    pub async fn wait_for_subject(&self, to: &str, subject: &str) -> ReceivedMail {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(mail) = self
                .all()
                .into_iter()
                .find(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(to)) && m.subject.contains(subject))
            {
                return mail;
            }
            assert!(Instant::now() < deadline, "no e-mail to {to} about {subject:?} arrived within 10 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn wait_for(&self, to: &str) -> ReceivedMail {
        self.wait_for_nth(to, 1).await
    }

    /// How many messages went to `to` (after giving the outbox time to send).
    pub async fn count_to(&self, to: &str, settle: Duration) -> usize {
        tokio::time::sleep(settle).await;
        self.all().iter().filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(to))).count()
    }
}

fn parse_mail(to: Vec<String>, raw: &[u8]) -> ReceivedMail {
    let parsed = mailparse::parse_mail(raw).expect("a parsable e-mail");
    let subject = parsed
        .headers
        .iter()
        .find(|h| h.get_key().eq_ignore_ascii_case("subject"))
        .map(|h| h.get_value())
        .unwrap_or_default();
    let message_id = parsed
        .headers
        .iter()
        .find(|h| h.get_key().eq_ignore_ascii_case("message-id"))
        .map(|h| h.get_value().trim().to_owned());
    let mut text = String::new();
    let mut html = String::new();
    let mut attachments = Vec::new();
    let mut parts = vec![&parsed];
    while let Some(part) = parts.pop() {
        if part.subparts.is_empty() {
            let disposition = part.get_content_disposition();
            if disposition.disposition == mailparse::DispositionType::Attachment {
                let name = disposition.params.get("filename").cloned().unwrap_or_default();
                attachments.push((name, part.ctype.mimetype.clone(), part.get_body_raw().unwrap_or_default()));
                continue;
            }
            let body = part.get_body().unwrap_or_default();
            match part.ctype.mimetype.as_str() {
                "text/plain" => text = body,
                "text/html" => html = body,
                _ => {}
            }
        } else {
            parts.extend(part.subparts.iter());
        }
    }
    ReceivedMail { to, message_id, subject, text, html, attachments }
}

/// A PostgreSQL database made for one test and dropped after it.
///
/// Its name carries the time it was made (`ess_test_{unix seconds, hex}_{random}`), so that the
/// first database a test process makes can drop those that processes before it left behind (see
/// [`PgTestDb::drop`]).
pub struct PgTestDb {
    admin_url: String,
    pub name: String,
    pub url: String,
}

/// A database older than this is another process's leftover, never a running test's.
const LEFTOVER_AFTER_SECS: u64 = 2 * 60 * 60;

/// How long a test's database outlives the test (see [`PgTestDb::drop`]).
const DROP_DELAY: Duration = Duration::from_secs(5);

impl PgTestDb {
    pub fn create(admin_url: &str) -> PgTestDb {
        static SWEPT: std::sync::Once = std::sync::Once::new();
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let name = format!(
            "ess_test_{now:x}_{}",
            ess_academy::accounts::tokens::generate_token().to_lowercase().replace(['-', '_'], "")[..12].to_owned()
        );
        let mut conn = PgConnection::establish(admin_url).expect("TEST_DATABASE_URL answers");
        SWEPT.call_once(|| drop_leftovers(&mut conn, now));
        conn.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let mut url = url::Url::parse(admin_url).unwrap();
        url.set_path(&format!("/{name}"));
        PgTestDb { admin_url: admin_url.to_owned(), name, url: url.to_string() }
    }
}

/// Drops the test databases that earlier processes made more than two hours ago and could not drop
/// (a process ends as soon as its last test does, before [`DROP_DELAY`]).
fn drop_leftovers(conn: &mut PgConnection, now: u64) {
    #[derive(diesel::QueryableByName)]
    struct Name {
        #[diesel(sql_type = diesel::sql_types::Text)]
        datname: String,
    }
    let names: Vec<Name> = diesel::RunQueryDsl::load(
        diesel::sql_query("SELECT datname FROM pg_database WHERE datname LIKE 'ess_test_%'"),
        conn,
    )
    .unwrap_or_default();
    for Name { datname } in names {
        let made = datname.split('_').nth(2).and_then(|stamp| u64::from_str_radix(stamp, 16).ok());
        if made.is_some_and(|made| now.saturating_sub(made) > LEFTOVER_AFTER_SECS) {
            drop_database(conn, &datname);
        }
    }
}

/// Drops a test database, ending its connections; a failure is left to the next sweep.
fn drop_database(conn: &mut PgConnection, name: &str) {
    let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
}

impl Drop for PgTestDb {
    /// The database is dropped [`DROP_DELAY`] later, by a thread of the process. It is dropped with
    /// the test's app, when the test's body ends, and the test's runtime then shuts down: it waits
    /// for the blocking tasks the app's workers started (the outbox's, say). One of them checking a
    /// connection out of a pool whose database is gone would wait the pool's whole checkout timeout
    /// (15 s), and that wait was most of a PostgreSQL test's time.
    fn drop(&mut self) {
        static REAPER: Mutex<Option<Sender<(String, String, Instant)>>> = Mutex::new(None);
        let mut reaper = REAPER.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = reaper.get_or_insert_with(|| {
            let (tx, rx) = channel::<(String, String, Instant)>();
            std::thread::spawn(move || {
                for (admin_url, name, due) in rx {
                    std::thread::sleep(due.saturating_duration_since(Instant::now()));
                    if let Ok(mut conn) = PgConnection::establish(&admin_url) {
                        drop_database(&mut conn, &name);
                    }
                }
            });
            tx
        });
        let _ = tx.send((self.admin_url.clone(), std::mem::take(&mut self.name), Instant::now() + DROP_DELAY));
    }
}

/// A running application and what a test needs around it.
pub struct TestApp {
    pub address: String,
    pub backend: Backend,
    pub database_url: String,
    pub client: reqwest::Client,
    pub jar: Arc<reqwest::cookie::Jar>,
    pub smtp: Arc<SmtpServer>,
    pub clock: ManualClock,
    pub setup_link: Option<String>,
    /// Kept so the folder lives as long as the app.
    pub _data_dir: Arc<tempfile::TempDir>,
    pub pg: Option<Arc<PgTestDb>>,
}

pub fn client_with_jar() -> (reqwest::Client, Arc<reqwest::cookie::Jar>) {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    (client, jar)
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    match backend {
        Backend::Sqlite => spawn_with(backend, None, DEFAULT_HEARTBEAT_SECS).await,
        Backend::Postgres => spawn_app_on_postgres().await.expect("TEST_DATABASE_URL is set"),
    }
}

/// `None` (and a note) when `TEST_DATABASE_URL` is not set.
pub async fn spawn_app_on_postgres() -> Option<TestApp> {
    let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
        eprintln!("TEST_DATABASE_URL is not set: this PostgreSQL variant has nothing to do");
        return None;
    };
    let pg = tokio::task::spawn_blocking(move || PgTestDb::create(&admin_url)).await.unwrap();
    Some(spawn_with(Backend::Postgres, Some(Arc::new(pg)), DEFAULT_HEARTBEAT_SECS).await)
}

/// An app on SQLite whose module pages beat every `heartbeat_secs` (browser tests).
#[allow(dead_code, reason = "used by the browser tests, which share this file")]
pub async fn spawn_app_with_heartbeat(heartbeat_secs: i64) -> TestApp {
    spawn_with(Backend::Sqlite, None, heartbeat_secs).await
}

async fn spawn_with(backend: Backend, pg: Option<Arc<PgTestDb>>, heartbeat_secs: i64) -> TestApp {
    spawn_with_xapi(backend, pg, heartbeat_secs, None).await
}

/// An app whose statements go to the LRS at `xapi_url` (`None`: xAPI off).
pub async fn spawn_app_with_xapi(backend: Backend, xapi_url: &str) -> Option<TestApp> {
    let pg = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => {
            let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
                eprintln!("TEST_DATABASE_URL is not set: this PostgreSQL variant has nothing to do");
                return None;
            };
            Some(Arc::new(tokio::task::spawn_blocking(move || PgTestDb::create(&admin_url)).await.unwrap()))
        }
    };
    Some(spawn_with_xapi(backend, pg, DEFAULT_HEARTBEAT_SECS, Some(xapi_url.to_owned())).await)
}

async fn spawn_with_xapi(
    backend: Backend,
    pg: Option<Arc<PgTestDb>>,
    heartbeat_secs: i64,
    xapi_url: Option<String>,
) -> TestApp {
    let data_dir = Arc::new(tempfile::tempdir().unwrap());
    let database_url = match &pg {
        Some(pg) => pg.url.clone(),
        None => format!("sqlite://{}", data_dir.path().join("academy.db").display()),
    };
    let smtp = SmtpServer::start();
    let clock = ManualClock::new(SystemClock.now());
    let app =
        spawn_configured(&database_url, data_dir.path(), smtp.port, clock.clone(), heartbeat_secs, xapi_url, |_| {})
            .await;
    let (client, jar) = client_with_jar();
    TestApp {
        address: app.0,
        backend,
        database_url,
        client,
        jar,
        smtp,
        clock,
        setup_link: app.2,
        _data_dir: data_dir,
        pg,
    }
}

/// Starts one more instance on the given database (for several-instance tests).
pub async fn spawn_instance(
    database_url: &str,
    data_dir: &std::path::Path,
    smtp_port: u16,
    clock: ManualClock,
) -> (String, u16, Option<String>) {
    spawn_configured(database_url, data_dir, smtp_port, clock, DEFAULT_HEARTBEAT_SECS, None, |_| {}).await
}

/// An app whose settings `tweak` changes (`None` on PostgreSQL when `TEST_DATABASE_URL` is unset).
pub async fn spawn_app_tweaked(backend: Backend, tweak: fn(&mut Settings)) -> Option<TestApp> {
    let pg = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => {
            let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
                eprintln!("TEST_DATABASE_URL is not set: this PostgreSQL variant has nothing to do");
                return None;
            };
            Some(Arc::new(tokio::task::spawn_blocking(move || PgTestDb::create(&admin_url)).await.unwrap()))
        }
    };
    let data_dir = Arc::new(tempfile::tempdir().unwrap());
    let database_url = match &pg {
        Some(pg) => pg.url.clone(),
        None => format!("sqlite://{}", data_dir.path().join("academy.db").display()),
    };
    let smtp = SmtpServer::start();
    let clock = ManualClock::new(SystemClock.now());
    let (address, _, setup_link) =
        spawn_configured(&database_url, data_dir.path(), smtp.port, clock.clone(), DEFAULT_HEARTBEAT_SECS, None, tweak)
            .await;
    let (client, jar) = client_with_jar();
    Some(TestApp { address, backend, database_url, client, jar, smtp, clock, setup_link, _data_dir: data_dir, pg })
}

async fn spawn_configured(
    database_url: &str,
    data_dir: &std::path::Path,
    smtp_port: u16,
    clock: ManualClock,
    heartbeat_secs: i64,
    xapi_url: Option<String>,
    tweak: fn(&mut Settings),
) -> (String, u16, Option<String>) {
    let mut settings = Settings {
        xapi_url,
        xapi_user: crate::helpers::LRS_USER.into(),
        xapi_password: crate::helpers::LRS_PASSWORD.into(),
        heartbeat_secs,
        database_url: database_url.to_owned(),
        bind: "127.0.0.1:0".into(),
        data_dir: data_dir.to_path_buf(),
        smtp_url: Some(format!("smtp://127.0.0.1:{smtp_port}")),
        workers: Some(2),
        ..Settings::default()
    };
    tweak(&mut settings);
    let app = Application::build_with_clock(settings, Arc::new(clock)).await.expect("the app starts");
    let port = app.port();
    let setup = app.setup_link().map(str::to_owned);
    let address = app.public_url().to_owned();
    tokio::spawn(app.run_until_stopped());
    (address, port, setup)
}

/// The Basic credentials of the test LRS.
pub const LRS_USER: &str = "ess-academy";
pub const LRS_PASSWORD: &str = "lrs-password-2026";

pub struct Registered {
    pub id: i64,
    pub email: String,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// The instance's data dir (its generated secret, its file outbox).
    pub fn data_dir(&self) -> &std::path::Path {
        self._data_dir.path()
    }

    /// A direct handle on the app's database, for setting up states the API does not offer.
    pub fn db(&self) -> Db {
        Db::open_for_command(&self.database_url).unwrap()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client.post(self.url(path)).json(body).send().await.unwrap()
    }

    /// The CSRF cookie of this client (a page is fetched first when there is none yet).
    pub async fn csrf(&self) -> String {
        if let Some(token) = self.cookie("ess_csrf") {
            return token;
        }
        self.get("/login").await;
        self.cookie("ess_csrf").expect("the CSRF cookie is set on a page")
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let header = self.jar.cookies(&self.address.parse().unwrap())?;
        header.to_str().unwrap().split("; ").find_map(|c| c.strip_prefix(&format!("{name}=")).map(str::to_owned))
    }

    /// Posts a form with this client's CSRF token.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &token));
        self.client.post(self.url(path)).form(&form).send().await.unwrap()
    }

    /// Registers through the API; the e-mail gets a unique suffix.
    pub async fn register(&self, name: &str) -> Registered {
        let first: String =
            name.split_whitespace().next().unwrap().chars().filter(char::is_ascii_alphanumeric).collect();
        let email = format!("{}.{}@partner.example", first.to_lowercase(), rand_suffix());
        let response = self
            .post_json(
                "/api/v1/auth/register",
                &json!({"email": email, "password": PASSWORD, "name": name, "company": "Acme Networks", "country": "DE"}),
            )
            .await;
        assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
        let body: Value = response.json().await.unwrap();
        Registered { id: body["id"].as_i64().unwrap(), email }
    }

    /// Registers and verifies by following the link in the e-mail.
    pub async fn register_verified(&self, name: &str) -> Registered {
        let user = self.register(name).await;
        let mail = self.smtp.wait_for(&user.email).await;
        let link = mail.link(&format!("{}/verify-email/", self.address));
        let response = self.client.get(link).send().await.unwrap();
        assert_eq!(response.status(), 200);
        user
    }

    /// Logs in through the API; returns the bearer token (the client also keeps the cookie).
    pub async fn login(&self, email: &str, password: &str) -> String {
        let response = self.post_json("/api/v1/auth/login", &json!({"email": email, "password": password})).await;
        assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
        let body: Value = response.json().await.unwrap();
        body["token"].as_str().unwrap().to_owned()
    }

    /// Gives a user another role directly in the database.
    pub fn set_role(&self, user_id: i64, role: &str) {
        use diesel::prelude::*;
        use ess_academy::db::schema::users;
        let db = self.db();
        diesel::update(users::table.filter(users::id.eq(user_id)))
            .set(users::role.eq(role))
            .execute(&mut *db.write().unwrap())
            .unwrap();
    }

    /// A verified user of the given role, logged in; returns the user and a bearer token.
    pub async fn user_with_role(&self, name: &str, role: &str) -> (Registered, String) {
        let user = self.register_verified(name).await;
        self.set_role(user.id, role);
        let token = self.login(&user.email, PASSWORD).await;
        (user, token)
    }

    /// A second client with its own cookies.
    /// A partner company made by the admin, with `manager_id` as its partner manager; returns
    /// the partner as the API answers it.
    pub async fn partner_with_manager(&self, admin: &str, name: &str, country: &str, manager_id: i64) -> Value {
        let created = self
            .client
            .post(self.url("/api/v1/admin/partners"))
            .bearer_auth(admin)
            .json(&json!({"name": name, "country": country}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
        let partner: Value = created.json().await.unwrap();
        let set = self
            .client
            .put(self.url(&format!("/api/v1/admin/users/{manager_id}/role")))
            .bearer_auth(admin)
            .json(&json!({"role": "partner_manager", "partner_id": partner["id"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(set.status(), 200);
        partner
    }

    pub fn new_client(&self) -> (reqwest::Client, Arc<reqwest::cookie::Jar>) {
        client_with_jar()
    }
}

pub fn rand_suffix() -> String {
    ess_academy::accounts::tokens::generate_token().to_lowercase().replace(['-', '_'], "")[..10].to_owned()
}

/// Reads a problem document and checks its content type.
pub async fn problem(response: reqwest::Response) -> Value {
    let content_type = response.headers().get("content-type").unwrap().to_str().unwrap().to_owned();
    assert_eq!(content_type, "application/problem+json");
    response.json().await.unwrap()
}

/// The right options of every question of an attempt, by the paper's opaque ids (read from the
/// database: the server never sends them before grading).
pub fn answer_key(app: &TestApp, attempt: i64) -> std::collections::HashMap<String, Vec<String>> {
    answer_key_in(&app.db(), attempt)
}

/// `answer_key` of any database.
pub fn answer_key_in(db: &Db, attempt: i64) -> std::collections::HashMap<String, Vec<String>> {
    use diesel::prelude::*;
    use ess_academy::db::schema::{attempt_questions as aq, questions as q};
    #[derive(serde::Deserialize)]
    struct Placed {
        id: String,
        index: usize,
    }
    #[derive(serde::Deserialize)]
    struct Stored {
        correct: bool,
    }
    let rows: Vec<(String, String, String)> = aq::table
        .inner_join(q::table)
        .filter(aq::attempt_id.eq(attempt))
        .select((aq::public_id, aq::options_json, q::options_json))
        .load(&mut *db.read().unwrap())
        .unwrap();
    rows.into_iter()
        .map(|(public, placed, stored)| {
            let placed: Vec<Placed> = serde_json::from_str(&placed).unwrap();
            let stored: Vec<Stored> = serde_json::from_str(&stored).unwrap();
            (public, placed.into_iter().filter(|p| stored[p.index].correct).map(|p| p.id).collect())
        })
        .collect()
}
