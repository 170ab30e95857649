//! The files `content` owns in a course folder — `modules/NN-slug.md` and `assets/` — read as
//! the importer will, every problem located by path and line. The course as a whole (course.toml,
//! exams, kit, translations) is checked by `course_load`, above this.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use super::course::RenewalToml;
use super::frontmatter::{ModuleMeta, key_line};
use super::render::{LinkContext, Rendered, render};
use super::rules::{self, check_body, check_meta, check_slug, check_total};
pub use crate::markup::problem::Problem;
use crate::markup::problem::{problem, read_front_matter};

/// A module file read from disk and found valid.
#[derive(Debug, Clone)]
pub struct ModuleFile {
    pub slug: String,
    /// The `NN` of `NN-slug.md`.
    pub number: i64,
    pub meta: ModuleMeta,
    pub markdown: String,
    pub path: PathBuf,
    /// The markdown rendered (by the check, which needs it): the import stores it as it is.
    pub rendered: Rendered,
}

/// The modules of a course folder.
#[derive(Debug, Clone, Default)]
pub struct Modules {
    pub files: Vec<ModuleFile>,
    /// Every module slug named by a file, valid or not (for links between modules).
    pub known: HashSet<String>,
    /// Minutes of the first path (renewal modules are studied a year later).
    pub total_minutes: i64,
}

/// `assets/`: the file names, and a problem for a file that is not an image or an SVG that
/// sanitising would change.
pub fn check_assets(dir: &Path) -> (Vec<String>, Vec<Problem>) {
    let mut problems = Vec::new();
    let assets = list_files(&dir.join("assets"));
    for name in &assets {
        let path = dir.join("assets").join(name);
        if super::sync::asset_content_type(name).is_none() {
            let mut p = problem(&path, 1, "not imported: an asset is a .png, .jpg, .jpeg or .svg image");
            p.warning = true;
            problems.push(p);
            continue;
        }
        if !name.to_ascii_lowercase().ends_with(".svg") {
            continue;
        }
        match std::fs::read(&path).map_err(|e| e.to_string()).and_then(|b| super::svg::sanitize(&b)) {
            Ok(clean) if clean.removed.is_empty() => {}
            Ok(clean) => problems.push(problem(
                &path,
                1,
                format!("sanitising would change this SVG: it removes {}", clean.removed.join(", ")),
            )),
            Err(message) => problems.push(problem(&path, 1, message)),
        }
    }
    (assets, problems)
}

/// `modules/`: every `NN-slug.md`, its front matter and body checked against the rules.
pub fn check_modules(
    dir: &Path,
    course_slug: &str,
    renewal: &RenewalToml,
    asset_set: &HashSet<String>,
) -> (Modules, Vec<Problem>) {
    let mut problems = Vec::new();
    let slug = course_slug;
    let module_dir = dir.join("modules");
    let mut files = list_files(&module_dir);
    files.retain(|f| f.ends_with(".md"));
    let mut modules = Vec::new();
    let mut slugs: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut named: Vec<(PathBuf, i64, String)> = Vec::new();
    for file in &files {
        let path = module_dir.join(file);
        let stem = &file[..file.len() - 3];
        let parsed = stem.split_once('-').and_then(|(n, s)| {
            (n.len() >= 2 && n.chars().all(|c| c.is_ascii_digit()))
                .then(|| (n.parse::<i64>().unwrap_or(0), s.to_owned()))
        });
        let Some((number, module_slug)) = parsed else {
            problems.push(problem(&path, 1, "name module files NN-slug.md, like 04-takeback-basics.md"));
            continue;
        };
        if let Err(message) = check_slug(&module_slug) {
            problems.push(problem(&path, 1, format!("file name: {message}")));
            continue;
        }
        if let Some(first) = slugs.get(&module_slug) {
            problems.push(problem(
                &path,
                1,
                format!("the slug `{module_slug}` is already used by {}", first.display()),
            ));
            continue;
        }
        slugs.insert(module_slug.clone(), path.clone());
        named.push((path, number, module_slug));
    }
    if files.is_empty() {
        problems.push(problem(&module_dir, 1, "the course has no modules (modules/NN-slug.md)"));
    }
    let known: HashSet<String> = slugs.keys().cloned().collect();
    let mut total = 0;
    for (path, number, module_slug) in named {
        let (parts, meta) = match read_front_matter::<ModuleMeta>(&path) {
            Ok(parsed) => parsed,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        for v in check_meta(&meta) {
            problems.push(problem(&path, key_line(&parts.front_matter, v.field), v.message));
        }
        let rendered = render(&parts.body, &LinkContext { course: slug });
        for v in check_body(&parts.body, &rendered, &known, asset_set) {
            let line = v.line.map_or(parts.body_first_line, |l| l + parts.body_first_line - 1);
            problems.push(problem(&path, line, v.message));
        }
        // Renewal modules are studied a year later: they do not count towards the first path's cap.
        if !renewal.is_module(&module_slug) {
            total += meta.minutes;
        }
        if let Some(message) = check_total(total)
            && !problems.iter().any(|p| p.message.contains("exceeds the"))
        {
            problems.push(problem(&path, key_line(&parts.front_matter, "minutes"), message));
        }
        modules.push(ModuleFile { slug: module_slug, number, meta, markdown: parts.body, path, rendered });
    }
    // The total as a whole, for the summary (the message above names the file that crossed).
    let total_minutes = modules.iter().filter(|m| !renewal.is_module(&m.slug)).map(|m| m.meta.minutes).sum();
    if let Some(p) = problems.iter_mut().find(|p| p.message.contains("exceeds the")) {
        p.message = rules::check_total(total_minutes).unwrap_or_else(|| p.message.clone());
    }
    (Modules { files: modules, known, total_minutes }, problems)
}

/// The visible files of a folder, sorted.
pub fn list_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
