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
];

async fn tokens(app: &TestApp) -> Vec<Option<String>> {
    let mut tokens = vec![None];
    for (name, role) in
        [("Lee Learner", "learner"), ("Pam Manager", "partner_manager"), ("Ada Admin", "programme_admin")]
    {
        let user = app.register_verified(name).await;
        app.set_role(user.id, role);
        tokens.push(Some(app.login(&user.email, PASSWORD).await));
    }
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
                    request = request.header("content-type", "application/json").body(body.to_string());
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
