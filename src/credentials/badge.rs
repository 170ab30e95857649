//! The logo badge: an SVG made from a tera template (the holder's name XML-escaped, an Open
//! Badges 2.0 `<openbadges:assertion>` baked in), rendered to PNG with resvg at 600 or 1200
//! pixels, with the assertion URL baked into an `iTXt` chunk with the keyword `openbadges`.
//! Expired and revoked credentials render grey, with their state across the badge. The fixed
//! words come from `locales/<lang>/documents.ftl` in the holder's language; sizes shrink with
//! the length of each line so that no language runs over the disc or the card.

use std::sync::Arc;

use anyhow::Context;
use resvg::usvg;
use serde::Serialize;

use crate::fonts::{DEJAVU, DEJAVU_BOLD, WQY};

/// Badge sizes offered, in pixels.
pub const BADGE_SIZES: [u32; 2] = [600, 1200];
/// The size the SVG is drawn at.
const SVG_SIZE: f32 = 600.0;

/// The font database of the badge, built on first use.
#[derive(Default)]
pub struct BadgeFonts(std::sync::OnceLock<Arc<usvg::fontdb::Database>>);

impl BadgeFonts {
    fn get(&self) -> Arc<usvg::fontdb::Database> {
        self.0
            .get_or_init(|| {
                let mut db = usvg::fontdb::Database::new();
                // The faces borrow the bytes compiled into the binary: no copy on the heap.
                for bytes in [DEJAVU, DEJAVU_BOLD, WQY] {
                    db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(bytes)));
                }
                db.set_sans_serif_family("DejaVu Sans");
                Arc::new(db)
            })
            .clone()
    }
}

/// What the badge shows.
#[derive(Debug, Clone, Serialize)]
pub struct BadgeData {
    pub title: String,
    pub name: String,
    pub year: String,
    /// `valid`, `expired` or `revoked`.
    pub status: String,
    /// The hosted Open Badges 2.0 assertion, baked into the files.
    pub assertion_url: Option<String>,
    /// The signed Open Badges 3.0 credential (VC-JWT), baked into the files beside it.
    pub credential_jwt: Option<String>,
    /// The language of the fixed words.
    pub lang: &'static str,
}

#[derive(Serialize)]
struct BadgeContext<'a> {
    #[serde(flatten)]
    data: &'a BadgeData,
    valid: bool,
    /// `EXPIRED` or `REVOKED`, in the badge's language.
    status_label: String,
    name_size: u32,
    /// The field of the badge's upper line (`ENVIRONMENTAL SUSTAINABILITY`), and its size.
    field: String,
    field_size: u32,
    /// The badge's role word (`Specialist`), and its size.
    role: String,
    role_size: u32,
    /// The credential's name on the signature graphic, and its size.
    title_size: u32,
    /// The signature graphic's last line, and its size.
    footer: String,
    footer_size: u32,
}

/// How wide a line is, in ems: CJK characters count a whole em, others about 0.62 (DejaVu Sans
/// runs wide; bold wider still).
fn ems(text: &str) -> f32 {
    text.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x11FF | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => 1.0,
            _ if c.is_uppercase() => 0.72,
            _ => 0.62,
        })
        .sum()
}

/// The largest size from `largest` down (to `smallest`) at which `text` fits `width` pixels, with
/// `spacing` pixels between letters.
fn fitting_size(text: &str, largest: u32, smallest: u32, width: f32, spacing: f32) -> u32 {
    let letters = text.chars().count() as f32;
    (smallest..=largest).rev().find(|size| ems(text) * *size as f32 + spacing * letters <= width).unwrap_or(smallest)
}

