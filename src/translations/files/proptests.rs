//! Properties of the translation files: any text in any translation file is read or refused
//! without a panic, every problem names a line of its file, and `shape_mismatch` names exactly
//! the options that differ.

use proptest::prelude::*;

use super::*;
use crate::content::course::CourseToml;
use crate::content::frontmatter::ModuleMeta;
use crate::content::kit::KitMeta;
use crate::exams::bank::{ExamToml, QuestionFile, QuestionHtml, QuestionMeta};
use crate::test_support::{proptest_config, text_of};

const SHA: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A translation file's text: TOML or front matter with the keys each kind has, any values, and
/// a body with options, knowledge checks and placeholders; or token soup.
fn translation_text() -> impl Strategy<Value = String> {
    let string = || any::<String>().prop_map(|s| toml::Value::String(s).to_string());
    let sha = || prop_oneof![4 => Just(format!("\"{SHA}\"")), 1 => string()];
    // Each key the kinds of file have, present or not; a file of one kind refuses another's keys.
    let keys = (
        proptest::option::weighted(0.9, sha().prop_map(|v| format!("source = {v}\n"))),
        proptest::option::weighted(0.9, string().prop_map(|v| format!("title = {v}\n"))),
        proptest::option::weighted(0.5, string().prop_map(|v| format!("summary = {v}\n"))),
        proptest::option::weighted(0.3, string().prop_map(|v| format!("description = {v}\n"))),
        proptest::option::weighted(
            0.5,
            prop_oneof![Just("[\"One\", \"Two\"]"), Just("[\"One\"]"), Just("42")]
                .prop_map(|v| format!("objectives = {v}\n")),
        ),
        proptest::option::weighted(
            0.5,
            prop_oneof![Just("\"q-1\""), Just("\"q-2\"")].prop_map(|v| format!("id = {v}\n")),
        ),
        proptest::option::weighted(0.05, Just("other = 1\n".to_owned())),
    );
    let header = keys.prop_map(|(a, b, c, d, e, f, g)| [a, b, c, d, e, f, g].into_iter().flatten().collect::<String>());
    let body = text_of(
        &[
            "Q?\n",
            "- [x] a\n",
            "- [ ] b\n",
            "  > why\n",
            "> e\n",
            "\n",
            "```check c1\nQ?\n- [x] a\n- [ ] b\n\n> e\n```\n",
            "```check c2\n",
            "```\n",
            "{name}",
            "{verify_url}",
            "{",
            "[l](01-a.md)",
            "![i](../assets/x.png \"c\")",
        ],
        12,
    );
    prop_oneof![
        3 => (header.clone(), body).prop_map(|(h, b)| format!("+++\n{h}+++\n{b}")),
        2 => header,
        1 => text_of(&["+++\n", "source = ", "title = ", "\"", "\n", "[credential]\n", "name = \"x\"\n"], 16),
    ]
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn shape_mismatch_names_exactly_the_options_that_differ(
        ours in proptest::collection::vec(any::<bool>(), 0..9),
        theirs in proptest::collection::vec(any::<bool>(), 0..9),
    ) {
        let found = shape_mismatch(&ours, &theirs);
        prop_assert_eq!(found.is_none(), ours == theirs);
        if let Some(message) = found {
            if ours.len() == theirs.len() {
                let differ: Vec<String> =
                    (0..ours.len()).filter(|&i| ours[i] != theirs[i]).map(|i| (i + 1).to_string()).collect();
                let named: Vec<String> = message
                    .split(" are marked")
                    .next()
                    .unwrap_or("")
                    .split(" is marked")
                    .next()
                    .unwrap_or("")
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                prop_assert_eq!(named, differ, "{}", message);
            } else {
                let counts = format!("{} options, but the source has {}", ours.len(), theirs.len());
                prop_assert!(message.starts_with(&counts), "{}", message);
            }
        }
    }

    #[test]
    fn a_check_fence_is_found_at_its_line_or_not_at_all(body in text_of(&["```check a\n", "```check  a \n", "```check ab\n", "```\n", "\n", "a"], 12)) {
        if let Some(line) = check_line(&body, "a") {
            let fence = body.lines().nth(line - 1).unwrap_or_default();
            prop_assert_eq!(fence.trim_start().strip_prefix("```check").map(str::trim), Some("a"));
        }
    }
}

