//! Knowledge checks: a learner answers, is told at once whether the answer is right with the
//! explanation (and the picked options' feedback), and may try again. Each learner's first and
//! latest answer is kept per module and check id (so it survives a new revision of the module);
//! nothing is graded and nothing is gated on them. Programme admins see, per check, how many
//! learners got it right at the first try.

use std::collections::{BTreeSet, HashMap};

use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::render::{CheckOption, KnowledgeCheck};
use super::store::course_row;
use crate::clock::UnixSecs;
use crate::db::schema::{check_answers as ca, knowledge_checks as kc, modules as m};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};

/// A check as the learner sees it before answering: no key, no explanation, no feedback.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CheckView {
    pub id: String,
    /// `single` (one answer) or `multiple` (choose all that apply).
    pub kind: String,
    pub stem_html: String,
    pub options: Vec<OptionView>,
}

/// An option of a check, without whether it is correct.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = CheckOptionView)]
pub struct OptionView {
    pub id: String,
    pub html: String,
}

/// What an answer gets back.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Outcome {
    pub correct: bool,
    pub explanation_html: String,
    /// The feedback written for the options picked, when there is any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback_html: Option<String>,
}

/// A learner's latest answer to a check, shown again on the module page.
#[derive(Debug, Clone, Serialize)]
pub struct LastAnswer {
    pub selected: Vec<String>,
    pub correct: bool,
    pub tries: i32,
    pub outcome: Outcome,
}

/// The first-try results of a check, for programme admins.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CheckStat {
    /// The module's slug.
    pub module: String,
    pub module_title: String,
    /// The check's id.
    pub check: String,
    /// The check's stem, as HTML.
    pub stem_html: String,
    /// Learners who answered it.
    pub answered: i64,
    /// Of those, the share right at the first try (0–100), or null when nobody answered.
    pub first_try_correct_percent: Option<f64>,
}

impl From<&KnowledgeCheck> for CheckView {
    fn from(check: &KnowledgeCheck) -> Self {
        CheckView {
            id: check.id.clone(),
            kind: check.kind.clone(),
            stem_html: check.stem_html.clone(),
            options: check.options.iter().map(|o| OptionView { id: o.id.clone(), html: o.html.clone() }).collect(),
        }
    }
}

type CheckLine = (String, String, String, String, String);

fn to_check((id, kind, stem_html, options_json, explanation_html): CheckLine) -> KnowledgeCheck {
    let options: Vec<CheckOption> = serde_json::from_str(&options_json).unwrap_or_default();
    KnowledgeCheck { id, kind, stem_html, options, explanation_html }
}

/// The checks of a revision, in order.
pub fn checks_of(conn: &mut DbConnection, revision_id: i64) -> QueryResult<Vec<KnowledgeCheck>> {
    let lines: Vec<CheckLine> = kc::table
        .filter(kc::revision_id.eq(revision_id))
        .order(kc::position)
        .select((kc::public_id, kc::kind, kc::stem_html, kc::options_json, kc::explanation_html))
        .load(conn)?;
    Ok(lines.into_iter().map(to_check).collect())
}

/// Grades a selection against a check, without storing it.
pub fn outcome(check: &KnowledgeCheck, selected: &BTreeSet<String>) -> Outcome {
    let key: BTreeSet<String> = check.options.iter().filter(|o| o.correct).map(|o| o.id.clone()).collect();
    let feedback: Vec<&str> =
        check.options.iter().filter(|o| selected.contains(&o.id)).filter_map(|o| o.feedback_html.as_deref()).collect();
    Outcome {
        correct: &key == selected,
        explanation_html: check.explanation_html.clone(),
        feedback_html: (!feedback.is_empty()).then(|| feedback.join("\n")),
    }
}

