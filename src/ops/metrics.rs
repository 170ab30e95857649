//! Prometheus metrics through the `metrics` facade. The recorder is global, so it is installed
//! once per process (several applications in one test process share it); `/metrics` renders its
//! handle. Request counts come from the request middleware; domain events from the web handlers
//! (the domain stays free of metrics); queue depths and credential totals are read from the
//! database at scrape time, so every instance reports the same numbers for the shared database.

use std::sync::OnceLock;
use std::time::Duration;

use diesel::dsl::{count_star, min};
use diesel::prelude::*;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::db::schema::{credential_renewals, credentials, mail_outbox, xapi_statements};
use crate::db::{DbConnection, PoolState};

/// How often the recorder's histograms are compacted when nobody scrapes.
const UPKEEP_INTERVAL_SECS: u64 = 10;
/// The buckets of request durations, in seconds.
const DURATION_BUCKETS_SECS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// Buckets of the group commit's batch sizes.
const BATCH_SIZE_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];

/// The route label of a request that matched no route.
pub const UNMATCHED_ROUTE: &str = "unmatched";

/// The process's recorder handle, installed on first use.
pub fn handle() -> anyhow::Result<PrometheusHandle> {
    static HANDLE: OnceLock<Result<PrometheusHandle, String>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let handle = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    metrics_exporter_prometheus::Matcher::Full("http_request_duration_seconds".into()),
                    DURATION_BUCKETS_SECS,
                )
                .and_then(|b| {
                    b.set_buckets_for_metric(
                        metrics_exporter_prometheus::Matcher::Full("heartbeat_commit_batch_size".into()),
                        BATCH_SIZE_BUCKETS,
                    )
                })
                .and_then(PrometheusBuilder::install_recorder)
                .map_err(|e| format!("cannot install the metrics recorder: {e}"))?;
            describe();
            let upkeep = handle.clone();
            std::thread::Builder::new()
                .name("metrics-upkeep".into())
                .spawn(move || {
                    loop {
                        std::thread::sleep(Duration::from_secs(UPKEEP_INTERVAL_SECS));
                        upkeep.run_upkeep();
                    }
                })
                .map_err(|e| format!("cannot start the metrics upkeep: {e}"))?;
            Ok(handle)
        })
        .clone()
        .map_err(anyhow::Error::msg)
}

fn describe() {
    metrics::describe_counter!("http_requests_total", "HTTP requests answered, by method, route pattern and status");
    metrics::describe_histogram!(
        "http_request_duration_seconds",
        metrics::Unit::Seconds,
        "Time to answer an HTTP request, by method and route pattern"
    );
    metrics::describe_counter!("heartbeats_total", "Module heartbeats recorded (active time credited)");
    metrics::describe_histogram!(
        "heartbeat_commit_batch_size",
        "Heartbeats committed together in one transaction (the group commit)"
    );
    metrics::describe_counter!("exam_attempts_started_total", "Exam attempts started");
    metrics::describe_counter!("exam_answers_saved_total", "Exam answers saved");
    metrics::describe_counter!(
        "exam_attempts_submitted_total",
        "Exam submissions answered with a grade, by result (a repeated submit counts again)"
    );
    metrics::describe_gauge!("credentials_total", "Credentials in the database, by event: issued, renewed, revoked");
    metrics::describe_gauge!("mail_outbox_depth", "E-mails waiting to be sent");
    metrics::describe_gauge!("mail_outbox_oldest_age_seconds", "Age of the oldest e-mail waiting to be sent");
    metrics::describe_gauge!("mail_outbox_failed", "E-mails given up after their retries");
    metrics::describe_gauge!("xapi_queue_depth", "xAPI statements waiting to be sent");
    metrics::describe_gauge!(
        "db_pool_connections",
        "Open database connections, by pool (SQLite: read, write; PostgreSQL: shared)"
    );
    metrics::describe_gauge!("db_pool_idle_connections", "Idle database connections, by pool");
}

