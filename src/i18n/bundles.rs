//! The message files of each interface language, compiled into the binary and parsed into a
//! Fluent bundle the first time a message in that language is asked for.
//!
//! A language's bundle (the parsed messages of its thirteen files) takes about 1.1 MB; parsing
//! all six at the first message, as `fluent-templates`' `static_loader!` did, held 6.4 MB
//! whatever languages the readers used. Now a server whose readers read English holds only
//! English, and each other language costs its megabyte from its first reader on. Lookups are
//! the loader's: the language's message (an `id.attribute` key names an attribute), else
//! English's, and a message that fails to format counts as missing.

use std::sync::OnceLock;

use fluent_templates::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{Args, DEFAULT, LANGUAGES};

/// The message files of every language (a test checks them against `locales/<lang>/`).
pub(super) const FILE_NAMES: [&str; 13] = [
    "account.ftl",
    "admin.ftl",
    "countries.ftl",
    "credentials.ftl",
    "documents.ftl",
    "exams.ftl",
    "learning.ftl",
    "mail.ftl",
    "main.ftl",
    "pages.ftl",
    "partner.ftl",
    "reports.ftl",
    "training.ftl",
];

/// The text of a language's message files, in `FILE_NAMES`' order.
macro_rules! message_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/account.ftl")),
            include_str!(concat!("../../locales/", $lang, "/admin.ftl")),
            include_str!(concat!("../../locales/", $lang, "/countries.ftl")),
            include_str!(concat!("../../locales/", $lang, "/credentials.ftl")),
            include_str!(concat!("../../locales/", $lang, "/documents.ftl")),
            include_str!(concat!("../../locales/", $lang, "/exams.ftl")),
            include_str!(concat!("../../locales/", $lang, "/learning.ftl")),
            include_str!(concat!("../../locales/", $lang, "/mail.ftl")),
            include_str!(concat!("../../locales/", $lang, "/main.ftl")),
            include_str!(concat!("../../locales/", $lang, "/pages.ftl")),
            include_str!(concat!("../../locales/", $lang, "/partner.ftl")),
            include_str!(concat!("../../locales/", $lang, "/reports.ftl")),
            include_str!(concat!("../../locales/", $lang, "/training.ftl")),
        ]
    };
}

/// Each language's files, in `LANGUAGES`' order.
static SOURCES: [[&str; FILE_NAMES.len()]; LANGUAGES.len()] = [
    message_files!("en"),
    message_files!("es"),
    message_files!("fr"),
    message_files!("de"),
    message_files!("pt-BR"),
    message_files!("ja"),
];

/// Each language's bundle, in `LANGUAGES`' order, made on first use.
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; LANGUAGES.len()] =
    [const { OnceLock::new() }; LANGUAGES.len()];

/// The bundle of one of `LANGUAGES`, parsed now if it is the first use; `None` for any other code.
fn bundle(lang: &str) -> Option<&'static FluentBundle<FluentResource>> {
    let index = LANGUAGES.iter().position(|(code, _)| *code == lang)?;
    let (code, sources) = (LANGUAGES[index].0, &SOURCES[index]);
    Some(BUNDLES[index].get_or_init(|| build(code, sources)))
}

/// A bundle of `sources`. A file that does not parse keeps the messages that do (the tests
/// parse every file, so this is said, not hidden); a message defined twice keeps the first.
fn build(code: &str, sources: &[&str]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No U+2068/U+2069 isolation marks around arguments: they would reach mails and PDFs.
    bundle.set_use_isolating(false);
    for (name, source) in FILE_NAMES.iter().zip(sources) {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, errors)| {
            tracing::error!(lang = code, file = name, ?errors, "a message file does not parse");
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(lang = code, file = name, ?errors, "a message file defines a message twice");
        }
    }
    bundle
}

