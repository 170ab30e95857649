//! Translations in the database: one row per translated file, holding the file as written and
//! what pages show of it (rendered once, when it is stored). A row is current while its
//! `source_ref` is the source's current version (the module's published revision, the question's
//! current version, the kit text, the course or the exam); a browser edit of the source leaves
//! it stale at once, with nothing to recompute.

use std::collections::{BTreeMap, HashMap, HashSet};

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::{Content, State, Target};
use crate::clock::UnixSecs;
use crate::content::render::{Figure, KnowledgeCheck, LinkContext, Rendered, TocEntry, render, render_plain};
use crate::content::store::CourseRow;
use crate::db::DbConnection;
use crate::db::schema::{
    exams as e, kit_texts as k, module_revisions as r, modules as m, questions as q, translations as t,
};

/// Where a row came from.
pub const ORIGIN_FILE: &str = "file";
pub const ORIGIN_EDITOR: &str = "editor";

/// A translated module, as its page shows it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ModuleText {
    pub title: String,
    pub objectives: Vec<String>,
    pub summary: Option<String>,
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub checks: Vec<KnowledgeCheck>,
    pub figures: Vec<Figure>,
}

/// A translated exam question: the stem, each option by its index in the source, the explanation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QuestionText {
    pub stem_html: String,
    pub options_html: Vec<String>,
    pub explanation_html: String,
}

/// A translated copy text of the kit (markdown with placeholders).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct KitText {
    pub title: String,
    pub body_md: String,
}

/// The translated texts of a course.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CourseText {
    pub title: String,
    pub summary: String,
    pub description_html: String,
    pub credential_name: Option<String>,
}

/// The translated texts of an exam.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ExamText {
    pub title: String,
    pub description_html: String,
}

/// What pages show of a translation, derived from its text; a module's markdown is rendered
/// unless `rendered` (by the import's check) is given.
pub fn derive(course_slug: &str, content: &Content, rendered: Option<&Rendered>) -> serde_json::Value {
    let value = match content {
        Content::Course { title, summary, description, credential_name } => serde_json::to_value(CourseText {
            title: title.clone(),
            summary: summary.clone(),
            description_html: render_plain(description),
            credential_name: credential_name.clone(),
        }),
        Content::Exam { title, description } => {
            serde_json::to_value(ExamText { title: title.clone(), description_html: render_plain(description) })
        }
        Content::Module { title, objectives, summary, markdown } => {
            let rendered = rendered.cloned().unwrap_or_else(|| render(markdown, &LinkContext { course: course_slug }));
            serde_json::to_value(ModuleText {
                title: title.clone(),
                objectives: objectives.clone(),
                summary: summary.clone(),
                html: rendered.html,
                toc: rendered.toc,
                checks: rendered.checks,
                figures: rendered.figures,
            })
        }
        Content::Question { stem, options, explanation } => {
            let html = crate::exams::bank::QuestionHtml::of(stem, options, explanation.as_deref());
            serde_json::to_value(QuestionText {
                stem_html: html.stem,
                options_html: html.options,
                explanation_html: html.explanation,
            })
        }
        Content::Kit { title, markdown } => {
            serde_json::to_value(KitText { title: title.clone(), body_md: markdown.clone() })
        }
    };
    value.unwrap_or(serde_json::Value::Null)
}

/// The little a syllabus shows of a translation: a module's title, objectives and summary.
pub fn head(content: &Content) -> String {
    let value = match content {
        Content::Module { title, objectives, summary, .. } => {
            serde_json::json!({"title": title, "objectives": objectives, "summary": summary})
        }
        Content::Course { title, .. } | Content::Exam { title, .. } | Content::Kit { title, .. } => {
            serde_json::json!({"title": title})
        }
        Content::Question { .. } => serde_json::json!({}),
    };
    value.to_string()
}

