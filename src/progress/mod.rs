//! Progress: honest active time per learner and module from heartbeats, completion at the
//! moment it is earned, exemptions, and the learner's standing in each course.
//!
//! Crediting: every learner has one clock (`learner_clocks.last_beat_at`, server time). A beat
//! credits the seconds since the learner's previous credited beat, at most `cap` (1.5 × the
//! heartbeat interval), to the module it names, and moves the clock with a compare-and-set. So
//! replays, floods, several tabs, beats for two modules at once and client clock tricks can
//! never credit more than the real time that passed.

pub mod group_commit;
mod rounds;
pub mod standing;
mod statements;

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use serde::Serialize;

use crate::clock::UnixSecs;
use crate::db::schema::{
    courses as c, exemptions as ex, learner_clocks as lc, module_progress as mp, module_revisions as r, modules as m,
};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};

/// How often the module page sends a heartbeat while the learner is active.
pub const DEFAULT_HEARTBEAT_SECS: i64 = 15;
/// A beat credits at most this multiple of the interval (in tenths: 15 = 1.5 ×).
const CAP_TENTHS_OF_INTERVAL: i64 = 15;
/// Compare-and-set attempts on the learner's clock before a beat gives up crediting.
const CLOCK_RETRIES: usize = 5;

/// The most a single beat can credit.
pub fn cap_secs(interval_secs: i64) -> i64 {
    interval_secs * CAP_TENTHS_OF_INTERVAL / 10
}

/// Seconds a beat at `now` earns after the learner's previous credited beat at `last`.
pub fn credit_seconds(last: Option<UnixSecs>, now: UnixSecs, cap: i64) -> i64 {
    match last {
        None => 0,
        Some(last) => (now - last).clamp(0, cap),
    }
}

/// The active seconds a module needs: its minutes × the course's share, rounded up.
pub fn required_seconds(minutes: i64, share_permille: i64) -> i64 {
    (minutes * 60 * share_permille + 999) / 1000
}

/// How far a heartbeat says the learner has read, in thousandths: 0–1000 whatever the client
/// sent (nothing, NaN, infinities and numbers out of range count as the nearest end, or 0).
pub fn position_permille(position: Option<f64>) -> i32 {
    position.filter(|p| p.is_finite()).map_or(0, |p| (p.clamp(0.0, 1.0) * 1000.0).round() as i32)
}

/// What a heartbeat says.
#[derive(Debug, Clone)]
pub struct Heartbeat {
    pub course: String,
    pub module: String,
    /// How far the learner has read, 0–1.
    pub position: Option<f64>,
    /// The end of the module was reached.
    pub reached_end: bool,
}

/// The answer to a heartbeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct BeatResult {
    pub active_seconds: i64,
    pub required_seconds: i64,
    pub completed: bool,
}

/// A published, current module with what completion needs.
#[derive(Debug, Clone)]
pub(crate) struct TrackedModule {
    pub module_id: i64,
    pub course_id: i64,
    pub minutes: i64,
    pub share_permille: i64,
}

pub(crate) fn tracked_module(
    conn: &mut DbConnection,
    course: &str,
    module: &str,
) -> QueryResult<Option<TrackedModule>> {
    let found: Option<(i64, i64, i32, i32)> = m::table
        .inner_join(c::table)
        .inner_join(r::table.on(r::id.nullable().eq(m::published_revision_id)))
        .filter(c::slug.eq(course))
        .filter(m::slug.eq(module))
        .filter(m::retired_at.is_null())
        .select((m::id, c::id, r::minutes, c::min_active_share_permille))
        .first(conn)
        .optional()?;
    Ok(found.map(|(module_id, course_id, minutes, share)| TrackedModule {
        module_id,
        course_id,
        minutes: i64::from(minutes),
        share_permille: i64::from(share),
    }))
}