/// The badge's and the signature graphic's fixed words, in the badge's language, and their sizes.
fn context(data: &BadgeData) -> BadgeContext<'_> {
    let say = |key: &str| crate::i18n::message(data.lang, key, None);
    let valid = data.status == "valid";
    let status_label = say(&format!("doc-status-{}", data.status)).to_uppercase();
    let mut year = crate::i18n::Args::new();
    year.insert("year".into(), data.year.clone().into());
    let footer = if valid {
        crate::i18n::message(data.lang, "doc-signature-verified", Some(&year))
    } else {
        let mut status = crate::i18n::Args::new();
        status.insert("status".into(), status_label.clone().into());
        crate::i18n::message(data.lang, "doc-signature-status", Some(&status))
    };
    let field = say("doc-badge-field").to_uppercase();
    let role = say("doc-badge-role");
    BadgeContext {
        data,
        valid,
        name_size: 40,
        field_size: fitting_size(&field, 22, 12, BADGE_LINE_PX, 3.0),
        role_size: fitting_size(&role, 50, 24, BADGE_LINE_PX, 0.0),
        title_size: fitting_size(&data.title, 17, 11, SIGNATURE_LINE_PX, 0.0),
        footer_size: fitting_size(&footer, 12, 9, SIGNATURE_LINE_PX, 0.0),
        status_label,
        field,
        role,
        footer,
    }
}

/// The width the badge's lines may take inside its ring, in pixels of the 600-pixel drawing.
const BADGE_LINE_PX: f32 = 440.0;
/// The width the signature graphic's lines may take right of its mark, in pixels.
const SIGNATURE_LINE_PX: f32 = 456.0;

/// The badge as SVG.
pub fn svg(templates: &tera::Tera, data: &BadgeData) -> anyhow::Result<String> {
    let chars = data.name.chars().count();
    let name_size = match chars {
        0..=16 => 40,
        17..=24 => 32,
        25..=34 => 24,
        _ => 18,
    };
    let context = BadgeContext { name_size, ..context(data) };
    let context = tera::Context::from_serialize(&context).context("badge context")?;
    templates.render("credentials/badge.svg", &context).context("cannot render the badge")
}

/// The e-mail signature graphic as SVG (600 × 120, drawn at 2× as PNG).
pub fn signature_svg(templates: &tera::Tera, data: &BadgeData) -> anyhow::Result<String> {
    let name_size = if data.name.chars().count() > 30 { 18 } else { 24 };
    let context = BadgeContext { name_size, ..context(data) };
    let context = tera::Context::from_serialize(&context).context("signature context")?;
    templates.render("credentials/signature.svg", &context).context("cannot render the signature graphic")
}

/// The signature graphic as PNG at 2× (1200 × 240), shown at 600 × 120.
pub fn signature_png(fonts: &BadgeFonts, svg: &str) -> anyhow::Result<Vec<u8>> {
    rasterize(fonts, svg, 1200, 240, 2.0)
}

fn rasterize(fonts: &BadgeFonts, svg: &str, width: u32, height: u32, scale: f32) -> anyhow::Result<Vec<u8>> {
    let options = usvg::Options { fontdb: fonts.get(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &options).context("the SVG does not parse")?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).context("image size")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().context("cannot encode the PNG")
}

/// The badge as PNG of `size` × `size` pixels, with the Open Badges 2.0 assertion (an `iTXt`
/// chunk `openbadges` holding its URL) and the 3.0 credential (`iTXt` `openbadgecredential`
/// holding the VC-JWT) baked in.
pub fn png(
    fonts: &BadgeFonts,
    svg: &str,
    size: u32,
    assertion_url: Option<&str>,
    credential_jwt: Option<&str>,
) -> anyhow::Result<Vec<u8>> {
    let mut png = rasterize(fonts, svg, size, size, size as f32 / SVG_SIZE)?;
    if let Some(jwt) = credential_jwt {
        png = bake(&png, "openbadgecredential", jwt);
    }
    if let Some(url) = assertion_url {
        png = bake(&png, "openbadges", url);
    }
    Ok(png)
}

/// Inserts an uncompressed `iTXt` chunk with this keyword right after the PNG's IHDR chunk.
pub fn bake(png: &[u8], keyword: &str, text: &str) -> Vec<u8> {
    const IHDR_END: usize = 8 + 4 + 4 + 13 + 4;
    let mut data = Vec::new();
    data.extend_from_slice(keyword.as_bytes());
    data.extend_from_slice(&[0, 0, 0]); // keyword end, no compression, method
    data.push(0); // no language tag
    data.push(0); // no translated keyword
    data.extend_from_slice(text.as_bytes());
    let mut chunk = Vec::with_capacity(data.len() + 12);
    chunk.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut typed = b"iTXt".to_vec();
    typed.extend_from_slice(&data);
    chunk.extend_from_slice(&typed);
    chunk.extend_from_slice(&crc32fast::hash(&typed).to_be_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len());
    out.extend_from_slice(&png[..IHDR_END.min(png.len())]);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[IHDR_END.min(png.len())..]);
    out
}