fn current_data<T: serde::de::DeserializeOwned>(
    conn: &mut DbConnection,
    course_id: i64,
    lang: &str,
    kind: &str,
) -> QueryResult<Vec<(String, Option<i64>, T)>> {
    let rows: Vec<(String, Option<i64>, String)> = t::table
        .filter(t::course_id.eq(course_id))
        .filter(t::lang.eq(lang))
        .filter(t::kind.eq(kind))
        .filter(t::source_ref.is_not_null())
        .select((t::target, t::source_ref, t::data_json))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(target, at, json)| Some((target, at, serde_json::from_str(&json).ok()?)))
        .collect())
}

/// What pages keep parsed of a translation row.
#[derive(Clone)]
enum Parsed {
    Module(std::sync::Arc<ModuleText>),
    Title(std::sync::Arc<str>),
}

/// Translations as pages show them, parsed once, by (row, version, what): a row's version rises
/// with every write, so an entry is never stale, on any instance.
static PARSED: std::sync::LazyLock<std::sync::Mutex<ParsedCache>> = std::sync::LazyLock::new(Default::default);
/// (row id, row version, what: 0 the module's text, 1 a title) → what was parsed.
type ParsedCache = HashMap<(i64, i64, u8), Parsed>;
/// The most entries kept (every module in every language of a few courses); beyond, it starts over.
const PARSED_KEPT: usize = 2048;

/// The entry for `key`, parsed from what `read` reads on first use.
fn parsed(key: (i64, i64, u8), read: impl FnOnce() -> QueryResult<Option<Parsed>>) -> QueryResult<Option<Parsed>> {
    if let Some(found) = PARSED.lock().ok().and_then(|cache| cache.get(&key).cloned()) {
        return Ok(Some(found));
    }
    let Some(fresh) = read()? else { return Ok(None) };
    if let Ok(mut cache) = PARSED.lock() {
        if cache.len() >= PARSED_KEPT {
            cache.clear();
        }
        cache.insert(key, fresh.clone());
    }
    Ok(Some(fresh))
}

fn module_text(conn: &mut DbConnection, id: i64, version: i64) -> QueryResult<Option<std::sync::Arc<ModuleText>>> {
    let found = parsed((id, version, 0), || {
        let json: String = t::table.find(id).select(t::data_json).first(conn)?;
        Ok(serde_json::from_str::<ModuleText>(&json).ok().map(|text| Parsed::Module(std::sync::Arc::new(text))))
    })?;
    Ok(match found {
        Some(Parsed::Module(text)) => Some(text),
        _ => None,
    })
}

fn title(conn: &mut DbConnection, id: i64, version: i64) -> QueryResult<Option<std::sync::Arc<str>>> {
    let found = parsed((id, version, 1), || {
        // A module's head, or the course's texts: both have a title.
        let (kind, head, data): (String, String, String) =
            t::table.find(id).select((t::kind, t::head_json, t::data_json)).first(conn)?;
        let json = if kind == "course" { data } else { head };
        Ok(serde_json::from_str::<TitleOnly>(&json).ok().map(|t| Parsed::Title(t.title.into())))
    })?;
    Ok(match found {
        Some(Parsed::Title(title)) => Some(title),
        _ => None,
    })
}

/// A module's translation, when one is current for that published revision.
pub fn module(
    conn: &mut DbConnection,
    course_id: i64,
    lang: &str,
    revision_id: i64,
) -> QueryResult<Option<std::sync::Arc<ModuleText>>> {
    let row: Option<(i64, i64)> = t::table
        .filter(t::course_id.eq(course_id))
        .filter(t::lang.eq(lang))
        .filter(t::kind.eq("module"))
        .filter(t::source_ref.eq(revision_id))
        .select((t::id, t::version))
        .first(conn)
        .optional()?;
    match row {
        Some((id, version)) => module_text(conn, id, version),
        None => Ok(None),
    }
}

/// What a module page in `lang` takes from the course's translations, in one query (and, once
/// per version of a row, a read of what it holds).
#[derive(Default)]
pub struct PageTexts {
    /// The current translations' titles of the published modules, by slug.
    pub module_titles: HashMap<String, std::sync::Arc<str>>,
    /// The course's translated title.
    pub course_title: Option<std::sync::Arc<str>>,
    /// The module's translation, when current for the page's revision.
    pub module: Option<std::sync::Arc<ModuleText>>,
}

