//! What learners see in their language: the course, its syllabus and a module, with each text
//! taken from its current translation and the English kept where there is none. A module's
//! minutes, its place in the syllabus and its knowledge checks' keys always come from the source.

use diesel::QueryResult;
use serde::Deserialize;

use super::store;
use crate::content::render::{Figure, KnowledgeCheck};
use crate::content::store::{CourseSummary, ModulePage};
use crate::db::DbConnection;
use crate::exams::attempts::AttemptView;

/// Only what the syllabus shows of a module translation (not its HTML).
#[derive(Deserialize)]
struct SyllabusText {
    title: String,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    summary: Option<String>,
}

/// The course and its syllabus in `lang`, where translated.
pub fn course(conn: &mut DbConnection, course: &mut CourseSummary, lang: &str) -> QueryResult<()> {
    if lang == crate::i18n::DEFAULT {
        return Ok(());
    }
    if let Some(text) = store::course(conn, course.id, lang)? {
        course.title = text.title;
        course.summary = text.summary;
        course.description_html = text.description_html;
        if let Some(name) = text.credential_name {
            course.credential_name = name;
        }
    }
    let texts = store::current_modules::<SyllabusText>(conn, course.id, lang)?;
    for module in &mut course.modules {
        if let Some(text) = texts.get(&module.slug) {
            module.title = text.title.clone();
            if text.objectives.len() == module.objectives.len() {
                module.objectives = text.objectives.clone();
            }
            module.summary = text.summary.clone().or(module.summary.take());
        }
    }
    Ok(())
}

/// A module page in `lang`: `Some` with the translated checks and figures when a current
/// translation exists (the page's texts are replaced), `None` when the page stays in English
/// (its English body read then: the source's is read only when it is shown).
pub fn module(
    conn: &mut DbConnection,
    page: &mut ModulePage,
    lang: &str,
) -> QueryResult<Option<(Vec<KnowledgeCheck>, Vec<Figure>)>> {
    if lang == crate::i18n::DEFAULT {
        crate::content::store::load_body(conn, page)?;
        return Ok(None);
    }
    let texts = store::page_texts(conn, page.course_id, lang, page.revision_id)?;
    for link in page.syllabus.iter_mut().chain(page.prev.iter_mut()).chain(page.next.iter_mut()) {
        if let Some(title) = texts.module_titles.get(&link.slug) {
            link.title = title.to_string();
        }
    }
    if let Some(title) = texts.course_title {
        page.course_title = title.to_string();
    }
    let Some(text) = texts.module else {
        crate::content::store::load_body(conn, page)?;
        return Ok(None);
    };
    page.title = text.title.clone();
    if text.objectives.len() == page.objectives.len() {
        page.objectives = text.objectives.clone();
    }
    page.summary = text.summary.clone().or(page.summary.take());
    page.html = text.html.clone();
    page.toc = text.toc.clone();
    Ok(Some((text.checks.clone(), text.figures.clone())))
}

/// The knowledge checks of a published revision in `lang`, when a current translation exists
/// (same ids, same options and keys as the source's, only the words differ).
pub fn checks(
    conn: &mut DbConnection,
    course_id: i64,
    revision_id: i64,
    lang: &str,
) -> QueryResult<Option<Vec<KnowledgeCheck>>> {
    if lang == crate::i18n::DEFAULT {
        return Ok(None);
    }
    Ok(store::module(conn, course_id, lang, revision_id)?.map(|t| t.checks.clone()))
}

/// An exam paper in `lang`: the same questions and options in the same order, their words from
/// the current translations of the very question versions drawn. A paper is translated whole or
/// not at all (a paper that mixes languages helps no one); `lang` says which.
pub fn paper(conn: &mut DbConnection, paper: &mut AttemptView, lang: &str) -> QueryResult<()> {
    paper.lang = crate::i18n::DEFAULT.to_owned();
    if lang == crate::i18n::DEFAULT || paper.questions.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = paper.questions.iter().map(|q| q.question_id).collect();
    let texts = store::questions(conn, lang, &ids)?;
    let whole = paper
        .questions
        .iter()
        .all(|q| texts.get(&q.question_id).is_some_and(|t| q.option_indices.iter().all(|i| *i < t.options_html.len())));
    if !whole {
        return Ok(());
    }
    let mut explanations = std::collections::HashMap::new();
    for question in &mut paper.questions {
        let text = &texts[&question.question_id];
        question.stem_html = text.stem_html.clone();
        for (option, index) in question.options.iter_mut().zip(&question.option_indices) {
            option.html = text.options_html[*index].clone();
        }
        explanations.insert(question.id.clone(), text.explanation_html.clone());
    }
    for item in paper.review.iter_mut().flatten() {
        if let Some(explanation) = explanations.remove(&item.question_id) {
            item.explanation_html = explanation;
        }
    }
    if let Some(course_id) = store::course_id(conn, &paper.course)?
        && let Some(text) = store::exams(conn, course_id, lang)?.remove(&paper.exam)
    {
        paper.exam_title = text.title;
    }
    paper.lang = lang.to_owned();
    Ok(())
}

/// The language an attempt's paper is shown in when `lang` is asked for: `lang` when every
/// question drawn has a current translation in it, else English.
pub fn paper_lang(conn: &mut DbConnection, attempt_id: i64, lang: &'static str) -> QueryResult<&'static str> {
    use crate::db::schema::attempt_questions as aq;
    use diesel::prelude::*;
    if lang == crate::i18n::DEFAULT {
        return Ok(lang);
    }
    let ids: Vec<i64> = aq::table.filter(aq::attempt_id.eq(attempt_id)).select(aq::question_id).load(conn)?;
    let texts = store::questions(conn, lang, &ids)?;
    Ok(if !ids.is_empty() && ids.iter().all(|id| texts.contains_key(id)) { lang } else { crate::i18n::DEFAULT })
}

/// What a learner is told after answering a knowledge check, in `lang` when the module has a
/// current translation (the verdict is the source's: the same options are correct).
pub fn check_outcome(
    conn: &mut DbConnection,
    (course, module, check_id): (&str, &str, &str),
    selected: &[String],
    lang: &str,
) -> QueryResult<Option<crate::content::knowledge::Outcome>> {
    use crate::db::schema::{courses as c, modules as m};
    use diesel::prelude::*;
    if lang == crate::i18n::DEFAULT {
        return Ok(None);
    }
    let found: Option<(i64, Option<i64>)> = m::table
        .inner_join(c::table)
        .filter(c::slug.eq(course))
        .filter(m::slug.eq(module))
        .select((c::id, m::published_revision_id))
        .first(conn)
        .optional()?;
    let Some((course_id, Some(revision_id))) = found else {
        return Ok(None);
    };
    let Some(checks) = checks(conn, course_id, revision_id, lang)? else {
        return Ok(None);
    };
    let chosen: std::collections::BTreeSet<String> = selected.iter().cloned().collect();
    Ok(checks.iter().find(|c| c.id == check_id).map(|check| crate::content::knowledge::outcome(check, &chosen)))
}
