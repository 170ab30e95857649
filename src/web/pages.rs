//! Page rendering: the layout every page shares, the form state of re-rendered forms, and the
//! session cookie.

use actix_web::HttpResponse;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use anyhow::Context;
use serde::{Deserialize, Serialize};

use super::csrf::CsrfToken;
use super::extract::SignedIn;
use super::{AppState, SESSION_COOKIE};
use crate::accounts::User;
use crate::accounts::session::IssuedToken;
use crate::error::{AppError, AppResult, FieldErrors};

/// The signed-in user as the navigation shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NavUser {
    pub name: String,
    pub email: String,
    /// `learner`, `partner_manager` or `programme_admin`.
    pub role: &'static str,
    /// The role in the language being served.
    pub role_label: String,
    pub email_verified: bool,
}

/// What the base layout needs on every page.
#[derive(Debug, Serialize)]
pub struct Layout {
    /// The signed-in user, if any.
    pub user: Option<NavUser>,
    /// For the hidden field of every form (and the logout button).
    pub csrf_token: String,
    /// Which top-level section is current, for `aria-current` in the navigation.
    pub section: &'static str,
}

impl Layout {
    pub fn new(user: Option<&SignedIn>, csrf: &CsrfToken, section: &'static str) -> Self {
        Layout { user: user.map(|s| nav_user(&s.user)), csrf_token: csrf.0.clone(), section }
    }
}

pub fn nav_user(user: &User) -> NavUser {
    let role = user.role();
    NavUser {
        name: user.name.clone(),
        email: user.email.clone(),
        role: role.as_str(),
        role_label: role.label(),
        email_verified: user.email_verified(),
    }
}

/// A country for the select lists of forms.
#[derive(Debug, Clone, Serialize)]
pub struct CountryOption {
    pub code: &'static str,
    /// In the language of the page.
    pub name: String,
}

impl CountryOption {
    /// A known country (a code of `COUNTRIES`), named in the language being written.
    pub fn new(code: &'static str) -> CountryOption {
        CountryOption { code, name: crate::accounts::countries::localized_name(code).unwrap_or_default() }
    }
}

/// The country lists already made, by language: the message files are compiled in, so a list
/// never changes once made.
static COUNTRY_LISTS: std::sync::LazyLock<
    std::sync::Mutex<std::collections::HashMap<&'static str, Vec<CountryOption>>>,
> = std::sync::LazyLock::new(Default::default);

/// Every country, in the order the forms list them: by name in the page's language, accents
/// set aside ("Åland" with the A's).
pub fn countries() -> Vec<CountryOption> {
    let lang = crate::i18n::current();
    if let Some(list) = COUNTRY_LISTS.lock().ok().and_then(|lists| lists.get(lang).cloned()) {
        return list;
    }
    let mut all: Vec<CountryOption> =
        crate::accounts::countries::COUNTRIES.iter().map(|(code, _)| CountryOption::new(code)).collect();
    all.sort_by_cached_key(|c| {
        use unicode_normalization::UnicodeNormalization;
        c.name
            .to_lowercase()
            .nfd()
            .filter(|ch| !unicode_normalization::char::is_combining_mark(*ch))
            .collect::<String>()
    });
    if let Ok(mut lists) = COUNTRY_LISTS.lock() {
        lists.insert(lang, all.clone());
    }
    all
}

/// Values typed into a form and the messages per field, to render it again without losing input.
#[derive(Debug, Default, Serialize)]
pub struct FormState {
    pub values: std::collections::BTreeMap<String, String>,
    pub errors: FieldErrors,
    /// A message about the whole form.
    pub message: Option<String>,
}

impl FormState {
    pub fn with_values<'a>(values: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        FormState {
            values: values.into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect(),
            ..FormState::default()
        }
    }

    /// Puts an error into the form when it belongs there; other errors are passed back.
    pub fn absorb(mut self, err: AppError) -> Result<(StatusCode, FormState), AppError> {
        use actix_web::ResponseError;
        let status = err.status_code();
        match err {
            AppError::Validation(errors) => self.errors = errors,
            AppError::Conflict(m) | AppError::BadRequest(m) | AppError::Forbidden(m) => self.message = Some(m),
            AppError::BadCredentials => self.message = Some(crate::i18n::t("form-bad-credentials")),
            AppError::TooManyRequests { retry_after_secs } => {
                let seconds = retry_after_secs.into();
                self.message = Some(crate::i18n::tr("form-too-many-requests", &[("seconds", seconds)]));
            }
            other => return Err(other),
        }
        Ok((status, self))
    }
}

/// A form with no fields but its CSRF token (a button: restore, retry).
#[derive(Debug, Deserialize, Default)]
pub struct Empty {}

/// Renders a page with status 200.
pub fn render<T: Serialize>(state: &AppState, template: &str, context: &T) -> AppResult<HttpResponse> {
    render_status(state, StatusCode::OK, template, context)
}

/// Renders a template in the language of the request, as a string.
pub fn render_string<T: Serialize>(state: &AppState, template: &str, context: &T) -> AppResult<String> {
    let mut context = tera::Context::from_serialize(context).context("page context")?;
    context.insert("lang", crate::i18n::current());
    context.insert("languages", &crate::i18n::LANGUAGES);
    Ok(state.templates.render(template, &context).with_context(|| format!("cannot render {template}"))?)
}

/// Renders a page with the given status (422 for a form with errors, say).
pub fn render_status<T: Serialize>(
    state: &AppState,
    status: StatusCode,
    template: &str,
    context: &T,
) -> AppResult<HttpResponse> {
    let html = render_string(state, template, context)?;
    Ok(html_with_status(status, html))
}

/// A page as every page is sent: HTML, never stored by caches (it holds the reader's token).
pub fn html_response(html: String) -> HttpResponse {
    html_with_status(StatusCode::OK, html)
}

fn html_with_status(status: StatusCode, html: String) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .body(html)
}

/// A 303 to another page.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}

/// Signs a session for the user and makes its cookie.
pub fn start_session(state: &AppState, user: &User) -> AppResult<(IssuedToken, Cookie<'static>)> {
    let issued = state.sessions.issue(user.id, user.role(), user.token_version, state.now())?;
    let cookie = Cookie::build(SESSION_COOKIE, issued.token.clone())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .max_age(CookieDuration::seconds(state.sessions.lifetime_secs()))
        .finish();
    Ok((issued, cookie))
}

/// The cookie that removes the session cookie.
pub fn end_session_cookie(state: &AppState) -> Cookie<'static> {
    let mut cookie = Cookie::build(SESSION_COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .finish();
    cookie.make_removal();
    cookie
}

/// A `next` parameter is followed only to a path on this site.
pub fn safe_next(next: Option<&str>, default: &str) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") && !n.contains(['\r', '\n']) => {
            n.to_owned()
        }
        _ => default.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(safe_next(Some("/training"), "/"), "/training");
        assert_eq!(safe_next(Some("//evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("https://evil.example"), "/"), "/");
        assert_eq!(safe_next(Some("/\\evil.example"), "/"), "/");
        assert_eq!(safe_next(None, "/training"), "/training");
    }
}
