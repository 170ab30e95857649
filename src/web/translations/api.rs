//! The JSON API of translations, under `/api/v1/admin/courses/{course}/translations`:
//! what is translated, stale or missing in every language a course declares. Programme admins only.

use actix_web::{HttpResponse, get, web};

use crate::content::store;
use crate::error::{AppError, Problem};
use crate::translations::store::Entry;
use crate::web::AppState;
use crate::web::extract::ProgrammeAdmin;

/// The routes, inside the `/api/v1` scope.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(translations);
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Every translatable file of the course in every language it declares, with its state: `current` (learners see it), `stale` (made from an earlier version of its source: learners see the English) or `missing`", body = [Entry]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such course", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/courses/{course}/translations")]
pub async fn translations(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let course = path.into_inner();
    let st = state.clone();
    let entries = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        let row = store::course_row(&mut conn, &course)?.ok_or(AppError::NotFound)?;
        Ok(crate::translations::store::states(&mut conn, &row)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(entries))
}
