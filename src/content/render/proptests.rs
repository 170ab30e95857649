//! Properties of the markdown pipeline and its sanitiser: whatever markdown and HTML an author
//! (or an attacker with an author's account) writes, the HTML that comes out has no live script.
//! The output is read back by html5ever, the parser ammonia itself uses, the way a browser would
//! read it: elements, attributes with entities decoded, URLs with their schemes as a browser
//! finds them.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, Namespace, QualName};
use proptest::prelude::*;

use super::*;
use crate::test_support::{proptest_config, text_of};

/// Elements that run script, load other documents or hold markup that could.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "form",
    "base",
    "meta",
    "link",
    "noscript",
    "template",
    "video",
    "audio",
    "source",
    "textarea",
    "select",
    "button",
    "xmp",
    "noembed",
    "plaintext",
    "portal",
    "set",
    "animate",
];

/// Attributes that run script or style whatever their value.
const FORBIDDEN_ATTRIBUTES: &[&str] = &["style", "srcdoc", "formaction", "action", "http-equiv", "is"];

/// Attributes a browser reads as a URL (or a list of them).
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
    "srcset",
    "longdesc",
    "usemap",
    "ping",
    "lowsrc",
    "dynsrc",
    "codebase",
    "classid",
    "archive",
    "manifest",
    "profile",
    "action",
    "formaction",
];

