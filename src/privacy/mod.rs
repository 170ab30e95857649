//! The holder's data rights (GDPR articles 15, 17 and 20): a person downloads everything we hold
//! about them (`export`), and erases their account, themselves or through a programme admin
//! (`erase`). Like `reports`, this room reads one person's rows across every domain; it changes
//! them through the owning domain's functions where one exists (revocation, the outbox) and
//! records each erasure in `erasures`.
//!
//! The retention of e-mail bodies lives with the outbox (`mail::outbox::remove_old_bodies`) and
//! runs in the sweeper's hourly round.

pub mod document;
pub mod erase;
pub mod export;

use serde::Serialize;

/// The name an erased account (and its credentials) carries from then on.
pub const ERASED_NAME: &str = "Erased learner";
/// The domain of the addresses erased accounts get (`.invalid` never delivers, RFC 2606).
pub const ERASED_EMAIL_DOMAIN: &str = "erased.invalid";
/// The revocation reason of the credentials of an erased account.
pub const ERASED_REVOCATION_REASON: &str = "erased at the holder's request";
/// The reason recorded when a person erases their own account.
pub const HOLDER_REASON: &str = "Requested by the holder.";
/// An admin's reason for an erasure: at most this many characters.
pub const ERASURE_REASON_MAX_CHARS: usize = 500;

/// The address an erased account gets: unique, and never delivered.
pub fn erased_email(user_id: i64) -> String {
    format!("erased-{user_id}@{ERASED_EMAIL_DOMAIN}")
}

/// Who asked for an erasure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The person, signed in with their password.
    Holder,
    /// A programme admin, on a request received by other means.
    Admin,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Holder => "holder",
            Via::Admin => "admin",
        }
    }
}

/// The record of an erasure.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Erasure {
    /// The erased account's id.
    pub user_id: i64,
    /// Who erased it: the holder themselves or the programme admin.
    pub erased_by: Option<i64>,
    /// `holder` or `admin`.
    pub via: String,
    pub reason: String,
    /// RFC 3339.
    pub erased_at: String,
    /// How many credentials were revoked.
    pub credentials_revoked: usize,
}
