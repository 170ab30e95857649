//! Authoring for programme admins: the course's modules (order, retire, add), the markdown
//! editor with a preview made by the learners' pipeline, drafts and publishing, revision history
//! with diffs and restore, and image uploads into the course's assets.

use actix_multipart::form::{MultipartForm, bytes::Bytes as UploadBytes, text::Text};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken, csrf_token_of, tokens_match};
use super::extract::ProgrammeAdmin;
use super::pages::{FormState, Layout, render, render_status, see_other};
use crate::content::diff::{DiffLine, diff_lines};
use crate::content::frontmatter::ModuleMeta;
use crate::content::render::{LinkContext, render as render_markdown};
use crate::content::store::{self, AdminModule};
use crate::error::AppError;

/// Largest image upload.
pub const UPLOAD_MAX_BYTES: usize = 2 * 1024 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(admin_home)
        .service(admin_course)
        .service(new_module)
        .service(editor)
        .service(save)
        .service(move_module)
        .service(retire_module)
        .service(history)
        .service(revision)
        .service(restore)
        .service(upload_asset);
    statistics::configure(cfg);
}

/// A course on the admin home.
#[derive(Serialize)]
struct AdminCourseCard {
    slug: String,
    title: String,
    module_count: usize,
    total: String,
}

/// Context of `admin/index.html`.
#[derive(Serialize)]
struct AdminHome {
    #[serde(flatten)]
    layout: Layout,
    courses: Vec<AdminCourseCard>,
}

#[get("/admin")]
async fn admin_home(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let courses =
        crate::web::blocking(move || -> Result<_, AppError> { Ok(store::catalogue(&mut *st.db.read()?)?) }).await??;
    let cards = courses
        .into_iter()
        .map(|c| AdminCourseCard {
            module_count: c.modules.len(),
            total: crate::i18n::duration(c.minutes),
            slug: c.slug,
            title: c.title,
        })
        .collect();
    render(
        &state,
        "admin/index.html",
        &AdminHome { layout: Layout::new(Some(&admin.0), &csrf, "admin"), courses: cards },
    )
}

/// Context of `admin/course.html`.
#[derive(Serialize)]
struct AdminCoursePage {
    #[serde(flatten)]
    layout: Layout,
    course: AdminCourseCard,
    modules: Vec<AdminModule>,
    published_count: usize,
    total: String,
    assets: Vec<String>,
    exams: Vec<crate::exams::attempts::ExamSummary>,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
    error: Option<String>,
}

/// The notice of an admin page after an action, in the language being served.
fn notice_text(key: Option<&str>) -> Option<String> {
    Some(crate::i18n::t(match key? {
        "uploaded" => "admin-notice-uploaded",
        "moved" => "admin-notice-moved",
        "retired" => "admin-notice-retired",
        "restored" => "admin-notice-restored",
        "published" => "admin-notice-published",
        "saved" => "admin-notice-saved",
        "unchanged" => "admin-notice-unchanged",
        _ => return None,
    }))
}

#[get("/admin/courses/{course}")]
async fn admin_course(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<String>,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    let st = state.clone();
    let (course, modules, assets, exams) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let (course, modules) = store::admin_course(&mut conn, &slug)?.ok_or(AppError::NotFound)?;
        let mut assets: Vec<String> = store::asset_names(&mut conn, course.id)?.into_iter().collect();
        assets.sort();
        let exams = crate::exams::attempts::course_exams(&mut conn, &course.slug)?;
        Ok((course, modules, assets, exams))
    })
    .await??;
    let live: Vec<&AdminModule> = modules.iter().filter(|m| !m.retired && m.published_number.is_some()).collect();
    let page = AdminCoursePage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        published_count: live.len(),
        total: crate::i18n::duration(live.iter().map(|m| m.minutes).sum()),
        course: AdminCourseCard {
            slug: course.slug,
            title: course.title,
            module_count: live.len(),
            total: String::new(),
        },
        modules,
        assets,
        exams,
        notice: notice_text(query.notice.as_deref()),
        error: query.error.clone().filter(|e| e.len() < 300),
    };
    render(&state, "admin/course.html", &page)
}

#[derive(Deserialize)]
struct NewModuleQuery {
    slug: String,
}

