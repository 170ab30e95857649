//! The content selection of a deep-linking launch: the page listing the catalogue (shown by the
//! launch itself) and `POST /lti/deep-linking`, which answers a page that posts the signed
//! `LtiDeepLinkingResponse` to the platform's return URL.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, post, web};
use serde::Serialize;
use url::Url;

use super::launch_error;
use crate::error::AppError;
use crate::lti::deep_linking::{self, OfferCourse};
use crate::lti::launch::LaunchError;
use crate::startup::CONTENT_SECURITY_POLICY;
use crate::web::AppState;
use crate::web::pages::render_status;

/// Context of `lti/deep_linking.html`.
#[derive(Serialize)]
struct SelectionPage {
    /// The selection's single-use token (a hidden field).
    token: String,
    /// Whether several items may be chosen (checkboxes) or one (radio buttons).
    accept_multiple: bool,
    courses: Vec<OfferCourse>,
    /// Why the last choice was not accepted.
    error: Option<String>,
}

/// Context of `lti/deep_linking_response.html`.
#[derive(Serialize)]
struct ResponsePage {
    return_url: String,
    jwt: String,
    count: usize,
}

/// The selection page of a waiting request (422 with the reason when a choice was refused).
pub async fn selection_page(
    state: &web::Data<AppState>,
    token: String,
    error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let loaded = crate::web::blocking(move || -> Result<_, LaunchError> {
        let mut conn = st.db.read()?;
        let row = deep_linking::find(&mut conn, &token, st.now())?;
        let courses = deep_linking::catalogue(&mut conn)?;
        Ok(SelectionPage { token, accept_multiple: row.accept_multiple, courses, error })
    })
    .await?;
    match loaded {
        Ok(page) => {
            let status = if page.error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
            render_status(state, status, "lti/deep_linking.html", &page)
        }
        Err(e) => launch_error(state, &e),
    }
}

/// What a choice leads to.
enum Outcome {
    Refused(String),
    Signed { return_url: String, jwt: String, count: usize },
}

/// The instructor's choice: `token` and one `item` per chosen course, module or exam. The
/// form carries no CSRF field: the random single-use token, known only to the page the
/// platform's launch opened, already proves where it comes from.
#[post("/lti/deep-linking")]
pub async fn choose_content(state: web::Data<AppState>, body: web::Bytes) -> Result<HttpResponse, AppError> {
    let mut token = String::new();
    let mut values = Vec::new();
    for (key, value) in url::form_urlencoded::parse(&body) {
        match key.as_ref() {
            "token" => token = value.into_owned(),
            "item" => values.push(value.into_owned()),
            _ => {}
        }
    }
    let st = state.clone();
    let tok = token.clone();
    let outcome = crate::web::blocking(move || -> Result<_, LaunchError> {
        let now = st.now();
        // Before the connection: a first use of the key may write it to the database.
        let key = st.lti_key.get(now)?;
        let mut conn = st.db.write()?;
        let row = deep_linking::find(&mut conn, &tok, now)?;
        let offers = deep_linking::catalogue(&mut conn)?;
        let items = match deep_linking::chosen(&offers, &values, row.accept_multiple) {
            Ok(items) => items,
            Err(reason) => return Ok(Outcome::Refused(reason)),
        };
        let row = deep_linking::take(&mut conn, &tok, now)?;
        let platform = crate::lti::find(&mut conn, row.platform_id)?.ok_or(LaunchError::UnknownSelection)?;
        let jwt = deep_linking::response_jwt(key, &platform, &row, &items, &st.public_url, now)?;
        Ok(Outcome::Signed { return_url: row.return_url, jwt, count: items.len() })
    })
    .await?;
    match outcome {
        Ok(Outcome::Refused(reason)) => selection_page(&state, token, Some(reason)).await,
        Ok(Outcome::Signed { return_url, jwt, count }) => {
            // The page posts to the platform: the policy lets forms go there, and nowhere else.
            let origin = Url::parse(&return_url).map(|u| u.origin().ascii_serialization()).unwrap_or_default();
            let policy = CONTENT_SECURITY_POLICY.replace("form-action 'self'", &format!("form-action 'self' {origin}"));
            let page = ResponsePage { return_url, jwt, count };
            let mut response = render_status(&state, StatusCode::OK, "lti/deep_linking_response.html", &page)?;
            response.headers_mut().insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_str(&policy).map_err(|e| AppError::Unexpected(e.into()))?,
            );
            Ok(response)
        }
        Err(e) => launch_error(&state, &e),
    }
}
