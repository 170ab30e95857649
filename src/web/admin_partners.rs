//! Programme admins' partner pages: the list of partners with their accreditation, a form to
//! create one, and a person's role and partner (set from the person's page).

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::ProgrammeAdmin;
use super::pages::{CountryOption, FormState, Layout, countries, render, render_status, see_other};
use crate::error::AppError;
use crate::partners::{self, PartnerSummary};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(partners_page).service(create_partner).service(membership);
}

/// Context of `admin/partners.html`.
#[derive(Serialize)]
struct PartnersPage {
    #[serde(flatten)]
    layout: Layout,
    partners: Vec<PartnerSummary>,
    form: FormState,
    countries: Vec<CountryOption>,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

async fn page(
    state: &web::Data<AppState>,
    admin: &ProgrammeAdmin,
    csrf: &CsrfToken,
    form: FormState,
    notice: Option<String>,
) -> Result<PartnersPage, AppError> {
    let st = state.clone();
    let list =
        crate::web::blocking(move || -> Result<_, AppError> { Ok(partners::list(&mut *st.db.read()?, st.now())?) })
            .await??;
    Ok(PartnersPage {
        layout: Layout::new(Some(&admin.0), csrf, "admin"),
        partners: list,
        form,
        countries: countries(),
        notice,
    })
}

#[get("/admin/partners")]
async fn partners_page(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("created") => Some(crate::i18n::t("admin-notice-partner-created")),
        _ => None,
    };
    render(&state, "admin/partners.html", &page(&state, &admin, &csrf, FormState::default(), notice).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PartnerForm {
    name: String,
    country: String,
    partner_code: String,
}

#[post("/admin/partners")]
async fn create_partner(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    form: CsrfForm<PartnerForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let (st, f) = (state.clone(), (form.name.clone(), form.country.clone(), form.partner_code.clone()));
    let result = crate::web::blocking(move || {
        let code = Some(f.2.as_str()).filter(|c| !c.trim().is_empty());
        partners::create(&mut *st.db.write()?, st.now(), &f.0, &f.1, code)
    })
    .await?;
    match result {
        Ok(_) => Ok(see_other("/admin/partners?notice=created")),
        Err(err) => {
            let (status, form) = FormState::with_values([
                ("name", form.name.as_str()),
                ("country", form.country.as_str()),
                ("partner_code", form.partner_code.as_str()),
            ])
            .absorb(err)?;
            render_status(&state, status, "admin/partners.html", &page(&state, &admin, &csrf, form, None).await?)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MembershipForm {
    role: String,
    /// A partner id, or empty for none.
    partner_id: String,
}

/// Sets a person's role and partner (the person's page has the form).
#[post("/admin/users/{id}/membership")]
async fn membership(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<i64>,
    form: CsrfForm<MembershipForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let user_id = path.into_inner();
    let partner_id: Option<i64> = form.partner_id.trim().parse().ok();
    let (st, admin_id) = (state.clone(), admin.0.id());
    let result = crate::web::blocking(move || {
        let mut conn = st.db.write()?;
        crate::db::transaction(&mut conn, |conn| {
            partners::move_person(conn, st.now(), user_id, partner_id, "admin", Some(admin_id))?;
            partners::set_role(conn, st.now(), admin_id, user_id, &form.role, partner_id)
        })
    })
    .await?;
    match result {
        Ok(_) => Ok(see_other(&format!("/admin/users/{user_id}?notice=membership-saved"))),
        Err(AppError::Validation(errors)) => {
            let message = errors.into_values().next().unwrap_or_default();
            let query = url::form_urlencoded::Serializer::new(String::new()).append_pair("error", &message).finish();
            Ok(see_other(&format!("/admin/users/{user_id}?{query}#membership")))
        }
        Err(other) => Err(other),
    }
}
