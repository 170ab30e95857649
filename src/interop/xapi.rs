//! xAPI 1.0.3 statements about learners, queued in `xapi_statements` in the same transaction as
//! the event that causes them, and sent to the LRS by `xapi_worker`.
//!
//! Every statement has a UUID derived from its event (v5 over the public URL and an event key),
//! so a replay of past events or a batch resent after a crash carries the same ids, and an LRS
//! answers a known id without storing it twice. The actor is an account on the public URL with
//! an opaque name (a keyed hash of the user id; no e-mail leaves the system) unless
//! `ESS_XAPI_ACTOR=mbox`.
//!
//! Verbs: `registered` (the account, enrolled in every course), `progressed` (a module, at most
//! one per learner and module every [`PROGRESS_EVERY_SECS`]), `completed` (a module, the
//! training), `attempted` / `passed` / `failed` (an exam attempt), `earned` (the credential,
//! with its verification URL) and, for a renewal, `earned` again with the `renewed` extension.
//! A revocation voids the `earned` statements of the credential (`voided`, a StatementRef).

use diesel::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::clock::{UnixSecs, rfc3339};
use crate::db::DbConnection;
use crate::db::schema::{users as u, xapi_statements as x};

/// The version header and the version of every statement.
pub const XAPI_VERSION: &str = "1.0.3";
/// A learner's `progressed` statements on one module are at least this far apart.
pub const PROGRESS_EVERY_SECS: i64 = 300;
/// The platform named in every statement's context.
pub const PLATFORM: &str = "ESS Academy";

/// How the actor is identified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorMode {
    /// `{"account": {"homePage": <public url>, "name": <opaque id>}}`.
    Account,
    /// `{"mbox": "mailto:<e-mail>"}`, for LRSs that join on e-mail.
    Mbox,
}

/// Where statements go and how they name people. Present only when `ESS_XAPI_URL` is set.
#[derive(Debug, Clone)]
pub struct XapiSettings {
    /// The LRS endpoint, ending with `/` (statements are posted to `<url>statements`).
    pub url: String,
    pub user: String,
    pub password: String,
    pub actor: ActorMode,
    pub public_url: String,
    /// Keys the opaque actor names (derived from the session secret).
    pub actor_key: [u8; 32],
}

impl XapiSettings {
    /// The opaque, stable name of a person in statements.
    pub fn actor_name(&self, user_id: i64) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.actor_key);
        hasher.update(b"xapi-actor:");
        hasher.update(user_id.to_be_bytes());
        hasher.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
    }

    fn statement_id(&self, event: &str) -> String {
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("{}/xapi/{event}", self.public_url).as_bytes())
            .to_string()
    }
}

/// A verb: its short name (stored) and IRI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Registered,
    Progressed,
    Completed,
    Attempted,
    Passed,
    Failed,
    Earned,
    Voided,
}

impl Verb {
    pub fn name(self) -> &'static str {
        match self {
            Verb::Registered => "registered",
            Verb::Progressed => "progressed",
            Verb::Completed => "completed",
            Verb::Attempted => "attempted",
            Verb::Passed => "passed",
            Verb::Failed => "failed",
            Verb::Earned => "earned",
            Verb::Voided => "voided",
        }
    }

    pub fn iri(self) -> &'static str {
        match self {
            Verb::Earned => "http://id.tincanapi.com/verb/earned",
            other => match other.name() {
                "registered" => "http://adlnet.gov/expapi/verbs/registered",
                "progressed" => "http://adlnet.gov/expapi/verbs/progressed",
                "completed" => "http://adlnet.gov/expapi/verbs/completed",
                "attempted" => "http://adlnet.gov/expapi/verbs/attempted",
                "passed" => "http://adlnet.gov/expapi/verbs/passed",
                "failed" => "http://adlnet.gov/expapi/verbs/failed",
                _ => "http://adlnet.gov/expapi/verbs/voided",
            },
        }
    }
}

/// An activity a statement is about.
#[derive(Debug, Clone)]
pub struct Activity {
    /// The path under the public URL (`/courses/x/y`).
    pub path: String,
    /// `course`, `module`, `assessment` or `badge` (ADL activity types).
    pub kind: &'static str,
    pub name: String,
}

impl Activity {
    fn to_json(&self, public_url: &str) -> Value {
        let kind = match self.kind {
            "badge" => "https://w3id.org/xapi/tla/activity-types/credential".to_owned(),
            other => format!("http://adlnet.gov/expapi/activities/{other}"),
        };
        json!({
            "objectType": "Activity",
            "id": format!("{public_url}{}", self.path),
            "definition": {"type": kind, "name": {"en-US": self.name}},
        })
    }
}

