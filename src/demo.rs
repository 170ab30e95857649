//! `ess-academy demo-data --learners N`: realistic synthetic data for demos and the reports
//! benchmark. Partners in varied countries, learners registered over the last 18 months
//! (more of them recently), ~80 % verified, progress through the shipped course's modules with
//! active time around each estimate, exam attempts (some fail and retry) and credentials for
//! those who passed both exams, some expired or revoked.
//!
//! Deterministic for a seed and a "now". Rows go in with multi-row INSERTs, a transaction per
//! chunk of learners; every learner shares one password hash (argon2 runs once, not N times).

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, RngCore, SeedableRng};

use crate::clock::{UnixSecs, add_months};
use crate::db::schema::{
    attempts as a, courses as c, credentials as cr, exams as e, module_progress as mp, module_revisions as r,
    modules as m, partners as p, training_completions as tc, users as u,
};
use crate::db::{self, DbConnection};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "demo-password-2026";
/// Learners per partner (at least one partner).
pub const LEARNERS_PER_PARTNER: usize = 200;
/// Learners written per transaction.
const CHUNK_LEARNERS: usize = 2_000;
/// Rows per INSERT: 2 000 rows of at most 12 columns stay under SQLite's 32 766 bound values.
const INSERT_BATCH_ROWS: usize = 2_000;
/// How far back registrations go.
const HISTORY_MONTHS: i64 = 18;
/// Share of learners who verify their e-mail.
const VERIFIED_SHARE: f64 = 0.8;
/// Share of learners who belong to a partner.
const PARTNER_SHARE: f64 = 0.9;
/// Share of credentials revoked.
const REVOKED_SHARE: f64 = 0.015;
/// Questions on a paper when the blueprint cannot be read.
const DEFAULT_PAPER_QUESTIONS: i32 = 35;
/// Seconds in a day.
const DAY: i64 = 86_400;

/// Countries of partners and learners, with weights.
const COUNTRIES: &[(&str, u32)] = &[
    ("US", 18),
    ("DE", 10),
    ("GB", 9),
    ("FR", 7),
    ("JP", 6),
    ("NL", 5),
    ("IT", 5),
    ("ES", 5),
    ("CA", 5),
    ("AU", 4),
    ("SE", 3),
    ("IN", 4),
    ("BR", 3),
    ("MX", 2),
    ("PL", 2),
    ("CH", 2),
    ("SG", 2),
    ("ZA", 2),
    ("AT", 1),
    ("BE", 1),
    ("IE", 1),
    ("DK", 1),
    ("NO", 1),
    ("FI", 1),
    ("KR", 2),
    ("AE", 1),
];
const FIRST_NAMES: &[&str] = &[
    "Ana", "Ben", "Chloé", "David", "Elif", "Farah", "Gustav", "Hana", "Ivan", "Jana", "Kenji", "Laura", "Mateo",
    "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Tomás", "Uma", "Vera", "Wei", "Ximena", "Yusuf", "Zoë",
    "Łukasz", "Ingrid", "Amara", "Noah",
];
const LAST_NAMES: &[&str] = &[
    "Andersen", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "García", "Hoffmann", "Ito", "Jensen", "Kowalski",
    "López", "Müller", "Nakamura", "O'Brien", "Patel", "Rossi", "Schmidt", "Tanaka", "Usman", "van Dijk", "Wang",
    "Yilmaz", "Zhang", "Novák", "Silva", "Murphy", "Kim",
];
const COMPANY_WORDS: &[&str] = &[
    "Green",
    "Circular",
    "Blue",
    "Northern",
    "Summit",
    "Harbor",
    "Apex",
    "Meridian",
    "Evergreen",
    "Cobalt",
    "Granite",
    "Lumen",
    "Orbit",
    "Pioneer",
    "Redwood",
    "Silver",
];
const COMPANY_KINDS: &[&str] = &["Networks", "Systems", "Solutions", "IT Services", "Integration", "Technologies"];

