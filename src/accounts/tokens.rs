//! Single-use tokens sent by e-mail or printed at start (verify e-mail, password reset, admin
//! setup). Only a SHA-256 of each token is stored; using one is a conditional UPDATE, so two
//! concurrent uses cannot both succeed.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::one_time_tokens as t;

/// Random bytes in a token (256 bits).
const TOKEN_BYTES: usize = 32;
/// A verification link works this long.
pub const VERIFY_EMAIL_TTL_SECS: i64 = 7 * 24 * 3600;
/// A password-reset link works this long.
pub const PASSWORD_RESET_TTL_SECS: i64 = 3600;
/// The admin setup link printed at start works this long.
pub const ADMIN_SETUP_TTL_SECS: i64 = 24 * 3600;

/// What a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    PasswordReset,
    AdminSetup,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::PasswordReset => "password_reset",
            Purpose::AdminSetup => "admin_setup",
        }
    }
    fn ttl_secs(self) -> i64 {
        match self {
            Purpose::VerifyEmail => VERIFY_EMAIL_TTL_SECS,
            Purpose::PasswordReset => PASSWORD_RESET_TTL_SECS,
            Purpose::AdminSetup => ADMIN_SETUP_TTL_SECS,
        }
    }
}

/// A fresh random token, URL-safe.
pub fn generate_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The SHA-256 of a token, as stored (the token itself never is).
pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stores a new token and returns it in clear (the only time it exists in clear).
pub fn create(conn: &mut DbConnection, user_id: Option<i64>, purpose: Purpose, now: UnixSecs) -> QueryResult<String> {
    let token = generate_token();
    diesel::insert_into(t::table)
        .values((
            t::user_id.eq(user_id),
            t::purpose.eq(purpose.as_str()),
            t::token_hash.eq(token_hash(&token)),
            t::created_at.eq(now),
            t::expires_at.eq(now + purpose.ttl_secs()),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Marks every unused token of this purpose (and user) as used, so only the newest one works.
pub fn revoke_unused(
    conn: &mut DbConnection,
    user_id: Option<i64>,
    purpose: Purpose,
    now: UnixSecs,
) -> QueryResult<usize> {
    let query = diesel::update(t::table).filter(t::purpose.eq(purpose.as_str())).filter(t::used_at.is_null());
    match user_id {
        Some(id) => query.filter(t::user_id.eq(id)).set(t::used_at.eq(now)).execute(conn),
        None => query.filter(t::user_id.is_null()).set(t::used_at.eq(now)).execute(conn),
    }
}

/// How a token use failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenProblem {
    /// Unknown, or made for another purpose.
    Invalid,
    /// Already used.
    Used,
    /// Past its expiry.
    Expired,
}

/// Uses a token once: returns its user id (None for user-less tokens such as admin setup).
pub fn consume(
    conn: &mut DbConnection,
    token: &str,
    purpose: Purpose,
    now: UnixSecs,
) -> QueryResult<Result<Option<i64>, TokenProblem>> {
    let hash = token_hash(token.trim());
    let claimed = diesel::update(t::table)
        .filter(t::token_hash.eq(&hash))
        .filter(t::purpose.eq(purpose.as_str()))
        .filter(t::used_at.is_null())
        .filter(t::expires_at.gt(now))
        .set(t::used_at.eq(now))
        .returning(t::user_id)
        .get_result::<Option<i64>>(conn)
        .optional()?;
    if let Some(user_id) = claimed {
        return Ok(Ok(user_id));
    }
    let found = t::table
        .filter(t::token_hash.eq(&hash))
        .filter(t::purpose.eq(purpose.as_str()))
        .select((t::used_at, t::expires_at))
        .first::<(Option<i64>, i64)>(conn)
        .optional()?;
    Ok(Err(match found {
        None => TokenProblem::Invalid,
        Some((Some(_), _)) => TokenProblem::Used,
        Some((None, _)) => TokenProblem::Expired,
    }))
}

/// Checks a token without using it.
pub fn peek(
    conn: &mut DbConnection,
    token: &str,
    purpose: Purpose,
    now: UnixSecs,
) -> QueryResult<Result<Option<i64>, TokenProblem>> {
    let found = t::table
        .filter(t::token_hash.eq(token_hash(token.trim())))
        .filter(t::purpose.eq(purpose.as_str()))
        .select((t::user_id, t::used_at, t::expires_at))
        .first::<(Option<i64>, Option<i64>, i64)>(conn)
        .optional()?;
    Ok(match found {
        None => Err(TokenProblem::Invalid),
        Some((_, Some(_), _)) => Err(TokenProblem::Used),
        Some((_, None, expires)) if expires <= now => Err(TokenProblem::Expired),
        Some((user_id, None, _)) => Ok(user_id),
    })
}

/// Tokens of this purpose created for a user since `since` (to limit e-mails per hour).
pub fn count_created_since(
    conn: &mut DbConnection,
    user_id: i64,
    purpose: Purpose,
    since: UnixSecs,
) -> QueryResult<i64> {
    t::table
        .filter(t::user_id.eq(user_id))
        .filter(t::purpose.eq(purpose.as_str()))
        .filter(t::created_at.ge(since))
        .count()
        .get_result(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let a = generate_token();
        assert_eq!(a.len(), 43);
        assert_ne!(a, generate_token());
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(token_hash("x").len(), 64);
    }
}
