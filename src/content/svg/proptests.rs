//! Properties of the SVG sanitiser: any bytes are refused or sanitised without a panic, and what
//! comes out, read again by an XML parser, holds only allowed elements and attributes, no event
//! handler, no reference that leaves the document (CSS escapes decoded as a browser decodes
//! them) and sanitises to itself.

use proptest::prelude::*;

use super::*;
use crate::test_support::{proptest_config, text_of};

/// Elements, allowed and not, that SVG files carry.
const ELEMENT_NAMES: &[&str] = &[
    "g",
    "rect",
    "circle",
    "path",
    "text",
    "tspan",
    "textPath",
    "use",
    "defs",
    "linearGradient",
    "stop",
    "pattern",
    "mask",
    "title",
    "script",
    "style",
    "foreignObject",
    "image",
    "a",
    "animate",
    "set",
    "feImage",
    "iframe",
    "handler",
    "listener",
    "html:script",
    "svg:script",
];

/// Attributes, allowed and not, with values that reach outside or run script.
const ATTRIBUTES: &[&str] = &[
    r##"fill="#0f766e""##,
    r##"fill="url(#g)""##,
    r#"fill="url(https://evil.example/p#x)""#,
    r#"fill="URL( 'https://evil.example/p')""#,
    r#"fill="u&#114;l(https://evil.example/p)""#,
    r#"fill="\75 rl(https://evil.example/p)""#,
    r#"fill="\000075rl(https://evil.example/p)""#,
    r#"fill="u\72l(https://evil.example/p)""#,
    r#"mask="\55 RL(//evil.example/m)""#,
    r#"stroke="url(&quot;https://evil.example/p&quot;)""#,
    r#"clip-path="url(#c) url(https://evil.example/c)""#,
    r##"href="#m""##,
    r#"href="https://evil.example/x.svg#m""#,
    r#"href=" #m""#,
    r#"xlink:href="javascript:alert(1)""#,
    r#"xlink:href="&#106;avascript:alert(1)""#,
    r##"xlink:href="#m""##,
    r#"onload="alert(1)""#,
    r#"OnClick="alert(1)""#,
    r#"onbegin="alert(1)""#,
    r#"ev:event="click""#,
    r#"style="fill:url(https://evil.example/p)""#,
    r#"font-family="data:text/html,x""#,
    r#"transform="rotate(45)""#,
    r#"attributeName="href""#,
    r#"to="javascript:alert(1)""#,
    r#"xml:base="https://evil.example/""#,
    r#"xml:space="preserve""#,
    r#"id="a""#,
    r#"class="x""#,
];

fn attributes() -> impl Strategy<Value = String> {
    proptest::sample::subsequence(ATTRIBUTES, 0..4).prop_map(|a| a.iter().map(|a| format!(" {a}")).collect())
}

/// An SVG document made of allowed and hostile parts, well-formed most of the time.
fn svg_document() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        "[a-zA-Z &<>]{0,8}".prop_map(|t| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")),
        Just("<![CDATA[<script>alert(1)</script>]]>".to_owned()),
        Just("<!-- a comment -->".to_owned()),
        Just("<?pi data?>".to_owned()),
        Just("&#60;script&#62;".to_owned()),
        (proptest::sample::select(ELEMENT_NAMES), attributes()).prop_map(|(name, attrs)| format!("<{name}{attrs}/>")),
    ];
    let body = leaf.prop_recursive(4, 24, 4, |inner| {
        (proptest::sample::select(ELEMENT_NAMES), attributes(), proptest::collection::vec(inner, 0..4))
            .prop_map(|(name, attrs, children)| format!("<{name}{attrs}>{}</{name}>", children.concat()))
    });
    (
        prop_oneof![Just(""), Just("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), Just("<?xml-stylesheet href=\"x.css\"?>")],
        attributes(),
        proptest::collection::vec(body, 0..4),
        prop_oneof![6 => Just(String::new()), 1 => text_of(&["<", ">", "&", "</svg>", "<svg>", "\""], 3)],
    )
        .prop_map(|(prolog, attrs, children, noise)| {
            format!(
                "{prolog}<svg xmlns=\"{SVG_NS}\" xmlns:xlink=\"{XLINK_NS}\" xmlns:html=\"http://www.w3.org/1999/xhtml\" \
                 xmlns:svg=\"{SVG_NS}\" xmlns:ev=\"http://www.w3.org/2001/xml-events\"{attrs}>{}{noise}</svg>",
                children.concat()
            )
        })
}

