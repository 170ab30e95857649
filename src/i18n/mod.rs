//! The interface's languages: Fluent message files `locales/<lang>/*.ftl` (English the source;
//! Spanish, French, German, Brazilian Portuguese and Japanese), compiled into the binary and
//! parsed per language on first use (`bundles`), and the language of the request being served.
//!
//! The language of a request is chosen once (the account's saved preference, else the
//! `ess_lang` cookie of the language switcher, else `Accept-Language`, else English) and held in a
//! task-local for the request's future, so templates ask `t(key=…)` without passing it along.
//! Code that runs on another thread (`web::block`, the mail and reminder workers) has no
//! task-local: it renders in a language with `with_lang`, a thread-local that `current()` reads
//! first.
//!
//! A pseudo-locale, `en-XA` (accented, lengthened English between ⟦ ⟧), exists only when a test
//! enables it: every interface string that comes from the message files shows up marked, so a
//! test finds the strings that bypass them.

mod bundles;
pub mod tera_fn;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use fluent_templates::fluent_bundle::FluentValue;
use unic_langid::LanguageIdentifier;

/// The source language.
pub const DEFAULT: &str = "en";
/// The test-only pseudo-locale.
pub const PSEUDO: &str = "en-XA";

/// The interface languages: code (BCP 47, as in `<html lang>`) and name in that language.
pub const LANGUAGES: [(&str, &str); 6] = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("pt-BR", "Português (Brasil)"),
    ("ja", "日本語"),
];

/// The cookie of the language switcher.
pub const COOKIE: &str = "ess_lang";
/// The longest `Accept-Language` header read.
pub const ACCEPT_LANGUAGE_MAX_BYTES: usize = 512;

static PSEUDO_ENABLED: AtomicBool = AtomicBool::new(false);

/// Lets `en-XA` be chosen (tests only; never set by the server).
pub fn enable_pseudo_locale() {
    PSEUDO_ENABLED.store(true, Ordering::Relaxed);
}

/// The supported code for a language tag (`es-MX` → `es`, `pt` → `pt-BR`, `EN` → `en`), if any.
pub fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    if tag.eq_ignore_ascii_case(PSEUDO) && PSEUDO_ENABLED.load(Ordering::Relaxed) {
        return Some(PSEUDO);
    }
    let id: LanguageIdentifier = tag.parse().ok()?;
    if let Some((code, _)) = LANGUAGES.iter().find(|(code, _)| code.eq_ignore_ascii_case(tag)) {
        return Some(code);
    }
    let language = id.language.as_str();
    LANGUAGES.iter().find(|(code, _)| code.split('-').next() == Some(language)).map(|(code, _)| *code)
}

/// The best interface language for an `Accept-Language` header (RFC 9110 §12.5.4), by
/// `fluent-langneg`; English when none matches.
pub fn negotiate(accept_language: &str) -> &'static str {
    use fluent_langneg::{NegotiationStrategy, convert_vec_str_to_langids_lossy, negotiate_languages};
    if accept_language.len() > ACCEPT_LANGUAGE_MAX_BYTES {
        return DEFAULT;
    }
    let requested: Vec<LanguageIdentifier> = by_quality(accept_language);
    let available = convert_vec_str_to_langids_lossy(LANGUAGES.iter().map(|(code, _)| *code));
    let default: LanguageIdentifier = DEFAULT.parse().unwrap_or_default();
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
    chosen.first().and_then(|id| supported(&id.to_string())).unwrap_or(DEFAULT)
}

/// The tags of an `Accept-Language` header, best first (by `q`, then by order); `q=0` and
/// unparsable entries are dropped.
fn by_quality(header: &str) -> Vec<LanguageIdentifier> {
    let mut ranked: Vec<(u16, usize, LanguageIdentifier)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(|q| q.trim().parse::<f32>().unwrap_or(0.0)))
                .unwrap_or(1.0);
            let id: LanguageIdentifier = tag.parse().ok().filter(|_| tag != "*")?;
            (q > 0.0).then(|| ((q.clamp(0.0, 1.0) * 1000.0) as u16, i, id))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.into_iter().map(|(_, _, id)| id).collect()
}

tokio::task_local! {
    static CURRENT: Cell<&'static str>;
}

/// Runs a request's future with its language.
pub async fn scope<F: std::future::Future>(lang: &'static str, future: F) -> F::Output {
    CURRENT.scope(Cell::new(lang), future).await
}

thread_local! {
    /// The language `with_lang` runs its closure in, on this thread.
    static OVERRIDE: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// The language to write in: the innermost `with_lang` on this thread, else the request being
/// served, else English.
pub fn current() -> &'static str {
    OVERRIDE.with(Cell::get).or_else(|| CURRENT.try_with(Cell::get).ok()).unwrap_or(DEFAULT)
}

