//! Programme reports: the page `/admin/reports` (charts drawn on the server, tables, CSV links);
//! the JSON/CSV API under `/api/v1/admin/reports/` is in `api`. Programme admins only.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use super::AppState;
use super::csrf::CsrfToken;
use super::extract::ProgrammeAdmin;
use super::pages::{CountryOption, Layout, countries, render_status};
use crate::clock::long_date;
use crate::error::{AppError, FieldErrors};
use crate::reports::credentials::{self as creds, Expiring, Partners};
use crate::reports::exams::{self, ExamReport};
use crate::reports::funnel::{self, Funnel, FunnelRow, STAGES};
use crate::reports::modules::{self, ModuleStats};
use crate::reports::svg::{Bar, bar_chart};
use crate::reports::{self, FilterQuery, Filters, Programme};

/// Rows of a breakdown shown on the page; the CSV has them all.
pub const PAGE_ROWS_LIMIT: usize = 25;

pub mod api;

pub use api::configure as configure_api;

/// The page.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(reports_page);
}

/// Every report at once, for the page.
struct AllReports {
    programme: Programme,
    funnel: Funnel,
    modules: Vec<ModuleStats>,
    exams: Vec<ExamReport>,
    expiring: Expiring,
    partners: Partners,
}

/// A breakdown row as the page shows it.
#[derive(Serialize)]
struct FunnelLine {
    key: String,
    label: String,
    values: Vec<i64>,
}

impl From<&FunnelRow> for FunnelLine {
    fn from(r: &FunnelRow) -> Self {
        FunnelLine { key: r.key.clone(), label: r.label.clone(), values: r.counts.values().to_vec() }
    }
}

/// A breakdown table of the page.
#[derive(Serialize)]
struct Breakdown {
    title: String,
    /// The column heading of the key.
    heading: String,
    rows: Vec<FunnelLine>,
    /// Rows not shown (in the CSV).
    more: usize,
}

/// A module line with minutes.
#[derive(Serialize)]
struct ModuleLine {
    #[serde(flatten)]
    stats: ModuleStats,
    median_minutes: String,
    p90_minutes: String,
}

/// An exam line with its figures as text.
#[derive(Serialize)]
struct ExamLine {
    report: ExamReport,
    pass_rate_text: String,
    attempts_per_pass_text: String,
}

/// An expiring credential with its date.
#[derive(Serialize)]
struct ExpiringLine {
    holder_name: String,
    email: String,
    country: String,
    partner: String,
    public_id: String,
    expires: String,
}

/// A partner with its lapse date.
#[derive(Serialize)]
struct PartnerLine {
    #[serde(flatten)]
    standing: creds::PartnerStanding,
    lapses: String,
}

/// Context of `admin/reports.html`.
#[derive(Serialize)]
struct ReportsPage {
    #[serde(flatten)]
    layout: Layout,
    /// The filter values as sent, for the form.
    filters: FilterQuery,
    /// A message per field when a filter is not valid (then no report is shown).
    errors: FieldErrors,
    countries: Vec<CountryOption>,
    /// `?from=…` to append to the CSV links.
    query: String,
    course_title: String,
    stages: Vec<String>,
    total: Vec<i64>,
    /// Inline SVG, escaped when drawn.
    funnel_chart: String,
    months_chart: String,
    modules_chart: String,
    exams_chart: String,
    partners_chart: String,
    breakdowns: Vec<Breakdown>,
    modules: Vec<ModuleLine>,
    exams: Vec<ExamLine>,
    expiring: Vec<ExpiringLine>,
    expiring_total: i64,
    expiring_limit: i64,
    horizon_days: i64,
    partners: Vec<PartnerLine>,
    partners_more: usize,
    partner_summary: (i64, i64, i64, i64),
    shown: bool,
}

/// The message keys of the funnel's stages, in the order of `STAGES`.
const STAGE_KEYS: [&str; 7] = [
    "admin-stage-registered",
    "admin-stage-verified",
    "admin-stage-started",
    "admin-stage-training-complete",
    "admin-stage-exam-1",
    "admin-stage-exam-2",
    "admin-stage-credential",
];

const _: () = assert!(STAGE_KEYS.len() == STAGES.len());

