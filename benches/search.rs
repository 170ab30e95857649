//! `cargo bench --bench search`: imports the shipped course into a fresh SQLite file (or
//! `BENCH_DATABASE_URL`, an empty PostgreSQL database) and times `content::search::search` over
//! a set of learner queries (single words, phrases, prefixes, words found nowhere), `RUNS` times
//! each. Prints p50 and p99 per query kind and overall; the goal is p99 under 50 ms.
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]

use std::time::{Duration, Instant};

use ess_academy::clock::{Clock, SystemClock};
use ess_academy::content::search;
use ess_academy::db::Db;

const RUNS: usize = 200;
const BUDGET_MS: f64 = 50.0;

const QUERIES: &[(&str, &str)] = &[
    ("one word", "takeback"),
    ("one word", "packaging"),
    ("one word", "remanufactured"),
    ("phrase", "registered equipment"),
    ("phrase", "order of preference"),
    ("phrase", "chain of custody certificate"),
    ("phrase", "scope 3 emissions of the network"),
    ("prefix", "incent"),
    ("prefix", "sanitiz"),
    ("nothing", "quokka"),
];

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("search.db").display()));
    let db = Db::open_for_command(&url).unwrap();
    let courses = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
    let report =
        ess_academy::course_load::sync::import(&mut db.write().unwrap(), SystemClock.now(), &courses, false).unwrap();
    println!("search over the shipped course on {}: {report}", db.backend().name());
    let mut conn = db.read().unwrap();
    let mut all = Vec::new();
    let mut by_kind: Vec<(&str, Vec<Duration>)> = Vec::new();
    for (kind, query) in QUERIES {
        let hits = search::search(&mut conn, query, None, search::RESULTS_MAX).unwrap();
        println!(
            "  {query:?}: {} hit(s){}",
            hits.len(),
            hits.first().map(|h| format!(", best: {} › {}", h.title, h.section)).unwrap_or_default()
        );
        let mut times = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let started = Instant::now();
            std::hint::black_box(search::search(&mut conn, query, None, search::RESULTS_MAX).unwrap());
            times.push(started.elapsed());
        }
        all.extend(times.iter().copied());
        match by_kind.iter_mut().find(|(k, _)| k == kind) {
            Some((_, list)) => list.extend(times),
            None => by_kind.push((kind, times)),
        }
    }
    println!("| queries | p50 | p99 |");
    println!("| --- | --- | --- |");
    for (kind, times) in &mut by_kind {
        times.sort();
        println!("| {kind} | {:.2} ms | {:.2} ms |", percentile(times, 0.5), percentile(times, 0.99));
    }
    all.sort();
    let p99 = percentile(&all, 0.99);
    println!("| all ({} searches) | {:.2} ms | {p99:.2} ms |", all.len(), percentile(&all, 0.5));
    println!("{} p99 {p99:.2} ms against the {BUDGET_MS} ms goal", if p99 < BUDGET_MS { "OK" } else { "SLOW" });
}
