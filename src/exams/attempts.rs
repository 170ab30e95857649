//! The attempt lifecycle, owned by the server: availability (training, earlier exams, attempts,
//! cooldown, a verified e-mail), the stored paper, autosaved answers, the deadline with a grace
//! for answers in flight, idempotent submission and grading, the sweeper, accommodations.

use std::collections::{BTreeSet, HashMap};

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use rand::{CryptoRng, Rng};
use serde::Serialize;

use super::bank::BlueprintEntry;
use super::grading::{Grade, TopicScore, grade, question_correct};
use super::paper::{Candidate, PlacedOption, draw};
use super::sync::StoredOption;
use crate::clock::{UnixSecs, rfc3339};
use crate::db::rows::{Rows, Value};
use crate::db::schema::{
    accommodations as acc, attempt_questions as aq, attempts as a, courses as c, exams as e, questions as q, users as u,
};
use crate::db::{self, DbConnection, Durability};
use crate::error::{AppError, AppResult};
use crate::i18n;
use crate::mail::Mailer;
use crate::progress::standing::training_completed_at;

/// Answers that arrive up to this long after the deadline still count (they were in flight).
pub const GRACE_SECS: i64 = 30;
/// Accommodations: at most this much extra time, in percent.
pub const EXTRA_TIME_PERCENT_MAX: i64 = 200;
/// Accommodations: at most this many extra attempts at once.
pub const EXTRA_ATTEMPTS_MAX: i64 = 10;

/// A row of `exams`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = e)]
pub struct ExamRow {
    pub id: i64,
    pub course_id: i64,
    pub slug: String,
    pub position: i32,
    pub title: String,
    pub description_html: String,
    pub time_limit_seconds: i64,
    pub pass_percent: i32,
    pub max_attempts: i32,
    pub cooldown_seconds: i64,
    pub requires_json: String,
    pub review: String,
    pub blueprint_json: String,
    pub toml_hash: String,
    pub updated_at: i64,
    /// `path` (the first certification) or `renewal`.
    pub track: String,
}

impl ExamRow {
    pub fn blueprint(&self) -> Vec<BlueprintEntry> {
        serde_json::from_str(&self.blueprint_json).unwrap_or_default()
    }
    pub fn requires(&self) -> Vec<String> {
        serde_json::from_str(&self.requires_json).unwrap_or_default()
    }
    /// The number of questions on a paper.
    pub fn question_count(&self) -> i64 {
        self.blueprint().iter().map(|b| b.count).sum()
    }
}

/// A row of `attempts`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = a)]
pub struct AttemptRow {
    pub id: i64,
    pub user_id: i64,
    pub exam_id: i64,
    pub number: i32,
    pub started_at: i64,
    pub deadline_at: i64,
    pub submitted_at: Option<i64>,
    pub closed_by: Option<String>,
    pub correct: Option<i32>,
    pub total: i32,
    pub score_percent: Option<i32>,
    pub passed: Option<bool>,
    pub topics_json: Option<String>,
    /// `c<cycle>` or `c<cycle>e<expiry>`: attempts are counted per round.
    pub round: String,
}

/// Accommodations of a learner for an exam, added up.
#[derive(Debug, Clone, Copy, Default)]
struct Accommodation {
    extra_time_percent: i64,
    extra_attempts: i64,
}

fn accommodation(conn: &mut DbConnection, user_id: i64, exam_id: i64) -> QueryResult<Accommodation> {
    let rows: Vec<(i32, i32)> = acc::table
        .filter(acc::user_id.eq(user_id))
        .filter(acc::exam_id.eq(exam_id))
        .select((acc::extra_time_percent, acc::extra_attempts))
        .load(conn)?;
    Ok(rows.into_iter().fold(Accommodation::default(), |a, (t, n)| Accommodation {
        extra_time_percent: a.extra_time_percent + i64::from(t),
        extra_attempts: a.extra_attempts + i64::from(n),
    }))
}

/// The exam a learner sees in the list: what it is and whether they may start it.
#[derive(Debug, Clone, Serialize)]
pub struct ExamStatus {
    pub course: String,
    pub slug: String,
    pub title: String,
    pub description_html: String,
    pub time_limit_seconds: i64,
    pub pass_percent: i64,
    pub questions: i64,
    pub attempts_used: i64,
    pub attempts_left: i64,
    pub available: bool,
    pub reason_unavailable: Option<String>,
    pub passed: bool,
    /// The attempt in progress, if any.
    pub open_attempt: Option<i64>,
    /// The best score so far.
    pub best_score: Option<i64>,
    /// `path` or `renewal`.
    pub track: String,
    /// `available`, `in_progress`, `passed`, `locked`, `no_attempts_left` or `cooldown`.
    pub state: &'static str,
}

/// Why an exam cannot be started, and the HTTP status that says it (403 or 409).
#[derive(Debug, Clone)]
struct Unavailable {
    conflict: bool,
    reason: String,
    /// `locked`, `passed`, `no_attempts_left` or `cooldown`.
    state: &'static str,
}

fn exam_by_slug(conn: &mut DbConnection, course: &str, exam: &str) -> QueryResult<Option<(ExamRow, String)>> {
    e::table
        .inner_join(c::table)
        .filter(c::slug.eq(course))
        .filter(e::slug.eq(exam))
        .select((ExamRow::as_select(), c::slug))
        .first(conn)
        .optional()
}

/// Every attempt of a learner at an exam, in every round.
fn every_attempt(conn: &mut DbConnection, user_id: i64, exam_id: i64) -> QueryResult<Vec<AttemptRow>> {
    a::table
        .filter(a::user_id.eq(user_id))
        .filter(a::exam_id.eq(exam_id))
        .order(a::number)
        .select(AttemptRow::as_select())
        .load(conn)
}

fn attempts_of(conn: &mut DbConnection, user_id: i64, exam_id: i64, round: &str) -> QueryResult<Vec<AttemptRow>> {
    a::table
        .filter(a::user_id.eq(user_id))
        .filter(a::exam_id.eq(exam_id))
        .filter(a::round.eq(round))
        .order(a::number)
        .select(AttemptRow::as_select())
        .load(conn)
}

