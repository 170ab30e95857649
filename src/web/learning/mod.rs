//! The learning experience around the modules: knowledge checks answered by a form post (the
//! page works without JavaScript; `checks.js` answers through the API without a reload), the
//! search page, and the programme admins' page of the checks' first-try results. `api.rs` holds
//! the same capabilities as JSON.

pub mod api;

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfToken, checked_form_pairs};
use super::extract::{ProgrammeAdmin, SignedIn};
use super::pages::{Layout, render, see_other};
use crate::content::knowledge::{self, CheckStat, CheckView, LastAnswer};
use crate::content::render::{KnowledgeCheck, check_marker};
use crate::content::search::{self, Hit, QUERY_MAX_CHARS, RESULTS_MAX};
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(answer_check).service(search_page).service(admin_checks);
}

/// A part of a module page: prose, or a knowledge check with the learner's latest answer.
#[derive(Debug, Serialize)]
pub struct Segment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<CheckSlot>,
}

/// A knowledge check as the module page shows it.
#[derive(Debug, Serialize)]
pub struct CheckSlot {
    #[serde(flatten)]
    pub view: CheckView,
    /// 1-based among the module's checks.
    pub number: usize,
    pub last: Option<LastAnswer>,
    /// A message for a form post without a choice.
    pub error: Option<String>,
}

impl CheckSlot {
    /// The `index`th check (0-based) with the learner's last answer, and the message of a form
    /// sent without a choice when `unanswered`.
    pub fn new(check: &KnowledgeCheck, index: usize, last: Option<LastAnswer>, unanswered: bool) -> Self {
        CheckSlot {
            view: CheckView::from(check),
            number: index + 1,
            last,
            error: unanswered.then(|| "Choose an answer first.".to_owned()),
        }
    }
}

/// Cuts a module's HTML at its check markers and puts each check, with the learner's last
/// answer, in its place.
pub fn segments(
    html: &str,
    checks: &[KnowledgeCheck],
    mut answers: HashMap<String, LastAnswer>,
    error_for: Option<&str>,
) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut rest = html;
    for (i, check) in checks.iter().enumerate() {
        let marker = check_marker(&check.id);
        let Some(at) = rest.find(&marker) else { continue };
        out.push(Segment { html: Some(rest[..at].to_owned()), check: None });
        out.push(Segment {
            html: None,
            check: Some(CheckSlot::new(check, i, answers.remove(&check.id), error_for == Some(check.id.as_str()))),
        });
        rest = &rest[at + marker.len()..];
    }
    out.push(Segment { html: Some(rest.to_owned()), check: None });
    out
}

/// The form of a knowledge check without JavaScript: `selected` once per chosen option.
#[post("/courses/{course}/{module}/checks/{check}")]
async fn answer_check(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (course, module, check) = path.into_inner();
    let pairs = checked_form_pairs(&req, &body)?;
    let selected: Vec<String> = pairs.into_iter().filter(|(k, _)| k == "selected").map(|(_, v)| v).collect();
    let st = state.clone();
    let (c, m, k) = (course.clone(), module.clone(), check.clone());
    let result = crate::web::blocking(move || {
        knowledge::answer(&mut *st.db.write()?, st.now(), user.id(), (&c, &m, &k), &selected)
    })
    .await?;
    let back = format!("/courses/{course}/{module}");
    match result {
        Ok(_) => Ok(see_other(&format!("{back}#check-{check}"))),
        Err(AppError::Validation(_)) => Ok(see_other(&format!("{back}?unanswered={check}#check-{check}"))),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    course: Option<String>,
}

/// Context of `learning/search.html`.
#[derive(Serialize)]
struct SearchPage {
    #[serde(flatten)]
    layout: Layout,
    q: String,
    course: Option<String>,
    hits: Vec<Hit>,
    searched: bool,
    error: Option<String>,
}

#[get("/search")]
async fn search_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    query: web::Query<SearchQuery>,
) -> Result<HttpResponse, AppError> {
    let SearchQuery { q, course } = query.into_inner();
    let course = course.filter(|c| !c.is_empty());
    let q: String = q.trim().to_owned();
    let mut error = None;
    let mut hits = Vec::new();
    let searched = !q.is_empty();
    if q.chars().count() > QUERY_MAX_CHARS {
        error = Some(crate::i18n::tr("search-too-long", &[("count", QUERY_MAX_CHARS.into())]));
    } else if searched && search::words(&q).is_empty() {
        error = Some(crate::i18n::t("search-no-words"));
    } else if searched {
        let st = state.clone();
        let (text, c) = (q.clone(), course.clone());
        hits = crate::web::blocking(move || -> Result<_, AppError> {
            Ok(search::search(&mut *st.db.read()?, &text, c.as_deref(), RESULTS_MAX)?)
        })
        .await??;
    }
    let page = SearchPage { layout: Layout::new(Some(&user), &csrf, "courses"), q, course, hits, searched, error };
    render(&state, "learning/search.html", &page)
}

/// Context of `learning/checks.html`.
#[derive(Serialize)]
struct ChecksPage {
    #[serde(flatten)]
    layout: Layout,
    course: String,
    checks: Vec<CheckStat>,
}

#[get("/admin/courses/{course}/checks")]
async fn admin_checks(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let course = path.into_inner();
    let st = state.clone();
    let c = course.clone();
    let mut checks = crate::web::blocking(move || knowledge::stats(&mut *st.db.read()?, &c)).await??;
    // The weak spots first: the lowest first-try share among checks that were answered.
    checks.sort_by(|a, b| {
        let key = |s: &CheckStat| s.first_try_correct_percent.unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b))
    });
    let page = ChecksPage { layout: Layout::new(Some(&admin.0), &csrf, "admin"), course, checks };
    render(&state, "learning/checks.html", &page)
}
