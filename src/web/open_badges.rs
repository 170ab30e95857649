//! The Open Badges documents: the 2.0 hosted assertion, BadgeClass and Issuer; the 3.0
//! `OpenBadgeCredential` as a VC-JWT, the issuer's public keys (JWKS, and each key by its
//! `kid`), and the signed revocation status lists (W3C Bitstring Status List v1.0). Public
//! lookups by credential id are rate-limited per client.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, web};
use diesel::prelude::*;
use serde_json::json;

use super::AppState;
use super::credential::viewable;
use super::extract::SignedIn;
use super::kit::{BADGE_CRITERIA, BADGE_DESCRIPTION, etag, file, limit_lookups, not_modified};
use crate::clock::rfc3339;
use crate::credentials::{self, CredentialRow, ob3};
use crate::db::schema::users;
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(ob3_jwt)
        .service(assertion)
        .service(badge_class)
        .service(issuer)
        .service(jwks)
        .service(signing_key)
        .service(status_list);
}

/// The credential as a signed OpenBadgeCredential, as of now.
pub(crate) fn ob3_token(state: &AppState, row: &CredentialRow, email: &str) -> Result<String, AppError> {
    let base = &state.public_url;
    let facts = ob3::Ob3Facts {
        public_url: base,
        row,
        email,
        description: BADGE_DESCRIPTION,
        criteria: BADGE_CRITERIA,
        course_url: format!("{base}/courses/environmental-sustainability"),
    };
    state.ob3.sign(&ob3::credential(&facts)).map_err(AppError::Unexpected)
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
    let (row, email) = crate::web::blocking(move || -> Result<_, AppError> {
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
    let tag = super::kit::badge_tag(&state, &row, "", "ob3");
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let jwt = ob3_token(&state, &row, &email)?;
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
        crate::web::blocking(move || -> Result<_, AppError> { Ok(ob3::jwks(&mut *st.db.read()?, &st.public_url)?) })
            .await??;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "public, max-age=300")).json(keys))
}

/// One public key as a JWK: what the `kid` of a VC-JWT dereferences to.
#[get("/ob/keys/{file}")]
async fn signing_key(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let thumbprint = path.into_inner().strip_suffix(".json").ok_or(AppError::NotFound)?.to_owned();
    let st = state.clone();
    let key = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(ob3::key(&mut *st.db.read()?, &st.public_url, &thumbprint)?)
    })
    .await??
    .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "public, max-age=300")).json(key))
}

/// A revocation status list (Bitstring Status List v1.0) as a VC-JWT signed with the issuer key,
/// so a verifier holding the issuer's key checks it as it checks the credentials. Public and
/// cached by ETag: a revocation changes the list, and so its tag, at once.
#[get("/ob/status/{list}")]
async fn status_list(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let list: i64 = path.into_inner().parse().map_err(|_| AppError::NotFound)?;
    if list < 0 {
        return Err(AppError::NotFound);
    }
    let st = state.clone();
    let (revoked, changed) = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(credentials::revoked_in_list(&mut *st.db.read()?, list)?)
    })
    .await??
    .ok_or(AppError::NotFound)?;
    let tag = etag(&[&list.to_string(), &format!("{revoked:?}"), state.ob3.thumbprint(), "status"]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let document =
        ob3::status_list_credential(&state.public_url, list, &revoked, changed).map_err(AppError::Unexpected)?;
    let jwt = state.ob3.sign(&document).map_err(AppError::Unexpected)?;
    let mut response = file("application/vc+jwt", tag, jwt.into_bytes());
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, no-cache"));
    Ok(response)
}
