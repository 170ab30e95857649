//! Markdown → safe HTML, once per revision: pulldown-cmark (CommonMark + GFM tables, footnotes,
//! strikethrough, task lists, heading attributes, `> [!NOTE]` callouts), heading anchors and a
//! table of contents, links between modules and to the course's assets rewritten to site URLs,
//! then ammonia with an explicit allow-list, then lazy images. The same pass reports every link
//! and image with its line, for `check` and for the editor.
//!
//! Two additions to plain markdown:
//! - **Figures.** An image alone in its paragraph whose title is set becomes a `<figure>` with
//!   the title as its caption: `![What the picture shows](../assets/loop.svg "The caption")`.
//! - **Knowledge checks.** A fenced block with the info string `check <id>` holds a question body
//!   as exam questions write it (stem, task-list options with `[x]` for the correct ones, an
//!   optional `  > feedback` under an option, a `> ` explanation). In the HTML it leaves a
//!   `<!--ess-check:<id>-->` marker where the page puts the interactive check.
//!
//! The pass also cuts the text into sections (the part before the first heading, then each h2
//! and h3) for the search index.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use serde::{Deserialize, Serialize};

use crate::markup::question::{check_options, parse_body};

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

/// An image shown as a figure, with its caption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Figure {
    /// The site URL of the image.
    pub src: String,
    pub alt: String,
    pub caption: String,
}

/// One option of a knowledge check, rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckOption {
    /// `a`, `b`, … in the written order.
    pub id: String,
    pub html: String,
    pub correct: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_html: Option<String>,
}

/// A knowledge check of a module, rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnowledgeCheck {
    pub id: String,
    /// `single` (one correct option) or `multiple` (several).
    pub kind: String,
    pub stem_html: String,
    pub options: Vec<CheckOption>,
    pub explanation_html: String,
}

/// A section of the text for the search index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// The heading's anchor; empty for the part before the first heading.
    pub anchor: String,
    /// The heading's text (empty before the first heading).
    pub heading: String,
    /// The section's key terms (its bold text), ranked like the heading.
    pub terms: String,
    pub text: String,
}

/// The result of rendering a module body.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub links: Vec<Reference>,
    /// Every image, figure or not.
    pub images: Vec<Reference>,
    /// The images shown as figures, in order.
    pub figures: Vec<Figure>,
    /// The lines of images that are not figures (every image needs a caption).
    pub uncaptioned: Vec<usize>,
    /// The valid knowledge checks, in order.
    pub checks: Vec<KnowledgeCheck>,
    /// The knowledge checks that break a rule: (line, message).
    pub check_problems: Vec<(usize, String)>,
    pub sections: Vec<Section>,
}

/// The marker a knowledge check leaves in the module's HTML.
pub fn check_marker(id: &str) -> String {
    format!("<!--ess-check:{id}-->")
}

/// A knowledge check's id: lower-case letters, digits and hyphens, at most 60 characters.
pub fn valid_check_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 60 && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A sentinel no author writes by accident (a private-use character), replaced after sanitising.
const SLOT: char = '\u{E000}';

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
    let mut checks = Vec::new();
    let mut check_problems = Vec::new();
    let mut check_ids: HashSet<String> = HashSet::new();
    // A `check` fenced block being read: (id, first line of its body, body).
    let mut open_check: Option<(String, usize, String)> = None;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        let line = line_of(&starts, range.start);
        if let Some((_, _, body)) = open_check.as_mut() {
            match event {
                Event::Text(text) => body.push_str(&text),
                Event::End(TagEnd::CodeBlock) => {
                    let (id, body_line, body) = open_check.take().unwrap_or_default();
                    match knowledge_check(&id, &body, ctx) {
                        // An invalid id was reported at the fence.
                        Ok(_) if !valid_check_id(&id) => {}
                        Ok(check) if check_ids.insert(id.clone()) => {
                            events.push(Event::Html(CowStr::from(format!("<p>{SLOT}{id}{SLOT}</p>\n"))));
                            checks.push(check);
                        }
                        Ok(_) => check_problems.push((
                            body_line - 1,
                            format!("knowledge check `{id}`: another check of this module has this id"),
                        )),
                        Err((offset, message)) => {
                            check_problems.push((body_line + offset - 1, format!("knowledge check `{id}`: {message}")))
                        }
                    }
                }
                _ => {}
            }
            continue;
        }
        let event = match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split_whitespace().next() == Some("check") =>
            {
                let id = info.split_whitespace().nth(1).unwrap_or("").to_owned();
                if !valid_check_id(&id) {
                    check_problems.push((
                        line,
                        "a knowledge check needs an id after `check`: lower-case letters, digits and hyphens, at most 60 characters".into(),
                    ));
                }
                open_check = Some((id, line + 1, String::new()));
                continue;
            }
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
    if let Some((id, body_line, _)) = open_check {
        check_problems.push((body_line - 1, format!("knowledge check `{id}` is not closed with ```")));
    }
    let (figures, uncaptioned) = make_figures(&mut events, &images);
    let toc = assign_heading_ids(&mut events);
    let sections = sections_of(&events);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, events.into_iter());
    // Lazy images; and a wide table scrolls sideways on a phone, so it takes the keyboard's focus
    // to be scrolled without a pointer (WCAG 2.1.1).
    let mut clean = sanitizer()
        .clean(&raw)
        .to_string()
        .replace("<img ", "<img loading=\"lazy\" ")
        .replace("<table>", "<table tabindex=\"0\">");
    for check in &checks {
        clean = clean.replace(&format!("<p>{SLOT}{}{SLOT}</p>", check.id), &check_marker(&check.id));
    }
    Rendered { html: clean, toc, links, images, figures, uncaptioned, checks, check_problems, sections }
}