#[get("/admin/courses/{course}/new")]
async fn new_module(
    _admin: ProgrammeAdmin,
    path: web::Path<String>,
    query: web::Query<NewModuleQuery>,
) -> Result<HttpResponse, AppError> {
    let slug = query.slug.trim().to_lowercase();
    if let Err(message) = crate::content::rules::check_slug(&slug) {
        return Err(AppError::field("slug", message));
    }
    Ok(see_other(&format!("/admin/courses/{}/modules/{slug}", path.into_inner())))
}

/// Context of `admin/editor.html`.
#[derive(Serialize, Default)]
struct EditorPage {
    #[serde(flatten)]
    layout: Option<Layout>,
    course_slug: String,
    course_title: String,
    slug: String,
    is_new: bool,
    latest_number: i32,
    published_number: Option<i32>,
    has_draft: bool,
    form: FormState,
    preview_html: String,
    notice: Option<String>,
    /// The module's translations: language code, name and state.
    translations: Vec<(String, &'static str, crate::translations::State)>,
}

/// The editor's fields as the form posts them.
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(default)]
pub struct ModuleForm {
    title: String,
    minutes: String,
    objectives: String,
    summary: String,
    markdown: String,
    note: String,
    action: String,
}

impl ModuleForm {
    fn meta(&self) -> Result<ModuleMeta, AppError> {
        let minutes = self
            .minutes
            .trim()
            .parse::<i64>()
            .map_err(|_| AppError::field("minutes", crate::i18n::t("admin-field-minutes-number")))?;
        Ok(ModuleMeta {
            title: self.title.trim().to_owned(),
            minutes,
            objectives: self.objectives.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect(),
            summary: Some(self.summary.trim().to_owned()).filter(|s| !s.is_empty()),
        })
    }

    fn form_state(&self) -> FormState {
        FormState::with_values([
            ("title", self.title.as_str()),
            ("minutes", self.minutes.as_str()),
            ("objectives", self.objectives.as_str()),
            ("summary", self.summary.as_str()),
            ("markdown", self.markdown.as_str()),
            ("note", self.note.as_str()),
        ])
    }
}

async fn load_editor(state: &web::Data<AppState>, course: &str, slug: &str) -> Result<EditorPage, AppError> {
    let (st, course, slug) = (state.clone(), course.to_owned(), slug.to_owned());
    crate::web::blocking(move || -> Result<EditorPage, AppError> {
        let mut conn = st.db.read()?;
        let course_row = store::course_row(&mut conn, &course)?.ok_or(AppError::NotFound)?;
        let mut page = EditorPage {
            course_slug: course_row.slug.clone(),
            course_title: course_row.title.clone(),
            slug: slug.clone(),
            ..EditorPage::default()
        };
        page.translations = crate::translations::store::states(&mut conn, &course_row)?
            .into_iter()
            .filter(|e| e.target == crate::translations::Target::Module(slug.clone()))
            .map(|e| {
                let name = crate::i18n::LANGUAGES.iter().find(|(c, _)| *c == e.lang).map_or("", |(_, n)| *n);
                (e.lang, name, e.state)
            })
            .collect();
        match store::editor_module(&mut conn, course_row.id, &slug)? {
            Some(found) => {
                let meta = found.latest.meta();
                page.latest_number = found.latest.number;
                page.published_number = found.published_number;
                page.has_draft = found.published_number != Some(found.latest.number);
                page.preview_html = found.latest.html.clone();
                page.form = FormState::with_values([
                    ("title", meta.title.as_str()),
                    ("minutes", meta.minutes.to_string().as_str()),
                    ("objectives", meta.objectives.join("\n").as_str()),
                    ("summary", meta.summary.as_deref().unwrap_or("")),
                    ("markdown", found.latest.markdown.as_str()),
                ]);
            }
            None => {
                crate::content::rules::check_slug(&slug).map_err(|m| AppError::field("slug", m))?;
                page.is_new = true;
                page.form = FormState::with_values([("minutes", "30"), ("markdown", "## Why this matters\n\n")]);
            }
        }
        Ok(page)
    })
    .await?
}

