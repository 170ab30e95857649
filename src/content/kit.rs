//! The copy texts of the digital marketing kit: `courses/<course>/kit/NN-slug.md`, TOML front
//! matter (`title`, `kind`, `position`) and a markdown body with placeholders such as `{name}`
//! and `{verify_url}`, filled in for each credential holder on their kit page. Checked with the
//! rest of the course, imported at every start (the files win), exported back.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::frontmatter::{key_line, toml_string};
use crate::db::DbConnection;
use crate::db::schema::kit_texts as k;
use crate::markup::problem::{Problem, problem};

/// The kinds of copy text, in the order the kit page shows them.
pub const KINDS: [&str; 4] = ["email", "rfp", "social", "signature"];
/// The placeholders a text may use.
pub const PLACEHOLDERS: [&str; 7] =
    ["name", "credential", "company", "verify_url", "credential_id", "issued", "expires"];
/// A copy text's body: at most this many characters.
pub const BODY_MAX_CHARS: usize = 4000;

/// The front matter of a kit file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KitMeta {
    pub title: String,
    pub kind: String,
    pub position: i32,
}

/// A kit file read from disk and found valid.
#[derive(Debug, Clone)]
pub struct KitFile {
    pub slug: String,
    pub meta: KitMeta,
    pub markdown: String,
}

/// The placeholders of a text, with their byte offsets.
pub fn placeholders(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find(['}', '{', '\n']) {
            Some(close) if after.as_bytes()[close] == b'}' => {
                found.push((offset + open, &after[..close]));
                let consumed = open + 1 + close + 1;
                offset += consumed;
                rest = &rest[consumed..];
            }
            _ => {
                found.push((offset + open, ""));
                offset += open + 1;
                rest = &rest[open + 1..];
            }
        }
    }
    found
}

/// Checks the `kit/` folder of a course (it is optional).
pub fn check_kit(dir: &Path) -> (Vec<KitFile>, Vec<Problem>) {
    let kit_dir = dir.join("kit");
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(&kit_dir) else {
        return (files, problems);
    };
    let mut paths: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "md")).collect();
    paths.sort();
    let mut positions: BTreeMap<i32, PathBuf> = BTreeMap::new();
    for path in paths {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if let Err(message) = super::rules::check_slug(&stem) {
            problems.push(problem(&path, 1, format!("file name: {message}")));
            continue;
        }
        let (parts, meta) = match crate::markup::problem::read_front_matter::<KitMeta>(&path) {
            Ok(parsed) => parsed,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        let mut ok = true;
        if meta.title.trim().is_empty() {
            problems.push(problem(&path, key_line(&parts.front_matter, "title"), "the title is empty"));
            ok = false;
        }
        if !KINDS.contains(&meta.kind.as_str()) {
            problems.push(problem(
                &path,
                key_line(&parts.front_matter, "kind"),
                format!("kind is one of {}, not {:?}", KINDS.join(", "), meta.kind),
            ));
            ok = false;
        }
        if let Some(first) = positions.get(&meta.position) {
            problems.push(problem(
                &path,
                key_line(&parts.front_matter, "position"),
                format!("position {} is already used by {}", meta.position, first.display()),
            ));
            ok = false;
        }
        positions.insert(meta.position, path.clone());
        if parts.body.trim().is_empty() || parts.body.chars().count() > BODY_MAX_CHARS {
            problems.push(problem(
                &path,
                parts.body_first_line,
                format!("the text must have 1–{BODY_MAX_CHARS} characters"),
            ));
            ok = false;
        }
        for (offset, name) in placeholders(&parts.body) {
            if !PLACEHOLDERS.contains(&name) {
                let line = parts.body[..offset].matches('\n').count() + parts.body_first_line;
                problems.push(problem(
                    &path,
                    line,
                    format!(
                        "unknown placeholder {{{name}}}: use {}",
                        PLACEHOLDERS.iter().map(|p| format!("{{{p}}}")).collect::<Vec<_>>().join(", ")
                    ),
                ));
                ok = false;
            }
        }
        if ok {
            files.push(KitFile { slug: stem, meta, markdown: parts.body });
        }
    }
    (files, problems)
}

