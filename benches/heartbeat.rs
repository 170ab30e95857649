//! `cargo bench --bench heartbeat`: 200 learners on module pages, each sending heartbeats back
//! to back for a fixed time (a closed loop, far above the real rate of one beat per learner
//! every 15 s), against the real server on SQLite, or PostgreSQL with `BENCH_DATABASE_URL`.
//! Prints throughput and latency percentiles.
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]

use std::time::{Duration, Instant};

mod common;

use serde_json::json;

/// Concurrent learners.
const LEARNERS: usize = 200;
/// How long the load runs.
const SECONDS: u64 = 10;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let bench = common::start_server("beats.db").await;
        let (base, backend) = (bench.base.clone(), bench.backend);
        let learners = bench.learners(LEARNERS, "beat");
        let modules = ["why-circular", "sustainable-packaging", "refresh-remanufactured-equipment", "the-customer-conversation"];
        let client = reqwest::Client::builder().pool_max_idle_per_host(LEARNERS).build().unwrap();
        let started = Instant::now();
        let deadline = started + Duration::from_secs(SECONDS);
        let mut tasks = Vec::new();
        for (i, (_, token)) in learners.into_iter().enumerate() {
            let (client, base) = (client.clone(), base.clone());
            let module = modules[i % modules.len()];
            tasks.push(tokio::spawn(async move {
                let mut times = Vec::new();
                let mut errors = 0usize;
                let mut position = 0.0;
                while Instant::now() < deadline {
                    position = f64::min(1.0, position + 0.01);
                    let t = Instant::now();
                    let response = client
                        .post(format!("{base}/api/v1/progress/heartbeat"))
                        .bearer_auth(&token)
                        .json(&json!({"course": "environmental-sustainability", "module": module, "position": position}))
                        .send()
                        .await;
                    match response {
                        Ok(r) if r.status().is_success() => times.push(t.elapsed()),
                        _ => errors += 1,
                    }
                }
                (times, errors)
            }));
        }
        let mut all = Vec::new();
        let mut errors = 0;
        for task in tasks {
            let (times, e) = task.await.unwrap();
            all.extend(times);
            errors += e;
        }
        let elapsed = started.elapsed().as_secs_f64();
        all.sort();
        println!(
            "heartbeats on {backend}: {LEARNERS} learners, {SECONDS} s closed loop: {} beats, {:.0} beats/s, p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {errors} errors",
            all.len(),
            all.len() as f64 / elapsed,
            percentile(&all, 0.50),
            percentile(&all, 0.90),
            percentile(&all, 0.99),
            percentile(&all, 1.0),
        );
        println!(
            "  = room for {:.0} learners at one beat every 15 s on this machine",
            all.len() as f64 / elapsed * 15.0
        );
    });
}
