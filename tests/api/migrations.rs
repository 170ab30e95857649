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

/// A paper line as stored, every column.
type PaperLine = (i64, i32, String, i64, String, Option<String>, Option<i64>, Option<bool>, bool);

fn paper_lines(db: &ess_academy::db::Db, attempt: i64) -> Vec<PaperLine> {
    use ess_academy::db::schema::attempt_questions as aq;
    aq::table
        .filter(aq::attempt_id.eq(attempt))
        .order(aq::position)
        .select((
            aq::attempt_id,
            aq::position,
            aq::public_id,
            aq::question_id,
            aq::options_json,
            aq::selected_json,
            aq::saved_at,
            aq::correct,
            aq::flagged,
        ))
        .load(&mut *db.read().unwrap())
        .unwrap()
}

/// Undoes the last migration and applies it again on the app's database, through a connection
/// of its own, as the next instance of a deployment would.
fn last_migration_down_and_up(app: &crate::helpers::TestApp) {
    match app.backend {
        crate::helpers::Backend::Sqlite => {
            let mut conn = SqliteConnection::establish(&app.database_url).unwrap();
            conn.batch_execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000").unwrap();
            conn.revert_last_migration(SQLITE_MIGRATIONS).unwrap();
            assert_eq!(conn.run_pending_migrations(SQLITE_MIGRATIONS).unwrap().len(), 1);
            let broken: Vec<SchemaRow> =
                diesel::sql_query("SELECT \"table\" AS entry FROM pragma_foreign_key_check").load(&mut conn).unwrap();
            assert_eq!(broken, vec![], "no line lost its attempt or question");
        }
        crate::helpers::Backend::Postgres => {
            let mut conn = PgConnection::establish(&app.database_url).unwrap();
            conn.revert_last_migration(POSTGRES_MIGRATIONS).unwrap();
            assert_eq!(conn.run_pending_migrations(POSTGRES_MIGRATIONS).unwrap().len(), 1);
        }
    }
}

crate::both_backends! {
    // Migration 000021 rebuilds the paper's table (SQLite) or changes its key (PostgreSQL):
    // an open attempt's lines, answers, times and flags come through its down and up unchanged,
    // and the learner goes on answering and is graded on what was saved.
    async fn an_open_papers_lines_come_through_the_paper_keyed_migration(app) {
        use crate::exams::{COURSE, EXAM1, ready_learner_with_email, start, submit};
        let (_, token, _, _) = ready_learner_with_email(&app).await;
        let paper: serde_json::Value = start(&app, &token, EXAM1).await.json().await.unwrap();
        let attempt = paper["attempt_id"].as_i64().unwrap();
        let key = crate::helpers::answer_key(&app, attempt);
        let questions: Vec<String> =
            paper["questions"].as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap().to_owned()).collect();
        for question in &questions[..20] {
            let r = app.client.put(app.url(&format!("/api/v1/attempts/{attempt}/answers/{question}")))
                .bearer_auth(&token).json(&serde_json::json!({"selected": key[question]})).send().await.unwrap();
            assert_eq!(r.status(), 200);
        }
        let r = app.client.put(app.url(&format!("/api/v1/attempts/{attempt}/flags/{}", questions[3])))
            .bearer_auth(&token).json(&serde_json::json!({"flagged": true})).send().await.unwrap();
        assert_eq!(r.status(), 200, "{COURSE}");
        let before = paper_lines(&app.db(), attempt);
        assert_eq!(before.len(), 35);
        assert_eq!(before.iter().filter(|l| l.5.is_some()).count(), 20);

        last_migration_down_and_up(&app);
        assert_eq!(paper_lines(&app.db(), attempt), before);

        // The learner answers one more question by its public id, and the grade counts 21.
        let r = app.client.put(app.url(&format!("/api/v1/attempts/{attempt}/answers/{}", questions[20])))
            .bearer_auth(&token).json(&serde_json::json!({"selected": key[&questions[20]]})).send().await.unwrap();
        assert_eq!(r.status(), 200);
        let graded: serde_json::Value = submit(&app, &token, attempt).await.json().await.unwrap();
        let correct: i64 = graded["topics"].as_array().unwrap().iter().map(|t| t["correct"].as_i64().unwrap()).sum();
        assert_eq!(correct, 21, "{graded}");
    }
}
