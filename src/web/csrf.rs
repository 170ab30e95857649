//! CSRF protection by double submit: a random token in an HttpOnly, SameSite=Lax cookie, repeated
//! in every form (a hidden `csrf_token` field) and in the `X-CSRF-Token` header of JSON calls
//! that authenticate with the session cookie. The token is stateless, so any instance checks it.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::AppState;
use crate::accounts::tokens::generate_token;
use crate::error::AppError;

/// The cookie holding the token.
pub const CSRF_COOKIE: &str = "ess_csrf";
/// The header JSON calls repeat it in.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The form field forms repeat it in.
pub const CSRF_FIELD: &str = "csrf_token";
/// Length of a token (43 URL-safe characters = 256 bits).
const CSRF_TOKEN_CHARS: usize = 43;

/// A token made for this request when it came without one (read before the cookie is set).
#[derive(Clone)]
struct FreshToken(String);

/// The request's CSRF token: the cookie's, or the one this request is about to set.
pub fn csrf_token_of(req: &HttpRequest) -> Option<String> {
    if let Some(fresh) = req.extensions().get::<FreshToken>() {
        return Some(fresh.0.clone());
    }
    req.cookie(CSRF_COOKIE).map(|c| c.value().to_owned()).filter(|v| v.len() == CSRF_TOKEN_CHARS)
}

/// Constant-time comparison of a sent token with the expected one.
pub fn tokens_match(sent: &str, expected: &str) -> bool {
    !expected.is_empty() && sent.len() == expected.len() && bool::from(sent.as_bytes().ct_eq(expected.as_bytes()))
}

/// The fields of a form that may repeat a name (checkboxes), once its CSRF token is checked:
/// forms that `CsrfForm` cannot deserialise read their body with this.
pub fn checked_form_pairs(req: &HttpRequest, body: &[u8]) -> Result<Vec<(String, String)>, AppError> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
    let sent = pairs.iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.as_str()).unwrap_or("");
    match csrf_token_of(req) {
        Some(expected) if tokens_match(sent, &expected) => Ok(pairs),
        _ => Err(AppError::Forbidden(crate::i18n::t("problem-form-expired"))),
    }
}

/// Middleware: gives every visitor a CSRF cookie on their first page.
pub async fn ensure_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let path = req.path();
    let skip = path.starts_with("/static/") || matches!(path, "/healthz" | "/readyz" | "/metrics");
    let fresh = if skip || csrf_token_of(req.request()).is_some() {
        None
    } else {
        let token = generate_token();
        req.extensions_mut().insert(FreshToken(token.clone()));
        Some(token)
    };
    let secure = req.app_data::<web::Data<AppState>>().is_some_and(|s| s.secure_cookies);
    let mut res = next.call(req).await?;
    if let Some(token) = fresh {
        let cookie = Cookie::build(CSRF_COOKIE, token)
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(secure)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

/// The token to put into forms on a page.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

impl FromRequest for CsrfToken {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Ok(CsrfToken(csrf_token_of(req).unwrap_or_default())))
    }
}

#[derive(Deserialize)]
struct WithCsrf<T> {
    #[serde(default)]
    csrf_token: String,
    #[serde(flatten)]
    inner: T,
}

/// A form whose CSRF token was checked.
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let form = web::Form::<WithCsrf<T>>::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let form = form.await.map_err(|e| super::errors::payload_error(&e))?.into_inner();
            match csrf_token_of(&req) {
                Some(expected) if tokens_match(&form.csrf_token, &expected) => Ok(CsrfForm(form.inner)),
                _ => Err(AppError::Forbidden(crate::i18n::t("problem-form-expired-or-blocked"))),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_must_match_exactly_and_not_be_empty() {
        assert!(tokens_match("abc", "abc"));
        assert!(!tokens_match("abd", "abc"));
        assert!(!tokens_match("ab", "abc"));
        assert!(!tokens_match("", ""));
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::proptest_config;

    proptest! {
        #![proptest_config(proptest_config())]

        /// The token a form, a header or a heartbeat's body sends matches only the cookie's own.
        #[test]
        fn a_sent_token_matches_only_the_expected_one(
            expected in prop_oneof!["[A-Za-z0-9_-]{43}", Just(String::new()), any::<String>()],
            sent in prop_oneof!["[A-Za-z0-9_-]{43}", Just(String::new()), any::<String>()],
            same in any::<bool>(),
        ) {
            let sent = if same { expected.clone() } else { sent };
            prop_assert_eq!(tokens_match(&sent, &expected), sent == expected && !expected.is_empty());
        }
    }
}