pub fn page_texts(conn: &mut DbConnection, course_id: i64, lang: &str, revision_id: i64) -> QueryResult<PageTexts> {
    type Row = (i64, i64, String, String, Option<i64>, Option<i64>);
    let rows: Vec<Row> = t::table
        .left_join(m::table.on(m::course_id.eq(t::course_id).and(m::slug.eq(t::target))))
        .filter(t::course_id.eq(course_id))
        .filter(t::lang.eq(lang))
        .filter(t::kind.eq("module").or(t::kind.eq("course")))
        .filter(t::source_ref.is_not_null())
        .select((t::id, t::version, t::kind, t::target, t::source_ref, m::published_revision_id.nullable()))
        .load(conn)?;
    let mut texts = PageTexts::default();
    for (id, version, kind, target, source_ref, published) in rows {
        if kind == "course" {
            texts.course_title = title(conn, id, version)?;
            continue;
        }
        if source_ref.is_none() || published != source_ref {
            continue;
        }
        if let Some(found) = title(conn, id, version)? {
            texts.module_titles.insert(target, found);
        }
        if source_ref == Some(revision_id) {
            texts.module = module_text(conn, id, version)?;
        }
    }
    Ok(texts)
}

/// The current translations of a course's published modules, by slug: their heads (title,
/// objectives, summary) read as `T`, without their rendered bodies.
pub fn current_modules<T: serde::de::DeserializeOwned>(
    conn: &mut DbConnection,
    course_id: i64,
    lang: &str,
) -> QueryResult<HashMap<String, T>> {
    let rows: Vec<(String, Option<i64>, Option<i64>, String)> = t::table
        .inner_join(m::table.on(m::course_id.eq(t::course_id).and(m::slug.eq(t::target))))
        .filter(t::course_id.eq(course_id))
        .filter(t::lang.eq(lang))
        .filter(t::kind.eq("module"))
        .filter(t::source_ref.is_not_null())
        .select((t::target, t::source_ref, m::published_revision_id, t::head_json))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(_, at, published, _)| at == published)
        .filter_map(|(slug, _, _, json)| Some((slug, serde_json::from_str(&json).ok()?)))
        .collect())
}

#[derive(Deserialize)]
struct TitleOnly {
    title: String,
}

/// The translations of some question versions (the questions of a paper), by question id.
pub fn questions(conn: &mut DbConnection, lang: &str, question_ids: &[i64]) -> QueryResult<HashMap<i64, QuestionText>> {
    let rows: Vec<(Option<i64>, String)> = t::table
        .filter(t::lang.eq(lang))
        .filter(t::kind.eq("question"))
        .filter(t::source_ref.eq_any(question_ids))
        .select((t::source_ref, t::data_json))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, json)| Some((id?, serde_json::from_str::<QuestionText>(&json).ok()?)))
        .collect())
}

/// The course's current kit translations, by slug.
pub fn kit(conn: &mut DbConnection, course_id: i64, lang: &str) -> QueryResult<HashMap<String, KitText>> {
    Ok(current_data::<KitText>(conn, course_id, lang, "kit")?.into_iter().map(|(s, _, t)| (s, t)).collect())
}

/// The course's translated texts, when current.
pub fn course(conn: &mut DbConnection, course_id: i64, lang: &str) -> QueryResult<Option<CourseText>> {
    Ok(current_data::<CourseText>(conn, course_id, lang, "course")?.into_iter().next().map(|(_, _, t)| t))
}

/// The course's current exam translations, by exam slug.
pub fn exams(conn: &mut DbConnection, course_id: i64, lang: &str) -> QueryResult<HashMap<String, ExamText>> {
    Ok(current_data::<ExamText>(conn, course_id, lang, "exam")?.into_iter().map(|(s, _, t)| (s, t)).collect())
}

