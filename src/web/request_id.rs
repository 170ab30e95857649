//! Request ids, the access log and the request metrics, in one middleware (the outermost).
//!
//! Every request gets an id: the incoming `X-Request-Id` when it is sane (at most
//! [`REQUEST_ID_MAX_CHARS`] visible ASCII characters), else a new random one. It is sent back in
//! the `X-Request-Id` response header, written into problem documents and error pages (through
//! [`current`], which reads it while the request is handled), and logged on the request's one
//! line, with the route *pattern* (never the raw path: ids and tokens stay out of the logs).

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::InternalError;
use actix_web::http::Method;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use tracing::Instrument;

/// The header that carries the id, both ways.
pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");
/// The longest incoming request id taken as it is; a longer one is replaced.
pub const REQUEST_ID_MAX_CHARS: usize = 128;

tokio::task_local! {
    static REQUEST_ID: String;
}

/// The id of the request being handled, when called while one is.
pub fn current() -> Option<String> {
    REQUEST_ID.try_with(Clone::clone).ok()
}

/// Whether a client's id can be taken as it is: 1 to 128 visible ASCII characters.
fn is_sane(id: &str) -> bool {
    !id.is_empty() && id.len() <= REQUEST_ID_MAX_CHARS && id.bytes().all(|b| b.is_ascii_graphic())
}

/// A new id: 128 random bits as 32 hex digits.
/// A random (version 4) UUID, from the thread's CSPRNG (seeded by the system): `Uuid::new_v4`
/// asked the kernel (`getrandom`) on every request.
fn new_id() -> String {
    let mut bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid().simple().to_string()
}

/// The method as a metrics label (a bounded set: clients can send any method).
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Middleware: gives the request its id, logs one line and records the request metrics.
pub async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let id = req
        .headers()
        .get(&REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_sane(v))
        .map_or_else(new_id, str::to_owned);
    let method = method_label(req.method());
    let span = tracing::info_span!("request", request_id = %id);
    let outcome = REQUEST_ID.scope(id.clone(), next.call(req).instrument(span)).await;
    // The route pattern, read once the router has matched: asked before, actix matches the
    // path against every route again (6% of a module page's CPU, BENCHMARKS.md). An error that
    // escaped the inner services carries no request: it counts under the unmatched route.
    let route = match &outcome {
        Ok(res) => res.request().match_pattern(),
        Err(_) => None,
    };
    let route = route.as_deref().unwrap_or(crate::ops::metrics::UNMATCHED_ROUTE);
    let header = HeaderValue::from_str(&id).ok();
    let (result, status) = match outcome {
        Ok(mut res) => {
            if let Some(value) = header {
                res.headers_mut().insert(REQUEST_ID_HEADER, value);
            }
            let status = res.status();
            (Ok(res), status)
        }
        // An error that escaped the inner services is rendered here, while its id is known.
        Err(err) => {
            let mut response = REQUEST_ID.sync_scope(id.clone(), || err.error_response());
            if let Some(value) = header {
                response.headers_mut().insert(REQUEST_ID_HEADER, value);
            }
            let status = response.status();
            (Err(InternalError::from_response(err, response).into()), status)
        }
    };
    let elapsed = started.elapsed();
    let status = status.as_u16();
    tracing::info!(
        request_id = %id,
        method,
        route,
        status,
        duration_ms = (elapsed.as_secs_f64() * 10_000.0).round() / 10.0,
        "request"
    );
    crate::ops::metrics::record_request(method, route, status, elapsed);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_visible_ascii_ids_are_taken() {
        assert!(is_sane("abc-123_DEF.456"));
        assert!(is_sane(&"a".repeat(REQUEST_ID_MAX_CHARS)));
        assert!(!is_sane(&"a".repeat(REQUEST_ID_MAX_CHARS + 1)));
        assert!(!is_sane(""));
        assert!(!is_sane("with space"));
        assert!(!is_sane("new\nline"));
        assert!(!is_sane("café"));
        assert_eq!(new_id().len(), 32);
    }

    #[test]
    fn made_ids_are_version_4_uuids_and_differ() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| new_id()).collect();
        assert_eq!(ids.len(), 1000);
        for id in &ids {
            let uuid = uuid::Uuid::parse_str(id).unwrap();
            assert_eq!(uuid.get_version_num(), 4, "{id}");
            assert!(is_sane(id));
        }
    }
}