/// The course a statement's activity belongs to.
pub fn course_activity(conn: &mut DbConnection, course_id: i64) -> QueryResult<Activity> {
    use crate::db::schema::courses as c;
    let (slug, title): (String, String) = c::table.find(course_id).select((c::slug, c::title)).first(conn)?;
    Ok(Activity { path: format!("/courses/{slug}"), kind: "course", name: title })
}

/// One statement to queue.
pub struct Statement<'a> {
    pub verb: Verb,
    pub user_id: i64,
    /// The event key the statement's id is derived from (unique per event).
    pub event: String,
    pub object: &'a Activity,
    pub parent: Option<&'a Activity>,
    pub result: Option<Value>,
    /// Extensions of the context (e.g. the verification URL).
    pub extensions: Option<Value>,
    pub at: UnixSecs,
}

fn actor(conn: &mut DbConnection, settings: &XapiSettings, user_id: i64) -> QueryResult<Value> {
    Ok(match settings.actor {
        ActorMode::Account => json!({
            "objectType": "Agent",
            "account": {"homePage": settings.public_url, "name": settings.actor_name(user_id)},
        }),
        ActorMode::Mbox => {
            let (email, name): (String, String) = u::table.find(user_id).select((u::email, u::name)).first(conn)?;
            json!({"objectType": "Agent", "name": name, "mbox": format!("mailto:{email}")})
        }
    })
}

