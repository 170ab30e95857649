//! The certificate PDF, rendered in-process from the credential (printpdf): A4 landscape or US
//! Letter, the programme mark, the name in its own script (DejaVu Sans for Latin with every
//! diacritic, Greek, Cyrillic and Hebrew; WenQuanYi Micro Hei for CJK; each run of text in the
//! font that has its glyphs), the credential, the dates, the id, the verification URL with its
//! QR code, the signature line; fonts embedded and subset; title, author and subject set. The
//! programme mark is the specialization logo (`static/img/logo.svg`), drawn as vector paths.
//! The fixed words come from `locales/<lang>/documents.ftl` in the certificate's language (the
//! holder's); labels in Japanese are set in the CJK face by the same per-run font choice as names.

use std::sync::Arc;

use printpdf::graphics::LinePoint;
use printpdf::{
    Color, CurTransMat, GradientStop, Line, LineCapStyle, LineJoinStyle, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb, Shading, ShadingGeometry,
    TextItem, WindingOrder,
};
use resvg::usvg;

/// The fonts of the credential files and the specialization logo, parsed once.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    cjk: ParsedFont,
    logo: usvg::Tree,
}

use crate::fonts::{DEJAVU, DEJAVU_BOLD, WQY};
const LOGO_SVG: &[u8] = include_bytes!("../../static/img/logo.svg");

impl Fonts {
    pub fn load() -> anyhow::Result<Fonts> {
        // Parsed lazily over the bundled bytes, shared with the executable's file, not copied:
        // `ParsedFont::from_bytes` would copy them twice and load every glyph outline up front
        // (18 MB for the CJK face instead of the pages a render reads).
        let parse = |bytes: &'static [u8], name: &str| {
            let shared = Arc::new(crate::fonts::font_bytes(bytes));
            printpdf::AzulParsedFont::from_bytes_shared(shared, 0, &mut Vec::new())
                .map(ParsedFont::from_azul)
                .ok_or_else(|| anyhow::anyhow!("cannot parse the font {name}"))
        };
        Ok(Fonts {
            regular: parse(DEJAVU, "DejaVu Sans")?,
            bold: parse(DEJAVU_BOLD, "DejaVu Sans Bold")?,
            cjk: parse(WQY, "WenQuanYi Micro Hei")?,
            logo: usvg::Tree::from_data(LOGO_SVG, &usvg::Options::default())
                .map_err(|e| anyhow::anyhow!("cannot parse static/img/logo.svg: {e}"))?,
        })
    }
}

/// The fonts and the logo, parsed on first use (parsing the CJK face takes ~100 ms and ~30 MB,
/// which a server that never renders a certificate or checks a name should not pay at start).
#[derive(Default)]
pub struct LazyFonts(std::sync::OnceLock<Result<Fonts, String>>);

impl LazyFonts {
    pub fn get(&self) -> anyhow::Result<&Fonts> {
        self.0.get_or_init(|| Fonts::load().map_err(|e| format!("{e:#}"))).as_ref().map_err(|e| anyhow::anyhow!("{e}"))
    }
}

/// The paper of the certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    fn size(self) -> (Mm, Mm) {
        match self {
            Paper::A4 => (Mm(297.0), Mm(210.0)),
            Paper::Letter => (Mm(279.4), Mm(215.9)),
        }
    }
}

/// What a certificate says.
#[derive(Debug, Clone)]
pub struct CertificateData {
    pub name: String,
    pub title: String,
    pub programme: String,
    pub issued: String,
    pub expires: String,
    pub id: String,
    pub verify_url: String,
    /// The long date of the last renewal ("3 December 2026"), printed under the dates.
    pub renewed: Option<String>,
    /// Revoked or expired certificates say so across the page.
    pub status: &'static str,
    /// A partner's accreditation certificate (the name is the company's, the id its code).
    pub partner: bool,
    /// The language of the fixed words (the dates above are already written in it).
    pub lang: &'static str,
}

impl CertificateData {
    /// A fixed text of the certificate in its language.
    fn say(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        use fluent_templates::fluent_bundle::FluentValue;
        let args: crate::i18n::Args = args
            .iter()
            .map(|(name, value)| (std::borrow::Cow::Borrowed(*name), FluentValue::from(value.to_string())))
            .collect();
        crate::i18n::message(self.lang, key, (!args.is_empty()).then_some(&args))
    }
}

