//! Operations routes beside `/healthz`: `/readyz` (the database answers, its migrations are
//! current, the background workers tick) and `/metrics` (Prometheus text, behind a token).

use std::collections::BTreeMap;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use metrics_exporter_prometheus::PrometheusHandle;
use serde::Serialize;

use super::AppState;
use crate::error::AppError;
use crate::ops::workers::{Liveness, Workers};

/// What the operations routes need besides the application state.
pub struct OpsState {
    /// The background workers' heartbeats.
    pub workers: Workers,
    /// The bearer token of `/metrics`; `None`: `/metrics` is off (404).
    pub metrics_token: Option<String>,
    /// The process's metrics recorder, when metrics are on.
    pub metrics: Option<PrometheusHandle>,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(readyz).service(metrics);
}

/// `/readyz`: whether this instance can take traffic (a probe's route, like `/metrics` not in the
/// OpenAPI document).
#[derive(Serialize)]
pub struct Readiness {
    /// `ready`, or `not_ready` when anything below failed.
    status: &'static str,
    /// `ok`, or `unavailable` when the database does not answer.
    database: &'static str,
    /// `current`, `pending` (the database lacks a migration of this version) or `unknown`.
    migrations: &'static str,
    /// Each background worker: `alive`, or `dead` when it has not ticked for 60 s.
    workers: BTreeMap<&'static str, Liveness>,
}

#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>, ops: web::Data<OpsState>) -> HttpResponse {
    let db = state.db.clone();
    let checked = crate::web::blocking(move || -> anyhow::Result<bool> {
        let mut conn = db.read()?;
        crate::db::has_pending_migrations(&mut conn)
    })
    .await;
    let (database, migrations) = match checked {
        Ok(Ok(false)) => ("ok", "current"),
        Ok(Ok(true)) => ("ok", "pending"),
        Ok(Err(e)) => {
            tracing::warn!(error = format!("{e:#}"), "readyz: database");
            ("unavailable", "unknown")
        }
        Err(_) => ("unavailable", "unknown"),
    };
    let workers: BTreeMap<_, _> = ops.workers.status().into_iter().collect();
    let ready = database == "ok" && migrations == "current" && workers.values().all(|w| *w == Liveness::Alive);
    let body = Readiness { status: if ready { "ready" } else { "not_ready" }, database, migrations, workers };
    if ready { HttpResponse::Ok().json(body) } else { HttpResponse::ServiceUnavailable().json(body) }
}

/// `/metrics`: Prometheus text, with `Authorization: Bearer <ESS_METRICS_TOKEN>`; 404 when the
/// token is not set. Not in the OpenAPI document: it is for the scraper, not for API clients.
#[get("/metrics")]
pub async fn metrics(
    req: HttpRequest,
    state: web::Data<AppState>,
    ops: web::Data<OpsState>,
) -> Result<HttpResponse, AppError> {
    let (Some(expected), Some(handle)) = (&ops.metrics_token, &ops.metrics) else {
        return Err(AppError::NotFound);
    };
    let sent = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !same_token(sent, expected) {
        return Err(AppError::Unauthorized);
    }
    let st = state.clone();
    let gauges = crate::web::blocking(move || -> anyhow::Result<_> {
        Ok(crate::ops::metrics::read_gauges(&mut *st.db.read()?, st.now())?)
    })
    .await?
    .map_err(AppError::Unexpected)?;
    crate::ops::metrics::set_gauges(&gauges, &state.db.pool_states());
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(handle.render()))
}

/// Constant-time comparison that does not reveal the token's length either.
fn same_token(sent: &str, expected: &str) -> bool {
    use sha2::{Digest, Sha256};
    use subtle::ConstantTimeEq;
    bool::from(Sha256::digest(sent.as_bytes()).ct_eq(&Sha256::digest(expected.as_bytes())))
}
