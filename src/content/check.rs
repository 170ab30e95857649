//! `ess-academy check [DIR]`: reads a courses folder as the importer will, and reports every
//! problem as `path:line: message`.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use super::course::CourseToml;
use super::frontmatter::{ModuleMeta, key_line, split, toml_key_line};
use super::render::{LinkContext, render};
use super::rules::{self, check_body, check_meta, check_slug, check_total, format_minutes};

/// One problem, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
    /// A warning is printed but does not fail `check` or stop an import.
    pub warning: bool,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = if self.warning { "warning: " } else { "" };
        write!(f, "{}:{}: {kind}{}", self.path.display(), self.line, self.message)
    }
}

/// A module file read from disk and found valid.
#[derive(Debug, Clone)]
pub struct ModuleFile {
    pub slug: String,
    /// The `NN` of `NN-slug.md`.
    pub number: i64,
    pub meta: ModuleMeta,
    pub markdown: String,
    pub path: PathBuf,
}

/// A course folder read from disk.
#[derive(Debug, Clone)]
pub struct CourseFolder {
    pub slug: String,
    pub dir: PathBuf,
    pub toml_text: String,
    pub course: Option<CourseToml>,
    pub modules: Vec<ModuleFile>,
    /// File names under `assets/`.
    pub assets: Vec<String>,
    pub total_minutes: i64,
    /// The exams and their question banks.
    pub exams: Vec<crate::exams::bank::ExamFile>,
    /// The copy texts of the marketing kit (`kit/`).
    pub kit: Vec<super::kit::KitFile>,
}

/// Everything found under a courses folder.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub courses: Vec<CourseFolder>,
    pub problems: Vec<Problem>,
}

impl CheckReport {
    /// `environmental-sustainability: 12 modules, 13 h 10 min; 2 exams, 237 questions; renewal:
    /// 1 module, 55 min, an exam of 68 questions`, one line per course (the first path, then the
    /// renewal track when it has one).
    pub fn summary(&self) -> Vec<String> {
        self.courses
            .iter()
            .map(|c| {
                let renewal = c.course.as_ref().map(|t| t.renewal.clone()).unwrap_or_default();
                let (renewal_modules, path_modules): (Vec<&ModuleFile>, Vec<&ModuleFile>) =
                    c.modules.iter().partition(|m| renewal.is_module(&m.slug));
                let mut line =
                    format!("{}: {} modules, {}", c.slug, path_modules.len(), format_minutes(c.total_minutes));
                let (renewal_exams, path_exams): (Vec<_>, Vec<_>) =
                    c.exams.iter().partition(|e| renewal.is_exam(&e.slug));
                if !path_exams.is_empty() {
                    let questions: usize = path_exams.iter().map(|e| e.questions.len()).sum();
                    line.push_str(&format!("; {} exams, {questions} questions", path_exams.len()));
                }
                if !renewal_exams.is_empty() || !renewal_modules.is_empty() {
                    let minutes: i64 = renewal_modules.iter().map(|m| m.meta.minutes).sum();
                    let questions: usize = renewal_exams.iter().map(|e| e.questions.len()).sum();
                    line.push_str(&format!(
                        "; renewal: {} module{}, {}, an exam of {questions} questions",
                        renewal_modules.len(),
                        if renewal_modules.len() == 1 { "" } else { "s" },
                        format_minutes(minutes)
                    ));
                }
                line
            })
            .collect()
    }

    /// Problems that fail the check (not warnings).
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.warning)
    }
}

pub(crate) fn problem(path: &Path, line: usize, message: impl Into<String>) -> Problem {
    Problem { path: path.to_path_buf(), line, message: message.into(), warning: false }
}

/// The 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A file with TOML front matter between `+++` lines, split and owned.
pub(crate) struct FrontMatterFile {
    pub front_matter: String,
    pub body: String,
    /// The 1-based line of the file where the body starts.
    pub body_first_line: usize,
}

