//! The credential's files, rendered on request from the database: so far the certificate PDF.
//! For the holder and programme admins; 404 for anyone else (the id alone reveals nothing).

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::AppState;
use super::extract::SignedIn;
use crate::accounts::Role;
use crate::clock::long_date;
use crate::credentials::certificate::{CertificateData, Paper, render};
use crate::credentials::{self};
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(certificate);
}

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
    let id = path.into_inner();
    let paper = match query.paper.as_deref() {
        None | Some("a4") => Paper::A4,
        Some("letter") => Paper::Letter,
        Some(other) => return Err(AppError::field("paper", format!("paper is a4 or letter, not {other:?}"))),
    };
    let st = state.clone();
    let (verification, row, programme) = web::block(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let (v, row) = credentials::verify(&mut conn, st.now(), &id)?.ok_or(AppError::NotFound)?;
        let programme: String = {
            use diesel::prelude::*;
            crate::db::schema::courses::table
                .find(row.course_id)
                .select(crate::db::schema::courses::title)
                .first(&mut *conn)?
        };
        Ok((v, row, programme))
    })
    .await??;
    if row.user_id != user.id() && user.role() != Role::ProgrammeAdmin {
        return Err(AppError::NotFound);
    }
    let data = CertificateData {
        name: row.holder_name.clone(),
        title: row.title.clone(),
        programme,
        issued: long_date(row.issued_at),
        expires: long_date(row.expires_at),
        id: row.public_id.clone(),
        verify_url: format!("{}/verify/{}", state.public_url, row.public_id),
        status: row.status(state.now()),
    };
    let tag = {
        let key = format!(
            "{}|{}|{}|{}|{}|{:?}",
            row.public_id, row.holder_name, row.expires_at, verification.status, data.programme, paper
        );
        format!("\"{}\"", Sha256::digest(key.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect::<String>())
    };
    if req.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(tag.as_str()) {
        return Ok(HttpResponse::NotModified().insert_header((header::ETAG, tag)).finish());
    }
    let fonts = state.fonts.clone();
    let pdf = web::block(move || render(fonts.get()?, &data, paper)).await?.map_err(AppError::Unexpected)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static("application/pdf")))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache")))
        .insert_header((header::ETAG, tag))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"ess-certificate-{}.pdf\"", row.public_id),
        ))
        .body(pdf))
}