/// A wait in words, in the language being served ("45 minutes", "2 hours", "1 h 30 min").
fn human_wait(seconds: i64) -> String {
    let hours = seconds / 3600;
    let minutes = ((seconds % 3600) + 59) / 60;
    match (hours, minutes) {
        (0, m) => i18n::tr("exam-wait-minutes", &[("minutes", m.into())]),
        (h, 0) => i18n::tr("exam-wait-hours", &[("hours", h.into())]),
        (h, m) => i18n::tr("exam-wait-hours-minutes", &[("hours", h.into()), ("minutes", m.into())]),
    }
}

/// The round an exam is sat in now, and what the renewal rules say of it.
struct ExamRound {
    round: String,
    /// Why the renewal rules keep the exam closed (renewal exams only).
    gate: Option<String>,
    /// The credential a renewal exam renews.
    renews: Option<crate::credentials::CredentialRow>,
    /// A path exam of a cycle whose credential is held.
    held: bool,
}

fn round_of(conn: &mut DbConnection, now: UnixSecs, user_id: i64, exam: &ExamRow) -> QueryResult<ExamRound> {
    use crate::credentials::lifecycle::{self, Phase, Rules};
    if exam.track != "renewal" {
        let path = lifecycle::path_round(conn, now, user_id, exam.course_id)?;
        return Ok(ExamRound { round: path.round(), gate: None, renews: None, held: !path.open });
    }
    let Some(row) = lifecycle::latest(conn, user_id, exam.course_id)? else {
        let gate = Some(i18n::t("exam-reason-renewal-holders-only"));
        return Ok(ExamRound { round: String::new(), gate, renews: None, held: false });
    };
    let rules = Rules::of_course(conn, exam.course_id)?;
    let round = lifecycle::renewal_round(&row);
    let gate = match rules.phase(&row, now) {
        _ if row.revoked_at.is_some() => Some(i18n::t("exam-reason-revoked")),
        Phase::NotYet => Some(i18n::tr(
            "exam-reason-renewal-not-yet",
            &[
                ("opens", crate::clock::long_date(rules.window_opens_at(row.expires_at)).into()),
                ("days", rules.renewal.window_days.into()),
                ("expires", crate::clock::long_date(row.expires_at).into()),
            ],
        )),
        Phase::Closed => Some(i18n::tr(
            "exam-reason-renewal-closed",
            &[("date", crate::clock::long_date(rules.grace_ends_at(row.expires_at)).into())],
        )),
        Phase::Open | Phase::Grace => {
            let since = row.renewed_at.unwrap_or(row.issued_at);
            crate::progress::standing::renewal_modules(conn, user_id, exam.course_id, since)?
                .into_iter()
                .find(|m| !m.completed)
                .map(|m| i18n::tr("exam-reason-renewal-module", &[("module", m.title.as_str().into())]))
        }
    };
    Ok(ExamRound { round, gate, renews: Some(row), held: false })
}

/// Availability of an exam for a learner at `now` (an open attempt counts as available: it is
/// returned by start).
fn check_available(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    exam: &ExamRow,
    round: &ExamRound,
    attempts: &[AttemptRow],
    extra: Accommodation,
) -> QueryResult<Result<(), Unavailable>> {
    let deny = |reason: String| Ok(Err(Unavailable { conflict: false, reason, state: "locked" }));
    if attempts.iter().any(|t| t.submitted_at.is_none()) {
        return Ok(Ok(()));
    }
    if attempts.iter().any(|t| t.passed == Some(true)) {
        let reason = i18n::t(if round.held { "exam-reason-passed-and-held" } else { "exam-reason-passed" });
        return Ok(Err(Unavailable { conflict: true, reason, state: "passed" }));
    }
    if let Some(gate) = &round.gate {
        return deny(gate.clone());
    }
    let verified: Option<Option<i64>> = u::table.find(user_id).select(u::email_verified_at).first(conn).optional()?;
    if verified.flatten().is_none() {
        return deny(i18n::t("exam-reason-verify-email"));
    }
    for requirement in exam.requires() {
        if requirement == "modules" {
            if training_completed_at(conn, user_id, exam.course_id)?.is_none() {
                return deny(i18n::t("exam-reason-training"));
            }
        } else if let Some(other) = requirement.strip_prefix("exam:") {
            let passed: bool = diesel::select(diesel::dsl::exists(
                a::table
                    .inner_join(e::table)
                    .filter(e::course_id.eq(exam.course_id))
                    .filter(e::slug.eq(other))
                    .filter(a::user_id.eq(user_id))
                    .filter(a::round.eq(&round.round))
                    .filter(a::passed.eq(true)),
            ))
            .get_result(conn)?;
            if !passed {
                let title: String = e::table
                    .filter(e::course_id.eq(exam.course_id))
                    .filter(e::slug.eq(other))
                    .select(e::title)
                    .first(conn)
                    .optional()?
                    .unwrap_or_else(|| other.to_owned());
                return deny(i18n::tr("exam-reason-after-exam", &[("exam", title.as_str().into())]));
            }
        }
    }
    let allowed = i64::from(exam.max_attempts) + extra.extra_attempts;
    if attempts.len() as i64 >= allowed {
        return Ok(Err(Unavailable {
            conflict: true,
            reason: i18n::tr("exam-reason-no-attempts", &[("count", allowed.into())]),
            state: "no_attempts_left",
        }));
    }
    if let Some(last) = attempts.iter().filter_map(|t| t.submitted_at).max() {
        let ready = last + exam.cooldown_seconds;
        if now < ready {
            return Ok(Err(Unavailable {
                conflict: true,
                reason: i18n::tr("exam-reason-cooldown", &[("wait", human_wait(ready - now).into())]),
                state: "cooldown",
            }));
        }
    }
    Ok(Ok(()))
}

/// Every exam with the learner's standing in it.
pub fn exam_statuses(conn: &mut DbConnection, now: UnixSecs, user_id: i64) -> QueryResult<Vec<ExamStatus>> {
    let exams: Vec<(ExamRow, String)> = e::table
        .inner_join(c::table)
        .order((c::title, e::position))
        .select((ExamRow::as_select(), c::slug))
        .load(conn)?;
    let mut out = Vec::new();
    for (exam, course) in exams {
        if let Some(status) = status_of(conn, now, user_id, &exam, course)? {
            out.push(status);
        }
    }
    Ok(out)
}

