//! Active time per module: how many people opened it, the median and the 90th percentile of
//! their active time (nearest rank), against the module's estimated minutes.
//!
//! Without filters the percentiles are read from the index `module_progress(module_id,
//! active_seconds)`: a count per module, then `ORDER BY active_seconds LIMIT 1 OFFSET k`, which
//! walks the index to the k-th entry without sorting. With filters the cohort's rows are read
//! (one indexed join) and sorted here.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use serde::Serialize;

use super::{Bind, Csv, Filters, Programme, UserWhere, load, percentile, rank};
use crate::db::DbConnection;
use crate::db::schema::{module_revisions as r, modules as m};

/// The median.
const P50: f64 = 0.5;
/// The 90th percentile.
const P90: f64 = 0.9;

/// One module's figures.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ModuleStats {
    pub position: i32,
    pub slug: String,
    pub title: String,
    /// The published estimate.
    pub estimated_minutes: i32,
    /// People with a progress row (who opened the module), whatever their role.
    pub learners: i64,
    pub median_seconds: Option<i64>,
    pub p90_seconds: Option<i64>,
    /// Median active time over the estimate (1.0: exactly as estimated).
    pub median_ratio: Option<f64>,
}

#[derive(QueryableByName)]
struct CountRow {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct ValueRow {
    #[diesel(sql_type = BigInt)]
    v: i64,
}

#[derive(QueryableByName)]
struct PairRow {
    #[diesel(sql_type = BigInt)]
    module_id: i64,
    #[diesel(sql_type = BigInt)]
    v: i64,
}

/// The figures of every module of the course that is not retired, in course order.
pub fn module_stats(
    conn: &mut DbConnection,
    programme: &Programme,
    filters: &Filters,
) -> QueryResult<Vec<ModuleStats>> {
    let modules: Vec<(i64, i32, String, String, i32)> = m::table
        .inner_join(r::table.on(m::published_revision_id.eq(r::id.nullable())))
        .filter(m::course_id.eq(programme.course_id))
        .filter(m::retired_at.is_null())
        // The first path's training (the renewal module is studied a year later).
        .filter(m::track.eq("path"))
        .order((m::position, m::id))
        .select((m::id, m::position, m::slug, r::title, r::minutes))
        .load(conn)?;
    let ids: Vec<i64> = modules.iter().map(|x| x.0).collect();
    let figures: HashMap<i64, (i64, Option<i64>, Option<i64>)> =
        if filters.is_empty() { from_index(conn, &ids)? } else { from_rows(conn, &ids, filters)? };
    Ok(modules
        .into_iter()
        .map(|(id, position, slug, title, minutes)| {
            let (learners, median, p90) = figures.get(&id).copied().unwrap_or((0, None, None));
            ModuleStats {
                position,
                slug,
                title,
                estimated_minutes: minutes,
                learners,
                median_seconds: median,
                p90_seconds: p90,
                median_ratio: median.filter(|_| minutes > 0).map(|s| s as f64 / (f64::from(minutes) * 60.0)),
            }
        })
        .collect())
}

type Figures = HashMap<i64, (i64, Option<i64>, Option<i64>)>;

fn from_index(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Figures> {
    let mut out = Figures::new();
    for &id in ids {
        let n =
            load::<CountRow>(conn, "SELECT COUNT(*) AS n FROM module_progress WHERE module_id = $1", &[Bind::Int(id)])?
                .first()
                .map_or(0, |c| c.n);
        if n == 0 {
            continue;
        }
        let mut at = |p: f64| -> QueryResult<Option<i64>> {
            let k = rank(n as usize, p) as i64;
            Ok(load::<ValueRow>(
                conn,
                "SELECT active_seconds AS v FROM module_progress WHERE module_id = $1 \
                 ORDER BY active_seconds LIMIT 1 OFFSET $2",
                &[Bind::Int(id), Bind::Int(k)],
            )?
            .first()
            .map(|r| r.v))
        };
        let (median, p90) = (at(P50)?, at(P90)?);
        out.insert(id, (n, median, p90));
    }
    Ok(out)
}

fn from_rows(conn: &mut DbConnection, ids: &[i64], filters: &Filters) -> QueryResult<Figures> {
    let filter = UserWhere::of(filters, 1);
    let sql = format!(
        "SELECT mp.module_id AS module_id, mp.active_seconds AS v FROM users u \
         JOIN module_progress mp ON mp.user_id = u.id WHERE 1 = 1{}",
        filter.sql
    );
    let mut values: HashMap<i64, Vec<i64>> = ids.iter().map(|id| (*id, Vec::new())).collect();
    for row in load::<PairRow>(conn, &sql, &filter.binds)? {
        if let Some(v) = values.get_mut(&row.module_id) {
            v.push(row.v);
        }
    }
    Ok(values
        .into_iter()
        .map(|(id, mut v)| {
            v.sort_unstable();
            (id, (v.len() as i64, percentile(&v, P50), percentile(&v, P90)))
        })
        .collect())
}

/// `position,module,title,estimated_minutes,learners,median_seconds,p90_seconds,median_ratio`.
pub fn to_csv(rows: &[ModuleStats], lang: &str) -> String {
    let mut csv = Csv::localized(
        lang,
        &[
            "position",
            "module",
            "title",
            "estimated_minutes",
            "learners",
            "median_seconds",
            "p90_seconds",
            "median_ratio",
        ],
    );
    let opt = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
    for m in rows {
        csv.row([
            m.position.to_string(),
            m.slug.clone(),
            m.title.clone(),
            m.estimated_minutes.to_string(),
            m.learners.to_string(),
            opt(m.median_seconds),
            opt(m.p90_seconds),
            super::fmt_opt(m.median_ratio),
        ]);
    }
    csv.finish()
}