/// Schemes a link or image of a module may use.
const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// The scheme of a URL as a browser finds it: leading and trailing C0 controls and spaces
/// dropped, tabs and line ends removed anywhere, then the letters before `:`. `None`: relative.
fn scheme_of(url: &str) -> Option<String> {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Every element an HTML parser makes of a document, with its attributes (entities decoded,
/// foreign attributes given their prefix): html5ever's tree builder, as ammonia runs it, with a
/// sink that only records. Elements a browser would make are all here, wherever it puts them.
#[derive(Default)]
struct Recorder {
    elements: RefCell<Vec<(QualName, Vec<Attribute>)>>,
}

type Node = Rc<RefCell<QualName>>;

fn blank() -> Node {
    Rc::new(RefCell::new(QualName::new(None, Namespace::from(""), LocalName::from(""))))
}

impl TreeSink for Recorder {
    type Handle = Node;
    type Output = Vec<(QualName, Vec<Attribute>)>;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self::Output {
        self.elements.into_inner()
    }
    fn parse_error(&self, _: Cow<'static, str>) {}
    fn get_document(&self) -> Node {
        blank()
    }
    fn elem_name<'a>(&'a self, target: &'a Node) -> Ref<'a, QualName> {
        target.borrow()
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> Node {
        self.elements.borrow_mut().push((name.clone(), attrs));
        Rc::new(RefCell::new(name))
    }
    fn create_comment(&self, _: StrTendril) -> Node {
        blank()
    }
    fn create_pi(&self, _: StrTendril, _: StrTendril) -> Node {
        blank()
    }
    fn append(&self, _: &Node, _: NodeOrText<Node>) {}
    fn append_based_on_parent_node(&self, _: &Node, _: &Node, _: NodeOrText<Node>) {}
    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}
    fn get_template_contents(&self, _: &Node) -> Node {
        blank()
    }
    fn same_node(&self, x: &Node, y: &Node) -> bool {
        Rc::ptr_eq(x, y)
    }
    fn set_quirks_mode(&self, _: QuirksMode) {}
    fn append_before_sibling(&self, _: &Node, _: NodeOrText<Node>) {}
    fn add_attrs_if_missing(&self, target: &Node, attrs: Vec<Attribute>) {
        // `<html>` and `<body>` start tags met again: their attributes join the element.
        self.elements.borrow_mut().push((target.borrow().clone(), attrs));
    }
    fn remove_from_parent(&self, _: &Node) {}
    fn reparent_children(&self, _: &Node, _: &Node) {}
}

/// What a browser would find live in `html`, read by a real HTML parser; empty: nothing.
fn live_script(html: &str) -> Vec<String> {
    let elements = html5ever::parse_document(Recorder::default(), Default::default()).one(html);
    let mut found = Vec::new();
    for (name, attrs) in elements {
        let tag = name.local.to_ascii_lowercase();
        if FORBIDDEN_ELEMENTS.contains(&tag.as_str()) {
            found.push(format!("element <{tag}>"));
        }
        if &*name.ns != "http://www.w3.org/1999/xhtml" {
            found.push(format!("element <{tag}> in namespace {}", &*name.ns));
        }
        for attribute in &attrs {
            let prefix = attribute.name.prefix.as_ref().map(|p| format!("{}:", &**p)).unwrap_or_default();
            let attr = format!("{prefix}{}", attribute.name.local.to_ascii_lowercase());
            let value = &*attribute.value;
            if attr.starts_with("on") || attr.contains(":on") {
                found.push(format!("event handler {attr}={value:?} on <{tag}>"));
            }
            if FORBIDDEN_ATTRIBUTES.contains(&attr.as_str()) {
                found.push(format!("attribute {attr}={value:?} on <{tag}>"));
            }
            let urls: Vec<&str> = if attr == "srcset" {
                value.split(',').map(|candidate| candidate.trim().split(' ').next().unwrap_or("")).collect()
            } else {
                vec![value]
            };
            if URL_ATTRIBUTES.contains(&attr.as_str())
                && let Some(scheme) =
                    urls.iter().filter_map(|u| scheme_of(u)).find(|s| !SAFE_SCHEMES.contains(&s.as_str()))
            {
                found.push(format!("{scheme}: URL in {attr}={value:?} on <{tag}>"));
            }
        }
    }
    found
}

/// `javascript:` and friends as attackers spell them: any case, entities for some letters,
/// tabs, line ends and control characters inside, spaces before.
fn hostile_scheme() -> impl Strategy<Value = String> {
    let scheme = prop_oneof![Just("javascript"), Just("vbscript"), Just("data"), Just("livescript")];
    let payload = prop_oneof![
        Just("alert(1)"),
        Just("text/html,<script>alert(1)</script>"),
        Just("text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        Just("image/svg+xml,<svg onload=alert(1)>"),
        Just("msgbox(1)"),
    ];
    (
        scheme,
        payload,
        proptest::collection::vec((0u8..6, any::<bool>()), 11),
        prop_oneof![Just(""), Just(" "), Just("\u{1}"), Just("\t")],
    )
        .prop_map(|(scheme, payload, spelling, before)| {
            let mut out = before.to_owned();
            for (c, (how, upper)) in scheme.chars().chain(std::iter::once(':')).zip(spelling.iter().cycle()) {
                let c = if *upper { c.to_ascii_uppercase() } else { c };
                match how {
                    0 => out.push_str(&format!("&#{};", u32::from(c))),
                    1 => out.push_str(&format!("&#x{:X};", u32::from(c))),
                    2 => {
                        out.push(c);
                        out.push('\t');
                    }
                    3 => {
                        out.push(c);
                        out.push_str("&#10;");
                    }
                    _ => out.push(c),
                }
            }
            out.push_str(payload);
            out
        })
}

/// Places a hostile URL where markdown or HTML takes one.
fn hostile_link() -> impl Strategy<Value = String> {
    (hostile_scheme(), 0u8..12).prop_map(|(url, place)| match place {
        0 => format!("[click]({url})"),
        1 => format!("[click](<{url}>)"),
        2 => format!("![pic]({url} \"caption\")"),
        3 => format!("[click][r]\n\n[r]: {url}\n"),
        4 => format!("<{url}>"),
        5 => format!("<a href=\"{url}\">click</a>"),
        6 => format!("<a href='{url}'>click</a>"),
        7 => format!("<img src=\"{url}\" alt=\"x\">"),
        8 => format!("<iframe src=\"{url}\"></iframe>"),
        9 => format!("<img srcset=\"{url} 1x\">"),
        10 => format!("<math><mi xlink:href=\"{url}\">x</mi></math>"),
        _ => format!("<form action=\"{url}\"><button formaction=\"{url}\">go</button></form>"),
    })
}

/// Hostile HTML and the markdown that surrounds it.
const TOKENS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnErRoR=alert(1)>",
    "<img src=x onerror\u{c}=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<p style=\"x:expression(alert(1))\">x</p>",
    "<style>@import 'https://evil.example/x.css';</style>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<details open ontoggle=alert(1)>",
    "<input onfocus=alert(1) autofocus>",
    "<input type=\"image\" src=\"javascript:alert(1)\">",
    "<body onload=alert(1)>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:/\">",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<template><script>alert(1)</script></template>",
    "<video poster=javascript:alert(1)></video>",
    "<a href=\"#\" onclick=\"alert(1)\">",
    "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>",
    "<textarea><script>alert(1)</script></textarea>",
    "<xmp><script>alert(1)</script></xmp>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<",
    ">",
    "\"",
    "'",
    "&",
    "&lt;script&gt;",
    "[x](https://ok.example \"<img onerror=alert(1) \")",
    "![<img  onerror=alert(1) x=](https://ok.example/a.png)",
    "[t](https://ok.example '<img src=x onerror=alert(1)//')",
    "<a title=\"<img onmouseover=alert(1) \" href=\"https://ok.example\">t</a>",
    "\n",
    "\n\n",
    "```",
    "```check a\n",
    "```check first\nQ <img src=x onerror=alert(1)>?\n- [x] <script>alert(1)</script>\n- [ ] b\n  > [f](javascript:alert(1))\n\n> <iframe></iframe>\n```\n",
    "- [x] ",
    "- [ ] ",
    "> ",
    "> [!NOTE]\n",
    "## ",
    " {#main}",
    " {#x onclick=alert(1)}",
    "| a | b |\n|---|---|\n",
    "[^1]",
    "[^1]: ",
    "*",
    "**",
    "`",
    "    ",
    "\u{E000}",
    "\u{E000}a\u{E000}",
    "<!--ess-check:a-->",
    "<p>\u{E000}a\u{E000}</p>",
    "\u{0}",
    "\u{b}",
];

fn hostile_markdown() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::collection::vec(prop_oneof![3 => text_of(TOKENS, 4), 1 => hostile_link()], 0..12).prop_map(|p| p.concat()),
        1 => any::<String>(),
    ]
}

fn assert_no_live_script(html: &str, what: &str, input: &str) -> Result<(), TestCaseError> {
    let found = live_script(html);
    prop_assert!(found.is_empty(), "{} of {:?} has live script {:?}:\n{}", what, input, found, html);
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn rendered_markdown_never_holds_live_script(markdown in hostile_markdown()) {
        let rendered = render(&markdown, &LinkContext { course: "es" });
        assert_no_live_script(&rendered.html, "the HTML", &markdown)?;
        for check in &rendered.checks {
            assert_no_live_script(&check.stem_html, "a check's stem", &markdown)?;
            assert_no_live_script(&check.explanation_html, "a check's explanation", &markdown)?;
            for option in &check.options {
                assert_no_live_script(&option.html, "a check's option", &markdown)?;
                if let Some(feedback) = &option.feedback_html {
                    assert_no_live_script(feedback, "an option's feedback", &markdown)?;
                }
            }
        }
        // Every reported line is a line of the input.
        let lines = markdown.matches('\n').count() + 1;
        for line in rendered.links.iter().chain(&rendered.images).map(|r| r.line).chain(rendered.uncaptioned.iter().copied()) {
            prop_assert!((1..=lines).contains(&line), "line {} of {} lines", line, lines);
        }
        for (line, _) in &rendered.check_problems {
            prop_assert!((1..=lines).contains(line), "check problem at line {} of {} lines", line, lines);
        }
    }

    #[test]
    fn plain_rendering_never_holds_live_script(markdown in hostile_markdown()) {
        assert_no_live_script(&render_plain(&markdown), "render_plain", &markdown)?;
    }

    #[test]
    fn hostile_urls_never_survive_in_any_spelling(link in hostile_link(), before in text_of(TOKENS, 3)) {
        let markdown = format!("{before}{link}");
        assert_no_live_script(&render_plain(&markdown), "render_plain", &markdown)?;
    }
}

/// The checker itself finds what it looks for: a property that can never fail proves nothing.
#[test]
fn the_checker_finds_live_script() {
    for (html, what) in [
        ("<script>alert(1)</script>", "element <script>"),
        ("<img src=x OnError=alert(1)>", "event handler onerror"),
        ("<a href=\"&#106;ava&#x0A;script:alert(1)\">x</a>", "javascript: URL"),
        ("<a href=\" \u{1}JaVaScRiPt:alert(1)\">x</a>", "javascript: URL"),
        ("<a href=\"data:text/html,x\">x</a>", "data: URL"),
        ("<p style=\"color:red\">x</p>", "attribute style"),
        ("<svg><circle/></svg>", "element <svg>"),
        ("<a title=\"x\" lazy\" onclick=alert(1) \">x</a>", "event handler onclick"),
    ] {
        let found = live_script(html);
        assert!(found.iter().any(|f| f.contains(what)), "{html}: {found:?}");
    }
    assert_eq!(
        live_script("<p><a href=\"https://x.example/a?b=javascript:\" title=\"<script>\">ok</a> &lt;script&gt;</p>"),
        Vec::<String>::new()
    );
    assert_eq!(scheme_of("/courses/es/assets/a.png"), None);
    assert_eq!(scheme_of("\tJava\nScript:x").as_deref(), Some("javascript"));
}
