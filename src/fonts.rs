//! The bundled fonts of the credential files (DejaVu Sans regular and bold for Latin, Greek,
//! Cyrillic and Hebrew; WenQuanYi Micro Hei for CJK) and their glyph coverage. Registration and
//! name corrections refuse a name these fonts cannot print; the coverage is read from the fonts'
//! character maps, without loading what rendering needs, so a server that registers people
//! but renders nothing holds no parsed font. Below `accounts` and `credentials`, which both use it.
//!
//! The certificate's fonts reach printpdf by [`font_bytes`], without a copy: printpdf keeps a
//! face's bytes either on the heap or as a map of a file, and the bundled fonts are already in
//! a file, this executable.

use std::sync::{Arc, OnceLock};

pub static DEJAVU: &[u8] = include_bytes!("../static/fonts/DejaVuSans.ttf");
pub static DEJAVU_BOLD: &[u8] = include_bytes!("../static/fonts/DejaVuSans-Bold.ttf");
pub static WQY: &[u8] = include_bytes!("../static/fonts/wqy-microhei.ttc");

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

/// A bundled font's bytes for printpdf, shared rather than copied: a read-only map of the font's
/// own bytes in this executable's file. Its pages are the page cache's (the same pages as the
/// binary's own mapping), and only those a render reads become resident, where a copy would put
/// all of them on the heap and read every page of the binary's copy to make it (6.6 MB for the
/// three faces, measured in `BENCHMARKS.md`, issue 15). A copy still where the executable
/// cannot be mapped (another OS; a mapping that does not hold the bytes as compiled).
pub fn font_bytes(bytes: &'static [u8]) -> rust_fontconfig::FontBytes {
    match map_from_executable(bytes) {
        Ok(map) => rust_fontconfig::FontBytes::Mmapped(map),
        Err(e) => {
            tracing::debug!("the bundled font is copied, it cannot be mapped from the executable: {e:#}");
            rust_fontconfig::FontBytes::Owned(Arc::from(bytes))
        }
    }
}

/// Where `bytes`, a static of this binary, lie in its executable file: the offset in the file of
/// the mapping of `/proc/self/maps` that holds them, the executable's own.
fn offset_in_executable(maps: &str, exe: &str, bytes: &[u8]) -> Option<u64> {
    let (start, end) = (bytes.as_ptr() as u64, bytes.as_ptr() as u64 + bytes.len() as u64);
    maps.lines().find_map(|line| {
        // 55d0a0d00000-55d0a2e4c000 r--p 00a3b000 fd:01 1234     /path/to/ess-academy
        let mut fields = line.splitn(6, ' ');
        let (from, to) = fields.next()?.split_once('-')?;
        let (from, to) = (u64::from_str_radix(from, 16).ok()?, u64::from_str_radix(to, 16).ok()?);
        let offset = u64::from_str_radix(fields.nth(1)?, 16).ok()?;
        let path = fields.nth(2)?.trim_start();
        (from <= start && end <= to && path == exe).then(|| offset + (start - from))
    })
}

#[cfg(target_os = "linux")]
fn map_from_executable(bytes: &'static [u8]) -> anyhow::Result<mmapio::Mmap> {
    use anyhow::Context;
    let exe = std::fs::read_link("/proc/self/exe").context("/proc/self/exe")?;
    let exe = exe.to_str().context("the executable's path is not UTF-8")?;
    let maps = std::fs::read_to_string("/proc/self/maps").context("/proc/self/maps")?;
    let offset = offset_in_executable(&maps, exe, bytes).context("no mapping of the executable holds the font")?;
    let file = std::fs::File::open("/proc/self/exe").context("opening /proc/self/exe")?;
    #[allow(unsafe_code, reason = "mapping a file is unsafe only if the file changes under the map")]
    // SAFETY: the file is the running executable: Linux refuses to open it for writing while it
    // runs (ETXTBSY), and a binary replaced on disk is a new file, while /proc/self/exe stays the
    // one this process runs. The map is read-only and lives as long as the fonts that hold it.
    let map = unsafe { mmapio::MmapOptions::new().offset(offset).len(bytes.len()).map(&file) }
        .context("mapping the executable")?;
    let edge = bytes.len().min(4096);
    anyhow::ensure!(
        map.len() == bytes.len()
            && map[..edge] == bytes[..edge]
            && map[map.len() - edge..] == bytes[bytes.len() - edge..],
        "the executable's bytes at {offset:#x} are not the font as compiled"
    );
    Ok(map)
}

#[cfg(not(target_os = "linux"))]
fn map_from_executable(_bytes: &'static [u8]) -> anyhow::Result<mmapio::Mmap> {
    anyhow::bail!("only Linux is known to map its executable this way")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fonts are statics, not consts: a const's bytes are copied into every codegen unit
    /// that uses them, and the release binary held each font twice (6.6 MB more), with the
    /// badge reading one copy and the certificate's map another.
    #[test]
    fn each_bundled_font_is_in_the_executable_once() {
        let Ok(executable) = std::fs::read("/proc/self/exe") else {
            println!("SKIPPED the executable's copies of the fonts: /proc/self/exe cannot be read here");
            return;
        };
        for (name, font) in [("DejaVu Sans", DEJAVU), ("DejaVu Sans Bold", DEJAVU_BOLD), ("WenQuanYi", WQY)] {
            // 256 bytes from the middle of the font: a run no other data repeats.
            let sample = &font[font.len() / 2..font.len() / 2 + 256];
            let copies = memchr::memmem::find_iter(&executable, sample).count();
            assert_eq!(copies, 1, "{name} is in the executable {copies} times");
        }
    }

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

    #[test]
    fn a_bundled_font_is_mapped_from_the_executable_not_copied() {
        let mapped = font_bytes(WQY);
        assert!(matches!(mapped, rust_fontconfig::FontBytes::Mmapped(_)), "the CJK face was copied");
        assert_eq!(mapped.as_slice(), WQY);
    }

    #[test]
    fn the_offset_is_read_from_the_mapping_that_holds_the_bytes() {
        let bytes = DEJAVU;
        let at = bytes.as_ptr() as u64;
        let maps = format!(
            "{:x}-{:x} r-xp 00001000 fd:01 42     /opt/other binary\n\
             {:x}-{:x} r--p 00a3b000 fd:01 42     /opt/ess academy\n",
            at - 0x1000,
            at + bytes.len() as u64,
            at - 0x2000,
            at + bytes.len() as u64 + 0x10
        );
        assert_eq!(offset_in_executable(&maps, "/opt/ess academy", bytes), Some(0x00a3_b000 + 0x2000));
        assert_eq!(offset_in_executable(&maps, "/opt/elsewhere", bytes), None);
        let short = format!("{:x}-{:x} r--p 00a3b000 fd:01 42     /opt/ess academy\n", at, at + 10);
        assert_eq!(offset_in_executable(&short, "/opt/ess academy", bytes), None);
    }
}
