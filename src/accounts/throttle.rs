//! Login throttling, kept in the database so that every instance sees the same counts: at most
//! `LOGIN_MAX_FAILURES_PER_ACCOUNT` failures per e-mail address and
//! `LOGIN_MAX_FAILURES_PER_ADDRESS` per client address within `LOGIN_FAILURE_WINDOW_SECS`.
//! Unknown e-mail addresses are counted exactly like known ones.

use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::login_failures as lf;

/// The window over which failures are counted.
pub const LOGIN_FAILURE_WINDOW_SECS: i64 = 15 * 60;
/// Failures allowed per account in the window.
pub const LOGIN_MAX_FAILURES_PER_ACCOUNT: i64 = 10;
/// Failures allowed per client address in the window (an office shares one address).
pub const LOGIN_MAX_FAILURES_PER_ADDRESS: i64 = 30;

pub fn account_key(email: &str) -> String {
    format!("account:{email}")
}

pub fn address_key(addr: &str) -> String {
    format!("address:{addr}")
}

/// `Some(seconds to wait)` when either key is over its limit.
pub fn blocked_for(conn: &mut DbConnection, keys: &[(&str, i64)], now: UnixSecs) -> QueryResult<Option<i64>> {
    let since = now - LOGIN_FAILURE_WINDOW_SECS;
    let mut wait = None;
    for (key, limit) in keys {
        let (count, oldest): (i64, Option<i64>) = lf::table
            .filter(lf::scope_key.eq(key))
            .filter(lf::failed_at.gt(since))
            .select((count_star(), min(lf::failed_at)))
            .first(conn)?;
        if count >= *limit {
            let secs = oldest.map_or(LOGIN_FAILURE_WINDOW_SECS, |t| t + LOGIN_FAILURE_WINDOW_SECS - now).max(1);
            wait = Some(wait.map_or(secs, |w: i64| w.max(secs)));
        }
    }
    Ok(wait)
}

/// Records one failure under each key, and forgets failures older than the window.
pub fn record_failure(conn: &mut DbConnection, keys: &[&str], now: UnixSecs) -> QueryResult<()> {
    for key in keys {
        diesel::insert_into(lf::table).values((lf::scope_key.eq(*key), lf::failed_at.eq(now))).execute(conn)?;
    }
    diesel::delete(lf::table.filter(lf::failed_at.le(now - LOGIN_FAILURE_WINDOW_SECS))).execute(conn)?;
    Ok(())
}

/// Forgets the failures of a key (after a successful login or a password reset).
pub fn clear(conn: &mut DbConnection, key: &str) -> QueryResult<()> {
    diesel::delete(lf::table.filter(lf::scope_key.eq(key))).execute(conn).map(|_| ())
}
