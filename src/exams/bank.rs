//! Exams on disk: `exams/<exam>.toml` (rules and blueprint) and one question per file in
//! `exams/<exam>/<id>.md`: TOML front matter (`id`, `topic`, `kind`, optional `difficulty` and
//! `objective`), the stem in markdown, the options as a task list (`- [x]` correct, `- [ ]`
//! wrong), then an optional `> ` explanation. `check` reports every broken rule as
//! `path:line: message`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::render::render_plain;
use crate::markup::frontmatter::{key_line, split};
use crate::markup::problem::{Problem, problem};
pub use crate::markup::question::{Body, OPTIONS_MAX, OPTIONS_MIN, OptionText, check_options, parse_body};

/// A topic's pool must hold at least this multiple of its blueprint count (an error below).
pub const POOL_MIN_FACTOR: usize = 2;
/// Below this multiple a warning is printed.
pub const POOL_GOOD_FACTOR: usize = 3;
/// Time limits: 5 minutes to 4 hours.
pub const TIME_LIMIT_MINUTES: std::ops::RangeInclusive<i64> = 5..=240;
/// Attempts: 1 to 20.
pub const MAX_ATTEMPTS: std::ops::RangeInclusive<i64> = 1..=20;
/// Cooldown between attempts: up to 30 days.
pub const COOLDOWN_HOURS: std::ops::RangeInclusive<i64> = 0..=720;

/// `exams/<exam>.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExamToml {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub time_limit_minutes: i64,
    pub pass_percent: i64,
    pub max_attempts: i64,
    #[serde(default)]
    pub cooldown_hours: i64,
    /// `"modules"` (the training is complete) and/or `"exam:<slug>"` (that exam is passed).
    #[serde(default = "default_requires")]
    pub requires: Vec<String>,
    /// `"topics"`: per-topic feedback only; `"answers"`: the key after grading (practice exams).
    #[serde(default = "default_review")]
    pub review: String,
    pub blueprint: Vec<BlueprintEntry>,
}

fn default_requires() -> Vec<String> {
    vec!["modules".to_owned()]
}

fn default_review() -> String {
    "topics".to_owned()
}

/// How many questions a paper draws from a topic.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct BlueprintEntry {
    pub topic: String,
    pub count: i64,
}

/// A question's front matter.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct QuestionMeta {
    pub id: String,
    pub topic: String,
    /// `single`, `multiple` or `true_false`.
    pub kind: String,
    #[serde(default)]
    pub difficulty: Option<String>,
    /// `<module file stem>/<objective number>`, e.g. `01-why-circular/2`.
    #[serde(default)]
    pub objective: Option<String>,
}

/// A question file, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFile {
    pub meta: QuestionMeta,
    pub stem: String,
    pub options: Vec<OptionText>,
    pub explanation: Option<String>,
    pub path: PathBuf,
    /// The file as written (stored for `export`).
    pub text: String,
    /// The texts as HTML, rendered by the check for the import to store.
    pub html: QuestionHtml,
}

/// A question's texts as HTML: the stem, each option (inline) and the explanation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionHtml {
    pub stem: String,
    pub options: Vec<String>,
    pub explanation: String,
}

impl QuestionHtml {
    pub fn of(stem: &str, options: &[OptionText], explanation: Option<&str>) -> QuestionHtml {
        QuestionHtml {
            stem: render_plain(stem),
            options: options.iter().map(|o| inline_html(&o.text)).collect(),
            explanation: explanation.map(render_plain).unwrap_or_default(),
        }
    }
}

/// Markdown of one line (an option) as inline HTML.
pub fn inline_html(markdown: &str) -> String {
    let html = render_plain(markdown);
    let trimmed = html.trim();
    match trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner.to_owned(),
        _ => trimmed.to_owned(),
    }
}

