//! Exam banks from the course files into the database. A question whose content changed gets
//! a new version (the old one is retired, so statistics stay per version); a question gone from
//! the files is retired.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::bank::{ExamFile, QuestionFile};
use crate::clock::UnixSecs;
use crate::content::render::render_plain;
use crate::db::DbConnection;
use crate::db::rows::{Rows, Value};
use crate::db::schema::{exams as e, questions as q};

/// An option as stored: its HTML and whether it is correct (never sent before grading).
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct StoredOption {
    pub html: String,
    pub correct: bool,
}

fn hash_of(value: &impl Serialize) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = e)]
struct ExamFields<'a> {
    position: i32,
    title: &'a str,
    description_html: String,
    time_limit_seconds: i64,
    pass_percent: i32,
    max_attempts: i32,
    cooldown_seconds: i64,
    requires_json: String,
    review: &'a str,
    blueprint_json: String,
    toml_hash: String,
    updated_at: i64,
}

/// Brings a course's exams in line with its files; returns the number of new question versions.
pub fn sync_exams(conn: &mut DbConnection, now: UnixSecs, course_id: i64, exams: &[ExamFile]) -> QueryResult<usize> {
    let mut created = 0;
    for (position, file) in exams.iter().enumerate() {
        let exam = &file.exam;
        let fields = ExamFields {
            position: position as i32 + 1,
            title: &exam.title,
            description_html: render_plain(&exam.description),
            time_limit_seconds: exam.time_limit_minutes * 60,
            pass_percent: exam.pass_percent as i32,
            max_attempts: exam.max_attempts as i32,
            cooldown_seconds: exam.cooldown_hours * 3600,
            requires_json: serde_json::to_string(&exam.requires).unwrap_or_else(|_| "[]".into()),
            review: &exam.review,
            blueprint_json: serde_json::to_string(&exam.blueprint).unwrap_or_else(|_| "[]".into()),
            toml_hash: hash_of(&file.toml_text),
            updated_at: now,
        };
        let existing: Option<(i64, String)> = e::table
            .filter(e::course_id.eq(course_id))
            .filter(e::slug.eq(&file.slug))
            .select((e::id, e::toml_hash))
            .first(conn)
            .optional()?;
        let exam_id = match existing {
            Some((id, hash)) => {
                if hash != fields.toml_hash {
                    diesel::update(e::table.find(id)).set(&fields).execute(conn)?;
                }
                id
            }
            None => diesel::insert_into(e::table)
                .values((e::course_id.eq(course_id), e::slug.eq(&file.slug), &fields))
                .returning(e::id)
                .get_result(conn)?,
        };
        diesel::delete(crate::db::schema::exam_sources::table.find(exam_id)).execute(conn)?;
        diesel::insert_into(crate::db::schema::exam_sources::table)
            .values((
                crate::db::schema::exam_sources::exam_id.eq(exam_id),
                crate::db::schema::exam_sources::toml_text.eq(&file.toml_text),
            ))
            .execute(conn)?;
        created += sync_questions(conn, now, exam_id, &file.questions)?;
    }
    Ok(created)
}

/// An exam's current question versions, by question id: the row, its content hash and its
/// source as last written.
type CurrentVersions = HashMap<String, (i64, String, Option<String>)>;

/// Brings an exam's questions in line with its files; returns the number of new versions. What
/// is stored is read in two statements and the new versions are written in one ([`Rows`]),
/// whatever the number of questions: on PostgreSQL each statement is a round trip, and three
/// per question were a third of a fresh start's import.
fn sync_questions(conn: &mut DbConnection, now: UnixSecs, exam_id: i64, files: &[QuestionFile]) -> QueryResult<usize> {
    let current: CurrentVersions = q::table
        .filter(q::exam_id.eq(exam_id))
        .filter(q::retired_at.is_null())
        .select((q::qid, q::id, q::content_hash, q::source_md))
        .load::<(String, i64, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(qid, id, hash, source)| (qid, (id, hash, source)))
        .collect();
    let latest: HashMap<String, i32> = q::table
        .filter(q::exam_id.eq(exam_id))
        .group_by(q::qid)
        .select((q::qid, diesel::dsl::max(q::version)))
        .load::<(String, Option<i32>)>(conn)?
        .into_iter()
        .map(|(qid, version)| (qid, version.unwrap_or(0)))
        .collect();
    let mut seen = HashSet::new();
    let mut new_versions = Rows::new(
        "questions",
        &[
            "exam_id",
            "qid",
            "version",
            "topic",
            "kind",
            "difficulty",
            "objective",
            "stem_html",
            "options_json",
            "explanation_html",
            "content_hash",
            "created_at",
            "source_md",
        ],
    );
    for question in files {
        seen.insert(question.meta.id.as_str());
        let hash = hash_of(&(&question.meta, &question.stem, &question.options, &question.explanation));
        // The file as written, for `export` (formatting changes alone make no new version).
        let source = Some(&question.text);
        if let Some((id, old, stored_source)) = current.get(&question.meta.id) {
            if *old == hash {
                if stored_source.as_ref() != source {
                    diesel::update(q::table.find(*id)).set(q::source_md.eq(source)).execute(conn)?;
                }
                continue;
            }
            diesel::update(q::table.find(*id)).set(q::retired_at.eq(now)).execute(conn)?;
        }
        let version = latest.get(&question.meta.id).copied().unwrap_or(0) + 1;
        let options: Vec<StoredOption> = (question.options.iter().zip(&question.html.options))
            .map(|(o, html)| StoredOption { html: html.clone(), correct: o.correct })
            .collect();
        new_versions.push([
            Value::from(exam_id),
            question.meta.id.as_str().into(),
            version.into(),
            question.meta.topic.as_str().into(),
            question.meta.kind.as_str().into(),
            question.meta.difficulty.clone().into(),
            question.meta.objective.clone().into(),
            question.html.stem.as_str().into(),
            serde_json::to_string(&options).unwrap_or_else(|_| "[]".into()).into(),
            question.html.explanation.as_str().into(),
            hash.into(),
            now.into(),
            source.cloned().into(),
        ]);
    }
    for (qid, (id, ..)) in &current {
        if !seen.contains(qid.as_str()) {
            diesel::update(q::table.find(*id)).set(q::retired_at.eq(now)).execute(conn)?;
        }
    }
    new_versions.execute(conn)
}

/// Writes a course's exams back in the `courses/` format (`exams/<exam>.toml` and one file per
/// current question); returns the number of question files written.
pub fn export(conn: &mut DbConnection, course_id: i64, course_dir: &std::path::Path) -> anyhow::Result<usize> {
    use crate::db::schema::exam_sources as src;
    let exams: Vec<(i64, String, String)> = e::table
        .inner_join(src::table.on(src::exam_id.eq(e::id)))
        .filter(e::course_id.eq(course_id))
        .select((e::id, e::slug, src::toml_text))
        .load(conn)?;
    let mut written = 0;
    for (exam_id, slug, toml_text) in exams {
        let dir = course_dir.join("exams").join(&slug);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(course_dir.join("exams").join(format!("{slug}.toml")), toml_text)?;
        let questions: Vec<(String, Option<String>)> = q::table
            .filter(q::exam_id.eq(exam_id))
            .filter(q::retired_at.is_null())
            .select((q::qid, q::source_md))
            .load(conn)?;
        for (qid, source) in questions {
            if let Some(source) = source {
                std::fs::write(dir.join(format!("{qid}.md")), source)?;
                written += 1;
            }
        }
    }
    Ok(written)
}