/// Parses and renders the body of a knowledge check; `Err((line in the body, message))`.
fn knowledge_check(id: &str, body: &str, ctx: &LinkContext) -> Result<KnowledgeCheck, (usize, String)> {
    let (stem, options, explanation) = parse_body(body)?;
    let correct = options.iter().filter(|o| o.correct).count();
    let kind = if correct > 1 { "multiple" } else { "single" };
    check_options(kind, &options).map_err(|m| (1, m))?;
    let explanation =
        explanation.ok_or((1, "a knowledge check needs a `> ` explanation after its options".to_owned()))?;
    let fragment = |md: &str| render_fragment(md, ctx);
    Ok(KnowledgeCheck {
        id: id.to_owned(),
        kind: kind.to_owned(),
        stem_html: fragment(&stem),
        options: options
            .iter()
            .enumerate()
            .map(|(i, o)| CheckOption {
                id: option_id(i),
                html: inline(&fragment(&o.text)),
                correct: o.correct,
                feedback_html: o.feedback.as_deref().map(fragment),
            })
            .collect(),
        explanation_html: fragment(&explanation),
    })
}

/// `a`, `b`, … for the options in the written order.
pub fn option_id(index: usize) -> String {
    char::from(b'a' + (index as u8 % 26)).to_string()
}

/// A one-paragraph fragment without its `<p>` wrapper.
fn inline(html: &str) -> String {
    let trimmed = html.trim();
    match trimmed.strip_prefix("<p>").and_then(|t| t.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner.to_owned(),
        _ => trimmed.to_owned(),
    }
}

/// A fragment of markdown (a check's stem, option or explanation), rendered and sanitised.
fn render_fragment(markdown: &str, ctx: &LinkContext) -> String {
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            let url = rewrite_url(&dest_url, ctx);
            Event::Start(Tag::Link { link_type, dest_url: CowStr::from(url), title, id })
        }
        Event::Start(Tag::Heading { .. }) => Event::Start(Tag::Paragraph),
        Event::End(TagEnd::Heading(_)) => Event::End(TagEnd::Paragraph),
        other => other,
    });
    let mut raw = String::new();
    html::push_html(&mut raw, events);
    sanitizer().clean(&raw).to_string()
}