/// A course's id by its slug.
pub fn course_id(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<i64>> {
    use crate::db::schema::courses as c;
    c::table.filter(c::slug.eq(slug)).select(c::id).first(conn).optional()
}

/// Records the language an attempt's paper was answered in (per-language item statistics).
pub fn record_attempt_lang(conn: &mut DbConnection, attempt_id: i64, lang: &str) -> QueryResult<()> {
    use crate::db::schema::attempts as a;
    diesel::update(a::table.find(attempt_id)).set(a::lang.eq(lang)).execute(conn).map(|_| ())
}

/// The languages a course declares (course.toml `[translations] languages`).
pub fn declared(course: &CourseRow) -> Vec<String> {
    serde_json::from_str(&course.languages_json).unwrap_or_default()
}

/// One file's translation state in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Entry {
    pub lang: String,
    /// The source's path in the course folder; the translation's is `translations/<lang>/<path>`.
    pub path: String,
    pub state: State,
    #[serde(skip)]
    pub target: Target,
}

/// Everything of a course that a translation covers: (target, source path, current version id).
fn sources(conn: &mut DbConnection, course: &CourseRow) -> QueryResult<Vec<(Target, String, i64)>> {
    let mut out = vec![(Target::Course, "course.toml".to_owned(), course.id)];
    let modules: Vec<(String, i32, Option<i64>, Option<String>)> = m::table
        .filter(m::course_id.eq(course.id))
        .filter(m::retired_at.is_null())
        .order((m::position, m::id))
        .select((m::slug, m::position, m::published_revision_id, m::file_hash))
        .load(conn)?;
    for (slug, position, published, _) in modules {
        let Some(published) = published else { continue };
        out.push((Target::Module(slug.clone()), format!("modules/{position:02}-{slug}.md"), published));
    }
    let exams: Vec<(i64, String)> =
        e::table.filter(e::course_id.eq(course.id)).order((e::position, e::id)).select((e::id, e::slug)).load(conn)?;
    for (exam_id, slug) in exams {
        out.push((Target::Exam(slug.clone()), format!("exams/{slug}.toml"), exam_id));
        let questions: Vec<(i64, String)> = q::table
            .filter(q::exam_id.eq(exam_id))
            .filter(q::retired_at.is_null())
            .order(q::qid)
            .select((q::id, q::qid))
            .load(conn)?;
        for (id, qid) in questions {
            out.push((Target::Question { exam: slug.clone(), id: qid.clone() }, format!("exams/{slug}/{qid}.md"), id));
        }
    }
    let kit: Vec<(i64, String)> =
        k::table.filter(k::course_id.eq(course.id)).order(k::position).select((k::id, k::slug)).load(conn)?;
    for (id, slug) in kit {
        out.push((Target::Kit(slug.clone()), format!("kit/{slug}.md"), id));
    }
    Ok(out)
}

/// The state of every translatable file of a course in every declared language.
pub fn states(conn: &mut DbConnection, course: &CourseRow) -> QueryResult<Vec<Entry>> {
    let rows: Vec<(String, String, String, String, Option<i64>)> = t::table
        .filter(t::course_id.eq(course.id))
        .select((t::lang, t::kind, t::target, t::path, t::source_ref))
        .load(conn)?;
    let by_target: HashMap<(String, String, String), (String, Option<i64>)> =
        rows.into_iter().map(|(lang, kind, target, path, at)| ((lang, kind, target), (path, at))).collect();
    let sources = sources(conn, course)?;
    let mut out = Vec::new();
    for lang in declared(course) {
        for (target, path, version) in &sources {
            let found = by_target.get(&(lang.clone(), target.kind().to_owned(), target.key()));
            let (path, state) = match found {
                None => (path.clone(), State::Missing),
                Some((path, at)) if *at == Some(*version) => (path.clone(), State::Current),
                Some((path, _)) => (path.clone(), State::Stale),
            };
            out.push(Entry { lang: lang.clone(), path, state, target: target.clone() });
        }
    }
    Ok(out)
}

