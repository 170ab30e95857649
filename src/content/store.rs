//! Courses and modules in the database: the catalogue, module pages, revisions (draft, publish,
//! history, restore), order and retirement, and course assets. Every change is one transaction.

use std::collections::HashSet;

use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::check::ModuleFile;
use super::frontmatter::ModuleMeta;
use super::render::{LinkContext, Rendered, TocEntry, render};
use super::rules::{Violation, check_body, check_meta, check_slug, check_total};
use crate::clock::UnixSecs;
use crate::db::schema::{course_assets as a, courses as c, module_revisions as r, modules as m, users as u};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult, FieldErrors};

/// A row of `courses`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = c)]
pub struct CourseRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description_html: String,
    pub credential_name: String,
    pub course_toml: String,
    pub toml_hash: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// `completion.min_active_share` of course.toml, in thousandths.
    pub min_active_share_permille: i32,
    /// `completion.optional_modules`, as a JSON list of slugs.
    pub optional_modules_json: String,
    /// `[translations] languages`, as a JSON list of language codes.
    pub languages_json: String,
}

/// A row of `modules`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = m)]
pub struct ModuleRow {
    pub id: i64,
    pub course_id: i64,
    pub slug: String,
    pub position: i32,
    pub published_revision_id: Option<i64>,
    pub latest_revision_id: Option<i64>,
    pub file_hash: Option<String>,
    pub retired_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A row of `module_revisions`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = r)]
pub struct RevisionRow {
    pub id: i64,
    pub module_id: i64,
    pub number: i32,
    pub title: String,
    pub minutes: i32,
    pub objectives_json: String,
    pub summary: Option<String>,
    pub markdown: String,
    pub html: String,
    pub toc_json: String,
    pub content_hash: String,
    pub source: String,
    pub author_id: Option<i64>,
    pub note: String,
    pub created_at: i64,
    /// The renderer version that derived `html`, `toc_json` and the revision's checks, figures
    /// and search sections.
    pub renderer: i32,
}

impl RevisionRow {
    pub fn objectives(&self) -> Vec<String> {
        serde_json::from_str(&self.objectives_json).unwrap_or_default()
    }
    pub fn toc(&self) -> Vec<TocEntry> {
        serde_json::from_str(&self.toc_json).unwrap_or_default()
    }
    pub fn meta(&self) -> ModuleMeta {
        ModuleMeta {
            title: self.title.clone(),
            minutes: i64::from(self.minutes),
            objectives: self.objectives(),
            summary: self.summary.clone(),
        }
    }
}

/// Where a revision came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    File,
    Editor,
    Restore,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::File => "file",
            Source::Editor => "editor",
            Source::Restore => "restore",
        }
    }
}

/// The hash of what a revision says (not how its file is formatted): title, minutes,
/// objectives, summary and body.
pub fn content_hash(meta: &ModuleMeta, markdown: &str) -> String {
    let mut hasher = Sha256::new();
    let canonical =
        serde_json::json!([meta.title.trim(), meta.minutes, meta.objectives, meta.summary, markdown.trim()]);
    hasher.update(canonical.to_string().as_bytes());
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A module as the syllabus lists it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ModuleSummary {
    pub slug: String,
    pub title: String,
    pub minutes: i64,
    pub objectives: Vec<String>,
    pub summary: Option<String>,
}

/// A course as the catalogue lists it, with its published modules in order.
#[derive(Debug, Clone, Serialize)]
pub struct CourseSummary {
    #[serde(skip)]
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description_html: String,
    pub credential_name: String,
    /// The sum of the published modules' minutes.
    pub minutes: i64,
    pub modules: Vec<ModuleSummary>,
}

fn published_modules(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<ModuleSummary>> {
    // Only the columns the syllabus shows: not the markdown and HTML of every module.
    let rows: Vec<(String, String, i32, String, Option<String>)> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course_id))
        .filter(m::retired_at.is_null())
        .filter(m::track.eq("path"))
        .order((m::position, m::id))
        .select((m::slug, r::title, r::minutes, r::objectives_json, r::summary))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(slug, title, minutes, objectives_json, summary)| ModuleSummary {
            slug,
            title,
            minutes: i64::from(minutes),
            objectives: serde_json::from_str(&objectives_json).unwrap_or_default(),
            summary,
        })
        .collect())
}

