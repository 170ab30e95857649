//! What a revision's markdown yields besides its HTML: its knowledge checks, its figures and its
//! search sections, written beside the revision in the same transaction. A revision records the
//! renderer version that derived them; at start, published and newest revisions derived by an
//! older renderer are derived again (the markdown is the source of truth).

use diesel::prelude::*;

use super::render::{Figure, LinkContext, Rendered, render};
use super::search;
use crate::db::DbConnection;
use crate::db::rows::{Rows, Value};
use crate::db::schema::{
    courses as c, knowledge_checks as kc, module_revisions as r, modules as m, revision_figures as f,
};

/// The version of the renderer and of what it derives; raise it when either changes.
pub const RENDERER: i32 = 3;

/// Writes the checks, figures and search sections of a revision (replacing any it had).
pub fn write(conn: &mut DbConnection, revision_id: i64, title: &str, rendered: &Rendered) -> QueryResult<()> {
    diesel::delete(kc::table.filter(kc::revision_id.eq(revision_id))).execute(conn)?;
    diesel::delete(f::table.filter(f::revision_id.eq(revision_id))).execute(conn)?;
    // One INSERT per table, not one per row: a round trip each on PostgreSQL.
    let mut checks = Rows::new(
        "knowledge_checks",
        &["revision_id", "public_id", "position", "kind", "stem_html", "options_json", "explanation_html"],
    );
    for (position, check) in rendered.checks.iter().enumerate() {
        checks.push([
            Value::from(revision_id),
            check.id.as_str().into(),
            (position as i32).into(),
            check.kind.as_str().into(),
            check.stem_html.as_str().into(),
            serde_json::to_string(&check.options).unwrap_or_else(|_| "[]".into()).into(),
            check.explanation_html.as_str().into(),
        ]);
    }
    let mut figures = Rows::new("revision_figures", &["revision_id", "position", "src", "alt", "caption"]);
    for (position, figure) in rendered.figures.iter().enumerate() {
        figures.push([
            Value::from(revision_id),
            (position as i32).into(),
            figure.src.as_str().into(),
            figure.alt.as_str().into(),
            figure.caption.as_str().into(),
        ]);
    }
    checks.execute(conn)?;
    figures.execute(conn)?;
    search::index(conn, revision_id, title, &rendered.sections)
}

/// The figures of a revision, in order.
pub fn figures_of(conn: &mut DbConnection, revision_id: i64) -> QueryResult<Vec<Figure>> {
    let rows: Vec<(String, String, String)> = f::table
        .filter(f::revision_id.eq(revision_id))
        .order(f::position)
        .select((f::src, f::alt, f::caption))
        .load(conn)?;
    Ok(rows.into_iter().map(|(src, alt, caption)| Figure { src, alt, caption }).collect())
}

/// Derives again the published and newest revisions that an older renderer derived; returns how
/// many. Each revision is its own transaction.
pub fn upgrade(conn: &mut DbConnection) -> QueryResult<usize> {
    let stale: Vec<(i64, String, String, String)> = r::table
        .inner_join(m::table.on(m::id.eq(r::module_id)))
        .inner_join(c::table.on(c::id.eq(m::course_id)))
        .filter(r::renderer.lt(RENDERER))
        .filter(m::published_revision_id.eq(r::id.nullable()).or(m::latest_revision_id.eq(r::id.nullable())))
        .select((r::id, c::slug, r::title, r::markdown))
        .load(conn)?;
    for (id, course, title, markdown) in &stale {
        crate::db::transaction(conn, |conn| -> QueryResult<()> {
            let rendered = render(markdown, &LinkContext { course });
            diesel::update(r::table.find(*id))
                .set((
                    r::html.eq(&rendered.html),
                    r::toc_json.eq(serde_json::to_string(&rendered.toc).unwrap_or_else(|_| "[]".into())),
                    r::renderer.eq(RENDERER),
                ))
                .execute(conn)?;
            write(conn, *id, title, &rendered)
        })?;
    }
    Ok(stale.len())
}
