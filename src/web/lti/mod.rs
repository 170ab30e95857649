//! LTI 1.3 pages: the login initiation (`/lti/login`), the launch (`/lti/launch`), the tool's
//! public keys (`/lti/jwks.json`), and the programme admins' platform
//! registrations (`/admin/lti`). The JSON API of the registrations is in `api`; the content
//! selection of a deep-linking launch in `deep_linking`.

pub mod api;
pub mod deep_linking;

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::ProgrammeAdmin;
use super::pages::{FormState, Layout, render, render_status, see_other, start_session};
use crate::error::AppError;
use crate::lti::keys::{cached_jwks, fetch_jwks, may_refetch, store_jwks};
use crate::lti::launch::{self, LaunchError, LoginRequest, Message};
use crate::lti::{self, Platform, PlatformRequest};

/// Scores listed on the admin page.
const SCORE_LINES: i64 = 50;

/// The cookie that ties a launch to the browser that started the login.
pub const STATE_COOKIE: &str = "ess_lti_state";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(login_get)
        .service(login_post)
        .service(launch_post)
        .service(deep_linking::choose_content)
        .service(jwks)
        .service(platforms_page)
        .service(create_platform)
        .service(retry_score);
}

/// Context of `error.html`.
#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    title: &'static str,
    detail: String,
}

/// A refused login or launch: a page naming the check that failed.
pub(super) fn launch_error(state: &AppState, error: &LaunchError) -> Result<HttpResponse, AppError> {
    match error {
        LaunchError::Unexpected(cause) => tracing::error!(error = format!("{cause:#}"), "LTI launch failed"),
        other => tracing::info!("LTI launch refused: {other}"),
    }
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let page = ErrorPage { status: status.as_u16(), title: error.title(), detail: error.to_string() };
    render_status(state, status, "error.html", &page)
}

fn state_cookie(state: &AppState, value: &str) -> Cookie<'static> {
    // The launch is a cross-site form post from the platform: over https the cookie must be
    // SameSite=None to come with it.
    let same_site = if state.secure_cookies { SameSite::None } else { SameSite::Lax };
    Cookie::build(STATE_COOKIE, value.to_owned())
        .path("/lti")
        .http_only(true)
        .same_site(same_site)
        .secure(state.secure_cookies)
        .max_age(CookieDuration::seconds(launch::STATE_TTL_SECS))
        .finish()
}

async fn begin_login(state: web::Data<AppState>, request: LoginRequest) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let result = crate::web::blocking(move || -> Result<_, LaunchError> {
        let mut conn = st.db.write()?;
        launch::begin_login(&mut conn, st.now(), &st.public_url, &request)
    })
    .await?;
    match result {
        Ok(redirect) => {
            let mut response = HttpResponse::Found().insert_header((header::LOCATION, redirect.url)).finish();
            response.add_cookie(&state_cookie(&state, &redirect.state)).map_err(|e| AppError::Unexpected(e.into()))?;
            Ok(response)
        }
        Err(e) => launch_error(&state, &e),
    }
}

/// The third-party-initiated login, as a link.
#[get("/lti/login")]
async fn login_get(state: web::Data<AppState>, query: web::Query<LoginRequest>) -> Result<HttpResponse, AppError> {
    begin_login(state, query.into_inner()).await
}

/// The third-party-initiated login, as a form post.
#[post("/lti/login")]
async fn login_post(state: web::Data<AppState>, form: web::Form<LoginRequest>) -> Result<HttpResponse, AppError> {
    begin_login(state, form.into_inner()).await
}

/// The platform's authentication response (form post).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct LaunchForm {
    id_token: String,
    state: String,
    error: Option<String>,
    error_description: Option<String>,
}

/// What a verified launch leads to.
enum Launched {
    /// A learner's session, and the page to open.
    Session(Box<crate::accounts::User>, String),
    /// The content selection of a deep-linking request, under its token.
    DeepLinking(String),
}