/// The learner's standing in one exam; `None` for a renewal exam when there is nothing to renew.
pub fn status_of(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    exam: &ExamRow,
    course: String,
) -> QueryResult<Option<ExamStatus>> {
    let round = round_of(conn, now, user_id, exam)?;
    if exam.track == "renewal" && round.renews.is_none() {
        // Nothing to renew: the renewal exam is not on this person's list.
        return Ok(None);
    }
    let attempts = attempts_of(conn, user_id, exam.id, &round.round)?;
    let extra = accommodation(conn, user_id, exam.id)?;
    let allowed = i64::from(exam.max_attempts) + extra.extra_attempts;
    let availability = check_available(conn, now, user_id, exam, &round, &attempts, extra)?;
    let open_attempt = attempts.iter().find(|t| t.submitted_at.is_none()).map(|t| t.id);
    let state = match (&availability, open_attempt) {
        (_, Some(_)) => "in_progress",
        (Ok(()), None) => "available",
        (Err(u), None) => u.state,
    };
    Ok(Some(ExamStatus {
        course,
        slug: exam.slug.clone(),
        title: exam.title.clone(),
        description_html: exam.description_html.clone(),
        time_limit_seconds: exam.time_limit_seconds * (100 + extra.extra_time_percent) / 100,
        pass_percent: i64::from(exam.pass_percent),
        questions: exam.question_count(),
        attempts_used: attempts.len() as i64,
        attempts_left: (allowed - attempts.len() as i64).max(0),
        available: availability.is_ok(),
        reason_unavailable: availability.err().map(|u| u.reason),
        passed: attempts.iter().any(|t| t.passed == Some(true)),
        open_attempt,
        best_score: attempts.iter().filter_map(|t| t.score_percent).max().map(i64::from),
        track: exam.track.clone(),
        state,
    }))
}

/// An option as the learner sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OptionView {
    pub id: String,
    pub html: String,
}

/// A question as the learner sees it: no correctness, no explanation.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QuestionView {
    pub id: String,
    pub kind: String,
    pub stem_html: String,
    pub options: Vec<OptionView>,
    /// The question version drawn, and each option's index in its source (for translations).
    #[serde(skip)]
    pub question_id: i64,
    #[serde(skip)]
    pub option_indices: Vec<usize>,
}

/// After grading, with the `answers` review policy: the key and the explanation.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewItem {
    pub question_id: String,
    pub correct_options: Vec<String>,
    pub selected: Vec<String>,
    pub correct: bool,
    pub explanation_html: String,
}

/// The result of an attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ResultView {
    pub score_percent: i64,
    pub passed: bool,
    pub topics: Vec<TopicScore>,
}

/// An attempt as the learner sees it.
#[derive(Debug, Clone, Serialize)]
pub struct AttemptView {
    pub attempt_id: i64,
    /// The language the paper is shown in (the same questions and options in every language).
    pub lang: String,
    pub course: String,
    pub exam: String,
    /// `path` or `renewal`.
    pub track: String,
    pub exam_title: String,
    pub number: i32,
    /// RFC 3339.
    pub deadline: String,
    pub remaining_seconds: i64,
    /// `open` or `submitted`.
    pub state: &'static str,
    pub questions: Vec<QuestionView>,
    /// The saved choices by question id.
    pub answers: HashMap<String, Vec<String>>,
    /// The ids of the questions the learner flagged for review, in the paper's order (a flag
    /// says nothing about the answer).
    pub flagged: Vec<String>,
    pub result: Option<ResultView>,
    /// Only when the exam's review policy is `answers`, after grading.
    pub review: Option<Vec<ReviewItem>>,
    pub pass_percent: i64,
    pub time_limit_seconds: i64,
}

#[derive(Debug, Clone, Queryable)]
struct PaperLine {
    question_id: i64,
    public_id: String,
    options_json: String,
    selected_json: Option<String>,
    correct: Option<bool>,
    flagged: bool,
    kind: String,
    stem_html: String,
    question_options_json: String,
    explanation_html: String,
}

fn paper_of(conn: &mut DbConnection, attempt_id: i64) -> QueryResult<Vec<PaperLine>> {
    aq::table
        .inner_join(q::table)
        .filter(aq::attempt_id.eq(attempt_id))
        .order(aq::position)
        .select((
            aq::question_id,
            aq::public_id,
            aq::options_json,
            aq::selected_json,
            aq::correct,
            aq::flagged,
            q::kind,
            q::stem_html,
            q::options_json,
            q::explanation_html,
        ))
        .load(conn)
}

fn placed(line: &PaperLine) -> Vec<PlacedOption> {
    serde_json::from_str(&line.options_json).unwrap_or_default()
}

fn stored(line: &PaperLine) -> Vec<StoredOption> {
    serde_json::from_str(&line.question_options_json).unwrap_or_default()
}

fn selected(line: &PaperLine) -> Vec<String> {
    line.selected_json.as_deref().and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default()
}

fn result_of(attempt: &AttemptRow) -> Option<ResultView> {
    Some(ResultView {
        score_percent: i64::from(attempt.score_percent?),
        passed: attempt.passed?,
        topics: attempt.topics_json.as_deref().and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default(),
    })
}

/// The view of an attempt row already read: its paper, saved answers, flags and, once graded,
/// the result (and the review, when the exam's policy shows it).
pub fn view_of(conn: &mut DbConnection, now: UnixSecs, attempt: &AttemptRow) -> QueryResult<AttemptView> {
    let (exam, course): (ExamRow, String) = e::table
        .inner_join(c::table)
        .filter(e::id.eq(attempt.exam_id))
        .select((ExamRow::as_select(), c::slug))
        .first(conn)?;
    let lines = paper_of(conn, attempt.id)?;
    let submitted = attempt.submitted_at.is_some();
    let questions = lines
        .iter()
        .map(|line| {
            let options = stored(line);
            question_view(&line.public_id, line.question_id, &line.kind, &line.stem_html, placed(line), |index| {
                options.get(index).map(|o| o.html.clone())
            })
        })
        .collect();
    let answers =
        lines.iter().filter(|l| l.selected_json.is_some()).map(|l| (l.public_id.clone(), selected(l))).collect();
    let flagged = lines.iter().filter(|l| l.flagged).map(|l| l.public_id.clone()).collect();
    let review = (submitted && exam.review == "answers").then(|| {
        lines
            .iter()
            .map(|line| {
                let options = stored(line);
                ReviewItem {
                    question_id: line.public_id.clone(),
                    correct_options: placed(line)
                        .into_iter()
                        .filter(|p| options.get(p.index).is_some_and(|o| o.correct))
                        .map(|p| p.id)
                        .collect(),
                    selected: selected(line),
                    correct: line.correct.unwrap_or(false),
                    explanation_html: line.explanation_html.clone(),
                }
            })
            .collect()
    });
    Ok(AttemptView {
        answers,
        flagged,
        result: result_of(attempt),
        review,
        ..blank_view(&exam, course, now, attempt, questions)
    })
}

