//! "My credential": the kit page of one credential (previews, downloads, the e-mail signature,
//! the copy blocks of the marketing kit, LinkedIn links, the history), and name corrections
//! (asked for on the account page, decided by programme admins).

use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use super::AppState;
use super::csrf::CsrfToken;
use super::extract::SignedIn;
use super::pages::{Layout, render};
use crate::clock::{long_date, rfc3339};
use crate::content::kit;
use crate::credentials::{self, CredentialRow, Event};
use crate::db::schema::users;
use crate::error::AppError;
use diesel::prelude::*;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(kit_page);
}

/// The HTML to paste into an e-mail signature: the graphic, linked to the verification page.
pub fn signature_snippet(public_url: &str, row: &CredentialRow) -> String {
    format!(
        "<a href=\"{base}/verify/{id}\"><img src=\"{base}/credentials/{id}/signature.png\" width=\"600\" height=\"120\" alt=\"{name}, {title} (verified by ESS Academy)\"></a>",
        base = public_url,
        id = row.public_id,
        name = crate::templates::escape(&row.holder_name),
        title = crate::templates::escape(&row.title)
    )
}

/// The month and year of a time: (year, month 1–12).
fn year_month(t: i64) -> (String, String) {
    let date = rfc3339(t);
    (date[..4].to_owned(), date[5..7].trim_start_matches('0').to_owned())
}

/// LinkedIn's "Add to profile" link for a certification, filled in.
pub fn linkedin_add_to_profile(public_url: &str, row: &CredentialRow) -> String {
    let (issue_year, issue_month) = year_month(row.issued_at);
    let (expiry_year, expiry_month) = year_month(row.expires_at);
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("startTask", "CERTIFICATION_NAME")
        .append_pair("name", &row.title)
        .append_pair("organizationName", "ESS Academy")
        .append_pair("issueYear", &issue_year)
        .append_pair("issueMonth", &issue_month)
        .append_pair("expirationYear", &expiry_year)
        .append_pair("expirationMonth", &expiry_month)
        .append_pair("certUrl", &format!("{public_url}/verify/{}", row.public_id))
        .append_pair("certId", &row.public_id)
        .finish();
    format!("https://www.linkedin.com/profile/add?{query}")
}

/// LinkedIn's share link for the verification page.
pub fn linkedin_share(public_url: &str, row: &CredentialRow) -> String {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("url", &format!("{public_url}/verify/{}", row.public_id))
        .finish();
    format!("https://www.linkedin.com/sharing/share-offsite/?{query}")
}

/// A copy block, filled in for the holder.
#[derive(Serialize)]
struct CopyBlock {
    slug: String,
    title: String,
    text: String,
    rows: usize,
}

/// A group of copy blocks of one kind.
#[derive(Serialize)]
struct CopyGroup {
    heading: &'static str,
    hint: &'static str,
    blocks: Vec<CopyBlock>,
}

/// Context of `credentials/kit.html`.
#[derive(Serialize)]
struct KitPage {
    #[serde(flatten)]
    layout: Layout,
    id: String,
    title: String,
    name: String,
    status: &'static str,
    revocation_reason: Option<String>,
    issued: String,
    expires: String,
    is_holder: bool,
    verify_url: String,
    signature_snippet: String,
    linkedin_add: String,
    linkedin_share: String,
    groups: Vec<CopyGroup>,
    history: Vec<HistoryLine>,
    reissued: bool,
    notice: Option<&'static str>,
    /// Where the renewal stands: `not_yet`, `open`, `grace`, `closed` or `renewed`.
    renewal: String,
    renewal_dates: crate::credentials::lifecycle::RenewalDates,
    renewed: Option<String>,
    previous_id: Option<String>,
    next_id: Option<String>,
}

#[derive(serde::Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

#[derive(Serialize)]
struct HistoryLine {
    kind: String,
    detail: String,
    date: String,
}

fn group_heading(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "email" => ("E-mails to customers", "Edit before you send: add the customer's name and your own words."),
        "rfp" => ("For RFP and tender responses", "Paste into the sustainability section of a response."),
        "social" => ("Social posts", "Post it yourself, or use LinkedIn's share link above."),
        _ => ("E-mail signature text", "For plain-text signatures; the graphic above is for HTML ones."),
    }
}

/// What a signed-in user may see of a credential: the holder, programme admins (and the
/// holder's partner manager); anyone else gets 404, as if it did not exist.
pub async fn viewable(
    state: &web::Data<AppState>,
    user: &SignedIn,
    id: String,
) -> Result<(CredentialRow, String), AppError> {
    let st = state.clone();
    let viewer = user.id();
    let role = user.role();
    web::block(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let row = credentials::find(&mut conn, &id)?.ok_or(AppError::NotFound)?;
        if !credentials::may_see_files(&mut conn, viewer, role, &row)? {
            return Err(AppError::NotFound);
        }
        let email: String = users::table.find(row.user_id).select(users::email).first(&mut *conn)?;
        Ok((row, email))
    })
    .await?
}

