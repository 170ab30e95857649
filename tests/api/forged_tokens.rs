//! A corpus of forged, tampered and stale session tokens: each is refused exactly as no token is
//! (the same 401 problem on the API, the same redirect to the login page on a page), by bearer
//! and by cookie, while a real token keeps working in the same test. Session tokens are HS256
//! JWTs signed with the instance's secret, with `iss` (the site's URL), `aud`, `exp`, `iat`, `sub`
//! and the user's token version `ver` (see `accounts::session`).

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ess_academy::clock::Clock;
use jsonwebtoken::{Algorithm, EncodingKey};
use rsa::pkcs1::{EncodeRsaPrivateKey, EncodeRsaPublicKey};
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, TestApp};

fn b64(bytes: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A token with this header and these claims, signed by `alg` with `key` (as jsonwebtoken signs).
fn signed(header: &Value, claims: &Value, alg: Algorithm, key: &EncodingKey) -> String {
    let input = format!("{}.{}", b64(header.to_string()), b64(claims.to_string()));
    let signature = jsonwebtoken::crypto::sign(input.as_bytes(), key, alg).unwrap();
    format!("{input}.{signature}")
}

/// A token whose header says `alg`, HMAC-signed with `secret` by the same family.
fn hmac(alg: Algorithm, claims: &Value, secret: &[u8]) -> String {
    let name = serde_json::to_value(alg).unwrap();
    signed(&json!({"alg": name, "typ": "JWT"}), claims, alg, &EncodingKey::from_secret(secret))
}

/// A token with these claims whose header says `header_alg` (anything, even a lie) and whose
/// signature is HMAC-SHA256 with `secret`.
fn hs256_claiming(header_alg: &str, claims: &Value, secret: &[u8]) -> String {
    signed(&json!({"alg": header_alg, "typ": "JWT"}), claims, Algorithm::HS256, &EncodingKey::from_secret(secret))
}

/// The claims of a token, read without checking it.
fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

/// A token's header and signature kept, its claims replaced.
fn with_claims(token: &str, claims: &Value) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    format!("{}.{}.{}", parts[0], b64(claims.to_string()), parts[2])
}

/// A problem document without its request id (each answer has its own).
async fn problem_without_id(response: reqwest::Response) -> (u16, String, Value) {
    let status = response.status().as_u16();
    let content_type =
        response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let mut body: Value = response.json().await.unwrap_or(Value::Null);
    if let Some(object) = body.as_object_mut() {
        object.remove("request_id");
    }
    (status, content_type, body)
}

/// How `/api/v1/me` answers a bearer token (`None`: no Authorization header).
async fn me_by_bearer(app: &TestApp, token: Option<&str>) -> (u16, String, Value) {
    let (client, _) = app.new_client();
    let mut request = client.get(app.url("/api/v1/me"));
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    problem_without_id(request.send().await.unwrap()).await
}

/// How `path` answers a session cookie (`None`: no cookie): the status, and where it redirects.
async fn by_cookie(app: &TestApp, path: &str, token: Option<&str>) -> (u16, Option<String>) {
    let (client, _) = app.new_client();
    let mut request = client.get(app.url(path));
    if let Some(token) = token {
        request = request.header("cookie", format!("ess_session={token}"));
    }
    let response = request.send().await.unwrap();
    let location = response.headers().get("location").map(|v| v.to_str().unwrap().to_owned());
    (response.status().as_u16(), location)
}

async fn me_by_cookie(app: &TestApp, token: Option<&str>) -> (u16, String, Value) {
    let (client, _) = app.new_client();
    let mut request = client.get(app.url("/api/v1/me"));
    if let Some(token) = token {
        request = request.header("cookie", format!("ess_session={token}"));
    }
    problem_without_id(request.send().await.unwrap()).await
}

/// The tool's published RSA key (`/lti/jwks.json`), as a key a confused verifier might take.
async fn published_rsa_key(app: &TestApp) -> (RsaPublicKey, String) {
    let text = app.get("/lti/jwks.json").await.text().await.unwrap();
    let set: Value = serde_json::from_str(&text).unwrap();
    let key = &set["keys"][0];
    let number = |name: &str| BigUint::from_bytes_be(&URL_SAFE_NO_PAD.decode(key[name].as_str().unwrap()).unwrap());
    (RsaPublicKey::new(number("n"), number("e")).unwrap(), text)
}

/// The JSON of a user's `/api/v1/me` with a working token.
async fn me_works(app: &TestApp, token: &str, email: &str) {
    let (status, _, body) = me_by_bearer(app, Some(token)).await;
    assert_eq!((status, body["email"].as_str()), (200, Some(email)), "the real token works by bearer");
    let (status, _, body) = me_by_cookie(app, Some(token)).await;
    assert_eq!((status, body["email"].as_str()), (200, Some(email)), "the real token works by cookie");
    assert_eq!(by_cookie(app, "/account", Some(token)).await, (200, None), "the real token opens a page");
}