/// A question as the learner sees it, its options in the order placed on the paper.
fn question_view(
    public_id: &str,
    question_id: i64,
    kind: &str,
    stem_html: &str,
    placed: Vec<PlacedOption>,
    option_html: impl Fn(usize) -> Option<String>,
) -> QuestionView {
    QuestionView {
        id: public_id.to_owned(),
        kind: kind.to_owned(),
        stem_html: stem_html.to_owned(),
        question_id,
        option_indices: placed.iter().map(|p| p.index).collect(),
        options: placed
            .into_iter()
            .map(|p| OptionView { html: option_html(p.index).unwrap_or_default(), id: p.id })
            .collect(),
    }
}

/// The view of an attempt with its paper and nothing answered, flagged or graded yet.
fn blank_view(
    exam: &ExamRow,
    course: String,
    now: UnixSecs,
    attempt: &AttemptRow,
    questions: Vec<QuestionView>,
) -> AttemptView {
    let submitted = attempt.submitted_at.is_some();
    AttemptView {
        track: exam.track.clone(),
        attempt_id: attempt.id,
        lang: crate::i18n::DEFAULT.to_owned(),
        course,
        exam: exam.slug.clone(),
        exam_title: exam.title.clone(),
        number: attempt.number,
        deadline: rfc3339(attempt.deadline_at),
        remaining_seconds: if submitted { 0 } else { (attempt.deadline_at - now).max(0) },
        state: if submitted { "submitted" } else { "open" },
        questions,
        answers: HashMap::new(),
        flagged: Vec::new(),
        result: None,
        review: None,
        pass_percent: i64::from(exam.pass_percent),
        time_limit_seconds: attempt.deadline_at - attempt.started_at,
    }
}

