//! A learning platform of our own for the LTI tests (HTTP and browser): its RSA keys
//! (fixtures), JWKS, OIDC authorization endpoint, OAuth 2 token endpoint and line items' scores,
//! on a random port. For journeys in a browser it is also a small LMS: a course page that
//! launches the tool, signs the launches at its authorization endpoint and auto-posts them back,
//! receives deep-linking responses and shows its gradebook.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::traits::PublicKeyParts;
use serde_json::{Value, json};

use crate::helpers::TestApp;

pub(crate) const CLIENT_ID: &str = "ess-tool-client";
pub(crate) const DEPLOYMENT: &str = "deployment-1";

/// One of the platform's keys.
#[derive(Clone)]
pub(crate) struct PlatformKey {
    pub(crate) kid: String,
    encoding: EncodingKey,
    pub(crate) jwk: Value,
}

fn platform_key(pem: &str, kid: &str) -> PlatformKey {
    let private = rsa::RsaPrivateKey::from_pkcs8_pem(pem).unwrap();
    let jwk = json!({
        "kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid,
        "n": URL_SAFE_NO_PAD.encode(private.n().to_bytes_be()),
        "e": URL_SAFE_NO_PAD.encode(private.e().to_bytes_be()),
    });
    PlatformKey {
        kid: kid.to_owned(),
        encoding: EncodingKey::from_rsa_der(private.to_pkcs1_der().unwrap().as_bytes()),
        jwk,
    }
}

/// A learning platform: publishes `published` at `/jwks`, counts the fetches; its token endpoint
/// and gradebook record what the tool sends (`gradebook`).
pub(crate) struct Platform {
    pub(crate) issuer: String,
    pub(crate) published: Arc<Mutex<Vec<Value>>>,
    pub(crate) fetches: Arc<AtomicUsize>,
    pub(crate) key: PlatformKey,
    pub(crate) other: PlatformKey,
    pub(crate) gradebook: Arc<Mutex<Gradebook>>,
    /// The platform's own course page, for journeys in a browser.
    #[allow(dead_code, reason = "only the browser journeys use the course pages")]
    pub(crate) course: Arc<Mutex<Course>>,
}

/// What the platform's token endpoint and line items received.
#[derive(Default)]
pub(crate) struct Gradebook {
    /// Where the tool's keys are (set by the test once the app runs).
    pub(crate) tool_jwks: Option<String>,
    /// The claims of each verified client assertion.
    pub(crate) assertions: Vec<Value>,
    /// Token requests refused, with the reason.
    pub(crate) refused: Vec<String>,
    /// The tokens issued.
    pub(crate) tokens: Vec<String>,
    /// Scores: the path, the content type, the bearer token and the body.
    pub(crate) scores: Vec<(String, String, String, Value)>,
    /// While set, the token endpoint answers 503.
    pub(crate) down: bool,
}

