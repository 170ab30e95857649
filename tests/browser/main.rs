//! Browser tests: real user journeys in headless Chromium over WebDriver (chromedriver).
//! Without chromedriver they print `SKIPPED browser tests: chromedriver not found`, unless
//! `ESS_REQUIRE_BROWSER=1`, where that is a failure. Screenshots go to `target/tmp/screenshots/`.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a test fails loudly on any unexpected state")]

#[path = "../api/helpers.rs"]
#[allow(dead_code)]
mod helpers;

#[path = "../api/lti_platform.rs"]
#[allow(dead_code)]
mod lti_platform;

mod accessibility;
mod driver;
mod journeys;
mod languages;
mod learning;
mod lti;