fn owned_attempt(conn: &mut DbConnection, user_id: i64, attempt_id: i64) -> AppResult<AttemptRow> {
    a::table
        .filter(a::id.eq(attempt_id))
        .filter(a::user_id.eq(user_id))
        .select(AttemptRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// What a start gives back: the attempt and, when it is new, its view.
#[derive(Debug)]
pub struct Started {
    pub attempt: AttemptRow,
    /// The new attempt's view in the source language, built from the paper as drawn and the
    /// question texts kept with the pools: nothing is read back. `None` when the attempt already
    /// open was returned: its view, with its answers, is read with [`view_of`].
    pub paper: Option<AttemptView>,
}

impl Started {
    /// Whether this start made a new attempt.
    pub fn created(&self) -> bool {
        self.paper.is_some()
    }
}

/// Starts an attempt, or returns the open one. The paper is drawn with `rng` from the exam's
/// pools as `pools` keeps them, and a new attempt's view is built from what was drawn, so that
/// the writer is held for the start alone and nothing is read back.
pub fn start_attempt<R: Rng + CryptoRng + ?Sized>(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    rng: &mut R,
    pools: KeptPools<'_>,
    user_id: i64,
    (course, exam_slug): (&str, &str),
) -> AppResult<Started> {
    // A start commits without waiting for the disk (`Durability::Deferred`): a power cut that
    // took it would take an attempt with no answer, and give it back. Closing an expired attempt
    // grades it, which must be synced: a start that finds one begins again, synced.
    let mut attempt = |durability: Durability| {
        db::transaction_with(conn, durability, |conn| -> AppResult<Option<Started>> {
            let kept = pools.of(conn, course, exam_slug)?.ok_or(AppError::NotFound)?;
            let (exam, pools) = (&kept.exam, &kept.pools);
            // Every attempt of the learner at this exam, in every round, read once: the open
            // one, the round's, and the highest number.
            let mut every = every_attempt(conn, user_id, exam.id)?;
            // An expired attempt that the sweeper has not closed yet is closed now (whatever its
            // round: an attempt still open belongs to the round it was started in).
            let mut closed = false;
            for open in every.iter().filter(|t| t.submitted_at.is_none()) {
                if now > open.deadline_at + GRACE_SECS {
                    if durability == Durability::Deferred {
                        // Nothing written yet: this transaction commits empty.
                        return Ok(None);
                    }
                    finish_in_transaction(conn, mailer, now, open.id, "expired")?;
                    closed = true;
                } else {
                    return Ok(Some(Started { attempt: open.clone(), paper: None }));
                }
            }
            if closed {
                every = every_attempt(conn, user_id, exam.id)?;
            }
            let round = round_of(conn, now, user_id, exam)?;
            let attempts: Vec<AttemptRow> = every.iter().filter(|t| t.round == round.round).cloned().collect();
            let extra = accommodation(conn, user_id, exam.id)?;
            if let Err(unavailable) = check_available(conn, now, user_id, exam, &round, &attempts, extra)? {
                return Err(if unavailable.conflict {
                    AppError::Conflict(unavailable.reason)
                } else {
                    AppError::Forbidden(unavailable.reason)
                });
            }
            let paper = draw(&mut *rng, &kept.blueprint, &pools.by_topic).map_err(|topic| {
                AppError::Unexpected(anyhow::anyhow!("the pool of topic {topic} is smaller than its blueprint count"))
            })?;
            let deadline = now + exam.time_limit_seconds * (100 + extra.extra_time_percent) / 100;
            // Numbers run on across rounds (the unique key is learner, exam, number).
            let number = every.iter().map(|t| t.number).max().unwrap_or(0) + 1;
            let attempt_id: i64 = diesel::insert_into(a::table)
                .values((
                    a::user_id.eq(user_id),
                    a::exam_id.eq(exam.id),
                    a::number.eq(number),
                    a::round.eq(&round.round),
                    a::started_at.eq(now),
                    a::deadline_at.eq(deadline),
                    a::total.eq(paper.len() as i32),
                ))
                .returning(a::id)
                .get_result(conn)?;
            insert_paper(conn, attempt_id, &paper)?;
            announce(conn, mailer, attempt_id, now)?;
            let attempt = AttemptRow {
                id: attempt_id,
                user_id,
                exam_id: exam.id,
                number,
                started_at: now,
                deadline_at: deadline,
                submitted_at: None,
                closed_by: None,
                correct: None,
                total: paper.len() as i32,
                score_percent: None,
                passed: None,
                topics_json: None,
                round: round.round,
            };
            let questions = paper.into_iter().map(|placed| pools.question_view(placed)).collect();
            let view = blank_view(exam, kept.course.clone(), now, &attempt, questions);
            Ok(Some(Started { attempt, paper: Some(view) }))
        })
    };
    let started = match attempt(Durability::Deferred) {
        Ok(None) => attempt(Durability::Synced),
        deferred => deferred,
    }
    .and_then(|started| {
        started.ok_or_else(|| AppError::Unexpected(anyhow::anyhow!("a synced start asked to be synced")))
    });
    // Two starts at once: the loser's insert meets the unique (learner, exam, number) and it
    // returns the winner's open attempt instead.
    match started {
        Err(AppError::Unexpected(err))
            if err
                .downcast_ref::<DieselError>()
                .is_some_and(|d| matches!(d, DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) =>
        {
            let (exam, _) = exam_by_slug(conn, course, exam_slug)?.ok_or(AppError::NotFound)?;
            let open = a::table
                .filter(a::user_id.eq(user_id))
                .filter(a::exam_id.eq(exam.id))
                .filter(a::submitted_at.is_null())
                .select(AttemptRow::as_select())
                .first(conn)
                .optional()?
                .ok_or(AppError::Conflict("Please try again.".into()))?;
            Ok(Started { attempt: open, paper: None })
        }
        other => other,
    }
}

/// An exam's current questions as a start needs them: by topic, as a paper is drawn from them,
/// and each one's texts in the source language, as the new attempt's view shows them.
#[derive(Debug, Default)]
pub struct Pools {
    pub by_topic: HashMap<String, Vec<Candidate>>,
    texts: HashMap<i64, QuestionText>,
}

/// A current question's texts, kept with the pools.
#[derive(Debug)]
struct QuestionText {
    kind: String,
    stem_html: String,
    options_html: Vec<String>,
}

impl Pools {
    /// The view of a question placed on a new paper. Every question drawn is in the pools it
    /// was drawn from, so its texts are.
    fn question_view(&self, placed: crate::exams::paper::PlacedQuestion) -> QuestionView {
        let text = self.texts.get(&placed.question_id);
        question_view(
            &placed.public_id,
            placed.question_id,
            text.map_or("", |t| &t.kind),
            text.map_or("", |t| &t.stem_html),
            placed.options,
            |index| text.and_then(|t| t.options_html.get(index).cloned()),
        )
    }
}

/// An exam as a start needs it: its row, its course's slug and its pools.
#[derive(Debug)]
pub struct KeptExam {
    exam: ExamRow,
    course: String,
    /// The exam's blueprint, parsed once.
    blueprint: Vec<BlueprintEntry>,
    pools: Pools,
}

/// Exams with their pools by course and exam slug, kept per content generation (migration
/// 000019 raises it when an exam or a question changes).
pub type PoolMemo = crate::freshness::Memo<(String, String), KeptExam>;

/// Where a start takes the exam and its pools from: the memo, at the content generation read
/// before the start (so nothing is older than the generation it is kept under).
#[derive(Clone, Copy)]
pub struct KeptPools<'a> {
    pub memo: &'a PoolMemo,
    pub generation: i64,
}

impl KeptPools<'_> {
    /// The exam `exam` of `course`, if there is one.
    fn of(self, conn: &mut DbConnection, course: &str, exam: &str) -> QueryResult<Option<std::sync::Arc<KeptExam>>> {
        let key = (course.to_owned(), exam.to_owned());
        if let Some(kept) = self.memo.get(&key, self.generation) {
            return Ok(Some(kept));
        }
        let Some((exam, course)) = exam_by_slug(conn, course, exam)? else {
            return Ok(None);
        };
        let pools = current_pools(conn, exam.id)?;
        let kept = std::sync::Arc::new(KeptExam { blueprint: exam.blueprint(), exam, course, pools });
        self.memo.put(key, self.generation, kept.clone());
        Ok(Some(kept))
    }
}

/// Reads an exam's current (not retired) questions by topic.
fn current_pools(conn: &mut DbConnection, exam_id: i64) -> QueryResult<Pools> {
    let mut pools = Pools::default();
    let current: Vec<(i64, String, String, String, String)> = q::table
        .filter(q::exam_id.eq(exam_id))
        .filter(q::retired_at.is_null())
        .order(q::id)
        .select((q::id, q::topic, q::kind, q::stem_html, q::options_json))
        .load(conn)?;
    for (id, topic, kind, stem_html, options_json) in current {
        let options = serde_json::from_str::<Vec<StoredOption>>(&options_json).unwrap_or_default();
        pools.by_topic.entry(topic).or_default().push(Candidate { question_id: id, option_count: options.len() });
        let options_html = options.into_iter().map(|o| o.html).collect();
        pools.texts.insert(id, QuestionText { kind, stem_html, options_html });
    }
    Ok(pools)
}

/// Stores a drawn paper in one multi-row `INSERT`, instead of one statement per question. It is
/// kept prepared, keyed by its SQL (so one statement per paper size and connection): preparing a
/// 175-parameter statement on every start was 11 % of a start's CPU (`BENCHMARKS.md`).
fn insert_paper(
    conn: &mut DbConnection,
    attempt_id: i64,
    paper: &[crate::exams::paper::PlacedQuestion],
) -> QueryResult<()> {
    let mut rows =
        Rows::new("attempt_questions", &["attempt_id", "position", "public_id", "question_id", "options_json"])
            .kept_prepared();
    for (i, question) in paper.iter().enumerate() {
        rows.push([
            Value::from(attempt_id),
            (i as i32 + 1).into(),
            question.public_id.as_str().into(),
            question.question_id.into(),
            serde_json::to_string(&question.options).unwrap_or_else(|_| "[]".into()).into(),
        ]);
    }
    rows.execute(conn).map(|_| ())
}

/// An attempt of the learner, with the saved answers and, once graded, the result.
pub fn attempt_view(conn: &mut DbConnection, now: UnixSecs, user_id: i64, attempt_id: i64) -> AppResult<AttemptView> {
    let attempt = owned_attempt(conn, user_id, attempt_id)?;
    Ok(view_of(conn, now, &attempt)?)
}

/// Saves the choice for one question; returns when it was saved.
pub fn save_answer(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    attempt_id: i64,
    question_id: &str,
    chosen: &[String],
) -> AppResult<UnixSecs> {
    db::transaction(conn, |conn| {
        still_open(conn, now, user_id, attempt_id, "answers")?;
        let line: Option<(i32, String, String)> = aq::table
            .inner_join(q::table)
            .filter(aq::attempt_id.eq(attempt_id))
            .filter(aq::public_id.eq(question_id))
            .select((aq::position, aq::options_json, q::kind))
            .first(conn)
            .optional()?;
        let Some((position, options_json, kind)) = line else {
            return Err(AppError::NotFound);
        };
        let placed: Vec<PlacedOption> = serde_json::from_str(&options_json).unwrap_or_default();
        let unique = chosen_options(&placed, &kind, chosen)?;
        diesel::update(aq::table.find((attempt_id, position)))
            .set((
                aq::selected_json.eq(serde_json::to_string(&unique).unwrap_or_else(|_| "[]".into())),
                aq::saved_at.eq(now),
            ))
            .execute(conn)?;
        Ok(now)
    })
}

/// The options a learner chose, checked against those placed on the paper: each must be one of
/// them, a repeat counts once (in the order first chosen), and a question that is not
/// multiple-answer takes at most one.
pub(crate) fn chosen_options(placed: &[PlacedOption], kind: &str, chosen: &[String]) -> AppResult<Vec<String>> {
    let mut unique: Vec<String> = Vec::new();
    for id in chosen {
        if !placed.iter().any(|p| &p.id == id) {
            return Err(AppError::field("selected", format!("{id} is not an option of this question")));
        }
        if !unique.contains(id) {
            unique.push(id.clone());
        }
    }
    if kind != "multiple" && unique.len() > 1 {
        return Err(AppError::field("selected", crate::i18n::t("field-exam-choose-one")));
    }
    Ok(unique)
}

/// The learner's attempt while `what` (answers, flags) may still change: 404 when it is not
/// theirs, 409 once it is submitted or its deadline and grace are past.
fn still_open(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    attempt_id: i64,
    what: &str,
) -> AppResult<AttemptRow> {
    let attempt = owned_attempt(conn, user_id, attempt_id)?;
    if attempt.submitted_at.is_some() {
        return Err(AppError::Conflict(format!("This attempt is submitted: {what} can no longer change.")));
    }
    if now > attempt.deadline_at + GRACE_SECS {
        return Err(AppError::Conflict(format!(
            "The time is up: {what} can no longer change. Your answers saved by the deadline are graded."
        )));
    }
    Ok(attempt)
}

/// Flags one question of an open attempt for review, or clears its flag (the same rules as
/// answers: the learner's own attempt, before submission and the deadline's grace). Returns
/// the flag as stored.
pub fn set_flag(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    attempt_id: i64,
    question_id: &str,
    flagged: bool,
) -> AppResult<bool> {
    db::transaction(conn, |conn| {
        still_open(conn, now, user_id, attempt_id, "flags")?;
        let changed =
            diesel::update(aq::table.filter(aq::attempt_id.eq(attempt_id)).filter(aq::public_id.eq(question_id)))
                .set(aq::flagged.eq(flagged))
                .execute(conn)?;
        if changed == 0 {
            return Err(AppError::NotFound);
        }
        Ok(flagged)
    })
}

/// Grades an attempt once: the first caller (learner, sweeper, expired start) closes it with a
/// conditional UPDATE and writes the result, and queues the result e-mail, in the same
/// transaction; every later or concurrent caller reads that result.
fn finish_in_transaction(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    attempt_id: i64,
    by: &str,
) -> QueryResult<Grade> {
    let won = diesel::update(a::table.filter(a::id.eq(attempt_id)).filter(a::submitted_at.is_null()))
        .set((a::submitted_at.eq(now), a::closed_by.eq(by)))
        .execute(conn)?
        == 1;
    let attempt: AttemptRow = a::table.find(attempt_id).select(AttemptRow::as_select()).first(conn)?;
    if !won {
        return Ok(stored_grade(&attempt));
    }
    let pass_percent: i32 = e::table.find(attempt.exam_id).select(e::pass_percent).first(conn)?;
    let lines: Vec<(i32, String, Option<String>, String, String)> = aq::table
        .inner_join(q::table)
        .filter(aq::attempt_id.eq(attempt_id))
        .order(aq::position)
        .select((aq::position, aq::options_json, aq::selected_json, q::options_json, q::topic))
        .load(conn)?;
    let mut results = Vec::new();
    for (position, placed_json, selected_json, options_json, topic) in lines {
        let placed: Vec<PlacedOption> = serde_json::from_str(&placed_json).unwrap_or_default();
        let options: Vec<StoredOption> = serde_json::from_str(&options_json).unwrap_or_default();
        let chosen_ids: Vec<String> =
            selected_json.as_deref().and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default();
        let correct: BTreeSet<usize> = options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect();
        let chosen: BTreeSet<usize> = placed.iter().filter(|p| chosen_ids.contains(&p.id)).map(|p| p.index).collect();
        let ok = question_correct(&correct, &chosen);
        diesel::update(aq::table.find((attempt_id, position))).set(aq::correct.eq(ok)).execute(conn)?;
        results.push((topic, ok));
    }
    let graded = grade(&results, i64::from(pass_percent));
    diesel::update(a::table.find(attempt_id))
        .set((
            a::correct.eq(graded.correct as i32),
            a::score_percent.eq(graded.score_percent as i32),
            a::passed.eq(graded.passed),
            a::topics_json.eq(serde_json::to_string(&graded.topics).unwrap_or_else(|_| "[]".into())),
        ))
        .execute(conn)?;
    result_mail(conn, mailer, now, &attempt, &graded, by)?;
    announce(conn, mailer, attempt_id, now)?;
    Ok(graded)
}

/// Tells the learning-standards world that an attempt started or was graded, in its
/// transaction: an xAPI statement for the LRS, and a score for each LTI line item the learner
/// launched the exam with.
fn announce(conn: &mut DbConnection, mailer: &Mailer, attempt_id: i64, now: UnixSecs) -> QueryResult<()> {
    crate::interop::xapi_events::exam(conn, mailer.xapi(), attempt_id, now)?;
    crate::lti::ags::queue_scores(conn, attempt_id, now).map(|_| ())
}

#[derive(Serialize)]
struct ResultMail<'a> {
    name: &'a str,
    exam: &'a str,
    passed: bool,
    score_percent: i64,
    pass_percent: i32,
    correct: i64,
    total: i64,
    /// Closed when its time ran out, not submitted by the learner.
    timed_out: bool,
    result_url: String,
    exam_url: String,
    /// Topics below the pass mark, to study again.
    weak_topics: Vec<String>,
}

