//! Full-text search over the published modules: SQLite FTS5 (porter stemming) and PostgreSQL
//! full-text search (`english`) behind one function. Every revision's sections are indexed when
//! the revision is written; a search joins the modules' published revisions, so publishing a
//! revision (or retiring a module) changes what is found at once, with nothing to rebuild.
//!
//! Ranking: a match in the module title weighs most, then the section heading and its key terms,
//! then the text. The snippet marks the matched words with `<mark>`, and is HTML-escaped
//! everywhere else.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Text};
use serde::Serialize;

use super::render::Section;
use crate::db::DbConnection;

/// The longest query accepted, in characters.
pub const QUERY_MAX_CHARS: usize = 200;
/// At most this many words of a query are searched for.
const QUERY_MAX_WORDS: usize = 12;
/// Results per search.
pub const RESULTS_MAX: i64 = 20;
/// Marks around matched words inside the database's snippet, replaced after escaping.
const MARK_START: char = '\u{E001}';
const MARK_END: char = '\u{E002}';

/// One search result.
#[derive(Debug, Clone, Serialize, PartialEq, utoipa::ToSchema)]
pub struct Hit {
    pub course: String,
    /// The module's slug.
    pub module: String,
    /// The module's title.
    pub title: String,
    /// The section's heading (the module title for the part before the first heading).
    pub section: String,
    /// The heading's anchor on the module page; empty for the top of the page.
    pub anchor: String,
    pub snippet_html: String,
    /// Higher is better.
    pub rank: f64,
}

/// The words of a query: letters and digits, at most [`QUERY_MAX_WORDS`].
pub fn words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .take(QUERY_MAX_WORDS)
        .collect()
}

/// Writes the sections of a revision into the index (replacing what it held for it).
pub fn index(conn: &mut DbConnection, revision_id: i64, title: &str, sections: &[Section]) -> QueryResult<()> {
    let table = match conn {
        DbConnection::Sqlite(_) => "search_fts",
        DbConnection::Postgresql(_) => "search_sections",
    };
    diesel::sql_query(format!("DELETE FROM {table} WHERE revision_id = $1"))
        .bind::<BigInt, _>(revision_id)
        .execute(conn)?;
    let mut rows = crate::db::rows::Rows::new(
        table,
        &["revision_id", "position", "anchor", "title", "section", "body", "heading"],
    );
    for (position, section) in sections.iter().enumerate() {
        let heading = [section.heading.as_str(), section.terms.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
        rows.push([
            crate::db::rows::Value::from(revision_id),
            (position as i32).into(),
            section.anchor.as_str().into(),
            title.into(),
            heading.into(),
            section.text.as_str().into(),
            section.heading.as_str().into(),
        ]);
    }
    rows.execute(conn)?;
    Ok(())
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Text)]
    course: String,
    #[diesel(sql_type = Text)]
    module: String,
    #[diesel(sql_type = Text)]
    title: String,
    #[diesel(sql_type = Text)]
    section: String,
    #[diesel(sql_type = Text)]
    anchor: String,
    #[diesel(sql_type = Text)]
    snippet: String,
    #[diesel(sql_type = Double)]
    rank: f64,
}

