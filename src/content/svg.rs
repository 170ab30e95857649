//! SVG course assets, sanitised with an allow-list: drawing elements and presentation attributes
//! only. Scripts, styles, foreign objects, embedded images, animation, event handlers and every
//! reference that leaves the document (`href`, `url(…)` other than `#local`) are removed. An SVG
//! with nothing to remove is kept byte for byte; otherwise the clean document is written anew.

use std::fmt::Write as _;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
/// The largest SVG accepted, like any other asset.
pub const SVG_MAX_BYTES: usize = 2 * 1024 * 1024;

const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "title",
    "desc",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "path",
    "text",
    "tspan",
    "textPath",
    "marker",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "symbol",
    "use",
];

const ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "version",
    "viewBox",
    "preserveAspectRatio",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "d",
    "points",
    "pathLength",
    "transform",
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-miterlimit",
    "opacity",
    "color",
    "display",
    "visibility",
    "overflow",
    "vector-effect",
    "paint-order",
    "shape-rendering",
    "text-rendering",
    "clip-path",
    "clip-rule",
    "mask",
    "marker-start",
    "marker-mid",
    "marker-end",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "font-variant",
    "text-anchor",
    "dominant-baseline",
    "alignment-baseline",
    "baseline-shift",
    "letter-spacing",
    "word-spacing",
    "text-decoration",
    "writing-mode",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "startOffset",
    "offset",
    "stop-color",
    "stop-opacity",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    "maskUnits",
    "maskContentUnits",
    "clipPathUnits",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "role",
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
    "focusable",
    "lang",
];

/// A sanitised SVG: the bytes to store, and what was removed (empty: the input is kept as it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanitized {
    pub bytes: Vec<u8>,
    pub removed: Vec<String>,
}

