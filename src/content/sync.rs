//! The content's part of an import and an export (`course_load::sync` runs the whole): the
//! course row from `course.toml`, the assets, and the modules — a module whose content hash is
//! unchanged makes no new revision; a module edited in the browser since its last import keeps
//! the browser's version unless `force`.

use std::path::Path;

use anyhow::Context;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::check::ModuleFile;
use super::course::CourseToml;
use super::frontmatter::join;
use super::render::render_plain;
use super::store::{self, CourseRow, Source, content_hash};
use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::{courses as c, modules as m};

/// Image types accepted as course assets, by file extension.
pub fn asset_content_type(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".png") {
        Some("image/png")
    } else if lower.ends_with(".jpg") || lower.ends_with(".jpeg") {
        Some("image/jpeg")
    } else if lower.ends_with(".svg") {
        Some("image/svg+xml")
    } else {
        None
    }
}

/// What the content's part of an import did.
#[derive(Debug, Default)]
pub struct ContentImport {
    pub modules_created: usize,
    pub revisions_created: usize,
    pub unchanged: usize,
    /// `course/module` kept as edited in the browser (import with force to take the file).
    pub kept_browser_edits: Vec<String>,
    pub assets_written: usize,
}

/// The SHA-256 of some bytes, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The columns of a course that come from its `course.toml`.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = c)]
struct CourseFields<'a> {
    title: &'a str,
    summary: &'a str,
    description_html: String,
    credential_name: &'a str,
    course_toml: &'a str,
    toml_hash: &'a str,
    updated_at: i64,
    min_active_share_permille: i32,
    optional_modules_json: String,
    languages_json: String,
}

/// Creates or updates the course row from its `course.toml` (unchanged text: untouched, unless
/// `force`).
pub fn import_course_row(
    conn: &mut DbConnection,
    now: UnixSecs,
    slug: &str,
    toml_text: &str,
    course_toml: &CourseToml,
    force: bool,
) -> anyhow::Result<CourseRow> {
    let toml_hash = sha256_hex(toml_text.as_bytes());
    let fields = CourseFields {
        title: &course_toml.title,
        summary: &course_toml.summary,
        description_html: render_plain(&course_toml.description),
        credential_name: &course_toml.credential.name,
        course_toml: toml_text,
        toml_hash: &toml_hash,
        updated_at: now,
        min_active_share_permille: (course_toml.completion.min_active_share * 1000.0).round() as i32,
        optional_modules_json: serde_json::to_string(&course_toml.completion.optional_modules)
            .unwrap_or_else(|_| "[]".into()),
        languages_json: serde_json::to_string(&course_toml.translations.languages).unwrap_or_else(|_| "[]".into()),
    };
    Ok(match store::course_row(conn, slug)? {
        Some(row) if row.toml_hash == toml_hash && !force => row,
        Some(row) => {
            diesel::update(c::table.find(row.id)).set(&fields).execute(conn)?;
            store::course_row(conn, slug)?.context("the course row vanished")?
        }
        None => {
            diesel::insert_into(c::table).values((c::slug.eq(slug), c::created_at.eq(now), &fields)).execute(conn)?;
            store::course_row(conn, slug)?.context("the course row was not created")?
        }
    })
}

/// Stores the course's assets (an unchanged one is not rewritten); returns how many were written.
pub fn import_assets(
    conn: &mut DbConnection,
    now: UnixSecs,
    course_id: i64,
    dir: &Path,
    assets: &[String],
) -> anyhow::Result<usize> {
    let mut written = 0;
    for name in assets {
        let Some(content_type) = asset_content_type(name) else {
            continue;
        };
        let bytes =
            std::fs::read(dir.join("assets").join(name)).with_context(|| format!("cannot read assets/{name}"))?;
        if store::put_asset(conn, now, course_id, name, content_type, &bytes)? {
            written += 1;
        }
    }

    Ok(written)
}

