//! A batch of heartbeats on PostgreSQL: three statements per round of the batch instead of three
//! per beat. There each statement is a round trip and a trip through the server's parser and
//! executor; with 64 learners beating, those (not the commit) were what held heartbeats at
//! 0.7 × the bare SQLite loop (`BENCHMARKS.md`, issue 15).
//!
//! A round holds at most one beat per learner (a learner's second beat in the batch goes in the
//! second round, and so on, so that each learner's beats keep their order). For each round:
//! 1. the learners' clocks are read and locked (`FOR UPDATE`, in the order of their learner, as
//!    every batch locks them), so that no other transaction can move them until the commit: the
//!    credit computed from them is exact, as the compare-and-set of the beat-by-beat way makes it;
//! 2. the clocks are moved, all in one upsert;
//! 3. the progress rows are upserted, all in one, returning each row as it now is with whether
//!    its learner is exempt, exactly as a single beat's upsert does ([`super::statements`]).
//!
//! What follows a beat (a first beat's "started", a completion, xAPI) is the same code as for a
//! single beat ([`super::after_progress`]), and rare.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Bool, Integer, Nullable};

use super::{BeatResult, Heartbeat, TrackedModule, after_progress, credit_seconds, reading, statements};
use crate::clock::UnixSecs;
use crate::db::DbConnection;

/// A beat of a batch whose module is known: its place in the batch, the learner, the time.
pub(super) struct Known<'a> {
    pub index: usize,
    pub user_id: i64,
    pub now: UnixSecs,
    pub module: &'a TrackedModule,
    pub beat: &'a Heartbeat,
}

#[derive(QueryableByName)]
struct Clock {
    #[diesel(sql_type = BigInt)]
    user_id: i64,
    #[diesel(sql_type = Nullable<BigInt>)]
    last_beat_at: Option<i64>,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = BigInt)]
    user_id: i64,
    #[diesel(sql_type = BigInt)]
    active_seconds: i64,
    #[diesel(sql_type = Bool)]
    reached_end: bool,
    #[diesel(sql_type = Nullable<BigInt>)]
    completed_at: Option<i64>,
    #[diesel(sql_type = BigInt)]
    first_seen_at: i64,
    #[diesel(sql_type = Bool)]
    exempt: bool,
}

const LOCK_CLOCKS: &str = "SELECT user_id, last_beat_at FROM learner_clocks WHERE user_id = ANY($1) \
                           ORDER BY user_id FOR UPDATE";

const MOVE_CLOCKS: &str = "INSERT INTO learner_clocks AS lc (user_id, last_beat_at, last_module_id, last_position_permille) \
     SELECT * FROM unnest($1::BIGINT[], $2::BIGINT[], $3::BIGINT[], $4::INTEGER[]) \
     ON CONFLICT (user_id) DO UPDATE SET last_beat_at = GREATEST(lc.last_beat_at, excluded.last_beat_at), \
       last_module_id = excluded.last_module_id, last_position_permille = excluded.last_position_permille";

const ADD_PROGRESS: &str = "INSERT INTO module_progress AS mp \
       (user_id, module_id, active_seconds, max_position_permille, reached_end, first_seen_at, last_seen_at) \
     SELECT u, m, s, p, e, n, n FROM unnest($1::BIGINT[], $2::BIGINT[], $3::BIGINT[], $4::INTEGER[], $5::BOOLEAN[], $6::BIGINT[]) \
       AS t (u, m, s, p, e, n) \
     ON CONFLICT (user_id, module_id) DO UPDATE SET \
       active_seconds = mp.active_seconds + excluded.active_seconds, \
       max_position_permille = GREATEST(mp.max_position_permille, excluded.max_position_permille), \
       reached_end = (mp.reached_end OR excluded.reached_end), \
       last_seen_at = excluded.last_seen_at \
     RETURNING mp.user_id, mp.active_seconds, mp.reached_end, mp.completed_at, mp.first_seen_at, \
       EXISTS (SELECT 1 FROM exemptions e JOIN modules mo ON mo.course_id = e.course_id \
               WHERE mo.id = mp.module_id AND e.user_id = mp.user_id \
                 AND (e.module_id = mp.module_id OR e.module_id IS NULL)) AS exempt";

