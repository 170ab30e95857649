//! Programme admins' pages around credentials: name corrections to decide, revocation from the
//! kit page, and the mail outbox with a retry button.

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::ProgrammeAdmin;
use super::pages::{FormState, Layout, render, render_status, see_other};
use crate::clock::long_date;
use crate::credentials::{self, corrections};
use crate::error::AppError;
use crate::mail::outbox;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(corrections_page)
        .service(decide)
        .service(revoke)
        .service(change_expiry)
        .service(outbox_page)
        .service(retry);
}

/// How many outbox messages the page lists.
const OUTBOX_PAGE_ROWS: i64 = 200;

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

/// Context of `admin/name_corrections.html`.
#[derive(Serialize)]
struct CorrectionsPage {
    #[serde(flatten)]
    layout: Layout,
    pending: Vec<corrections::Correction>,
    notice: Option<String>,
    /// The request whose form failed, with its message and input.
    failed_id: Option<i64>,
    form: FormState,
}

async fn corrections_context(
    state: &web::Data<AppState>,
    admin: &ProgrammeAdmin,
    csrf: &CsrfToken,
    notice: Option<String>,
    failed_id: Option<i64>,
    form: FormState,
) -> Result<CorrectionsPage, AppError> {
    let st = state.clone();
    let pending =
        crate::web::blocking(move || -> Result<_, AppError> { Ok(corrections::pending(&mut *st.db.read()?)?) })
            .await??;
    Ok(CorrectionsPage { layout: Layout::new(Some(&admin.0), csrf, "admin"), pending, notice, failed_id, form })
}