/// Queues the "exam result" e-mail of a graded attempt (in the grading transaction).
fn result_mail(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    attempt: &AttemptRow,
    graded: &Grade,
    by: &str,
) -> QueryResult<()> {
    let (name, email): (String, String) = crate::db::schema::users::table
        .find(attempt.user_id)
        .select((crate::db::schema::users::name, crate::db::schema::users::email))
        .first(conn)?;
    let (title, slug, pass_percent, course_id, course_slug): (String, String, i32, i64, String) = e::table
        .inner_join(crate::db::schema::courses::table)
        .filter(e::id.eq(attempt.exam_id))
        .select((e::title, e::slug, e::pass_percent, e::course_id, crate::db::schema::courses::slug))
        .first(conn)?;
    // The exam's name as the recipient reads it: its current translation, else the source's.
    let lang = crate::mail::recipient_language(conn, &email)?;
    let title = match lang {
        crate::i18n::DEFAULT => title,
        _ => crate::translations::store::exams(conn, course_id, lang)?.remove(&slug).map_or(title, |t| t.title),
    };
    let context = ResultMail {
        name: &name,
        exam: &title,
        passed: graded.passed,
        score_percent: graded.score_percent,
        pass_percent,
        correct: graded.correct,
        total: graded.total,
        timed_out: by != "learner",
        result_url: format!("{}/attempts/{}/result", mailer.public_url(), attempt.id),
        exam_url: format!("{}/exams/{course_slug}/{slug}", mailer.public_url()),
        weak_topics: graded
            .topics
            .iter()
            .filter(|t| t.total > 0 && t.correct * 100 < t.total * i64::from(pass_percent))
            .map(|t| t.topic.clone())
            .collect(),
    };
    mailer
        .enqueue(conn, &email, "exam_result", &context, now)
        .map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))
}

