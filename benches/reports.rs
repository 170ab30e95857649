//! `cargo bench --bench reports`: builds a database with `demo-data` (100 000 learners, or
//! `BENCH_LEARNERS`; the busy profile, or `BENCH_PROFILE=realistic`) on a temporary SQLite file, or on `BENCH_DATABASE_URL` (an empty
//! PostgreSQL database), then times each report function over `RUNS` runs, without filters and
//! with a country and a partner filter. Prints p50 and p99 per report.
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]

use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use ess_academy::clock::{Clock, SystemClock};
use ess_academy::db::{Db, DbConnection};
use ess_academy::reports::{self, FilterQuery, Filters, Programme};

/// Learners by default.
const LEARNERS: usize = 100_000;
/// Timed runs of each report.
const RUNS: usize = 20;
/// The answer every report must beat.
const BUDGET_MS: f64 = 500.0;

type Report = fn(&mut DbConnection, &Programme, &Filters, i64) -> diesel::QueryResult<usize>;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("reports.db").display()));
    let learners = std::env::var("BENCH_LEARNERS").ok().and_then(|v| v.parse().ok()).unwrap_or(LEARNERS);
    let db = Db::open_for_command(&url).unwrap();
    let now = SystemClock.now();
    let courses = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
    // The load shape of the issue (100k learners, ~1M progress rows, ~300k attempts) unless
    // BENCH_PROFILE=realistic.
    let profile = match std::env::var("BENCH_PROFILE").as_deref() {
        Ok("realistic") => ess_academy::demo::Profile::Realistic,
        _ => ess_academy::demo::Profile::Busy,
    };
    let made =
        ess_academy::demo::generate_with(&mut db.write().unwrap(), &courses, now, learners, 42, profile).unwrap();
    println!("demo data on {}: {made}", db.backend().name());
    // Fresh statistics for the planners, as a maintained database has.
    let analyze = match db.backend() {
        ess_academy::db::Backend::Sqlite => "ANALYZE",
        ess_academy::db::Backend::Postgres => "VACUUM ANALYZE",
    };
    db.write().unwrap().batch_execute(analyze).unwrap();

    let mut conn = db.read().unwrap();
    let programme = reports::programme(&mut conn).unwrap().unwrap();
    let partner =
        reports::funnel::funnel(&mut conn, &programme, &Filters::default()).unwrap().by_partner[0].key.clone();
    let filter_sets = [
        ("no filter", FilterQuery::default()),
        ("country=DE", FilterQuery { country: Some("DE".into()), ..FilterQuery::default() }),
        ("partner (largest)", FilterQuery { partner: Some(partner), ..FilterQuery::default() }),
        (
            "last 6 months",
            FilterQuery { from: Some(reports::day(ess_academy::clock::add_months(now, -6))), ..FilterQuery::default() },
        ),
    ];
    let report_fns: [(&str, Report); 5] = [
        ("funnel", |c, p, f, _| reports::funnel::funnel(c, p, f).map(|r| r.by_partner.len())),
        ("modules", |c, p, f, _| reports::modules::module_stats(c, p, f).map(|r| r.len())),
        ("exams", |c, p, f, _| reports::exams::exam_stats(c, p, f).map(|r| r.len())),
        ("expiring", |c, p, f, now| reports::credentials::expiring(c, p, f, now).map(|r| r.credentials.len())),
        ("partners", |c, p, f, now| reports::credentials::partners(c, p, f, now).map(|r| r.partners.len())),
    ];
    let mut worst: f64 = 0.0;
    for (label, query) in &filter_sets {
        let filters = Filters::parse(&mut conn, query).unwrap();
        for (name, report) in &report_fns {
            report(&mut conn, &programme, &filters, now).unwrap();
            let mut times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(report(&mut conn, &programme, &filters, now).unwrap());
                    t.elapsed()
                })
                .collect();
            times.sort();
            let (p50, p99) = (percentile(&times, 0.5), percentile(&times, 0.99));
            worst = worst.max(p99);
            println!("  {name:<9} {label:<18} p50 {p50:>8.2} ms  p99 {p99:>8.2} ms");
        }
    }
    println!(
        "slowest p99 {worst:.1} ms: {}",
        if worst < BUDGET_MS { "every report within 500 ms" } else { "OVER the 500 ms budget" }
    );
}
