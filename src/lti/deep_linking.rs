//! LTI Deep Linking 2.0: an instructor's platform asks for content (`LtiDeepLinkingRequest`); the
//! validated settings wait in `lti_deep_links` under a random token while the instructor picks
//! courses, modules or exams of the catalogue; the choice goes back as an `LtiDeepLinkingResponse`
//! JWT signed with the tool key. A token is used once.

use diesel::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::PlatformRow;
use super::keys::ToolKey;
use super::launch::{CLAIM_DEPLOYMENT_ID, CLAIM_MESSAGE_TYPE, CLAIM_VERSION, LTI_VERSION, LaunchError};
use crate::accounts::tokens::generate_token;
use crate::clock::UnixSecs;
use crate::content::store;
use crate::db::DbConnection;
use crate::db::schema::lti_deep_links as dl;
use crate::exams::attempts::course_exams;

/// The instructor has this long between the request and the choice.
pub const SELECTION_TTL_SECS: i64 = 1800;
/// The response JWT expires this long after it is signed.
pub const RESPONSE_TTL_SECS: i64 = 300;
/// The only content item type the tool offers.
pub const RESOURCE_LINK_TYPE: &str = "ltiResourceLink";
pub const DEEP_LINKING_RESPONSE: &str = "LtiDeepLinkingResponse";
pub const CLAIM_CONTENT_ITEMS: &str = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
pub const CLAIM_DATA: &str = "https://purl.imsglobal.org/spec/lti-dl/claim/data";

/// The checked settings of a deep-linking request.
#[derive(Debug, Clone)]
pub struct DeepLinkRequest {
    pub deployment_id: String,
    pub return_url: String,
    pub data: Option<String>,
    pub accept_multiple: bool,
}

/// A waiting request, as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = dl)]
pub struct DeepLinkRow {
    pub token: String,
    pub platform_id: i64,
    pub deployment_id: String,
    pub return_url: String,
    pub data: Option<String>,
    pub accept_multiple: bool,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Keeps a checked request for the selection page; returns its token.
pub fn begin(
    conn: &mut DbConnection,
    now: UnixSecs,
    platform_id: i64,
    request: &DeepLinkRequest,
) -> QueryResult<String> {
    diesel::delete(dl::table.filter(dl::expires_at.lt(now))).execute(conn)?;
    let token = generate_token();
    diesel::insert_into(dl::table)
        .values((
            dl::token.eq(&token),
            dl::platform_id.eq(platform_id),
            dl::deployment_id.eq(&request.deployment_id),
            dl::return_url.eq(&request.return_url),
            dl::data.eq(&request.data),
            dl::accept_multiple.eq(request.accept_multiple),
            dl::created_at.eq(now),
            dl::expires_at.eq(now + SELECTION_TTL_SECS),
        ))
        .execute(conn)?;
    Ok(token)
}

/// A waiting request that has not expired.
pub fn find(conn: &mut DbConnection, token: &str, now: UnixSecs) -> Result<DeepLinkRow, LaunchError> {
    dl::table
        .find(token)
        .select(DeepLinkRow::as_select())
        .first(conn)
        .optional()?
        .filter(|row| row.expires_at >= now)
        .ok_or(LaunchError::UnknownSelection)
}

/// Uses a request once (the conditional delete keeps it single-use when two posts race).
pub fn take(conn: &mut DbConnection, token: &str, now: UnixSecs) -> Result<DeepLinkRow, LaunchError> {
    let row = find(conn, token, now)?;
    let deleted = diesel::delete(dl::table.filter(dl::token.eq(token))).execute(conn)?;
    if deleted != 1 {
        return Err(LaunchError::UnknownSelection);
    }
    Ok(row)
}

/// A piece of content that can be linked, as the selection page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Offer {
    /// The form value: `course:{course}`, `module:{course}/{module}` or `exam:{course}/{exam}`.
    pub value: String,
    pub title: String,
    /// The page the link opens (a path of this site).
    pub path: String,
    #[serde(skip)]
    custom: Value,
    /// For an exam: the line item the platform creates for its scores (AGS).
    #[serde(skip)]
    line_item: Option<Value>,
}

/// A course with its published modules and its exams.
#[derive(Debug, Clone, Serialize)]
pub struct OfferCourse {
    pub course: Offer,
    pub modules: Vec<Offer>,
    pub exams: Vec<Offer>,
}

