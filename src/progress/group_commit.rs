//! Group commit of heartbeats: a writer takes every beat waiting, records them all in one
//! transaction, commits once, and only then answers each request. A beat for an unknown module
//! is refused before it writes anything; should any beat meet a database error, the batch is
//! rolled back and recorded again with each beat in its own savepoint, so that it fails alone
//! (savepoints cost two statements per beat, a round trip each on PostgreSQL, so they are kept
//! for that rare case). A commit is one fsync on SQLite and one WAL flush on
//! PostgreSQL, so with many learners the cost of durability is shared by the whole batch instead
//! of paid by each beat; with one learner it is the same single transaction as before. A beat is
//! acknowledged only after the commit that holds it, so `kill -9` never loses acknowledged
//! credit (PostgreSQL keeps `synchronous_commit` on for the same reason).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

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
/// PostgreSQL a few, each committing its own batch on its own connection, since a commit there
/// waits for the network as well as the disk.
pub fn writers_for(backend: crate::db::Backend) -> usize {
    match backend {
        crate::db::Backend::Sqlite => 1,
        crate::db::Backend::Postgres => POSTGRES_WRITERS,
    }
}

/// Writers on PostgreSQL (of the pool's 12 connections; the rest stay for everything else).
const POSTGRES_WRITERS: usize = 6;

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
            let (user_id, now, beat) = &beats[i];
            let module = match modules.get(&(beat.course.as_str(), beat.module.as_str())) {
                Some(found) => found.clone(),
                None => {
                    let found = tracked_module(conn, &beat.course, &beat.module)?;
                    modules.insert((&beat.course, &beat.module), found.clone());
                    found
                }
            };
            results[i] = Some(match module {
                None => Err(AppError::NotFound),
                Some(module) => Ok(record_in(conn, mailer.xapi(), *now, *user_id, &module, beat, cap)?),
            });
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

    #[test]
    fn a_beat_that_meets_a_database_error_fails_alone_and_the_rest_of_its_batch_is_committed() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&format!("sqlite://{}", dir.path().join("t.db").display())).unwrap();
        let courses = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
        crate::course_load::sync::import(&mut db.write().unwrap(), 1_000, &courses, false).unwrap();
        diesel::sql_query(
            "INSERT INTO users (id, email, password_hash, name, company, country, role, token_version, created_at, updated_at) \
             VALUES (1, 'a@example.com', 'x', 'Ann', 'Acme', 'FR', 'learner', 0, 1000, 1000), \
                    (2, 'b@example.com', 'x', 'Bo', 'Acme', 'FR', 'learner', 0, 1000, 1000)",
        )
        .execute(&mut *db.write().unwrap())
        .unwrap();
        let mailer = Mailer::new(Arc::new(crate::templates::load().unwrap()), "http://localhost".into());
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
}
