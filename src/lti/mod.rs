//! LTI 1.3 (LTI Advantage core): ESS Academy as a tool that partners' learning platforms launch.
//! Here: the platform registrations; `keys.rs` holds the tool's RSA key and the platforms' JWKS
//! cache; `launch.rs` the OpenID Connect login states, the checks of an `id_token` and the link of
//! a platform's user to an account; `deep_linking.rs` the content an instructor picks for the
//! platform (LTI Deep Linking 2.0); `ags.rs` and `ags_worker.rs` the exam scores posted to the
//! platform's gradebook (Assignment and Grade Services 2.0).

pub mod ags;
pub mod ags_worker;
pub mod deep_linking;
pub mod keys;
pub mod launch;

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::lti_platforms as p;
use crate::error::{AppError, AppResult, FieldErrors};

/// The longest issuer, client id, deployment id or URL a registration accepts.
pub const FIELD_MAX_CHARS: usize = 500;
/// At most this many deployment ids per registration.
pub const DEPLOYMENTS_MAX: usize = 50;

/// A row of `lti_platforms`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = p)]
pub struct PlatformRow {
    pub id: i64,
    pub issuer: String,
    pub client_id: String,
    pub deployment_ids: String,
    pub auth_url: String,
    pub jwks_url: String,
    pub token_url: String,
    pub link_by_email: bool,
    pub jwks_json: Option<String>,
    pub jwks_fetched_at: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: i64,
}

impl PlatformRow {
    /// The registered deployment ids.
    pub fn deployments(&self) -> Vec<String> {
        serde_json::from_str(&self.deployment_ids).unwrap_or_default()
    }

    pub fn view(&self) -> Platform {
        Platform {
            id: self.id,
            issuer: self.issuer.clone(),
            client_id: self.client_id.clone(),
            deployment_ids: self.deployments(),
            auth_url: self.auth_url.clone(),
            jwks_url: self.jwks_url.clone(),
            token_url: self.token_url.clone(),
            link_by_email: self.link_by_email,
            created_at: self.created_at,
        }
    }
}

/// A registered platform, as the API and the admin page show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Platform {
    pub id: i64,
    /// The platform's issuer (`iss` of its id tokens).
    pub issuer: String,
    /// The client id the platform gave this tool.
    pub client_id: String,
    /// The deployments of the tool on the platform that may launch it.
    pub deployment_ids: Vec<String>,
    /// The platform's OIDC authorization endpoint.
    pub auth_url: String,
    /// The platform's public keys.
    pub jwks_url: String,
    /// The platform's OAuth 2 token endpoint (for LTI Advantage services).
    pub token_url: String,
    /// Whether a first launch links to an existing learner account with the same verified e-mail.
    pub link_by_email: bool,
    /// When it was registered (unix seconds).
    pub created_at: UnixSecs,
}

/// A registration as a programme admin types it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PlatformRequest {
    pub issuer: String,
    pub client_id: String,
    pub deployment_ids: Vec<String>,
    pub auth_url: String,
    pub jwks_url: String,
    pub token_url: String,
    pub link_by_email: bool,
}

