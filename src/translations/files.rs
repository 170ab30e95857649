//! Translation files on disk: `translations/<lang>/` beside the source, with the same tree
//! (`course.toml`, `modules/NN-slug.md`, `exams/<exam>.toml`, `exams/<exam>/<id>.md`,
//! `kit/<slug>.md`). Each names the source it translates by the SHA-256 of the source file
//! (`source = "…"` in its front matter, or as a key of a TOML file). `check` reports, with file
//! and line, a translation whose source has changed since (stale, a warning), a module, question
//! or text with no translation in a declared language (missing, a warning), and a translation
//! that does not keep the source's shape (another number of objectives, other knowledge checks,
//! other options or other correct options, other placeholders: an error).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Content, Target, language_name};
use crate::content::check::ModuleFile;
use crate::content::kit::KitFile;
use crate::content::render::{LinkContext, Rendered, render};
use crate::content::rules::check_body;
use crate::content::sync::sha256_hex;
use crate::exams::bank::ExamFile;
use crate::markup::frontmatter::{key_line, split, toml_key_line};
use crate::markup::problem::{Problem, line_at, problem};
use crate::markup::question::{OptionText, parse_body};

/// The source files a translation can translate, as `check` found them.
pub struct Sources<'a> {
    pub course_toml: &'a str,
    pub modules: &'a [ModuleFile],
    pub exams: &'a [ExamFile],
    pub kit: &'a [KitFile],
    /// Module slugs (for links between modules) and asset names (for images).
    pub known: &'a HashSet<String>,
    pub assets: &'a HashSet<String>,
}

