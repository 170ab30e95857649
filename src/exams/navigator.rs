//! Finding one's way in a paper: its pages of questions, the navigator's state of every question
//! (answered, flagged, on the page shown) and the review before submission (what is unanswered,
//! what is flagged, with the first words of each stem). Built from an `AttemptView`; nothing here
//! knows the key.

use serde::Serialize;

use super::attempts::AttemptView;

/// Questions on a page of the paper.
pub const QUESTIONS_PER_PAGE: usize = 5;
/// Words of a stem shown in the review's lists.
pub const EXCERPT_WORDS: usize = 12;

/// How many pages a paper of `questions` questions has (at least one).
pub fn page_count(questions: usize) -> usize {
    questions.div_ceil(QUESTIONS_PER_PAGE).max(1)
}

/// The page (from 1) of the question at `index` (from 0).
pub fn page_of(index: usize) -> usize {
    index / QUESTIONS_PER_PAGE + 1
}

/// The page asked for in a query, kept within the paper; anything unreadable is the first page.
pub fn page_from_query(raw: Option<&str>, questions: usize) -> usize {
    raw.and_then(|p| p.trim().parse::<usize>().ok()).unwrap_or(1).clamp(1, page_count(questions))
}

/// A question as the navigator shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NavItem {
    /// The question's number on the paper, from 1.
    pub number: usize,
    /// The question's opaque id.
    pub id: String,
    /// The page it is on, from 1.
    pub page: usize,
    pub answered: bool,
    pub flagged: bool,
    /// On the page shown (`aria-current`).
    pub current: bool,
}

/// Whether the learner has chosen at least one option of question `id`.
fn is_answered(view: &AttemptView, id: &str) -> bool {
    view.answers.get(id).is_some_and(|chosen| !chosen.is_empty())
}

/// The navigator of a paper: every question in order, with the items of `page` current (none
/// when `page` is 0, as on the review).
pub fn items(view: &AttemptView, page: usize) -> Vec<NavItem> {
    view.questions
        .iter()
        .enumerate()
        .map(|(index, q)| {
            let answered = is_answered(view, &q.id);
            let flagged = view.flagged.contains(&q.id);
            NavItem {
                number: index + 1,
                id: q.id.clone(),
                page: page_of(index),
                answered,
                flagged,
                current: page_of(index) == page,
            }
        })
        .collect()
}

/// A question listed on the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewEntry {
    pub number: usize,
    pub id: String,
    pub page: usize,
    /// The stem's first words, as plain text.
    pub excerpt: String,
}

/// What the review before submission lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Review {
    pub total: usize,
    pub answered: usize,
    pub unanswered: Vec<ReviewEntry>,
    pub flagged: Vec<ReviewEntry>,
}

/// The unanswered and the flagged questions of a paper, in the paper's order.
pub fn review(view: &AttemptView) -> Review {
    let mut out = Review { total: view.questions.len(), ..Review::default() };
    for (index, q) in view.questions.iter().enumerate() {
        let entry = || ReviewEntry {
            number: index + 1,
            id: q.id.clone(),
            page: page_of(index),
            excerpt: excerpt(&q.stem_html),
        };
        if is_answered(view, &q.id) {
            out.answered += 1;
        } else {
            out.unanswered.push(entry());
        }
        if view.flagged.contains(&q.id) {
            out.flagged.push(entry());
        }
    }
    out
}

/// The first `EXCERPT_WORDS` words of sanitized HTML as plain text, with "…" when cut.
pub fn excerpt(html: &str) -> String {
    let text = plain_text(html);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.iter().take(EXCERPT_WORDS).copied().collect::<Vec<_>>().join(" ");
    if words.len() > EXCERPT_WORDS {
        out.push('…');
    }
    out
}

/// The text of sanitized HTML: tags dropped (block ends become spaces), entities decoded. The
/// result is escaped again when a template prints it.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            out.push(' ');
            rest = &rest[end..];
        } else {
            let (decoded, used) = entity(rest);
            out.push_str(&decoded);
            rest = &rest[used..];
        }
    }
    out.push_str(rest);
    out
}

