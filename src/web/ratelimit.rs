//! A per-client request limit for public lookups (credential verification, Open Badges
//! documents), so that credential ids cannot be enumerated at speed. Counted per instance in
//! fixed one-minute windows; behind a load balancer each instance counts its own share.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::clock::UnixSecs;

/// Lookups per client address and minute.
pub const VERIFY_LOOKUPS_PER_MINUTE: u32 = 60;
/// Above this many tracked addresses, finished windows are dropped.
const PRUNE_ABOVE: usize = 10_000;

/// Fixed-window counters per client.
pub struct RateLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<String, (UnixSecs, u32)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        RateLimiter { per_minute, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts a request; `Err(seconds)` when the client is over the limit, with the seconds
    /// until its window ends (for `Retry-After`).
    pub fn check(&self, client: &str, now: UnixSecs) -> Result<(), i64> {
        let window = now - now.rem_euclid(60);
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > PRUNE_ABOVE {
            windows.retain(|_, (start, _)| *start == window);
        }
        let entry = windows.entry(client.to_owned()).or_insert((window, 0));
        if entry.0 != window {
            *entry = (window, 0);
        }
        if entry.1 >= self.per_minute {
            return Err(window + 60 - now);
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_the_limit_waits_for_the_next_minute() {
        let limiter = RateLimiter::new(3);
        for _ in 0..3 {
            limiter.check("a", 120).unwrap();
        }
        assert_eq!(limiter.check("a", 150), Err(30));
        limiter.check("b", 150).unwrap();
        limiter.check("a", 180).unwrap();
    }
}
