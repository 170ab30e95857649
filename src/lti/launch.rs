//! The launch: the third-party-initiated login (a state and a nonce stored for any instance to
//! finish the launch), every check the LTI 1.3 core specification (§5.1.3) and OpenID Connect
//! Core (§3.1.3.7) require of the `id_token`, the account of the platform's user, and where the
//! launch lands. A failed check is a `LaunchError` that names it; it never signs anyone in.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use url::Url;

use super::PlatformRow;
use crate::accounts::tokens::generate_token;
use crate::accounts::validate::Email;
use crate::accounts::{Role, User, users};
use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::{lti_accounts as la, lti_launch_states as ls};
use crate::error::AppError;

/// A login must reach the launch within this time.
pub const STATE_TTL_SECS: i64 = 600;
/// Allowed clock difference with the platform for `exp` and `iat`.
pub const CLOCK_LEEWAY_SECS: i64 = 60;
/// An `id_token` issued longer ago than this is refused, whatever its `exp`.
pub const ID_TOKEN_MAX_AGE_SECS: i64 = 3600;
/// The only LTI version accepted.
pub const LTI_VERSION: &str = "1.3.0";
/// The launch messages accepted.
pub const RESOURCE_LINK_REQUEST: &str = "LtiResourceLinkRequest";
pub const DEEP_LINKING_REQUEST: &str = "LtiDeepLinkingRequest";

pub const CLAIM_MESSAGE_TYPE: &str = "https://purl.imsglobal.org/spec/lti/claim/message_type";
pub const CLAIM_VERSION: &str = "https://purl.imsglobal.org/spec/lti/claim/version";
pub const CLAIM_DEPLOYMENT_ID: &str = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";
pub const CLAIM_TARGET_LINK_URI: &str = "https://purl.imsglobal.org/spec/lti/claim/target_link_uri";
pub const CLAIM_CUSTOM: &str = "https://purl.imsglobal.org/spec/lti/claim/custom";
pub const CLAIM_ROLES: &str = "https://purl.imsglobal.org/spec/lti/claim/roles";
pub const CLAIM_DEEP_LINKING_SETTINGS: &str = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

/// Why a login or a launch was refused: each names the check that failed.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error("The platform did not send `{0}`. Start the activity again from your learning platform.")]
    Missing(&'static str),
    #[error("The issuer {0:?} is not a registered platform. Ask a programme admin to register your learning platform.")]
    UnknownIssuer(String),
    #[error("This launch is not addressed to this tool: its audience (aud) does not contain a registered client id.")]
    WrongAudience,
    #[error("The authorized party (azp) of this launch is not this tool's client id.")]
    WrongAuthorizedParty,
    #[error("The id_token is not a well-formed RS256 JWT: {0}.")]
    Malformed(String),
    #[error("The platform's public keys have no key {0:?} that signed this launch.")]
    UnknownKey(String),
    #[error("We could not fetch the platform's public keys. Try again in a moment.")]
    KeysUnavailable,
    #[error("The signature of the id_token is not valid.")]
    BadSignature,
    #[error("The id_token has expired (exp). Start the activity again from your learning platform.")]
    Expired,
    #[error("The id_token's issue time (iat) is missing, in the future or too old.")]
    BadIssueTime,
    #[error("This launch's state does not match the one this browser started with. Start the activity again.")]
    StateMismatch,
    #[error("This launch's state is unknown, already used or expired. Start the activity again.")]
    UnknownState,
    #[error("The nonce of the id_token does not match this launch (it was used already, or belongs to another login).")]
    NonceMismatch,
    #[error("The deployment {0:?} is not registered for this platform. Ask a programme admin to add it.")]
    UnknownDeployment(String),
    #[error("The message type {0:?} is not supported (expected LtiResourceLinkRequest or LtiDeepLinkingRequest).")]
    WrongMessageType(String),
    #[error("The LTI version {0:?} is not supported (expected 1.3.0).")]
    WrongVersion(String),
    #[error("The target link {0:?} does not point to this site.")]
    ForeignTarget(String),
    #[error(
        "Your learning platform asked for content of the types {0:?}, but this tool offers only LTI links (ltiResourceLink). Add the content as an LTI link (external tool) instead."
    )]
    NoResourceLinks(Vec<String>),
    #[error("The deep-linking request has no usable deep_link_return_url (an https:// address).")]
    NoReturnUrl,
    #[error("This content selection is unknown, already used or expired. Start it again from your learning platform.")]
    UnknownSelection,
    #[error(
        "Your learning platform did not share your name, which your certificate needs. Ask its administrator to share names with this tool."
    )]
    NoName,
    #[error("{0}")]
    Name(String),
    #[error("This account is disabled. Contact the programme team.")]
    Disabled,
    #[error("This account is a staff account: sign in with its password instead of through a learning platform.")]
    NotALearner,
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for LaunchError {
    fn from(e: diesel::result::Error) -> Self {
        LaunchError::Unexpected(e.into())
    }
}

