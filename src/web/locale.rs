//! The language of each request, and the language switcher.
//!
//! `choose_language` (middleware) picks the language before the handler runs: the `ess_lang`
//! cookie of the switcher, else `Accept-Language`, else English; a signed-in account's saved
//! preference then wins (set by the session extractor). HTML answers say which language they are
//! in (`Content-Language`) and that it depends on the cookie and the header (`Vary`).
//! `POST /lang` is the switcher of the header: it sets the cookie (signed out too), saves the
//! preference of a signed-in account, and goes back to the page it came from.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::Deserialize;

use super::AppState;
use super::csrf::CsrfForm;
use super::extract::MaybeUser;
use crate::error::AppError;
use crate::i18n;

/// How long the switcher's choice is kept.
pub const COOKIE_MAX_AGE_DAYS: i64 = 365;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(switch_language);
}

/// The language a request asks for before any account is known.
fn requested(req: &ServiceRequest) -> &'static str {
    if let Some(lang) = req.cookie(i18n::COOKIE).and_then(|c| i18n::supported(c.value())) {
        return lang;
    }
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(i18n::negotiate)
        .unwrap_or(i18n::DEFAULT)
}

/// The language of a request when the visitor asked for one (the switcher's cookie, or a browser's
/// `Accept-Language`): what a registration saves as the account's language. `None` for a
/// client that said nothing (a script), whose account then keeps no saved language and follows
/// each request's.
pub fn asked_for(req: &HttpRequest) -> Option<&'static str> {
    let asked = req.cookie(i18n::COOKIE).is_some_and(|c| i18n::supported(c.value()).is_some())
        || req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| !v.trim().is_empty());
    asked.then(i18n::current)
}

/// Runs the request in its language.
pub async fn choose_language(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let lang = requested(&req);
    let (response, lang) = i18n::scope(lang, async move {
        let response = next.call(req).await;
        (response, i18n::current())
    })
    .await;
    let mut response = response?;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(lang) {
            headers.insert(header::CONTENT_LANGUAGE, value);
        }
        headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    Ok(response)
}

/// The switcher's cookie.
pub fn language_cookie(state: &AppState, lang: &str) -> Cookie<'static> {
    Cookie::build(i18n::COOKIE, lang.to_owned())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .max_age(CookieDuration::days(COOKIE_MAX_AGE_DAYS))
        .finish()
}

/// The switcher's form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SwitchForm {
    lang: String,
}

/// Where to go back to: the page the form was on when it is on this site, else the home page.
fn back_to(req: &HttpRequest, public_url: &str) -> String {
    let referer = req.headers().get(header::REFERER).and_then(|v| v.to_str().ok()).unwrap_or("");
    let Ok(url) = url::Url::parse(referer) else { return "/".into() };
    let Ok(site) = url::Url::parse(public_url) else { return "/".into() };
    if url.origin() != site.origin() && req.connection_info().host() != url.host_str().unwrap_or("") {
        return "/".into();
    }
    let mut path = url.path().to_owned();
    if let Some(query) = url.query() {
        path.push('?');
        path.push_str(query);
    }
    if path.starts_with("//") { "/".into() } else { path }
}

/// Changes the interface language.
#[post("/lang")]
async fn switch_language(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    form: CsrfForm<SwitchForm>,
) -> Result<HttpResponse, AppError> {
    let lang = i18n::LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == form.0.lang)
        .ok_or_else(|| AppError::field("lang", i18n::t("field-lang-offered")))?;
    if let Some(signed_in) = user.0 {
        let (st, id) = (state.clone(), signed_in.id());
        crate::web::blocking(move || {
            crate::accounts::users::update_profile(&mut *st.db.write()?, st.now(), id, None, None, Some(lang))
        })
        .await??;
    }
    i18n::set_current(lang);
    let mut response = super::pages::see_other(&back_to(&req, &state.public_url));
    response.add_cookie(&language_cookie(&state, lang)).map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(response)
}

/// `?lang=` of an API request: it overrides the negotiated language for that request.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangQuery {
    /// One of en, es, fr, de, pt-BR, ja (a regional tag such as es-MX is read as its language).
    #[param(max_length = 35, example = "es")]
    pub lang: Option<String>,
}

impl LangQuery {
    /// The language to answer in: `?lang=` when given, else the request's (the account's
    /// choice, the switcher's cookie, `Accept-Language`, English). An unknown `?lang=` is a 422.
    pub fn resolve(&self) -> Result<&'static str, crate::error::AppError> {
        match self.lang.as_deref() {
            None => Ok(i18n::current()),
            Some(tag) => i18n::supported(tag).filter(|l| *l != i18n::PSEUDO).ok_or_else(|| {
                let codes: Vec<&str> = i18n::LANGUAGES.iter().map(|(code, _)| *code).collect();
                crate::error::AppError::field(
                    "lang",
                    i18n::tr("field-one-of-languages", &[("codes", codes.join(", ").into())]),
                )
            }),
        }
    }
}