#[get("/credentials/{id}")]
async fn kit_page(
    state: web::Data<AppState>,
    user: SignedIn,
    csrf: CsrfToken,
    path: web::Path<String>,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.notice.as_deref() {
        Some("revoked") => Some("The credential is revoked. Its verification page shows the reason."),
        Some("reason-needed") => Some("Give a reason to revoke the credential (1–500 characters)."),
        Some("expiry-changed") => Some("The expiry is changed, and the history records why."),
        Some("expiry-date-needed") => Some("Give the new expiry as a date (YYYY-MM-DD)."),
        Some("expiry-reason-needed") => {
            Some("Give a reason for the change (1–500 characters) and a date after the issue, within 10 years.")
        }
        _ => None,
    };
    let (row, _) = viewable(&state, &user, path.into_inner()).await?;
    let st = state.clone();
    let (course_id, credential_id) = (row.course_id, row.id);
    let row2 = row.clone();
    let (texts, history, company, rules, (previous_id, next_id)) = {
        let user_id = row.user_id;
        web::block(move || -> Result<_, AppError> {
            let mut conn = st.db.read()?;
            let company: String = users::table.find(user_id).select(users::company).first(&mut *conn)?;
            let texts: Vec<kit::KitText> = kit::texts(&mut conn, course_id)?;
            let history: Vec<Event> = credentials::history(&mut conn, credential_id)?;
            let rules = credentials::lifecycle::Rules::of_course(&mut conn, course_id)?;
            Ok((texts, history, company, rules, credentials::neighbours(&mut conn, &row2)?))
        })
        .await??
    };
    let renewal = credentials::lifecycle::renewal_view(&rules, &row, state.now());
    let is_admin = user.user.role() == crate::accounts::Role::ProgrammeAdmin;
    let base = &state.public_url;
    let verify_url = format!("{base}/verify/{}", row.public_id);
    let values = BTreeMap::from([
        ("name", row.holder_name.clone()),
        ("credential", row.title.clone()),
        ("company", company),
        ("verify_url", verify_url.clone()),
        ("credential_id", row.public_id.clone()),
        ("issued", long_date(row.issued_at)),
        ("expires", long_date(row.expires_at)),
    ]);
    let mut groups: Vec<CopyGroup> = Vec::new();
    for kind in kit::KINDS {
        let blocks: Vec<CopyBlock> = texts
            .iter()
            .filter(|t| t.kind == kind)
            .map(|t| {
                let text = kit::fill(&kit::plain(&t.body_md), &values);
                let rows = text.lines().map(|l| 1 + l.chars().count() / 90).sum::<usize>().clamp(2, 18);
                CopyBlock { slug: t.slug.clone(), title: t.title.clone(), text, rows }
            })
            .collect();
        if !blocks.is_empty() {
            let (heading, hint) = group_heading(kind);
            groups.push(CopyGroup { heading, hint, blocks });
        }
    }
    let status = row.status(state.now());
    let page = KitPage {
        layout: Layout::new(Some(&user), &csrf, "training"),
        is_holder: row.user_id == user.id(),
        signature_snippet: signature_snippet(base, &row),
        linkedin_add: linkedin_add_to_profile(base, &row),
        linkedin_share: linkedin_share(base, &row),
        reissued: history.iter().any(|e| e.kind == "name_corrected"),
        history: history
            .into_iter()
            .map(|e| HistoryLine {
                kind: match e.kind.as_str() {
                    "issued" => "Issued".into(),
                    "name_corrected" => "Reissued with a corrected name".into(),
                    "renewed" => "Renewed".into(),
                    "expiry_changed" => "Expiry changed by a programme admin".into(),
                    "revoked" => "Revoked".into(),
                    other => other.to_owned(),
                },
                // The reason of an expiry change is for programme admins.
                detail: if e.kind == "expiry_changed" && !is_admin { String::new() } else { e.detail },
                date: e.date,
            })
            .collect(),
        id: row.public_id,
        title: row.title,
        name: row.holder_name,
        status,
        revocation_reason: row.revocation_reason,
        issued: long_date(row.issued_at),
        expires: long_date(row.expires_at),
        verify_url,
        groups,
        notice,
        renewal: renewal.state,
        renewal_dates: renewal.dates,
        renewed: row.renewed_at.map(long_date),
        previous_id,
        next_id,
    };
    render(&state, "credentials/kit.html", &page)
}
