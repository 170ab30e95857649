//! Group commit of heartbeats: a writer takes every beat waiting, records them all in one
//! transaction, commits once, and only then answers each request. A beat for an unknown module
//! is refused before it writes anything; should any beat meet a database error, the batch is
//! rolled back and recorded again with each beat in its own savepoint, so that it fails alone
//! (savepoints cost two statements per beat, a round trip each on PostgreSQL, so they are kept
//! for that rare case). On SQLite the beats are recorded one after the other (statements there
//! are calls into the library); on PostgreSQL, where each is a round trip, a batch is recorded
//! in rounds of three statements each (`super::rounds`). A commit is one fsync on SQLite and one
//! WAL flush on PostgreSQL, so with many learners the cost of durability is shared by the whole
//! batch instead of paid by each beat; with one learner it is the same single transaction as
//! before. A beat is acknowledged only after the commit that holds it, so `kill -9` never loses
//! acknowledged credit (PostgreSQL keeps `synchronous_commit` on for the same reason).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use super::rounds::Known;
use super::{BeatResult, Heartbeat, TrackedModule, record_heartbeat, record_in, tracked_module};
use crate::clock::UnixSecs;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;

/// The most beats one transaction holds; more waiting go into the next one.
pub const MAX_BATCH: usize = 256;
/// Beats waiting for the writer at most; a request beyond it waits for room (back-pressure).
const QUEUE_CAPACITY: usize = 4096;
/// The writer wakes at least this often when idle, so that `/readyz` sees it alive.
const IDLE_TICK: Duration = Duration::from_secs(15);

/// One learner's beat waiting for its commit.
struct Job {
    user_id: i64,
    now: UnixSecs,
    beat: Heartbeat,
    reply: oneshot::Sender<AppResult<BeatResult>>,
}

/// Where requests hand their beats to the writer.
#[derive(Clone)]
pub struct BeatQueue {
    jobs: mpsc::Sender<Job>,
}

/// What the writers need: the database, the xAPI settings (statements are queued in the same
/// transaction) and the most one beat may credit.
pub struct Writer {
    db: Db,
    mailer: Mailer,
    cap: i64,
    jobs: Arc<tokio::sync::Mutex<mpsc::Receiver<Job>>>,
}

/// Writers per instance: one on SQLite (one writer connection, one fsync per commit); on
/// PostgreSQL two, so that one gathers and writes its batch while the other waits for its commit
/// (the network as well as the disk).
pub fn writers_for(backend: crate::db::Backend) -> usize {
    match backend {
        crate::db::Backend::Sqlite => 1,
        crate::db::Backend::Postgres => POSTGRES_WRITERS,
    }
}

/// Writers on PostgreSQL (of the pool's 12 connections; the rest stay for everything else). A
/// batch costs three statements per round whatever its size (`rounds`), so more writers only
/// make smaller batches and more commits. 64 learners beating, same run: 6 writers 6,300–7,000
/// beats/s with p99 28 ms, 3 writers 7,300–8,300 (p99 21 ms), 2 writers 9,100–9,500 (p99
/// 15–18 ms), 1 writer 10,400–12,800 (p99 17–20 ms) (`BENCHMARKS.md`, issue 15).
const POSTGRES_WRITERS: usize = 2;

/// The queue for requests and the writer to spawn (as a watched worker).
pub fn channel(db: Db, mailer: Mailer, cap: i64) -> (BeatQueue, Writer) {
    let (tx, rx) = mpsc::channel(QUEUE_CAPACITY);
    let jobs = Arc::new(tokio::sync::Mutex::new(rx));
    (BeatQueue { jobs: tx }, Writer { db, mailer, cap, jobs })
}

impl BeatQueue {
    /// Hands a beat to the writer and waits for the commit that holds it.
    pub async fn record(&self, user_id: i64, now: UnixSecs, beat: Heartbeat) -> AppResult<BeatResult> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job { user_id, now, beat, reply })
            .await
            .map_err(|_| AppError::Unexpected(anyhow::anyhow!("the heartbeat writer has stopped")))?;
        answer.await.map_err(|_| AppError::Unexpected(anyhow::anyhow!("the heartbeat writer dropped a beat")))?
    }
}

