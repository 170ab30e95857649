//! Exam pages: the exam's introduction, the paper a page of questions at a time with its
//! navigator (a countdown, autosave and flags without reloads when JavaScript runs; plain
//! buttons that save the page when it does not), the review before submission, and the result.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken, checked_form_pairs};
use super::extract::SignedIn;
use super::pages::{Layout, render, see_other};
use crate::error::AppError;
use crate::exams::attempts::{self, AttemptView, ExamStatus, QuestionView};
use crate::exams::navigator::{self, NavItem};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(exam_page)
        .service(start)
        .service(attempt_page)
        .service(review_page)
        .service(save_or_submit)
        .service(result_page);
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
    let statuses = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(attempts::exam_statuses(&mut *st.db.read()?, st.now(), id)?)
    })
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
    // Why an exam cannot be started comes back as the page's notice, in the page's language.
    let result = crate::web::blocking(move || st.start_attempt(user.id(), &c, &e)).await?;
    match result {
        Ok(started) => {
            if started.created() {
                crate::ops::metrics::exam_attempt_started();
            }
            Ok(see_other(&format!("/attempts/{}", started.attempt.id)))
        }
        Err(AppError::Forbidden(reason) | AppError::Conflict(reason)) => {
            let encoded: String = url::form_urlencoded::byte_serialize(reason.as_bytes()).collect();
            Ok(see_other(&format!("/exams/{course}/{exam}?notice={encoded}")))
        }
        Err(other) => Err(other),
    }
}

/// A question on the page shown, with its number on the paper.
#[derive(Serialize)]
struct PageQuestion {
    number: usize,
    #[serde(flatten)]
    question: QuestionView,
    flagged: bool,
}

/// Context of `exams/attempt.html`: one page of the paper.
#[derive(Serialize)]
struct AttemptPage {
    #[serde(flatten)]
    layout: Layout,
    attempt: AttemptView,
    /// The page shown and how many there are (from 1).
    page: usize,
    pages: usize,
    /// The questions of this page only, and the numbers of its first and last.
    questions: Vec<PageQuestion>,
    first: usize,
    last: usize,
    /// Every question of the paper, for the navigator.
    navigator: Vec<NavItem>,
    /// The saved choices, as "question id|option id" keys, for checked inputs.
    checked: Vec<String>,
    answered: usize,
    flagged: usize,
    total: usize,
    remaining_minutes: i64,
    notice: Option<String>,
    /// The navigator's links leave a page of answers (the review's do not).
    on_paper: bool,
}

#[derive(Deserialize)]
struct PaperQuery {
    page: Option<String>,
    notice: Option<String>,
}

/// The attempt, its paper in the page's language (the same paper translated, when it can be).
async fn load(state: &web::Data<AppState>, user_id: i64, id: i64) -> Result<AttemptView, AppError> {
    let st = state.clone();
    let lang = crate::i18n::current();
    crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let mut view = attempts::attempt_view(&mut conn, st.now(), user_id, id)?;
        crate::translations::view::paper(&mut conn, &mut view, lang)?;
        Ok(view)
    })
    .await?
}

fn answered_count(attempt: &AttemptView) -> usize {
    attempt.answers.values().filter(|v| !v.is_empty()).count()
}

#[get("/attempts/{id}")]
async fn attempt_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    path: web::Path<i64>,
    query: web::Query<PaperQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let attempt = load(&state, user.id(), id).await?;
    if attempt.state == "submitted" {
        return Ok(see_other(&format!("/attempts/{id}/result")));
    }
    let total = attempt.questions.len();
    let page = navigator::page_from_query(query.page.as_deref(), total);
    let checked =
        attempt.answers.iter().flat_map(|(q, options)| options.iter().map(move |o| format!("{q}|{o}"))).collect();
    let notice = match query.notice.as_deref() {
        Some("saved") => Some(crate::i18n::t("exam-notice-saved")),
        _ => None,
    };
    let questions: Vec<PageQuestion> = attempt
        .questions
        .iter()
        .enumerate()
        .filter(|(index, _)| navigator::page_of(*index) == page)
        .map(|(index, q)| PageQuestion {
            number: index + 1,
            question: q.clone(),
            flagged: attempt.flagged.contains(&q.id),
        })
        .collect();
    let page = AttemptPage {
        layout: Layout::new(Some(&user), &csrf, "training"),
        page,
        pages: navigator::page_count(total),
        first: questions.first().map_or(0, |q| q.number),
        last: questions.last().map_or(0, |q| q.number),
        questions,
        navigator: navigator::items(&attempt, page),
        checked,
        answered: answered_count(&attempt),
        flagged: attempt.flagged.len(),
        total,
        remaining_minutes: attempt.remaining_seconds / 60,
        notice,
        on_paper: true,
        attempt,
    };
    render(&state, "exams/attempt.html", &page)
}

/// Context of `exams/review.html`: what is unanswered and flagged, and the submit button.
#[derive(Serialize)]
struct ReviewPage {
    #[serde(flatten)]
    layout: Layout,
    attempt: AttemptView,
    review: navigator::Review,
    navigator: Vec<NavItem>,
    answered: usize,
    flagged: usize,
    total: usize,
    /// The page "Back to the questions" returns to.
    back_page: usize,
    remaining_minutes: i64,
    notice: Option<String>,
    on_paper: bool,
}

