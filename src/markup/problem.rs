//! A problem found in a course's files, located by path and line, and the reading of a file
//! with TOML front matter into a typed header. Below `content`, `exams` and the translations,
//! which all report problems this way.

use std::path::{Path, PathBuf};

use super::frontmatter::split;

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

pub fn problem(path: &Path, line: usize, message: impl Into<String>) -> Problem {
    Problem { path: path.to_path_buf(), line, message: message.into(), warning: false }
}

/// The 1-based line of a byte offset.
pub fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A file with TOML front matter between `+++` lines, split and owned.
pub struct FrontMatterFile {
    pub front_matter: String,
    pub body: String,
    /// The 1-based line of the file where the body starts.
    pub body_first_line: usize,
}

/// Reads a file with TOML front matter and parses the front matter as `T`; the problem names
/// the line.
pub fn read_front_matter<T: serde::de::DeserializeOwned>(path: &Path) -> Result<(FrontMatterFile, T), Problem> {
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
