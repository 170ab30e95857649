//! Drawing a paper: per blueprint topic, `count` questions without replacement, question order
//! and option order shuffled, opaque ids per attempt. The randomness comes in from the caller:
//! a CSPRNG in production, a seeded one in tests.

use std::collections::{HashMap, HashSet};

use rand::distr::{Alphanumeric, SampleString};
use rand::seq::SliceRandom;
use rand::{CryptoRng, Rng};
use serde::{Deserialize, Serialize};

use super::bank::BlueprintEntry;

/// Characters in an opaque id.
const OPAQUE_ID_CHARS: usize = 12;

/// An option as placed on a paper: its opaque id and its index in the question's options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacedOption {
    pub id: String,
    pub index: usize,
}

/// A question as placed on a paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedQuestion {
    pub question_id: i64,
    pub public_id: String,
    pub options: Vec<PlacedOption>,
}

/// A question that can be drawn: its id and how many options it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub question_id: i64,
    pub option_count: usize,
}

/// A fresh opaque id.
pub fn opaque_id<R: Rng + ?Sized>(rng: &mut R, prefix: &str) -> String {
    format!("{prefix}{}", Alphanumeric.sample_string(rng, OPAQUE_ID_CHARS))
}

/// Draws a paper from the pools by topic; `Err(topic)` when a pool is too small.
pub fn draw<R: Rng + CryptoRng + ?Sized>(
    rng: &mut R,
    blueprint: &[BlueprintEntry],
    pools: &HashMap<String, Vec<Candidate>>,
) -> Result<Vec<PlacedQuestion>, String> {
    let mut chosen: Vec<Candidate> = Vec::new();
    for entry in blueprint {
        let pool = pools.get(&entry.topic).map(Vec::as_slice).unwrap_or(&[]);
        let count = usize::try_from(entry.count).unwrap_or(0);
        if pool.len() < count {
            return Err(entry.topic.clone());
        }
        chosen.extend(rand::seq::index::sample(rng, pool.len(), count).into_iter().map(|i| pool[i]));
    }
    chosen.shuffle(rng);
    let mut public_ids = HashSet::with_capacity(chosen.len());
    Ok(chosen
        .into_iter()
        .map(|candidate| {
            let mut indexes: Vec<usize> = (0..candidate.option_count).collect();
            indexes.shuffle(rng);
            let mut option_ids = HashSet::with_capacity(indexes.len());
            PlacedQuestion {
                question_id: candidate.question_id,
                public_id: unused_id(&mut public_ids, || opaque_id(rng, "q")),
                options: indexes
                    .into_iter()
                    .map(|index| PlacedOption { id: unused_id(&mut option_ids, || opaque_id(rng, "o")), index })
                    .collect(),
            }
        })
        .collect())
}

/// A fresh id from `next` that is not in `taken` yet, then taken. A paper's questions are
/// stored and answered by their public id among the attempt's lines, with no index to refuse a
/// repeat (`migrations/*/…_paper_keyed`), and a question's options are chosen by theirs, so both
/// are made unique here: with 62¹² ids a repeat is all but impossible, and it is drawn again.
fn unused_id(taken: &mut HashSet<String>, mut next: impl FnMut() -> String) -> String {
    loop {
        let id = next();
        if taken.insert(id.clone()) {
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn pools(sizes: &[(&str, usize)]) -> HashMap<String, Vec<Candidate>> {
        let mut next = 0;
        sizes
            .iter()
            .map(|(topic, n)| {
                let pool = (0..*n)
                    .map(|_| {
                        next += 1;
                        Candidate { question_id: next, option_count: 4 }
                    })
                    .collect();
                ((*topic).to_owned(), pool)
            })
            .collect()
    }

    fn blueprint(entries: &[(&str, i64)]) -> Vec<BlueprintEntry> {
        entries.iter().map(|(t, c)| BlueprintEntry { topic: (*t).into(), count: *c }).collect()
    }

    #[test]
    fn a_paper_draws_each_topics_count_without_replacement() {
        let mut rng = StdRng::seed_from_u64(1);
        let paper = draw(&mut rng, &blueprint(&[("a", 3), ("b", 2)]), &pools(&[("a", 9), ("b", 6)])).unwrap();
        assert_eq!(paper.len(), 5);
        let ids: std::collections::HashSet<i64> = paper.iter().map(|q| q.question_id).collect();
        assert_eq!(ids.len(), 5, "no question twice");
        assert_eq!(paper.iter().filter(|q| q.question_id <= 9).count(), 3);
        for q in &paper {
            let mut indexes: Vec<usize> = q.options.iter().map(|o| o.index).collect();
            indexes.sort_unstable();
            assert_eq!(indexes, vec![0, 1, 2, 3]);
            assert!(q.public_id.starts_with('q') && q.public_id.len() == 13);
        }
        assert!(draw(&mut rng, &blueprint(&[("a", 10)]), &pools(&[("a", 9)])).is_err());
    }

    #[test]
    fn an_id_drawn_twice_is_drawn_again() {
        let mut taken = HashSet::new();
        let mut draws = ["qA", "qB", "qA", "qA", "qC"].into_iter().map(String::from);
        let ids: Vec<String> = (0..3).map(|_| unused_id(&mut taken, || draws.next().unwrap())).collect();
        assert_eq!(ids, ["qA", "qB", "qC"]);
        assert_eq!(draws.next(), None, "each repeat was drawn again, once");
    }

    /// Pearson's chi-square against a uniform distribution; the critical values are those of
    /// p = 0.001, so a correct implementation fails about once in a thousand runs of a given
    /// seed — and the seeds are fixed.
    fn chi_square(counts: &[u64]) -> f64 {
        let total: u64 = counts.iter().sum();
        let expected = total as f64 / counts.len() as f64;
        counts.iter().map(|&c| (c as f64 - expected).powi(2) / expected).sum()
    }

    #[test]
    fn draws_and_shuffles_are_uniform() {
        let mut rng = StdRng::seed_from_u64(2026);
        let pool = pools(&[("a", 10)]);
        let bp = blueprint(&[("a", 3)]);
        let mut picked = [0u64; 10];
        let mut first_position = [0u64; 4];
        let mut question_first = [0u64; 10];
        for _ in 0..20_000 {
            let paper = draw(&mut rng, &bp, &pool).unwrap();
            for q in &paper {
                picked[(q.question_id - 1) as usize] += 1;
                first_position[q.options[0].index] += 1;
            }
            question_first[(paper[0].question_id - 1) as usize] += 1;
        }
        // 9 degrees of freedom: 27.88; 3 degrees of freedom: 16.27 (p = 0.001).
        assert!(chi_square(&picked) < 27.88, "questions drawn: {picked:?}");
        assert!(chi_square(&question_first) < 27.88, "question order: {question_first:?}");
        assert!(chi_square(&first_position) < 16.27, "option order: {first_position:?}");
    }
}