impl LaunchError {
    /// 401 for what proves who is launching, 400 for what the launch asks for, 403 for an account
    /// that may not be signed in this way.
    pub fn status(&self) -> u16 {
        use LaunchError::*;
        match self {
            UnknownIssuer(_) | WrongAudience | WrongAuthorizedParty | Malformed(_) | UnknownKey(_) | BadSignature
            | Expired | BadIssueTime | StateMismatch | UnknownState | NonceMismatch | UnknownSelection => 401,
            Missing(_) | UnknownDeployment(_) | WrongMessageType(_) | WrongVersion(_) | ForeignTarget(_)
            | NoReturnUrl | NoResourceLinks(_) | NoName | Name(_) => 400,
            Disabled | NotALearner => 403,
            KeysUnavailable => 502,
            Unexpected(_) => 500,
        }
    }

    /// A short title for the error page.
    pub fn title(&self) -> &'static str {
        match self.status() {
            401 => "This launch could not be verified",
            400 => "This launch cannot be used",
            403 => "This account cannot be used here",
            _ => "This launch did not work",
        }
    }
}

/// A third-party-initiated login (LTI 1.3 core §4.1).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LoginRequest {
    pub iss: String,
    pub login_hint: String,
    pub target_link_uri: String,
    pub lti_message_hint: Option<String>,
    pub client_id: Option<String>,
    pub lti_deployment_id: Option<String>,
}

/// Where the browser goes to authenticate, and the state its cookie keeps.
#[derive(Debug, Clone)]
pub struct AuthRedirect {
    pub url: String,
    pub state: String,
}

/// The registration a login or a launch speaks of: the issuer's, with the given client id (or
/// its only one).
fn platform_for(conn: &mut DbConnection, issuer: &str, client_ids: &[String]) -> Result<PlatformRow, LaunchError> {
    let rows = super::by_issuer(conn, issuer)?;
    if rows.is_empty() {
        return Err(LaunchError::UnknownIssuer(issuer.to_owned()));
    }
    rows.into_iter().find(|r| client_ids.contains(&r.client_id)).ok_or(LaunchError::WrongAudience)
}

/// Same scheme, host and port as the public URL.
fn same_origin(public_url: &str, target: &Url) -> bool {
    Url::parse(public_url).is_ok_and(|own| own.origin() == target.origin())
}

