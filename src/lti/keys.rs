//! Keys: the tool's RSA key pair (made on first use and kept in the database, sealed with
//! `ESS_SECRET` like the Open Badges issuer key, so that every instance signs with the same key;
//! every key not retired is published at `/lti/jwks.json`; it signs deep-linking responses and
//! the client assertions of grade passback), and each platform's JWKS, fetched from its
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
use crate::db::schema::{lti_platforms as p, lti_tool_keys as tk};

/// The tool's key file in the data dir (PKCS#8 PEM), from before keys were shared in the
/// database: a key found there is moved into the database, so platforms keep its `kid`.
pub const TOOL_KEY_FILE: &str = "lti-tool-key.pem";
/// The label of the tool key's seal.
const SEAL_LABEL: &[u8] = b"ess-academy lti tool key v1\0";
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
    /// The PKCS#8 PEM, kept to seal it into the database.
    pem: String,
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
        Ok(ToolKey { pem: pem.to_owned(), encoding: EncodingKey::from_rsa_der(der.as_bytes()), kid, n, e })
    }

    /// A new key.
    pub fn generate() -> anyhow::Result<ToolKey> {
        let key = RsaPrivateKey::new(&mut rsa::rand_core::OsRng, TOOL_KEY_BITS)
            .map_err(|e| anyhow::anyhow!("cannot make an RSA key: {e}"))?;
        let pem = key.to_pkcs8_pem(LineEnding::LF).map_err(|e| anyhow::anyhow!("cannot encode the RSA key: {e}"))?;
        ToolKey::from_pem(&pem)
    }

    /// The key every instance signs with: the oldest key in the database that this secret
    /// unseals; else the data dir's key from before (moved into the database), else a new one.
    /// Two instances starting at once may each add one: both then pick the oldest.
    pub fn load_shared(
        conn: &mut DbConnection,
        secret: &[u8],
        data_dir: &Path,
        now: UnixSecs,
    ) -> anyhow::Result<ToolKey> {
        if let Some(key) = ToolKey::active(conn, secret)? {
            return Ok(key);
        }
        let legacy = data_dir.join(TOOL_KEY_FILE);
        let fresh = match std::fs::read_to_string(&legacy) {
            Ok(pem) => ToolKey::from_pem(&pem).with_context(|| legacy.display().to_string())?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => ToolKey::generate()?,
            Err(e) => return Err(e).with_context(|| legacy.display().to_string()),
        };
        diesel::sql_query(
            "INSERT INTO lti_tool_keys (kid, public_jwk, sealed_private, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (kid) DO NOTHING",
        )
        .bind::<diesel::sql_types::Text, _>(&fresh.kid)
        .bind::<diesel::sql_types::Text, _>(fresh.public_jwk().to_string())
        .bind::<diesel::sql_types::Text, _>(crate::sealing::seal(SEAL_LABEL, secret, &fresh.pem)?)
        .bind::<diesel::sql_types::BigInt, _>(now)
        .execute(conn)?;
        Ok(ToolKey::active(conn, secret)?.unwrap_or(fresh))
    }

    fn active(conn: &mut DbConnection, secret: &[u8]) -> anyhow::Result<Option<ToolKey>> {
        let rows: Vec<(String, String)> = tk::table
            .filter(tk::retired_at.is_null())
            .order((tk::created_at, tk::kid))
            .select((tk::kid, tk::sealed_private))
            .load(conn)?;
        for (kid, sealed) in rows {
            match crate::sealing::unseal(SEAL_LABEL, secret, &sealed) {
                Some(pem) => return Ok(Some(ToolKey::from_pem(&pem)?)),
                None => tracing::warn!("the LTI tool key {kid} was sealed with another ESS_SECRET: skipped"),
            }
        }
        Ok(None)
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as a JWK.
    pub fn public_jwk(&self) -> Value {
        json!({"kty": "RSA", "alg": "RS256", "use": "sig", "kid": self.kid, "n": self.n, "e": self.e})
    }

    /// Signs claims as an RS256 JWT with this key's `kid`.
    pub fn sign<T: Serialize>(&self, claims: &T) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::RS256);
        header.typ = Some("JWT".into());
        header.kid = Some(self.kid.clone());
        Ok(jsonwebtoken::encode(&header, claims, &self.encoding)?)
    }
}

