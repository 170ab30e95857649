//! The JSON API of credentials (more comes with the credential kit).

use actix_web::{HttpResponse, post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::AppState;
use super::extract::ProgrammeAdmin;
use crate::credentials;
use crate::error::{AppError, Problem};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(revoke);
}

/// Why a credential is revoked.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevokeRequest {
    /// 1–500 characters; shown on the verification page.
    reason: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = RevokeRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Revoked; the verification page says so, with the reason"),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such credential", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Already revoked", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "No reason", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/credentials/{id}/revoke")]
pub async fn revoke(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<String>,
    body: web::Json<RevokeRequest>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let reason = body.into_inner().reason;
    let st = state.clone();
    let admin_id = admin.0.id();
    web::block(move || credentials::revoke(&mut *st.db.write()?, st.now(), admin_id, &id, &reason)).await??;
    Ok(HttpResponse::Ok().json(serde_json::json!({"message": "The credential is revoked."})))
}
