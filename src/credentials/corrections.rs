//! Name corrections: the name on a certificate is the one given at registration; a person who
//! needs it corrected asks, with a reason, and a programme admin approves or rejects. An approved
//! correction changes the account's name and the name of every credential the person holds,
//! which keep their ids and record the correction in their history ("reissued").

use diesel::prelude::*;
use serde::Serialize;

use crate::accounts::users::printable_name;
use crate::clock::{UnixSecs, long_date, rfc3339};
use crate::db::schema::{credentials as cr, name_corrections as nc, users as u};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;

/// Reasons and decision notes: at most this many characters.
pub const NOTE_MAX_CHARS: usize = 500;

/// A request, as the person and the admins see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Correction {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub previous_name: String,
    pub requested_name: String,
    pub reason: String,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
    /// RFC 3339.
    pub requested_at: String,
    /// `29 November 2026`.
    pub requested_on: String,
    pub decision_note: Option<String>,
}

type CorrectionRow = (i64, i64, String, String, String, String, String, i64, Option<String>);

fn from_row(r: CorrectionRow) -> Correction {
    Correction {
        id: r.0,
        user_id: r.1,
        email: r.2,
        previous_name: r.3,
        requested_name: r.4,
        reason: r.5,
        status: r.6,
        requested_at: rfc3339(r.7),
        requested_on: long_date(r.7),
        decision_note: r.8,
    }
}

/// A note of 1 to `NOTE_MAX_CHARS` characters; `message` is the key of the field's message (with
/// `max`).
fn note(field: &'static str, text: &str, message: &str) -> AppResult<String> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > NOTE_MAX_CHARS {
        return Err(AppError::field(field, crate::i18n::tr(message, &[("max", NOTE_MAX_CHARS.into())])));
    }
    Ok(text.to_owned())
}

/// A person asks for their name to be corrected. One open request at a time.
pub fn request(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    name: &str,
    reason: &str,
) -> AppResult<Correction> {
    let name = printable_name(name).map_err(|e| AppError::field("name", e))?;
    let reason = note("reason", reason, "field-correction-reason")?;
    db::transaction(conn, |conn| {
        let current: String = u::table.find(user_id).select(u::name).first(conn)?;
        if current == name.as_str() {
            return Err(AppError::field("name", crate::i18n::t("field-correction-same-name")));
        }
        let open: bool = diesel::select(diesel::dsl::exists(
            nc::table.filter(nc::user_id.eq(user_id)).filter(nc::status.eq("pending")),
        ))
        .get_result(conn)?;
        if open {
            return Err(AppError::Conflict(crate::i18n::t("field-correction-pending")));
        }
        let id: i64 = diesel::insert_into(nc::table)
            .values((
                nc::user_id.eq(user_id),
                nc::previous_name.eq(&current),
                nc::requested_name.eq(name.as_str()),
                nc::reason.eq(&reason),
                nc::requested_at.eq(now),
            ))
            .returning(nc::id)
            .get_result(conn)?;
        one(conn, id)?.ok_or(AppError::NotFound)
    })
}

fn select_correction() -> (
    nc::id,
    nc::user_id,
    u::email,
    nc::previous_name,
    nc::requested_name,
    nc::reason,
    nc::status,
    nc::requested_at,
    nc::decision_note,
) {
    (
        nc::id,
        nc::user_id,
        u::email,
        nc::previous_name,
        nc::requested_name,
        nc::reason,
        nc::status,
        nc::requested_at,
        nc::decision_note,
    )
}