/// What `generate` made.
#[derive(Debug, Default, Clone)]
pub struct DemoReport {
    pub partners: usize,
    pub learners: usize,
    pub verified: usize,
    pub progress_rows: usize,
    pub training_complete: usize,
    pub attempts: usize,
    pub credentials: usize,
    pub expired: usize,
    pub revoked: usize,
    pub imported_courses: bool,
    pub millis: u128,
}

impl std::fmt::Display for DemoReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} partners, {} learners ({} verified), {} progress rows, {} trainings complete, {} exam attempts, \
             {} credentials ({} expired, {} revoked) in {:.1} s{}",
            self.partners,
            self.learners,
            self.verified,
            self.progress_rows,
            self.training_complete,
            self.attempts,
            self.credentials,
            self.expired,
            self.revoked,
            self.millis as f64 / 1000.0,
            if self.imported_courses { " (the courses were imported first)" } else { "" }
        )
    }
}

/// A module of the course: id and estimated minutes.
struct DemoModule {
    id: i64,
    minutes: i64,
}

/// An exam: id, max attempts, time limit, questions on a paper.
struct DemoExam {
    id: i64,
    max_attempts: i32,
    time_limit: i64,
    questions: i32,
}

/// The course the data is about.
struct Course {
    id: i64,
    title: String,
    valid_months: i64,
    modules: Vec<DemoModule>,
    exams: Vec<DemoExam>,
}

/// Runs a diesel query on whichever backend the connection is: batch INSERTs are typed per
/// backend, so the expression is written once and compiled for each arm.
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            DbConnection::Sqlite($c) => $body,
            DbConnection::Postgresql($c) => $body,
        }
    };
}

/// Fills the database with `learners` demo learners (and `learners / 200` partners). Imports
/// the courses under `courses_dir` first when the database has no course yet. Refuses to run
/// twice on one database.
pub fn generate(
    conn: &mut DbConnection,
    courses_dir: &Path,
    now: UnixSecs,
    learners: usize,
    seed: u64,
) -> anyhow::Result<DemoReport> {
    generate_with(conn, courses_dir, now, learners, seed, Profile::Realistic)
}

/// How engaged the synthetic learners are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// Many stop part-way; most who take the exams pass within two attempts.
    Realistic,
    /// A load-test shape: nearly every learner works through the training and the exams, and
    /// more retry (about 10 progress rows and 3 exam attempts per learner).
    Busy,
}

/// `generate` with a profile.
pub fn generate_with(
    conn: &mut DbConnection,
    courses_dir: &Path,
    now: UnixSecs,
    learners: usize,
    seed: u64,
    profile: Profile,
) -> anyhow::Result<DemoReport> {
    let started = Instant::now();
    let mut report = DemoReport::default();
    let existing: i64 = u::table.filter(u::email.like("demo-%@demo.example")).count().get_result(conn)?;
    if existing > 0 {
        bail!("this database already has demo data ({existing} demo learners); use an empty database");
    }
    let has_course: i64 = c::table.count().get_result(conn)?;
    if has_course == 0 {
        let imported = crate::course_load::sync::import(conn, now, courses_dir, false)?;
        if imported.courses == 0 {
            bail!("no course could be imported from {}: {imported}", courses_dir.display());
        }
        report.imported_courses = true;
    }
    let course = load_course(conn)?;
    let mut rng = StdRng::seed_from_u64(seed);
    let hash = crate::accounts::password::hash_password(DEMO_PASSWORD)?;

    let partners = make_partners(conn, &mut rng, now, learners.div_ceil(LEARNERS_PER_PARTNER).max(1))?;
    report.partners = partners.len();
    let mut next = 0;
    while next < learners {
        let end = (next + CHUNK_LEARNERS).min(learners);
        db::transaction(conn, |conn| {
            make_chunk(conn, &mut rng, now, &course, &partners, &hash, next..end, &mut report, profile)
        })?;
        next = end;
    }
    report.learners = learners;
    report.millis = started.elapsed().as_millis();
    Ok(report)
}