/// Moves the learner's clock to `now` (once, even under concurrent beats) and returns the
/// seconds this beat earned.
fn advance_clock(
    conn: &mut DbConnection,
    user_id: i64,
    module_id: i64,
    position: i32,
    now: UnixSecs,
    cap: i64,
) -> QueryResult<i64> {
    let read = |conn: &mut DbConnection| lc::table.find(user_id).select(lc::last_beat_at).first(conn).optional();
    // Read first: only a learner's very first beat finds no clock to create (one statement less
    // per beat than inserting every time).
    let mut known: Option<Option<i64>> = read(conn)?;
    if known.is_none() {
        diesel::sql_query("INSERT INTO learner_clocks (user_id, last_beat_at, last_position_permille) VALUES ($1, NULL, 0) ON CONFLICT (user_id) DO NOTHING")
            .bind::<BigInt, _>(user_id)
            .execute(conn)?;
    }
    for _ in 0..CLOCK_RETRIES {
        let last: Option<i64> = match known.take() {
            Some(last) => last,
            None => read(conn)?.ok_or(diesel::result::Error::NotFound)?,
        };
        let credit = credit_seconds(last, now, cap);
        let moves = last.is_none_or(|l| now > l);
        let target = lc::table.filter(lc::user_id.eq(user_id));
        let updated = match (moves, last) {
            (true, Some(l)) => diesel::update(target.filter(lc::last_beat_at.eq(l)))
                .set((
                    lc::last_beat_at.eq(now),
                    lc::last_module_id.eq(module_id),
                    lc::last_position_permille.eq(position),
                ))
                .execute(conn)?,
            (true, None) => diesel::update(target.filter(lc::last_beat_at.is_null()))
                .set((
                    lc::last_beat_at.eq(now),
                    lc::last_module_id.eq(module_id),
                    lc::last_position_permille.eq(position),
                ))
                .execute(conn)?,
            (false, _) => {
                diesel::update(target)
                    .set((lc::last_module_id.eq(module_id), lc::last_position_permille.eq(position)))
                    .execute(conn)?;
                return Ok(0);
            }
        };
        if updated == 1 {
            return Ok(credit);
        }
    }
    Ok(0)
}

/// Records a heartbeat: credits active time, keeps the furthest position, and completes the
/// module (and the training) the moment the rules are met. One short transaction.
pub fn record_heartbeat(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    now: UnixSecs,
    user_id: i64,
    beat: &Heartbeat,
    cap: i64,
) -> AppResult<BeatResult> {
    db::transaction(conn, |conn| {
        let module = tracked_module(conn, &beat.course, &beat.module)?.ok_or(AppError::NotFound)?;
        Ok(record_in(conn, xapi, now, user_id, &module, beat, cap)?)
    })
}

/// Records a beat for a module found already, in the caller's transaction. Every error is a
/// database error, after which the transaction is not to be committed.
pub(crate) fn record_in(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    now: UnixSecs,
    user_id: i64,
    module: &TrackedModule,
    beat: &Heartbeat,
    cap: i64,
) -> QueryResult<BeatResult> {
    let (position, reached_end) = reading(beat);
    let credit = advance_clock(conn, user_id, module.module_id, position, now, cap)?;
    let added = statements::AddProgress {
        user_id,
        module_id: module.module_id,
        course_id: module.course_id,
        credit,
        position,
        reached_end,
        now,
    }
    .get_result::<statements::Added>(conn)?;
    after_progress(conn, xapi, now, user_id, module, position, added)
}

/// How far a beat says the learner has read (thousandths) and whether the end was reached (the
/// end counts as reached from 98 % on).
fn reading(beat: &Heartbeat) -> (i32, bool) {
    let position = position_permille(beat.position);
    (position, beat.reached_end || position >= 980)
}

