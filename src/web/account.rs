//! The signed-in person's own pages: the transcript and the account settings ("My training" is
//! `super::training`).

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::SignedIn;
use super::pages::{CountryOption, FormState, Layout, countries, render, render_status, see_other, start_session};
use crate::accounts::countries::localized_name;
use crate::accounts::users;
use crate::clock::long_date;
use crate::credentials::corrections::Correction;
use crate::error::AppError;
use crate::progress::standing;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(transcript)
        .service(account)
        .service(update_profile)
        .service(change_password)
        .service(request_name_correction);
}

#[derive(Deserialize)]
pub(super) struct NoticeQuery {
    pub(super) notice: Option<String>,
}

/// A module line of the transcript.
#[derive(Serialize)]
struct TranscriptModule {
    title: String,
    state: String,
    active: String,
    completed: Option<String>,
}

/// A course of the transcript.
#[derive(Serialize)]
struct TranscriptCourse {
    title: String,
    active: String,
    estimated: String,
    completed: Option<String>,
    modules: Vec<TranscriptModule>,
}

/// Context of `training/transcript.html`.
#[derive(Serialize)]
struct TranscriptPage {
    #[serde(flatten)]
    layout: Layout,
    name: String,
    company: String,
    printed: String,
    courses: Vec<TranscriptCourse>,
}

fn minutes_text(seconds: i64) -> String {
    crate::i18n::duration(seconds / 60)
}

#[get("/training/transcript")]
async fn transcript(state: web::Data<AppState>, user: SignedIn, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let id = user.id();
    let courses = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(standing::learner_standing(&mut *st.db.read()?, id)?)
    })
    .await??;
    let courses = courses
        .into_iter()
        .map(|c| TranscriptCourse {
            title: c.title,
            active: minutes_text(c.active_seconds),
            estimated: minutes_text(c.estimated_seconds),
            completed: c.completed_at.map(long_date),
            modules: c
                .modules
                .into_iter()
                .map(|m| TranscriptModule {
                    title: m.title,
                    state: m.state_label,
                    active: minutes_text(m.active_seconds),
                    completed: m.completed_at.map(long_date),
                })
                .collect(),
        })
        .collect();
    let page = TranscriptPage {
        layout: Layout::new(Some(&user), &csrf, "training"),
        name: user.user.name.clone(),
        company: user.user.company.clone(),
        printed: long_date(state.now()),
        courses,
    };
    render(&state, "training/transcript.html", &page)
}

/// Context of `account/index.html`.
#[derive(Serialize)]
struct AccountPage {
    #[serde(flatten)]
    layout: Layout,
    name: String,
    email: String,
    country_name: String,
    member_since: String,
    profile: FormState,
    password: FormState,
    countries: Vec<CountryOption>,
    notice: Option<String>,
    correction: FormState,
    corrections: Vec<Correction>,
    has_pending_correction: bool,
}

/// The forms of the account page, one of which may carry errors.
#[derive(Default)]
struct AccountForms {
    profile: Option<FormState>,
    password: FormState,
    correction: FormState,
}

async fn account_page(
    state: &web::Data<AppState>,
    user: &SignedIn,
    csrf: &CsrfToken,
    forms: AccountForms,
    notice: Option<String>,
) -> Result<AccountPage, AppError> {
    let st = state.clone();
    let id = user.id();
    let corrections = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(crate::credentials::corrections::of_user(&mut *st.db.read()?, id)?)
    })
    .await??;
    let AccountForms { profile, password, correction } = forms;
    let u = &user.user;
    Ok(AccountPage {
        has_pending_correction: corrections.iter().any(|c| c.status == "pending"),
        corrections,
        correction,
        layout: Layout::new(Some(user), csrf, "account"),
        name: u.name.clone(),
        email: u.email.clone(),
        country_name: localized_name(&u.country).unwrap_or_default(),
        member_since: long_date(u.created_at),
        profile: profile.unwrap_or_else(|| {
            FormState::with_values([("company", u.company.as_str()), ("country", u.country.as_str())])
        }),
        password,
        countries: countries(),
        notice,
    })
}

#[get("/account")]
async fn account(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("profile-saved") => Some("account-notice-saved"),
        Some("password-changed") => Some("account-notice-password-changed"),
        Some("correction-requested") => Some("account-notice-correction-requested"),
        _ => None,
    }
    .map(crate::i18n::t);
    render(&state, "account/index.html", &account_page(&state, &user, &csrf, AccountForms::default(), notice).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CorrectionForm {
    name: String,
    reason: String,
}

#[post("/account/name-correction")]
async fn request_name_correction(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    form: CsrfForm<CorrectionForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let st = state.clone();
    let (name, reason, id) = (form.name.clone(), form.reason.clone(), user.id());
    let result = crate::web::blocking(move || {
        crate::credentials::corrections::request(&mut *st.db.write()?, st.now(), id, &name, &reason)
    })
    .await?;
    match result {
        Ok(_) => Ok(see_other("/account?notice=correction-requested")),
        Err(err) => {
            let (status, correction) =
                FormState::with_values([("name", form.name.as_str()), ("reason", form.reason.as_str())]).absorb(err)?;
            let forms = AccountForms { correction, ..AccountForms::default() };
            render_status(&state, status, "account/index.html", &account_page(&state, &user, &csrf, forms, None).await?)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    company: String,
    country: String,
}

#[post("/account")]
async fn update_profile(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    form: CsrfForm<ProfileForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let st = state.clone();
    let (company, country, id) = (form.company.clone(), form.country.clone(), user.id());
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::update_profile(&mut conn, st.now(), id, Some(&company), Some(&country), None)
    })
    .await?;
    match result {
        Ok(_) => Ok(see_other("/account?notice=profile-saved")),
        Err(err) => {
            let (status, profile) =
                FormState::with_values([("company", form.company.as_str()), ("country", form.country.as_str())])
                    .absorb(err)?;
            let forms = AccountForms { profile: Some(profile), ..AccountForms::default() };
            render_status(&state, status, "account/index.html", &account_page(&state, &user, &csrf, forms, None).await?)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

#[post("/account/password")]
async fn change_password(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    form: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let st = state.clone();
    let id = user.id();
    let result = crate::web::blocking(move || {
        users::change_password(&st.db, st.now(), id, &form.current_password, &form.new_password)
    })
    .await?;
    match result {
        Ok(updated) => {
            // This device stays logged in with a token of the new version.
            let (_, cookie) = start_session(&state, &updated)?;
            let mut response = see_other("/account?notice=password-changed");
            response.add_cookie(&cookie).map_err(|e| AppError::Unexpected(e.into()))?;
            Ok(response)
        }
        Err(err) => {
            let (status, password) = FormState::default().absorb(err)?;
            let forms = AccountForms { password, ..AccountForms::default() };
            render_status(&state, status, "account/index.html", &account_page(&state, &user, &csrf, forms, None).await?)
        }
    }
}