#[get("/admin/courses/{course}/modules/{module}")]
async fn editor(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<(String, String)>,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let (course, slug) = path.into_inner();
    let mut page = load_editor(&state, &course, &slug).await?;
    page.layout = Some(Layout::new(Some(&admin.0), &csrf, "admin"));
    page.notice = notice_text(query.notice.as_deref());
    render(&state, "admin/editor.html", &page)
}

#[post("/admin/courses/{course}/modules/{module}")]
async fn save(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<(String, String)>,
    form: CsrfForm<ModuleForm>,
) -> Result<HttpResponse, AppError> {
    let (course, slug) = path.into_inner();
    let form = form.0;
    let mut page = load_editor(&state, &course, &slug).await?;
    page.layout = Some(Layout::new(Some(&admin.0), &csrf, "admin"));
    page.preview_html = render_markdown(&form.markdown, &LinkContext { course: &course }).html;
    let meta = match form.meta() {
        Ok(meta) => meta,
        Err(err) => {
            let (status, state_form) = form.form_state().absorb(err)?;
            page.form = state_form;
            return render_status(&state, status, "admin/editor.html", &page);
        }
    };
    if form.action == "preview" {
        let st = state.clone();
        let (c, s, m, md) = (course.clone(), slug.clone(), meta.clone(), form.markdown.clone());
        let violations = crate::web::blocking(move || -> Result<_, AppError> {
            let mut conn = st.db.read()?;
            let course_row = store::course_row(&mut conn, &c)?.ok_or(AppError::NotFound)?;
            Ok(store::validate(&mut conn, &course_row, &s, &m, &md)?)
        })
        .await??;
        page.form = form.form_state();
        page.form.errors = store::field_errors(&violations);
        page.notice = Some(crate::i18n::t("admin-notice-preview"));
        let status = if violations.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
        return render_status(&state, status, "admin/editor.html", &page);
    }
    let publish = form.action == "publish";
    let st = state.clone();
    let (c, s, md, note, author) =
        (course.clone(), slug.clone(), form.markdown.clone(), form.note.clone(), admin.0.id());
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        store::save_module(
            &mut conn,
            st.now(),
            author,
            &c,
            &s,
            &store::Edit { meta: &meta, markdown: &md, publish, note: &note },
        )
    })
    .await?;
    match result {
        Ok(saved) => {
            let notice = if saved.unchanged && !publish {
                "unchanged"
            } else if saved.published {
                "published"
            } else {
                "saved"
            };
            Ok(see_other(&format!("/admin/courses/{course}/modules/{slug}?notice={notice}")))
        }
        Err(err) => {
            let (status, state_form) = form.form_state().absorb(err)?;
            page.form = state_form;
            render_status(&state, status, "admin/editor.html", &page)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    direction: String,
}

#[post("/admin/courses/{course}/modules/{module}/move")]
async fn move_module(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<(String, String)>,
    form: CsrfForm<MoveForm>,
) -> Result<HttpResponse, AppError> {
    let (course, slug) = path.into_inner();
    let up = match form.0.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest("Choose up or down.".into())),
    };
    let (st, c) = (state.clone(), course.clone());
    crate::web::blocking(move || store::move_module(&mut *st.db.write()?, st.now(), &c, &slug, up)).await??;
    Ok(see_other(&format!("/admin/courses/{course}?notice=moved")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RetireForm {
    retired: String,
}

#[post("/admin/courses/{course}/modules/{module}/retire")]
async fn retire_module(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<(String, String)>,
    form: CsrfForm<RetireForm>,
) -> Result<HttpResponse, AppError> {
    let (course, slug) = path.into_inner();
    let retired = form.0.retired == "true";
    let (st, c) = (state.clone(), course.clone());
    let result =
        crate::web::blocking(move || store::set_retired(&mut *st.db.write()?, st.now(), &c, &slug, retired)).await?;
    match result {
        Ok(()) => {
            Ok(see_other(&format!("/admin/courses/{course}?notice={}", if retired { "retired" } else { "restored" })))
        }
        Err(AppError::Conflict(message)) => {
            let encoded: String = url::form_urlencoded::byte_serialize(message.as_bytes()).collect();
            Ok(see_other(&format!("/admin/courses/{course}?error={encoded}")))
        }
        Err(e) => Err(e),
    }
}

/// A history line as shown.
#[derive(Serialize)]
struct HistoryLine {
    #[serde(flatten)]
    entry: store::HistoryEntry,
    when: String,
}

/// Context of `admin/history.html`.
#[derive(Serialize)]
struct HistoryPage {
    #[serde(flatten)]
    layout: Layout,
    course_slug: String,
    course_title: String,
    slug: String,
    revisions: Vec<HistoryLine>,
    notice: Option<String>,
}

fn when(t: i64) -> String {
    super::admin_credentials::date_time(t)
}

#[get("/admin/courses/{course}/modules/{module}/revisions")]
async fn history(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<(String, String)>,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let (course, slug) = path.into_inner();
    let st = state.clone();
    let (c, s) = (course.clone(), slug.clone());
    let (course_row, entries) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let course_row = store::course_row(&mut conn, &c)?.ok_or(AppError::NotFound)?;
        let module = store::find_module(&mut conn, course_row.id, &s)?.ok_or(AppError::NotFound)?;
        Ok((course_row, store::history(&mut conn, &module)?))
    })
    .await??;
    let page = HistoryPage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        course_slug: course_row.slug,
        course_title: course_row.title,
        slug,
        revisions: entries.into_iter().map(|entry| HistoryLine { when: when(entry.created_at), entry }).collect(),
        notice: query
            .notice
            .as_deref()
            .filter(|n| *n == "restored")
            .map(|_| crate::i18n::t("admin-notice-revision-restored")),
    };
    render(&state, "admin/history.html", &page)
}