impl Writer {
    /// Runs `count` writers until every queue handle is gone. Each takes the queue, drains
    /// what waits, lets go of it and writes its batch, so the next batch gathers meanwhile.
    pub async fn run(self, count: usize) {
        // Polled together inside this one future (not spawned), so that the worker registry's
        // wrapper sees every wake of every writer.
        let me = Arc::new(self);
        futures_util::future::join_all((0..count.max(1)).map(|_| me.clone().write_loop())).await;
    }

    async fn write_loop(self: Arc<Self>) {
        loop {
            let batch = {
                let mut jobs = self.jobs.lock().await;
                let first = match tokio::time::timeout(IDLE_TICK, jobs.recv()).await {
                    Err(_) => continue,
                    Ok(None) => return,
                    Ok(Some(job)) => job,
                };
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match jobs.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                batch
            };
            let (db, mailer, cap) = (self.db.clone(), self.mailer.clone(), self.cap);
            let (work, replies): (Vec<_>, Vec<_>) =
                batch.into_iter().map(|j| ((j.user_id, j.now, j.beat), j.reply)).unzip();
            let count = work.len();
            let results = tokio::task::spawn_blocking(move || write_batch(&db, &mailer, cap, &work)).await;
            let results = match results {
                Ok(results) => results,
                Err(e) => (0..count).map(|_| Err(anyhow::anyhow!("the heartbeat batch failed: {e}").into())).collect(),
            };
            if results.iter().any(Result::is_ok) {
                crate::ops::metrics::heartbeat_batch_committed(count);
                self.mailer.xapi_wake_handle().notify_one();
            }
            for (reply, result) in replies.into_iter().zip(results) {
                // The request may have gone (client closed): its beat is committed all the same.
                let _ = reply.send(result);
            }
        }
    }
}