fn summary_of(conn: &mut DbConnection, course: CourseRow) -> QueryResult<CourseSummary> {
    let modules = published_modules(conn, course.id)?;
    Ok(CourseSummary {
        id: course.id,
        minutes: modules.iter().map(|m| m.minutes).sum(),
        slug: course.slug,
        title: course.title,
        summary: course.summary,
        description_html: course.description_html,
        credential_name: course.credential_name,
        modules,
    })
}

/// Every course with its published modules.
pub fn catalogue(conn: &mut DbConnection) -> QueryResult<Vec<CourseSummary>> {
    let courses: Vec<CourseRow> = c::table.order(c::title).select(CourseRow::as_select()).load(conn)?;
    courses.into_iter().map(|course| summary_of(conn, course)).collect()
}

pub fn course_row(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<CourseRow>> {
    c::table.filter(c::slug.eq(slug)).select(CourseRow::as_select()).first(conn).optional()
}

/// One course with its published modules.
pub fn course(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<CourseSummary>> {
    match course_row(conn, slug)? {
        Some(course) => summary_of(conn, course).map(Some),
        None => Ok(None),
    }
}

/// A neighbour in the syllabus.
#[derive(Debug, Clone, Serialize)]
pub struct ModuleLink {
    pub slug: String,
    pub title: String,
}

/// What a module page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ModulePage {
    pub course_slug: String,
    pub course_title: String,
    pub slug: String,
    pub title: String,
    pub minutes: i64,
    pub objectives: Vec<String>,
    pub summary: Option<String>,
    pub html: String,
    pub toc: Vec<TocEntry>,
    /// 1-based place in the syllabus, and the number of modules.
    pub index: usize,
    pub count: usize,
    pub prev: Option<ModuleLink>,
    pub next: Option<ModuleLink>,
    pub syllabus: Vec<ModuleLink>,
    pub revision: i32,
    #[serde(skip)]
    pub course_id: i64,
    #[serde(skip)]
    pub module_id: i64,
    #[serde(skip)]
    pub revision_id: i64,
}

/// The published version of a module, with its place in the syllabus; its body is read by
/// `load_body` (or comes from a translation: `translations::view::module`).
pub fn module_page(conn: &mut DbConnection, course_slug: &str, module_slug: &str) -> QueryResult<Option<ModulePage>> {
    let Some(course) = course_row(conn, course_slug)? else {
        return Ok(None);
    };
    // Without the body (markdown, HTML, table of contents): `load_body` reads it when the page
    // is not shown from a translation.
    type Head = (i64, i64, i32, String, i32, String, Option<String>);
    let found: Option<Head> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course.id))
        .filter(m::slug.eq(module_slug))
        .filter(m::retired_at.is_null())
        .select((r::id, r::module_id, r::number, r::title, r::minutes, r::objectives_json, r::summary))
        .first(conn)
        .optional()?;
    let Some((revision_id, module_id, number, title, minutes, objectives_json, summary)) = found else {
        return Ok(None);
    };
    // Previous and next stay within the module's track (the first path, or the renewal).
    let track: String =
        m::table.filter(m::course_id.eq(course.id)).filter(m::slug.eq(module_slug)).select(m::track).first(conn)?;
    let syllabus: Vec<ModuleLink> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course.id))
        .filter(m::retired_at.is_null())
        .filter(m::track.eq(&track))
        .order((m::position, m::id))
        .select((m::slug, r::title))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(slug, title)| ModuleLink { slug, title })
        .collect();
    let position = syllabus.iter().position(|l| l.slug == module_slug).unwrap_or(0);
    Ok(Some(ModulePage {
        course_slug: course.slug,
        course_title: course.title,
        slug: module_slug.to_owned(),
        objectives: serde_json::from_str(&objectives_json).unwrap_or_default(),
        toc: Vec::new(),
        title,
        minutes: i64::from(minutes),
        summary,
        html: String::new(),
        index: position + 1,
        count: syllabus.len(),
        prev: position.checked_sub(1).and_then(|i| syllabus.get(i)).cloned(),
        next: syllabus.get(position + 1).cloned(),
        syllabus,
        revision: number,
        course_id: course.id,
        module_id,
        revision_id,
    }))
}

