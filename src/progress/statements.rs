//! A heartbeat's two upserts as query fragments that diesel keeps prepared, keyed by their SQL.
//! Written with `sql_query` (diesel has no upsert for a connection over both backends), each was
//! prepared again on every beat: on SQLite a parse per beat, on PostgreSQL a round trip more.

use diesel::backend::Backend;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Bool, HasSqlType, Integer};

/// Creates the learner's clock, unset, unless it exists.
pub(super) struct StartClock {
    pub user_id: i64,
}

impl QueryId for StartClock {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB> QueryFragment<DB> for StartClock
where
    DB: Backend + HasSqlType<BigInt>,
    i64: ToSql<BigInt, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql("INSERT INTO learner_clocks (user_id, last_beat_at, last_position_permille) VALUES (");
        out.push_bind_param::<BigInt, _>(&self.user_id)?;
        out.push_sql(", NULL, 0) ON CONFLICT (user_id) DO NOTHING");
        Ok(())
    }
}

impl<Conn> RunQueryDsl<Conn> for StartClock {}

/// Adds a beat to the learner's progress in a module: the credit, the furthest position, the end
/// reached, when it was last (and, for a new row, first) seen.
pub(super) struct AddProgress {
    pub user_id: i64,
    pub module_id: i64,
    pub credit: i64,
    pub position: i32,
    pub reached_end: bool,
    pub now: i64,
}

impl QueryId for AddProgress {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
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
               last_seen_at = excluded.last_seen_at",
        );
        Ok(())
    }
}

impl<Conn> RunQueryDsl<Conn> for AddProgress {}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use diesel::connection::{Instrumentation, InstrumentationEvent, SimpleConnection};

    use super::*;
    use crate::db::DbConnection;

    /// Each upsert is prepared once on a connection and does what the SQL says, on SQLite.
    #[test]
    fn a_beats_upserts_are_prepared_once_and_add_up() {
        let mut conn = DbConnection::Sqlite(diesel::SqliteConnection::establish(":memory:").unwrap());
        conn.batch_execute(
            "CREATE TABLE learner_clocks (user_id INTEGER PRIMARY KEY, last_beat_at INTEGER, last_position_permille INTEGER NOT NULL);
             CREATE TABLE module_progress (user_id INTEGER, module_id INTEGER, active_seconds INTEGER NOT NULL, \
               max_position_permille INTEGER NOT NULL, reached_end BOOLEAN NOT NULL, first_seen_at INTEGER NOT NULL, \
               last_seen_at INTEGER NOT NULL, PRIMARY KEY (user_id, module_id));",
        )
        .unwrap();
        let prepared = Arc::new(AtomicUsize::new(0));
        let counter = prepared.clone();
        let instrumentation = move |event: InstrumentationEvent<'_>| {
            if matches!(event, InstrumentationEvent::CacheQuery { .. }) {
                counter.fetch_add(1, Ordering::SeqCst);
            }
        };
        conn.set_instrumentation(Box::new(instrumentation) as Box<dyn Instrumentation>);
        for (now, credit, position, end) in [(100, 0, 300, false), (115, 15, 200, false), (130, 15, 990, true)] {
            assert_eq!(StartClock { user_id: 7 }.execute(&mut conn).unwrap(), usize::from(now == 100));
            let beat = AddProgress { user_id: 7, module_id: 3, credit, position, reached_end: end, now };
            assert_eq!(beat.execute(&mut conn).unwrap(), 1);
        }
        assert_eq!(prepared.load(Ordering::SeqCst), 2, "two statements for three beats");
        let row: (i64, i32, bool, i64, i64) = diesel::sql_query(
            "SELECT active_seconds, max_position_permille, reached_end, first_seen_at, last_seen_at FROM module_progress",
        )
        .get_result::<ProgressRow>(&mut conn)
        .map(|r| (r.active_seconds, r.max_position_permille, r.reached_end, r.first_seen_at, r.last_seen_at))
        .unwrap();
        assert_eq!(row, (30, 990, true, 100, 130), "credit added, furthest position, end kept, first and last seen");
    }

    #[derive(QueryableByName)]
    struct ProgressRow {
        #[diesel(sql_type = BigInt)]
        active_seconds: i64,
        #[diesel(sql_type = Integer)]
        max_position_permille: i32,
        #[diesel(sql_type = Bool)]
        reached_end: bool,
        #[diesel(sql_type = BigInt)]
        first_seen_at: i64,
        #[diesel(sql_type = BigInt)]
        last_seen_at: i64,
    }
}
