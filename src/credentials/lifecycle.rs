//! The life of a credential after it is issued: the renewal window before its expiry and the
//! grace period after it, renewals that extend the same credential, an admin's change of expiry,
//! and the next certification cycle once the grace period has passed.
//!
//! Rounds: exam attempts are counted per round. The first path of cycle `n` is round `c<n>`; the
//! renewal of the credential of cycle `n` that expires at `t` is round `c<n>e<t>` — a renewal
//! moves the expiry, so the next renewal is a new round with its own attempts.

use diesel::prelude::*;
use serde::Serialize;

use super::{CERTIFICATE_ATTACHMENT, CredentialRow, record};
use crate::clock::{UnixSecs, add_months, long_date, rfc3339};
use crate::content::course::{CourseToml, RenewalToml};
use crate::db::schema::{courses as c, credential_reminders as rem, credentials as cr, users as u};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;

const DAY: i64 = 86_400;
/// Reasons for a change of expiry: at most this many characters.
pub const EXPIRY_REASON_MAX_CHARS: usize = 500;
/// A changed expiry lies within this many years of now.
const EXPIRY_CHANGE_MAX_YEARS: i64 = 10;

/// The renewal rules of a course, with its validity.
#[derive(Debug, Clone)]
pub struct Rules {
    pub renewal: RenewalToml,
    pub valid_months: i64,
}

impl Rules {
    /// The rules of a course, from its stored `course.toml`.
    pub fn of_course(conn: &mut DbConnection, course_id: i64) -> QueryResult<Rules> {
        let text: String = c::table.find(course_id).select(c::course_toml).first(conn)?;
        Ok(Rules::from_toml(&text))
    }

    pub fn from_toml(text: &str) -> Rules {
        match toml::from_str::<CourseToml>(text) {
            Ok(t) => Rules { renewal: t.renewal, valid_months: t.credential.valid_months },
            Err(_) => Rules { renewal: RenewalToml::default(), valid_months: 12 },
        }
    }

    pub fn window_opens_at(&self, expires_at: UnixSecs) -> UnixSecs {
        expires_at - self.renewal.window_days * DAY
    }

    pub fn grace_ends_at(&self, expires_at: UnixSecs) -> UnixSecs {
        expires_at + self.renewal.grace_days * DAY
    }

    /// Where a credential stands in its renewal at `now`.
    pub fn phase(&self, row: &CredentialRow, now: UnixSecs) -> Phase {
        if row.revoked_at.is_some() || !self.renewal.offered() {
            return if row.revoked_at.is_none() && now < row.expires_at { Phase::NotYet } else { Phase::Closed };
        }
        if now < self.window_opens_at(row.expires_at) {
            Phase::NotYet
        } else if now < row.expires_at {
            Phase::Open
        } else if now < self.grace_ends_at(row.expires_at) {
            Phase::Grace
        } else {
            Phase::Closed
        }
    }

    /// The expiry a renewal at `now` gives: from the old expiry when renewed before it (renewing
    /// early loses nothing), from the renewal date when renewed in grace.
    pub fn renewed_expiry(&self, expires_at: UnixSecs, now: UnixSecs) -> UnixSecs {
        if now < expires_at { add_months(expires_at, self.valid_months) } else { add_months(now, self.valid_months) }
    }
}

/// A credential's renewal phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The window has not opened yet.
    NotYet,
    /// In the window before expiry.
    Open,
    /// Expired, inside the grace period.
    Grace,
    /// Past the grace period, revoked, or the course has no renewal.
    Closed,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::NotYet => "not_yet",
            Phase::Open => "open",
            Phase::Grace => "grace",
            Phase::Closed => "closed",
        }
    }
}

/// The round of a renewal of this credential (its attempts are counted apart).
pub fn renewal_round(row: &CredentialRow) -> String {
    format!("c{}e{}", row.cycle, row.expires_at)
}

