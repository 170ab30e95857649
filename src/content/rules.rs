//! The rules a module must meet, shared by `ess-academy check` (which reports `path:line`) and
//! the browser editor (which shows each message next to its field).

use std::collections::HashSet;

use super::frontmatter::ModuleMeta;
use super::render::{Rendered, asset_name_of_link, is_external, module_slug_of_link};

/// A module's estimated study time: at least this many minutes.
pub const MODULE_MINUTES_MIN: i64 = 5;
/// A module's estimated study time: at most this many minutes.
pub const MODULE_MINUTES_MAX: i64 = 180;
/// A course's modules together stay under this many minutes (15 hours).
pub const COURSE_MINUTES_MAX: i64 = 15 * 60;
/// Module titles: at most this many characters.
pub const MODULE_TITLE_MAX_CHARS: usize = 120;
/// Objectives per module: 1 to this many.
pub const OBJECTIVES_MAX: usize = 10;
/// One objective: at most this many characters.
pub const OBJECTIVE_MAX_CHARS: usize = 300;
/// Module summaries: at most this many characters.
pub const SUMMARY_MAX_CHARS: usize = 400;
/// A module body: at most this many bytes of markdown.
pub const MARKDOWN_MAX_BYTES: usize = 60 * 1024;
/// Module slugs: at most this many characters.
pub const SLUG_MAX_CHARS: usize = 60;

/// Slugs that name pages of their own under `/courses/{course}/`.
const RESERVED_SLUGS: &[&str] = &["assets", "new"];

/// A broken rule: the field it belongs to, the line when known (1-based, within the body for
/// `markdown`), and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub field: &'static str,
    pub line: Option<usize>,
    pub message: String,
}

impl Violation {
    fn new(field: &'static str, message: impl Into<String>) -> Self {
        Violation { field, line: None, message: message.into() }
    }
}