/// An exam and its bank, read from disk.
#[derive(Debug, Clone)]
pub struct ExamFile {
    pub slug: String,
    pub exam: ExamToml,
    pub toml_text: String,
    pub questions: Vec<QuestionFile>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 60 && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn list(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == extension))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Reads and checks every exam of a course. `module_objectives` are (module file stem, number
/// of objectives), to check that every objective is assessed by at least two questions.
pub fn check_exams(dir: &Path, module_objectives: &[(String, usize)]) -> (Vec<ExamFile>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut exams = Vec::new();
    let mut ids: HashMap<String, PathBuf> = HashMap::new();
    let mut assessed: HashMap<String, usize> = HashMap::new();
    let files = list(dir, "toml");
    let slugs: HashSet<String> =
        files.iter().filter_map(|p| p.file_stem()).map(|s| s.to_string_lossy().into_owned()).collect();
    for toml_path in files {
        let slug = toml_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let toml_text = std::fs::read_to_string(&toml_path).unwrap_or_default();
        let exam = match toml::from_str::<ExamToml>(&toml_text) {
            Ok(exam) => exam,
            Err(e) => {
                let line = e.span().map_or(1, |s| toml_text[..s.start.min(toml_text.len())].matches('\n').count() + 1);
                problems.push(problem(&toml_path, line, e.message().trim().to_owned()));
                continue;
            }
        };
        let at = |key: &str| key_line(&toml_text, key).saturating_sub(1).max(1);
        if let Err(m) = crate::content::rules::check_slug(&slug) {
            problems.push(problem(&toml_path, 1, format!("exam file name: {m}")));
        }
        if exam.title.trim().is_empty() {
            problems.push(problem(&toml_path, at("title"), "give the exam a title"));
        }
        if !TIME_LIMIT_MINUTES.contains(&exam.time_limit_minutes) {
            problems.push(problem(
                &toml_path,
                at("time_limit_minutes"),
                format!("time_limit_minutes must be 5–240 (found {})", exam.time_limit_minutes),
            ));
        }
        if !(1..=100).contains(&exam.pass_percent) {
            problems.push(problem(
                &toml_path,
                at("pass_percent"),
                format!("pass_percent must be 1–100 (found {})", exam.pass_percent),
            ));
        }
        if !MAX_ATTEMPTS.contains(&exam.max_attempts) {
            problems.push(problem(
                &toml_path,
                at("max_attempts"),
                format!("max_attempts must be 1–20 (found {})", exam.max_attempts),
            ));
        }
        if !COOLDOWN_HOURS.contains(&exam.cooldown_hours) {
            problems.push(problem(
                &toml_path,
                at("cooldown_hours"),
                format!("cooldown_hours must be 0–720 (found {})", exam.cooldown_hours),
            ));
        }
        if !matches!(exam.review.as_str(), "topics" | "answers") {
            problems.push(problem(
                &toml_path,
                at("review"),
                format!("review must be \"topics\" or \"answers\" (found {:?})", exam.review),
            ));
        }
        for requirement in &exam.requires {
            let ok = requirement == "modules"
                || requirement.strip_prefix("exam:").is_some_and(|other| slugs.contains(other) && other != slug);
            if !ok {
                problems.push(problem(
                    &toml_path,
                    at("requires"),
                    format!("requires {requirement:?}: use \"modules\" or \"exam:<another exam of this course>\""),
                ));
            }
        }
        if exam.blueprint.is_empty() {
            problems.push(problem(&toml_path, 1, "the exam has no [[blueprint]] entries"));
        }

        let mut questions = Vec::new();
        for path in list(&dir.join(&slug), "md") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let parts = match split(&text) {
                Ok(parts) => parts,
                Err(e) => {
                    problems.push(problem(&path, e.line, e.message));
                    continue;
                }
            };
            let meta = match toml::from_str::<QuestionMeta>(parts.front_matter) {
                Ok(meta) => meta,
                Err(e) => {
                    let line = e.span().map_or(2, |s| {
                        parts.front_matter[..s.start.min(parts.front_matter.len())].matches('\n').count() + 2
                    });
                    problems.push(problem(&path, line, format!("front matter: {}", e.message().trim())));
                    continue;
                }
            };
            if !valid_id(&meta.id) {
                problems.push(problem(
                    &path,
                    key_line(parts.front_matter, "id"),
                    "the id uses lower-case letters, digits and hyphens",
                ));
            }
            if let Some(first) = ids.get(&meta.id) {
                problems.push(problem(
                    &path,
                    key_line(parts.front_matter, "id"),
                    format!("the id `{}` is already used by {}", meta.id, first.display()),
                ));
                continue;
            }
            ids.insert(meta.id.clone(), path.clone());
            let (stem, options, explanation) = match parse_body(parts.body) {
                Ok(parsed) => parsed,
                Err((line, message)) => {
                    problems.push(problem(&path, line + parts.body_first_line - 1, message));
                    continue;
                }
            };
            if let Err(message) = check_options(&meta.kind, &options) {
                problems.push(problem(&path, key_line(parts.front_matter, "kind"), message));
                continue;
            }
            if options.iter().any(|o| o.feedback.is_some()) {
                // An exam never tells which option was picked wrongly: feedback is for knowledge checks.
                let line = parts.body.lines().position(|l| l.trim_start().starts_with('>') && l.starts_with("  "));
                problems.push(problem(
                    &path,
                    line.map_or(1, |l| l + parts.body_first_line),
                    "an exam question has no feedback per option (`  > …` under an option): use the explanation",
                ));
                continue;
            }
            if let Some(objective) = &meta.objective {
                *assessed.entry(objective.clone()).or_default() += 1;
            }
            let html = QuestionHtml::of(&stem, &options, explanation.as_deref());
            questions.push(QuestionFile { meta, stem, options, explanation, path, text: text.clone(), html });
        }

        let mut pools: BTreeMap<&str, usize> = BTreeMap::new();
        for q in &questions {
            *pools.entry(q.meta.topic.as_str()).or_default() += 1;
        }
        for entry in &exam.blueprint {
            let pool = pools.get(entry.topic.as_str()).copied().unwrap_or(0);
            let count = usize::try_from(entry.count).unwrap_or(0);
            let line = toml_text
                .find(&format!("topic = \"{}\"", entry.topic))
                .map_or(1, |i| toml_text[..i].matches('\n').count() + 1);
            if count == 0 {
                problems.push(problem(&toml_path, line, format!("topic {}: count must be at least 1", entry.topic)));
            } else if pool < POOL_MIN_FACTOR * count {
                problems.push(problem(
                    &toml_path,
                    line,
                    format!(
                        "topic {} draws {count} but its pool has {pool} questions: at least {} are needed",
                        entry.topic,
                        POOL_MIN_FACTOR * count
                    ),
                ));
            } else if pool < POOL_GOOD_FACTOR * count {
                let mut p = problem(
                    &toml_path,
                    line,
                    format!(
                        "topic {} draws {count} from a pool of {pool}: {} or more keeps papers varied",
                        entry.topic,
                        POOL_GOOD_FACTOR * count
                    ),
                );
                p.warning = true;
                problems.push(p);
            }
        }
        let blueprint_topics: HashSet<&str> = exam.blueprint.iter().map(|b| b.topic.as_str()).collect();
        for q in &questions {
            if !blueprint_topics.contains(q.meta.topic.as_str()) {
                let mut p = problem(
                    &q.path,
                    3,
                    format!("topic {} is not in the exam's blueprint: this question is never drawn", q.meta.topic),
                );
                p.warning = true;
                problems.push(p);
            }
        }
        exams.push(ExamFile { slug, exam, toml_text, questions });
    }
    if !exams.is_empty() {
        for (stem, count) in module_objectives {
            for n in 1..=*count {
                let key = format!("{stem}/{n}");
                let found = assessed.get(&key).copied().unwrap_or(0);
                if found < 2 {
                    let mut p = problem(
                        dir,
                        1,
                        format!("objective {key} is assessed by {found} question(s); two or more are expected"),
                    );
                    p.warning = true;
                    problems.push(p);
                }
            }
        }
    }
    (exams, problems)
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{proptest_config, text_of};

    fn integer() -> impl Strategy<Value = String> {
        prop_oneof![any::<i64>(), -5i64..300, Just(i64::MAX), Just(i64::MIN)].prop_map(|n| n.to_string())
    }

    fn string() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => prop_oneof![Just("modules"), Just("exam:final"), Just("exam:other"), Just("topics"), Just("answers"), Just("a")]
                .prop_map(str::to_owned),
            1 => any::<String>(),
        ]
        .prop_map(|s| toml::Value::String(s).to_string())
    }

    /// An `exams/<exam>.toml`: each key sometimes missing, of another type or unknown, and a
    /// blueprint of topics with any counts.
    fn exam_toml() -> impl Strategy<Value = String> {
        let line = |key: &'static str, value: BoxedStrategy<String>| {
            proptest::option::weighted(0.9, (prop_oneof![15 => Just(key), 1 => Just("tittle")], value))
                .prop_map(|kv| kv.map(|(k, v)| format!("{k} = {v}\n")).unwrap_or_default())
        };
        let blueprint = proptest::collection::vec((prop_oneof![Just("a"), Just("b"), Just("c\"d")], integer()), 0..4)
            .prop_map(|entries| {
                entries
                    .iter()
                    .map(|(t, c)| format!("\n[[blueprint]]\ntopic = {:?}\ncount = {c}\n", t))
                    .collect::<String>()
            });
        let structured = (
            line("title", string().boxed()),
            line("description", string().boxed()),
            line("time_limit_minutes", integer().boxed()),
            line("pass_percent", integer().boxed()),
            line("max_attempts", prop_oneof![integer(), string()].boxed()),
            line("cooldown_hours", integer().boxed()),
            line(
                "requires",
                proptest::collection::vec(string(), 0..3).prop_map(|v| format!("[{}]", v.join(", "))).boxed(),
            ),
            line("review", string().boxed()),
            blueprint,
        )
            .prop_map(|(a, b, c, d, e, f, g, h, i)| [a, b, c, d, e, f, g, h, i].concat());
        prop_oneof![4 => structured, 1 => text_of(&["[[blueprint]]", "topic = ", "count = ", "\"", "=", "\n", "title"], 20)]
    }

    /// A question file: front matter with any ids, topics and kinds, then a body of options.
    fn question_file() -> impl Strategy<Value = String> {
        let meta = (
            prop_oneof![Just("q-1"), Just("q-2"), Just("Bad Id"), Just("")],
            prop_oneof![Just("a"), Just("b"), Just("z")],
            prop_oneof![Just("single"), Just("multiple"), Just("true_false"), Just("essay")],
            proptest::option::of(prop_oneof![Just("01-a/1"), Just("01-a/2"), Just("x")]),
        )
            .prop_map(|(id, topic, kind, objective)| {
                let objective = objective.map(|o| format!("objective = {o:?}\n")).unwrap_or_default();
                format!("id = {id:?}\ntopic = {topic:?}\nkind = {kind:?}\n{objective}")
            });
        let body = text_of(
            &["Q?\n", "- [x] a\n", "- [ ] b\n", "- [x] True\n", "- [ ] False\n", "  > why\n", "> e\n", "\n", "x"],
            10,
        );
        prop_oneof![
            4 => (meta, body).prop_map(|(meta, body)| format!("+++\n{meta}+++\n{body}")),
            1 => text_of(&["+++\n", "id = \"q\"\n", "kind = ", "- [x] a\n", "\n"], 12),
        ]
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn any_exam_and_bank_is_read_without_a_panic_and_problems_name_lines_of_their_file(
            toml_text in exam_toml(),
            questions in proptest::collection::vec(question_file(), 0..5),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let exams = dir.path().join("exams");
            std::fs::create_dir_all(exams.join("final")).unwrap();
            let mut lines: HashMap<PathBuf, usize> = HashMap::new();
            let mut write = |path: PathBuf, text: &str| {
                std::fs::write(&path, text).unwrap();
                lines.insert(path, text.matches('\n').count() + 1);
            };
            write(exams.join("final.toml"), &toml_text);
            for (i, text) in questions.iter().enumerate() {
                write(exams.join("final").join(format!("q{i}.md")), text);
            }
            let (read, problems) = check_exams(&exams, &[("01-a".to_owned(), 2)]);
            prop_assert!(read.len() <= 1);
            for p in &problems {
                let most = if p.path == exams { 1 } else { lines[&p.path] };
                prop_assert!((1..=most).contains(&p.line), "{} (the file has {} lines)", p, most);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_keeps_each_question_as_written_and_rendered_for_the_import() {
        let dir = tempfile::tempdir().unwrap();
        let exams = dir.path();
        std::fs::write(
            exams.join("final.toml"),
            "title = \"Final\"\ntime_limit_minutes = 30\npass_percent = 70\nmax_attempts = 3\n[[blueprint]]\ntopic = \"t\"\ncount = 1\n",
        )
        .unwrap();
        std::fs::create_dir(exams.join("final")).unwrap();
        let question = "+++\nid = \"q-1\"\ntopic = \"t\"\nkind = \"single\"\n+++\nWhich is **free** <script>x</script>?\n\n- [x] The `takeback`\n- [ ] A *fee*\n\n> Explanation: see [the page](https://example.com).\n";
        std::fs::write(exams.join("final/q-1.md"), question).unwrap();
        let other = "+++\nid = \"q-2\"\ntopic = \"t\"\nkind = \"single\"\n+++\nAnother?\n\n- [x] Yes\n- [ ] No\n";
        std::fs::write(exams.join("final/q-2.md"), other).unwrap();
        let (files, problems) = check_exams(exams, &[]);
        assert!(problems.iter().all(|p| p.warning), "{problems:?}");
        let q = &files[0].questions[0];
        assert_eq!(q.text, question, "the file as written, for export");
        assert_eq!(q.html, QuestionHtml::of(&q.stem, &q.options, q.explanation.as_deref()));
        assert!(q.html.stem.contains("<strong>free</strong>") && !q.html.stem.contains("<script"), "{}", q.html.stem);
        assert_eq!(q.html.options, ["The <code>takeback</code>", "A <em>fee</em>"], "inline: no paragraph");
        assert!(q.html.explanation.contains("href=\"https://example.com\""), "{}", q.html.explanation);
    }
}
