//! Open Badges 3.0: the credential as an `OpenBadgeCredential`, signed as a VC-JWT (the JWT
//! proof format of OB 3.0 §8.2: the JWT payload *is* the credential, with `exp`, `iss`, `jti`,
//! `nbf` and `sub` added) with one Ed25519 issuer key shared by every instance: it is kept in the
//! database, sealed (ChaCha20-Poly1305) with a key derived from `ESS_SECRET`. Every public key
//! ever used stays in the JWKS, so credentials signed before a rotation keep verifying. Each
//! credential carries a `BitstringStatusListEntry` (W3C Bitstring Status List v1.0) into a
//! revocation list the issuer publishes and signs with the same key (`/ob/status/{list}`).

use std::io::Write;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, spki::der::pem::LineEnding};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::CredentialRow;
use crate::clock::{UnixSecs, rfc3339};
use crate::db::DbConnection;
use crate::db::schema::signing_keys as sk;

/// The key file of the data dir (before keys were shared in the database; still read by
/// `load_or_create` for tools and benchmarks).
pub const KEY_FILE: &str = "ob3-signing-key.pem";
/// The JSON-LD contexts of an OpenBadgeCredential (VC data model 2.0, OB 3.0.3).
pub const CONTEXTS: [&str; 2] =
    ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];
/// Bits in one status list: 131,072 (16 KiB), the minimum the Bitstring Status List
/// specification sets so that a list does not single out its holders.
pub const STATUS_LIST_BITS: i64 = 131_072;

/// The issuer's signing key.
pub struct Signer {
    key: EncodingKey,
    /// The public key as a JWK (without `kid`).
    x: String,
    /// The RFC 7638 thumbprint of the public key.
    thumbprint: String,
    /// The PKCS#8 PEM, kept to seal it into the database.
    pem: String,
}

fn new_pem() -> anyhow::Result<String> {
    let mut seed = [0u8; 32];
    rand::Rng::fill(&mut rand::rng(), &mut seed[..]);
    let pem = SigningKey::from_bytes(&seed)
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| anyhow::anyhow!("cannot encode the signing key: {e}"))?;
    Ok(pem.to_string())
}

/// The label of the issuer key's seal.
const SEAL_LABEL: &[u8] = b"ess-academy ob3 issuer key v1\0";

fn seal(secret: &[u8], pem: &str) -> anyhow::Result<String> {
    crate::sealing::seal(SEAL_LABEL, secret, pem)
}

fn unseal(secret: &[u8], sealed: &str) -> Option<String> {
    crate::sealing::unseal(SEAL_LABEL, secret, sealed)
}