/// Turns each paragraph that holds nothing but one titled image into a `<figure>` with the title
/// as its caption. Returns the figures, and the lines of lone images without a title.
fn make_figures(events: &mut Vec<Event>, images: &[Reference]) -> (Vec<Figure>, Vec<usize>) {
    let mut figures = Vec::new();
    let mut uncaptioned = Vec::new();
    let mut image_index = 0;
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        if matches!(events[i], Event::Start(Tag::Image { .. })) {
            // An image inside text, a link or a list: not a figure.
            if let Some(r) = images.get(image_index) {
                uncaptioned.push(r.line);
            }
            image_index += 1;
        }
        let lone = matches!(events[i], Event::Start(Tag::Paragraph))
            && matches!(events.get(i + 1), Some(Event::Start(Tag::Image { .. })))
            && {
                let end = (i + 2..events.len()).find(|&j| matches!(events[j], Event::End(TagEnd::Image)));
                end.is_some_and(|j| matches!(events.get(j + 1), Some(Event::End(TagEnd::Paragraph))))
            };
        if !lone {
            out.push(std::mem::replace(&mut events[i], Event::SoftBreak));
            i += 1;
            continue;
        }
        let end = (i + 2..events.len()).find(|&j| matches!(events[j], Event::End(TagEnd::Image))).unwrap_or(i + 2);
        let reference = images.get(image_index);
        image_index += 1;
        let (src, title) = match &events[i + 1] {
            Event::Start(Tag::Image { dest_url, title, .. }) => (dest_url.to_string(), title.trim().to_owned()),
            _ => (String::new(), String::new()),
        };
        if title.is_empty() {
            if let Some(r) = reference {
                uncaptioned.push(r.line);
            }
            for event in events.iter_mut().take(end + 2).skip(i) {
                out.push(std::mem::replace(event, Event::SoftBreak));
            }
            i = end + 2;
            continue;
        }
        let alt = reference.and_then(|r| r.alt.clone()).unwrap_or_default();
        out.push(Event::Html(CowStr::from("<figure>")));
        for event in events.iter_mut().take(end + 1).skip(i + 1) {
            let event = std::mem::replace(event, Event::SoftBreak);
            // The caption is shown; the title would repeat it as a tooltip.
            out.push(match event {
                Event::Start(Tag::Image { link_type, dest_url, id, .. }) => {
                    Event::Start(Tag::Image { link_type, dest_url, title: CowStr::from(""), id })
                }
                other => other,
            });
        }
        out.push(Event::Html(CowStr::from(format!("<figcaption>{}</figcaption></figure>\n", escape_html(&title)))));
        figures.push(Figure { src, alt, caption: title });
        i = end + 2;
    }
    *events = out;
    (figures, uncaptioned)
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Cuts the text into sections at each h2 and h3; a section's bold terms join its heading.
fn sections_of(events: &[Event]) -> Vec<Section> {
    let mut sections = vec![Section::default()];
    let mut in_heading = false;
    let mut in_strong = false;
    let mut in_figure_or_code = false;
    for event in events {
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H2 | HeadingLevel::H3, id, .. }) => {
                in_heading = true;
                let anchor = id.as_ref().map(|s| s.to_string()).unwrap_or_default();
                sections.push(Section { anchor, ..Section::default() });
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2 | HeadingLevel::H3)) => {
                in_heading = false;
            }
            Event::Start(Tag::Strong) => in_strong = true,
            Event::End(TagEnd::Strong) => in_strong = false,
            Event::Start(Tag::CodeBlock(_)) => in_figure_or_code = true,
            Event::End(TagEnd::CodeBlock) => in_figure_or_code = false,
            Event::Text(t) | Event::Code(t) => {
                let Some(section) = sections.last_mut() else { continue };
                if in_heading {
                    section.heading.push_str(t);
                } else if !in_figure_or_code && !t.contains(SLOT) {
                    if in_strong {
                        section.terms.push_str(t);
                        section.terms.push_str(" · ");
                    }
                    section.text.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(section) = sections.last_mut() {
                    section.text.push(' ');
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::BlockQuote(_)) => {
                if let Some(section) = sections.last_mut() {
                    section.text.push('\n');
                }
            }
            _ => {}
        }
    }
    for section in &mut sections {
        section.heading = section.heading.trim().to_owned();
        section.terms = section.terms.trim().trim_end_matches('·').trim().to_owned();
        section.text = section.text.trim().to_owned();
    }
    sections.retain(|s| !s.heading.is_empty() || !s.text.is_empty());
    sections
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
/// code language classes and callout classes; no styles, no scripts, no event handlers. Built
/// once: a builder is a dozen hash sets, and a course import cleans ~2,000 fragments.
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static SANITIZER: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(build_sanitizer);
    &SANITIZER
}

