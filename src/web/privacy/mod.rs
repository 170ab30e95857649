//! The holder's data rights in the browser: the confirmation page `/account/erase` (what will
//! happen, and the password), its form, and the page that says it is done. The download of the
//! data is a link on the account page to the JSON API, which is in `api`.

pub mod api;

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::SignedIn;
use super::pages::{FormState, Layout, end_session_cookie, render, render_status};
use crate::error::AppError;
use crate::privacy;

/// The pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(erase_page).service(erase_account);
}

/// Context of `privacy/erase.html`.
#[derive(Serialize)]
struct ErasePage {
    #[serde(flatten)]
    layout: Layout,
    email: String,
    form: FormState,
    /// Where the data download is.
    export_path: &'static str,
}

/// Context of `privacy/erased.html`.
#[derive(Serialize)]
struct ErasedPage {
    #[serde(flatten)]
    layout: Layout,
    credentials_revoked: usize,
}

const EXPORT_PATH: &str = "/api/v1/me/export";

#[get("/account/erase")]
async fn erase_page(state: web::Data<AppState>, user: SignedIn, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let page = ErasePage {
        layout: Layout::new(Some(&user), &csrf, "account"),
        email: user.user.email.clone(),
        form: FormState::default(),
        export_path: EXPORT_PATH,
    };
    render(&state, "privacy/erase.html", &page)
}

/// The confirmation form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EraseForm {
    password: String,
}

#[post("/account/erase")]
async fn erase_account(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    form: CsrfForm<EraseForm>,
) -> Result<HttpResponse, AppError> {
    let password = form.0.password;
    let st = state.clone();
    let id = user.id();
    let result = web::block(move || privacy::erase::erase_own(&st.db, &st.mailer, st.now(), id, &password)).await?;
    match result {
        Ok(erasure) => {
            let page = ErasedPage {
                layout: Layout::new(None, &csrf, "account"),
                credentials_revoked: erasure.credentials_revoked,
            };
            let mut response = render(&state, "privacy/erased.html", &page)?;
            response.add_cookie(&end_session_cookie(&state)).map_err(|e| AppError::Unexpected(e.into()))?;
            Ok(response)
        }
        Err(err) => {
            let (status, form) = FormState::default().absorb(err)?;
            let page = ErasePage {
                layout: Layout::new(Some(&user), &csrf, "account"),
                email: user.user.email.clone(),
                form,
                export_path: EXPORT_PATH,
            };
            render_status(&state, status, "privacy/erase.html", &page)
        }
    }
}
