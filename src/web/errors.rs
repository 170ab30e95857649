//! How errors reach people: API routes get the problem document as it is; browser routes get an
//! HTML page with the same message (or the login page, when a session is missing).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::error::{JsonPayloadError, UrlencodedError};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::{AppState, BODY_LIMIT_BYTES};
use crate::error::AppError;

/// Maps a body that could not be read or parsed to a clear problem naming the field.
pub fn payload_error(err: &dyn std::fmt::Display) -> AppError {
    let message = err.to_string();
    if message.contains("overflow") || message.contains("larger than") || message.contains("limit") {
        return AppError::PayloadTooLarge(BODY_LIMIT_BYTES / 1024);
    }
    // serde names the field between backticks: "unknown field `nmae`", "missing field `email`".
    let field = message.split('`').nth(1).unwrap_or("body").to_owned();
    let mut errors = crate::error::FieldErrors::new();
    errors.insert(field, crate::i18n::tr("field-unreadable", &[("reason", message.as_str().into())]));
    AppError::Validation(errors)
}

pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default().limit(BODY_LIMIT_BYTES).error_handler(|err, _req| {
        let app_err = match &err {
            JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
                AppError::PayloadTooLarge(BODY_LIMIT_BYTES / 1024)
            }
            JsonPayloadError::ContentType => {
                AppError::UnsupportedMediaType(crate::i18n::t("problem-json-content-type"))
            }
            JsonPayloadError::Deserialize(e) if e.is_data() => payload_error(e),
            JsonPayloadError::Deserialize(e) => {
                AppError::BadRequest(crate::i18n::tr("problem-json-invalid", &[("reason", e.to_string().into())]))
            }
            other => payload_error(other),
        };
        app_err.into()
    })
}

pub fn form_config() -> web::FormConfig {
    web::FormConfig::default().limit(BODY_LIMIT_BYTES).error_handler(|err, _req| {
        let app_err = match &err {
            UrlencodedError::Overflow { .. } => AppError::PayloadTooLarge(BODY_LIMIT_BYTES / 1024),
            other => payload_error(other),
        };
        app_err.into()
    })
}

/// Uploads (images into course assets): up to 2 MiB a file; larger is a 413.
pub fn multipart_config() -> actix_multipart::form::MultipartFormConfig {
    let limit = super::admin::UPLOAD_MAX_BYTES + BODY_LIMIT_BYTES;
    actix_multipart::form::MultipartFormConfig::default().total_limit(limit).memory_limit(limit).error_handler(
        |err, _req| {
            let app_err = match err {
                actix_multipart::MultipartError::Payload(actix_web::error::PayloadError::Overflow) => {
                    AppError::PayloadTooLarge(super::admin::UPLOAD_MAX_BYTES / 1024)
                }
                other => AppError::BadRequest(crate::i18n::tr(
                    "problem-upload-unreadable",
                    &[("reason", other.to_string().into())],
                )),
            };
            app_err.into()
        },
    )
}

/// A path parameter that does not parse (a word where a number is expected): no such resource.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_err, _req| AppError::NotFound.into())
}

/// A query string that does not parse: a 422 naming the parameter.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req| payload_error(&err).into())
}

/// Requests to unknown paths; a path of the API document that exists with other methods is a
/// 405 naming them.
pub async fn not_found(req: HttpRequest) -> Result<HttpResponse, AppError> {
    if let Some(allowed) = super::openapi::allowed_methods(req.path())
        && !allowed.contains(&req.method().as_str())
    {
        return Err(AppError::MethodNotAllowed { method: req.method().to_string(), allow: allowed.join(", ") });
    }
    Err(AppError::NotFound)
}

#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    title: String,
    detail: String,
    /// The request id, shown as "Reference: …".
    reference: Option<String>,
}

fn is_api(req: &HttpRequest) -> bool {
    req.path().starts_with("/api/") || matches!(req.path(), "/healthz" | "/readyz" | "/metrics")
}

/// `ErrorHandlers` default handler: turns problem documents of browser routes into pages.
pub fn render_html_error<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_problem =
        res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if !is_problem || is_api(res.request()) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let req = res.request().clone();
    if status == actix_web::http::StatusCode::UNAUTHORIZED {
        let next = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let location =
            format!("/login?next={}", url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>());
        let response = HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish();
        return Ok(ErrorHandlerResponse::Response(ServiceResponse::new(req, response).map_into_right_body()));
    }
    let error = res.response().error().and_then(|e| e.as_error::<AppError>());
    let problem = error.map(AppError::problem).unwrap_or_else(|| AppError::NotFound.problem());
    let page = ErrorPage {
        status: status.as_u16(),
        title: error.map_or_else(|| AppError::NotFound.title_for_people(), AppError::title_for_people),
        detail: problem.detail,
        reference: problem.request_id,
    };
    let body = req
        .app_data::<web::Data<AppState>>()
        .and_then(|state| {
            let mut ctx = tera::Context::from_serialize(&page).ok()?;
            ctx.insert("lang", crate::i18n::current());
            ctx.insert("languages", &crate::i18n::LANGUAGES);
            state.templates.render("error.html", &ctx).ok()
        })
        .unwrap_or_else(|| format!("<!doctype html><title>{}</title><p>{}</p>", page.title, page.detail));
    let mut response = HttpResponse::build(status).body(body);
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    if let Some(retry) = res.headers().get(header::RETRY_AFTER) {
        response.headers_mut().insert(header::RETRY_AFTER, retry.clone());
    }
    let response: HttpResponse<BoxBody> = response;
    Ok(ErrorHandlerResponse::Response(ServiceResponse::new(req, response).map_into_right_body()))
}
