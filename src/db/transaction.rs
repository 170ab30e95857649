//! Write transactions, and how their commits reach the disk.

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;

use super::DbConnection;

/// When a write transaction's commit returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Once the disk holds it: SQLite's `synchronous = FULL` (the WAL is synced at the commit),
    /// PostgreSQL's `synchronous_commit = on`. Every answer, progress, grade and credential.
    Synced,
    /// Once it is written (SQLite's WAL holds it in the operating system's cache; PostgreSQL's
    /// WAL buffers hold it), before the disk does. A `kill -9` of the server loses nothing
    /// either way: the operating system, or PostgreSQL, still has the commit. Only a power cut
    /// or an operating-system crash can take it, and only until the next synced commit (SQLite's
    /// WAL is one file written in order, so syncing it for any later commit syncs this one;
    /// PostgreSQL flushes its WAL in order likewise), or the kernel's writeback (30 s by default)
    /// or PostgreSQL's WAL writer (at most 3 × `wal_writer_delay`, 600 ms by default) gets to it.
    ///
    /// For writes that a power cut may take without losing anything committed to a person: an
    /// exam start before its first answer (losing it gives the attempt back). Never for writes
    /// a person has been told are kept.
    Deferred,
}

/// Runs `f` in a write transaction. On SQLite it is `BEGIN IMMEDIATE`: the write lock is taken
/// at the start, so a transaction that reads before it writes can never fail to upgrade when
/// another process (a second instance, the CLI) writes to the same file; `busy_timeout` makes
/// it wait instead. On PostgreSQL it is a plain transaction. Nested calls become savepoints.
/// The commit is [`Durability::Synced`].
pub fn transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    match conn {
        DbConnection::Postgresql(_) => conn.transaction(f),
        DbConnection::Sqlite(_) => begun_with(conn, "BEGIN IMMEDIATE", f),
    }
}

/// [`transaction`] with the commit's [`Durability`]. Inside another transaction it is a
/// savepoint of that one, whose commit decides.
pub fn transaction_with<T, E, F>(conn: &mut DbConnection, durability: Durability, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    if durability == Durability::Synced || in_transaction(conn)? {
        return transaction(conn, f);
    }
    match conn {
        // `SET LOCAL` ends with the transaction, whatever its outcome; sent with the `BEGIN`, in
        // one round trip.
        DbConnection::Postgresql(_) => begun_with(conn, "BEGIN; SET LOCAL synchronous_commit = off", f),
        // A connection's setting, which SQLite refuses to change inside a transaction: set for
        // this one, and set back after it whatever its outcome (a flag; setting it does no I/O).
        DbConnection::Sqlite(_) => {
            conn.batch_execute("PRAGMA synchronous = NORMAL")?;
            let result = begun_with(conn, "BEGIN IMMEDIATE", f);
            let restored = conn.batch_execute("PRAGMA synchronous = FULL");
            match (result, restored) {
                (Ok(_), Err(e)) => Err(e.into()),
                (result, _) => result,
            }
        }
    }
}

/// Runs `f` in a transaction begun by `begin`, and commits it, or rolls it back when `f` or the
/// commit fails. Inside another transaction it is a savepoint of that one.
fn begun_with<T, E, F>(conn: &mut DbConnection, begin: &str, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let begun = match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, begin),
        DbConnection::Postgresql(c) => AnsiTransactionManager::begin_transaction_sql(c, begin),
    };
    match begun {
        Ok(()) => {}
        Err(diesel::result::Error::AlreadyInTransaction) => return conn.transaction(f),
        Err(e) => {
            // `begin` may be more than one statement: leave no transaction open behind an error
            // after its `BEGIN` (an error of its own here, when there is none, changes nothing).
            let _ = conn.batch_execute("ROLLBACK");
            return Err(e.into());
        }
    }
    match f(conn) {
        Ok(value) => match commit(conn) {
            Ok(()) => Ok(value),
            Err(e) => {
                let _ = rollback(conn);
                Err(e.into())
            }
        },
        Err(e) => {
            rollback(conn)?;
            Err(e)
        }
    }
}

fn commit(conn: &mut DbConnection) -> QueryResult<()> {
    match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::commit_transaction(c),
        DbConnection::Postgresql(c) => AnsiTransactionManager::commit_transaction(c),
    }
}