fn build_sanitizer() -> ammonia::Builder<'static> {
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
mod proptests;

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
        assert!(out.contains("<table tabindex=\"0\">"), "{out}");
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
    fn a_titled_image_alone_in_its_paragraph_is_a_figure() {
        let r = render(
            "Text.\n\n![Returned gear goes to reuse first](../assets/loop.svg \"The order <of> preference\")\n\nInline ![icon](../assets/i.png) here.\n",
            &LinkContext { course: "es" },
        );
        assert!(
            r.html.contains(r#"<figure><img loading="lazy" src="/courses/es/assets/loop.svg" alt="Returned gear goes to reuse first"><figcaption>The order &lt;of&gt; preference</figcaption></figure>"#),
            "{}",
            r.html
        );
        assert_eq!(
            r.figures,
            vec![Figure {
                src: "/courses/es/assets/loop.svg".into(),
                alt: "Returned gear goes to reuse first".into(),
                caption: "The order <of> preference".into()
            }]
        );
        assert_eq!(r.uncaptioned, vec![5], "the inline image has no caption");
    }

    #[test]
    fn knowledge_checks_leave_a_marker_and_render_their_parts() {
        let md = "## Check yourself\n\n```check first-route\nWhich route keeps the **most** value?\n\n- [ ] Shredding\n  > Shredding is <em>recycling</em>.\n- [x] Reuse\n\n> Reuse keeps the product.\n```\n\nAfter.\n";
        let r = render(md, &LinkContext { course: "es" });
        assert!(r.check_problems.is_empty(), "{:?}", r.check_problems);
        assert!(r.html.contains("<!--ess-check:first-route-->"), "{}", r.html);
        assert!(!r.html.contains("Shredding"), "the check is not in the prose: {}", r.html);
        let check = &r.checks[0];
        assert_eq!((check.id.as_str(), check.kind.as_str()), ("first-route", "single"));
        assert_eq!(check.stem_html.trim(), "<p>Which route keeps the <strong>most</strong> value?</p>");
        assert_eq!(check.options[0].id, "a");
        assert_eq!(check.options[0].html, "Shredding");
        assert_eq!(
            check.options[0].feedback_html.as_deref().map(str::trim),
            Some("<p>Shredding is <em>recycling</em>.</p>")
        );
        assert!(check.options[1].correct);
        assert!(check.explanation_html.contains("Reuse keeps the product."));
        assert!(r.sections.iter().all(|s| !s.text.contains("Shredding")), "checks are not indexed as prose");
    }

    #[test]
    fn broken_knowledge_checks_are_reported_at_their_line() {
        let md = "Intro\n\n```check one\nQ?\n\n- [x] a\n- [x] b\n```\n\n```check one\nQ?\n- [x] a\n- [ ] b\n\n> Why.\n```\n\n```check Bad_Id\nQ?\n- [x] a\n- [ ] b\n\n> Why.\n```\n\n```check three\nQ?\n- [x] a\n> Why\n```\n";
        let r = render(md, &LinkContext { course: "es" });
        let found: Vec<(usize, bool)> = r
            .check_problems
            .iter()
            .map(|(line, m)| (*line, m.contains("explanation") || m.contains("id") || m.contains("options")))
            .collect();
        assert_eq!(r.checks.len(), 1, "{:?}", r.check_problems);
        assert_eq!(r.check_problems.len(), 3, "{:?}", r.check_problems);
        assert!(found.iter().all(|(_, known)| *known), "{:?}", r.check_problems);
        assert_eq!(r.check_problems[0].0, 4, "{:?}", r.check_problems);
        assert_eq!(r.check_problems[1].0, 18, "{:?}", r.check_problems);
        let script = render(
            "```check x\n<script>alert(1)</script> Q?\n- [x] <img src=x onerror=alert(1)>\n- [ ] b\n  > [a](javascript:alert(1))\n\n> <iframe></iframe>\n```\n",
            &LinkContext { course: "es" },
        );
        let all = serde_json::to_string(&script.checks).unwrap().to_lowercase();
        for bad in ["<script", "onerror", "javascript:", "<iframe"] {
            assert!(!all.contains(bad), "{bad}: {all}");
        }
    }

    #[test]
    fn sections_follow_the_headings_with_their_key_terms() {
        let r = render(
            "Intro text.\n\n## Takeback\n\nThe **Takeback Incentive** needs a registered deal.\n\n### Steps\n\n1. Register\n2. Return\n",
            &LinkContext { course: "es" },
        );
        let s: Vec<(&str, &str, &str)> =
            r.sections.iter().map(|s| (s.anchor.as_str(), s.heading.as_str(), s.terms.as_str())).collect();
        assert_eq!(s, vec![("", "", ""), ("takeback", "Takeback", "Takeback Incentive"), ("steps", "Steps", "")]);
        assert_eq!(r.sections[0].text, "Intro text.");
        assert!(r.sections[2].text.contains("Register"));
    }

    #[test]
    fn slugs_are_plain() {
        assert_eq!(slugify("Scope 1, 2 & 3: emissions!"), "scope-1-2-3-emissions");
        assert_eq!(slugify("Überblick"), "überblick");
        assert_eq!(slugify("!!!"), "section");
    }
}
