//! The HTTP side, and the only door in: one route table, extractors for roles and CSRF, one file
//! per area. A handler extracts, calls one domain function in `web::block`, renders.

pub mod account;
pub mod admin;
pub mod admin_credentials;
pub mod admin_partners;
pub mod api;
pub mod api_content;
pub mod api_credentials;
pub mod api_exams;
pub mod api_partners;
pub mod api_progress;
pub mod auth;
pub mod catalog;
pub mod credential;
pub mod csrf;
pub mod errors;
pub mod exams;
pub mod extract;
pub mod freshness;
pub mod head;
pub mod home;
pub mod interop;
pub mod kit;
pub mod learners;
pub mod learning;
pub mod locale;
pub mod lti;
pub mod module_page;
pub mod open_badges;
pub mod openapi;
pub mod ops;
pub mod pages;
pub mod partner;
pub mod privacy;
pub mod ratelimit;
pub mod renewal;
pub mod reports;
pub mod request_id;
pub mod shell;
pub mod static_files;
pub mod training;
pub mod translations;
pub mod verify;

use std::sync::Arc;

use actix_web::web;
use tera::Tera;

use crate::accounts::session::SessionKeys;
use crate::clock::SharedClock;
use crate::db::Db;
use crate::mail::Mailer;

/// `web::block` in the request's language: what the blocking work writes for people (messages,
/// field errors, labels, dates) comes out in the language of the request that handed it over.
/// Every handler hands blocking work over through this, never through `web::block` itself.
pub async fn blocking<F, R>(f: F) -> Result<R, actix_web::error::BlockingError>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let lang = crate::i18n::current();
    web::block(move || crate::i18n::with_lang(lang, f)).await
}

/// A short read (an indexed query or two) for a request. On SQLite, when a reading connection
/// is free at once, it runs here, on the worker: SQLite answers from its page cache in
/// microseconds, less than handing the work to the blocking pool and waking the worker again
/// (those wake-ups were a quarter of the module page's CPU, `BENCHMARKS.md`). Otherwise, and
/// always on PostgreSQL (a network round trip), it goes to the blocking pool like any other
/// blocking work. Never for writes, long reads or anything that waits.
pub async fn quick_read<F, R>(state: &web::Data<AppState>, read: F) -> Result<R, crate::error::AppError>
where
    F: FnOnce(&mut crate::db::DbConnection) -> Result<R, crate::error::AppError> + Send + 'static,
    R: Send + 'static,
{
    if let Some(mut conn) = state.db.read_at_once() {
        return read(&mut conn);
    }
    let st = state.clone();
    blocking(move || read(&mut *st.db.read()?)).await?
}

/// The largest request body accepted, JSON or form.
pub const BODY_LIMIT_BYTES: usize = 64 * 1024;
/// The session cookie.
pub const SESSION_COOKIE: &str = "ess_session";

/// What every handler can reach, shared by all workers.
pub struct AppState {
    pub db: Db,
    pub clock: SharedClock,
    pub mailer: Mailer,
    pub sessions: SessionKeys,
    pub templates: Arc<Tera>,
    pub public_url: String,
    /// Cookies get `Secure` when the public URL is https.
    pub secure_cookies: bool,
    /// Take the client address from X-Forwarded-For.
    pub trust_proxy: bool,
    /// A hash to check passwords of unknown e-mail addresses against (equal timing).
    pub dummy_hash: String,
    /// Seconds between heartbeats of module pages.
    pub heartbeat_secs: i64,
    /// Recent copies of accounts for the session check (`crate::freshness`).
    pub accounts: crate::freshness::Recent<i64, crate::accounts::User>,
    /// The content generation, read again on demand when old or after a local write
    /// (`crate::freshness`).
    pub content_generation: Arc<crate::freshness::ContentGeneration>,
    /// Module pages as made from content, by course, module and language, under the content
    /// generation they were made at.
    pub module_pages: catalog::ModuleMemo,
    /// Learners' answers to knowledge checks, under the account's answers version.
    pub answer_copies: catalog::AnswerCopies,
    /// Content pages that show nothing of the reader but the role (`shell`).
    pub page_shells: shell::PageShells,
    /// Learners' "My training" pages, kept for half a second (`training`).
    pub training_copies: training::TrainingCopies,
    /// Each exam's pool of current questions, under the content generation it was read at.
    pub exam_pools: crate::exams::attempts::PoolMemo,
    /// Where heartbeats wait for their group commit.
    pub beats: crate::progress::group_commit::BeatQueue,
    /// The fonts of the credential files, parsed once.
    pub fonts: Arc<crate::credentials::certificate::LazyFonts>,
    /// The font database of badges, built on first use.
    pub badge_fonts: Arc<crate::credentials::badge::BadgeFonts>,
    /// This instance's Open Badges 3.0 signing key.
    pub ob3: Arc<crate::credentials::ob3::Signer>,
    /// The issuer's contact address in Open Badges documents (the sender of the e-mails).
    pub issuer_email: String,
    /// The limit on public credential lookups per client.
    pub verify_limiter: ratelimit::RateLimiter,
    /// The LTI tool's RSA key, read or made on first use.
    pub lti_key: Arc<crate::lti::keys::LazyToolKey>,
    /// The HTTP client that fetches LTI platforms' public keys.
    pub lti_http: reqwest::Client,
}

impl AppState {
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// The content generation to use now: the one known, or read on a read connection
    /// (`crate::freshness`). Read it before reading the content that will be kept under it.
    pub fn content_generation(&self) -> anyhow::Result<i64> {
        self.content_generation.current(|| Ok(crate::freshness::read_generation(&mut *self.db.read()?)?))
    }

    /// Starts an attempt for `user_id` (or finds the open one): the exam's pools from memory,
    /// the writer held for the start alone.
    pub fn start_attempt(
        &self,
        user_id: i64,
        course: &str,
        exam: &str,
    ) -> Result<crate::exams::attempts::Started, crate::error::AppError> {
        let pools =
            crate::exams::attempts::KeptPools { memo: &self.exam_pools, generation: self.content_generation()? };
        crate::exams::attempts::start_attempt(
            &mut *self.db.write()?,
            &self.mailer,
            self.now(),
            &mut rand::rng(),
            pools,
            user_id,
            (course, exam),
        )
    }
}

/// The route table, used by the server and by tests alike.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(api::healthz)
        .configure(ops::configure)
        .service(
            web::scope("/api/v1")
                .configure(api::configure)
                .configure(reports::configure_api)
                .configure(renewal::api::configure)
                .configure(learning::api::configure)
                .configure(interop::api::configure)
                .configure(lti::api::configure)
                .configure(privacy::api::configure)
                .configure(translations::configure_api),
        )
        // The catalogue's pages before the dynamic routes of the files and the sign-in links:
        // no pattern of theirs overlaps, and the module page is the page most asked for.
        .configure(catalog::configure)
        .service(static_files::serve)
        .configure(home::configure)
        .configure(auth::configure)
        .configure(account::configure)
        .configure(training::configure)
        .configure(admin::configure)
        .configure(admin_credentials::configure)
        .configure(admin_partners::configure)
        .configure(partner::configure)
        .configure(learners::configure)
        .configure(exams::configure)
        .configure(verify::configure)
        .configure(credential::configure)
        .configure(kit::configure)
        .configure(open_badges::configure)
        .configure(renewal::configure)
        .configure(learning::configure)
        .configure(interop::configure)
        .configure(reports::configure)
        .configure(lti::configure)
        .configure(locale::configure)
        .configure(privacy::configure)
        .configure(translations::configure);
}
