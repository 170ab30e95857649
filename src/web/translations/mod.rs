//! Translations for programme admins: `/admin/courses/{course}/translations` (what is current,
//! stale or missing, per language) and the editor of a module's translation beside its source,
//! which records the source it was made from. The JSON API is in `api`.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::ProgrammeAdmin;
use super::pages::{FormState, Layout, render, render_status, see_other};
use crate::content::render::{LinkContext, render as render_markdown};
use crate::content::store;
use crate::error::AppError;
use crate::translations::State;
use crate::translations::revisions::{self, Revision};
use crate::translations::store::{self as translations, Entry, ModuleEdit, ModuleEditor};

pub mod api;

pub use api::configure as configure_api;

/// The pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(overview).service(module_editor).service(save_module).service(restore_revision);
}

/// One language's counts and the files that need work.
#[derive(Serialize)]
struct LanguageView {
    code: String,
    name: &'static str,
    current: usize,
    stale: usize,
    missing: usize,
    complete: bool,
    /// Stale or missing files: path, state, and the module slug when the browser can edit it.
    todo: Vec<TodoItem>,
    /// Every module, for the editor links.
    modules: Vec<TodoItem>,
}

#[derive(Serialize)]
struct TodoItem {
    path: String,
    state: State,
    module: Option<String>,
}

/// Context of `admin/translations.html`.
#[derive(Serialize)]
struct OverviewPage {
    #[serde(flatten)]
    layout: Layout,
    course_slug: String,
    course_title: String,
    by_language: Vec<LanguageView>,
}

fn language_name(code: &str) -> &'static str {
    crate::i18n::LANGUAGES.iter().find(|(c, _)| *c == code).map_or("", |(_, name)| *name)
}

fn todo_item(entry: &Entry) -> TodoItem {
    let module = match &entry.target {
        crate::translations::Target::Module(slug) => Some(slug.clone()),
        _ => None,
    };
    TodoItem { path: entry.path.clone(), state: entry.state, module }
}

fn languages(entries: &[Entry]) -> Vec<LanguageView> {
    let mut by_lang: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    for entry in entries {
        by_lang.entry(&entry.lang).or_default().push(entry);
    }
    by_lang
        .into_iter()
        .map(|(code, entries)| {
            let count = |state: State| entries.iter().filter(|e| e.state == state).count();
            LanguageView {
                code: code.to_owned(),
                name: language_name(code),
                current: count(State::Current),
                stale: count(State::Stale),
                missing: count(State::Missing),
                complete: entries.iter().all(|e| e.state == State::Current),
                todo: entries.iter().filter(|e| e.state != State::Current).map(|e| todo_item(e)).collect(),
                modules: entries
                    .iter()
                    .filter(|e| matches!(e.target, crate::translations::Target::Module(_)))
                    .map(|e| todo_item(e))
                    .collect(),
            }
        })
        .collect()
}

#[get("/admin/courses/{course}/translations")]
async fn overview(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let course = path.into_inner();
    let st = state.clone();
    let (row, entries) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let row = store::course_row(&mut conn, &course)?.ok_or(AppError::NotFound)?;
        let entries = translations::states(&mut conn, &row)?;
        Ok((row, entries))
    })
    .await??;
    let page = OverviewPage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        course_slug: row.slug,
        course_title: row.title,
        by_language: languages(&entries),
    };
    render(&state, "admin/translations.html", &page)
}

/// Context of `admin/translation_editor.html`.
#[derive(Serialize)]
struct EditorPage {
    #[serde(flatten)]
    layout: Layout,
    course_slug: String,
    course_title: String,
    slug: String,
    language: &'static str,
    editor: ModuleEditor,
    source_html: String,
    preview_html: String,
    form: FormState,
    saved: bool,
    /// The translation's history, newest first.
    revisions: Vec<RevisionLine>,
    /// The revision just restored, for the notice.
    restored: Option<i32>,
}

/// A revision as the editor's history shows it.
#[derive(Serialize)]
struct RevisionLine {
    #[serde(flatten)]
    revision: Revision,
    when: String,
    latest: bool,
}

/// The translation editor's fields as the form posts them.
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(default)]
pub struct TranslationForm {
    title: String,
    objectives: String,
    summary: String,
    markdown: String,
}

impl TranslationForm {
    fn form_state(&self) -> FormState {
        FormState::with_values([
            ("title", self.title.as_str()),
            ("objectives", self.objectives.as_str()),
            ("summary", self.summary.as_str()),
            ("markdown", self.markdown.as_str()),
        ])
    }
}

#[derive(Deserialize)]
struct SavedQuery {
    saved: Option<String>,
    restored: Option<i32>,
}