/// A right-to-left line (Hebrew, Arabic) in the order its glyphs are placed left to right. Lines
/// that mix scripts keep their order (a full bidi algorithm is not needed for names so far).
fn visual_order(text: &str) -> String {
    let rtl = |c: char| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    let has_rtl = text.chars().any(rtl);
    let has_ltr = text.chars().any(|c| c.is_alphabetic() && !rtl(c));
    if has_rtl && !has_ltr { text.chars().rev().collect() } else { text.to_owned() }
}

#[derive(Clone, Copy)]
enum Face {
    Regular,
    Bold,
}

fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::Rgb(Rgb { r: f32::from(r) / 255.0, g: f32::from(g) / 255.0, b: f32::from(b) / 255.0, icc_profile: None })
}

struct Writer<'a> {
    fonts: &'a Fonts,
    ids: [printpdf::FontId; 3],
    ops: Vec<Op>,
    width: Pt,
}

impl Writer<'_> {
    /// Splits text into runs, each in a font that has its glyphs.
    fn runs(&self, text: &str, face: Face) -> Vec<(usize, String)> {
        let mut runs: Vec<(usize, String)> = Vec::new();
        for c in text.chars() {
            let latin = match face {
                Face::Regular => &self.fonts.regular,
                Face::Bold => &self.fonts.bold,
            };
            let index = if c.is_whitespace() || latin.lookup_glyph_index(u32::from(c)).is_some() {
                match face {
                    Face::Regular => 0,
                    Face::Bold => 1,
                }
            } else {
                2
            };
            match runs.last_mut() {
                Some((i, s)) if *i == index => s.push(c),
                _ => runs.push((index, c.to_string())),
            }
        }
        runs
    }

    fn font(&self, index: usize) -> &ParsedFont {
        match index {
            0 => &self.fonts.regular,
            1 => &self.fonts.bold,
            _ => &self.fonts.cjk,
        }
    }

    fn text_width(&self, runs: &[(usize, String)], size: f32) -> f32 {
        runs.iter()
            .map(|(i, s)| {
                let font = self.font(*i);
                let units = f32::from(font.font_metrics.units_per_em.max(1));
                s.chars()
                    .map(|c| {
                        font.lookup_glyph_index(u32::from(c)).map_or(0.0, |g| f32::from(font.get_horizontal_advance(g)))
                    })
                    .sum::<f32>()
                    * size
                    / units
            })
            .sum()
    }

    /// Writes one line centred at height `y` (points from the bottom), shrinking the size until
    /// it fits `max_width`.
    fn centred(&mut self, text: &str, face: Face, mut size: f32, y: f32, color: Color, max_width: f32) {
        let text = visual_order(text);
        let runs = self.runs(&text, face);
        let mut width = self.text_width(&runs, size);
        while width > max_width && size > 8.0 {
            size -= 1.0;
            width = self.text_width(&runs, size);
        }
        let x = (self.width.0 - width) / 2.0;
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFillColor { col: color });
        self.ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
        for (index, run) in runs {
            self.ops.push(Op::SetFont { font: PdfFontHandle::External(self.ids[index].clone()), size: Pt(size) });
            self.ops.push(Op::ShowText { items: vec![TextItem::Text(run)] });
        }
        self.ops.push(Op::EndTextSection);
    }

    /// Writes one line from (`x`, `y`), shrinking the size until it fits `max_width`.
    #[expect(clippy::too_many_arguments, reason = "a line of text: where, how big, what colour, how wide at most")]
    fn at(&mut self, text: &str, face: Face, mut size: f32, x: f32, y: f32, color: Color, max_width: f32) {
        let runs = self.runs(text, face);
        while self.text_width(&runs, size) > max_width && size > 6.0 {
            size -= 0.5;
        }
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFillColor { col: color });
        self.ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
        for (index, run) in runs {
            self.ops.push(Op::SetFont { font: PdfFontHandle::External(self.ids[index].clone()), size: Pt(size) });
            self.ops.push(Op::ShowText { items: vec![TextItem::Text(run)] });
        }
        self.ops.push(Op::EndTextSection);
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Color, fill: bool) {
        self.ops.push(if fill { Op::SetFillColor { col: color } } else { Op::SetOutlineColor { col: color } });
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(w),
                height: Pt(h),
                mode: Some(if fill { PaintMode::Fill } else { PaintMode::Stroke }),
                winding_order: None,
            },
        });
    }
}

