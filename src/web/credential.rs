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

/// The HTML to paste into an e-mail signature: the graphic, linked to the verification page,
/// its alternative text in the language being served.
pub fn signature_snippet(public_url: &str, row: &CredentialRow) -> String {
    let alt = crate::i18n::tr(
        "cred-signature-snippet-alt",
        &[("name", row.holder_name.as_str().into()), ("title", row.title.as_str().into())],
    );
    format!(
        "<a href=\"{base}/verify/{id}\"><img src=\"{base}/credentials/{id}/signature.png\" width=\"600\" height=\"120\" alt=\"{alt}\"></a>",
        base = public_url,
        id = row.public_id,
        alt = crate::templates::escape(&alt),
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
    heading: String,
    hint: String,
    blocks: Vec<CopyBlock>,
}

/// Context of `credentials/kit.html`.
#[derive(Serialize)]
struct KitPage {
    #[serde(flatten)]
    layout: Layout,
    /// The language of the copy blocks (the holder's).
    copy_lang: &'static str,
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
    notice: Option<String>,
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

/// The heading and hint of a group of copy blocks, in the page's language.
fn group_heading(kind: &str) -> (String, String) {
    let (heading, hint) = match kind {
        "email" => ("cred-group-email", "cred-group-email-hint"),
        "rfp" => ("cred-group-rfp", "cred-group-rfp-hint"),
        "social" => ("cred-group-social", "cred-group-social-hint"),
        _ => ("cred-group-signature", "cred-group-signature-hint"),
    };
    (crate::i18n::t(heading), crate::i18n::t(hint))
}

/// What the history needs besides its events to say them in the page's language: the renewals
/// (previous and new expiry, in the grace period or not, at what time) and the approved name
/// corrections of the holder (previous and new name, at what time).
#[derive(Default)]
struct HistoryFacts {
    renewals: Vec<(i64, i64, i64, bool)>,
    corrections: Vec<(String, String, Option<i64>)>,
    previous_id: Option<String>,
}

fn history_facts(conn: &mut crate::db::DbConnection, row: &CredentialRow) -> QueryResult<HistoryFacts> {
    use crate::db::schema::{credential_renewals as rn, name_corrections as nc};
    let renewals = rn::table
        .filter(rn::credential_id.eq(row.id))
        .select((rn::previous_expires_at, rn::expires_at, rn::renewed_at, rn::in_grace))
        .load(conn)?;
    let corrections = nc::table
        .filter(nc::user_id.eq(row.user_id))
        .filter(nc::status.eq("approved"))
        .select((nc::previous_name, nc::requested_name, nc::decided_at))
        .load(conn)?;
    Ok(HistoryFacts { renewals, corrections, previous_id: credentials::neighbours(conn, row)?.0 })
}

/// An event of the history in the page's language. The detail stored with an event is the
/// record of the moment, in English; where the facts it states are kept apart (renewals, name
/// corrections, the earlier credential) the page says them in its own words, and the reason an
/// admin typed is shown as typed.
fn history_line(event: Event, facts: &HistoryFacts, is_admin: bool) -> HistoryLine {
    use crate::i18n::{t, tr};
    let kind = match event.kind.as_str() {
        "issued" => t("cred-history-issued"),
        "name_corrected" => t("cred-history-name-corrected"),
        "renewed" => t("cred-history-renewed"),
        "expiry_changed" => t("cred-history-expiry-changed"),
        "revoked" => t("cred-history-revoked"),
        other => other.to_owned(),
    };
    let at = |time: i64| rfc3339(time) == event.at;
    let detail = match event.kind.as_str() {
        "issued" if !event.detail.is_empty() => match &facts.previous_id {
            Some(id) => tr("cred-history-earned-again", &[("id", id.as_str().into())]),
            None => event.detail,
        },
        "renewed" => match facts.renewals.iter().find(|r| at(r.2)) {
            Some(&(from, to, _, in_grace)) => tr(
                if in_grace { "cred-history-expiry-moved-grace" } else { "cred-history-expiry-moved" },
                &[("from", long_date(from).into()), ("to", long_date(to).into())],
            ),
            None => event.detail,
        },
        "name_corrected" => match facts.corrections.iter().find(|c| c.2.is_some_and(at)) {
            Some((from, to, _)) => {
                tr("cred-history-name-from-to", &[("from", from.as_str().into()), ("to", to.as_str().into())])
            }
            None => event.detail,
        },
        // The reason of an expiry change is for programme admins.
        "expiry_changed" if !is_admin => String::new(),
        _ => event.detail,
    };
    HistoryLine { kind, detail, date: event.date }
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
    crate::web::blocking(move || -> Result<_, AppError> {
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
        Some("revoked") => Some("cred-notice-revoked"),
        Some("reason-needed") => Some("cred-notice-reason-needed"),
        Some("expiry-changed") => Some("cred-notice-expiry-changed"),
        Some("expiry-date-needed") => Some("cred-notice-expiry-date-needed"),
        Some("expiry-reason-needed") => Some("cred-notice-expiry-reason-needed"),
        _ => None,
    }
    .map(crate::i18n::t);
    let (row, _) = viewable(&state, &user, path.into_inner()).await?;
    let st = state.clone();
    let (course_id, credential_id) = (row.course_id, row.id);
    let row2 = row.clone();
    let page_lang = crate::i18n::current();
    let viewer_is_holder = row.user_id == user.id();
    let (texts, (history, facts), company, rules, (previous_id, next_id), (holder_lang, credential_name)) = {
        let user_id = row.user_id;
        crate::web::blocking(move || -> Result<_, AppError> {
            let mut conn = st.db.read()?;
            let (company, locale): (String, Option<String>) =
                users::table.find(user_id).select((users::company, users::locale)).first(&mut *conn)?;
            // The copy blocks speak the holder's language: their saved choice, else the page's
            // when they are the one reading it.
            let holder_lang = locale.as_deref().and_then(crate::i18n::supported).unwrap_or(if viewer_is_holder {
                page_lang
            } else {
                crate::i18n::DEFAULT
            });
            let mut texts: Vec<kit::KitText> = kit::texts(&mut conn, course_id)?;
            let mut credential_name = None;
            if holder_lang != crate::i18n::DEFAULT {
                let translated = crate::translations::store::kit(&mut conn, course_id, holder_lang)?;
                for text in &mut texts {
                    if let Some(t) = translated.get(&text.slug) {
                        text.title = t.title.clone();
                        text.body_md = t.body_md.clone();
                    }
                }
                credential_name = crate::translations::store::course(&mut conn, course_id, holder_lang)?
                    .and_then(|c| c.credential_name);
            }
            let history: Vec<Event> = credentials::history(&mut conn, credential_id)?;
            let facts = history_facts(&mut conn, &row2)?;
            let rules = credentials::lifecycle::Rules::of_course(&mut conn, course_id)?;
            Ok((
                texts,
                (history, facts),
                company,
                rules,
                credentials::neighbours(&mut conn, &row2)?,
                (holder_lang, credential_name),
            ))
        })
        .await??
    };
    let renewal = credentials::lifecycle::renewal_view(&rules, &row, state.now());
    let is_admin = user.user.role() == crate::accounts::Role::ProgrammeAdmin;
    let base = &state.public_url;
    let verify_url = format!("{base}/verify/{}", row.public_id);
    // Dates in the copy blocks, and the e-mail signature, are written the way the holder's
    // language writes them.
    let (issued, expires, snippet) = crate::i18n::with_lang(holder_lang, || {
        (long_date(row.issued_at), long_date(row.expires_at), signature_snippet(base, &row))
    });
    let values = BTreeMap::from([
        ("name", row.holder_name.clone()),
        ("credential", credential_name.unwrap_or_else(|| row.title.clone())),
        ("company", company),
        ("verify_url", verify_url.clone()),
        ("credential_id", row.public_id.clone()),
        ("issued", issued),
        ("expires", expires),
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
        copy_lang: holder_lang,
        is_holder: row.user_id == user.id(),
        signature_snippet: snippet,
        linkedin_add: linkedin_add_to_profile(base, &row),
        linkedin_share: linkedin_share(base, &row),
        reissued: history.iter().any(|e| e.kind == "name_corrected"),
        history: history.into_iter().map(|e| history_line(e, &facts, is_admin)).collect(),
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