/// Reads the published revision's body into a module page: its HTML and table of contents.
pub fn load_body(conn: &mut DbConnection, page: &mut ModulePage) -> QueryResult<()> {
    let (html, toc_json): (String, String) =
        r::table.find(page.revision_id).select((r::html, r::toc_json)).first(conn)?;
    page.html = html;
    page.toc = serde_json::from_str(&toc_json).unwrap_or_default();
    Ok(())
}

/// A module as the admin's course page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct AdminModule {
    pub slug: String,
    pub position: i32,
    pub title: String,
    pub minutes: i64,
    pub published_number: Option<i32>,
    pub latest_number: i32,
    /// The newest revision is not the published one.
    pub has_draft: bool,
    pub retired: bool,
}

/// All modules of a course, retired ones too, with their state.
pub fn admin_modules(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<AdminModule>> {
    let rows: Vec<(ModuleRow, RevisionRow)> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::latest_revision_id)))
        .filter(m::course_id.eq(course_id))
        .order((m::position, m::id))
        .select((ModuleRow::as_select(), RevisionRow::as_select()))
        .load(conn)?;
    let published: Vec<(i64, i32)> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course_id))
        .select((m::id, r::number))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(module, latest)| AdminModule {
            published_number: published.iter().find(|(id, _)| *id == module.id).map(|(_, n)| *n),
            has_draft: module.published_revision_id != module.latest_revision_id,
            retired: module.retired_at.is_some(),
            slug: module.slug,
            position: module.position,
            title: latest.title,
            minutes: i64::from(latest.minutes),
            latest_number: latest.number,
        })
        .collect())
}

fn module_row(conn: &mut DbConnection, course_id: i64, slug: &str) -> QueryResult<Option<ModuleRow>> {
    m::table
        .filter(m::course_id.eq(course_id))
        .filter(m::slug.eq(slug))
        .select(ModuleRow::as_select())
        .first(conn)
        .optional()
}

fn revision_by_id(conn: &mut DbConnection, id: i64) -> QueryResult<RevisionRow> {
    r::table.find(id).select(RevisionRow::as_select()).first(conn)
}

/// What the editor opens: the newest revision of a module (a draft or the published one).
#[derive(Debug, Clone)]
pub struct EditorModule {
    pub module: ModuleRow,
    pub latest: RevisionRow,
    pub published_number: Option<i32>,
}

pub fn editor_module(conn: &mut DbConnection, course_id: i64, slug: &str) -> QueryResult<Option<EditorModule>> {
    let Some(module) = module_row(conn, course_id, slug)? else {
        return Ok(None);
    };
    let Some(latest_id) = module.latest_revision_id else {
        return Ok(None);
    };
    let latest = revision_by_id(conn, latest_id)?;
    let published_number = match module.published_revision_id {
        Some(id) => Some(revision_by_id(conn, id)?.number),
        None => None,
    };
    Ok(Some(EditorModule { module, latest, published_number }))
}

/// File names of a course's assets.
pub fn asset_names(conn: &mut DbConnection, course_id: i64) -> QueryResult<HashSet<String>> {
    Ok(a::table.filter(a::course_id.eq(course_id)).select(a::name).load::<String>(conn)?.into_iter().collect())
}

fn module_slugs(conn: &mut DbConnection, course_id: i64) -> QueryResult<HashSet<String>> {
    Ok(m::table
        .filter(m::course_id.eq(course_id))
        .filter(m::retired_at.is_null())
        .select(m::slug)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// The published minutes of the course's other modules (retired ones do not count).
fn other_minutes(conn: &mut DbConnection, course_id: i64, except_slug: &str) -> QueryResult<i64> {
    let minutes: Vec<i32> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course_id))
        .filter(m::retired_at.is_null())
        .filter(m::track.eq("path"))
        .filter(m::slug.ne(except_slug))
        .select(r::minutes)
        .load(conn)?;
    Ok(minutes.into_iter().map(i64::from).sum())
}

