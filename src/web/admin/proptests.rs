//! Properties of what an upload's multipart form carries, once actix has split it: the file's
//! bytes are sniffed (never trusted by name or type) and its name becomes a safe asset name.

use proptest::prelude::*;

use super::*;
use crate::content::render::asset_name_of_link;
use crate::test_support::{proptest_config, text_of};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF];

/// The start of a file as uploads have it: image signatures, XML prologues, HTML, noise.
fn upload() -> impl Strategy<Value = Vec<u8>> {
    let head = text_of(
        &[
            "<svg",
            "<SVG",
            "<?xml version=\"1.0\"?>",
            "<!-- x -->",
            "<!--",
            "-->",
            "<?",
            "?>",
            "\u{feff}",
            " ",
            "\n",
            "<html>",
            "<script>",
            "<svg onload=alert(1)>",
        ],
        8,
    );
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..64),
        (prop_oneof![Just(PNG), Just(JPEG), Just(&b""[..])], head, proptest::collection::vec(any::<u8>(), 0..16))
            .prop_map(|(magic, head, tail)| [magic, head.as_bytes(), &tail].concat()),
    ]
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn an_upload_is_known_by_its_first_bytes_only(bytes in upload()) {
        match sniff_image(&bytes) {
            Some(("image/png", "png")) => prop_assert!(bytes.starts_with(PNG)),
            Some(("image/jpeg", "jpg")) => prop_assert!(bytes.starts_with(JPEG) && !bytes.starts_with(PNG)),
            Some(("image/svg+xml", "svg")) => {
                prop_assert!(!bytes.starts_with(PNG) && !bytes.starts_with(JPEG));
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
                prop_assert!(head.contains("<svg"), "{:?}", head);
            }
            None => prop_assert!(!bytes.starts_with(PNG) && !bytes.starts_with(JPEG)),
            Some(other) => prop_assert!(false, "unknown type {:?}", other),
        }
    }

    #[test]
    fn an_uploaded_file_name_becomes_a_safe_asset_name(
        original in prop_oneof![any::<String>(), text_of(&["../", "..\\", "/", ".", "..", ".svg", " ", "é", "-", "A"], 12)],
        extension in prop_oneof![Just("png"), Just("jpg"), Just("svg")],
    ) {
        let name = asset_file_name(&original, extension);
        let stem = name.strip_suffix(&format!(".{extension}")).unwrap_or_default();
        prop_assert!(!stem.is_empty() && stem.len() <= 60, "{:?}", name);
        prop_assert!(stem.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{:?}", name);
        prop_assert!(!stem.starts_with('-') && !stem.contains("--"), "{:?}", name);
        let link = format!("../assets/{name}");
        prop_assert_eq!(asset_name_of_link(&link), Some(name.as_str()), "a link can name it");
    }
}
