//! Markdown → safe HTML, once per revision: pulldown-cmark (CommonMark + GFM tables, footnotes,
//! strikethrough, task lists, heading attributes, `> [!NOTE]` callouts), heading anchors and a
//! table of contents, links between modules and to the course's assets rewritten to site URLs,
//! then ammonia with an explicit allow-list, then lazy images. The same pass reports every link
//! and image with its line, for `check` and for the editor.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use serde::{Deserialize, Serialize};

/// An entry of the table of contents (h2 and h3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link or image found in the markdown, with its 1-based line in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub line: usize,
    pub url: String,
    /// For images: the alt text.
    pub alt: Option<String>,
}

/// The result of rendering a module body.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub links: Vec<Reference>,
    pub images: Vec<Reference>,
}

/// Where links of a course point.
pub struct LinkContext<'a> {
    /// The course's slug, for `/courses/{course}/…` URLs.
    pub course: &'a str,
}

/// Ids the page itself uses; a heading may not take them.
const RESERVED_IDS: &[&str] = &["main", "toc", "content", "module-body"];

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// `Some(slug)` for a link to a module file of the same course (`04-takeback.md`).
pub fn module_slug_of_link(url: &str) -> Option<&str> {
    let path = url.split('#').next()?;
    let file = path.strip_prefix("./").unwrap_or(path);
    if file.contains('/') || !file.ends_with(".md") {
        return None;
    }
    let stem = &file[..file.len() - 3];
    let (number, slug) = stem.split_once('-')?;
    (number.chars().all(|c| c.is_ascii_digit()) && !slug.is_empty()).then_some(slug)
}

/// `Some(name)` for a reference to the course's assets (`assets/x.png` or `../assets/x.png`).
pub fn asset_name_of_link(url: &str) -> Option<&str> {
    let name = url.strip_prefix("../assets/").or_else(|| url.strip_prefix("assets/"))?;
    (!name.is_empty() && !name.contains("..") && !name.contains('/')).then_some(name)
}

/// Whether a URL leaves the site.
pub fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:") || url.starts_with("//")
}

fn rewrite_url(url: &str, ctx: &LinkContext) -> String {
    if let Some(slug) = module_slug_of_link(url) {
        let anchor = url.split_once('#').map(|(_, a)| format!("#{a}")).unwrap_or_default();
        return format!("/courses/{}/{slug}{anchor}", ctx.course);
    }
    if let Some(name) = asset_name_of_link(url) {
        return format!("/courses/{}/assets/{name}", ctx.course);
    }
    url.to_owned()
}

/// A heading's text as an anchor: lower-case letters and digits joined by hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() { "section".to_owned() } else { slug }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
}

fn line_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset)
}

/// Renders a module body.
pub fn render(markdown: &str, ctx: &LinkContext) -> Rendered {
    let starts = line_starts(markdown);
    let mut events: Vec<Event> = Vec::new();
    let mut links = Vec::new();
    let mut images = Vec::new();
    let mut image_alt: Option<(usize, String, String)> = None;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        let line = line_of(&starts, range.start);
        let event = match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                links.push(Reference { line, url: dest_url.to_string(), alt: None });
                let url = rewrite_url(&dest_url, ctx);
                Event::Start(Tag::Link { link_type, dest_url: CowStr::from(url), title, id })
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                image_alt = Some((line, dest_url.to_string(), String::new()));
                let url = rewrite_url(&dest_url, ctx);
                Event::Start(Tag::Image { link_type, dest_url: CowStr::from(url), title, id })
            }
            Event::End(TagEnd::Image) => {
                if let Some((line, url, alt)) = image_alt.take() {
                    images.push(Reference { line, url, alt: Some(alt.trim().to_owned()) });
                }
                Event::End(TagEnd::Image)
            }
            Event::Text(text) => {
                if let Some((_, _, alt)) = image_alt.as_mut() {
                    alt.push_str(&text);
                }
                Event::Text(text)
            }
            other => other,
        };
        events.push(event);
    }
    let toc = assign_heading_ids(&mut events);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, events.into_iter());
    let clean = sanitizer().clean(&raw).to_string();
    Rendered { html: clean.replace("<img ", "<img loading=\"lazy\" "), toc, links, images }
}

/// Gives every heading a unique id (its own `{#id}` or one made from its text) and returns the
/// table of contents.
fn assign_heading_ids(events: &mut [Event]) -> Vec<TocEntry> {
    let mut used: HashSet<String> = RESERVED_IDS.iter().map(|s| (*s).to_owned()).collect();
    let mut toc = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i] {
            let level = *level;
            let given = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    text.push_str(t);
                }
                j += 1;
            }
            let base = given.map(|g| slugify(&g)).unwrap_or_else(|| slugify(&text));
            let mut unique = base.clone();
            let mut n = 2;
            while used.contains(&unique) {
                unique = format!("{base}-{n}");
                n += 1;
            }
            used.insert(unique.clone());
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(unique.clone()));
            }
            let level_number = match level {
                HeadingLevel::H1 => 1,
                HeadingLevel::H2 => 2,
                HeadingLevel::H3 => 3,
                _ => 4,
            };
            if (2..=3).contains(&level_number) {
                toc.push(TocEntry { level: level_number, id: unique, text: text.trim().to_owned() });
            }
            i = j;
        }
        i += 1;
    }
    toc
}

