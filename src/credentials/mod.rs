//! Credentials: issued exactly once, when a learner's training is complete (or exempt) and
//! every exam of the course is passed — in the same transaction as the result that earns it,
//! guarded by a unique constraint — with the name as it was, dates, revocation, name
//! corrections and the history of all three. The files of the kit (certificate, badge, signature
//! graphic, Open Badges 2.0 and 3.0) are rendered on request from these rows.

pub mod badge;
pub mod certificate;
pub mod corrections;
pub mod lifecycle;
pub mod ob3;
pub mod reminders;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Nullable, Text};
use rand::RngCore;
use serde::Serialize;

use crate::clock::{UnixSecs, add_months, long_date, rfc3339};
use crate::db::schema::{courses as c, credential_events as ev, credentials as cr, users as u};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;

/// How Open Badges (2.0 and 3.0 alike) name the recipient without showing the e-mail: a salt
/// derived from the credential's id, and `sha256$` + the hex SHA-256 of the address and the salt.
pub fn hashed_recipient(public_id: &str, email: &str) -> (String, String) {
    use sha2::{Digest, Sha256};
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let salt = hex(&Sha256::digest(public_id.as_bytes())[..8]);
    let identity = format!("sha256${}", hex(&Sha256::digest(format!("{email}{salt}").as_bytes())));
    (salt, identity)
}

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
    /// The certification cycle (1 for the first; a new one after a lapse past the grace period).
    pub cycle: i32,
    pub renewed_at: Option<i64>,
    /// The start of the current unbroken validity (issue, or a renewal in grace).
    pub valid_since: i64,
    /// The expiry that lapsed before the last renewal in grace.
    pub lapsed_at: Option<i64>,
    /// The credential of the cycle before (internal id).
    pub previous_id: Option<i64>,
}

impl CredentialRow {
    /// A first-cycle credential issued a year before `expires_at`, for unit tests.
    #[cfg(test)]
    pub(crate) fn sample(expires_at: i64) -> CredentialRow {
        CredentialRow {
            id: 1,
            public_id: "p".into(),
            user_id: 1,
            course_id: 1,
            holder_name: "A".into(),
            title: "T".into(),
            issued_at: expires_at - 365 * 86_400,
            expires_at,
            revoked_at: None,
            revocation_reason: None,
            revoked_by: None,
            cycle: 1,
            renewed_at: None,
            valid_since: expires_at - 365 * 86_400,
            lapsed_at: None,
            previous_id: None,
        }
    }

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
    kit_url: String,
    expires_at: UnixSecs,
}

/// The language of a holder's documents (certificate, badge, signature graphic): their saved
/// language, else English.
pub fn holder_language(conn: &mut DbConnection, user_id: i64) -> QueryResult<&'static str> {
    let saved: Option<String> = u::table.find(user_id).select(u::locale).first(conn)?;
    Ok(crate::i18n::saved_or(saved.as_deref(), crate::i18n::DEFAULT))
}

/// A credential's name in `lang`: the course's current translation of it, else the name it was
/// issued with.
pub fn title_in(conn: &mut DbConnection, course_id: i64, issued_as: &str, lang: &str) -> QueryResult<String> {
    if lang == crate::i18n::DEFAULT {
        return Ok(issued_as.to_owned());
    }
    Ok(crate::translations::store::course(conn, course_id, lang)?
        .and_then(|c| c.credential_name)
        .unwrap_or_else(|| issued_as.to_owned()))
}