/// A language a course is offered in, and whether all of it is translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Availability {
    pub lang: String,
    /// Every module, question, exam, kit text and the course's own texts have a current translation.
    pub complete: bool,
}

/// English (the source, always complete), then each declared language.
pub fn availability(conn: &mut DbConnection, course: &CourseRow) -> QueryResult<Vec<Availability>> {
    let mut complete: BTreeMap<String, bool> = declared(course).into_iter().map(|l| (l, true)).collect();
    for entry in states(conn, course)? {
        if entry.state != State::Current {
            complete.insert(entry.lang, false);
        }
    }
    let mut out = vec![Availability { lang: crate::i18n::DEFAULT.to_owned(), complete: true }];
    out.extend(complete.into_iter().map(|(lang, complete)| Availability { lang, complete }));
    Ok(out)
}

/// A module's translation as the editor shows it, beside its source.
#[derive(Debug, Clone, Serialize)]
pub struct ModuleEditor {
    pub lang: String,
    pub state: State,
    /// The published source: its revision and texts.
    pub source_revision: i32,
    pub source_title: String,
    pub source_objectives: Vec<String>,
    pub source_summary: Option<String>,
    pub source_markdown: String,
    /// The translation's texts (empty when missing).
    pub title: String,
    pub objectives: Vec<String>,
    pub summary: Option<String>,
    pub markdown: String,
    #[serde(skip)]
    pub position: i32,
    /// The translation's row, when there is one (its revisions hang from it).
    #[serde(skip)]
    pub id: Option<i64>,
    /// The published source revision's row.
    #[serde(skip)]
    pub source_id: i64,
}

type SourceRow = (i64, i32, Option<i64>);

fn published_source(
    conn: &mut DbConnection,
    course: &CourseRow,
    slug: &str,
) -> QueryResult<Option<(i32, crate::content::store::RevisionRow)>> {
    let found: Option<SourceRow> = m::table
        .filter(m::course_id.eq(course.id))
        .filter(m::slug.eq(slug))
        .filter(m::retired_at.is_null())
        .select((m::id, m::position, m::published_revision_id))
        .first(conn)
        .optional()?;
    let Some((_, position, Some(revision))) = found else {
        return Ok(None);
    };
    let row = r::table.find(revision).select(crate::content::store::RevisionRow::as_select()).first(conn)?;
    Ok(Some((position, row)))
}

/// A module's translation into `lang` and its published source; `None` when the course does not
/// declare `lang` or the module is not published.
pub fn module_editor(
    conn: &mut DbConnection,
    course: &CourseRow,
    lang: &str,
    slug: &str,
) -> QueryResult<Option<ModuleEditor>> {
    if !declared(course).iter().any(|l| l == lang) {
        return Ok(None);
    }
    let Some((position, source)) = published_source(conn, course, slug)? else {
        return Ok(None);
    };
    let row: Option<(i64, String, Option<i64>)> = t::table
        .filter(t::course_id.eq(course.id))
        .filter(t::lang.eq(lang))
        .filter(t::kind.eq("module"))
        .filter(t::target.eq(slug))
        .select((t::id, t::text, t::source_ref))
        .first(conn)
        .optional()?;
    let mut editor = ModuleEditor {
        lang: lang.to_owned(),
        state: State::Missing,
        source_revision: source.number,
        source_title: source.title.clone(),
        source_objectives: source.objectives(),
        source_summary: source.summary.clone(),
        source_markdown: source.markdown.clone(),
        title: String::new(),
        objectives: Vec::new(),
        summary: None,
        markdown: String::new(),
        position,
        id: None,
        source_id: source.id,
    };
    if let Some((id, text, at)) = row {
        editor.id = Some(id);
        editor.state = if at == Some(source.id) { State::Current } else { State::Stale };
        if let Some(Content::Module { title, objectives, summary, markdown }) = super::files::parse_module(&text) {
            editor.title = title;
            editor.objectives = objectives;
            editor.summary = summary;
            editor.markdown = markdown.trim_start_matches('\n').to_owned();
        }
    }
    Ok(Some(editor))
}

