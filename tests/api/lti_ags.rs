//! LTI Assignment and Grade Services: an exam launched from the platform of `lti.rs` with a line
//! item sends each attempt's start and result to the platform's gradebook, with a token from the
//! platform's token endpoint (a client assertion the platform checks against `/lti/jwks.json`);
//! a platform that is down gets the scores when it returns, each once.

use std::time::Duration;

use ess_academy::clock::Clock;
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::TestApp;
use crate::lti::{Browser, COURSE, Platform, launch_with, me, new_browser, register, start_platform};

const EXAM: &str = "foundations";
const SCORE_SCOPE: &str = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

/// A launch to the exam with the AGS endpoint claim; the learner's id.
async fn launch_exam(app: &TestApp, platform: &Platform, browser: &Browser) -> i64 {
    platform.gradebook.lock().unwrap().tool_jwks = Some(app.url("/lti/jwks.json"));
    let lineitem = platform.url("/lineitems/7/lineitem");
    let lineitems = platform.url("/lineitems");
    let response = launch_with(app, platform, browser, |c| {
        c["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] =
            json!(app.url(&format!("/exams/{COURSE}/{EXAM}")));
        c["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = json!({
            "scope": [SCORE_SCOPE, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"],
            "lineitems": lineitems,
            "lineitem": lineitem,
        });
    })
    .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    assert_eq!(response.headers()["location"], format!("/exams/{COURSE}/{EXAM}"));
    let me = me(app, browser).await.expect("signed in");
    let learner = me["id"].as_i64().unwrap();
    exempt(app, learner).await;
    learner
}

/// Exempts the learner from the training, so that the exam is open; the admin's token.
async fn exempt(app: &TestApp, learner: i64) -> String {
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{learner}/exemptions")))
        .bearer_auth(&admin)
        .json(&json!({"course": COURSE, "reason": "LTI grade passback tests"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    admin
}

/// The browser's CSRF token (its cookie, set by a page).
async fn csrf(app: &TestApp, browser: &Browser) -> String {
    use reqwest::cookie::CookieStore;
    browser.client.get(app.url("/training")).send().await.unwrap();
    let cookies = browser.jar.cookies(&app.url("/").parse().unwrap()).unwrap();
    cookies.to_str().unwrap().split("; ").find_map(|c| c.strip_prefix("ess_csrf=")).unwrap().to_owned()
}

/// Starts the exam in the browser, answers `right` questions right and submits; the attempt id.
async fn sit_exam(app: &TestApp, browser: &Browser, right: usize) -> i64 {
    let token = csrf(app, browser).await;
    let started = browser
        .client
        .post(app.url(&format!("/api/v1/exams/{COURSE}/{EXAM}/attempts")))
        .header("x-csrf-token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), 201);
    let attempt = started.json::<Value>().await.unwrap()["attempt_id"].as_i64().unwrap();
    let key = crate::helpers::answer_key(app, attempt);
    for (i, (question, correct)) in key.iter().enumerate() {
        let selected: Vec<String> = if i < right { correct.clone() } else { vec![] };
        let saved = browser
            .client
            .put(app.url(&format!("/api/v1/attempts/{attempt}/answers/{question}")))
            .header("x-csrf-token", &token)
            .json(&json!({"selected": selected}))
            .send()
            .await
            .unwrap();
        assert_eq!(saved.status(), 200);
    }
    let submitted = browser
        .client
        .post(app.url(&format!("/api/v1/attempts/{attempt}/submit")))
        .header("x-csrf-token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(submitted.status(), 200, "{}", submitted.text().await.unwrap());
    attempt
}

/// Waits until the gradebook holds `n` scores.
async fn wait_for_scores(platform: &Platform, n: usize) -> Vec<(String, String, String, Value)> {
    for _ in 0..150 {
        let scores = platform.gradebook.lock().unwrap().scores.clone();
        if scores.len() >= n {
            return scores;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let book = platform.gradebook.lock().unwrap();
    panic!("{} scores after 15 s, expected {n}; token requests refused: {:?}", book.scores.len(), book.refused);
}

async fn score_queue(app: &TestApp, admin: &str, state: &str) -> Vec<Value> {
    let response = app
        .client
        .get(app.url(&format!("/api/v1/admin/lti/scores?state={state}")))
        .bearer_auth(admin)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

both_backends! {
    async fn an_exam_launched_with_a_line_item_sends_its_start_and_result_to_the_gradebook(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        let browser = new_browser();
        launch_exam(&app, &platform, &browser).await;
        let started_at = app.clock.now();
        sit_exam(&app, &browser, 30).await;

        let scores = wait_for_scores(&platform, 2).await;
        assert_eq!(scores.len(), 2, "{scores:?}");
        for (path, content_type, _, _) in &scores {
            assert_eq!(path, "/lineitems/7/lineitem/scores");
            assert_eq!(content_type, "application/vnd.ims.lis.v1.score+json");
        }
        let (started, graded) = (&scores[0].3, &scores[1].3);
        assert_eq!(started["userId"], "user-1", "the platform's own user id");
        assert_eq!(started["activityProgress"], "Started");
        assert_eq!(started["gradingProgress"], "NotReady");
        assert!(started.get("scoreGiven").is_none());
        assert_eq!(graded["userId"], "user-1");
        assert_eq!(graded["scoreGiven"], 30);
        assert_eq!(graded["scoreMaximum"], 35);
        assert_eq!(graded["activityProgress"], "Completed");
        assert_eq!(graded["gradingProgress"], "FullyGraded");
        assert_eq!(graded["comment"], "Passed: 85% (pass mark 80%)");
        let at = |v: &Value| ess_academy::clock::parse_rfc3339(v.as_str().unwrap()).unwrap();
        assert_eq!(at(&started["timestamp"]), started_at);
        assert!(at(&graded["timestamp"]) > at(&started["timestamp"]), "the result is the later score");

        // One token for both scores, from an assertion the platform verified.
        {
            let book = platform.gradebook.lock().unwrap();
            assert_eq!(book.tokens.len(), 1, "the token is kept; refused: {:?}", book.refused);
            assert!(scores.iter().all(|s| s.2 == book.tokens[0]));
            let assertion = &book.assertions[0];
            assert_eq!(assertion["iss"], crate::lti::CLIENT_ID);
            assert_eq!(assertion["sub"], crate::lti::CLIENT_ID);
            assert_eq!(assertion["aud"], platform.url("/token"));
            assert!(assertion["exp"].as_i64().unwrap() > assertion["iat"].as_i64().unwrap());
        }

        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let sent = score_queue(&app, &admin, "sent").await;
        assert_eq!(sent.len(), 2, "{sent:?}");
        assert_eq!(sent[0]["score_given"], 30);
        assert_eq!(sent[0]["score_maximum"], 35);
        assert_eq!(sent[0]["issuer"], platform.issuer);
        assert!(score_queue(&app, &admin, "failing").await.is_empty());
        let page = app.client.get(app.url("/admin/lti")).bearer_auth(&admin).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Grade passback") && page.contains("30 / 35"), "{page}");
    }

    async fn a_platform_that_is_down_gets_the_scores_when_it_returns_each_once(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        let browser = new_browser();
        launch_exam(&app, &platform, &browser).await;
        platform.gradebook.lock().unwrap().down = true;
        sit_exam(&app, &browser, 10).await;

        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let mut failing = Vec::new();
        for _ in 0..150 {
            failing = score_queue(&app, &admin, "failing").await;
            if failing.len() == 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(failing.len(), 2, "{failing:?}");
        assert!(failing[0]["last_error"].as_str().unwrap().contains("503"), "{failing:?}");
        assert!(platform.gradebook.lock().unwrap().scores.is_empty());

        // The platform returns; the backoff (30 s after a first failure) passes.
        platform.gradebook.lock().unwrap().down = false;
        app.clock.advance(31);
        let scores = wait_for_scores(&platform, 2).await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let scores_now = platform.gradebook.lock().unwrap().scores.clone();
        assert_eq!(scores_now.len(), 2, "each score once: {scores_now:?}");
        assert_eq!(scores[1].3["scoreGiven"], 10);
        assert_eq!(scores[1].3["comment"], "Not passed: 28% (pass mark 80%)");
        assert_eq!(score_queue(&app, &admin, "sent").await.len(), 2);
        assert!(score_queue(&app, &admin, "failing").await.is_empty());
    }

    async fn a_launch_without_the_score_scope_or_to_a_module_sends_no_scores(app) {
        let platform = start_platform().await;
        register(&app, &platform, false).await;
        platform.gradebook.lock().unwrap().tool_jwks = Some(app.url("/lti/jwks.json"));
        // Read-only access to line items: no score may be posted.
        let browser = new_browser();
        let lineitem = platform.url("/lineitems/7/lineitem");
        let response = launch_with(&app, &platform, &browser, |c| {
            c["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] = json!(app.url(&format!("/exams/{COURSE}/{EXAM}")));
            c["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = json!({
                "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"],
                "lineitem": lineitem,
            });
        })
        .await;
        assert_eq!(response.status(), 303);
        let learner = me(&app, &browser).await.unwrap()["id"].as_i64().unwrap();
        let admin = exempt(&app, learner).await;
        sit_exam(&app, &browser, 35).await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(score_queue(&app, &admin, "").await.is_empty());
        assert!(platform.gradebook.lock().unwrap().scores.is_empty());
    }
}