#[get("/admin/name-corrections")]
async fn corrections_page(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("approved") => Some("admin-notice-correction-approved"),
        Some("rejected") => Some("admin-notice-correction-rejected"),
        _ => None,
    }
    .map(crate::i18n::t);
    let page = corrections_context(&state, &admin, &csrf, notice, None, FormState::default()).await?;
    render(&state, "admin/name_corrections.html", &page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DecisionForm {
    /// `approve` or `reject`.
    decision: String,
    note: String,
}

#[post("/admin/name-corrections/{id}")]
async fn decide(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<i64>,
    form: CsrfForm<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let id = path.into_inner();
    let approve = form.decision == "approve";
    let st = state.clone();
    let (admin_id, note) = (admin.0.id(), form.note.clone());
    let result = crate::web::blocking(move || {
        corrections::decide(&mut *st.db.write()?, &st.mailer, st.now(), admin_id, id, approve, &note)
    })
    .await?;
    match result {
        Ok(_) => Ok(see_other(if approve {
            "/admin/name-corrections?notice=approved"
        } else {
            "/admin/name-corrections?notice=rejected"
        })),
        Err(err) => {
            let (status, form) = FormState::with_values([("note", form.note.as_str())]).absorb(err)?;
            let page = corrections_context(&state, &admin, &csrf, None, Some(id), form).await?;
            render_status(&state, status, "admin/name_corrections.html", &page)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RevokeForm {
    reason: String,
}

/// Revocation from the kit page; an error (no reason, already revoked) goes back to it.
#[post("/admin/credentials/{id}/revoke")]
async fn revoke(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<String>,
    form: CsrfForm<RevokeForm>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let (st, id2, reason, admin_id) = (state.clone(), id.clone(), form.0.reason, admin.0.id());
    let result = crate::web::blocking(move || {
        credentials::revoke(&mut *st.db.write()?, st.mailer.xapi(), st.now(), admin_id, &id2, &reason)
    })
    .await?;
    match result {
        Ok(()) => Ok(see_other(&format!("/credentials/{id}?notice=revoked"))),
        Err(AppError::Validation(_)) => Ok(see_other(&format!("/credentials/{id}?notice=reason-needed#revoke"))),
        Err(AppError::Conflict(_)) => Ok(see_other(&format!("/credentials/{id}"))),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ExpiryForm {
    /// `YYYY-MM-DD` (a date input); the new expiry is at 00:00 UTC that day.
    expires_on: String,
    reason: String,
}

/// A change of expiry from the kit page; an error goes back to it with a notice.
#[post("/admin/credentials/{id}/expiry")]
async fn change_expiry(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<String>,
    form: CsrfForm<ExpiryForm>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let ExpiryForm { expires_on, reason } = form.0;
    let Some(expires_at) = crate::reports::parse_day(expires_on.trim()) else {
        return Ok(see_other(&format!("/credentials/{id}?notice=expiry-date-needed#expiry")));
    };
    let (st, id2, admin_id) = (state.clone(), id.clone(), admin.0.id());
    let result = crate::web::blocking(move || {
        credentials::lifecycle::change_expiry(&mut *st.db.write()?, st.now(), admin_id, &id2, expires_at, &reason)
    })
    .await?;
    match result {
        Ok(_) => Ok(see_other(&format!("/credentials/{id}?notice=expiry-changed"))),
        Err(AppError::Validation(_)) => Ok(see_other(&format!("/credentials/{id}?notice=expiry-reason-needed#expiry"))),
        Err(AppError::Conflict(_)) => Ok(see_other(&format!("/credentials/{id}"))),
        Err(other) => Err(other),
    }
}

/// A message on the outbox page.
#[derive(Serialize)]
struct OutboxLine {
    id: i64,
    to: String,
    subject: String,
    status: &'static str,
    attempts: i32,
    created: String,
    next_attempt: Option<String>,
    last_error: Option<String>,
    attachment: Option<String>,
    can_retry: bool,
}

/// Context of `admin/outbox.html`.
#[derive(Serialize)]
struct OutboxPage {
    #[serde(flatten)]
    layout: Layout,
    lines: Vec<OutboxLine>,
    waiting: i64,
    failed: i64,
    unsent_only: bool,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct OutboxQuery {
    notice: Option<String>,
    #[serde(default)]
    unsent: bool,
}

/// A date and time (UTC) in the language being served.
pub(super) fn date_time(t: i64) -> String {
    let rfc = crate::clock::rfc3339(t);
    crate::i18n::tr("admin-date-time", &[("date", long_date(t).into()), ("time", rfc[11..16].into())])
}

#[get("/admin/outbox")]
async fn outbox_page(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    query: web::Query<OutboxQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let notice = match query.notice.as_deref() {
        Some("retrying") => Some("admin-notice-mail-retrying"),
        Some("not-retried") => Some("admin-notice-mail-not-retried"),
        _ => None,
    }
    .map(crate::i18n::t);
    let st = state.clone();
    let unsent = query.unsent;
    let (rows, (waiting, failed)) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        Ok((outbox::list(&mut conn, unsent, OUTBOX_PAGE_ROWS)?, outbox::counts(&mut conn)?))
    })
    .await??;
    let now = state.now();
    let lines = rows
        .into_iter()
        .map(|r| {
            let status = r.status(now);
            OutboxLine {
                id: r.id,
                status,
                attempts: r.attempts,
                created: date_time(r.created_at),
                next_attempt: matches!(status, "retrying" | "queued").then(|| date_time(r.next_attempt_at)),
                can_retry: matches!(status, "failed" | "retrying"),
                to: r.to_address,
                subject: r.subject,
                last_error: r.last_error,
                attachment: r.attachment.map(|a| {
                    if a.starts_with(credentials::CERTIFICATE_ATTACHMENT) {
                        crate::i18n::t("admin-certificate-pdf")
                    } else {
                        a
                    }
                }),
            }
        })
        .collect();
    let page = OutboxPage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        lines,
        waiting,
        failed,
        unsent_only: unsent,
        notice,
    };
    render(&state, "admin/outbox.html", &page)
}

#[derive(Deserialize, Default)]
struct EmptyForm {}

#[post("/admin/outbox/{id}/retry")]
async fn retry(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<i64>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let st = state.clone();
    let retried = crate::web::blocking(move || -> Result<_, AppError> {
        let retried = outbox::retry(&mut *st.db.write()?, id, st.now())?;
        Ok(retried)
    })
    .await??;
    if retried {
        state.mailer.wake_handle().notify_one();
    }
    Ok(see_other(if retried { "/admin/outbox?notice=retrying" } else { "/admin/outbox?notice=not-retried" }))
}
