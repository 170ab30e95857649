//! The item statistics of an exam for programme admins: a page (facility, discrimination, the
//! choices made, flags, and each question's facility per language) and its CSV.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use crate::content::store;
use crate::error::AppError;
use crate::exams::stats::{ExamStats, LanguageFacility};
use crate::web::AppState;
use crate::web::csrf::CsrfToken;
use crate::web::extract::ProgrammeAdmin;
use crate::web::pages::{Layout, render};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(exam_statistics).service(exam_statistics_csv);
}

/// An item as the statistics page shows it.
#[derive(Serialize)]
struct ItemLine {
    question: String,
    version: i32,
    topic: String,
    attempts: i64,
    facility: String,
    discrimination: String,
    choices: String,
    flags: Vec<String>,
    /// The facility among the papers answered in each language (most answered first).
    by_language: Vec<LanguageCell>,
}

/// One language's facility of an item, as the page shows it.
#[derive(Serialize)]
struct LanguageCell {
    lang: String,
    facility: String,
    attempts: i64,
    /// Markedly harder or easier than in the other languages: the translation wants a look.
    flagged: bool,
}

/// Context of `admin/statistics.html`.
#[derive(Serialize)]
struct StatisticsPage {
    #[serde(flatten)]
    layout: Layout,
    course: String,
    course_title: String,
    exam: String,
    exam_title: String,
    stats: ExamStats,
    items: Vec<ItemLine>,
    mean: Option<String>,
    alpha: Option<String>,
}

async fn load_stats(
    state: &web::Data<AppState>,
    course: &str,
    exam: &str,
) -> Result<(String, String, ExamStats), AppError> {
    let (st, c, e) = (state.clone(), course.to_owned(), exam.to_owned());
    crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let course_row = store::course_row(&mut conn, &c)?.ok_or(AppError::NotFound)?;
        let exam = crate::exams::attempts::exam_row(&mut conn, &c, &e)?.ok_or(AppError::NotFound)?;
        Ok((course_row.title, exam.title.clone(), crate::exams::stats::exam_stats(&mut conn, exam.id)?))
    })
    .await?
}

/// The flags of an item in the language being served (the CSV and the API keep the English):
/// a language whose facility stands apart is named by its cell, with a flag saying which.
fn flag_labels(flags: &[String], by_language: &[LanguageFacility]) -> Vec<String> {
    let mut labels: Vec<String> = flags
        .iter()
        .filter_map(|flag| match flag.as_str() {
            "too easy" => Some(crate::i18n::t("admin-flag-too-easy")),
            "too hard or wrong key" => Some(crate::i18n::t("admin-flag-too-hard")),
            "does not discriminate" => Some(crate::i18n::t("admin-flag-no-discrimination")),
            _ => None,
        })
        .collect();
    labels.extend(
        by_language
            .iter()
            .filter(|l| l.flagged)
            .map(|l| crate::i18n::tr("admin-flag-translation", &[("lang", l.lang.as_str().into())])),
    );
    labels
}

#[get("/admin/courses/{course}/exams/{exam}/statistics")]
async fn exam_statistics(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (course, exam) = path.into_inner();
    let (course_title, exam_title, stats) = load_stats(&state, &course, &exam).await?;
    let decimal = crate::i18n::number_separators().1;
    let fmt = |v: Option<f64>| v.map(|x| format!("{x:.2}").replace('.', decimal)).unwrap_or_else(|| "—".into());
    let items = stats
        .items
        .iter()
        .map(|i| ItemLine {
            question: i.question.clone(),
            version: i.version,
            topic: i.topic.clone(),
            attempts: i.attempts,
            facility: fmt(i.facility),
            discrimination: fmt(i.discrimination),
            choices: i
                .option_counts
                .iter()
                .zip(&i.option_correct)
                .map(|(n, c)| if *c { format!("{n}*") } else { n.to_string() })
                .collect::<Vec<_>>()
                .join(" · "),
            flags: flag_labels(&i.flags, &i.by_language),
            by_language: i
                .by_language
                .iter()
                .map(|l| LanguageCell {
                    lang: l.lang.clone(),
                    facility: fmt(Some(l.facility)),
                    attempts: l.attempts,
                    flagged: l.flagged,
                })
                .collect(),
        })
        .collect();
    let page = StatisticsPage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        mean: stats.mean_score_percent.map(|m| format!("{m:.0}")),
        alpha: stats.cronbach_alpha.map(|a| format!("{a:.2}").replace('.', decimal)),
        course,
        course_title,
        exam,
        exam_title,
        stats,
        items,
    };
    render(&state, "admin/statistics.html", &page)
}

#[get("/admin/courses/{course}/exams/{exam}/statistics.csv")]
async fn exam_statistics_csv(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (course, exam) = path.into_inner();
    let (_, _, stats) = load_stats(&state, &course, &exam).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("content-disposition", format!("attachment; filename=\"{exam}-statistics.csv\"")))
        .body(crate::exams::stats::to_csv(&stats, crate::i18n::current())))
}