/// Every rule of `check`, for content about to be saved; the cap on the total counts the other
/// modules' published minutes.
pub fn validate(
    conn: &mut DbConnection,
    course: &CourseRow,
    slug: &str,
    meta: &ModuleMeta,
    markdown: &str,
) -> QueryResult<Vec<Violation>> {
    let mut violations = Vec::new();
    if let Err(message) = check_slug(slug) {
        violations.push(Violation { field: "slug", line: None, message });
    }
    violations.extend(check_meta(meta));
    let mut known = module_slugs(conn, course.id)?;
    known.insert(slug.to_owned());
    let assets = asset_names(conn, course.id)?;
    let rendered = render(markdown, &LinkContext { course: &course.slug });
    violations.extend(check_body(markdown, &rendered, &known, &assets));
    let total = other_minutes(conn, course.id, slug)? + meta.minutes;
    if let Some(message) = check_total(total) {
        violations.push(Violation { field: "minutes", line: None, message });
    }
    Ok(violations)
}

/// Violations as messages per field (the first per field; lines named for the body).
pub fn field_errors(violations: &[Violation]) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for v in violations {
        let message = match v.line {
            Some(line) => format!("line {line}: {}", v.message),
            None => v.message.clone(),
        };
        let message = capitalise(&message);
        errors
            .entry(v.field.to_owned())
            .and_modify(|m: &mut String| {
                m.push(' ');
                m.push_str(&message);
            })
            .or_insert(message);
    }
    errors
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + if s.ends_with('.') { "" } else { "." },
        None => String::new(),
    }
}

/// What saving did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Saved {
    /// The module did not exist before.
    pub created: bool,
    /// The revision number now newest.
    pub revision: i32,
    /// Whether that revision is the published one.
    pub published: bool,
    /// The content was the same as the newest revision: no new revision was made.
    pub unchanged: bool,
}

/// A revision about to be written.
pub struct NewRevision<'a> {
    pub number: i32,
    pub meta: &'a ModuleMeta,
    pub markdown: &'a str,
    pub source: Source,
    pub author_id: Option<i64>,
    pub note: &'a str,
    /// Make it the published revision too.
    pub publish: bool,
    /// The markdown already rendered (by the import's check), else it is rendered here.
    pub rendered: Option<&'a Rendered>,
}

/// Inserts a revision (rendering it once) and points the module at it.
fn insert_revision(
    conn: &mut DbConnection,
    module: &ModuleRow,
    course_slug: &str,
    new: &NewRevision,
    now: UnixSecs,
) -> QueryResult<i64> {
    let NewRevision { number, meta, markdown, source, author_id, note, publish, rendered } = *new;
    let fresh;
    let rendered = match rendered {
        Some(rendered) => rendered,
        None => {
            fresh = render(markdown, &LinkContext { course: course_slug });
            &fresh
        }
    };
    let id: i64 = diesel::insert_into(r::table)
        .values((
            r::module_id.eq(module.id),
            r::number.eq(number),
            r::title.eq(meta.title.trim()),
            r::minutes.eq(meta.minutes as i32),
            r::objectives_json.eq(serde_json::to_string(&meta.objectives).unwrap_or_else(|_| "[]".into())),
            r::summary.eq(meta.summary.as_deref().map(str::trim).filter(|s| !s.is_empty())),
            r::markdown.eq(markdown),
            r::html.eq(&rendered.html),
            r::toc_json.eq(serde_json::to_string(&rendered.toc).unwrap_or_else(|_| "[]".into())),
            r::content_hash.eq(content_hash(meta, markdown)),
            r::source.eq(source.as_str()),
            r::author_id.eq(author_id),
            r::note.eq(note),
            r::created_at.eq(now),
            r::renderer.eq(super::derive::RENDERER),
        ))
        .returning(r::id)
        .get_result(conn)?;
    super::derive::write(conn, id, meta.title.trim(), rendered)?;
    let published = if publish { Some(id) } else { module.published_revision_id };
    diesel::update(m::table.find(module.id))
        .set((m::latest_revision_id.eq(Some(id)), m::published_revision_id.eq(published), m::updated_at.eq(now)))
        .execute(conn)?;
    Ok(id)
}