fn rollback(conn: &mut DbConnection) -> QueryResult<()> {
    match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::rollback_transaction(c),
        DbConnection::Postgresql(c) => AnsiTransactionManager::rollback_transaction(c),
    }
}

fn in_transaction(conn: &mut DbConnection) -> QueryResult<bool> {
    let depth = match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::transaction_manager_status_mut(c).transaction_depth()?,
        DbConnection::Postgresql(c) => AnsiTransactionManager::transaction_manager_status_mut(c).transaction_depth()?,
    };
    Ok(depth.is_some())
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;
    use diesel::sql_types::Text;

    use super::{Durability, transaction, transaction_with};
    use crate::db::{Db, DbConnection};

    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = Text)]
        value: String,
    }

    /// The setting that decides whether a commit waits for the disk, as the connection has it.
    fn commit_setting(conn: &mut DbConnection) -> String {
        let sql = match conn {
            DbConnection::Sqlite(_) => "SELECT CAST(synchronous AS TEXT) AS value FROM pragma_synchronous",
            DbConnection::Postgresql(_) => "SELECT current_setting('synchronous_commit') AS value",
        };
        diesel::sql_query(sql).get_result::<Setting>(conn).unwrap().value
    }

    fn count(conn: &mut DbConnection) -> i64 {
        #[derive(QueryableByName)]
        struct N {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        diesel::sql_query("SELECT COUNT(*) AS n FROM durability_t").get_result::<N>(conn).unwrap().n
    }

    /// A deferred commit is deferred only for its own transaction: the setting is back to synced
    /// after a commit, after a rollback and for a nested call; what was committed is there.
    fn a_deferred_commit_changes_its_own_transaction_only(db: &Db, synced: &str, deferred: &str) {
        let mut conn = db.write().unwrap();
        conn.batch_execute("CREATE TABLE durability_t (n BIGINT NOT NULL)").unwrap();
        assert_eq!(commit_setting(&mut conn), synced);

        let inside = transaction_with(&mut conn, Durability::Deferred, |conn| -> QueryResult<String> {
            conn.batch_execute("INSERT INTO durability_t VALUES (1)")?;
            Ok(commit_setting(conn))
        })
        .unwrap();
        assert_eq!(inside, deferred, "deferred inside its transaction");
        assert_eq!(commit_setting(&mut conn), synced, "synced again after the commit");
        assert_eq!(count(&mut conn), 1);

        let failed = transaction_with(&mut conn, Durability::Deferred, |conn| -> QueryResult<()> {
            conn.batch_execute("INSERT INTO durability_t VALUES (2)")?;
            Err(diesel::result::Error::RollbackTransaction)
        });
        assert!(failed.is_err());
        assert_eq!(commit_setting(&mut conn), synced, "synced again after the rollback");
        assert_eq!(count(&mut conn), 1, "the rollback kept nothing");

        let nested = transaction(&mut conn, |conn| -> QueryResult<String> {
            transaction_with(conn, Durability::Deferred, |conn| {
                conn.batch_execute("INSERT INTO durability_t VALUES (3)")?;
                Ok(commit_setting(conn))
            })
        })
        .unwrap();
        assert_eq!(nested, synced, "within a synced transaction, the outer commit decides");
        assert_eq!(commit_setting(&mut conn), synced);

        let plain =
            transaction_with(&mut conn, Durability::Synced, |conn| -> QueryResult<String> { Ok(commit_setting(conn)) })
                .unwrap();
        assert_eq!(plain, synced);
        assert_eq!(count(&mut conn), 2);
    }

    #[test]
    fn a_deferred_commit_on_sqlite_is_normal_for_its_transaction_and_full_after() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&format!("sqlite://{}", dir.path().join("t.db").display())).unwrap();
        // PRAGMA synchronous: 1 is NORMAL, 2 is FULL.
        a_deferred_commit_changes_its_own_transaction_only(&db, "2", "1");
    }

    #[test]
    fn a_deferred_commit_on_postgres_is_off_for_its_transaction_and_on_after() {
        let Some(scratch) = crate::test_support::ScratchPostgres::create("the deferred commit test") else {
            return;
        };
        let db = Db::open(&scratch.url).unwrap();
        a_deferred_commit_changes_its_own_transaction_only(&db, "on", "off");
    }
}
