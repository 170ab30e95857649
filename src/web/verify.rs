//! Public verification of a credential: a page and its JSON twin, for anyone.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use super::AppState;
use super::csrf::CsrfToken;
use super::extract::MaybeUser;
use super::pages::{Layout, render};
use crate::clock::long_date;
use crate::credentials::{self, Verification};
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(verify);
}

/// Context of `verify/credential.html`.
#[derive(Serialize)]
struct VerifyPage {
    #[serde(flatten)]
    layout: Layout,
    v: Verification,
    issued: String,
    expires: String,
}

/// `/verify/{id}` (a page) and `/verify/{id}.json` (the same as JSON).
#[get("/verify/{id}")]
async fn verify(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let raw = path.into_inner();
    let (id, json) = match raw.strip_suffix(".json") {
        Some(id) => (id.to_owned(), true),
        None => (raw, false),
    };
    let st = state.clone();
    let (verification, row) =
        web::block(move || -> Result<_, AppError> { Ok(credentials::verify(&mut *st.db.read()?, st.now(), &id)?) })
            .await??
            .ok_or(AppError::NotFound)?;
    if json {
        return Ok(HttpResponse::Ok().json(verification));
    }
    let page = VerifyPage {
        layout: Layout::new(user.0.as_ref(), &csrf, ""),
        issued: long_date(row.issued_at),
        expires: long_date(row.expires_at),
        v: verification,
    };
    render(&state, "verify/credential.html", &page)
}
