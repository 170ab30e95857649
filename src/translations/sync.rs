//! A course's translation files into the database and back (`course_load::sync` runs the whole
//! course). The import reads what is stored in a handful of statements and writes the new rows
//! in one `INSERT` per table, whatever the number of files: on PostgreSQL each statement is a
//! round trip, and six per file made most of a fresh start's import (`BENCHMARKS.md`, issue 15).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use diesel::prelude::*;

use super::Target;
use super::files::TranslationFile;
use super::store::{ORIGIN_EDITOR, ORIGIN_FILE, derive, head};
use crate::clock::UnixSecs;
use crate::content::store::CourseRow;
use crate::db::DbConnection;
use crate::db::rows::{Rows, Value};
use crate::db::schema::{
    exams as e, kit_texts as k, module_revisions as r, modules as m, questions as q, translations as t,
};

/// The current version of each thing a course's translations can translate: the id a
/// translation's `source_ref` must equal to be current. Read once per import.
#[derive(Debug, Default)]
struct CurrentRefs {
    exams: HashMap<String, i64>,
    /// A module's published revision, while it is the one its file gave: a revision made in the
    /// browser since is not what the translation was made from.
    modules: HashMap<String, i64>,
    /// Current question versions by `(exam, question id)`.
    questions: HashMap<(String, String), i64>,
    kit: HashMap<String, i64>,
}

impl CurrentRefs {
    fn read(conn: &mut DbConnection, course_id: i64) -> QueryResult<Self> {
        let exams =
            e::table.filter(e::course_id.eq(course_id)).select((e::slug, e::id)).load(conn)?.into_iter().collect();
        let modules = m::table
            .inner_join(r::table.on(m::published_revision_id.eq(r::id.nullable())))
            .filter(m::course_id.eq(course_id))
            .select((m::slug, r::id, r::content_hash, m::file_hash))
            .load::<(String, i64, String, Option<String>)>(conn)?
            .into_iter()
            .filter(|(.., hash, file_hash)| file_hash.as_ref() == Some(hash))
            .map(|(slug, revision, ..)| (slug, revision))
            .collect();
        let questions = q::table
            .inner_join(e::table)
            .filter(e::course_id.eq(course_id))
            .filter(q::retired_at.is_null())
            .select((e::slug, q::qid, q::id))
            .load::<(String, String, i64)>(conn)?
            .into_iter()
            .map(|(exam, qid, id)| ((exam, qid), id))
            .collect();
        let kit =
            k::table.filter(k::course_id.eq(course_id)).select((k::slug, k::id)).load(conn)?.into_iter().collect();
        Ok(CurrentRefs { exams, modules, questions, kit })
    }

    fn of(&self, course_id: i64, target: &Target) -> Option<i64> {
        match target {
            Target::Course => Some(course_id),
            Target::Exam(slug) => self.exams.get(slug).copied(),
            Target::Module(slug) => self.modules.get(slug).copied(),
            Target::Question { exam, id } => self.questions.get(&(exam.clone(), id.clone())).copied(),
            Target::Kit(slug) => self.kit.get(slug).copied(),
        }
    }
}

/// A stored translation as the import compares it with its file.
#[derive(Queryable)]
struct Stored {
    lang: String,
    path: String,
    id: i64,
    text: String,
    source_ref: Option<i64>,
    origin: String,
    data_json: String,
}