/// The sources are written once; each case writes its five translation files over the last.
#[test]
fn any_translation_is_read_without_a_panic_and_problems_name_lines_of_their_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    };
    let course_toml = "title = \"T\"\nsummary = \"S\"\n[credential]\nname = \"N\"\n";
    let _: CourseToml = toml::from_str(course_toml).unwrap();
    write("course.toml", course_toml);
    let module_md = "+++\ntitle = \"A\"\nminutes = 5\nobjectives = [\"One\", \"Two\"]\n+++\n```check c1\nQ?\n- [x] a\n- [ ] b\n\n> e\n```\n";
    let module = ModuleFile {
        slug: "a".into(),
        number: 1,
        meta: ModuleMeta { title: "A".into(), minutes: 5, objectives: vec!["One".into(), "Two".into()], summary: None },
        markdown: split(module_md).unwrap().body.to_owned(),
        path: write("modules/01-a.md", module_md),
        rendered: crate::content::render::render(split(module_md).unwrap().body, &LinkContext { course: "c" }),
    };
    let exam_toml = "title = \"E\"\ntime_limit_minutes = 30\npass_percent = 70\nmax_attempts = 3\n[[blueprint]]\ntopic = \"t\"\ncount = 1\n";
    write("exams/final.toml", exam_toml);
    let question_md = "+++\nid = \"q-1\"\ntopic = \"t\"\nkind = \"single\"\n+++\nQ?\n- [x] a\n- [ ] b\n";
    let exam = ExamFile {
        slug: "final".into(),
        exam: toml::from_str::<ExamToml>(exam_toml).unwrap(),
        toml_text: exam_toml.into(),
        questions: vec![QuestionFile {
            meta: QuestionMeta {
                id: "q-1".into(),
                topic: "t".into(),
                kind: "single".into(),
                difficulty: None,
                objective: None,
            },
            stem: "Q?".into(),
            options: vec![OptionText::new("a", true), OptionText::new("b", false)],
            explanation: None,
            path: write("exams/final/q-1.md", question_md),
            text: question_md.into(),
            html: QuestionHtml::default(),
        }],
    };
    write("kit/01-hello.md", "+++\ntitle = \"K\"\nkind = \"email\"\nposition = 1\n+++\nHello {name}\n");
    let kit = KitFile {
        slug: "01-hello".into(),
        meta: KitMeta { title: "K".into(), kind: "email".into(), position: 1 },
        markdown: "Hello {name}\n".into(),
    };
    let known: HashSet<String> = ["a".to_owned()].into();
    let assets: HashSet<String> = ["x.png".to_owned()].into();
    let sources = Sources {
        course_toml,
        modules: std::slice::from_ref(&module),
        exams: std::slice::from_ref(&exam),
        kit: std::slice::from_ref(&kit),
        known: &known,
        assets: &assets,
    };
    let texts = proptest::collection::vec(translation_text(), 5);
    proptest!(proptest_config(), |(texts in texts)| {
        let mut lines: HashMap<PathBuf, usize> = HashMap::new();
        let paths = ["course.toml", "exams/final.toml", "exams/final/q-1.md", "kit/01-hello.md", "modules/01-a.md"];
        for (rel, text) in paths.iter().zip(&texts) {
            lines.insert(write(&format!("translations/es/{rel}"), text), text.matches('\n').count() + 1);
        }
        let (files, problems) = check(root, "es-course", &["es".to_owned()], &sources);
        prop_assert!(files.len() <= 5);
        for p in &problems {
            let most = lines.get(&p.path).copied().unwrap_or(1);
            prop_assert!((1..=most).contains(&p.line), "{} (the file has {} lines)", p, most);
        }
    });
}
