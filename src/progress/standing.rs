//! Where a learner stands: per course and module, what is done, what is active, what is next;
//! and the training's completion, recorded the moment it is earned.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use serde::Serialize;

use super::required_seconds;
use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::db::schema::{
    courses as c, exemptions as ex, learner_clocks as lc, module_progress as mp, module_revisions as r, modules as m,
    training_completions as tc,
};

/// A required module of a course: published, not retired, not optional.
struct RequiredModule {
    id: i64,
    slug: String,
    title: String,
    minutes: i64,
    optional: bool,
}

fn course_modules(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<RequiredModule>> {
    let optional_json: String = c::table.find(course_id).select(c::optional_modules_json).first(conn)?;
    let optional: HashSet<String> =
        serde_json::from_str::<Vec<String>>(&optional_json).unwrap_or_default().into_iter().collect();
    let rows: Vec<(i64, String, String, i32)> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course_id))
        .filter(m::retired_at.is_null())
        .filter(m::track.eq("path"))
        .order((m::position, m::id))
        .select((m::id, m::slug, r::title, r::minutes))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, slug, title, minutes)| RequiredModule {
            optional: optional.contains(&slug),
            id,
            slug,
            title,
            minutes: i64::from(minutes),
        })
        .collect())
}

/// The learner's exemptions in a course: (the whole training, these modules).
fn exemptions_of(conn: &mut DbConnection, user_id: i64, course_id: i64) -> QueryResult<(bool, HashSet<i64>)> {
    let rows: Vec<Option<i64>> = ex::table
        .filter(ex::user_id.eq(user_id))
        .filter(ex::course_id.eq(course_id))
        .select(ex::module_id)
        .load(conn)?;
    Ok((rows.iter().any(Option::is_none), rows.into_iter().flatten().collect()))
}

/// Records that the training is complete when every required module is complete or exempt (or
/// the whole training is exempt). Returns whether it was recorded now.
pub fn record_training_completion(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    course_id: i64,
) -> QueryResult<bool> {
    let done: bool = diesel::select(diesel::dsl::exists(
        tc::table.filter(tc::user_id.eq(user_id)).filter(tc::course_id.eq(course_id)),
    ))
    .get_result(conn)?;
    if done {
        return Ok(false);
    }
    let (whole, exempt) = exemptions_of(conn, user_id, course_id)?;
    let modules = course_modules(conn, course_id)?;
    let completed: HashSet<i64> = mp::table
        .filter(mp::user_id.eq(user_id))
        .filter(mp::completed_at.is_not_null())
        .select(mp::module_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let required: Vec<&RequiredModule> = modules.iter().filter(|m| !m.optional).collect();
    let complete =
        whole || (!required.is_empty() && required.iter().all(|m| completed.contains(&m.id) || exempt.contains(&m.id)));
    if !complete {
        return Ok(false);
    }
    let inserted = diesel::sql_query("INSERT INTO training_completions (user_id, course_id, completed_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, course_id) DO NOTHING")
        .bind::<BigInt, _>(user_id)
        .bind::<BigInt, _>(course_id)
        .bind::<BigInt, _>(now)
        .execute(conn)?;
    Ok(inserted == 1)
}

/// When the learner's training in a course was completed, if it was.
pub fn training_completed_at(conn: &mut DbConnection, user_id: i64, course_id: i64) -> QueryResult<Option<i64>> {
    tc::table
        .filter(tc::user_id.eq(user_id))
        .filter(tc::course_id.eq(course_id))
        .select(tc::completed_at)
        .first(conn)
        .optional()
}

/// A renewal module and whether the learner has done it for the renewal at hand.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RenewalModule {
    pub slug: String,
    pub title: String,
    pub minutes: i64,
    /// Complete, or exempt by an exemption granted since `since`.
    pub completed: bool,
}

