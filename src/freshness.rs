//! How in-memory copies of database rows stay exact enough to trust, on every instance.
//!
//! Two clocks of change:
//! - **This instance's writes**: a counter that the web layer raises after every request that
//!   may have changed something (any method but GET, HEAD and OPTIONS, except the few handlers that
//!   say they change neither accounts nor content). A copy made before the counter moved is not
//!   used again, so on the instance that made a change it is seen at once.
//! - **The content generation**: a number in the database that triggers raise with every change
//!   of courses, modules, revisions, knowledge checks, figures and translations, whoever made it
//!   (another instance, the CLI). A request that needs it reads it again when the value in hand
//!   is older than [`CONTENT_GENERATION_MAX_AGE_MS`] ms or a local write came after it (one single-row read;
//!   no background poller, so an idle instance does nothing); a page made from an older
//!   generation is not used again.
//!
//! Copies of accounts (the session check) also expire after [`ACCOUNT_TTL_MS`] ms, so a logout,
//! a password change or a disabled account on another instance is refused here within a second.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use diesel::prelude::*;

use crate::clock::monotonic_ms;
use crate::db::DbConnection;

/// How old the content generation in hand may be before a request reads it again.
pub const CONTENT_GENERATION_MAX_AGE_MS: i64 = 250;
/// How long a copy of an account is used for the session check.
pub const ACCOUNT_TTL_MS: u64 = 500;
/// Entries a cache holds at most; a full cache is emptied (a cheap, bounded policy for maps
/// whose working set is small: modules × languages, active accounts).
pub const MAX_ENTRIES: usize = 4096;

static LOCAL_WRITES: AtomicU64 = AtomicU64::new(0);

/// Says that a request of this instance may have changed accounts or content.
pub fn local_write() {
    LOCAL_WRITES.fetch_add(1, Ordering::SeqCst);
}

/// The count of this instance's writes so far.
pub fn local_writes() -> u64 {
    LOCAL_WRITES.load(Ordering::SeqCst)
}

/// Reads the content generation from the database.
pub fn read_generation(conn: &mut DbConnection) -> QueryResult<i64> {
    diesel::sql_query("SELECT value FROM content_generation WHERE id = 1")
        .get_result::<GenerationRow>(conn)
        .map(|r| r.value)
}

#[derive(QueryableByName)]
struct GenerationRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    value: i64,
}

/// The content generation as this instance last read it.
#[derive(Default)]
pub struct ContentGeneration {
    value: AtomicI64,
    /// [`local_writes`] when `value` was read (+1, so that 0 means "never read").
    read_after: AtomicU64,
    /// When `value` was read, in milliseconds on the process's monotonic clock.
    read_at_ms: AtomicI64,
}

impl ContentGeneration {
    /// The generation to use now: the one read less than [`CONTENT_GENERATION_MAX_AGE_MS`] ago with no local
    /// write since, else a fresh read (`read`).
    pub fn current(&self, read: impl FnOnce() -> anyhow::Result<i64>) -> anyhow::Result<i64> {
        if let Some(value) = self.known() {
            return Ok(value);
        }
        let (writes, at) = (local_writes(), monotonic_ms());
        let value = read()?;
        self.store(value, writes, at);
        Ok(self.value.load(Ordering::SeqCst))
    }

    /// The generation when it is known without a read: read less than [`CONTENT_GENERATION_MAX_AGE_MS`] ago,
    /// with no local write since.
    pub fn known(&self) -> Option<i64> {
        let fresh = self.read_after.load(Ordering::SeqCst) == local_writes() + 1
            && monotonic_ms().saturating_sub(self.read_at_ms.load(Ordering::SeqCst)) < CONTENT_GENERATION_MAX_AGE_MS;
        fresh.then(|| self.value.load(Ordering::SeqCst))
    }

    /// Records a value read after `writes` local writes, at `at_ms` (both taken before the read).
    /// Generations only rise.
    fn store(&self, value: i64, writes: u64, at_ms: i64) {
        self.value.fetch_max(value, Ordering::SeqCst);
        self.read_after.fetch_max(writes + 1, Ordering::SeqCst);
        self.read_at_ms.fetch_max(at_ms, Ordering::SeqCst);
    }
}

/// Values kept under the version of their source they were made at: the content generation for
/// what is made from content, an account's answers version for its answers.
pub struct Memo<K, V> {
    entries: RwLock<HashMap<K, (i64, Arc<V>)>>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo { entries: RwLock::new(HashMap::new()) }
    }
}

impl<K: Eq + Hash, V> Memo<K, V> {
    /// The value kept for `key` if it was made at `generation`.
    pub fn get(&self, key: &K, generation: i64) -> Option<Arc<V>> {
        let entries = self.entries.read().ok()?;
        entries.get(key).filter(|(g, _)| *g == generation).map(|(_, v)| v.clone())
    }

