//! The JSON API under `/api/v1` (and `/healthz`). Paths and shapes are a contract: external
//! tools and our acceptance checks call them exactly so. Every route is in the OpenAPI document.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, patch, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::AppState;
use super::extract::{SignedIn, client_addr};
use super::pages::{end_session_cookie, start_session};
use crate::accounts::users::{self, Registration};
use crate::accounts::{Role, User};
use crate::clock::rfc3339;
use crate::error::{AppError, Problem};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(register)
        .service(verify)
        .service(resend_verification)
        .service(login)
        .service(logout)
        .service(password_reset)
        .service(password_reset_confirm)
        .service(me)
        .service(update_me)
        .service(super::openapi::openapi_json)
        .configure(super::api_content::configure)
        .configure(super::api_progress::configure)
        .configure(super::api_exams::configure)
        .configure(super::api_partners::configure);
}

/// `/healthz`: the service answers and its database too.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok`, or `unavailable` when the database does not answer.
    status: &'static str,
    /// `sqlite` or `postgres`.
    database: &'static str,
}

#[utoipa::path(tag = "service", responses(
    (status = 200, description = "The service and its database answer", body = Health),
    (status = 503, description = "The database does not answer", body = Health),
))]
#[get("/healthz")]
pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let db = state.db.clone();
    let database = db.backend().name();
    let ok = crate::web::blocking(move || -> anyhow::Result<()> {
        let mut conn = db.read()?;
        diesel::connection::SimpleConnection::batch_execute(&mut *conn, "SELECT 1")?;
        Ok(())
    })
    .await
    .is_ok_and(|r| r.is_ok());
    if ok {
        HttpResponse::Ok().json(Health { status: "ok", database })
    } else {
        HttpResponse::ServiceUnavailable().json(Health { status: "unavailable", database })
    }
}

/// A new account.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// Unique, case-insensitively; at most 254 characters.
    email: String,
    /// 10 to 128 characters.
    password: String,
    /// The full name as it should appear on the certificate: 1–120 printable characters.
    name: String,
    /// The company you work for: 1–120 printable characters.
    company: String,
    /// ISO 3166-1 alpha-2 code, e.g. `DE`.
    country: String,
    /// The token of a partner manager's invitation (from the link in its e-mail): the account
    /// joins that partner. Only for the address the invitation was sent to.
    #[serde(default)]
    invitation: Option<String>,
}

/// The account just created.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegisterResponse {
    id: i64,
    email: String,
    name: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "auth", request_body = RegisterRequest, responses(
    (status = 201, description = "Registered; a verification e-mail is on its way", body = RegisterResponse),
    (status = 409, description = "The e-mail address is taken", body = Problem, content_type = "application/problem+json"),
    (status = 413, description = "Body over 64 KiB", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Invalid fields, named in `errors`", body = Problem, content_type = "application/problem+json"),
))]
#[post("/auth/register")]
pub async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<RegisterRequest>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let registration = Registration {
        email: body.email,
        password: body.password,
        name: body.name,
        company: body.company,
        country: body.country,
        invitation: body.invitation,
        locale: super::locale::asked_for(&req),
    };
    let st = state.clone();
    let user = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::register(&mut conn, &st.mailer, st.now(), &registration)
    })
    .await??;
    Ok(HttpResponse::Created().json(RegisterResponse { id: user.id, email: user.email, name: user.name }))
}

/// A single-use token from an e-mail.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    token: String,
}

/// A plain confirmation.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageResponse {
    message: String,
}

fn message(text: &str) -> MessageResponse {
    MessageResponse { message: text.to_owned() }
}

#[utoipa::path(context_path = "/api/v1", tag = "auth", request_body = TokenRequest, responses(
    (status = 200, description = "The e-mail address is verified", body = MessageResponse),
    (status = 400, description = "The token is unknown, used or expired", body = Problem, content_type = "application/problem+json"),
))]
#[post("/auth/verify")]
pub async fn verify(state: web::Data<AppState>, body: web::Json<TokenRequest>) -> Result<HttpResponse, AppError> {
    let token = body.into_inner().token;
    let st = state.clone();
    crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::verify_email(&mut conn, st.now(), &token)
    })
    .await??;
    Ok(HttpResponse::Ok().json(message("Your e-mail address is verified.")))
}

#[utoipa::path(context_path = "/api/v1", tag = "auth", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 202, description = "A new verification e-mail is queued", body = MessageResponse),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Already verified", body = Problem, content_type = "application/problem+json"),
    (status = 429, description = "Too many e-mails in the last hour", body = Problem, content_type = "application/problem+json"),
))]
#[post("/auth/verify/resend")]
pub async fn resend_verification(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let (st, lang) = (state.clone(), crate::i18n::current());
    // The mail falls back on this request's language when the account saved none.
    crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        crate::i18n::with_lang(lang, || users::resend_verification(&mut conn, &st.mailer, st.now(), user.id()))
    })
    .await??;
    Ok(HttpResponse::Accepted().json(message("A new verification e-mail is on its way.")))
}

/// E-mail and password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    email: String,
    password: String,
}