/// The published catalogue, as content to link (courses with nothing published are left out).
pub fn catalogue(conn: &mut DbConnection) -> QueryResult<Vec<OfferCourse>> {
    let mut offers = Vec::new();
    for course in store::catalogue(conn)? {
        let exams = course_exams(conn, &course.slug)?;
        if course.modules.is_empty() && exams.is_empty() {
            continue;
        }
        let c = &course.slug;
        offers.push(OfferCourse {
            course: Offer {
                value: format!("course:{c}"),
                title: course.title.clone(),
                path: format!("/courses/{c}"),
                custom: json!({"course": c}),
                line_item: None,
            },
            modules: course
                .modules
                .iter()
                .map(|m| Offer {
                    value: format!("module:{c}/{}", m.slug),
                    title: format!("{} · {}", course.title, m.title),
                    path: format!("/courses/{c}/{}", m.slug),
                    custom: json!({"course": c, "module": m.slug}),
                    line_item: None,
                })
                .collect(),
            exams: exams
                .iter()
                .map(|e| Offer {
                    value: format!("exam:{c}/{}", e.slug),
                    title: format!("{} · {}", course.title, e.title),
                    path: format!("/exams/{c}/{}", e.slug),
                    custom: json!({"course": c, "exam": e.slug}),
                    line_item: Some(json!({
                        "label": e.title,
                        "scoreMaximum": e.questions,
                        "resourceId": format!("exam:{c}/{}", e.slug),
                        "tag": "ess-exam",
                    })),
                })
                .collect(),
        });
    }
    Ok(offers)
}

/// The offers the instructor chose, in the catalogue's order; a value not offered is an error.
pub fn chosen(offers: &[OfferCourse], values: &[String], accept_multiple: bool) -> Result<Vec<Offer>, String> {
    if values.is_empty() {
        return Err(crate::i18n::t("lti-choose-one-at-least"));
    }
    if !accept_multiple && values.len() > 1 {
        return Err(crate::i18n::t("lti-choose-only-one"));
    }
    let all: Vec<&Offer> =
        offers.iter().flat_map(|c| std::iter::once(&c.course).chain(&c.modules).chain(&c.exams)).collect();
    if let Some(unknown) = values.iter().find(|v| !all.iter().any(|o| &o.value == *v)) {
        return Err(crate::i18n::tr("lti-choice-gone", &[("item", unknown.as_str().into())]));
    }
    Ok(all.into_iter().filter(|o| values.contains(&o.value)).cloned().collect())
}

/// The signed `LtiDeepLinkingResponse` for the chosen content.
pub fn response_jwt(
    key: &ToolKey,
    platform: &PlatformRow,
    request: &DeepLinkRow,
    items: &[Offer],
    public_url: &str,
    now: UnixSecs,
) -> anyhow::Result<String> {
    let content_items: Vec<Value> = items
        .iter()
        .map(|item| {
            let mut content = json!({
                "type": RESOURCE_LINK_TYPE,
                "title": item.title,
                "url": format!("{public_url}{}", item.path),
                "custom": item.custom,
            });
            if let Some(line_item) = &item.line_item {
                content["lineItem"] = line_item.clone();
            }
            content
        })
        .collect();
    let mut claims = json!({
        "iss": platform.client_id,
        "aud": platform.issuer,
        "iat": now,
        "exp": now + RESPONSE_TTL_SECS,
        "nonce": generate_token(),
        CLAIM_MESSAGE_TYPE: DEEP_LINKING_RESPONSE,
        CLAIM_VERSION: LTI_VERSION,
        CLAIM_DEPLOYMENT_ID: request.deployment_id,
        CLAIM_CONTENT_ITEMS: content_items,
    });
    if let (Some(data), Some(map)) = (&request.data, claims.as_object_mut()) {
        map.insert(CLAIM_DATA.to_owned(), Value::String(data.clone()));
    }
    key.sign(&claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offers() -> Vec<OfferCourse> {
        let offer = |value: &str| Offer {
            value: value.into(),
            title: value.into(),
            path: "/".into(),
            custom: Value::Null,
            line_item: None,
        };
        vec![OfferCourse {
            course: offer("course:c"),
            modules: vec![offer("module:c/m1"), offer("module:c/m2")],
            exams: vec![offer("exam:c/e")],
        }]
    }

    #[test]
    fn a_choice_must_be_offered_and_respect_accept_multiple() {
        let offers = offers();
        let pick =
            |v: &[&str], multiple| chosen(&offers, &v.iter().map(|s| s.to_string()).collect::<Vec<_>>(), multiple);
        assert!(pick(&[], true).is_err());
        assert!(pick(&["module:c/m9"], true).is_err());
        assert!(pick(&["module:c/m1", "exam:c/e"], false).is_err());
        let items = pick(&["exam:c/e", "module:c/m1"], true).unwrap();
        let values: Vec<&str> = items.iter().map(|o| o.value.as_str()).collect();
        assert_eq!(values, ["module:c/m1", "exam:c/e"], "in the catalogue's order");
    }
}
