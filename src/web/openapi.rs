//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use actix_web::{HttpResponse, get};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{api, api_content, api_exams, api_progress, translations};
use crate::error::Problem;

#[derive(OpenApi)]
#[openapi(
    info(title = "ESS Academy API", description = "Accounts, training, exams and credentials of the Environmental Sustainability Specialization. Errors are RFC 9457 problem documents."),
    paths(
        api::healthz,
        api::register,
        api::verify,
        api::resend_verification,
        api::login,
        api::logout,
        api::password_reset,
        api::password_reset_confirm,
        api::me,
        api::update_me,
        openapi_json,
        api_content::list_courses,
        api_content::get_module,
        translations::api::translations,
        api_content::put_module,
        api_content::preview,
        api_progress::heartbeat,
        api_progress::my_progress,
        api_progress::search_users,
        api_progress::grant_exemption,
        api_exams::list_exams,
        api_exams::start_attempt,
        api_exams::get_attempt,
        api_exams::save_answer,
        api_exams::set_flag,
        api_exams::submit_attempt,
        api_exams::accommodate,
        api_exams::statistics,
        super::api_credentials::revoke,
        super::api_credentials::my_credentials,
        super::api_credentials::request_name_correction,
        super::api_credentials::my_name_corrections,
        super::api_credentials::pending_name_corrections,
        super::api_credentials::decide_name_correction,
        super::api_partners::create_partner,
        super::api_partners::list_partners,
        super::api_partners::set_role,
        super::api_partners::set_partner,
        super::api_partners::invite,
        super::api_partners::people,
        super::api_partners::remove_person,
        super::api_partners::accreditation,
        super::api_partners::credentials_zip,
        super::api_partners::estimate,
        super::reports::api::funnel_report,
        super::reports::api::modules_report,
        super::reports::api::exams_report,
        super::reports::api::expiring_report,
        super::reports::api::partners_report,
        super::reports::api::renewals_report,
        super::renewal::api::my_renewals,
        super::learning::api::answer_check,
        super::learning::api::search_modules,
        super::learning::api::check_stats,
        super::interop::api::xapi_queue,
        super::api_credentials::change_expiry,
        super::lti::api::list_platforms,
        super::lti::api::register_platform,
        super::lti::api::score_queue,
        super::privacy::api::export_me,
        super::privacy::api::erase_me,
        super::privacy::api::erase_user,
    ),
    components(schemas(Problem)),
    modifiers(&SecuritySchemes, &EveryResponse),
)]
pub struct ApiDoc;

/// Documents the responses every operation can give besides its own (RFC 9457 problems): a
/// malformed body (400), a body over the limit (413) or not JSON (415); a path whose parameters
/// name nothing (404); a query that does not parse (422); no valid session (401).
struct EveryResponse;

fn problem_response(description: &str) -> utoipa::openapi::Response {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/problem+json",
            ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
        )
        .build()
}

impl Modify for EveryResponse {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::path::ParameterIn;
        for (path, item) in openapi.paths.paths.iter_mut() {
            let has_path_params = path.contains('{');
            for operation in
                [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch].into_iter().flatten()
            {
                let mut add = |status: &str, description: &str| {
                    if !operation.responses.responses.contains_key(status) {
                        operation.responses.responses.insert(status.to_owned(), problem_response(description).into());
                    }
                };
                if operation.request_body.is_some() {
                    add("400", "The body is not well-formed (not JSON, or not the shape of the request)");
                    add("413", "The body is larger than the limit (64 KiB)");
                    add("415", "The body is not sent as application/json");
                    add("422", "A field breaks a rule; the problem names it");
                }
                if has_path_params {
                    add("404", "Nothing answers to these path parameters");
                }
                let queries =
                    operation.parameters.iter().flatten().any(|p| matches!(p.parameter_in, ParameterIn::Query));
                if queries {
                    add("422", "A query parameter does not parse or breaks a rule; the problem names it");
                }
                if operation.security.as_ref().is_some_and(|s| !s.is_empty()) {
                    add("401", "No valid session");
                }
            }
        }
    }
}

/// One path of the API document as segments (`None` for a parameter), with its methods.
type RouteShape = (Vec<Option<String>>, Vec<&'static str>);

static ROUTES: std::sync::LazyLock<Vec<RouteShape>> = std::sync::LazyLock::new(|| {
    ApiDoc::openapi()
        .paths
        .paths
        .iter()
        .map(|(path, item)| {
            let segments =
                path.trim_start_matches('/').split('/').map(|s| (!s.starts_with('{')).then(|| s.to_owned())).collect();
            let mut methods = Vec::new();
            for (method, present) in [
                ("GET", item.get.is_some()),
                ("HEAD", item.get.is_some()),
                ("POST", item.post.is_some()),
                ("PUT", item.put.is_some()),
                ("PATCH", item.patch.is_some()),
                ("DELETE", item.delete.is_some()),
            ] {
                if present {
                    methods.push(method);
                }
            }
            (segments, methods)
        })
        .collect()
});

/// The methods an API path answers (from the document), when some route has its shape.
pub fn allowed_methods(path: &str) -> Option<Vec<&'static str>> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let mut found: Vec<&'static str> = Vec::new();
    for (segments, methods) in ROUTES.iter() {
        let fits = segments.len() == parts.len()
            && segments.iter().zip(&parts).all(|(s, p)| s.as_deref().is_none_or(|s| s == *p) && !p.is_empty());
        if fits {
            for method in methods {
                if !found.contains(method) {
                    found.push(method);
                }
            }
        }
    }
    (!found.is_empty()).then_some(found)
}

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
        );
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                super::SESSION_COOKIE,
                "The browser session; calls that change something also need the X-CSRF-Token header",
            ))),
        );
    }
}

#[utoipa::path(context_path = "/api/v1", tag = "service", responses((status = 200, description = "This document")))]
#[get("/openapi.json")]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}