impl Signer {
    /// A signer from a PKCS#8 PEM.
    pub fn from_pem(pem: &str) -> anyhow::Result<Signer> {
        let signing = SigningKey::from_pkcs8_pem(pem).map_err(|e| anyhow::anyhow!("not an Ed25519 PKCS#8 key: {e}"))?;
        let der = signing.to_pkcs8_der().map_err(|e| anyhow::anyhow!("cannot encode the signing key: {e}"))?;
        let x = URL_SAFE_NO_PAD.encode(signing.verifying_key().to_bytes());
        // RFC 7638: the required members in lexicographic order, no spaces.
        let canonical = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
        let thumbprint = URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()));
        Ok(Signer { key: EncodingKey::from_ed_der(der.as_bytes()), x, thumbprint, pem: pem.to_owned() })
    }

    /// Loads the key of a data dir, or makes one (tools and benchmarks; the server shares one
    /// key through the database: `load_shared`).
    pub fn load_or_create(data_dir: &Path) -> anyhow::Result<Signer> {
        let pem = crate::config::read_or_create_private(&data_dir.join(KEY_FILE), new_pem)?;
        Signer::from_pem(&pem).map_err(|e| anyhow::anyhow!("{}: {e}", data_dir.join(KEY_FILE).display()))
    }

    /// The issuer key every instance signs with: the oldest active key in the database that this
    /// secret unseals, or a new one (two instances starting at once both settle on the oldest).
    /// Its public key is published.
    pub fn load_shared(conn: &mut DbConnection, secret: &[u8], now: UnixSecs) -> anyhow::Result<Signer> {
        if let Some(signer) = Signer::active(conn, secret)? {
            return Ok(signer);
        }
        let fresh = Signer::from_pem(&new_pem()?)?;
        fresh.publish_sealed(conn, secret, now)?;
        Ok(Signer::active(conn, secret)?.unwrap_or(fresh))
    }

    fn active(conn: &mut DbConnection, secret: &[u8]) -> anyhow::Result<Option<Signer>> {
        let rows: Vec<(String, Option<String>)> = sk::table
            .filter(sk::retired_at.is_null())
            .filter(sk::sealed_private.is_not_null())
            .order((sk::created_at, sk::kid))
            .select((sk::kid, sk::sealed_private))
            .load(conn)?;
        for (kid, sealed) in rows {
            match sealed.as_deref().and_then(|s| unseal(secret, s)) {
                Some(pem) => return Ok(Some(Signer::from_pem(&pem)?)),
                None => tracing::warn!("the Open Badges issuer key {kid} was sealed with another ESS_SECRET: skipped"),
            }
        }
        Ok(None)
    }

    /// Retires the active keys and makes a new one; the old public keys stay in the JWKS. Every
    /// instance signs with the new key from its next start.
    pub fn rotate(conn: &mut DbConnection, secret: &[u8], now: UnixSecs) -> anyhow::Result<Signer> {
        crate::db::transaction(conn, |conn| -> anyhow::Result<Signer> {
            diesel::update(sk::table.filter(sk::retired_at.is_null())).set(sk::retired_at.eq(now)).execute(conn)?;
            let fresh = Signer::from_pem(&new_pem()?)?;
            fresh.publish_sealed(conn, secret, now)?;
            Ok(fresh)
        })
    }

    fn publish_sealed(&self, conn: &mut DbConnection, secret: &[u8], now: UnixSecs) -> anyhow::Result<()> {
        diesel::sql_query(
            "INSERT INTO signing_keys (kid, public_jwk, created_at, sealed_private) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (kid) DO NOTHING",
        )
        .bind::<diesel::sql_types::Text, _>(&self.thumbprint)
        .bind::<diesel::sql_types::Text, _>(json!({"kty": "OKP", "crv": "Ed25519", "x": self.x}).to_string())
        .bind::<diesel::sql_types::BigInt, _>(now)
        .bind::<diesel::sql_types::Text, _>(seal(secret, &self.pem)?)
        .execute(conn)?;
        Ok(())
    }

    pub fn thumbprint(&self) -> &str {
        &self.thumbprint
    }

    /// The `kid`: a URL that dereferences to the public key as a JWK (OB 3.0 §8.2.4.1).
    pub fn kid(&self, public_url: &str) -> String {
        key_url(public_url, &self.thumbprint)
    }

    /// The public key as a JWK.
    pub fn jwk(&self, public_url: &str) -> Value {
        json!({"kty": "OKP", "crv": "Ed25519", "x": self.x, "alg": "EdDSA", "use": "sig", "kid": self.kid(public_url)})
    }

    /// Signs the credential as a VC-JWT (OB 3.0 §8.2.4.1): the payload is the credential with
    /// the registered claims added.
    pub fn sign(&self, credential: &Value) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.typ = Some("JWT".into());
        let public_url = credential["issuer"]["url"].as_str().unwrap_or_default();
        header.kid = Some(self.kid(public_url));
        Ok(jsonwebtoken::encode(&header, &jwt_claims(credential), &self.key)?)
    }
}

/// The URL of a public key.
pub fn key_url(public_url: &str, thumbprint: &str) -> String {
    format!("{public_url}/ob/keys/{thumbprint}.json")
}

/// Every published public key, as a JWKS.
pub fn jwks(conn: &mut DbConnection, public_url: &str) -> QueryResult<Value> {
    let rows: Vec<(String, String)> = sk::table.order(sk::created_at).select((sk::kid, sk::public_jwk)).load(conn)?;
    let keys: Vec<Value> = rows
        .into_iter()
        .filter_map(|(kid, jwk)| {
            let mut jwk: Value = serde_json::from_str(&jwk).ok()?;
            jwk["kid"] = json!(key_url(public_url, &kid));
            jwk["alg"] = json!("EdDSA");
            jwk["use"] = json!("sig");
            Some(jwk)
        })
        .collect();
    Ok(json!({ "keys": keys }))
}

/// One published public key, by its thumbprint.
pub fn key(conn: &mut DbConnection, public_url: &str, thumbprint: &str) -> QueryResult<Option<Value>> {
    let jwk: Option<String> = sk::table.find(thumbprint).select(sk::public_jwk).first(conn).optional()?;
    Ok(jwk.and_then(|j| serde_json::from_str::<Value>(&j).ok()).map(|mut jwk| {
        jwk["kid"] = json!(key_url(public_url, thumbprint));
        jwk["alg"] = json!("EdDSA");
        jwk["use"] = json!("sig");
        jwk
    }))
}

/// Seconds since the epoch of an RFC 3339 member of the credential.
fn numeric_date(credential: &Value, member: &str) -> Option<i64> {
    credential[member].as_str().and_then(crate::clock::parse_rfc3339)
}

