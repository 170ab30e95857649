//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use actix_web::{HttpResponse, get};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{api, api_content, api_exams, api_progress};
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
    modifiers(&SecuritySchemes),
)]
pub struct ApiDoc;

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
