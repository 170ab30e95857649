//! The one error type. It renders as an RFC 9457 problem document; the web layer turns it into
//! an HTML page for browser routes. The cause chain of an unexpected error is logged, never shown.

use std::collections::BTreeMap;
use std::fmt;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

/// Messages by field name, for validation failures.
pub type FieldErrors = BTreeMap<String, String>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("We could not find that page or resource.")]
    NotFound,
    #[error("Please log in to continue.")]
    Unauthorized,
    #[error(
        "That e-mail address and password do not match an account. Check both and try again, or reset your password."
    )]
    BadCredentials,
    #[error("{0}")]
    Forbidden(String),
    #[error("Some fields need your attention.")]
    Validation(FieldErrors),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("The request body is larger than the limit of {0} KiB.")]
    PayloadTooLarge(usize),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("This address does not answer {method}: it answers {allow}.")]
    MethodNotAllowed { method: String, allow: String },
    #[error("Too many attempts. Please wait {retry_after_secs} seconds and try again.")]
    TooManyRequests { retry_after_secs: i64 },
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Unexpected(#[from] anyhow::Error),
}

impl AppError {
    /// A validation failure of one field.
    pub fn field(field: &'static str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(field.to_owned(), message.into());
        AppError::Validation(errors)
    }

    /// The short slug used in the problem `type` and the page title.
    fn slug_and_title(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("not-found", "Not found"),
            AppError::Unauthorized => ("unauthorized", "Not logged in"),
            AppError::BadCredentials => ("bad-credentials", "Login failed"),
            AppError::Forbidden(_) => ("forbidden", "Not allowed"),
            AppError::Validation(_) => ("validation", "Invalid input"),
            AppError::Conflict(_) => ("conflict", "Conflict"),
            AppError::BadRequest(_) => ("bad-request", "Bad request"),
            AppError::PayloadTooLarge(_) => ("payload-too-large", "Request too large"),
            AppError::UnsupportedMediaType(_) => ("unsupported-media-type", "Unsupported media type"),
            AppError::MethodNotAllowed { .. } => ("method-not-allowed", "Method not allowed"),
            AppError::TooManyRequests { .. } => ("too-many-requests", "Too many attempts"),
            AppError::Unexpected(_) => ("internal", "Unexpected error"),
        }
    }

    /// What happened and what to do next, for people, in the language of the request (or of
    /// the `i18n::with_lang` around the call). Messages made where the error arose (conflicts,
    /// refusals) were written in that language already.
    pub fn detail(&self) -> String {
        use crate::i18n::{t, tr};
        match self {
            AppError::NotFound => t("problem-not-found"),
            AppError::Unauthorized => t("problem-unauthorized"),
            AppError::BadCredentials => t("problem-bad-credentials"),
            AppError::Validation(_) => t("problem-validation"),
            AppError::PayloadTooLarge(kib) => tr("problem-payload-too-large", &[("kib", (*kib as i64).into())]),
            AppError::MethodNotAllowed { method, allow } => tr(
                "problem-method-not-allowed",
                &[("method", method.as_str().into()), ("allow", allow.as_str().into())],
            ),
            AppError::TooManyRequests { retry_after_secs } => {
                tr("problem-too-many-requests", &[("seconds", (*retry_after_secs).into())])
            }
            AppError::Unexpected(_) => t("problem-unexpected"),
            AppError::Forbidden(message)
            | AppError::Conflict(message)
            | AppError::BadRequest(message)
            | AppError::UnsupportedMediaType(message) => message.clone(),
        }
    }

    /// The title for people (an error page's heading), in the request's language; the problem
    /// document's `title` stays the same English for programs.
    pub fn title_for_people(&self) -> String {
        use crate::i18n::t;
        match self {
            AppError::NotFound => t("problem-title-not-found"),
            AppError::Unauthorized => t("problem-title-unauthorized"),
            AppError::BadCredentials => t("problem-title-bad-credentials"),
            AppError::Forbidden(_) => t("problem-title-forbidden"),
            AppError::Validation(_) => t("problem-title-validation"),
            AppError::Conflict(_) => t("problem-title-conflict"),
            AppError::BadRequest(_) => t("problem-title-bad-request"),
            AppError::PayloadTooLarge(_) => t("problem-title-payload-too-large"),
            AppError::UnsupportedMediaType(_) => t("problem-title-unsupported-media-type"),
            AppError::MethodNotAllowed { .. } => t("problem-title-method-not-allowed"),
            AppError::TooManyRequests { .. } => t("problem-title-too-many-requests"),
            AppError::Unexpected(_) => t("problem-title-internal"),
        }
    }

    /// The problem document of this error: `type` and `title` stable for programs, `detail`
    /// and the field messages in the request's language.
    pub fn problem(&self) -> Problem {
        let (slug, title) = self.slug_and_title();
        Problem {
            kind: format!("/problems/{slug}"),
            title: title.to_owned(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            errors: match self {
                AppError::Validation(errors) => Some(errors.clone()),
                _ => None,
            },
            request_id: crate::web::request_id::current(),
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem, e.g. `/problems/validation`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What happened and what to do next, for people.
    pub detail: String,
    /// For validation failures: a message per field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<FieldErrors>,
    /// The id of the request (its `X-Request-Id`), to quote when reporting the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.title, self.status)
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized | AppError::BadCredentials => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Unexpected(cause) = self {
            tracing::error!(error = format!("{cause:#}"), "unexpected error");
        }
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json")));
        if let AppError::MethodNotAllowed { allow, .. } = self
            && let Ok(value) = HeaderValue::from_str(allow)
        {
            response.insert_header((header::ALLOW, value));
        }
        if let AppError::TooManyRequests { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
        }
        if matches!(self, AppError::Unauthorized) {
            response.insert_header((header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")));
        }
        response.body(serde_json::to_string(&self.problem()).unwrap_or_default())
    }
}

/// Diesel errors are unexpected unless a caller maps them to something better first.
impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        // PostgreSQL refuses text with a NUL character (SQLite stores it): the client's input is
        // at fault, on both databases alike, and is told so.
        if let diesel::result::Error::DatabaseError(_, info) = &e
            && (info.message().contains("invalid byte sequence") || info.message().contains("0x00"))
        {
            let mut errors = FieldErrors::new();
            errors.insert("text".into(), crate::i18n::t("field-no-nul"));
            return AppError::Validation(errors);
        }
        AppError::Unexpected(anyhow::Error::new(e).context("database query failed"))
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::Unexpected(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::body::MessageBody;

    #[test]
    fn a_validation_error_names_its_fields_in_the_problem() {
        let err = AppError::field("email", "Enter a valid e-mail address.");
        let response = err.error_response();
        assert_eq!(response.status(), 422);
        assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
        let body = response.into_body().try_into_bytes().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["type"], "/problems/validation");
        assert_eq!(json["status"], 422);
        assert_eq!(json["errors"]["email"], "Enter a valid e-mail address.");
    }

    #[test]
    fn an_unexpected_error_hides_its_cause() {
        let err = AppError::Unexpected(anyhow::anyhow!("password=hunter2 in connection string"));
        let body = err.error_response().into_body().try_into_bytes().unwrap();
        assert!(!String::from_utf8_lossy(&body).contains("hunter2"));
    }
}