fn stored_grade(attempt: &AttemptRow) -> Grade {
    Grade {
        correct: i64::from(attempt.correct.unwrap_or(0)),
        total: i64::from(attempt.total),
        score_percent: i64::from(attempt.score_percent.unwrap_or(0)),
        passed: attempt.passed.unwrap_or(false),
        topics: attempt.topics_json.as_deref().and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default(),
    }
}

/// What a submission answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Submitted {
    pub result: ResultView,
    /// The training is complete and every exam of the course is passed: the credential is due.
    pub specialization_earned: bool,
}

/// Submits an attempt (idempotent: every call returns the same result).
pub fn submit(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    user_id: i64,
    attempt_id: i64,
) -> AppResult<Submitted> {
    db::transaction(conn, |conn| {
        let attempt = owned_attempt(conn, user_id, attempt_id)?;
        let by =
            if attempt.submitted_at.is_none() && now > attempt.deadline_at + GRACE_SECS { "late" } else { "learner" };
        let graded = finish_in_transaction(conn, mailer, now, attempt_id, by)?;
        let earned = graded.passed && after_pass(conn, mailer, now, &attempt)?;
        Ok(Submitted {
            result: ResultView { score_percent: graded.score_percent, passed: graded.passed, topics: graded.topics },
            specialization_earned: earned,
        })
    })
}

/// Closes every attempt past its deadline and grace; each is graded once, whichever instance's
/// sweeper gets there first. Returns how many this call closed.
pub fn sweep(conn: &mut DbConnection, mailer: &Mailer, now: UnixSecs) -> QueryResult<usize> {
    let expired: Vec<i64> = a::table
        .filter(a::submitted_at.is_null())
        .filter(a::deadline_at.lt(now - GRACE_SECS))
        .select(a::id)
        .load(conn)?;
    let mut closed = 0;
    for id in expired {
        db::transaction(conn, |conn| -> QueryResult<()> {
            let attempt: AttemptRow = a::table.find(id).select(AttemptRow::as_select()).first(conn)?;
            let graded = finish_in_transaction(conn, mailer, now, id, "sweeper")?;
            closed += usize::from(attempt.submitted_at.is_none());
            if graded.passed {
                after_pass(conn, mailer, now, &attempt)?;
            }
            Ok(())
        })?;
    }
    Ok(closed)
}

/// What a passed attempt earns, in its grading transaction: on the first path, the credential
/// once every exam of the cycle is passed; on the renewal track, the renewal of the credential
/// of the attempt's round (once, however many callers get here). Returns whether the
/// specialization was earned or renewed now or before by this attempt's round.
fn after_pass(conn: &mut DbConnection, mailer: &Mailer, now: UnixSecs, attempt: &AttemptRow) -> QueryResult<bool> {
    let (course_id, track): (i64, String) =
        e::table.find(attempt.exam_id).select((e::course_id, e::track)).first(conn)?;
    if track == "renewal" {
        let Some(row) = crate::credentials::lifecycle::latest(conn, attempt.user_id, course_id)? else {
            return Ok(false);
        };
        if crate::credentials::lifecycle::renew(conn, mailer, now, &row, &attempt.round)? {
            crate::progress::standing::restart_renewal_modules(conn, attempt.user_id, course_id)?;
            return Ok(true);
        }
        // Renewed already by a concurrent submit of the same round: the credential moved on.
        return Ok(row.renewed_at.is_some() && crate::credentials::lifecycle::renewal_round(&row) != attempt.round);
    }
    if specialization_earned(conn, attempt.user_id, course_id, &attempt.round)? {
        // Issued in the same transaction as the result that earns it; only once per cycle.
        crate::credentials::issue(conn, mailer, now, attempt.user_id, course_id)?;
        return Ok(true);
    }
    Ok(false)
}

