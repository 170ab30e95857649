//! How the C allocator (glibc's malloc) serves the server, set once by the binary at start.
//!
//! Two of glibc's defaults cost this server most of its memory (measured, `BENCHMARKS.md`,
//! issue 15):
//! - **the mmap threshold moves.** A block above it is mapped on its own and unmapped when
//!   freed, but each such free raises the threshold to the block's size (up to 32 MiB). After
//!   the first password hash (argon2id's 19 MiB), every later one was carved from a thread's
//!   arena instead, and fragmentation kept most of them resident: +19 MB per registration,
//!   512 MB after a journey of 40 registrations and their kit files. A fixed threshold stops the
//!   adjustment: large blocks (hashes, badge pixmaps) go back to the system when freed.
//! - **arenas per thread**, up to eight per core: each blocking thread that renders a file
//!   keeps what it freed in its own arena. Two arenas are enough for two cores.
//!
//! Freed memory inside an arena stays resident until the allocator is asked to give it back:
//! [`trim`] does, after work that allocates a lot once (the course import at start).
//!
//! `mallopt` and `malloc_trim` are C and the only `unsafe` in the crate.

/// Blocks of at least this many bytes are mapped on their own and returned when freed.
pub const MMAP_THRESHOLD_BYTES: i32 = 4 << 20;
/// At most this many malloc arenas.
pub const MAX_ARENAS: i32 = 2;

/// Applies the settings above; whether the allocator took them (false where it is not glibc).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code, reason = "mallopt is C: called once, before any thread starts, with constant arguments")]
pub fn tune() -> bool {
    // SAFETY: mallopt only sets parameters of the allocator and is given valid ones; the binary
    // calls this first thing in `main`, before the runtime and its threads exist.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1
            && libc::mallopt(libc::M_ARENA_MAX, MAX_ARENAS) == 1
    }
}

/// Applies the settings above; whether the allocator took them (false where it is not glibc).
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn tune() -> bool {
    false
}

/// Gives the free pages of every arena back to the system (glibc's `malloc_trim`); whether any
/// was given back. For after one-off work that allocated a lot: it walks every arena, so it is
/// not for each request.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code, reason = "malloc_trim is C: thread-safe, no arguments but the padding to keep")]
pub fn trim() -> bool {
    // SAFETY: malloc_trim takes the allocator's own locks and touches only free memory.
    unsafe { libc::malloc_trim(0) == 1 }
}

/// Gives the free pages of every arena back to the system; false where the allocator is not glibc.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn trim() -> bool {
    false
}