/// The JWT payload of OB 3.0 §8.2.4.1: the credential object itself, with `iss` (the issuer's
/// id), `jti` (the credential's id), `sub` (the subject's id), `nbf` (`validFrom`) and `exp`
/// (`validUntil`, when it has one) added. No `vc` wrapper.
fn jwt_claims(credential: &Value) -> Value {
    let mut claims = credential.clone();
    if let Some(map) = claims.as_object_mut() {
        let issuer = &credential["issuer"];
        map.insert("iss".into(), issuer.get("id").cloned().unwrap_or_else(|| issuer.clone()));
        map.insert("jti".into(), credential["id"].clone());
        if let Some(sub) = credential["credentialSubject"].get("id") {
            map.insert("sub".into(), sub.clone());
        }
        if let Some(nbf) = numeric_date(credential, "validFrom") {
            map.insert("nbf".into(), json!(nbf));
        }
        if let Some(exp) = numeric_date(credential, "validUntil") {
            map.insert("exp".into(), json!(exp));
        }
    }
    claims
}

/// The issuer, as the credentials and status lists name it.
pub fn issuer(public_url: &str) -> Value {
    json!({
        "id": format!("{public_url}/ob/issuer.json"),
        "type": ["Profile"],
        "name": "ESS Academy",
        "url": public_url,
    })
}

/// Which status list, and which bit of it, holds a credential's revocation.
pub fn status_position(credential_id: i64) -> (i64, i64) {
    (credential_id.div_euclid(STATUS_LIST_BITS), credential_id.rem_euclid(STATUS_LIST_BITS))
}

/// The URL of a status list credential.
pub fn status_list_url(public_url: &str, list: i64) -> String {
    format!("{public_url}/ob/status/{list}")
}

/// The `credentialStatus` of a credential: a `BitstringStatusListEntry` for revocation.
pub fn status_entry(public_url: &str, credential_id: i64) -> Value {
    let (list, index) = status_position(credential_id);
    let url = status_list_url(public_url, list);
    json!({
        "id": format!("{url}#{index}"),
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": index.to_string(),
        "statusListCredential": url,
    })
}

/// The `encodedList` of Bitstring Status List v1.0 §3.2: the bitstring (bit 0 is the left-most
/// bit of the first byte) GZIP-compressed, then base64url without padding, with the multibase
/// prefix `u`.
pub fn encode_bitstring(set_bits: &[i64]) -> anyhow::Result<String> {
    let mut bytes = vec![0u8; (STATUS_LIST_BITS / 8) as usize];
    for &bit in set_bits.iter().filter(|b| (0..STATUS_LIST_BITS).contains(*b)) {
        bytes[(bit / 8) as usize] |= 0x80 >> (bit % 8);
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes)?;
    Ok(format!("u{}", URL_SAFE_NO_PAD.encode(gz.finish()?)))
}

/// The status list credential of Bitstring Status List v1.0 §2.2, unsigned: `revoked` are the
/// indices set in this list, `valid_from` the moment it last changed.
pub fn status_list_credential(
    public_url: &str,
    list: i64,
    revoked: &[i64],
    valid_from: UnixSecs,
) -> anyhow::Result<Value> {
    let url = status_list_url(public_url, list);
    Ok(json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer(public_url),
        "validFrom": rfc3339(valid_from),
        "credentialSubject": {
            "id": format!("{url}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bitstring(revoked)?,
        },
    }))
}

/// The facts of the credential the document is made of.
pub struct Ob3Facts<'a> {
    pub public_url: &'a str,
    pub row: &'a CredentialRow,
    pub email: &'a str,
    pub description: &'a str,
    pub criteria: &'a str,
    pub course_url: String,
}

/// The unsigned OpenBadgeCredential.
pub fn credential(facts: &Ob3Facts<'_>) -> Value {
    let base = facts.public_url;
    let row = facts.row;
    let (salt, identity) = super::hashed_recipient(&row.public_id, facts.email);
    json!({
        "@context": CONTEXTS,
        "id": format!("{base}/verify/{}", row.public_id),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": row.title,
        "issuer": issuer(base),
        // The current unbroken validity: from issue, or from a renewal in the grace period.
        "validFrom": rfc3339(row.valid_since),
        "validUntil": rfc3339(row.expires_at),
        "awardedDate": rfc3339(row.issued_at),
        "credentialStatus": status_entry(base, row.id),
        "credentialSubject": {
            "id": format!("{base}/verify/{}#holder", row.public_id),
            "type": ["AchievementSubject"],
            "name": row.holder_name,
            "identifier": [{
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": true,
                "salt": salt,
                "identityHash": identity,
            }],
            "achievement": {
                "id": format!("{base}/ob/badgeclass.json"),
                "type": ["Achievement"],
                "achievementType": "Certification",
                "name": row.title,
                "description": facts.description,
                "criteria": {"id": facts.course_url, "narrative": facts.criteria},
                "image": {"id": format!("{base}/static/img/logo.svg"), "type": "Image"},
            },
        },
    })
}

