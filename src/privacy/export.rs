//! Everything we hold about one person, as one JSON document (GDPR articles 15 and 20): the
//! account, progress, knowledge-check and exam answers (the options chosen, as text), results,
//! credentials with their history, the e-mails sent to them, partner membership, LTI links and
//! xAPI statements. Never a password hash, a token, or anyone else's data (who invited them or
//! decided about them is left out; a partner is named, its people are not). The document's
//! shape is in `document`.

use diesel::prelude::*;

use super::document::{
    Accommodation, Account, Attempt, AttemptAnswer, CheckAnswer, Credential, DataExport, EXPORT_FORMAT, Exemption,
    InvitationReceived, Lti, LtiAccount, LtiGradeLink, LtiScore, Mail, ModuleProgress, NameCorrection, PartnerMove,
    PartnerRef, Renewal, TrainingCompletion, XapiStatement,
};
use crate::clock::{UnixSecs, rfc3339};
use crate::content::render::CheckOption;
use crate::db::DbConnection;
use crate::db::schema::{
    accommodations as acc, attempt_questions as aq, attempts as a, check_answers as ca, courses as c,
    credential_renewals as rn, exams as e, exemptions as ex, invitations as inv, knowledge_checks as kc,
    lti_accounts as la, lti_grade_links as lg, lti_platforms as lp, lti_scores as ls, module_progress as mp,
    modules as m, partner_moves as pm, partners as p, questions as q, training_completions as tc,
    xapi_statements as xs,
};
use crate::error::{AppError, AppResult};
use crate::exams::paper::PlacedOption;
use crate::exams::sync::StoredOption;

fn at(t: i64) -> String {
    rfc3339(t)
}

fn at_opt(t: Option<i64>) -> Option<String> {
    t.map(rfc3339)
}

/// Sanitized HTML as one line of text.
fn text_of(html: &str) -> String {
    crate::exams::navigator::plain_text(html).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn json_of(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.to_owned()))
}

/// Builds the export of one person.
pub fn export(conn: &mut DbConnection, now: UnixSecs, user_id: i64) -> AppResult<DataExport> {
    let user = crate::accounts::users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
    let partner = match user.partner_id {
        Some(id) => crate::partners::find(conn, id)?.map(|p| PartnerRef {
            name: p.name,
            country: p.country,
            partner_code: p.partner_code,
        }),
        None => None,
    };
    let account = Account {
        id: user.id,
        name: user.name.clone(),
        email: user.email.clone(),
        role: user.role.clone(),
        company: user.company.clone(),
        country: user.country.clone(),
        locale: user.locale.clone(),
        created_at: at(user.created_at),
        email_verified_at: at_opt(user.email_verified_at),
        partner,
    };
    Ok(DataExport {
        format: EXPORT_FORMAT,
        exported_at: at(now),
        account,
        partner_moves: partner_moves(conn, user_id)?,
        invitations: invitations(conn, user_id, &user.email)?,
        progress: progress(conn, user_id)?,
        training_completions: completions(conn, user_id)?,
        exemptions: exemptions(conn, user_id)?,
        accommodations: accommodations(conn, user_id)?,
        knowledge_checks: check_answers(conn, user_id)?,
        exam_attempts: attempts(conn, user_id)?,
        credentials: credentials(conn, user_id)?,
        name_corrections: name_corrections(conn, user_id)?,
        mails: crate::mail::outbox::sent_to(conn, &user.email)?
            .into_iter()
            .map(|r| Mail {
                subject: r.subject,
                created_at: at(r.created_at),
                sent_at: at_opt(r.sent_at),
                body_text: r.body_text,
            })
            .collect(),
        lti: lti(conn, user_id)?,
        xapi_statements: xapi(conn, user_id)?,
    })
}

fn partner_name(conn: &mut DbConnection, id: Option<i64>) -> QueryResult<Option<String>> {
    match id {
        Some(id) => p::table.find(id).select(p::name).first(conn).optional(),
        None => Ok(None),
    }
}