/// Reads a file with TOML front matter and parses the front matter as `T`; the problem names
/// the line.
pub(crate) fn read_front_matter<T: serde::de::DeserializeOwned>(path: &Path) -> Result<(FrontMatterFile, T), Problem> {
    let text = std::fs::read_to_string(path).map_err(|e| problem(path, 1, format!("cannot read: {e}")))?;
    let parts = split(&text).map_err(|e| problem(path, e.line, e.message))?;
    let meta = toml::from_str::<T>(parts.front_matter).map_err(|e| {
        let line = e.span().map_or(2, |s| line_at(parts.front_matter, s.start) + 1);
        problem(path, line, format!("front matter: {}", e.message().trim()))
    })?;
    let file = FrontMatterFile {
        front_matter: parts.front_matter.to_owned(),
        body: parts.body.to_owned(),
        body_first_line: parts.body_first_line,
    };
    Ok((file, meta))
}

/// Checks every course folder (a folder with a `course.toml`) under `root`.
pub fn check_dir(root: &Path) -> CheckReport {
    let mut report = CheckReport::default();
    let entries = match std::fs::read_dir(root) {
        Ok(entries) => entries,
        Err(e) => {
            report.problems.push(problem(root, 1, format!("cannot read the courses folder: {e}")));
            return report;
        }
    };
    let mut dirs: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.join("course.toml").is_file()).collect();
    dirs.sort();
    if dirs.is_empty() {
        report.problems.push(problem(root, 1, "no course here: a course is a folder with a course.toml"));
    }
    for dir in dirs {
        let (course, problems) = check_course(&dir);
        report.problems.extend(problems);
        report.courses.push(course);
    }
    report
}

/// Checks one course folder.
pub fn check_course(dir: &Path) -> (CourseFolder, Vec<Problem>) {
    let mut problems = Vec::new();
    let slug = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let toml_path = dir.join("course.toml");
    if let Err(message) = check_slug(&slug) {
        problems.push(problem(&toml_path, 1, format!("course folder name: {message}")));
    }
    let toml_text = std::fs::read_to_string(&toml_path).unwrap_or_default();
    let course = match toml::from_str::<CourseToml>(&toml_text) {
        Ok(course) => {
            for (key, message) in course.problems() {
                problems.push(problem(&toml_path, toml_key_line(&toml_text, key), message));
            }
            Some(course)
        }
        Err(e) => {
            let line = e.span().map_or(1, |s| line_at(&toml_text, s.start));
            problems.push(problem(&toml_path, line, e.message().trim().to_owned()));
            None
        }
    };

    let assets = list_files(&dir.join("assets"));
    let asset_set: HashSet<String> = assets.iter().cloned().collect();
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
    let renewal = course.as_ref().map(|c| c.renewal.clone()).unwrap_or_default();
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
        let rendered = render(&parts.body, &LinkContext { course: &slug });
        for v in check_body(&parts.body, &rendered, &known, &asset_set) {
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
        modules.push(ModuleFile { slug: module_slug, number, meta, markdown: parts.body, path });
    }
    if let Some(course) = &course {
        for optional in &course.completion.optional_modules {
            if !known.contains(optional) {
                problems.push(problem(
                    &toml_path,
                    toml_key_line(&toml_text, "optional_modules"),
                    format!("optional_modules names `{optional}`, which is not a module of this course"),
                ));
            }
        }
    }
    // The total as a whole, for the summary (the message above names the file that crossed).
    let total_minutes = modules.iter().filter(|m| !renewal.is_module(&m.slug)).map(|m| m.meta.minutes).sum();
    if let Some(p) = problems.iter_mut().find(|p| p.message.contains("exceeds the")) {
        p.message = rules::check_total(total_minutes).unwrap_or_else(|| p.message.clone());
    }
    let module_objectives: Vec<(String, usize)> = modules
        .iter()
        .map(|m| {
            (m.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(), m.meta.objectives.len())
        })
        .collect();
    let (exams, exam_problems) = crate::exams::bank::check_exams(&dir.join("exams"), &module_objectives);
    problems.extend(exam_problems);
    if let Some(course) = &course {
        let renewal_problems = check_renewal(&course.renewal, &toml_path, &toml_text, &known, &exams);
        if let Some(slug) = &course.renewal.exam
            && renewal_problems.iter().any(|p| p.message.starts_with("the renewal exam `"))
        {
            // The renewal rule on pool sizes says it (as an error): drop the general warning.
            let exam_toml = exam_path(&toml_path, slug);
            problems.retain(|p| !(p.warning && p.path == exam_toml && p.message.contains("from a pool of")));
        }
        problems.extend(renewal_problems);
    }
    let (kit, kit_problems) = super::kit::check_kit(dir);
    problems.extend(kit_problems);
    let folder =
        CourseFolder { slug, dir: dir.to_path_buf(), toml_text, course, modules, assets, total_minutes, exams, kit };
    (folder, problems)
}