/// Whether every `url(…)` in a value points inside the document.
fn local_urls_only(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.match_indices("url(").all(|(i, _)| {
        let rest = lower[i + 4..].trim_start().trim_start_matches(['"', '\'']);
        rest.starts_with('#')
    })
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Checks one attribute; `Err(reason)` when it goes.
fn attribute_ok(attribute: &roxmltree::Attribute) -> Result<String, String> {
    let value = attribute.value();
    let lower = value.to_ascii_lowercase();
    let name = match attribute.namespace() {
        None => attribute.name().to_owned(),
        Some(XLINK_NS) if attribute.name() == "href" => "xlink:href".to_owned(),
        Some(XML_NS) if matches!(attribute.name(), "space" | "lang") => format!("xml:{}", attribute.name()),
        Some(_) => return Err(format!("attribute {}", attribute.name())),
    };
    if name.to_ascii_lowercase().starts_with("on") {
        return Err(format!("event handler {name}"));
    }
    if name == "href" || name == "xlink:href" {
        return if value.starts_with('#') { Ok(name) } else { Err(format!("reference {name}=\"{value}\"")) };
    }
    if !(ATTRIBUTES.contains(&name.as_str()) || name.starts_with("xml:")) {
        return Err(format!("attribute {name}"));
    }
    // Presentation attributes are read as CSS, where an escape (`\75 rl(`) spells `url(` unseen.
    if !local_urls_only(value) || lower.contains("javascript:") || lower.contains("data:") || value.contains('\\') {
        return Err(format!("reference in {name}=\"{value}\""));
    }
    Ok(name)
}

fn write_element(node: roxmltree::Node, out: &mut String, removed: &mut Vec<String>, root: bool) {
    let name = node.tag_name().name();
    out.push('<');
    out.push_str(name);
    if root {
        out.push_str(" xmlns=\"");
        out.push_str(SVG_NS);
        out.push('"');
        if node.descendants().any(|n| n.attributes().any(|a| a.namespace() == Some(XLINK_NS))) {
            let _ = write!(out, " xmlns:xlink=\"{XLINK_NS}\"");
        }
    }
    for attribute in node.attributes() {
        match attribute_ok(&attribute) {
            Ok(name) => {
                out.push(' ');
                out.push_str(&name);
                out.push_str("=\"");
                escape(attribute.value(), out);
                out.push('"');
            }
            Err(reason) => removed.push(format!("{reason} on <{name}>")),
        }
    }
    out.push('>');
    for child in node.children() {
        match child.node_type() {
            roxmltree::NodeType::Element => {
                let child_name = child.tag_name().name();
                if child.tag_name().namespace() != Some(SVG_NS) || !ELEMENTS.contains(&child_name) {
                    removed.push(format!("element <{child_name}>"));
                } else {
                    write_element(child, out, removed, false);
                }
            }
            roxmltree::NodeType::Text => escape(child.text().unwrap_or(""), out),
            roxmltree::NodeType::PI => removed.push("a processing instruction".into()),
            _ => {}
        }
    }
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// Sanitises an SVG document; `Err` when it is not one (not UTF-8, not well-formed XML, a DTD,
/// or a root other than `<svg>`).
pub fn sanitize(bytes: &[u8]) -> Result<Sanitized, String> {
    if bytes.len() > SVG_MAX_BYTES {
        return Err(format!("the SVG is larger than {} MiB", SVG_MAX_BYTES / 1024 / 1024));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| "the SVG is not UTF-8 text".to_owned())?;
    // No DTD: entities could expand or reach outside (roxmltree refuses a DTD by default).
    let document = roxmltree::Document::parse(text).map_err(|e| format!("the SVG is not well-formed XML: {e}"))?;
    let root = document.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err("the file's root element is not <svg xmlns=\"http://www.w3.org/2000/svg\">".into());
    }
    let mut removed = Vec::new();
    for node in document.root().children() {
        if node.node_type() == roxmltree::NodeType::PI {
            removed.push("a processing instruction".into());
        }
    }
    let mut out = String::with_capacity(text.len());
    write_element(root, &mut out, &mut removed, true);
    if removed.is_empty() {
        return Ok(Sanitized { bytes: bytes.to_vec(), removed });
    }
    out.insert_str(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    Ok(Sanitized { bytes: out.into_bytes(), removed })
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    const CLEAN: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" role="img" aria-labelledby="t">
  <title id="t">A loop</title>
  <!-- comments are kept -->
  <defs><marker id="m" markerWidth="6" markerHeight="6" refX="3" refY="3" orient="auto"><path d="M0 0L6 3L0 6z"/></marker>
  <linearGradient id="g"><stop offset="0" stop-color="#0f766e"/></linearGradient></defs>
  <rect width="100" height="50" fill="url(#g)"/>
  <line x1="0" y1="0" x2="90" y2="40" stroke="#15302c" marker-end="url(#m)"/>
  <use xlink:href="#m" x="5"/>
  <text x="10" y="20" font-size="12" text-anchor="start">Reuse &amp; repair</text>
</svg>"##;

    #[test]
    fn a_clean_drawing_is_kept_byte_for_byte() {
        let out = sanitize(CLEAN.as_bytes()).unwrap();
        assert_eq!(out.removed, Vec::<String>::new());
        assert_eq!(out.bytes, CLEAN.as_bytes());
    }

    #[test]
    fn xss_laden_svg_comes_out_harmless() {
        let evil = r##"<?xml version="1.0"?>
<?xml-stylesheet href="https://evil.example/x.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)" viewBox="0 0 10 10">
  <script>alert(document.cookie)</script>
  <style>@import url(https://evil.example/x.css); rect { fill: red }</style>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(1)"/></div></foreignObject>
  <image href="https://evil.example/track.png" width="1" height="1"/>
  <a href="javascript:alert(1)"><text x="1" y="5">click</text></a>
  <rect width="10" height="10" onclick="alert(1)" style="fill:url(https://evil.example/p)" fill="url(https://evil.example/#x)"/>
  <use xlink:href="https://evil.example/sprite.svg#icon"/>
  <animate attributeName="href" to="javascript:alert(1)"/>
  <set attributeName="onmouseover" to="alert(1)"/>
  <circle r="2" fill="#0f766e"/>
</svg>"##;
        let out = sanitize(evil.as_bytes()).unwrap();
        let clean = String::from_utf8(out.bytes).unwrap();
        let text = clean.to_ascii_lowercase();
        for bad in [
            "<script",
            "<style",
            "foreignobject",
            "<image",
            "<a ",
            "<iframe",
            "onload",
            "onclick",
            "onmouseover",
            "javascript:",
            "evil.example",
            "<animate",
            "<set",
            "style=",
            "xml-stylesheet",
        ] {
            assert!(!text.contains(bad), "{bad} survived: {text}");
        }
        assert!(text.contains("<circle r=\"2\" fill=\"#0f766e\">"), "{text}");
        assert!(out.removed.len() >= 10, "{:?}", out.removed);
        // What came out is itself clean: sanitising it again changes nothing.
        let again = sanitize(clean.as_bytes()).unwrap();
        assert!(again.removed.is_empty(), "{:?}", again.removed);
    }

    #[test]
    fn a_css_escape_cannot_hide_a_reference() {
        for value in
            [r"\75 rl(https://evil.example/p)", r"\000075rl(https://evil.example/p)", r"u\72l(//evil.example/p)"]
        {
            let svg = format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="{value}"/></svg>"#);
            let out = sanitize(svg.as_bytes()).unwrap();
            assert!(!String::from_utf8(out.bytes).unwrap().contains("evil.example"), "{value}");
            assert_eq!(out.removed, vec![format!("reference in fill=\"{value}\" on <rect>")]);
        }
    }

    #[test]
    fn not_an_svg_is_refused() {
        assert!(sanitize(b"<html><body>hi</body></html>").unwrap_err().contains("root element"));
        assert!(
            sanitize(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>").unwrap_err().contains("well-formed")
        );
        let entities = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#;
        assert!(sanitize(entities.as_bytes()).is_err());
        assert!(sanitize(&[0xff, 0xfe]).is_err());
        assert!(sanitize(b"<svg>no namespace</svg>").is_err());
    }
}