/// Brings the course's modules in line with its files.
pub fn import_modules(
    conn: &mut DbConnection,
    now: UnixSecs,
    course: &CourseRow,
    files: &[ModuleFile],
    force: bool,
    report: &mut ContentImport,
) -> anyhow::Result<()> {
    for file in files {
        let hash = content_hash(&file.meta, &file.markdown);
        let position = file.number as i32;
        let Some(module) = store::find_module(conn, course.id, &file.slug)? else {
            let module = store::create_module_at(conn, course.id, &file.slug, position, now)?;
            store::insert_file_revision(conn, &module, &course.slug, 1, file, now)?;
            diesel::update(m::table.find(module.id)).set(m::file_hash.eq(Some(&hash))).execute(conn)?;
            report.modules_created += 1;
            report.revisions_created += 1;
            continue;
        };
        let latest = store::latest_revision(conn, &module)?;
        let same_as_latest = latest.as_ref().is_some_and(|l| l.content_hash == hash);
        let file_unchanged = module.file_hash.as_deref() == Some(hash.as_str());
        if same_as_latest || (file_unchanged && !force) {
            if !file_unchanged {
                diesel::update(m::table.find(module.id)).set(m::file_hash.eq(Some(&hash))).execute(conn)?;
            }
            if force && module.position != position {
                diesel::update(m::table.find(module.id)).set(m::position.eq(position)).execute(conn)?;
            }
            report.unchanged += 1;
            continue;
        }
        let edited_in_browser = latest.as_ref().is_some_and(|l| l.source != Source::File.as_str());
        if edited_in_browser && !force {
            report.kept_browser_edits.push(format!("{}/{}", course.slug, file.slug));
            continue;
        }
        let number = latest.as_ref().map_or(1, |l| l.number + 1);
        store::insert_file_revision(conn, &module, &course.slug, number, file, now)?;
        let new_position = if force { position } else { module.position };
        diesel::update(m::table.find(module.id))
            .set((m::file_hash.eq(Some(&hash)), m::position.eq(new_position)))
            .execute(conn)?;
        report.revisions_created += 1;
    }
    Ok(())
}

/// Where the renewal exam is listed: after every exam of the first path.
const RENEWAL_EXAM_POSITION: i32 = 1000;

/// Marks the modules and the exam of `[renewal]` as the renewal track, and every other one as
/// the first path.
pub fn set_tracks(conn: &mut DbConnection, course_id: i64, renewal: &super::course::RenewalToml) -> anyhow::Result<()> {
    use crate::db::schema::exams as e;
    diesel::update(m::table.filter(m::course_id.eq(course_id))).set(m::track.eq("path")).execute(conn)?;
    diesel::update(m::table.filter(m::course_id.eq(course_id)).filter(m::slug.eq_any(&renewal.modules)))
        .set(m::track.eq("renewal"))
        .execute(conn)?;
    diesel::update(e::table.filter(e::course_id.eq(course_id))).set(e::track.eq("path")).execute(conn)?;
    if let Some(exam) = &renewal.exam {
        diesel::update(e::table.filter(e::course_id.eq(course_id)).filter(e::slug.eq(exam)))
            // After the exams of the first path, wherever its file name sorts.
            .set((e::track.eq("renewal"), e::position.eq(RENEWAL_EXAM_POSITION)))
            .execute(conn)?;
    }
    Ok(())
}

/// Writes a course's `course.toml`, published modules and assets under `course_dir` in the
/// `courses/` format; returns the number of module files written.
pub fn export_course(conn: &mut DbConnection, course: &CourseRow, course_dir: &Path) -> anyhow::Result<usize> {
    let mut written = 0;
    let modules_dir = course_dir.join("modules");
    std::fs::create_dir_all(&modules_dir).with_context(|| format!("cannot create {}", modules_dir.display()))?;
    std::fs::write(course_dir.join("course.toml"), &course.course_toml)?;
    for (index, (slug, revision)) in store::published_revisions(conn, course.id)?.into_iter().enumerate() {
        let path = modules_dir.join(format!("{:02}-{slug}.md", index + 1));
        std::fs::write(&path, join(&revision.meta(), &revision.markdown))
            .with_context(|| format!("cannot write {}", path.display()))?;
        written += 1;
    }
    let assets = store::all_assets(conn, course.id)?;
    if !assets.is_empty() {
        let assets_dir = course_dir.join("assets");
        std::fs::create_dir_all(&assets_dir)?;
        for (name, bytes) in assets {
            std::fs::write(assets_dir.join(name), bytes)?;
        }
    }
    Ok(written)
}
