//! Stylesheet, images and scripts, compiled into the binary and served with an ETag.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, get, web};
use sha2::{Digest, Sha256};

use crate::error::AppError;

/// (path under /static/, content type, bytes). A test checks every file on disk is listed.
pub const ASSETS: &[(&str, &str, &[u8])] = &[
    ("css/app.css", "text/css; charset=utf-8", include_bytes!("../../static/css/app.css")),
    ("img/logo.svg", "image/svg+xml", include_bytes!("../../static/img/logo.svg")),
    ("img/favicon.svg", "image/svg+xml", include_bytes!("../../static/img/favicon.svg")),
    ("js/forms.js", "text/javascript; charset=utf-8", include_bytes!("../../static/js/forms.js")),
    ("js/editor.js", "text/javascript; charset=utf-8", include_bytes!("../../static/js/editor.js")),
    ("js/exam.js", "text/javascript; charset=utf-8", include_bytes!("../../static/js/exam.js")),
    ("js/heartbeat.js", "text/javascript; charset=utf-8", include_bytes!("../../static/js/heartbeat.js")),
    ("js/checks.js", "text/javascript; charset=utf-8", include_bytes!("../../static/js/checks.js")),
    ("js/autopost.js", "text/javascript; charset=utf-8", include_bytes!("../../static/js/autopost.js")),
];

/// A short content hash, used as ETag and as a cache-busting query in templates.
pub fn etag(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[get("/static/{path:.*}")]
pub async fn serve(req: HttpRequest, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let path = path.into_inner();
    let (_, content_type, bytes) = ASSETS.iter().find(|(p, _, _)| *p == path).ok_or(AppError::NotFound)?;
    Ok(cached(&req, &etag(bytes), content_type, "public, max-age=3600", bytes.to_vec()))
}

/// A response with an ETag: 304 when the client has this version, the bytes otherwise.
pub fn cached(
    req: &HttpRequest,
    tag: &str,
    content_type: &str,
    cache_control: &'static str,
    bytes: Vec<u8>,
) -> HttpResponse {
    let tag = format!("\"{tag}\"");
    let not_modified = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    let mut response = if not_modified { HttpResponse::NotModified() } else { HttpResponse::Ok() };
    response
        .insert_header((header::ETAG, tag))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static(cache_control)));
    if not_modified {
        return response.finish();
    }
    response.insert_header((header::CONTENT_TYPE, content_type.to_owned())).body(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_static_file_is_embedded() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static");
        let mut on_disk = Vec::new();
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() && !path.ends_with("fonts") {
                    stack.push(path);
                } else if path.is_file() && !path.to_string_lossy().contains("LICENSE") {
                    on_disk.push(path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/"));
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<&str> = ASSETS.iter().map(|(p, _, _)| *p).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }
}
