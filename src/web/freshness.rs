//! Tells `crate::freshness` when a request of this instance may have changed accounts or
//! content, so that copies in memory made before it are not used again.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest};

/// Put in a request's extensions by a handler that changes neither accounts nor content
/// (heartbeats, exam answers): its request does not end the copies.
#[derive(Debug, Clone, Copy)]
pub struct ChangesNoAccountOrContent;

/// Marks the request as one that changes neither accounts nor content.
pub fn changes_no_account_or_content(req: &HttpRequest) {
    req.extensions_mut().insert(ChangesNoAccountOrContent);
}

/// After every request that may write (any method but GET, HEAD and OPTIONS), counts a local
/// write, once the handler has answered (so after its commit).
pub async fn after_writes(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let response = next.call(req).await;
    let exempt = response.as_ref().is_ok_and(|r| r.request().extensions().get::<ChangesNoAccountOrContent>().is_some());
    if writes && !exempt {
        crate::freshness::local_write();
    }
    response
}
