//! A tiny heartbeat registry of the background workers (mail, exam sweeper, xAPI, LTI scores).
//!
//! Each worker is spawned through [`Workers::watch`], which stamps the worker's last tick every
//! time its task runs (each wake of its loop: a timer, a notification, a finished query). A
//! worker that stops, panics or hangs stops ticking, and `/readyz` names it once its last tick is
//! older than [`WORKER_STALE_AFTER_SECS`]. The workers themselves need no change to be watched.
//! Ticks use the monotonic process clock, not the application clock (tests move that one).

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use crate::clock::monotonic_ms;
use std::task::{Context, Poll};

/// A worker whose last tick is older than this is reported dead. Every worker wakes at least
/// every 20 s (the exam sweeper's interval), most every second.
pub const WORKER_STALE_AFTER_SECS: i64 = 60;

/// The last tick of a worker that has stopped (its task ended or panicked).
const STOPPED: i64 = i64::MIN;

/// A worker's name and its last tick (monotonic milliseconds).
type Tick = (&'static str, Arc<AtomicI64>);

/// The workers of one application and their last ticks.
#[derive(Clone, Default)]
pub struct Workers {
    ticks: Arc<Mutex<Vec<Tick>>>,
}

/// How a worker is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Liveness {
    Alive,
    Dead,
}

impl Workers {
    /// Registers a worker under `name` and returns its task wrapped so that it ticks.
    pub fn watch<F: Future<Output = ()>>(&self, name: &'static str, task: F) -> Watched<F> {
        let tick = Arc::new(AtomicI64::new(monotonic_ms()));
        if let Ok(mut ticks) = self.ticks.lock() {
            ticks.push((name, tick.clone()));
        }
        Watched { task: Box::pin(task), tick }
    }

    /// Every worker by name, alive or dead now.
    pub fn status(&self) -> Vec<(&'static str, Liveness)> {
        self.status_at(monotonic_ms())
    }

    fn status_at(&self, now_ms: i64) -> Vec<(&'static str, Liveness)> {
        let Ok(ticks) = self.ticks.lock() else { return Vec::new() };
        ticks
            .iter()
            .map(|(name, tick)| {
                let last = tick.load(Ordering::Relaxed);
                let alive = last != STOPPED && now_ms.saturating_sub(last) <= WORKER_STALE_AFTER_SECS * 1000;
                (*name, if alive { Liveness::Alive } else { Liveness::Dead })
            })
            .collect()
    }
}

/// A worker's task that stamps its tick on every run, and marks itself stopped when it ends.
pub struct Watched<F> {
    task: Pin<Box<F>>,
    tick: Arc<AtomicI64>,
}

impl<F: Future<Output = ()>> Future for Watched<F> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.tick.store(monotonic_ms(), Ordering::Relaxed);
        self.task.as_mut().poll(cx)
    }
}

impl<F> Drop for Watched<F> {
    /// Runs when the task ends, returns or unwinds from a panic.
    fn drop(&mut self) {
        self.tick.store(STOPPED, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_worker_that_ticks_is_alive_and_one_that_stops_is_dead() {
        let workers = Workers::default();
        let ticking = tokio::spawn(workers.watch("mail", std::future::pending::<()>()));
        tokio::spawn(workers.watch("sweeper", async {})).await.unwrap();
        tokio::task::yield_now().await;
        let status = workers.status();
        assert_eq!(status, vec![("mail", Liveness::Alive), ("sweeper", Liveness::Dead)]);
        ticking.abort();
    }

    #[test]
    fn a_worker_silent_for_longer_than_the_limit_is_dead() {
        let workers = Workers::default();
        drop(workers.watch("stopped", async {}));
        let watched = workers.watch("late", async {});
        let last = watched.tick.load(Ordering::Relaxed);
        let later = last + WORKER_STALE_AFTER_SECS * 1000 + 1;
        let status = workers.status_at(later);
        assert_eq!(status, vec![("stopped", Liveness::Dead), ("late", Liveness::Dead)]);
        assert_eq!(workers.status_at(last)[1], ("late", Liveness::Alive));
        drop(watched);
    }
}