fn load_course(conn: &mut DbConnection) -> anyhow::Result<Course> {
    let (id, title, toml_text): (i64, String, String) = c::table
        .order(c::id)
        .select((c::id, c::credential_name, c::course_toml))
        .first(conn)
        .context("no course in the database")?;
    let valid_months = toml::from_str::<crate::content::course::CourseToml>(&toml_text)
        .map(|t| t.credential.valid_months)
        .unwrap_or(12);
    let modules = m::table
        .inner_join(r::table.on(m::published_revision_id.eq(r::id.nullable())))
        .filter(m::course_id.eq(id))
        .filter(m::retired_at.is_null())
        .filter(m::track.eq("path"))
        .order((m::position, m::id))
        .select((m::id, r::minutes))
        .load::<(i64, i32)>(conn)?
        .into_iter()
        .map(|(id, minutes)| DemoModule { id, minutes: i64::from(minutes) })
        .collect::<Vec<_>>();
    if modules.is_empty() {
        bail!("the course has no published modules");
    }
    let exams = e::table
        .filter(e::course_id.eq(id))
        .filter(e::track.eq("path"))
        .order((e::position, e::id))
        .select((e::id, e::max_attempts, e::time_limit_seconds, e::blueprint_json))
        .load::<(i64, i32, i64, String)>(conn)?
        .into_iter()
        .map(|(id, max_attempts, time_limit, blueprint)| DemoExam {
            id,
            max_attempts: max_attempts.max(1),
            time_limit,
            questions: paper_questions(&blueprint),
        })
        .collect();
    Ok(Course { id, title, valid_months, modules, exams })
}

/// The questions on a paper: the sum of the blueprint's counts.
fn paper_questions(blueprint_json: &str) -> i32 {
    let value: serde_json::Value = serde_json::from_str(blueprint_json).unwrap_or_default();
    let sum: i64 = value.as_array().map_or(0, |topics| topics.iter().filter_map(|t| t["count"].as_i64()).sum());
    if sum > 0 { sum as i32 } else { DEFAULT_PAPER_QUESTIONS }
}

fn pick_country(rng: &mut StdRng) -> &'static str {
    let total: u32 = COUNTRIES.iter().map(|c| c.1).sum();
    let mut n = rng.random_range(0..total);
    for (code, weight) in COUNTRIES {
        if n < *weight {
            return code;
        }
        n -= weight;
    }
    "US"
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut StdRng) -> f64 {
    let u1 = rng.random::<f64>().max(1e-12);
    let u2 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// A partner: id, name, country.
struct DemoPartner {
    id: i64,
    name: String,
    country: &'static str,
}

fn make_partners(
    conn: &mut DbConnection,
    rng: &mut StdRng,
    now: UnixSecs,
    count: usize,
) -> anyhow::Result<Vec<DemoPartner>> {
    let mut rows = Vec::with_capacity(count);
    for i in 0..count {
        let name = format!(
            "{} {} {}",
            COMPANY_WORDS[rng.random_range(0..COMPANY_WORDS.len())],
            COMPANY_KINDS[rng.random_range(0..COMPANY_KINDS.len())],
            i + 1
        );
        let country = pick_country(rng);
        let created = add_months(now, -HISTORY_MONTHS - 1) + rng.random_range(0..30 * DAY);
        rows.push((name, country, format!("DEMO-{:05}", i + 1), created));
    }
    db::transaction(conn, |conn| -> QueryResult<()> {
        for batch in rows.chunks(INSERT_BATCH_ROWS) {
            let values: Vec<_> = batch
                .iter()
                .map(|(name, country, code, created)| {
                    (p::name.eq(name), p::country.eq(*country), p::partner_code.eq(code), p::created_at.eq(*created))
                })
                .collect();
            on_backend!(conn, |c| diesel::insert_into(p::table).values(&values).execute(c))?;
        }
        Ok(())
    })?;
    let ids: HashMap<String, i64> = p::table
        .filter(p::partner_code.like("DEMO-%"))
        .select((p::partner_code, p::id))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|(name, country, code, _)| ids.get(&code).map(|id| DemoPartner { id: *id, name, country }))
        .collect())
}

