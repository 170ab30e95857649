//! Every page is free of axe-core's WCAG 2.1 A and AA violations, in English and in Japanese,
//! for a visitor, a learner and a programme admin, on a desktop; and every page of every role fits
//! a 360 px phone without scrolling sideways and without an axe violation, in both languages.
//! axe-core (npm `axe-core` 4) is installed by `.ci/run` under `/var/cache/ess-academy/axe` (or
//! `ESS_AXE_JS`).

use crate::driver::Browser;
use crate::helpers::{Backend, PASSWORD, spawn_app};

const COURSE: &str = "environmental-sustainability";

async fn check(b: &Browser, base: &str, pages: &[String], lang: &str, failures: &mut Vec<String>) -> bool {
    for path in pages {
        b.client.goto(&format!("{base}{path}")).await.unwrap();
        let Some(violations) = b.axe().await else { return false };
        failures.extend(violations.into_iter().map(|v| format!("[{lang}] {path}: {v}")));
    }
    true
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_is_free_of_wcag_2_1_aa_violations_in_english_and_japanese() {
    let Some(b) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (learner, _) = app.user_with_role("Lee Learner", "learner").await;
    let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
    let visitor: Vec<String> = ["/", "/login", "/register", "/forgot-password", "/courses", "/takeback"]
        .iter()
        .map(|p| (*p).to_owned())
        .chain([format!("/courses/{COURSE}")])
        .collect();
    let learner_pages: Vec<String> = ["/training", "/account", "/exams", "/training/transcript", "/search?q=takeback"]
        .iter()
        .map(|p| (*p).to_owned())
        .chain([format!("/courses/{COURSE}/why-circular"), format!("/exams/{COURSE}/foundations")])
        .collect();
    let admin_pages: Vec<String> =
        ["/admin", "/admin/users", "/admin/reports", "/admin/outbox", "/admin/partners", "/admin/lti", "/admin/xapi"]
            .iter()
            .map(|p| (*p).to_owned())
            .chain([format!("/admin/courses/{COURSE}"), format!("/admin/courses/{COURSE}/checks")])
            .collect();
    // axe runs and finds: an image without a text alternative is reported.
    b.client.goto(&app.url("/")).await.unwrap();
    b.client
        .execute("const i = document.createElement('img'); i.src = '/static/img/logo.svg'; document.querySelector('main').append(i); return true;", vec![])
        .await
        .unwrap();
    let Some(probe) = b.axe().await else { return };
    assert!(probe.iter().any(|v| v.starts_with("image-alt (critical)")), "{probe:?}");
    let mut failures = Vec::new();
    for lang in ["en", "ja"] {
        b.client.delete_all_cookies().await.unwrap();
        b.client.goto(&app.url("/")).await.unwrap();
        b.select("#language-select", lang).await;
        b.wait_for_path("/").await;
        if !check(&b, &app.address, &visitor, lang, &mut failures).await {
            return;
        }
        b.log_in(&app.address, &learner.email, PASSWORD).await;
        check(&b, &app.address, &learner_pages, lang, &mut failures).await;
        b.click(".site-nav button[type=submit]").await;
        b.log_in(&app.address, &admin.email, PASSWORD).await;
        check(&b, &app.address, &admin_pages, lang, &mut failures).await;
        b.click(".site-nav button[type=submit]").await;
    }
    b.close().await;
    assert!(failures.is_empty(), "{} violations:\n{}", failures.len(), failures.join("\n"));
}

/// Every page at 360 px: no sideways scrolling and no axe violation.
async fn check_phone(b: &Browser, base: &str, pages: &[String], lang: &str, failures: &mut Vec<String>) -> bool {
    for path in pages {
        b.client.goto(&format!("{base}{path}")).await.unwrap();
        let html_lang = b.client.execute("return document.documentElement.lang;", vec![]).await.unwrap();
        if html_lang.as_str() != Some(lang) {
            failures.push(format!("[{lang}] {path}: <html lang={html_lang}>"));
        }
        if b.scrolls_sideways().await {
            failures.push(format!("[{lang}] {path}: {} px wide on a 360 px phone", b.page_width().await));
            b.screenshot(&format!("overflow-{lang}-{}", path.replace(['/', '?', '='], "_"))).await;
        }
        let Some(violations) = b.axe().await else { return false };
        failures.extend(violations.into_iter().map(|v| format!("[{lang}] {path}: {v}")));
    }
    true
}

/// Chooses the language with the header's switcher (signed in, it is saved on the account).
async fn switch_to(b: &Browser, base: &str, lang: &str) {
    b.client.goto(&format!("{base}/")).await.unwrap();
    b.select("#language-select", lang).await;
    b.wait_for_path("/").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_of_every_role_fits_a_360_px_phone_without_an_axe_violation_in_english_and_japanese() {
    let Some(b) = Browser::start(360, 780).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (admin, admin_token) = app.user_with_role("Ada Admin", "programme_admin").await;
    // The widest a learner's pages get: a long name and a long company, with an exam under way,
    // a credential and the partner they manage.
    let (learner, _, attempt) = crate::journeys::learner_with_an_attempt(&app, "Maximiliane Müller-Lüdenscheidt").await;
    let partner = app.partner_with_manager(&admin_token, "Acme Networks Deutschland GmbH", "DE", learner.id).await;
    let credential = crate::journeys::issue_credential(&app, learner.id).await;
    let code = partner["partner_code"].as_str().unwrap().to_owned();
    let module = "energy-efficiency-and-network-footprint";
    let course = format!("/admin/courses/{COURSE}");
    let visitor: Vec<String> = vec![
        "/".into(),
        "/login".into(),
        "/register".into(),
        "/forgot-password".into(),
        "/courses".into(),
        format!("/courses/{COURSE}"),
        "/takeback".into(),
        format!("/verify/{credential}"),
        format!("/verify/partners/{code}"),
    ];
    let learner_pages: Vec<String> = vec![
        "/training".into(),
        format!("/courses/{COURSE}/{module}"),
        "/training/transcript".into(),
        "/search?q=takeback".into(),
        "/exams".into(),
        format!("/exams/{COURSE}/foundations"),
        format!("/attempts/{attempt}"),
        format!("/attempts/{attempt}/review"),
        format!("/credentials/{credential}"),
        "/renewal".into(),
        "/partner".into(),
        "/account".into(),
        "/account/erase".into(),
    ];
    let admin_pages: Vec<String> = vec![
        "/admin".into(),
        course.clone(),
        format!("{course}/modules/sustainable-packaging"),
        format!("{course}/modules/sustainable-packaging/revisions"),
        format!("{course}/modules/sustainable-packaging/revisions/1"),
        format!("{course}/new?slug=a-new-module"),
        format!("{course}/checks"),
        format!("{course}/exams/foundations/statistics"),
        format!("{course}/translations"),
        format!("{course}/translations/es/modules/{module}"),
        "/admin/users".into(),
        format!("/admin/users/{}", learner.id),
        format!("/admin/users/{}/erase", learner.id),
        "/admin/reports".into(),
        "/admin/partners".into(),
        "/admin/name-corrections".into(),
        "/admin/outbox".into(),
        "/admin/xapi".into(),
        "/admin/lti".into(),
        format!("/credentials/{credential}"),
    ];
    let mut failures = Vec::new();
    for lang in ["en", "ja"] {
        b.client.delete_all_cookies().await.unwrap();
        switch_to(&b, &app.address, lang).await;
        if !check_phone(&b, &app.address, &visitor, lang, &mut failures).await {
            return;
        }
        b.log_in(&app.address, &learner.email, PASSWORD).await;
        switch_to(&b, &app.address, lang).await;
        check_phone(&b, &app.address, &learner_pages, lang, &mut failures).await;
        b.client.delete_all_cookies().await.unwrap();
        b.log_in(&app.address, &admin.email, PASSWORD).await;
        switch_to(&b, &app.address, lang).await;
        check_phone(&b, &app.address, &admin_pages, lang, &mut failures).await;
    }
    // The result of the exam, once it is submitted (becoming a manager ended the first session).
    let token = app.login(&learner.email, PASSWORD).await;
    let submitted = app
        .client
        .post(app.url(&format!("/api/v1/attempts/{attempt}/submit")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(submitted.status(), 200);
    b.client.delete_all_cookies().await.unwrap();
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    for lang in ["en", "ja"] {
        switch_to(&b, &app.address, lang).await;
        check_phone(&b, &app.address, &[format!("/attempts/{attempt}/result")], lang, &mut failures).await;
    }
    b.close().await;
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}