/// `[renewal]` against the modules and exams found: the slugs exist, the renewal exam is not
/// also on the first path, opens by the renewal rules only, and its bank holds at least
/// `POOL_GOOD_FACTOR` times each topic's draw (a renewal paper is sat by the same people every
/// year, so its pools must be deep).
fn check_renewal(
    renewal: &super::course::RenewalToml,
    toml_path: &Path,
    toml_text: &str,
    modules: &HashSet<String>,
    exams: &[crate::exams::bank::ExamFile],
) -> Vec<Problem> {
    use crate::exams::bank::POOL_GOOD_FACTOR;
    let mut problems = Vec::new();
    let modules_line = toml_key_line(toml_text, "modules");
    for slug in &renewal.modules {
        if !modules.contains(slug) {
            problems.push(problem(
                toml_path,
                modules_line,
                format!(
                    "[renewal] modules names `{slug}`, which is not a module of this course (modules/NN-{slug}.md)"
                ),
            ));
        }
    }
    let Some(slug) = &renewal.exam else {
        return problems;
    };
    let exam_line = toml_key_line(toml_text, "exam");
    let Some(exam) = exams.iter().find(|e| &e.slug == slug) else {
        problems.push(problem(
            toml_path,
            exam_line,
            format!("[renewal] exam names `{slug}`, but there is no exams/{slug}.toml"),
        ));
        return problems;
    };
    if !exam.exam.requires.is_empty() {
        problems.push(problem(
            &exam_path(toml_path, slug),
            toml_key_line(&exam.toml_text, "requires"),
            "the renewal exam opens by the [renewal] rules (the window and the renewal modules): set `requires = []`",
        ));
    }
    for other in exams.iter().filter(|e| &e.slug != slug) {
        if other.exam.requires.iter().any(|r| r.strip_prefix("exam:") == Some(slug.as_str())) {
            problems.push(problem(
                &exam_path(toml_path, &other.slug),
                toml_key_line(&other.toml_text, "requires"),
                format!("`{slug}` is the renewal exam: the first path cannot require it"),
            ));
        }
    }
    for entry in &exam.exam.blueprint {
        let count = usize::try_from(entry.count).unwrap_or(0);
        let pool = exam.questions.iter().filter(|q| q.meta.topic == entry.topic).count();
        if count > 0 && pool < POOL_GOOD_FACTOR * count {
            problems.push(problem(
                toml_path,
                exam_line,
                format!(
                    "the renewal exam `{slug}` draws {count} from topic {} whose pool has {pool} questions: a renewal \
                     exam needs at least {} ({POOL_GOOD_FACTOR}× the draw)",
                    entry.topic,
                    POOL_GOOD_FACTOR * count
                ),
            ));
        }
    }
    problems
}

fn exam_path(course_toml: &Path, slug: &str) -> PathBuf {
    course_toml.with_file_name("exams").join(format!("{slug}.toml"))
}

fn list_files(dir: &Path) -> Vec<String> {
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
