//! The JSON API of partners: programme admins create partners and set roles; partner managers
//! invite, see and remove their people, see their accreditation and download their people's
//! credentials as a zip; anyone can estimate the Takeback Incentive.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, delete, get, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::AppState;
use super::extract::{PartnerManager, ProgrammeAdmin};
use crate::error::{AppError, Problem};
use crate::partners::{self, Accreditation, Estimate, Invitation, Partner, PartnerSummary, Person};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(create_partner)
        .service(list_partners)
        .service(set_role)
        .service(set_partner)
        .service(invite)
        .service(people)
        .service(remove_person)
        .service(accreditation)
        .service(credentials_zip)
        .service(estimate);
}

/// A new partner company.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPartner {
    /// 1–120 printable characters.
    name: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    /// 3–32 upper-case letters, digits and hyphens; made from the name and country when absent.
    #[serde(default)]
    partner_code: Option<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", request_body = NewPartner, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "Created", body = Partner),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Invalid fields, or the code is taken", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/partners")]
pub async fn create_partner(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    body: web::Json<NewPartner>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let st = state.clone();
    let partner = crate::web::blocking(move || {
        partners::create(&mut *st.db.write()?, st.now(), &body.name, &body.country, body.partner_code.as_deref())
    })
    .await??;
    Ok(HttpResponse::Created().json(partner))
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Every partner with its people and accreditation", body = [PartnerSummary]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/partners")]
pub async fn list_partners(state: web::Data<AppState>, _admin: ProgrammeAdmin) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let list =
        crate::web::blocking(move || -> Result<_, AppError> { Ok(partners::list(&mut *st.db.read()?, st.now())?) })
            .await??;
    Ok(HttpResponse::Ok().json(list))
}

/// A role for a person.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleRequest {
    /// `learner`, `partner_manager` or `programme_admin`.
    role: String,
    /// Required for `partner_manager` (the partner they manage); moves the person there.
    #[serde(default)]
    partner_id: Option<i64>,
}

/// A person's role and partner.
#[derive(Debug, Serialize, ToSchema)]
pub struct RoleResponse {
    id: i64,
    role: String,
    partner_id: Option<i64>,
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", request_body = RoleRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Set; the person's earlier sessions end", body = RoleResponse),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such person", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Unknown role, or a partner manager without partner_id", body = Problem, content_type = "application/problem+json"),
))]
#[put("/admin/users/{id}/role")]
pub async fn set_role(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<i64>,
    body: web::Json<RoleRequest>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let st = state.clone();
    let (admin_id, user_id) = (admin.0.id(), path.into_inner());
    let user = crate::web::blocking(move || {
        partners::set_role(&mut *st.db.write()?, st.now(), admin_id, user_id, &body.role, body.partner_id)
    })
    .await??;
    Ok(HttpResponse::Ok().json(RoleResponse { id: user.id, role: user.role, partner_id: user.partner_id }))
}

/// The partner a person belongs to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerRequest {
    /// The partner, or null to take the person out of any.
    partner_id: Option<i64>,
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", request_body = PartnerRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Moved (recorded with who and when)", body = RoleResponse),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such person", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "No such partner", body = Problem, content_type = "application/problem+json"),
))]
#[put("/admin/users/{id}/partner")]
pub async fn set_partner(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<i64>,
    body: web::Json<PartnerRequest>,
) -> Result<HttpResponse, AppError> {
    let to = body.into_inner().partner_id;
    let st = state.clone();
    let (admin_id, user_id) = (admin.0.id(), path.into_inner());
    let user = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        crate::db::transaction(&mut conn, |conn| {
            partners::move_person(conn, st.now(), user_id, to, "admin", Some(admin_id))?;
            crate::accounts::users::find(conn, user_id)?.ok_or(AppError::NotFound)
        })
    })
    .await??;
    Ok(HttpResponse::Ok().json(RoleResponse { id: user.id, role: user.role, partner_id: user.partner_id }))
}

