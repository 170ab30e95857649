//! Item statistics of an exam, per question version, from graded attempts: facility (share
//! correct), discrimination (point-biserial correlation of the item with the rest of the
//! paper), option choice counts (distractor analysis) and Cronbach's α. Papers are drawn at
//! random, so α uses the mean paper length and the mean item variance: an estimate, labelled so.

use std::collections::HashMap;

use diesel::prelude::*;
use serde::Serialize;

use super::paper::PlacedOption;
use super::sync::StoredOption;
use crate::db::DbConnection;
use crate::db::schema::{attempt_questions as aq, attempts as a, questions as q};

/// Flag items answered correctly by more than this share (too easy).
pub const FACILITY_HIGH: f64 = 0.95;
/// Flag items answered correctly by less than this share (too hard or wrong key).
pub const FACILITY_LOW: f64 = 0.2;
/// Flag items whose discrimination is below this.
pub const DISCRIMINATION_LOW: f64 = 0.1;
/// A language's facility is compared with the others' once it has this many answers.
pub const LANGUAGE_MIN_ATTEMPTS: i64 = 10;
/// Flag an item whose facility in one language differs from the rest by at least this much: the
/// translation, not the learners, may be what makes it hard (or easy).
pub const LANGUAGE_GAP: f64 = 0.25;

/// An item's facility among the papers answered in one language.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct LanguageFacility {
    pub lang: String,
    pub attempts: i64,
    pub facility: f64,
    /// The facility in this language differs from the other languages' by `LANGUAGE_GAP` or
    /// more, with enough answers on both sides: the translation, not the learners, may be why.
    pub flagged: bool,
}

/// One question version's statistics.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ItemStats {
    pub question: String,
    pub version: i32,
    pub topic: String,
    pub attempts: i64,
    pub facility: Option<f64>,
    pub discrimination: Option<f64>,
    /// How often each option (in the file's order) was chosen.
    pub option_counts: Vec<i64>,
    /// Which options are correct (file order), for reading the counts.
    pub option_correct: Vec<bool>,
    pub flags: Vec<String>,
    /// The facility per language the paper was answered in, most answers first.
    pub by_language: Vec<LanguageFacility>,
}

/// An exam's statistics.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ExamStats {
    pub graded_attempts: i64,
    pub mean_score_percent: Option<f64>,
    /// Cronbach's α (estimated for randomized papers).
    pub cronbach_alpha: Option<f64>,
    pub items: Vec<ItemStats>,
}

fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    let n = xs.len() as f64;
    if xs.len() < 3 {
        return None;
    }
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let cov: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let vx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let vy: f64 = ys.iter().map(|y| (y - my).powi(2)).sum();
    (vx > 0.0 && vy > 0.0).then(|| cov / (vx * vy).sqrt())
}

