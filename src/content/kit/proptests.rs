//! Properties of the kit's placeholders and files: any text is scanned and filled without a
//! panic, filling changes only the placeholders it knows, and what `export` writes reads back.

use proptest::prelude::*;

use super::*;
use crate::markup::frontmatter::split;
use crate::test_support::{proptest_config, text_of};

const TOKENS: &[&str] = &["{", "}", "{name}", "{verify_url}", "{other}", "{x y}", "{{", "}}", "\n", "é", "{\n}", "{}"];

/// Filled-in values: no braces, and no lower-case letters, so no value spells a placeholder.
fn values() -> impl Strategy<Value = BTreeMap<&'static str, String>> {
    proptest::collection::vec("[A-Z0-9 .:/é]{0,10}", PLACEHOLDERS.len())
        .prop_map(|v| PLACEHOLDERS.iter().copied().zip(v).collect())
}

/// A piece of a copy text: literal text without braces, or a known placeholder.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Placeholder(&'static str),
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn placeholders_are_found_at_their_braces(text in prop_oneof![text_of(TOKENS, 24), any::<String>()]) {
        let found = placeholders(&text);
        prop_assert!(found.len() <= text.matches('{').count(), "one placeholder per opening brace");
        for (offset, name) in found {
            prop_assert_eq!(&text[offset..offset + 1], "{");
            let stops = ['{', '}', '\n'];
            prop_assert!(!name.contains(stops), "{:?}", name);
            if !name.is_empty() {
                let closed = format!("{name}}}");
                prop_assert!(text[offset + 1..].starts_with(&closed), "{:?} at {}", name, offset);
            }
        }
        if !text.contains('{') {
            prop_assert!(placeholders(&text).is_empty());
        }
    }

    #[test]
    fn fill_changes_nothing_without_braces_or_values(text in prop_oneof![text_of(TOKENS, 24), any::<String>()], values in values()) {
        prop_assert_eq!(fill(&text, &BTreeMap::new()), text.clone());
        let plain: String = text.chars().filter(|c| !matches!(c, '{' | '}')).collect();
        prop_assert_eq!(fill(&plain, &values), plain);
    }

    #[test]
    fn fill_puts_each_value_in_its_placeholder(
        pieces in proptest::collection::vec(
            prop_oneof![
                "[^{}]{0,12}".prop_map(Piece::Text),
                proptest::sample::select(PLACEHOLDERS.as_slice()).prop_map(Piece::Placeholder),
            ],
            0..12,
        ),
        values in values(),
    ) {
        let mut text = String::new();
        let mut expected = String::new();
        for piece in &pieces {
            match piece {
                Piece::Text(t) => {
                    text.push_str(t);
                    expected.push_str(t);
                }
                Piece::Placeholder(name) => {
                    text.push_str(&format!("{{{name}}}"));
                    expected.push_str(&values[name]);
                }
            }
        }
        let filled = fill(&text, &values);
        prop_assert_eq!(&filled, &expected);
        prop_assert!(placeholders(&filled).iter().all(|(_, name)| !PLACEHOLDERS.contains(name)));
    }

    #[test]
    fn what_export_writes_check_reads_back(
        title in prop_oneof![any::<String>(), text_of(&["+++", "\n", "'''", "\"\"\"", "\\", "\r\n"], 8)],
        kind in any::<String>(),
        position in any::<i32>(),
        body in prop_oneof![any::<String>(), text_of(&["+++", "\n", "+++\n"], 8)],
    ) {
        let meta = KitMeta { title, kind, position };
        let text = file_text(&meta, &body);
        let parts = split(&text).unwrap();
        let back: KitMeta = toml::from_str(parts.front_matter).unwrap();
        prop_assert_eq!(back, meta);
        prop_assert_eq!(parts.body, body.as_str());
    }
}
