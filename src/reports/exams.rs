//! Exam pass rates: per exam, the people who took it, their attempts, the people who passed,
//! the pass rate and the attempts a pass took on average. One query: per (exam, person) over the
//! index `attempts(exam_id, user_id, passed)`, then per exam.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use serde::Serialize;

use super::{Csv, Filters, Programme, UserWhere, fmt_opt, load};
use crate::db::DbConnection;

/// One exam's figures.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ExamReport {
    pub exam: String,
    pub title: String,
    /// People with at least one attempt.
    pub takers: i64,
    /// Attempts started (open ones included).
    pub attempts: i64,
    /// People who passed.
    pub passed: i64,
    /// Passed people over takers.
    pub pass_rate: Option<f64>,
    /// Attempts of the people who passed (the passing one included) over the people who passed.
    pub attempts_per_pass: Option<f64>,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = BigInt)]
    exam_id: i64,
    #[diesel(sql_type = BigInt)]
    takers: i64,
    #[diesel(sql_type = BigInt)]
    attempts: i64,
    #[diesel(sql_type = BigInt)]
    passed: i64,
    #[diesel(sql_type = BigInt)]
    passer_attempts: i64,
}

/// Every exam of the course, in order, for the people the filters select.
pub fn exam_stats(conn: &mut DbConnection, programme: &Programme, filters: &Filters) -> QueryResult<Vec<ExamReport>> {
    let filter = UserWhere::of(filters, 2);
    let people = if filter.binds.is_empty() {
        String::new()
    } else {
        format!(" AND a.user_id IN (SELECT u.id FROM users u WHERE 1 = 1{})", filter.sql)
    };
    let sql = format!(
        "SELECT t.exam_id AS exam_id, COUNT(*) AS takers, CAST(SUM(t.n) AS BIGINT) AS attempts, \
           CAST(SUM(t.p) AS BIGINT) AS passed, CAST(SUM(t.p * t.n) AS BIGINT) AS passer_attempts \
         FROM (SELECT a.exam_id AS exam_id, a.user_id AS user_id, COUNT(*) AS n, \
                 MAX(CASE WHEN a.passed THEN 1 ELSE 0 END) AS p \
               FROM attempts a JOIN exams e ON e.id = a.exam_id \
               WHERE e.course_id = $1{people} GROUP BY a.exam_id, a.user_id) t \
         GROUP BY t.exam_id"
    );
    let mut binds = vec![super::Bind::Int(programme.course_id)];
    binds.extend(filter.binds);
    let rows: HashMap<i64, Row> = load::<Row>(conn, &sql, &binds)?.into_iter().map(|r| (r.exam_id, r)).collect();
    Ok(programme
        .exams
        .iter()
        .map(|(id, slug, title)| {
            let (takers, attempts, passed, passer_attempts) =
                rows.get(id).map_or((0, 0, 0, 0), |r| (r.takers, r.attempts, r.passed, r.passer_attempts));
            ExamReport {
                exam: slug.clone(),
                title: title.clone(),
                takers,
                attempts,
                passed,
                pass_rate: (takers > 0).then(|| passed as f64 / takers as f64),
                attempts_per_pass: (passed > 0).then(|| passer_attempts as f64 / passed as f64),
            }
        })
        .collect())
}

/// `exam,title,takers,attempts,passed,pass_rate,attempts_per_pass`.
pub fn to_csv(rows: &[ExamReport], lang: &str) -> String {
    let mut csv =
        Csv::localized(lang, &["exam", "title", "takers", "attempts", "passed", "pass_rate", "attempts_per_pass"]);
    for e in rows {
        csv.row([
            e.exam.clone(),
            e.title.clone(),
            e.takers.to_string(),
            e.attempts.to_string(),
            e.passed.to_string(),
            fmt_opt(e.pass_rate),
            fmt_opt(e.attempts_per_pass),
        ]);
    }
    csv.finish()
}
