//! LTI Assignment and Grade Services 2.0: exam results to the platform's gradebook.
//!
//! A resource-link launch to an exam that carries the AGS endpoint claim with a `lineitem` and
//! the `score` scope remembers that line item for the learner and the exam
//! (`lti_grade_links`). From then on each attempt of that exam queues scores for it in
//! `lti_scores`, in the transaction that starts or grades the attempt: `Started` / `NotReady`
//! when it starts, then `Completed` / `FullyGraded` with `scoreGiven` (questions right) and
//! `scoreMaximum` (questions asked) when it is graded. `ags_worker` posts them to
//! `<lineitem>/scores` with an access token from the platform's token endpoint (OAuth 2 client
//! credentials, a JWT assertion signed with the tool's key), through the same durable queue
//! mechanics as xAPI statements (`interop::outbound`): leases, retries with backoff, nothing lost
//! on a crash. The platform keeps the latest score by `timestamp`, so a later attempt's result
//! replaces an earlier one.
//!
//! A launch with only `lineitems` (no line item of its own) is not graded: the tool does not
//! create line items. Deep-linked exams ask the platform to create one (`lineItem` in the
//! content item), so their launches carry it.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::PlatformRow;
use crate::clock::{UnixSecs, rfc3339};
use crate::db::DbConnection;
use crate::db::schema::{
    attempts as a, courses as c, exams as e, lti_grade_links as gl, lti_platforms as p, lti_scores as s,
};

/// The AGS endpoint claim of a launch.
pub const CLAIM_ENDPOINT: &str = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
/// The scope that lets a tool post scores.
pub const SCOPE_SCORE: &str = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
/// The media type of a score.
pub const SCORE_MEDIA_TYPE: &str = "application/vnd.ims.lis.v1.score+json";

/// The AGS endpoint claim: the scopes granted, the context's line items and the link's own.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AgsEndpoint {
    #[serde(default)]
    pub scope: Vec<String>,
    pub lineitems: Option<String>,
    pub lineitem: Option<String>,
}

/// The `scores` URL of a line item: `/scores` added to its path, its query kept (AGS 2.0 §3.4).
pub fn scores_url(lineitem: &str) -> Option<String> {
    let mut url = url::Url::parse(lineitem).ok()?;
    let path = format!("{}/scores", url.path().trim_end_matches('/'));
    url.set_path(&path);
    Some(url.into())
}

/// The exam of a launch's destination (`/exams/{course}/{exam}`).
fn exam_of(conn: &mut DbConnection, destination: &str) -> QueryResult<Option<i64>> {
    let parts: Vec<&str> = destination.trim_matches('/').split('/').collect();
    let ["exams", course, exam] = parts.as_slice() else { return Ok(None) };
    e::table
        .inner_join(c::table)
        .filter(c::slug.eq(*course))
        .filter(e::slug.eq(*exam))
        .select(e::id)
        .first(conn)
        .optional()
}

