//! The holder's data rights in the browser: the confirmation page `/account/erase` (what will
//! happen, and the password), its form, and the page that says it is done; and the programme
//! admins' page `/admin/users/{id}/erase` for a request received by other means. The download of
//! the data is a link on the account page to the JSON API, which is in `api`.

pub mod api;

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::{ProgrammeAdmin, SignedIn};
use super::pages::{FormState, Layout, end_session_cookie, render, render_status};
use crate::accounts::users;
use crate::error::AppError;
use crate::privacy::{self, ERASURE_REASON_MAX_CHARS, Erasure};

/// The pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(erase_page).service(erase_account).service(admin_erase_page).service(admin_erase);
}

/// Context of `privacy/erase.html`.
#[derive(Serialize)]
struct ErasePage {
    #[serde(flatten)]
    layout: Layout,
    email: String,
    form: FormState,
}

/// Context of `privacy/erased.html`.
#[derive(Serialize)]
struct ErasedPage {
    #[serde(flatten)]
    layout: Layout,
    credentials_revoked: usize,
}

#[get("/account/erase")]
async fn erase_page(state: web::Data<AppState>, user: SignedIn, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let page = ErasePage {
        layout: Layout::new(Some(&user), &csrf, "account"),
        email: user.user.email.clone(),
        form: FormState::default(),
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
    let result =
        crate::web::blocking(move || privacy::erase::erase_own(&st.db, &st.mailer, st.now(), id, &password)).await?;
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
            let page =
                ErasePage { layout: Layout::new(Some(&user), &csrf, "account"), email: user.user.email.clone(), form };
            render_status(&state, status, "privacy/erase.html", &page)
        }
    }
}

/// Context of `privacy/admin_erase.html`.
#[derive(Serialize)]
struct AdminErasePage {
    #[serde(flatten)]
    layout: Layout,
    user_id: i64,
    name: String,
    email: String,
    /// Erased before this page was opened.
    already_erased: bool,
    form: FormState,
    reason_max_chars: usize,
    /// The erasure just made.
    done: Option<Erasure>,
}

async fn admin_page(
    state: &web::Data<AppState>,
    admin: &ProgrammeAdmin,
    csrf: &CsrfToken,
    user_id: i64,
    form: FormState,
    done: Option<Erasure>,
) -> Result<AdminErasePage, AppError> {
    let st = state.clone();
    let (user, already_erased) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let user = users::find(&mut conn, user_id)?.ok_or(AppError::NotFound)?;
        Ok((user, privacy::erase::is_erased(&mut conn, user_id)?))
    })
    .await??;
    Ok(AdminErasePage {
        layout: Layout::new(Some(&admin.0), csrf, "admin"),
        user_id,
        name: user.name,
        email: user.email,
        already_erased: already_erased && done.is_none(),
        form,
        reason_max_chars: ERASURE_REASON_MAX_CHARS,
        done,
    })
}

#[get("/admin/users/{id}/erase")]
async fn admin_erase_page(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let page = admin_page(&state, &admin, &csrf, path.into_inner(), FormState::default(), None).await?;
    render(&state, "privacy/admin_erase.html", &page)
}

/// The admin's form: how the request reached them.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdminEraseForm {
    reason: String,
}

#[post("/admin/users/{id}/erase")]
async fn admin_erase(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<i64>,
    form: CsrfForm<AdminEraseForm>,
) -> Result<HttpResponse, AppError> {
    let reason = form.0.reason;
    let (st, admin_id, user_id) = (state.clone(), admin.0.id(), path.into_inner());
    let typed = reason.clone();
    let result = crate::web::blocking(move || {
        privacy::erase::erase_by_admin(&mut *st.db.write()?, &st.mailer, st.now(), admin_id, user_id, &reason)
    })
    .await?;
    match result {
        Ok(erasure) => {
            let page = admin_page(&state, &admin, &csrf, user_id, FormState::default(), Some(erasure)).await?;
            render(&state, "privacy/admin_erase.html", &page)
        }
        Err(err) => {
            let (status, form) = FormState::with_values([("reason", typed.as_str())]).absorb(err)?;
            let page = admin_page(&state, &admin, &csrf, user_id, form, None).await?;
            render_status(&state, status, "privacy/admin_erase.html", &page)
        }
    }
}
