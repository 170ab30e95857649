//! The JSON API of the LTI platform registrations, under `/api/v1/admin/lti/`. Programme admins
//! only.

use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::error::{AppError, Problem};
use crate::lti::ags::{self, ScoreItem};
use crate::lti::{self, Platform, PlatformRequest};
use crate::web::AppState;
use crate::web::extract::ProgrammeAdmin;

/// The routes, inside the `/api/v1` scope.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_platforms).service(register_platform).service(score_queue);
}

/// Lines per answer of the score queue.
const SCORES_LIMIT: i64 = 500;

/// The registered learning platforms.
#[utoipa::path(context_path = "/api/v1", tag = "lti", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Every registered platform, oldest first", body = [Platform]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/lti/platforms")]
pub async fn list_platforms(state: web::Data<AppState>, _admin: ProgrammeAdmin) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let list = crate::web::blocking(move || -> Result<_, AppError> { Ok(lti::list_platforms(&mut *st.db.read()?)?) })
        .await??;
    Ok(HttpResponse::Ok().json(list))
}

/// Registers a learning platform (an LTI 1.3 platform) that may launch this tool.
#[utoipa::path(context_path = "/api/v1", tag = "lti", request_body = PlatformRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "Registered", body = Platform),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "This issuer and client id are already registered", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/lti/platforms")]
pub async fn register_platform(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    body: web::Json<PlatformRequest>,
) -> Result<HttpResponse, AppError> {
    let (st, admin_id, body) = (state.clone(), admin.0.id(), body.into_inner());
    let platform =
        crate::web::blocking(move || lti::register_platform(&mut *st.db.write()?, st.now(), admin_id, &body)).await??;
    Ok(HttpResponse::Created().json(platform))
}

/// A filter of the score queue.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ScoreParams {
    /// `queued`, `sent` or `failing`; all when absent.
    state: Option<String>,
}

/// The grade passback queue: exam scores for the platforms' line items, newest first.
#[utoipa::path(context_path = "/api/v1", tag = "lti", params(ScoreParams), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The scores, newest first (at most 500)", body = [ScoreItem]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "An unknown state", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/lti/scores")]
pub async fn score_queue(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<ScoreParams>,
) -> Result<HttpResponse, AppError> {
    let filter = crate::interop::outbound::parse_state(query.into_inner().state)?;
    let st = state.clone();
    let items = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(ags::score_items(&mut *st.db.read()?, filter.as_deref(), SCORES_LIMIT)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(items))
}