fn create_module(
    conn: &mut DbConnection,
    course_id: i64,
    slug: &str,
    position: Option<i32>,
    now: UnixSecs,
) -> QueryResult<ModuleRow> {
    let position = match position {
        Some(p) => p,
        None => {
            m::table
                .filter(m::course_id.eq(course_id))
                .select(diesel::dsl::max(m::position))
                .first::<Option<i32>>(conn)?
                .unwrap_or(0)
                + 1
        }
    };
    let id: i64 = diesel::insert_into(m::table)
        .values((
            m::course_id.eq(course_id),
            m::slug.eq(slug),
            m::position.eq(position),
            m::created_at.eq(now),
            m::updated_at.eq(now),
        ))
        .returning(m::id)
        .get_result(conn)?;
    m::table.find(id).select(ModuleRow::as_select()).first(conn)
}

/// What an admin saves.
#[derive(Clone, Copy)]
pub struct Edit<'a> {
    pub meta: &'a ModuleMeta,
    pub markdown: &'a str,
    /// Publish now, or keep as a draft.
    pub publish: bool,
    /// What changed, for the history (a default is written when empty).
    pub note: &'a str,
}

/// Saves a module from the editor or the API: checks every rule, then makes a new revision
/// (or none when nothing changed), published or as a draft.
pub fn save_module(
    conn: &mut DbConnection,
    now: UnixSecs,
    author_id: i64,
    course_slug: &str,
    slug: &str,
    edit: &Edit,
) -> AppResult<Saved> {
    let Edit { meta, markdown, publish, note } = *edit;
    db::transaction(conn, |conn| {
        let course = course_row(conn, course_slug)?.ok_or(AppError::NotFound)?;
        let violations = validate(conn, &course, slug, meta, markdown)?;
        if !violations.is_empty() {
            return Err(AppError::Validation(field_errors(&violations)));
        }
        let existing = module_row(conn, course.id, slug)?;
        let created = existing.is_none();
        let module = match existing {
            Some(module) => module,
            None => create_module(conn, course.id, slug, None, now)?,
        };
        let latest = match module.latest_revision_id {
            Some(id) => Some(revision_by_id(conn, id)?),
            None => None,
        };
        let hash = content_hash(meta, markdown);
        if let Some(latest) = latest.as_ref().filter(|l| l.content_hash == hash) {
            let published = publish || module.published_revision_id == Some(latest.id);
            if publish && module.published_revision_id != Some(latest.id) {
                diesel::update(m::table.find(module.id))
                    .set((m::published_revision_id.eq(Some(latest.id)), m::updated_at.eq(now)))
                    .execute(conn)?;
            }
            return Ok(Saved { created, revision: latest.number, published, unchanged: true });
        }
        let number = latest.as_ref().map_or(1, |l| l.number + 1);
        let note = if note.trim().is_empty() {
            if publish { "Published from the editor" } else { "Draft saved in the editor" }
        } else {
            note.trim()
        };
        let new = NewRevision {
            number,
            meta,
            markdown,
            source: Source::Editor,
            author_id: Some(author_id),
            note,
            publish,
            rendered: None,
        };
        insert_revision(conn, &module, &course.slug, &new, now)?;
        Ok(Saved { created, revision: number, published: publish, unchanged: false })
    })
}

/// A line of a revision's history.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub number: i32,
    pub title: String,
    pub minutes: i64,
    pub source: String,
    pub author: Option<String>,
    pub note: String,
    pub created_at: i64,
    pub published: bool,
    pub latest: bool,
}

