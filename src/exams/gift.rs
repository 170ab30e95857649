//! Moodle GIFT → question files: multiple-choice (one or several correct answers) and
//! true/false questions are converted; every other kind is skipped and reported with its line.

use super::bank::{OptionText, check_options};
use crate::markup::frontmatter::toml_string;
use crate::markup::question::is_option_line;

/// A question converted from GIFT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiftQuestion {
    pub title: Option<String>,
    pub kind: &'static str,
    pub stem: String,
    pub options: Vec<OptionText>,
    /// Feedback of the correct answer(s), used as the explanation.
    pub explanation: Option<String>,
    pub line: usize,
}

/// A question left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub reason: String,
}

/// Text with GIFT's escapes (`\:` `\~` `\=` `\#` `\{` `\}`) resolved.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| ":~=#{}\\".contains(*n)) {
            out.push(chars.next().unwrap_or_default());
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// Index of the first unescaped occurrence of one of `set` in `text`.
fn find_unescaped(text: &str, set: &[char]) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if set.contains(&c) {
            return Some(i);
        }
    }
    None
}

/// Splits the answer block into (marker, text) pairs at unescaped `=` and `~`.
fn answers(block: &str) -> Vec<(char, String)> {
    let mut out = Vec::new();
    let mut rest = block.trim();
    while let Some(start) = find_unescaped(rest, &['=', '~']) {
        let marker = rest[start..].chars().next().unwrap_or('~');
        let after = &rest[start + 1..];
        let end = find_unescaped(after, &['=', '~']).unwrap_or(after.len());
        out.push((marker, after[..end].to_owned()));
        rest = &after[end..];
    }
    out
}

fn convert(text: &str, line: usize) -> Result<GiftQuestion, String> {
    let mut body = text.trim();
    let mut title = None;
    if let Some(rest) = body.strip_prefix("::")
        && let Some(end) = rest.find("::")
    {
        title = Some(unescape(&rest[..end]));
        body = rest[end + 2..].trim();
    }
    if body.starts_with('[') {
        // [markdown] / [html] format markers: the text is taken as markdown.
        body = body.split_once(']').map_or(body, |(_, r)| r).trim();
    }
    let open = find_unescaped(body, &['{']).ok_or("no answer block { … }")?;
    let close = body[open..].rfind('}').map(|i| open + i).ok_or("the answer block is not closed")?;
    let before = unescape(&body[..open]);
    let after = unescape(&body[close + 1..]);
    let block = body[open + 1..close].trim();
    let stem = if after.is_empty() { before } else { format!("{before} _____ {after}") };
    if stem.is_empty() {
        return Err("no question text".into());
    }
    if stem.lines().any(is_option_line) {
        // The question file would read that line as one more option.
        return Err("a line of the question text reads as an option (`- [ ] …` or `- [x] …`)".into());
    }
    let upper = block.split('#').next().unwrap_or("").trim().to_uppercase();
    if matches!(upper.as_str(), "T" | "TRUE" | "F" | "FALSE") {
        let truth = upper.starts_with('T');
        let explanation =
            block.split_once('#').map(|(_, f)| unescape(f.split('#').next().unwrap_or(f))).filter(|f| !f.is_empty());
        return Ok(GiftQuestion {
            title,
            kind: "true_false",
            stem,
            options: vec![OptionText::new("True", truth), OptionText::new("False", !truth)],
            explanation,
            line,
        });
    }
    if block.is_empty() {
        return Err("an essay question (not supported)".into());
    }
    if block.starts_with('#') {
        return Err("a numeric question (not supported)".into());
    }
    if block.contains("->") {
        return Err("a matching question (not supported)".into());
    }
    let parsed = answers(block);
    if parsed.iter().all(|(m, _)| *m == '=') {
        return Err("a short-answer question (not supported)".into());
    }
    let mut options = Vec::new();
    let mut feedback = Vec::new();
    for (marker, raw) in parsed {
        let (raw, note) = match find_unescaped(&raw, &['#']) {
            Some(i) => (raw[..i].to_owned(), Some(unescape(&raw[i + 1..]))),
            None => (raw, None),
        };
        let mut text = raw.trim();
        let mut correct = marker == '=';
        if let Some(rest) = text.strip_prefix('%')
            && let Some((weight, answer)) = rest.split_once('%')
        {
            correct = weight.trim().parse::<f64>().is_ok_and(|w| w > 0.0);
            text = answer.trim();
        }
        if correct && let Some(note) = note.filter(|n| !n.is_empty()) {
            feedback.push(note);
        }
        options.push(OptionText::new(unescape(text), correct));
    }
    let kind = if options.iter().filter(|o| o.correct).count() == 1 { "single" } else { "multiple" };
    check_options(kind, &options)?;
    Ok(GiftQuestion {
        title,
        kind,
        stem,
        options,
        explanation: Some(feedback.join(" ")).filter(|f| !f.is_empty()),
        line,
    })
}