/// The renewal modules of a course (published, not retired), each with whether the learner has
/// completed it (the same honest time tracking as every module) or was exempted from it since
/// `since` (the start of the credential's current period: an exemption of an earlier renewal
/// does not count again).
pub fn renewal_modules(
    conn: &mut DbConnection,
    user_id: i64,
    course_id: i64,
    since: UnixSecs,
) -> QueryResult<Vec<RenewalModule>> {
    let rows: Vec<(i64, String, String, i32)> = m::table
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course_id))
        .filter(m::retired_at.is_null())
        .filter(m::track.eq("renewal"))
        .order((m::position, m::id))
        .select((m::id, m::slug, r::title, r::minutes))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(id, ..)| *id).collect();
    let completed: HashSet<i64> = mp::table
        .filter(mp::user_id.eq(user_id))
        .filter(mp::module_id.eq_any(&ids))
        .filter(mp::completed_at.is_not_null())
        .select(mp::module_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let exempt: HashSet<i64> = ex::table
        .filter(ex::user_id.eq(user_id))
        .filter(ex::course_id.eq(course_id))
        .filter(ex::created_at.ge(since))
        .select(ex::module_id)
        .load::<Option<i64>>(conn)?
        .into_iter()
        .flatten()
        .collect();
    Ok(rows
        .into_iter()
        .map(|(id, slug, title, minutes)| RenewalModule {
            completed: completed.contains(&id) || exempt.contains(&id),
            slug,
            title,
            minutes: i64::from(minutes),
        })
        .collect())
}

/// After a renewal, the renewal modules start afresh for the next one: their progress rows are
/// cleared (the renewal's history records that they were done). Returns the active seconds that
/// were cleared.
pub fn restart_renewal_modules(conn: &mut DbConnection, user_id: i64, course_id: i64) -> QueryResult<i64> {
    let ids: Vec<i64> =
        m::table.filter(m::course_id.eq(course_id)).filter(m::track.eq("renewal")).select(m::id).load(conn)?;
    let seconds: Vec<i64> = mp::table
        .filter(mp::user_id.eq(user_id))
        .filter(mp::module_id.eq_any(&ids))
        .select(mp::active_seconds)
        .load(conn)?;
    diesel::update(mp::table.filter(mp::user_id.eq(user_id)).filter(mp::module_id.eq_any(&ids)))
        .set((
            mp::completed_at.eq(None::<i64>),
            mp::reached_end.eq(false),
            mp::max_position_permille.eq(0),
            mp::active_seconds.eq(0),
        ))
        .execute(conn)?;
    Ok(seconds.into_iter().sum())
}

/// A module as the learner stands in it.
#[derive(Debug, Clone, Serialize)]
pub struct ModuleStanding {
    pub slug: String,
    pub title: String,
    pub minutes: i64,
    pub active_seconds: i64,
    pub required_seconds: i64,
    pub reached_end: bool,
    pub completed: bool,
    pub exempt: bool,
    pub optional: bool,
    pub completed_at: Option<i64>,
    /// `not_started`, `in_progress`, `complete` or `exempt`.
    pub state: &'static str,
    /// The state for people, in the language being served: "Not started", "In progress",
    /// "Complete", "Exempt".
    pub state_label: String,
    /// Whole minutes, for pages.
    pub active_minutes: i64,
    pub required_minutes: i64,
}

/// Where to pick up.
#[derive(Debug, Clone, Serialize)]
pub struct Resume {
    pub slug: String,
    pub title: String,
    /// How far the learner had read, 0–100.
    pub percent: i64,
}

/// A course as the learner stands in it.
#[derive(Debug, Clone, Serialize)]
pub struct CourseStanding {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub active_seconds: i64,
    pub estimated_seconds: i64,
    /// Whole minutes, for pages.
    pub active_minutes: i64,
    pub estimated_minutes: i64,
    pub training_complete: bool,
    pub completed_at: Option<i64>,
    /// The whole training was marked complete by an admin.
    pub exempt: bool,
    pub modules: Vec<ModuleStanding>,
    pub required_count: usize,
    pub done_count: usize,
    /// Share of required modules done, 0–100.
    pub percent: i64,
    pub resume: Option<Resume>,
    /// The first required module not yet done.
    pub next_module: Option<Resume>,
}

