//! The JSON API of exams: the list with availability, attempts (start, read, save an answer,
//! flag a question for review, submit), and for programme admins accommodations and item
//! statistics.

use std::collections::HashMap;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::AppState;
use super::extract::{ProgrammeAdmin, SignedIn};
use super::locale::LangQuery;
use crate::clock::rfc3339;
use crate::error::{AppError, Problem};
use crate::exams::attempts::{self, AttemptView, QuestionView, ResultView, ReviewItem};
use crate::exams::grading::TopicScore;
use crate::exams::stats;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_exams)
        .service(start_attempt)
        .service(get_attempt)
        .service(save_answer)
        .service(set_flag)
        .service(submit_attempt)
        .service(accommodate)
        .service(statistics)
        .configure(super::api_credentials::configure);
}

/// An exam and whether the learner may take it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExamItem {
    course: String,
    slug: String,
    title: String,
    time_limit_seconds: i64,
    pass_percent: i64,
    /// Questions on a paper.
    questions: i64,
    attempts_used: i64,
    attempts_left: i64,
    available: bool,
    reason_unavailable: Option<String>,
    passed: bool,
}

#[utoipa::path(context_path = "/api/v1", tag = "exams", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Every exam with the learner's standing", body = [ExamItem]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
))]
#[get("/exams")]
pub async fn list_exams(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let statuses = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(attempts::exam_statuses(&mut *st.db.read()?, st.now(), user.id())?)
    })
    .await??;
    let items: Vec<ExamItem> = statuses
        .into_iter()
        .map(|s| ExamItem {
            course: s.course,
            slug: s.slug,
            title: s.title,
            time_limit_seconds: s.time_limit_seconds,
            pass_percent: s.pass_percent,
            questions: s.questions,
            attempts_used: s.attempts_used,
            attempts_left: s.attempts_left,
            available: s.available,
            reason_unavailable: s.reason_unavailable,
            passed: s.passed,
        })
        .collect();
    Ok(HttpResponse::Ok().json(items))
}

/// An attempt's paper: never correctness or explanations before grading.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptBody {
    attempt_id: i64,
    /// The language of the paper: the request's when every question has a current translation
    /// in it, else English (the same questions and options whatever the language).
    #[schema(example = "es")]
    lang: String,
    /// RFC 3339, UTC.
    deadline: String,
    remaining_seconds: i64,
    questions: Vec<QuestionView>,
}

/// An attempt with its saved answers and state.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptState {
    attempt_id: i64,
    /// The language of the paper (see `AttemptBody.lang`); `?lang=` shows it in another.
    #[schema(example = "es")]
    lang: String,
    deadline: String,
    remaining_seconds: i64,
    questions: Vec<QuestionView>,
    /// Saved choices by question id.
    answers: HashMap<String, Vec<String>>,
    /// The ids of the questions flagged for review, in the paper's order.
    flagged: Vec<String>,
    /// `open` or `submitted`.
    state: String,
    result: Option<ResultView>,
    /// Only with the exam's `answers` review policy, after grading.
    review: Option<Vec<ReviewItem>>,
}

fn state_of(view: AttemptView) -> AttemptState {
    AttemptState {
        attempt_id: view.attempt_id,
        lang: view.lang,
        deadline: view.deadline,
        remaining_seconds: view.remaining_seconds,
        questions: view.questions,
        answers: view.answers,
        flagged: view.flagged,
        state: view.state.to_owned(),
        result: view.result,
        review: view.review,
    }
}

