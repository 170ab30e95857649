//! The JSON API of the learning experience: answering a knowledge check, searching the
//! published modules, and the checks' first-try results for programme admins.

use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use crate::content::knowledge::{self, CheckStat, Outcome};
use crate::content::search::{self, Hit, QUERY_MAX_CHARS, RESULTS_MAX};
use crate::error::{AppError, Problem};
use crate::web::AppState;
use crate::web::extract::{ProgrammeAdmin, SignedIn};

/// The routes, inside the `/api/v1` scope.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(answer_check).service(search_modules).service(check_stats);
}

/// The options chosen for a knowledge check.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckAnswer {
    /// Option ids (`a`, `b`, …): one for a single-answer check, one or more otherwise.
    #[schema(min_items = 1, max_items = 8)]
    selected: Vec<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "content", request_body = CheckAnswer, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Whether the answer is right, the explanation, and the feedback of the options picked; the first and latest answers are recorded", body = Outcome),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such course, published module or check", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "No option chosen, an unknown option, or two for a single-answer check", body = Problem, content_type = "application/problem+json"),
))]
#[post("/courses/{course}/modules/{module}/checks/{check}")]
pub async fn answer_check(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String, String)>,
    body: web::Json<CheckAnswer>,
) -> Result<HttpResponse, AppError> {
    let (course, module, check) = path.into_inner();
    let selected = body.into_inner().selected;
    let st = state.clone();
    let lang = crate::i18n::current();
    let outcome = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.write()?;
        let outcome = knowledge::answer(&mut conn, st.now(), user.id(), (&course, &module, &check), &selected)?;
        // The feedback and explanation in the learner's language, where the module is translated.
        let localized =
            crate::translations::view::check_outcome(&mut conn, (&course, &module, &check), &selected, lang)?;
        Ok(localized.unwrap_or(outcome))
    })
    .await??;
    Ok(HttpResponse::Ok().json(outcome))
}

/// A search of the published modules.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// The words to find (the last one may be the start of a word); 1–200 characters.
    q: Option<String>,
    /// Only this course (its slug).
    course: Option<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "content", params(SearchParams), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The sections holding every word, best first (a title or heading match above one in the text), at most 20", body = [Hit]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "An empty query, one without a word, or one longer than 200 characters", body = Problem, content_type = "application/problem+json"),
))]
#[get("/search")]
pub async fn search_modules(
    state: web::Data<AppState>,
    _user: SignedIn,
    query: web::Query<SearchParams>,
) -> Result<HttpResponse, AppError> {
    let SearchParams { q, course } = query.into_inner();
    let q = q.unwrap_or_default().trim().to_owned();
    if q.is_empty() || search::words(&q).is_empty() {
        return Err(AppError::field("q", crate::i18n::t("field-search-empty")));
    }
    if q.chars().count() > QUERY_MAX_CHARS {
        return Err(AppError::field("q", format!("Search for at most {QUERY_MAX_CHARS} characters.")));
    }
    let course = course.filter(|c| !c.is_empty());
    let st = state.clone();
    let hits = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(search::search(&mut *st.db.read()?, &q, course.as_deref(), RESULTS_MAX)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(hits))
}

#[utoipa::path(context_path = "/api/v1", tag = "content", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Each knowledge check of the published modules, in syllabus order: learners who answered it and the share right at the first try", body = [CheckStat]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such course", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/courses/{course}/checks")]
pub async fn check_stats(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let course = path.into_inner();
    let st = state.clone();
    let stats: Vec<CheckStat> = crate::web::blocking(move || knowledge::stats(&mut *st.db.read()?, &course)).await??;
    Ok(HttpResponse::Ok().json(stats))
}
