//! The JSON/CSV API of the programme reports, under `/api/v1/admin/reports/`: one route per
//! report, CSV with `Accept: text/csv` (or `format=csv`, for links), its header in the request's
//! language (the JSON keys never change). Programme admins only.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::error::{AppError, Problem};
use crate::reports::credentials::{self as creds, Expiring, Partners};
use crate::reports::exams::{self, ExamReport};
use crate::reports::funnel::{self, Funnel};
use crate::reports::modules::{self, ModuleStats};
use crate::reports::{self, FilterQuery, Filters, Programme};
use crate::web::AppState;
use crate::web::extract::ProgrammeAdmin;

/// The routes, inside the `/api/v1` scope.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(funnel_report)
        .service(modules_report)
        .service(exams_report)
        .service(expiring_report)
        .service(partners_report)
        .service(renewals_report);
}

/// The filters and `format=csv`, the way a link asks for CSV (a browser cannot set `Accept`).
#[derive(Debug, Default, Deserialize)]
pub struct ReportQuery {
    #[serde(flatten)]
    filters: FilterQuery,
    format: Option<String>,
}

/// Active time per module.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModulesReport {
    modules: Vec<ModuleStats>,
}

/// Exam pass rates.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExamsReport {
    exams: Vec<ExamReport>,
}

/// Runs one report on a read connection, filters checked first.
async fn compute<T, F>(state: &web::Data<AppState>, query: FilterQuery, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection, &Programme, &Filters, UnixSecs) -> diesel::QueryResult<T> + Send + 'static,
{
    let st = state.clone();
    crate::web::blocking(move || -> Result<T, AppError> {
        let mut conn = st.db.read()?;
        let filters = Filters::parse(&mut conn, &query)?;
        let programme = reports::programme(&mut conn)?.ok_or(AppError::NotFound)?;
        Ok(f(&mut conn, &programme, &filters, st.now())?)
    })
    .await?
}

fn wants_csv(req: &HttpRequest, format: Option<&str>) -> bool {
    format.is_some_and(|f| f.eq_ignore_ascii_case("csv"))
        || req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/csv"))
}

fn respond<T: Serialize>(
    req: &HttpRequest,
    format: Option<&str>,
    name: &str,
    value: &T,
    csv: fn(&T, &str) -> String,
) -> HttpResponse {
    if wants_csv(req, format) {
        return HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.csv\"")))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(csv(value, crate::i18n::current()));
    }
    HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "no-store")).json(value)
}

#[utoipa::path(context_path = "/api/v1", tag = "reports", params(FilterQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Registered → verified → started → training complete → exam 1 passed → exam 2 passed → credential, in total and by month of registration, country and partner. CSV with Accept: text/csv (or format=csv)", body = Funnel),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A filter is not valid; the problem names it", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/reports/funnel")]
pub async fn funnel_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let ReportQuery { filters, format } = query.into_inner();
    let value = compute(&state, filters, |conn, p, f, _| funnel::funnel(conn, p, f)).await?;
    Ok(respond(&req, format.as_deref(), "funnel", &value, funnel::to_csv))
}

#[utoipa::path(context_path = "/api/v1", tag = "reports", params(FilterQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Per module: people who opened it, the median and 90th percentile (nearest rank) of their active seconds, and the estimate. CSV with Accept: text/csv", body = ModulesReport),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A filter is not valid; the problem names it", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/reports/modules")]
pub async fn modules_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let ReportQuery { filters, format } = query.into_inner();
    let modules = compute(&state, filters, |conn, p, f, _| modules::module_stats(conn, p, f)).await?;
    Ok(respond(&req, format.as_deref(), "modules", &ModulesReport { modules }, |r, lang| {
        modules::to_csv(&r.modules, lang)
    }))
}

#[utoipa::path(context_path = "/api/v1", tag = "reports", params(FilterQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Per exam: takers, attempts, people who passed, pass rate and attempts per pass. CSV with Accept: text/csv", body = ExamsReport),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A filter is not valid; the problem names it", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/reports/exams")]
pub async fn exams_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let ReportQuery { filters, format } = query.into_inner();
    let exams = compute(&state, filters, |conn, p, f, _| exams::exam_stats(conn, p, f)).await?;
    Ok(respond(&req, format.as_deref(), "exams", &ExamsReport { exams }, |r, lang| exams::to_csv(&r.exams, lang)))
}

#[utoipa::path(context_path = "/api/v1", tag = "reports", params(FilterQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Valid credentials expiring in the next 90 days, soonest first, at most 500 (total counts them all). CSV with Accept: text/csv", body = Expiring),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A filter is not valid; the problem names it", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/reports/expiring")]
pub async fn expiring_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let ReportQuery { filters, format } = query.into_inner();
    let value = compute(&state, filters, creds::expiring).await?;
    Ok(respond(&req, format.as_deref(), "expiring", &value, creds::expiring_csv))
}

#[utoipa::path(context_path = "/api/v1", tag = "reports", params(FilterQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Per partner: members, specialists (valid credentials), the minimum, accredited, and when it lapses; from and to do not apply. CSV with Accept: text/csv", body = Partners),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A filter is not valid; the problem names it", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/reports/partners")]
pub async fn partners_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let ReportQuery { filters, format } = query.into_inner();
    let value = compute(&state, filters, creds::partners).await?;
    Ok(respond(&req, format.as_deref(), "partners", &value, creds::partners_csv))
}

#[utoipa::path(context_path = "/api/v1", tag = "reports", params(FilterQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Renewal rate: expiries that came due (window opened) and how they ended — renewed early, renewed in grace, still open, still in grace, lapsed — in total and by month of the due expiry, country and partner. CSV with Accept: text/csv", body = crate::reports::renewals::Renewals),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A filter is not valid; the problem names it", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/reports/renewals")]
pub async fn renewals_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let ReportQuery { filters, format } = query.into_inner();
    let value = compute(&state, filters, crate::reports::renewals::renewals).await?;
    Ok(respond(&req, format.as_deref(), "renewals", &value, crate::reports::renewals::to_csv))
}
