//! The xAPI statement queue for programme admins (`/admin/xapi`): queued, sent and failing
//! statements with the LRS's answer, and a retry. `api.rs` lists the queue as JSON.

pub mod api;

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::ProgrammeAdmin;
use super::pages::{Layout, render, see_other};
use crate::error::AppError;
use crate::interop::outbound::{self, Queue};
use crate::interop::xapi::{self, QueueItem};

/// Lines shown on the page.
const PAGE_LINES: i64 = 200;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(queue_page).service(retry);
}

#[derive(Deserialize)]
struct QueueQuery {
    state: Option<String>,
    notice: Option<String>,
}

#[derive(Serialize)]
struct QueuePage {
    #[serde(flatten)]
    layout: Layout,
    lines: Vec<QueueItem>,
    state: Option<String>,
    /// Where statements go, or None when xAPI is off.
    lrs: Option<String>,
    notice: Option<String>,
}

#[get("/admin/xapi")]
async fn queue_page(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    query: web::Query<QueueQuery>,
) -> Result<HttpResponse, AppError> {
    let filter = query.state.clone().filter(|s| matches!(s.as_str(), "queued" | "sent" | "failing"));
    let st = state.clone();
    let f = filter.clone();
    let lines = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(xapi::queue_items(&mut *st.db.read()?, f.as_deref(), PAGE_LINES)?)
    })
    .await??;
    let notice =
        (query.notice.as_deref() == Some("retrying")).then(|| crate::i18n::t("admin-notice-statement-retrying"));
    let page = QueuePage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        lines,
        state: filter,
        lrs: state.mailer.xapi().map(|x| format!("{}statements", x.url)),
        notice,
    };
    render(&state, "admin/xapi.html", &page)
}

#[derive(Deserialize, Default)]
struct EmptyForm {}

#[post("/admin/xapi/{id}/retry")]
async fn retry(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<i64>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    retry_queued(&state, Queue::XapiStatements, path.into_inner()).await?;
    state.mailer.xapi_wake_handle().notify_one();
    Ok(see_other("/admin/xapi?notice=retrying"))
}

/// Makes an unsent row of an outbound queue due now (an admin's retry); 404 when there is none.
pub(super) async fn retry_queued(state: &web::Data<AppState>, queue: Queue, id: i64) -> Result<(), AppError> {
    let st = state.clone();
    let retried = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(outbound::retry_now(&mut *st.db.write()?, queue, id, st.now())?)
    })
    .await??;
    if retried { Ok(()) } else { Err(AppError::NotFound) }
}
