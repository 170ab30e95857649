//! The holder's renewal: the page `/renewal` (where each credential stands, the renewal modules,
//! the renewal exam) and its JSON twin in `api.rs`.

pub mod api;

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use super::AppState;
use super::csrf::CsrfToken;
use super::extract::SignedIn;
use super::pages::{Layout, render};
use crate::credentials::lifecycle::RenewalView;
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(renewal_page);
}

/// A renewal as the page shows it.
#[derive(Serialize)]
struct RenewalLine {
    #[serde(flatten)]
    view: RenewalView,
    dates: crate::credentials::lifecycle::RenewalDates,
    kit_path: String,
    /// How many renewal modules are done.
    modules_done: usize,
}

/// Context of `renewal/index.html`.
#[derive(Serialize)]
struct RenewalPage {
    #[serde(flatten)]
    layout: Layout,
    renewals: Vec<RenewalLine>,
}

#[get("/renewal")]
async fn renewal_page(state: web::Data<AppState>, user: SignedIn, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let id = user.id();
    let views = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(crate::exams::renewal::renewals_of(&mut *st.db.read()?, st.now(), id)?)
    })
    .await??;
    let renewals = views
        .into_iter()
        .map(|view| RenewalLine {
            dates: view.dates.clone(),
            kit_path: format!("/credentials/{}", view.credential_id),
            modules_done: view.modules.iter().filter(|m| m.completed).count(),
            view,
        })
        .collect();
    render(&state, "renewal/index.html", &RenewalPage { layout: Layout::new(Some(&user), &csrf, "training"), renewals })
}