fn one(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Correction>> {
    nc::table
        .inner_join(u::table)
        .filter(nc::id.eq(id))
        .select(select_correction())
        .first::<CorrectionRow>(conn)
        .optional()
        .map(|r| r.map(from_row))
}

/// The person's requests, newest first.
pub fn of_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Correction>> {
    nc::table
        .inner_join(u::table)
        .filter(nc::user_id.eq(user_id))
        .order(nc::id.desc())
        .select(select_correction())
        .load::<CorrectionRow>(conn)
        .map(|rows| rows.into_iter().map(from_row).collect())
}

/// The open requests, oldest first.
pub fn pending(conn: &mut DbConnection) -> QueryResult<Vec<Correction>> {
    nc::table
        .inner_join(u::table)
        .filter(nc::status.eq("pending"))
        .order(nc::id)
        .select(select_correction())
        .load::<CorrectionRow>(conn)
        .map(|rows| rows.into_iter().map(from_row).collect())
}

#[derive(Serialize)]
struct DecisionMail<'a> {
    name: &'a str,
    requested_name: &'a str,
    approved: bool,
    note: Option<&'a str>,
    kit_url: String,
}

/// A programme admin approves or rejects an open request (a note is required to reject). On
/// approval the account and every credential of the person take the new name, in one
/// transaction, and each credential's history says so. The person gets an e-mail either way.
pub fn decide(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    admin_id: i64,
    id: i64,
    approve: bool,
    decision_note: &str,
) -> AppResult<Correction> {
    let decision_note = if approve && decision_note.trim().is_empty() {
        None
    } else {
        Some(note("note", decision_note, "field-correction-note")?)
    };
    db::transaction(conn, |conn| {
        let found = one(conn, id)?.ok_or(AppError::NotFound)?;
        if found.status != "pending" {
            let key =
                if found.status == "approved" { "field-correction-approved" } else { "field-correction-rejected" };
            return Err(AppError::Conflict(crate::i18n::t(key)));
        }
        let status = if approve { "approved" } else { "rejected" };
        diesel::update(nc::table.find(id).filter(nc::status.eq("pending")))
            .set((
                nc::status.eq(status),
                nc::decided_at.eq(now),
                nc::decided_by.eq(admin_id),
                nc::decision_note.eq(&decision_note),
            ))
            .execute(conn)?;
        if approve {
            diesel::update(u::table.find(found.user_id))
                .set((u::name.eq(&found.requested_name), u::updated_at.eq(now)))
                .execute(conn)?;
            let held: Vec<i64> = cr::table.filter(cr::user_id.eq(found.user_id)).select(cr::id).load(conn)?;
            for credential_id in held {
                diesel::update(cr::table.find(credential_id))
                    .set(cr::holder_name.eq(&found.requested_name))
                    .execute(conn)?;
                let detail = format!("Name corrected from “{}” to “{}”", found.previous_name, found.requested_name);
                super::record(conn, credential_id, "name_corrected", &detail, Some(admin_id), now)?;
            }
        }
        let mail = DecisionMail {
            name: if approve { &found.requested_name } else { &found.previous_name },
            requested_name: &found.requested_name,
            approved: approve,
            note: decision_note.as_deref(),
            kit_url: format!("{}/training", mailer.public_url()),
        };
        mailer.enqueue(conn, &found.email, "name_correction", &mail, now).map_err(AppError::Unexpected)?;
        one(conn, id)?.ok_or(AppError::NotFound)
    })
}

/// Forgets a person's name wherever the credentials keep it, for an erased account: the name on
/// each of their credentials becomes `placeholder`, their correction requests keep only their
/// dates and decisions, and the history of their credentials says a name was corrected, not from
/// what to what. Runs in the caller's transaction.
pub fn forget_names(conn: &mut DbConnection, user_id: i64, placeholder: &str) -> QueryResult<()> {
    use crate::db::schema::credential_events as ev;
    diesel::update(cr::table.filter(cr::user_id.eq(user_id))).set(cr::holder_name.eq(placeholder)).execute(conn)?;
    diesel::update(nc::table.filter(nc::user_id.eq(user_id)))
        .set((
            nc::previous_name.eq(placeholder),
            nc::requested_name.eq(placeholder),
            nc::reason.eq(""),
            nc::decision_note.eq(None::<String>),
        ))
        .execute(conn)?;
    let held = cr::table.filter(cr::user_id.eq(user_id)).select(cr::id);
    diesel::update(ev::table.filter(ev::credential_id.eq_any(held)).filter(ev::kind.eq("name_corrected")))
        .set(ev::detail.eq("Name corrected"))
        .execute(conn)?;
    Ok(())
}