/// A session token for `Authorization: Bearer`; the response also sets the session cookie.
#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    token: String,
    /// RFC 3339, UTC.
    expires_at: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "auth", request_body = LoginRequest, responses(
    (status = 200, description = "Logged in", body = LoginResponse),
    (status = 401, description = "Wrong e-mail or password (the same answer for both)", body = Problem, content_type = "application/problem+json"),
    (status = 429, description = "Too many failures for this account or address", body = Problem, content_type = "application/problem+json"),
))]
#[post("/auth/login")]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<LoginRequest>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let addr = client_addr(&req, state.trust_proxy);
    let st = state.clone();
    let user = crate::web::blocking(move || {
        users::login(&st.db, st.now(), &body.email, &body.password, &addr, &st.dummy_hash)
    })
    .await??;
    let (issued, cookie) = start_session(&state, &user)?;
    let mut response =
        HttpResponse::Ok().json(LoginResponse { token: issued.token, expires_at: rfc3339(issued.expires_at) });
    response.add_cookie(&cookie).map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(response)
}

#[utoipa::path(context_path = "/api/v1", tag = "auth", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 204, description = "Every session of this user has ended"),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Cookie session without the X-CSRF-Token header", body = Problem, content_type = "application/problem+json"),
))]
#[post("/auth/logout")]
pub async fn logout(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::logout(&mut conn, st.now(), user.id())
    })
    .await??;
    let mut response = HttpResponse::NoContent().finish();
    response.add_cookie(&end_session_cookie(&state)).map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(response)
}

/// The address to send a reset link to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    email: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "auth", request_body = PasswordResetRequest, responses(
    (status = 202, description = "If the address has an account, a link valid for 1 hour is on its way", body = MessageResponse),
    (status = 422, description = "Not an e-mail address", body = Problem, content_type = "application/problem+json"),
))]
#[post("/auth/password-reset")]
pub async fn password_reset(
    state: web::Data<AppState>,
    body: web::Json<PasswordResetRequest>,
) -> Result<HttpResponse, AppError> {
    let email = body.into_inner().email;
    let (st, lang) = (state.clone(), crate::i18n::current());
    // The mail falls back on this request's language when the account saved none.
    crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        crate::i18n::with_lang(lang, || users::request_password_reset(&mut conn, &st.mailer, st.now(), &email))
    })
    .await??;
    Ok(HttpResponse::Accepted()
        .json(message("If an account uses this address, a reset link valid for 1 hour is on its way.")))
}

/// The token from the reset e-mail and the new password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirm {
    token: String,
    /// 10 to 128 characters.
    password: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "auth", request_body = PasswordResetConfirm, responses(
    (status = 200, description = "The password is changed and every session has ended", body = MessageResponse),
    (status = 400, description = "The token is unknown, used or expired", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "The password does not meet the rules", body = Problem, content_type = "application/problem+json"),
))]
#[post("/auth/password-reset/confirm")]
pub async fn password_reset_confirm(
    state: web::Data<AppState>,
    body: web::Json<PasswordResetConfirm>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let st = state.clone();
    crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::confirm_password_reset(&mut conn, st.now(), &body.token, &body.password)
    })
    .await??;
    Ok(HttpResponse::Ok().json(message("Your password is changed. Log in with the new one.")))
}

/// The signed-in user.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    id: i64,
    email: String,
    name: String,
    company: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    role: Role,
    email_verified: bool,
    /// The interface language chosen (`en`, `es`, `fr`, `de`, `pt-BR`, `ja`); null: the browser's.
    locale: Option<String>,
}

impl From<User> for Me {
    fn from(u: User) -> Self {
        let role = u.role();
        let email_verified = u.email_verified();
        Me {
            id: u.id,
            email: u.email,
            name: u.name,
            company: u.company,
            country: u.country,
            role,
            email_verified,
            locale: u.locale,
        }
    }
}

#[utoipa::path(context_path = "/api/v1", tag = "me", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The signed-in user", body = Me),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
))]
#[get("/me")]
pub async fn me(user: SignedIn) -> HttpResponse {
    HttpResponse::Ok().json(Me::from(user.user))
}

/// Fields to change. The name is not among them: it is printed on certificates and changes
/// through the name-correction flow.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMe {
    company: Option<String>,
    country: Option<String>,
    /// The interface language.
    #[schema(pattern = "^(en|es|fr|de|pt-BR|ja)$")]
    locale: Option<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "me", request_body = UpdateMe, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The updated user", body = Me),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Invalid or unknown fields", body = Problem, content_type = "application/problem+json"),
))]
#[patch("/me")]
pub async fn update_me(
    state: web::Data<AppState>,
    user: SignedIn,
    body: web::Json<UpdateMe>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let st = state.clone();
    let updated = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::update_profile(
            &mut conn,
            st.now(),
            user.id(),
            body.company.as_deref(),
            body.country.as_deref(),
            body.locale.as_deref(),
        )
    })
    .await??;
    Ok(HttpResponse::build(StatusCode::OK).json(Me::from(updated)))
}