/// Starts a login: stores a state and a nonce and answers the platform's authorization URL.
pub fn begin_login(
    conn: &mut DbConnection,
    now: UnixSecs,
    public_url: &str,
    request: &LoginRequest,
) -> Result<AuthRedirect, LaunchError> {
    let iss = request.iss.trim();
    if iss.is_empty() {
        return Err(LaunchError::Missing("iss"));
    }
    if request.login_hint.is_empty() {
        return Err(LaunchError::Missing("login_hint"));
    }
    let target = Url::parse(&request.target_link_uri).map_err(|_| LaunchError::Missing("target_link_uri"))?;
    if !same_origin(public_url, &target) {
        return Err(LaunchError::ForeignTarget(request.target_link_uri.clone()));
    }
    let platform = match request.client_id.as_deref().filter(|c| !c.is_empty()) {
        Some(client_id) => platform_for(conn, iss, &[client_id.to_owned()])?,
        None => {
            let mut rows = super::by_issuer(conn, iss)?;
            match rows.len() {
                0 => return Err(LaunchError::UnknownIssuer(iss.to_owned())),
                1 => rows.remove(0),
                _ => return Err(LaunchError::Missing("client_id")),
            }
        }
    };
    if let Some(deployment) = request.lti_deployment_id.as_deref().filter(|d| !d.is_empty())
        && !platform.deployments().iter().any(|d| d == deployment)
    {
        return Err(LaunchError::UnknownDeployment(deployment.to_owned()));
    }
    let (state, nonce) = (generate_token(), generate_token());
    diesel::delete(ls::table.filter(ls::expires_at.lt(now))).execute(conn)?;
    diesel::insert_into(ls::table)
        .values((
            ls::state.eq(&state),
            ls::nonce.eq(&nonce),
            ls::platform_id.eq(platform.id),
            ls::created_at.eq(now),
            ls::expires_at.eq(now + STATE_TTL_SECS),
        ))
        .execute(conn)?;
    let mut url =
        Url::parse(&platform.auth_url).map_err(|e| anyhow::anyhow!("auth_url of platform {}: {e}", platform.id))?;
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("scope", "openid")
            .append_pair("response_type", "id_token")
            .append_pair("response_mode", "form_post")
            .append_pair("prompt", "none")
            .append_pair("client_id", &platform.client_id)
            .append_pair("redirect_uri", &format!("{public_url}/lti/launch"))
            .append_pair("login_hint", &request.login_hint)
            .append_pair("state", &state)
            .append_pair("nonce", &nonce);
        if let Some(hint) = &request.lti_message_hint {
            query.append_pair("lti_message_hint", hint);
        }
    }
    Ok(AuthRedirect { url: url.into(), state })
}

/// What an `id_token` says before it is verified: enough to find the platform and its key.
#[derive(Debug, Clone)]
pub struct Unverified {
    pub kid: String,
    pub issuer: String,
    pub audiences: Vec<String>,
}

/// `aud` is a string or an array of strings.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

impl Audience {
    fn list(&self) -> Vec<String> {
        match self {
            Audience::One(a) => vec![a.clone()],
            Audience::Many(list) => list.clone(),
        }
    }
}

/// Reads the header and the issuer and audience of a token without trusting them.
pub fn peek(id_token: &str) -> Result<Unverified, LaunchError> {
    let header = jsonwebtoken::decode_header(id_token).map_err(|e| LaunchError::Malformed(e.to_string()))?;
    if header.alg != Algorithm::RS256 {
        return Err(LaunchError::Malformed(format!("the algorithm is {:?}, not RS256", header.alg)));
    }
    let kid = header.kid.ok_or_else(|| LaunchError::Malformed("the header has no kid".into()))?;
    let payload = id_token.split('.').nth(1).ok_or_else(|| LaunchError::Malformed("no payload".into()))?;
    let bytes =
        URL_SAFE_NO_PAD.decode(payload).map_err(|_| LaunchError::Malformed("the payload is not base64url".into()))?;
    #[derive(Deserialize)]
    struct Head {
        iss: Option<String>,
        aud: Option<Audience>,
    }
    let head: Head = serde_json::from_slice(&bytes)
        .map_err(|_| LaunchError::Malformed("the payload is not a JSON object".into()))?;
    Ok(Unverified {
        kid,
        issuer: head.iss.ok_or(LaunchError::Missing("iss"))?,
        audiences: head.aud.map(|a| a.list()).ok_or(LaunchError::Missing("aud"))?,
    })
}