fn insert(
    conn: &mut DbConnection,
    verb: Verb,
    user_id: i64,
    object_key: &str,
    id: &str,
    body: &Value,
    at: UnixSecs,
) -> QueryResult<bool> {
    let known: bool = diesel::select(diesel::dsl::exists(x::table.filter(x::statement_id.eq(id)))).get_result(conn)?;
    if known {
        return Ok(false);
    }
    diesel::insert_into(x::table)
        .values((
            x::statement_id.eq(id),
            x::verb.eq(verb.name()),
            x::user_id.eq(Some(user_id)),
            x::object_key.eq(object_key),
            x::body.eq(body.to_string()),
            x::created_at.eq(at),
            x::next_attempt_at.eq(at),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Queues a statement (nothing when xAPI is off); `false` when its event was queued before.
pub fn queue(conn: &mut DbConnection, settings: Option<&XapiSettings>, statement: &Statement) -> QueryResult<bool> {
    let Some(settings) = settings else { return Ok(false) };
    let id = settings.statement_id(&statement.event);
    let mut context = json!({"platform": PLATFORM, "language": "en-US"});
    if let Some(parent) = statement.parent {
        context["contextActivities"] = json!({"parent": [parent.to_json(&settings.public_url)]});
    }
    if let Some(extensions) = &statement.extensions {
        context["extensions"] = extensions.clone();
    }
    let mut body = json!({
        "id": id,
        "actor": actor(conn, settings, statement.user_id)?,
        "verb": {"id": statement.verb.iri(), "display": {"en-US": statement.verb.name()}},
        "object": statement.object.to_json(&settings.public_url),
        "context": context,
        "timestamp": rfc3339(statement.at),
        "version": XAPI_VERSION,
    });
    if let Some(result) = &statement.result {
        body["result"] = result.clone();
    }
    insert(conn, statement.verb, statement.user_id, &statement.object.path, &id, &body, statement.at)
}

/// Queues `progressed` unless the learner's last one on this module is less than
/// [`PROGRESS_EVERY_SECS`] old.
pub fn queue_progress(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    user_id: i64,
    module: &Activity,
    course_id: i64,
    (active_seconds, position_permille): (i64, i32),
    now: UnixSecs,
) -> QueryResult<bool> {
    if settings.is_none() {
        return Ok(false);
    }
    let recent: bool = diesel::select(diesel::dsl::exists(
        x::table
            .filter(x::user_id.eq(user_id))
            .filter(x::verb.eq(Verb::Progressed.name()))
            .filter(x::object_key.eq(&module.path))
            .filter(x::created_at.gt(now - PROGRESS_EVERY_SECS)),
    ))
    .get_result(conn)?;
    if recent {
        return Ok(false);
    }
    // Only a beat that makes a statement reads the course (most beats stop above).
    let course = course_activity(conn, course_id)?;
    let result = json!({
        "completion": false,
        "extensions": {
            "https://w3id.org/xapi/cmi5/result/extensions/progress": position_permille / 10,
            "https://ess-academy.example/xapi/extensions/active-seconds": active_seconds,
            "https://ess-academy.example/xapi/extensions/position": f64::from(position_permille) / 1000.0,
        }
    });
    queue(
        conn,
        settings,
        &Statement {
            verb: Verb::Progressed,
            user_id,
            event: format!("progressed:{user_id}:{}:{now}", module.path),
            object: module,
            parent: Some(&course),
            result: Some(result),
            extensions: None,
            at: now,
        },
    )
}

/// Voids every `earned` statement queued about a credential (its revocation).
pub fn void_earned(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    user_id: i64,
    credential_path: &str,
    now: UnixSecs,
) -> QueryResult<usize> {
    let Some(settings) = settings else { return Ok(0) };
    let earned: Vec<String> = x::table
        .filter(x::verb.eq(Verb::Earned.name()))
        .filter(x::object_key.eq(credential_path))
        .select(x::statement_id)
        .load(conn)?;
    let mut voided = 0;
    for target in earned {
        let id = settings.statement_id(&format!("voided:{target}"));
        let body = json!({
            "id": id,
            "actor": actor(conn, settings, user_id)?,
            "verb": {"id": Verb::Voided.iri(), "display": {"en-US": "voided"}},
            "object": {"objectType": "StatementRef", "id": target},
            "context": {"platform": PLATFORM},
            "timestamp": rfc3339(now),
            "version": XAPI_VERSION,
        });
        voided += usize::from(insert(conn, Verb::Voided, user_id, credential_path, &id, &body, now)?);
    }
    Ok(voided)
}

/// The score part of an exam attempt's result.
pub fn exam_result(correct: i64, total: i64, pass: bool, duration_secs: i64) -> Value {
    let scaled = if total > 0 { (correct as f64 / total as f64 * 10_000.0).round() / 10_000.0 } else { 0.0 };
    json!({
        "score": {"scaled": scaled, "raw": correct, "min": 0, "max": total},
        "success": pass,
        "completion": true,
        "duration": iso_duration(duration_secs),
    })
}

/// `PT1H2M3S`.
pub fn iso_duration(secs: i64) -> String {
    let secs = secs.max(0);
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let mut out = "PT".to_owned();
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    out.push_str(&format!("{s}S"));
    out
}

/// A line of the admin's queue.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueItem {
    pub id: i64,
    pub statement_id: String,
    pub verb: String,
    /// `queued`, `sent` or `failing` (tried and not sent yet).
    pub state: String,
    pub tries: i32,
    pub last_error: Option<String>,
    /// RFC 3339.
    pub created_at: String,
}

/// The queue, newest first, optionally of one state.
pub fn queue_items(conn: &mut DbConnection, state: Option<&str>, limit: i64) -> QueryResult<Vec<QueueItem>> {
    let mut query = x::table.into_boxed();
    query = match state {
        Some("sent") => query.filter(x::sent_at.is_not_null()),
        Some("queued") => query.filter(x::sent_at.is_null()).filter(x::last_error.is_null()),
        Some("failing") => query.filter(x::sent_at.is_null()).filter(x::last_error.is_not_null()),
        _ => query,
    };
    type QueueRow = (i64, String, String, i32, Option<String>, Option<i64>, i64);
    let rows: Vec<QueueRow> = query
        .order(x::id.desc())
        .limit(limit)
        .select((x::id, x::statement_id, x::verb, x::tries, x::last_error, x::sent_at, x::created_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, statement_id, verb, tries, last_error, sent_at, created_at)| QueueItem {
            id,
            statement_id,
            verb,
            state: super::outbound::state_name(sent_at, last_error.as_deref()).to_owned(),
            tries,
            last_error,
            created_at: rfc3339(created_at),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> XapiSettings {
        XapiSettings {
            url: "http://lrs.example/xAPI/".into(),
            user: "u".into(),
            password: "p".into(),
            actor: ActorMode::Account,
            public_url: "https://academy.example".into(),
            actor_key: [7; 32],
        }
    }

    #[test]
    fn ids_follow_the_event_and_actors_are_opaque() {
        let s = settings();
        assert_eq!(s.statement_id("registered:1"), s.statement_id("registered:1"));
        assert_ne!(s.statement_id("registered:1"), s.statement_id("registered:2"));
        let id = uuid::Uuid::parse_str(&s.statement_id("x")).unwrap();
        assert_eq!(id.get_version_num(), 5);
        let name = s.actor_name(42);
        assert_eq!(name.len(), 32);
        assert_ne!(name, s.actor_name(43));
        assert!(!name.contains("42"));
        let mut other = settings();
        other.actor_key = [8; 32];
        assert_ne!(other.actor_name(42), name, "the name depends on the secret");
    }

    #[test]
    fn results_and_durations_are_what_xapi_says() {
        assert_eq!(iso_duration(3723), "PT1H2M3S");
        assert_eq!(iso_duration(59), "PT59S");
        assert_eq!(iso_duration(0), "PT0S");
        let r = exam_result(28, 35, true, 1800);
        assert_eq!(r["score"], json!({"scaled": 0.8, "raw": 28, "min": 0, "max": 35}));
        assert_eq!(r["success"], true);
        assert_eq!(r["duration"], "PT30M0S");
        assert_eq!(Verb::Earned.iri(), "http://id.tincanapi.com/verb/earned");
        assert_eq!(Verb::Progressed.iri(), "http://adlnet.gov/expapi/verbs/progressed");
    }
}
