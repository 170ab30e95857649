//! The credential's files, rendered on request from the database and cached by ETag: the
//! certificate PDF and the badge (SVG, PNG at 600 or 1200 px, with the Open Badges 2.0 assertion
//! and the 3.0 credential baked in). For the holder, their partner manager and programme admins
//! (see `credentials::may_see_files`); 404 for anyone else. The signature graphic is public
//! (e-mail clients fetch it). The Open Badges documents are in `open_badges.rs`. Public lookups
//! by credential id are rate-limited per client.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::AppState;
use super::credential::viewable;
use super::extract::SignedIn;
use crate::credentials::badge::{self, BADGE_SIZES, BadgeData};
use crate::credentials::certificate::{Paper, render};
use crate::credentials::{self, CredentialRow};
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(certificate).service(badge_svg).service(badge_png).service(signature_png);
}

/// Counts a public lookup against the client's limit.
pub fn limit_lookups(req: &HttpRequest, state: &AppState) -> Result<(), AppError> {
    let client = super::extract::client_addr(req, state.trust_proxy);
    state
        .verify_limiter
        .check(&client, state.now())
        .map_err(|retry_after_secs| AppError::TooManyRequests { retry_after_secs })
}

pub(crate) fn etag(parts: &[&str]) -> String {
    format!(
        "\"{}\"",
        Sha256::digest(parts.join("|").as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// A 304 when the client already has this version.
pub(crate) fn not_modified(req: &HttpRequest, tag: &str) -> Option<HttpResponse> {
    (req.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(tag))
        .then(|| HttpResponse::NotModified().insert_header((header::ETAG, tag.to_owned())).finish())
}

pub(crate) fn file(content_type: &'static str, tag: String, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static(content_type)))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache")))
        .insert_header((header::ETAG, tag))
        .body(body)
}

/// What the badge stands for, in the Open Badges documents.
pub(crate) const BADGE_DESCRIPTION: &str =
    "Completed the Environmental Sustainability Specialization training (under 15 hours) and passed its two exams.";
/// How the badge is earned.
pub(crate) const BADGE_CRITERIA: &str =
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
    let data = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(credentials::certificate_data(&mut *st.db.read()?, st.now(), &st.public_url, &row2)?)
    })
    .await??;
    let tag = etag(&[
        &row.public_id,
        &row.holder_name,
        &row.expires_at.to_string(),
        data.status,
        &data.programme,
        &data.title,
        data.lang,
        &format!("{paper:?}"),
    ]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let fonts = state.fonts.clone();
    let pdf = crate::web::blocking(move || render(fonts.get()?, &data, paper)).await?.map_err(AppError::Unexpected)?;
    let mut response = file("application/pdf", tag, pdf);
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("inline; filename=\"ess-certificate-{}.pdf\"", row.public_id))
            .map_err(|e| AppError::Unexpected(e.into()))?,
    );
    Ok(response)
}

/// What a credential's badge and signature graphic show, as of now, in the holder's language.
async fn badge_data(state: &web::Data<AppState>, row: &CredentialRow) -> Result<BadgeData, AppError> {
    let (st, row) = (state.clone(), row.clone());
    crate::web::blocking(move || -> Result<_, AppError> {
        Ok(credentials::badge_data(&mut *st.db.read()?, st.now(), &st.public_url, &row)?)
    })
    .await?
}

/// What a badge file shows besides the credential: its variant, language and credential name.
fn shown(data: &BadgeData, variant: &str) -> String {
    format!("{variant}|{}|{}", data.lang, data.title)
}

/// Bakes the signed Open Badges 3.0 credential into the badge data (after the ETag check, so a
/// 304 signs nothing).
fn bake_credential(state: &AppState, row: &CredentialRow, email: &str, data: &mut BadgeData) -> Result<(), AppError> {
    data.credential_jwt = Some(super::open_badges::ob3_token(state, row, email)?);
    Ok(())
}

/// The ETag of a badge (what it shows and the credential baked into it) and of the OB 3.0
/// credential itself.
pub(crate) fn badge_tag(state: &AppState, row: &CredentialRow, status: &str, variant: &str) -> String {
    etag(&[
        &row.public_id,
        &row.holder_name,
        status,
        &row.expires_at.to_string(),
        &row.valid_since.to_string(),
        state.ob3.thumbprint(),
        variant,
    ])
}

#[get("/credentials/{id}/badge.svg")]
async fn badge_svg(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (row, email) = viewable(&state, &user, path.into_inner()).await?;
    let mut data = badge_data(&state, &row).await?;
    let tag = badge_tag(&state, &row, &data.status, &shown(&data, "svg"));
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    bake_credential(&state, &row, &email, &mut data)?;
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
    let (row, email) = viewable(&state, &user, path.into_inner()).await?;
    let mut data = badge_data(&state, &row).await?;
    let tag = badge_tag(&state, &row, &data.status, &shown(&data, &size.to_string()));
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    bake_credential(&state, &row, &email, &mut data)?;
    let svg = badge::svg(&state.templates, &data)?;
    let fonts = state.badge_fonts.clone();
    let (url, jwt) = (data.assertion_url.clone(), data.credential_jwt.clone());
    let png = crate::web::blocking(move || badge::png(&fonts, &svg, size, url.as_deref(), jwt.as_deref()))
        .await?
        .map_err(AppError::Unexpected)?;
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
    let row = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(credentials::verify(&mut *st.db.read()?, st.now(), &id)?)
    })
    .await??
    .ok_or(AppError::NotFound)?
    .1;
    let data = badge_data(&state, &row).await?;
    let tag = etag(&[&row.public_id, &row.holder_name, &data.status, &data.year, &shown(&data, "signature")]);
    if let Some(unchanged) = not_modified(&req, &tag) {
        return Ok(unchanged);
    }
    let svg = badge::signature_svg(&state.templates, &data)?;
    let fonts = state.badge_fonts.clone();
    let png = crate::web::blocking(move || badge::signature_png(&fonts, &svg)).await?.map_err(AppError::Unexpected)?;
    let mut response = file("image/png", tag, png);
    // Short-lived public caching, so that a revocation shows in signatures within the hour.
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
    Ok(response)
}
