//! Open Badges 3.0: the credential as an `OpenBadgeCredential`, signed as a VC-JWT (the JWT
//! proof format of OB 3.0 §8.2) with an Ed25519 key kept in the data dir. Each instance signs
//! with its own key; every public key is recorded in the database, so the JWKS any instance
//! publishes holds the keys of all of them.

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

/// The key file in the data dir.
pub const KEY_FILE: &str = "ob3-signing-key.pem";
/// The JSON-LD contexts of an OpenBadgeCredential (VC data model 2.0, OB 3.0.3).
pub const CONTEXTS: [&str; 2] =
    ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

/// An instance's signing key.
pub struct Signer {
    key: EncodingKey,
    /// The public key as a JWK (without `kid`).
    x: String,
    /// The RFC 7638 thumbprint of the public key.
    thumbprint: String,
}

impl Signer {
    /// Loads the key of the data dir, or makes one.
    pub fn load_or_create(data_dir: &Path) -> anyhow::Result<Signer> {
        let pem = crate::config::read_or_create_private(&data_dir.join(KEY_FILE), || {
            let mut seed = [0u8; 32];
            rand::Rng::fill(&mut rand::rng(), &mut seed[..]);
            let pem = SigningKey::from_bytes(&seed)
                .to_pkcs8_pem(LineEnding::LF)
                .map_err(|e| anyhow::anyhow!("cannot encode the signing key: {e}"))?;
            Ok(pem.to_string())
        })?;
        let signing = SigningKey::from_pkcs8_pem(&pem)
            .map_err(|e| anyhow::anyhow!("{} is not an Ed25519 PKCS#8 key: {e}", data_dir.join(KEY_FILE).display()))?;
        let der = signing.to_pkcs8_der().map_err(|e| anyhow::anyhow!("cannot encode the signing key: {e}"))?;
        let x = URL_SAFE_NO_PAD.encode(signing.verifying_key().to_bytes());
        // RFC 7638: the required members in lexicographic order, no spaces.
        let canonical = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
        let thumbprint = URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()));
        Ok(Signer { key: EncodingKey::from_ed_der(der.as_bytes()), x, thumbprint })
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

    /// Records the public key, so that every instance publishes it.
    pub fn publish(&self, conn: &mut DbConnection, now: UnixSecs) -> QueryResult<()> {
        diesel::sql_query(
            "INSERT INTO signing_keys (kid, public_jwk, created_at) VALUES ($1, $2, $3) ON CONFLICT (kid) DO NOTHING",
        )
        .bind::<diesel::sql_types::Text, _>(&self.thumbprint)
        .bind::<diesel::sql_types::Text, _>(json!({"kty": "OKP", "crv": "Ed25519", "x": self.x}).to_string())
        .bind::<diesel::sql_types::BigInt, _>(now)
        .execute(conn)
        .map(|_| ())
    }

    /// Signs the credential as a VC-JWT.
    pub fn sign(&self, credential: &Value, valid_from: UnixSecs, valid_until: UnixSecs) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.typ = Some("JWT".into());
        let public_url = credential["issuer"]["url"].as_str().unwrap_or_default();
        header.kid = Some(self.kid(public_url));
        let claims = jwt_claims(credential, valid_from, valid_until);
        Ok(jsonwebtoken::encode(&header, &claims, &self.key)?)
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

/// The registered claims of OB 3.0 §8.2.4.2, with the credential in `vc`.
fn jwt_claims(credential: &Value, valid_from: UnixSecs, valid_until: UnixSecs) -> Value {
    json!({
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": valid_from,
        "iat": valid_from,
        "exp": valid_until,
        "vc": credential,
    })
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
        "issuer": {
            "id": format!("{base}/ob/issuer.json"),
            "type": ["Profile"],
            "name": "ESS Academy",
            "url": base,
        },
        "validFrom": rfc3339(row.issued_at),
        "validUntil": rfc3339(row.expires_at),
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
        let jwt = signer.sign(&vc, row.issued_at, row.expires_at).unwrap();
        let header = jsonwebtoken::decode_header(&jwt).unwrap();
        assert_eq!(header.alg, Algorithm::EdDSA);
        assert_eq!(header.kid.as_deref(), Some(signer.kid("https://academy.example").as_str()));
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(signer.jwk("https://academy.example")).unwrap();
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.validate_exp = false;
        validation.set_required_spec_claims(&["iss", "nbf", "jti"]);
        let data = jsonwebtoken::decode::<Value>(&jwt, &DecodingKey::from_jwk(&jwk).unwrap(), &validation).unwrap();
        assert_eq!(data.claims["vc"]["credentialSubject"]["name"], "Zoë Ñandú");
        assert_eq!(data.claims["nbf"], 1_780_000_000);
        assert_eq!(data.claims["exp"], 1_811_536_000);
        assert_eq!(data.claims["iss"], "https://academy.example/ob/issuer.json");

        let other = Signer::load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(other.jwk("https://academy.example")).unwrap();
        assert!(jsonwebtoken::decode::<Value>(&jwt, &DecodingKey::from_jwk(&jwk).unwrap(), &validation).is_err());
    }
}
