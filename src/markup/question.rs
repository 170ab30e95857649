//! A question body in markdown, as exam question files and the knowledge checks of a module write
//! it: the stem, then the options as a task list (`- [x]` correct, `- [ ]` wrong; an option may
//! continue on lines indented by two spaces, and may carry its own feedback as an indented
//! `  > …` line), then an optional `> ` explanation.

use serde::{Deserialize, Serialize};

/// Options per question: at least this many.
pub const OPTIONS_MIN: usize = 2;
/// Options per question: at most this many.
pub const OPTIONS_MAX: usize = 8;

/// One option of a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionText {
    pub text: String,
    pub correct: bool,
    /// What a learner who picks this option is told (knowledge checks only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

impl OptionText {
    pub fn new(text: impl Into<String>, correct: bool) -> Self {
        OptionText { text: text.into(), correct, feedback: None }
    }
}

fn option_line(line: &str) -> Option<(bool, &str)> {
    let rest = line.strip_prefix("- [")?;
    let (mark, text) = rest.split_at_checked(1)?;
    let text = text.strip_prefix("] ")?;
    match mark {
        "x" | "X" => Some((true, text)),
        " " => Some((false, text)),
        _ => None,
    }
}

/// Whether a line reads as an option (`- [x] …` or `- [ ] …`): in a stem, it would become one.
pub fn is_option_line(line: &str) -> bool {
    option_line(line).is_some()
}

/// A question body: the stem, the options and the explanation, all markdown.
pub type Body = (String, Vec<OptionText>, Option<String>);

/// Splits a question's body into stem, options and explanation; `Err((line, message))`.
pub fn parse_body(body: &str) -> Result<Body, (usize, String)> {
    let lines: Vec<&str> = body.lines().collect();
    let first_option = lines.iter().position(|l| option_line(l).is_some()).ok_or((
        1,
        "no options: list them as a task list, `- [x]` for a correct option and `- [ ]` for a wrong one".to_owned(),
    ))?;
    let stem = lines[..first_option].join("\n").trim().to_owned();
    if stem.is_empty() {
        return Err((1, "the question has no stem before its options".into()));
    }
    let mut options: Vec<OptionText> = Vec::new();
    let mut i = first_option;
    while i < lines.len() {
        let line = lines[i];
        if let Some((correct, text)) = option_line(line) {
            options.push(OptionText::new(text.trim(), correct));
        } else if line.starts_with("  ") && !line.trim().is_empty() {
            let Some(last) = options.last_mut() else { break };
            let trimmed = line.trim();
            if let Some(feedback) = trimmed.strip_prefix('>') {
                // The option's own feedback.
                let feedback = feedback.strip_prefix(' ').unwrap_or(feedback);
                match last.feedback.as_mut() {
                    Some(existing) => {
                        existing.push('\n');
                        existing.push_str(feedback);
                    }
                    None => last.feedback = Some(feedback.to_owned()),
                }
            } else if last.feedback.is_some() {
                return Err((i + 1, "an option's text goes before its `  > ` feedback, not after it".into()));
            } else {
                // A continuation of the option above.
                last.text.push(' ');
                last.text.push_str(trimmed);
            }
        } else {
            break;
        }
        i += 1;
    }
    let mut explanation = Vec::new();
    for (offset, line) in lines[i..].iter().enumerate() {
        let trimmed = line.trim_end();
        if trimmed.is_empty() && explanation.is_empty() {
            continue;
        }
        match trimmed.strip_prefix('>') {
            Some(text) => explanation.push(text.strip_prefix(' ').unwrap_or(text)),
            None if trimmed.is_empty() => explanation.push(""),
            None => return Err((i + offset + 1, "only a `> ` explanation may follow the options".into())),
        }
    }
    let explanation = Some(explanation.join("\n").trim().to_owned()).filter(|e| !e.is_empty());
    Ok((stem, options, explanation))
}