/// Width of the logo on the page: its disc (112 of the SVG's 120 units) is 60 pt across, the
/// size of the plain mark it replaced.
const LOGO_WIDTH_PT: f32 = 60.0 * 120.0 / 112.0;

/// The logo as PDF drawing operations, centred on (`cx`, `cy`) and `width` points wide: every
/// visible path of the SVG tree, with its absolute transform, as PDF paths (curves stay curves).
/// Solid fills and strokes keep their colour, width, caps and joins. A linear gradient becomes a
/// PDF axial shading (`sh`, clipped to the path), so the disc keeps its smooth teal gradient
/// instead of a flat colour or bands; radial gradients and patterns (not in the logo) fall back
/// to the flat average of their stops. Opacity, clip paths, masks and filters are not drawn (the
/// logo has none). Everything is wrapped in q … Q so no state leaks into the page.
fn logo_ops(doc: &mut PdfDocument, tree: &usvg::Tree, cx: f32, cy: f32, width: f32) -> Vec<Op> {
    let size = tree.size();
    let scale = width / size.width();
    // SVG units (y down) to PDF points (y up), the logo's centre on (cx, cy).
    let page = usvg::Transform::from_row(
        scale,
        0.0,
        0.0,
        -scale,
        cx - scale * size.width() / 2.0,
        cy + scale * size.height() / 2.0,
    );
    let mut ops = vec![Op::SaveGraphicsState];
    logo_group_ops(doc, tree.root(), page, &mut ops);
    ops.push(Op::RestoreGraphicsState);
    ops
}

