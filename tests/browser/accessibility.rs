//! Every page is free of axe-core's WCAG 2.1 A and AA violations, in English and in Japanese,
//! for a visitor, a learner and a programme admin. axe-core (npm `axe-core` 4) is installed by
//! `.ci/run` under `/var/cache/ess-academy/axe` (or `ESS_AXE_JS`).

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
