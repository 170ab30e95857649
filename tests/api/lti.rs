//! LTI 1.3 launches from a platform of our own (`lti_platform.rs`): the success path, and one
//! refusal per check; deep linking. Grade passback is tested in `lti_ags.rs` with the same
//! platform.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::Algorithm;
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::TestApp;

pub(crate) use crate::lti_platform::{CLIENT_ID, DEPLOYMENT, Platform, register, start_platform};
const MODULE: &str = "/courses/environmental-sustainability/why-circular";

/// A browser of its own.
pub(crate) struct Browser {
    pub(crate) client: reqwest::Client,
    pub(crate) jar: Arc<reqwest::cookie::Jar>,
}

/// The login: the redirect to the platform's authorization endpoint with its parameters.
pub(crate) async fn login(app: &TestApp, platform: &Platform, browser: &Browser) -> (String, String) {
    let response = browser
        .client
        .get(app.url("/lti/login"))
        .query(&[
            ("iss", platform.issuer.as_str()),
            ("login_hint", "user-1"),
            ("target_link_uri", &app.url(MODULE)),
            ("lti_message_hint", "hint-1"),
            ("client_id", CLIENT_ID),
            ("lti_deployment_id", DEPLOYMENT),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 302, "{}", response.text().await.unwrap());
    let location = url::Url::parse(response.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location.as_str().starts_with(&platform.url("/auth?")), "{location}");
    let params: std::collections::HashMap<String, String> = location.query_pairs().into_owned().collect();
    for (key, value) in [
        ("scope", "openid"),
        ("response_type", "id_token"),
        ("response_mode", "form_post"),
        ("prompt", "none"),
        ("client_id", CLIENT_ID),
        ("login_hint", "user-1"),
        ("lti_message_hint", "hint-1"),
    ] {
        assert_eq!(params.get(key).map(String::as_str), Some(value), "{key}");
    }
    assert_eq!(params["redirect_uri"], app.url("/lti/launch"));
    // The platform's authorization endpoint answers.
    assert_eq!(reqwest::get(location.as_str()).await.unwrap().status(), 200);
    (params["state"].clone(), params["nonce"].clone())
}

pub(crate) fn claims(app: &TestApp, platform: &Platform, nonce: &str) -> Value {
    let now = ess_academy::clock::Clock::now(&app.clock);
    json!({
        "iss": platform.issuer, "aud": CLIENT_ID, "sub": "user-1", "exp": now + 300, "iat": now, "nonce": nonce,
        "name": "Lina Launch", "email": "lina.launch@lms.example",
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": DEPLOYMENT,
        "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": app.url(MODULE),
        "https://purl.imsglobal.org/spec/lti/claim/resource_link": {"id": "link-1"},
        "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
    })
}

pub(crate) async fn post_launch(app: &TestApp, browser: &Browser, id_token: &str, state: &str) -> reqwest::Response {
    browser.client.post(app.url("/lti/launch")).form(&[("id_token", id_token), ("state", state)]).send().await.unwrap()
}

/// Who the browser is signed in as (`None`: nobody).
pub(crate) async fn me(app: &TestApp, browser: &Browser) -> Option<Value> {
    let response = browser.client.get(app.url("/api/v1/me")).send().await.unwrap();
    if response.status() != 200 {
        return None;
    }
    Some(response.json().await.unwrap())
}

pub(crate) fn new_browser() -> Browser {
    let (client, jar) = crate::helpers::client_with_jar();
    Browser { client, jar }
}

/// A login and a launch with claims changed by `change`; the response.
pub(crate) async fn launch_with(
    app: &TestApp,
    platform: &Platform,
    browser: &Browser,
    change: impl FnOnce(&mut Value),
) -> reqwest::Response {
    let (state, nonce) = login(app, platform, browser).await;
    let mut claims = claims(app, platform, &nonce);
    change(&mut claims);
    let token = platform.sign(&claims, &platform.key, &platform.key.kid);
    post_launch(app, browser, &token, &state).await
}

both_backends! {
    async fn a_launch_signs_in_and_lands_on_the_module_and_a_second_finds_the_same_account(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        let browser = new_browser();
        let response = launch_with(&app, &platform, &browser, |_| {}).await;
        assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
        assert_eq!(response.headers()["location"], MODULE);
        let me1 = me(&app, &browser).await.expect("signed in");
        assert_eq!(me1["email"], "lina.launch@lms.example");
        assert_eq!(me1["name"], "Lina Launch");
        assert_eq!(me1["role"], "learner");
        assert_eq!(browser.client.get(app.url(MODULE)).send().await.unwrap().status(), 200);

        let again = new_browser();
        let response = launch_with(&app, &platform, &again, |c| c["name"] = json!("Lina Renamed")).await;
        assert_eq!(response.status(), 303);
        let me2 = me(&app, &again).await.expect("signed in again");
        assert_eq!(me2["id"], me1["id"], "the same account");
        assert_eq!(platform.fetches.load(Ordering::SeqCst), 1, "the platform's keys are cached");
    }

    async fn a_new_kid_fetches_the_keys_again(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        assert_eq!(launch_with(&app, &platform, &new_browser(), |_| {}).await.status(), 303);
        // The platform rotates its key.
        platform.published.lock().unwrap().push(platform.other.jwk.clone());
        app.clock.advance(60);
        let browser = new_browser();
        let (state, nonce) = login(&app, &platform, &browser).await;
        let token = platform.sign(&claims(&app, &platform, &nonce), &platform.other, &platform.other.kid);
        let response = post_launch(&app, &browser, &token, &state).await;
        assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
        assert_eq!(platform.fetches.load(Ordering::SeqCst), 2);
        // A kid the platform never published is refused by name.
        app.clock.advance(60);
        let browser2 = new_browser();
        let (state, nonce) = login(&app, &platform, &browser2).await;
        let token = platform.sign(&claims(&app, &platform, &nonce), &platform.other, "never-published");
        let response = post_launch(&app, &browser2, &token, &state).await;
        assert_eq!(response.status(), 401);
        assert!(response.text().await.unwrap().contains("never-published"));
        assert!(me(&app, &browser2).await.is_none());
    }

    async fn every_failed_check_is_refused_by_name_and_signs_nobody_in(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        type Change = Box<dyn FnOnce(&mut Value)>;
        let cases: Vec<(&str, Change, u16, &str)> = vec![
            ("wrong iss", Box::new(|c: &mut Value| c["iss"] = json!("https://other.example")), 401, "not a registered platform"),
            ("wrong aud", Box::new(|c: &mut Value| c["aud"] = json!("someone-else")), 401, "audience"),
            ("azp missing with several audiences", Box::new(|c: &mut Value| c["aud"] = json!([CLIENT_ID, "x"])), 401, "authorized party"),
            ("expired", Box::new(|c: &mut Value| { c["exp"] = json!(c["iat"].as_i64().unwrap() - 600); c["iat"] = json!(c["iat"].as_i64().unwrap() - 900); }), 401, "expired"),
            ("iat in the future", Box::new(|c: &mut Value| c["iat"] = json!(c["iat"].as_i64().unwrap() + 600)), 401, "iat"),
            ("nonce of another login", Box::new(|c: &mut Value| c["nonce"] = json!("not-this-one")), 401, "nonce"),
            ("unknown deployment", Box::new(|c: &mut Value| c["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = json!("deployment-9")), 400, "deployment-9"),
            ("wrong message type", Box::new(|c: &mut Value| c["https://purl.imsglobal.org/spec/lti/claim/message_type"] = json!("LtiSubmissionReviewRequest")), 400, "message type"),
            ("wrong version", Box::new(|c: &mut Value| c["https://purl.imsglobal.org/spec/lti/claim/version"] = json!("1.1")), 400, "version"),
            ("foreign target", Box::new(|c: &mut Value| c["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] = json!("https://evil.example/courses/a/b")), 400, "does not point to this site"),
        ];
        for (what, change, status, phrase) in cases {
            let browser = new_browser();
            let response = launch_with(&app, &platform, &browser, change).await;
            assert_eq!(response.status(), status, "{what}");
            let page = response.text().await.unwrap();
            assert!(page.contains(phrase), "{what}: {page}");
            assert!(me(&app, &browser).await.is_none(), "{what}: nobody is signed in");
        }

        // A bad signature: the platform's kid, another key.
        let browser1 = new_browser();
        let (state, nonce) = login(&app, &platform, &browser1).await;
        let token = platform.sign(&claims(&app, &platform, &nonce), &platform.other, &platform.key.kid);
        let response = post_launch(&app, &browser1, &token, &state).await;
        assert_eq!(response.status(), 401);
        assert!(response.text().await.unwrap().contains("signature"));
        // A tampered payload under a good signature.
        let (state, nonce) = login(&app, &platform, &browser1).await;
        let token = platform.sign(&claims(&app, &platform, &nonce), &platform.key, &platform.key.kid);
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        let mut payload: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(&parts[1]).unwrap()).unwrap();
        payload["sub"] = json!("someone-else");
        parts[1] = URL_SAFE_NO_PAD.encode(payload.to_string());
        let response = post_launch(&app, &browser1, &parts.join("."), &state).await;
        assert_eq!(response.status(), 401);
        assert!(response.text().await.unwrap().contains("signature"));
        assert!(me(&app, &browser1).await.is_none());

        // State mismatch: the form's state is not this browser's.
        let browser2 = new_browser();
        let (_, nonce) = login(&app, &platform, &browser2).await;
        let (other_state, _) = login(&app, &platform, &new_browser()).await;
        let token = platform.sign(&claims(&app, &platform, &nonce), &platform.key, &platform.key.kid);
        let response = post_launch(&app, &browser2, &token, &other_state).await;
        assert_eq!(response.status(), 401);
        assert!(response.text().await.unwrap().contains("state"));
        assert!(me(&app, &browser2).await.is_none());
    }

    async fn a_replayed_id_token_is_refused(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        let first = new_browser();
        let (state, nonce) = login(&app, &platform, &first).await;
        let token = platform.sign(&claims(&app, &platform, &nonce), &platform.key, &platform.key.kid);
        assert_eq!(post_launch(&app, &first, &token, &state).await.status(), 303);
        // The same post again: its state is used.
        let replay = post_launch(&app, &first, &token, &state).await;
        assert_eq!(replay.status(), 401);
        // The old token in a new login: its nonce is not this login's.
        let thief = new_browser();
        let (state, _) = login(&app, &platform, &thief).await;
        let response = post_launch(&app, &thief, &token, &state).await;
        assert_eq!(response.status(), 401);
        assert!(response.text().await.unwrap().contains("nonce"));
        assert!(me(&app, &thief).await.is_none());
    }

    async fn an_lti_launch_never_makes_an_admin(app) {
        let platform = start_platform().await;
        register(&app, &platform, true).await;
        let (admin, _) = app.user_with_role("Alma Admin", "programme_admin").await;
        let instructor = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
        // The platform claims the admin's address and an administrator role: no admin session.
        let browser1 = new_browser();
        let response = launch_with(&app, &platform, &browser1, |c| {
            c["sub"] = json!("lms-admin");
            c["email"] = json!(admin.email);
            c["https://purl.imsglobal.org/spec/lti/claim/roles"] = json!([instructor]);
        })
        .await;
        assert_eq!(response.status(), 403);
        assert!(me(&app, &browser1).await.is_none());
        // A platform administrator with an address of their own becomes a learner.
        let browser2 = new_browser();
        let response = launch_with(&app, &platform, &browser2, |c| {
            c["sub"] = json!("lms-admin-2");
            c["email"] = json!("lms.admin@lms.example");
            c["https://purl.imsglobal.org/spec/lti/claim/roles"] = json!([instructor]);
        })
        .await;
        assert_eq!(response.status(), 303);
        assert_eq!(me(&app, &browser2).await.unwrap()["role"], "learner");
        assert_eq!(browser2.client.get(app.url("/admin")).send().await.unwrap().status(), 403);
    }

    async fn a_first_launch_links_a_verified_learner_by_e_mail_when_the_registration_allows(app) {
        let platform = start_platform().await;
        register(&app, &platform, true).await;
        let learner = app.register_verified("Vera Verified").await;
        let browser1 = new_browser();
        let response = launch_with(&app, &platform, &browser1, |c| c["email"] = json!(learner.email)).await;
        assert_eq!(response.status(), 303);
        assert_eq!(me(&app, &browser1).await.unwrap()["id"], learner.id);
        // Without an e-mail, a placeholder address under the platform; a name the certificate
        // cannot print is refused with a message.
        let browser2 = new_browser();
        let response = launch_with(&app, &platform, &browser2, |c| {
            c["sub"] = json!("user-2");
            c.as_object_mut().unwrap().remove("email");
        })
        .await;
        assert_eq!(response.status(), 303);
        let placeholder = me(&app, &browser2).await.unwrap();
        assert!(placeholder["email"].as_str().unwrap().ends_with("127.0.0.1.lti.invalid"), "{placeholder}");
        let browser3 = new_browser();
        let response = launch_with(&app, &platform, &browser3, |c| {
            c["sub"] = json!("user-3");
            c["name"] = json!("Ana 𓀀");
        })
        .await;
        assert_eq!(response.status(), 400);
        assert!(response.text().await.unwrap().contains("certificate cannot print"));
    }

    async fn the_tool_publishes_its_public_key(app) {
        let response = app.get("/lti/jwks.json").await;
        assert_eq!(response.status(), 200);
        let jwks: Value = response.json().await.unwrap();
        assert_eq!(jwks["keys"][0]["kty"], "RSA");
        assert_eq!(jwks["keys"][0]["alg"], "RS256");
        let again: Value = app.get("/lti/jwks.json").await.json().await.unwrap();
        assert_eq!(again, jwks, "the same key on every request");
    }
}

both_backends! {
    async fn an_admin_registers_a_platform_with_the_form_and_the_api_lists_it(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let page = app.client.get(app.url("/admin/lti")).bearer_auth(&admin).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("jwks.json") && page.contains("Register a platform"), "the tool's URLs and the form");
        let admin_user = app.register_verified("Form Admin").await;
        app.set_role(admin_user.id, "programme_admin");
        app.login(&admin_user.email, crate::helpers::PASSWORD).await;
        let fields = [
            ("issuer", "https://lms.partner.example"), ("client_id", "abc"), ("deployment_ids", "d1\nd2"),
            ("auth_url", "https://lms.partner.example/auth"), ("jwks_url", "https://lms.partner.example/jwks"),
            ("token_url", "http://lms.partner.example/token"),
        ];
        let refused = app.post_form("/admin/lti", &fields).await;
        assert_eq!(refused.status(), 422, "a token URL without https");
        assert!(refused.text().await.unwrap().contains("Use an https:"));
        let mut fields = fields.to_vec();
        fields[5] = ("token_url", "https://lms.partner.example/token");
        fields.push(("link_by_email", "on"));
        let created = app.post_form("/admin/lti", &fields).await;
        assert_eq!(created.status(), 303);
        let list: Value = app.client.get(app.url("/api/v1/admin/lti/platforms")).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
        assert_eq!(list[0]["deployment_ids"], json!(["d1", "d2"]));
        assert_eq!(list[0]["link_by_email"], true);
        assert_eq!(app.post_form("/admin/lti", &fields).await.status(), 409, "registered once");
    }
}

/// The claims of a deep-linking request, changed by `settings`.
pub(crate) fn deep_linking_request(c: &mut Value, return_url: &str, settings: impl FnOnce(&mut Value)) {
    c["https://purl.imsglobal.org/spec/lti/claim/message_type"] = json!("LtiDeepLinkingRequest");
    c["sub"] = json!("instructor-1");
    let mut dl = json!({
        "deep_link_return_url": return_url,
        "accept_types": ["link", "ltiResourceLink"],
        "accept_presentation_document_targets": ["window"],
        "accept_multiple": true,
        "data": "opaque-data-1",
    });
    settings(&mut dl);
    c["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = dl;
}

/// The value of the first `name="{name}" value="…"` of a page, unescaped.
pub(crate) fn field_value(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).unwrap_or_else(|| panic!("no {name} in {page}")) + marker.len();
    let end = start + page[start..].find('"').unwrap();
    unescape(&page[start..end])
}

pub(crate) fn unescape(html: &str) -> String {
    html.replace("&#x2F;", "/").replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&")
}

pub(crate) const COURSE: &str = "environmental-sustainability";

both_backends! {
    async fn a_deep_linking_request_lets_the_instructor_pick_modules_and_answers_a_signed_response(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        let return_url = platform.url("/deep-link-return?course=42");
        let browser = new_browser();
        let response = launch_with(&app, &platform, &browser, |c| deep_linking_request(c, &return_url, |_| {})).await;
        assert_eq!(response.status(), 200);
        let page = response.text().await.unwrap();
        assert!(page.contains("Choose content for your course"), "{page}");
        assert!(page.contains("why-circular") && page.contains("type=\"checkbox\""), "the modules, several allowed: {page}");
        assert!(me(&app, &browser).await.is_none(), "the instructor needs no session");
        let token = field_value(&page, "token");

        let module_item = format!("module:{COURSE}/why-circular");
        let course_item = format!("course:{COURSE}");
        let exam_item = format!("exam:{COURSE}/foundations");
        assert!(unescape(&page).contains(&format!("value=\"{exam_item}\"")), "the exams are offered: {page}");
        let form = [
            ("token", token.as_str()),
            ("item", course_item.as_str()),
            ("item", module_item.as_str()),
            ("item", exam_item.as_str()),
        ];
        let response = browser.client.post(app.url("/lti/deep-linking")).form(&form).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let policy = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
        assert!(policy.contains(&format!("form-action 'self' {}", platform.issuer)), "{policy}");
        let page = response.text().await.unwrap();
        let action_at = page.find("data-autopost").expect("an auto-posted form");
        let form_tag = &page[page[..action_at].rfind("<form").unwrap()..action_at];
        assert!(unescape(form_tag).contains(&format!("action=\"{return_url}\"")), "{form_tag}");
        assert!(page.contains("/static/js/autopost.js") && page.contains("type=\"submit\""), "posts with or without JS");
        let jwt = field_value(&page, "JWT");

        // The JWT verifies against the tool's published key.
        let jwks: jsonwebtoken::jwk::JwkSet = app.get("/lti/jwks.json").await.json().await.unwrap();
        let header = jsonwebtoken::decode_header(&jwt).unwrap();
        assert_eq!(header.alg, Algorithm::RS256);
        let jwk = jwks.find(header.kid.as_deref().unwrap()).expect("the kid of /lti/jwks.json");
        let mut validation = jsonwebtoken::Validation::new(Algorithm::RS256);
        validation.set_audience(&[&platform.issuer]);
        validation.set_issuer(&[CLIENT_ID]);
        validation.validate_exp = false; // the application's clock is the test's
        let claims = jsonwebtoken::decode::<Value>(&jwt, &jsonwebtoken::DecodingKey::from_jwk(jwk).unwrap(), &validation)
            .unwrap()
            .claims;
        let now = ess_academy::clock::Clock::now(&app.clock);
        assert_eq!(claims["iat"], now);
        assert_eq!(claims["exp"], now + 300);
        assert!(claims["nonce"].as_str().is_some_and(|n| n.len() >= 20));
        assert_eq!(claims["https://purl.imsglobal.org/spec/lti/claim/message_type"], "LtiDeepLinkingResponse");
        assert_eq!(claims["https://purl.imsglobal.org/spec/lti/claim/version"], "1.3.0");
        assert_eq!(claims["https://purl.imsglobal.org/spec/lti/claim/deployment_id"], DEPLOYMENT);
        assert_eq!(claims["https://purl.imsglobal.org/spec/lti-dl/claim/data"], "opaque-data-1");
        let items = claims["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"].as_array().unwrap().clone();
        assert_eq!(items.len(), 3, "{items:?}");
        assert_eq!(items[0]["type"], "ltiResourceLink");
        assert_eq!(items[0]["url"], app.url(&format!("/courses/{COURSE}")));
        assert_eq!(items[0]["custom"], json!({"course": COURSE}));
        assert_eq!(items[1]["type"], "ltiResourceLink");
        assert_eq!(items[1]["url"], app.url(MODULE));
        assert_eq!(items[1]["custom"], json!({"course": COURSE, "module": "why-circular"}));
        assert!(items[1]["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(items[0].get("lineItem").is_none() && items[1].get("lineItem").is_none(), "only exams are graded");
        // An exam asks the platform for a gradebook column (AGS), scored out of its questions.
        assert_eq!(items[2]["url"], app.url(&format!("/exams/{COURSE}/foundations")));
        assert_eq!(items[2]["custom"], json!({"course": COURSE, "exam": "foundations"}));
        let line_item = &items[2]["lineItem"];
        assert_eq!(line_item["scoreMaximum"], 35);
        assert_eq!(line_item["resourceId"], format!("exam:{COURSE}/foundations"));
        assert!(line_item["label"].as_str().is_some_and(|l| !l.is_empty()));

        // The selection is used once.
        let again = browser.client.post(app.url("/lti/deep-linking")).form(&form).send().await.unwrap();
        assert_eq!(again.status(), 401);
        assert!(again.text().await.unwrap().contains("already used"));
    }

    async fn a_deep_linking_request_for_one_item_or_other_types_is_answered_plainly(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        let return_url = platform.url("/deep-link-return");
        // Only files and HTML wanted: this tool has none.
        let browser = new_browser();
        let response = launch_with(&app, &platform, &browser, |c| {
            deep_linking_request(c, &return_url, |dl| dl["accept_types"] = json!(["file", "html"]))
        })
        .await;
        assert_eq!(response.status(), 400);
        let page = response.text().await.unwrap();
        assert!(page.contains("ltiResourceLink"), "{page}");

        // One item only, and no data to echo.
        let browser = new_browser();
        let response = launch_with(&app, &platform, &browser, |c| {
            deep_linking_request(c, &return_url, |dl| {
                dl["accept_multiple"] = json!(false);
                dl.as_object_mut().unwrap().remove("data");
            })
        })
        .await;
        assert_eq!(response.status(), 200);
        let page = response.text().await.unwrap();
        assert!(page.contains("type=\"radio\"") && !page.contains("type=\"checkbox\""), "one choice");
        let token = field_value(&page, "token");
        let module_item = format!("module:{COURSE}/why-circular");
        let course_item = format!("course:{COURSE}");
        let two = [("token", token.as_str()), ("item", course_item.as_str()), ("item", module_item.as_str())];
        let refused = browser.client.post(app.url("/lti/deep-linking")).form(&two).send().await.unwrap();
        assert_eq!(refused.status(), 422);
        assert!(refused.text().await.unwrap().contains("choose only one"));
        let one = [("token", token.as_str()), ("item", module_item.as_str())];
        let response = browser.client.post(app.url("/lti/deep-linking")).form(&one).send().await.unwrap();
        assert_eq!(response.status(), 200, "the token survives a refused choice");
        let jwt = field_value(&response.text().await.unwrap(), "JWT");
        let payload: Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(jwt.split('.').nth(1).unwrap()).unwrap()).unwrap();
        assert_eq!(payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"].as_array().unwrap().len(), 1);
        assert!(payload.get("https://purl.imsglobal.org/spec/lti-dl/claim/data").is_none());
    }
}
