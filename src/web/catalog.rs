//! The learners' side of the content: the catalogue, a course's syllabus, module pages and the
//! course assets. The catalogue and syllabus are public; module content needs an account.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::CsrfToken;
use super::extract::{MaybeUser, SignedIn};
use super::pages::{Layout, render};
use crate::content::render::TocEntry;
use crate::content::store::{self, CourseSummary, ModulePage};
use crate::error::AppError;

/// The module page first: the router tries each dynamic route's pattern in turn, and it is
/// the page learners ask for most (`BENCHMARKS.md`, issue 15).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(module_page).service(catalogue).service(course_asset).service(course_page);
}

/// A module as the syllabus shows it.
#[derive(Serialize)]
struct SyllabusModule<'a> {
    number: usize,
    slug: &'a str,
    title: &'a str,
    minutes: String,
    objectives: &'a [String],
    summary: Option<&'a str>,
}

/// A course as the pages show it.
#[derive(Serialize)]
struct CourseView<'a> {
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    description_html: &'a str,
    credential_name: &'a str,
    total: String,
    module_count: usize,
    modules: Vec<SyllabusModule<'a>>,
    /// The languages the whole course can be studied in (English, then complete translations).
    languages: Vec<&'static str>,
}

/// A course in the page's language, with the languages it is fully available in.
type Localized = (CourseSummary, Vec<crate::translations::store::Availability>);

fn localize(conn: &mut crate::db::DbConnection, mut course: CourseSummary, lang: &str) -> Result<Localized, AppError> {
    crate::translations::view::course(conn, &mut course, lang)?;
    let row = store::course_row(conn, &course.slug)?.ok_or(AppError::NotFound)?;
    let languages = crate::translations::store::availability(conn, &row)?;
    Ok((course, languages))
}

fn language_names(languages: &[crate::translations::store::Availability]) -> Vec<&'static str> {
    languages
        .iter()
        .filter(|a| a.complete)
        .filter_map(|a| crate::i18n::LANGUAGES.iter().find(|(code, _)| *code == a.lang).map(|(_, name)| *name))
        .collect()
}

fn course_view((course, languages): &Localized) -> CourseView<'_> {
    CourseView {
        languages: language_names(languages),
        slug: &course.slug,
        title: &course.title,
        summary: &course.summary,
        description_html: &course.description_html,
        credential_name: &course.credential_name,
        total: crate::i18n::duration(course.minutes),
        module_count: course.modules.len(),
        modules: course
            .modules
            .iter()
            .enumerate()
            .map(|(i, m)| SyllabusModule {
                number: i + 1,
                slug: &m.slug,
                title: &m.title,
                minutes: crate::i18n::duration(m.minutes),
                objectives: &m.objectives,
                summary: m.summary.as_deref(),
            })
            .collect(),
    }
}

/// Context of `catalog/index.html`.
#[derive(Serialize)]
struct CataloguePage<'a> {
    #[serde(flatten)]
    layout: Layout,
    courses: Vec<CourseView<'a>>,
}

#[get("/courses")]
async fn catalogue(state: web::Data<AppState>, user: MaybeUser, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    // The same for every reader in a language and role: served from its shell.
    let role = user.0.as_ref().map(|u| u.user.role());
    super::shell::content_page(&state, "catalogue", "courses", role, &csrf.0, |st, conn, layout| {
        let lang = crate::i18n::current();
        let courses =
            store::catalogue(conn)?.into_iter().map(|c| localize(conn, c, lang)).collect::<Result<Vec<_>, _>>()?;
        let page = CataloguePage { layout, courses: courses.iter().map(course_view).collect() };
        super::pages::render_string(st, "catalog/index.html", &page)
    })
    .await
}

/// Context of `catalog/course.html`.
#[derive(Serialize)]
struct CoursePage<'a> {
    #[serde(flatten)]
    layout: Layout,
    course: CourseView<'a>,
    exams: Vec<crate::exams::attempts::ExamSummary>,
}

#[get("/courses/{course}")]
async fn course_page(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let st = state.clone();
    let lang = crate::i18n::current();
    let (course, exams) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let course = store::course(&mut conn, &slug)?.ok_or(AppError::NotFound)?;
        let mut exams = crate::exams::attempts::course_exams(&mut conn, &slug)?;
        let texts = crate::translations::store::exams(&mut conn, course.id, lang)?;
        for exam in &mut exams {
            if let Some(text) = texts.get(&exam.slug) {
                exam.title = text.title.clone();
                exam.description_html = text.description_html.clone();
            }
        }
        Ok((localize(&mut conn, course, lang)?, exams))
    })
    .await??;
    let page =
        CoursePage { layout: Layout::new(user.0.as_ref(), &csrf, "courses"), course: course_view(&course), exams };
    render(&state, "catalog/course.html", &page)
}

/// A published module as its pages show it in one language: made once per content generation
/// (see `crate::freshness`) and shared by the module page and the module API.
pub struct ModuleContent {
    pub page: ModulePage,
    pub checks: Vec<crate::content::render::KnowledgeCheck>,
    pub figures: Vec<crate::content::render::Figure>,
    /// Shown from a current translation in the language asked for (else in English).
    pub translated: bool,
    /// The module API's JSON body, made on first use.
    pub json: std::sync::OnceLock<web::Bytes>,
    /// The module page rendered with slots, by role, made on first use.
    pub shells: super::module_page::Shells,
}