async fn run_launch(req: &HttpRequest, state: &web::Data<AppState>, form: LaunchForm) -> Result<Launched, LaunchError> {
    if let Some(error) = &form.error {
        tracing::info!("the platform answered the LTI login with {error}: {:?}", form.error_description);
        return Err(LaunchError::Missing("id_token"));
    }
    if form.id_token.is_empty() {
        return Err(LaunchError::Missing("id_token"));
    }
    if form.state.is_empty() {
        return Err(LaunchError::Missing("state"));
    }
    if req.cookie(STATE_COOKIE).is_none_or(|c| c.value() != form.state) {
        return Err(LaunchError::StateMismatch);
    }
    let unverified = launch::peek(&form.id_token)?;
    let st = state.clone();
    let peeked = unverified.clone();
    let platform = crate::web::blocking(move || -> Result<_, LaunchError> {
        let mut conn = st.db.read()?;
        launch::platform_of(&mut conn, &peeked)
    })
    .await
    .map_err(|e| LaunchError::Unexpected(e.into()))??;
    let now = state.now();
    let mut keys = cached_jwks(&platform, now);
    let known = keys.as_ref().is_some_and(|k| k.find(&unverified.kid).is_some());
    if !known && (keys.is_none() || may_refetch(&platform, now)) {
        match fetch_jwks(&state.lti_http, &platform.jwks_url).await {
            Ok((set, text)) => {
                let (st, id) = (state.clone(), platform.id);
                crate::web::blocking(move || -> Result<_, LaunchError> {
                    Ok(store_jwks(&mut *st.db.write()?, id, &text, now)?)
                })
                .await
                .map_err(|e| LaunchError::Unexpected(e.into()))??;
                keys = Some(set);
            }
            Err(e) => tracing::warn!("LTI platform {}: {e:#}", platform.id),
        }
    }
    let keys = keys.ok_or(LaunchError::KeysUnavailable)?;
    let st = state.clone();
    crate::web::blocking(move || -> Result<_, LaunchError> {
        let claims = launch::verify(&form.id_token, &platform, &keys, &unverified.kid, now)?;
        let mut conn = st.db.write()?;
        let nonce = launch::take_state(&mut conn, &form.state, platform.id, now)?;
        if claims.nonce.as_deref() != Some(nonce.as_str()) {
            return Err(LaunchError::NonceMismatch);
        }
        match launch::check_message(&platform, &claims, &st.public_url)? {
            Message::ResourceLink { destination } => {
                let user = launch::account(&mut conn, st.mailer.xapi(), now, &platform, &claims)?;
                // An exam launched with a line item: its results go to the platform's gradebook.
                crate::lti::ags::remember_link(
                    &mut conn,
                    now,
                    &platform,
                    user.id,
                    &claims.sub,
                    &destination,
                    claims.ags.as_ref(),
                )?;
                Ok(Launched::Session(Box::new(user), destination))
            }
            // The instructor only picks content: no account, no session.
            Message::DeepLinking(request) => {
                Ok(Launched::DeepLinking(crate::lti::deep_linking::begin(&mut conn, now, platform.id, &request)?))
            }
        }
    })
    .await
    .map_err(|e| LaunchError::Unexpected(e.into()))?
}

/// The launch: every check, then the session and the page asked for.
#[post("/lti/launch")]
async fn launch_post(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<LaunchForm>,
) -> Result<HttpResponse, AppError> {
    let launched = match run_launch(&req, &state, form.into_inner()).await {
        Ok(launched) => launched,
        Err(e) => return launch_error(&state, &e),
    };
    let mut spent = state_cookie(&state, "");
    spent.make_removal();
    let (user, destination) = match launched {
        Launched::Session(user, destination) => (user, destination),
        Launched::DeepLinking(token) => {
            let mut response = deep_linking::selection_page(&state, token, None).await?;
            response.add_cookie(&spent).map_err(|e| AppError::Unexpected(e.into()))?;
            return Ok(response);
        }
    };
    let (_, session) = start_session(&state, &user)?;
    let mut response = see_other(&destination);
    response.add_cookie(&session).map_err(|e| AppError::Unexpected(e.into()))?;
    response.add_cookie(&spent).map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(response)
}

/// The tool's public keys.
#[get("/lti/jwks.json")]
async fn jwks(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let set = crate::web::blocking(move || -> Result<_, AppError> { Ok(st.lti_key.jwks(st.now())?) }).await??;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "public, max-age=3600")).json(set))
}