async fn load(
    state: &web::Data<AppState>,
    course: String,
    lang: String,
    slug: String,
) -> Result<(crate::content::store::CourseRow, ModuleEditor, Vec<Revision>), AppError> {
    let st = state.clone();
    crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let row = store::course_row(&mut conn, &course)?.ok_or(AppError::NotFound)?;
        let editor = translations::module_editor(&mut conn, &row, &lang, &slug)?.ok_or(AppError::NotFound)?;
        let history = match editor.id {
            Some(id) => revisions::list(&mut conn, id, editor.source_id)?,
            None => Vec::new(),
        };
        Ok((row, editor, history))
    })
    .await?
}

fn editor_page(
    layout: Layout,
    course: &crate::content::store::CourseRow,
    slug: String,
    editor: ModuleEditor,
    form: FormState,
    history: Vec<Revision>,
    (saved, restored): (bool, Option<i32>),
) -> EditorPage {
    let context = LinkContext { course: &course.slug };
    let markdown = form.values.get("markdown").cloned().unwrap_or_default();
    EditorPage {
        layout,
        course_slug: course.slug.clone(),
        course_title: course.title.clone(),
        slug,
        language: language_name(&editor.lang),
        source_html: render_markdown(&editor.source_markdown, &context).html,
        preview_html: render_markdown(&markdown, &context).html,
        editor,
        form,
        saved,
        restored,
        revisions: history
            .into_iter()
            .enumerate()
            .map(|(i, revision)| RevisionLine {
                when: super::admin_credentials::date_time(revision.created_at),
                latest: i == 0,
                revision,
            })
            .collect(),
    }
}

#[get("/admin/courses/{course}/translations/{lang}/modules/{module}")]
async fn module_editor(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<(String, String, String)>,
    query: web::Query<SavedQuery>,
) -> Result<HttpResponse, AppError> {
    let (course, lang, slug) = path.into_inner();
    let (row, editor, history) = load(&state, course, lang, slug.clone()).await?;
    let form = FormState::with_values([
        ("title", editor.title.as_str()),
        ("objectives", editor.objectives.join("\n").as_str()),
        ("summary", editor.summary.as_deref().unwrap_or("")),
        ("markdown", editor.markdown.as_str()),
    ]);
    let flags = (query.saved.is_some(), query.restored);
    let page = editor_page(Layout::new(Some(&admin.0), &csrf, "admin"), &row, slug, editor, form, history, flags);
    render(&state, "admin/translation_editor.html", &page)
}

#[post("/admin/courses/{course}/translations/{lang}/modules/{module}")]
async fn save_module(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<TranslationForm>,
) -> Result<HttpResponse, AppError> {
    let (course, lang, slug) = path.into_inner();
    let form = form.0;
    let st = state.clone();
    let author = admin.0.id();
    let (c, l, s, f) = (course.clone(), lang.clone(), slug.clone(), form.clone());
    let result = crate::web::blocking(move || -> Result<(), AppError> {
        let mut conn = st.db.write()?;
        let row = store::course_row(&mut conn, &c)?.ok_or(AppError::NotFound)?;
        let edit = ModuleEdit {
            title: f.title.trim(),
            objectives: f.objectives.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect(),
            summary: Some(f.summary.trim().to_owned()).filter(|s| !s.is_empty()),
            markdown: &f.markdown,
        };
        translations::save_module(&mut conn, st.now(), author, &row, &l, &s, &edit)
    })
    .await?;
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/courses/{course}/translations/{lang}/modules/{slug}?saved=1"))),
        Err(err) => {
            let (status, form_state) = form.form_state().absorb(err)?;
            let (row, editor, history) = load(&state, course, lang, slug.clone()).await?;
            let layout = Layout::new(Some(&admin.0), &csrf, "admin");
            let page = editor_page(layout, &row, slug, editor, form_state, history, (false, None));
            let status = if status == StatusCode::OK { StatusCode::UNPROCESSABLE_ENTITY } else { status };
            render_status(&state, status, "admin/translation_editor.html", &page)
        }
    }
}

/// Restores revision `number` of a module's translation: it becomes the text again, with the
/// source it was made from, and the newest revision.
#[post("/admin/courses/{course}/translations/{lang}/modules/{module}/revisions/{number}/restore")]
async fn restore_revision(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<(String, String, String, i32)>,
    _form: CsrfForm<crate::web::pages::Empty>,
) -> Result<HttpResponse, AppError> {
    let (course, lang, slug, number) = path.into_inner();
    let st = state.clone();
    let author = admin.0.id();
    let (c, l, s) = (course.clone(), lang.clone(), slug.clone());
    crate::web::blocking(move || -> Result<(), AppError> {
        let mut conn = st.db.write()?;
        let row = store::course_row(&mut conn, &c)?.ok_or(AppError::NotFound)?;
        let editor = translations::module_editor(&mut conn, &row, &l, &s)?.ok_or(AppError::NotFound)?;
        let id = editor.id.ok_or(AppError::NotFound)?;
        revisions::restore_module(&mut conn, st.now(), author, &row, id, number)
    })
    .await??;
    Ok(see_other(&format!("/admin/courses/{course}/translations/{lang}/modules/{slug}?restored={number}")))
}