/// Issues the course's credential to the learner, once per certification cycle: a second call
/// (or a concurrent one) changes nothing. A credential of a later cycle (the earlier one lapsed
/// past its grace period) gets a new id and names the one before. Queues the e-mail in the same
/// transaction. Returns whether it was issued now.
pub fn issue(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    user_id: i64,
    course_id: i64,
) -> QueryResult<bool> {
    let round = lifecycle::path_round(conn, now, user_id, course_id)?;
    if !round.open {
        return Ok(false);
    }
    let (name, email): (String, String) = u::table.find(user_id).select((u::name, u::email)).first(conn)?;
    let (title, toml_text): (String, String) =
        c::table.find(course_id).select((c::credential_name, c::course_toml)).first(conn)?;
    let valid_months = lifecycle::Rules::from_toml(&toml_text).valid_months;
    let expires_at = add_months(now, valid_months);
    let id = public_id();
    let previous = round.previous.as_ref().map(|p| p.id);
    let inserted = diesel::sql_query(
        "INSERT INTO credentials (public_id, user_id, course_id, holder_name, title, issued_at, expires_at, cycle, \
         valid_since, previous_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $6, $9) \
         ON CONFLICT (user_id, course_id, cycle) DO NOTHING",
    )
    .bind::<Text, _>(&id)
    .bind::<BigInt, _>(user_id)
    .bind::<BigInt, _>(course_id)
    .bind::<Text, _>(&name)
    .bind::<Text, _>(&title)
    .bind::<BigInt, _>(now)
    .bind::<BigInt, _>(expires_at)
    .bind::<Integer, _>(round.cycle)
    .bind::<Nullable<BigInt>, _>(previous)
    .execute(conn)?;
    if inserted == 1 {
        let lang = crate::mail::recipient_language(conn, &email)?;
        let context = IssuedMail {
            name: &name,
            title: &title_in(conn, course_id, &title, lang)?,
            verify_url: format!("{}/verify/{id}", mailer.public_url()),
            kit_url: format!("{}/credentials/{id}", mailer.public_url()),
            expires_at,
        };
        let credential_id: i64 = cr::table.filter(cr::public_id.eq(&id)).select(cr::id).first(conn)?;
        let detail = match &round.previous {
            Some(p) => format!("Earned again in a new certification cycle after {} lapsed.", p.public_id),
            None => String::new(),
        };
        record(conn, credential_id, "issued", &detail, None, now)?;
        crate::interop::xapi_events::earned(conn, mailer.xapi(), credential_id, false, now)?;
        mailer
            .enqueue_with_attachment(
                conn,
                &email,
                "credential_issued",
                &context,
                now,
                Some(&format!("{CERTIFICATE_ATTACHMENT}{id}")),
            )
            .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
    }
    Ok(inserted == 1)
}

/// The outbox attachment of a certificate: this prefix and the credential's public id. The PDF
/// is rendered when the mail is sent, from the database, like every other file of the kit.
pub const CERTIFICATE_ATTACHMENT: &str = "certificate:";

