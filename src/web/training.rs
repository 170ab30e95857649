//! "My training": where the learner stands in every course, exam and credential, on one page.
//!
//! The page takes about 25 reads (per course its modules, exemptions and completion; per exam
//! its round, attempts, accommodation and availability; per credential its renewal rules), so a
//! learner's page is kept, as a shell whose one slot is the CSRF token (`super::shell`), for the
//! same short time as a copy of an account (`crate::freshness::Recent`):
//! - it is used only for the same language, the same second of the application's clock (every
//!   state that depends on time — expiry, renewal windows, the pause between attempts — is
//!   computed from that second) and the same name, e-mail, role and e-mail verification;
//! - any local write ends it (as it ends the copies of accounts); the two writes that do not
//!   count as local writes but change a standing, a heartbeat and an exam start, forget the
//!   learner's copy themselves;
//! - a change made through another instance is seen within [`TRAINING_COPY_TTL_MS`] ms, and so
//!   is one that no request of this instance made (the sweeper closing an expired attempt), or a
//!   heartbeat committed while a page was being made from the reads before it (the page is kept
//!   after the heartbeat's `forget`, for at most that time).

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use super::AppState;
use super::account::NoticeQuery;
use super::csrf::CsrfToken;
use super::extract::SignedIn;
use super::pages::{Layout, NavUser, html_response, nav_user, render_string};
use super::shell::{Shell, slot};
use crate::clock::{UnixSecs, long_date};
use crate::error::AppError;
use crate::progress::standing::{self, CourseStanding};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(training);
}

/// How long a learner's page is used (as long as a copy of the account).
pub const TRAINING_COPY_TTL_MS: u64 = crate::freshness::ACCOUNT_TTL_MS;
/// Pages kept at most (each is one page, ~10–30 KB).
pub const TRAINING_COPIES_MAX: usize = 64;

/// What a kept page was made for: it is used only for exactly this.
#[derive(PartialEq)]
struct Made {
    lang: &'static str,
    now: UnixSecs,
    nav: NavUser,
}

/// A learner's page as made, with the CSRF token as its slot.
pub struct TrainingCopy {
    made: Made,
    shell: Shell,
}

/// Learners' pages, by account (`Recent`: short-lived, ended by any local write).
pub type TrainingCopies = crate::freshness::Recent<i64, TrainingCopy>;

/// The store of learners' pages, bounded in time and number.
pub fn training_copies() -> TrainingCopies {
    crate::freshness::Recent::bounded(Duration::from_millis(TRAINING_COPY_TTL_MS), TRAINING_COPIES_MAX)
}

/// Context of `training/index.html`.
#[derive(Serialize)]
struct TrainingPage {
    #[serde(flatten)]
    layout: Layout,
    /// A one-off message after an action (e.g. the verification e-mail was sent again).
    notice: Option<String>,
    courses: Vec<CourseStanding>,
    exams: Vec<crate::exams::attempts::ExamStatus>,
    credentials: Vec<CredentialLine>,
}

/// A credential on "My training".
#[derive(Serialize)]
struct CredentialLine {
    /// The public id.
    id: String,
    course_id: i64,
    title: String,
    status: &'static str,
    issued: String,
    expires: String,
    verify_path: String,
    certificate_path: String,
    /// The kit page.
    kit_path: String,
    badge_png_path: String,
    /// `not_yet`, `open`, `grace`, `closed` or `renewed`.
    renewal: String,
    renewal_dates: crate::credentials::lifecycle::RenewalDates,
    /// A later cycle's credential replaced this one.
    superseded: bool,
}

#[get("/training")]
async fn training(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("verification-sent") => Some(crate::i18n::t("training-notice-verification-sent")),
        _ => None,
    };
    let id = user.id();
    let made = Made { lang: crate::i18n::current(), now: state.now(), nav: nav_user(&user.user) };
    if notice.is_none()
        && let Some(copy) = state.training_copies.get(&id)
        && copy.made == made
    {
        return Ok(html_response(copy.shell.fill(&csrf.0)));
    }
    // Taken before the reads: a copy is never older than it says.
    let (read_at, writes) = (Instant::now(), crate::freshness::local_writes());
    let st = state.clone();
    let now = made.now;
    let (courses, exams, credentials) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let rows = crate::credentials::of_user(&mut conn, id)?;
        let mut lines = Vec::new();
        for c in rows {
            let rules = crate::credentials::lifecycle::Rules::of_course(&mut conn, c.course_id)?;
            let renewal = crate::credentials::lifecycle::renewal_view(&rules, &c, now);
            lines.push((c, renewal));
        }
        let latest_cycle = |course_id: i64| {
            lines.iter().filter(|(c, _)| c.course_id == course_id).map(|(c, _)| c.cycle).max().unwrap_or(0)
        };
        let superseded: Vec<bool> = lines.iter().map(|(c, _)| c.cycle < latest_cycle(c.course_id)).collect();
        let credentials = lines
            .into_iter()
            .zip(superseded)
            .map(|((c, renewal), superseded)| CredentialLine {
                renewal: renewal.state,
                renewal_dates: renewal.dates,
                superseded,
                course_id: c.course_id,
                status: c.status(now),
                issued: long_date(c.issued_at),
                expires: long_date(c.expires_at),
                verify_path: format!("/verify/{}", c.public_id),
                certificate_path: format!("/credentials/{}/certificate.pdf", c.public_id),
                kit_path: format!("/credentials/{}", c.public_id),
                badge_png_path: format!("/credentials/{}/badge.png?size=600", c.public_id),
                id: c.public_id.clone(),
                title: c.title,
            })
            .collect::<Vec<_>>();
        Ok((
            standing::learner_standing(&mut conn, id)?,
            crate::exams::attempts::exam_statuses(&mut conn, now, id)?,
            credentials,
        ))
    })
    .await??;
    let layout = Layout { user: Some(made.nav.clone()), csrf_token: slot("csrf"), section: "training" };
    let with_notice = notice.is_some();
    let page = TrainingPage { layout, notice, courses, exams, credentials };
    let shell = Shell::cut(&render_string(&state, "training/index.html", &page)?);
    let html = shell.fill(&csrf.0);
    if !with_notice {
        state.training_copies.put(id, read_at, writes, Arc::new(TrainingCopy { made, shell }));
    }
    Ok(html_response(html))
}
