//! Backups and restores of the embedded (SQLite) database, for `ess-academy backup` and
//! `ess-academy restore`. PostgreSQL has its own tools (`pg_dump`, `pg_restore`).
//!
//! A backup is `VACUUM INTO`: a consistent snapshot taken in one read transaction, so the server
//! keeps serving (WAL lets it write meanwhile). It is written under a temporary name beside the
//! target, synced, then linked to the target name, which is never overwritten.
//!
//! Whether the database is in use is told by a lock file beside it (`<database>.lock`): every
//! process that opens the database through `Db::open` (a server, any other command) holds a
//! *shared* advisory lock on it while it runs; a restore takes the *exclusive* lock without
//! waiting, and so is refused while anything uses the database. The operating system drops the
//! lock when a process ends, even by `kill -9`, so no stale lock survives a crash (unlike a PID
//! file), and a server that starts while a restore runs is refused until it has finished.
//! SQLite's own locks cannot tell this: an idle server holds none.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

/// How long a backup waits for a lock held by a writer.
const BACKUP_BUSY_TIMEOUT_MS: u32 = 10_000;
/// The table diesel keeps the applied migrations in: every database of this app has it.
const MIGRATIONS_TABLE: &str = "__diesel_schema_migrations";

/// The lock file of a database file.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

fn open_lock(database: &Path) -> anyhow::Result<File> {
    let path = lock_path(database);
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .with_context(|| format!("cannot open the lock file {}", path.display()))
}

/// Marks the database as in use for as long as the returned file is open (a shared lock).
pub fn lock_in_use(database: &Path) -> anyhow::Result<File> {
    let file = open_lock(database)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => bail!(
            "the database {} is being restored (`ess-academy restore` holds {}); start again when it has finished",
            database.display(),
            lock_path(database).display()
        ),
        Err(TryLockError::Error(e)) => Err(e).with_context(|| format!("cannot lock {}", lock_path(database).display())),
    }
}

/// A file name beside `target` for work in progress.
fn temporary_beside(target: &Path, what: &str) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!(".{name}.{what}-{}", uuid::Uuid::new_v4().simple()))
}

fn sync_parent(path: &Path) -> anyhow::Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    #[cfg(unix)]
    File::open(parent).and_then(|dir| dir.sync_all()).with_context(|| format!("cannot sync {}", parent.display()))?;
    Ok(())
}

fn connect(path: &Path) -> anyhow::Result<SqliteConnection> {
    let path_str = path.to_str().context("the SQLite path is not valid UTF-8")?;
    let mut conn = SqliteConnection::establish(path_str).with_context(|| format!("cannot open {}", path.display()))?;
    conn.batch_execute(&format!("PRAGMA busy_timeout = {BACKUP_BUSY_TIMEOUT_MS};"))?;
    Ok(conn)
}

/// Writes a consistent copy of the database to `target` (which must not exist); returns its size
/// in bytes. Safe while a server runs.
pub fn backup(database: &Path, target: &Path) -> anyhow::Result<u64> {
    if target.exists() {
        bail!("{} exists already: name a new file (a backup never overwrites one)", target.display());
    }
    if !database.is_file() {
        bail!("there is no database at {}", database.display());
    }
    let _in_use = lock_in_use(database)?;
    let partial = temporary_beside(target, "partial");
    let result = (|| -> anyhow::Result<u64> {
        let mut conn = connect(database)?;
        let quoted = partial.to_str().context("the backup path is not valid UTF-8")?.replace('\'', "''");
        conn.batch_execute(&format!("VACUUM INTO '{quoted}'"))
            .with_context(|| format!("cannot write the backup to {}", partial.display()))?;
        drop(conn);
        let file = File::open(&partial)?;
        file.sync_all().context("cannot sync the backup")?;
        let size = file.metadata()?.len();
        // A hard link fails if the target appeared meanwhile: nothing is ever overwritten.
        std::fs::hard_link(&partial, target)
            .with_context(|| format!("cannot create {} (does it exist now?)", target.display()))?;
        sync_parent(target)?;
        Ok(size)
    })();
    let _ = std::fs::remove_file(&partial);
    result
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct CheckLine {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

/// Checks that `file` is a sound SQLite database of this application.
pub fn verify(file: &Path) -> anyhow::Result<()> {
    let mut conn = connect(file)?;
    let tables = diesel::sql_query("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = $1")
        .bind::<Text, _>(MIGRATIONS_TABLE)
        .get_result::<Count>(&mut conn)
        .map_err(|e| anyhow::anyhow!("{} is not an SQLite database ({e})", file.display()))?;
    if tables.n != 1 {
        bail!("{} is an SQLite database, but not one of ESS Academy (it has no {MIGRATIONS_TABLE})", file.display());
    }
    let lines = diesel::sql_query("PRAGMA integrity_check")
        .load::<CheckLine>(&mut conn)
        .with_context(|| format!("cannot check {}", file.display()))?;
    if lines.len() != 1 || lines[0].integrity_check != "ok" {
        let problems: Vec<String> = lines.into_iter().take(5).map(|l| l.integrity_check).collect();
        bail!("{} fails the integrity check: {}", file.display(), problems.join("; "));
    }
    Ok(())
}

/// Replaces the database with the backup `source`, once it is checked; refused while the
/// database is in use. The swap is atomic: a copy is checked and synced beside the database,
/// then renamed over it.
pub fn restore(database: &Path, source: &Path) -> anyhow::Result<()> {
    if !source.is_file() {
        bail!("there is no backup file at {}", source.display());
    }
    if let Some(parent) = database.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let lock = open_lock(database)?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => bail!(
            "the database {} is in use: stop the server (and any other ess-academy command using it), then restore",
            database.display()
        ),
        Err(TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("cannot lock {}", lock_path(database).display()));
        }
    }
    let incoming = temporary_beside(database, "restore");
    let result = (|| -> anyhow::Result<()> {
        std::fs::copy(source, &incoming)
            .with_context(|| format!("cannot copy {} beside the database", source.display()))?;
        verify(&incoming)?;
        File::open(&incoming).and_then(|f| f.sync_all()).context("cannot sync the restored copy")?;
        if database.exists() {
            // Fold the old write-ahead log into the old file and end it, so that no stale
            // `-wal` can ever be replayed onto the restored database.
            if let Ok(mut old) = connect(database) {
                let _ = old.batch_execute("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = database.as_os_str().to_owned();
            name.push(suffix);
            match std::fs::remove_file(PathBuf::from(&name)) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e).with_context(|| format!("cannot remove {}", PathBuf::from(name).display())),
            }
        }
        std::fs::rename(&incoming, database)
            .with_context(|| format!("cannot move the restored copy to {}", database.display()))?;
        sync_parent(database)
    })();
    let _ = std::fs::remove_file(&incoming);
    drop(lock);
    result
}