/// Records `beats` (ordered by learner, each learner's in the order they came) in the caller's
/// transaction on a PostgreSQL connection; returns each one's place in the batch and answer.
/// Every error is a database error, after which the transaction is not to be committed.
pub(super) fn record(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    cap: i64,
    beats: &[Known<'_>],
) -> QueryResult<Vec<(usize, BeatResult)>> {
    let mut answers = Vec::with_capacity(beats.len());
    for round in rounds(beats) {
        answers.extend(record_round(conn, xapi, cap, &round)?);
    }
    Ok(answers)
}

/// The batch in rounds: a learner's n-th beat goes in the n-th round, so that a round never holds
/// two beats of one learner (one statement cannot upsert a row twice) and each round stays in the
/// order of its learners.
fn rounds<'b, 'a>(beats: &'b [Known<'a>]) -> Vec<Vec<&'b Known<'a>>> {
    let mut rounds: Vec<Vec<&Known<'_>>> = Vec::new();
    let mut seen: HashMap<i64, usize> = HashMap::new();
    for beat in beats {
        let n = seen.entry(beat.user_id).or_insert(0);
        if rounds.len() <= *n {
            rounds.push(Vec::new());
        }
        rounds[*n].push(beat);
        *n += 1;
    }
    rounds
}

fn record_round(
    conn: &mut DbConnection,
    xapi: Option<&crate::interop::xapi::XapiSettings>,
    cap: i64,
    round: &[&Known<'_>],
) -> QueryResult<Vec<(usize, BeatResult)>> {
    let DbConnection::Postgresql(pg) = conn else {
        unreachable!("a batch is recorded in rounds on PostgreSQL only");
    };
    let learners: Vec<i64> = round.iter().map(|b| b.user_id).collect();
    // 1. The clocks, locked until the commit. No row: the learner's first beat (it credits
    //    nothing, as a clock created without a time would).
    let clocks: HashMap<i64, Option<i64>> = diesel::sql_query(LOCK_CLOCKS)
        .bind::<Array<BigInt>, _>(&learners)
        .load::<Clock>(pg)?
        .into_iter()
        .map(|c| (c.user_id, c.last_beat_at))
        .collect();
    let readings: Vec<(i32, bool)> = round.iter().map(|b| reading(b.beat)).collect();
    let (mut clock_at, mut credits) = (Vec::with_capacity(round.len()), Vec::with_capacity(round.len()));
    for beat in round {
        let last = clocks.get(&beat.user_id).copied().flatten();
        credits.push(credit_seconds(last, beat.now, cap));
        // The clock moves forward only (a beat older than the clock credits nothing).
        clock_at.push(last.map_or(beat.now, |l| l.max(beat.now)));
    }
    let modules: Vec<i64> = round.iter().map(|b| b.module.module_id).collect();
    let positions: Vec<i32> = readings.iter().map(|r| r.0).collect();
    // 2. The clocks moved.
    diesel::sql_query(MOVE_CLOCKS)
        .bind::<Array<BigInt>, _>(&learners)
        .bind::<Array<BigInt>, _>(&clock_at)
        .bind::<Array<BigInt>, _>(&modules)
        .bind::<Array<Integer>, _>(&positions)
        .execute(pg)?;
    // 3. The progress rows, as they now are.
    let ends: Vec<bool> = readings.iter().map(|r| r.1).collect();
    let nows: Vec<i64> = round.iter().map(|b| b.now).collect();
    let mut rows: HashMap<i64, Row> = diesel::sql_query(ADD_PROGRESS)
        .bind::<Array<BigInt>, _>(&learners)
        .bind::<Array<BigInt>, _>(&modules)
        .bind::<Array<BigInt>, _>(&credits)
        .bind::<Array<Integer>, _>(&positions)
        .bind::<Array<Bool>, _>(&ends)
        .bind::<Array<BigInt>, _>(&nows)
        .load::<Row>(pg)?
        .into_iter()
        .map(|r| (r.user_id, r))
        .collect();
    let mut answers = Vec::with_capacity(round.len());
    for (beat, (position, _)) in round.iter().zip(readings) {
        let row = rows.remove(&beat.user_id).ok_or(diesel::result::Error::NotFound)?;
        let added: statements::Added =
            (row.active_seconds, row.reached_end, row.completed_at, row.first_seen_at, row.exempt);
        answers.push((beat.index, after_progress(conn, xapi, beat.now, beat.user_id, beat.module, position, added)?));
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn beat() -> Heartbeat {
        Heartbeat { course: "c".into(), module: "m".into(), position: None, reached_end: false }
    }

    #[test]
    fn a_learners_beats_go_in_successive_rounds_in_their_order() {
        let (module, beat) = (TrackedModule { module_id: 1, course_id: 1, minutes: 1, share_permille: 1000 }, beat());
        let known = |index, user_id| Known { index, user_id, now: 0, module: &module, beat: &beat };
        let batch = [known(0, 1), known(1, 1), known(2, 2), known(3, 3), known(4, 3), known(5, 3)];
        let places: Vec<Vec<usize>> = rounds(&batch).iter().map(|r| r.iter().map(|b| b.index).collect()).collect();
        assert_eq!(places, [vec![0, 2, 3], vec![1, 4], vec![5]]);
    }
}
