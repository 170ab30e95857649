//! Extractors that make a handler's required role visible in its signature: `SignedIn` (any
//! role), `PartnerManager`, `ProgrammeAdmin`, and `MaybeUser` for pages open to everyone.
//!
//! A session comes from `Authorization: Bearer` (API clients) or the session cookie (browsers).
//! Every request checks the token's signature and expiry, then the user's row (one indexed
//! read, or a copy at most half a second old and younger than this instance's last write) to
//! compare the token version and the disabled flag: that is what makes logout and password
//! changes end earlier tokens at once here, and within a second on every other instance. A JSON call authenticated by the cookie that
//! changes something must carry the CSRF header.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::Method;
use actix_web::{FromRequest, HttpRequest, web};

use super::csrf::{CSRF_HEADER, csrf_token_of, tokens_match};
use super::{AppState, SESSION_COOKIE};
use crate::accounts::{Role, User, users};
use crate::error::AppError;

/// How the session token arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenSource {
    Bearer,
    Cookie,
}

/// A signed-in user of any role.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub via: TokenSource,
}

impl SignedIn {
    pub fn id(&self) -> i64 {
        self.user.id
    }
    pub fn role(&self) -> Role {
        self.user.role()
    }
}

/// A signed-in partner manager.
#[derive(Debug, Clone)]
pub struct PartnerManager(pub SignedIn);

/// A signed-in programme admin.
#[derive(Debug, Clone)]
pub struct ProgrammeAdmin(pub SignedIn);

/// The signed-in user, if any (a bad or stale token counts as none).
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<SignedIn>);

pub(crate) fn state(req: &HttpRequest) -> Result<web::Data<AppState>, AppError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Unexpected(anyhow::anyhow!("application state missing")))
}

fn session_token(req: &HttpRequest) -> Option<(String, TokenSource)> {
    if let Some(value) = req.headers().get(actix_web::http::header::AUTHORIZATION) {
        let value = value.to_str().ok()?;
        let token = value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer "))?;
        return Some((token.trim().to_owned(), TokenSource::Bearer));
    }
    req.cookie(SESSION_COOKIE).map(|c| (c.value().to_owned(), TokenSource::Cookie))
}

/// Reads and checks the session; `Ok(None)` when there is none or it is not valid.
async fn load_session(req: &HttpRequest) -> Result<Option<SignedIn>, AppError> {
    let Some((token, via)) = session_token(req) else {
        return Ok(None);
    };
    let state = state(req)?;
    let Some(claims) = state.sessions.verify(&token, state.now()) else {
        return Ok(None);
    };
    let Ok(user_id) = claims.sub.parse::<i64>() else {
        return Ok(None);
    };
    // A copy of the account younger than half a second, made after this instance's last write,
    // else one indexed read (see `crate::freshness`).
    let user = match state.accounts.get(&user_id) {
        Some(user) => Some(User::clone(&user)),
        None => {
            let (at, writes) = (std::time::Instant::now(), crate::freshness::local_writes());
            let user = crate::web::quick_read(&state, move |conn| Ok(users::find(conn, user_id)?)).await?;
            if let Some(user) = &user {
                state.accounts.put(user_id, at, writes, std::sync::Arc::new(user.clone()));
            }
            user
        }
    };
    let signed_in =
        user.filter(|u| u.token_version == claims.ver && u.disabled_at.is_none()).map(|user| SignedIn { user, via });
    // The account's saved language wins over the cookie and the browser's.
    if let Some(lang) = signed_in.as_ref().and_then(|s| s.user.locale.as_deref()).and_then(crate::i18n::supported) {
        crate::i18n::set_current(lang);
    }
    Ok(signed_in)
}

/// Heartbeats also come from `navigator.sendBeacon`, which cannot set headers: that handler
/// checks the token in the body instead.
pub const BODY_CSRF_PATHS: &[&str] = &["/api/v1/progress/heartbeat"];

fn needs_csrf_header(req: &HttpRequest, via: TokenSource) -> bool {
    via == TokenSource::Cookie
        && !BODY_CSRF_PATHS.contains(&req.path())
        && req.path().starts_with("/api/")
        && !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
}

fn check_api_csrf(req: &HttpRequest, signed_in: &SignedIn) -> Result<(), AppError> {
    if !needs_csrf_header(req, signed_in.via) {
        return Ok(());
    }
    let sent = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    match csrf_token_of(req) {
        Some(expected) if tokens_match(sent, &expected) => Ok(()),
        _ => Err(AppError::Forbidden(crate::i18n::t("problem-csrf-header"))),
    }
}

type LocalBoxFuture<T> = Pin<Box<dyn Future<Output = T>>>;

impl FromRequest for SignedIn {
    type Error = AppError;
    type Future = LocalBoxFuture<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let signed_in = load_session(&req).await?.ok_or(AppError::Unauthorized)?;
            check_api_csrf(&req, &signed_in)?;
            Ok(signed_in)
        })
    }
}

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = LocalBoxFuture<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(MaybeUser(load_session(&req).await?)) })
    }
}

fn require_role(signed_in: SignedIn, role: Role) -> Result<SignedIn, AppError> {
    if signed_in.role() == role {
        Ok(signed_in)
    } else {
        Err(AppError::Forbidden(crate::i18n::t(match role {
            Role::Learner => "role-only-learner",
            Role::PartnerManager => "role-only-partner-manager",
            Role::ProgrammeAdmin => "role-only-programme-admin",
        })))
    }
}

impl FromRequest for ProgrammeAdmin {
    type Error = AppError;
    type Future = LocalBoxFuture<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let fut = SignedIn::from_request(req, payload);
        Box::pin(async move { require_role(fut.await?, Role::ProgrammeAdmin).map(ProgrammeAdmin) })
    }
}

impl FromRequest for PartnerManager {
    type Error = AppError;
    type Future = LocalBoxFuture<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let fut = SignedIn::from_request(req, payload);
        Box::pin(async move { require_role(fut.await?, Role::PartnerManager).map(PartnerManager) })
    }
}

/// The client's address for throttling: the peer, or the first X-Forwarded-For hop when the
/// deployment says a trusted load balancer sets it.
pub fn client_addr(req: &HttpRequest, trust_proxy: bool) -> String {
    if trust_proxy
        && let Some(first) =
            req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok()).and_then(|v| v.split(',').next())
    {
        return first.trim().to_owned();
    }
    req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_else(|| "unknown".to_owned())
}
