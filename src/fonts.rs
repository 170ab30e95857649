//! The bundled fonts of the credential files (DejaVu Sans regular and bold for Latin, Greek,
//! Cyrillic and Hebrew; WenQuanYi Micro Hei for CJK) and their glyph coverage. Registration and
//! name corrections refuse a name these fonts cannot print; the coverage is read from the fonts'
//! character maps, without loading what rendering needs, so a server that registers people
//! but renders nothing holds no parsed font. Below `accounts` and `credentials`, which both use it.

use std::sync::OnceLock;

pub const DEJAVU: &[u8] = include_bytes!("../static/fonts/DejaVuSans.ttf");
pub const DEJAVU_BOLD: &[u8] = include_bytes!("../static/fonts/DejaVuSans-Bold.ttf");
pub const WQY: &[u8] = include_bytes!("../static/fonts/wqy-microhei.ttc");

/// The faces whose character maps decide coverage: regular text falls back to CJK.
fn faces() -> &'static [ttf_parser::Face<'static>] {
    static FACES: OnceLock<Vec<ttf_parser::Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        [(DEJAVU, "DejaVu Sans"), (WQY, "WenQuanYi Micro Hei")]
            .into_iter()
            .filter_map(|(bytes, name)| match ttf_parser::Face::parse(bytes, 0) {
                Ok(face) => Some(face),
                Err(e) => {
                    tracing::error!("the bundled font {name} cannot be read: {e}");
                    None
                }
            })
            .collect()
    })
}

/// Whether a bundled font has a glyph for `c`.
pub fn covers(c: char) -> bool {
    faces().iter().any(|face| face.glyph_index(c).is_some())
}

/// The first character no bundled font can print, if any (whitespace is not printed).
pub fn missing_glyph(text: &str) -> Option<char> {
    text.chars().filter(|c| !c.is_whitespace()).find(|c| !covers(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_scripts_of_the_programme_are_covered() {
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
            assert_eq!(missing_glyph(name), None, "{name}");
        }
        assert_eq!(missing_glyph("Ana 𓀀"), Some('𓀀'));
    }
}