/// The hook of the credential: the learner's training in the course is complete (or exempt)
/// and every exam of the first path has a passed attempt in this round (certification cycle).
pub fn specialization_earned(conn: &mut DbConnection, user_id: i64, course_id: i64, round: &str) -> QueryResult<bool> {
    if training_completed_at(conn, user_id, course_id)?.is_none() {
        return Ok(false);
    }
    let exam_ids: Vec<i64> =
        e::table.filter(e::course_id.eq(course_id)).filter(e::track.eq("path")).select(e::id).load(conn)?;
    if exam_ids.is_empty() {
        return Ok(false);
    }
    let passed: Vec<i64> = a::table
        .filter(a::user_id.eq(user_id))
        .filter(a::exam_id.eq_any(&exam_ids))
        .filter(a::round.eq(round))
        .filter(a::passed.eq(true))
        .select(a::exam_id)
        .distinct()
        .load(conn)?;
    Ok(passed.len() == exam_ids.len())
}

/// Gives a learner extra time and/or extra attempts on an exam, with the reason.
#[allow(clippy::too_many_arguments)]
pub fn grant_accommodation(
    conn: &mut DbConnection,
    now: UnixSecs,
    admin_id: i64,
    user_id: i64,
    course: &str,
    exam: &str,
    extra_time_percent: i64,
    extra_attempts: i64,
    reason: &str,
) -> AppResult<()> {
    let mut errors = crate::error::FieldErrors::new();
    if !(0..=EXTRA_TIME_PERCENT_MAX).contains(&extra_time_percent) {
        errors.insert(
            "extra_time_percent".into(),
            i18n::tr("admin-field-extra-time", &[("max", EXTRA_TIME_PERCENT_MAX.into())]),
        );
    }
    if !(0..=EXTRA_ATTEMPTS_MAX).contains(&extra_attempts) {
        errors.insert(
            "extra_attempts".into(),
            i18n::tr("admin-field-extra-attempts", &[("max", EXTRA_ATTEMPTS_MAX.into())]),
        );
    }
    if extra_time_percent == 0 && extra_attempts == 0 && errors.is_empty() {
        errors.insert("extra_time_percent".into(), i18n::t("admin-field-accommodation-empty"));
    }
    if reason.trim().is_empty() || reason.chars().count() > 500 {
        errors.insert("reason".into(), i18n::tr("admin-field-accommodation-reason", &[("max", 500_i64.into())]));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    db::transaction(conn, |conn| {
        let (exam, _) = exam_by_slug(conn, course, exam)?
            .ok_or_else(|| AppError::field("exam", format!("There is no exam `{exam}` in course `{course}`.")))?;
        let exists: bool = diesel::select(diesel::dsl::exists(u::table.find(user_id))).get_result(conn)?;
        if !exists {
            return Err(AppError::NotFound);
        }
        diesel::insert_into(acc::table)
            .values((
                acc::user_id.eq(user_id),
                acc::exam_id.eq(exam.id),
                acc::extra_time_percent.eq(extra_time_percent as i32),
                acc::extra_attempts.eq(extra_attempts as i32),
                acc::reason.eq(reason.trim()),
                acc::granted_by.eq(admin_id),
                acc::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// The exam a page is about.
pub fn exam_row(conn: &mut DbConnection, course: &str, exam: &str) -> QueryResult<Option<ExamRow>> {
    Ok(exam_by_slug(conn, course, exam)?.map(|(row, _)| row))
}

/// An exam as a course page lists it (public).
#[derive(Debug, Clone, Serialize)]
pub struct ExamSummary {
    pub slug: String,
    pub title: String,
    pub description_html: String,
    pub questions: i64,
    pub time_limit_minutes: i64,
    pub pass_percent: i64,
}

/// The exams of a course, in order.
pub fn course_exams(conn: &mut DbConnection, course: &str) -> QueryResult<Vec<ExamSummary>> {
    let rows: Vec<ExamRow> = e::table
        .inner_join(c::table)
        .filter(c::slug.eq(course))
        .order(e::position)
        .select(ExamRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|exam| ExamSummary {
            questions: exam.question_count(),
            time_limit_minutes: exam.time_limit_seconds / 60,
            pass_percent: i64::from(exam.pass_percent),
            slug: exam.slug,
            title: exam.title,
            description_html: exam.description_html,
        })
        .collect())
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use diesel::connection::SimpleConnection;

    use super::*;

    /// The paper's INSERT is prepared once per paper size on a connection, then reused: diesel
    /// reports each statement it prepares and keeps (`CacheQuery`).
    #[test]
    fn a_papers_insert_is_prepared_once_per_size_and_connection() {
        let mut conn = DbConnection::Sqlite(diesel::SqliteConnection::establish(":memory:").unwrap());
        conn.batch_execute(
            "CREATE TABLE attempt_questions (attempt_id INTEGER, position INTEGER, public_id TEXT, question_id INTEGER, options_json TEXT)",
        )
        .unwrap();
        let prepared = crate::test_support::count_kept_statements(&mut conn);
        let paper = |n: usize| -> Vec<crate::exams::paper::PlacedQuestion> {
            (0..n)
                .map(|i| crate::exams::paper::PlacedQuestion {
                    question_id: i as i64,
                    public_id: format!("q{i}"),
                    options: vec![PlacedOption { id: format!("o{i}"), index: 0 }],
                })
                .collect()
        };
        for _ in 0..3 {
            insert_paper(&mut conn, 7, &paper(35)).unwrap();
        }
        assert_eq!(prepared.load(Ordering::SeqCst), 1, "three papers of 35, one statement");
        insert_paper(&mut conn, 8, &paper(20)).unwrap();
        assert_eq!(prepared.load(Ordering::SeqCst), 2, "another size, another statement");
        let stored: i64 = diesel::dsl::sql::<diesel::sql_types::BigInt>("SELECT COUNT(*) FROM attempt_questions")
            .get_result(&mut conn)
            .unwrap();
        assert_eq!(stored, 3 * 35 + 20);
    }
}