/// The learner's standing in every course.
pub fn learner_standing(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<CourseStanding>> {
    let courses: Vec<(i64, String, String, String, i32)> = c::table
        .order(c::title)
        .select((c::id, c::slug, c::title, c::summary, c::min_active_share_permille))
        .load(conn)?;
    let progress: HashMap<i64, (i64, bool, Option<i64>, i32)> = mp::table
        .filter(mp::user_id.eq(user_id))
        .select((mp::module_id, mp::active_seconds, mp::reached_end, mp::completed_at, mp::max_position_permille))
        .load::<(i64, i64, bool, Option<i64>, i32)>(conn)?
        .into_iter()
        .map(|(id, a, e, done, pos)| (id, (a, e, done, pos)))
        .collect();
    let last: Option<(Option<i64>, i32)> =
        lc::table.find(user_id).select((lc::last_module_id, lc::last_position_permille)).first(conn).optional()?;
    let mut out = Vec::new();
    for (course_id, slug, title, summary, share) in courses {
        let modules = course_modules(conn, course_id)?;
        if modules.is_empty() {
            continue;
        }
        let (whole, exempt) = exemptions_of(conn, user_id, course_id)?;
        let completed_at = training_completed_at(conn, user_id, course_id)?;
        let mut standings = Vec::new();
        let mut resume = None;
        for module in &modules {
            let (active, ended, done_at, position) = progress.get(&module.id).copied().unwrap_or((0, false, None, 0));
            let is_exempt = whole || exempt.contains(&module.id);
            let state = if done_at.is_some() {
                "complete"
            } else if is_exempt {
                "exempt"
            } else if active > 0 || ended || position > 0 || progress.contains_key(&module.id) {
                "in_progress"
            } else {
                "not_started"
            };
            if let Some((Some(last_module), last_position)) = last
                && last_module == module.id
            {
                resume = Some(Resume {
                    slug: module.slug.clone(),
                    title: module.title.clone(),
                    percent: i64::from(last_position) / 10,
                });
            }
            let required = required_seconds(module.minutes, i64::from(share));
            standings.push(ModuleStanding {
                state_label: crate::i18n::t(match state {
                    "complete" => "module-state-complete",
                    "exempt" => "module-state-exempt",
                    "in_progress" => "module-state-in-progress",
                    _ => "module-state-not-started",
                }),
                active_minutes: active / 60,
                required_minutes: (required + 59) / 60,
                slug: module.slug.clone(),
                title: module.title.clone(),
                minutes: module.minutes,
                active_seconds: active,
                required_seconds: required,
                reached_end: ended,
                completed: done_at.is_some(),
                exempt: is_exempt,
                optional: module.optional,
                completed_at: done_at,
                state,
            });
        }
        let required: Vec<&ModuleStanding> = standings.iter().filter(|m| !m.optional).collect();
        let done = required.iter().filter(|m| m.completed || m.exempt).count();
        let next_module = required.iter().find(|m| !m.completed && !m.exempt).map(|m| Resume {
            slug: m.slug.clone(),
            title: m.title.clone(),
            percent: 0,
        });
        let active_seconds: i64 = standings.iter().map(|m| m.active_seconds).sum();
        let estimated_seconds: i64 = standings.iter().map(|m| m.minutes * 60).sum();
        out.push(CourseStanding {
            active_seconds,
            estimated_seconds,
            active_minutes: active_seconds / 60,
            estimated_minutes: estimated_seconds / 60,
            training_complete: completed_at.is_some(),
            completed_at,
            exempt: whole,
            required_count: required.len(),
            done_count: done,
            percent: if required.is_empty() { 100 } else { (done * 100 / required.len()) as i64 },
            resume,
            next_module,
            modules: standings,
            slug,
            title,
            summary,
        });
    }
    Ok(out)
}