/// What the forgeries are made from.
struct Material<'a> {
    /// The instance's signing secret.
    secret: &'a [u8],
    /// A real, working token of the user the forgeries pose as.
    real: &'a str,
    /// Another real token (expired), for its signature.
    other: &'a str,
    /// The application's clock.
    now: i64,
    lifetime: i64,
    /// The site's URL: the tokens' issuer.
    address: &'a str,
    /// The site's published RSA key (LTI) and the JWKS it was read from.
    published: &'a RsaPublicKey,
    jwks_text: &'a str,
    another_user: i64,
    disabled_user: i64,
}

/// Tokens made by hand: unsigned, signed with other keys or by other algorithms, signed right
/// with claims the server refuses, real tokens changed, cut or mixed, and garbage.
fn corpus(m: &Material) -> Vec<(&'static str, String)> {
    let model = claims_of(m.real);
    let claims = |changes: Value| {
        let mut claims = model.clone();
        for (key, value) in changes.as_object().unwrap() {
            if value.is_null() {
                claims.as_object_mut().unwrap().remove(key);
            } else {
                claims[key] = value.clone();
            }
        }
        claims
    };
    let right = |changes: Value| hmac(Algorithm::HS256, &claims(changes), m.secret);
    let attacker_rsa = RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).unwrap();
    let attacker_rsa_key = EncodingKey::from_rsa_der(attacker_rsa.to_pkcs1_der().unwrap().as_bytes());
    let attacker_n = b64(attacker_rsa.to_public_key().n().to_bytes_be());
    let attacker_ed = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let attacker_ed_key = EncodingKey::from_ed_der(attacker_ed.to_pkcs8_der().unwrap().as_bytes());
    let pkcs8_pem = m.published.to_public_key_pem(LineEnding::LF).unwrap();
    let pkcs1_pem = m.published.to_pkcs1_pem(LineEnding::LF).unwrap();
    let der = m.published.to_public_key_der().unwrap();
    let parts: Vec<&str> = m.real.split('.').collect();
    let (header, payload, signature) = (parts[0], parts[1], parts[2]);
    let alg_header = |alg: &str| b64(json!({"alg": alg, "typ": "JWT"}).to_string());
    let (now, lifetime, real) = (m.now, m.lifetime, m.real);
    let ver = model["ver"].as_i64().unwrap();
    vec![
        // Unsigned.
        ("alg none, no signature", format!("{}.{payload}.", alg_header("none"))),
        ("alg None, no signature", format!("{}.{payload}.", alg_header("None"))),
        ("alg NONE, the real signature", format!("{}.{payload}.{signature}", alg_header("NONE"))),
        ("alg none, no signature part", format!("{}.{payload}", alg_header("none"))),
        // Signed with another key, or by another algorithm.
        ("HS256 with a wrong key", hmac(Algorithm::HS256, &model, b"not-the-secret-not-the-secret-xx")),
        ("HS256 with an empty key", hmac(Algorithm::HS256, &model, b"")),
        ("HS384 with the right key", hmac(Algorithm::HS384, &model, m.secret)),
        ("HS512 with the right key", hmac(Algorithm::HS512, &model, m.secret)),
        ("header HS512, signed HS256 with the right key", hs256_claiming("HS512", &model, m.secret)),
        ("header hs256 in lower case", hs256_claiming("hs256", &model, m.secret)),
        ("RS256 with an attacker's key", signed(&json!({"alg": "RS256"}), &model, Algorithm::RS256, &attacker_rsa_key)),
        (
            "RS256 with an attacker's key embedded as jwk",
            signed(
                &json!({"alg": "RS256", "jwk": {"kty": "RSA", "n": attacker_n, "e": "AQAB"}}),
                &model,
                Algorithm::RS256,
                &attacker_rsa_key,
            ),
        ),
        ("EdDSA with an attacker's key", signed(&json!({"alg": "EdDSA"}), &model, Algorithm::EdDSA, &attacker_ed_key)),
        // Key confusion: the site's public RSA key taken as an HMAC secret.
        ("header RS256, HMAC with the published key (PEM)", hs256_claiming("RS256", &model, pkcs8_pem.as_bytes())),
        ("HMAC with the published key (PKCS#8 PEM)", hs256_claiming("HS256", &model, pkcs8_pem.as_bytes())),
        ("HMAC with the published key (PKCS#1 PEM)", hs256_claiming("HS256", &model, pkcs1_pem.as_bytes())),
        ("HMAC with the published key (DER)", hs256_claiming("HS256", &model, der.as_bytes())),
        ("HMAC with the published JWKS", hs256_claiming("HS256", &model, m.jwks_text.as_bytes())),
        (
            "kid pointing at an empty file, empty key",
            signed(
                &json!({"alg": "HS256", "kid": "../../../../dev/null"}),
                &model,
                Algorithm::HS256,
                &EncodingKey::from_secret(b""),
            ),
        ),
        (
            "jku pointing elsewhere, another key",
            signed(
                &json!({"alg": "HS256", "jku": "https://evil.example/jwks.json"}),
                &model,
                Algorithm::HS256,
                &EncodingKey::from_secret(b"evil"),
            ),
        ),
        // The right key, claims the server refuses.
        ("wrong audience", right(json!({"aud": "another-app"}))),
        ("audience as a list with another app", right(json!({"aud": ["another-app"]}))),
        ("wrong issuer", right(json!({"iss": "https://evil.example"}))),
        ("issuer with a trailing slash", right(json!({"iss": format!("{}/", m.address)}))),
        ("no expiry", right(json!({"exp": null}))),
        ("no issued-at", right(json!({"iat": null}))),
        ("no audience", right(json!({"aud": null}))),
        ("no issuer", right(json!({"iss": null}))),
        ("no subject", right(json!({"sub": null}))),
        ("expired by the app's clock, not by the system's", right(json!({"iat": now - lifetime, "exp": now - 60}))),
        ("expired long ago", right(json!({"iat": 1_000_000_000, "exp": 1_000_003_600}))),
        ("issued in the future", right(json!({"iat": now + 3600, "exp": now + 7200}))),
        ("expiry not a number", right(json!({"exp": "never"}))),
        ("another token version", right(json!({"ver": ver + 1}))),
        ("a user who does not exist", right(json!({"sub": "999999"}))),
        ("a subject that is not a user id", right(json!({"sub": "admin"}))),
        ("a disabled user's id", right(json!({"sub": m.disabled_user.to_string()}))),
        // A real token changed.
        (
            "another user's id, the real signature",
            with_claims(real, &claims(json!({"sub": m.another_user.to_string()}))),
        ),
        ("the admin role, the real signature", with_claims(real, &claims(json!({"role": "programme_admin"})))),
        ("a later expiry, the real signature", with_claims(real, &claims(json!({"exp": now + 10 * lifetime})))),
        (
            "the header changed, the real signature",
            format!("{}.{payload}.{signature}", b64(r#"{"alg":"HS256","kid":"1"}"#)),
        ),
        ("the signature of another token", format!("{header}.{payload}.{}", m.other.split('.').nth(2).unwrap())),
        ("truncated by one character", real[..real.len() - 1].to_owned()),
        ("truncated in the signature", real[..real.len() - 10].to_owned()),
        ("without its signature", format!("{header}.{payload}.")),
        ("header and payload only", format!("{header}.{payload}")),
        ("header only", header.to_owned()),
        ("one character more", format!("{real}A")),
        ("the parts swapped", format!("{payload}.{header}.{signature}")),
        (
            "the payload in standard base64",
            format!("{header}.{}.{signature}", STANDARD.encode(URL_SAFE_NO_PAD.decode(payload).unwrap())),
        ),
        ("a fourth part", format!("{real}.{signature}")),
        // Garbage.
        ("garbage", "garbage".to_owned()),
        ("three dots' worth", "a.b.c".to_owned()),
        ("only dots", "...".to_owned()),
        ("empty objects", format!("{}.{}.", b64("{}"), b64("{}"))),
        ("JSON, not a JWT", format!("{{\"sub\":\"{}\"}}", model["sub"].as_str().unwrap())),
        ("very long", "A".repeat(4096)),
    ]
}

both_backends! {
    async fn forged_tampered_and_stale_tokens_are_refused_exactly_like_no_token(app) {
        let secret = std::fs::read_to_string(app.data_dir().join("secret")).unwrap();
        let secret = secret.trim().as_bytes().to_vec();
        let ana = app.register("Ana Lima").await;
        let bo = app.register("Bo Chen").await;
        let cy = app.register("Cy Dube").await;

        // Stale tokens: expired by the application's clock, revoked by a logout, of an account
        // since disabled.
        let expired = app.login(&ana.email, PASSWORD).await;
        let lifetime = i64::from(ess_academy::config::Settings::default().session_hours) * 3600;
        app.clock.advance(lifetime + 10);
        let real = app.login(&ana.email, PASSWORD).await;
        me_works(&app, &real, &ana.email).await;
        let revoked = app.login(&cy.email, PASSWORD).await;
        let also_revoked = app.login(&cy.email, PASSWORD).await;
        let logout = app.client.post(app.url("/api/v1/auth/logout")).bearer_auth(&revoked).send().await.unwrap();
        assert_eq!(logout.status(), 204);
        let disabled = app.login(&bo.email, PASSWORD).await;
        let (db, clock, email) = (app.db(), app.clock.clone(), bo.email.clone());
        tokio::task::spawn_blocking(move || {
            ess_academy::accounts::users::set_disabled(&mut db.write().unwrap(), clock.now(), &email, true).unwrap();
        })
        .await
        .unwrap();

        let model = claims_of(&real);
        assert_eq!(model["iss"], app.address.as_str(), "the issuer is the site");
        assert_eq!(model["aud"], "ess-academy");
        let (published, jwks_text) = published_rsa_key(&app).await;
        let material = Material {
            secret: &secret,
            real: &real,
            other: &expired,
            now: app.clock.now(),
            lifetime,
            address: &app.address,
            published: &published,
            jwks_text: &jwks_text,
            another_user: cy.id,
            disabled_user: bo.id,
        };
        let mut forged = corpus(&material);
        forged.extend([
            ("expired by the app's clock (issued before it moved)", expired.clone()),
            ("revoked by a logout", revoked),
            ("issued before the same user's logout", also_revoked),
            ("of a disabled account", disabled),
        ]);

        // What no token at all gets.
        let anonymous_api = me_by_bearer(&app, None).await;
        assert_eq!((anonymous_api.0, anonymous_api.1.as_str()), (401, "application/problem+json"));
        assert_eq!(anonymous_api.2["type"], "/problems/unauthorized");
        let anonymous_page = by_cookie(&app, "/account", None).await;
        assert_eq!(anonymous_page, (303, Some("/login?next=%2Faccount".to_owned())));
        for (empty, answer) in [
            ("an empty bearer token", me_by_bearer(&app, Some("")).await),
            ("an empty session cookie", me_by_cookie(&app, Some("")).await),
        ] {
            assert_eq!(answer, anonymous_api, "{empty}");
        }
        assert_eq!(by_cookie(&app, "/account", Some("")).await, anonymous_page, "an empty session cookie on a page");

        for (what, token) in &forged {
            assert_eq!(me_by_bearer(&app, Some(token)).await, anonymous_api, "{what}: by bearer");
            assert_eq!(me_by_cookie(&app, Some(token)).await, anonymous_api, "{what}: by cookie");
            assert_eq!(by_cookie(&app, "/account", Some(token)).await, anonymous_page, "{what}: on a page");
        }
        // The server still takes a real token: the refusals above are about the tokens.
        me_works(&app, &real, &ana.email).await;
    }

    async fn a_form_post_with_another_users_csrf_token_is_refused(app) {
        let victim = app.register("Ed Fox").await;
        let attacker = app.register("Flo Gee").await;
        let login = app.post_form("/login", &[("email", &victim.email), ("password", PASSWORD)]).await;
        assert_eq!(login.status(), 303, "the victim's browser holds a session cookie");
        let victim_token = app.csrf().await;
        // The attacker's own browser, session and CSRF token.
        let (attacker_client, attacker_jar) = app.new_client();
        attacker_client.get(app.url("/login")).send().await.unwrap();
        let attacker_token = {
            use reqwest::cookie::CookieStore;
            let header = attacker_jar.cookies(&app.address.parse().unwrap()).unwrap();
            header.to_str().unwrap().split("; ").find_map(|c| c.strip_prefix("ess_csrf=")).unwrap().to_owned()
        };
        let attacker_login = attacker_client
            .post(app.url("/login"))
            .form(&[("email", attacker.email.as_str()), ("password", PASSWORD), ("csrf_token", &attacker_token)])
            .send()
            .await
            .unwrap();
        assert_eq!(attacker_login.status(), 303);
        assert_ne!(attacker_token, victim_token);

        // The victim's browser posts a form carrying the attacker's token (or none, or a blank one).
        let made_up = "A".repeat(43);
        let tokens =
            [("the attacker's token", attacker_token.as_str()), ("no token", ""), ("a made-up token", &made_up)];
        for (what, token) in tokens {
            let mut form = vec![("company", "Evil Corp"), ("country", "DE")];
            if !token.is_empty() {
                form.push(("csrf_token", token));
            }
            let response = app.client.post(app.url("/account")).form(&form).send().await.unwrap();
            assert_eq!(response.status(), 403, "{what}");
        }
        let me: Value = app.get("/api/v1/me").await.json().await.unwrap();
        assert_eq!(me["company"], "Acme Networks", "nothing changed");

        // The attacker's browser cannot use the victim's session either: its own cookie wins.
        let theirs: Value = attacker_client.get(app.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
        assert_eq!(theirs["email"], attacker.email.as_str());

        // The victim's own token still works.
        let saved = app.post_form("/account", &[("company", "Circular AG"), ("country", "CH")]).await;
        assert_eq!(saved.status(), 303);
        let me: Value = app.get("/api/v1/me").await.json().await.unwrap();
        assert_eq!(me["company"], "Circular AG");
    }
}