/// The token endpoint: a client-credentials grant with a JWT assertion signed by the tool, checked
/// against the tool's published keys as the IMS Security Framework asks.
async fn token_endpoint(
    gradebook: Arc<Mutex<Gradebook>>,
    token_url: String,
    form: HashMap<String, String>,
) -> HttpResponse {
    let jwks_url = {
        let book = gradebook.lock().unwrap();
        if book.down {
            return HttpResponse::ServiceUnavailable().body("down for maintenance");
        }
        book.tool_jwks.clone().expect("the test names the tool's JWKS")
    };
    let refuse = |reason: String| {
        gradebook.lock().unwrap().refused.push(reason.clone());
        HttpResponse::BadRequest().json(json!({"error": "invalid_client", "error_description": reason}))
    };
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    if field("grant_type") != "client_credentials" {
        return refuse(format!("grant_type {:?}", field("grant_type")));
    }
    if field("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" {
        return refuse(format!("client_assertion_type {:?}", field("client_assertion_type")));
    }
    if !field("scope").split(' ').any(|s| s == "https://purl.imsglobal.org/spec/lti-ags/scope/score") {
        return refuse(format!("scope {:?}", field("scope")));
    }
    let assertion = field("client_assertion");
    let jwks: jsonwebtoken::jwk::JwkSet = reqwest::get(&jwks_url).await.unwrap().json().await.unwrap();
    let Ok(header) = jsonwebtoken::decode_header(assertion) else { return refuse("not a JWT".into()) };
    let Some(jwk) = header.kid.as_deref().and_then(|kid| jwks.find(kid)) else {
        return refuse(format!("unknown kid {:?}", header.kid));
    };
    let mut validation = jsonwebtoken::Validation::new(Algorithm::RS256);
    validation.set_audience(&[&token_url]);
    validation.set_issuer(&[CLIENT_ID]);
    validation.sub = Some(CLIENT_ID.to_owned());
    validation.set_required_spec_claims(&["exp", "iat", "iss", "sub", "aud"]);
    validation.validate_exp = false; // the tool's clock is the test's
    let claims =
        match jsonwebtoken::decode::<Value>(assertion, &jsonwebtoken::DecodingKey::from_jwk(jwk).unwrap(), &validation)
        {
            Ok(data) => data.claims,
            Err(e) => return refuse(format!("{e}")),
        };
    if claims["jti"].as_str().is_none_or(str::is_empty) {
        return refuse("no jti".into());
    }
    let mut book = gradebook.lock().unwrap();
    let token = format!("token-{}", book.tokens.len() + 1);
    book.assertions.push(claims);
    book.tokens.push(token.clone());
    HttpResponse::Ok().json(json!({
        "access_token": token, "token_type": "Bearer", "expires_in": 3600,
        "scope": "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    }))
}

/// A line item's scores: records the score when the bearer token is one the platform issued.
async fn scores_endpoint(gradebook: Arc<Mutex<Gradebook>>, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let bearer = header("authorization").strip_prefix("Bearer ").unwrap_or_default().to_owned();
    let mut book = gradebook.lock().unwrap();
    if !book.tokens.contains(&bearer) {
        return HttpResponse::Unauthorized().finish();
    }
    let Ok(score) = serde_json::from_slice::<Value>(&body) else { return HttpResponse::BadRequest().finish() };
    book.scores.push((req.uri().to_string(), header("content-type"), bearer, score));
    HttpResponse::NoContent().finish()
}

pub(crate) async fn start_platform() -> Platform {
    let key = platform_key(include_str!("../fixtures/lti/platform-key-1.pem"), "platform-key-1");
    let other = platform_key(include_str!("../fixtures/lti/platform-key-2.pem"), "platform-key-2");
    let published = Arc::new(Mutex::new(vec![key.jwk.clone()]));
    let fetches = Arc::new(AtomicUsize::new(0));
    let gradebook = Arc::new(Mutex::new(Gradebook::default()));
    let course = Arc::new(Mutex::new(Course::default()));
    let (p, f, g, c) = (published.clone(), fetches.clone(), gradebook.clone(), course.clone());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let issuer = format!("http://127.0.0.1:{port}");
    let token_url = format!("{issuer}/token");
    let lms = Lms { issuer: issuer.clone(), key: key.clone(), course: c, gradebook: g.clone() };
    let server = HttpServer::new(move || {
        let (p, f, g1, g2, url) = (p.clone(), f.clone(), g.clone(), g.clone(), token_url.clone());
        let (l1, l2, l3, l4) = (lms.clone(), lms.clone(), lms.clone(), lms.clone());
        App::new()
            .route("/course", web::get().to(move || course_page(l1.clone())))
            .route(
                "/deep-link-return",
                web::post().to(move |form: web::Form<HashMap<String, String>>| {
                    deep_link_return(l2.clone(), form.into_inner())
                }),
            )
            .route("/gradebook", web::get().to(move || gradebook_page(l4.clone())))
            .route(
                "/token",
                web::post().to(move |form: web::Form<HashMap<String, String>>| {
                    token_endpoint(g1.clone(), url.clone(), form.into_inner())
                }),
            )
            .route(
                "/lineitems/{item}/lineitem/scores",
                web::post().to(move |req: HttpRequest, body: web::Bytes| scores_endpoint(g2.clone(), req, body)),
            )
            .route(
                "/jwks",
                web::get().to(move || {
                    let (p, f) = (p.clone(), f.clone());
                    async move {
                        f.fetch_add(1, Ordering::SeqCst);
                        HttpResponse::Ok().json(json!({"keys": *p.lock().unwrap()}))
                    }
                }),
            )
            // The authorization endpoint: once a test names the tool (`course.tool`), it signs
            // the launch and posts it back like a real platform; before, the tests sign
            // id_tokens themselves.
            .route(
                "/auth",
                web::get()
                    .to(move |query: web::Query<HashMap<String, String>>| authorize(l3.clone(), query.into_inner())),
            )
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    tokio::spawn(server);
    Platform { issuer, published, fetches, key, other, gradebook, course }
}

impl Platform {
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.issuer)
    }

    /// Signs claims with a key under a `kid`.
    pub(crate) fn sign(&self, claims: &Value, key: &PlatformKey, kid: &str) -> String {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(kid.to_owned());
        jsonwebtoken::encode(&header, claims, &key.encoding).unwrap()
    }
}

pub(crate) async fn register(app: &TestApp, platform: &Platform, link_by_email: bool) {
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let response = app
        .client
        .post(app.url("/api/v1/admin/lti/platforms"))
        .bearer_auth(&admin)
        .json(&json!({
            "issuer": platform.issuer, "client_id": CLIENT_ID, "deployment_ids": [DEPLOYMENT],
            "auth_url": platform.url("/auth"), "jwks_url": platform.url("/jwks"),
            "token_url": platform.url("/token"), "link_by_email": link_by_email,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
}

/// The platform's course, as a small LMS: the tool it launches and the content added from it.
#[derive(Default)]
pub(crate) struct Course {
    /// The tool's address; unset, `/auth` only answers (the HTTP tests sign launches themselves).
    pub(crate) tool: Option<String>,
    /// The content items of verified deep-linking responses.
    pub(crate) items: Vec<Value>,
    /// Deep-linking responses refused, with the reason.
    pub(crate) refused: Vec<String>,
}

/// What the LMS pages need.
#[derive(Clone)]
struct Lms {
    issuer: String,
    key: PlatformKey,
    course: Arc<Mutex<Course>>,
    gradebook: Arc<Mutex<Gradebook>>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn page(title: &str, body: &str) -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <style>body{{font-family:sans-serif;margin:2rem;background:#f4f1ea}}main{{max-width:40rem}}\
         a{{display:inline-block;margin:.3rem 0}}</style></head>\
         <body><header><b>Partner LMS</b></header><main><h1>{title}</h1>{body}</main></body></html>"
    ))
}

impl Lms {
    /// The tool's third-party-initiated login for a hint.
    fn login_link(&self, tool: &str, login_hint: &str, message_hint: &str, target: &str) -> String {
        let mut url = url::Url::parse(&format!("{tool}/lti/login")).unwrap();
        url.query_pairs_mut()
            .append_pair("iss", &self.issuer)
            .append_pair("login_hint", login_hint)
            .append_pair("target_link_uri", target)
            .append_pair("lti_message_hint", message_hint)
            .append_pair("client_id", CLIENT_ID)
            .append_pair("lti_deployment_id", DEPLOYMENT);
        url.into()
    }
}

/// The course page: the instructor's "add content" link, and the content added, each a launch.
async fn course_page(lms: Lms) -> HttpResponse {
    let course = lms.course.lock().unwrap();
    let Some(tool) = course.tool.clone() else { return HttpResponse::NotFound().finish() };
    let add = lms.login_link(&tool, "instructor", "deep-link", &format!("{tool}/lti/launch"));
    let mut body = format!("<p><a id=\"add-content\" href=\"{}\">Add content from ESS Academy</a></p>", escape(&add));
    if course.items.is_empty() {
        body.push_str("<p>No ESS Academy content in this course yet.</p>");
    } else {
        body.push_str("<h2>Content</h2><ul id=\"items\">");
        for (i, item) in course.items.iter().enumerate() {
            let url = item["url"].as_str().unwrap_or_default();
            let launch = lms.login_link(&tool, "learner", &format!("item-{i}"), url);
            let graded = if item.get("lineItem").is_some() { " (graded)" } else { "" };
            body.push_str(&format!(
                "<li><a href=\"{}\">{}</a>{graded}</li>",
                escape(&launch),
                escape(item["title"].as_str().unwrap_or_default())
            ));
        }
        body.push_str("</ul>");
    }
    body.push_str("<p><a href=\"/gradebook\">Gradebook</a></p>");
    page("Sustainability 101", &body)
}

/// The authorization endpoint: signs the launch the hints ask for and posts it to the tool.
async fn authorize(lms: Lms, query: HashMap<String, String>) -> HttpResponse {
    let (tool, item) = {
        let course = lms.course.lock().unwrap();
        let hint = query.get("lti_message_hint").map(String::as_str).unwrap_or_default();
        let item = hint
            .strip_prefix("item-")
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| course.items.get(i).cloned().map(|item| (i, item)));
        (course.tool.clone(), item)
    };
    let Some(_tool) = tool else { return HttpResponse::Ok().body("authorize") };
    let q = |name: &str| query.get(name).cloned().unwrap_or_default();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let instructor = q("login_hint") == "instructor";
    let mut claims = json!({
        "iss": lms.issuer, "aud": CLIENT_ID, "iat": now, "exp": now + 300, "nonce": q("nonce"),
        "sub": if instructor { "instructor-1" } else { "learner-1" },
        "name": if instructor { "Ines Instructor" } else { "Lina Launch" },
        "email": if instructor { "ines@lms.example" } else { "lina.launch@lms.example" },
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": DEPLOYMENT,
    });
    if instructor {
        claims["https://purl.imsglobal.org/spec/lti/claim/message_type"] = json!("LtiDeepLinkingRequest");
        claims["https://purl.imsglobal.org/spec/lti/claim/roles"] =
            json!(["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]);
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = json!({
            "deep_link_return_url": format!("{}/deep-link-return", lms.issuer),
            "accept_types": ["ltiResourceLink"],
            "accept_presentation_document_targets": ["window"],
            "accept_multiple": true,
            "data": "course-101",
        });
    } else {
        let Some((i, item)) = item else { return HttpResponse::BadRequest().body("no such item") };
        claims["https://purl.imsglobal.org/spec/lti/claim/message_type"] = json!("LtiResourceLinkRequest");
        claims["https://purl.imsglobal.org/spec/lti/claim/roles"] =
            json!(["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]);
        claims["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = json!({"id": format!("item-{i}")});
        claims["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] = item["url"].clone();
        claims["https://purl.imsglobal.org/spec/lti/claim/custom"] = item["custom"].clone();
        if item.get("lineItem").is_some() {
            claims["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = json!({
                "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
                "lineitems": format!("{}/lineitems", lms.issuer),
                "lineitem": format!("{}/lineitems/{i}/lineitem", lms.issuer),
            });
        }
    }
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(lms.key.kid.clone());
    let id_token = jsonwebtoken::encode(&header, &claims, &lms.key.encoding).unwrap();
    let body = format!(
        "<p>Opening ESS Academy…</p><form method=\"post\" action=\"{}\">\
         <input type=\"hidden\" name=\"id_token\" value=\"{}\"><input type=\"hidden\" name=\"state\" value=\"{}\">\
         <noscript><button type=\"submit\">Continue</button></noscript></form>\
         <script>document.forms[0].submit();</script>",
        escape(&q("redirect_uri")),
        escape(&id_token),
        escape(&q("state"))
    );
    page("Signing you in", &body)
}

/// The deep-linking return: the tool's signed response, verified against its published keys.
async fn deep_link_return(lms: Lms, form: HashMap<String, String>) -> HttpResponse {
    let Some(tool) = lms.course.lock().unwrap().tool.clone() else { return HttpResponse::NotFound().finish() };
    let refuse = |reason: String| {
        lms.course.lock().unwrap().refused.push(reason.clone());
        HttpResponse::BadRequest().body(reason)
    };
    let jwt = form.get("JWT").cloned().unwrap_or_default();
    let jwks: jsonwebtoken::jwk::JwkSet =
        reqwest::get(format!("{tool}/lti/jwks.json")).await.unwrap().json().await.unwrap();
    let Ok(header) = jsonwebtoken::decode_header(&jwt) else { return refuse("not a JWT".into()) };
    let Some(jwk) = header.kid.as_deref().and_then(|kid| jwks.find(kid)) else {
        return refuse(format!("unknown kid {:?}", header.kid));
    };
    let mut validation = jsonwebtoken::Validation::new(Algorithm::RS256);
    validation.set_audience(&[&lms.issuer]);
    validation.set_issuer(&[CLIENT_ID]);
    let claims =
        match jsonwebtoken::decode::<Value>(&jwt, &jsonwebtoken::DecodingKey::from_jwk(jwk).unwrap(), &validation) {
            Ok(data) => data.claims,
            Err(e) => return refuse(format!("{e}")),
        };
    if claims["https://purl.imsglobal.org/spec/lti/claim/message_type"] != "LtiDeepLinkingResponse"
        || claims["https://purl.imsglobal.org/spec/lti-dl/claim/data"] != "course-101"
    {
        return refuse(format!("not the response to this request: {claims}"));
    }
    let items =
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"].as_array().cloned().unwrap_or_default();
    lms.course.lock().unwrap().items.extend(items);
    HttpResponse::SeeOther().insert_header(("location", "/course")).finish()
}

/// The gradebook: the scores the tool posted.
async fn gradebook_page(lms: Lms) -> HttpResponse {
    let book = lms.gradebook.lock().unwrap();
    let mut body =
        String::from("<table id=\"scores\"><tr><th>Line item</th><th>User</th><th>Score</th><th>Progress</th></tr>");
    for (path, _, _, score) in &book.scores {
        let given = match (score["scoreGiven"].as_i64(), score["scoreMaximum"].as_i64()) {
            (Some(given), Some(max)) => format!("{given} / {max}"),
            _ => "–".to_owned(),
        };
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{given}</td><td>{} · {}</td></tr>",
            escape(path),
            escape(score["userId"].as_str().unwrap_or_default()),
            escape(score["activityProgress"].as_str().unwrap_or_default()),
            escape(score["gradingProgress"].as_str().unwrap_or_default()),
        ));
    }
    body.push_str("</table>");
    page("Gradebook", &body)
}