/// Every revision of a module, newest first.
pub fn history(conn: &mut DbConnection, module: &ModuleRow) -> QueryResult<Vec<HistoryEntry>> {
    let rows: Vec<(RevisionRow, Option<String>)> = r::table
        .left_join(u::table.on(u::id.nullable().eq(r::author_id)))
        .filter(r::module_id.eq(module.id))
        .order(r::number.desc())
        .select((RevisionRow::as_select(), u::name.nullable()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(rev, author)| HistoryEntry {
            published: module.published_revision_id == Some(rev.id),
            latest: module.latest_revision_id == Some(rev.id),
            number: rev.number,
            title: rev.title,
            minutes: i64::from(rev.minutes),
            source: rev.source,
            author,
            note: rev.note,
            created_at: rev.created_at,
        })
        .collect())
}

/// One revision of a module by number.
pub fn revision(conn: &mut DbConnection, module_id: i64, number: i32) -> QueryResult<Option<RevisionRow>> {
    r::table
        .filter(r::module_id.eq(module_id))
        .filter(r::number.eq(number))
        .select(RevisionRow::as_select())
        .first(conn)
        .optional()
}

/// Makes an old revision the newest again, as a new draft revision (publish it from the editor).
pub fn restore(
    conn: &mut DbConnection,
    now: UnixSecs,
    author_id: i64,
    course_slug: &str,
    slug: &str,
    number: i32,
) -> AppResult<i32> {
    db::transaction(conn, |conn| {
        let course = course_row(conn, course_slug)?.ok_or(AppError::NotFound)?;
        let module = module_row(conn, course.id, slug)?.ok_or(AppError::NotFound)?;
        let old = revision(conn, module.id, number)?.ok_or(AppError::NotFound)?;
        let latest_number: i32 = r::table
            .filter(r::module_id.eq(module.id))
            .select(diesel::dsl::max(r::number))
            .first::<Option<i32>>(conn)?
            .unwrap_or(0);
        let new_number = latest_number + 1;
        let note = format!("Restored revision {number}");
        let meta = old.meta();
        let new = NewRevision {
            number: new_number,
            meta: &meta,
            markdown: &old.markdown,
            source: Source::Restore,
            author_id: Some(author_id),
            note: &note,
            publish: false,
            rendered: None,
        };
        insert_revision(conn, &module, &course.slug, &new, now)?;
        Ok(new_number)
    })
}

/// Moves a module one place up or down in its course.
pub fn move_module(conn: &mut DbConnection, now: UnixSecs, course_slug: &str, slug: &str, up: bool) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let course = course_row(conn, course_slug)?.ok_or(AppError::NotFound)?;
        let ordered: Vec<(i64, String)> = m::table
            .filter(m::course_id.eq(course.id))
            .order((m::position, m::id))
            .select((m::id, m::slug))
            .load(conn)?;
        let index = ordered.iter().position(|(_, s)| s == slug).ok_or(AppError::NotFound)?;
        let other = if up { index.checked_sub(1) } else { Some(index + 1).filter(|i| *i < ordered.len()) };
        let Some(other) = other else {
            return Ok(());
        };
        let mut ids: Vec<i64> = ordered.iter().map(|(id, _)| *id).collect();
        ids.swap(index, other);
        for (position, id) in ids.iter().enumerate() {
            diesel::update(m::table.find(*id))
                .set((m::position.eq(position as i32 + 1), m::updated_at.eq(now)))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Retires a module (learners no longer see it; their progress on it is kept) or brings it back.
pub fn set_retired(
    conn: &mut DbConnection,
    now: UnixSecs,
    course_slug: &str,
    slug: &str,
    retired: bool,
) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let course = course_row(conn, course_slug)?.ok_or(AppError::NotFound)?;
        let module = module_row(conn, course.id, slug)?.ok_or(AppError::NotFound)?;
        if !retired {
            // Coming back must not take the course over the cap.
            let minutes = match module.published_revision_id {
                Some(id) => i64::from(revision_by_id(conn, id)?.minutes),
                None => 0,
            };
            if let Some(message) = check_total(other_minutes(conn, course.id, slug)? + minutes) {
                return Err(AppError::Conflict(capitalise(&message)));
            }
        }
        diesel::update(m::table.find(module.id))
            .set((m::retired_at.eq(retired.then_some(now)), m::updated_at.eq(now)))
            .execute(conn)?;
        Ok(())
    })
}

