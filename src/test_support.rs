//! What the unit tests share: the configuration of the property-based tests (how many cases,
//! from `ESS_PROPTEST_CASES`) and strategies that make hostile text out of the tokens a parser
//! cares about.

use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property when `ESS_PROPTEST_CASES` is not set: enough for CI to stay fast.
pub const PROPTEST_CASES_DEFAULT: u32 = 256;
/// The variable a longer run (the nightly one, e.g. `ESS_PROPTEST_CASES=20000`) sets.
pub const PROPTEST_CASES_VAR: &str = "ESS_PROPTEST_CASES";

/// The cases of a run: `ESS_PROPTEST_CASES` when it is a positive number, else the default.
pub fn proptest_cases() -> u32 {
    std::env::var(PROPTEST_CASES_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(PROPTEST_CASES_DEFAULT)
}

/// The configuration every `proptest!` block of the crate uses. Failures are not written to
/// `proptest-regressions/` files beside the sources: a failure prints its shrunk input, which
/// becomes a plain unit test next to the property.
pub fn proptest_config() -> Config {
    Config { failure_persistence: None, ..Config::with_cases(proptest_cases()) }
}

/// Text made of `tokens` (what the parser reacts to), arbitrary characters and short runs of
/// printable ASCII, up to `max_parts` pieces: closer to what trips a parser than uniform
/// Unicode, which almost never spells a token.
pub fn text_of(tokens: &'static [&'static str], max_parts: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(tokens).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        2 => "[ -~]{0,6}",
        1 => proptest::sample::select(WHITESPACE).prop_map(str::to_owned),
    ];
    proptest::collection::vec(piece, 0..max_parts).prop_map(|parts| parts.concat())
}

/// Whitespace and line ends as files written on any system have them.
pub const WHITESPACE: &[&str] = &["\n", "\r\n", " ", "  ", "\t", "\r", "\u{feff}", "\u{a0}", "\u{2028}"];

mod tests {
    use super::*;

    #[test]
    fn the_default_applies_unless_a_positive_count_is_set() {
        // Only read here, never set: tests run in parallel.
        let cases = proptest_cases();
        match std::env::var(PROPTEST_CASES_VAR).ok().and_then(|v| v.trim().parse::<u32>().ok()) {
            Some(n) if n > 0 => assert_eq!(cases, n),
            _ => assert_eq!(cases, PROPTEST_CASES_DEFAULT),
        }
        assert_eq!(proptest_config().cases, cases);
    }
}

/// A PostgreSQL database of its own for one unit test, dropped with it; `None` (and a note) when
/// `TEST_DATABASE_URL` is not set. CI sets it, so there the PostgreSQL half of a test runs.
pub struct ScratchPostgres {
    admin_url: String,
    name: String,
    pub url: String,
}

impl ScratchPostgres {
    pub fn create(what: &str) -> Option<ScratchPostgres> {
        use diesel::Connection;
        use diesel::connection::SimpleConnection;
        let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
            eprintln!("TEST_DATABASE_URL is not set: the PostgreSQL half of {what} has nothing to do");
            return None;
        };
        let name = format!(
            "ess_unit_{}",
            crate::accounts::tokens::generate_token().to_lowercase().replace(['-', '_'], "")[..16].to_owned()
        );
        let mut conn = diesel::PgConnection::establish(&admin_url).expect("TEST_DATABASE_URL answers");
        conn.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        // The same server and options, another database (the URL's path).
        let mut url = url::Url::parse(&admin_url).expect("TEST_DATABASE_URL is a URL");
        url.set_path(&format!("/{name}"));
        Some(ScratchPostgres { admin_url, name, url: url.to_string() })
    }
}

impl Drop for ScratchPostgres {
    fn drop(&mut self) {
        use diesel::Connection;
        use diesel::connection::SimpleConnection;
        if let Ok(mut conn) = diesel::PgConnection::establish(&self.admin_url) {
            let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// Counts the statements diesel prepares and keeps on `conn` from now on (its `CacheQuery`
/// events): for tests that a hot statement is prepared once, or a one-off not kept.
pub fn count_kept_statements(conn: &mut crate::db::DbConnection) -> std::sync::Arc<std::sync::atomic::AtomicUsize> {
    use diesel::Connection;
    use diesel::connection::{Instrumentation, InstrumentationEvent};
    let kept = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = kept.clone();
    let instrumentation = move |event: InstrumentationEvent<'_>| {
        if matches!(event, InstrumentationEvent::CacheQuery { .. }) {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
    };
    conn.set_instrumentation(Box::new(instrumentation) as Box<dyn Instrumentation>);
    kept
}