/// Escapes a snippet and turns the database's marks into `<mark>`.
fn snippet_html(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 32);
    for c in raw.chars() {
        match c {
            MARK_START => out.push_str("<mark>"),
            MARK_END => out.push_str("</mark>"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The published sections that hold every word of the query (the last one as a prefix), best
/// first; `course` limits the search to one course. An empty list of words finds nothing.
pub fn search(conn: &mut DbConnection, query: &str, course: Option<&str>, limit: i64) -> QueryResult<Vec<Hit>> {
    let words = words(query);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let last = words.len() - 1;
    let course_filter = if course.is_some() { "AND c.slug = $2" } else { "AND $2 = $2" };
    let rows: Vec<Row> = match conn {
        DbConnection::Sqlite(_) => {
            // Each word quoted (no FTS5 syntax reaches the engine), all required, the last a prefix.
            let expression = words
                .iter()
                .enumerate()
                .map(|(i, w)| if i == last { format!("\"{w}\"*") } else { format!("\"{w}\"") })
                .collect::<Vec<_>>()
                .join(" AND ");
            let sql = format!(
                "SELECT c.slug AS course, m.slug AS module, r.title AS title,
                        CASE WHEN f.anchor = '' THEN r.title ELSE f.heading END AS section,
                        f.anchor AS anchor,
                        snippet(search_fts, 2, char(57345), char(57346), '…', 24) AS snippet,
                        -bm25(search_fts, 10.0, 5.0, 1.0) AS rank
                 FROM search_fts f
                 JOIN modules m ON m.published_revision_id = CAST(f.revision_id AS INTEGER)
                 JOIN module_revisions r ON r.id = m.published_revision_id
                 JOIN courses c ON c.id = m.course_id
                 WHERE search_fts MATCH $1 AND m.retired_at IS NULL {course_filter}
                 ORDER BY rank DESC, m.position, f.position
                 LIMIT $3"
            );
            diesel::sql_query(sql)
                .bind::<Text, _>(expression)
                .bind::<Text, _>(course.unwrap_or(""))
                .bind::<BigInt, _>(limit)
                .load(conn)?
        }
        DbConnection::Postgresql(_) => {
            let expression = words
                .iter()
                .enumerate()
                .map(|(i, w)| if i == last { format!("'{w}':*") } else { format!("'{w}'") })
                .collect::<Vec<_>>()
                .join(" & ");
            let sql = format!(
                "WITH q AS (SELECT to_tsquery('english', $1) AS query)
                 SELECT c.slug AS course, m.slug AS module, r.title AS title,
                        CASE WHEN s.anchor = '' THEN r.title ELSE s.heading END AS section,
                        s.anchor AS anchor,
                        ts_headline('english', s.body, q.query,
                            'StartSel=' || chr(57345) || ', StopSel=' || chr(57346) || ', MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=…') AS snippet,
                        ts_rank('{{0.1, 0.2, 0.5, 1.0}}', s.document, q.query)::float8 AS rank
                 FROM search_sections s
                 CROSS JOIN q
                 JOIN modules m ON m.published_revision_id = s.revision_id
                 JOIN module_revisions r ON r.id = m.published_revision_id
                 JOIN courses c ON c.id = m.course_id
                 WHERE s.document @@ q.query AND m.retired_at IS NULL {course_filter}
                 ORDER BY rank DESC, m.position, s.position
                 LIMIT $3"
            );
            diesel::sql_query(sql)
                .bind::<Text, _>(expression)
                .bind::<Text, _>(course.unwrap_or(""))
                .bind::<BigInt, _>(limit)
                .load(conn)?
        }
    };
    Ok(rows
        .into_iter()
        .map(|row| Hit {
            course: row.course,
            module: row.module,
            title: row.title,
            section: row.section,
            anchor: row.anchor,
            snippet_html: snippet_html(&row.snippet),
            rank: row.rank,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_words_reach_the_engine() {
        assert_eq!(words("80 % of \"registered\" equipment*"), vec!["80", "of", "registered", "equipment"]);
        assert_eq!(words("NEAR(a b) OR c:* & !d"), vec!["near", "a", "b", "or", "c", "d"]);
        assert!(words(" ' \" ( ) * ").is_empty());
        assert_eq!(words(&"w ".repeat(50)).len(), QUERY_MAX_WORDS);
    }

    #[test]
    fn snippets_are_escaped_around_the_marks() {
        assert_eq!(snippet_html("a <b> \u{E001}takeback\u{E002} & co"), "a &lt;b&gt; <mark>takeback</mark> &amp; co");
    }
}
