//! The account journeys, as a person does them in a browser.

use crate::driver::Browser;
use crate::helpers::{Backend, PASSWORD, rand_suffix, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_registers_verifies_logs_in_and_logs_out() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let b = &browser;

    b.client.goto(&app.url("/")).await.unwrap();
    b.screenshot("01-home").await;
    b.click("a.button[href='/register']").await;
    b.wait_for_path("/register").await;

    // A first try with mistakes: the form comes back with the input and the messages.
    let email = format!("ana.{}@partner.example", rand_suffix());
    b.fill("#name", "Zoë Ñúñez-Çelik").await;
    b.fill("#email", "ana@").await;
    b.fill("#company", "Acme Networks").await;
    b.select("#country", "DE").await;
    b.fill("#password", "short").await;
    b.click("main form button[type=submit]").await;
    let text = b.wait_for_text("Enter a valid e-mail address").await;
    assert!(text.contains("Use at least 10 characters"), "{text}");
    let kept = b.client.find(fantoccini::Locator::Css("#name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("Zoë Ñúñez-Çelik"));
    b.screenshot("02-register-errors").await;

    b.fill("#email", &email).await;
    b.fill("#password", PASSWORD).await;
    b.click("main form button[type=submit]").await;
    let text = b.wait_for_text("Check your e-mail").await;
    assert!(text.contains(&email));
    b.screenshot("03-check-your-email").await;

    let link = app.smtp.wait_for(&email).await.link(&format!("{}/verify-email/", app.address));
    b.client.goto(&link).await.unwrap();
    b.wait_for_text("your e-mail address is verified").await;
    b.screenshot("04-verified").await;

    b.click("main a.button[href='/login']").await;
    b.wait_for_path("/login").await;
    b.fill("#email", &email).await;
    b.fill("#password", PASSWORD).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_path("/training").await;
    let text = b.wait_for_text("My training").await;
    assert!(text.contains("Zoë Ñúñez-Çelik"));
    assert!(text.contains("Start with"));
    b.screenshot("05-my-training").await;

    b.click(".site-nav button[type=submit]").await;
    b.wait_for_path("/login").await;
    b.wait_for_text("You are logged out").await;
    b.client.goto(&app.url("/training")).await.unwrap();
    b.wait_for_path("/login").await;
    b.screenshot("06-logged-out").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_password_is_reset_from_the_email_link() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let user = app.register("Bo Chen").await;
    let b = &browser;
    b.client.goto(&app.url("/login")).await.unwrap();
    b.click("a[href='/forgot-password']").await;
    b.wait_for_path("/forgot-password").await;
    b.fill("#email", &user.email).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("we sent it a link").await;
    let link = app.smtp.wait_for_nth(&user.email, 2).await.link(&format!("{}/reset-password/", app.address));
    b.client.goto(&link).await.unwrap();
    b.fill("#password", "my new long passphrase").await;
    b.click("button.reveal").await;
    let shown = b.client.find(fantoccini::Locator::Css("#password")).await.unwrap().attr("type").await.unwrap();
    assert_eq!(shown.as_deref(), Some("text"), "the Show button reveals the password");
    b.screenshot("07-reset-password").await;
    b.click("main form button[type=submit]").await;
    b.wait_for_path("/login").await;
    b.wait_for_text("Your password was changed").await;
    b.fill("#email", &user.email).await;
    b.fill("#password", "my new long passphrase").await;
    b.click("main form button[type=submit]").await;
    b.wait_for_path("/training").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_admin_is_created_from_the_setup_link() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let b = &browser;
    b.client.goto(app.setup_link.as_deref().unwrap()).await.unwrap();
    b.wait_for_text("Create the programme admin").await;
    b.fill("#name", "Pat Admin").await;
    b.fill("#email", &format!("pat.{}@vendor.example", rand_suffix())).await;
    b.fill("#company", "Programme team").await;
    b.select("#country", "GB").await;
    b.fill("#password", PASSWORD).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_path("/account").await;
    b.wait_for_text("Programme admin").await;
    b.screenshot("08-admin-account").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_fits_a_360_pixel_phone() {
    let Some(browser) = Browser::start(360, 780).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let user = app.register_verified("Nguyễn Thị Ánh").await;
    let b = &browser;
    for (name, path) in [("home", "/"), ("register", "/register"), ("login", "/login"), ("forgot", "/forgot-password")]
    {
        b.client.goto(&app.url(path)).await.unwrap();
        assert!(!b.scrolls_sideways().await, "{path} scrolls sideways on a phone");
        b.screenshot(&format!("phone-{name}")).await;
    }
    b.log_in(&app.address, &user.email, PASSWORD).await;
    for (name, path) in [
        ("training", "/training"),
        ("account", "/account"),
        ("courses", "/courses"),
        ("course", "/courses/environmental-sustainability"),
        ("module", "/courses/environmental-sustainability/energy-efficiency-and-network-footprint"),
        ("exams", "/exams"),
        ("exam", "/exams/environmental-sustainability/foundations"),
        ("transcript", "/training/transcript"),
        ("takeback", "/takeback"),
    ] {
        b.client.goto(&app.url(path)).await.unwrap();
        assert!(!b.scrolls_sideways().await, "{path} scrolls sideways on a phone");
        b.screenshot(&format!("phone-{name}")).await;
    }
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_admin_page_fits_a_360_pixel_phone() {
    let Some(phone) = Browser::start(360, 780).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (admin, token) = app.user_with_role("Ada Admin", "programme_admin").await;
    let (manager, _) = app.user_with_role("Maximiliane Müller-Lüdenscheidt", "learner").await;
    app.partner_with_manager(&token, "Acme Networks Deutschland GmbH", "DE", manager.id).await;
    let id = issue_credential(&app, manager.id).await;
    phone.log_in(&app.address, &admin.email, PASSWORD).await;
    let course = "/admin/courses/environmental-sustainability";
    for (name, path) in [
        ("admin", "/admin".to_owned()),
        ("admin-course", course.to_owned()),
        ("admin-module", format!("{course}/modules/sustainable-packaging")),
        ("admin-revisions", format!("{course}/modules/sustainable-packaging/revisions")),
        ("admin-new-module", format!("{course}/new?slug=a-new-module")),
        ("admin-exam-statistics", format!("{course}/exams/foundations/statistics")),
        ("admin-name-corrections", "/admin/name-corrections".into()),
        ("admin-outbox", "/admin/outbox".into()),
        ("admin-partners", "/admin/partners".into()),
        ("admin-users", "/admin/users".into()),
        ("admin-user", format!("/admin/users/{}", manager.id)),
        ("admin-reports", "/admin/reports".into()),
        ("admin-credential", format!("/credentials/{id}")),
        ("admin-checks", format!("{course}/checks")),
        ("admin-xapi", "/admin/xapi".into()),
        ("admin-lti", "/admin/lti".into()),
    ] {
        phone.client.goto(&app.url(&path)).await.unwrap();
        let width = phone.page_width().await;
        assert!(width <= 360, "{path} is {width} px wide on a 360 px phone");
        phone.screenshot(&format!("phone-{name}")).await;
    }
    phone.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_kit_and_the_partner_page_fit_a_360_pixel_phone() {
    let app = spawn_app(Backend::Sqlite).await;
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    // A long name, a long company and a long e-mail address: the widest these pages get.
    let (manager, _) = app.user_with_role("Maximiliane Müller-Lüdenscheidt", "learner").await;
    app.partner_with_manager(&admin, "Acme Networks Deutschland GmbH", "DE", manager.id).await;
    let id = issue_credential(&app, manager.id).await;
    for (width, height, device) in [(360, 780, "phone"), (1280, 900, "desktop")] {
        let Some(b) = Browser::start(width, height).await else { return };
        b.log_in(&app.address, &manager.email, PASSWORD).await;
        for (name, path, heading) in
            [("kit", format!("/credentials/{id}"), "Downloads"), ("partner", "/partner".to_owned(), "Your people")]
        {
            b.client.goto(&app.url(&path)).await.unwrap();
            b.wait_for_text(heading).await;
            let page = b.page_width().await;
            assert!(page <= u64::from(width), "{path} is {page} px wide on a {width} px screen");
            b.screenshots_down(&format!("50-{device}-{name}"), 12).await;
        }
        b.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_edits_previews_and_publishes_and_a_learner_reads_the_new_text() {
    let Some(browser) = Browser::start(1400, 1000).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
    let (learner, _) = app.user_with_role("Lee Learner", "learner").await;
    let b = &browser;

    b.log_in(&app.address, &admin.email, PASSWORD).await;
    b.click(".site-nav a[href='/admin']").await;
    b.wait_for_text("Manage modules").await;
    b.click("main a.button[href='/admin/courses/environmental-sustainability']").await;
    b.wait_for_text("Add a module").await;
    b.screenshot("10-admin-course").await;
    b.click("a[href='/admin/courses/environmental-sustainability/modules/sustainable-packaging']").await;
    b.wait_for_text("Editing revision 1").await;

    // The live preview renders what is typed with the learners' pipeline.
    let markdown = b.client.find(fantoccini::Locator::Css("#markdown")).await.unwrap();
    markdown.clear().await.unwrap();
    markdown.send_keys("## Packaging that comes back\n\n> [!TIP]\n> Ask the customer about their recycling streams first.\n\nA new paragraph written in the browser.\n").await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let preview = b.client.find(fantoccini::Locator::Css("#preview")).await.unwrap().html(true).await.unwrap();
        if preview.contains("A new paragraph written in the browser.") && preview.contains("markdown-alert-tip") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the live preview never updated: {preview}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    b.screenshot("11-editor-live-preview").await;
    b.fill("#note", "Rewrote the opening").await;
    b.click("button[value=publish]").await;
    b.wait_for_text("Published: learners see the new version now.").await;

    // A learner, in a fresh session, sees the new text.
    b.client.delete_all_cookies().await.unwrap();
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    b.client.goto(&app.url("/courses/environmental-sustainability/sustainable-packaging")).await.unwrap();
    let text = b.wait_for_text("A new paragraph written in the browser.").await;
    assert!(text.contains("Packaging that comes back"));
    b.screenshot("12-learner-sees-published-module").await;
    b.client.goto(&app.url("/courses/environmental-sustainability/takeback-and-the-takeback-incentive")).await.unwrap();
    b.wait_for_text("Takeback services and the Takeback Incentive").await;
    b.screenshot("13-module-page").await;
    b.client.goto(&app.url("/courses/environmental-sustainability")).await.unwrap();
    b.wait_for_text("Syllabus").await;
    b.screenshot("14-course-page").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visible_module_page_sends_heartbeats_and_a_hidden_one_stops() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    // Beats every second, so that the test takes seconds; the test moves the server's clock.
    let app = crate::helpers::spawn_app_with_heartbeat(1).await;
    let user = app.register_verified("Hal Heart").await;
    let b = &browser;
    b.log_in(&app.address, &user.email, PASSWORD).await;
    b.client.goto(&app.url("/courses/environmental-sustainability/sustainable-packaging")).await.unwrap();
    b.wait_for_text("Sustainable packaging").await;

    let sent = |script: &'static str| async move { b.client.execute(script, vec![]).await.unwrap() };
    // Keep the learner "active" (pointer moves) while the page is visible.
    for _ in 0..8 {
        sent("window.dispatchEvent(new Event('pointermove')); return 0;").await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        app.clock.advance(1);
    }
    let visible = sent("return window.essHeartbeat.sent;").await.as_i64().unwrap();
    assert!(visible >= 3, "a visible, active page beats about every second: {visible}");
    let credited =
        sent("return window.essHeartbeat.last && window.essHeartbeat.last.active_seconds;").await.as_i64().unwrap_or(0);
    assert!(credited >= 2, "the server credited the beats: {credited}");

    // The page is hidden (another tab in front): it stops beating.
    sent("Object.defineProperty(document, 'visibilityState', {configurable: true, get: function () { return 'hidden'; }}); document.dispatchEvent(new Event('visibilitychange')); return 0;").await;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let at_hide = sent("return window.essHeartbeat.sent;").await.as_i64().unwrap();
    for _ in 0..6 {
        sent("window.dispatchEvent(new Event('pointermove')); return 0;").await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let after = sent("return window.essHeartbeat.sent;").await.as_i64().unwrap();
    assert_eq!(after, at_hide, "a hidden page sends nothing");
    let skipped = sent("return window.essHeartbeat.skipped;").await.as_i64().unwrap();
    assert!(skipped >= 2, "{skipped}");
    b.screenshot("15-module-with-heartbeat").await;

    b.client.goto(&app.url("/training")).await.unwrap();
    b.wait_for_text("In progress").await;
    b.screenshot("16-dashboard-in-progress").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_takes_a_whole_exam_with_a_reload_half_way() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (learner, _) = app.user_with_role("Eve Examinee", "learner").await;
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id)))
        .bearer_auth(&admin)
        .json(&serde_json::json!({"course": "environmental-sustainability", "reason": "Browser exam test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let b = &browser;
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    b.click("a[href='/exams/environmental-sustainability/foundations']").await;
    b.wait_for_text("Start the exam").await;
    b.screenshot("20-exam-intro").await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("Page 1 of 7").await;

    let timer = b.client.find(fantoccini::Locator::Css("#timer")).await.unwrap().text().await.unwrap();
    assert!(timer.starts_with("59:") || timer.starts_with("60:"), "the countdown runs from the server's time: {timer}");
    // Answer the first half, page by page: each change is saved at once.
    for page in 1..=4 {
        let fieldsets = b.client.find_all(fantoccini::Locator::Css("fieldset.question")).await.unwrap();
        assert_eq!(fieldsets.len(), 5, "five questions a page");
        let take = if page == 4 { 2 } else { 5 };
        for fieldset in fieldsets.iter().take(take) {
            fieldset.find(fantoccini::Locator::Css("label.option")).await.unwrap().click().await.unwrap();
        }
        wait_for_saved(b, (page - 1) * 5 + take).await;
        if page < 4 {
            b.click("#next-button").await;
            b.wait_for_text(&format!("Page {} of 7", page + 1)).await;
        }
    }
    b.screenshot("21-exam-half-way").await;

    // A reload (or another device) shows the same page with the saved answers.
    b.client.refresh().await.unwrap();
    b.wait_for_text("Question 20 of 35").await;
    let checked = b.client.find_all(fantoccini::Locator::Css("fieldset.question input:checked")).await.unwrap();
    assert_eq!(checked.len(), 2, "the saved answers of the page survive a reload");
    let answered = b.client.find_all(fantoccini::Locator::Css("a.q-nav-item.is-answered")).await.unwrap();
    assert_eq!(answered.len(), 17, "and the navigator shows every saved answer");
    for page in 4..=7 {
        let fieldsets = b.client.find_all(fantoccini::Locator::Css("fieldset.question")).await.unwrap();
        let skip = if page == 4 { 2 } else { 0 };
        for fieldset in fieldsets.iter().skip(skip) {
            fieldset.find(fantoccini::Locator::Css("label.option")).await.unwrap().click().await.unwrap();
        }
        wait_for_saved(b, page * 5).await;
        if page < 7 {
            b.click("#next-button").await;
            b.wait_for_text(&format!("Page {} of 7", page + 1)).await;
        }
    }
    b.click("#review-button").await;
    let text = b.wait_for_text("Review before you submit").await;
    assert!(text.contains("Every question has an answer."), "{text}");
    b.click("#submit-button").await;
    let text = b.wait_for_text("By topic").await;
    assert!(text.contains('%') && text.contains("pass mark 80%"), "{text}");
    b.screenshot("22-exam-result").await;
    browser.close().await;
}

/// A verified learner whose training is exempt (exam 1 is open), and their attempt started
/// through the API; returns the learner, their bearer token and the attempt's id.
pub(crate) async fn learner_with_an_attempt(
    app: &crate::helpers::TestApp,
    name: &str,
) -> (crate::helpers::Registered, String, i64) {
    let (learner, token) = app.user_with_role(name, "learner").await;
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id)))
        .bearer_auth(&admin)
        .json(&serde_json::json!({"course": "environmental-sustainability", "reason": "Browser exam test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let started = app
        .client
        .post(app.url("/api/v1/exams/environmental-sustainability/foundations/attempts"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), 201);
    let id = started.json::<serde_json::Value>().await.unwrap()["attempt_id"].as_i64().unwrap();
    (learner, token, id)
}

/// The classes and the screen-reader words of question `number` in the navigator.
async fn nav_item(b: &Browser, number: usize) -> (String, String) {
    let item = b.client.find(fantoccini::Locator::Css(&format!("a.q-nav-item[data-number='{number}']"))).await.unwrap();
    let class = item.attr("class").await.unwrap().unwrap_or_default();
    let label = item.find(fantoccini::Locator::Css(".q-nav-label")).await.unwrap().prop("textContent").await.unwrap();
    (class, label.unwrap_or_default())
}

/// Waits until the flag button of question `number` says `pressed`.
async fn wait_for_flag(b: &Browser, number: usize, pressed: bool) {
    let css = format!("#q-{number} .flag-toggle");
    let want = if pressed { "true" } else { "false" };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let got = b.client.find(fantoccini::Locator::Css(&css)).await.unwrap().attr("aria-pressed").await.unwrap();
        if got.as_deref() == Some(want) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "question {number}'s flag stays {got:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Answers question `number` of the page shown with its first option.
async fn answer(b: &Browser, number: usize) {
    b.click(&format!("#q-{number} label.option")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_flags_questions_finds_them_after_a_reload_and_reviews_them_before_submitting() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (learner, token, id) = learner_with_an_attempt(&app, "Fay Flagger").await;
    let b = &browser;
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    b.client.goto(&app.url("/exams/environmental-sustainability/foundations")).await.unwrap();
    b.click(&format!("a[href='/attempts/{id}']")).await;
    b.wait_for_text("Page 1 of 7").await;

    // Questions 1, 2 and 4 answered: the navigator follows at once.
    for number in [1, 2, 4] {
        answer(b, number).await;
    }
    wait_for_saved(b, 3).await;
    assert_eq!(nav_item(b, 2).await.1, "Question 2, answered");
    assert_eq!(nav_item(b, 3).await.1, "Question 3, not answered");
    // Question 3 flagged with the mouse, without a reload.
    b.click("#q-3 .flag-toggle").await;
    wait_for_flag(b, 3, true).await;
    let (class, label) = nav_item(b, 3).await;
    assert!(class.contains("is-flagged") && !class.contains("is-answered"), "{class}");
    assert_eq!(label, "Question 3, not answered, flagged");
    assert_eq!(b.path().await, format!("/attempts/{id}"), "no reload");
    let counted = b.client.find(fantoccini::Locator::Css("#q-nav-count")).await.unwrap().text().await.unwrap();
    assert_eq!(counted, "3 of 35 answered · 1 flagged");
    // The navigator sticks beside the questions while they scroll.
    b.client.execute("window.scrollTo(0, document.body.scrollHeight); return 0;", vec![]).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    let top =
        b.client.execute("return document.getElementById('q-nav').getBoundingClientRect().top;", vec![]).await.unwrap();
    assert!(top.as_f64().is_some_and(|t| (0.0..200.0).contains(&t)), "the navigator scrolled away: {top}");
    b.screenshot("23-exam-navigator").await;
    b.client.execute("window.scrollTo(0, 0); return 0;", vec![]).await.unwrap();

    // To question 7 through the navigator; answered, then flagged from the keyboard.
    b.click("a.q-nav-item[data-number='7']").await;
    b.wait_for_text("Page 2 of 7").await;
    let current: Vec<String> = {
        let mut numbers = Vec::new();
        for item in b.client.find_all(fantoccini::Locator::Css("a.q-nav-item[aria-current='page']")).await.unwrap() {
            numbers.push(item.attr("data-number").await.unwrap().unwrap());
        }
        numbers
    };
    assert_eq!(current, ["6", "7", "8", "9", "10"], "the page's questions are current in the navigator");
    answer(b, 7).await;
    wait_for_saved(b, 4).await;
    let toggle = b.client.find(fantoccini::Locator::Css("#q-7 .flag-toggle")).await.unwrap();
    toggle.send_keys(" ").await.unwrap();
    wait_for_flag(b, 7, true).await;
    let focused = b.client.execute("return document.activeElement.closest('#q-7') !== null && document.activeElement.classList.contains('flag-toggle');", vec![]).await.unwrap();
    assert_eq!(focused.as_bool(), Some(true), "the focus stays on the toggle");
    // And question 8 flagged and unflagged again with the keyboard.
    let toggle = b.client.find(fantoccini::Locator::Css("#q-8 .flag-toggle")).await.unwrap();
    toggle.send_keys(" ").await.unwrap();
    wait_for_flag(b, 8, true).await;
    toggle.send_keys(" ").await.unwrap();
    wait_for_flag(b, 8, false).await;
    assert_eq!(nav_item(b, 8).await.1, "Question 8, not answered");

    // After a reload, both flags are where they were.
    b.client.refresh().await.unwrap();
    b.wait_for_text("Page 2 of 7").await;
    assert_eq!(nav_item(b, 3).await.1, "Question 3, not answered, flagged");
    let (class, label) = nav_item(b, 7).await;
    assert!(class.contains("is-flagged") && class.contains("is-answered"), "{class}");
    assert_eq!(label, "Question 7, answered, flagged");
    assert_eq!(nav_item(b, 8).await.1, "Question 8, not answered");
    wait_for_flag(b, 7, true).await;
    let state: serde_json::Value = app
        .client
        .get(app.url(&format!("/api/v1/attempts/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["flagged"].as_array().unwrap().len(), 2, "{state}");
    b.screenshot("24-exam-flags-after-reload").await;

    // The review lists the flagged questions and the unanswered ones.
    b.click("#review-button").await;
    let text = b.wait_for_text("Review before you submit").await;
    assert!(text.contains("You answered 4 of 35 questions: 31 not answered, 2 flagged for review."), "{text}");
    let flagged = b.client.find(fantoccini::Locator::Css("#flagged-list")).await.unwrap().text().await.unwrap();
    let lines: Vec<&str> = flagged.lines().collect();
    assert_eq!(lines.len(), 2, "{flagged}");
    assert!(lines[0].starts_with("Question 3 ") && lines[1].starts_with("Question 7 "), "{flagged}");
    let unanswered = b.client.find(fantoccini::Locator::Css("#unanswered-list")).await.unwrap().text().await.unwrap();
    assert!(
        unanswered.starts_with("Question 3 ")
            && unanswered.contains("Question 5 ")
            && !unanswered.contains("Question 7 "),
        "{unanswered}"
    );
    assert_eq!(unanswered.lines().count(), 31);
    b.screenshot("25-exam-review").await;

    // Back to question 3 from the review, answered there, and the review again.
    b.click("#flagged-list a[href$='#q-3']").await;
    b.wait_for_text("Page 1 of 7").await;
    answer(b, 3).await;
    wait_for_saved(b, 5).await;
    b.click("#review-button").await;
    let text = b.wait_for_text("Review before you submit").await;
    assert!(text.contains("You answered 5 of 35 questions: 30 not answered, 2 flagged for review."), "{text}");
    let unanswered = b.client.find(fantoccini::Locator::Css("#unanswered-list")).await.unwrap().text().await.unwrap();
    assert!(!unanswered.contains("Question 3 "), "{unanswered}");
    assert_eq!(b.client.find_all(fantoccini::Locator::Css("button[value='submit']")).await.unwrap().len(), 1);
    b.click("#submit-button").await;
    let text = b.wait_for_text("By topic").await;
    assert!(text.contains("Not passed this time"), "{text}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_paged_paper_and_its_review_fit_a_360_pixel_phone() {
    let Some(phone) = Browser::start(360, 780).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (learner, token, id) = learner_with_an_attempt(&app, "Nguyễn Thị Ánh").await;
    let paper: serde_json::Value = app
        .client
        .get(app.url(&format!("/api/v1/attempts/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let q2 = paper["questions"][1]["id"].as_str().unwrap();
    let flagged = app
        .client
        .put(app.url(&format!("/api/v1/attempts/{id}/flags/{q2}")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"flagged": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(flagged.status(), 200);
    let b = &phone;
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    b.client.goto(&app.url(&format!("/attempts/{id}"))).await.unwrap();
    b.wait_for_text("Page 1 of 7").await;
    assert!(!b.scrolls_sideways().await, "the paper scrolls sideways on a phone");
    let open =
        || async { b.client.execute("return document.querySelector('.q-nav-drawer').open;", vec![]).await.unwrap() };
    assert_eq!(open().await.as_bool(), Some(false), "on a phone the navigator is a closed drawer");
    answer(b, 1).await;
    wait_for_saved(b, 1).await;
    b.screenshots_down("phone-exam-paper", 3).await;
    b.click(".q-nav-drawer > summary").await;
    assert_eq!(open().await.as_bool(), Some(true));
    assert!(!b.scrolls_sideways().await, "the open drawer scrolls sideways");
    assert_eq!(nav_item(b, 2).await.1, "Question 2, not answered, flagged");
    b.screenshot("phone-exam-navigator").await;
    b.click("a.q-nav-item[data-number='12']").await;
    b.wait_for_text("Page 3 of 7").await;
    assert_eq!(open().await.as_bool(), Some(false), "the drawer is closed again on the new page");
    b.click("#review-button").await;
    b.wait_for_text("Review before you submit").await;
    assert!(!b.scrolls_sideways().await, "the review scrolls sideways on a phone");
    b.screenshots_down("phone-exam-review", 3).await;
    phone.close().await;
}

/// Waits until the exam bar says that every answer is saved and `answered` questions of the
/// whole paper have one.
async fn wait_for_saved(b: &Browser, answered: usize) {
    let want = format!("All answers saved · {answered} answered");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let state = b.client.find(fantoccini::Locator::Css("#save-state")).await.unwrap().text().await.unwrap();
        if state.starts_with(&want) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the answers were not all saved: {state}, expected {want}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Gives the learner the credential as passing both exams would (the exam journey is above).
pub(crate) async fn issue_credential(app: &crate::helpers::TestApp, user_id: i64) -> String {
    use diesel::prelude::*;
    let db = app.db();
    let mailer = ess_academy::mail::Mailer::new(
        std::sync::Arc::new(ess_academy::templates::load().unwrap()),
        app.address.clone(),
    );
    let now = ess_academy::clock::Clock::now(&app.clock);
    tokio::task::spawn_blocking(move || {
        use ess_academy::db::schema::{courses, credentials};
        let mut conn = db.write().unwrap();
        let course_id: i64 = courses::table.select(courses::id).first(&mut *conn).unwrap();
        assert!(ess_academy::credentials::issue(&mut conn, &mailer, now, user_id, course_id).unwrap());
        credentials::table
            .filter(credentials::user_id.eq(user_id))
            .select(credentials::public_id)
            .first(&mut *conn)
            .unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_specialist_uses_the_kit_and_has_a_name_corrected() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (learner, _) = app.user_with_role("Zoe Nandu", "learner").await;
    let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
    let id = issue_credential(&app, learner.id).await;
    let b = &browser;
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    b.screenshot("30-training-with-credential").await;
    b.click(&format!("a[href='/credentials/{id}']")).await;
    let text = b.wait_for_text("Downloads").await;
    for needle in ["E-mail signature", "LinkedIn", "For RFP and tender responses", "Social posts", "History"] {
        assert!(text.contains(needle), "{needle} missing from the kit page");
    }
    let snippet =
        b.client.find(fantoccini::Locator::Css("#snippet")).await.unwrap().prop("value").await.unwrap().unwrap();
    assert!(snippet.contains(&format!("{}/verify/{id}", app.address)), "{snippet}");
    let badge_loaded =
        b.client.execute("return document.querySelector('.kit-badge img').naturalWidth", vec![]).await.unwrap();
    assert_eq!(badge_loaded.as_u64(), Some(600), "the badge preview loads");
    b.screenshot("31-credential-kit").await;

    // The name is wrong: the learner asks for a correction; a form error keeps the input.
    b.client.goto(&app.url("/account")).await.unwrap();
    b.fill("#name", "Zoë Ñandú").await;
    b.click("#name-correction button[type=submit]").await;
    let text = b.wait_for_text("Give the reason").await;
    assert!(text.contains("Correct the name on your certificate"));
    let kept = b.client.find(fantoccini::Locator::Css("#name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("Zoë Ñandú"), "the input survives the error");
    b.fill("#reason", "My name has a diaeresis and a tilde.").await;
    b.click("#name-correction button[type=submit]").await;
    b.wait_for_text("Your name correction is requested").await;
    b.screenshot("32-name-correction-requested").await;
    b.click(".site-nav button[type=submit]").await;
    b.wait_for_path("/login").await;

    // A programme admin approves it.
    b.log_in(&app.address, &admin.email, PASSWORD).await;
    b.client.goto(&app.url("/admin/name-corrections")).await.unwrap();
    b.wait_for_text("My name has a diaeresis").await;
    b.screenshot("33-admin-name-corrections").await;
    b.click("button[value=approve]").await;
    b.wait_for_text("Approved").await;

    // Anyone sees the corrected name, and that it was reissued under the same id.
    b.client.goto(&app.url(&format!("/verify/{id}"))).await.unwrap();
    let text = b.wait_for_text("Zoë Ñandú").await;
    assert!(text.contains("with a corrected name"), "{text}");
    b.screenshot("34-verify-reissued").await;
    browser.close().await;

    let Some(phone) = Browser::start(360, 780).await else { return };
    phone.log_in(&app.address, &learner.email, PASSWORD).await;
    phone.client.goto(&app.url(&format!("/credentials/{id}"))).await.unwrap();
    phone.wait_for_text("Downloads").await;
    assert!(!phone.scrolls_sideways().await, "the kit page scrolls sideways on a phone");
    phone.screenshot("phone-credential-kit").await;
    phone.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_invites_a_colleague_follows_their_progress_and_downloads_the_certificate() {
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let (manager, _) = app.user_with_role("Max Manager", "learner").await;
    app.partner_with_manager(&admin, "Acme Networks", "DE", manager.id).await;

    // The manager invites a colleague from the company page.
    let b = &browser;
    b.log_in(&app.address, &manager.email, PASSWORD).await;
    b.click("a[href='/partner']").await;
    b.wait_for_text("Not accredited yet").await;
    let colleague = format!("cleo.{}@acme.example", rand_suffix());
    b.fill("#email", &colleague).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("Invitation sent").await;
    b.screenshot("40-partner-invited").await;
    b.click(".site-nav button[type=submit]").await;
    b.wait_for_path("/login").await;

    // The colleague registers through the e-mail's link: the company is filled in.
    let mail = app.smtp.wait_for(&colleague).await;
    b.client.goto(&mail.link(&format!("{}/invitations/", app.address))).await.unwrap();
    b.wait_for_text("You are invited by").await;
    let company = b.client.find(fantoccini::Locator::Css("#company")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(company.as_deref(), Some("Acme Networks"));
    b.screenshot("41-invited-registration").await;
    b.fill("#name", "Cleo Colleague").await;
    b.fill("#password", PASSWORD).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("Check your e-mail").await;
    let verify = app.smtp.wait_for_nth(&colleague, 2).await;
    b.client.goto(&verify.link(&format!("{}/verify-email/", app.address))).await.unwrap();
    b.wait_for_text("verified").await;

    // She completes the training (here: an exemption) and is certified.
    let id: i64 = {
        use diesel::prelude::*;
        ess_academy::db::schema::users::table
            .filter(ess_academy::db::schema::users::email.eq(&colleague))
            .select(ess_academy::db::schema::users::id)
            .first(&mut *app.db().read().unwrap())
            .unwrap()
    };
    let exempt = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{id}/exemptions")))
        .bearer_auth(&admin)
        .json(&serde_json::json!({"course": "environmental-sustainability", "reason": "Prior certification"}))
        .send()
        .await
        .unwrap();
    assert_eq!(exempt.status(), 201);
    let credential = issue_credential(&app, id).await;

    // The manager sees her progress and credential, and downloads her certificate.
    b.log_in(&app.address, &manager.email, PASSWORD).await;
    b.client.goto(&app.url("/partner")).await.unwrap();
    let text = b.wait_for_text("Cleo Colleague").await;
    assert!(text.contains("100%") && text.contains("valid") && text.contains("Accredited"), "{text}");
    b.screenshot("42-partner-dashboard").await;
    let href = format!("/credentials/{credential}/certificate.pdf");
    b.client.find(fantoccini::Locator::Css(&format!("a[href='{href}']"))).await.expect("a certificate link for her");
    let fetched = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'), b.byteLength])));",
            vec![serde_json::json!(href)],
        )
        .await
        .unwrap();
    assert_eq!(fetched[0], 200);
    assert_eq!(fetched[1], "application/pdf");
    assert!(fetched[2].as_u64().unwrap() > 10_000, "a real PDF: {fetched}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_holder_renews_in_the_window_and_keeps_the_same_credential() {
    use diesel::prelude::*;
    let Some(browser) = Browser::start(1280, 900).await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let (learner, _) = app.user_with_role("Rosa Renewer", "learner").await;
    let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
    let id = issue_credential(&app, learner.id).await;
    let expires: i64 = ess_academy::db::schema::credentials::table
        .filter(ess_academy::db::schema::credentials::public_id.eq(&id))
        .select(ess_academy::db::schema::credentials::expires_at)
        .first(&mut *app.db().read().unwrap())
        .unwrap();
    let b = &browser;

    // Before the window: the training page says when renewal opens.
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    let text = b.wait_for_text("Next step: renewal opens on").await;
    assert!(text.contains(&ess_academy::clock::long_date(expires - 90 * 86_400)), "{text}");
    b.click(".renewal-next a[href='/renewal']").await;
    b.wait_for_text("Renewal opens on").await;
    b.screenshot("60-renewal-not-yet").await;

    // Thirty days before expiry the window is open: the training page leads to the renewal.
    app.clock.set(expires - 30 * 86_400);
    b.log_in(&app.address, &learner.email, PASSWORD).await;
    b.wait_for_text("Next step: renew your credential").await;
    b.screenshot("61-training-renewal-open").await;
    b.click(".renewal-next a[href='/renewal']").await;
    let text = b.wait_for_text("Renewal is open").await;
    assert!(text.contains("0 of 1 done") && text.contains("Complete the renewal module"), "{text}");
    b.screenshot("62-renewal-open").await;
    // The module opens from the renewal page (its previous/next stay within the renewal track).
    b.click(".renewal-steps a[href='/courses/environmental-sustainability/renewal-what-changed']").await;
    b.wait_for_text("What a specialist must still know").await;
    b.screenshot("63-renewal-module").await;

    // A programme admin records that the module was studied at a partner event.
    let admin_token = app.login(&admin.email, PASSWORD).await;
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id)))
        .bearer_auth(&admin_token)
        .json(&serde_json::json!({"course": "environmental-sustainability", "module": "renewal-what-changed", "reason": "Studied at the partner summit"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    b.client.goto(&app.url("/renewal")).await.unwrap();
    b.wait_for_text("1 of 1 done").await;
    b.click(".renewal-steps a.button").await;
    b.wait_for_text("Start the exam").await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("Page 1 of 4").await;
    b.screenshot("64-renewal-exam").await;

    // Answer every question right in the pages.
    let path = b.path().await;
    let attempt: i64 = path.trim_start_matches("/attempts/").split('/').next().unwrap().parse().unwrap();
    let key = crate::helpers::answer_key(&app, attempt);
    for page in 1..=4 {
        for (question, options) in &key {
            for option in options {
                // A click in the page (the sticky exam bar may cover an element scrolled to the
                // top); the questions of other pages are not on this one.
                let css = format!("input[name='{question}'][value='{option}']");
                b.client
                    .execute(
                        "const i = document.querySelector(arguments[0]); if (i) { i.click(); }",
                        vec![serde_json::json!(css)],
                    )
                    .await
                    .unwrap();
            }
        }
        wait_for_saved(b, page * 5).await;
        if page < 4 {
            b.click("#next-button").await;
            b.wait_for_text(&format!("Page {} of 4", page + 1)).await;
        }
    }
    b.click("#review-button").await;
    b.wait_for_text("Every question has an answer.").await;
    b.click("#submit-button").await;
    b.wait_for_text("Your credential is renewed").await;
    b.screenshot("65-renewal-result").await;

    // The same credential, a year longer, and the kit says it was renewed.
    b.client.goto(&app.url("/renewal")).await.unwrap();
    let new_expiry = ess_academy::clock::long_date(ess_academy::clock::add_months(expires, 12));
    let text = b.wait_for_text("Renewed: valid until").await;
    assert!(text.contains(&new_expiry), "{text}");
    b.client.goto(&app.url(&format!("/credentials/{id}"))).await.unwrap();
    let text = b.wait_for_text("Downloads").await;
    assert!(text.contains("renewed") && text.contains(&new_expiry) && text.contains("Renewed"), "{text}");
    b.screenshot("66-kit-renewed").await;
    let mail = app.smtp.wait_for_subject(&learner.email, "renewed until").await;
    assert!(mail.subject.contains(&new_expiry), "{}", mail.subject);
    browser.close().await;

    let Some(phone) = Browser::start(360, 780).await else { return };
    phone.log_in(&app.address, &learner.email, PASSWORD).await;
    phone.client.goto(&app.url("/renewal")).await.unwrap();
    phone.wait_for_text("Renewed").await;
    assert!(!phone.scrolls_sideways().await, "the renewal page scrolls sideways on a phone");
    phone.screenshot("phone-renewal").await;
    phone.close().await;
}