/// A module_progress row before its user id is known.
struct PlannedProgress {
    module_id: i64,
    active: i64,
    position: i32,
    ended: bool,
    first_seen: i64,
    last_seen: i64,
    completed: Option<i64>,
}

/// A submitted attempt before its user id is known.
struct PlannedAttempt {
    exam_id: i64,
    number: i32,
    started: i64,
    deadline: i64,
    submitted: i64,
    correct: i32,
    total: i32,
    score: i32,
    passed: bool,
}

/// One learner's rows before their user id is known.
struct Plan {
    progress: Vec<PlannedProgress>,
    completed_at: Option<i64>,
    attempts: Vec<PlannedAttempt>,
    /// (issued, expires, revoked)
    credential: Option<(i64, i64, Option<i64>)>,
}

#[expect(clippy::too_many_arguments, reason = "the generator's state, passed down once per chunk")]
fn make_chunk(
    conn: &mut DbConnection,
    rng: &mut StdRng,
    now: UnixSecs,
    course: &Course,
    partners: &[DemoPartner],
    hash: &str,
    range: std::ops::Range<usize>,
    report: &mut DemoReport,
    profile: Profile,
) -> anyhow::Result<()> {
    let history = now - add_months(now, -HISTORY_MONTHS);
    let mut users = Vec::with_capacity(range.len());
    let mut plans = Vec::with_capacity(range.len());
    let mut names = Vec::with_capacity(range.len());
    for i in range.clone() {
        // More people registered recently: the square root leans the draw towards now.
        let created = now - ((1.0 - rng.random::<f64>().sqrt()) * history as f64) as i64 - rng.random_range(60..3600);
        let verified = rng.random_bool(VERIFIED_SHARE).then(|| created + rng.random_range(60..2 * DAY));
        // Squaring the draw makes partners of very different sizes: a few large, many small.
        let partner = rng.random_bool(PARTNER_SHARE).then(|| {
            &partners[((rng.random::<f64>().powi(2) * partners.len() as f64) as usize).min(partners.len() - 1)]
        });
        let country = match partner {
            Some(p) if rng.random_bool(0.85) => p.country,
            _ => pick_country(rng),
        };
        let name = format!(
            "{} {}",
            FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())],
            LAST_NAMES[rng.random_range(0..LAST_NAMES.len())]
        );
        let company = partner.map_or_else(|| "Independent consultant".to_owned(), |p| p.name.clone());
        let plan = plan_learner(rng, now, course, created, verified.is_some(), profile);
        // The funnel's "started", as the first heartbeat sets it.
        let started = plan.progress.iter().map(|p| p.first_seen).min();
        users.push((
            u::email.eq(format!("demo-{i:06}@demo.example")),
            u::password_hash.eq(hash.to_owned()),
            u::name.eq(name.clone()),
            u::company.eq(company),
            u::country.eq(country),
            u::role.eq("learner"),
            u::email_verified_at.eq(verified),
            u::token_version.eq(0_i64),
            u::created_at.eq(created),
            u::updated_at.eq(verified.unwrap_or(created)),
            u::partner_id.eq(partner.map(|p| p.id)),
            u::started_at.eq(started),
        ));
        plans.push(plan);
        names.push(name);
        if verified.is_some() {
            report.verified += 1;
        }
    }
    for batch in users.chunks(INSERT_BATCH_ROWS) {
        on_backend!(&mut *conn, |c| diesel::insert_into(u::table).values(batch).execute(c))?;
    }
    let first = format!("demo-{:06}@demo.example", range.start);
    let last = format!("demo-{:06}@demo.example", range.end - 1);
    let ids: Vec<i64> = u::table.filter(u::email.between(&first, &last)).order(u::email).select(u::id).load(conn)?;
    if ids.len() != plans.len() {
        bail!("expected {} demo learners in {first}…{last}, found {}", plans.len(), ids.len());
    }

    let mut progress = Vec::new();
    let mut completions = Vec::new();
    let mut attempts = Vec::new();
    let mut credentials = Vec::new();
    for ((user_id, plan), name) in ids.into_iter().zip(plans).zip(names) {
        for row in plan.progress {
            progress.push((
                mp::user_id.eq(user_id),
                mp::module_id.eq(row.module_id),
                mp::active_seconds.eq(row.active),
                mp::max_position_permille.eq(row.position),
                mp::reached_end.eq(row.ended),
                mp::first_seen_at.eq(row.first_seen),
                mp::last_seen_at.eq(row.last_seen),
                mp::completed_at.eq(row.completed),
            ));
        }
        if let Some(at) = plan.completed_at {
            completions.push((tc::user_id.eq(user_id), tc::course_id.eq(course.id), tc::completed_at.eq(at)));
        }
        for row in plan.attempts {
            attempts.push((
                a::user_id.eq(user_id),
                a::exam_id.eq(row.exam_id),
                a::number.eq(row.number),
                a::started_at.eq(row.started),
                a::deadline_at.eq(row.deadline),
                a::submitted_at.eq(Some(row.submitted)),
                a::closed_by.eq(Some("learner")),
                a::correct.eq(Some(row.correct)),
                a::total.eq(row.total),
                a::score_percent.eq(Some(row.score)),
                a::passed.eq(Some(row.passed)),
                a::topics_json.eq(Some("[]")),
            ));
        }
        if let Some((issued, expires, revoked)) = plan.credential {
            let mut id = [0u8; 18];
            rng.fill_bytes(&mut id);
            credentials.push((
                cr::public_id.eq(URL_SAFE_NO_PAD.encode(id)),
                cr::user_id.eq(user_id),
                cr::course_id.eq(course.id),
                cr::holder_name.eq(name),
                cr::title.eq(course.title.clone()),
                cr::issued_at.eq(issued),
                cr::valid_since.eq(issued),
                cr::expires_at.eq(expires),
                cr::revoked_at.eq(revoked),
                cr::revocation_reason.eq(revoked.map(|_| "Demo data: revoked for illustration")),
            ));
            report.expired += usize::from(expires <= now && revoked.is_none());
            report.revoked += usize::from(revoked.is_some());
        }
    }
    for batch in progress.chunks(INSERT_BATCH_ROWS) {
        on_backend!(&mut *conn, |c| diesel::insert_into(mp::table).values(batch).execute(c))?;
    }
    for batch in completions.chunks(INSERT_BATCH_ROWS) {
        on_backend!(&mut *conn, |c| diesel::insert_into(tc::table).values(batch).execute(c))?;
    }
    for batch in attempts.chunks(INSERT_BATCH_ROWS) {
        on_backend!(&mut *conn, |c| diesel::insert_into(a::table).values(batch).execute(c))?;
    }
    for batch in credentials.chunks(INSERT_BATCH_ROWS) {
        on_backend!(&mut *conn, |c| diesel::insert_into(cr::table).values(batch).execute(c))?;
    }
    report.progress_rows += progress.len();
    report.training_complete += completions.len();
    report.attempts += attempts.len();
    report.credentials += credentials.len();
    Ok(())
}

