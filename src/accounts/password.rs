//! Password hashing with argon2id and explicit parameters, on a bounded set of threads.
//!
//! Each hash or check takes 19 MiB of memory. Run on whatever thread asks, a login storm would
//! spread them over the blocking pool's threads, each keeping its 19 MiB in its allocator arena
//! afterwards (hundreds of MB). Instead every hash and check runs on one of
//! one long-lived thread per core (at most [`MAX_HASHER_THREADS`]): a storm queues (each check
//! takes ~20 ms on this hardware) and memory stays at one 19 MiB block per hasher.

use anyhow::anyhow;
use argon2::password_hash::SaltString;
use argon2::password_hash::rand_core::OsRng;
use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};

/// Memory cost in KiB (OWASP's argon2id baseline).
const ARGON2_MEMORY_KIB: u32 = 19_456;
/// Passes over memory.
const ARGON2_ITERATIONS: u32 = 2;
/// Lanes.
const ARGON2_PARALLELISM: u32 = 1;

fn hasher() -> anyhow::Result<Argon2<'static>> {
    let params = Params::new(ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_PARALLELISM, None)
        .map_err(|e| anyhow!("argon2 parameters: {e}"))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Threads that hash and check passwords: one per core, at most this many (more would only
/// hold more 19 MiB blocks, not hash faster).
pub const MAX_HASHER_THREADS: usize = 4;

fn hasher_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from).clamp(1, MAX_HASHER_THREADS)
}

type Job = Box<dyn FnOnce() + Send>;

/// Runs `f` on a hasher thread and waits for its result (from a blocking context, never from
/// an async task); `None` if the hashers are gone (they never stop while the process runs).
fn on_hasher<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> Option<R> {
    use std::sync::{Arc, Mutex, OnceLock, mpsc};
    static QUEUE: OnceLock<Option<Mutex<mpsc::Sender<Job>>>> = OnceLock::new();
    let queue = QUEUE.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..hasher_threads() {
            let rx = rx.clone();
            let next = move || rx.lock().ok().and_then(|rx| rx.recv().ok());
            let spawned = std::thread::Builder::new().name(format!("password-hasher-{i}")).spawn(move || {
                while let Some(job) = next() {
                    job();
                }
            });
            if let Err(e) = spawned {
                tracing::error!("cannot start a password hasher: {e}");
                return None;
            }
        }
        Some(Mutex::new(tx))
    });
    let (reply, answer) = mpsc::sync_channel(1);
    let job: Job = Box::new(move || {
        let _ = reply.send(f());
    });
    queue.as_ref()?.lock().ok()?.send(job).ok()?;
    answer.recv().ok()
}

/// The PHC string of a password, with a fresh random salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let password = password.to_owned();
    on_hasher(move || hash_here(&password)).unwrap_or_else(|| Err(anyhow!("the password hashers have stopped")))
}

fn hash_here(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow!("cannot hash a password: {e}"))
}

/// A PHC string with the parameters of real hashes and a random salt and output, made without
/// hashing (no password is behind it): checking a password against it costs what a real check
/// costs and never succeeds. Unknown e-mail addresses are checked against it, so that a login's
/// answer and timing do not tell whether an account exists.
pub fn decoy_hash() -> anyhow::Result<String> {
    use argon2::password_hash::Output;
    use argon2::password_hash::rand_core::RngCore;
    let salt = SaltString::generate(&mut OsRng);
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let output = Output::new(&bytes).map_err(|e| anyhow!("a decoy hash: {e}"))?;
    Ok(format!(
        "$argon2id$v=19$m={ARGON2_MEMORY_KIB},t={ARGON2_ITERATIONS},p={ARGON2_PARALLELISM}${}${output}",
        salt.as_str()
    ))
}

/// Whether `password` matches the PHC string `hash`. A malformed hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    let (password, hash) = (password.to_owned(), hash.to_owned());
    on_hasher(move || verify_here(&password, &hash)).unwrap_or(false)
}

fn verify_here(password: &str, hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    hasher().is_ok_and(|h| h.verify_password(password.as_bytes(), &parsed).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_is_argon2id_salted_and_verifies_only_its_password() {
        let a = hash_password("correct horse battery").unwrap();
        let b = hash_password("correct horse battery").unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify_password("correct horse battery", &a));
        assert!(!verify_password("correct horse battery!", &a));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn the_decoy_has_the_parameters_of_real_hashes_and_matches_nothing() {
        let decoy = decoy_hash().unwrap();
        let real = hash_password("correct horse battery").unwrap();
        let params = |phc: &str| phc.split('$').take(4).collect::<Vec<_>>().join("$");
        assert_eq!(params(&decoy), params(&real), "the same algorithm and cost");
        assert!(PasswordHash::new(&decoy).is_ok(), "well formed: {decoy}");
        assert_ne!(decoy, decoy_hash().unwrap());
        assert!(!verify_password("", &decoy) && !verify_password("correct horse battery", &decoy));
    }
}
