//! Partner pages: the manager's dashboard (people, invitations, accreditation, downloads), the
//! partner certificate, the public partner verification page, and the Takeback Incentive page
//! with its estimator.

use std::io::Write;

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::csrf::{CsrfForm, CsrfToken};
use super::extract::{MaybeUser, PartnerManager};
use super::pages::{CountryOption, FormState, Layout, countries, render, render_status, see_other};
use crate::accounts::countries::localized_name;
use crate::clock::long_date;
use crate::credentials::badge::{self, BadgeData};
use crate::credentials::certificate::{self, CertificateData, Paper};
use crate::credentials::{self, CredentialRow};
use crate::db::schema::{credentials as cr, users as u};
use crate::error::AppError;
use crate::partners::{self, Accreditation, Estimate, Invitation, Partner, Person};
use diesel::prelude::*;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(dashboard)
        .service(invite_form)
        .service(remove_form)
        .service(partner_certificate)
        .service(verify_partner)
        .service(takeback);
}

/// Context of `partner/index.html`.
#[derive(Serialize)]
struct DashboardPage {
    #[serde(flatten)]
    layout: Layout,
    partner: Partner,
    country: String,
    accreditation: Accreditation,
    since: Option<String>,
    lapses: Option<String>,
    people: Vec<PersonLine>,
    /// The people whose renewal before expiry would keep the partner accredited past `lapses`.
    renewers: Vec<partners::Renewer>,
    invitations: Vec<Invitation>,
    invite: FormState,
    notice: Option<String>,
    verify_path: String,
}