/// `13 h 10 min`, `45 min`, `2 h`.
pub fn format_minutes(total: i64) -> String {
    match (total / 60, total % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// A module slug: lower-case letters, digits and single hyphens.
pub fn check_slug(slug: &str) -> Result<(), String> {
    let ok = !slug.is_empty()
        && slug.len() <= SLUG_MAX_CHARS
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && !RESERVED_SLUGS.contains(&slug);
    if ok {
        Ok(())
    } else {
        Err(format!(
            "use 1–{SLUG_MAX_CHARS} lower-case letters, digits and single hyphens for the slug, like `takeback-basics`"
        ))
    }
}

/// Title, minutes, objectives and summary.
pub fn check_meta(meta: &ModuleMeta) -> Vec<Violation> {
    let mut out = Vec::new();
    let title = meta.title.trim();
    if title.is_empty() {
        out.push(Violation::new("title", "give the module a title"));
    } else if title.chars().count() > MODULE_TITLE_MAX_CHARS {
        out.push(Violation::new("title", format!("the title has more than {MODULE_TITLE_MAX_CHARS} characters")));
    }
    if !(MODULE_MINUTES_MIN..=MODULE_MINUTES_MAX).contains(&meta.minutes) {
        out.push(Violation::new(
            "minutes",
            format!("minutes must be between {MODULE_MINUTES_MIN} and {MODULE_MINUTES_MAX} (found {})", meta.minutes),
        ));
    }
    let objectives: Vec<&String> = meta.objectives.iter().filter(|o| !o.trim().is_empty()).collect();
    if objectives.is_empty() {
        out.push(Violation::new("objectives", "list at least one learning objective"));
    } else if objectives.len() > OBJECTIVES_MAX {
        out.push(Violation::new(
            "objectives",
            format!("list at most {OBJECTIVES_MAX} objectives (found {})", objectives.len()),
        ));
    }
    if objectives.len() != meta.objectives.len() {
        out.push(Violation::new("objectives", "an objective is empty"));
    }
    if let Some(long) = meta.objectives.iter().find(|o| o.chars().count() > OBJECTIVE_MAX_CHARS) {
        out.push(Violation::new(
            "objectives",
            format!(
                "an objective has more than {OBJECTIVE_MAX_CHARS} characters: \"{}…\"",
                long.chars().take(40).collect::<String>()
            ),
        ));
    }
    if meta.summary.as_ref().is_some_and(|s| s.chars().count() > SUMMARY_MAX_CHARS) {
        out.push(Violation::new("summary", format!("the summary has more than {SUMMARY_MAX_CHARS} characters")));
    }
    out
}

/// The body's size, links and images.
pub fn check_body(
    markdown: &str,
    rendered: &Rendered,
    modules: &HashSet<String>,
    assets: &HashSet<String>,
) -> Vec<Violation> {
    let mut out = Vec::new();
    if markdown.len() > MARKDOWN_MAX_BYTES {
        out.push(Violation::new("markdown", format!("the text is longer than {} KiB", MARKDOWN_MAX_BYTES / 1024)));
    }
    for link in &rendered.links {
        let url = link.url.as_str();
        if is_external(url) || url.starts_with('#') || url.is_empty() {
            continue;
        }
        let problem = if let Some(slug) = module_slug_of_link(url) {
            (!modules.contains(slug)).then(|| format!("broken link to {url}: no module `{slug}` in this course"))
        } else if let Some(name) = asset_name_of_link(url) {
            (!assets.contains(name)).then(|| format!("broken link to {url}: no such file in assets/"))
        } else {
            Some(format!(
                "broken relative link {url}: link to a module file like `04-takeback.md`, to `../assets/…`, or to an https:// address"
            ))
        };
        if let Some(message) = problem {
            out.push(Violation { field: "markdown", line: Some(link.line), message });
        }
    }
    for image in &rendered.images {
        let url = image.url.as_str();
        match asset_name_of_link(url) {
            Some(name) if !assets.contains(name) => out.push(Violation {
                field: "markdown",
                line: Some(image.line),
                message: format!("missing image {url}: no such file in assets/"),
            }),
            Some(_) => {}
            None => out.push(Violation {
                field: "markdown",
                line: Some(image.line),
                message: format!("image {url} must be a file of the course's assets/ (../assets/name.png)"),
            }),
        }
        if image.alt.as_deref().is_none_or(str::is_empty) {
            out.push(Violation {
                field: "markdown",
                line: Some(image.line),
                message: format!("image {url} has no alt text: describe it for people who cannot see it"),
            });
        }
        if rendered.uncaptioned.contains(&image.line) {
            out.push(Violation {
                field: "markdown",
                line: Some(image.line),
                message: format!(
                    "image {url} has no caption: give it a paragraph of its own and a title, ![what it shows]({url} \"The caption\")"
                ),
            });
        }
    }
    for (line, message) in &rendered.check_problems {
        out.push(Violation { field: "markdown", line: Some(*line), message: message.clone() });
    }
    out
}

/// The 15-hour cap on a course's total.
pub fn check_total(total_minutes: i64) -> Option<String> {
    (total_minutes > COURSE_MINUTES_MAX).then(|| {
        format!(
            "course total {} exceeds the {} limit",
            format_minutes(total_minutes),
            format_minutes(COURSE_MINUTES_MAX)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::render::{LinkContext, render};

    fn meta(minutes: i64) -> ModuleMeta {
        ModuleMeta { title: "A".into(), minutes, objectives: vec!["Explain".into()], summary: None }
    }

    #[test]
    fn minutes_have_bounds() {
        assert!(check_meta(&meta(5)).is_empty());
        assert!(check_meta(&meta(180)).is_empty());
        assert_eq!(check_meta(&meta(4))[0].field, "minutes");
        assert!(check_meta(&meta(181))[0].message.contains("between 5 and 180"));
    }

    #[test]
    fn totals_are_written_for_people() {
        assert_eq!(format_minutes(790), "13 h 10 min");
        assert_eq!(format_minutes(45), "45 min");
        assert_eq!(format_minutes(120), "2 h");
        assert_eq!(check_total(920).unwrap(), "course total 15 h 20 min exceeds the 15 h limit");
        assert!(check_total(900).is_none());
    }

    #[test]
    fn links_images_and_alt_text_are_checked() {
        let md = "[ok](02-b.md)\n[bad](03-c.md)\n![](../assets/a.png)\n![Chart](../assets/missing.png)\n[x](notes.txt)\n![Web](https://x.example/a.png)\n\n![A loop](../assets/a.png \"The loop\")\n";
        let rendered = render(md, &LinkContext { course: "c" });
        let modules = ["b".to_owned()].into_iter().collect();
        let assets = ["a.png".to_owned()].into_iter().collect();
        let v = check_body(md, &rendered, &modules, &assets);
        let lines: Vec<(usize, &str)> =
            v.iter().map(|v| (v.line.unwrap(), v.message.split(':').next().unwrap())).collect();
        assert_eq!(
            lines,
            vec![
                (2, "broken link to 03-c.md"),
                (5, "broken relative link notes.txt"),
                (3, "image ../assets/a.png has no alt text"),
                (3, "image ../assets/a.png has no caption"),
                (4, "missing image ../assets/missing.png"),
                (4, "image ../assets/missing.png has no caption"),
                (6, "image https"),
                (6, "image https"),
            ]
        );
    }

    #[test]
    fn slugs_are_checked() {
        assert!(check_slug("takeback-basics").is_ok());
        for bad in ["", "Takeback", "a--b", "-a", "a b", "ä", "assets"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }
}