/// A message of one bundle, formatted; `None` when the bundle lacks it or formatting fails.
fn lookup(bundle: &FluentBundle<FluentResource>, key: &str, args: Option<&Args>) -> Option<String> {
    let pattern = match key.split_once('.') {
        Some((message, attribute)) => bundle.get_message(message)?.attributes().find(|a| a.id() == attribute)?.value(),
        None => bundle.get_message(key)?.value()?,
    };
    let args: Option<FluentArgs> =
        args.map(|args| args.iter().map(|(name, value)| (name.as_ref(), value.clone())).collect());
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// A message in `lang`, else in English; `None` when neither has it.
pub(super) fn message(lang: &str, key: &str, args: Option<&Args>) -> Option<String> {
    bundle(lang)
        .and_then(|b| lookup(b, key, args))
        .or_else(|| (lang != DEFAULT).then(|| bundle(DEFAULT).and_then(|b| lookup(b, key, args))).flatten())
}

/// How many languages' bundles have been made so far.
#[cfg(test)]
pub(super) fn made() -> usize {
    BUNDLES.iter().filter(|b| b.get().is_some()).count()
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use fluent_templates::fluent_bundle::FluentValue;

    use super::*;

    #[test]
    fn every_message_file_on_disk_is_compiled_in() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for (lang, _) in LANGUAGES {
            let mut on_disk: Vec<String> = std::fs::read_dir(root.join(lang))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            on_disk.sort();
            assert_eq!(on_disk, FILE_NAMES, "{lang}");
        }
        // And each compiled text is its file's.
        let index = LANGUAGES.iter().position(|(code, _)| *code == "ja").unwrap();
        let on_disk = std::fs::read_to_string(root.join("ja").join(FILE_NAMES[5])).unwrap();
        assert_eq!(SOURCES[index][5], on_disk);
    }

    #[test]
    fn every_file_parses_and_no_message_is_defined_twice() {
        for (index, (lang, _)) in LANGUAGES.iter().enumerate() {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.parse().unwrap()]);
            for (name, source) in FILE_NAMES.iter().zip(&SOURCES[index]) {
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{lang}/{name}: {errors:?}"));
                bundle.add_resource(resource).unwrap_or_else(|errors| panic!("{lang}/{name}: {errors:?}"));
            }
        }
    }

    #[test]
    fn a_message_comes_in_its_language_else_in_english_with_its_arguments() {
        let mut args = Args::new();
        args.insert(Cow::Borrowed("value"), FluentValue::from(85));
        assert_eq!(message("en", "percent", Some(&args)).as_deref(), Some("85%"));
        let french = message("fr", "percent", Some(&args)).unwrap();
        assert!(french.starts_with("85") && french.ends_with('%') && french != "85%", "{french}");
        assert_eq!(message("en", "nav-courses", None).as_deref(), Some("Courses"));
        assert_ne!(message("ja", "nav-courses", None).as_deref(), Some("Courses"));
        assert_eq!(message("de", "no-such-key", None), None);
        assert_eq!(message("xx", "nav-courses", None).as_deref(), Some("Courses"), "an unknown code reads English");
        // A formatting error (a missing argument) counts as missing.
        assert_eq!(message("en", "percent", None), None);
    }

    #[test]
    fn an_id_with_a_dot_names_an_attribute_and_arguments_are_not_isolated() {
        let bundle = build("en", &["greeting = Hello { $name }\n    .title = Greeting for { $name }\n"]);
        let mut args = Args::new();
        args.insert(Cow::Borrowed("name"), FluentValue::from("Ada"));
        assert_eq!(lookup(&bundle, "greeting", Some(&args)).as_deref(), Some("Hello Ada"));
        assert_eq!(lookup(&bundle, "greeting.title", Some(&args)).as_deref(), Some("Greeting for Ada"));
        assert_eq!(lookup(&bundle, "greeting.other", Some(&args)), None);
        assert_eq!(lookup(&bundle, "greeting", None), None, "a missing argument is an error");
    }

    #[test]
    fn a_language_is_parsed_when_first_read() {
        // Other tests of this process may have read any language: what is checked is that a
        // read makes its bundle and that none is made twice.
        let before = made();
        assert!(message("ja", "nav-courses", None).is_some());
        assert!(made() >= before.max(1));
        let ja = bundle("ja").unwrap() as *const _;
        assert_eq!(bundle("ja").unwrap() as *const _, ja, "one bundle per language");
        assert!(made() <= LANGUAGES.len());
    }
}
