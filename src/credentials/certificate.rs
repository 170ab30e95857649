//! The certificate PDF, rendered in-process from the credential (printpdf): A4 landscape or US
//! Letter, the programme mark, the name in its own script (DejaVu Sans for Latin with every
//! diacritic, Greek, Cyrillic and Hebrew; WenQuanYi Micro Hei for CJK; each run of text in the
//! font that has its glyphs), the credential, the dates, the id, the verification URL with its
//! QR code, the signature line; fonts embedded and subset; title, author and subject set.

use printpdf::graphics::LinePoint;
use printpdf::{
    Color, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon,
    PolygonRing, Pt, Rect, Rgb, TextItem, WindingOrder,
};

/// The fonts of the credential files, parsed once at start.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    cjk: ParsedFont,
}

const DEJAVU: &[u8] = include_bytes!("../../static/fonts/DejaVuSans.ttf");
const DEJAVU_BOLD: &[u8] = include_bytes!("../../static/fonts/DejaVuSans-Bold.ttf");
const WQY: &[u8] = include_bytes!("../../static/fonts/wqy-microhei.ttc");

impl Fonts {
    pub fn load() -> anyhow::Result<Fonts> {
        let parse = |bytes: &[u8], name: &str| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
                .ok_or_else(|| anyhow::anyhow!("cannot parse the font {name}"))
        };
        Ok(Fonts {
            regular: parse(DEJAVU, "DejaVu Sans")?,
            bold: parse(DEJAVU_BOLD, "DejaVu Sans Bold")?,
            cjk: parse(WQY, "WenQuanYi Micro Hei")?,
        })
    }

    /// The first character no bundled font can print, if any (names are refused with it).
    pub fn missing_glyph(&self, text: &str) -> Option<char> {
        text.chars().filter(|c| !c.is_whitespace()).find(|c| {
            let cp = u32::from(*c);
            self.regular.lookup_glyph_index(cp).is_none() && self.cjk.lookup_glyph_index(cp).is_none()
        })
    }
}

/// The fonts, parsed on first use (parsing the CJK face takes ~100 ms and ~30 MB, which a
/// server that never renders a certificate or checks a name should not pay at start).
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
    /// Revoked or expired certificates say so across the page.
    pub status: &'static str,
    /// A partner's accreditation certificate (the name is the company's, the id its code).
    pub partner: bool,
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

    fn at(&mut self, text: &str, face: Face, size: f32, x: f32, y: f32, color: Color) {
        let runs = self.runs(text, face);
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

    fn circle(&mut self, cx: f32, cy: f32, r: f32, color: Color) {
        let points = (0..48)
            .map(|i| {
                let a = i as f32 / 48.0 * std::f32::consts::TAU;
                LinePoint { p: Point { x: Pt(cx + r * a.cos()), y: Pt(cy + r * a.sin()) }, bezier: false }
            })
            .collect();
        self.ops.push(Op::SetFillColor { col: color });
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
}

/// Renders the certificate.
pub fn render(fonts: &Fonts, data: &CertificateData, paper: Paper) -> anyhow::Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&format!("{} — {}", data.title, data.name));
    let ids = [doc.add_font(&fonts.regular), doc.add_font(&fonts.bold), doc.add_font(&fonts.cjk)];
    doc.metadata.info.author = "ESS Academy".into();
    doc.metadata.info.creator = "ESS Academy".into();
    doc.metadata.info.subject = format!("{} certificate of {}, credential {}", data.title, data.name, data.id);
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
    // The programme mark: a teal disc with a light ring and a leaf-green centre.
    page.circle(wp / 2.0, hp - 88.0, 30.0, teal.clone());
    page.circle(wp / 2.0, hp - 88.0, 22.0, rgb(236, 253, 245));
    page.circle(wp / 2.0, hp - 88.0, 16.0, rgb(21, 128, 61));

    page.centred(
        "ESS ACADEMY · ENVIRONMENTAL SUSTAINABILITY SPECIALIZATION",
        Face::Bold,
        11.0,
        hp - 140.0,
        teal.clone(),
        wp - 120.0,
    );
    page.centred("Certificate", Face::Regular, 34.0, hp - 185.0, dark.clone(), wp - 120.0);
    page.centred("This certifies that", Face::Regular, 13.0, hp - 215.0, muted.clone(), wp - 120.0);
    page.centred(&data.name, Face::Bold, 34.0, hp - 262.0, dark.clone(), wp - 140.0);
    page.ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
    page.rect(wp / 2.0 - 180.0, hp - 276.0, 360.0, 0.6, teal.clone(), true);
    let earned = if data.partner { "is accredited for the" } else { "has earned the credential" };
    page.centred(earned, Face::Regular, 13.0, hp - 300.0, muted.clone(), wp - 120.0);
    page.centred(&data.title, Face::Bold, 24.0, hp - 332.0, teal.clone(), wp - 120.0);
    page.centred(&data.programme, Face::Regular, 12.0, hp - 352.0, muted.clone(), wp - 120.0);
    page.centred(
        &if data.partner {
            format!("Accredited since {} · Current until {}", data.issued, data.expires)
        } else {
            format!("Issued {} · Valid until {}", data.issued, data.expires)
        },
        Face::Regular,
        12.0,
        hp - 380.0,
        dark.clone(),
        wp - 120.0,
    );

    // Signature line (left), verification (right).
    page.rect(72.0, 96.0, 190.0, 0.8, dark.clone(), true);
    page.at("The ESS Academy programme team", Face::Regular, 10.0, 72.0, 82.0, muted.clone());
    let id_label = if data.partner { "Partner code" } else { "Credential id" };
    page.at(&format!("{id_label}: {}", data.id), Face::Regular, 9.0, 72.0, 60.0, muted.clone());
    page.at(&format!("Verify: {}", data.verify_url), Face::Regular, 9.0, 72.0, 47.0, muted.clone());

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
        page.centred(
            &format!("{} — see the verification page", data.status.to_uppercase()),
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
            status: "valid",
            partner: false,
        }
    }

    #[test]
    fn every_supported_script_has_a_font_and_others_are_named() {
        let fonts = Fonts::load().unwrap();
        for name in [
            "Zoë Ñúñez-Çelik",
            "Ελένη Παπαδοπούλου",
            "Анна Иванова",
            "דוד לוי",
            "王小明",
            "田中 花子",
            "김민준",
            "Nguyễn Thị Ánh",
        ] {
            assert_eq!(fonts.missing_glyph(name), None, "{name}");
        }
        assert_eq!(fonts.missing_glyph("Ana 𓀀"), Some('𓀀'));
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
}
