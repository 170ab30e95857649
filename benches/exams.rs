//! `cargo bench --bench exams`: 200 learners start the first exam at the same moment, save an
//! answer to each of their 35 questions, and submit — against the real server on SQLite, or
//! PostgreSQL with `BENCH_DATABASE_URL`. Prints p50/p99 of start, save and submit.
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]

use std::time::{Duration, Instant};

mod common;

use diesel::prelude::*;
use ess_academy::clock::{Clock, SystemClock};
use ess_academy::db::schema::{courses, exemptions, training_completions};
use serde_json::{Value, json};

const TAKERS: usize = 200;

fn line(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0;
    println!(
        "{label:<28} n={:<6} p50 {:>8.2} ms  p99 {:>8.2} ms  max {:>8.2} ms",
        times.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let bench = common::start_server("exams.db").await;
        let (base, backend) = (bench.base.clone(), bench.backend);
        let learners = bench.learners(TAKERS, "taker");
        {
            // Each taker's training is complete (exempt), so the first exam is open.
            let now = SystemClock.now();
            let mut conn = bench.db.write().unwrap();
            let course_id: i64 = courses::table.select(courses::id).first(&mut *conn).unwrap();
            for (id, _) in &learners {
                diesel::insert_into(exemptions::table)
                    .values((
                        exemptions::user_id.eq(id),
                        exemptions::course_id.eq(course_id),
                        exemptions::reason.eq("benchmark"),
                        exemptions::created_at.eq(now),
                    ))
                    .execute(&mut *conn)
                    .unwrap();
                diesel::insert_into(training_completions::table)
                    .values((
                        training_completions::user_id.eq(id),
                        training_completions::course_id.eq(course_id),
                        training_completions::completed_at.eq(now),
                    ))
                    .execute(&mut *conn)
                    .unwrap();
            }
        }
        let client = reqwest::Client::builder().pool_max_idle_per_host(TAKERS).build().unwrap();
        let started = Instant::now();
        let mut tasks = Vec::new();
        for (_, token) in learners {
            let (client, base) = (client.clone(), base.clone());
            tasks.push(tokio::spawn(async move {
                let t = Instant::now();
                let paper: Value = client
                    .post(format!("{base}/api/v1/exams/environmental-sustainability/foundations/attempts"))
                    .bearer_auth(&token)
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                let start = t.elapsed();
                let attempt = paper["attempt_id"].as_i64().unwrap();
                let mut saves = Vec::new();
                for question in paper["questions"].as_array().unwrap() {
                    let option = question["options"][0]["id"].as_str().unwrap();
                    let t = Instant::now();
                    let r = client
                        .put(format!("{base}/api/v1/attempts/{attempt}/answers/{}", question["id"].as_str().unwrap()))
                        .bearer_auth(&token)
                        .json(&json!({"selected": [option]}))
                        .send()
                        .await
                        .unwrap();
                    assert!(r.status().is_success());
                    saves.push(t.elapsed());
                }
                let t = Instant::now();
                let r = client
                    .post(format!("{base}/api/v1/attempts/{attempt}/submit"))
                    .bearer_auth(&token)
                    .send()
                    .await
                    .unwrap();
                assert!(r.status().is_success());
                (start, saves, t.elapsed())
            }));
        }
        let (mut starts, mut saves, mut submits) = (Vec::new(), Vec::new(), Vec::new());
        for task in tasks {
            let (a, b, c) = task.await.unwrap();
            starts.push(a);
            saves.extend(b);
            submits.push(c);
        }
        println!(
            "exams on {backend}: {TAKERS} learners at once, 35 questions each, {:.1} s in all",
            started.elapsed().as_secs_f64()
        );
        line("start (draw and store)", starts);
        line("save an answer", saves);
        line("submit (grade)", submits);
    });
}
