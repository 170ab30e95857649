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