/// The latest credential (highest cycle) of a person in a course.
pub fn latest(conn: &mut DbConnection, user_id: i64, course_id: i64) -> QueryResult<Option<CredentialRow>> {
    cr::table
        .filter(cr::user_id.eq(user_id))
        .filter(cr::course_id.eq(course_id))
        .order(cr::cycle.desc())
        .select(CredentialRow::as_select())
        .first(conn)
        .optional()
}

/// Where a person is on the first path of a course.
#[derive(Debug, Clone)]
pub struct PathRound {
    /// The certification cycle: 1, then 2 once the first credential's grace has passed, …
    pub cycle: i32,
    /// Whether the path's exams are open in this cycle (no credential held in it yet).
    pub open: bool,
    /// The credential of the cycle before, when this is a later cycle.
    pub previous: Option<CredentialRow>,
}

impl PathRound {
    pub fn round(&self) -> String {
        format!("c{}", self.cycle)
    }
}

/// The person's cycle in a course at `now`: the first path is open until a credential is held,
/// and again (a new cycle) once that credential's grace period has passed. A revoked credential
/// closes the path (a programme admin decides what happens next).
///
/// A new cycle asks for the two exams again (attempts of the old cycle do not count); the
/// training stays complete, since the active time studied is a fact that does not lapse.
pub fn path_round(conn: &mut DbConnection, now: UnixSecs, user_id: i64, course_id: i64) -> QueryResult<PathRound> {
    let Some(row) = latest(conn, user_id, course_id)? else {
        return Ok(PathRound { cycle: 1, open: true, previous: None });
    };
    let rules = Rules::of_course(conn, course_id)?;
    let past_grace = row.revoked_at.is_none() && now >= rules.grace_ends_at(row.expires_at);
    Ok(if past_grace {
        PathRound { cycle: row.cycle + 1, open: true, previous: Some(row) }
    } else {
        PathRound { cycle: row.cycle, open: false, previous: None }
    })
}

/// The context of the "credential renewed" e-mail.
#[derive(Serialize)]
struct RenewedMail<'a> {
    name: &'a str,
    title: &'a str,
    verify_url: String,
    kit_url: String,
    expires_at: UnixSecs,
    previous_expires_at: UnixSecs,
    in_grace: bool,
}

/// Renews the credential whose renewal round is `round` (the round of the passed attempt):
/// extends its expiry, records the event, clears the reminders of the old expiry and queues the
/// "credential renewed" e-mail with the new certificate, in the caller's transaction. A second
/// (or concurrent) call for the same round changes nothing: the conditional UPDATE matches the
/// old expiry only once. Returns whether it renewed now.
pub fn renew(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    row: &CredentialRow,
    round: &str,
) -> QueryResult<bool> {
    if renewal_round(row) != round || row.revoked_at.is_some() {
        return Ok(false);
    }
    let rules = Rules::of_course(conn, row.course_id)?;
    if !matches!(rules.phase(row, now), Phase::Open | Phase::Grace) {
        return Ok(false);
    }
    let in_grace = now >= row.expires_at;
    let new_expiry = rules.renewed_expiry(row.expires_at, now);
    let updated = diesel::update(
        cr::table.filter(cr::id.eq(row.id)).filter(cr::expires_at.eq(row.expires_at)).filter(cr::revoked_at.is_null()),
    )
    .set((
        cr::expires_at.eq(new_expiry),
        cr::renewed_at.eq(Some(now)),
        cr::valid_since.eq(if in_grace { now } else { row.valid_since }),
        cr::lapsed_at.eq(if in_grace { Some(row.expires_at) } else { row.lapsed_at }),
    ))
    .execute(conn)?;
    if updated != 1 {
        return Ok(false);
    }
    let detail = format!(
        "Expiry moved from {} to {}{}.",
        long_date(row.expires_at),
        long_date(new_expiry),
        if in_grace { " (renewed in the grace period, so from the renewal date)" } else { "" }
    );
    record(conn, row.id, "renewed", &detail, None, now)?;
    crate::interop::xapi_events::earned(conn, mailer.xapi(), row.id, true, now)?;
    diesel::insert_into(crate::db::schema::credential_renewals::table)
        .values((
            crate::db::schema::credential_renewals::credential_id.eq(row.id),
            crate::db::schema::credential_renewals::previous_expires_at.eq(row.expires_at),
            crate::db::schema::credential_renewals::expires_at.eq(new_expiry),
            crate::db::schema::credential_renewals::renewed_at.eq(now),
            crate::db::schema::credential_renewals::in_grace.eq(in_grace),
        ))
        .execute(conn)?;
    diesel::delete(rem::table.filter(rem::credential_id.eq(row.id))).execute(conn)?;
    let email: String = u::table.find(row.user_id).select(u::email).first(conn)?;
    let lang = crate::mail::recipient_language(conn, &email)?;
    let context = RenewedMail {
        name: &row.holder_name,
        title: &super::title_in(conn, row.course_id, &row.title, lang)?,
        verify_url: format!("{}/verify/{}", mailer.public_url(), row.public_id),
        kit_url: format!("{}/credentials/{}", mailer.public_url(), row.public_id),
        expires_at: new_expiry,
        previous_expires_at: row.expires_at,
        in_grace,
    };
    mailer
        .enqueue_with_attachment(
            conn,
            &email,
            "credential_renewed",
            &context,
            now,
            Some(&format!("{CERTIFICATE_ATTACHMENT}{}", row.public_id)),
        )
        .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
    Ok(true)
}