/// A person on the dashboard.
#[derive(Serialize)]
struct PersonLine {
    #[serde(flatten)]
    person: Person,
    active: String,
    percent: i64,
    expires: Option<String>,
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

async fn dashboard_page(
    state: &web::Data<AppState>,
    manager: &PartnerManager,
    csrf: &CsrfToken,
    invite: FormState,
    notice: Option<String>,
) -> Result<DashboardPage, AppError> {
    let partner_id = partners::manager_partner(&manager.0.user)?;
    let st = state.clone();
    let (partner, accreditation, people, invitations, renewers) =
        crate::web::blocking(move || -> Result<_, AppError> {
            let mut conn = st.db.read()?;
            let partner = partners::find(&mut conn, partner_id)?.ok_or(AppError::NotFound)?;
            let accreditation = partners::accreditation_of(&mut conn, partner_id, st.now())?;
            let people = partners::people(&mut conn, partner_id, st.now())?;
            let invitations = partners::invitations(&mut conn, partner_id)?;
            let renewers = match accreditation.lapses_secs {
                Some(lapses) => partners::renewers(&mut conn, partner_id, lapses, st.now())?,
                None => Vec::new(),
            };
            Ok((partner, accreditation, people, invitations, renewers))
        })
        .await??;
    let people = people
        .into_iter()
        .map(|person| {
            let p = &person.progress;
            PersonLine {
                active: crate::i18n::duration(p.active_seconds / 60),
                percent: if p.training_completed_at.is_some() {
                    100
                } else {
                    (p.modules_completed * 100).checked_div(p.modules_total).unwrap_or(0)
                },
                expires: person.credential.as_ref().map(|c| c.expires_at[..10].to_owned()),
                person,
            }
        })
        .collect();
    Ok(DashboardPage {
        layout: Layout::new(Some(&manager.0), csrf, "partner"),
        country: localized_name(&partner.country).unwrap_or_default(),
        since: accreditation.since_secs.map(long_date),
        lapses: accreditation.lapses_secs.map(long_date),
        verify_path: format!("/verify/partners/{}", partner.partner_code),
        partner,
        accreditation,
        people,
        renewers,
        invitations,
        invite,
        notice,
    })
}

#[get("/partner")]
async fn dashboard(
    state: web::Data<AppState>,
    manager: PartnerManager,
    csrf: CsrfToken,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("invited") => Some("partner-notice-invited"),
        Some("removed") => Some("partner-notice-removed"),
        _ => None,
    }
    .map(crate::i18n::t);
    let page = dashboard_page(&state, &manager, &csrf, FormState::default(), notice).await?;
    render(&state, "partner/index.html", &page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InviteForm {
    email: String,
}

#[post("/partner/invitations")]
async fn invite_form(
    state: web::Data<AppState>,
    manager: PartnerManager,
    csrf: CsrfToken,
    form: CsrfForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let email = form.0.email;
    let (st, user, email2) = (state.clone(), manager.0.user.clone(), email.clone());
    let result =
        crate::web::blocking(move || partners::invite(&mut *st.db.write()?, &st.mailer, st.now(), &user, &email2))
            .await?;
    match result {
        Ok(_) => Ok(see_other("/partner?notice=invited")),
        Err(err) => {
            let (status, form) = FormState::with_values([("email", email.as_str())]).absorb(err)?;
            let page = dashboard_page(&state, &manager, &csrf, form, None).await?;
            render_status(&state, status, "partner/index.html", &page)
        }
    }
}

#[derive(Deserialize, Default)]
struct EmptyForm {}

#[post("/partner/people/{id}/remove")]
async fn remove_form(
    state: web::Data<AppState>,
    manager: PartnerManager,
    path: web::Path<i64>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    let (st, user, id) = (state.clone(), manager.0.user.clone(), path.into_inner());
    crate::web::blocking(move || partners::remove_person(&mut *st.db.write()?, st.now(), &user, id)).await??;
    Ok(see_other("/partner?notice=removed"))
}

/// A file name part made of a person's name: ASCII letters and digits, hyphens between words.
fn file_stem(name: &str, id: i64) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() { format!("person-{id}") } else { format!("{}-{id}", words.join("-")) }
}

/// The certificates and badges of a partner's people who hold a credential, as a zip written
/// to `out` person by person (a streaming zip: no seeking back), so that memory stays flat in the
/// number of people and the first bytes leave before the last certificate is drawn.
pub fn write_credentials_zip<W: Write>(state: &AppState, partner_id: i64, out: W) -> Result<(), AppError> {
    let now = state.now();
    let rows: Vec<CredentialRow> = cr::table
        .inner_join(u::table.on(u::id.eq(cr::user_id)))
        .filter(u::partner_id.eq(partner_id))
        .order(cr::holder_name)
        .select(CredentialRow::as_select())
        .load(&mut *state.db.read()?)?;
    let fonts = state.fonts.get().map_err(AppError::Unexpected)?;
    let mut zip = zip::ZipWriter::new_stream(out);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let to_app = |e: zip::result::ZipError| AppError::Unexpected(e.into());
    let io = |e: std::io::Error| AppError::Unexpected(e.into());
    for row in &rows {
        let (data, badge_data): (CertificateData, BadgeData) = {
            let mut conn = state.db.read()?;
            (
                credentials::certificate_data(&mut conn, now, &state.public_url, row)?,
                credentials::badge_data(&mut conn, now, &state.public_url, row)?,
            )
        };
        let stem = file_stem(&row.holder_name, row.user_id);
        let pdf = certificate::render(fonts, &data, Paper::A4).map_err(AppError::Unexpected)?;
        zip.start_file(format!("{stem}/certificate.pdf"), options).map_err(to_app)?;
        zip.write_all(&pdf).map_err(io)?;
        drop(pdf);
        let svg = badge::svg(&state.templates, &badge_data)?;
        let png = badge::png(&state.badge_fonts, &svg, 600, badge_data.assertion_url.as_deref(), None)
            .map_err(AppError::Unexpected)?;
        zip.start_file(format!("{stem}/badge.png"), options).map_err(to_app)?;
        zip.write_all(&png).map_err(io)?;
    }
    let listing: String = rows
        .iter()
        .map(|r| format!("{}\t{}\t{}/verify/{}\n", r.holder_name, r.status(now), state.public_url, r.public_id))
        .collect();
    zip.start_file("README.txt", options).map_err(to_app)?;
    zip.write_all(format!("Name\tStatus\tVerification\n{listing}").as_bytes()).map_err(io)?;
    zip.finish().map_err(to_app)?.flush().map_err(io)?;
    Ok(())
}

/// Bytes written on a blocking thread, handed to the response's stream in chunks through a
/// bounded channel (so a slow client slows the writer instead of growing a buffer).
pub struct ChannelWriter(pub tokio::sync::mpsc::Sender<Result<web::Bytes, std::io::Error>>);

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .blocking_send(Ok(web::Bytes::copy_from_slice(buf)))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client went away"))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The partner's accreditation certificate (only while accredited).
#[get("/partner/certificate.pdf")]
async fn partner_certificate(state: web::Data<AppState>, manager: PartnerManager) -> Result<HttpResponse, AppError> {
    let partner_id = partners::manager_partner(&manager.0.user)?;
    let st = state.clone();
    let (partner, acc) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let partner = partners::find(&mut conn, partner_id)?.ok_or(AppError::NotFound)?;
        Ok((partner.clone(), partners::accreditation_of(&mut conn, partner_id, st.now())?))
    })
    .await??;
    let (Some(since), Some(until), true) = (acc.since_secs, acc.lapses_secs, acc.accredited) else {
        return Err(AppError::Conflict(crate::i18n::t("problem-partner-not-accredited")));
    };
    // In the language of the manager asking for it (their saved choice, else the page's).
    let lang = crate::i18n::current();
    let mut specialists = crate::i18n::Args::new();
    specialists.insert("count".into(), acc.specialists.into());
    let data = CertificateData {
        name: partner.name.clone(),
        title: crate::i18n::message(lang, "doc-partner-title", None),
        programme: crate::i18n::message(lang, "doc-partner-programme", Some(&specialists)),
        issued: long_date(since),
        expires: long_date(until),
        id: partner.partner_code.clone(),
        verify_url: format!("{}/verify/partners/{}", state.public_url, partner.partner_code),
        renewed: None,
        status: "valid",
        partner: true,
        lang,
    };
    let fonts = state.fonts.clone();
    let pdf = crate::web::blocking(move || certificate::render(fonts.get()?, &data, Paper::A4))
        .await?
        .map_err(AppError::Unexpected)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static("application/pdf")))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache")))
        .insert_header((
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("inline; filename=\"ess-partner-{}.pdf\"", partner.partner_code))
                .map_err(|e| AppError::Unexpected(e.into()))?,
        ))
        .body(pdf))
}