/// Computes the statistics of an exam.
pub fn exam_stats(conn: &mut DbConnection, exam_id: i64) -> QueryResult<ExamStats> {
    type Line = (i64, i64, bool, Option<String>, String, i32, String, String, String, Option<i32>, i32, String);
    let lines: Vec<Line> = aq::table
        .inner_join(a::table)
        .inner_join(q::table)
        .filter(a::exam_id.eq(exam_id))
        .filter(a::score_percent.is_not_null())
        .select((
            a::id,
            q::id,
            aq::correct.assume_not_null(),
            aq::selected_json,
            q::qid,
            q::version,
            q::topic,
            q::options_json,
            aq::options_json,
            a::correct,
            a::total,
            a::lang,
        ))
        .load(conn)?;
    let mut by_attempt: HashMap<i64, (f64, f64)> = HashMap::new();
    for (attempt, _, _, _, _, _, _, _, _, correct, total, _) in &lines {
        by_attempt.insert(*attempt, (f64::from(correct.unwrap_or(0)), f64::from(*total)));
    }
    struct Acc {
        qid: String,
        version: i32,
        topic: String,
        correct: Vec<bool>,
        item: Vec<f64>,
        rest: Vec<f64>,
        counts: Vec<i64>,
        /// (answers, correct) by language.
        languages: HashMap<String, (i64, i64)>,
    }
    let mut items: HashMap<i64, Acc> = HashMap::new();
    for (attempt, question_id, correct, selected, qid, version, topic, options_json, placed_json, _, _, lang) in &lines
    {
        let options: Vec<StoredOption> = serde_json::from_str(options_json).unwrap_or_default();
        let placed: Vec<PlacedOption> = serde_json::from_str(placed_json).unwrap_or_default();
        let chosen: Vec<String> = selected.as_deref().and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default();
        let acc = items.entry(*question_id).or_insert_with(|| Acc {
            qid: qid.clone(),
            version: *version,
            topic: topic.clone(),
            correct: options.iter().map(|o| o.correct).collect(),
            item: Vec::new(),
            rest: Vec::new(),
            counts: vec![0; options.len()],
            languages: HashMap::new(),
        });
        let seen = acc.languages.entry(lang.clone()).or_default();
        seen.0 += 1;
        seen.1 += i64::from(*correct);
        let score = f64::from(u8::from(*correct));
        let (total_correct, total) = by_attempt[attempt];
        acc.item.push(score);
        acc.rest.push(if total > 1.0 { (total_correct - score) / (total - 1.0) } else { 0.0 });
        for p in placed.iter().filter(|p| chosen.contains(&p.id)) {
            if let Some(count) = acc.counts.get_mut(p.index) {
                *count += 1;
            }
        }
    }
    let mut out: Vec<ItemStats> = items
        .into_values()
        .map(|acc| {
            let n = acc.item.len() as i64;
            let facility = (n > 0).then(|| acc.item.iter().sum::<f64>() / n as f64);
            let discrimination = pearson(&acc.item, &acc.rest);
            let mut flags = Vec::new();
            if let Some(f) = facility {
                if f > FACILITY_HIGH {
                    flags.push("too easy".to_owned());
                }
                if f < FACILITY_LOW {
                    flags.push("too hard or wrong key".to_owned());
                }
            }
            if discrimination.is_some_and(|d| d < DISCRIMINATION_LOW) {
                flags.push("does not discriminate".to_owned());
            }
            let (by_language, language_flags) = by_language(&acc.languages);
            flags.extend(language_flags);
            ItemStats {
                question: acc.qid,
                version: acc.version,
                topic: acc.topic,
                attempts: n,
                facility,
                discrimination,
                option_counts: acc.counts,
                option_correct: acc.correct,
                flags,
                by_language,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.topic.as_str(), a.question.as_str(), a.version).cmp(&(b.topic.as_str(), b.question.as_str(), b.version))
    });

    let totals: Vec<(f64, f64)> = by_attempt.values().copied().collect();
    let graded = totals.len() as i64;
    let mean_score_percent = (graded > 0)
        .then(|| totals.iter().map(|(c, t)| if *t > 0.0 { c / t * 100.0 } else { 0.0 }).sum::<f64>() / graded as f64);
    let cronbach_alpha = (graded >= 3)
        .then(|| {
            let k = totals.iter().map(|(_, t)| t).sum::<f64>() / graded as f64;
            let scores: Vec<f64> = totals.iter().map(|(c, _)| *c).collect();
            let mean = scores.iter().sum::<f64>() / graded as f64;
            let var_total = scores.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (graded as f64 - 1.0);
            let item_vars: Vec<f64> = out.iter().filter_map(|i| i.facility.map(|p| p * (1.0 - p))).collect();
            let mean_item_var =
                if item_vars.is_empty() { 0.0 } else { item_vars.iter().sum::<f64>() / item_vars.len() as f64 };
            if k <= 1.0 || var_total <= 0.0 {
                None
            } else {
                Some(k / (k - 1.0) * (1.0 - k * mean_item_var / var_total))
            }
        })
        .flatten();
    Ok(ExamStats { graded_attempts: graded, mean_score_percent, cronbach_alpha, items: out })
}