    /// Keeps a value made at `generation` (read before the value was made).
    pub fn put(&self, key: K, generation: i64, value: Arc<V>) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES {
                entries.retain(|_, (g, _)| *g >= generation);
                if entries.len() >= MAX_ENTRIES {
                    entries.clear();
                }
            }
            entries.insert(key, (generation, value));
        }
    }
}

/// A copy: when it was read, after how many local writes, and the value.
type Copy<V> = (Instant, u64, Arc<V>);

/// Copies of rows that expire after a time and after any local write (accounts).
pub struct Recent<K, V> {
    ttl: Duration,
    /// Copies kept at most.
    limit: usize,
    entries: RwLock<HashMap<K, Copy<V>>>,
}

impl<K: Eq + Hash, V> Recent<K, V> {
    pub fn new(ttl: Duration) -> Self {
        Recent::bounded(ttl, MAX_ENTRIES)
    }

    /// Keeps at most `limit` copies (for large values).
    pub fn bounded(ttl: Duration, limit: usize) -> Self {
        Recent { ttl, limit: limit.max(1), entries: RwLock::new(HashMap::new()) }
    }

    /// Drops the copy of `key` (after a change to it that is not counted as a local write).
    pub fn forget(&self, key: &K) {
        if let Ok(mut entries) = self.entries.write() {
            entries.remove(key);
        }
    }

    /// The copy of `key` if it is younger than the time limit and no local write came after it.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        let entries = self.entries.read().ok()?;
        let (at, writes, value) = entries.get(key)?;
        (*writes == local_writes() && at.elapsed() < self.ttl).then(|| value.clone())
    }

    /// Keeps a copy read after `writes` local writes, at `read_at` (both taken before the read).
    pub fn put(&self, key: K, read_at: Instant, writes: u64, value: Arc<V>) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= self.limit {
                let ttl = self.ttl;
                entries.retain(|_, (at, _, _)| at.elapsed() < ttl);
                if entries.len() >= self.limit {
                    entries.clear();
                }
            }
            entries.insert(key, (read_at, writes, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memo_gives_only_what_was_made_at_the_generation_asked() {
        let memo: Memo<&str, String> = Memo::default();
        memo.put("m", 3, Arc::new("page".into()));
        assert_eq!(memo.get(&"m", 3).as_deref().map(String::as_str), Some("page"));
        assert!(memo.get(&"m", 4).is_none(), "a newer generation makes it stale");
        assert!(memo.get(&"other", 3).is_none());
    }

    #[test]
    fn a_recent_copy_expires_with_time_and_with_a_local_write() {
        let recent: Recent<i64, &str> = Recent::new(Duration::from_millis(200));
        let writes = local_writes();
        recent.put(1, Instant::now(), writes, Arc::new("ada"));
        // Other tests of the process may write meanwhile: only check when none did.
        if local_writes() == writes {
            assert_eq!(recent.get(&1).as_deref(), Some(&"ada"));
        }
        local_write();
        assert!(recent.get(&1).is_none(), "a local write ends every copy");
        recent.put(2, Instant::now() - Duration::from_millis(300), local_writes(), Arc::new("old"));
        assert!(recent.get(&2).is_none(), "older than the time limit");
    }

    #[test]
    fn a_recent_copy_can_be_forgotten_and_a_bounded_store_keeps_no_more_than_its_limit() {
        let recent: Recent<i64, i64> = Recent::bounded(Duration::from_secs(60), 3);
        let writes = local_writes();
        for key in 0..3 {
            recent.put(key, Instant::now(), writes, Arc::new(key));
        }
        recent.forget(&1);
        assert!(recent.get(&1).is_none(), "forgotten");
        recent.put(3, Instant::now(), writes, Arc::new(3));
        recent.put(4, Instant::now(), writes, Arc::new(4));
        let kept = recent.entries.read().unwrap().len();
        assert!(kept <= 3, "{kept} copies kept over a limit of 3");
        assert!(recent.entries.read().unwrap().contains_key(&4), "the newest is kept");
    }

    #[test]
    fn the_generation_is_read_again_after_a_local_write() {
        let generation = ContentGeneration::default();
        assert_eq!(generation.current(|| Ok(5)).unwrap(), 5, "the first use reads");
        local_write();
        assert_eq!(generation.current(|| Ok(7)).unwrap(), 7, "read again after a write");
        // Generations never go back, whatever an older read says.
        generation.store(6, local_writes(), monotonic_ms());
        assert_eq!(generation.current(|| Ok(0)).unwrap(), 7);
        // A value older than the limit is read again.
        generation.read_at_ms.store(0, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(CONTENT_GENERATION_MAX_AGE_MS.unsigned_abs() + 5));
        assert_eq!(generation.current(|| Ok(9)).unwrap(), 9);
    }
}
