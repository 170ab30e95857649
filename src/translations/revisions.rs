//! The history of a translation, as source files have theirs: every text a translation has had
//! (from its file at an import, from the browser's editor, or restored from an earlier revision),
//! with the source it said it translates, who wrote it and when. A revision is recorded when the
//! text or the source it names changes; restoring one writes it again as the newest.

use diesel::prelude::*;
use serde::Serialize;

use super::Content;
use crate::clock::UnixSecs;
use crate::content::store::CourseRow;
use crate::db::DbConnection;
use crate::db::schema::{translation_revisions as tr, translations as t, users as u};
use crate::error::{AppError, AppResult};

/// Where a revision came from, beside `store::ORIGIN_FILE` and `store::ORIGIN_EDITOR`.
pub const ORIGIN_RESTORE: &str = "restore";

/// One revision of a translation, newest first in `list`.
#[derive(Debug, Clone, Serialize)]
pub struct Revision {
    pub number: i32,
    pub created_at: UnixSecs,
    /// file, editor or restore.
    pub origin: String,
    /// Who wrote it in the browser (`None` for a file, or an account since erased).
    pub author: Option<String>,
    /// Whether it was made from the source as it stands now.
    pub current: bool,
    /// The whole file.
    pub text: String,
}

/// Records what translation `translation_id` holds now as its next revision, unless the latest
/// revision already holds that text made from the same source. Returns whether one was written.
pub fn record(conn: &mut DbConnection, translation_id: i64, origin: &str, now: UnixSecs) -> QueryResult<bool> {
    let (text, source_sha, source_ref, author_id): (String, String, Option<i64>, Option<i64>) =
        t::table.find(translation_id).select((t::text, t::source_sha, t::source_ref, t::author_id)).first(conn)?;
    let latest: Option<(i32, String, String)> = tr::table
        .filter(tr::translation_id.eq(translation_id))
        .order(tr::number.desc())
        .select((tr::number, tr::text, tr::source_sha))
        .first(conn)
        .optional()?;
    if latest.as_ref().is_some_and(|(_, last_text, last_sha)| *last_text == text && *last_sha == source_sha) {
        return Ok(false);
    }
    diesel::insert_into(tr::table)
        .values((
            tr::translation_id.eq(translation_id),
            tr::number.eq(latest.map_or(1, |(number, ..)| number + 1)),
            tr::text.eq(&text),
            tr::source_sha.eq(&source_sha),
            tr::source_ref.eq(source_ref),
            tr::origin.eq(origin),
            tr::author_id.eq(author_id),
            tr::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// The revisions of a translation, newest first; `current_source` is the source's version now
/// (a module's published revision), against which each is current or stale.
pub fn list(conn: &mut DbConnection, translation_id: i64, current_source: i64) -> QueryResult<Vec<Revision>> {
    type Row = (i32, UnixSecs, String, Option<String>, Option<i64>, String);
    let rows: Vec<Row> = tr::table
        .left_join(u::table.on(tr::author_id.eq(u::id.nullable())))
        .filter(tr::translation_id.eq(translation_id))
        .order(tr::number.desc())
        .select((tr::number, tr::created_at, tr::origin, u::name.nullable(), tr::source_ref, tr::text))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(number, created_at, origin, author, source_ref, text)| Revision {
            number,
            created_at,
            origin,
            author: author.filter(|name| !name.is_empty()),
            current: source_ref == Some(current_source),
            text,
        })
        .collect())
}

/// Makes revision `number` of a module's translation its text again, with the source it was made
/// from (stale when the source has changed since), as a browser save by `author_id`: the next
/// import keeps it over the file. Recorded as the newest revision.
pub fn restore_module(
    conn: &mut DbConnection,
    now: UnixSecs,
    author_id: i64,
    course: &CourseRow,
    translation_id: i64,
    number: i32,
) -> AppResult<()> {
    crate::db::transaction(conn, |conn| {
        let (text, source_sha, source_ref): (String, String, Option<i64>) = tr::table
            .filter(tr::translation_id.eq(translation_id))
            .filter(tr::number.eq(number))
            .select((tr::text, tr::source_sha, tr::source_ref))
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        let content: Content = super::files::parse_module(&text).ok_or(AppError::NotFound)?;
        diesel::update(t::table.find(translation_id))
            .set((
                t::text.eq(&text),
                t::source_sha.eq(&source_sha),
                t::source_ref.eq(source_ref),
                t::data_json.eq(super::store::derive(&course.slug, &content, None).to_string()),
                t::head_json.eq(super::store::head(&content)),
                t::origin.eq(super::store::ORIGIN_EDITOR),
                t::author_id.eq(Some(author_id)),
                t::updated_at.eq(now),
                t::version.eq(t::version + 1),
            ))
            .execute(conn)?;
        record(conn, translation_id, ORIGIN_RESTORE, now)?;
        Ok(())
    })
}