/// The rules of a question's options for its kind.
pub fn check_options(kind: &str, options: &[OptionText]) -> Result<(), String> {
    if !(OPTIONS_MIN..=OPTIONS_MAX).contains(&options.len()) {
        return Err(format!("a question has {OPTIONS_MIN}–{OPTIONS_MAX} options (found {})", options.len()));
    }
    let correct = options.iter().filter(|o| o.correct).count();
    match kind {
        "single" if correct != 1 => {
            Err(format!("a single-answer question marks exactly one option [x] (found {correct})"))
        }
        "multiple" if correct == 0 => Err("a multiple-answer question marks at least one option [x]".into()),
        "true_false" => {
            let texts: Vec<&str> = options.iter().map(|o| o.text.as_str()).collect();
            if texts != ["True", "False"] {
                Err("a true_false question has exactly the two options True and False, in that order".into())
            } else if correct != 1 {
                Err("a true_false question marks one of True and False [x]".into())
            } else {
                Ok(())
            }
        }
        "single" | "multiple" => Ok(()),
        other => Err(format!("kind must be single, multiple or true_false, not {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_body_splits_into_stem_options_and_explanation() {
        let (stem, options, explanation) = parse_body(
            "What comes first?\n\n- [ ] Recycling\n- [x] Reuse\n  as it is\n\n> Reuse keeps the most value.\n> (Module 1)\n",
        )
        .unwrap();
        assert_eq!(stem, "What comes first?");
        assert_eq!(options, vec![OptionText::new("Recycling", false), OptionText::new("Reuse as it is", true)]);
        assert_eq!(explanation.as_deref(), Some("Reuse keeps the most value.\n(Module 1)"));
    }

    #[test]
    fn an_option_may_carry_its_own_feedback() {
        let (_, options, explanation) = parse_body(
            "Q?\n\n- [ ] Shredding\n  > Shredding is recycling.\n  > Only the materials survive.\n- [x] Reuse\n  as it is\n  > Right.\n- [ ] Landfill\n\n> Why.\n",
        )
        .unwrap();
        assert_eq!(options[0].feedback.as_deref(), Some("Shredding is recycling.\nOnly the materials survive."));
        assert_eq!(options[1].text, "Reuse as it is");
        assert_eq!(options[1].feedback.as_deref(), Some("Right."));
        assert_eq!(options[2].feedback, None);
        assert_eq!(explanation.as_deref(), Some("Why."));
        let (line, message) = parse_body("Q?\n- [x] a\n  > feedback\n  more text\n- [ ] b\n").unwrap_err();
        assert_eq!(line, 4);
        assert!(message.contains("before its"), "{message}");
    }

    #[test]
    fn marks_must_fit_the_kind() {
        let o = |marks: &[(&str, bool)]| marks.iter().map(|(t, c)| OptionText::new(*t, *c)).collect::<Vec<_>>();
        assert!(check_options("single", &o(&[("a", true), ("b", false)])).is_ok());
        assert!(check_options("single", &o(&[("a", true), ("b", true)])).unwrap_err().contains("exactly one"));
        assert!(check_options("multiple", &o(&[("a", false), ("b", false)])).is_err());
        assert!(check_options("true_false", &o(&[("True", false), ("False", true)])).is_ok());
        assert!(check_options("true_false", &o(&[("Yes", true), ("No", false)])).is_err());
        assert!(check_options("single", &o(&[("a", true)])).unwrap_err().contains("2–8 options"));
        assert!(check_options("essay", &o(&[("a", true), ("b", false)])).is_err());
    }

    #[test]
    fn text_after_the_options_must_be_the_explanation() {
        assert!(parse_body("Q?\n- [x] a\n- [ ] b\n\nMore text\n").unwrap_err().1.contains("explanation"));
        assert!(parse_body("- [x] a\n- [ ] b\n").unwrap_err().1.contains("no stem"));
        assert!(parse_body("Q?\n").unwrap_err().1.contains("no options"));
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{proptest_config, text_of};

    const TOKENS: &[&str] =
        &["- [x] ", "- [X] ", "- [ ] ", "- [", "] ", "  ", "  > ", "> ", ">", "\n", "\r\n", "\n\n", "- [é] ", "Q?"];

    /// A written option: its text, a continuation line, its feedback lines.
    type WrittenOption = (String, Option<String>, bool, Vec<String>);

    fn word_line() -> impl Strategy<Value = String> {
        "[A-Za-z0-9*_`é][A-Za-z0-9 ,.?*_`é-]{0,18}[A-Za-z0-9.?é]|[A-Za-z0-9?]"
    }

    fn option() -> impl Strategy<Value = WrittenOption> {
        (word_line(), proptest::option::of(word_line()), any::<bool>(), proptest::collection::vec(word_line(), 0..3))
    }

    /// Writes a question body the way the file format describes it.
    fn write_body(stem: &[String], options: &[WrittenOption], explanation: &[String]) -> String {
        let mut out = stem.join("\n");
        out.push_str("\n\n");
        for (text, more, correct, feedback) in options {
            out.push_str(&format!("- [{}] {text}\n", if *correct { "x" } else { " " }));
            if let Some(more) = more {
                out.push_str(&format!("  {more}\n"));
            }
            for line in feedback {
                out.push_str(&format!("  > {line}\n"));
            }
        }
        if !explanation.is_empty() {
            out.push('\n');
            for line in explanation {
                out.push_str(&format!("> {line}\n"));
            }
        }
        out
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn any_body_parses_or_is_refused_at_one_of_its_lines(body in prop_oneof![text_of(TOKENS, 30), any::<String>()]) {
            match parse_body(&body) {
                Ok((stem, options, explanation)) => {
                    prop_assert!(!stem.is_empty() && stem.trim() == stem);
                    prop_assert!(!options.is_empty());
                    // An option is one line: its continuation lines join it with a space.
                    prop_assert!(options.iter().all(|o| !o.text.contains('\n') && o.text.trim_end() == o.text));
                    prop_assert!(explanation.is_none_or(|e| !e.is_empty() && e.trim() == e));
                    // Whatever parsed, the rules of every kind answer without panicking.
                    for kind in ["single", "multiple", "true_false", "essay"] {
                        let _ = check_options(kind, &options);
                    }
                }
                Err((line, message)) => {
                    prop_assert!((1..=body.lines().count().max(1)).contains(&line), "line {} of {:?}", line, body);
                    prop_assert!(!message.is_empty());
                }
            }
        }

        #[test]
        fn what_is_written_in_the_format_parses_back(
            stem in proptest::collection::vec(word_line(), 1..3),
            options in proptest::collection::vec(option(), 1..10),
            explanation in proptest::collection::vec(word_line(), 0..3),
        ) {
            let body = write_body(&stem, &options, &explanation);
            let (stem_back, options_back, explanation_back) = parse_body(&body).unwrap();
            prop_assert_eq!(stem_back, stem.join("\n"));
            let expected: Vec<OptionText> = options
                .iter()
                .map(|(text, more, correct, feedback)| OptionText {
                    text: more.as_ref().map_or_else(|| text.clone(), |m| format!("{text} {m}")),
                    correct: *correct,
                    feedback: (!feedback.is_empty()).then(|| feedback.join("\n")),
                })
                .collect();
            prop_assert_eq!(options_back, expected);
            prop_assert_eq!(explanation_back, (!explanation.is_empty()).then(|| explanation.join("\n")));
        }
    }
}
