//! The home page: what the specialization is and how to earn it.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use super::AppState;
use super::csrf::CsrfToken;
use super::extract::MaybeUser;
use super::pages::{Layout, render};
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(home);
}

/// Context of `home.html`.
#[derive(Serialize)]
struct HomePage {
    #[serde(flatten)]
    layout: Layout,
}

#[get("/")]
async fn home(state: web::Data<AppState>, user: MaybeUser, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    render(&state, "home.html", &HomePage { layout: Layout::new(user.0.as_ref(), &csrf, "home") })
}
