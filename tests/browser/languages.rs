//! The interface in another language, on a phone: the switcher in the header changes the
//! language at once (no button needed with JavaScript), the choice stays for the next pages, and
//! the translated pages fit a 360 px screen in Japanese and in German (the longest strings).

use crate::driver::Browser;
use crate::helpers::{Backend, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_switches_to_japanese_then_german_and_every_page_fits_a_phone() {
    let Some(b) = Browser::start(360, 780).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    b.client.goto(&app.url("/")).await.unwrap();
    b.wait_for_text("Become an Environmental Sustainability Specialist").await;
    let button_shown = b
        .client
        .execute("return document.querySelector('.language-switch button').offsetParent !== null;", vec![])
        .await
        .unwrap();
    assert_eq!(button_shown.as_bool(), Some(false), "with JavaScript the switcher needs no button");
    b.select("#language-select", "ja").await;
    b.wait_for_text("環境サステナビリティのスペシャリスト").await;
    let lang = b.client.execute("return document.documentElement.lang;", vec![]).await.unwrap();
    assert_eq!(lang.as_str(), Some("ja"));
    for (name, path, heading) in
        [("home", "/", "スペシャリスト"), ("login", "/login", "ログイン"), ("register", "/register", "アカウント")]
    {
        b.client.goto(&app.url(path)).await.unwrap();
        b.wait_for_text(heading).await;
        assert!(!b.scrolls_sideways().await, "{path} scrolls sideways in Japanese");
        b.screenshot(&format!("lang-ja-{name}")).await;
    }
    b.select("#language-select", "de").await;
    b.wait_for_text("Konto").await;
    for (name, path) in [("home", "/"), ("login", "/login"), ("register", "/register"), ("forgot", "/forgot-password")]
    {
        b.client.goto(&app.url(path)).await.unwrap();
        let lang = b.client.execute("return document.documentElement.lang;", vec![]).await.unwrap();
        assert_eq!(lang.as_str(), Some("de"), "{path}: the choice stays");
        assert!(!b.scrolls_sideways().await, "{path} scrolls sideways in German");
        b.screenshot(&format!("lang-de-{name}")).await;
    }
    b.close().await;
}

/// The feedback a Spanish learner gets for an option of a knowledge check, from the Spanish
/// module file itself: (the option's id, its feedback).
fn spanish_feedback(check: &str) -> (String, String) {
    let text =
        std::fs::read_to_string("courses/environmental-sustainability/translations/es/modules/01-why-circular.md")
            .unwrap();
    let start = text.find(&format!("```check {check}\n")).expect("the check is in the Spanish module");
    let body = &text[start..];
    let lines: Vec<&str> = body.lines().collect();
    let mut option = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("- [ ]") {
            let feedback = lines[i + 1].trim_start().trim_start_matches('>').trim().to_owned();
            return (char::from(b'a' + option).to_string(), feedback);
        }
        if line.starts_with("- [") {
            option += 1;
        }
    }
    panic!("no wrong option with feedback in {check}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spanish_learner_reads_a_module_and_is_answered_in_spanish_on_a_phone() {
    let Some(b) = Browser::start(360, 780).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let user = app.register_verified("Lucía Learner").await;
    b.log_in(&app.address, &user.email, crate::helpers::PASSWORD).await;
    // Signed in, the switcher saves the choice on the account.
    b.select("#language-select", "es").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while b.client.execute("return document.documentElement.lang;", vec![]).await.unwrap().as_str() != Some("es") {
        assert!(std::time::Instant::now() < deadline, "the switcher did not change the language");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    b.client.goto(&app.url("/courses/environmental-sustainability/why-circular")).await.unwrap();
    b.wait_for_text("Por qué te importa").await;
    let lang = b.client.execute("return document.querySelector('article.module').lang;", vec![]).await.unwrap();
    assert_eq!(lang.as_str(), Some("es"));
    assert!(!b.scrolls_sideways().await, "the Spanish module scrolls sideways on a phone");
    b.screenshot("lang-es-module").await;
    let (wrong, feedback) = spanish_feedback("which-loop-is-it");
    let form = "#check-which-loop-is-it";
    b.client.execute(&format!("document.querySelector('{form}').scrollIntoView();"), vec![]).await.unwrap();
    b.click(&format!("{form} input[value='{wrong}']")).await;
    b.click(&format!("{form} button[type=submit]")).await;
    let words = feedback.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let result = b
            .client
            .execute(&format!("return document.querySelector('{form} .kcheck-result').innerText;"), vec![])
            .await
            .unwrap();
        if result.as_str().is_some_and(|t| t.contains(&words)) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no Spanish feedback ({words}) in {result}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    b.screenshot("lang-es-check").await;
    if let Some(violations) = b.axe().await {
        assert!(violations.is_empty(), "axe on the Spanish module: {violations:#?}");
    }
    // A later visit is still in Spanish: the choice is on the account.
    b.client.goto(&app.url("/courses/environmental-sustainability")).await.unwrap();
    let html_lang = b.client.execute("return document.documentElement.lang;", vec![]).await.unwrap();
    assert_eq!(html_lang.as_str(), Some("es"));
    b.wait_for_text("Disponible en").await;
    b.close().await;
}
