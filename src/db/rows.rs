//! Many rows in one `INSERT`, on either backend: each value a bound parameter, as many rows per
//! statement as the parameter limits allow. diesel's own batch insert does not serve
//! [`DbConnection`](super::DbConnection) (its SQLite half is not implemented for a connection
//! that is one of two backends), and one statement per row costs a round trip each on
//! PostgreSQL.

use diesel::QueryResult;
use diesel::backend::Backend;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Bool, HasSqlType, Integer, Nullable, Text};

use super::DbConnection;

/// Bound parameters per statement at most: under SQLite's 32,766 and PostgreSQL's 65,535.
const PARAMETERS_PER_STATEMENT: usize = 30_000;

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i32),
    BigInt(i64),
    NullableBigInt(Option<i64>),
    Text(String),
    NullableText(Option<String>),
    Bool(bool),
}

impl From<i32> for Value {
    fn from(v: i32) -> Self {
        Value::Int(v)
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::BigInt(v)
    }
}

impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Self {
        Value::NullableBigInt(v)
    }
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_owned())
    }
}

impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        Value::NullableText(v)
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}

/// Rows for one table, inserted by [`Rows::execute`].
#[derive(Debug)]
pub struct Rows {
    table: &'static str,
    columns: &'static [&'static str],
    values: Vec<Value>,
    keep_prepared: bool,
}

impl Rows {
    /// Rows of `columns` (in this order) for `table`. Their statements are prepared for each
    /// execution and not kept: see [`Rows::kept_prepared`].
    pub fn new(table: &'static str, columns: &'static [&'static str]) -> Self {
        Rows { table, columns, values: Vec::new(), keep_prepared: false }
    }

    /// The statements are kept prepared on the connection, keyed by their SQL (one per number
    /// of rows): for a hot path whose row counts repeat (an exam paper), never for a one-off.
    pub fn kept_prepared(mut self) -> Self {
        self.keep_prepared = true;
        self
    }

    /// Adds a row: one value per column, in the columns' order.
    ///
    /// # Panics
    /// When the row has not one value per column: a programming error, caught by any test that
    /// inserts.
    pub fn push(&mut self, row: impl IntoIterator<Item = Value>) {
        let before = self.values.len();
        self.values.extend(row);
        assert_eq!(self.values.len() - before, self.columns.len(), "a row of {} needs a value per column", self.table);
    }

    pub fn len(&self) -> usize {
        self.values.len() / self.columns.len().max(1)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Inserts every row: one statement per [`PARAMETERS_PER_STATEMENT`] values at most, none
    /// when there are no rows.
    pub fn execute(&self, conn: &mut DbConnection) -> QueryResult<usize> {
        use diesel::RunQueryDsl;
        let columns = self.columns.len().max(1);
        let per_statement = (PARAMETERS_PER_STATEMENT / columns).max(1) * columns;
        let mut inserted = 0;
        for values in self.values.chunks(per_statement) {
            inserted += Statement { rows: self, values }.execute(conn)?;
        }
        Ok(inserted)
    }
}

/// One `INSERT` of some of the rows.
struct Statement<'a> {
    rows: &'a Rows,
    values: &'a [Value],
}

impl QueryId for Statement<'_> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB> QueryFragment<DB> for Statement<'_>
where
    DB: Backend + HasSqlType<BigInt> + HasSqlType<Integer> + HasSqlType<Text> + HasSqlType<Bool>,
    i64: ToSql<BigInt, DB>,
    i32: ToSql<Integer, DB>,
    String: ToSql<Text, DB>,
    bool: ToSql<Bool, DB>,
    Option<i64>: ToSql<Nullable<BigInt>, DB>,
    Option<String>: ToSql<Nullable<Text>, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        if !self.rows.keep_prepared {
            out.unsafe_to_cache_prepared();
        }
        out.push_sql("INSERT INTO ");
        out.push_sql(self.rows.table);
        out.push_sql(" (");
        out.push_sql(&self.rows.columns.join(", "));
        out.push_sql(") VALUES ");
        for (r, row) in self.values.chunks(self.rows.columns.len().max(1)).enumerate() {
            out.push_sql(if r == 0 { "(" } else { ", (" });
            for (i, value) in row.iter().enumerate() {
                if i > 0 {
                    out.push_sql(", ");
                }
                match value {
                    Value::Int(v) => out.push_bind_param::<Integer, _>(v)?,
                    Value::BigInt(v) => out.push_bind_param::<BigInt, _>(v)?,
                    Value::NullableBigInt(v) => out.push_bind_param::<Nullable<BigInt>, _>(v)?,
                    Value::Text(v) => out.push_bind_param::<Text, _>(v)?,
                    Value::NullableText(v) => out.push_bind_param::<Nullable<Text>, _>(v)?,
                    Value::Bool(v) => out.push_bind_param::<Bool, _>(v)?,
                }
            }
            out.push_sql(")");
        }
        Ok(())
    }
}