#[cfg(test)]
mod tests {
    use jsonwebtoken::{DecodingKey, Validation};

    use super::*;

    fn row() -> CredentialRow {
        CredentialRow {
            id: 1,
            public_id: "abc".into(),
            user_id: 1,
            course_id: 1,
            holder_name: "Zoë Ñandú".into(),
            title: "Environmental Sustainability Specialist".into(),
            issued_at: 1_780_000_000,
            expires_at: 1_811_536_000,
            revoked_at: None,
            revocation_reason: None,
            revoked_by: None,
            cycle: 1,
            renewed_at: None,
            valid_since: 1_780_000_000,
            lapsed_at: None,
            previous_id: None,
        }
    }

    #[test]
    fn a_signed_credential_verifies_with_the_published_key_and_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let signer = Signer::load_or_create(dir.path()).unwrap();
        assert_eq!(Signer::load_or_create(dir.path()).unwrap().thumbprint(), signer.thumbprint(), "the key is kept");
        let row = row();
        let facts = Ob3Facts {
            public_url: "https://academy.example",
            row: &row,
            email: "zoe@example.com",
            description: "d",
            criteria: "c",
            course_url: "https://academy.example/courses/x".into(),
        };
        let vc = credential(&facts);
        let jwt = signer.sign(&vc).unwrap();
        let header = jsonwebtoken::decode_header(&jwt).unwrap();
        assert_eq!(header.alg, Algorithm::EdDSA);
        assert_eq!(header.kid.as_deref(), Some(signer.kid("https://academy.example").as_str()));
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(signer.jwk("https://academy.example")).unwrap();
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.validate_exp = false;
        validation.set_required_spec_claims(&["iss", "nbf", "jti", "sub"]);
        let data = jsonwebtoken::decode::<Value>(&jwt, &DecodingKey::from_jwk(&jwk).unwrap(), &validation).unwrap();
        // OB 3.0 §8.2.4.1: the payload is the credential itself, no `vc` wrapper.
        assert!(data.claims.get("vc").is_none());
        assert_eq!(data.claims["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
        assert_eq!(data.claims["credentialSubject"]["name"], "Zoë Ñandú");
        assert_eq!(data.claims["nbf"], 1_780_000_000);
        assert_eq!(data.claims["exp"], 1_811_536_000);
        assert_eq!(data.claims["iss"], "https://academy.example/ob/issuer.json");
        assert_eq!(data.claims["iss"], data.claims["issuer"]["id"]);
        assert_eq!(data.claims["jti"], data.claims["id"]);
        assert_eq!(data.claims["sub"], data.claims["credentialSubject"]["id"]);
        assert_eq!(data.claims["credentialStatus"]["type"], "BitstringStatusListEntry");
        assert_eq!(data.claims["credentialStatus"]["statusListIndex"], "1");

        let other = Signer::load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        assert_ne!(other.thumbprint(), signer.thumbprint());
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(other.jwk("https://academy.example")).unwrap();
        assert!(jsonwebtoken::decode::<Value>(&jwt, &DecodingKey::from_jwk(&jwk).unwrap(), &validation).is_err());
    }

    #[test]
    fn a_sealed_key_opens_only_with_its_secret() {
        let pem = new_pem().unwrap();
        let sealed = seal(b"the secret of this deployment", &pem).unwrap();
        assert_eq!(unseal(b"the secret of this deployment", &sealed).as_deref(), Some(pem.as_str()));
        assert_eq!(unseal(b"another secret", &sealed), None);
        assert_ne!(seal(b"the secret of this deployment", &pem).unwrap(), sealed, "a fresh nonce each time");
    }

    #[test]
    fn the_bitstring_puts_index_zero_in_the_leftmost_bit_and_is_gzipped_base64url() {
        use std::io::Read;
        let encoded = encode_bitstring(&[0, 9, STATUS_LIST_BITS - 1]).unwrap();
        let b64 = encoded.strip_prefix('u').expect("multibase base64url prefix");
        let gz = URL_SAFE_NO_PAD.decode(b64).unwrap();
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut bytes).unwrap();
        assert_eq!(bytes.len() as i64 * 8, STATUS_LIST_BITS);
        assert_eq!(bytes[0], 0b1000_0000);
        assert_eq!(bytes[1], 0b0100_0000);
        assert_eq!(bytes[bytes.len() - 1], 0b0000_0001);
        assert!(bytes[2..bytes.len() - 1].iter().all(|b| *b == 0));
    }

    #[test]
    fn status_positions_split_ids_into_lists_of_131072() {
        assert_eq!(status_position(1), (0, 1));
        assert_eq!(status_position(STATUS_LIST_BITS), (1, 0));
        assert_eq!(status_position(STATUS_LIST_BITS * 2 + 5), (2, 5));
    }
}
