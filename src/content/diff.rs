//! Line diffs between two revisions, for the history page.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffLine {
    /// `add`, `del` or `same`.
    pub kind: &'static str,
    pub text: String,
}

/// The lines of `new` against `old`; unchanged stretches longer than `context` lines on both
/// sides of a change are folded into one `…` line.
pub fn diff_lines(old: &str, new: &str, context: usize) -> Vec<DiffLine> {
    let diff = TextDiff::from_lines(old, new);
    let mut out = Vec::new();
    for (index, group) in diff.grouped_ops(context).iter().enumerate() {
        if index > 0 {
            out.push(DiffLine { kind: "same", text: "…".into() });
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let kind = match change.tag() {
                    ChangeTag::Insert => "add",
                    ChangeTag::Delete => "del",
                    ChangeTag::Equal => "same",
                };
                out.push(DiffLine { kind, text: change.value().trim_end_matches('\n').to_owned() });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_line_shows_as_removed_and_added() {
        let lines = diff_lines("a\nb\nc\n", "a\nB\nc\n", 1);
        let kinds: Vec<(&str, &str)> = lines.iter().map(|l| (l.kind, l.text.as_str())).collect();
        assert_eq!(kinds, vec![("same", "a"), ("del", "b"), ("add", "B"), ("same", "c")]);
        assert!(diff_lines("same\n", "same\n", 3).is_empty());
    }
}
