//! Exam pages: the exam's introduction, the paper (with a countdown and autosave when
//! JavaScript runs, and plain save/submit buttons when it does not), and the result.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CSRF_FIELD, CsrfForm, CsrfToken, csrf_token_of, tokens_match};
use super::extract::SignedIn;
use super::pages::{Layout, render, see_other};
use crate::error::AppError;
use crate::exams::attempts::{self, AttemptView, ExamStatus};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(exam_page).service(start).service(attempt_page).service(save_or_submit).service(result_page);
}

/// Context of `exams/exam.html`.
#[derive(Serialize)]
struct ExamPage {
    #[serde(flatten)]
    layout: Layout,
    exam: ExamStatus,
    minutes: i64,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

#[get("/exams/{course}/{exam}")]
async fn exam_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    path: web::Path<(String, String)>,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let (course, exam) = path.into_inner();
    let st = state.clone();
    let id = user.id();
    let statuses =
        web::block(move || -> Result<_, AppError> { Ok(attempts::exam_statuses(&mut *st.db.read()?, st.now(), id)?) })
            .await??;
    let exam = statuses.into_iter().find(|s| s.course == course && s.slug == exam).ok_or(AppError::NotFound)?;
    let notice = query.notice.clone().filter(|n| n.len() < 300);
    let page = ExamPage {
        layout: Layout::new(Some(&user), &csrf, "training"),
        minutes: exam.time_limit_seconds / 60,
        exam,
        notice,
    };
    render(&state, "exams/exam.html", &page)
}

#[derive(Deserialize, Default)]
struct Empty {}

#[post("/exams/{course}/{exam}/start")]
async fn start(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String)>,
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, AppError> {
    let (course, exam) = path.into_inner();
    let st = state.clone();
    let (c, e) = (course.clone(), exam.clone());
    let result = web::block(move || {
        attempts::start_attempt(&mut *st.db.write()?, &st.mailer, st.now(), &mut rand::rng(), user.id(), &c, &e)
    })
    .await?;
    match result {
        Ok((view, _)) => Ok(see_other(&format!("/attempts/{}", view.attempt_id))),
        Err(AppError::Forbidden(reason) | AppError::Conflict(reason)) => {
            let encoded: String = url::form_urlencoded::byte_serialize(reason.as_bytes()).collect();
            Ok(see_other(&format!("/exams/{course}/{exam}?notice={encoded}")))
        }
        Err(other) => Err(other),
    }
}

/// Context of `exams/attempt.html`.
#[derive(Serialize)]
struct AttemptPage {
    #[serde(flatten)]
    layout: Layout,
    attempt: AttemptView,
    /// The saved choices, as "question id|option id" keys, for checked inputs.
    checked: Vec<String>,
    answered: usize,
    remaining_minutes: i64,
    notice: Option<String>,
}

async fn load(state: &web::Data<AppState>, user_id: i64, id: i64) -> Result<AttemptView, AppError> {
    let st = state.clone();
    web::block(move || attempts::attempt_view(&mut *st.db.read()?, st.now(), user_id, id)).await?
}

#[get("/attempts/{id}")]
async fn attempt_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    path: web::Path<i64>,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let attempt = load(&state, user.id(), id).await?;
    if attempt.state == "submitted" {
        return Ok(see_other(&format!("/attempts/{id}/result")));
    }
    let checked =
        attempt.answers.iter().flat_map(|(q, options)| options.iter().map(move |o| format!("{q}|{o}"))).collect();
    let answered = attempt.answers.values().filter(|v| !v.is_empty()).count();
    let notice = match query.notice.as_deref() {
        Some("saved") => Some("Your answers are saved.".to_owned()),
        _ => None,
    };
    let remaining_minutes = attempt.remaining_seconds / 60;
    let page = AttemptPage {
        layout: Layout::new(Some(&user), &csrf, "training"),
        attempt,
        checked,
        answered,
        remaining_minutes,
        notice,
    };
    render(&state, "exams/attempt.html", &page)
}

/// The paper's form without JavaScript: every question's choices, then `action` = save | submit.
#[post("/attempts/{id}")]
async fn save_or_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let sent = pairs.iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.as_str()).unwrap_or("");
    match csrf_token_of(&req) {
        Some(expected) if tokens_match(sent, &expected) => {}
        _ => {
            return Err(AppError::Forbidden(
                "This form has expired. Go back, reload the page and send it again.".into(),
            ));
        }
    }
    let action = pairs.iter().find(|(k, _)| k == "action").map(|(_, v)| v.clone()).unwrap_or_default();
    let attempt = load(&state, user.id(), id).await?;
    if attempt.state == "open" {
        let mut chosen: HashMap<String, Vec<String>> =
            attempt.questions.iter().map(|q| (q.id.clone(), Vec::new())).collect();
        for (key, value) in &pairs {
            if let Some(list) = chosen.get_mut(key) {
                list.push(value.clone());
            }
        }
        let st = state.clone();
        let user_id = user.id();
        // Past the deadline the saves are refused; the submission below still grades what was saved.
        let _ = web::block(move || -> Result<(), AppError> {
            let mut conn = st.db.write()?;
            for (question, options) in chosen {
                attempts::save_answer(&mut conn, st.now(), user_id, id, &question, &options)?;
            }
            Ok(())
        })
        .await?;
    }
    if action == "submit" || attempt.state == "submitted" {
        let st = state.clone();
        let user_id = user.id();
        web::block(move || attempts::submit(&mut *st.db.write()?, &st.mailer, st.now(), user_id, id)).await??;
        return Ok(see_other(&format!("/attempts/{id}/result")));
    }
    Ok(see_other(&format!("/attempts/{id}?notice=saved")))
}

/// Context of `exams/result.html`.
#[derive(Serialize)]
struct ResultPage {
    #[serde(flatten)]
    layout: Layout,
    attempt: AttemptView,
    /// Review items by question id (answers policy only).
    review: HashMap<String, attempts::ReviewItem>,
}

#[get("/attempts/{id}/result")]
async fn result_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let attempt = load(&state, user.id(), id).await?;
    if attempt.state != "submitted" {
        return Ok(see_other(&format!("/attempts/{id}")));
    }
    let review = attempt.review.clone().unwrap_or_default().into_iter().map(|r| (r.question_id.clone(), r)).collect();
    render(
        &state,
        "exams/result.html",
        &ResultPage { layout: Layout::new(Some(&user), &csrf, "training"), attempt, review },
    )
}