/// Records an event in a credential's history.
pub fn record(
    conn: &mut DbConnection,
    credential_id: i64,
    kind: &str,
    detail: &str,
    actor_id: Option<i64>,
    now: UnixSecs,
) -> QueryResult<()> {
    diesel::insert_into(ev::table)
        .values((
            ev::credential_id.eq(credential_id),
            ev::kind.eq(kind),
            ev::detail.eq(detail),
            ev::actor_id.eq(actor_id),
            ev::at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// An event of a credential's history.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Event {
    /// `issued`, `name_corrected`, `renewed`, `expiry_changed` or `revoked`.
    pub kind: String,
    pub detail: String,
    /// RFC 3339.
    pub at: String,
    /// `29 November 2026`.
    pub date: String,
}

/// The history of a credential, oldest first.
pub fn history(conn: &mut DbConnection, credential_id: i64) -> QueryResult<Vec<Event>> {
    let rows: Vec<(String, String, i64)> = ev::table
        .filter(ev::credential_id.eq(credential_id))
        .order((ev::at, ev::id))
        .select((ev::kind, ev::detail, ev::at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, detail, at)| Event { kind, detail, at: rfc3339(at), date: long_date(at) })
        .collect())
}

/// What the certificate of a credential says, from the database, in the holder's language
/// (`holder_language`): the credential's and the course's names as translated, the dates as the
/// language writes them.
pub fn certificate_data(
    conn: &mut DbConnection,
    now: UnixSecs,
    public_url: &str,
    row: &CredentialRow,
) -> QueryResult<certificate::CertificateData> {
    let lang = holder_language(conn, row.user_id)?;
    let mut programme: String = c::table.find(row.course_id).select(c::title).first(conn)?;
    if lang != crate::i18n::DEFAULT
        && let Some(text) = crate::translations::store::course(conn, row.course_id, lang)?
    {
        programme = text.title;
    }
    let title = title_in(conn, row.course_id, &row.title, lang)?;
    let (issued, expires, renewed) = crate::i18n::with_lang(lang, || {
        (long_date(row.issued_at), long_date(row.expires_at), row.renewed_at.map(long_date))
    });
    Ok(certificate::CertificateData {
        name: row.holder_name.clone(),
        title,
        programme,
        issued,
        expires,
        id: row.public_id.clone(),
        verify_url: format!("{public_url}/verify/{}", row.public_id),
        renewed,
        status: row.status(now),
        partner: false,
        lang,
    })
}

/// What a credential's badge and signature graphic show as of `now`, in the holder's language.
pub fn badge_data(
    conn: &mut DbConnection,
    now: UnixSecs,
    public_url: &str,
    row: &CredentialRow,
) -> QueryResult<badge::BadgeData> {
    let lang = holder_language(conn, row.user_id)?;
    Ok(badge::BadgeData {
        title: title_in(conn, row.course_id, &row.title, lang)?,
        name: row.holder_name.clone(),
        // The year of the current validity: of the issue, or of the last renewal.
        year: rfc3339(row.renewed_at.unwrap_or(row.issued_at))[..4].to_owned(),
        status: row.status(now).to_owned(),
        assertion_url: Some(format!("{public_url}/ob/assertions/{}.json", row.public_id)),
        credential_jwt: None,
        lang,
    })
}

/// A credential by its public id.
pub fn find(conn: &mut DbConnection, public_id: &str) -> QueryResult<Option<CredentialRow>> {
    cr::table.filter(cr::public_id.eq(public_id)).select(CredentialRow::as_select()).first(conn).optional()
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
    /// RFC 3339 of the last renewal; null when never renewed.
    pub renewed_at: Option<String>,
    /// The credential of the certification cycle before (it lapsed past its grace period).
    pub previous_id: Option<String>,
    /// The credential of the cycle after, earned again once this one lapsed.
    pub next_id: Option<String>,
}

/// The public ids of the credentials of the cycle before and after this one.
pub fn neighbours(conn: &mut DbConnection, row: &CredentialRow) -> QueryResult<(Option<String>, Option<String>)> {
    let previous = match row.previous_id {
        Some(id) => cr::table.find(id).select(cr::public_id).first(conn).optional()?,
        None => None,
    };
    let next = cr::table.filter(cr::previous_id.eq(row.id)).select(cr::public_id).first(conn).optional()?;
    Ok((previous, next))
}

/// The public view of a credential, by its public id.
pub fn verify(
    conn: &mut DbConnection,
    now: UnixSecs,
    public_id: &str,
) -> QueryResult<Option<(Verification, CredentialRow)>> {
    let Some(row) = find(conn, public_id)? else {
        return Ok(None);
    };
    let (previous_id, next_id) = neighbours(conn, &row)?;
    Ok(Some((
        Verification {
            id: row.public_id.clone(),
            name: row.holder_name.clone(),
            credential: row.title.clone(),
            issued_at: rfc3339(row.issued_at),
            expires_at: rfc3339(row.expires_at),
            status: row.status(now).to_owned(),
            revocation_reason: row.revocation_reason.clone(),
            renewed_at: row.renewed_at.map(rfc3339),
            previous_id,
            next_id,
        },
        row,
    )))
}

/// The revoked bits of a status list (`ob3::status_position`) and when the list last changed
/// (the latest revocation, or the first issue); `None` when no credential falls in it.
pub fn revoked_in_list(conn: &mut DbConnection, list: i64) -> QueryResult<Option<(Vec<i64>, UnixSecs)>> {
    let first = list * ob3::STATUS_LIST_BITS;
    let last = first + ob3::STATUS_LIST_BITS;
    let rows: Vec<(i64, i64, Option<i64>)> = cr::table
        .filter(cr::id.ge(first))
        .filter(cr::id.lt(last))
        .select((cr::id, cr::issued_at, cr::revoked_at))
        .load(conn)?;
    if rows.is_empty() {
        return Ok(None);
    }
    let mut revoked: Vec<i64> =
        rows.iter().filter(|(_, _, r)| r.is_some()).map(|(id, _, _)| ob3::status_position(*id).1).collect();
    revoked.sort_unstable();
    let changed = rows
        .iter()
        .filter_map(|(_, _, r)| *r)
        .max()
        .unwrap_or_else(|| rows.iter().map(|(_, issued, _)| *issued).min().unwrap_or(0));
    Ok(Some((revoked, changed)))
}

/// The learner's credentials.
pub fn of_user(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<CredentialRow>> {
    cr::table
        .filter(cr::user_id.eq(user_id))
        .order((cr::issued_at, cr::cycle))
        .select(CredentialRow::as_select())
        .load(conn)
}

/// Revokes a credential with the reason (recorded with who and when). Revoking twice is a conflict.
pub fn revoke(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    now: UnixSecs,
    admin_id: i64,
    public_id: &str,
    reason: &str,
) -> AppResult<()> {
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
                let id: i64 = cr::table.filter(cr::public_id.eq(public_id)).select(cr::id).first(conn)?;
                record(conn, id, "revoked", reason, Some(admin_id), now)?;
                crate::interop::xapi_events::revoked(conn, xapi, id, now)?;
                Ok(())
            }
        }
    })
}