/// The registration an unverified token names (by `iss` and a client id in `aud`).
pub fn platform_of(conn: &mut DbConnection, token: &Unverified) -> Result<PlatformRow, LaunchError> {
    platform_for(conn, &token.issuer, &token.audiences)
}

/// The claims of a verified `id_token` that the tool uses.
#[derive(Debug, Clone, Deserialize)]
pub struct IdToken {
    pub iss: String,
    pub sub: String,
    aud: Audience,
    pub azp: Option<String>,
    pub exp: i64,
    pub iat: Option<i64>,
    pub nonce: Option<String>,
    pub name: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/message_type")]
    pub message_type: Option<String>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/version")]
    pub version: Option<String>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/deployment_id")]
    pub deployment_id: Option<String>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/target_link_uri")]
    pub target_link_uri: Option<String>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/custom", default)]
    pub custom: BTreeMap<String, Value>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings")]
    pub deep_linking: Option<DeepLinkingSettings>,
    /// Assignment and Grade Services: where the tool may post scores.
    #[serde(rename = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint")]
    pub ags: Option<super::ags::AgsEndpoint>,
}

/// The deep-linking settings of an `LtiDeepLinkingRequest`.
#[derive(Debug, Clone, Deserialize)]
pub struct DeepLinkingSettings {
    pub deep_link_return_url: Option<String>,
    #[serde(default)]
    pub accept_types: Vec<String>,
    #[serde(default)]
    pub accept_multiple: Option<bool>,
    pub data: Option<String>,
}

impl IdToken {
    /// The full name from `name`, or `given_name` and `family_name`.
    pub fn full_name(&self) -> Option<String> {
        if let Some(name) = self.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            return Some(name.to_owned());
        }
        let joined = [self.given_name.as_deref(), self.family_name.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        (!joined.is_empty()).then_some(joined)
    }
}

