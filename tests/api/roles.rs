//! Every route against every role: anonymous, learner, partner manager, programme admin.
//! Later issues add their routes to `ROUTES`.

use crate::both_backends;
use crate::helpers::{PASSWORD, TestApp};

/// Expected statuses: (anonymous, learner, partner manager, programme admin).
type Expect = (u16, u16, u16, u16);

const ROUTES: &[(&str, &str, Option<&str>, Expect)] = &[
    ("GET", "/", None, (200, 200, 200, 200)),
    ("GET", "/healthz", None, (200, 200, 200, 200)),
    ("GET", "/register", None, (200, 303, 303, 303)),
    ("GET", "/login", None, (200, 303, 303, 303)),
    ("GET", "/forgot-password", None, (200, 200, 200, 200)),
    ("GET", "/training", None, (303, 200, 200, 200)),
    ("GET", "/account", None, (303, 200, 200, 200)),
    ("GET", "/api/v1/me", None, (401, 200, 200, 200)),
    ("PATCH", "/api/v1/me", Some("{}"), (401, 200, 200, 200)),
    ("GET", "/api/v1/openapi.json", None, (200, 200, 200, 200)),
    ("POST", "/api/v1/auth/verify/resend", Some(""), (401, 409, 409, 409)),
    ("GET", "/courses", None, (200, 200, 200, 200)),
    ("GET", "/courses/environmental-sustainability", None, (200, 200, 200, 200)),
    ("GET", "/courses/environmental-sustainability/why-circular", None, (303, 200, 200, 200)),
    ("GET", "/api/v1/courses", None, (200, 200, 200, 200)),
    ("GET", "/api/v1/courses/environmental-sustainability/modules/why-circular", None, (401, 200, 200, 200)),
    ("POST", "/api/v1/admin/preview", Some(r#"{"markdown":"hi"}"#), (401, 403, 403, 200)),
    (
        "POST",
        "/api/v1/courses/environmental-sustainability/modules/why-circular/checks/no-such-check",
        Some(r#"{"selected":["a"]}"#),
        (401, 404, 404, 404),
    ),
    (
        "POST",
        "/courses/environmental-sustainability/why-circular/checks/no-such-check",
        Some("selected=a"),
        (303, 403, 403, 403),
    ),
    ("GET", "/api/v1/search?q=takeback", None, (401, 200, 200, 200)),
    ("GET", "/search?q=takeback", None, (303, 200, 200, 200)),
    ("GET", "/api/v1/admin/courses/environmental-sustainability/checks", None, (401, 403, 403, 200)),
    ("GET", "/admin/courses/environmental-sustainability/checks", None, (303, 403, 403, 200)),
    ("GET", "/api/v1/admin/courses/environmental-sustainability/translations", None, (401, 403, 403, 200)),
    ("GET", "/admin/courses/environmental-sustainability/translations", None, (303, 403, 403, 200)),
    (
        "GET",
        "/admin/courses/environmental-sustainability/translations/es/modules/why-circular",
        None,
        (303, 403, 403, 200),
    ),
    (
        "POST",
        "/admin/courses/environmental-sustainability/translations/es/modules/why-circular",
        Some("title=x"),
        (303, 403, 403, 403),
    ),
    (
        "POST",
        "/admin/courses/environmental-sustainability/translations/es/modules/why-circular/revisions/1/restore",
        Some("x=1"),
        (303, 403, 403, 403),
    ),
    ("GET", "/api/v1/admin/xapi/queue", None, (401, 403, 403, 200)),
    ("GET", "/admin/xapi", None, (303, 403, 403, 200)),
    ("POST", "/admin/xapi/999999/retry", Some("x=1"), (303, 403, 403, 403)),
    (
        "PUT",
        "/api/v1/admin/courses/environmental-sustainability/modules/role-check",
        Some(
            r#"{"title":"Role check","minutes":10,"objectives":["Check roles"],"markdown":"Role check text.","publish":false}"#,
        ),
        (401, 403, 403, 201),
    ),
    ("GET", "/admin", None, (303, 403, 403, 200)),
    ("GET", "/admin/courses/environmental-sustainability", None, (303, 403, 403, 200)),
    ("GET", "/admin/courses/environmental-sustainability/modules/why-circular", None, (303, 403, 403, 200)),
    ("GET", "/admin/courses/environmental-sustainability/modules/why-circular/revisions", None, (303, 403, 403, 200)),
    ("GET", "/admin/courses/environmental-sustainability/modules/why-circular/revisions/1", None, (303, 403, 403, 200)),
    // A form post without its CSRF token is refused even for an admin.
    (
        "POST",
        "/admin/courses/environmental-sustainability/modules/why-circular/move",
        Some("direction=up"),
        (303, 403, 403, 403),
    ),
    ("GET", "/training/transcript", None, (303, 200, 200, 200)),
    ("GET", "/api/v1/me/progress", None, (401, 200, 200, 200)),
    ("GET", "/api/v1/exams", None, (401, 200, 200, 200)),
    ("GET", "/exams/environmental-sustainability/foundations", None, (303, 200, 200, 200)),
    // The training is not complete: nobody may start the exam yet, whatever the role.
    ("POST", "/api/v1/exams/environmental-sustainability/foundations/attempts", Some(""), (401, 403, 403, 403)),
    ("GET", "/api/v1/attempts/999999", None, (401, 404, 404, 404)),
    ("PUT", "/api/v1/attempts/999999/answers/q1", Some(r#"{"selected":[]}"#), (401, 404, 404, 404)),
    ("PUT", "/api/v1/attempts/999999/flags/q1", Some(r#"{"flagged":true}"#), (401, 404, 404, 404)),
    ("POST", "/api/v1/attempts/999999/submit", Some(""), (401, 404, 404, 404)),
    ("GET", "/attempts/999999", None, (303, 404, 404, 404)),
    ("GET", "/attempts/999999/result", None, (303, 404, 404, 404)),
    ("GET", "/attempts/999999/review", None, (303, 404, 404, 404)),
    ("GET", "/api/v1/admin/users?query=a", None, (401, 403, 403, 200)),
    (
        "POST",
        "/api/v1/admin/users/999999/exemptions",
        Some(r#"{"course":"environmental-sustainability","reason":"Role check"}"#),
        (401, 403, 403, 404),
    ),
    ("GET", "/api/v1/admin/exams/environmental-sustainability/foundations/statistics", None, (401, 403, 403, 200)),
    ("GET", "/admin/users", None, (303, 403, 403, 200)),
    ("GET", "/admin/users/999999", None, (303, 403, 403, 404)),
    ("GET", "/admin/courses/environmental-sustainability/new?slug=role-new", None, (303, 403, 403, 303)),
    ("GET", "/admin/courses/environmental-sustainability/exams/foundations/statistics", None, (303, 403, 403, 200)),
    ("GET", "/admin/courses/environmental-sustainability/exams/foundations/statistics.csv", None, (303, 403, 403, 200)),
    // The credential kit.
    ("GET", "/api/v1/me/credentials", None, (401, 200, 200, 200)),
    ("GET", "/api/v1/me/name-corrections", None, (401, 200, 200, 200)),
    ("POST", "/api/v1/me/name-corrections", Some(r#"{"name":"","reason":""}"#), (401, 422, 422, 422)),
    ("GET", "/api/v1/admin/name-corrections", None, (401, 403, 403, 200)),
    ("POST", "/api/v1/admin/name-corrections/999999", Some(r#"{"approve":true}"#), (401, 403, 403, 404)),
    ("POST", "/api/v1/admin/credentials/nope/revoke", Some(r#"{"reason":"Role check"}"#), (401, 403, 403, 404)),
    ("GET", "/admin/name-corrections", None, (303, 403, 403, 200)),
    ("GET", "/admin/outbox", None, (303, 403, 403, 200)),
    ("POST", "/admin/outbox/1/retry", Some("x=1"), (303, 403, 403, 403)),
    ("POST", "/admin/name-corrections/1", Some("decision=approve"), (303, 403, 403, 403)),
    ("POST", "/admin/credentials/nope/revoke", Some("reason=x"), (303, 403, 403, 403)),
    ("POST", "/account/name-correction", Some("name=x&reason=y"), (303, 403, 403, 403)),
    ("GET", "/credentials/nope", None, (303, 404, 404, 404)),
    ("GET", "/credentials/nope/certificate.pdf", None, (303, 404, 404, 404)),
    ("GET", "/credentials/nope/badge.png", None, (303, 404, 404, 404)),
    ("GET", "/credentials/nope/badge.svg", None, (303, 404, 404, 404)),
    ("GET", "/credentials/nope/ob3.jwt", None, (303, 404, 404, 404)),
    ("GET", "/credentials/nope/signature.png", None, (404, 404, 404, 404)),
    ("GET", "/verify/nope", None, (404, 404, 404, 404)),
    ("GET", "/verify/nope.json", None, (404, 404, 404, 404)),
    ("GET", "/ob/assertions/nope.json", None, (404, 404, 404, 404)),
    ("GET", "/ob/badgeclass.json", None, (200, 200, 200, 200)),
    ("GET", "/ob/issuer.json", None, (200, 200, 200, 200)),
    ("GET", "/ob/keys/nope.json", None, (404, 404, 404, 404)),
    ("GET", "/.well-known/jwks.json", None, (200, 200, 200, 200)),
    // Renewal.
    ("GET", "/renewal", None, (303, 200, 200, 200)),
    ("GET", "/api/v1/me/renewals", None, (401, 200, 200, 200)),
    (
        "POST",
        "/api/v1/admin/credentials/nope/expiry",
        Some(r#"{"expires_at":"2030-01-01T00:00:00Z","reason":"Role check"}"#),
        (401, 403, 403, 404),
    ),
    ("POST", "/admin/credentials/nope/expiry", Some("expires_on=2030-01-01&reason=x"), (303, 403, 403, 403)),
    ("GET", "/api/v1/admin/reports/renewals", None, (401, 403, 403, 200)),
    ("GET", "/ob/status/nope", None, (404, 404, 404, 404)),
    ("GET", "/ob/status/7", None, (404, 404, 404, 404)),
    // Partners. The partner manager manages a partner of their own (made in `tokens`).
    ("GET", "/partner", None, (303, 403, 200, 403)),
    ("POST", "/partner/invitations", Some("email=x%40y.example"), (303, 403, 403, 403)),
    ("POST", "/partner/people/1/remove", Some("x=1"), (303, 403, 403, 403)),
    ("GET", "/partner/certificate.pdf", None, (303, 403, 409, 403)),
    ("GET", "/verify/partners/NOPE", None, (404, 404, 404, 404)),
    ("GET", "/verify/partners/NOPE.json", None, (404, 404, 404, 404)),
    ("GET", "/takeback", None, (200, 200, 200, 200)),
    ("GET", "/api/v1/takeback/estimate?country=DE&deal_value=100", None, (200, 200, 200, 200)),
    ("GET", "/invitations/abc", None, (303, 303, 303, 303)),
    ("GET", "/register?invitation=bad", None, (200, 303, 303, 303)),
    ("GET", "/api/v1/admin/partners", None, (401, 403, 403, 200)),
    ("POST", "/api/v1/admin/partners", Some(r#"{"name":"","country":""}"#), (401, 403, 403, 422)),
    ("PUT", "/api/v1/admin/users/999999/role", Some(r#"{"role":"learner"}"#), (401, 403, 403, 404)),
    ("PUT", "/api/v1/admin/users/999999/partner", Some(r#"{"partner_id":null}"#), (401, 403, 403, 404)),
    ("POST", "/api/v1/partner/invitations", Some(r#"{"email":"role.check@y.example"}"#), (401, 403, 201, 403)),
    ("GET", "/api/v1/partner/people", None, (401, 403, 200, 403)),
    ("DELETE", "/api/v1/partner/people/999999", None, (401, 403, 404, 403)),
    ("GET", "/api/v1/partner/accreditation", None, (401, 403, 200, 403)),
    ("GET", "/api/v1/partner/credentials.zip", None, (401, 403, 200, 403)),
    ("GET", "/admin/partners", None, (303, 403, 403, 200)),
    ("POST", "/admin/partners", Some("name=x"), (303, 403, 403, 403)),
    ("POST", "/admin/users/1/membership", Some("role=learner"), (303, 403, 403, 403)),
    // Programme reports.
    ("GET", "/admin/reports", None, (303, 403, 403, 200)),
    ("GET", "/api/v1/admin/reports/funnel", None, (401, 403, 403, 200)),
    ("GET", "/api/v1/admin/reports/modules", None, (401, 403, 403, 200)),
    ("GET", "/api/v1/admin/reports/exams", None, (401, 403, 403, 200)),
    ("GET", "/api/v1/admin/reports/expiring", None, (401, 403, 403, 200)),
    ("GET", "/api/v1/admin/reports/partners", None, (401, 403, 403, 200)),
    // LTI 1.3. A login without `iss` and a launch without this browser's state are refused for all.
    ("GET", "/lti/jwks.json", None, (200, 200, 200, 200)),
    ("GET", "/lti/login", None, (400, 400, 400, 400)),
    ("POST", "/lti/login", Some("iss=https%3A%2F%2Flms.example"), (400, 400, 400, 400)),
    ("POST", "/lti/launch", Some("id_token=x&state=y"), (401, 401, 401, 401)),
    ("GET", "/admin/lti", None, (303, 403, 403, 200)),
    ("POST", "/admin/lti", Some("issuer=x"), (303, 403, 403, 403)),
    ("GET", "/api/v1/admin/lti/platforms", None, (401, 403, 403, 200)),
    ("POST", "/api/v1/admin/lti/platforms", Some(r#"{"issuer":""}"#), (401, 403, 403, 422)),
    // The language switcher: a form, so without its CSRF token it is refused for everyone.
    ("POST", "/lang", Some("lang=fr"), (403, 403, 403, 403)),
    ("GET", "/api/v1/admin/lti/scores", None, (401, 403, 403, 200)),
    ("GET", "/api/v1/admin/lti/scores?state=lost", None, (401, 403, 403, 422)),
    ("POST", "/admin/lti/scores/999999/retry", Some("x=1"), (303, 403, 403, 403)),
    // The holder's data rights. Erasing without a password is refused (nobody is erased here).
    ("GET", "/api/v1/me/export", None, (401, 200, 200, 200)),
    ("POST", "/api/v1/me/erase", Some("{}"), (401, 422, 422, 422)),
    ("POST", "/api/v1/admin/users/999999/erase", Some(r#"{"reason":"Role check"}"#), (401, 403, 403, 404)),
    ("GET", "/account/erase", None, (303, 200, 200, 200)),
    ("POST", "/account/erase", Some("password=x"), (303, 403, 403, 403)),
    ("GET", "/admin/users/999999/erase", None, (303, 403, 403, 404)),
    ("POST", "/admin/users/999999/erase", Some("reason=x"), (303, 403, 403, 403)),
    // Operations: readiness for probes; metrics are off unless ESS_METRICS_TOKEN is set; HEAD as GET.
    ("GET", "/readyz", None, (200, 200, 200, 200)),
    ("GET", "/metrics", None, (404, 404, 404, 404)),
    ("HEAD", "/", None, (200, 200, 200, 200)),
    ("HEAD", "/training", None, (303, 200, 200, 200)),
    ("HEAD", "/api/v1/me", None, (401, 200, 200, 200)),
];

async fn tokens(app: &TestApp) -> Vec<Option<String>> {
    let mut tokens = vec![None];
    let mut manager_id = 0;
    for (name, role) in
        [("Lee Learner", "learner"), ("Pam Manager", "partner_manager"), ("Ada Admin", "programme_admin")]
    {
        let user = app.register_verified(name).await;
        app.set_role(user.id, role);
        if role == "partner_manager" {
            manager_id = user.id;
        }
        tokens.push(Some(app.login(&user.email, PASSWORD).await));
    }
    // The manager manages a partner of their own (the role is unchanged: the token stays good).
    let admin = tokens[3].clone().unwrap();
    app.partner_with_manager(&admin, "Role Check", "DE", manager_id).await;
    tokens
}

both_backends! {
    async fn every_route_answers_every_role_as_expected(app) {
        let tokens = tokens(&app).await;
        let (client, _) = app.new_client();
        let mut failures = Vec::new();
        for (method, path, body, expect) in ROUTES {
            let expected = [expect.0, expect.1, expect.2, expect.3];
            for (token, want) in tokens.iter().zip(expected) {
                let mut request = client.request(method.parse().unwrap(), app.url(path));
                if let Some(token) = token {
                    request = request.bearer_auth(token);
                }
                if let Some(body) = body {
                    let content_type = if body.starts_with('{') || body.is_empty() { "application/json" } else { "application/x-www-form-urlencoded" };
                    request = request.header("content-type", content_type).body(body.to_string());
                }
                let got = request.send().await.unwrap().status().as_u16();
                if got != want {
                    failures.push(format!("{method} {path} as {}: {got}, expected {want}", if token.is_some() { "signed-in" } else { "anonymous" }));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }
}
