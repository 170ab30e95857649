//! Session tokens: HS256 JWTs with a pinned algorithm, explicit expiry, issuer and audience, and
//! the user's token version, so that logout, a password change or disabling an account
//! invalidates every earlier token of that user at once.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};

use super::Role;
use crate::clock::UnixSecs;

/// The audience of our session tokens.
pub const SESSION_AUDIENCE: &str = "ess-academy";
/// Allowed clock difference when checking `exp` and `iat`.
pub const SESSION_LEEWAY_SECS: u64 = 5;

/// The claims of a session token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The user id.
    pub sub: String,
    /// The role when the token was issued (the database is checked on every request).
    pub role: String,
    /// The user's token version when the token was issued.
    pub ver: i64,
    pub iat: i64,
    pub exp: i64,
    pub iss: String,
    pub aud: String,
}

/// Tokens whose signature and claims were checked, kept at most (a full set is emptied).
const MAX_VERIFIED: usize = 2048;

/// The signing keys and rules of session tokens.
#[derive(Clone)]
pub struct SessionKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    lifetime_secs: i64,
    /// Tokens already verified with these keys, with their claims: a session sends the same
    /// token with every request, and checking its HMAC, decoding and parsing it again was a
    /// seventh of a module page's CPU. Only the times are checked again at each use; revocation
    /// is the account's token version, checked by the caller on every request.
    verified: Arc<RwLock<HashMap<String, Claims>>>,
}

/// A session token and when it expires.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub token: String,
    pub expires_at: UnixSecs,
}

impl SessionKeys {
    /// `issuer` is the public URL of the site.
    pub fn new(secret: &[u8], issuer: &str, lifetime_secs: i64) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.algorithms = vec![Algorithm::HS256];
        validation.leeway = SESSION_LEEWAY_SECS;
        validation.validate_exp = true;
        validation.validate_nbf = false;
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[SESSION_AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iat", "sub", "iss", "aud"]);
        SessionKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            issuer: issuer.to_owned(),
            lifetime_secs,
            verified: Arc::default(),
        }
    }

    pub fn lifetime_secs(&self) -> i64 {
        self.lifetime_secs
    }

    /// Signs a token for a user at `now`.
    pub fn issue(&self, user_id: i64, role: Role, token_version: i64, now: UnixSecs) -> anyhow::Result<IssuedToken> {
        let claims = Claims {
            sub: user_id.to_string(),
            role: role.as_str().to_owned(),
            ver: token_version,
            iat: now,
            exp: now + self.lifetime_secs,
            iss: self.issuer.clone(),
            aud: SESSION_AUDIENCE.to_owned(),
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?;
        Ok(IssuedToken { token, expires_at: claims.exp })
    }

    /// Checks signature, algorithm, issuer, audience and expiry (against the system clock in the
    /// library and against the application clock here). Any failure is `None`: never a panic.
    /// A token verified before is not decoded again, but its times are checked at every use,
    /// against both clocks as the first time.
    pub fn verify(&self, token: &str, now: UnixSecs) -> Option<Claims> {
        let known = self.verified.read().ok().and_then(|v| v.get(token).cloned());
        let claims = match known {
            Some(claims) => {
                let system_now = jsonwebtoken::get_current_timestamp();
                if u64::try_from(claims.exp).unwrap_or(0) + self.validation.leeway < system_now {
                    return None;
                }
                claims
            }
            None => {
                let claims = decode::<Claims>(token, &self.decoding, &self.validation).ok()?.claims;
                if let Ok(mut verified) = self.verified.write() {
                    if verified.len() >= MAX_VERIFIED {
                        verified.clear();
                    }
                    verified.insert(token.to_owned(), claims.clone());
                }
                claims
            }
        };
        let leeway = SESSION_LEEWAY_SECS as i64;
        if claims.exp + leeway < now || claims.iat > now + leeway {
            return None;
        }
        Some(claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, SystemClock};

    fn keys() -> SessionKeys {
        SessionKeys::new(b"0123456789abcdef0123456789abcdef", "http://127.0.0.1:8080", 3600)
    }

    #[test]
    fn an_issued_token_verifies_with_its_claims() {
        let now = SystemClock.now();
        let issued = keys().issue(7, Role::Learner, 3, now).unwrap();
        let claims = keys().verify(&issued.token, now).unwrap();
        assert_eq!((claims.sub.as_str(), claims.role.as_str(), claims.ver), ("7", "learner", 3));
        assert_eq!(issued.expires_at, now + 3600);
    }

    #[test]
    fn a_token_verified_before_is_still_checked_for_its_times_and_its_exact_bytes() {
        let now = SystemClock.now();
        let keys = keys();
        let issued = keys.issue(7, Role::Learner, 3, now).unwrap();
        let first = keys.verify(&issued.token, now).unwrap();
        assert_eq!(keys.verified.read().unwrap().len(), 1, "kept after the first check");
        assert_eq!(keys.verify(&issued.token, now), Some(first), "the same claims the second time");
        assert!(keys.verify(&issued.token, now + 3600 + 60).is_none(), "expired by the app clock, though kept");
        assert!(keys.verify(&issued.token, now - 60).is_none(), "issued in the app clock's future");
        // A token kept earlier that has since expired by the system clock.
        let old = keys.issue(7, Role::Learner, 3, now - 7200).unwrap();
        let claims = decode::<Claims>(&old.token, &keys.decoding, &{
            let mut v = keys.validation.clone();
            v.validate_exp = false;
            v
        })
        .unwrap()
        .claims;
        keys.verified.write().unwrap().insert(old.token.clone(), claims);
        assert!(keys.verify(&old.token, now - 7200).is_none(), "expired by the system clock, though kept");
        // One changed character of the signature is another token: checked, and refused.
        let at = issued.token.len() - 10;
        let changed = if &issued.token[at..=at] == "A" { "B" } else { "A" };
        let forged = format!("{}{changed}{}", &issued.token[..at], &issued.token[at + 1..]);
        assert!(keys.verify(&forged, now).is_none());
        // Bounded: a full set is emptied before it grows.
        for i in 0..MAX_VERIFIED + 3 {
            let token = keys.issue(i as i64, Role::Learner, 0, now).unwrap().token;
            assert!(keys.verify(&token, now).is_some());
        }
        assert!(keys.verified.read().unwrap().len() <= MAX_VERIFIED);
    }

    #[test]
    fn expired_forged_and_foreign_tokens_are_refused() {
        let now = SystemClock.now();
        let issued = keys().issue(7, Role::Learner, 0, now).unwrap();
        assert!(keys().verify(&issued.token, now + 3600 + 60).is_none(), "expired by the app clock");
        let other = SessionKeys::new(b"another-secret-another-secret-xx", "http://127.0.0.1:8080", 3600);
        assert!(other.verify(&issued.token, now).is_none(), "other secret");
        let other_issuer = SessionKeys::new(b"0123456789abcdef0123456789abcdef", "https://elsewhere", 3600);
        assert!(other_issuer.verify(&issued.token, now).is_none(), "other issuer");
        assert!(keys().verify("not.a.token", now).is_none());
        assert!(keys().verify("", now).is_none());
        // alg=none with the same claims
        let parts: Vec<&str> = issued.token.split('.').collect();
        let none_header =
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, br#"{"alg":"none","typ":"JWT"}"#);
        assert!(keys().verify(&format!("{none_header}.{}.", parts[1]), now).is_none());
        let old = keys().issue(7, Role::Learner, 0, now - 7200).unwrap();
        assert!(keys().verify(&old.token, now).is_none(), "expired by the system clock");
    }
}