/// Context of `partner/verify.html`.
#[derive(Serialize)]
struct VerifyPartnerPage {
    #[serde(flatten)]
    layout: Layout,
    v: partners::PartnerVerification,
    country: String,
    since: Option<String>,
    until: Option<String>,
}

/// `/verify/partners/{code}` (a page) and `/verify/partners/{code}.json`: no personal data.
#[get("/verify/partners/{code}")]
async fn verify_partner(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    super::kit::limit_lookups(&req, &state)?;
    let (code, json) = super::verify::json_suffix(path.into_inner());
    let st = state.clone();
    let (v, acc) = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(partners::verification(&mut *st.db.read()?, &code, st.now())?)
    })
    .await??
    .ok_or(AppError::NotFound)?;
    if json {
        return Ok(HttpResponse::Ok().json(v));
    }
    let page = VerifyPartnerPage {
        layout: Layout::new(user.0.as_ref(), &csrf, ""),
        country: localized_name(&v.country).unwrap_or_default(),
        since: acc.since_secs.map(long_date),
        until: acc.lapses_secs.map(long_date),
        v,
    };
    render(&state, "partner/verify.html", &page)
}

#[derive(Deserialize)]
struct EstimateQuery {
    country: Option<String>,
    deal_value: Option<String>,
}

/// Context of `partner/takeback.html`.
#[derive(Serialize)]
struct TakebackPage {
    #[serde(flatten)]
    layout: Layout,
    rate: String,
    participating: Vec<CountryOption>,
    countries: Vec<CountryOption>,
    form: FormState,
    estimate: Option<Estimate>,
    amount: Option<String>,
    accredited: Option<bool>,
}

/// Formats an amount with thousands separators and two decimals, the way the language being
/// served writes them ("17,500.00", "17.500,00", "17 500,00").
fn money(value: f64) -> String {
    let (group, decimal) = crate::i18n::number_separators();
    let cents = (value * 100.0).round() as i64;
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push_str(group);
        }
        grouped.push(ch);
    }
    format!("{grouped}{decimal}{:02}", cents % 100)
}

/// The Takeback Incentive: eligibility, what it offers, and an estimator (a GET form).
#[get("/takeback")]
async fn takeback(
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    query: web::Query<EstimateQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let st = state.clone();
    let partner_id = user.0.as_ref().and_then(|u| u.user.partner_id);
    let (settings, accredited) = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let settings = partners::settings(&mut conn)?;
        let accredited = match partner_id {
            Some(id) => Some(partners::accreditation_of(&mut conn, id, st.now())?.accredited),
            None => None,
        };
        Ok((settings, accredited))
    })
    .await??;
    let mut form = FormState::with_values([
        ("country", query.country.as_deref().unwrap_or_default()),
        ("deal_value", query.deal_value.as_deref().unwrap_or_default()),
    ]);
    let mut estimate = None;
    let mut status = actix_web::http::StatusCode::OK;
    if query.country.is_some() || query.deal_value.is_some() {
        match super::api_partners::estimate_from(&state, query.country.as_deref(), query.deal_value.as_deref()).await {
            Ok(e) => estimate = Some(e),
            Err(err) => (status, form) = form.absorb(err)?,
        }
    }
    let page = TakebackPage {
        layout: Layout::new(user.0.as_ref(), &csrf, "takeback"),
        rate: format!("{}", settings.incentive_rate_percent).replace('.', crate::i18n::number_separators().1),
        participating: settings
            .participating_countries
            .iter()
            .filter_map(|code| crate::accounts::countries::COUNTRIES.iter().find(|(c, _)| c == code))
            .map(|(code, _)| CountryOption::new(code))
            .collect(),
        countries: countries(),
        amount: estimate.as_ref().map(|e| money(e.discount_amount)),
        estimate,
        form,
        accredited,
    };
    render_status(&state, status, "partner/takeback.html", &page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_with_cents() {
        assert_eq!(money(17_500.0), "17,500.00");
        assert_eq!(money(86.42), "86.42");
        assert_eq!(money(1_234_567.891), "1,234,567.89");
        assert_eq!(money(0.0), "0.00");
        assert_eq!(crate::i18n::with_lang("de", || money(17_500.0)), "17.500,00");
        assert_eq!(crate::i18n::with_lang("fr", || money(1_234.5)), "1\u{202f}234,50");
    }

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(file_stem("Zoë Ñandú", 7), "zo-and-7");
        assert_eq!(file_stem("王小明", 3), "person-3");
    }
}