fn logo_group_ops(doc: &mut PdfDocument, group: &usvg::Group, page: usvg::Transform, ops: &mut Vec<Op>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(group) => logo_group_ops(doc, group, page, ops),
            usvg::Node::Path(path) if path.is_visible() => {
                let to_page = page.pre_concat(path.abs_transform());
                let rings = subpaths(path.data(), to_page);
                match path.paint_order() {
                    usvg::PaintOrder::FillAndStroke => {
                        fill_ops(doc, path.fill(), &rings, to_page, ops);
                        stroke_ops(path.stroke(), &rings, to_page, ops);
                    }
                    usvg::PaintOrder::StrokeAndFill => {
                        stroke_ops(path.stroke(), &rings, to_page, ops);
                        fill_ops(doc, path.fill(), &rings, to_page, ops);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The subpaths of a path in page coordinates, each with whether it is closed, as printpdf
/// points (a cubic is two points marked `bezier` then its end point; quadratics become cubics).
fn subpaths(data: &usvg::tiny_skia_path::Path, to_page: usvg::Transform) -> Vec<(Vec<LinePoint>, bool)> {
    use usvg::tiny_skia_path::PathSegment;
    let point = |mut p: usvg::tiny_skia_path::Point, bezier: bool| {
        to_page.map_point(&mut p);
        LinePoint { p: Point { x: Pt(p.x), y: Pt(p.y) }, bezier }
    };
    let mut rings: Vec<(Vec<LinePoint>, bool)> = Vec::new();
    // The current point and the start of the current subpath, in SVG units.
    let (mut last, mut start) = (usvg::tiny_skia_path::Point::zero(), usvg::tiny_skia_path::Point::zero());
    for segment in data.segments() {
        match segment {
            PathSegment::MoveTo(p) => {
                rings.push((vec![point(p, false)], false));
                (last, start) = (p, p);
            }
            PathSegment::LineTo(p) => {
                if let Some((ring, _)) = rings.last_mut() {
                    ring.push(point(p, false));
                }
                last = p;
            }
            PathSegment::QuadTo(q, p) => {
                let toward = |from: usvg::tiny_skia_path::Point| {
                    usvg::tiny_skia_path::Point::from_xy(
                        from.x + (q.x - from.x) * 2.0 / 3.0,
                        from.y + (q.y - from.y) * 2.0 / 3.0,
                    )
                };
                let (c1, c2) = (toward(last), toward(p));
                if let Some((ring, _)) = rings.last_mut() {
                    ring.extend([point(c1, true), point(c2, true), point(p, false)]);
                }
                last = p;
            }
            PathSegment::CubicTo(c1, c2, p) => {
                if let Some((ring, _)) = rings.last_mut() {
                    ring.extend([point(c1, true), point(c2, true), point(p, false)]);
                }
                last = p;
            }
            PathSegment::Close => {
                if let Some((_, closed)) = rings.last_mut() {
                    *closed = true;
                }
                last = start;
            }
        }
    }
    rings.retain(|(ring, _)| ring.len() > 1);
    rings
}

fn svg_rgb(c: usvg::Color) -> Color {
    rgb(c.red, c.green, c.blue)
}

/// The flat colour a paint is drawn with where no shading is used: the average of a gradient's
/// stops.
fn flat_color(paint: &usvg::Paint) -> Color {
    let stops = match paint {
        usvg::Paint::Color(c) => return svg_rgb(*c),
        usvg::Paint::LinearGradient(g) => g.stops(),
        usvg::Paint::RadialGradient(g) => g.stops(),
        usvg::Paint::Pattern(_) => return rgb(15, 118, 110),
    };
    let n = stops.len().max(1) as f32;
    let mean = |f: fn(usvg::Color) -> u8| stops.iter().map(|s| f32::from(f(s.color()))).sum::<f32>() / n / 255.0;
    Color::Rgb(Rgb { r: mean(|c| c.red), g: mean(|c| c.green), b: mean(|c| c.blue), icc_profile: None })
}

fn fill_ops(
    doc: &mut PdfDocument,
    fill: Option<&usvg::Fill>,
    rings: &[(Vec<LinePoint>, bool)],
    to_page: usvg::Transform,
    ops: &mut Vec<Op>,
) {
    let Some(fill) = fill else { return };
    let winding_order = match fill.rule() {
        usvg::FillRule::NonZero => WindingOrder::NonZero,
        usvg::FillRule::EvenOdd => WindingOrder::EvenOdd,
    };
    let polygon = |mode| Polygon {
        rings: rings.iter().map(|(points, _)| PolygonRing { points: points.clone() }).collect(),
        mode,
        winding_order,
    };
    if let usvg::Paint::LinearGradient(g) = fill.paint() {
        // The gradient's own space (its transform maps it to the path's user space).
        let m = to_page.pre_concat(g.transform());
        let stops = g
            .stops()
            .iter()
            .map(|s| {
                let c = s.color();
                GradientStop {
                    offset: s.offset().get(),
                    color: [f32::from(c.red) / 255.0, f32::from(c.green) / 255.0, f32::from(c.blue) / 255.0],
                }
            })
            .collect();
        let id = doc.add_shading(Shading {
            geometry: ShadingGeometry::Axial { coords: [g.x1(), g.y1(), g.x2(), g.y2()] },
            stops,
            extend: (true, true),
        });
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::DrawPolygon { polygon: polygon(PaintMode::Clip) });
        ops.push(Op::SetTransformationMatrix { matrix: CurTransMat::Raw([m.sx, m.ky, m.kx, m.sy, m.tx, m.ty]) });
        ops.push(Op::PaintShading { id });
        ops.push(Op::RestoreGraphicsState);
    } else {
        ops.push(Op::SetFillColor { col: flat_color(fill.paint()) });
        ops.push(Op::DrawPolygon { polygon: polygon(PaintMode::Fill) });
    }
}

fn stroke_ops(
    stroke: Option<&usvg::Stroke>,
    rings: &[(Vec<LinePoint>, bool)],
    to_page: usvg::Transform,
    ops: &mut Vec<Op>,
) {
    let Some(stroke) = stroke else { return };
    // A uniform scale's factor (the logo is neither skewed nor stretched).
    let factor = (to_page.sx * to_page.sy - to_page.kx * to_page.ky).abs().sqrt();
    ops.push(Op::SetOutlineColor { col: flat_color(stroke.paint()) });
    ops.push(Op::SetOutlineThickness { pt: Pt(stroke.width().get() * factor) });
    ops.push(Op::SetLineCapStyle {
        cap: match stroke.linecap() {
            usvg::LineCap::Butt => LineCapStyle::Butt,
            usvg::LineCap::Round => LineCapStyle::Round,
            usvg::LineCap::Square => LineCapStyle::ProjectingSquare,
        },
    });
    ops.push(Op::SetLineJoinStyle {
        join: match stroke.linejoin() {
            usvg::LineJoin::Miter | usvg::LineJoin::MiterClip => LineJoinStyle::Miter,
            usvg::LineJoin::Round => LineJoinStyle::Round,
            usvg::LineJoin::Bevel => LineJoinStyle::Bevel,
        },
    });
    ops.push(Op::SetMiterLimit { limit: Pt(stroke.miterlimit().get()) });
    for (points, closed) in rings {
        ops.push(Op::DrawLine { line: Line { points: points.clone(), is_closed: *closed } });
    }
}

/// Renders the certificate.
pub fn render(fonts: &Fonts, data: &CertificateData, paper: Paper) -> anyhow::Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&format!("{} — {}", data.title, data.name));
    let ids = [doc.add_font(&fonts.regular), doc.add_font(&fonts.bold), doc.add_font(&fonts.cjk)];
    doc.metadata.info.author = "ESS Academy".into();
    doc.metadata.info.creator = "ESS Academy".into();
    doc.metadata.info.subject =
        data.say("doc-cert-subject", &[("title", &data.title), ("name", &data.name), ("id", &data.id)]);
    let (w, h) = paper.size();
    let (wp, hp) = (Pt::from(w).0, Pt::from(h).0);
    let teal = rgb(15, 118, 110);
    let dark = rgb(21, 48, 44);
    let muted = rgb(74, 98, 94);
    let mut page = Writer { fonts, ids, ops: Vec::new(), width: Pt(wp) };

    // Frame and band.
    page.ops.push(Op::SetOutlineThickness { pt: Pt(3.0) });
    page.rect(24.0, 24.0, wp - 48.0, hp - 48.0, teal.clone(), false);
    page.ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
    page.rect(32.0, 32.0, wp - 64.0, hp - 64.0, rgb(167, 243, 208), false);
    // The programme mark: the specialization logo.
    let logo = logo_ops(&mut doc, &fonts.logo, wp / 2.0, hp - 88.0, LOGO_WIDTH_PT);
    page.ops.extend(logo);

    page.centred(
        &data.say("doc-cert-header", &[]).to_uppercase(),
        Face::Bold,
        11.0,
        hp - 140.0,
        teal.clone(),
        wp - 120.0,
    );
    page.centred(&data.say("doc-cert-title", &[]), Face::Regular, 34.0, hp - 185.0, dark.clone(), wp - 120.0);
    page.centred(&data.say("doc-cert-certifies", &[]), Face::Regular, 13.0, hp - 215.0, muted.clone(), wp - 120.0);
    page.centred(&data.name, Face::Bold, 34.0, hp - 262.0, dark.clone(), wp - 140.0);
    page.ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
    page.rect(wp / 2.0 - 180.0, hp - 276.0, 360.0, 0.6, teal.clone(), true);
    let earned = data.say(if data.partner { "doc-cert-partner-accredited" } else { "doc-cert-earned" }, &[]);
    page.centred(&earned, Face::Regular, 13.0, hp - 300.0, muted.clone(), wp - 120.0);
    page.centred(&data.title, Face::Bold, 24.0, hp - 332.0, teal.clone(), wp - 120.0);
    page.centred(&data.programme, Face::Regular, 12.0, hp - 352.0, muted.clone(), wp - 120.0);
    let dates = [("issued", data.issued.as_str()), ("expires", data.expires.as_str())];
    page.centred(
        &data.say(if data.partner { "doc-cert-partner-dates" } else { "doc-cert-dates" }, &dates),
        Face::Regular,
        12.0,
        hp - 380.0,
        dark.clone(),
        wp - 120.0,
    );
    if let Some(renewed) = &data.renewed {
        let line = data.say("doc-cert-renewed", &[("date", renewed)]);
        page.centred(&line, Face::Regular, 12.0, hp - 398.0, dark.clone(), wp - 120.0);
    }

    // Signature line (left), verification (right). The lines left of the QR code shrink to fit.
    let left_width = wp - 72.0 - 84.0 - 16.0 - 72.0;
    page.rect(72.0, 96.0, 190.0, 0.8, dark.clone(), true);
    page.at(&data.say("doc-cert-team", &[]), Face::Regular, 10.0, 72.0, 82.0, muted.clone(), left_width);
    let id_line = if data.partner {
        data.say("doc-cert-partner-code", &[("code", &data.id)])
    } else {
        data.say("doc-cert-id", &[("id", &data.id)])
    };
    page.at(&id_line, Face::Regular, 9.0, 72.0, 60.0, muted.clone(), left_width);
    page.at(
        &data.say("doc-cert-verify", &[("url", &data.verify_url)]),
        Face::Regular,
        9.0,
        72.0,
        47.0,
        muted.clone(),
        left_width,
    );

    // QR code to the verification page, as vector squares.
    if let Ok(code) = qrcode::QrCode::new(data.verify_url.as_bytes()) {
        let modules = code.width();
        let size = 84.0_f32;
        let cell = size / modules as f32;
        let (x0, y0) = (wp - 72.0 - size, 44.0);
        page.rect(x0 - 4.0, y0 - 4.0, size + 8.0, size + 8.0, rgb(255, 255, 255), true);
        let colors = code.to_colors();
        for (i, color) in colors.iter().enumerate() {
            if *color == qrcode::Color::Dark {
                let (col, row) = (i % modules, i / modules);
                page.rect(
                    x0 + col as f32 * cell,
                    y0 + size - (row + 1) as f32 * cell,
                    cell + 0.05,
                    cell + 0.05,
                    dark.clone(),
                    true,
                );
            }
        }
    }
    if data.status != "valid" {
        let status = data.say(&format!("doc-status-{}", data.status), &[]).to_uppercase();
        page.centred(
            &data.say("doc-cert-status", &[("status", &status)]),
            Face::Bold,
            28.0,
            hp / 2.0 - 40.0,
            rgb(185, 28, 28),
            wp - 120.0,
        );
    }
    let ops = page.ops;
    let bytes = doc.with_pages(vec![PdfPage::new(w, h, ops)]).save(&PdfSaveOptions::default(), &mut Vec::new());
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str) -> CertificateData {
        CertificateData {
            name: name.into(),
            title: "Environmental Sustainability Specialist".into(),
            programme: "Environmental Sustainability Specialization".into(),
            issued: "29 November 2026".into(),
            expires: "29 November 2027".into(),
            id: "AbCdEfGhIjKlMnOpQrStUvWx".into(),
            verify_url: "http://127.0.0.1:8080/verify/AbCdEfGhIjKlMnOpQrStUvWx".into(),
            renewed: None,
            status: "valid",
            partner: false,
            lang: "en",
        }
    }

    #[test]
    fn the_printer_has_a_glyph_for_every_character_registration_accepts() {
        // Registration decides coverage from the fonts' character maps (`crate::fonts`); the
        // PDF's parsed faces must agree, or an accepted name would lose characters silently.
        let fonts = Fonts::load().unwrap();
        let printed = |c: char| {
            let cp = u32::from(c);
            fonts.regular.lookup_glyph_index(cp).is_some() || fonts.cjk.lookup_glyph_index(cp).is_some()
        };
        let sample = "Zoë Ñúñez-Çelik Ελένη Παπαδοπούλου Анна Иванова דוד לוי 王小明 田中 花子 김민준 Nguyễn Thị Ánh";
        for c in sample.chars().filter(|c| !c.is_whitespace()) {
            assert!(crate::fonts::covers(c) && printed(c), "{c}");
        }
        for c in ('\u{20}'..='\u{2FFF}').chain('\u{3000}'..='\u{9FFF}').chain('\u{AC00}'..='\u{D7A3}') {
            assert_eq!(crate::fonts::covers(c), printed(c), "U+{:04X}", u32::from(c));
        }
        assert!(!crate::fonts::covers('𓀀') && !printed('𓀀'));
    }

    #[test]
    fn right_to_left_names_are_placed_in_visual_order() {
        assert_eq!(visual_order("דוד לוי"), "יול דוד");
        assert_eq!(visual_order("Ana Lima"), "Ana Lima");
    }

    #[test]
    fn a_certificate_is_a_pdf_with_its_fonts_subset() {
        let fonts = Fonts::load().unwrap();
        let pdf = render(&fonts, &data("王小明 Zoë"), Paper::A4).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.len() < 400_000, "fonts are subset: {} bytes", pdf.len());
        let letter = render(&fonts, &data("Ana"), Paper::Letter).unwrap();
        assert!(letter.starts_with(b"%PDF-"));
    }

    /// The drawing operations of the first page, read back from the saved file.
    fn page_ops(pdf: &[u8]) -> Vec<Op> {
        let doc = PdfDocument::parse(pdf, &printpdf::PdfParseOptions::default(), &mut Vec::new()).unwrap();
        doc.pages[0].ops.clone()
    }

    fn is_leaf_green(op: &Op) -> bool {
        // #a7f3d0, the leaf's fill (the frame's thin line has it as a stroke colour only).
        matches!(op, Op::SetFillColor { col: Color::Rgb(c) }
            if (c.r - 167.0 / 255.0).abs() < 0.01 && (c.g - 243.0 / 255.0).abs() < 0.01 && (c.b - 208.0 / 255.0).abs() < 0.01)
    }

    #[test]
    fn the_logo_is_every_path_of_the_svg_with_its_gradient_colours_and_strokes() {
        let fonts = Fonts::load().unwrap();
        let mut doc = PdfDocument::new("logo");
        let ops = logo_ops(&mut doc, &fonts.logo, 100.0, 100.0, LOGO_WIDTH_PT);
        let count = |f: fn(&Op) -> bool| ops.iter().filter(|op| f(op)).count();
        assert_eq!(count(|op| matches!(op, Op::PaintShading { .. })), 1, "the disc's gradient");
        assert_eq!(doc.resources.shadings.map.len(), 1);
        assert_eq!(count(|op| matches!(op, Op::DrawPolygon { polygon } if polygon.mode == PaintMode::Clip)), 1);
        assert_eq!(count(|op| matches!(op, Op::DrawPolygon { polygon } if polygon.mode == PaintMode::Fill)), 1);
        assert_eq!(count(|op| matches!(op, Op::DrawLine { .. })), 3, "the loop, the arrow head, the vein");
        assert_eq!(count(is_leaf_green), 1);
        assert!(ops.contains(&Op::SetLineCapStyle { cap: LineCapStyle::Round }));
        // The loop's 7-unit stroke, scaled from the 120-unit SVG.
        assert!(ops.contains(&Op::SetOutlineThickness { pt: Pt(7.0 * LOGO_WIDTH_PT / 120.0) }));
        // Balanced graphics state: nothing leaks into the rest of the page.
        assert_eq!(count(|op| matches!(op, Op::SaveGraphicsState)), count(|op| matches!(op, Op::RestoreGraphicsState)));
        // Centred on (100, 100): the disc (r = 56 of 120) spans 60 pt.
        let xs: Vec<f32> = ops
            .iter()
            .filter_map(|op| match op {
                Op::DrawPolygon { polygon } if polygon.mode == PaintMode::Clip => Some(polygon),
                _ => None,
            })
            .flat_map(|p| p.rings.iter().flat_map(|r| r.points.iter().map(|lp| lp.p.x.0)))
            .collect();
        let (min, max) = xs.iter().fold((f32::MAX, f32::MIN), |(a, b), x| (a.min(*x), b.max(*x)));
        assert!((min - 70.0).abs() < 0.1 && (max - 130.0).abs() < 0.1, "{min}..{max}");
    }

    #[test]
    fn the_rendered_certificate_holds_the_logo_drawing() {
        let fonts = Fonts::load().unwrap();
        for partner in [false, true] {
            let ops = page_ops(&render(&fonts, &CertificateData { partner, ..data("Ana") }, Paper::A4).unwrap());
            assert!(ops.iter().any(is_leaf_green), "the leaf is drawn in its colour (partner: {partner})");
            assert!(ops.iter().any(|op| matches!(op, Op::PaintShading { .. })), "the disc's gradient");
        }
    }
}
