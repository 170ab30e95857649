//! Erasing an account (GDPR art. 17), in one transaction: the account can no longer sign in
//! (disabled, every session ended), its name and address are replaced, exam and knowledge-check
//! answers and the bodies of the e-mails to it are removed, and its credentials are revoked
//! through the ordinary revocation (so the Open Badges status list and the xAPI voiding follow)
//! and stop showing the name. What aggregate reports count stays: the user row (its role,
//! country, partner and dates), module progress, and the attempts with their scores.
//!
//! The erasure itself is recorded in `erasures` (who, when, why); a second erasure of the same
//! account is a conflict (a unique constraint, so two concurrent requests cannot both win).

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::{
    ERASED_NAME, ERASED_REVOCATION_REASON, ERASURE_REASON_MAX_CHARS, Erasure, HOLDER_REASON, Via, erased_email,
};
use crate::accounts::password::verify_password;
use crate::accounts::throttle::LOGIN_MAX_FAILURES_PER_ACCOUNT;
use crate::accounts::{Role, User, throttle, users};
use crate::clock::{UnixSecs, rfc3339};
use crate::db::schema::{
    accommodations as acc, attempt_questions as aq, attempts as a, check_answers as ca, erasures as er,
    exemptions as ex, invitations as inv, learner_clocks as lc, lti_accounts as la, lti_grade_links as gl,
    lti_scores as ls, one_time_tokens as ott, users as u,
};
use crate::db::{self, Db, DbConnection};
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;

/// The password hash of an erased account: no password matches it.
const ERASED_PASSWORD_HASH: &str = "!erased";
/// What replaces the reasons of exemptions and accommodations (they may say why, e.g. a health
/// matter).
const ERASED_REASON_TEXT: &str = "Removed when the account was erased.";

/// An account erased already cannot be erased again.
fn already_erased() -> AppError {
    AppError::Conflict(crate::i18n::t("field-erase-already"))
}

/// A person erases their own account; their password confirms it is them. The password is
/// checked outside any transaction (argon2 must not hold SQLite's single writer), under the
/// login throttle of the account. The last
/// active programme admin cannot erase themselves (nobody could run the programme after).
pub fn erase_own(db: &Db, mailer: &Mailer, now: UnixSecs, user_id: i64, password: &str) -> AppResult<Erasure> {
    if password.is_empty() {
        return Err(AppError::field("password", crate::i18n::t("field-erase-password-empty")));
    }
    // Wrong passwords count as failed logins of the account, so a borrowed session cannot be
    // used to guess the password here either.
    let (user, key) = {
        let mut conn = db.read()?;
        let user = users::find(&mut conn, user_id)?.ok_or(AppError::NotFound)?;
        let key = throttle::account_key(&user.email);
        if let Some(wait) = throttle::blocked_for(&mut conn, &[(&key, LOGIN_MAX_FAILURES_PER_ACCOUNT)], now)? {
            return Err(AppError::TooManyRequests { retry_after_secs: wait });
        }
        (user, key)
    };
    if !verify_password(password, &user.password_hash) {
        throttle::record_failure(&mut *db.write()?, &[&key], now)?;
        return Err(AppError::field("password", crate::i18n::t("field-erase-password-wrong")));
    }
    let mut conn = db.write()?;
    db::transaction(&mut conn, |conn| {
        if user.role() == Role::ProgrammeAdmin && other_active_admins(conn, user.id)? == 0 {
            return Err(AppError::Conflict(crate::i18n::t("field-erase-only-admin")));
        }
        erase(conn, mailer, now, user.id, user.id, Via::Holder, HOLDER_REASON)
    })
}

/// A programme admin erases an account on a request received by other means (a letter, an
/// e-mail), with the reason. Admins erase their own account on their account page instead.
pub fn erase_by_admin(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    admin_id: i64,
    user_id: i64,
    reason: &str,
) -> AppResult<Erasure> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > ERASURE_REASON_MAX_CHARS {
        return Err(AppError::field(
            "reason",
            crate::i18n::tr("field-erase-reason", &[("max", ERASURE_REASON_MAX_CHARS.into())]),
        ));
    }
    db::transaction(conn, |conn| {
        users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
        if user_id == admin_id {
            return Err(AppError::Conflict(crate::i18n::t("field-erase-self-here")));
        }
        erase(conn, mailer, now, user_id, admin_id, Via::Admin, reason)
    })
}