/// Replaces the course's kit texts with the files' (an unchanged text is not rewritten).
pub fn import(conn: &mut DbConnection, course_id: i64, files: &[KitFile]) -> QueryResult<()> {
    let slugs: Vec<&str> = files.iter().map(|f| f.slug.as_str()).collect();
    diesel::delete(k::table.filter(k::course_id.eq(course_id)).filter(k::slug.ne_all(&slugs))).execute(conn)?;
    for file in files {
        let current: Option<KitText> = k::table
            .filter(k::course_id.eq(course_id))
            .filter(k::slug.eq(&file.slug))
            .select(KitText::as_select())
            .first(conn)
            .optional()?;
        let wanted = KitText {
            slug: file.slug.clone(),
            title: file.meta.title.clone(),
            kind: file.meta.kind.clone(),
            position: file.meta.position,
            body_md: file.markdown.clone(),
        };
        match current {
            Some(current) if current == wanted => {}
            Some(_) => {
                diesel::update(k::table.filter(k::course_id.eq(course_id)).filter(k::slug.eq(&file.slug)))
                    .set((
                        k::title.eq(&wanted.title),
                        k::kind.eq(&wanted.kind),
                        k::position.eq(wanted.position),
                        k::body_md.eq(&wanted.body_md),
                    ))
                    .execute(conn)?;
            }
            None => {
                diesel::insert_into(k::table)
                    .values((
                        k::course_id.eq(course_id),
                        k::slug.eq(&wanted.slug),
                        k::title.eq(&wanted.title),
                        k::kind.eq(&wanted.kind),
                        k::position.eq(wanted.position),
                        k::body_md.eq(&wanted.body_md),
                    ))
                    .execute(conn)?;
            }
        }
    }
    Ok(())
}

/// A copy text as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = k)]
pub struct KitText {
    pub slug: String,
    pub title: String,
    pub kind: String,
    pub position: i32,
    pub body_md: String,
}

