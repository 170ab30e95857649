//! The statements of each event, written where the event happens (in its transaction): each
//! function reads what the statement needs and queues it; nothing happens when xAPI is off.

use diesel::prelude::*;
use serde_json::json;

use super::xapi::{self, Activity, Statement, Verb, XapiSettings, course_activity};
use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::{
    attempts as a, courses as c, credentials as cr, exams as e, module_revisions as r, modules as m,
};

fn module_activity(conn: &mut DbConnection, module_id: i64) -> QueryResult<(Activity, i64)> {
    let (course_id, course, slug, title): (i64, String, String, Option<String>) = m::table
        .inner_join(c::table)
        .left_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::id.eq(module_id))
        .select((c::id, c::slug, m::slug, r::title.nullable()))
        .first(conn)?;
    let name = title.unwrap_or_else(|| slug.clone());
    Ok((Activity { path: format!("/courses/{course}/{slug}"), kind: "module", name }, course_id))
}

/// `registered` for every course: a new account is enrolled in each.
pub fn registered(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    user_id: i64,
    now: UnixSecs,
) -> QueryResult<()> {
    if settings.is_none() {
        return Ok(());
    }
    let courses: Vec<i64> = c::table.select(c::id).order(c::id).load(conn)?;
    for course_id in courses {
        let course = course_activity(conn, course_id)?;
        let statement = Statement {
            verb: Verb::Registered,
            user_id,
            event: format!("registered:{user_id}:{}", course.path),
            object: &course,
            parent: None,
            result: None,
            extensions: None,
            at: now,
        };
        xapi::queue(conn, settings, &statement)?;
    }
    Ok(())
}

/// `progressed` on a module (throttled), from a heartbeat.
pub fn progressed(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    user_id: i64,
    module_id: i64,
    progress: (i64, i32),
    now: UnixSecs,
) -> QueryResult<()> {
    if settings.is_none() {
        return Ok(());
    }
    let (module, course_id) = module_activity(conn, module_id)?;
    xapi::queue_progress(conn, settings, user_id, &module, course_id, progress, now).map(|_| ())
}

/// `completed` a module.
pub fn module_completed(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    user_id: i64,
    module_id: i64,
    active_seconds: i64,
    now: UnixSecs,
) -> QueryResult<()> {
    if settings.is_none() {
        return Ok(());
    }
    let (module, course_id) = module_activity(conn, module_id)?;
    let course = course_activity(conn, course_id)?;
    let statement = Statement {
        verb: Verb::Completed,
        user_id,
        event: format!("completed:{user_id}:{}", module.path),
        object: &module,
        parent: Some(&course),
        result: Some(json!({"completion": true, "duration": xapi::iso_duration(active_seconds)})),
        extensions: None,
        at: now,
    };
    xapi::queue(conn, settings, &statement).map(|_| ())
}

/// `completed` the training of a course.
pub fn training_completed(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    user_id: i64,
    course_id: i64,
    now: UnixSecs,
) -> QueryResult<()> {
    if settings.is_none() {
        return Ok(());
    }
    let course = course_activity(conn, course_id)?;
    let statement = Statement {
        verb: Verb::Completed,
        user_id,
        event: format!("completed:{user_id}:{}", course.path),
        object: &course,
        parent: None,
        result: Some(json!({"completion": true})),
        extensions: None,
        at: now,
    };
    xapi::queue(conn, settings, &statement).map(|_| ())
}

/// `attempted` (started), or `passed` / `failed` (graded) an exam attempt.
pub fn exam(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    attempt_id: i64,
    now: UnixSecs,
) -> QueryResult<()> {
    exam_statement(conn, settings, attempt_id, false, now)
}

/// The statement of an attempt: `attempted` when `started` is asked for or it is not graded yet,
/// else `passed` / `failed` with its score.
fn exam_statement(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    attempt_id: i64,
    started: bool,
    now: UnixSecs,
) -> QueryResult<()> {
    if settings.is_none() {
        return Ok(());
    }
    type Line = (i64, i64, i64, Option<i64>, Option<i32>, i32, Option<bool>, String, String);
    let (user_id, course_id, started_at, submitted, correct, total, passed, slug, title): Line = a::table
        .inner_join(e::table)
        .filter(a::id.eq(attempt_id))
        .select((
            a::user_id,
            e::course_id,
            a::started_at,
            a::submitted_at,
            a::correct,
            a::total,
            a::passed,
            e::slug,
            e::title,
        ))
        .first(conn)?;
    let passed = passed.filter(|_| !started);
    let course = course_activity(conn, course_id)?;
    let object = Activity {
        path: format!("/exams/{}/{slug}", course.path.trim_start_matches("/courses/")),
        kind: "assessment",
        name: title,
    };
    let (verb, result) = match passed {
        None => (Verb::Attempted, None),
        Some(pass) => (
            if pass { Verb::Passed } else { Verb::Failed },
            Some(xapi::exam_result(
                i64::from(correct.unwrap_or(0)),
                i64::from(total),
                pass,
                submitted.unwrap_or(now) - started_at,
            )),
        ),
    };
    let statement = Statement {
        verb,
        user_id,
        event: format!("{}:attempt:{attempt_id}", verb.name()),
        object: &object,
        parent: Some(&course),
        result,
        extensions: Some(json!({"https://ess-academy.example/xapi/extensions/attempt": attempt_id})),
        at: if passed.is_some() { submitted.unwrap_or(now) } else { started_at },
    };
    xapi::queue(conn, settings, &statement).map(|_| ())
}