/// Converts a GIFT file's text: the questions it could convert and those it skipped.
pub fn parse(text: &str) -> (Vec<GiftQuestion>, Vec<Skipped>) {
    let mut questions = Vec::new();
    let mut skipped = Vec::new();
    let mut current = String::new();
    let mut start_line = 0;
    let lines: Vec<&str> = text.lines().chain(std::iter::once("")).collect();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("//") || trimmed.starts_with("$CATEGORY") {
            continue;
        }
        if trimmed.is_empty() {
            if !current.trim().is_empty() {
                match convert(&current, start_line) {
                    Ok(q) => questions.push(q),
                    Err(reason) => skipped.push(Skipped { line: start_line, reason }),
                }
            }
            current.clear();
            continue;
        }
        if current.is_empty() {
            start_line = i + 1;
        }
        current.push_str(line);
        current.push('\n');
    }
    (questions, skipped)
}

/// The question file (front matter, stem, options, explanation) of a converted question.
pub fn to_markdown(q: &GiftQuestion, id: &str, topic: &str) -> String {
    let (id, topic) = (toml_string(id), toml_string(topic));
    let mut out = format!("+++\nid = {id}\ntopic = {topic}\nkind = \"{}\"\n+++\n{}\n\n", q.kind, q.stem);
    for option in &q.options {
        out.push_str(&format!("- [{}] {}\n", if option.correct { "x" } else { " " }, option.text.replace('\n', " ")));
    }
    if let Some(explanation) = &q.explanation {
        out.push('\n');
        for line in explanation.lines() {
            out.push_str(&format!("> {line}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r"// a sample bank
::Reuse::What comes first in a circular economy? {
  ~Recycling#Last resort.
  =Reuse#Reuse keeps the most value.
  ~Landfill
}

::Truth:: Refresh equipment is remanufactured. {T#It is certified remanufactured.}

Which are circular strategies? {
  ~%50%Reuse
  ~%50%Repair
  ~%-100%Landfill
}

::Match:: Match the scopes. {
  =Scope 1 -> direct
  =Scope 2 -> energy
}

How many hours? {#15}

Name the programme. {=Refresh =Refresh programme}

Write an essay. {}
";

    #[test]
    fn choice_and_true_false_questions_are_converted_and_the_rest_reported() {
        let (questions, skipped) = parse(SAMPLE);
        assert_eq!(questions.len(), 3);
        assert_eq!(questions[0].kind, "single");
        assert_eq!(questions[0].title.as_deref(), Some("Reuse"));
        assert_eq!(
            questions[0].options.iter().filter(|o| o.correct).map(|o| o.text.as_str()).collect::<Vec<_>>(),
            vec!["Reuse"]
        );
        assert_eq!(questions[0].explanation.as_deref(), Some("Reuse keeps the most value."));
        assert_eq!(questions[1].kind, "true_false");
        assert!(questions[1].options[0].correct);
        assert_eq!(questions[2].kind, "multiple");
        assert_eq!(questions[2].options.iter().filter(|o| o.correct).count(), 2);
        let reasons: Vec<(usize, &str)> = skipped.iter().map(|s| (s.line, s.reason.as_str())).collect();
        assert_eq!(
            reasons,
            vec![
                (16, "a matching question (not supported)"),
                (21, "a numeric question (not supported)"),
                (23, "a short-answer question (not supported)"),
                (25, "an essay question (not supported)"),
            ]
        );
    }

    #[test]
    fn a_converted_question_is_a_valid_question_file() {
        let (questions, _) = parse(SAMPLE);
        let text = to_markdown(&questions[0], "ce-gift-1", "circular-economy");
        let parts = crate::markup::frontmatter::split(&text).unwrap();
        let meta: crate::exams::bank::QuestionMeta = toml::from_str(parts.front_matter).unwrap();
        assert_eq!(meta.id, "ce-gift-1");
        let (stem, options, explanation) = crate::exams::bank::parse_body(parts.body).unwrap();
        assert_eq!(stem, "What comes first in a circular economy?");
        assert_eq!(options.len(), 3);
        assert_eq!(explanation.as_deref(), Some("Reuse keeps the most value."));
    }

    #[test]
    fn a_question_text_with_a_line_like_an_option_is_reported_not_turned_into_options() {
        let (questions, skipped) = parse("Which are true?\n- [ ] statement A\n- [x] statement B\n{=A ~B}\n");
        assert!(questions.is_empty(), "{questions:?}");
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].line, 1);
        assert!(skipped[0].reason.contains("reads as an option"), "{}", skipped[0].reason);
    }

    #[test]
    fn escapes_are_kept_as_text() {
        let (questions, _) = parse("Is 1 \\= 1 \\{really\\}? {T}\n");
        assert_eq!(questions[0].stem, "Is 1 = 1 {really}?");
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::markup::frontmatter::split;
    use crate::markup::question::parse_body;
    use crate::test_support::{proptest_config, text_of};

    const TOKENS: &[&str] = &[
        "::",
        "::Title::",
        "{",
        "}",
        "{T}",
        "{FALSE}",
        "=",
        "~",
        "#",
        "#feedback",
        "%50%",
        "%-100%",
        "%abc%",
        "->",
        "\\",
        "\\=",
        "\\{",
        "\\}",
        "\\:",
        "\\#",
        "[markdown]",
        "[html]",
        "// comment\n",
        "$CATEGORY: x\n",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "Q?",
        "answer",
        "- [x] ",
        "- [ ] ",
        "+++\n",
        "> ",
        "é",
    ];

    /// A GIFT question block: optional title, stem, answers, feedback, all from hostile pieces.
    fn gift_text() -> impl Strategy<Value = String> {
        let answer = (
            prop_oneof![Just("="), Just("~"), Just("~%50%"), Just("~%-50%")],
            text_of(TOKENS, 4),
            proptest::option::of(text_of(TOKENS, 3)),
        )
            .prop_map(|(mark, text, note)| match note {
                Some(note) => format!("{mark}{text}#{note}\n"),
                None => format!("{mark}{text}\n"),
            });
        let question =
            (proptest::option::of("[A-Za-z ]{1,8}"), text_of(TOKENS, 6), proptest::collection::vec(answer, 0..6))
                .prop_map(|(title, stem, answers)| {
                    let title = title.map(|t| format!("::{t}::")).unwrap_or_default();
                    format!("{title}{stem} {{\n{}}}\n\n", answers.concat())
                });
        prop_oneof![
            2 => proptest::collection::vec(question, 1..4).prop_map(|q| q.concat()),
            2 => text_of(TOKENS, 40),
            1 => any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn any_text_converts_without_a_panic_and_reports_lines_of_the_file(text in gift_text()) {
            let (questions, skipped) = parse(&text);
            let lines: Vec<&str> = text.lines().collect();
            for line in questions.iter().map(|q| q.line).chain(skipped.iter().map(|s| s.line)) {
                prop_assert!((1..=lines.len()).contains(&line), "line {} of {} lines", line, lines.len());
                prop_assert!(!lines[line - 1].trim().is_empty(), "line {} is where a question starts", line);
            }
            for q in &questions {
                prop_assert!(check_options(q.kind, &q.options).is_ok(), "{:?}", q);
                prop_assert!(!q.stem.is_empty());
            }
        }

        #[test]
        fn a_converted_question_writes_a_file_that_reads_back_the_same(text in gift_text()) {
            for q in parse(&text).0 {
                let file = to_markdown(&q, "q-1", "topic \"x\"");
                let parts = split(&file).unwrap();
                let meta: crate::exams::bank::QuestionMeta = toml::from_str(parts.front_matter).unwrap();
                prop_assert_eq!((meta.id.as_str(), meta.topic.as_str(), meta.kind.as_str()), ("q-1", "topic \"x\"", q.kind));
                let (stem, options, explanation) = parse_body(parts.body)
                    .map_err(|e| TestCaseError::fail(format!("{e:?} reading\n{file}")))?;
                // Line ends are written as `\n`: a lone `\r` at the end of a line is not kept.
                let lines = |t: &str| t.lines().map(|l| l.trim_end_matches('\r').to_owned()).collect::<Vec<_>>().join("\n");
                prop_assert_eq!(lines(&stem), lines(q.stem.trim()), "in\n{}", file);
                let written: Vec<(String, bool)> =
                    q.options.iter().map(|o| (o.text.replace('\n', " ").trim().to_owned(), o.correct)).collect();
                let read: Vec<(String, bool)> = options.into_iter().map(|o| (o.text, o.correct)).collect();
                prop_assert_eq!(read, written, "in\n{}", file);
                let trimmed = |e: &str| e.lines().map(str::trim_end).collect::<Vec<_>>().join("\n").trim().to_owned();
                prop_assert_eq!(explanation.map(|e| trimmed(&e)), q.explanation.as_deref().map(trimmed).filter(|e| !e.is_empty()));
            }
        }
    }
}
