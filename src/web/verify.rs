//! Public verification of a credential: a page and its JSON twin, for anyone.

use actix_web::{HttpRequest, HttpResponse, get, web};
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
    renewed: Option<String>,
    history: Vec<credentials::Event>,
}

/// `x.json` → (`x`, true); `x` → (`x`, false): the pages whose JSON twin is the same path
/// with `.json`.
pub fn json_suffix(raw: String) -> (String, bool) {
    match raw.strip_suffix(".json") {
        Some(id) => (id.to_owned(), true),
        None => (raw, false),
    }
}

/// `/verify/{id}` (a page) and `/verify/{id}.json` (the same as JSON).
#[get("/verify/{id}")]
async fn verify(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    super::kit::limit_lookups(&req, &state)?;
    let (id, json) = json_suffix(path.into_inner());
    let st = state.clone();
    let (verification, row, history) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let (verification, row) = credentials::verify(&mut conn, st.now(), &id)?.ok_or(AppError::NotFound)?;
        let history = credentials::history(&mut conn, row.id)?;
        Ok((verification, row, history))
    })
    .await??;
    if json {
        return Ok(HttpResponse::Ok().json(verification));
    }
    let page = VerifyPage {
        layout: Layout::new(user.0.as_ref(), &csrf, ""),
        issued: long_date(row.issued_at),
        expires: long_date(row.expires_at),
        renewed: row.renewed_at.map(long_date),
        v: verification,
        history: history.into_iter().filter(|e| e.kind == "name_corrected").collect(),
    };
    render(&state, "verify/credential.html", &page)
}