#[utoipa::path(context_path = "/api/v1", tag = "exams", params(LangQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "A new attempt with its paper", body = AttemptBody),
    (status = 200, description = "The attempt already open", body = AttemptBody),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Locked: training, an earlier exam or the e-mail first", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such exam", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Passed already, no attempts left, or in the pause between attempts", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "`lang` is not one of the six languages", body = Problem, content_type = "application/problem+json"),
))]
#[post("/exams/{course}/{exam}/attempts")]
pub async fn start_attempt(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String)>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, AppError> {
    super::freshness::changes_no_account_or_content(&req);
    let lang = query.resolve()?;
    let (course, exam) = path.into_inner();
    let st = state.clone();
    let user_id = user.id();
    let started = crate::web::blocking(move || -> Result<_, AppError> {
        let started = st.start_attempt(user_id, &course, &exam)?;
        let created = started.created();
        // A new paper comes back built from what was drawn; an open one is read, with its
        // answers, on a read connection (the writer already free), as is a translation.
        let (mut view, mut conn) = match started.paper {
            Some(view) if lang == crate::i18n::DEFAULT => return Ok((view, created)),
            Some(view) => (view, st.db.read()?),
            None => {
                let mut conn = st.db.read()?;
                (attempts::view_of(&mut conn, st.now(), &started.attempt)?, conn)
            }
        };
        crate::translations::view::paper(&mut conn, &mut view, lang)?;
        Ok((view, created))
    })
    .await?;
    // Not a local write (`changes_no_account_or_content`), but it moves the learner's standing.
    state.training_copies.forget(&user_id);
    let (view, created) = started?;
    if created {
        crate::ops::metrics::exam_attempt_started();
    }
    let body = AttemptBody {
        attempt_id: view.attempt_id,
        lang: view.lang,
        deadline: view.deadline,
        remaining_seconds: view.remaining_seconds,
        questions: view.questions,
    };
    Ok(if created { HttpResponse::Created().json(body) } else { HttpResponse::Ok().json(body) })
}

#[utoipa::path(context_path = "/api/v1", tag = "exams", params(LangQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The paper, the saved answers, the state and, once graded, the result", body = AttemptState),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such attempt of yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "`lang` is not one of the six languages", body = Problem, content_type = "application/problem+json"),
))]
#[get("/attempts/{id}")]
pub async fn get_attempt(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<i64>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, AppError> {
    let lang = query.resolve()?;
    let id = path.into_inner();
    let st = state.clone();
    let view = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let mut view = attempts::attempt_view(&mut conn, st.now(), user.id(), id)?;
        crate::translations::view::paper(&mut conn, &mut view, lang)?;
        Ok(view)
    })
    .await??;
    Ok(HttpResponse::Ok().json(state_of(view)))
}

/// The options chosen for one question.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerBody {
    selected: Vec<String>,
}

/// When an answer was saved.
#[derive(Debug, Serialize, ToSchema)]
pub struct SavedAnswer {
    /// RFC 3339, server time.
    saved_at: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "exams", request_body = AnswerBody, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Saved", body = SavedAnswer),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such attempt or question", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Submitted, or past the deadline and its 30 s grace", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "An option of another question, or two for a single-answer question", body = Problem, content_type = "application/problem+json"),
))]
#[put("/attempts/{id}/answers/{question_id}")]
pub async fn save_answer(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(i64, String)>,
    body: web::Json<AnswerBody>,
) -> Result<HttpResponse, AppError> {
    super::freshness::changes_no_account_or_content(&req);
    let (id, question) = path.into_inner();
    let selected = body.into_inner().selected;
    let st = state.clone();
    let saved = crate::web::blocking(move || {
        attempts::save_answer(&mut *st.db.write()?, st.now(), user.id(), id, &question, &selected)
    })
    .await??;
    crate::ops::metrics::exam_answers_saved(1);
    Ok(HttpResponse::Ok().json(SavedAnswer { saved_at: rfc3339(saved) }))
}

/// Whether a question is flagged for review.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FlagBody {
    flagged: bool,
}

/// A question's flag as stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct FlagState {
    /// The question's id on the paper.
    question: String,
    flagged: bool,
}

#[utoipa::path(context_path = "/api/v1", tag = "exams", request_body = FlagBody, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Flagged or unflagged (setting the same flag twice is no error)", body = FlagState),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such attempt of yours, or no such question on it", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Submitted, or past the deadline and its 30 s grace", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "The body is not `{\"flagged\": true|false}`", body = Problem, content_type = "application/problem+json"),
))]
#[put("/attempts/{id}/flags/{question}")]
pub async fn set_flag(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(i64, String)>,
    body: web::Json<FlagBody>,
) -> Result<HttpResponse, AppError> {
    super::freshness::changes_no_account_or_content(&req);
    let (id, question) = path.into_inner();
    let wanted = body.into_inner().flagged;
    let st = state.clone();
    let q = question.clone();
    let flagged =
        crate::web::blocking(move || attempts::set_flag(&mut *st.db.write()?, st.now(), user.id(), id, &q, wanted))
            .await??;
    Ok(HttpResponse::Ok().json(FlagState { question, flagged }))
}

/// The result of a submission.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmitResult {
    score_percent: i64,
    passed: bool,
    topics: Vec<TopicScore>,
}