/// How far a learner gets, and when: modules at a pace of days each (never past now), then
/// the exams with at least a day between attempts, then the credential.
fn plan_learner(
    rng: &mut StdRng,
    now: UnixSecs,
    course: &Course,
    created: i64,
    verified: bool,
    profile: Profile,
) -> Plan {
    let n = course.modules.len();
    let busy = profile == Profile::Busy;
    // Unverified people rarely get far; most verified ones finish, many stop part-way.
    let (none, partial) = match (busy, verified) {
        (false, true) => (0.08, 0.35),
        (false, false) => (0.5, 0.95),
        (true, _) => (0.0, 0.1),
    };
    let goal = match rng.random::<f64>() {
        x if x < none => 0,
        x if x < partial => rng.random_range(1..n.max(2)),
        _ => n,
    };
    let mut plan = Plan { progress: Vec::new(), completed_at: None, attempts: Vec::new(), credential: None };
    let mut t = created + rng.random_range(600..10 * DAY);
    let mut all_done = true;
    for (i, module) in course.modules.iter().enumerate().take(goal) {
        if t >= now {
            all_done = false;
            break;
        }
        let estimate = module.minutes * 60;
        let finishing = i + 1 < goal || goal == n;
        let factor = (0.35 * normal(rng)).exp().clamp(0.3, 4.0);
        let mut active = (estimate as f64 * factor) as i64;
        if !finishing {
            active = (active as f64 * rng.random_range(0.1..0.7)) as i64;
        } else {
            active = active.max(estimate / 2 + 60);
        }
        let active = active.max(30);
        let last = (t + active + rng.random_range(0..3 * DAY)).min(now - 1);
        let (position, ended, completed) =
            if finishing { (1000, true, Some(last)) } else { (rng.random_range(50..900), false, None) };
        all_done &= completed.is_some();
        plan.progress.push(PlannedProgress {
            module_id: module.id,
            active,
            position,
            ended,
            first_seen: t,
            last_seen: last,
            completed,
        });
        t = last + rng.random_range(DAY / 4..5 * DAY);
    }
    if goal < n || !all_done || plan.progress.len() < n {
        return plan;
    }
    let Some(done) = plan.progress.last().and_then(|p| p.completed) else { return plan };
    plan.completed_at = Some(done);
    // (The busy shape lets the unverified take exams too: it is about volume, not realism.)
    if !verified && !busy {
        return plan;
    }
    let mut t = done + rng.random_range(DAY / 2..14 * DAY);
    for (k, exam) in course.exams.iter().take(2).enumerate() {
        let takes = if busy {
            1.0
        } else if k == 0 {
            0.93
        } else {
            0.9
        };
        if !rng.random_bool(takes) {
            return plan;
        }
        let mut passed = false;
        for number in 1..=exam.max_attempts {
            if t + exam.time_limit >= now {
                return plan;
            }
            let pass_chance = match (busy, number) {
                (false, 1) => 0.55,
                (false, _) => 0.65,
                (true, 1) => 0.15,
                (true, _) => 0.3,
            };
            passed = rng.random_bool(pass_chance);
            let score = if passed { rng.random_range(80..=100) } else { rng.random_range(45..80) };
            let submitted = t + rng.random_range(exam.time_limit / 3..exam.time_limit);
            let correct = score * exam.questions / 100;
            plan.attempts.push(PlannedAttempt {
                exam_id: exam.id,
                number,
                started: t,
                deadline: t + exam.time_limit,
                submitted,
                correct,
                total: exam.questions,
                score,
                passed,
            });
            t = submitted + rng.random_range(DAY..10 * DAY);
            if passed {
                break;
            }
        }
        if !passed {
            return plan;
        }
        let last_submitted = plan.attempts.last().map_or(t, |a| a.submitted);
        if k == 1 || course.exams.len() == 1 {
            let expires = add_months(last_submitted, course.valid_months);
            let revoked =
                rng.random_bool(REVOKED_SHARE).then(|| (last_submitted + rng.random_range(DAY..60 * DAY)).min(now - 1));
            plan.credential = Some((last_submitted, expires, revoked));
        }
        t = last_submitted + rng.random_range(DAY / 4..7 * DAY);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paper_size_comes_from_the_blueprint() {
        assert_eq!(paper_questions(r#"[{"topic":"a","count":20},{"topic":"b","count":15}]"#), 35);
        assert_eq!(paper_questions("not json"), DEFAULT_PAPER_QUESTIONS);
    }

    #[test]
    fn normal_draws_are_centred_and_seeded() {
        let mut rng = StdRng::seed_from_u64(7);
        let draws: Vec<f64> = (0..20_000).map(|_| normal(&mut rng)).collect();
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!(mean.abs() < 0.05, "{mean}");
        let mut again = StdRng::seed_from_u64(7);
        assert_eq!(normal(&mut again), draws[0]);
    }
}
