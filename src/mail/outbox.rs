//! The outbox table. A message is claimed with a conditional UPDATE (a lease) before it is sent,
//! so with several instances on one database each message is sent by one of them; a message
//! whose sender died is taken again when its lease ends (delivery is at least once).

use diesel::prelude::*;

use super::RenderedMail;
use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::mail_outbox as o;

/// How long a claimed message is reserved for its sender.
pub const CLAIM_LEASE_SECS: i64 = 120;
/// After this many failed tries a message is given up (and stays in the table with its error).
pub const MAX_SEND_ATTEMPTS: i32 = 8;
/// The first retry waits this long; each further one twice as long.
const RETRY_BASE_SECS: i64 = 30;
/// The longest wait between retries.
const RETRY_MAX_SECS: i64 = 3600;
/// How many due messages one poll looks at.
const CLAIM_BATCH: i64 = 20;

/// A message claimed for sending.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = o)]
pub struct ClaimedMail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub attempts: i32,
    /// What to attach, rendered at send time: `certificate:<public id>`.
    pub attachment: Option<String>,
}

pub fn insert(
    conn: &mut DbConnection,
    to: &str,
    mail: &RenderedMail,
    now: UnixSecs,
    attachment: Option<&str>,
) -> QueryResult<()> {
    diesel::insert_into(o::table)
        .values((
            o::to_address.eq(to),
            o::subject.eq(&mail.subject),
            o::body_text.eq(&mail.text),
            o::body_html.eq(&mail.html),
            o::created_at.eq(now),
            o::next_attempt_at.eq(now),
            o::attachment.eq(attachment),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Claims the due messages that no other sender holds; returns what this caller now owns.
pub fn claim_due(conn: &mut DbConnection, now: UnixSecs) -> QueryResult<Vec<ClaimedMail>> {
    let due: Vec<i64> = o::table
        .filter(o::sent_at.is_null())
        .filter(o::failed_at.is_null())
        .filter(o::next_attempt_at.le(now))
        .filter(o::claimed_until.is_null().or(o::claimed_until.lt(now)))
        .order(o::id)
        .limit(CLAIM_BATCH)
        .select(o::id)
        .load(conn)?;
    let mut claimed = Vec::new();
    for id in due {
        let won = diesel::update(o::table)
            .filter(o::id.eq(id))
            .filter(o::sent_at.is_null())
            .filter(o::claimed_until.is_null().or(o::claimed_until.lt(now)))
            .set((o::claimed_until.eq(now + CLAIM_LEASE_SECS), o::attempts.eq(o::attempts + 1)))
            .returning((o::id, o::to_address, o::subject, o::body_text, o::body_html, o::attempts, o::attachment))
            .get_result::<ClaimedMail>(conn)
            .optional()?;
        claimed.extend(won);
    }
    Ok(claimed)
}

pub fn mark_sent(conn: &mut DbConnection, id: i64, now: UnixSecs) -> QueryResult<()> {
    diesel::update(o::table.filter(o::id.eq(id)))
        .set((o::sent_at.eq(now), o::claimed_until.eq(None::<i64>), o::last_error.eq(None::<String>)))
        .execute(conn)
        .map(|_| ())
}

/// Records a failed try: retried later with backoff, or given up after `MAX_SEND_ATTEMPTS`.
pub fn mark_failed(conn: &mut DbConnection, mail: &ClaimedMail, error: &str, now: UnixSecs) -> QueryResult<()> {
    let give_up = mail.attempts >= MAX_SEND_ATTEMPTS;
    diesel::update(o::table.filter(o::id.eq(mail.id)))
        .set((
            o::claimed_until.eq(None::<i64>),
            o::last_error.eq(error),
            o::next_attempt_at.eq(now + retry_delay_secs(mail.attempts)),
            o::failed_at.eq(give_up.then_some(now)),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A message as the admin outbox page lists it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = o)]
pub struct OutboxRow {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub created_at: i64,
    pub attempts: i32,
    pub next_attempt_at: i64,
    pub claimed_until: Option<i64>,
    pub sent_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_error: Option<String>,
    pub attachment: Option<String>,
}

impl OutboxRow {
    /// `sent`, `failed` (given up), `sending` (claimed), `retrying` (failed before, due again)
    /// or `queued`.
    pub fn status(&self, now: UnixSecs) -> &'static str {
        if self.sent_at.is_some() {
            "sent"
        } else if self.failed_at.is_some() {
            "failed"
        } else if self.claimed_until.is_some_and(|c| c >= now) {
            "sending"
        } else if self.last_error.is_some() {
            "retrying"
        } else {
            "queued"
        }
    }
}

/// The newest messages, optionally only those not sent yet.
pub fn list(conn: &mut DbConnection, unsent_only: bool, limit: i64) -> QueryResult<Vec<OutboxRow>> {
    let mut query = o::table.order(o::id.desc()).limit(limit).select(OutboxRow::as_select()).into_boxed();
    if unsent_only {
        query = query.filter(o::sent_at.is_null());
    }
    query.load(conn)
}

/// How many messages are waiting, and how many were given up.
pub fn counts(conn: &mut DbConnection) -> QueryResult<(i64, i64)> {
    let waiting = o::table.filter(o::sent_at.is_null()).filter(o::failed_at.is_null()).count().get_result(conn)?;
    let failed = o::table.filter(o::sent_at.is_null()).filter(o::failed_at.is_not_null()).count().get_result(conn)?;
    Ok((waiting, failed))
}

/// Sends a message that was given up (or is waiting for a retry) again now, with a fresh count
/// of tries. A sent message, or one a sender holds right now, is left as it is (returns false).
pub fn retry(conn: &mut DbConnection, id: i64, now: UnixSecs) -> QueryResult<bool> {
    diesel::update(o::table)
        .filter(o::id.eq(id))
        .filter(o::sent_at.is_null())
        .filter(o::claimed_until.is_null().or(o::claimed_until.lt(now)))
        .set((o::failed_at.eq(None::<i64>), o::next_attempt_at.eq(now), o::attempts.eq(0)))
        .execute(conn)
        .map(|n| n == 1)
}

/// Seconds in a day.
const DAY_SECS: i64 = 86_400;

/// Removes the bodies of the messages sent (or given up) more than `retention_days` before
/// `now`; subject, recipient and dates stay. A message still waiting keeps its body. Returns how
/// many bodies were removed (a second run removes none).
pub fn remove_old_bodies(conn: &mut DbConnection, now: UnixSecs, retention_days: i64) -> QueryResult<usize> {
    let before = now - retention_days * DAY_SECS;
    let old = o::sent_at.le(before).or(o::sent_at.is_null().and(o::failed_at.le(before)));
    diesel::update(o::table)
        .filter(old)
        .filter(o::body_text.ne("").or(o::body_html.ne("")))
        .set((o::body_text.eq(""), o::body_html.eq("")))
        .execute(conn)
}

/// Removes the bodies of every message to `address` and replaces the address with `replacement`;
/// a message not sent yet is given up (it is not sent without its body). For an erased account.
pub fn forget_recipient(
    conn: &mut DbConnection,
    address: &str,
    replacement: &str,
    now: UnixSecs,
) -> QueryResult<usize> {
    diesel::update(
        o::table.filter(o::to_address.eq(address)).filter(o::sent_at.is_null()).filter(o::failed_at.is_null()),
    )
    .set((o::failed_at.eq(now), o::last_error.eq("Not sent: the recipient's account was erased.")))
    .execute(conn)?;
    diesel::update(o::table.filter(o::to_address.eq(address)))
        .set((
            o::to_address.eq(replacement),
            o::body_text.eq(""),
            o::body_html.eq(""),
            o::attachment.eq(None::<String>),
        ))
        .execute(conn)
}

/// A message to one person, as their data export lists it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = o)]
pub struct SentToRow {
    pub subject: String,
    pub body_text: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// The messages to `address`, oldest first.
pub fn sent_to(conn: &mut DbConnection, address: &str) -> QueryResult<Vec<SentToRow>> {
    o::table.filter(o::to_address.eq(address)).order(o::id).select(SentToRow::as_select()).load(conn)
}

/// 30 s, 60 s, 120 s … capped at an hour.
pub fn retry_delay_secs(attempts: i32) -> i64 {
    let exp = attempts.clamp(1, 16) - 1;
    (RETRY_BASE_SECS << exp).min(RETRY_MAX_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_up_to_an_hour() {
        assert_eq!(retry_delay_secs(1), 30);
        assert_eq!(retry_delay_secs(2), 60);
        assert_eq!(retry_delay_secs(4), 240);
        assert_eq!(retry_delay_secs(8), 3600);
        assert_eq!(retry_delay_secs(40), 3600);
    }
}
