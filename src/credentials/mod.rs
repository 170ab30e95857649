//! Credentials: issued exactly once, when a learner's training is complete (or exempt) and
//! every exam of the course is passed — in the same transaction as the result that earns it,
//! guarded by a unique constraint — with the name as it was, dates, and revocation. The files
//! of the credential kit (certificate, badge, signature graphic, Open Badges) are the next step.

pub mod badge;
pub mod certificate;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use rand::RngCore;
use serde::Serialize;

use crate::clock::{UnixSecs, add_months, long_date, rfc3339};
use crate::content::course::CourseToml;
use crate::db::schema::{courses as c, credentials as cr, users as u};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;

/// Random bytes in a credential's public id (128 bits or more).
const PUBLIC_ID_BYTES: usize = 18;
/// Revocation reasons: at most this many characters.
pub const REVOCATION_REASON_MAX_CHARS: usize = 500;

/// A row of `credentials`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cr)]
pub struct CredentialRow {
    pub id: i64,
    pub public_id: String,
    pub user_id: i64,
    pub course_id: i64,
    pub holder_name: String,
    pub title: String,
    pub issued_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub revocation_reason: Option<String>,
    pub revoked_by: Option<i64>,
}

impl CredentialRow {
    /// `valid`, `expired` or `revoked`.
    pub fn status(&self, now: UnixSecs) -> &'static str {
        if self.revoked_at.is_some() {
            "revoked"
        } else if now >= self.expires_at {
            "expired"
        } else {
            "valid"
        }
    }
}

fn public_id() -> String {
    let mut bytes = [0u8; PUBLIC_ID_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The context of the "credential issued" e-mail.
#[derive(Serialize)]
struct IssuedMail<'a> {
    name: &'a str,
    title: &'a str,
    verify_url: String,
    expires: String,
}

/// Issues the course's credential to the learner, once: a second call (or a concurrent one)
/// changes nothing. Queues the e-mail in the same transaction. Returns whether it was issued now.
pub fn issue(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    user_id: i64,
    course_id: i64,
) -> QueryResult<bool> {
    let exists: bool = diesel::select(diesel::dsl::exists(
        cr::table.filter(cr::user_id.eq(user_id)).filter(cr::course_id.eq(course_id)),
    ))
    .get_result(conn)?;
    if exists {
        return Ok(false);
    }
    let (name, email): (String, String) = u::table.find(user_id).select((u::name, u::email)).first(conn)?;
    let (title, toml_text): (String, String) =
        c::table.find(course_id).select((c::credential_name, c::course_toml)).first(conn)?;
    let valid_months = toml::from_str::<CourseToml>(&toml_text).map(|t| t.credential.valid_months).unwrap_or(12);
    let expires_at = add_months(now, valid_months);
    let id = public_id();
    let inserted = diesel::sql_query(
        "INSERT INTO credentials (public_id, user_id, course_id, holder_name, title, issued_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id, course_id) DO NOTHING",
    )
    .bind::<Text, _>(&id)
    .bind::<BigInt, _>(user_id)
    .bind::<BigInt, _>(course_id)
    .bind::<Text, _>(&name)
    .bind::<Text, _>(&title)
    .bind::<BigInt, _>(now)
    .bind::<BigInt, _>(expires_at)
    .execute(conn)?;
    if inserted == 1 {
        let context = IssuedMail {
            name: &name,
            title: &title,
            verify_url: format!("{}/verify/{id}", mailer.public_url()),
            expires: long_date(expires_at),
        };
        mailer
            .enqueue(conn, &email, "credential_issued", &context, now)
            .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
    }
    Ok(inserted == 1)
}

/// What anyone may see of a credential.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Verification {
    pub id: String,
    pub name: String,
    pub credential: String,
    /// RFC 3339.
    pub issued_at: String,
    pub expires_at: String,
    /// `valid`, `expired` or `revoked`.
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
}

/// The public view of a credential, by its public id.
pub fn verify(
    conn: &mut DbConnection,
    now: UnixSecs,
    public_id: &str,
) -> QueryResult<Option<(Verification, CredentialRow)>> {
    let row: Option<CredentialRow> =
        cr::table.filter(cr::public_id.eq(public_id)).select(CredentialRow::as_select()).first(conn).optional()?;
    Ok(row.map(|row| {
        (
            Verification {
                id: row.public_id.clone(),
                name: row.holder_name.clone(),
                credential: row.title.clone(),
                issued_at: rfc3339(row.issued_at),
                expires_at: rfc3339(row.expires_at),
                status: row.status(now).to_owned(),
                revocation_reason: row.revocation_reason.clone(),
            },
            row,
        )
    }))
}

/// The learner's credentials.
pub fn of_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<CredentialRow>> {
    cr::table.filter(cr::user_id.eq(user_id)).order(cr::issued_at).select(CredentialRow::as_select()).load(conn)
}

/// Revokes a credential with the reason (recorded with who and when). Revoking twice is a conflict.
pub fn revoke(conn: &mut DbConnection, now: UnixSecs, admin_id: i64, public_id: &str, reason: &str) -> AppResult<()> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > REVOCATION_REASON_MAX_CHARS {
        return Err(AppError::field(
            "reason",
            format!("Give the reason for the revocation in 1–{REVOCATION_REASON_MAX_CHARS} characters."),
        ));
    }
    db::transaction(conn, |conn| {
        let found: Option<Option<i64>> =
            cr::table.filter(cr::public_id.eq(public_id)).select(cr::revoked_at).first(conn).optional()?;
        match found {
            None => Err(AppError::NotFound),
            Some(Some(_)) => Err(AppError::Conflict("This credential is already revoked.".into())),
            Some(None) => {
                diesel::update(cr::table.filter(cr::public_id.eq(public_id)).filter(cr::revoked_at.is_null()))
                    .set((cr::revoked_at.eq(now), cr::revocation_reason.eq(reason), cr::revoked_by.eq(admin_id)))
                    .execute(conn)?;
                Ok(())
            }
        }
    })
}
