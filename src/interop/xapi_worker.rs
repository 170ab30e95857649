//! Posts queued statements to the LRS in batches (`POST <url>statements`, HTTP Basic,
//! `X-Experience-API-Version: 1.0.3`), claiming each batch with a lease so that several
//! instances never send the same one at once. A failed batch is retried with backoff; a batch
//! resent after a crash is harmless because each statement keeps its id.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use super::outbound::{self, Queue};
use super::xapi::{XAPI_VERSION, XapiSettings};
use crate::clock::SharedClock;
use crate::db::Db;

/// Statements per POST.
pub const BATCH: i64 = 100;
/// How long a claimed batch is reserved for this instance.
pub const LEASE_SECS: i64 = 60;
/// How long a POST may take.
pub const REQUEST_TIMEOUT_SECS: u64 = 20;
/// How often the queue is polled when nothing wakes the worker.
pub const POLL_INTERVAL_SECS: u64 = 1;

/// Runs until the runtime stops.
pub async fn run(db: Db, settings: Arc<XapiSettings>, clock: SharedClock, wake: Arc<Notify>) {
    let client = match reqwest::Client::builder().timeout(Duration::from_secs(REQUEST_TIMEOUT_SECS)).build() {
        Ok(client) => client,
        Err(e) => {
            tracing::error!(error = %e, "xAPI: no HTTP client; statements stay queued");
            return;
        }
    };
    loop {
        match send_due(&db, &client, &settings, &clock).await {
            Ok(sent) if sent > 0 => continue,
            Ok(_) => {}
            Err(e) => tracing::warn!(error = format!("{e:#}"), "xAPI queue"),
        }
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(Duration::from_secs(POLL_INTERVAL_SECS)) => {}
        }
    }
}

/// Sends one batch of due statements; returns how many were sent.
pub async fn send_due(
    db: &Db,
    client: &reqwest::Client,
    settings: &XapiSettings,
    clock: &SharedClock,
) -> anyhow::Result<usize> {
    let (db2, clock2) = (db.clone(), clock.clone());
    let batch = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        Ok(outbound::claim_due(&mut *db2.write()?, Queue::XapiStatements, clock2.now(), BATCH, LEASE_SECS)?)
    })
    .await??;
    if batch.is_empty() {
        return Ok(0);
    }
    let body = format!("[{}]", batch.iter().map(|row| row.body.as_str()).collect::<Vec<_>>().join(","));
    let response = client
        .post(format!("{}statements", settings.url))
        .basic_auth(&settings.user, Some(&settings.password))
        .header("X-Experience-API-Version", XAPI_VERSION)
        .header("Content-Type", "application/json")
        .body(body)
        .send()
        .await;
    let outcome = match response {
        Ok(r) if r.status().is_success() => Ok(()),
        Ok(r) => {
            let status = r.status();
            let text = r.text().await.unwrap_or_default();
            Err(format!("the LRS answered {status}: {}", text.chars().take(500).collect::<String>()))
        }
        Err(e) => Err(format!("the LRS could not be reached: {e}")),
    };
    let count = batch.len();
    let (db2, clock2) = (db.clone(), clock.clone());
    let sent = outcome.is_ok();
    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut conn = db2.write()?;
        match outcome {
            Ok(()) => {
                let ids: Vec<i64> = batch.iter().map(|row| row.id).collect();
                outbound::mark_sent(&mut conn, Queue::XapiStatements, &ids, clock2.now())?
            }
            Err(error) => {
                tracing::warn!(statements = batch.len(), error, "xAPI batch not sent");
                let rows: Vec<(i64, i32)> = batch.iter().map(|row| (row.id, row.tries)).collect();
                outbound::mark_failed(&mut conn, Queue::XapiStatements, &rows, &error, clock2.now())?;
            }
        }
        Ok(())
    })
    .await??;
    Ok(if sent { count } else { 0 })
}
