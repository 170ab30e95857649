//! Both migration trees carry the same names, and every `down.sql` undoes its `up.sql`.

use std::path::Path;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel_migrations::MigrationHarness;
use ess_academy::db::{POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS};

use crate::helpers::PgTestDb;

fn names(dialect: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(dialect);
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn both_dialects_have_the_same_migrations() {
    let sqlite = names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, names("postgres"));
    for dialect in ["sqlite", "postgres"] {
        for name in &sqlite {
            for file in ["up.sql", "down.sql"] {
                let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(dialect).join(name).join(file);
                assert!(path.is_file(), "{} is missing", path.display());
            }
        }
    }
}

#[derive(QueryableByName, PartialEq, Eq, Debug, PartialOrd, Ord)]
struct SchemaRow {
    #[diesel(sql_type = Text)]
    entry: String,
}

fn sqlite_schema(conn: &mut SqliteConnection) -> Vec<SchemaRow> {
    let mut rows = diesel::sql_query(
        "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS entry FROM sqlite_master \
         WHERE name NOT LIKE 'sqlite_%' AND name != '__diesel_schema_migrations'",
    )
    .load(conn)
    .unwrap();
    rows.sort();
    rows
}

#[test]
fn every_sqlite_down_undoes_its_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = SqliteConnection::establish(dir.path().join("m.db").to_str().unwrap()).unwrap();
    let empty = sqlite_schema(&mut conn);
    conn.run_pending_migrations(SQLITE_MIGRATIONS).unwrap();
    let full = sqlite_schema(&mut conn);
    assert!(full.len() > empty.len());
    while conn.revert_last_migration(SQLITE_MIGRATIONS).is_ok() {}
    assert_eq!(sqlite_schema(&mut conn), empty, "down migrations leave nothing behind");
    conn.run_pending_migrations(SQLITE_MIGRATIONS).unwrap();
    assert_eq!(sqlite_schema(&mut conn), full, "up after down gives the same schema");
}

fn pg_schema(conn: &mut PgConnection) -> Vec<SchemaRow> {
    let mut rows = diesel::sql_query(
        "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable AS entry \
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name != '__diesel_schema_migrations' \
         UNION ALL SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' \
         AND tablename != '__diesel_schema_migrations'",
    )
    .load(conn)
    .unwrap();
    rows.sort();
    rows
}

#[test]
fn every_postgres_down_undoes_its_up() {
    let Ok(admin) = std::env::var("TEST_DATABASE_URL") else {
        eprintln!("TEST_DATABASE_URL is not set: the PostgreSQL migration round trip has nothing to do");
        return;
    };
    let db = PgTestDb::create(&admin);
    let mut conn = PgConnection::establish(&db.url).unwrap();
    let empty = pg_schema(&mut conn);
    conn.run_pending_migrations(POSTGRES_MIGRATIONS).unwrap();
    let full = pg_schema(&mut conn);
    assert!(full.len() > empty.len());
    while conn.revert_last_migration(POSTGRES_MIGRATIONS).is_ok() {}
    assert_eq!(pg_schema(&mut conn), empty);
    conn.run_pending_migrations(POSTGRES_MIGRATIONS).unwrap();
    assert_eq!(pg_schema(&mut conn), full);
    conn.batch_execute("SELECT 1").unwrap();
}