/// A translation file, read and found valid.
#[derive(Debug, Clone)]
pub struct TranslationFile {
    pub lang: String,
    /// The path of its source in the course folder (`modules/01-why-circular.md`), `/`-separated:
    /// the same path under `translations/<lang>/`.
    pub path: String,
    pub target: Target,
    /// The whole file, as written.
    pub text: String,
    /// The SHA-256 the file says it translates.
    pub source: String,
    /// Whether that is the source file's SHA-256 today.
    pub current: bool,
    pub content: Content,
    /// A module's markdown rendered by the check, for the import to store as it is.
    pub rendered: Option<Rendered>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleHeader {
    source: String,
    title: String,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    summary: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionHeader {
    id: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KitHeader {
    source: String,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseHeader {
    source: String,
    title: String,
    summary: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    credential: Option<CredentialHeader>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CredentialHeader {
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExamHeader {
    source: String,
    title: String,
    #[serde(default)]
    description: String,
}

/// What a translation can translate in this course: path → (target, the source's bytes' hash,
/// the source's shape).
enum Shape<'a> {
    Course,
    Exam,
    Module(&'a ModuleFile),
    Question(&'a [OptionText]),
    Kit(&'a KitFile),
}

struct Expected<'a> {
    target: Target,
    sha: String,
    shape: Shape<'a>,
}

fn relative(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

fn file_sha(path: &Path) -> String {
    std::fs::read(path).map(|b| sha256_hex(&b)).unwrap_or_default()
}

fn expected<'a>(dir: &Path, sources: &Sources<'a>) -> Vec<(String, Expected<'a>)> {
    let mut out = vec![(
        "course.toml".to_owned(),
        Expected { target: Target::Course, sha: sha256_hex(sources.course_toml.as_bytes()), shape: Shape::Course },
    )];
    for module in sources.modules {
        out.push((
            relative(dir, &module.path),
            Expected {
                target: Target::Module(module.slug.clone()),
                sha: file_sha(&module.path),
                shape: Shape::Module(module),
            },
        ));
    }
    for exam in sources.exams {
        out.push((
            format!("exams/{}.toml", exam.slug),
            Expected {
                target: Target::Exam(exam.slug.clone()),
                sha: sha256_hex(exam.toml_text.as_bytes()),
                shape: Shape::Exam,
            },
        ));
        for question in &exam.questions {
            out.push((
                relative(dir, &question.path),
                Expected {
                    target: Target::Question { exam: exam.slug.clone(), id: question.meta.id.clone() },
                    sha: file_sha(&question.path),
                    shape: Shape::Question(&question.options),
                },
            ));
        }
    }
    for text in sources.kit {
        let path = dir.join("kit").join(format!("{}.md", text.slug));
        out.push((
            format!("kit/{}.md", text.slug),
            Expected { target: Target::Kit(text.slug.clone()), sha: file_sha(&path), shape: Shape::Kit(text) },
        ));
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn warning(path: &Path, line: usize, message: impl Into<String>) -> Problem {
    Problem { warning: true, ..problem(path, line, message) }
}

/// Reads and checks the translations of a course folder in its declared `languages`.
pub fn check(
    dir: &Path,
    course_slug: &str,
    languages: &[String],
    sources: &Sources<'_>,
) -> (Vec<TranslationFile>, Vec<Problem>) {
    let root = dir.join("translations");
    let mut problems = Vec::new();
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&root) {
        let mut found: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        found.sort();
        for lang in found.iter().filter(|l| !languages.contains(l)) {
            problems.push(warning(
                &root.join(lang),
                1,
                format!(
                    "translations/{lang} is not imported: declare it in course.toml (`[translations] languages = [\"{lang}\"]`)"
                ),
            ));
        }
    }
    let expected = expected(dir, sources);
    for lang in languages {
        let lang_dir = root.join(lang);
        let mut present: Vec<PathBuf> = Vec::new();
        walk(&lang_dir, &mut present);
        present.sort();
        let by_path: HashMap<&str, &Expected<'_>> = expected.iter().map(|(p, e)| (p.as_str(), e)).collect();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for path in present {
            let rel = relative(&lang_dir, &path);
            let Some(expect) = by_path.get(rel.as_str()) else {
                problems.push(warning(
                    &path,
                    1,
                    format!("not imported: the course has no {rel} for this file to translate"),
                ));
                continue;
            };
            seen.insert(rel.clone());
            match read_one(&path, course_slug, expect, sources) {
                Ok(Read { source, content, rendered, problems: mut found }) => {
                    let errors = found.iter().any(|p| !p.warning);
                    let current = source == expect.sha;
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    if !current {
                        found.push(warning(
                            &path,
                            source_line(&text, &path),
                            format!(
                                "stale: {rel} has changed since this translation was made from it (its sha256 is now {}); \
                                 update the translation, then its `source`",
                                expect.sha
                            ),
                        ));
                    }
                    problems.extend(found);
                    if !errors {
                        files.push(TranslationFile {
                            lang: lang.clone(),
                            path: rel,
                            target: expect.target.clone(),
                            text,
                            source,
                            current,
                            content,
                            rendered,
                        });
                    }
                }
                Err(found) => problems.extend(found),
            }
        }
        let language = language_name(lang);
        for (rel, _) in expected.iter().filter(|(p, _)| !seen.contains(p)) {
            problems.push(warning(
                &lang_dir.join(rel),
                1,
                format!("missing: no {language} translation of {rel}; learners see the English"),
            ));
        }
    }
    (files, problems)
}

/// A module translation's texts, read back from its file (for the editor).
pub fn parse_module(text: &str) -> Option<Content> {
    let parts = split(text).ok()?;
    let header: ModuleHeader = toml::from_str(parts.front_matter).ok()?;
    Some(Content::Module {
        title: header.title,
        objectives: header.objectives,
        summary: header.summary,
        markdown: parts.body.to_owned(),
    })
}

/// Writes a module translation's file: `source`, the texts, the body.
pub fn module_file(source: &str, title: &str, objectives: &[String], summary: Option<&str>, markdown: &str) -> String {
    let string = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let mut out = format!("+++\nsource = {}\ntitle = {}\nobjectives = [\n", string(source), string(title));
    for objective in objectives {
        out.push_str(&format!("  {},\n", string(objective)));
    }
    out.push_str("]\n");
    if let Some(summary) = summary {
        out.push_str(&format!("summary = {}\n", string(summary)));
    }
    out.push_str("+++\n");
    if !markdown.starts_with('\n') {
        out.push('\n');
    }
    out.push_str(markdown);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The line of `source = …` in a translation, for messages.
fn source_line(text: &str, path: &Path) -> usize {
    if path.extension().is_some_and(|e| e == "toml") {
        toml_key_line(text, "source")
    } else {
        split(text).map_or(1, |parts| key_line(parts.front_matter, "source"))
    }
}

/// A translation file read: the source's SHA-256 it names, its content, a module's rendering,
/// and its problems.
struct Read {
    source: String,
    content: Content,
    rendered: Option<Rendered>,
    problems: Vec<Problem>,
}

impl Read {
    fn new(source: String, content: Content, problems: Vec<Problem>) -> Read {
        Read { source, content, rendered: None, problems }
    }
}

fn toml_header<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, Vec<Problem>> {
    toml::from_str::<T>(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_at(text, s.start));
        vec![problem(path, line, e.message().trim().to_owned())]
    })
}

fn front_matter<T: serde::de::DeserializeOwned>(
    path: &Path,
) -> Result<(crate::markup::problem::FrontMatterFile, T), Vec<Problem>> {
    crate::markup::problem::read_front_matter::<T>(path).map_err(|p| vec![p])
}

fn read_one(
    path: &Path,
    course_slug: &str,
    expect: &Expected<'_>,
    sources: &Sources<'_>,
) -> Result<Read, Vec<Problem>> {
    let mut problems = Vec::new();
    match &expect.shape {
        Shape::Course => {
            let text =
                std::fs::read_to_string(path).map_err(|e| vec![problem(path, 1, format!("cannot read: {e}"))])?;
            let header: CourseHeader = toml_header(path, &text)?;
            for (key, value) in [("title", &header.title), ("summary", &header.summary)] {
                if value.trim().is_empty() {
                    problems.push(problem(path, toml_key_line(&text, key), format!("the {key} is empty")));
                }
            }
            let content = Content::Course {
                title: header.title,
                summary: header.summary,
                description: header.description,
                credential_name: header.credential.map(|c| c.name).filter(|n| !n.trim().is_empty()),
            };
            Ok(Read::new(header.source, content, problems))
        }
        Shape::Exam => {
            let text =
                std::fs::read_to_string(path).map_err(|e| vec![problem(path, 1, format!("cannot read: {e}"))])?;
            let header: ExamHeader = toml_header(path, &text)?;
            if header.title.trim().is_empty() {
                problems.push(problem(path, toml_key_line(&text, "title"), "the title is empty"));
            }
            Ok(Read::new(
                header.source,
                Content::Exam { title: header.title, description: header.description },
                problems,
            ))
        }
        Shape::Module(module) => {
            let (parts, header) = front_matter::<ModuleHeader>(path)?;
            let rendered = render(&parts.body, &LinkContext { course: course_slug });
            let fields = ModuleFields {
                title: &header.title,
                objectives: &header.objectives,
                markdown: &parts.body,
                rendered: &rendered,
            };
            let source = ModuleFields {
                title: &module.meta.title,
                objectives: &module.meta.objectives,
                markdown: &module.markdown,
                rendered: &module.rendered,
            };
            for found in check_module(&fields, &source, sources.known, sources.assets) {
                let line = match found.line {
                    Some(line) => line + parts.body_first_line - 1,
                    None if found.field == "markdown" => parts.body_first_line,
                    None => key_line(&parts.front_matter, found.field),
                };
                problems.push(problem(path, line, found.message));
            }
            let content = Content::Module {
                title: header.title,
                objectives: header.objectives,
                summary: header.summary,
                markdown: parts.body,
            };
            Ok(Read { source: header.source, content, rendered: Some(rendered), problems })
        }
        Shape::Question(options) => {
            let (parts, header) = front_matter::<QuestionHeader>(path)?;
            if let Target::Question { id, .. } = &expect.target
                && &header.id != id
            {
                problems.push(problem(
                    path,
                    key_line(&parts.front_matter, "id"),
                    format!(
                        "the id is `{}`, but the source's is `{id}`: a translation keeps its question's id",
                        header.id
                    ),
                ));
            }
            let (stem, ours, explanation) = parse_body(&parts.body)
                .map_err(|(line, message)| vec![problem(path, line + parts.body_first_line - 1, message)])?;
            let marks = |o: &[OptionText]| o.iter().map(|o| o.correct).collect::<Vec<_>>();
            if let Some(message) = shape_mismatch(&marks(&ours), &marks(options)) {
                let first_option = parts.body.lines().position(|l| l.starts_with("- [")).map_or(0, |i| i);
                problems.push(problem(path, parts.body_first_line + first_option, message));
            }
            Ok(Read::new(header.source, Content::Question { stem, options: ours, explanation }, problems))
        }
        Shape::Kit(source) => {
            let (parts, header) = front_matter::<KitHeader>(path)?;
            if header.title.trim().is_empty() {
                problems.push(problem(path, key_line(&parts.front_matter, "title"), "the title is empty"));
            }
            let names = |text: &str| -> BTreeSet<String> {
                crate::content::kit::placeholders(text).into_iter().map(|(_, n)| n.to_owned()).collect()
            };
            let (ours, theirs) = (names(&parts.body), names(&source.markdown));
            if ours != theirs {
                problems.push(problem(
                    path,
                    parts.body_first_line,
                    format!(
                        "the placeholders are {{{}}}, but the source's are {{{}}}: keep every placeholder as it is",
                        ours.into_iter().collect::<Vec<_>>().join("}, {"),
                        theirs.into_iter().collect::<Vec<_>>().join("}, {")
                    ),
                ));
            }
            Ok(Read::new(header.source, Content::Kit { title: header.title, markdown: parts.body }, problems))
        }
    }
}

/// The texts of a module (a source, or its translation) that a translation must match in shape.
pub struct ModuleFields<'a> {
    pub title: &'a str,
    pub objectives: &'a [String],
    pub markdown: &'a str,
    /// The markdown rendered (the caller keeps it: the import stores it).
    pub rendered: &'a Rendered,
}

/// A problem of a module translation: the field (`title`, `objectives`, `markdown`) and, in the
/// markdown, the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub line: Option<usize>,
    pub message: String,
}

/// Checks a module translation against its source: a title, as many objectives, the rules of
/// any module body (links, images, captions, knowledge checks), and the same knowledge checks
/// with the same options and keys. Used by `check` and by the translation editor alike.
pub fn check_module(
    ours: &ModuleFields<'_>,
    source: &ModuleFields<'_>,
    known: &HashSet<String>,
    assets: &HashSet<String>,
) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    let mut push = |field: &'static str, line: Option<usize>, message: String| {
        problems.push(FieldProblem { field, line, message });
    };
    if ours.title.trim().is_empty() {
        push("title", None, "the title is empty".to_owned());
    }
    if ours.objectives.len() != source.objectives.len() {
        push(
            "objectives",
            None,
            format!(
                "{} objectives, but the source has {}: translate each objective, in the same order",
                ours.objectives.len(),
                source.objectives.len()
            ),
        );
    }
    let (rendered, theirs) = (ours.rendered, source.rendered);
    for v in check_body(ours.markdown, rendered, known, assets) {
        push("markdown", v.line, v.message);
    }
    let ids = |r: &crate::content::render::Rendered| r.checks.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    if ids(rendered) != ids(theirs) {
        push(
            "markdown",
            None,
            format!(
                "the knowledge checks are [{}], but the source has [{}]: keep every check, with its id, in the same order",
                ids(rendered).join(", "),
                ids(theirs).join(", ")
            ),
        );
    } else {
        for (check, source_check) in rendered.checks.iter().zip(&theirs.checks) {
            let marks =
                |c: &crate::content::render::KnowledgeCheck| c.options.iter().map(|o| o.correct).collect::<Vec<_>>();
            if let Some(message) = shape_mismatch(&marks(check), &marks(source_check)) {
                push(
                    "markdown",
                    check_line(ours.markdown, &check.id),
                    format!("knowledge check `{}`: {message}", check.id),
                );
            }
        }
    }
    problems
}

/// The 1-based body line of a ```` ```check <id> ```` fence.
fn check_line(body: &str, id: &str) -> Option<usize> {
    body.lines()
        .position(|l| l.trim_start().strip_prefix("```check").is_some_and(|rest| rest.trim() == id))
        .map(|i| i + 1)
}

/// Why a translation's options (their correct marks, in order) do not match the source's.
pub fn shape_mismatch(ours: &[bool], theirs: &[bool]) -> Option<String> {
    if ours.len() != theirs.len() {
        return Some(format!(
            "{} options, but the source has {}: keep the same options in the same order",
            ours.len(),
            theirs.len()
        ));
    }
    let differ: Vec<String> =
        ours.iter().zip(theirs).enumerate().filter(|(_, (a, b))| a != b).map(|(i, _)| (i + 1).to_string()).collect();
    match differ.as_slice() {
        [] => None,
        [one] => Some(format!("option {one} is marked otherwise than in the source: the same options must be correct")),
        [rest @ .., last] => Some(format!(
            "options {} and {last} are marked otherwise than in the source: the same options must be correct",
            rest.join(", ")
        )),
    }
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_must_keep_their_number_and_their_correct_ones() {
        assert_eq!(shape_mismatch(&[true, false], &[true, false]), None);
        assert!(
            shape_mismatch(&[true, false, false], &[true, false]).unwrap().contains("3 options, but the source has 2")
        );
        assert!(
            shape_mismatch(&[false, true], &[true, false]).unwrap().starts_with("options 1 and 2 are marked otherwise")
        );
        assert!(shape_mismatch(&[true, true, false], &[true, false, false]).unwrap().starts_with("option 2 is marked"));
    }

    #[test]
    fn a_module_translation_written_by_the_editor_reads_back() {
        let objectives = vec!["Explicar la idea".to_owned(), "Nombrar \"los ciclos\"".to_owned()];
        let text = module_file(&"a".repeat(64), "Introducción", &objectives, Some("Breve."), "## Inicio\n\nTexto.\n");
        assert_eq!(
            parse_module(&text),
            Some(Content::Module {
                title: "Introducción".into(),
                objectives,
                summary: Some("Breve.".into()),
                markdown: "\n## Inicio\n\nTexto.\n".into(),
            })
        );
    }

    #[test]
    fn a_check_fence_is_found_by_its_id() {
        let body = "Intro\n\n```check first\nQ\n- [x] a\n- [ ] b\n```\n\n```check second\n";
        assert_eq!(check_line(body, "first"), Some(3));
        assert_eq!(check_line(body, "second"), Some(9));
        assert_eq!(check_line(body, "third"), None);
    }
}