/// The published module's id and its current checks; `NotFound` for a module that is not
/// published (or retired) in that course.
fn published_checks(conn: &mut DbConnection, course: &str, module: &str) -> AppResult<(i64, Vec<KnowledgeCheck>)> {
    let course = course_row(conn, course)?.ok_or(AppError::NotFound)?;
    let found: Option<(i64, Option<i64>)> = m::table
        .filter(m::course_id.eq(course.id))
        .filter(m::slug.eq(module))
        .filter(m::retired_at.is_null())
        .select((m::id, m::published_revision_id))
        .first(conn)
        .optional()?;
    let (module_id, Some(revision_id)) = found.ok_or(AppError::NotFound)? else {
        return Err(AppError::NotFound);
    };
    Ok((module_id, checks_of(conn, revision_id)?))
}

/// Records a learner's answer to a check and tells them whether it is right.
pub fn answer(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    (course, module, check_id): (&str, &str, &str),
    selected: &[String],
) -> AppResult<Outcome> {
    db::transaction(conn, |conn| {
        let (module_id, checks) = published_checks(conn, course, module)?;
        let check = checks.iter().find(|c| c.id == check_id).ok_or(AppError::NotFound)?;
        let chosen: BTreeSet<String> = selected.iter().cloned().collect();
        if chosen.is_empty() {
            return Err(AppError::field("selected", crate::i18n::t("field-check-choose")));
        }
        if let Some(unknown) = chosen.iter().find(|id| !check.options.iter().any(|o| &&o.id == id)) {
            return Err(AppError::field("selected", format!("This check has no option {unknown:?}.")));
        }
        if check.kind == "single" && chosen.len() > 1 {
            return Err(AppError::field("selected", crate::i18n::t("field-check-choose-one")));
        }
        let result = outcome(check, &chosen);
        let chosen_json = serde_json::to_string(&chosen).unwrap_or_else(|_| "[]".into());
        let key = (ca::user_id.eq(user_id), ca::module_id.eq(module_id), ca::check_id.eq(check_id));
        let updated = diesel::update(
            ca::table
                .filter(ca::user_id.eq(user_id))
                .filter(ca::module_id.eq(module_id))
                .filter(ca::check_id.eq(check_id)),
        )
        .set((
            ca::last_selected.eq(&chosen_json),
            ca::last_correct.eq(result.correct),
            ca::last_at.eq(now),
            ca::tries.eq(ca::tries + 1),
        ))
        .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(ca::table)
                .values((
                    key.0,
                    key.1,
                    key.2,
                    ca::first_selected.eq(&chosen_json),
                    ca::first_correct.eq(result.correct),
                    ca::first_at.eq(now),
                    ca::last_selected.eq(&chosen_json),
                    ca::last_correct.eq(result.correct),
                    ca::last_at.eq(now),
                    ca::tries.eq(1),
                ))
                .execute(conn)?;
        }
        Ok(result)
    })
}

/// A learner's latest answer to one check as stored: the check's id, the options chosen (a JSON
/// array) and the number of tries.
pub type StoredAnswer = (String, String, i32);

/// A learner's latest answers to the checks of a module, as stored (grade them with [`graded`]).
pub fn stored_answers(conn: &mut DbConnection, user_id: i64, module_id: i64) -> QueryResult<Vec<StoredAnswer>> {
    ca::table
        .filter(ca::user_id.eq(user_id))
        .filter(ca::module_id.eq(module_id))
        .select((ca::check_id, ca::last_selected, ca::tries))
        .load(conn)
}

/// Stored answers by check id, graded against the checks as they are now (a corrected key corrects the
/// marks); answers to checks the module no longer has are left out.
pub fn graded(stored: &[StoredAnswer], checks: &[KnowledgeCheck]) -> HashMap<String, LastAnswer> {
    stored
        .iter()
        .filter_map(|(id, selected_json, tries)| {
            let check = checks.iter().find(|c| &c.id == id)?;
            let selected: BTreeSet<String> = serde_json::from_str(selected_json).unwrap_or_default();
            let outcome = outcome(check, &selected);
            Some((
                id.clone(),
                LastAnswer {
                    selected: selected.into_iter().collect(),
                    correct: outcome.correct,
                    tries: *tries,
                    outcome,
                },
            ))
        })
        .collect()
}

