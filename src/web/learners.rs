//! Programme admins and learners: find a person, see where they stand, grant an exemption.

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::ProgrammeAdmin;
use super::pages::{FormState, Layout, render, render_status, see_other};
use crate::accounts::{User, users};
use crate::clock::long_date;
use crate::error::AppError;
use crate::progress::{self, ExemptionView, standing};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(user_list).service(user_detail).service(exempt).service(accommodate);
}

/// A user in the list.
#[derive(Serialize)]
struct UserRow {
    id: i64,
    name: String,
    email: String,
    company: String,
    /// In the language being served.
    role: String,
}

impl From<User> for UserRow {
    fn from(u: User) -> Self {
        UserRow { role: u.role().label(), id: u.id, name: u.name, email: u.email, company: u.company }
    }
}

/// Context of `admin/users.html`.
#[derive(Serialize)]
struct UsersPage {
    #[serde(flatten)]
    layout: Layout,
    query: String,
    users: Vec<UserRow>,
}

#[derive(Deserialize)]
struct SearchQuery {
    #[serde(default)]
    query: String,
}

#[get("/admin/users")]
async fn user_list(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    query: web::Query<SearchQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner().query;
    let (st, q2) = (state.clone(), q.clone());
    let found = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(users::search(&mut *st.db.read()?, &q2, super::api_progress::USER_SEARCH_LIMIT)?)
    })
    .await??;
    let page = UsersPage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        query: q,
        users: found.into_iter().map(UserRow::from).collect(),
    };
    render(&state, "admin/users.html", &page)
}

/// An exemption as shown.
#[derive(Serialize)]
struct ExemptionLine {
    #[serde(flatten)]
    view: ExemptionView,
    when: String,
}

/// Context of `admin/user.html`.
#[derive(Serialize)]
struct UserPage {
    #[serde(flatten)]
    layout: Layout,
    person: UserRow,
    country: String,
    courses: Vec<standing::CourseStanding>,
    exemptions: Vec<ExemptionLine>,
    form: FormState,
    accommodation: FormState,
    exams: Vec<crate::exams::attempts::ExamStatus>,
    notice: Option<String>,
    /// The partners to choose from, and the person's.
    partners: Vec<PartnerOption>,
    partner_id: Option<i64>,
    role_value: String,
    membership_error: Option<String>,
}

/// A partner in the select list.
#[derive(Serialize)]
struct PartnerOption {
    id: i64,
    name: String,
    code: String,
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
    error: Option<String>,
}

async fn user_page(
    state: &web::Data<AppState>,
    admin: &ProgrammeAdmin,
    csrf: &CsrfToken,
    user_id: i64,
    (form, accommodation): (FormState, FormState),
    notice: Option<String>,
) -> Result<UserPage, AppError> {
    let st = state.clone();
    let (user, courses, exemptions, exams, partners) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let user = users::find(&mut conn, user_id)?.ok_or(AppError::NotFound)?;
        let courses = standing::learner_standing(&mut conn, user_id)?;
        let exemptions = progress::exemptions_for(&mut conn, user_id)?;
        let exams = crate::exams::attempts::exam_statuses(&mut conn, st.now(), user_id)?;
        let partners: Vec<(i64, String, String)> = {
            use crate::db::schema::partners as p;
            use diesel::prelude::*;
            p::table.order(p::name).select((p::id, p::name, p::partner_code)).load(&mut *conn)?
        };
        Ok((user, courses, exemptions, exams, partners))
    })
    .await??;
    Ok(UserPage {
        partners: partners.into_iter().map(|(id, name, code)| PartnerOption { id, name, code }).collect(),
        partner_id: user.partner_id,
        role_value: user.role.clone(),
        membership_error: None,
        layout: Layout::new(Some(&admin.0), csrf, "admin"),
        country: crate::accounts::countries::localized_name(&user.country).unwrap_or_default(),
        person: UserRow::from(user),
        courses,
        exemptions: exemptions
            .into_iter()
            .map(|view| ExemptionLine { when: long_date(view.created_at), view })
            .collect(),
        form,
        accommodation,
        exams,
        notice,
    })
}

#[get("/admin/users/{id}")]
async fn user_detail(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<i64>,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("exempted") => Some("admin-notice-exempted"),
        Some("accommodated") => Some("admin-notice-accommodated"),
        Some("membership-saved") => Some("admin-notice-membership-saved"),
        _ => None,
    }
    .map(crate::i18n::t);
    let mut page =
        user_page(&state, &admin, &csrf, path.into_inner(), (FormState::default(), FormState::default()), notice)
            .await?;
    page.membership_error = query.error.clone();
    render(&state, "admin/user.html", &page)
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ExemptForm {
    course: String,
    module: String,
    reason: String,
}

#[post("/admin/users/{id}/exemptions")]
async fn exempt(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<i64>,
    form: CsrfForm<ExemptForm>,
) -> Result<HttpResponse, AppError> {
    let user_id = path.into_inner();
    let form = form.0;
    let (st, f, admin_id) = (state.clone(), form.clone(), admin.0.id());
    let result = crate::web::blocking(move || {
        let module = Some(f.module.trim()).filter(|m| !m.is_empty());
        progress::grant_exemption(
            &mut *st.db.write()?,
            st.mailer.xapi(),
            st.now(),
            admin_id,
            user_id,
            f.course.trim(),
            module,
            &f.reason,
        )
    })
    .await?;
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/users/{user_id}?notice=exempted"))),
        Err(err) => {
            let values = FormState::with_values([
                ("course", form.course.as_str()),
                ("module", form.module.as_str()),
                ("reason", form.reason.as_str()),
            ]);
            let (status, form_state) = values.absorb(err)?;
            let page = user_page(&state, &admin, &csrf, user_id, (form_state, FormState::default()), None).await?;
            render_status(&state, status, "admin/user.html", &page)
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AccommodationForm {
    /// `course/exam`
    exam: String,
    extra_time_percent: String,
    extra_attempts: String,
    reason: String,
}

#[post("/admin/users/{id}/accommodations")]
async fn accommodate(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    path: web::Path<i64>,
    form: CsrfForm<AccommodationForm>,
) -> Result<HttpResponse, AppError> {
    let user_id = path.into_inner();
    let form = form.0;
    let number = |v: &str| v.trim().parse::<i64>().ok().or(v.trim().is_empty().then_some(0));
    let parsed = (number(&form.extra_time_percent), number(&form.extra_attempts));
    let result = match parsed {
        (Some(time), Some(attempts)) => {
            let (st, f, admin_id) = (state.clone(), form.clone(), admin.0.id());
            crate::web::blocking(move || {
                let (course, exam) = f.exam.split_once('/').unwrap_or(("", ""));
                crate::exams::attempts::grant_accommodation(
                    &mut *st.db.write()?,
                    st.now(),
                    admin_id,
                    user_id,
                    course,
                    exam,
                    time,
                    attempts,
                    &f.reason,
                )
            })
            .await?
        }
        _ => Err(AppError::field("extra_time_percent", crate::i18n::t("admin-field-whole-numbers"))),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/users/{user_id}?notice=accommodated"))),
        Err(err) => {
            let values = FormState::with_values([
                ("exam", form.exam.as_str()),
                ("extra_time_percent", form.extra_time_percent.as_str()),
                ("extra_attempts", form.extra_attempts.as_str()),
                ("reason", form.reason.as_str()),
            ]);
            let (status, accommodation) = values.absorb(err)?;
            let page = user_page(&state, &admin, &csrf, user_id, (FormState::default(), accommodation), None).await?;
            render_status(&state, status, "admin/user.html", &page)
        }
    }
}
