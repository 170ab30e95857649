//! The sender: wakes when a message is queued (or every `POLL_INTERVAL_SECS`, for messages queued
//! by other instances and for retries), claims due messages and sends them.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use tokio::sync::Notify;

use super::transport::Transport;
use super::{AttachmentRenderer, outbox};
use crate::clock::SharedClock;
use crate::db::Db;

/// How often the outbox is polled when nothing wakes the worker.
pub const POLL_INTERVAL_SECS: u64 = 1;

/// Runs until the runtime stops.
pub async fn run(
    db: Db,
    transport: Transport,
    from: Mailbox,
    clock: SharedClock,
    wake: Arc<Notify>,
    attachments: AttachmentRenderer,
) {
    loop {
        if let Err(e) = send_due(&db, &transport, &from, &clock, &attachments).await {
            tracing::warn!(error = format!("{e:#}"), "mail outbox");
        }
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(Duration::from_secs(POLL_INTERVAL_SECS)) => {}
        }
    }
}

/// Sends every due message once; returns how many were sent.
pub async fn send_due(
    db: &Db,
    transport: &Transport,
    from: &Mailbox,
    clock: &SharedClock,
    attachments: &AttachmentRenderer,
) -> anyhow::Result<usize> {
    let (db2, clock2) = (db.clone(), clock.clone());
    let claimed = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        let mut conn = db2.write()?;
        Ok(outbox::claim_due(&mut conn, clock2.now())?)
    })
    .await??;
    let mut sent = 0;
    for mail in claimed {
        let result = match &mail.attachment {
            None => transport.send(from, &mail, None).await,
            Some(spec) => {
                let (render, spec) = (attachments.clone(), spec.clone());
                match tokio::task::spawn_blocking(move || render(&spec)).await {
                    Ok(Ok(file)) => transport.send(from, &mail, Some(file)).await,
                    Ok(Err(e)) => Err(e.context("cannot render the attachment")),
                    Err(e) => Err(anyhow::anyhow!("cannot render the attachment: {e}")),
                }
            }
        };
        let (db2, clock2) = (db.clone(), clock.clone());
        let ok = result.is_ok();
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            let mut conn = db2.write()?;
            match result {
                Ok(()) => outbox::mark_sent(&mut conn, mail.id, clock2.now())?,
                Err(e) => {
                    tracing::warn!(
                        to = mail.to_address,
                        attempt = mail.attempts,
                        error = format!("{e:#}"),
                        "e-mail not sent"
                    );
                    outbox::mark_failed(&mut conn, &mail, &format!("{e:#}"), clock2.now())?;
                }
            }
            Ok(())
        })
        .await??;
        sent += usize::from(ok);
    }
    Ok(sent)
}
