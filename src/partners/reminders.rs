//! Warnings to partner managers 90, 60 and 30 days before their partner's accreditation would
//! lapse. Run with the credentials' expiry reminders; each warning is a row keyed by partner,
//! lapse date and threshold, inserted in the same transaction as its e-mails, so it goes out
//! once even with several instances. A new lapse date (someone was certified or renewed) starts
//! afresh. Each warning names the people whose renewal would keep the partner accredited.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer};
use serde::Serialize;

use crate::clock::UnixSecs;
use crate::credentials::reminders::{THRESHOLDS_DAYS, threshold};
use crate::db::schema::{partner_reminders as pr, partners as p, users as u};
use crate::db::{self, DbConnection};
use crate::mail::Mailer;

#[derive(Serialize)]
struct LapseMail<'a> {
    partner: &'a str,
    days: i32,
    lapses_at: UnixSecs,
    specialists: i64,
    min_specialists: i64,
    partner_url: String,
    /// The people whose renewal (before their expiry) would keep the partner accredited.
    renewers: Vec<super::Renewer>,
}

/// Queues the warnings that are due; returns how many partners were warned by this call.
pub fn send_due(conn: &mut DbConnection, mailer: &Mailer, now: UnixSecs) -> QueryResult<usize> {
    let partners: Vec<(i64, String)> = p::table.select((p::id, p::name)).load(conn)?;
    let settings = super::settings(conn)?;
    let mut warned = 0;
    for (partner_id, name) in partners {
        let acc = super::accreditation_with(conn, partner_id, &settings, now)?;
        let (Some(lapses), true) = (acc.lapses_secs, acc.accredited) else { continue };
        let Some(days) = threshold(lapses - now) else { continue };
        let done: bool = diesel::select(diesel::dsl::exists(
            pr::table
                .filter(pr::partner_id.eq(partner_id))
                .filter(pr::lapses_at.eq(lapses))
                .filter(pr::days_before.le(days)),
        ))
        .get_result(conn)?;
        if done {
            continue;
        }
        db::transaction(conn, |conn| -> QueryResult<()> {
            let mut won = false;
            for d in THRESHOLDS_DAYS.iter().copied().filter(|d| *d >= days) {
                let inserted = diesel::sql_query(
                    "INSERT INTO partner_reminders (partner_id, lapses_at, days_before, sent_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (partner_id, lapses_at, days_before) DO NOTHING",
                )
                .bind::<BigInt, _>(partner_id)
                .bind::<BigInt, _>(lapses)
                .bind::<Integer, _>(d)
                .bind::<BigInt, _>(now)
                .execute(conn)?;
                won |= d == days && inserted == 1;
            }
            if !won {
                return Ok(());
            }
            let managers: Vec<String> = u::table
                .filter(u::partner_id.eq(partner_id))
                .filter(u::role.eq("partner_manager"))
                .filter(u::disabled_at.is_null())
                .select(u::email)
                .load(conn)?;
            let mail = LapseMail {
                partner: &name,
                days,
                lapses_at: lapses,
                specialists: acc.specialists,
                min_specialists: acc.min_specialists,
                partner_url: format!("{}/partner", mailer.public_url()),
                renewers: super::renewers(conn, partner_id, lapses, now)?,
            };
            for email in managers {
                mailer
                    .enqueue(conn, &email, "accreditation_lapsing", &mail, now)
                    .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
            }
            warned += 1;
            Ok(())
        })?;
    }
    Ok(warned)
}
