//! `courses/` ↔ database. Import is idempotent and runs in one transaction: a module whose
//! content hash is unchanged makes no new revision; a module edited in the browser since its
//! last import keeps the browser's version unless `force`. Export writes the published content
//! back in the same format, so that `export` then `check` passes and importing an export
//! changes nothing.

use std::path::Path;

use anyhow::Context;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::check::{CourseFolder, Problem, check_dir};
use super::frontmatter::join;
use super::render::render_plain;
use super::store::{self, CourseRow, Source, content_hash};
use crate::clock::UnixSecs;
use crate::db::schema::{courses as c, modules as m};
use crate::db::{self, DbConnection};

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

/// What an import did.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub courses: usize,
    pub modules_created: usize,
    pub revisions_created: usize,
    pub unchanged: usize,
    /// `course/module` kept as edited in the browser (import with force to take the file).
    pub kept_browser_edits: Vec<String>,
    pub assets_written: usize,
    /// New question versions (new questions, or changed ones).
    pub questions_created: usize,
    /// Courses not imported because `check` found problems in them.
    pub skipped_courses: Vec<String>,
    pub problems: Vec<Problem>,
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} course(s): {} module(s) created, {} new revision(s), {} unchanged, {} asset(s) written, {} new question version(s)",
            self.courses,
            self.modules_created,
            self.revisions_created,
            self.unchanged,
            self.assets_written,
            self.questions_created
        )?;
        if !self.kept_browser_edits.is_empty() {
            write!(
                f,
                "; kept browser edits of {} (use import --force to take the files)",
                self.kept_browser_edits.join(", ")
            )?;
        }
        if !self.skipped_courses.is_empty() {
            write!(f, "; skipped {} because of problems", self.skipped_courses.join(", "))?;
        }
        Ok(())
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads, checks and imports every course under `root`, in one transaction.
pub fn import(conn: &mut DbConnection, now: UnixSecs, root: &Path, force: bool) -> anyhow::Result<ImportReport> {
    let checked = check_dir(root);
    let mut report = ImportReport { problems: checked.problems.clone(), ..ImportReport::default() };
    db::transaction(conn, |conn| -> anyhow::Result<()> {
        for folder in &checked.courses {
            let has_problems = checked.errors().any(|p| p.path.starts_with(&folder.dir));
            if has_problems || folder.course.is_none() {
                report.skipped_courses.push(folder.slug.clone());
                continue;
            }
            import_course(conn, now, folder, force, &mut report)?;
            report.courses += 1;
        }
        Ok(())
    })?;
    Ok(report)
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
}

fn import_course(
    conn: &mut DbConnection,
    now: UnixSecs,
    folder: &CourseFolder,
    force: bool,
    report: &mut ImportReport,
) -> anyhow::Result<()> {
    let Some(course_toml) = &folder.course else {
        return Ok(());
    };
    let toml_hash = sha256_hex(folder.toml_text.as_bytes());
    let fields = CourseFields {
        title: &course_toml.title,
        summary: &course_toml.summary,
        description_html: render_plain(&course_toml.description),
        credential_name: &course_toml.credential.name,
        course_toml: &folder.toml_text,
        toml_hash: &toml_hash,
        updated_at: now,
        min_active_share_permille: (course_toml.completion.min_active_share * 1000.0).round() as i32,
        optional_modules_json: serde_json::to_string(&course_toml.completion.optional_modules)
            .unwrap_or_else(|_| "[]".into()),
    };
    let course: CourseRow = match store::course_row(conn, &folder.slug)? {
        Some(row) if row.toml_hash == toml_hash && !force => row,
        Some(row) => {
            diesel::update(c::table.find(row.id)).set(&fields).execute(conn)?;
            store::course_row(conn, &folder.slug)?.context("the course row vanished")?
        }
        None => {
            diesel::insert_into(c::table)
                .values((c::slug.eq(&folder.slug), c::created_at.eq(now), &fields))
                .execute(conn)?;
            store::course_row(conn, &folder.slug)?.context("the course row was not created")?
        }
    };

    for name in &folder.assets {
        let Some(content_type) = asset_content_type(name) else {
            continue;
        };
        let bytes = std::fs::read(folder.dir.join("assets").join(name))
            .with_context(|| format!("cannot read assets/{name}"))?;
        if store::put_asset(conn, now, course.id, name, content_type, &bytes)? {
            report.assets_written += 1;
        }
    }

    report.questions_created += crate::exams::sync::sync_exams(conn, now, course.id, &folder.exams)?;
    super::kit::import(conn, course.id, &folder.kit)?;

    for file in &folder.modules {
        let hash = content_hash(&file.meta, &file.markdown);
        let position = file.number as i32;
        let Some(module) = store::find_module(conn, course.id, &file.slug)? else {
            let module = store::create_module_at(conn, course.id, &file.slug, position, now)?;
            store::insert_file_revision(conn, &module, &course.slug, 1, &file.meta, &file.markdown, now)?;
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
        store::insert_file_revision(conn, &module, &course.slug, number, &file.meta, &file.markdown, now)?;
        let new_position = if force { position } else { module.position };
        diesel::update(m::table.find(module.id))
            .set((m::file_hash.eq(Some(&hash)), m::position.eq(new_position)))
            .execute(conn)?;
        report.revisions_created += 1;
    }
    set_tracks(conn, course.id, &course_toml.renewal)?;
    Ok(())
}

/// Where the renewal exam is listed: after every exam of the first path.
const RENEWAL_EXAM_POSITION: i32 = 1000;

/// Marks the modules and the exam of `[renewal]` as the renewal track, and every other one as
/// the first path.
fn set_tracks(
    conn: &mut DbConnection,
    course_id: i64,
    renewal: &crate::content::course::RenewalToml,
) -> anyhow::Result<()> {
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

/// Writes every course's published content under `dir` in the `courses/` format; returns the
/// number of module files written.
pub fn export(conn: &mut DbConnection, dir: &Path) -> anyhow::Result<usize> {
    let courses: Vec<CourseRow> = c::table.order(c::slug).select(CourseRow::as_select()).load(conn)?;
    let mut written = 0;
    for course in courses {
        let course_dir = dir.join(&course.slug);
        let modules_dir = course_dir.join("modules");
        std::fs::create_dir_all(&modules_dir).with_context(|| format!("cannot create {}", modules_dir.display()))?;
        std::fs::write(course_dir.join("course.toml"), &course.course_toml)?;
        for (index, (slug, revision)) in store::published_revisions(conn, course.id)?.into_iter().enumerate() {
            let path = modules_dir.join(format!("{:02}-{slug}.md", index + 1));
            std::fs::write(&path, join(&revision.meta(), &revision.markdown))
                .with_context(|| format!("cannot write {}", path.display()))?;
            written += 1;
        }
        super::kit::export(conn, course.id, &course_dir)?;
        crate::exams::sync::export(conn, course.id, &course_dir)?;
        let assets = store::all_assets(conn, course.id)?;
        if !assets.is_empty() {
            let assets_dir = course_dir.join("assets");
            std::fs::create_dir_all(&assets_dir)?;
            for (name, bytes) in assets {
                std::fs::write(assets_dir.join(name), bytes)?;
            }
        }
    }
    Ok(written)
}