/// Verifies the signature (RS256, by `kid`), `iss`, `aud` (and `azp` when there are several
/// audiences), `exp` and `iat` against the application clock.
pub fn verify(
    id_token: &str,
    platform: &PlatformRow,
    keys: &JwkSet,
    kid: &str,
    now: UnixSecs,
) -> Result<IdToken, LaunchError> {
    let jwk = keys.find(kid).ok_or_else(|| LaunchError::UnknownKey(kid.to_owned()))?;
    let key = DecodingKey::from_jwk(jwk).map_err(|_| LaunchError::UnknownKey(kid.to_owned()))?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.algorithms = vec![Algorithm::RS256];
    // Time is checked below against the application clock; issuer and audience here and below.
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.set_issuer(&[&platform.issuer]);
    validation.set_audience(&[&platform.client_id]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    let claims = jsonwebtoken::decode::<IdToken>(id_token, &key, &validation)
        .map_err(|e| {
            use jsonwebtoken::errors::ErrorKind;
            match e.kind() {
                ErrorKind::InvalidSignature => LaunchError::BadSignature,
                ErrorKind::InvalidIssuer => LaunchError::UnknownIssuer(platform.issuer.clone()),
                ErrorKind::InvalidAudience => LaunchError::WrongAudience,
                ErrorKind::MissingRequiredClaim(claim) if claim == "exp" => LaunchError::Expired,
                ErrorKind::MissingRequiredClaim(_) => LaunchError::Missing("sub"),
                other => LaunchError::Malformed(format!("{other:?}")),
            }
        })?
        .claims;
    if claims.iss != platform.issuer {
        return Err(LaunchError::UnknownIssuer(claims.iss));
    }
    let audiences = claims.aud.list();
    if !audiences.contains(&platform.client_id) {
        return Err(LaunchError::WrongAudience);
    }
    if (audiences.len() > 1 || claims.azp.is_some()) && claims.azp.as_deref() != Some(platform.client_id.as_str()) {
        return Err(LaunchError::WrongAuthorizedParty);
    }
    if claims.exp + CLOCK_LEEWAY_SECS < now {
        return Err(LaunchError::Expired);
    }
    match claims.iat {
        Some(iat) if iat <= now + CLOCK_LEEWAY_SECS && iat >= now - ID_TOKEN_MAX_AGE_SECS => {}
        _ => return Err(LaunchError::BadIssueTime),
    }
    if claims.sub.trim().is_empty() {
        return Err(LaunchError::Missing("sub"));
    }
    Ok(claims)
}

/// Uses a login's state once: its nonce when it is known, unexpired and of this platform.
pub fn take_state(
    conn: &mut DbConnection,
    state: &str,
    platform_id: i64,
    now: UnixSecs,
) -> Result<String, LaunchError> {
    let row: Option<(String, i64, i64)> = ls::table
        .filter(ls::state.eq(state))
        .select((ls::nonce, ls::platform_id, ls::expires_at))
        .first(conn)
        .optional()?;
    let Some((nonce, platform, expires_at)) = row else {
        return Err(LaunchError::UnknownState);
    };
    // The conditional delete makes the state single-use even when two launches race.
    let deleted = diesel::delete(ls::table.filter(ls::state.eq(state))).execute(conn)?;
    if deleted != 1 || platform != platform_id || expires_at < now {
        return Err(LaunchError::UnknownState);
    }
    Ok(nonce)
}

/// What a verified launch asks for.
#[derive(Debug, Clone)]
pub enum Message {
    /// Open a page of the site (a path).
    ResourceLink { destination: String },
    /// Let the instructor pick content for the platform.
    DeepLinking(super::deep_linking::DeepLinkRequest),
}

/// Checks the launch's own claims: the deployment, the message type and the version.
pub fn check_message(platform: &PlatformRow, claims: &IdToken, public_url: &str) -> Result<Message, LaunchError> {
    let version = claims.version.as_deref().ok_or(LaunchError::Missing(CLAIM_VERSION))?;
    if version != LTI_VERSION {
        return Err(LaunchError::WrongVersion(version.to_owned()));
    }
    let deployment = claims.deployment_id.as_deref().ok_or(LaunchError::Missing(CLAIM_DEPLOYMENT_ID))?;
    if !platform.deployments().iter().any(|d| d == deployment) {
        return Err(LaunchError::UnknownDeployment(deployment.to_owned()));
    }
    match claims.message_type.as_deref().ok_or(LaunchError::Missing(CLAIM_MESSAGE_TYPE))? {
        RESOURCE_LINK_REQUEST => Ok(Message::ResourceLink { destination: destination(public_url, claims)? }),
        DEEP_LINKING_REQUEST => {
            let settings = claims.deep_linking.as_ref().ok_or(LaunchError::Missing(CLAIM_DEEP_LINKING_SETTINGS))?;
            let return_url = settings.deep_link_return_url.as_deref().ok_or(LaunchError::NoReturnUrl)?;
            // The response page posts there: a web address, never a script or another scheme.
            let return_url = super::endpoint(return_url).map_err(|_| LaunchError::NoReturnUrl)?;
            if !settings.accept_types.iter().any(|t| t == super::deep_linking::RESOURCE_LINK_TYPE) {
                return Err(LaunchError::NoResourceLinks(settings.accept_types.clone()));
            }
            Ok(Message::DeepLinking(super::deep_linking::DeepLinkRequest {
                deployment_id: deployment.to_owned(),
                return_url,
                data: settings.data.clone(),
                accept_multiple: settings.accept_multiple.unwrap_or(true),
            }))
        }
        other => Err(LaunchError::WrongMessageType(other.to_owned())),
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 100 && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The page a resource link opens: custom parameters `course` (+ `module` or `exam`) first,
/// else the target link URI, which must be on this site. A course opens "My training".
pub fn destination(public_url: &str, claims: &IdToken) -> Result<String, LaunchError> {
    let custom = |key: &str| claims.custom.get(key).and_then(Value::as_str).map(str::trim).filter(|v| is_slug(v));
    if let Some(course) = custom("course") {
        return Ok(match (custom("module"), custom("exam")) {
            (Some(module), _) => format!("/courses/{course}/{module}"),
            (None, Some(exam)) => format!("/exams/{course}/{exam}"),
            (None, None) => "/training".to_owned(),
        });
    }
    let target = claims.target_link_uri.as_deref().ok_or(LaunchError::Missing(CLAIM_TARGET_LINK_URI))?;
    let url = Url::parse(target).map_err(|_| LaunchError::ForeignTarget(target.to_owned()))?;
    if !same_origin(public_url, &url) {
        return Err(LaunchError::ForeignTarget(target.to_owned()));
    }
    let segments: Vec<&str> = url.path_segments().map(|s| s.filter(|p| !p.is_empty()).collect()).unwrap_or_default();
    Ok(match segments.as_slice() {
        ["courses", course, module] if is_slug(course) && is_slug(module) => format!("/courses/{course}/{module}"),
        ["exams", course, exam] if is_slug(course) && is_slug(exam) => format!("/exams/{course}/{exam}"),
        _ => "/training".to_owned(),
    })
}

/// The placeholder address of a platform's user who shared no e-mail: under the platform's host,
/// in the `.invalid` domain that never receives mail.
fn placeholder_email(platform: &PlatformRow, sub: &str) -> String {
    let host = Url::parse(&platform.issuer).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default();
    let host: String =
        host.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')).collect::<String>().to_lowercase();
    let digest = Sha256::new().chain_update(platform.id.to_be_bytes()).chain_update(sub.as_bytes()).finalize();
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let host = if host.is_empty() { "platform".to_owned() } else { host };
    format!("lti-{hex}@{host}.lti.invalid")
}

fn signable(user: User) -> Result<User, LaunchError> {
    if user.disabled_at.is_some() {
        return Err(LaunchError::Disabled);
    }
    if user.role() != Role::Learner {
        return Err(LaunchError::NotALearner);
    }
    Ok(user)
}

/// The account of the platform's user (`iss`, `sub`): the linked one; on a first launch, a
/// learner with the same verified e-mail when the registration allows it, else a new learner.
/// Only learner accounts are signed in this way: no platform role makes anyone more.
pub fn account(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    now: UnixSecs,
    platform: &PlatformRow,
    claims: &IdToken,
) -> Result<User, LaunchError> {
    crate::db::transaction(conn, |conn| {
        let linked: Option<i64> = la::table
            .filter(la::platform_id.eq(platform.id))
            .filter(la::sub.eq(&claims.sub))
            .select(la::user_id)
            .first(conn)
            .optional()?;
        if let Some(user_id) = linked {
            let user = users::find(conn, user_id)?.ok_or(LaunchError::UnknownState)?;
            return signable(user);
        }
        let email = claims.email.as_deref().and_then(|e| Email::parse(e).ok());
        let existing = match &email {
            Some(email) => users::find_by_email(conn, email.as_str())?,
            None => None,
        };
        let user = match existing {
            Some(user) if platform.link_by_email && user.email_verified() => signable(user)?,
            _ => {
                let name = claims.full_name().ok_or(LaunchError::NoName)?;
                let (address, verified) = match (&email, &existing) {
                    (Some(email), None) => (email.as_str().to_owned(), true),
                    _ => (placeholder_email(platform, &claims.sub), false),
                };
                let user =
                    users::create_external_learner(conn, now, &address, verified, &name).map_err(|e| match e {
                        AppError::Validation(mut errors) => LaunchError::Name(
                            errors.remove("name").unwrap_or_else(|| "Your name cannot be used.".into()),
                        ),
                        other => LaunchError::Unexpected(anyhow::anyhow!("{other}")),
                    })?;
                // Joined the course through the LMS: registered, like any new account.
                crate::interop::xapi_events::registered(conn, xapi, user.id, now)?;
                user
            }
        };
        diesel::insert_into(la::table)
            .values((
                la::platform_id.eq(platform.id),
                la::sub.eq(&claims.sub),
                la::user_id.eq(user.id),
                la::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok(user)
    })
}
