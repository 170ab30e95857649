//! Pages of accounts: register, verify the e-mail, log in and out, forgotten password, and the
//! one-time setup of the first programme admin.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::{MaybeUser, SignedIn, client_addr};
use super::pages::{
    CountryOption, FormState, Layout, countries, end_session_cookie, render, render_status, safe_next, see_other,
    start_session,
};
use crate::accounts::users::{self, Registration};
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(register_form)
        .service(register)
        .service(invitation_link)
        .service(verify_email_query)
        .service(verify_email_path)
        .service(resend_verification)
        .service(login_form)
        .service(login)
        .service(logout)
        .service(forgot_form)
        .service(forgot)
        .service(reset_form)
        .service(reset)
        .service(setup_form)
        .service(setup);
}

/// Context of `auth/register.html` and `auth/setup.html`.
#[derive(Serialize)]
struct RegisterPage {
    #[serde(flatten)]
    layout: Layout,
    form: FormState,
    countries: Vec<CountryOption>,
    /// Where the form posts (the setup page reuses the form).
    action: String,
    /// The partner of the invitation the visitor came with.
    invited: Option<crate::partners::OpenInvitation>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    email: String,
    password: String,
    name: String,
    company: String,
    country: String,
    invitation: String,
}

impl RegisterForm {
    fn registration(&self, locale: Option<&'static str>) -> Registration {
        Registration {
            email: self.email.clone(),
            password: self.password.clone(),
            name: self.name.clone(),
            company: self.company.clone(),
            country: self.country.clone(),
            invitation: Some(self.invitation.clone()).filter(|t| !t.is_empty()),
            locale,
        }
    }
    /// What the form shows again (never the password).
    fn form_state(&self) -> FormState {
        FormState::with_values([
            ("email", self.email.as_str()),
            ("name", self.name.as_str()),
            ("company", self.company.as_str()),
            ("country", self.country.as_str()),
            ("invitation", self.invitation.as_str()),
        ])
    }
}

#[derive(Deserialize)]
struct InvitationQuery {
    invitation: Option<String>,
}

/// The invitation of a token, or the message why it cannot be used.
async fn invitation_of(
    state: &web::Data<AppState>,
    token: Option<String>,
) -> Result<Option<Result<crate::partners::OpenInvitation, String>>, AppError> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let st = state.clone();
    let found =
        crate::web::blocking(move || crate::partners::open_invitation(&mut *st.db.read()?, st.now(), &token)).await?;
    match found {
        Ok(invited) => Ok(Some(Ok(invited))),
        Err(AppError::Validation(errors)) => Ok(Some(Err(errors.into_values().next().unwrap_or_default()))),
        Err(other) => Err(other),
    }
}

#[get("/register")]
async fn register_form(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    query: web::Query<InvitationQuery>,
) -> Result<HttpResponse, AppError> {
    if user.0.is_some() {
        return Ok(see_other("/training"));
    }
    let token = query.into_inner().invitation;
    let (form, invited) = match invitation_of(&state, token.clone()).await? {
        None => (FormState::default(), None),
        Some(Ok(invited)) => (
            FormState::with_values([
                ("email", invited.email.as_str()),
                ("company", invited.partner_name.as_str()),
                ("country", invited.partner_country.as_str()),
                ("invitation", token.as_deref().unwrap_or_default()),
            ]),
            Some(invited),
        ),
        Some(Err(message)) => (FormState { message: Some(message), ..FormState::default() }, None),
    };
    let page = RegisterPage {
        layout: Layout::new(None, &csrf, "register"),
        form,
        countries: countries(),
        action: "/register".into(),
        invited,
    };
    render(&state, "auth/register.html", &page)
}

/// The link of an invitation e-mail: registration with the partner filled in.
#[get("/invitations/{token}")]
async fn invitation_link(path: web::Path<String>) -> HttpResponse {
    let token: String =
        path.into_inner().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    see_other(&format!("/register?invitation={token}"))
}

/// Context of `auth/register_done.html`.
#[derive(Serialize)]
struct RegisterDone {
    #[serde(flatten)]
    layout: Layout,
    email: String,
}