#[derive(Deserialize)]
struct ReviewQuery {
    from: Option<String>,
    notice: Option<String>,
}

#[get("/attempts/{id}/review")]
async fn review_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    path: web::Path<i64>,
    query: web::Query<ReviewQuery>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let attempt = load(&state, user.id(), id).await?;
    if attempt.state == "submitted" {
        return Ok(see_other(&format!("/attempts/{id}/result")));
    }
    let total = attempt.questions.len();
    let notice = match query.notice.as_deref() {
        Some("time_up") => Some(crate::i18n::t("exam-notice-time-up")),
        _ => None,
    };
    let page = ReviewPage {
        layout: Layout::new(Some(&user), &csrf, "training"),
        review: navigator::review(&attempt),
        navigator: navigator::items(&attempt, 0),
        answered: answered_count(&attempt),
        flagged: attempt.flagged.len(),
        total,
        back_page: navigator::page_from_query(query.from.as_deref(), total),
        remaining_minutes: attempt.remaining_seconds / 60,
        notice,
        on_paper: false,
        attempt,
    };
    render(&state, "exams/review.html", &page)
}

/// What the learner asked for with a page of the paper, besides saving it.
enum PaperAction {
    Save,
    Previous,
    Next,
    Review,
    Submit,
    /// Flag (`true`) or unflag a question of the page.
    Flag(String, bool),
}

/// The paper's form without JavaScript: the choices of the questions of one page (named by
/// the `shown` fields: the answers of other pages are left as they are), the `page`, and
/// `action` = save | previous | next | review | submit, or a `flag` / `unflag` button whose
/// value is a question id. The review's form sends `action=submit` alone.
#[post("/attempts/{id}")]
async fn save_or_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let pairs = checked_form_pairs(&req, &body)?;
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let action = match (field("flag"), field("unflag"), field("action").as_deref()) {
        (Some(question), _, _) => PaperAction::Flag(question, true),
        (None, Some(question), _) => PaperAction::Flag(question, false),
        (None, None, Some("previous")) => PaperAction::Previous,
        (None, None, Some("next")) => PaperAction::Next,
        (None, None, Some("review")) => PaperAction::Review,
        (None, None, Some("submit")) => PaperAction::Submit,
        _ => PaperAction::Save,
    };
    let attempt = load(&state, user.id(), id).await?;
    let total = attempt.questions.len();
    let page = navigator::page_from_query(field("page").as_deref(), total);
    let mut time_up = false;
    if attempt.state == "open" {
        // Only the questions that were on the posted page, and only those whose choice changed.
        let mut chosen: HashMap<String, Vec<String>> = HashMap::new();
        for (key, value) in &pairs {
            if key == "shown" && attempt.questions.iter().any(|q| &q.id == value) {
                chosen.entry(value.clone()).or_default();
            }
        }
        for (key, value) in &pairs {
            if let Some(list) = chosen.get_mut(key) {
                list.push(value.clone());
            }
        }
        chosen.retain(|question, options| {
            let mut saved = attempt.answers.get(question).cloned().unwrap_or_default();
            let mut sent = options.clone();
            saved.sort();
            sent.sort();
            sent.dedup();
            saved != sent
        });
        let flag = match &action {
            PaperAction::Flag(question, on) => Some((question.clone(), *on)),
            _ => None,
        };
        let st = state.clone();
        let user_id = user.id();
        time_up = crate::web::blocking(move || -> Result<bool, AppError> {
            let mut conn = st.db.write()?;
            for (question, options) in chosen {
                match attempts::save_answer(&mut conn, st.now(), user_id, id, &question, &options) {
                    // Past the deadline the saves are refused; a submission still grades what was saved.
                    Err(AppError::Conflict(_)) => return Ok(true),
                    // A choice the paper does not have (a stale or forged form) is not saved.
                    Err(AppError::Validation(_)) => {}
                    other => {
                        other?;
                        crate::ops::metrics::exam_answers_saved(1);
                    }
                }
            }
            if let Some((question, on)) = flag {
                match attempts::set_flag(&mut conn, st.now(), user_id, id, &question, on) {
                    Err(AppError::Conflict(_)) => return Ok(true),
                    other => {
                        other?;
                    }
                }
            }
            Ok(false)
        })
        .await??;
    }
    if matches!(action, PaperAction::Submit) || attempt.state == "submitted" {
        let submitted = super::api_exams::submit_in_language(&state, user.id(), id).await?;
        crate::ops::metrics::exam_attempt_submitted(submitted.result.passed);
        return Ok(see_other(&format!("/attempts/{id}/result")));
    }
    if time_up {
        return Ok(see_other(&format!("/attempts/{id}/review?from={page}&notice=time_up")));
    }
    let to_page = |p: usize| format!("/attempts/{id}?page={}", p.clamp(1, navigator::page_count(total)));
    Ok(see_other(&match action {
        PaperAction::Previous => to_page(page.saturating_sub(1)),
        PaperAction::Next => to_page(page + 1),
        PaperAction::Review => format!("/attempts/{id}/review?from={page}"),
        PaperAction::Flag(question, _) => match attempt.questions.iter().position(|q| q.id == question) {
            Some(index) => format!("{}#q-{}", to_page(navigator::page_of(index)), index + 1),
            None => to_page(page),
        },
        PaperAction::Save | PaperAction::Submit => format!("{}&notice=saved", to_page(page)),
    }))
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