/// Records every beat in one transaction; one result per beat, in order. When the transaction
/// itself fails (no connection, the commit), every beat gets the error.
fn write_batch(db: &Db, mailer: &Mailer, cap: i64, beats: &[(i64, UnixSecs, Heartbeat)]) -> Vec<AppResult<BeatResult>> {
    let whole = |e: &dyn std::fmt::Display| -> Vec<AppResult<BeatResult>> {
        beats.iter().map(|_| Err(AppError::Unexpected(anyhow::anyhow!("heartbeats not recorded: {e}")))).collect()
    };
    let mut conn = match db.write() {
        Ok(conn) => conn,
        Err(e) => return whole(&format!("{e:#}")),
    };
    // Rows are locked in the order of their learner, so that two instances' batches on one
    // PostgreSQL never wait for each other in a circle; a learner's own beats keep their order.
    let mut order: Vec<usize> = (0..beats.len()).collect();
    order.sort_by_key(|&i| beats[i].0);
    // First without savepoints: any database error rolls the whole batch back.
    let fast = crate::db::transaction(&mut conn, |conn| -> Result<Vec<AppResult<BeatResult>>, diesel::result::Error> {
        let mut results: Vec<Option<AppResult<BeatResult>>> = beats.iter().map(|_| None).collect();
        // Beats of a batch are mostly for a few modules: each is looked up once per batch.
        let mut modules: HashMap<(&str, &str), Option<TrackedModule>> = HashMap::new();
        for &i in &order {
            let beat = &beats[i].2;
            if !modules.contains_key(&(beat.course.as_str(), beat.module.as_str())) {
                let found = tracked_module(conn, &beat.course, &beat.module)?;
                modules.insert((&beat.course, &beat.module), found);
            }
        }
        let mut known = Vec::with_capacity(beats.len());
        for &i in &order {
            let (user_id, now, beat) = &beats[i];
            match &modules[&(beat.course.as_str(), beat.module.as_str())] {
                None => results[i] = Some(Err(AppError::NotFound)),
                Some(module) => known.push(Known { index: i, user_id: *user_id, now: *now, module, beat }),
            }
        }
        if matches!(conn, crate::db::DbConnection::Postgresql(_)) {
            // On PostgreSQL three statements per round of the batch, not three per beat (`rounds`).
            for (i, answer) in super::rounds::record(conn, mailer.xapi(), cap, &known)? {
                results[i] = Some(Ok(answer));
            }
        } else {
            for k in &known {
                results[k.index] = Some(Ok(record_in(conn, mailer.xapi(), k.now, k.user_id, k.module, k.beat, cap)?));
            }
        }
        Ok(results.into_iter().flatten().collect())
    });
    if let Ok(results) = fast {
        return results;
    }
    // Then each beat in its own savepoint, so that the one that fails fails alone.
    let outcome =
        crate::db::transaction(&mut conn, |conn| -> Result<Vec<AppResult<BeatResult>>, diesel::result::Error> {
            let mut results: Vec<Option<AppResult<BeatResult>>> = beats.iter().map(|_| None).collect();
            for i in order {
                let (user_id, now, beat) = &beats[i];
                results[i] = Some(record_heartbeat(conn, mailer.xapi(), *now, *user_id, beat, cap));
            }
            Ok(results.into_iter().flatten().collect())
        });
    match outcome {
        Ok(results) => results,
        Err(e) => whole(&e),
    }
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    use super::*;

    const COURSE: &str = "environmental-sustainability";

    fn beat(module: &str) -> Heartbeat {
        Heartbeat { course: COURSE.into(), module: module.into(), position: Some(0.5), reached_end: false }
    }

    /// A database with the shipped courses and learners 1–3, on SQLite or (`pg`) PostgreSQL.
    fn seeded(pg: Option<&crate::test_support::ScratchPostgres>) -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let url = pg.map_or_else(|| format!("sqlite://{}", dir.path().join("t.db").display()), |pg| pg.url.clone());
        let db = Db::open_for_command(&url).unwrap();
        let courses = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
        crate::course_load::sync::import(&mut db.write().unwrap(), 1_000, &courses, false).unwrap();
        diesel::sql_query(
            "INSERT INTO users (id, email, password_hash, name, company, country, role, token_version, created_at, updated_at) \
             VALUES (1, 'a@example.com', 'x', 'Ann', 'Acme', 'FR', 'learner', 0, 1000, 1000), \
                    (2, 'b@example.com', 'x', 'Bo', 'Acme', 'FR', 'learner', 0, 1000, 1000), \
                    (3, 'c@example.com', 'x', 'Cy', 'Acme', 'FR', 'learner', 0, 1000, 1000)",
        )
        .execute(&mut *db.write().unwrap())
        .unwrap();
        (dir, db)
    }

    fn mailer() -> Mailer {
        Mailer::new(Arc::new(crate::templates::load().unwrap()), "http://localhost".into())
    }

    #[test]
    fn a_beat_that_meets_a_database_error_fails_alone_and_the_rest_of_its_batch_is_committed() {
        a_beat_that_meets_a_database_error_fails_alone_on(None);
        if let Some(pg) = crate::test_support::ScratchPostgres::create("the failed-beat test") {
            a_beat_that_meets_a_database_error_fails_alone_on(Some(&pg));
        }
    }

    fn a_beat_that_meets_a_database_error_fails_alone_on(pg: Option<&crate::test_support::ScratchPostgres>) {
        let (_dir, db) = seeded(pg);
        let mailer = mailer();
        let beats = [
            (1, 2_000, beat("why-circular")),
            // No such account: its clock's foreign key fails, a database error mid-batch.
            (999, 2_000, beat("why-circular")),
            (2, 2_000, beat("no-such-module")),
            (2, 2_000, beat("why-circular")),
        ];
        let results = write_batch(&db, &mailer, 22, &beats);
        assert!(results[0].is_ok(), "{:?}", results[0]);
        assert!(matches!(results[1], Err(AppError::Unexpected(_))), "{:?}", results[1]);
        assert!(matches!(results[2], Err(AppError::NotFound)), "{:?}", results[2]);
        assert!(results[3].is_ok(), "{:?}", results[3]);
        use crate::db::schema::module_progress as mp;
        let mut conn = db.read().unwrap();
        let learners: Vec<i64> = mp::table.select(mp::user_id).order(mp::user_id).load(&mut *conn).unwrap();
        assert_eq!(learners, [1, 2], "both learners' beats were committed, and nothing of the failed one");
        // Later beats on the same connection go the fast way again and are credited.
        drop(conn);
        let later =
            write_batch(&db, &mailer, 22, &[(1, 2_010, beat("why-circular")), (2, 2_010, beat("why-circular"))]);
        assert_eq!(
            later.iter().map(|r| r.as_ref().map(|b| b.active_seconds).ok()).collect::<Vec<_>>(),
            [Some(10), Some(10)]
        );
    }

    /// Batches of a day of three learners on two modules: several beats of one learner in a
    /// batch, beats behind the learner's clock, positions past both ends, ends reached (and so
    /// completions), one learner exempt from one module. Deterministic (a linear congruential
    /// generator).
    fn a_day() -> Vec<Vec<(i64, UnixSecs, Heartbeat)>> {
        let mut seed = 7_u64;
        let mut next = move |bound: i64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) as i64) % bound
        };
        let mut t = 2_000;
        (0..40)
            .map(|b| {
                t += 60 + next(200);
                (0..1 + next(7))
                    .map(|_| {
                        let module = if next(3) == 0 { "the-vendors-commitments" } else { "why-circular" };
                        let beat = Heartbeat {
                            course: COURSE.into(),
                            module: module.into(),
                            position: Some((next(1_300) - 100) as f64 / 1_000.0),
                            reached_end: b > 25 && next(4) == 0,
                        };
                        (1 + next(3), t - next(150), beat)
                    })
                    .collect()
            })
            .collect()
    }

    type Rows = (
        Vec<(i64, i64, i64, i32, bool, i64, i64, Option<i64>)>,
        Vec<(i64, Option<i64>, Option<i64>, i32)>,
        Vec<Option<i64>>,
    );

    /// Every row a beat writes: progress, clocks and the funnel's "started".
    fn rows(db: &Db) -> Rows {
        use crate::db::schema::{learner_clocks as lc, module_progress as mp, users as u};
        let mut conn = db.read().unwrap();
        let progress = mp::table
            .order((mp::user_id, mp::module_id))
            .select((
                mp::user_id,
                mp::module_id,
                mp::active_seconds,
                mp::max_position_permille,
                mp::reached_end,
                mp::first_seen_at,
                mp::last_seen_at,
                mp::completed_at,
            ))
            .load(&mut *conn)
            .unwrap();
        let clocks = lc::table
            .order(lc::user_id)
            .select((lc::user_id, lc::last_beat_at, lc::last_module_id, lc::last_position_permille))
            .load(&mut *conn)
            .unwrap();
        let started = u::table.order(u::id).select(u::started_at).load(&mut *conn).unwrap();
        (progress, clocks, started)
    }

    /// The batch way (in rounds on PostgreSQL, beat by beat in one transaction on SQLite) answers
    /// every beat and leaves every row exactly as recording each beat in its own transaction
    /// does.
    #[test]
    fn batches_answer_and_write_as_the_same_beats_one_by_one() {
        let (cap, mailer) = (600, mailer());
        let exempt = |db: &Db| {
            diesel::sql_query(
                "INSERT INTO exemptions (user_id, course_id, module_id, reason, granted_by, created_at) \
                 SELECT 3, course_id, id, 'prior learning', 1, 1000 FROM modules WHERE slug = 'the-vendors-commitments'",
            )
            .execute(&mut *db.write().unwrap())
            .unwrap();
        };
        let (_one_dir, one_by_one) = seeded(None);
        exempt(&one_by_one);
        let mut expected = Vec::new();
        for batch in a_day() {
            let mut conn = one_by_one.write().unwrap();
            expected.push(
                batch
                    .iter()
                    .map(|(user, now, beat)| record_heartbeat(&mut conn, None, *now, *user, beat, cap).unwrap())
                    .collect::<Vec<_>>(),
            );
        }
        let expected_rows = rows(&one_by_one);
        assert!(expected_rows.0.iter().any(|r| r.7.is_some()), "the day completes a module");
        assert!(
            expected.iter().flatten().any(|b| b.completed && b.active_seconds < b.required_seconds),
            "an exemption answers"
        );
        let pg = crate::test_support::ScratchPostgres::create("the batch-against-single-beats test");
        for pg in [None].into_iter().chain(pg.as_ref().map(Some)) {
            let (_dir, db) = seeded(pg);
            exempt(&db);
            let answered: Vec<Vec<BeatResult>> = a_day()
                .iter()
                .map(|batch| write_batch(&db, &mailer, cap, batch).into_iter().map(Result::unwrap).collect())
                .collect();
            let on = if pg.is_some() { "PostgreSQL" } else { "SQLite" };
            assert_eq!(answered, expected, "answers on {on}");
            assert_eq!(rows(&db), expected_rows, "rows on {on}");
        }
    }
}
