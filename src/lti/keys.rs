//! Keys: the tool's RSA key pair (kept in the data dir, made on first use, published at
//! `/lti/jwks.json`, signing deep-linking responses), and each platform's JWKS, fetched from its
//! `jwks_url` and cached in the database (so every instance shares it): a launch signed with a
//! `kid` the cache does not know fetches the set again, at most once per
//! `JWKS_REFETCH_MIN_SECS`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::PlatformRow;
use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::lti_platforms as p;

/// The tool's key file in the data dir (PKCS#8 PEM).
pub const TOOL_KEY_FILE: &str = "lti-tool-key.pem";
/// The size of the tool's RSA key.
pub const TOOL_KEY_BITS: usize = 2048;
/// How long a platform's JWKS fetch may take.
pub const JWKS_FETCH_TIMEOUT_SECS: u64 = 5;
/// The largest JWKS document read.
pub const JWKS_MAX_BYTES: usize = 256 * 1024;
/// An unknown `kid` fetches the platform's keys again at most this often.
pub const JWKS_REFETCH_MIN_SECS: i64 = 30;
/// A cached JWKS older than this is fetched again before use.
pub const JWKS_MAX_AGE_SECS: i64 = 24 * 3600;

/// The tool's signing key.
pub struct ToolKey {
    encoding: EncodingKey,
    kid: String,
    n: String,
    e: String,
}

impl ToolKey {
    /// A key from a PKCS#8 PEM.
    pub fn from_pem(pem: &str) -> anyhow::Result<ToolKey> {
        let private = RsaPrivateKey::from_pkcs8_pem(pem).map_err(|e| anyhow::anyhow!("not an RSA PKCS#8 key: {e}"))?;
        let der = private.to_pkcs1_der().map_err(|e| anyhow::anyhow!("cannot encode the RSA key: {e}"))?;
        let public = RsaPublicKey::from(&private);
        let n = URL_SAFE_NO_PAD.encode(public.n().to_bytes_be());
        let e = URL_SAFE_NO_PAD.encode(public.e().to_bytes_be());
        // RFC 7638: the required members in lexicographic order, no spaces.
        let canonical = format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#);
        let kid = URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()));
        Ok(ToolKey { encoding: EncodingKey::from_rsa_der(der.as_bytes()), kid, n, e })
    }

    /// The key of a data dir, made (and kept there, readable by the owner only) when missing.
    pub fn load_or_create(data_dir: &Path) -> anyhow::Result<ToolKey> {
        let path = data_dir.join(TOOL_KEY_FILE);
        let pem = crate::config::read_or_create_private(&path, || {
            let key = RsaPrivateKey::new(&mut rsa::rand_core::OsRng, TOOL_KEY_BITS)
                .map_err(|e| anyhow::anyhow!("cannot make an RSA key: {e}"))?;
            Ok(key
                .to_pkcs8_pem(LineEnding::LF)
                .map_err(|e| anyhow::anyhow!("cannot encode the RSA key: {e}"))?
                .to_string())
        })?;
        ToolKey::from_pem(&pem).with_context(|| path.display().to_string())
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as a JWKS.
    pub fn jwks(&self) -> Value {
        json!({"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": self.kid, "n": self.n, "e": self.e}]})
    }

    /// Signs claims as an RS256 JWT with this key's `kid`.
    pub fn sign<T: Serialize>(&self, claims: &T) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::RS256);
        header.typ = Some("JWT".into());
        header.kid = Some(self.kid.clone());
        Ok(jsonwebtoken::encode(&header, claims, &self.encoding)?)
    }
}

/// The tool key of an instance, read or made on first use (making one takes a moment).
pub struct LazyToolKey {
    data_dir: PathBuf,
    key: OnceLock<ToolKey>,
}

impl LazyToolKey {
    pub fn new(data_dir: &Path) -> Self {
        LazyToolKey { data_dir: data_dir.to_path_buf(), key: OnceLock::new() }
    }

    /// The key (blocking: call it off the async threads).
    pub fn get(&self) -> anyhow::Result<&ToolKey> {
        if let Some(key) = self.key.get() {
            return Ok(key);
        }
        let key = ToolKey::load_or_create(&self.data_dir)?;
        Ok(self.key.get_or_init(|| key))
    }
}

/// The cached JWKS of a platform, unless it is missing or too old.
pub fn cached_jwks(platform: &PlatformRow, now: UnixSecs) -> Option<JwkSet> {
    let fetched_at = platform.jwks_fetched_at?;
    if now - fetched_at > JWKS_MAX_AGE_SECS {
        return None;
    }
    serde_json::from_str(platform.jwks_json.as_deref()?).ok()
}

/// Whether an unknown `kid` may fetch the platform's keys again now.
pub fn may_refetch(platform: &PlatformRow, now: UnixSecs) -> bool {
    platform.jwks_fetched_at.is_none_or(|at| now - at >= JWKS_REFETCH_MIN_SECS)
}

/// An HTTP client for platforms' endpoints.
pub fn http_client() -> anyhow::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(JWKS_FETCH_TIMEOUT_SECS))
        .redirect(reqwest::redirect::Policy::limited(3))
        .build()
        .context("the HTTP client for LTI platforms")
}

/// Fetches a platform's JWKS; the answer must be a JWK set.
pub async fn fetch_jwks(client: &reqwest::Client, url: &str) -> anyhow::Result<(JwkSet, String)> {
    let response = client.get(url).send().await.with_context(|| format!("cannot reach {url}"))?;
    if !response.status().is_success() {
        anyhow::bail!("{url} answered {}", response.status());
    }
    let bytes = response.bytes().await.with_context(|| format!("cannot read {url}"))?;
    if bytes.len() > JWKS_MAX_BYTES {
        anyhow::bail!("{url} answered more than {JWKS_MAX_BYTES} bytes");
    }
    let text = String::from_utf8(bytes.to_vec()).with_context(|| format!("{url} is not UTF-8"))?;
    let set: JwkSet = serde_json::from_str(&text).with_context(|| format!("{url} is not a JWK set"))?;
    Ok((set, text))
}

/// Keeps a fetched JWKS for every instance.
pub fn store_jwks(conn: &mut DbConnection, platform_id: i64, json: &str, now: UnixSecs) -> QueryResult<()> {
    diesel::update(p::table.filter(p::id.eq(platform_id)))
        .set((p::jwks_json.eq(Some(json)), p::jwks_fetched_at.eq(Some(now))))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tool_key_is_made_once_and_published_with_its_thumbprint() {
        let dir = tempfile::tempdir().unwrap();
        let key = ToolKey::load_or_create(dir.path()).unwrap();
        let again = ToolKey::load_or_create(dir.path()).unwrap();
        assert_eq!(key.kid(), again.kid(), "the data dir keeps the key");
        let jwks = key.jwks();
        assert_eq!(jwks["keys"][0]["kid"], key.kid());
        assert_eq!(jwks["keys"][0]["alg"], "RS256");
        let set: JwkSet = serde_json::from_value(jwks).unwrap();
        let token = key.sign(&json!({"sub": "x", "exp": 4_000_000_000_i64})).unwrap();
        let decoding = jsonwebtoken::DecodingKey::from_jwk(set.find(key.kid()).unwrap()).unwrap();
        let mut validation = jsonwebtoken::Validation::new(Algorithm::RS256);
        validation.validate_aud = false;
        assert!(jsonwebtoken::decode::<Value>(&token, &decoding, &validation).is_ok());
    }
}
