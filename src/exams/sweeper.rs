//! Closes attempts whose time is up (deadline + grace) within a minute, on every instance; each
//! attempt is graded once, whichever instance gets there first (a conditional UPDATE).

use std::time::Duration;

use crate::clock::SharedClock;
use crate::db::Db;
use crate::mail::Mailer;

/// How often the sweeper looks for expired attempts.
pub const SWEEP_INTERVAL_SECS: u64 = 20;

/// Runs until the runtime stops.
pub async fn run(db: Db, mailer: Mailer, clock: SharedClock) {
    loop {
        tokio::time::sleep(Duration::from_secs(SWEEP_INTERVAL_SECS)).await;
        let (db, mailer, now) = (db.clone(), mailer.clone(), clock.now());
        let swept = tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
            Ok(super::attempts::sweep(&mut *db.write()?, &mailer, now)?)
        })
        .await;
        match swept {
            Ok(Ok(0)) => {}
            Ok(Ok(n)) => tracing::info!(closed = n, "expired exam attempts graded"),
            Ok(Err(e)) => tracing::warn!(error = format!("{e:#}"), "exam sweeper"),
            Err(e) => tracing::warn!(error = %e, "exam sweeper"),
        }
    }
}