/// Changes the language of the request being served (a signed-in account's saved preference
/// wins over the cookie and the browser's header); inside `with_lang`, that one's too.
pub fn set_current(lang: &'static str) {
    let _ = CURRENT.try_with(|cell| cell.set(lang));
    OVERRIDE.with(|cell| {
        if cell.get().is_some() {
            cell.set(Some(lang));
        }
    });
}

/// Runs `f` in `lang` on this thread, whatever thread it is (a `web::block` closure, a worker):
/// `current()`, `t`, `long_date` and `percent` answer in `lang` until `f` returns, and the
/// language before is back afterwards, also when `f` panics. Calls nest.
pub fn with_lang<R>(lang: &'static str, f: impl FnOnce() -> R) -> R {
    /// Puts the language before back when dropped (on return and on unwinding alike).
    struct Restore(Option<&'static str>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|cell| cell.replace(Some(lang))));
    f()
}

/// The language of someone's mails and documents: their saved choice (`users.locale`) when it is
/// one of ours, else `otherwise`.
pub fn saved_or(locale: Option<&str>, otherwise: &'static str) -> &'static str {
    locale.and_then(supported).unwrap_or(otherwise)
}

/// An argument of a message.
pub type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

/// A message in a language; `None` when no language has the key.
pub fn try_message(lang: &str, key: &str, args: Option<&Args>) -> Option<String> {
    let pseudo = lang == PSEUDO;
    let text = bundles::message(if pseudo { DEFAULT } else { lang }, key, args)?;
    Some(if pseudo { pseudo_text(&text) } else { text })
}

/// A message in a language (the key itself, bracketed, when it is missing: tests catch that).
pub fn message(lang: &str, key: &str, args: Option<&Args>) -> String {
    try_message(lang, key, args).unwrap_or_else(|| {
        tracing::warn!(key, lang, "a message key is missing from the message files");
        format!("[{key}]")
    })
}

/// A message in the current language (`current()`).
pub fn t(key: &str) -> String {
    message(current(), key, None)
}

/// A message with arguments in the request's language:
/// `tr("exam-reason-after-exam", &[("exam", title.as_str().into())])`.
pub fn tr(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args: Args = args.iter().map(|(name, value)| (Cow::Owned((*name).to_owned()), value.into_owned())).collect();
    message(current(), key, Some(&args))
}

/// A duration in the request's language: `45 min`, `2 h`, `13 h 10 min` (`13時間10分`).
pub fn duration(total_minutes: i64) -> String {
    let (hours, minutes) = (total_minutes / 60, total_minutes % 60);
    let mut args = Args::new();
    args.insert(Cow::Borrowed("hours"), FluentValue::from(hours));
    args.insert(Cow::Borrowed("minutes"), FluentValue::from(minutes));
    let key = match (hours, minutes) {
        (0, _) => "duration-minutes",
        (_, 0) => "duration-hours",
        _ => "duration-hours-minutes",
    };
    message(current(), key, Some(&args))
}

/// A date written in full the way the current language writes it ("4 December 2026",
/// "4 de diciembre de 2026", "2026年12月4日"); the calendar day in UTC.
pub fn long_date(year: i64, month: u32, day: u32) -> String {
    let lang = current();
    let mut args = Args::new();
    args.insert(Cow::Borrowed("day"), FluentValue::from(day));
    args.insert(Cow::Borrowed("month"), FluentValue::from(message(lang, &format!("month-{month}"), None)));
    args.insert(Cow::Borrowed("year"), FluentValue::from(year));
    message(lang, "date-long", Some(&args))
}

/// A whole percentage the way the current language writes it ("85%", "85 %").
pub fn percent(value: i64) -> String {
    let mut args = Args::new();
    args.insert(Cow::Borrowed("value"), FluentValue::from(value));
    message(current(), "percent", Some(&args))
}

/// The thousands and decimal separators of the request's language ("1,234.50", "1.234,50",
/// "1 234,50" with a narrow no-break space in French).
pub fn number_separators() -> (&'static str, &'static str) {
    match current() {
        "es" | "de" | "pt-BR" => (".", ","),
        "fr" => ("\u{202f}", ","),
        _ => (",", "."),
    }
}

/// Accented and lengthened text between ⟦ ⟧ (letters only: placeholders and markup keep working).
pub fn pseudo_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2 + 8);
    out.push('⟦');
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        if in_tag {
            out.push(c);
            continue;
        }
        let accented = match c {
            'a' => "á",
            'e' => "ë",
            'i' => "ï",
            'o' => "ö",
            'u' => "ü",
            'A' => "Å",
            'E' => "É",
            'I' => "Î",
            'O' => "Ø",
            'U' => "Ü",
            'c' => "ç",
            'n' => "ñ",
            's' => "š",
            'y' => "ý",
            _ => "",
        };
        if accented.is_empty() {
            out.push(c);
        } else {
            out.push_str(accented);
            // Lengthen vowels: German runs about a third longer than English.
            if "aeiouAEIOU".contains(c) {
                out.push_str(accented);
            }
        }
    }
    out.push('⟧');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_s_languages_choose_the_best_supported_one() {
        assert_eq!(negotiate("es-ES,es;q=0.9,en;q=0.8"), "es");
        assert_eq!(negotiate("pt-BR,pt;q=0.9"), "pt-BR");
        assert_eq!(negotiate("pt-PT"), "pt-BR");
        assert_eq!(negotiate("de-AT, en;q=0.5"), "de");
        assert_eq!(negotiate("ja"), "ja");
        assert_eq!(negotiate("fr-CA;q=0.4, ja;q=0.9"), "ja", "by quality, not order");
        assert_eq!(negotiate("zh-CN, ko"), "en");
        assert_eq!(negotiate(""), "en");
        assert_eq!(negotiate("*"), "en");
        assert_eq!(negotiate(&"de,".repeat(400)), "en", "an oversized header is ignored");
    }

    #[test]
    fn tags_are_matched_to_the_supported_languages() {
        assert_eq!(supported("es-MX"), Some("es"));
        assert_eq!(supported("PT-br"), Some("pt-BR"));
        assert_eq!(supported("en"), Some("en"));
        assert_eq!(supported("xx"), None);
        assert_eq!(supported("not a tag!"), None);
        assert_eq!(supported("en-XA"), Some("en"), "the pseudo-locale is off outside tests");
    }

    #[test]
    fn messages_come_in_each_language_and_the_pseudo_locale_marks_them() {
        assert_eq!(message("en", "nav-courses", None), "Courses");
        assert_ne!(message("ja", "nav-courses", None), "Courses");
        assert!(try_message("en", "no-such-key", None).is_none());
        let pseudo = pseudo_text("Log <b>in</b>");
        assert_eq!(pseudo, "⟦Löög <b>ïïñ</b>⟧");
    }

    /// The message ids of each `.ftl` file of a language directory, by file name.
    fn ids_of(dir: &std::path::Path) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        use fluent_syntax::ast::Entry;
        let mut files = std::collections::BTreeMap::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(source.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
            let ids = resource
                .body
                .iter()
                .filter_map(|e| match e {
                    Entry::Message(m) => Some(m.id.name.to_owned()),
                    Entry::Term(t) => Some(format!("-{}", t.id.name)),
                    _ => None,
                })
                .collect();
            files.insert(path.file_name().unwrap().to_string_lossy().into_owned(), ids);
        }
        files
    }

    #[test]
    fn every_language_has_exactly_the_keys_english_has() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let english = ids_of(&root.join(DEFAULT));
        assert!(!english.is_empty());
        let mut problems = Vec::new();
        for (lang, _) in LANGUAGES.iter().filter(|(code, _)| *code != DEFAULT) {
            let other = ids_of(&root.join(lang));
            for (file, keys) in &english {
                let Some(theirs) = other.get(file) else {
                    problems.push(format!("{lang}/{file} is missing"));
                    continue;
                };
                for key in keys.difference(theirs) {
                    problems.push(format!("{lang}/{file} lacks {key}"));
                }
                for key in theirs.difference(keys) {
                    problems.push(format!("{lang}/{file} has {key}, which English does not"));
                }
            }
            for file in other.keys().filter(|f| !english.contains_key(*f)) {
                problems.push(format!("{lang}/{file} has no English source"));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_key_the_templates_use_is_in_the_english_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let english: std::collections::BTreeSet<String> =
            ids_of(&root.join("locales").join(DEFAULT)).into_values().flatten().collect();
        let mut missing = Vec::new();
        for (name, source) in crate::templates::TEMPLATES {
            for call in ["t(key=\"", "t_html(key=\""] {
                for part in source.split(call).skip(1) {
                    let key = &part[..part.find('"').unwrap_or(0)];
                    if !english.contains(key) {
                        missing.push(format!("{name}: {key}"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    /// The string literals of the Rust sources that speak through the message files (they name
    /// `i18n::`) and look like message keys (`exam-reason-passed`): lower-case words joined by
    /// hyphens, the first of them the first word of an English key.
    fn keys_named_in(dir: &std::path::Path, prefixes: &std::collections::BTreeSet<String>, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                keys_named_in(&path, prefixes, out);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            if !source.contains("i18n::") {
                continue;
            }
            for literal in source.split('"').skip(1).step_by(2) {
                let looks_like_a_key = literal.contains('-')
                    && literal
                        .split('-')
                        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
                    && prefixes.contains(literal.split('-').next().unwrap_or(""));
                if looks_like_a_key {
                    out.push(format!("{}: {literal}", path.display()));
                }
            }
        }
    }

    #[test]
    fn every_key_the_code_asks_for_is_in_the_english_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let english: std::collections::BTreeSet<String> =
            ids_of(&root.join("locales").join(DEFAULT)).into_values().flatten().collect();
        let prefixes = english.iter().filter_map(|k| k.split('-').next()).map(str::to_owned).collect();
        let mut named = Vec::new();
        keys_named_in(&root.join("src"), &prefixes, &mut named);
        assert!(named.iter().any(|n| n.ends_with(": exam-reason-passed")), "the finder finds the keys");
        let missing: Vec<&String> =
            named.iter().filter(|n| !english.contains(n.rsplit(": ").next().unwrap_or(""))).collect();
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[tokio::test]
    async fn durations_are_written_the_way_each_language_writes_them() {
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(120), "2 h");
        assert_eq!(duration(790), "13 h 10 min");
        assert_eq!(scope("ja", async { duration(790) }).await, "13時間10分");
        assert_eq!(scope("de", async { duration(45) }).await, "45 Min.");
    }

    #[tokio::test]
    async fn dates_and_percentages_are_written_the_way_each_language_writes_them() {
        assert_eq!(long_date(2026, 12, 4), "4 December 2026");
        assert_eq!(scope("es", async { long_date(2026, 12, 4) }).await, "4 de diciembre de 2026");
        assert_eq!(scope("de", async { long_date(2026, 3, 1) }).await, "1. März 2026");
        assert_eq!(scope("ja", async { long_date(2026, 12, 4) }).await, "2026年12月4日");
        assert_eq!(scope("pt-BR", async { long_date(2027, 1, 31) }).await, "31 de janeiro de 2027");
        assert_eq!(percent(85), "85%");
        assert_eq!(scope("fr", async { percent(85) }).await, "85\u{a0}%");
    }

    #[test]
    fn with_lang_sets_the_language_on_this_thread_and_puts_it_back() {
        assert_eq!(current(), "en");
        let inner = with_lang("es", || {
            let before = (current(), long_date(2026, 12, 4), percent(85));
            let nested = with_lang("ja", current);
            (before, nested, current())
        });
        assert_eq!(inner, (("es", "4 de diciembre de 2026".to_owned(), percent_in("es")), "ja", "es"));
        assert_eq!(current(), "en", "restored");
        // Another thread is not affected.
        with_lang("de", || {
            assert_eq!(std::thread::spawn(current).join().unwrap(), "en");
            assert_eq!(t("nav-courses"), message("de", "nav-courses", None));
        });
    }

    fn percent_in(lang: &'static str) -> String {
        with_lang(lang, || percent(85))
    }

    #[test]
    fn with_lang_puts_the_language_back_when_its_closure_panics() {
        let caught = std::panic::catch_unwind(|| with_lang::<()>("fr", || panic!("boom")));
        assert!(caught.is_err());
        assert_eq!(current(), "en");
        with_lang("pt-BR", || {
            let _ = std::panic::catch_unwind(|| with_lang::<()>("ja", || panic!("inner")));
            assert_eq!(current(), "pt-BR", "the outer language, not English");
        });
    }

    #[tokio::test]
    async fn with_lang_wins_over_the_request_s_language_and_set_current_changes_it() {
        let seen = scope("de", async {
            let inside = with_lang("es", || {
                let first = current();
                set_current("fr");
                (first, current())
            });
            (inside, current())
        })
        .await;
        assert_eq!(seen, (("es", "fr"), "fr"), "set_current changes both; the request keeps the last choice");
    }

    #[test]
    fn a_saved_language_is_used_when_it_is_one_of_ours() {
        assert_eq!(saved_or(Some("es"), DEFAULT), "es");
        assert_eq!(saved_or(Some("pt-br"), DEFAULT), "pt-BR");
        assert_eq!(saved_or(Some("xx"), DEFAULT), "en");
        assert_eq!(saved_or(None, "de"), "de");
    }

    #[tokio::test]
    async fn the_request_s_language_is_held_for_its_future() {
        assert_eq!(current(), "en");
        let seen = scope("de", async {
            let first = current();
            set_current("ja");
            (first, current())
        })
        .await;
        assert_eq!(seen, ("de", "ja"));
        assert_eq!(current(), "en");
    }
}
