//! Module files: TOML front matter between `+++` lines, then the markdown body.

use serde::{Deserialize, Serialize};

pub use crate::markup::frontmatter::{SplitError, SplitFile, key_line, split, toml_key_line, toml_string};

/// The front matter of a module file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleMeta {
    pub title: String,
    /// Estimated study time.
    pub minutes: i64,
    pub objectives: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// Writes a module file back: front matter then body (the format `split` reads).
pub fn join(meta: &ModuleMeta, body: &str) -> String {
    let mut out = String::from("+++\n");
    out.push_str(&format!("title = {}\n", toml_string(&meta.title)));
    out.push_str(&format!("minutes = {}\n", meta.minutes));
    out.push_str("objectives = [\n");
    for objective in &meta.objectives {
        out.push_str(&format!("  {},\n", toml_string(objective)));
    }
    out.push_str("]\n");
    if let Some(summary) = &meta.summary {
        out.push_str(&format!("summary = {}\n", toml_string(summary)));
    }
    out.push_str("+++\n");
    if !body.starts_with('\n') {
        out.push('\n');
    }
    out.push_str(body);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_writes_what_split_reads() {
        let meta = ModuleMeta {
            title: "Why \"circular\"".into(),
            minutes: 65,
            objectives: vec!["Explain it".into(), "Name them".into()],
            summary: Some("One line.".into()),
        };
        let text = join(&meta, "## Body\n\nText.\n");
        let split = split(&text).unwrap();
        let back: ModuleMeta = toml::from_str(split.front_matter).unwrap();
        assert_eq!(back, meta);
        assert_eq!(split.body.trim_start(), "## Body\n\nText.\n");
    }

    #[test]
    fn a_line_end_in_a_field_cannot_end_the_front_matter() {
        let meta = ModuleMeta {
            title: "Two\n+++\nlines".into(),
            minutes: 5,
            objectives: vec!["One\n+++".into()],
            summary: Some("+++\n".into()),
        };
        let text = join(&meta, "Body\n");
        let back: ModuleMeta = toml::from_str(split(&text).unwrap().front_matter).unwrap();
        assert_eq!(back, meta);
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{proptest_config, text_of};

    /// Any text, and text with the lines that could end the front matter early.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![any::<String>(), text_of(&["+++", "\n", "+++\n", "'''", "\"\"\"", "\\", "\r\n"], 8)]
    }

    fn meta() -> impl Strategy<Value = ModuleMeta> {
        (text(), any::<i64>(), proptest::collection::vec(text(), 0..4), proptest::option::of(text()))
            .prop_map(|(title, minutes, objectives, summary)| ModuleMeta { title, minutes, objectives, summary })
    }

    /// Module bodies with the lines that could end the front matter early or open another.
    fn body() -> impl Strategy<Value = String> {
        text_of(&["+++", "+++\n", "\n", "\r\n", "title = \"x\"", "## A\n", "\u{feff}"], 16)
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn what_join_writes_split_reads_back(meta in meta(), body in prop_oneof![body(), any::<String>()]) {
            let text = join(&meta, &body);
            let parts = split(&text).unwrap();
            let back: ModuleMeta = toml::from_str(parts.front_matter).unwrap();
            prop_assert_eq!(back, meta);
            // `join` puts a blank line before the body and a line end after it.
            let expected = format!("{}{body}", if body.starts_with('\n') { "" } else { "\n" });
            let expected = if expected.ends_with('\n') { expected } else { format!("{expected}\n") };
            prop_assert_eq!(parts.body, expected.as_str());
        }
    }
}
