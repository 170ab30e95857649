//! The database: one diesel connection enum over SQLite and PostgreSQL, its pools and migrations.
//!
//! The backend is chosen from the URL scheme here, never by letting diesel guess: a bad or
//! unreachable PostgreSQL must be reported at once with its real error.

pub mod checkpoint;
pub mod rows;
pub mod schema;
mod transaction;

pub use transaction::{Durability, transaction, transaction_with};

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection, R2D2Connection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// Migrations of each dialect; both trees carry the same migration names (a test checks it).
pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// How long SQLite waits for a lock held by another connection or process.
const SQLITE_BUSY_TIMEOUT_MS: u32 = 10_000;
/// Readers on SQLite; writes go through a single connection of their own.
const SQLITE_READ_POOL_SIZE: u32 = 8;
/// Connections per instance on PostgreSQL.
const POSTGRES_POOL_SIZE: u32 = 12;
/// How long a request waits for a pooled connection before it fails.
const POOL_CHECKOUT_TIMEOUT_SECS: u64 = 15;
/// How long the first connection to PostgreSQL may take before the start is refused.
const POSTGRES_CONNECT_TIMEOUT_SECS: u32 = 5;
/// Serialises migrations of several instances starting at once on one PostgreSQL.
const POSTGRES_MIGRATION_LOCK: i64 = 0x0E55_ACAD;

/// One connection to either backend. Domain code is written against this type.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

/// The two supported backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The name reported by `/healthz`.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A database URL whose backend has been decided from its scheme.
#[derive(Debug, Clone)]
pub enum DbUrl {
    /// A file path (parent folders are created).
    Sqlite(PathBuf),
    /// A libpq connection URL.
    Postgres(String),
}

