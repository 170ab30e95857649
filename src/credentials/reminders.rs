//! Expiry and renewal reminders: "renewal is open" when a credential's renewal window opens,
//! reminders 90, 60 and 30 days before it expires (saying when the window opens, or that it is
//! open, with a link to the renewal page), and "your credential expired; N days of grace left"
//! once it has expired. The check runs on every instance (with the exam sweeper); each reminder
//! is a row with a primary key of credential and threshold (0 for the window, -1 for the grace
//! mail), inserted in the same transaction as its e-mail, so whichever instance inserts it sends
//! it, once. A renewal or a change of expiry clears the rows, so the next year's reminders go
//! out again. A credential first seen inside a nearer threshold (the job was down, or the
//! credential is short-lived) gets only the nearest reminder, not all of them at once.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer};
use serde::Serialize;

use super::lifecycle::{Phase, Rules};
use crate::clock::UnixSecs;
use crate::db::schema::{credential_reminders as rem, credentials as cr, users as u};
use crate::db::{self, DbConnection};
use crate::mail::Mailer;

/// Days before expiry, nearest last.
pub const THRESHOLDS_DAYS: [i32; 3] = [90, 60, 30];
/// The key of the "renewal is open" mail.
const WINDOW_KEY: i32 = 0;
/// The key of the "expired, N days of grace left" mail.
const GRACE_KEY: i32 = -1;
const DAY: i64 = 86_400;

#[derive(Serialize)]
struct ReminderMail<'a> {
    name: &'a str,
    title: &'a str,
    days: i32,
    expires_at: UnixSecs,
    verify_url: String,
    renewal_url: String,
    window_opens_at: UnixSecs,
    renewal_open: bool,
}

#[derive(Serialize)]
struct WindowMail<'a> {
    name: &'a str,
    title: &'a str,
    expires_at: UnixSecs,
    grace_ends_at: UnixSecs,
    renewal_url: String,
}

#[derive(Serialize)]
struct GraceMail<'a> {
    name: &'a str,
    title: &'a str,
    expired_at: UnixSecs,
    grace_ends_at: UnixSecs,
    days_left: i64,
    renewal_url: String,
}

/// The nearest threshold a credential that expires in `left` seconds is inside, if any.
pub fn threshold(left: i64) -> Option<i32> {
    if left <= 0 {
        return None;
    }
    THRESHOLDS_DAYS.iter().rev().copied().find(|d| left <= i64::from(*d) * DAY)
}

/// The mail a credential is due at `now`, as its reminder key: the grace mail once expired (in
/// grace); the window mail when the window has opened (if the course offers renewal) and it has
/// not gone out yet; else the nearest threshold. `sent` are the keys already sent.
fn due_key(rules: &Rules, row: &super::CredentialRow, now: UnixSecs, sent: &[i32]) -> Option<i32> {
    match rules.phase(row, now) {
        Phase::Grace => return Some(GRACE_KEY).filter(|k| !sent.contains(k)),
        Phase::Open if rules.renewal.offered() && !sent.contains(&WINDOW_KEY) => return Some(WINDOW_KEY),
        Phase::Closed => return None,
        _ => {}
    }
    threshold(row.expires_at - now).filter(|key| !sent.iter().any(|d| *d > WINDOW_KEY && d <= key))
}