/// A programme admin moves a credential's expiry (e.g. to honour an extension), with the reason,
/// recorded in the history with who and when. The reminders start again for the new date.
pub fn change_expiry(
    conn: &mut DbConnection,
    now: UnixSecs,
    admin_id: i64,
    public_id: &str,
    expires_at: UnixSecs,
    reason: &str,
) -> AppResult<CredentialRow> {
    let reason = reason.trim();
    let mut errors = crate::error::FieldErrors::new();
    if reason.is_empty() || reason.chars().count() > EXPIRY_REASON_MAX_CHARS {
        errors.insert(
            "reason".into(),
            format!("Give the reason for the change in 1–{EXPIRY_REASON_MAX_CHARS} characters."),
        );
    }
    // abs_diff: any i64 a client sends is compared without overflow.
    if expires_at.abs_diff(now) > (EXPIRY_CHANGE_MAX_YEARS * 366 * DAY).unsigned_abs() {
        errors.insert(
            "expires_at".into(),
            crate::i18n::tr("field-expiry-within", &[("years", EXPIRY_CHANGE_MAX_YEARS.into())]),
        );
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    db::transaction(conn, |conn| {
        let row = super::find(conn, public_id)?.ok_or(AppError::NotFound)?;
        if row.revoked_at.is_some() {
            return Err(AppError::Conflict("This credential is revoked: its expiry no longer matters.".into()));
        }
        if expires_at <= row.issued_at {
            return Err(AppError::field("expires_at", crate::i18n::t("field-expiry-after-issue")));
        }
        diesel::update(cr::table.find(row.id)).set(cr::expires_at.eq(expires_at)).execute(conn)?;
        let detail =
            format!("Expiry changed from {} to {}: {reason}", long_date(row.expires_at), long_date(expires_at));
        record(conn, row.id, "expiry_changed", &detail, Some(admin_id), now)?;
        diesel::delete(rem::table.filter(rem::credential_id.eq(row.id))).execute(conn)?;
        super::find(conn, public_id)?.ok_or(AppError::NotFound)
    })
}

/// `GET /api/v1/me/renewals`: one entry per credential the person holds (not revoked).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RenewalView {
    pub credential_id: String,
    /// `not_yet`, `open`, `grace`, `closed` or `renewed` (renewed, and the next window has not
    /// opened yet).
    pub state: String,
    /// RFC 3339.
    pub window_opens_at: String,
    pub expires_at: String,
    pub grace_ends_at: String,
    pub modules: Vec<crate::progress::standing::RenewalModule>,
    pub exam: Option<RenewalExam>,
    /// The same dates for pages.
    #[serde(skip)]
    pub dates: RenewalDates,
}