/// The funnel's stages in the language being served.
fn stage_labels() -> Vec<String> {
    STAGE_KEYS.iter().map(|key| crate::i18n::t(key)).collect()
}

fn minutes(secs: Option<i64>) -> String {
    secs.map(|s| format!("{:.0}", s as f64 / 60.0)).unwrap_or_else(|| "–".to_owned())
}

fn percent(v: Option<f64>) -> String {
    v.map(|x| crate::i18n::percent((x * 100.0).round() as i64)).unwrap_or_else(|| "–".to_owned())
}

fn query_string(q: &FilterQuery) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in [("from", &q.from), ("to", &q.to), ("country", &q.country), ("partner", &q.partner)] {
        if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            s.append_pair(name, v);
        }
    }
    let s = s.finish();
    if s.is_empty() { s } else { format!("&{s}") }
}

fn breakdown(title: &str, heading: &str, rows: &[FunnelRow]) -> Breakdown {
    Breakdown {
        title: crate::i18n::t(title),
        heading: crate::i18n::t(heading),
        rows: rows.iter().take(PAGE_ROWS_LIMIT).map(FunnelLine::from).collect(),
        more: rows.len().saturating_sub(PAGE_ROWS_LIMIT),
    }
}

fn fill(page: &mut ReportsPage, all: AllReports) {
    let f = &all.funnel;
    let registered = f.total.registered.max(1) as f64;
    page.course_title = all.programme.title.clone();
    page.total = f.total.values().to_vec();
    let t = crate::i18n::t;
    let funnel_bars: Vec<Bar> = stage_labels()
        .into_iter()
        .zip(f.total.values())
        .map(|(label, v)| {
            let share = crate::i18n::percent((v as f64 * 100.0 / registered).round() as i64);
            Bar::new(label, v as f64, format!("{v} ({share})"))
        })
        .collect();
    page.funnel_chart = bar_chart("chart-funnel", &t("admin-funnel"), &t("admin-chart-funnel-legend"), &funnel_bars);
    let month_bars: Vec<Bar> = f
        .by_month
        .iter()
        .map(|r| {
            let mut bar = Bar::new(
                &r.label,
                r.counts.registered as f64,
                format!("{} / {}", r.counts.registered, r.counts.credential),
            );
            bar.marker = Some(r.counts.credential as f64);
            bar
        })
        .collect();
    page.months_chart =
        bar_chart("chart-months", &t("admin-chart-months"), &t("admin-chart-months-legend"), &month_bars);
    let module_bars: Vec<Bar> = all
        .modules
        .iter()
        .map(|m| {
            let to_min = |s: Option<i64>| s.map(|s| s as f64 / 60.0);
            let mut bar = Bar::new(
                format!("{}. {}", m.position, m.title),
                to_min(m.median_seconds).unwrap_or(0.0),
                crate::i18n::tr(
                    "admin-chart-module-minutes",
                    &[
                        ("median", minutes(m.median_seconds).into()),
                        ("p90", minutes(m.p90_seconds).into()),
                        ("estimate", m.estimated_minutes.into()),
                    ],
                ),
            );
            bar.whisker = to_min(m.p90_seconds);
            bar.marker = Some(f64::from(m.estimated_minutes));
            bar
        })
        .collect();
    page.modules_chart =
        bar_chart("chart-modules", &t("admin-chart-modules"), &t("admin-chart-modules-legend"), &module_bars);
    let exam_bars: Vec<Bar> = all
        .exams
        .iter()
        .map(|e| {
            let per_pass = e.attempts_per_pass.map_or_else(|| "–".to_owned(), |a| format!("{a:.2}"));
            Bar::new(&e.title, e.pass_rate.unwrap_or(0.0) * 100.0, format!("{} · {per_pass}", percent(e.pass_rate)))
        })
        .collect();
    page.exams_chart = bar_chart("chart-exams", &t("admin-chart-exams"), &t("admin-chart-exams-legend"), &exam_bars);
    let p = &all.partners;
    let partner_bars = vec![
        Bar::new(t("admin-chart-accredited"), p.accredited as f64, p.accredited.to_string()),
        Bar::new(
            crate::i18n::tr("admin-chart-lapsing", &[("days", p.days.into())]),
            p.lapsing_soon as f64,
            p.lapsing_soon.to_string(),
        ),
        Bar::new(
            t("admin-chart-not-accredited"),
            (p.total - p.accredited) as f64,
            (p.total - p.accredited).to_string(),
        ),
    ];
    page.partners_chart =
        bar_chart("chart-partners", &t("admin-chart-partners"), &t("admin-chart-partners-legend"), &partner_bars);
    page.breakdowns = vec![
        breakdown("admin-by-month", "admin-col-month", &f.by_month),
        breakdown("admin-by-country", "country-label", &f.by_country),
        breakdown("admin-by-partner", "partner-partner", &f.by_partner),
    ];
    page.modules = all
        .modules
        .into_iter()
        .map(|m| ModuleLine {
            median_minutes: minutes(m.median_seconds),
            p90_minutes: minutes(m.p90_seconds),
            stats: m,
        })
        .collect();
    page.exams = all
        .exams
        .into_iter()
        .map(|e| ExamLine {
            pass_rate_text: percent(e.pass_rate),
            attempts_per_pass_text: e.attempts_per_pass.map_or_else(|| "–".to_owned(), |a| format!("{a:.2}")),
            report: e,
        })
        .collect();
    page.expiring_total = all.expiring.total;
    page.expiring_limit = all.expiring.limit;
    page.expiring = all
        .expiring
        .credentials
        .into_iter()
        .map(|c| ExpiringLine {
            holder_name: c.holder_name,
            email: c.email,
            country: c.country,
            partner: c.partner_name.unwrap_or_default(),
            public_id: c.public_id,
            expires: long_date(c.expires_at),
        })
        .collect();
    page.partner_summary = (p.total, p.accredited, p.lapsing_soon, p.min_specialists);
    page.partners_more = all.partners.partners.len().saturating_sub(PAGE_ROWS_LIMIT);
    page.partners = all
        .partners
        .partners
        .into_iter()
        .take(PAGE_ROWS_LIMIT)
        .map(|s| PartnerLine { lapses: s.lapses_at.map(long_date).unwrap_or_default(), standing: s })
        .collect();
    page.shown = true;
}

