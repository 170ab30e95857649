//! The holder's renewals: for each credential, where it stands in its renewal (window, grace),
//! the renewal modules done, and the renewal exam's state — what `GET /api/v1/me/renewals`, the
//! renewal page and "My training" show. It sits above credentials (the dates), progress (the
//! modules) and the attempts (the exam).

use diesel::prelude::*;

use super::attempts::{ExamRow, status_of};
use crate::clock::UnixSecs;
use crate::credentials::lifecycle::{self, RenewalExam, RenewalView, Rules};
use crate::db::DbConnection;
use crate::db::schema::{courses as c, credentials as cr, exams as e};

/// The renewal of every credential the person holds (revoked ones are left out: they cannot be
/// renewed), the latest cycle of each course.
pub fn renewals_of(conn: &mut DbConnection, now: UnixSecs, user_id: i64) -> QueryResult<Vec<RenewalView>> {
    let course_ids: Vec<i64> = cr::table
        .filter(cr::user_id.eq(user_id))
        .filter(cr::revoked_at.is_null())
        .select(cr::course_id)
        .distinct()
        .load(conn)?;
    let mut out = Vec::new();
    for course_id in course_ids {
        let Some(row) = lifecycle::latest(conn, user_id, course_id)? else { continue };
        if row.revoked_at.is_some() {
            continue;
        }
        let rules = Rules::of_course(conn, course_id)?;
        let mut view = lifecycle::renewal_view(&rules, &row, now);
        let since = row.renewed_at.unwrap_or(row.issued_at);
        view.modules = crate::progress::standing::renewal_modules(conn, user_id, course_id, since)?;
        let exam: Option<(ExamRow, String)> = e::table
            .inner_join(c::table)
            .filter(e::course_id.eq(course_id))
            .filter(e::track.eq("renewal"))
            .select((ExamRow::as_select(), c::slug))
            .first(conn)
            .optional()?;
        if let Some((exam, course)) = exam
            && let Some(status) = status_of(conn, now, user_id, &exam, course.clone())?
        {
            view.exam = Some(RenewalExam {
                course,
                slug: exam.slug.clone(),
                state: status.state.to_owned(),
                reason: status.reason_unavailable.clone(),
                title: exam.title.clone(),
            });
        }
        out.push(view);
    }
    Ok(out)
}
