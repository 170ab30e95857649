//! Grading: all-or-nothing per question — a question counts as correct only when the options
//! chosen are exactly its correct options (no partial credit for multiple-answer questions, no
//! penalty beyond the question itself). The score is the share of correct questions; the exam
//! is passed when that share reaches its pass mark.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// Whether the chosen option indexes are exactly the correct ones.
pub fn question_correct(correct: &BTreeSet<usize>, chosen: &BTreeSet<usize>) -> bool {
    !correct.is_empty() && correct == chosen
}

/// One topic's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TopicScore {
    pub topic: String,
    pub correct: i64,
    pub total: i64,
}

/// The result of a paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grade {
    pub correct: i64,
    pub total: i64,
    /// Rounded down, so that a score shown as 80 % is never below 80 %.
    pub score_percent: i64,
    pub passed: bool,
    pub topics: Vec<TopicScore>,
}

/// Grades a paper of (topic, correct?) results against a pass mark in percent.
pub fn grade(results: &[(String, bool)], pass_percent: i64) -> Grade {
    let total = results.len() as i64;
    let correct = results.iter().filter(|(_, ok)| *ok).count() as i64;
    let mut topics: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for (topic, ok) in results {
        let entry = topics.entry(topic.as_str()).or_default();
        entry.0 += i64::from(*ok);
        entry.1 += 1;
    }
    Grade {
        correct,
        total,
        score_percent: if total == 0 { 0 } else { correct * 100 / total },
        passed: total > 0 && correct * 100 >= pass_percent * total,
        topics: topics
            .into_iter()
            .map(|(topic, (c, t))| TopicScore { topic: topic.to_owned(), correct: c, total: t })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[usize]) -> BTreeSet<usize> {
        items.iter().copied().collect()
    }

    #[test]
    fn a_question_is_all_or_nothing() {
        assert!(question_correct(&set(&[1]), &set(&[1])));
        assert!(!question_correct(&set(&[1, 3]), &set(&[1])), "no partial credit");
        assert!(!question_correct(&set(&[1, 3]), &set(&[1, 2, 3])), "an extra wrong choice loses it");
        assert!(!question_correct(&set(&[1]), &set(&[])), "unanswered");
    }

    #[test]
    fn the_pass_mark_is_exact() {
        let results =
            |correct: usize, total: usize| (0..total).map(|i| ("t".to_owned(), i < correct)).collect::<Vec<_>>();
        assert!(grade(&results(28, 35), 80).passed, "28/35 = 80 %");
        assert!(!grade(&results(27, 35), 80).passed, "27/35 = 77.1 %");
        assert_eq!(grade(&results(27, 35), 80).score_percent, 77);
        assert!(!grade(&[], 80).passed);
    }

    #[test]
    fn topics_are_scored_separately() {
        let g = grade(&[("a".into(), true), ("b".into(), false), ("a".into(), false)], 50);
        assert_eq!(
            g.topics,
            vec![
                TopicScore { topic: "a".into(), correct: 1, total: 2 },
                TopicScore { topic: "b".into(), correct: 0, total: 1 }
            ]
        );
        assert_eq!((g.correct, g.total, g.score_percent, g.passed), (1, 3, 33, false));
    }
}