/// Context of `admin/revision.html`.
#[derive(Serialize)]
struct RevisionPage {
    #[serde(flatten)]
    layout: Layout,
    course_slug: String,
    course_title: String,
    slug: String,
    number: i32,
    title: String,
    when: String,
    author: Option<String>,
    note: String,
    html: String,
    diff: Vec<DiffLine>,
    latest_number: i32,
    is_latest: bool,
}

#[get("/admin/courses/{course}/modules/{module}/revisions/{number}")]
async fn revision(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<(String, String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (course, slug, number) = path.into_inner();
    let st = state.clone();
    let (c, s) = (course.clone(), slug.clone());
    let (course_row, old, latest, author) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let course_row = store::course_row(&mut conn, &c)?.ok_or(AppError::NotFound)?;
        let found = store::editor_module(&mut conn, course_row.id, &s)?.ok_or(AppError::NotFound)?;
        let old = store::revision(&mut conn, found.module.id, number)?.ok_or(AppError::NotFound)?;
        let entries = store::history(&mut conn, &found.module)?;
        let author = entries.into_iter().find(|h| h.number == number).and_then(|h| h.author);
        Ok((course_row, old, found.latest, author))
    })
    .await??;
    let describe = |meta: &ModuleMeta, markdown: &str| {
        format!(
            "title: {}\nminutes: {}\nobjectives:\n- {}\nsummary: {}\n\n{}",
            meta.title,
            meta.minutes,
            meta.objectives.join("\n- "),
            meta.summary.as_deref().unwrap_or(""),
            markdown
        )
    };
    let page = RevisionPage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        course_slug: course_row.slug,
        course_title: course_row.title,
        slug,
        number,
        diff: diff_lines(&describe(&old.meta(), &old.markdown), &describe(&latest.meta(), &latest.markdown), 3),
        title: old.title.clone(),
        when: when(old.created_at),
        author,
        note: old.note.clone(),
        html: old.html.clone(),
        latest_number: latest.number,
        is_latest: latest.number == number,
    };
    render(&state, "admin/revision.html", &page)
}

#[post("/admin/courses/{course}/modules/{module}/revisions/{number}/restore")]
async fn restore(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<(String, String, i32)>,
    _form: CsrfForm<super::pages::Empty>,
) -> Result<HttpResponse, AppError> {
    let (course, slug, number) = path.into_inner();
    let st = state.clone();
    let (c, s, author) = (course.clone(), slug.clone(), admin.0.id());
    crate::web::blocking(move || store::restore(&mut *st.db.write()?, st.now(), author, &c, &s, number)).await??;
    Ok(see_other(&format!("/admin/courses/{course}/modules/{slug}/revisions?notice=restored")))
}

/// The upload form.
#[derive(MultipartForm)]
pub struct UploadForm {
    csrf_token: Text<String>,
    #[multipart(limit = "2MiB")]
    file: UploadBytes,
}

