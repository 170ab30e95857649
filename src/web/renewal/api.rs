//! `GET /api/v1/me/renewals`: the renewal of each credential the signed-in person holds.

use actix_web::{HttpResponse, get, web};

use crate::credentials::lifecycle::RenewalView;
use crate::error::{AppError, Problem};
use crate::web::AppState;
use crate::web::extract::SignedIn;

/// The routes, inside the `/api/v1` scope.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(my_renewals);
}

#[utoipa::path(context_path = "/api/v1", tag = "credentials", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Each credential held (not revoked) with its renewal window, grace period, renewal modules and renewal exam", body = [RenewalView]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
))]
#[get("/me/renewals")]
pub async fn my_renewals(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let id = user.id();
    let views = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(crate::exams::renewal::renewals_of(&mut *st.db.read()?, st.now(), id)?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(views))
}