fn valid_token(value: &str) -> bool {
    !value.is_empty() && value.len() <= 80 && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn filter_attribute<'a>(element: &str, attribute: &str, value: &'a str) -> Option<Cow<'a, str>> {
    let keep = match (element, attribute) {
        (_, "id") => valid_token(value) && !RESERVED_IDS.contains(&value),
        ("input", "type") => value == "checkbox",
        ("code", "class") => value.strip_prefix("language-").is_some_and(valid_token),
        ("blockquote", "class") => matches!(
            value,
            "markdown-alert-note"
                | "markdown-alert-tip"
                | "markdown-alert-important"
                | "markdown-alert-warning"
                | "markdown-alert-caution"
        ),
        ("sup", "class") => matches!(value, "footnote-reference" | "footnote-definition-label"),
        ("div", "class") => value == "footnote-definition",
        _ => true,
    };
    keep.then_some(Cow::Borrowed(value))
}

/// The allow-list: ammonia's safe defaults, plus task-list checkboxes, heading and footnote ids,
/// code language classes and callout classes; no styles, no scripts, no event handlers.
fn sanitizer() -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::default();
    let tag_attributes: HashMap<&'static str, HashSet<&'static str>> = [
        ("a", ["href", "title"].as_slice()),
        ("img", &["src", "alt", "title", "width", "height"]),
        ("input", &["type", "checked", "disabled"]),
        ("code", &["class"]),
        ("blockquote", &["class"]),
        ("sup", &["class"]),
        ("div", &["class"]),
        ("ol", &["start"]),
        ("td", &[]),
        ("th", &[]),
    ]
    .into_iter()
    .map(|(tag, attrs)| (tag, attrs.iter().copied().collect()))
    .collect();
    builder
        .add_tags(["input"])
        .tag_attributes(tag_attributes)
        .generic_attributes(["id"].into_iter().collect())
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(filter_attribute);
    builder
}

/// Renders untrusted markdown without course context (previews of other text, descriptions).
pub fn render_plain(markdown: &str) -> String {
    render(markdown, &LinkContext { course: "" }).html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        render(md, &LinkContext { course: "es" }).html
    }

    #[test]
    fn headings_get_unique_anchors_and_a_table_of_contents() {
        let r = render("## Why it matters\n\ntext\n\n### Why it matters\n\n## Main\n", &LinkContext { course: "es" });
        assert!(r.html.contains(r#"<h2 id="why-it-matters">"#), "{}", r.html);
        assert!(r.html.contains(r#"<h3 id="why-it-matters-2">"#));
        assert!(r.html.contains(r#"<h2 id="main-2">"#), "reserved ids are not taken: {}", r.html);
        assert_eq!(r.toc.len(), 3);
        assert_eq!(r.toc[1], TocEntry { level: 3, id: "why-it-matters-2".into(), text: "Why it matters".into() });
    }

    #[test]
    fn gfm_features_survive_sanitizing() {
        let out = html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~old~~ text[^1]\n\n[^1]: A note.\n\n```rust\nfn main() {}\n```\n",
        );
        assert!(out.contains("<table>"), "{out}");
        assert!(out.contains(r#"<input type="checkbox" disabled="" checked="">"#) || out.contains("checked"), "{out}");
        assert!(out.contains("<del>old</del>"));
        assert!(out.contains(r#"class="footnote-reference""#));
        assert!(out.contains(r#"<code class="language-rust">"#));
    }

    #[test]
    fn callouts_keep_their_kind() {
        let out = html("> [!WARNING]\n> Do not promise a discount.\n");
        assert!(out.contains(r#"<blockquote class="markdown-alert-warning">"#), "{out}");
    }

    #[test]
    fn links_between_modules_and_assets_become_site_urls() {
        let r = render(
            "See [Refresh](05-refresh.md#why) and ![A chart](../assets/chart.png) and [web](https://example.com).",
            &LinkContext { course: "es" },
        );
        assert!(r.html.contains(r#"href="/courses/es/refresh#why""#), "{}", r.html);
        assert!(r.html.contains(r#"src="/courses/es/assets/chart.png""#));
        assert!(r.html.contains(r#"<img loading="lazy""#));
        assert!(r.html.contains(r#"rel="noopener noreferrer""#));
        assert_eq!(r.links.len(), 2);
        assert_eq!(
            r.images,
            vec![Reference { line: 1, url: "../assets/chart.png".into(), alt: Some("A chart".into()) }]
        );
    }

    #[test]
    fn script_and_event_handler_tricks_come_out_harmless() {
        let tricks = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "![x](javascript:alert(1))",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)></svg>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<form action=\"https://evil.example\"><input name=p></form>",
            "## Heading {#main}\n",
            "<p id=\"csrf-token\" onclick=\"x()\">hi</p>",
            "<object data=\"x.swf\"></object>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "[x](vbscript:msgbox(1))",
            "<input type=\"text\" value=\"phish\">",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>",
        ];
        for trick in tricks {
            let out = html(trick).to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "onload",
                "onclick",
                "onmouseover",
                "javascript:",
                "vbscript:",
                "data:text",
                "<iframe",
                "<svg",
                "style=",
                "<form",
                "<object",
                "id=\"main\"",
                "type=\"text\"",
            ] {
                assert!(!out.contains(bad), "{trick:?} produced {bad:?}: {out}");
            }
        }
    }

    #[test]
    fn slugs_are_plain() {
        assert_eq!(slugify("Scope 1, 2 & 3: emissions!"), "scope-1-2-3-emissions");
        assert_eq!(slugify("Überblick"), "überblick");
        assert_eq!(slugify("!!!"), "section");
    }
}