impl<Conn> diesel::RunQueryDsl<Conn> for Statement<'_> {}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    use super::*;

    fn with_table(conn: &mut DbConnection) {
        let ddl = match conn {
            DbConnection::Sqlite(_) => {
                "CREATE TABLE t (n INTEGER PRIMARY KEY, a INTEGER NOT NULL, b BIGINT, c TEXT, d BOOLEAN NOT NULL)"
            }
            DbConnection::Postgresql(_) => {
                "CREATE TABLE t (n BIGSERIAL PRIMARY KEY, a INTEGER NOT NULL, b BIGINT, c TEXT, d BOOLEAN NOT NULL)"
            }
        };
        diesel::sql_query(ddl).execute(conn).expect("the table");
    }

    /// More rows than one statement takes (30,000 parameters / 4 columns = 7,500 rows), with
    /// NULLs, quotes and large numbers; read back in order.
    fn every_row_lands_on(conn: &mut DbConnection) {
        with_table(conn);
        let mut rows = Rows::new("t", &["a", "b", "c", "d"]);
        let expected = |i: i32| {
            (
                i,
                (i % 3 != 0).then_some(i64::from(i) * 1_000_000_000),
                (i % 5 != 0).then(|| format!("row {i} 'quoted'")),
                i % 2 == 0,
            )
        };
        for i in 0..8_000 {
            let (a, b, c, d) = expected(i);
            rows.push([Value::from(a), b.into(), c.into(), d.into()]);
        }
        assert_eq!(rows.len(), 8_000);
        assert_eq!(rows.execute(conn).expect("inserted"), 8_000);
        let stored: Vec<Stored> =
            diesel::sql_query("SELECT a, b, c, d FROM t ORDER BY n").load(conn).expect("read back");
        assert_eq!(stored.len(), 8_000);
        for (i, s) in stored.into_iter().enumerate() {
            assert_eq!((s.a, s.b, s.c, s.d), expected(i as i32), "row {i}");
        }
    }

    #[test]
    fn every_row_lands_with_its_values_and_nulls_across_statements() {
        every_row_lands_on(&mut DbConnection::establish(":memory:").expect("an in-memory SQLite database"));
        if let Some(pg) = crate::test_support::ScratchPostgres::create("db::rows") {
            every_row_lands_on(&mut DbConnection::establish(&pg.url).expect("the scratch database"));
        }
    }

    /// A one-off's statements (an import's) are not kept on the connection; a hot path's are,
    /// once per row count.
    #[test]
    fn only_rows_kept_prepared_leave_a_statement_on_the_connection() {
        use std::sync::atomic::Ordering;

        let mut conn = DbConnection::establish(":memory:").expect("an in-memory SQLite database");
        with_table(&mut conn);
        let kept = crate::test_support::count_kept_statements(&mut conn);
        let rows = |n: i32| {
            let mut rows = Rows::new("t", &["a", "d"]);
            for i in 0..n {
                rows.push([Value::from(i), true.into()]);
            }
            rows
        };
        for _ in 0..2 {
            rows(10).execute(&mut conn).expect("inserted");
        }
        assert_eq!(kept.load(Ordering::SeqCst), 0, "a one-off is prepared and dropped");
        for _ in 0..2 {
            rows(10).kept_prepared().execute(&mut conn).expect("inserted");
        }
        assert_eq!(kept.load(Ordering::SeqCst), 1, "kept once, then reused");
    }

    #[test]
    #[should_panic(expected = "a value per column")]
    fn a_row_short_of_a_column_is_refused() {
        Rows::new("t", &["a", "b"]).push([Value::from(1)]);
    }

    #[derive(QueryableByName)]
    struct Stored {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        a: i32,
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::BigInt>)]
        b: Option<i64>,
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        c: Option<String>,
        #[diesel(sql_type = diesel::sql_types::Bool)]
        d: bool,
    }
}