/// Per check of the course's published modules, in syllabus order: learners who answered, and
/// the share right at the first try.
pub fn stats(conn: &mut DbConnection, course: &str) -> AppResult<Vec<CheckStat>> {
    let course = course_row(conn, course)?.ok_or(AppError::NotFound)?;
    let checks: Vec<(i64, String, String, String, String)> = m::table
        .inner_join(
            crate::db::schema::module_revisions::table
                .on(crate::db::schema::module_revisions::id.nullable().eq(m::published_revision_id)),
        )
        .inner_join(kc::table.on(kc::revision_id.nullable().eq(m::published_revision_id)))
        .filter(m::course_id.eq(course.id))
        .filter(m::retired_at.is_null())
        .order((m::position, m::id, kc::position))
        .select((m::id, m::slug, crate::db::schema::module_revisions::title, kc::public_id, kc::stem_html))
        .load(conn)?;
    let counts: Vec<(i64, String, bool)> = ca::table
        .inner_join(m::table.on(m::id.eq(ca::module_id)))
        .filter(m::course_id.eq(course.id))
        .select((ca::module_id, ca::check_id, ca::first_correct))
        .load(conn)?;
    let mut tally: HashMap<(i64, String), (i64, i64)> = HashMap::new();
    for (module_id, check, first_correct) in counts {
        let entry = tally.entry((module_id, check)).or_default();
        entry.0 += 1;
        entry.1 += i64::from(first_correct);
    }
    Ok(checks
        .into_iter()
        .map(|(module_id, module, module_title, check, stem_html)| {
            let (answered, right) = tally.get(&(module_id, check.clone())).copied().unwrap_or((0, 0));
            CheckStat {
                module,
                module_title,
                check,
                stem_html,
                answered,
                first_try_correct_percent: (answered > 0)
                    .then(|| (right as f64 * 1000.0 / answered as f64).round() / 10.0),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: &str, correct: &[&str]) -> KnowledgeCheck {
        KnowledgeCheck {
            id: "c".into(),
            kind: kind.into(),
            stem_html: "<p>Q?</p>".into(),
            options: ["a", "b", "c"]
                .iter()
                .map(|id| CheckOption {
                    id: (*id).into(),
                    html: id.to_uppercase(),
                    correct: correct.contains(id),
                    feedback_html: (*id != "c").then(|| format!("<p>about {id}</p>")),
                })
                .collect(),
            explanation_html: "<p>Why.</p>".into(),
        }
    }

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn an_answer_is_right_only_when_it_is_the_whole_key() {
        let multiple = check("multiple", &["a", "b"]);
        assert!(outcome(&multiple, &set(&["a", "b"])).correct);
        assert!(!outcome(&multiple, &set(&["a"])).correct);
        assert!(!outcome(&multiple, &set(&["a", "b", "c"])).correct);
        let single = check("single", &["c"]);
        let wrong = outcome(&single, &set(&["a"]));
        assert!(!wrong.correct);
        assert_eq!(wrong.feedback_html.as_deref(), Some("<p>about a</p>"));
        assert_eq!(wrong.explanation_html, "<p>Why.</p>");
        assert_eq!(outcome(&single, &set(&["c"])).feedback_html, None, "no feedback written for c");
    }

    #[test]
    fn the_view_before_an_answer_has_no_key() {
        let view = CheckView::from(&check("single", &["b"]));
        let json = serde_json::to_string(&view).unwrap();
        for secret in ["correct", "Why.", "about", "explanation", "feedback"] {
            assert!(!json.contains(secret), "{secret} leaked: {json}");
        }
    }
}