/// Sends the reminders that are due; returns how many this call sent.
pub fn send_due(conn: &mut DbConnection, mailer: &Mailer, now: UnixSecs) -> QueryResult<usize> {
    // Only credentials some mail can be due for: inside the widest window (or the farthest
    // threshold) before expiry, or the longest grace after it, of the courses' rules.
    let mut rules: HashMap<i64, Rules> = HashMap::new();
    for course_id in crate::db::schema::courses::table.select(crate::db::schema::courses::id).load::<i64>(conn)? {
        rules.insert(course_id, Rules::of_course(conn, course_id)?);
    }
    let ahead = rules.values().map(|r| r.renewal.window_days).chain([i64::from(THRESHOLDS_DAYS[0])]).max().unwrap_or(0);
    let back = rules.values().map(|r| r.renewal.grace_days).max().unwrap_or(0);
    let due: Vec<(super::CredentialRow, String)> = cr::table
        .inner_join(u::table.on(u::id.eq(cr::user_id)))
        .filter(cr::revoked_at.is_null())
        .filter(cr::expires_at.gt(now - back * DAY))
        .filter(cr::expires_at.le(now + ahead * DAY))
        .select((super::CredentialRow::as_select(), u::email))
        .load(conn)?;
    let mut sent = 0;
    for (row, email) in due {
        let Some(rules) = rules.get(&row.course_id) else { continue };
        let sent_keys: Vec<i32> =
            rem::table.filter(rem::credential_id.eq(row.id)).select(rem::days_before).load(conn)?;
        let Some(key) = due_key(rules, &row, now, &sent_keys) else { continue };
        if key > 0 {
            // The window mail went out after this threshold was reached: it stands for it.
            let window_sent_within: bool = diesel::select(diesel::dsl::exists(
                rem::table
                    .filter(rem::credential_id.eq(row.id))
                    .filter(rem::days_before.eq(WINDOW_KEY))
                    .filter(rem::sent_at.ge(row.expires_at - i64::from(key) * DAY)),
            ))
            .get_result(conn)?;
            if window_sent_within {
                continue;
            }
        }
        db::transaction(conn, |conn| -> QueryResult<()> {
            // This key (and, for a threshold, every farther one) is done; only the winner of
            // this insert mails.
            let keys: Vec<i32> =
                if key > 0 { THRESHOLDS_DAYS.iter().copied().filter(|d| *d >= key).collect() } else { vec![key] };
            let mut won = false;
            for d in keys {
                let inserted = diesel::sql_query(
                    "INSERT INTO credential_reminders (credential_id, days_before, sent_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (credential_id, days_before) DO NOTHING",
                )
                .bind::<BigInt, _>(row.id)
                .bind::<Integer, _>(d)
                .bind::<BigInt, _>(now)
                .execute(conn)?;
                won |= d == key && inserted == 1;
            }
            if !won {
                return Ok(());
            }
            let renewal_url = format!("{}/renewal", mailer.public_url());
            let lang = crate::mail::recipient_language(conn, &email)?;
            let title = super::title_in(conn, row.course_id, &row.title, lang)?;
            let (template, context) = match key {
                WINDOW_KEY => (
                    "renewal_open",
                    serde_json::to_value(WindowMail {
                        name: &row.holder_name,
                        title: &title,
                        expires_at: row.expires_at,
                        grace_ends_at: rules.grace_ends_at(row.expires_at),
                        renewal_url,
                    }),
                ),
                GRACE_KEY => (
                    "credential_grace",
                    serde_json::to_value(GraceMail {
                        name: &row.holder_name,
                        title: &title,
                        expired_at: row.expires_at,
                        grace_ends_at: rules.grace_ends_at(row.expires_at),
                        days_left: (rules.grace_ends_at(row.expires_at) - now + DAY - 1) / DAY,
                        renewal_url,
                    }),
                ),
                days => (
                    "credential_expiring",
                    serde_json::to_value(ReminderMail {
                        name: &row.holder_name,
                        title: &title,
                        days,
                        expires_at: row.expires_at,
                        verify_url: format!("{}/verify/{}", mailer.public_url(), row.public_id),
                        renewal_url,
                        window_opens_at: rules.window_opens_at(row.expires_at),
                        renewal_open: rules.phase(&row, now) == Phase::Open,
                    }),
                ),
            };
            let context = context.map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
            mailer
                .enqueue(conn, &email, template, &context, now)
                .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
            sent += 1;
            Ok(())
        })?;
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_threshold_applies() {
        assert_eq!(threshold(91 * DAY), None);
        assert_eq!(threshold(90 * DAY), Some(90));
        assert_eq!(threshold(61 * DAY), Some(90));
        assert_eq!(threshold(60 * DAY), Some(60));
        assert_eq!(threshold(31 * DAY), Some(60));
        assert_eq!(threshold(30 * DAY), Some(30));
        assert_eq!(threshold(1), Some(30));
        assert_eq!(threshold(0), None);
        assert_eq!(threshold(-5), None);
    }

    fn rules() -> Rules {
        Rules {
            renewal: crate::content::course::RenewalToml {
                window_days: 90,
                grace_days: 60,
                modules: vec![],
                exam: Some("renewal".into()),
            },
            valid_months: 12,
        }
    }

    fn row(expires_at: i64) -> super::super::CredentialRow {
        super::super::CredentialRow::sample(expires_at)
    }

    #[test]
    fn the_window_mail_comes_first_then_the_nearer_thresholds_then_grace() {
        let (r, e) = (rules(), 1_000 * DAY);
        let row = row(e);
        assert_eq!(due_key(&r, &row, e - 100 * DAY, &[]), None);
        assert_eq!(due_key(&r, &row, e - 90 * DAY, &[]), Some(WINDOW_KEY));
        // The window mail stands for the 90-day reminder (the caller skips a threshold reached
        // before the window mail went out).
        assert_eq!(due_key(&r, &row, e - 70 * DAY, &[WINDOW_KEY]), Some(90));
        assert_eq!(due_key(&r, &row, e - 60 * DAY, &[WINDOW_KEY, 90]), Some(60));
        assert_eq!(due_key(&r, &row, e - 45 * DAY, &[WINDOW_KEY, 90, 60]), None);
        assert_eq!(due_key(&r, &row, e - 30 * DAY, &[WINDOW_KEY, 90, 60]), Some(30));
        assert_eq!(due_key(&r, &row, e + DAY, &[WINDOW_KEY, 90, 60, 30]), Some(GRACE_KEY));
        assert_eq!(due_key(&r, &row, e + 2 * DAY, &[WINDOW_KEY, 90, 60, 30, GRACE_KEY]), None);
        assert_eq!(due_key(&r, &row, e + 61 * DAY, &[]), None, "closed: nothing more");
    }
}