/// A CSS value as a browser reads it: `\` escapes (1–6 hex digits and one optional space, or any
/// other character) decoded.
fn css_unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let mut hex = String::new();
        while hex.len() < 6 && chars.peek().is_some_and(char::is_ascii_hexdigit) {
            hex.extend(chars.next());
        }
        if hex.is_empty() {
            out.extend(chars.next());
        } else {
            out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            if chars.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                chars.next();
            }
        }
    }
    out
}

/// Why a sanitised SVG is not clean; empty: it is.
fn unclean(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(text) = std::str::from_utf8(bytes) else { return vec!["not UTF-8".into()] };
    let document = match roxmltree::Document::parse(text) {
        Ok(document) => document,
        Err(e) => return vec![format!("not well-formed: {e}")],
    };
    if document.root_element().tag_name().name() != "svg" {
        found.push("the root is not <svg>".into());
    }
    for node in document.descendants() {
        if node.is_pi() {
            found.push("a processing instruction".into());
        }
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name();
        if name.namespace() != Some(SVG_NS) || !ELEMENTS.contains(&name.name()) {
            found.push(format!("element {:?} {}", name.namespace(), name.name()));
        }
        for attribute in node.attributes() {
            let value = css_unescape(attribute.value()).to_ascii_lowercase();
            let local = attribute.name().to_ascii_lowercase();
            if local.starts_with("on") {
                found.push(format!("event handler {local}"));
            }
            if local == "style" || attribute.namespace().is_some_and(|ns| ns != XLINK_NS && ns != XML_NS) {
                found.push(format!("attribute {local}"));
            }
            if local == "href" && !attribute.value().starts_with('#') {
                found.push(format!("href {:?}", attribute.value()));
            }
            if !local_urls_only(&value) || value.contains("javascript:") || value.contains("data:") {
                found.push(format!("reference in {local}={:?}", attribute.value()));
            }
        }
    }
    found
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_bytes_are_sanitised_or_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(clean) = sanitize(&bytes) {
            prop_assert!(unclean(&clean.bytes).is_empty());
        }
    }

    #[test]
    fn a_sanitised_svg_is_clean_and_sanitises_to_itself(svg in svg_document()) {
        match sanitize(svg.as_bytes()) {
            Ok(clean) => {
                if clean.removed.is_empty() {
                    prop_assert_eq!(&clean.bytes, svg.as_bytes(), "nothing removed: kept byte for byte");
                }
                let found = unclean(&clean.bytes);
                prop_assert!(found.is_empty(), "{:?} in\n{}\nfrom\n{}", found, String::from_utf8_lossy(&clean.bytes), svg);
                let again = sanitize(&clean.bytes).unwrap();
                prop_assert_eq!(again.removed, Vec::<String>::new());
                prop_assert_eq!(again.bytes, clean.bytes);
            }
            Err(message) => {
                // A parse error names its place; the place is in the file.
                if let Some((_, at)) = message.rsplit_once(" at ")
                    && let Some((line, _)) = at.split_once(':')
                    && let Ok(line) = line.parse::<usize>()
                {
                    prop_assert!((1..=svg.lines().count().max(1)).contains(&line), "{}", message);
                }
            }
        }
    }
}

#[test]
fn css_escapes_are_read_as_a_browser_reads_them() {
    assert_eq!(css_unescape(r"\75 rl(x)"), "url(x)");
    assert_eq!(css_unescape(r"\000075rl(x)"), "url(x)");
    assert_eq!(css_unescape(r"u\72l(x) \(a"), "url(x) (a");
    assert!(
        !unclean(br#"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="\75 rl(https://x.example/p)"/></svg>"#)
            .is_empty()
    );
}