/// The admin's course: the row and every module.
pub fn admin_course(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<(CourseRow, Vec<AdminModule>)>> {
    match course_row(conn, slug)? {
        Some(course) => {
            let modules = admin_modules(conn, course.id)?;
            Ok(Some((course, modules)))
        }
        None => Ok(None),
    }
}

pub fn find_module(conn: &mut DbConnection, course_id: i64, slug: &str) -> QueryResult<Option<ModuleRow>> {
    module_row(conn, course_id, slug)
}

/// An asset's content type and bytes.
pub fn asset(conn: &mut DbConnection, course_slug: &str, name: &str) -> QueryResult<Option<(String, Vec<u8>, String)>> {
    a::table
        .inner_join(c::table)
        .filter(c::slug.eq(course_slug))
        .filter(a::name.eq(name))
        .select((a::content_type, a::bytes, a::sha256))
        .first(conn)
        .optional()
}

/// Stores (or replaces) an asset of a course.
pub fn put_asset(
    conn: &mut DbConnection,
    now: UnixSecs,
    course_id: i64,
    name: &str,
    content_type: &str,
    bytes: &[u8],
) -> QueryResult<bool> {
    // An SVG is stored only as its allow-listed drawing: whoever opens it runs nothing.
    let sanitized;
    let bytes = if content_type == "image/svg+xml" {
        sanitized = super::svg::sanitize(bytes).map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        sanitized.bytes.as_slice()
    } else {
        bytes
    };
    let sha: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
    let existing: Option<String> = a::table
        .filter(a::course_id.eq(course_id))
        .filter(a::name.eq(name))
        .select(a::sha256)
        .first(conn)
        .optional()?;
    match existing {
        Some(old) if old == sha => Ok(false),
        Some(_) => {
            diesel::update(a::table.filter(a::course_id.eq(course_id)).filter(a::name.eq(name)))
                .set((a::content_type.eq(content_type), a::bytes.eq(bytes), a::sha256.eq(&sha), a::created_at.eq(now)))
                .execute(conn)?;
            Ok(true)
        }
        None => {
            diesel::insert_into(a::table)
                .values((
                    a::course_id.eq(course_id),
                    a::name.eq(name),
                    a::content_type.eq(content_type),
                    a::bytes.eq(bytes),
                    a::sha256.eq(&sha),
                    a::created_at.eq(now),
                ))
                .execute(conn)?;
            Ok(true)
        }
    }
}

/// Every asset of a course, for export.
pub fn all_assets(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<(String, Vec<u8>)>> {
    a::table.filter(a::course_id.eq(course_id)).order(a::name).select((a::name, a::bytes)).load(conn)
}

/// Published, non-retired modules in order with their revisions, for export.
pub fn published_revisions(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<(String, RevisionRow)>> {
    m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course_id))
        .filter(m::retired_at.is_null())
        .order((m::position, m::id))
        .select((m::slug, RevisionRow::as_select()))
        .load(conn)
}

pub(super) fn insert_file_revision(
    conn: &mut DbConnection,
    module: &ModuleRow,
    course_slug: &str,
    number: i32,
    file: &ModuleFile,
    now: UnixSecs,
) -> QueryResult<i64> {
    let new = NewRevision {
        number,
        meta: &file.meta,
        markdown: &file.markdown,
        source: Source::File,
        author_id: None,
        note: "Imported from the course files",
        publish: true,
        rendered: Some(&file.rendered),
    };
    insert_revision(conn, module, course_slug, &new, now)
}

pub(super) fn create_module_at(
    conn: &mut DbConnection,
    course_id: i64,
    slug: &str,
    position: i32,
    now: UnixSecs,
) -> QueryResult<ModuleRow> {
    create_module(conn, course_id, slug, Some(position), now)
}

pub(super) fn latest_revision(conn: &mut DbConnection, module: &ModuleRow) -> QueryResult<Option<RevisionRow>> {
    match module.latest_revision_id {
        Some(id) => revision_by_id(conn, id).map(Some),
        None => Ok(None),
    }
}
