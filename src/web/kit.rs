//! The credential's files, rendered on request from the database and cached by ETag: the
//! certificate PDF, the badge (SVG, PNG at 600 or 1200 px) and the Open Badges 3.0 VC-JWT. For
//! the holder and programme admins (see `credentials::may_see_files`); 404 for anyone else. The
//! signature graphic is public (e-mail clients fetch it). And the public Open Badges documents:
//! the 2.0 hosted assertion, BadgeClass and Issuer, and the 3.0 signing keys (JWKS). Public
//! lookups by credential id are rate-limited per client.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, web};
use diesel::prelude::*;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::AppState;
use super::credential::viewable;
use super::extract::SignedIn;
use crate::clock::rfc3339;
use crate::credentials::badge::{self, BADGE_SIZES, BadgeData};
use crate::credentials::certificate::{Paper, render};
use crate::credentials::{self, CredentialRow, ob3};
use crate::db::schema::users;
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(certificate)
        .service(badge_svg)
        .service(badge_png)
        .service(signature_png)
        .service(ob3_jwt)
        .service(assertion)
        .service(badge_class)
        .service(issuer)
        .service(jwks)
        .service(signing_key);
}

/// Counts a public lookup against the client's limit.
pub fn limit_lookups(req: &HttpRequest, state: &AppState) -> Result<(), AppError> {
    let client = super::extract::client_addr(req, state.trust_proxy);
    state
        .verify_limiter
        .check(&client, state.now())
        .map_err(|retry_after_secs| AppError::TooManyRequests { retry_after_secs })
}

