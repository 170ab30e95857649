//! `ess-academy check [DIR]`: reads a courses folder as the importer will — `course.toml`, the
//! modules and assets (`content`), the exams (`exams`), the kit and the translations — and
//! reports every problem as `path:line: message`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::content::check::{ModuleFile, Modules, check_assets, check_modules};
use crate::content::course::{CourseToml, RenewalToml};
use crate::content::kit::{KitFile, check_kit};
use crate::content::rules::{check_slug, format_minutes};
use crate::exams::bank::{ExamFile, check_exams};
use crate::markup::frontmatter::toml_key_line;
use crate::markup::problem::{Problem, line_at, problem};
use crate::translations::files::{Sources, TranslationFile};

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
    pub exams: Vec<ExamFile>,
    /// The copy texts of the marketing kit (`kit/`).
    pub kit: Vec<KitFile>,
    /// The translations under `translations/<lang>/`.
    pub translations: Vec<TranslationFile>,
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

/// Checks one course folder: its `course.toml`, then each part by the domain that owns it.
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
    let (assets, asset_problems) = check_assets(dir);
    problems.extend(asset_problems);
    let asset_set: HashSet<String> = assets.iter().cloned().collect();
    let renewal = course.as_ref().map(|c| c.renewal.clone()).unwrap_or_default();
    let (Modules { files: modules, known, total_minutes }, module_problems) =
        check_modules(dir, &slug, &renewal, &asset_set);
    problems.extend(module_problems);
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
    let module_objectives: Vec<(String, usize)> = modules
        .iter()
        .map(|m| {
            (m.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(), m.meta.objectives.len())
        })
        .collect();
    let (exams, exam_problems) = check_exams(&dir.join("exams"), &module_objectives);
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
    let (kit, kit_problems) = check_kit(dir);
    problems.extend(kit_problems);
    let languages = course.as_ref().map(|c| c.translations.languages.clone()).unwrap_or_default();
    let sources = Sources {
        course_toml: &toml_text,
        modules: &modules,
        exams: &exams,
        kit: &kit,
        known: &known,
        assets: &asset_set,
    };
    let (translations, translation_problems) = crate::translations::files::check(dir, &slug, &languages, &sources);
    problems.extend(translation_problems);
    let folder = CourseFolder {
        slug,
        dir: dir.to_path_buf(),
        toml_text,
        course,
        modules,
        assets,
        total_minutes,
        exams,
        kit,
        translations,
    };
    (folder, problems)
}

/// `[renewal]` against the modules and exams found: the slugs exist, the renewal exam is not
/// also on the first path, opens by the renewal rules only, and its bank holds at least
/// `POOL_GOOD_FACTOR` times each topic's draw (a renewal paper is sat by the same people every
/// year, so its pools must be deep).
fn check_renewal(
    renewal: &RenewalToml,
    toml_path: &Path,
    toml_text: &str,
    modules: &HashSet<String>,
    exams: &[ExamFile],
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
