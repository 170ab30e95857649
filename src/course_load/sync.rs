//! `courses/` ↔ database, the whole course. Import is idempotent and runs in one transaction:
//! the course row, assets and modules (`content`), the exams (`exams`), the kit and the
//! translations, each by the domain that owns it. Export writes the published content back in
//! the same format, so that `export` then `check` passes and importing an export changes nothing.

use std::path::Path;

use anyhow::Context;
use diesel::prelude::*;

use super::check::{CheckReport, CourseFolder, check_dir};
use crate::clock::UnixSecs;
use crate::content::store::CourseRow;
use crate::content::sync::{ContentImport, import_assets, import_course_row, import_modules, set_tracks};
use crate::db::schema::courses as c;
use crate::db::{self, DbConnection};
use crate::markup::problem::Problem;

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
    /// Translation files stored (new or changed).
    pub translations_written: usize,
    /// Courses not imported because `check` found problems in them.
    pub skipped_courses: Vec<String>,
    pub problems: Vec<Problem>,
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} course(s): {} module(s) created, {} new revision(s), {} unchanged, {} asset(s) written, {} new question version(s), {} translation(s) written",
            self.courses,
            self.modules_created,
            self.revisions_created,
            self.unchanged,
            self.assets_written,
            self.questions_created,
            self.translations_written
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

/// Reads, checks and imports every course under `root`, in one transaction.
pub fn import(conn: &mut DbConnection, now: UnixSecs, root: &Path, force: bool) -> anyhow::Result<ImportReport> {
    import_checked(conn, now, &check_dir(root), force)
}

/// Imports the courses of a folder already read and checked ([`check_dir`], which needs no
/// database: the server checks while its database opens), in one transaction. A course with
/// problems is skipped.
pub fn import_checked(
    conn: &mut DbConnection,
    now: UnixSecs,
    checked: &CheckReport,
    force: bool,
) -> anyhow::Result<ImportReport> {
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
    let course = import_course_row(conn, now, &folder.slug, &folder.toml_text, course_toml, force)?;
    report.assets_written += import_assets(conn, now, course.id, &folder.dir, &folder.assets)?;
    report.questions_created += crate::exams::sync::sync_exams(conn, now, course.id, &folder.exams)?;
    crate::content::kit::import(conn, course.id, &folder.kit)?;
    let mut content = ContentImport::default();
    import_modules(conn, now, &course, &folder.modules, force, &mut content)?;
    report.modules_created += content.modules_created;
    report.revisions_created += content.revisions_created;
    report.unchanged += content.unchanged;
    report.kept_browser_edits.extend(content.kept_browser_edits);
    set_tracks(conn, course.id, &course_toml.renewal)?;
    report.translations_written += crate::translations::sync::import(conn, now, &course, &folder.translations, force)?;
    Ok(())
}

/// Writes every course's published content under `dir` in the `courses/` format; returns the
/// number of module files written.
pub fn export(conn: &mut DbConnection, dir: &Path) -> anyhow::Result<usize> {
    let courses: Vec<CourseRow> = c::table.order(c::slug).select(CourseRow::as_select()).load(conn)?;
    let mut written = 0;
    for course in courses {
        let course_dir = dir.join(&course.slug);
        written += crate::content::sync::export_course(conn, &course, &course_dir)
            .with_context(|| format!("cannot export {}", course.slug))?;
        crate::content::kit::export(conn, course.id, &course_dir)?;
        crate::exams::sync::export(conn, course.id, &course_dir)?;
        crate::translations::sync::export(conn, &course, &course_dir)?;
    }
    Ok(written)
}