/// Context of `admin/lti.html`.
#[derive(Serialize)]
struct PlatformsPage {
    #[serde(flatten)]
    layout: Layout,
    platforms: Vec<Platform>,
    form: FormState,
    notice: Option<String>,
    /// The URLs a platform's admin needs to register the tool.
    tool: ToolUrls,
    /// The latest scores for the platforms' gradebooks.
    scores: Vec<crate::lti::ags::ScoreItem>,
}

/// The tool's URLs, for the LMS admin.
#[derive(Serialize)]
struct ToolUrls {
    login: String,
    launch: String,
    jwks: String,
    target: String,
}

impl ToolUrls {
    fn of(public_url: &str) -> Self {
        ToolUrls {
            login: format!("{public_url}/lti/login"),
            launch: format!("{public_url}/lti/launch"),
            jwks: format!("{public_url}/lti/jwks.json"),
            target: format!("{public_url}/training"),
        }
    }
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

async fn platforms(
    state: &web::Data<AppState>,
    admin: &ProgrammeAdmin,
    csrf: &CsrfToken,
    form: FormState,
    notice: Option<String>,
) -> Result<PlatformsPage, AppError> {
    let st = state.clone();
    let (list, scores) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        Ok((lti::list_platforms(&mut conn)?, crate::lti::ags::score_items(&mut conn, None, SCORE_LINES)?))
    })
    .await??;
    Ok(PlatformsPage {
        layout: Layout::new(Some(&admin.0), csrf, "admin"),
        platforms: list,
        scores,
        form,
        notice,
        tool: ToolUrls::of(&state.public_url),
    })
}

#[get("/admin/lti")]
async fn platforms_page(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("registered") => Some("admin-notice-platform-registered"),
        Some("retrying") => Some("admin-notice-score-retrying"),
        _ => None,
    }
    .map(crate::i18n::t);
    render(&state, "admin/lti.html", &platforms(&state, &admin, &csrf, FormState::default(), notice).await?)
}

/// The registration form: deployment ids one a line (or separated by commas).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PlatformForm {
    issuer: String,
    client_id: String,
    deployment_ids: String,
    auth_url: String,
    jwks_url: String,
    token_url: String,
    link_by_email: Option<String>,
}

#[post("/admin/lti")]
async fn create_platform(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    form: CsrfForm<PlatformForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let request = PlatformRequest {
        issuer: form.issuer.clone(),
        client_id: form.client_id.clone(),
        deployment_ids: form.deployment_ids.split([',', '\n', '\r']).map(str::to_owned).collect(),
        auth_url: form.auth_url.clone(),
        jwks_url: form.jwks_url.clone(),
        token_url: form.token_url.clone(),
        link_by_email: form.link_by_email.is_some(),
    };
    let (st, admin_id) = (state.clone(), admin.0.id());
    let result =
        crate::web::blocking(move || lti::register_platform(&mut *st.db.write()?, st.now(), admin_id, &request))
            .await?;
    match result {
        Ok(_) => Ok(see_other("/admin/lti?notice=registered")),
        Err(err) => {
            let values = [
                ("issuer", form.issuer.as_str()),
                ("client_id", form.client_id.as_str()),
                ("deployment_ids", form.deployment_ids.as_str()),
                ("auth_url", form.auth_url.as_str()),
                ("jwks_url", form.jwks_url.as_str()),
                ("token_url", form.token_url.as_str()),
            ];
            let (status, form_state) = FormState::with_values(values).absorb(err)?;
            let page = platforms(&state, &admin, &csrf, form_state, None).await?;
            render_status(&state, status, "admin/lti.html", &page)
        }
    }
}

#[derive(Deserialize, Default)]
struct EmptyForm {}

/// Makes an unsent score due now.
#[post("/admin/lti/scores/{id}/retry")]
async fn retry_score(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<i64>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    super::interop::retry_queued(&state, crate::interop::outbound::Queue::LtiScores, path.into_inner()).await?;
    Ok(see_other("/admin/lti?notice=retrying#scores"))
}
