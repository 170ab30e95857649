//! Session tokens: HS256 JWTs with a pinned algorithm, explicit expiry, issuer and audience, and
//! the user's token version, so that logout, a password change or disabling an account
//! invalidates every earlier token of that user at once.

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

/// The signing keys and rules of session tokens.
#[derive(Clone)]
pub struct SessionKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    lifetime_secs: i64,
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
    pub fn verify(&self, token: &str, now: UnixSecs) -> Option<Claims> {
        let claims = decode::<Claims>(token, &self.decoding, &self.validation).ok()?.claims;
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