/// The renewal exam, as `/api/v1/me/renewals` names it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RenewalExam {
    pub course: String,
    pub slug: String,
    /// `locked` (modules first, or not in the window), `available`, `in_progress`, `cooldown`,
    /// `no_attempts_left` or `passed`.
    pub state: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub title: String,
}

/// The long dates of a renewal, for pages and mails.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RenewalDates {
    pub window_opens: String,
    pub expires: String,
    pub grace_ends: String,
    /// Days until the window opens (not_yet), until expiry (open) or until grace ends (grace).
    pub days_left: i64,
}

/// The renewal state of a credential at `now`, without its modules and exam (the caller adds them).
pub fn renewal_view(rules: &Rules, row: &CredentialRow, now: UnixSecs) -> RenewalView {
    let phase = rules.phase(row, now);
    let state = if phase == Phase::NotYet && row.renewed_at.is_some() { "renewed" } else { phase.as_str() };
    let opens = rules.window_opens_at(row.expires_at);
    let grace = rules.grace_ends_at(row.expires_at);
    let until = match phase {
        Phase::NotYet => opens,
        Phase::Open => row.expires_at,
        Phase::Grace => grace,
        Phase::Closed => now,
    };
    RenewalView {
        credential_id: row.public_id.clone(),
        state: state.to_owned(),
        window_opens_at: rfc3339(opens),
        expires_at: rfc3339(row.expires_at),
        grace_ends_at: rfc3339(grace),
        modules: Vec::new(),
        exam: None,
        dates: RenewalDates {
            window_opens: long_date(opens),
            expires: long_date(row.expires_at),
            grace_ends: long_date(grace),
            days_left: ((until - now).max(0) + DAY - 1) / DAY,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules {
            renewal: RenewalToml { window_days: 90, grace_days: 60, modules: vec![], exam: Some("renewal".into()) },
            valid_months: 12,
        }
    }

    fn row(expires_at: i64) -> CredentialRow {
        CredentialRow::sample(expires_at)
    }

    #[test]
    fn the_phases_follow_the_window_and_the_grace() {
        let expiry = 1_900_000_000;
        let r = rules();
        let row = row(expiry);
        assert_eq!(r.phase(&row, expiry - 91 * DAY), Phase::NotYet);
        assert_eq!(r.phase(&row, expiry - 90 * DAY), Phase::Open);
        assert_eq!(r.phase(&row, expiry - 1), Phase::Open);
        assert_eq!(r.phase(&row, expiry), Phase::Grace);
        assert_eq!(r.phase(&row, expiry + 60 * DAY - 1), Phase::Grace);
        assert_eq!(r.phase(&row, expiry + 60 * DAY), Phase::Closed);
        let mut revoked = row.clone();
        revoked.revoked_at = Some(expiry - 100 * DAY);
        assert_eq!(r.phase(&revoked, expiry - 10 * DAY), Phase::Closed);
    }

    #[test]
    fn renewing_early_extends_from_the_old_expiry_and_in_grace_from_the_renewal_date() {
        let r = rules();
        // 2027-12-03 00:00 UTC
        let expiry = 1_827_792_000;
        assert_eq!(r.renewed_expiry(expiry, expiry - 30 * DAY), add_months(expiry, 12));
        let in_grace = expiry + 10 * DAY;
        assert_eq!(r.renewed_expiry(expiry, in_grace), add_months(in_grace, 12));
        assert!(r.renewed_expiry(expiry, in_grace) > add_months(expiry, 12));
    }

    #[test]
    fn a_renewal_is_its_own_round_and_moves_the_next_one() {
        let row = row(1_900_000_000);
        assert_eq!(renewal_round(&row), "c1e1900000000");
        let mut renewed = row.clone();
        renewed.expires_at += 365 * DAY;
        assert_ne!(renewal_round(&renewed), renewal_round(&row));
    }
}