#[get("/admin/reports")]
async fn reports_page(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    csrf: CsrfToken,
    query: web::Query<FilterQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner();
    let mut page = ReportsPage {
        layout: Layout::new(Some(&admin.0), &csrf, "admin"),
        query: query_string(&q),
        filters: q.clone(),
        errors: FieldErrors::new(),
        countries: countries(),
        course_title: String::new(),
        stages: stage_labels(),
        total: Vec::new(),
        funnel_chart: String::new(),
        months_chart: String::new(),
        modules_chart: String::new(),
        exams_chart: String::new(),
        partners_chart: String::new(),
        breakdowns: Vec::new(),
        modules: Vec::new(),
        exams: Vec::new(),
        expiring: Vec::new(),
        expiring_total: 0,
        expiring_limit: creds::EXPIRING_LIST_LIMIT,
        horizon_days: reports::HORIZON_DAYS,
        partners: Vec::new(),
        partners_more: 0,
        partner_summary: (0, 0, 0, 0),
        shown: false,
    };
    let st = state.clone();
    let result = crate::web::blocking(move || -> Result<AllReports, AppError> {
        let mut conn = st.db.read()?;
        let filters = Filters::parse(&mut conn, &q)?;
        let programme = reports::programme(&mut conn)?.ok_or(AppError::NotFound)?;
        let now = st.now();
        Ok(AllReports {
            funnel: funnel::funnel(&mut conn, &programme, &filters)?,
            modules: modules::module_stats(&mut conn, &programme, &filters)?,
            exams: exams::exam_stats(&mut conn, &programme, &filters)?,
            expiring: creds::expiring(&mut conn, &programme, &filters, now)?,
            partners: creds::partners(&mut conn, &programme, &filters, now)?,
            programme,
        })
    })
    .await?;
    let status = match result {
        Ok(all) => {
            fill(&mut page, all);
            actix_web::http::StatusCode::OK
        }
        Err(AppError::Validation(errors)) => {
            page.errors = errors;
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
        }
        Err(other) => return Err(other),
    };
    render_status(&state, status, "admin/reports.html", &page)
}
