//! Operations: the liveness of the background workers, the Prometheus metrics, and the SQLite
//! backup and restore. Nothing here imports actix: the web side (`web::ops`) serves it.

pub mod backup;
pub mod metrics;
pub mod workers;
