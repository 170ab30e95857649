//! The learning journeys in a browser: a knowledge check answered wrongly, explained, answered
//! again without a reload; the header search leading to the section of a module; the pages with
//! diagrams on a phone.

use fantoccini::Locator;

use crate::driver::Browser;
use crate::helpers::{Backend, PASSWORD, spawn_app};

const COURSE: &str = "environmental-sustainability";

/// The option ids (`a`, `b`, …) of a shipped check: (a wrong one, the correct ones).
fn key_of(module_file: &str, check: &str) -> (String, Vec<String>) {
    let text = std::fs::read_to_string(format!("courses/{COURSE}/modules/{module_file}")).unwrap();
    let start = text.find(&format!("```check {check}\n")).expect("the check is in the module");
    let body = &text[start..];
    let body = &body[..body[3..].find("```").unwrap() + 3];
    let marks: Vec<bool> = body.lines().filter(|l| l.starts_with("- [")).map(|l| l.starts_with("- [x]")).collect();
    let id = |i: usize| char::from(b'a' + i as u8).to_string();
    let wrong = marks.iter().position(|c| !c).map(id).unwrap();
    let right = marks.iter().enumerate().filter(|(_, c)| **c).map(|(i, _)| id(i)).collect();
    (wrong, right)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_answers_a_check_wrongly_sees_why_answers_again_and_finds_a_phrase() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let b = &browser;
    let user = app.register_verified("Kim Checker").await;
    b.log_in(&app.address, &user.email, PASSWORD).await;

    let page = format!("/courses/{COURSE}/why-circular");
    b.client.goto(&app.url(&page)).await.unwrap();
    b.wait_for_text("Check my answer").await;
    let figures = b.client.find_all(Locator::Css("#module-body figure img")).await.unwrap();
    assert!(!figures.is_empty(), "the module shows its diagrams");
    b.client.execute("document.querySelector('#module-body figure').scrollIntoView();", vec![]).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let img = "document.querySelector('#module-body figure img')";
        let loaded =
            b.client.execute(&format!("return {img}.complete && {img}.naturalWidth > 0;"), vec![]).await.unwrap();
        if loaded.as_bool() == Some(true) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the SVG never loaded as an image");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    b.screenshot("learning-01-module-with-diagram").await;

    // Mark the page: a reload would lose the mark.
    b.client.execute("window.noReload = 'kept';", vec![]).await.unwrap();
    let (wrong, right) = key_of("01-why-circular.md", "which-loop-is-it");
    let form = "#check-which-loop-is-it";
    b.client.execute(&format!("document.querySelector('{form}').scrollIntoView();"), vec![]).await.unwrap();
    b.click(&format!("{form} input[value='{wrong}']")).await;
    b.click(&format!("{form} button[type=submit]")).await;
    let verdict = wait_for_in(b, &format!("{form} .kcheck-result"), "Not quite").await;
    assert!(verdict.contains("Why:"), "the explanation comes with the verdict: {verdict}");
    b.screenshot("learning-02-check-wrong").await;
    for id in &right {
        b.click(&format!("{form} input[value='{id}']")).await;
    }
    b.click(&format!("{form} button[type=submit]")).await;
    let verdict = wait_for_in(b, &format!("{form} .kcheck-result"), "Right.").await;
    assert!(verdict.contains("Why:"));
    let kept = b.client.execute("return window.noReload || null;", vec![]).await.unwrap();
    assert_eq!(kept.as_str(), Some("kept"), "answered without a reload");
    b.screenshot("learning-03-check-right").await;

    // The answers are recorded: a reload shows the latest one.
    b.client.refresh().await.unwrap();
    let again = wait_for_in(b, &format!("{form} .kcheck-result"), "Right.").await;
    assert!(again.contains("Why:"));
    let tries = b.client.find(Locator::Css(&format!("{form} .kcheck-tries"))).await.unwrap().text().await.unwrap();
    assert_eq!(tries, "2 tries");

    // Search from the header, then follow the result to its section.
    b.fill("#header-q", "order of preference").await;
    b.click(".header-search button[type=submit]").await;
    b.wait_for_path("/search").await;
    let text = b.wait_for_text("found").await;
    assert!(text.to_lowercase().contains("order of preference"), "{text}");
    let marks = b.client.find_all(Locator::Css(".search-hit mark")).await.unwrap();
    assert!(!marks.is_empty(), "the matched words are highlighted");
    b.screenshot("learning-04-search").await;
    let link = b.client.find(Locator::Css(".search-hit h3 a")).await.unwrap();
    let href = link.attr("href").await.unwrap().unwrap();
    assert!(href.starts_with(&format!("/courses/{COURSE}/")) && href.contains('#'), "{href}");
    link.click().await.unwrap();
    let (path, anchor) = href.split_once('#').unwrap();
    b.wait_for_path(path).await;
    let fragment = b.client.current_url().await.unwrap().fragment().map(str::to_owned);
    assert_eq!(fragment.as_deref(), Some(anchor));
    let target = b.client.find(Locator::Id(anchor)).await.unwrap();
    assert!(target.is_displayed().await.unwrap(), "the section the result named is on the page");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn module_pages_with_diagrams_and_checks_fit_a_phone() {
    let Some(browser) = Browser::start(360, 780).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let b = &browser;
    let user = app.register_verified("Pia Phone").await;
    b.log_in(&app.address, &user.email, PASSWORD).await;
    for (slug, name) in [
        ("why-circular", "01"),
        ("takeback-and-the-takeback-incentive", "04"),
        ("energy-efficiency-and-network-footprint", "07"),
    ] {
        b.client.goto(&app.url(&format!("/courses/{COURSE}/{slug}"))).await.unwrap();
        b.wait_for_text("Check my answer").await;
        assert!(!b.scrolls_sideways().await, "{slug} scrolls sideways at 360 px (width {})", b.page_width().await);
        b.client.execute("document.querySelector('#module-body figure').scrollIntoView();", vec![]).await.unwrap();
        b.screenshot(&format!("learning-phone-{name}-figure")).await;
        b.client.execute("document.querySelector('form.kcheck').scrollIntoView();", vec![]).await.unwrap();
        b.screenshot(&format!("learning-phone-{name}-check")).await;
    }
    b.client.goto(&app.url("/search?q=takeback")).await.unwrap();
    b.wait_for_text("found").await;
    assert!(!b.scrolls_sideways().await, "the search page scrolls sideways at 360 px");
    b.screenshot("learning-phone-search").await;
    browser.close().await;
}

async fn wait_for_in(b: &Browser, css: &str, needle: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Ok(element) = b.client.find(Locator::Css(css)).await
            && let Ok(text) = element.text().await
            && text.contains(needle)
        {
            return text;
        }
        assert!(std::time::Instant::now() < deadline, "{css} never showed {needle:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