/// Whom to invite.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    email: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", request_body = InvitationRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "Invited: the e-mail's link (`/invitations/<token>`) leads to registration", body = Invitation),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a partner manager of a partner", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "The address has an account already", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Not an e-mail address", body = Problem, content_type = "application/problem+json"),
    (status = 429, description = "Over 200 invitations a day", body = Problem, content_type = "application/problem+json"),
))]
#[post("/partner/invitations")]
pub async fn invite(
    state: web::Data<AppState>,
    manager: PartnerManager,
    body: web::Json<InvitationRequest>,
) -> Result<HttpResponse, AppError> {
    let email = body.into_inner().email;
    let (st, lang) = (state.clone(), crate::i18n::current());
    // The invitation speaks the manager's language: saved, else this request's.
    let invitation = crate::web::blocking(move || {
        crate::i18n::with_lang(lang, || {
            partners::invite(&mut *st.db.write()?, &st.mailer, st.now(), &manager.0.user, &email)
        })
    })
    .await??;
    Ok(HttpResponse::Created().json(invitation))
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The manager's people: progress, exams, credential (never answers)", body = [Person]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a partner manager of a partner", body = Problem, content_type = "application/problem+json"),
))]
#[get("/partner/people")]
pub async fn people(state: web::Data<AppState>, manager: PartnerManager) -> Result<HttpResponse, AppError> {
    let partner_id = partners::manager_partner(&manager.0.user)?;
    let st = state.clone();
    let list = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(partners::people(&mut *st.db.read()?, partner_id, st.now())?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(list))
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 204, description = "Removed from the company; the person keeps the account and credential"),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a partner manager of a partner", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "Not one of the manager's people", body = Problem, content_type = "application/problem+json"),
))]
#[delete("/partner/people/{id}")]
pub async fn remove_person(
    state: web::Data<AppState>,
    manager: PartnerManager,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let user_id = path.into_inner();
    let st = state.clone();
    crate::web::blocking(move || partners::remove_person(&mut *st.db.write()?, st.now(), &manager.0.user, user_id))
        .await??;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "The partner's accreditation", body = Accreditation),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a partner manager of a partner", body = Problem, content_type = "application/problem+json"),
))]
#[get("/partner/accreditation")]
pub async fn accreditation(state: web::Data<AppState>, manager: PartnerManager) -> Result<HttpResponse, AppError> {
    let partner_id = partners::manager_partner(&manager.0.user)?;
    let st = state.clone();
    let acc = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(partners::accreditation_of(&mut *st.db.read()?, partner_id, st.now())?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(acc))
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "A zip with the certificate PDF and the 600 px badge PNG of each of the manager's people who holds a credential", content_type = "application/zip"),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a partner manager of a partner", body = Problem, content_type = "application/problem+json"),
))]
#[get("/partner/credentials.zip")]
pub async fn credentials_zip(state: web::Data<AppState>, manager: PartnerManager) -> Result<HttpResponse, AppError> {
    let partner_id = partners::manager_partner(&manager.0.user)?;
    // Written on a blocking thread into a bounded channel, 64 KiB at a time, and streamed.
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<web::Bytes, std::io::Error>>(ZIP_CHUNKS_IN_FLIGHT);
    let st = state.clone();
    actix_web::rt::spawn(crate::web::blocking(move || {
        let out = std::io::BufWriter::with_capacity(ZIP_CHUNK_BYTES, super::partner::ChannelWriter(tx.clone()));
        if let Err(e) = super::partner::write_credentials_zip(&st, partner_id, out) {
            // The status is sent already: cutting the stream short is how the client learns.
            tracing::error!("the credentials zip of partner {partner_id} failed: {e:?}");
            let _ = tx.blocking_send(Err(std::io::Error::other("the zip could not be completed")));
        }
    }));
    let body = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|chunk| (chunk, rx)) });
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static("application/zip")))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")))
        .insert_header((
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"ess-credentials.zip\""),
        ))
        .streaming(body))
}

/// The zip of a partner's credentials leaves in chunks of this size…
const ZIP_CHUNK_BYTES: usize = 64 * 1024;
/// …with at most this many chunks waiting for the client.
const ZIP_CHUNKS_IN_FLIGHT: usize = 4;

#[derive(Debug, Deserialize)]
pub struct EstimateQuery {
    country: Option<String>,
    deal_value: Option<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "partners", params(
    ("country" = String, Query, description = "ISO 3166-1 alpha-2"),
    ("deal_value" = f64, Query, description = "Value of the new products in the deal"),
), responses(
    (status = 200, description = "An estimate of the Takeback Incentive discount (up to the configured rate)", body = Estimate),
    (status = 422, description = "A bad country or deal value", body = Problem, content_type = "application/problem+json"),
))]
#[get("/takeback/estimate")]
pub async fn estimate(state: web::Data<AppState>, query: web::Query<EstimateQuery>) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let result = estimate_from(&state, query.country.as_deref(), query.deal_value.as_deref()).await?;
    Ok(HttpResponse::Ok().json(result))
}

/// Parses and estimates (the page's form uses it too).
pub async fn estimate_from(
    state: &web::Data<AppState>,
    country: Option<&str>,
    deal_value: Option<&str>,
) -> Result<Estimate, AppError> {
    let value: f64 = deal_value
        .map(|v| v.trim().replace([',', ' ', '_'], ""))
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| AppError::field("deal_value", crate::i18n::t("takeback-value-number")))?;
    let country = country.unwrap_or_default().trim().to_ascii_uppercase();
    let st = state.clone();
    let settings =
        crate::web::blocking(move || -> Result<_, AppError> { Ok(partners::settings(&mut *st.db.read()?)?) }).await??;
    partners::estimate(&settings, &country, value)
}
