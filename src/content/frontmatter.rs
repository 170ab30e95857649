//! Module files: TOML front matter between `+++` lines, then the markdown body.

use serde::{Deserialize, Serialize};

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

/// A module file split into its parts.
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

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
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
    fn missing_or_open_front_matter_is_reported() {
        assert!(split("## No front matter").unwrap_err().message.contains("must start"));
        assert!(split("+++\ntitle = \"x\"\n").unwrap_err().message.contains("not closed"));
    }

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
}