/// The image type of some bytes, by their first bytes (never by the name or the browser's word).
pub fn sniff_image(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("image/png", "png"))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("image/jpeg", "jpg"))
    } else if looks_like_svg(bytes) {
        Some(("image/svg+xml", "svg"))
    } else {
        None
    }
}

/// An XML document whose first element is `<svg`: it is sanitised before it is stored.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let mut rest = head.trim_start_matches('\u{feff}').trim_start();
    // Skip the XML declaration, comments and processing instructions before the root element.
    while rest.starts_with("<?") || rest.starts_with("<!--") {
        let end = if rest.starts_with("<?") { rest.find("?>").map(|i| i + 2) } else { rest.find("-->").map(|i| i + 3) };
        let Some(end) = end else { return false };
        rest = rest[end..].trim_start();
    }
    rest.starts_with("<svg")
}

/// A safe asset name from an uploaded file name, with the sniffed extension.
pub fn asset_file_name(original: &str, extension: &str) -> String {
    let stem = original.rsplit(['/', '\\']).next().unwrap_or(original);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let mut clean: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    clean.truncate(60);
    if clean.is_empty() {
        clean = "image".into();
    }
    format!("{clean}.{extension}")
}

#[post("/admin/courses/{course}/assets")]
async fn upload_asset(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<String>,
    form: MultipartForm<UploadForm>,
) -> Result<HttpResponse, AppError> {
    let course = path.into_inner();
    let form = form.into_inner();
    match csrf_token_of(&req) {
        Some(expected) if tokens_match(&form.csrf_token.0, &expected) => {}
        _ => {
            return Err(AppError::Forbidden(crate::i18n::t("admin-form-expired")));
        }
    }
    let bytes = form.file.data.to_vec();
    let redirect_error = |message: &str| {
        let encoded: String = url::form_urlencoded::byte_serialize(message.as_bytes()).collect();
        see_other(&format!("/admin/courses/{course}?error={encoded}"))
    };
    let Some((content_type, extension)) = sniff_image(&bytes) else {
        return Ok(redirect_error(&crate::i18n::t("admin-upload-not-image")));
    };
    if content_type == "image/svg+xml"
        && let Err(message) = crate::content::svg::sanitize(&bytes)
    {
        return Ok(redirect_error(&crate::i18n::tr("admin-upload-bad-svg", &[("reason", message.as_str().into())])));
    }
    let name = asset_file_name(form.file.file_name.as_deref().unwrap_or("image"), extension);
    let (st, c) = (state.clone(), course.clone());
    crate::web::blocking(move || -> Result<(), AppError> {
        let mut conn = st.db.write()?;
        let course_row = store::course_row(&mut conn, &c)?.ok_or(AppError::NotFound)?;
        store::put_asset(&mut conn, st.now(), course_row.id, &name, content_type, &bytes)?;
        Ok(())
    })
    .await??;
    Ok(see_other(&format!("/admin/courses/{course}?notice=uploaded")))
}

#[cfg(test)]
mod proptests;
mod statistics;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_are_sniffed_not_trusted() {
        assert_eq!(sniff_image(b"\x89PNG\r\n\x1a\nrest"), Some(("image/png", "png")));
        assert_eq!(sniff_image(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(("image/jpeg", "jpg")));
        assert_eq!(
            sniff_image(b"<?xml version=\"1.0\"?>\n<!-- x -->\n<svg onload=alert(1)>"),
            Some(("image/svg+xml", "svg"))
        );
        assert_eq!(sniff_image(b"<html><svg>"), None);
        assert_eq!(sniff_image(b"GIF89a"), None);
    }

    #[test]
    fn asset_names_are_made_safe() {
        assert_eq!(asset_file_name("../../etc/Passwd.PNG", "png"), "passwd.png");
        assert_eq!(asset_file_name("Takeback flow (v2).jpeg", "jpg"), "takeback-flow-v2.jpg");
        assert_eq!(asset_file_name("evil.svg", "png"), "evil.png");
        assert_eq!(asset_file_name("Loop.SVG", "svg"), "loop.svg");
        assert_eq!(asset_file_name("", "png"), "image.png");
    }
}