fn partner_moves(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<PartnerMove>> {
    let rows: Vec<(Option<i64>, Option<i64>, String, i64)> = pm::table
        .filter(pm::user_id.eq(user_id))
        .order((pm::at, pm::id))
        .select((pm::from_partner_id, pm::to_partner_id, pm::how, pm::at))
        .load(conn)?;
    rows.into_iter()
        .map(|(from, to, how, t)| {
            Ok(PartnerMove {
                from_partner: partner_name(conn, from)?,
                to_partner: partner_name(conn, to)?,
                how,
                at: at(t),
            })
        })
        .collect()
}

type InvitationRow = (String, String, i64, i64, Option<i64>);

fn invitations(conn: &mut DbConnection, user_id: i64, email: &str) -> QueryResult<Vec<InvitationReceived>> {
    let rows: Vec<InvitationRow> = inv::table
        .inner_join(p::table)
        .filter(inv::accepted_user_id.eq(user_id).or(inv::email.eq(email)))
        .order(inv::id)
        .select((p::name, inv::email, inv::created_at, inv::expires_at, inv::accepted_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(partner, email, created, expires, accepted)| InvitationReceived {
            partner,
            email,
            created_at: at(created),
            expires_at: at(expires),
            accepted_at: at_opt(accepted),
        })
        .collect())
}

type ProgressRow = (String, String, i64, i32, bool, i64, i64, Option<i64>);

fn progress(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<ModuleProgress>> {
    let rows: Vec<ProgressRow> = mp::table
        .inner_join(m::table.inner_join(c::table))
        .filter(mp::user_id.eq(user_id))
        .order((c::slug, m::position))
        .select((
            c::slug,
            m::slug,
            mp::active_seconds,
            mp::max_position_permille,
            mp::reached_end,
            mp::first_seen_at,
            mp::last_seen_at,
            mp::completed_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(course, module, active, position, end, first, last, completed)| ModuleProgress {
            course,
            module,
            active_seconds: active,
            max_position_permille: position,
            reached_end: end,
            first_seen_at: at(first),
            last_seen_at: at(last),
            completed_at: at_opt(completed),
        })
        .collect())
}

fn course_slug(conn: &mut DbConnection, id: i64) -> QueryResult<String> {
    c::table.find(id).select(c::slug).first(conn)
}

fn completions(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<TrainingCompletion>> {
    let rows: Vec<(i64, i64)> =
        tc::table.filter(tc::user_id.eq(user_id)).order(tc::id).select((tc::course_id, tc::completed_at)).load(conn)?;
    rows.into_iter()
        .map(|(course, t)| Ok(TrainingCompletion { course: course_slug(conn, course)?, completed_at: at(t) }))
        .collect()
}

fn exemptions(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Exemption>> {
    let rows: Vec<(i64, Option<i64>, String, i64)> = ex::table
        .filter(ex::user_id.eq(user_id))
        .order(ex::id)
        .select((ex::course_id, ex::module_id, ex::reason, ex::created_at))
        .load(conn)?;
    rows.into_iter()
        .map(|(course, module, reason, t)| {
            let module = match module {
                Some(id) => m::table.find(id).select(m::slug).first(conn).optional()?,
                None => None,
            };
            Ok(Exemption { course: course_slug(conn, course)?, module, reason, created_at: at(t) })
        })
        .collect()
}

fn accommodations(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Accommodation>> {
    let rows: Vec<(String, i32, i32, String, i64)> = acc::table
        .inner_join(e::table.on(e::id.eq(acc::exam_id)))
        .filter(acc::user_id.eq(user_id))
        .order(acc::id)
        .select((e::slug, acc::extra_time_percent, acc::extra_attempts, acc::reason, acc::created_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(exam, time, attempts, reason, t)| Accommodation {
            exam,
            extra_time_percent: time,
            extra_attempts: attempts,
            reason,
            created_at: at(t),
        })
        .collect())
}

type CheckRow = (String, String, Option<i64>, String, String, bool, i64, String, bool, i64, i32);

fn check_answers(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<CheckAnswer>> {
    let rows: Vec<CheckRow> = ca::table
        .inner_join(m::table.on(m::id.eq(ca::module_id)))
        .inner_join(c::table.on(c::id.eq(m::course_id)))
        .filter(ca::user_id.eq(user_id))
        .order((c::slug, m::position, ca::check_id))
        .select((
            c::slug,
            m::slug,
            m::published_revision_id,
            ca::check_id,
            ca::first_selected,
            ca::first_correct,
            ca::first_at,
            ca::last_selected,
            ca::last_correct,
            ca::last_at,
            ca::tries,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (course, module, revision, check, first, first_correct, first_at, last, last_correct, last_at, tries) in rows {
        let options: Vec<CheckOption> = match revision {
            Some(rev) => kc::table
                .filter(kc::revision_id.eq(rev))
                .filter(kc::public_id.eq(&check))
                .select(kc::options_json)
                .first::<String>(conn)
                .optional()?
                .and_then(|j| serde_json::from_str(&j).ok())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        // An option the module no longer has is shown by its id.
        let texts = |json: &str| -> Vec<String> {
            let ids: Vec<String> = serde_json::from_str(json).unwrap_or_default();
            ids.into_iter().map(|id| options.iter().find(|o| o.id == id).map_or(id, |o| text_of(&o.html))).collect()
        };
        out.push(CheckAnswer {
            course,
            module,
            first_selected: texts(&first),
            last_selected: texts(&last),
            check,
            first_correct,
            first_at: at(first_at),
            last_correct,
            last_at: at(last_at),
            tries,
        });
    }
    Ok(out)
}

#[derive(Queryable)]
struct AttemptRow {
    id: i64,
    course: String,
    exam: String,
    exam_title: String,
    number: i32,
    started_at: i64,
    deadline_at: i64,
    submitted_at: Option<i64>,
    closed_by: Option<String>,
    correct: Option<i32>,
    total: i32,
    score_percent: Option<i32>,
    passed: Option<bool>,
    topics_json: Option<String>,
}

type AnswerRow = (i32, String, Option<String>, Option<i64>, String, String);

fn attempts(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Attempt>> {
    let rows: Vec<AttemptRow> = a::table
        .inner_join(e::table.inner_join(c::table))
        .filter(a::user_id.eq(user_id))
        .order((a::started_at, a::id))
        .select((
            a::id,
            c::slug,
            e::slug,
            e::title,
            a::number,
            a::started_at,
            a::deadline_at,
            a::submitted_at,
            a::closed_by,
            a::correct,
            a::total,
            a::score_percent,
            a::passed,
            a::topics_json,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for row in rows {
        let lines: Vec<AnswerRow> = aq::table
            .inner_join(q::table)
            .filter(aq::attempt_id.eq(row.id))
            .order(aq::position)
            .select((aq::position, aq::options_json, aq::selected_json, aq::saved_at, q::stem_html, q::options_json))
            .load(conn)?;
        let answers = lines
            .into_iter()
            .map(|(position, placed, selected, saved_at, stem, stored)| {
                let placed: Vec<PlacedOption> = serde_json::from_str(&placed).unwrap_or_default();
                let stored: Vec<StoredOption> = serde_json::from_str(&stored).unwrap_or_default();
                let selected: Vec<String> =
                    selected.as_deref().and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default();
                let selected = selected
                    .iter()
                    .filter_map(|id| placed.iter().find(|p| &p.id == id))
                    .filter_map(|p| stored.get(p.index))
                    .map(|o| text_of(&o.html))
                    .collect();
                AttemptAnswer { position, question: text_of(&stem), selected, saved_at: at_opt(saved_at) }
            })
            .collect();
        out.push(Attempt {
            course: row.course,
            exam: row.exam,
            exam_title: row.exam_title,
            number: row.number,
            started_at: at(row.started_at),
            deadline_at: at(row.deadline_at),
            submitted_at: at_opt(row.submitted_at),
            closed_by: row.closed_by,
            correct: row.correct,
            total: row.total,
            score_percent: row.score_percent,
            passed: row.passed,
            topics: row.topics_json.as_deref().map(json_of),
            answers,
        });
    }
    Ok(out)
}

fn credentials(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<Credential>> {
    let mut out = Vec::new();
    for row in crate::credentials::of_user(conn, user_id)? {
        let events = crate::credentials::history(conn, row.id)?;
        let renewals: Vec<(i64, i64, i64, bool)> = rn::table
            .filter(rn::credential_id.eq(row.id))
            .order(rn::id)
            .select((rn::previous_expires_at, rn::expires_at, rn::renewed_at, rn::in_grace))
            .load(conn)?;
        out.push(Credential {
            id: row.public_id,
            title: row.title,
            holder_name: row.holder_name,
            cycle: row.cycle,
            issued_at: at(row.issued_at),
            expires_at: at(row.expires_at),
            renewed_at: at_opt(row.renewed_at),
            revoked_at: at_opt(row.revoked_at),
            revocation_reason: row.revocation_reason,
            events,
            renewals: renewals
                .into_iter()
                .map(|(previous, expires, renewed, in_grace)| Renewal {
                    previous_expires_at: at(previous),
                    expires_at: at(expires),
                    renewed_at: at(renewed),
                    in_grace,
                })
                .collect(),
        });
    }
    Ok(out)
}

fn name_corrections(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<NameCorrection>> {
    Ok(crate::credentials::corrections::of_user(conn, user_id)?
        .into_iter()
        .rev()
        .map(|c| NameCorrection {
            previous_name: c.previous_name,
            requested_name: c.requested_name,
            reason: c.reason,
            status: c.status,
            requested_at: c.requested_at,
            decision_note: c.decision_note,
        })
        .collect())
}

type ScoreRow = (String, String, String, i64, Option<i64>);

fn lti(conn: &mut DbConnection, user_id: i64) -> QueryResult<Lti> {
    let accounts: Vec<(String, String, i64)> = la::table
        .inner_join(lp::table)
        .filter(la::user_id.eq(user_id))
        .order(la::created_at)
        .select((lp::issuer, la::sub, la::created_at))
        .load(conn)?;
    let links: Vec<(String, String, String, i64)> = lg::table
        .inner_join(lp::table)
        .inner_join(e::table.on(e::id.eq(lg::exam_id)))
        .filter(lg::user_id.eq(user_id))
        .order(lg::id)
        .select((lp::issuer, e::slug, lg::lineitem, lg::created_at))
        .load(conn)?;
    let scores: Vec<ScoreRow> = ls::table
        .inner_join(lp::table)
        .filter(ls::user_id.eq(user_id))
        .order(ls::id)
        .select((lp::issuer, ls::lineitem, ls::body, ls::created_at, ls::sent_at))
        .load(conn)?;
    Ok(Lti {
        accounts: accounts
            .into_iter()
            .map(|(platform, sub, t)| LtiAccount { platform, sub, created_at: at(t) })
            .collect(),
        grade_links: links
            .into_iter()
            .map(|(platform, exam, lineitem, t)| LtiGradeLink { platform, exam, lineitem, created_at: at(t) })
            .collect(),
        scores: scores
            .into_iter()
            .map(|(platform, lineitem, body, t, sent)| LtiScore {
                platform,
                lineitem,
                score: json_of(&body),
                created_at: at(t),
                sent_at: at_opt(sent),
            })
            .collect(),
    })
}

fn xapi(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<XapiStatement>> {
    let rows: Vec<(String, String, String, i64, Option<i64>)> = xs::table
        .filter(xs::user_id.eq(user_id))
        .order(xs::id)
        .select((xs::statement_id, xs::verb, xs::body, xs::created_at, xs::sent_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, verb, body, t, sent)| XapiStatement {
            id,
            verb,
            statement: json_of(&body),
            created_at: at(t),
            sent_at: at_opt(sent),
        })
        .collect())
}