/// The text of a PNG's `iTXt` chunk with the given keyword (for tests and validators).
pub fn baked_text(png: &[u8], keyword: &str) -> Option<String> {
    let mut at = 8;
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().ok()?) as usize;
        let kind = &png[at + 4..at + 8];
        let body = png.get(at + 8..at + 8 + len)?;
        if kind == b"iTXt" && body.starts_with(keyword.as_bytes()) && body.get(keyword.len()) == Some(&0) {
            // keyword \0 compression method language \0 translated \0 text
            let rest = &body[keyword.len() + 3..];
            let rest = &rest[rest.iter().position(|b| *b == 0)? + 1..];
            let rest = &rest[rest.iter().position(|b| *b == 0)? + 1..];
            return String::from_utf8(rest.to_vec()).ok();
        }
        at += 12 + len;
    }
    None
}

/// Width and height of a PNG, from its IHDR.
pub fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    Some((u32::from_be_bytes(png.get(16..20)?.try_into().ok()?), u32::from_be_bytes(png.get(20..24)?.try_into().ok()?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str, status: &str) -> BadgeData {
        BadgeData {
            title: "Environmental Sustainability Specialist".into(),
            name: name.into(),
            year: "2026".into(),
            status: status.into(),
            assertion_url: Some("https://academy.example/ob/assertions/abc.json".into()),
            credential_jwt: Some("eyJhbGciOiJFZERTQSJ9.eyJpZCI6ImEifQ.c2ln".into()),
            lang: "en",
        }
    }

    #[test]
    fn the_badge_escapes_the_name_and_carries_the_assertion() {
        let templates = crate::templates::load().unwrap();
        let svg = svg(&templates, &data("Ana <script> & Zoë", "valid")).unwrap();
        assert!(svg.contains("Ana &lt;script&gt; &amp; Zoë"));
        // Tera escapes `/` as `&#x2F;`: the same URL to any XML parser.
        assert!(
            svg.replace("&#x2F;", "/")
                .contains(r#"<openbadges:assertion verify="https://academy.example/ob/assertions/abc.json"/>"#),
            "{svg}"
        );
        assert!(
            svg.contains(
                r#"<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">eyJhbGciOiJFZERTQSJ9.eyJpZCI6ImEifQ.c2ln</openbadges:credential>"#
            ),
            "{svg}"
        );
        assert!(!svg.contains("REVOKED"));
        let revoked = super::svg(&templates, &data("Ana", "revoked")).unwrap();
        assert!(revoked.contains("REVOKED") && revoked.contains("#9ca3af"));
    }

    #[test]
    fn the_signature_graphic_is_twice_its_display_size() {
        let templates = crate::templates::load().unwrap();
        let svg = signature_svg(&templates, &data("Ana <b>", "valid")).unwrap();
        assert!(svg.contains("Ana &lt;b&gt;") && svg.contains("Verified by ESS Academy"));
        let png = signature_png(&BadgeFonts::default(), &svg).unwrap();
        assert_eq!(png_size(&png), Some((1200, 240)));
        let expired = signature_svg(&templates, &data("Ana", "expired")).unwrap();
        assert!(expired.contains("EXPIRED"));
    }

    #[test]
    fn png_badges_have_their_size_and_the_baked_assertion() {
        let templates = crate::templates::load().unwrap();
        let fonts = BadgeFonts::default();
        let svg = svg(&templates, &data("王小明", "valid")).unwrap();
        for size in BADGE_SIZES {
            let png =
                png(&fonts, &svg, size, Some("https://academy.example/ob/assertions/abc.json"), Some("a.b.c")).unwrap();
            assert_eq!(png_size(&png), Some((size, size)));
            assert_eq!(baked_text(&png, "openbadgecredential").as_deref(), Some("a.b.c"));
            assert_eq!(
                baked_text(&png, "openbadges").as_deref(),
                Some("https://academy.example/ob/assertions/abc.json")
            );
        }
    }
}