fn etag(parts: &[&str]) -> String {
    format!(
        "\"{}\"",
        Sha256::digest(parts.join("|").as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// A 304 when the client already has this version.
fn not_modified(req: &HttpRequest, tag: &str) -> Option<HttpResponse> {
    (req.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(tag))
        .then(|| HttpResponse::NotModified().insert_header((header::ETAG, tag.to_owned())).finish())
}

fn file(content_type: &'static str, tag: String, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static(content_type)))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache")))
        .insert_header((header::ETAG, tag))
        .body(body)
}

/// What the badge stands for, in the Open Badges documents.
const BADGE_DESCRIPTION: &str =
    "Completed the Environmental Sustainability Specialization training (under 15 hours) and passed its two exams.";
/// How the badge is earned.
const BADGE_CRITERIA: &str =
    "Complete every module of the training, then pass the two randomized, timed exams with 80% or more.";

#[derive(Deserialize)]
struct PaperQuery {
    /// `a4` (default) or `letter`.
    paper: Option<String>,
}

#[get("/credentials/{id}/certificate.pdf")]
async fn certificate(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<String>,
    query: web::Query<PaperQuery>,
) -> Result<HttpResponse, AppError> {
    let paper = match query.paper.as_deref() {
        None | Some("a4") => Paper::A4,
        Some("letter") => Paper::Letter,
        Some(other) => return Err(AppError::field("paper", format!("paper is a4 or letter, not {other:?}"))),
    };
    let (row, _) = viewable(&state, &user, path.into_inner()).await?;
    let st = state.clone();
    let row2 = row.clone();
    let data = web::block(move || -> Result<_, AppError> {
        Ok(credentials::certificate_data(&mut *st.db.read()?, st.now(), &st.public_url, &row2)?)
    })
    .await??;
    let tag = etag(&[
        &row.public_id,
        &row.holder_name,
        &row.expires_at.to_string(),
        data.status,
        &data.programme,
        &format!("{paper:?}"),
    ]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let fonts = state.fonts.clone();
    let pdf = web::block(move || render(fonts.get()?, &data, paper)).await?.map_err(AppError::Unexpected)?;
    let mut response = file("application/pdf", tag, pdf);
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("inline; filename=\"ess-certificate-{}.pdf\"", row.public_id))
            .map_err(|e| AppError::Unexpected(e.into()))?,
    );
    Ok(response)
}

/// What a credential's badge and signature graphic show, as of now.
pub(crate) fn badge_data(state: &AppState, row: &CredentialRow) -> BadgeData {
    BadgeData {
        title: row.title.clone(),
        name: row.holder_name.clone(),
        year: crate::clock::rfc3339(row.issued_at)[..4].to_owned(),
        status: row.status(state.now()).to_owned(),
        assertion_url: Some(format!("{}/ob/assertions/{}.json", state.public_url, row.public_id)),
    }
}

#[get("/credentials/{id}/badge.svg")]
async fn badge_svg(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (row, _) = viewable(&state, &user, path.into_inner()).await?;
    let data = badge_data(&state, &row);
    let tag = etag(&[&row.public_id, &row.holder_name, &data.status, "svg"]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let svg = badge::svg(&state.templates, &data)?;
    Ok(file("image/svg+xml", tag, svg.into_bytes()))
}

#[derive(Deserialize)]
struct SizeQuery {
    size: Option<u32>,
}

#[get("/credentials/{id}/badge.png")]
async fn badge_png(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<String>,
    query: web::Query<SizeQuery>,
) -> Result<HttpResponse, AppError> {
    let size = query.size.unwrap_or(600);
    if !BADGE_SIZES.contains(&size) {
        return Err(AppError::field("size", format!("size is 600 or 1200, not {size}")));
    }
    let (row, _) = viewable(&state, &user, path.into_inner()).await?;
    let data = badge_data(&state, &row);
    let tag = etag(&[&row.public_id, &row.holder_name, &data.status, &size.to_string()]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let svg = badge::svg(&state.templates, &data)?;
    let fonts = state.badge_fonts.clone();
    let url = data.assertion_url.clone();
    let png =
        web::block(move || badge::png(&fonts, &svg, size, url.as_deref())).await?.map_err(AppError::Unexpected)?;
    Ok(file("image/png", tag, png))
}

/// The e-mail signature graphic: 1200 × 240 PNG, to show at 600 × 120. Public, because
/// e-mail clients fetch it without a session; it shows only what the verification page shows.
#[get("/credentials/{id}/signature.png")]
async fn signature_png(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    limit_lookups(&req, &state)?;
    let id = path.into_inner();
    let st = state.clone();
    let row =
        web::block(move || -> Result<_, AppError> { Ok(credentials::verify(&mut *st.db.read()?, st.now(), &id)?) })
            .await??
            .ok_or(AppError::NotFound)?
            .1;
    let data = badge_data(&state, &row);
    let tag = etag(&[&row.public_id, &row.holder_name, &data.status, "signature"]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let svg = badge::signature_svg(&state.templates, &data)?;
    let fonts = state.badge_fonts.clone();
    let png = web::block(move || badge::signature_png(&fonts, &svg)).await?.map_err(AppError::Unexpected)?;
    let mut response = file("image/png", tag, png);
    // Short-lived public caching, so that a revocation shows in signatures within the hour.
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
    Ok(response)
}

/// The hosted Open Badges 2.0 assertion; 410 Gone once revoked.
#[get("/ob/assertions/{file}")]
async fn assertion(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    limit_lookups(&req, &state)?;
    let id = path.into_inner().strip_suffix(".json").ok_or(AppError::NotFound)?.to_owned();
    let st = state.clone();
    let (row, email) = web::block(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let (_, row) = credentials::verify(&mut conn, st.now(), &id)?.ok_or(AppError::NotFound)?;
        let email: String = users::table.find(row.user_id).select(users::email).first(&mut *conn)?;
        Ok((row, email))
    })
    .await??;
    let base = &state.public_url;
    let url = format!("{base}/ob/assertions/{}.json", row.public_id);
    if row.revoked_at.is_some() {
        return Ok(
            HttpResponse::Gone().json(json!({"id": url, "revoked": true, "revocationReason": row.revocation_reason}))
        );
    }
    let (salt, identity) = credentials::hashed_recipient(&row.public_id, &email);
    Ok(HttpResponse::Ok().json(json!({
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": url,
        "recipient": {"type": "email", "hashed": true, "salt": salt, "identity": identity},
        "badge": format!("{base}/ob/badgeclass.json"),
        "verification": {"type": "hosted"},
        "issuedOn": rfc3339(row.issued_at),
        "expires": rfc3339(row.expires_at),
        "evidence": format!("{base}/verify/{}", row.public_id),
    })))
}

/// The Open Badges 2.0 BadgeClass of the specialization.
#[get("/ob/badgeclass.json")]
async fn badge_class(state: web::Data<AppState>) -> HttpResponse {
    let base = &state.public_url;
    HttpResponse::Ok().json(json!({
        "@context": "https://w3id.org/openbadges/v2",
        "type": "BadgeClass",
        "id": format!("{base}/ob/badgeclass.json"),
        "name": "Environmental Sustainability Specialist",
        "description": BADGE_DESCRIPTION,
        "image": format!("{base}/static/img/logo.svg"),
        "criteria": {"id": format!("{base}/courses/environmental-sustainability"), "narrative": BADGE_CRITERIA},
        "issuer": format!("{base}/ob/issuer.json"),
    }))
}

/// The Open Badges 2.0 Issuer profile.
#[get("/ob/issuer.json")]
async fn issuer(state: web::Data<AppState>) -> HttpResponse {
    let base = &state.public_url;
    HttpResponse::Ok().json(json!({
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Issuer",
        "id": format!("{base}/ob/issuer.json"),
        "name": "ESS Academy",
        "url": base,
        "email": state.issuer_email,
    }))
}

/// The credential as an Open Badges 3.0 `OpenBadgeCredential`, signed as a VC-JWT.
#[get("/credentials/{id}/ob3.jwt")]
async fn ob3_jwt(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (row, email) = viewable(&state, &user, path.into_inner()).await?;
    let tag = etag(&[&row.public_id, &row.holder_name, &row.expires_at.to_string(), state.ob3.thumbprint(), "ob3"]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let base = &state.public_url;
    let facts = ob3::Ob3Facts {
        public_url: base,
        row: &row,
        email: &email,
        description: BADGE_DESCRIPTION,
        criteria: BADGE_CRITERIA,
        course_url: format!("{base}/courses/environmental-sustainability"),
    };
    let jwt = state.ob3.sign(&ob3::credential(&facts), row.issued_at, row.expires_at).map_err(AppError::Unexpected)?;
    let mut response = file("application/vc+jwt", tag, jwt.into_bytes());
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"ess-credential-{}.jwt\"", row.public_id))
            .map_err(|e| AppError::Unexpected(e.into()))?,
    );
    Ok(response)
}

/// The public keys of Open Badges 3.0 signatures, of every instance.
#[get("/.well-known/jwks.json")]
async fn jwks(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let keys =
        web::block(move || -> Result<_, AppError> { Ok(ob3::jwks(&mut *st.db.read()?, &st.public_url)?) }).await??;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "public, max-age=300")).json(keys))
}

/// One public key as a JWK: what the `kid` of a VC-JWT dereferences to.
#[get("/ob/keys/{file}")]
async fn signing_key(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let thumbprint = path.into_inner().strip_suffix(".json").ok_or(AppError::NotFound)?.to_owned();
    let st = state.clone();
    let key =
        web::block(move || -> Result<_, AppError> { Ok(ob3::key(&mut *st.db.read()?, &st.public_url, &thumbprint)?) })
            .await??
            .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "public, max-age=300")).json(key))
}
