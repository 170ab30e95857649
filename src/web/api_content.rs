//! The JSON API of the course content: the public catalogue, module content for signed-in
//! learners, and authoring for programme admins.

use actix_web::{HttpResponse, get, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::AppState;
use super::extract::{MaybeUser, ProgrammeAdmin, SignedIn};
use super::locale::LangQuery;
use crate::content::frontmatter::ModuleMeta;
use crate::content::knowledge::CheckView;
use crate::content::render::{Figure, LinkContext, TocEntry, render};
use crate::content::store::{self, ModuleSummary};
use crate::error::{AppError, Problem};
use crate::translations::store::Availability;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_courses).service(get_module).service(put_module).service(preview);
}

/// A course with its published modules.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseItem {
    slug: String,
    title: String,
    summary: String,
    /// The sum of the published modules' minutes.
    minutes: i64,
    modules: Vec<ModuleItem>,
    /// The language of the texts served (the request's where translated, else English).
    #[schema(example = "es")]
    lang: String,
    /// English, then each language the course is translated into, and whether all of it is.
    languages: Vec<Availability>,
}

/// A module in the catalogue.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleItem {
    slug: String,
    title: String,
    minutes: i64,
    objectives: Vec<String>,
}

impl From<ModuleSummary> for ModuleItem {
    fn from(m: ModuleSummary) -> Self {
        ModuleItem { slug: m.slug, title: m.title, minutes: m.minutes, objectives: m.objectives }
    }
}

#[utoipa::path(context_path = "/api/v1", tag = "content", params(LangQuery), responses(
    (status = 200, description = "Every course with its published modules, in order, in the negotiated language where translated", body = [CourseItem]),
    (status = 422, description = "`lang` is not one of the six languages", body = Problem, content_type = "application/problem+json"),
))]
#[get("/courses")]
pub async fn list_courses(
    state: web::Data<AppState>,
    _user: MaybeUser,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, AppError> {
    let lang = query.resolve()?;
    let st = state.clone();
    let items = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let mut items = Vec::new();
        for mut c in store::catalogue(&mut conn)? {
            let row = store::course_row(&mut conn, &c.slug)?.ok_or(AppError::NotFound)?;
            let languages = crate::translations::store::availability(&mut conn, &row)?;
            let translated = crate::translations::store::course(&mut conn, c.id, lang)?.is_some();
            crate::translations::view::course(&mut conn, &mut c, lang)?;
            items.push(CourseItem {
                slug: c.slug,
                title: c.title,
                summary: c.summary,
                minutes: c.minutes,
                modules: c.modules.into_iter().map(ModuleItem::from).collect(),
                lang: if translated { lang } else { crate::i18n::DEFAULT }.to_owned(),
                languages,
            });
        }
        Ok(items)
    })
    .await??;
    Ok(HttpResponse::Ok().json(items))
}

/// A module's published content, rendered.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleContent {
    slug: String,
    title: String,
    minutes: i64,
    objectives: Vec<String>,
    /// Sanitized HTML of the body.
    html: String,
    #[schema(value_type = Vec<Object>)]
    toc: Vec<TocEntry>,
    /// The published revision's number.
    revision: i32,
    /// The knowledge checks, in order (no key, no explanation: answer one to see them).
    checks: Vec<CheckView>,
    /// The figures, in order.
    figures: Vec<Figure>,
    /// The language of the texts served: the requested one when a current translation exists,
    /// else English.
    #[schema(example = "es")]
    lang: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "content", params(LangQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The published module, in the negotiated language when a current translation exists", body = ModuleContent),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such course or published module", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "`lang` is not one of the six languages", body = Problem, content_type = "application/problem+json"),
))]
#[get("/courses/{course}/modules/{module}")]
pub async fn get_module(
    state: web::Data<AppState>,
    _user: SignedIn,
    path: web::Path<(String, String)>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, AppError> {
    let lang = query.resolve()?;
    let (course, module) = path.into_inner();
    let content = super::catalog::module_content(&state, course, module, lang).await?;
    // The same for every learner: serialised once per content generation.
    let body = content.json.get_or_init(|| {
        let page = &content.page;
        let body = ModuleContent {
            checks: content.checks.iter().map(CheckView::from).collect(),
            figures: content.figures.clone(),
            slug: page.slug.clone(),
            title: page.title.clone(),
            minutes: page.minutes,
            objectives: page.objectives.clone(),
            html: page.html.clone(),
            toc: page.toc.clone(),
            revision: page.revision,
            lang: if content.translated { lang } else { crate::i18n::DEFAULT }.to_owned(),
        };
        web::Bytes::from(serde_json::to_vec(&body).unwrap_or_default())
    });
    Ok(HttpResponse::Ok().content_type(actix_web::http::header::ContentType::json()).body(body.clone()))
}

/// A new revision of a module.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutModule {
    title: String,
    /// 5–180; the course's published modules together stay under 15 hours.
    minutes: i64,
    objectives: Vec<String>,
    #[serde(default)]
    summary: Option<String>,
    markdown: String,
    /// Publish now (true) or keep as a draft (false).
    publish: bool,
    /// What changed, for the history.
    #[serde(default)]
    note: Option<String>,
}

/// The revision a save made (or found unchanged).
#[derive(Debug, Serialize, ToSchema)]
pub struct SavedRevision {
    revision: i32,
    published: bool,
    /// The content equals the newest revision: no new revision was made.
    unchanged: bool,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = PutModule, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "A new module with its first revision", body = SavedRevision),
    (status = 200, description = "A new revision (or none, when nothing changed)", body = SavedRevision),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such course", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A rule is broken (named per field: e.g. the 15-hour cap under minutes)", body = Problem, content_type = "application/problem+json"),
))]
#[put("/admin/courses/{course}/modules/{module}")]
pub async fn put_module(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<(String, String)>,
    body: web::Json<PutModule>,
) -> Result<HttpResponse, AppError> {
    let (course, module) = path.into_inner();
    let body = body.into_inner();
    let meta = ModuleMeta {
        title: body.title,
        minutes: body.minutes,
        objectives: body.objectives,
        summary: body.summary.filter(|s| !s.trim().is_empty()),
    };
    let st = state.clone();
    let author = admin.0.id();
    let saved = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        let edit = store::Edit {
            meta: &meta,
            markdown: &body.markdown,
            publish: body.publish,
            note: body.note.as_deref().unwrap_or(""),
        };
        store::save_module(&mut conn, st.now(), author, &course, &module, &edit)
    })
    .await??;
    let response = SavedRevision { revision: saved.revision, published: saved.published, unchanged: saved.unchanged };
    Ok(if saved.created { HttpResponse::Created().json(response) } else { HttpResponse::Ok().json(response) })
}

/// Markdown to preview.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreviewRequest {
    markdown: String,
    /// The course whose module and asset links to resolve.
    #[serde(default)]
    course: Option<String>,
}

/// The markdown as learners would see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PreviewResponse {
    html: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = PreviewRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Rendered by the learners' pipeline", body = PreviewResponse),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/preview")]
pub async fn preview(_admin: ProgrammeAdmin, body: web::Json<PreviewRequest>) -> HttpResponse {
    let body = body.into_inner();
    let course = body.course.unwrap_or_default();
    let rendered = render(&body.markdown, &LinkContext { course: &course });
    HttpResponse::Ok().json(PreviewResponse { html: rendered.html })
}
