//! Files with TOML front matter between `+++` lines, then a markdown body: module files,
//! exam questions, kit texts and their translations. Below `content` and `exams`, which both read them.

/// A file split into its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitFile<'a> {
    pub front_matter: &'a str,
    pub body: &'a str,
    /// The 1-based line of the file where the body starts.
    pub body_first_line: usize,
}

/// Why a file could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitError {
    pub line: usize,
    pub message: String,
}

/// Splits `+++\n<toml>\n+++\n<body>`.
pub fn split(text: &str) -> Result<SplitFile<'_>, SplitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
        return Err(SplitError {
            line: 1,
            message: "the file must start with TOML front matter between `+++` lines".into(),
        });
    };
    let mut offset = 0;
    for (index, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "+++" {
            let front_matter = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(SplitFile { front_matter, body, body_first_line: index + 3 });
        }
        offset += line.len();
    }
    Err(SplitError { line: 1, message: "the front matter is not closed by a `+++` line".into() })
}

/// A TOML basic string on one line. `toml`'s own writer turns a string with line ends into a
/// multi-line one, whose lines could read `+++` and end the front matter early.
pub fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push('\t'),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The line (1-based, within the file) of a front-matter key, for messages.
pub fn key_line(front_matter: &str, key: &str) -> usize {
    front_matter
        .lines()
        .position(|l| l.trim_start().starts_with(key) && l.trim_start()[key.len()..].trim_start().starts_with('='))
        .map_or(1, |i| i + 2)
}

/// The 1-based line of `key = …` in a whole TOML file (not front matter); 1 when absent.
pub fn toml_key_line(toml_text: &str, key: &str) -> usize {
    key_line(toml_text, key).saturating_sub(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_splits_into_front_matter_and_body_with_line_numbers() {
        let file = "+++\ntitle = \"A\"\nminutes = 10\n+++\n\n## Hello\n";
        let split = split(file).unwrap();
        assert_eq!(split.front_matter, "title = \"A\"\nminutes = 10\n");
        assert_eq!(split.body, "\n## Hello\n");
        assert_eq!(split.body_first_line, 5);
        assert_eq!(key_line(split.front_matter, "minutes"), 3);
    }

    #[test]
    fn strings_are_written_on_one_line() {
        let text = "a \"b\" \\ c\n+++\r\n\t\u{1}\u{7f}é";
        let written = toml_string(text);
        assert_eq!(written.lines().count(), 1, "{written}");
        let back: toml::Table = toml::from_str(&format!("x = {written}")).unwrap();
        assert_eq!(back["x"].as_str(), Some(text));
    }

    #[test]
    fn missing_or_open_front_matter_is_reported() {
        assert!(split("## No front matter").unwrap_err().message.contains("must start"));
        assert!(split("+++\ntitle = \"x\"\n").unwrap_err().message.contains("not closed"));
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{proptest_config, text_of};

    const TOKENS: &[&str] = &["+++", "+++\n", "+++\r\n", "+++ \n", "title = \"x\"\n", "=", "\u{feff}", "\n", "key"];

    /// The number of lines of a text, counting a last line without its line end.
    fn lines_in(text: &str) -> usize {
        text.matches('\n').count() + 1
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn split_never_panics_and_its_parts_make_the_file_again(text in text_of(TOKENS, 24)) {
            match split(&text) {
                Ok(parts) => {
                    let unmarked = text.strip_prefix('\u{feff}').unwrap_or(&text);
                    let opening = if unmarked.starts_with("+++\r\n") { "+++\r\n" } else { "+++\n" };
                    let rest = &unmarked[opening.len()..];
                    prop_assert!(rest.starts_with(parts.front_matter));
                    prop_assert!(rest.ends_with(parts.body));
                    let closing = &rest[parts.front_matter.len()..rest.len() - parts.body.len()];
                    prop_assert_eq!(closing.trim_end(), "+++");
                    prop_assert!(closing.ends_with('\n') || parts.body.is_empty());
                    prop_assert!(parts.front_matter.lines().all(|l| l.trim_end() != "+++"), "the first closing line ends it");
                    if !parts.body.is_empty() {
                        let before_body = unmarked.len() - parts.body.len();
                        prop_assert_eq!(parts.body_first_line, lines_in(&unmarked[..before_body]));
                    }
                }
                Err(e) => {
                    prop_assert!((1..=lines_in(&text)).contains(&e.line), "line {} of {:?}", e.line, text);
                    prop_assert!(!e.message.is_empty());
                }
            }
        }

        #[test]
        fn key_lines_never_panic_and_stay_within_the_text(text in text_of(TOKENS, 24), key in "[a-z_ ]{0,6}|\u{e9}|=") {
            // Front matter starts on line 2 of its file: its lines are 2..=lines + 1.
            prop_assert!((1..=lines_in(&text) + 1).contains(&key_line(&text, &key)));
            prop_assert!((1..=lines_in(&text)).contains(&toml_key_line(&text, &key)));
        }

        #[test]
        fn any_front_matter_and_body_written_between_markers_split_back(
            front in "[^+\r\n]{0,20}(\n[^+\r\n]{0,20}){0,4}\n?",
            body in any::<String>(),
        ) {
            let front = if front.is_empty() || front.ends_with('\n') { front } else { format!("{front}\n") };
            let text = format!("+++\n{front}+++\n{body}");
            let parts = split(&text).unwrap();
            prop_assert_eq!(parts.front_matter, front.as_str());
            prop_assert_eq!(parts.body, body.as_str());
        }
    }
}