/// The character of the entity at the start of `s` and the bytes it takes; a lone `&` is itself.
fn entity(s: &str) -> (String, usize) {
    let Some(end) = s.find(';').filter(|&e| e <= 10) else {
        return ("&".into(), 1);
    };
    let name = &s[1..end];
    let decoded = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
            .and_then(char::from_u32),
    };
    match decoded {
        Some(c) => (c.to_string(), end + 1),
        None => ("&".into(), 1),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::exams::attempts::QuestionView;

    fn paper(n: usize, answered: &[usize], flagged: &[usize]) -> AttemptView {
        let id = |i: usize| format!("q{i}");
        let mut answers: HashMap<String, Vec<String>> =
            answered.iter().map(|&i| (id(i), vec!["o1".to_owned()])).collect();
        // The last question's choice was saved and then cleared.
        answers.entry(id(n)).or_default();
        AttemptView {
            attempt_id: 1,
            lang: "en".into(),
            course: "c".into(),
            exam: "e".into(),
            track: "path".into(),
            exam_title: "Exam".into(),
            number: 1,
            deadline: String::new(),
            remaining_seconds: 60,
            state: "open",
            questions: (1..=n)
                .map(|i| QuestionView {
                    id: id(i),
                    kind: "single".into(),
                    stem_html: format!("<p>Stem of question {i}</p>"),
                    options: vec![],
                    question_id: i as i64,
                    option_indices: vec![],
                })
                .collect(),
            answers,
            flagged: flagged.iter().map(|&i| id(i)).collect(),
            result: None,
            review: None,
            pass_percent: 80,
            time_limit_seconds: 3600,
        }
    }

    #[test]
    fn a_paper_has_five_questions_a_page_and_a_last_shorter_page() {
        assert_eq!((page_count(35), page_count(20), page_count(68), page_count(1), page_count(0)), (7, 4, 14, 1, 1));
        assert_eq!((page_of(0), page_of(4), page_of(5), page_of(34)), (1, 1, 2, 7));
        assert_eq!(page_from_query(Some("3"), 35), 3);
        assert_eq!(page_from_query(Some("99"), 35), 7, "past the end is the last page");
        assert_eq!(page_from_query(Some("0"), 35), 1);
        assert_eq!(page_from_query(Some("two"), 35), 1);
        assert_eq!(page_from_query(None, 35), 1);
    }

    #[test]
    fn the_navigator_says_what_is_answered_flagged_and_on_the_page() {
        let view = paper(12, &[1, 7], &[7, 12]);
        let items = items(&view, 2);
        assert_eq!(items.len(), 12);
        let seven = &items[6];
        assert_eq!((seven.number, seven.page, seven.answered, seven.flagged, seven.current), (7, 2, true, true, true));
        assert_eq!((items[0].answered, items[0].flagged), (true, false));
        assert_eq!((items[11].answered, items[11].flagged), (false, true), "an empty choice is no answer");
        assert_eq!(items.iter().filter(|i| i.current).map(|i| i.number).collect::<Vec<_>>(), vec![6, 7, 8, 9, 10]);
        assert!(super::items(&view, 0).iter().all(|i| !i.current));
    }

    #[test]
    fn the_review_lists_the_unanswered_and_the_flagged_in_order() {
        let view = paper(7, &[1, 2, 3, 6], &[6, 4]);
        let r = review(&view);
        assert_eq!((r.total, r.answered), (7, 4));
        assert_eq!(r.unanswered.iter().map(|e| e.number).collect::<Vec<_>>(), vec![4, 5, 7]);
        assert_eq!(r.flagged.iter().map(|e| (e.number, e.page)).collect::<Vec<_>>(), vec![(4, 1), (6, 2)]);
        assert_eq!(r.flagged[1].excerpt, "Stem of question 6");
    }

    #[test]
    fn an_excerpt_is_the_first_words_as_plain_text() {
        assert_eq!(
            excerpt("<p>Which <em>two</em> claims &amp; labels are &lt;fair&gt;?</p>"),
            "Which two claims & labels are <fair>?"
        );
        assert_eq!(
            excerpt("<p>A&nbsp;&#8220;take&#x2D;back&#8221; scheme</p><ul><li>one</li></ul>"),
            "A “take-back” scheme one"
        );
        assert_eq!(excerpt("<p>R&D &unknown; & more</p>"), "R&D &unknown; & more");
        let long = excerpt("<p>one two three four five six seven eight nine ten eleven twelve thirteen</p>");
        assert_eq!(long, "one two three four five six seven eight nine ten eleven twelve…");
    }
}