/// What follows a beat's progress upsert, given the row as it now is: the funnel's "started" on
/// a first beat, the module's (and perhaps the training's) completion the moment it is earned,
/// and the xAPI statement; then the beat's answer.
fn after_progress(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    now: UnixSecs,
    user_id: i64,
    module: &TrackedModule,
    position: i32,
    (active, ended, completed_at, first_seen, exempt): statements::Added,
) -> QueryResult<BeatResult> {
    if first_seen == now {
        // The first beat on this module (so perhaps the person's first progress): the
        // funnel's "started". Later beats skip this write.
        diesel::update(crate::db::schema::users::table.find(user_id))
            .filter(crate::db::schema::users::started_at.is_null())
            .set(crate::db::schema::users::started_at.eq(now))
            .execute(conn)?;
    }
    let required = required_seconds(module.minutes, module.share_permille);
    let mut completed = completed_at.is_some();
    if !completed && ended && active >= required {
        diesel::update(
            mp::table
                .filter(mp::user_id.eq(user_id))
                .filter(mp::module_id.eq(module.module_id))
                .filter(mp::completed_at.is_null()),
        )
        .set(mp::completed_at.eq(now))
        .execute(conn)?;
        completed = true;
        crate::interop::xapi_events::module_completed(conn, xapi, user_id, module.module_id, active, now)?;
        if standing::record_training_completion(conn, now, user_id, module.course_id)? {
            crate::interop::xapi_events::training_completed(conn, xapi, user_id, module.course_id, now)?;
        }
    } else {
        crate::interop::xapi_events::progressed(conn, xapi, user_id, module.module_id, (active, position), now)?;
    }
    let exempt = !completed && exempt;
    Ok(BeatResult { active_seconds: active, required_seconds: required, completed: completed || exempt })
}

/// Marks a module (or, without one, the whole training) complete for a learner, with the
/// reason: recognition of prior learning. Recorded with who and when.
#[allow(clippy::too_many_arguments)]
pub fn grant_exemption(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    now: UnixSecs,
    admin_id: i64,
    user_id: i64,
    course: &str,
    module: Option<&str>,
    reason: &str,
) -> AppResult<()> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > EXEMPTION_REASON_MAX_CHARS {
        return Err(AppError::field(
            "reason",
            crate::i18n::tr("admin-field-exemption-reason", &[("max", EXEMPTION_REASON_MAX_CHARS.into())]),
        ));
    }
    db::transaction(conn, |conn| {
        let course_id: i64 = c::table
            .filter(c::slug.eq(course))
            .select(c::id)
            .first(conn)
            .optional()?
            .ok_or_else(|| AppError::field("course", format!("There is no course `{course}`.")))?;
        let module_id = match module {
            Some(slug) => Some(
                m::table
                    .filter(m::course_id.eq(course_id))
                    .filter(m::slug.eq(slug))
                    .select(m::id)
                    .first::<i64>(conn)
                    .optional()?
                    .ok_or_else(|| AppError::field("module", format!("There is no module `{slug}` in this course.")))?,
            ),
            None => None,
        };
        let user_exists: bool =
            diesel::select(diesel::dsl::exists(crate::db::schema::users::table.find(user_id))).get_result(conn)?;
        if !user_exists {
            return Err(AppError::NotFound);
        }
        diesel::insert_into(ex::table)
            .values((
                ex::user_id.eq(user_id),
                ex::course_id.eq(course_id),
                ex::module_id.eq(module_id),
                ex::reason.eq(reason),
                ex::granted_by.eq(admin_id),
                ex::created_at.eq(now),
            ))
            .execute(conn)?;
        if standing::record_training_completion(conn, now, user_id, course_id)? {
            crate::interop::xapi_events::training_completed(conn, xapi, user_id, course_id, now)?;
        }
        Ok(())
    })
}

/// Exemption reasons: at most this many characters.
pub const EXEMPTION_REASON_MAX_CHARS: usize = 500;

#[cfg(test)]
mod tests {
    use super::*;

    const CAP: i64 = 22;

    #[test]
    fn the_first_beat_starts_the_clock_and_earns_nothing() {
        assert_eq!(credit_seconds(None, 1000, CAP), 0);
    }

    #[test]
    fn a_beat_on_time_earns_the_interval() {
        assert_eq!(credit_seconds(Some(1000), 1015, CAP), 15);
    }

    #[test]
    fn a_late_beat_earns_at_most_the_cap() {
        assert_eq!(cap_secs(15), 22);
        assert_eq!(credit_seconds(Some(1000), 1600, CAP), 22);
    }

