//! Closes attempts whose time is up (deadline + grace) within a minute, on every instance; each
//! attempt is graded once, whichever instance gets there first (a conditional UPDATE). Once an
//! hour the same loop sends the credentials' expiry reminders (each once, see
//! `credentials::reminders`) and removes the bodies of e-mails sent longer ago than the mail
//! retention (`ESS_MAIL_RETENTION_DAYS`).

use std::time::Duration;

use crate::clock::SharedClock;
use crate::db::Db;
use crate::mail::Mailer;

/// How often the sweeper looks for expired attempts.
pub const SWEEP_INTERVAL_SECS: u64 = 20;
/// How often expiry reminders are looked for.
pub const REMINDER_INTERVAL: Duration = Duration::from_secs(3600);

/// Runs until the runtime stops.
pub async fn run(db: Db, mailer: Mailer, clock: SharedClock, mail_retention_days: i64) {
    let mut reminders_due = std::time::Instant::now();
    loop {
        tokio::time::sleep(Duration::from_secs(SWEEP_INTERVAL_SECS)).await;
        let (db2, mailer2, now) = (db.clone(), mailer.clone(), clock.now());
        let swept = tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
            Ok(super::attempts::sweep(&mut *db2.write()?, &mailer2, now)?)
        })
        .await;
        match swept {
            Ok(Ok(0)) => {}
            Ok(Ok(n)) => tracing::info!(closed = n, "expired exam attempts graded"),
            Ok(Err(e)) => tracing::warn!(error = format!("{e:#}"), "exam sweeper"),
            Err(e) => tracing::warn!(error = %e, "exam sweeper"),
        }
        if std::time::Instant::now() >= reminders_due {
            reminders_due = std::time::Instant::now() + REMINDER_INTERVAL;
            let (retention_db, now) = (db.clone(), clock.now());
            let removed = tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
                Ok(crate::mail::outbox::remove_old_bodies(&mut *retention_db.write()?, now, mail_retention_days)?)
            })
            .await;
            match removed {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::info!(removed = n, "bodies of old e-mails removed"),
                Ok(Err(e)) => tracing::warn!(error = format!("{e:#}"), "mail retention"),
                Err(e) => tracing::warn!(error = %e, "mail retention"),
            }
            let (db, mailer, now) = (db.clone(), mailer.clone(), clock.now());
            let sent = tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
                let mut conn = db.write()?;
                let credentials = crate::credentials::reminders::send_due(&mut conn, &mailer, now)?;
                Ok(credentials + crate::partners::reminders::send_due(&mut conn, &mailer, now)?)
            })
            .await;
            match sent {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::info!(sent = n, "expiry and lapse reminders queued"),
                Ok(Err(e)) => tracing::warn!(error = format!("{e:#}"), "expiry reminders"),
                Err(e) => tracing::warn!(error = %e, "expiry reminders"),
            }
        }
    }
}
