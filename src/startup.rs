//! Building the application from settings: checks them, opens the database (migrations run),
//! starts the mail worker, binds the listener and builds the HTTP server.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::http::header;
use actix_web::middleware::{DefaultHeaders, ErrorHandlers, from_fn};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use lettre::message::Mailbox;

use crate::accounts::session::SessionKeys;
use crate::accounts::users;
use crate::clock::{SharedClock, SystemClock};
use crate::config::{Settings, public_url};
use crate::db::Db;
use crate::mail::transport::Transport;
use crate::mail::{Mailer, worker};
use crate::web::{AppState, csrf, errors};

/// The security headers of every response.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Threads for blocking work per HTTP worker (see `HttpServer::worker_max_blocking_threads`).
pub const BLOCKING_THREADS_PER_WORKER: usize = 24;

/// A built application: the listener is bound, the server not yet awaited.
pub struct Application {
    port: u16,
    public_url: String,
    setup_link: Option<String>,
    database: &'static str,
    mail: String,
    server: Server,
    db: Db,
}

/// How long the exit waits for a pool's connection in flight (PostgreSQL's connect timeout).
const EXIT_SETTLE: std::time::Duration = std::time::Duration::from_secs(5);

impl Application {
    /// Builds with the system clock.
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        Self::build_with_clock(settings, Arc::new(SystemClock)).await
    }

    /// Builds with a given clock (tests move it).
    pub async fn build_with_clock(settings: Settings, clock: SharedClock) -> anyhow::Result<Application> {
        settings.validate()?;
        let addr = settings.bind_addr()?;
        let listener = TcpListener::bind(addr).with_context(|| format!("ESS_BIND: cannot listen on {addr}"))?;
        let local = listener.local_addr().context("ESS_BIND: no local address")?;
        let public_url = match &settings.public_url {
            Some(url) => public_url(url)?,
            None => format!("http://{local}"),
        };
        let secret = settings.resolve_secret()?;
        // The templates are parsed on another core while the database is opened and the
        // courses imported (a fifth of a cold start each, `BENCHMARKS.md`).
        // Each part of the start says when it is done (debug level): the cold start's timeline.
        let begun = std::time::Instant::now();
        let timed = move |what: &'static str| tracing::debug!("start: {what} after {} ms", begun.elapsed().as_millis());
        let templates = tokio::task::spawn_blocking(move || {
            let parsed = crate::templates::load();
            timed("templates parsed");
            parsed
        });
        // The courses folder is read and checked meanwhile too (no database needed for that).
        let checked = settings.courses_dir.is_dir().then(|| {
            let dir = settings.courses_dir.clone();
            tokio::task::spawn_blocking(move || {
                let checked = crate::course_load::check::check_dir(&dir);
                timed("courses folder checked");
                checked
            })
        });
        let db = {
            let url = settings.database_url.clone();
            tokio::task::spawn_blocking(move || Db::open(&url))
                .await
                .context("database start")?
                .map_err(|e| anyhow::anyhow!("ESS_DATABASE_URL: {e:#}"))?
        };
        timed("database opened and migrated");
        if let Some(checked) = checked {
            let started = std::time::Instant::now();
            let checked = checked.await.context("checking the courses folder")?;
            let (db, now) = (db.clone(), clock.now());
            let report = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
                let mut conn = db.write()?;
                crate::course_load::sync::import_checked(&mut conn, now, &checked, false)
            })
            .await??;
            for problem in &report.problems {
                tracing::warn!("{problem}");
            }
            timed("courses imported");
            tracing::info!(
                "courses imported from {} in {} ms: {report}",
                settings.courses_dir.display(),
                started.elapsed().as_millis()
            );
        }

        {
            // Revisions derived by an older renderer (knowledge checks, figures, search) are
            // derived again from their markdown, whether or not a courses folder is imported.
            let db = db.clone();
            let upgraded = tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
                Ok(crate::content::derive::upgrade(&mut *db.write()?)?)
            })
            .await??;
            if upgraded > 0 {
                tracing::info!("{upgraded} module revision(s) rendered again by the current renderer");
            }
        }

        timed("derived content upgraded");
        let templates = Arc::new(templates.await.context("templates")??);
        // Every background worker is spawned through this registry, which `/readyz` reads.
        let workers = crate::ops::workers::Workers::default();
        let xapi = settings.xapi(&public_url, &secret).map(Arc::new);
        let mailer = Mailer::new(templates.clone(), public_url.clone()).with_xapi(xapi.clone());
        if let Some(xapi) = xapi {
            tracing::info!("xAPI statements go to {}statements", xapi.url);
            tokio::spawn(workers.watch(
                "xapi",
                crate::interop::xapi_worker::run(db.clone(), xapi, clock.clone(), mailer.xapi_wake_handle()),
            ));
        }
        let transport = Transport::new(settings.smtp_url.as_deref(), settings.data_dir.join("outbox"))?;
        let mail = transport.describe();
        let from: Mailbox = settings.mail_from.parse().context("ESS_MAIL_FROM")?;
        let fonts = Arc::new(crate::credentials::certificate::LazyFonts::default());
        let attachments =
            crate::credentials::attachment_renderer(db.clone(), fonts.clone(), public_url.clone(), clock.clone());
        tokio::spawn(workers.watch(
            "mail",
            worker::run(db.clone(), transport, from.clone(), clock.clone(), mailer.wake_handle(), attachments),
        ));
        tokio::spawn(workers.watch(
            "exam_sweeper",
            crate::exams::sweeper::run(db.clone(), mailer.clone(), clock.clone(), settings.mail_retention_days),
        ));
        let (beats, beat_writer) = crate::progress::group_commit::channel(
            db.clone(),
            mailer.clone(),
            crate::progress::cap_secs(settings.heartbeat_secs),
        );
        let writers = crate::progress::group_commit::writers_for(db.backend());
        tokio::spawn(workers.watch("heartbeats", beat_writer.run(writers)));
        let content_generation = Arc::new(crate::freshness::ContentGeneration::default());
        let lti_key = Arc::new(crate::lti::keys::LazyToolKey::new(db.clone(), &secret, &settings.data_dir));
        tokio::spawn(workers.watch(
            "lti_scores",
            crate::lti::ags_worker::run(db.clone(), lti_key.clone(), crate::lti::keys::http_client()?, clock.clone()),
        ));
        let signer = {
            let (db, now, secret) = (db.clone(), clock.now(), secret.clone());
            tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
                crate::credentials::ob3::Signer::load_shared(&mut *db.write()?, &secret, now)
            })
            .await??
        };

        let setup_link = {
            let (db, now) = (db.clone(), clock.now());
            tokio::task::spawn_blocking(move || -> anyhow::Result<Option<String>> {
                let mut conn = db.write()?;
                users::create_setup_token(&mut conn, now).map_err(|e| anyhow::anyhow!("{e}"))
            })
            .await??
            .map(|token| format!("{public_url}/setup/{token}"))
        };

        timed("signing keys and setup link ready");
        // The import's working memory (rendered markdown, parsed banks) is free now: give it back.
        tokio::task::spawn_blocking(crate::ops::allocator::trim).await?;
        timed("memory trimmed");

        let state = web::Data::new(AppState {
            db: db.clone(),
            clock,
            mailer,
            sessions: SessionKeys::new(&secret, &public_url, i64::from(settings.session_hours) * 3600),
            templates,
            public_url: public_url.clone(),
            secure_cookies: public_url.starts_with("https://"),
            trust_proxy: settings.trust_proxy,
            dummy_hash: crate::accounts::password::decoy_hash()?,
            heartbeat_secs: settings.heartbeat_secs,
            beats,
            accounts: crate::freshness::Recent::new(std::time::Duration::from_millis(crate::freshness::ACCOUNT_TTL_MS)),
            content_generation,
            module_pages: Default::default(),
            answer_copies: Default::default(),
            exam_pools: Default::default(),
            page_shells: Default::default(),
            training_copies: crate::web::training::training_copies(),
            fonts,
            badge_fonts: Arc::new(crate::credentials::badge::BadgeFonts::default()),
            ob3: Arc::new(signer),
            issuer_email: from.email.to_string(),
            verify_limiter: crate::web::ratelimit::RateLimiter::new(crate::web::ratelimit::VERIFY_LOOKUPS_PER_MINUTE),
            lti_key: lti_key.clone(),
            lti_http: crate::lti::keys::http_client()?,
        });
        let ops = web::Data::new(crate::web::ops::OpsState {
            workers,
            metrics: settings.metrics_token.as_ref().map(|_| crate::ops::metrics::handle()).transpose()?,
            metrics_token: settings.metrics_token.clone(),
        });
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .app_data(ops.clone())
                .app_data(errors::json_config())
                .app_data(errors::form_config())
                .app_data(errors::path_config())
                .app_data(errors::query_config())
                .app_data(errors::multipart_config())
                .app_data(web::PayloadConfig::new(crate::web::BODY_LIMIT_BYTES))
                .wrap(ErrorHandlers::new().default_handler(errors::render_html_error))
                .wrap(from_fn(csrf::ensure_cookie))
                .wrap(from_fn(crate::web::locale::choose_language))
                .wrap(
                    DefaultHeaders::new()
                        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                        .add((header::X_FRAME_OPTIONS, "DENY"))
                        .add((header::REFERRER_POLICY, "same-origin"))
                        .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY)),
                )
                .wrap(from_fn(crate::web::head::as_get))
                .wrap(from_fn(crate::web::freshness::after_writes))
                .wrap(from_fn(crate::web::request_id::track))
                .configure(crate::web::configure)
                .default_service(web::to(errors::not_found))
        })
        .listen(listener)
        .context("cannot start the HTTP server")?
        // Blocking work (database calls, PDFs) waits for a pooled connection or a core anyway;
        // more threads than this per worker would only hold their stacks and allocator arenas
        // through a burst (the default is 512 shared by the workers).
        .worker_max_blocking_threads(BLOCKING_THREADS_PER_WORKER);
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        Ok(Application {
            port: local.port(),
            public_url,
            setup_link,
            database: db.backend().name(),
            mail,
            server: server.run(),
            db,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// The one-time link to create the first programme admin, while none exists.
    pub fn setup_link(&self) -> Option<&str> {
        self.setup_link.as_deref()
    }

    /// `sqlite` or `postgres`.
    pub fn database(&self) -> &'static str {
        self.database
    }

    /// Where e-mails go, for the start-up message.
    pub fn mail(&self) -> &str {
        &self.mail
    }

    /// Serves until the server is stopped (SIGTERM, SIGINT), then waits for the pools to stop
    /// opening connections, so the process exits with no connect in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let served = self.server.await;
        self.db.settle(EXIT_SETTLE).await;
        served
    }
}
