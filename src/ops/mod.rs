//! Operations: the liveness of the background workers, the Prometheus metrics, the SQLite
//! backup and restore, and the allocator's settings. Nothing here imports actix: the web side (`web::ops`) serves it.

pub mod allocator;
pub mod backup;
pub mod metrics;
pub mod workers;