#[post("/register")]
async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
    form: CsrfForm<RegisterForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let registration = form.registration(super::locale::asked_for(&req));
    let st = state.clone();
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::register(&mut conn, &st.mailer, st.now(), &registration)
    })
    .await?;
    match result {
        Ok(user) => render(
            &state,
            "auth/register_done.html",
            &RegisterDone { layout: Layout::new(None, &csrf, "register"), email: user.email },
        ),
        Err(err) => {
            let (status, form_state) = form.form_state().absorb(err)?;
            let invited = invitation_of(&state, Some(form.invitation.clone())).await?.and_then(Result::ok);
            let page = RegisterPage {
                layout: Layout::new(None, &csrf, "register"),
                form: form_state,
                countries: countries(),
                action: "/register".into(),
                invited,
            };
            render_status(&state, status, "auth/register.html", &page)
        }
    }
}

/// Context of `auth/verify.html`.
#[derive(Serialize)]
struct VerifyPage {
    #[serde(flatten)]
    layout: Layout,
    verified: bool,
    message: String,
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

async fn verify_email_page(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    token: String,
) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::verify_email(&mut conn, st.now(), &token)
    })
    .await?;
    // A GET that changes the account: copies of it made before are not used again.
    crate::freshness::local_write();
    let layout = Layout::new(user.0.as_ref(), &csrf, "");
    match result {
        Ok(_) => {
            let page =
                VerifyPage { layout, verified: true, message: "Thank you: your e-mail address is verified.".into() };
            render(&state, "auth/verify.html", &page)
        }
        Err(AppError::BadRequest(message)) => render_status(
            &state,
            StatusCode::BAD_REQUEST,
            "auth/verify.html",
            &VerifyPage { layout, verified: false, message },
        ),
        Err(other) => Err(other),
    }
}

#[get("/verify-email")]
async fn verify_email_query(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    query: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    verify_email_page(state, user, csrf, query.into_inner().token.unwrap_or_default()).await
}

#[get("/verify-email/{token}")]
async fn verify_email_path(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    verify_email_page(state, user, csrf, token.into_inner()).await
}

#[derive(Deserialize, Default)]
struct Empty {}

#[post("/verify-email/resend")]
async fn resend_verification(
    state: web::Data<AppState>,
    user: SignedIn,
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, AppError> {
    let (st, lang) = (state.clone(), crate::i18n::current());
    let user_id = user.id();
    // The mail falls back on this page's language when the account saved none.
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        crate::i18n::with_lang(lang, || users::resend_verification(&mut conn, &st.mailer, st.now(), user_id))
    })
    .await?;
    match result {
        Ok(()) => Ok(see_other("/training?notice=verification-sent")),
        Err(AppError::Conflict(_)) => Ok(see_other("/training")),
        Err(e) => Err(e),
    }
}

/// Context of `auth/login.html`.
#[derive(Serialize)]
struct LoginPage {
    #[serde(flatten)]
    layout: Layout,
    form: FormState,
    next: String,
    notice: Option<&'static str>,
}

#[derive(Deserialize)]
struct LoginQuery {
    next: Option<String>,
    notice: Option<String>,
}

fn notice_text(key: Option<&str>) -> Option<&'static str> {
    match key? {
        "password-reset" => Some("Your password was changed. Log in with the new one."),
        "logged-out" => Some("You are logged out. See you soon."),
        _ => None,
    }
}