/// Every tool key not retired, as the JWKS platforms verify the tool's messages with.
pub fn published_jwks(conn: &mut DbConnection) -> anyhow::Result<Value> {
    let keys: Vec<String> = tk::table
        .filter(tk::retired_at.is_null())
        .order((tk::created_at, tk::kid))
        .select(tk::public_jwk)
        .load(conn)?;
    let keys: Vec<Value> = keys.iter().map(|k| serde_json::from_str(k)).collect::<Result<_, _>>()?;
    Ok(json!({ "keys": keys }))
}

/// The tool key of an instance, read (or made) on first use: making one takes a moment.
pub struct LazyToolKey {
    db: crate::db::Db,
    secret: Vec<u8>,
    data_dir: PathBuf,
    key: OnceLock<ToolKey>,
}

impl LazyToolKey {
    pub fn new(db: crate::db::Db, secret: &[u8], data_dir: &Path) -> Self {
        LazyToolKey { db, secret: secret.to_vec(), data_dir: data_dir.to_path_buf(), key: OnceLock::new() }
    }

    /// The key (blocking: call it off the async threads, and not while holding the write
    /// connection, which a first use needs).
    pub fn get(&self, now: UnixSecs) -> anyhow::Result<&ToolKey> {
        if let Some(key) = self.key.get() {
            return Ok(key);
        }
        let key = ToolKey::load_shared(&mut *self.db.write()?, &self.secret, &self.data_dir, now)?;
        Ok(self.key.get_or_init(|| key))
    }

    /// The published keys (blocking).
    pub fn jwks(&self, now: UnixSecs) -> anyhow::Result<Value> {
        self.get(now)?;
        published_jwks(&mut *self.db.read()?)
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
    fn the_tool_key_is_shared_through_the_database_and_published_with_its_thumbprint() {
        let (dir, other_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let db = crate::db::Db::open_for_command(&format!("sqlite://{}", dir.path().join("t.db").display())).unwrap();
        let key = ToolKey::load_shared(&mut db.write().unwrap(), b"secret", dir.path(), 10).unwrap();
        // Another instance (its own data dir, the same database and secret) signs with the same key.
        let again = ToolKey::load_shared(&mut db.write().unwrap(), b"secret", other_dir.path(), 20).unwrap();
        assert_eq!(key.kid(), again.kid());
        let jwks = published_jwks(&mut db.read().unwrap()).unwrap();
        assert_eq!(jwks["keys"].as_array().unwrap().len(), 1);
        assert_eq!(jwks["keys"][0]["kid"], key.kid());
        assert_eq!(jwks["keys"][0]["alg"], "RS256");
        let set: JwkSet = serde_json::from_value(jwks).unwrap();
        let token = key.sign(&json!({"sub": "x", "exp": 4_000_000_000_i64})).unwrap();
        let decoding = jsonwebtoken::DecodingKey::from_jwk(set.find(key.kid()).unwrap()).unwrap();
        let mut validation = jsonwebtoken::Validation::new(Algorithm::RS256);
        validation.validate_aud = false;
        assert!(jsonwebtoken::decode::<Value>(&token, &decoding, &validation).is_ok());
        // Another secret cannot use it: it makes its own (and warns).
        let foreign = ToolKey::load_shared(&mut db.write().unwrap(), b"other", other_dir.path(), 30).unwrap();
        assert_ne!(foreign.kid(), key.kid());
    }

    #[test]
    fn a_key_left_in_the_data_dir_moves_into_the_database_with_its_kid() {
        let dir = tempfile::tempdir().unwrap();
        let old = ToolKey::generate().unwrap();
        std::fs::write(dir.path().join(TOOL_KEY_FILE), &old.pem).unwrap();
        let db = crate::db::Db::open_for_command(&format!("sqlite://{}", dir.path().join("t.db").display())).unwrap();
        let key = ToolKey::load_shared(&mut db.write().unwrap(), b"secret", dir.path(), 10).unwrap();
        assert_eq!(key.kid(), old.kid());
    }
}
