//! `HEAD` for every `GET` route: the request is handled as a `GET`, and the answer keeps its
//! status and headers (Content-Type, Content-Length when the size is known, Cache-Control,
//! ETag…) but sends no body.

use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::body::{BodySize, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web::Bytes;

/// The body of an answer to `HEAD`: the size of the `GET` body, and no bytes.
pub struct HeadBody {
    size: BodySize,
}

impl MessageBody for HeadBody {
    type Error = std::convert::Infallible;

    fn size(&self) -> BodySize {
        self.size
    }

    fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<Bytes, Self::Error>>> {
        Poll::Ready(None)
    }
}

/// Middleware: answers `HEAD` as `GET` without the body.
pub async fn as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let is_head = req.method() == Method::HEAD;
    if is_head {
        req.head_mut().method = Method::GET;
    }
    let res = next.call(req).await?;
    if !is_head {
        return Ok(res.map_into_left_body());
    }
    Ok(res
        .map_body(|_, body| {
            // A streamed body has no known size: the answer then says none.
            let size = match body.size() {
                BodySize::Stream => BodySize::None,
                known => known,
            };
            HeadBody { size }
        })
        .map_into_right_body())
}
