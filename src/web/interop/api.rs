//! `GET /api/v1/admin/xapi/queue?state=`: the xAPI statement queue, newest first.

use actix_web::{HttpResponse, get, web};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::error::{AppError, Problem};
use crate::interop::xapi::{self, QueueItem};
use crate::web::AppState;
use crate::web::extract::ProgrammeAdmin;

/// Lines per answer.
const QUEUE_LIMIT: i64 = 500;

/// The routes, inside the `/api/v1` scope.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(xapi_queue);
}

/// A filter of the queue.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueParams {
    /// `queued`, `sent` or `failing`; all when absent.
    state: Option<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "interop", params(QueueParams), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The statements, newest first (at most 500)", body = [QueueItem]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "An unknown state", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/xapi/queue")]
pub async fn xapi_queue(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<QueueParams>,
) -> Result<HttpResponse, AppError> {
    let filter = crate::interop::outbound::parse_state(query.into_inner().state)?;
    let st = state.clone();
    let items = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(xapi::queue_items(&mut *st.db.read()?, filter.as_deref(), QUEUE_LIMIT)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(items))
}
