//! Expiry reminders, 90, 60 and 30 days before a credential expires. The check runs on every
//! instance (with the exam sweeper); each reminder is a row with a primary key of credential and
//! threshold, inserted in the same transaction as its e-mail, so whichever instance inserts it
//! sends it, once. A credential first seen inside a nearer threshold (the job was down, or the
//! credential is short-lived) gets only the nearest reminder, not all of them at once.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer};
use serde::Serialize;

use crate::clock::{UnixSecs, long_date};
use crate::db::schema::{credential_reminders as rem, credentials as cr, users as u};
use crate::db::{self, DbConnection};
use crate::mail::Mailer;

/// Days before expiry, nearest last.
pub const THRESHOLDS_DAYS: [i32; 3] = [90, 60, 30];
const DAY: i64 = 86_400;

#[derive(Serialize)]
struct ReminderMail<'a> {
    name: &'a str,
    title: &'a str,
    days: i32,
    expires: String,
    verify_url: String,
    training_url: String,
}

/// The nearest threshold a credential that expires in `left` seconds is inside, if any.
pub fn threshold(left: i64) -> Option<i32> {
    if left <= 0 {
        return None;
    }
    THRESHOLDS_DAYS.iter().rev().copied().find(|d| left <= i64::from(*d) * DAY)
}

/// Sends the reminders that are due; returns how many this call sent.
pub fn send_due(conn: &mut DbConnection, mailer: &Mailer, now: UnixSecs) -> QueryResult<usize> {
    let horizon = now + i64::from(THRESHOLDS_DAYS[0]) * DAY;
    let due: Vec<(i64, String, i64, String, String, String)> = cr::table
        .inner_join(u::table.on(u::id.eq(cr::user_id)))
        .filter(cr::revoked_at.is_null())
        .filter(cr::expires_at.gt(now))
        .filter(cr::expires_at.le(horizon))
        .select((cr::id, cr::public_id, cr::expires_at, cr::holder_name, cr::title, u::email))
        .load(conn)?;
    let mut sent = 0;
    for (id, public_id, expires_at, name, title, email) in due {
        let Some(days) = threshold(expires_at - now) else { continue };
        let already: bool = diesel::select(diesel::dsl::exists(
            rem::table.filter(rem::credential_id.eq(id)).filter(rem::days_before.le(days)),
        ))
        .get_result(conn)?;
        if already {
            continue;
        }
        db::transaction(conn, |conn| -> QueryResult<()> {
            // This threshold and every farther one are done; only the winner of this insert mails.
            let mut won = false;
            for d in THRESHOLDS_DAYS.iter().copied().filter(|d| *d >= days) {
                let inserted = diesel::sql_query(
                    "INSERT INTO credential_reminders (credential_id, days_before, sent_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (credential_id, days_before) DO NOTHING",
                )
                .bind::<BigInt, _>(id)
                .bind::<Integer, _>(d)
                .bind::<BigInt, _>(now)
                .execute(conn)?;
                won |= d == days && inserted == 1;
            }
            if won {
                let mail = ReminderMail {
                    name: &name,
                    title: &title,
                    days,
                    expires: long_date(expires_at),
                    verify_url: format!("{}/verify/{public_id}", mailer.public_url()),
                    training_url: format!("{}/training", mailer.public_url()),
                };
                mailer
                    .enqueue(conn, &email, "credential_expiring", &mail, now)
                    .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
                sent += 1;
            }
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
}
