//! The LTI journeys in a browser, from a partner's LMS (`lti_platform.rs`): an instructor adds the
//! foundations exam to their course by deep linking (the selection page auto-posts the signed
//! response back to the LMS); a learner opens it from the course, is signed in by the launch,
//! sits the exam, and the result appears in the LMS gradebook.

use std::time::Duration;

use fantoccini::Locator;

use crate::driver::Browser;
use crate::helpers::{Backend, spawn_app};
use crate::lti_platform::{register, start_platform};

const EXAM_PATH: &str = "/exams/environmental-sustainability/foundations";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_instructor_adds_the_exam_to_their_lms_and_a_learner_s_result_reaches_its_gradebook() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let platform = start_platform().await;
    register(&app, &platform, false).await;
    platform.course.lock().unwrap().tool = Some(app.address.clone());
    platform.gradebook.lock().unwrap().tool_jwks = Some(app.url("/lti/jwks.json"));
    let b = &browser;

    // The instructor, in the LMS course, adds content from ESS Academy.
    b.client.goto(&platform.url("/course")).await.unwrap();
    b.wait_for_text("No ESS Academy content").await;
    b.click("#add-content").await;
    let text = b.wait_for_text("Choose content for your course").await;
    assert!(text.contains("circular-economy foundations"), "{text}");
    b.screenshot("lti-01-choose-content").await;
    b.click("input[value='exam:environmental-sustainability/foundations']").await;
    b.click("main form button[type=submit]").await;
    // The signed response is posted back to the LMS, which verifies it and lists the exam.
    b.wait_for_path("/course").await;
    let text = b.wait_for_text("Content").await;
    assert!(text.contains("circular-economy foundations") && text.contains("(graded)"), "{text}");
    assert!(platform.course.lock().unwrap().refused.is_empty(), "{:?}", platform.course.lock().unwrap().refused);
    b.screenshot("lti-02-lms-course").await;

    // A learner opens it from the course: the launch signs them in on the exam page.
    b.click("#items a").await;
    b.wait_for_path(EXAM_PATH).await;
    let me: serde_json::Value = {
        let cookies = b.client.get_all_cookies().await.unwrap();
        let session = cookies.iter().find(|c| c.name() == "ess_session").expect("signed in by the launch");
        app.client
            .get(app.url("/api/v1/me"))
            .header("cookie", format!("ess_session={}", session.value()))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    };
    assert_eq!(me["name"], "Lina Launch");
    // Exempt from the training so that the exam is open.
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", me["id"])))
        .bearer_auth(&admin)
        .json(&serde_json::json!({"course": "environmental-sustainability", "reason": "LTI browser test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    b.client.refresh().await.unwrap();
    b.wait_for_text("Start the exam").await;
    b.screenshot("lti-03-exam-from-lms").await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("Page 1 of 7").await;
    let fieldsets = b.client.find_all(Locator::Css("fieldset.question")).await.unwrap();
    for fieldset in &fieldsets {
        fieldset.find(Locator::Css("label.option")).await.unwrap().click().await.unwrap();
    }
    b.click("#review-button").await;
    b.wait_for_text("Review before you submit").await;
    b.click("#submit-button").await;
    b.wait_for_text("By topic").await;

    // The LMS gradebook shows the start and then the result.
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while platform.gradebook.lock().unwrap().scores.len() < 2 {
        assert!(std::time::Instant::now() < deadline, "the scores never reached the gradebook");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    b.client.goto(&platform.url("/gradebook")).await.unwrap();
    let text = b.wait_for_text("FullyGraded").await;
    assert!(text.contains("/ 35") && text.contains("learner-1") && text.contains("Started"), "{text}");
    b.screenshot("lti-04-lms-gradebook").await;
    browser.close().await;
}