/// Stores a course's translation files (after its modules, exams and kit, in the same
/// transaction); returns the number of rows written. A translation saved in the browser is kept
/// over its file unless `force`; rows whose file is gone are removed.
pub fn import(
    conn: &mut DbConnection,
    now: UnixSecs,
    course: &CourseRow,
    files: &[TranslationFile],
    force: bool,
) -> anyhow::Result<usize> {
    let present: HashSet<(&str, &str)> = files.iter().map(|f| (f.lang.as_str(), f.path.as_str())).collect();
    let rows: Vec<Stored> = t::table
        .filter(t::course_id.eq(course.id))
        .select((t::lang, t::path, t::id, t::text, t::source_ref, t::origin, t::data_json))
        .load(conn)?;
    let mut stored = HashMap::new();
    for row in rows {
        if present.contains(&(row.lang.as_str(), row.path.as_str())) {
            stored.insert((row.lang.clone(), row.path.clone()), row);
        } else if row.origin == ORIGIN_FILE || force {
            diesel::delete(t::table.find(row.id)).execute(conn)?;
        }
    }
    let refs =
        if files.iter().any(|f| f.current) { CurrentRefs::read(conn, course.id)? } else { CurrentRefs::default() };
    let mut written = 0;
    let mut new_rows = Vec::new();
    for file in files {
        let source_ref = if file.current { refs.of(course.id, &file.target) } else { None };
        // Derived again every import: a new renderer changes what pages show of the same text.
        let data = derive(&course.slug, &file.content, file.rendered.as_ref()).to_string();
        match stored.get(&(file.lang.clone(), file.path.clone())) {
            // A translation saved in the browser keeps its text; only what pages show is renewed.
            Some(row) if row.origin == ORIGIN_EDITOR && !force => {
                if let Some(content) = super::files::parse_module(&row.text) {
                    let fresh = derive(&course.slug, &content, None).to_string();
                    if fresh != row.data_json {
                        diesel::update(t::table.find(row.id))
                            .set((t::data_json.eq(fresh), t::version.eq(t::version + 1)))
                            .execute(conn)?;
                    }
                }
            }
            Some(row) if row.text == file.text && row.source_ref == source_ref && row.data_json == data => {}
            Some(row) => {
                let updated = diesel::update(t::table.find(row.id))
                    .set((
                        t::kind.eq(file.target.kind()),
                        t::target.eq(file.target.key()),
                        t::source_sha.eq(&file.source),
                        t::source_ref.eq(source_ref),
                        t::text.eq(&file.text),
                        t::data_json.eq(&data),
                        t::head_json.eq(head(&file.content)),
                        t::origin.eq(ORIGIN_FILE),
                        t::author_id.eq(None::<i64>),
                        t::updated_at.eq(now),
                        t::version.eq(t::version + 1),
                    ))
                    .execute(conn)?;
                super::revisions::record(conn, row.id, ORIGIN_FILE, now)?;
                written += updated;
            }
            None => new_rows.push(NewTranslation { file, source_ref, data }),
        }
    }
    written += insert_new(conn, now, course.id, &new_rows)?;
    Ok(written)
}

/// A translation to store for the first time.
struct NewTranslation<'a> {
    file: &'a TranslationFile,
    source_ref: Option<i64>,
    data: String,
}

/// Inserts the new translations, then each one's first revision (what `revisions::record`
/// writes for a translation with none): three statements, whatever their number.
fn insert_new(
    conn: &mut DbConnection,
    now: UnixSecs,
    course_id: i64,
    new: &[NewTranslation<'_>],
) -> QueryResult<usize> {
    if new.is_empty() {
        return Ok(0);
    }
    let mut rows = Rows::new(
        "translations",
        &[
            "course_id",
            "lang",
            "path",
            "kind",
            "target",
            "source_sha",
            "source_ref",
            "text",
            "data_json",
            "head_json",
            "origin",
            "updated_at",
        ],
    );
    for n in new {
        rows.push([
            Value::from(course_id),
            n.file.lang.as_str().into(),
            n.file.path.as_str().into(),
            n.file.target.kind().into(),
            n.file.target.key().into(),
            n.file.source.as_str().into(),
            n.source_ref.into(),
            n.file.text.as_str().into(),
            n.data.as_str().into(),
            head(&n.file.content).into(),
            ORIGIN_FILE.into(),
            now.into(),
        ]);
    }
    rows.execute(conn)?;
    let ids: HashMap<(String, String), i64> = t::table
        .filter(t::course_id.eq(course_id))
        .select((t::lang, t::path, t::id))
        .load::<(String, String, i64)>(conn)?
        .into_iter()
        .map(|(lang, path, id)| ((lang, path), id))
        .collect();
    let mut revisions = Rows::new(
        "translation_revisions",
        &["translation_id", "number", "text", "source_sha", "source_ref", "origin", "author_id", "created_at"],
    );
    for n in new {
        let id = ids.get(&(n.file.lang.clone(), n.file.path.clone())).ok_or(diesel::result::Error::NotFound)?;
        revisions.push([
            Value::from(*id),
            1.into(),
            n.file.text.as_str().into(),
            n.file.source.as_str().into(),
            n.source_ref.into(),
            ORIGIN_FILE.into(),
            None::<i64>.into(),
            now.into(),
        ]);
    }
    revisions.execute(conn)?;
    Ok(new.len())
}

/// Writes a course's translations under `course_dir/translations/<lang>/`, as they were read
/// (or saved in the browser).
pub fn export(conn: &mut DbConnection, course: &CourseRow, course_dir: &Path) -> anyhow::Result<usize> {
    let rows: Vec<(String, String, String)> = t::table
        .filter(t::course_id.eq(course.id))
        .order((t::lang, t::path))
        .select((t::lang, t::path, t::text))
        .load(conn)?;
    for (lang, path, text) in &rows {
        let file = course_dir.join("translations").join(lang).join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&file, text)?;
    }
    Ok(rows.len())
}