/// Module contents by course, module and language.
pub type ModuleMemo = crate::freshness::Memo<(String, String, &'static str), ModuleContent>;

/// Learners' stored answers to a module's checks, by learner and module, under the account's
/// answers version they were read at (or after).
pub type AnswerCopies = crate::freshness::Memo<(i64, i64), Vec<crate::content::knowledge::StoredAnswer>>;

/// A published module in `lang` (or in English when it has no current translation), from
/// memory when it was made at the current content generation.
pub(crate) async fn module_content(
    state: &web::Data<AppState>,
    course: String,
    module: String,
    lang: &'static str,
) -> Result<std::sync::Arc<ModuleContent>, AppError> {
    let key = (course, module, lang);
    if let Some(generation) = state.content_generation.known()
        && let Some(content) = state.module_pages.get(&key, generation)
    {
        return Ok(content);
    }
    let st = state.clone();
    crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        // Read before the content: what is kept is never older than its generation says.
        let generation = st.content_generation.current(|| Ok(crate::freshness::read_generation(&mut conn)?))?;
        if let Some(content) = st.module_pages.get(&key, generation) {
            return Ok(content);
        }
        let (course, module, lang) = (&key.0, &key.1, key.2);
        let mut page = store::module_page(&mut conn, course, module)?.ok_or(AppError::NotFound)?;
        let content = match crate::translations::view::module(&mut conn, &mut page, lang)? {
            Some((checks, figures)) => ModuleContent {
                page,
                checks,
                figures,
                translated: true,
                json: Default::default(),
                shells: Default::default(),
            },
            None => {
                let checks = crate::content::knowledge::checks_of(&mut conn, page.revision_id)?;
                let figures = crate::content::derive::figures_of(&mut conn, page.revision_id)?;
                ModuleContent {
                    page,
                    checks,
                    figures,
                    translated: false,
                    json: Default::default(),
                    shells: Default::default(),
                }
            }
        };
        let content = std::sync::Arc::new(content);
        st.module_pages.put(key, generation, content.clone());
        Ok(content)
    })
    .await?
}

/// Context of `catalog/module.html`.
#[derive(Serialize)]
pub(super) struct ModuleView<'a> {
    #[serde(flatten)]
    layout: Layout,
    module: &'a ModulePage,
    minutes: String,
    toc: &'a [TocEntry],
    /// Seconds between the page's heartbeats.
    heartbeat_secs: i64,
    /// The body cut at its knowledge checks.
    segments: Vec<super::learning::Segment>,
    /// The language of the module's text (the page's, or English when not translated).
    content_lang: &'static str,
    /// The page's language has no current translation of this module: it is shown in English.
    untranslated: bool,
    /// The page's language, by its name (for the notice).
    language_name: &'static str,
}

impl<'a> ModuleView<'a> {
    pub(super) fn new(
        state: &AppState,
        layout: Layout,
        content: &'a ModuleContent,
        segments: Vec<super::learning::Segment>,
        lang: &'static str,
    ) -> Self {
        let page = &content.page;
        ModuleView {
            layout,
            minutes: crate::i18n::duration(page.minutes),
            toc: &page.toc,
            heartbeat_secs: state.heartbeat_secs,
            segments,
            content_lang: if content.translated { lang } else { crate::i18n::DEFAULT },
            untranslated: lang != crate::i18n::DEFAULT && !content.translated,
            language_name: crate::i18n::LANGUAGES.iter().find(|(c, _)| *c == lang).map_or("", |(_, n)| *n),
            module: page,
        }
    }
}

#[derive(Deserialize)]
struct ModuleQuery {
    /// A knowledge check whose form was sent without a choice.
    unanswered: Option<String>,
}

#[get("/courses/{course}/{module}")]
async fn module_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    path: web::Path<(String, String)>,
    query: web::Query<ModuleQuery>,
) -> Result<HttpResponse, AppError> {
    let (course, module) = path.into_inner();
    let lang = crate::i18n::current();
    let content = module_content(&state, course, module, lang).await?;
    // The learner's own answers, only when the module has knowledge checks: a copy kept under
    // the account's answers version (raised by triggers with every change of them), which the
    // session check has just read or taken from a copy younger than half a second; else one read.
    let answers = if content.checks.is_empty() {
        Default::default()
    } else {
        let (key, version) = ((user.id(), content.page.module_id), user.user.answers_version);
        let stored = match state.answer_copies.get(&key, version) {
            Some(stored) => stored,
            None => {
                let stored = std::sync::Arc::new(
                    crate::web::quick_read(&state, move |conn| {
                        Ok(crate::content::knowledge::stored_answers(conn, key.0, key.1)?)
                    })
                    .await?,
                );
                state.answer_copies.put(key, version, stored.clone());
                stored
            }
        };
        crate::content::knowledge::graded(&stored, &content.checks)
    };
    let page = super::module_page::assemble(
        &state,
        &content,
        &user.user,
        &csrf.0,
        answers,
        query.unanswered.as_deref(),
        lang,
    )?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .body(page))
}

#[get("/courses/{course}/assets/{name}")]
async fn course_asset(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (course, name) = path.into_inner();
    let st = state.clone();
    let (content_type, bytes, sha) =
        crate::web::blocking(move || -> Result<_, AppError> { Ok(store::asset(&mut *st.db.read()?, &course, &name)?) })
            .await??
            .ok_or(AppError::NotFound)?;
    let mut response = super::static_files::cached(&req, &sha[..16], &content_type, "public, max-age=300", bytes);
    // An image is never a document: no scripts, even if someone opens it directly.
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
    Ok(response)
}