/// The facility per language, and a flag for each language (with enough answers) whose facility
/// differs from that of the other languages together by `LANGUAGE_GAP` or more (translations
/// only: English is the source).
fn by_language(seen: &HashMap<String, (i64, i64)>) -> (Vec<LanguageFacility>, Vec<String>) {
    let mut rows: Vec<LanguageFacility> = seen
        .iter()
        .map(|(lang, (n, right))| LanguageFacility {
            lang: lang.clone(),
            attempts: *n,
            facility: *right as f64 / *n as f64,
            flagged: false,
        })
        .collect();
    rows.sort_by(|a, b| b.attempts.cmp(&a.attempts).then_with(|| a.lang.cmp(&b.lang)));
    let mut flags = Vec::new();
    if rows.len() >= 2 {
        // The source's own facility is the yardstick: only translations are flagged.
        for row in rows.iter_mut().filter(|r| r.attempts >= LANGUAGE_MIN_ATTEMPTS && r.lang != crate::i18n::DEFAULT) {
            let (n, right) = seen
                .iter()
                .filter(|(lang, _)| **lang != row.lang)
                .fold((0, 0), |(n, r), (_, (an, ar))| (n + an, r + ar));
            if n < LANGUAGE_MIN_ATTEMPTS {
                continue;
            }
            let others = right as f64 / n as f64;
            if (row.facility - others).abs() >= LANGUAGE_GAP {
                row.flagged = true;
                let direction = if row.facility < others { "harder" } else { "easier" };
                flags.push(format!(
                    "{direction} in {}: facility {:.2} against {:.2} in the other languages; check the translation",
                    row.lang, row.facility, others
                ));
            }
        }
    }
    (rows, flags)
}

/// The statistics as CSV, one line per question version; the header in `lang` (see
/// `reports::column_name`).
pub fn to_csv(stats: &ExamStats, lang: &str) -> String {
    let columns = [
        "question",
        "version",
        "topic",
        "attempts",
        "facility",
        "discrimination",
        "option_counts",
        "correct_options",
        "flags",
    ];
    let mut out = crate::reports::header_line(lang, &columns);
    out.push('\n');
    let number = |v: Option<f64>| v.map(|x| format!("{x:.3}")).unwrap_or_default();
    for item in &stats.items {
        let counts: Vec<String> = item.option_counts.iter().map(i64::to_string).collect();
        let correct: Vec<String> =
            item.option_correct.iter().enumerate().filter(|(_, c)| **c).map(|(i, _)| (i + 1).to_string()).collect();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},\"{}\"\n",
            item.question,
            item.version,
            item.topic,
            item.attempts,
            number(item.facility),
            number(item.discrimination),
            counts.join(" "),
            correct.join(" "),
            item.flags.join("; ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_much_harder_in_one_language_is_flagged_for_its_translation() {
        let seen = HashMap::from([("en".to_owned(), (40, 34)), ("es".to_owned(), (20, 8)), ("de".to_owned(), (3, 0))]);
        let (rows, flags) = by_language(&seen);
        assert_eq!(rows.iter().map(|r| r.lang.as_str()).collect::<Vec<_>>(), ["en", "es", "de"]);
        assert_eq!(rows[1].facility, 0.4);
        // es: 0.40 against (34 + 0) / 43 = 0.79; de has too few answers; English is the source.
        assert_eq!(flags.len(), 1, "{flags:?}");
        assert!(flags[0].starts_with("harder in es: facility 0.40 against 0.79"), "{flags:?}");
        assert_eq!(rows.iter().map(|r| r.flagged).collect::<Vec<_>>(), [false, true, false], "the row says it too");
        let (_, none) = by_language(&HashMap::from([("en".to_owned(), (40, 34)), ("es".to_owned(), (20, 16))]));
        assert!(none.is_empty(), "0.85 against 0.80 is not marked");
        let (_, alone) = by_language(&HashMap::from([("en".to_owned(), (40, 2))]));
        assert!(alone.is_empty());
    }

    #[test]
    fn correlation_of_perfectly_aligned_scores_is_one() {
        assert!((pearson(&[0.0, 1.0, 1.0, 0.0], &[0.1, 0.9, 0.8, 0.2]).unwrap() - 0.99).abs() < 0.02);
        assert_eq!(pearson(&[1.0, 1.0, 1.0], &[0.1, 0.5, 0.9]), None, "no variance, no correlation");
    }
}
