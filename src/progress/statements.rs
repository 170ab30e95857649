//! A heartbeat's progress upsert as a query that diesel keeps prepared, keyed by its SQL. Written
//! with `sql_query` (diesel has no upsert for a connection over both backends) it would be
//! prepared again on every beat: on SQLite a parse of the longest statement of the beat, inside
//! the one writer's batch.

use diesel::backend::Backend;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Bool, HasSqlType, Integer, Nullable};

/// Adds a beat to the learner's progress in a module (the credit, the furthest position, the end
/// reached, when it was last and, for a new row, first seen) and returns the row as it now is,
/// with whether the learner is exempt from the module (or from the whole training).
pub(super) struct AddProgress {
    pub user_id: i64,
    pub module_id: i64,
    pub course_id: i64,
    pub credit: i64,
    pub position: i32,
    pub reached_end: bool,
    pub now: i64,
}

/// What [`AddProgress`] returns: active seconds, end reached, completed at, first seen, exempt.
pub(super) type Added = (i64, bool, Option<i64>, i64, bool);

impl QueryId for AddProgress {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl Query for AddProgress {
    type SqlType = (BigInt, Bool, Nullable<BigInt>, BigInt, Bool);
}

impl<DB> QueryFragment<DB> for AddProgress
where
    DB: Backend + HasSqlType<BigInt> + HasSqlType<Integer> + HasSqlType<Bool>,
    i64: ToSql<BigInt, DB>,
    i32: ToSql<Integer, DB>,
    bool: ToSql<Bool, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql(
            "INSERT INTO module_progress (user_id, module_id, active_seconds, max_position_permille, reached_end, first_seen_at, last_seen_at) VALUES (",
        );
        out.push_bind_param::<BigInt, _>(&self.user_id)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&self.module_id)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&self.credit)?;
        out.push_sql(", ");
        out.push_bind_param::<Integer, _>(&self.position)?;
        out.push_sql(", ");
        out.push_bind_param::<Bool, _>(&self.reached_end)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&self.now)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&self.now)?;
        out.push_sql(
            ") ON CONFLICT (user_id, module_id) DO UPDATE SET \
               active_seconds = module_progress.active_seconds + excluded.active_seconds, \
               max_position_permille = CASE WHEN excluded.max_position_permille > module_progress.max_position_permille \
                 THEN excluded.max_position_permille ELSE module_progress.max_position_permille END, \
               reached_end = (module_progress.reached_end OR excluded.reached_end), \
               last_seen_at = excluded.last_seen_at \
             RETURNING active_seconds, reached_end, completed_at, first_seen_at, \
               EXISTS (SELECT 1 FROM exemptions e WHERE e.user_id = ",
        );
        out.push_bind_param::<BigInt, _>(&self.user_id)?;
        out.push_sql(" AND e.course_id = ");
        out.push_bind_param::<BigInt, _>(&self.course_id)?;
        out.push_sql(" AND (e.module_id = ");
        out.push_bind_param::<BigInt, _>(&self.module_id)?;
        out.push_sql(" OR e.module_id IS NULL))");
        Ok(())
    }
}

impl<Conn> RunQueryDsl<Conn> for AddProgress {}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use diesel::connection::SimpleConnection;

    use super::*;
    use crate::db::DbConnection;

    /// The upsert is prepared once on a connection, adds up as its SQL says and sees exemptions
    /// of the module and of the whole training, on SQLite.
    #[test]
    fn the_progress_upsert_is_prepared_once_adds_up_and_sees_exemptions() {
        let mut conn = DbConnection::Sqlite(diesel::SqliteConnection::establish(":memory:").unwrap());
        conn.batch_execute(
            "CREATE TABLE module_progress (user_id INTEGER, module_id INTEGER, active_seconds INTEGER NOT NULL, \
               max_position_permille INTEGER NOT NULL, reached_end BOOLEAN NOT NULL, first_seen_at INTEGER NOT NULL, \
               last_seen_at INTEGER NOT NULL, completed_at INTEGER, PRIMARY KEY (user_id, module_id));
             CREATE TABLE exemptions (user_id INTEGER NOT NULL, course_id INTEGER NOT NULL, module_id INTEGER);",
        )
        .unwrap();
        let prepared = crate::test_support::count_kept_statements(&mut conn);
        let add = |conn: &mut DbConnection, (now, credit, position, reached_end): (i64, i64, i32, bool)| {
            AddProgress { user_id: 7, module_id: 3, course_id: 1, credit, position, reached_end, now }
                .get_result::<Added>(conn)
                .unwrap()
        };
        assert_eq!(add(&mut conn, (100, 0, 300, false)), (0, false, None, 100, false), "a new row");
        assert_eq!(add(&mut conn, (115, 15, 200, false)), (15, false, None, 100, false), "credit added");
        conn.batch_execute("INSERT INTO exemptions VALUES (7, 1, 4), (8, 1, NULL), (7, 2, NULL)").unwrap();
        assert!(!add(&mut conn, (120, 5, 200, false)).4, "exemptions of another module, learner or course");
        conn.batch_execute("INSERT INTO exemptions VALUES (7, 1, 3)").unwrap();
        assert_eq!(add(&mut conn, (130, 10, 990, true)), (30, true, None, 100, true), "end kept, module exempt");
        conn.batch_execute("DELETE FROM exemptions; INSERT INTO exemptions VALUES (7, 1, NULL)").unwrap();
        assert!(add(&mut conn, (131, 1, 0, false)).4, "the whole training exempt");
        assert_eq!(prepared.load(Ordering::SeqCst), 1, "one statement for five beats");
    }
}