#[utoipa::path(context_path = "/api/v1", tag = "exams", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Graded (all-or-nothing per question); the same result for a repeated submit", body = SubmitResult),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such attempt of yours", body = Problem, content_type = "application/problem+json"),
))]
#[post("/attempts/{id}/submit")]
pub async fn submit_attempt(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let submitted = submit_in_language(&state, user.id(), id).await?;
    let r = submitted.result;
    crate::ops::metrics::exam_attempt_submitted(r.passed);
    Ok(HttpResponse::Ok().json(SubmitResult { score_percent: r.score_percent, passed: r.passed, topics: r.topics }))
}

/// Submits an attempt (grading it once) and records the language its paper was answered in,
/// for the per-language item statistics.
pub(super) async fn submit_in_language(
    state: &web::Data<AppState>,
    user_id: i64,
    id: i64,
) -> Result<attempts::Submitted, AppError> {
    let st = state.clone();
    let lang = crate::i18n::current();
    crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.write()?;
        let submitted = attempts::submit(&mut conn, &st.mailer, st.now(), user_id, id)?;
        let served = crate::translations::view::paper_lang(&mut conn, id, lang)?;
        crate::translations::store::record_attempt_lang(&mut conn, id, served)?;
        Ok(submitted)
    })
    .await?
}

/// Extra time and/or attempts for a learner on an exam.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccommodationBody {
    course: String,
    exam: String,
    #[serde(default)]
    extra_time_percent: Option<i64>,
    #[serde(default)]
    extra_attempts: Option<i64>,
    reason: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = AccommodationBody, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "Recorded with who, when and why"),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Out of range, no reason, or an unknown exam", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/users/{id}/accommodations")]
pub async fn accommodate(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<i64>,
    body: web::Json<AccommodationBody>,
) -> Result<HttpResponse, AppError> {
    let user_id = path.into_inner();
    let b = body.into_inner();
    let st = state.clone();
    let admin_id = admin.0.id();
    crate::web::blocking(move || {
        attempts::grant_accommodation(
            &mut *st.db.write()?,
            st.now(),
            admin_id,
            user_id,
            &b.course,
            &b.exam,
            b.extra_time_percent.unwrap_or(0),
            b.extra_attempts.unwrap_or(0),
            &b.reason,
        )
    })
    .await??;
    Ok(HttpResponse::Created().json(serde_json::json!({"message": "The accommodation is recorded."})))
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Per question version: attempts, facility, discrimination, option counts, flags; Cronbach's α. CSV with Accept: text/csv", body = stats::ExamStats),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such exam", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/exams/{course}/{exam}/statistics")]
pub async fn statistics(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (course, exam) = path.into_inner();
    let st = state.clone();
    let computed = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let exam = attempts::exam_row(&mut conn, &course, &exam)?.ok_or(AppError::NotFound)?;
        Ok(stats::exam_stats(&mut conn, exam.id)?)
    })
    .await??;
    let wants_csv =
        req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/csv"));
    if wants_csv {
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .body(stats::to_csv(&computed, crate::i18n::current())));
    }
    Ok(HttpResponse::Ok().json(computed))
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;
    use serde_json::Value;

    use super::*;
    use crate::test_support::proptest_config;

    proptest! {
        #![proptest_config(proptest_config())]

        /// The body of a saved answer: a list of strings under `selected` and nothing else; what
        /// the strings are is the paper's to judge (`attempts::chosen_options`).
        #[test]
        fn an_answer_body_is_a_list_of_strings_and_nothing_else(
            selected in prop_oneof![
                proptest::collection::vec(any::<String>(), 0..6).prop_map(Value::from),
                proptest::collection::vec(any::<i64>(), 1..3).prop_map(Value::from),
                any::<String>().prop_map(Value::from),
                Just(Value::Null),
            ],
            extra in proptest::option::weighted(0.2, any::<bool>()),
        ) {
            let mut body = serde_json::json!({ "selected": selected.clone() });
            if let Some(extra) = extra {
                body["flagged"] = Value::from(extra);
            }
            let read = serde_json::from_value::<AnswerBody>(body);
            let strings = selected.as_array().is_some_and(|a| a.iter().all(Value::is_string));
            prop_assert_eq!(read.is_ok(), strings && extra.is_none());
            if let Ok(read) = read {
                prop_assert_eq!(Value::from(read.selected), selected);
            }
        }
    }
}
