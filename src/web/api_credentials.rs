//! The JSON API of credentials: the holder's credentials with the URLs of their files, name
//! corrections (asked by the person, decided by programme admins), and revocation.

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::AppState;
use super::extract::{ProgrammeAdmin, SignedIn};
use crate::clock::rfc3339;
use crate::credentials::{self, corrections::Correction};
use crate::error::{AppError, Problem};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(revoke)
        .service(change_expiry)
        .service(my_credentials)
        .service(request_name_correction)
        .service(my_name_corrections)
        .service(pending_name_corrections)
        .service(decide_name_correction);
}

/// The URLs of a credential's files.
#[derive(Debug, Serialize, ToSchema)]
pub struct CredentialFiles {
    certificate_pdf: String,
    badge_png: String,
    badge_svg: String,
    signature_png: String,
    ob3_jwt: String,
}

/// A credential of the signed-in person.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyCredential {
    /// The public id (at least 128 bits of randomness).
    id: String,
    title: String,
    /// `valid`, `expired` or `revoked`.
    status: &'static str,
    /// RFC 3339.
    issued_at: String,
    expires_at: String,
    verify_url: String,
    /// The kit page: previews, downloads, copy blocks.
    kit_url: String,
    files: CredentialFiles,
    /// RFC 3339 of the last renewal; null when never renewed.
    renewed_at: Option<String>,
    /// The credential of the certification cycle before (it lapsed past its grace period).
    previous_id: Option<String>,
    /// The credential of the cycle after.
    next_id: Option<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "credentials", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The signed-in person's credentials, oldest first", body = [MyCredential]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
))]
#[get("/me/credentials")]
pub async fn my_credentials(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let id = user.id();
    let rows = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let mut out = Vec::new();
        for row in credentials::of_user(&mut conn, id)? {
            let neighbours = credentials::neighbours(&mut conn, &row)?;
            out.push((row, neighbours));
        }
        Ok(out)
    })
    .await??;
    let now = state.now();
    let base = &state.public_url;
    let list: Vec<MyCredential> = rows
        .into_iter()
        .map(|(row, (previous_id, next_id))| {
            let files = format!("{base}/credentials/{}", row.public_id);
            MyCredential {
                status: row.status(now),
                issued_at: rfc3339(row.issued_at),
                expires_at: rfc3339(row.expires_at),
                verify_url: format!("{base}/verify/{}", row.public_id),
                kit_url: files.clone(),
                files: CredentialFiles {
                    certificate_pdf: format!("{files}/certificate.pdf"),
                    badge_png: format!("{files}/badge.png?size=600"),
                    badge_svg: format!("{files}/badge.svg"),
                    signature_png: format!("{files}/signature.png"),
                    ob3_jwt: format!("{files}/ob3.jwt"),
                },
                renewed_at: row.renewed_at.map(rfc3339),
                previous_id,
                next_id,
                id: row.public_id,
                title: row.title,
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// A request to correct the name on the account and its certificates.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NameCorrectionRequest {
    /// The name as it should be printed (1–120 characters the certificate fonts can print).
    name: String,
    /// Why (1–500 characters), for the programme admin who decides.
    reason: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "credentials", request_body = NameCorrectionRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "Asked; a programme admin decides", body = Correction),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "A request is already open", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A bad name or no reason", body = Problem, content_type = "application/problem+json"),
))]
#[post("/me/name-corrections")]
pub async fn request_name_correction(
    state: web::Data<AppState>,
    user: SignedIn,
    body: web::Json<NameCorrectionRequest>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let st = state.clone();
    let id = user.id();
    let created = crate::web::blocking(move || {
        credentials::corrections::request(&mut *st.db.write()?, st.now(), id, &body.name, &body.reason)
    })
    .await??;
    Ok(HttpResponse::Created().json(created))
}

#[utoipa::path(context_path = "/api/v1", tag = "credentials", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The person's name-correction requests, newest first", body = [Correction]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
))]
#[get("/me/name-corrections")]
pub async fn my_name_corrections(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let id = user.id();
    let list = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(credentials::corrections::of_user(&mut *st.db.read()?, id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(list))
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Open name-correction requests, oldest first", body = [Correction]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/name-corrections")]
pub async fn pending_name_corrections(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let list = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(credentials::corrections::pending(&mut *st.db.read()?)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(list))
}

/// A programme admin's decision on a name correction.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NameCorrectionDecision {
    approve: bool,
    /// Required to reject (1–500 characters); sent to the person.
    #[serde(default)]
    note: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = NameCorrectionDecision, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Decided; on approval the account and its credentials carry the new name", body = Correction),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such request", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Already decided", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A rejection without a note", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/name-corrections/{id}")]
pub async fn decide_name_correction(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<i64>,
    body: web::Json<NameCorrectionDecision>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let st = state.clone();
    let (admin_id, id) = (admin.0.id(), path.into_inner());
    let decided = crate::web::blocking(move || {
        credentials::corrections::decide(
            &mut *st.db.write()?,
            &st.mailer,
            st.now(),
            admin_id,
            id,
            body.approve,
            &body.note,
        )
    })
    .await??;
    Ok(HttpResponse::Ok().json(decided))
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
    crate::web::blocking(move || {
        credentials::revoke(&mut *st.db.write()?, st.mailer.xapi(), st.now(), admin_id, &id, &reason)
    })
    .await??;
    Ok(HttpResponse::Ok().json(serde_json::json!({"message": "The credential is revoked."})))
}

/// A moment as RFC 3339 text or unix seconds.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum Moment {
    /// Unix seconds.
    Seconds(i64),
    /// RFC 3339, e.g. `2027-12-31T00:00:00Z`.
    Text(String),
}

/// A new expiry for a credential, with the reason.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpiryChange {
    /// RFC 3339 or unix seconds, after the issue date and within 10 years of today.
    expires_at: Moment,
    /// 1–500 characters; recorded in the credential's history with who and when.
    #[serde(default)]
    #[schema(min_length = 1, max_length = 500)]
    reason: String,
}

/// The credential after the change.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExpiryChanged {
    id: String,
    /// RFC 3339.
    expires_at: String,
    /// `valid`, `expired` or `revoked`.
    status: &'static str,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = ExpiryChange, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Changed; recorded in the history with the reason", body = ExpiryChanged),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such credential", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "The credential is revoked", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "No reason, or a date that is not RFC 3339 or unix seconds, or out of range", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/credentials/{id}/expiry")]
pub async fn change_expiry(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<String>,
    body: web::Json<ExpiryChange>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let body = body.into_inner();
    let expires_at = match body.expires_at {
        Moment::Seconds(secs) => secs,
        Moment::Text(text) => crate::clock::parse_rfc3339(&text).ok_or_else(|| {
            AppError::field("expires_at", format!("{text:?} is not an RFC 3339 date-time such as 2027-12-31T00:00:00Z"))
        })?,
    };
    let st = state.clone();
    let admin_id = admin.0.id();
    let row = crate::web::blocking(move || {
        credentials::lifecycle::change_expiry(&mut *st.db.write()?, st.now(), admin_id, &id, expires_at, &body.reason)
    })
    .await??;
    Ok(HttpResponse::Ok().json(ExpiryChanged {
        status: row.status(state.now()),
        expires_at: rfc3339(row.expires_at),
        id: row.public_id,
    }))
}