impl DbUrl {
    /// Reads `sqlite://path`, `sqlite:///abs/path`, `sqlite:path`, `postgres://…` or `postgresql://…`.
    pub fn parse(url: &str) -> anyhow::Result<Self> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DbUrl::Postgres(url.to_owned()));
        }
        if let Some(rest) = url.strip_prefix("sqlite:") {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            if path.is_empty() {
                bail!("the SQLite URL {url:?} names no file (expected sqlite://data/academy.db)");
            }
            return Ok(DbUrl::Sqlite(PathBuf::from(path)));
        }
        bail!("unsupported database URL {url:?}: use sqlite://<file> or postgres://<user>@<host>/<db>")
    }

    pub fn backend(&self) -> Backend {
        match self {
            DbUrl::Sqlite(_) => Backend::Sqlite,
            DbUrl::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Makes connections of the variant chosen by the URL and prepares each one.
#[derive(Debug, Clone)]
pub struct Manager {
    url: DbUrl,
    /// On SQLite, whether a commit checkpoints the log when it is long (SQLite's default); the
    /// server's writer leaves that to its checkpointer thread (`db::checkpoint`).
    checkpoints_in_commits: bool,
}

impl Manager {
    fn connect_now(&self) -> anyhow::Result<DbConnection> {
        match &self.url {
            DbUrl::Postgres(url) => {
                let url = with_connect_timeout(url);
                let conn = diesel::PgConnection::establish(&url)
                    .map_err(|e| anyhow!("cannot connect to PostgreSQL: {}", e.to_string().trim()))?;
                Ok(DbConnection::Postgresql(conn))
            }
            DbUrl::Sqlite(path) => {
                let path_str = path.to_str().context("the SQLite path is not valid UTF-8")?;
                let mut conn = diesel::SqliteConnection::establish(path_str)
                    .map_err(|e| anyhow!("cannot open the SQLite database {}: {e}", path.display()))?;
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS};
                     PRAGMA journal_mode = WAL;
                     PRAGMA synchronous = FULL;
                     PRAGMA foreign_keys = ON;"
                ))
                .with_context(|| format!("cannot prepare the SQLite database {}", path.display()))?;
                if !self.checkpoints_in_commits {
                    conn.batch_execute("PRAGMA wal_autocheckpoint = 0")
                        .with_context(|| format!("cannot prepare the SQLite database {}", path.display()))?;
                }
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

/// Adds libpq's `connect_timeout` unless the URL sets one, so a dead server fails fast.
fn with_connect_timeout(url: &str) -> String {
    if url.contains("connect_timeout=") {
        return url.to_owned();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}connect_timeout={POSTGRES_CONNECT_TIMEOUT_SECS}")
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        self.connect_now().map_err(|e| r2d2::Error::ConnectionError(ConnectionError::BadConnection(format!("{e:#}"))))
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConn = r2d2::PooledConnection<Manager>;

/// The pools of one instance: readers, and the writer (one connection on SQLite).
#[derive(Clone)]
pub struct Db {
    backend: Backend,
    read: Pool,
    write: Pool,
    /// On SQLite: a shared lock on the database's lock file, held while the pools live, so that
    /// `ess-academy restore` can tell that the database is in use (see `ops::backup`).
    _in_use: Option<std::sync::Arc<std::fs::File>>,
    /// On SQLite, for the server: the thread that checkpoints the log, which the writer does not.
    checkpointer: Option<std::sync::Arc<checkpoint::Checkpointer>>,
}

/// The state of a connection pool, for metrics.
#[derive(Debug, Clone, Copy)]
pub struct PoolState {
    /// Open connections.
    pub connections: u32,
    /// Open connections not checked out.
    pub idle: u32,
}

/// Who opens the database: it decides whether the pools keep a connection ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// The server: each pool keeps one idle connection, opened again in the background when a
    /// request takes it.
    Server,
    /// A command that does its work and exits: a pool opens a connection only for a caller
    /// waiting for it, so none is being opened by a pool's thread when the process exits.
    /// (On PostgreSQL, libpq's TLS handshake on that thread meeting OpenSSL's exit handler on
    /// the main thread crashed 17 of 100 runs of `admin disable` with SIGSEGV.)
    Command,
}

impl Opener {
    fn min_idle(self) -> u32 {
        match self {
            Opener::Server => 1,
            Opener::Command => 0,
        }
    }
}

impl Db {
    /// For the server: connects (failing at once with the real reason), runs pending migrations
    /// and builds the pools, which keep a connection ready.
    pub fn open(url: &str) -> anyhow::Result<Db> {
        Self::open_as(url, Opener::Server)
    }

    /// For a command that exits when done (the CLI, tests and benchmarks that read what a
    /// server wrote): as [`Db::open`], but no pool opens a connection in the background.
    pub fn open_for_command(url: &str) -> anyhow::Result<Db> {
        Self::open_as(url, Opener::Command)
    }

    fn open_as(url: &str, opener: Opener) -> anyhow::Result<Db> {
        let url = DbUrl::parse(url)?;
        let in_use = match &url {
            DbUrl::Sqlite(path) => {
                create_parent(path)?;
                Some(std::sync::Arc::new(crate::ops::backup::lock_in_use(path)?))
            }
            DbUrl::Postgres(_) => None,
        };
        let manager = Manager { url: url.clone(), checkpoints_in_commits: true };
        let mut first = manager.connect_now()?;
        run_migrations(&mut first)?;
        drop(first);
        let backend = url.backend();
        let timeout = Duration::from_secs(POOL_CHECKOUT_TIMEOUT_SECS);
        let db = match backend {
            Backend::Postgres => {
                let pool = r2d2::Pool::builder()
                    .max_size(POSTGRES_POOL_SIZE)
                    .min_idle(Some(opener.min_idle()))
                    .connection_timeout(timeout)
                    .build(manager)
                    .context("cannot build the PostgreSQL pool")?;
                Db { backend, read: pool.clone(), write: pool, _in_use: in_use, checkpointer: None }
            }
            Backend::Sqlite => {
                // The first reader connects in the background while the writer connects and
                // the courses are imported: the database has just opened, so a reader can.
                // No `SELECT 1` at each checkout (r2d2's default), which guards against a
                // connection the server dropped; a SQLite connection is a file handle in this
                // process, which nothing drops.
                let read = r2d2::Pool::builder()
                    .max_size(SQLITE_READ_POOL_SIZE)
                    .test_on_check_out(false)
                    .min_idle(Some(opener.min_idle()))
                    .connection_timeout(timeout)
                    .build_unchecked(manager.clone());
                // The server's writer leaves checkpoints to a thread (`db::checkpoint`), so no
                // request waits for one; a command's keeps SQLite's own.
                let checkpointer = match opener {
                    Opener::Server => Some(std::sync::Arc::new(
                        checkpoint::Checkpointer::start(manager.clone())
                            .context("cannot start the SQLite checkpointer")?,
                    )),
                    Opener::Command => None,
                };
                let writer = Manager { checkpoints_in_commits: checkpointer.is_none(), ..manager };
                let write = r2d2::Pool::builder()
                    .max_size(1)
                    .test_on_check_out(false)
                    .connection_timeout(timeout)
                    .build(writer)
                    .context("cannot build the SQLite write pool")?;
                Db { backend, read, write, _in_use: in_use, checkpointer }
            }
        };
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection for queries that only read.
    pub fn read(&self) -> anyhow::Result<PooledConn> {
        self.read.get().context("no database connection available for reading")
    }

    /// On SQLite, a reading connection if one is free at this instant (never waits); `None` on
    /// PostgreSQL, where every query is a round trip over the network. For `web::quick_read`.
    pub fn read_at_once(&self) -> Option<PooledConn> {
        match self.backend {
            Backend::Sqlite => self.read.try_get(),
            Backend::Postgres => None,
        }
    }

    /// The state of each pool by name: `read` and `write` on SQLite, `shared` on PostgreSQL.
    pub fn pool_states(&self) -> Vec<(&'static str, PoolState)> {
        let state = |pool: &Pool| {
            let s = pool.state();
            PoolState { connections: s.connections, idle: s.idle_connections }
        };
        match self.backend {
            Backend::Sqlite => vec![("read", state(&self.read)), ("write", state(&self.write))],
            Backend::Postgres => vec![("shared", state(&self.read))],
        }
    }

    /// On SQLite, for the server: what the checkpointer thread has done (tests).
    pub fn checkpoints(&self) -> Option<std::sync::Arc<checkpoint::Counters>> {
        self.checkpointer.as_ref().map(|c| c.counters.clone())
    }

    /// The connection for writes (the single writer on SQLite).
    pub fn write(&self) -> anyhow::Result<PooledConn> {
        self.write.get().context("no database connection available for writing")
    }

    /// Waits, at most `limit`, until no pool is opening a connection in the background to keep
    /// its idle one (see [`Opener`]): for the server's exit, once it has stopped serving.
    pub async fn settle(&self, limit: Duration) {
        let settled = |pool: &Pool| {
            let state = pool.state();
            state.idle_connections >= pool.min_idle().unwrap_or(0) || state.connections >= pool.max_size()
        };
        let deadline = std::time::Instant::now() + limit;
        while !(settled(&self.read) && settled(&self.write)) && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

fn create_parent(path: &Path) -> anyhow::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create the database folder {}", parent.display()))?;
    }
    Ok(())
}

/// Applies every pending migration of the connection's dialect; returns how many ran.
pub fn run_migrations(conn: &mut DbConnection) -> anyhow::Result<usize> {
    let applied = match conn {
        DbConnection::Sqlite(c) => run_pending(c, SQLITE_MIGRATIONS),
        DbConnection::Postgresql(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({POSTGRES_MIGRATION_LOCK})"))
                .context("cannot take the migration lock")?;
            let result = run_pending(c, POSTGRES_MIGRATIONS);
            c.batch_execute(&format!("SELECT pg_advisory_unlock({POSTGRES_MIGRATION_LOCK})"))
                .context("cannot release the migration lock")?;
            result
        }
    };
    applied.map_err(|e| anyhow!("migrations failed: {e:#}"))
}

/// Runs the pending migrations in order, the consecutive ones that run in a transaction
/// together in one transaction (each in a savepoint of its own, as diesel runs it), so that a
/// fresh database commits its schema once instead of once per migration (the same SQL on this
/// disk: 22 ms as nineteen transactions, 16 ms as one; `BENCHMARKS.md`, issue 15). A
/// migration that must run outside a transaction (`run_in_transaction = false`) runs alone,
/// between two batches. A failure rolls back the whole batch it was in. Returns how many ran.
fn run_pending<C>(conn: &mut C, source: EmbeddedMigrations) -> anyhow::Result<usize>
where
    C: MigrationHarness<C::Backend> + diesel::Connection,
    EmbeddedMigrations: diesel::migration::MigrationSource<C::Backend>,
{
    let pending = conn.pending_migrations(source).map_err(|e| anyhow!("{e}"))?;
    let mut rest = pending.as_slice();
    while let Some(first) = rest.first() {
        let together = rest.iter().take_while(|m| m.metadata().run_in_transaction()).count();
        if together == 0 {
            conn.run_migration(first.as_ref()).map_err(|e| anyhow!("{}: {e}", first.name()))?;
            rest = &rest[1..];
            continue;
        }
        let (batch, after) = rest.split_at(together);
        conn.transaction::<_, anyhow::Error, _>(|conn| {
            for migration in batch {
                conn.run_migration(migration.as_ref()).map_err(|e| anyhow!("{}: {e}", migration.name()))?;
            }
            Ok(())
        })?;
        rest = after;
    }
    Ok(pending.len())
}

/// Whether the database lacks a migration of this binary's dialect (an instance of an older
/// version has it, or a migration was undone).
pub fn has_pending_migrations(conn: &mut DbConnection) -> anyhow::Result<bool> {
    let pending = match conn {
        DbConnection::Sqlite(c) => c.has_pending_migration(SQLITE_MIGRATIONS),
        DbConnection::Postgresql(c) => c.has_pending_migration(POSTGRES_MIGRATIONS),
    };
    pending.map_err(|e| anyhow!("cannot read the applied migrations: {e}"))
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    #[derive(QueryableByName)]
    struct CompileOption {
        #[diesel(sql_type = diesel::sql_types::Text)]
        compile_options: String,
    }

    /// A SQLite database in a temporary folder (kept as long as the folder is).
    fn sqlite_db() -> (tempfile::TempDir, super::Db) {
        let dir = tempfile::tempdir().unwrap();
        let db = super::Db::open(&format!("sqlite://{}", dir.path().join("t.db").display())).unwrap();
        (dir, db)
    }

    #[test]
    fn the_bundled_sqlite_keeps_its_plans_stable_so_limit_parameters_do_not_reprepare() {
        // `.cargo/config.toml` builds SQLite with SQLITE_ENABLE_QPSG; without it a statement
        // with `LIMIT ?` is prepared again at every execution.
        let (_dir, db) = sqlite_db();
        let options: Vec<CompileOption> =
            diesel::sql_query("PRAGMA compile_options").load(&mut *db.read().unwrap()).unwrap();
        assert!(options.iter().any(|o| o.compile_options == "ENABLE_QPSG"), "SQLite was built without ENABLE_QPSG");
    }

    #[test]
    fn a_reader_at_once_is_given_only_when_one_is_free_and_never_waits() {
        let (_dir, db) = sqlite_db();
        let mut held: Vec<_> = (0..super::SQLITE_READ_POOL_SIZE).map(|_| db.read().unwrap()).collect();
        let asked = std::time::Instant::now();
        assert!(db.read_at_once().is_none(), "every reader is in use");
        // `read` would wait up to the checkout timeout (seconds); this must not wait at all.
        assert!(asked.elapsed() < std::time::Duration::from_secs(1));
        held.pop();
        let mut conn = db.read_at_once().expect("a reader is free again");
        let one: i32 = diesel::select(1.into_sql::<diesel::sql_types::Integer>()).get_result(&mut *conn).unwrap();
        assert_eq!(one, 1);
    }
}