/// The course's copy texts, in order.
pub fn texts(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<KitText>> {
    k::table.filter(k::course_id.eq(course_id)).order(k::position).select(KitText::as_select()).load(conn)
}

/// Writes the course's kit texts under `course_dir/kit/`, in the format they are read in.
pub fn export(conn: &mut DbConnection, course_id: i64, course_dir: &Path) -> anyhow::Result<usize> {
    let texts = texts(conn, course_id)?;
    if texts.is_empty() {
        return Ok(0);
    }
    let dir = course_dir.join("kit");
    std::fs::create_dir_all(&dir)?;
    for text in &texts {
        let meta = KitMeta { title: text.title.clone(), kind: text.kind.clone(), position: text.position };
        std::fs::write(dir.join(format!("{}.md", text.slug)), file_text(&meta, &text.body_md))?;
    }
    Ok(texts.len())
}

/// A kit file as `check_kit` reads it: the front matter between `+++` lines, then the body.
pub fn file_text(meta: &KitMeta, body: &str) -> String {
    let (title, kind) = (toml_string(&meta.title), toml_string(&meta.kind));
    format!("+++\ntitle = {title}\nkind = {kind}\nposition = {}\n+++\n{body}", meta.position)
}

/// Fills the placeholders of a text; unknown ones stay as they are.
pub fn fill(text: &str, values: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if values.contains_key(&after[..close]) => {
                out.push_str(&values[&after[..close]]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The markdown of a copy text as plain text to paste into an e-mail or a form: emphasis
/// markers dropped, paragraphs separated by a blank line, list items as `- ` lines, a link as
/// its text with the address after it when they differ.
pub fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    let mut links: Vec<String> = Vec::new();
    let mut link_text = String::new();
    let mut items = 0usize;
    for event in Parser::new(markdown) {
        match event {
            Event::Text(text) | Event::Code(text) => {
                out.push_str(&text);
                if !links.is_empty() {
                    link_text.push_str(&text);
                }
            }
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Item) => {
                items += 1;
                out.push_str("- ");
            }
            Event::End(TagEnd::Item) => {
                items = items.saturating_sub(1);
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            // A paragraph inside a list item (a loose list) ends its line only.
            Event::End(TagEnd::Paragraph) if items > 0 => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) => out.push_str("\n\n"),
            Event::End(TagEnd::List(_)) if !out.ends_with("\n\n") => out.push('\n'),
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push(dest_url.into_string());
                link_text.clear();
            }
            Event::End(TagEnd::Link) => {
                if let Some(url) = links.pop()
                    && url != link_text
                {
                    out.push_str(&format!(" ({url})"));
                }
            }
            _ => {}
        }
    }
    let mut text = out;
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_owned()
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_texts_become_plain_text() {
        let md = "**Subject:** Hello\n\nDear customer,\nsee **this**:\n\n- *one* thing\n- [two](https://x.example) \n\nRegards, {name}\n";
        assert_eq!(
            plain(md),
            "Subject: Hello\n\nDear customer,\nsee this:\n\n- one thing\n- two (https://x.example)\n\nRegards, {name}"
        );
        assert_eq!(plain("See <https://x.example/verify/1>."), "See https://x.example/verify/1.");
        assert_eq!(plain("Intro\n\n- a\n\n- b\n\nEnd"), "Intro\n\n- a\n- b\n\nEnd", "a loose list stays tight");
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        let values = BTreeMap::from([("name", "Zoë".to_owned()), ("verify_url", "https://x/verify/1".to_owned())]);
        assert_eq!(
            fill("Hi {name}, see {verify_url}. {other} {", &values),
            "Hi Zoë, see https://x/verify/1. {other} {"
        );
    }

    #[test]
    fn check_reports_each_broken_kit_file_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let kit = dir.path().join("kit");
        std::fs::create_dir_all(&kit).unwrap();
        let write = |name: &str, text: &str| std::fs::write(kit.join(name), text).unwrap();
        write(
            "01-good.md",
            "+++\ntitle = \"Good\"\nkind = \"email\"\nposition = 1\n+++\nHello {name}, see {verify_url}.\n",
        );
        write("02-kind.md", "+++\ntitle = \"Bad kind\"\nkind = \"fax\"\nposition = 2\n+++\nText\n");
        write("03-placeholder.md", "+++\ntitle = \"Typo\"\nkind = \"rfp\"\nposition = 3\n+++\nLine one\nHi {nmae}\n");
        write("04-position.md", "+++\ntitle = \"Same\"\nkind = \"social\"\nposition = 1\n+++\nText\n");
        write("05-empty.md", "+++\ntitle = \"Empty\"\nkind = \"social\"\nposition = 5\n+++\n\n");
        write("Bad Name.md", "+++\ntitle = \"x\"\nkind = \"email\"\nposition = 6\n+++\nx\n");
        let (files, problems) = check_kit(dir.path());
        assert_eq!(files.iter().map(|f| f.slug.as_str()).collect::<Vec<_>>(), vec!["01-good"]);
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{}:{}: {}", p.path.file_name().unwrap().to_string_lossy(), p.line, p.message))
            .collect();
        let expect = [
            "02-kind.md:3: kind is one of email, rfp, social, signature, not \"fax\"",
            "03-placeholder.md:7: unknown placeholder {nmae}",
            "04-position.md:4: position 1 is already used by",
            "05-empty.md:6: the text must have 1–4000 characters",
            "Bad Name.md:1: file name:",
        ];
        for (line, want) in lines.iter().zip(expect) {
            assert!(line.starts_with(want), "{line:?} should start with {want:?}");
        }
        assert_eq!(lines.len(), expect.len(), "{lines:#?}");
    }

    #[test]
    fn an_exported_text_reads_back_whatever_its_title() {
        let meta = KitMeta { title: "Two\n+++\nlines".into(), kind: "email".into(), position: 3 };
        let text = file_text(&meta, "Hello {name}\n");
        let parts = crate::markup::frontmatter::split(&text).unwrap();
        assert_eq!(toml::from_str::<KitMeta>(parts.front_matter).unwrap(), meta);
        assert_eq!(parts.body, "Hello {name}\n");
    }

    #[test]
    fn placeholders_are_found_with_their_offsets() {
        assert_eq!(placeholders("a {name} b {x y} {"), vec![(2, "name"), (11, "x y"), (17, "")]);
    }
}