/// One answered request. `route` is the route pattern (never the raw path: no ids or tokens).
pub fn record_request(method: &'static str, route: &str, status: u16, elapsed: Duration) {
    let route = route.to_owned();
    metrics::counter!("http_requests_total", "method" => method, "route" => route.clone(), "status" => status.to_string())
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method, "route" => route)
        .record(elapsed.as_secs_f64());
}

/// A heartbeat recorded (and its active time credited, up to the cap).
pub fn heartbeat_recorded() {
    metrics::counter!("heartbeats_total").increment(1);
}

/// One group commit of `beats` heartbeats.
pub fn heartbeat_batch_committed(beats: usize) {
    metrics::histogram!("heartbeat_commit_batch_size").record(beats as f64);
}

/// A new exam attempt (not a resumed one).
pub fn exam_attempt_started() {
    metrics::counter!("exam_attempts_started_total").increment(1);
}

/// Saved exam answers.
pub fn exam_answers_saved(count: u64) {
    metrics::counter!("exam_answers_saved_total").increment(count);
}

/// A submitted (graded) exam attempt.
pub fn exam_attempt_submitted(passed: bool) {
    let result = if passed { "passed" } else { "failed" };
    metrics::counter!("exam_attempts_submitted_total", "result" => result).increment(1);
}

/// What is read from the database at scrape time.
#[derive(Debug, Clone, Copy, Default)]
pub struct Gauges {
    pub credentials_issued: i64,
    pub credentials_renewed: i64,
    pub credentials_revoked: i64,
    pub mail_depth: i64,
    pub mail_oldest_age_secs: i64,
    pub mail_failed: i64,
    pub xapi_depth: i64,
}

/// A few cheap counts (the queues' pending rows, the credential totals).
pub fn read_gauges(conn: &mut DbConnection, now: i64) -> QueryResult<Gauges> {
    let pending = mail_outbox::sent_at.is_null().and(mail_outbox::failed_at.is_null());
    let (mail_depth, oldest) = mail_outbox::table
        .filter(pending)
        .select((count_star(), min(mail_outbox::created_at)))
        .first::<(i64, Option<i64>)>(conn)?;
    Ok(Gauges {
        credentials_issued: credentials::table.count().get_result(conn)?,
        credentials_renewed: credential_renewals::table.count().get_result(conn)?,
        credentials_revoked: credentials::table
            .filter(credentials::revoked_at.is_not_null())
            .count()
            .get_result(conn)?,
        mail_depth,
        mail_oldest_age_secs: oldest.map_or(0, |created| now.saturating_sub(created).max(0)),
        mail_failed: mail_outbox::table.filter(mail_outbox::failed_at.is_not_null()).count().get_result(conn)?,
        xapi_depth: xapi_statements::table.filter(xapi_statements::sent_at.is_null()).count().get_result(conn)?,
    })
}

/// Sets the gauges read at scrape time, and the state of each connection pool by name.
pub fn set_gauges(gauges: &Gauges, pools: &[(&'static str, PoolState)]) {
    for (event, value) in [
        ("issued", gauges.credentials_issued),
        ("renewed", gauges.credentials_renewed),
        ("revoked", gauges.credentials_revoked),
    ] {
        metrics::gauge!("credentials_total", "event" => event).set(value as f64);
    }
    metrics::gauge!("mail_outbox_depth").set(gauges.mail_depth as f64);
    metrics::gauge!("mail_outbox_oldest_age_seconds").set(gauges.mail_oldest_age_secs as f64);
    metrics::gauge!("mail_outbox_failed").set(gauges.mail_failed as f64);
    metrics::gauge!("xapi_queue_depth").set(gauges.xapi_depth as f64);
    for &(pool, state) in pools {
        metrics::gauge!("db_pool_connections", "pool" => pool).set(f64::from(state.connections));
        metrics::gauge!("db_pool_idle_connections", "pool" => pool).set(f64::from(state.idle));
    }
}