/// Whether the account was erased.
pub fn is_erased(conn: &mut DbConnection, user_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(er::table.filter(er::user_id.eq(user_id)))).get_result(conn)
}

fn other_active_admins(conn: &mut DbConnection, user_id: i64) -> QueryResult<i64> {
    u::table
        .filter(u::role.eq(Role::ProgrammeAdmin.as_str()))
        .filter(u::disabled_at.is_null())
        .filter(u::id.ne(user_id))
        .count()
        .get_result(conn)
}

/// The erasure, in the caller's transaction.
fn erase(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    user_id: i64,
    actor_id: i64,
    via: Via,
    reason: &str,
) -> AppResult<Erasure> {
    let user: User = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
    let done: i64 = er::table.filter(er::user_id.eq(user_id)).count().get_result(conn)?;
    if done > 0 {
        return Err(already_erased());
    }
    diesel::insert_into(er::table)
        .values((
            er::user_id.eq(user_id),
            er::erased_by.eq(actor_id),
            er::via.eq(via.as_str()),
            er::reason.eq(reason),
            er::erased_at.eq(now),
        ))
        .execute(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => already_erased(),
            other => other.into(),
        })?;

    let mut revoked = 0;
    for credential in crate::credentials::of_user(conn, user_id)? {
        if credential.revoked_at.is_none() {
            crate::credentials::revoke(
                conn,
                mailer.xapi(),
                now,
                actor_id,
                &credential.public_id,
                ERASED_REVOCATION_REASON,
            )?;
            revoked += 1;
        }
    }
    crate::credentials::corrections::forget_names(conn, user_id, ERASED_NAME)?;

    let address = erased_email(user_id);
    crate::mail::outbox::forget_recipient(conn, &user.email, &address, now)?;

    // Answers go; the attempts keep their scores, so the exam reports keep their counts.
    let attempts = a::table.filter(a::user_id.eq(user_id)).select(a::id);
    diesel::update(aq::table.filter(aq::attempt_id.eq_any(attempts)))
        .set((aq::selected_json.eq(None::<String>), aq::saved_at.eq(None::<i64>), aq::flagged.eq(false)))
        .execute(conn)?;
    diesel::delete(ca::table.filter(ca::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(lc::table.filter(lc::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(ott::table.filter(ott::user_id.eq(user_id))).execute(conn)?;
    diesel::update(ex::table.filter(ex::user_id.eq(user_id))).set(ex::reason.eq(ERASED_REASON_TEXT)).execute(conn)?;
    diesel::update(acc::table.filter(acc::user_id.eq(user_id)))
        .set(acc::reason.eq(ERASED_REASON_TEXT))
        .execute(conn)?;
    diesel::update(inv::table.filter(inv::accepted_user_id.eq(user_id).or(inv::email.eq(&user.email))))
        .set(inv::email.eq(&address))
        .execute(conn)?;
    throttle::clear(conn, &throttle::account_key(&user.email))?;
    // The links to learning platforms go with the account (a later launch starts afresh), and
    // scores not yet sent, which name the platform's user.
    diesel::delete(la::table.filter(la::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(gl::table.filter(gl::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(ls::table.filter(ls::user_id.eq(user_id)).filter(ls::sent_at.is_null())).execute(conn)?;

    // Last, the account: it cannot sign in again, and every token it had stops working.
    diesel::update(u::table.filter(u::id.eq(user_id)))
        .set((
            u::name.eq(ERASED_NAME),
            u::email.eq(&address),
            u::password_hash.eq(ERASED_PASSWORD_HASH),
            u::company.eq(""),
            u::disabled_at.eq(Some(now)),
            u::token_version.eq(u::token_version + 1),
            u::updated_at.eq(now),
        ))
        .execute(conn)?;
    tracing::info!(user = user_id, by = actor_id, via = via.as_str(), "account erased");
    Ok(Erasure {
        user_id,
        erased_by: Some(actor_id),
        via: via.as_str().to_owned(),
        reason: reason.to_owned(),
        erased_at: rfc3339(now),
        credentials_revoked: revoked,
    })
}