fn credential_activity(conn: &mut DbConnection, credential_id: i64) -> QueryResult<(Activity, i64, i64, String, i64)> {
    let (public_id, user_id, course_id, title, expires_at): (String, i64, i64, String, i64) = cr::table
        .find(credential_id)
        .select((cr::public_id, cr::user_id, cr::course_id, cr::title, cr::expires_at))
        .first(conn)?;
    let activity = Activity { path: format!("/verify/{public_id}"), kind: "badge", name: title };
    Ok((activity, user_id, course_id, public_id, expires_at))
}

/// `earned` the credential: at its issue, and again at each renewal (`renewed` extension).
pub fn earned(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    credential_id: i64,
    renewed: bool,
    now: UnixSecs,
) -> QueryResult<()> {
    let Some(s) = settings else { return Ok(()) };
    let (object, user_id, course_id, public_id, expires_at) = credential_activity(conn, credential_id)?;
    let course = course_activity(conn, course_id)?;
    let event = if renewed { format!("renewed:{public_id}:{expires_at}") } else { format!("earned:{public_id}") };
    let statement = Statement {
        verb: Verb::Earned,
        user_id,
        event,
        object: &object,
        parent: Some(&course),
        result: Some(json!({"success": true, "completion": true})),
        extensions: Some(json!({
            "https://ess-academy.example/xapi/extensions/verification-url": format!("{}/verify/{public_id}", s.public_url),
            "https://ess-academy.example/xapi/extensions/expires": crate::clock::rfc3339(expires_at),
            "https://ess-academy.example/xapi/extensions/renewed": renewed,
        })),
        at: now,
    };
    xapi::queue(conn, settings, &statement).map(|_| ())
}

/// A revocation voids the credential's `earned` statements.
pub fn revoked(
    conn: &mut DbConnection,
    settings: Option<&XapiSettings>,
    credential_id: i64,
    now: UnixSecs,
) -> QueryResult<()> {
    if settings.is_none() {
        return Ok(());
    }
    let (object, user_id, ..) = credential_activity(conn, credential_id)?;
    xapi::void_earned(conn, settings, user_id, &object.path, now).map(|_| ())
}

/// Queues again the statements of every event since `since` (an LRS connected later): accounts,
/// module and training completions, exam attempts and results, credentials earned, revocations.
/// Statement ids follow the events, so statements already queued or sent are not repeated.
/// Returns how many statements were newly queued.
pub fn replay(conn: &mut DbConnection, settings: &XapiSettings, since: UnixSecs) -> QueryResult<usize> {
    use crate::db::schema::{module_progress as mp, training_completions as tc, users as u, xapi_statements as x};
    let s = Some(settings);
    let before: i64 = x::table.count().get_result(conn)?;
    let users: Vec<(i64, i64)> = u::table
        .filter(u::created_at.ge(since))
        .filter(u::role.ne("programme_admin"))
        .select((u::id, u::created_at))
        .load(conn)?;
    for (id, at) in users {
        crate::db::transaction(conn, |conn| registered(conn, s, id, at))?;
    }
    let modules: Vec<(i64, i64, i64, Option<i64>)> = mp::table
        .filter(mp::completed_at.ge(since))
        .select((mp::user_id, mp::module_id, mp::active_seconds, mp::completed_at))
        .load(conn)?;
    for (user, module, active, at) in modules {
        crate::db::transaction(conn, |conn| module_completed(conn, s, user, module, active, at.unwrap_or(since)))?;
    }
    let trainings: Vec<(i64, i64, i64)> = tc::table
        .filter(tc::completed_at.ge(since))
        .select((tc::user_id, tc::course_id, tc::completed_at))
        .load(conn)?;
    for (user, course, at) in trainings {
        crate::db::transaction(conn, |conn| training_completed(conn, s, user, course, at))?;
    }
    let attempts: Vec<(i64, Option<bool>, Option<i64>)> =
        a::table.filter(a::started_at.ge(since)).order(a::id).select((a::id, a::passed, a::submitted_at)).load(conn)?;
    for (id, passed, submitted) in attempts {
        crate::db::transaction(conn, |conn| -> QueryResult<()> {
            // The start first (as it happened), then the result when there is one.
            if passed.is_some() {
                exam_statement(conn, s, id, true, since)?;
            }
            exam(conn, s, id, submitted.unwrap_or(since))
        })?;
    }
    let credentials: Vec<(i64, i64, Option<i64>)> =
        cr::table.filter(cr::issued_at.ge(since)).select((cr::id, cr::issued_at, cr::revoked_at)).load(conn)?;
    for (id, issued, revoked_at) in credentials {
        crate::db::transaction(conn, |conn| -> QueryResult<()> {
            earned(conn, s, id, false, issued)?;
            if let Some(at) = revoked_at {
                revoked(conn, s, id, at)?;
            }
            Ok(())
        })?;
    }
    let after: i64 = x::table.count().get_result(conn)?;
    Ok((after - before) as usize)
}