/// Renders the attachments the outbox names: `certificate:<public id>` is the certificate PDF
/// (A4), as it reads at the moment the mail is sent.
pub fn attachment_renderer(
    db: crate::db::Db,
    fonts: std::sync::Arc<certificate::LazyFonts>,
    public_url: String,
    clock: crate::clock::SharedClock,
) -> crate::mail::AttachmentRenderer {
    std::sync::Arc::new(move |spec: &str| {
        let id =
            spec.strip_prefix(CERTIFICATE_ATTACHMENT).ok_or_else(|| anyhow::anyhow!("unknown attachment {spec:?}"))?;
        let data = {
            let mut conn = db.read()?;
            let row = find(&mut conn, id)?.ok_or_else(|| anyhow::anyhow!("no credential {id}"))?;
            certificate_data(&mut conn, clock.now(), &public_url, &row)?
        };
        let bytes = certificate::render(fonts.get()?, &data, certificate::Paper::A4)?;
        Ok(crate::mail::Attachment {
            filename: format!("ess-certificate-{id}.pdf"),
            content_type: "application/pdf".into(),
            bytes,
        })
    })
}

/// Whether a user may open a credential's kit page and files: its holder, the partner manager
/// of the holder's partner, and programme admins. (Anyone else is answered 404, as if the
/// credential did not exist.)
pub fn may_see_files(
    conn: &mut DbConnection,
    viewer_id: i64,
    viewer_role: crate::accounts::Role,
    row: &CredentialRow,
) -> QueryResult<bool> {
    Ok(match viewer_role {
        _ if row.user_id == viewer_id => true,
        crate::accounts::Role::ProgrammeAdmin => true,
        crate::accounts::Role::PartnerManager => crate::partners::manages(conn, viewer_id, row.user_id)?,
        crate::accounts::Role::Learner => false,
    })
}