    #[test]
    fn an_early_or_replayed_beat_earns_only_the_real_time() {
        assert_eq!(credit_seconds(Some(1000), 1003, CAP), 3);
        assert_eq!(credit_seconds(Some(1000), 1000, CAP), 0);
    }

    #[test]
    fn a_client_clock_in_the_past_earns_nothing() {
        assert_eq!(credit_seconds(Some(1000), 900, CAP), 0);
    }

    #[test]
    fn two_tabs_together_earn_no_more_than_real_time() {
        // Two tabs beat every 15 s, offset by 7 s: the learner's single clock splits the time.
        let mut last = None;
        let mut total = 0;
        let mut beats: Vec<i64> = (0..20).map(|i| 1000 + i * 15).chain((0..20).map(|i| 1007 + i * 15)).collect();
        beats.sort_unstable();
        for now in beats {
            total += credit_seconds(last, now, CAP);
            if last.is_none_or(|l| now > l) {
                last = Some(now);
            }
        }
        assert_eq!(total, 1007 + 19 * 15 - 1000, "exactly the time between the first and the last beat");
    }

    #[test]
    fn required_time_rounds_up() {
        assert_eq!(required_seconds(65, 500), 1950);
        assert_eq!(required_seconds(5, 333), 100);
        assert_eq!(required_seconds(45, 1000), 2700);
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::proptest_config;

    /// Positions as clients send them: in range, out of it, and not numbers at all.
    fn position() -> impl Strategy<Value = Option<f64>> {
        proptest::option::of(prop_oneof![
            0.0f64..=1.0,
            any::<f64>(),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(-0.0),
            Just(0.9795),
        ])
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn any_position_is_a_permille_that_keeps_the_order(a in position(), b in position()) {
            let (pa, pb) = (position_permille(a), position_permille(b));
            prop_assert!((0..=1000).contains(&pa) && (0..=1000).contains(&pb));
            if let (Some(a), Some(b)) = (a.filter(|p| p.is_finite()), b.filter(|p| p.is_finite())) && a <= b {
                prop_assert!(pa <= pb, "{} -> {}, {} -> {}", a, pa, b, pb);
            }
        }

        #[test]
        fn a_beat_earns_between_nothing_and_the_cap(
            last in proptest::option::of(0i64..4_000_000_000),
            now in 0i64..4_000_000_000,
            interval in 1i64..=300,
        ) {
            let cap = cap_secs(interval);
            let credit = credit_seconds(last, now, cap);
            prop_assert!((0..=cap).contains(&credit));
            prop_assert!(last.is_some_and(|l| now > l) || credit == 0, "no credit without time passing");
        }
    }
}

/// An exemption as the admin's user page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ExemptionView {
    pub course_title: String,
    /// None: the whole training.
    pub module_title: Option<String>,
    pub reason: String,
    pub granted_by: Option<String>,
    pub created_at: i64,
}

/// Every exemption of a learner, newest first.
pub fn exemptions_for(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<ExemptionView>> {
    use crate::db::schema::users as u;
    /// (course title, module id, reason, granted by, when)
    type Row = (String, Option<i64>, String, Option<String>, i64);
    let rows: Vec<Row> = ex::table
        .inner_join(c::table)
        .left_join(u::table.on(u::id.nullable().eq(ex::granted_by)))
        .filter(ex::user_id.eq(user_id))
        .order(ex::created_at.desc())
        .select((c::title, ex::module_id, ex::reason, u::name.nullable(), ex::created_at))
        .load(conn)?;
    let mut out = Vec::new();
    for (course_title, module_id, reason, granted_by, created_at) in rows {
        let module_title = match module_id {
            Some(id) => m::table
                .inner_join(r::table.on(r::id.nullable().eq(m::latest_revision_id)))
                .filter(m::id.eq(id))
                .select(r::title)
                .first::<String>(conn)
                .optional()?,
            None => None,
        };
        out.push(ExemptionView { course_title, module_title, reason, granted_by, created_at });
    }
    Ok(out)
}