#[get("/login")]
async fn login_form(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(query.next.as_deref(), "/training");
    if user.0.is_some() {
        return Ok(see_other(&next));
    }
    let page = LoginPage {
        layout: Layout::new(None, &csrf, "login"),
        form: FormState::default(),
        next,
        notice: notice_text(query.notice.as_deref()),
    };
    render(&state, "auth/login.html", &page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

#[post("/login")]
async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
    form: CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let addr = client_addr(&req, state.trust_proxy);
    let st = state.clone();
    let (email, password) = (form.email.clone(), form.password.clone());
    let result =
        crate::web::blocking(move || users::login(&st.db, st.now(), &email, &password, &addr, &st.dummy_hash)).await?;
    let next = safe_next(Some(&form.next), "/training");
    match result {
        Ok(user) => {
            let (_, cookie) = start_session(&state, &user)?;
            let mut response = see_other(&next);
            response.add_cookie(&cookie).map_err(|e| AppError::Unexpected(e.into()))?;
            Ok(response)
        }
        Err(err) => {
            let (status, form_state) = FormState::with_values([("email", form.email.as_str())]).absorb(err)?;
            let page = LoginPage { layout: Layout::new(None, &csrf, "login"), form: form_state, next, notice: None };
            render_status(&state, status, "auth/login.html", &page)
        }
    }
}

#[post("/logout")]
async fn logout(state: web::Data<AppState>, user: MaybeUser, _form: CsrfForm<Empty>) -> Result<HttpResponse, AppError> {
    if let Some(user) = user.0 {
        let st = state.clone();
        crate::web::blocking(move || {
            let mut conn = st.db.write()?;
            users::logout(&mut conn, st.now(), user.id())
        })
        .await??;
    }
    let mut response = see_other("/login?notice=logged-out");
    response.add_cookie(&end_session_cookie(&state)).map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(response)
}

/// Context of `auth/forgot.html`.
#[derive(Serialize)]
struct ForgotPage {
    #[serde(flatten)]
    layout: Layout,
    form: FormState,
    sent_to: Option<String>,
}

#[get("/forgot-password")]
async fn forgot_form(state: web::Data<AppState>, user: MaybeUser, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let page =
        ForgotPage { layout: Layout::new(user.0.as_ref(), &csrf, "login"), form: FormState::default(), sent_to: None };
    render(&state, "auth/forgot.html", &page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

#[post("/forgot-password")]
async fn forgot(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    form: CsrfForm<ForgotForm>,
) -> Result<HttpResponse, AppError> {
    let email = form.0.email;
    let (st, lang) = (state.clone(), crate::i18n::current());
    let e2 = email.clone();
    // The mail falls back on this page's language when the account saved none.
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        crate::i18n::with_lang(lang, || users::request_password_reset(&mut conn, &st.mailer, st.now(), &e2))
    })
    .await?;
    let layout = Layout::new(user.0.as_ref(), &csrf, "login");
    match result {
        Ok(()) => render(
            &state,
            "auth/forgot.html",
            &ForgotPage { layout, form: FormState::default(), sent_to: Some(email.trim().to_owned()) },
        ),
        Err(err) => {
            let (status, form) = FormState::with_values([("email", email.as_str())]).absorb(err)?;
            render_status(&state, status, "auth/forgot.html", &ForgotPage { layout, form, sent_to: None })
        }
    }
}

/// Context of `auth/reset.html`.
#[derive(Serialize)]
struct ResetPage {
    #[serde(flatten)]
    layout: Layout,
    form: FormState,
    token: String,
}

#[get("/reset-password/{token}")]
async fn reset_form(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let page =
        ResetPage { layout: Layout::new(None, &csrf, "login"), form: FormState::default(), token: token.into_inner() };
    render(&state, "auth/reset.html", &page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    password: String,
}

#[post("/reset-password/{token}")]
async fn reset(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    token: web::Path<String>,
    form: CsrfForm<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let st = state.clone();
    let t2 = token.clone();
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::confirm_password_reset(&mut conn, st.now(), &t2, &form.0.password)
    })
    .await?;
    match result {
        Ok(_) => {
            let mut response = see_other("/login?notice=password-reset");
            response.add_cookie(&end_session_cookie(&state)).map_err(|e| AppError::Unexpected(e.into()))?;
            Ok(response)
        }
        Err(err) => {
            let (status, form) = FormState::default().absorb(err)?;
            render_status(
                &state,
                status,
                "auth/reset.html",
                &ResetPage { layout: Layout::new(None, &csrf, "login"), form, token },
            )
        }
    }
}

#[get("/setup/{token}")]
async fn setup_form(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let st = state.clone();
    let t2 = token.clone();
    crate::web::blocking(move || {
        let mut conn = st.db.read()?;
        users::check_setup_token(&mut conn, st.now(), &t2)
    })
    .await??;
    let page = RegisterPage {
        layout: Layout::new(None, &csrf, ""),
        form: FormState::default(),
        countries: countries(),
        action: format!("/setup/{token}"),
        invited: None,
    };
    render(&state, "auth/setup.html", &page)
}

#[post("/setup/{token}")]
async fn setup(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
    token: web::Path<String>,
    form: CsrfForm<RegisterForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let form = form.0;
    let registration = form.registration(super::locale::asked_for(&req));
    let st = state.clone();
    let t2 = token.clone();
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        users::complete_setup(&mut conn, st.now(), &t2, &registration)
    })
    .await?;
    match result {
        Ok(user) => {
            let (_, cookie) = start_session(&state, &user)?;
            let mut response = see_other("/account");
            response.add_cookie(&cookie).map_err(|e| AppError::Unexpected(e.into()))?;
            Ok(response)
        }
        Err(err) => {
            let (status, form) = form.form_state().absorb(err)?;
            let page = RegisterPage {
                layout: Layout::new(None, &csrf, ""),
                form,
                countries: countries(),
                action: format!("/setup/{token}"),
                invited: None,
            };
            render_status(&state, status, "auth/setup.html", &page)
        }
    }
}
