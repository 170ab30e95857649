//! SQLite's checkpoints off the requests' path. In WAL mode the commit that takes the log past
//! 1,000 pages copies the log into the database file and syncs it, inside that request: on the
//! machine of the twelfth pass of issue 15 that sync took 12–15 ms, three times a second during
//! a burst of exam starts, and every start queued behind the writer waited for it (the starts'
//! p95, `BENCHMARKS.md`). The server's writer therefore never checkpoints
//! (`wal_autocheckpoint = 0`), and a thread of the instance runs a passive checkpoint on a
//! connection of its own every [`INTERVAL`]: a passive checkpoint takes no lock that a writer
//! or a reader waits for, copies what no reader still needs, and the writer starts the log from
//! its beginning again once it has all been copied. Durability is the same: a commit is durable
//! in the log (synced, or deferred for exam starts, `db::Durability`), whoever copies it later.
//! Commands (`ess-academy admin …`) keep SQLite's own checkpoints; they run no such thread.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use diesel::prelude::*;
use diesel::sql_types::Integer;

use super::{DbConnection, Manager};

/// How often the checkpointer copies the log into the database file.
pub const INTERVAL: Duration = Duration::from_millis(250);

/// What the checkpointer has done, for tests.
#[derive(Debug, Default)]
pub struct Counters {
    /// The frames in the log at the last checkpoint that SQLite did not find busy.
    pub last_log: AtomicU64,
    /// The frames of that log copied into the database file by then.
    pub last_copied: AtomicU64,
    /// Set when the thread has ended.
    pub stopped: std::sync::atomic::AtomicBool,
}

/// The running checkpointer; it ends when this is dropped (with the last clone of its `Db`).
pub struct Checkpointer {
    _stop: mpsc::Sender<()>,
    pub counters: Arc<Counters>,
}

#[derive(QueryableByName)]
struct CheckpointRow {
    #[diesel(sql_type = Integer)]
    busy: i32,
    #[diesel(sql_type = Integer)]
    log: i32,
    #[diesel(sql_type = Integer)]
    checkpointed: i32,
}

/// A passive checkpoint on `conn`: the frames in the log and those of them copied, or `None`
/// when SQLite was busy.
fn checkpoint(conn: &mut DbConnection) -> QueryResult<Option<(u64, u64)>> {
    let row: CheckpointRow = diesel::sql_query("PRAGMA wal_checkpoint(PASSIVE)").get_result(conn)?;
    let frames = |n: i32| u64::try_from(n).unwrap_or(0);
    Ok((row.busy == 0).then(|| (frames(row.log), frames(row.checkpointed))))
}

impl Checkpointer {
    /// Starts the thread; it connects at its first checkpoint.
    pub fn start(manager: Manager) -> std::io::Result<Checkpointer> {
        let (stop, stopped) = mpsc::channel::<()>();
        let counters = Arc::new(Counters::default());
        let seen = counters.clone();
        std::thread::Builder::new().name("sqlite-checkpoint".into()).spawn(move || {
            let mut conn: Option<DbConnection> = None;
            while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(INTERVAL) {
                if conn.is_none() {
                    conn = manager
                        .connect_now()
                        .inspect_err(|e| tracing::warn!("the checkpointer cannot connect: {e:#}"))
                        .ok();
                }
                let Some(c) = conn.as_mut() else { continue };
                match checkpoint(c) {
                    Ok(Some((log, copied))) => {
                        seen.last_log.store(log, Ordering::Relaxed);
                        seen.last_copied.store(copied, Ordering::Relaxed);
                    }
                    Ok(None) => {}
                    Err(e) => {
                        tracing::warn!("a checkpoint failed: {e}");
                        conn = None;
                    }
                }
            }
            seen.stopped.store(true, Ordering::Release);
        })?;
        Ok(Checkpointer { _stop: stop, counters })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use diesel::connection::SimpleConnection;

    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = Integer)]
        wal_autocheckpoint: i32,
    }

    fn log_frames(path: &std::path::Path) -> u64 {
        let wal = std::fs::metadata(path.with_extension("db-wal")).map(|m| m.len()).unwrap_or(0);
        wal.saturating_sub(32) / (4096 + 24)
    }

    /// The server's writer leaves checkpoints to the thread, which copies the log within its
    /// interval, so the log starts again from its beginning instead of growing; the thread ends
    /// with the database's pools.
    #[test]
    fn the_writer_never_checkpoints_and_the_thread_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let db = Db::open(&format!("sqlite://{}", path.display())).unwrap();
        let counters = db.checkpoints().unwrap();
        let setting: Setting =
            diesel::sql_query("PRAGMA wal_autocheckpoint").get_result(&mut *db.write().unwrap()).unwrap();
        assert_eq!(setting.wal_autocheckpoint, 0, "the writer does not checkpoint");
        let readers: Setting =
            diesel::sql_query("PRAGMA wal_autocheckpoint").get_result(&mut *db.read().unwrap()).unwrap();
        assert_eq!(readers.wal_autocheckpoint, 1000, "other connections keep SQLite's default");

        // About 2,000 pages written in 40 commits: past the 1,000 pages at which SQLite's own
        // checkpoint would have run inside a commit.
        let blob = "x".repeat(200_000);
        {
            let mut conn = db.write().unwrap();
            conn.batch_execute("CREATE TABLE big (id INTEGER PRIMARY KEY, body TEXT)").unwrap();
            for _ in 0..40 {
                diesel::sql_query("INSERT INTO big (body) VALUES ($1)")
                    .bind::<diesel::sql_types::Text, _>(&blob)
                    .execute(&mut *conn)
                    .unwrap();
            }
        }
        let written = log_frames(&path);
        assert!(written >= 1_500, "the writer's commits left {written} frames in the log, uncopied");
        let copied_all = || {
            let log = counters.last_log.load(Ordering::Relaxed);
            log >= written && counters.last_copied.load(Ordering::Relaxed) == log
        };
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while !copied_all() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(copied_all(), "the thread copied the whole log");
        let before = log_frames(&path);
        // The log was copied, so the next commits write it from its beginning again.
        for _ in 0..5 {
            diesel::sql_query("INSERT INTO big (body) VALUES ('small')").execute(&mut *db.write().unwrap()).unwrap();
        }
        assert_eq!(log_frames(&path), before, "the log restarted instead of growing");
        let rows: i64 = diesel::dsl::sql::<diesel::sql_types::BigInt>("SELECT COUNT(*) FROM big")
            .get_result(&mut *db.read().unwrap())
            .unwrap();
        assert_eq!(rows, 45);

        drop(db);
        let deadline = std::time::Instant::now() + INTERVAL * 8;
        while !counters.stopped.load(Ordering::Acquire) && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(counters.stopped.load(Ordering::Acquire), "the thread ends with the pools");
    }

    /// A command's connections keep SQLite's own checkpoints and run no thread.
    #[test]
    fn a_command_checkpoints_as_sqlite_does() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open_for_command(&format!("sqlite://{}", dir.path().join("c.db").display())).unwrap();
        assert!(db.checkpoints().is_none());
        let setting: Setting =
            diesel::sql_query("PRAGMA wal_autocheckpoint").get_result(&mut *db.write().unwrap()).unwrap();
        assert_eq!(setting.wal_autocheckpoint, 1000);
    }
}