/// An endpoint of a platform: https, or http on this machine only (a platform under test).
fn endpoint(input: &str) -> Result<String, String> {
    let input = input.trim();
    if input.is_empty() {
        return Err(crate::i18n::t("lti-field-url-empty"));
    }
    if input.chars().count() > FIELD_MAX_CHARS {
        return Err(crate::i18n::tr("lti-field-url-too-long", &[("max", FIELD_MAX_CHARS.into())]));
    }
    let url = Url::parse(input).map_err(|_| crate::i18n::t("lti-field-url-invalid"))?;
    let loopback = matches!(url.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
    match url.scheme() {
        "https" => Ok(input.to_owned()),
        "http" if loopback => Ok(input.to_owned()),
        _ => Err(crate::i18n::t("lti-field-url-https")),
    }
}

/// One line of text; `[empty, too_long]` are the keys of the field's messages (with `max`).
fn text(input: &str, [empty, too_long]: [&str; 2]) -> Result<String, String> {
    let input = input.trim();
    if input.is_empty() {
        return Err(crate::i18n::t(empty));
    }
    if input.chars().count() > FIELD_MAX_CHARS || input.chars().any(char::is_control) {
        return Err(crate::i18n::tr(too_long, &[("max", FIELD_MAX_CHARS.into())]));
    }
    Ok(input.to_owned())
}

struct ValidPlatform {
    issuer: String,
    client_id: String,
    deployment_ids: Vec<String>,
    auth_url: String,
    jwks_url: String,
    token_url: String,
}

impl PlatformRequest {
    fn validate(&self) -> Result<ValidPlatform, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut field = |name: &str, result: Result<String, String>| {
            result.map_err(|e| errors.insert(name.to_owned(), e)).unwrap_or_default()
        };
        let issuer = field("issuer", text(&self.issuer, ["lti-field-issuer-empty", "lti-field-issuer-too-long"]));
        let client_id =
            field("client_id", text(&self.client_id, ["lti-field-client-id-empty", "lti-field-client-id-too-long"]));
        let auth_url = field("auth_url", endpoint(&self.auth_url));
        let jwks_url = field("jwks_url", endpoint(&self.jwks_url));
        let token_url = field("token_url", endpoint(&self.token_url));
        let mut deployment_ids: Vec<String> =
            self.deployment_ids.iter().map(|d| d.trim().to_owned()).filter(|d| !d.is_empty()).collect();
        deployment_ids.dedup();
        if deployment_ids.is_empty() {
            errors.insert("deployment_ids".into(), crate::i18n::t("lti-field-deployments-empty"));
        } else if deployment_ids.len() > DEPLOYMENTS_MAX
            || deployment_ids.iter().any(|d| d.chars().count() > FIELD_MAX_CHARS || d.chars().any(char::is_control))
        {
            errors.insert(
                "deployment_ids".into(),
                crate::i18n::tr("lti-field-deployments-too-many", &[("max", DEPLOYMENTS_MAX.into())]),
            );
        }
        if errors.is_empty() {
            Ok(ValidPlatform { issuer, client_id, deployment_ids, auth_url, jwks_url, token_url })
        } else {
            Err(errors)
        }
    }
}

/// Registers a platform (issuer and client id together are unique).
pub fn register_platform(
    conn: &mut DbConnection,
    now: UnixSecs,
    admin_id: i64,
    request: &PlatformRequest,
) -> AppResult<Platform> {
    let valid = request.validate().map_err(AppError::Validation)?;
    crate::db::transaction(conn, |conn| {
        let taken: i64 = p::table
            .filter(p::issuer.eq(&valid.issuer))
            .filter(p::client_id.eq(&valid.client_id))
            .count()
            .get_result(conn)?;
        if taken > 0 {
            return Err(AppError::Conflict(crate::i18n::t("lti-field-platform-taken")));
        }
        let id: i64 = diesel::insert_into(p::table)
            .values((
                p::issuer.eq(&valid.issuer),
                p::client_id.eq(&valid.client_id),
                p::deployment_ids.eq(serde_json::to_string(&valid.deployment_ids).map_err(anyhow::Error::from)?),
                p::auth_url.eq(&valid.auth_url),
                p::jwks_url.eq(&valid.jwks_url),
                p::token_url.eq(&valid.token_url),
                p::link_by_email.eq(request.link_by_email),
                p::created_by.eq(Some(admin_id)),
                p::created_at.eq(now),
            ))
            .returning(p::id)
            .get_result(conn)?;
        Ok(find(conn, id)?.ok_or(AppError::NotFound)?.view())
    })
}

/// Every registered platform, oldest first.
pub fn list_platforms(conn: &mut DbConnection) -> QueryResult<Vec<Platform>> {
    let rows: Vec<PlatformRow> = p::table.order(p::id).select(PlatformRow::as_select()).load(conn)?;
    Ok(rows.iter().map(PlatformRow::view).collect())
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<PlatformRow>> {
    p::table.find(id).select(PlatformRow::as_select()).first(conn).optional()
}

/// The registrations of an issuer (one per client id).
pub fn by_issuer(conn: &mut DbConnection, issuer: &str) -> QueryResult<Vec<PlatformRow>> {
    p::table.filter(p::issuer.eq(issuer)).order(p::id).select(PlatformRow::as_select()).load(conn)
}
