//! The JSON API of the holder's data rights: `GET /api/v1/me/export` (everything we hold about
//! the signed-in person, as a JSON attachment), `POST /api/v1/me/erase` (erase one's own account,
//! confirmed by the password) and `POST /api/v1/admin/users/{id}/erase` (a programme admin erases
//! an account on a request received by other means).

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::clock::rfc3339;
use crate::error::{AppError, Problem};
use crate::privacy::document::DataExport;
use crate::privacy::{self, Erasure};
use crate::web::AppState;
use crate::web::extract::{ProgrammeAdmin, SignedIn};
use crate::web::pages::end_session_cookie;

/// The routes, inside the `/api/v1` scope.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(export_me).service(erase_me).service(erase_user);
}

/// The name of the export file on `day` (`YYYY-MM-DD`).
pub fn export_filename(now: i64) -> String {
    let day: String = rfc3339(now).chars().take(10).collect();
    format!("ess-academy-export-{day}.json")
}

#[utoipa::path(context_path = "/api/v1", tag = "me", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Everything we hold about you, as a JSON attachment named `ess-academy-export-<date>.json`: account, progress, knowledge-check and exam answers, results, credentials and their history, e-mails sent to you, partner membership, LTI links and xAPI statements. No password hash, token or other person's data",
        body = DataExport,
        headers(("content-disposition" = String, description = "attachment; filename=\"ess-academy-export-<YYYY-MM-DD>.json\""))),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
))]
#[get("/me/export")]
pub async fn export_me(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let (id, now) = (user.id(), state.now());
    let export = crate::web::blocking(move || privacy::export::export(&mut *st.db.read()?, now, id)).await??;
    let disposition = format!("attachment; filename=\"{}\"", export_filename(now));
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_DISPOSITION, disposition))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .json(export))
}

/// The password, to confirm that it is you.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EraseRequest {
    /// Your current password.
    #[serde(default)]
    password: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "me", request_body = EraseRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Your account is erased: you are signed out everywhere and cannot sign in again; your name and address are replaced, your answers and the bodies of our e-mails to you removed, your credentials revoked", body = Erasure),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Cookie session without the X-CSRF-Token header", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "You are the only programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "The password is missing or wrong (`errors.password`); nothing was erased", body = Problem, content_type = "application/problem+json"),
    (status = 429, description = "Too many wrong passwords for this account (they count as failed logins)", body = Problem, content_type = "application/problem+json"),
))]
#[post("/me/erase")]
pub async fn erase_me(
    state: web::Data<AppState>,
    user: SignedIn,
    body: web::Json<EraseRequest>,
) -> Result<HttpResponse, AppError> {
    let password = body.into_inner().password;
    let st = state.clone();
    let id = user.id();
    let erasure =
        crate::web::blocking(move || privacy::erase::erase_own(&st.db, &st.mailer, st.now(), id, &password)).await??;
    let mut response = HttpResponse::Ok().json(erasure);
    response.add_cookie(&end_session_cookie(&state)).map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(response)
}

/// Why a programme admin erases an account.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdminEraseRequest {
    /// How the person's request reached you (a letter, an e-mail of a given date…): 1–500 characters.
    #[serde(default)]
    reason: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = AdminEraseRequest, params(("id" = i64, Path, description = "The user's id")), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The account is erased and the erasure recorded with you, the time and the reason", body = Erasure),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Your own account (erase it on your account page), or one already erased", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "The reason is missing or longer than 500 characters", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/users/{id}/erase")]
pub async fn erase_user(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<i64>,
    body: web::Json<AdminEraseRequest>,
) -> Result<HttpResponse, AppError> {
    let reason = body.into_inner().reason;
    let st = state.clone();
    let (admin_id, user_id) = (admin.0.id(), path.into_inner());
    let erasure = crate::web::blocking(move || {
        privacy::erase::erase_by_admin(&mut *st.db.write()?, &st.mailer, st.now(), admin_id, user_id, &reason)
    })
    .await??;
    Ok(HttpResponse::Ok().json(erasure))
}