/// A module translation as the editor sends it.
pub struct ModuleEdit<'a> {
    pub title: &'a str,
    pub objectives: Vec<String>,
    pub summary: Option<String>,
    pub markdown: &'a str,
}

/// Saves a module's translation made in the browser, recording the source it was made from
/// (the published revision: it is current until the source changes). Field errors name the line
/// of the markdown.
pub fn save_module(
    conn: &mut DbConnection,
    now: UnixSecs,
    author_id: i64,
    course: &CourseRow,
    lang: &str,
    slug: &str,
    edit: &ModuleEdit<'_>,
) -> crate::error::AppResult<()> {
    use crate::error::{AppError, FieldErrors};
    crate::db::transaction(conn, |conn| {
        let editor = module_editor(conn, course, lang, slug)?.ok_or(AppError::NotFound)?;
        let (_, source) = published_source(conn, course, slug)?.ok_or(AppError::NotFound)?;
        let known: HashSet<String> =
            m::table.filter(m::course_id.eq(course.id)).select(m::slug).load::<String>(conn)?.into_iter().collect();
        let assets = crate::content::store::asset_names(conn, course.id)?;
        let context = LinkContext { course: &course.slug };
        let (rendered, source_rendered) = (render(edit.markdown, &context), render(&editor.source_markdown, &context));
        let ours = super::files::ModuleFields {
            title: edit.title,
            objectives: &edit.objectives,
            markdown: edit.markdown,
            rendered: &rendered,
        };
        let theirs = super::files::ModuleFields {
            title: &editor.source_title,
            objectives: &editor.source_objectives,
            markdown: &editor.source_markdown,
            rendered: &source_rendered,
        };
        let mut errors = FieldErrors::new();
        for found in super::files::check_module(&ours, &theirs, &known, &assets) {
            let message = match found.line {
                Some(line) => format!("Line {line}: {}", found.message),
                None => found.message,
            };
            errors.entry(found.field.to_owned()).or_insert(message);
        }
        if !errors.is_empty() {
            return Err(AppError::Validation(errors));
        }
        // The source as `export` writes it: the file this translation says it translates.
        let source_sha = crate::content::sync::sha256_hex(
            crate::content::frontmatter::join(&source.meta(), &source.markdown).as_bytes(),
        );
        let text = super::files::module_file(
            &source_sha,
            edit.title,
            &edit.objectives,
            edit.summary.as_deref(),
            edit.markdown,
        );
        let content = Content::Module {
            title: edit.title.to_owned(),
            objectives: edit.objectives.clone(),
            summary: edit.summary.clone(),
            markdown: edit.markdown.to_owned(),
        };
        let data = derive(&course.slug, &content, None).to_string();
        let existing: Option<i64> = t::table
            .filter(t::course_id.eq(course.id))
            .filter(t::lang.eq(lang))
            .filter(t::kind.eq("module"))
            .filter(t::target.eq(slug))
            .select(t::id)
            .first(conn)
            .optional()?;
        let values = (
            t::source_sha.eq(&source_sha),
            t::source_ref.eq(Some(source.id)),
            t::text.eq(&text),
            t::data_json.eq(&data),
            t::head_json.eq(head(&content)),
            t::origin.eq(ORIGIN_EDITOR),
            t::author_id.eq(Some(author_id)),
            t::updated_at.eq(now),
        );
        let id = match existing {
            Some(id) => {
                diesel::update(t::table.find(id)).set((values, t::version.eq(t::version + 1))).execute(conn)?;
                id
            }
            None => diesel::insert_into(t::table)
                .values((
                    t::course_id.eq(course.id),
                    t::lang.eq(lang),
                    t::path.eq(format!("modules/{:02}-{slug}.md", editor.position)),
                    t::kind.eq("module"),
                    t::target.eq(slug),
                    values,
                ))
                .returning(t::id)
                .get_result(conn)?,
        };
        super::revisions::record(conn, id, ORIGIN_EDITOR, now)?;
        Ok(())
    })
}