/// Remembers the line item of a launch to an exam (when the platform granted the score scope);
/// returns whether one is kept. A line item that is not an https URL (or http on this machine)
/// is ignored, with a log line.
pub fn remember_link(
    conn: &mut DbConnection,
    now: UnixSecs,
    platform: &PlatformRow,
    user_id: i64,
    sub: &str,
    destination: &str,
    endpoint: Option<&AgsEndpoint>,
) -> QueryResult<bool> {
    let Some(endpoint) = endpoint else { return Ok(false) };
    let Some(lineitem) = endpoint.lineitem.as_deref() else { return Ok(false) };
    if !endpoint.scope.iter().any(|s| s == SCOPE_SCORE) {
        return Ok(false);
    }
    let lineitem = match super::endpoint(lineitem) {
        Ok(url) => url,
        Err(reason) => {
            tracing::info!("LTI platform {}: line item {lineitem:?} ignored: {reason}", platform.id);
            return Ok(false);
        }
    };
    let Some(exam_id) = exam_of(conn, destination)? else { return Ok(false) };
    crate::db::transaction(conn, |conn| {
        let known: Option<i64> = gl::table
            .filter(gl::platform_id.eq(platform.id))
            .filter(gl::user_id.eq(user_id))
            .filter(gl::exam_id.eq(exam_id))
            .filter(gl::lineitem.eq(&lineitem))
            .select(gl::id)
            .first(conn)
            .optional()?;
        match known {
            Some(id) => {
                diesel::update(gl::table.find(id)).set((gl::sub.eq(sub), gl::updated_at.eq(now))).execute(conn)?;
            }
            None => {
                diesel::insert_into(gl::table)
                    .values((
                        gl::platform_id.eq(platform.id),
                        gl::user_id.eq(user_id),
                        gl::exam_id.eq(exam_id),
                        gl::sub.eq(sub),
                        gl::lineitem.eq(&lineitem),
                        gl::created_at.eq(now),
                        gl::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
        }
        Ok(true)
    })
}

/// An AGS timestamp: ISO 8601 with sub-second precision.
fn timestamp(t: UnixSecs) -> String {
    rfc3339(t).replace('Z', ".000Z")
}

/// What an attempt says to a gradebook.
struct AttemptFacts {
    user_id: i64,
    started_at: i64,
    submitted_at: Option<i64>,
    correct: Option<i32>,
    total: i32,
    passed: Option<bool>,
    score_percent: Option<i32>,
    pass_percent: i32,
}

/// The score of an attempt for a platform's user: started, or graded.
fn score_body(sub: &str, attempt: &AttemptFacts) -> Value {
    match (attempt.passed, attempt.submitted_at) {
        (Some(passed), submitted) => {
            // Later than the start's score, which the platform would otherwise keep.
            let at = submitted.unwrap_or(attempt.started_at).max(attempt.started_at + 1);
            let verdict = if passed { "Passed" } else { "Not passed" };
            json!({
                "userId": sub,
                "scoreGiven": attempt.correct.unwrap_or(0),
                "scoreMaximum": attempt.total,
                "activityProgress": "Completed",
                "gradingProgress": "FullyGraded",
                "timestamp": timestamp(at),
                "comment": format!(
                    "{verdict}: {}% (pass mark {}%)",
                    attempt.score_percent.unwrap_or(0),
                    attempt.pass_percent
                ),
                "submission": {"startedAt": timestamp(attempt.started_at), "submittedAt": timestamp(at)},
            })
        }
        (None, _) => json!({
            "userId": sub,
            "activityProgress": "Started",
            "gradingProgress": "NotReady",
            "timestamp": timestamp(attempt.started_at),
        }),
    }
}

/// Queues the score of an attempt (started, or graded when it is) for every line item linked to
/// the learner and the exam. Call it in the transaction that starts or grades the attempt.
/// Returns how many scores were newly queued (a score already queued is not queued again).
pub fn queue_scores(conn: &mut DbConnection, attempt_id: i64, now: UnixSecs) -> QueryResult<usize> {
    // The line items first: most learners have none (they did not come through LTI), and then
    // the attempt is not read at all.
    let links: Vec<(i64, i64, String, String)> = gl::table
        .inner_join(a::table.on(a::user_id.eq(gl::user_id).and(a::exam_id.eq(gl::exam_id))))
        .filter(a::id.eq(attempt_id))
        .order(gl::id)
        .select((gl::id, gl::platform_id, gl::sub, gl::lineitem))
        .load(conn)?;
    if links.is_empty() {
        return Ok(0);
    }
    type Row = (i64, i64, Option<i64>, Option<i32>, i32, Option<bool>, Option<i32>, i32);
    let (user_id, started_at, submitted_at, correct, total, passed, score_percent, pass_percent): Row = a::table
        .inner_join(e::table)
        .filter(a::id.eq(attempt_id))
        .select((
            a::user_id,
            a::started_at,
            a::submitted_at,
            a::correct,
            a::total,
            a::passed,
            a::score_percent,
            e::pass_percent,
        ))
        .first(conn)?;
    let facts = AttemptFacts { user_id, started_at, submitted_at, correct, total, passed, score_percent, pass_percent };
    let stage = if facts.passed.is_some() { "graded" } else { "started" };
    let mut queued = 0;
    for (link_id, platform_id, sub, lineitem) in links {
        let event = format!("{stage}:{attempt_id}:{link_id}");
        let known: bool = diesel::select(diesel::dsl::exists(s::table.filter(s::event.eq(&event)))).get_result(conn)?;
        if known {
            continue;
        }
        diesel::insert_into(s::table)
            .values((
                s::event.eq(&event),
                s::platform_id.eq(platform_id),
                s::user_id.eq(Some(facts.user_id)),
                s::attempt_id.eq(Some(attempt_id)),
                s::lineitem.eq(&lineitem),
                s::body.eq(score_body(&sub, &facts).to_string()),
                s::created_at.eq(now),
                s::next_attempt_at.eq(now),
            ))
            .execute(conn)?;
        queued += 1;
    }
    Ok(queued)
}

/// Where a claimed score goes.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: i64,
    pub platform_id: i64,
    pub lineitem: String,
}

/// The destinations of claimed scores.
pub fn deliveries(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<Delivery>> {
    let rows: Vec<(i64, i64, String)> =
        s::table.filter(s::id.eq_any(ids)).select((s::id, s::platform_id, s::lineitem)).load(conn)?;
    Ok(rows.into_iter().map(|(id, platform_id, lineitem)| Delivery { id, platform_id, lineitem }).collect())
}

/// A line of the grade passback queue, as the admin page and the API show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ScoreItem {
    pub id: i64,
    /// The platform's issuer.
    pub issuer: String,
    /// The line item the score goes to.
    pub lineitem: String,
    /// `Started` or `Completed`.
    pub activity_progress: String,
    /// Questions right, once graded.
    pub score_given: Option<i64>,
    pub score_maximum: Option<i64>,
    /// `queued`, `sent` or `failing` (tried and not sent yet).
    pub state: String,
    pub tries: i32,
    pub last_error: Option<String>,
    /// RFC 3339.
    pub created_at: String,
}

/// The grade passback queue, newest first, optionally of one state.
pub fn score_items(conn: &mut DbConnection, state: Option<&str>, limit: i64) -> QueryResult<Vec<ScoreItem>> {
    let mut query = s::table.inner_join(p::table).into_boxed();
    query = match state {
        Some("sent") => query.filter(s::sent_at.is_not_null()),
        Some("queued") => query.filter(s::sent_at.is_null()).filter(s::last_error.is_null()),
        Some("failing") => query.filter(s::sent_at.is_null()).filter(s::last_error.is_not_null()),
        _ => query,
    };
    type ItemRow = (i64, String, String, String, i32, Option<String>, Option<i64>, i64);
    let rows: Vec<ItemRow> = query
        .order(s::id.desc())
        .limit(limit)
        .select((s::id, p::issuer, s::lineitem, s::body, s::tries, s::last_error, s::sent_at, s::created_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, issuer, lineitem, body, tries, last_error, sent_at, created_at)| {
            let body: Value = serde_json::from_str(&body).unwrap_or_default();
            ScoreItem {
                id,
                issuer,
                lineitem,
                activity_progress: body["activityProgress"].as_str().unwrap_or_default().to_owned(),
                score_given: body["scoreGiven"].as_i64(),
                score_maximum: body["scoreMaximum"].as_i64(),
                state: crate::interop::outbound::state_name(sent_at, last_error.as_deref()).to_owned(),
                tries,
                last_error,
                created_at: rfc3339(created_at),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(passed: Option<bool>, submitted_at: Option<i64>) -> AttemptFacts {
        AttemptFacts {
            user_id: 1,
            started_at: 1_800_000_000,
            submitted_at,
            correct: passed.map(|_| 28),
            total: 35,
            passed,
            score_percent: passed.map(|_| 80),
            pass_percent: 70,
        }
    }

    #[test]
    fn the_scores_url_adds_scores_to_the_path_and_keeps_the_query() {
        assert_eq!(
            scores_url("https://lms.example/context/2923/lineitems/1/lineitem").as_deref(),
            Some("https://lms.example/context/2923/lineitems/1/lineitem/scores")
        );
        assert_eq!(
            scores_url("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3").as_deref(),
            Some("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3")
        );
        assert_eq!(scores_url("https://lms.example/items/7/").as_deref(), Some("https://lms.example/items/7/scores"));
        assert_eq!(scores_url("not a url"), None);
    }

    #[test]
    fn a_started_attempt_is_not_ready_and_a_graded_one_is_fully_graded() {
        let started = score_body("sub-1", &facts(None, None));
        assert_eq!(started["activityProgress"], "Started");
        assert_eq!(started["gradingProgress"], "NotReady");
        assert!(started.get("scoreGiven").is_none(), "no score before grading");
        assert_eq!(started["timestamp"], "2027-01-15T08:00:00.000Z");

        let graded = score_body("sub-1", &facts(Some(true), Some(1_800_001_800)));
        assert_eq!(graded["userId"], "sub-1");
        assert_eq!(graded["scoreGiven"], 28);
        assert_eq!(graded["scoreMaximum"], 35);
        assert_eq!(graded["activityProgress"], "Completed");
        assert_eq!(graded["gradingProgress"], "FullyGraded");
        assert_eq!(graded["timestamp"], "2027-01-15T08:30:00.000Z");
        assert_eq!(graded["comment"], "Passed: 80% (pass mark 70%)");

        // Graded in the second it started: still later than the start.
        let quick = score_body("sub-1", &facts(Some(false), Some(1_800_000_000)));
        assert_eq!(quick["timestamp"], "2027-01-15T08:00:01.000Z");
        assert!(quick["comment"].as_str().unwrap().starts_with("Not passed"));
    }
}
