use crate::both_backends;
use crate::helpers::{PASSWORD, rand_suffix};

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

both_backends! {
    async fn the_public_pages_render_for_visitors(app) {
        for path in ["/", "/register", "/login", "/forgot-password"] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 200, "{path}");
            let html = response.text().await.unwrap();
            assert!(html.contains("<main id=\"main\""), "{path} has a main landmark");
            assert!(html.contains("name=\"viewport\""), "{path} is responsive");
        }
        let home = app.get("/").await.text().await.unwrap();
        assert!(home.contains("Start training"));
        assert!(home.contains("up to 7%"));
    }

    async fn the_catalogue_from_its_shell_carries_each_readers_own_token_and_navigation(app) {
        // The catalogue is rendered once per language and role and kept; each reader's page
        // must still carry their own CSRF token in every form, and their role's navigation.
        let meta = |html: &str| {
            html.split("name=\"csrf-token\" content=\"").nth(1).unwrap().split('"').next().unwrap().to_owned()
        };
        let every_form_has = |html: &str, token: &str| {
            html.matches("name=\"csrf_token\"").count() == html.matches(&format!("name=\"csrf_token\" value=\"{token}\"")).count()
        };
        for _ in 0..2 {
            let html = app.get("/courses").await.text().await.unwrap();
            let token = app.cookie("ess_csrf").unwrap();
            assert_eq!(meta(&html), token);
            assert!(every_form_has(&html, &token));
            assert!(html.contains("href=\"/register\"") && !html.contains("action=\"/logout\""));
        }
        let other = reqwest::Client::builder().cookie_store(true).build().unwrap();
        let theirs = other.get(app.url("/courses")).send().await.unwrap().text().await.unwrap();
        assert_ne!(meta(&theirs), app.cookie("ess_csrf").unwrap(), "another visitor gets their own token");
        let (_, _) = app.user_with_role("Cara Catalogue", "partner_manager").await;
        let html = app.get("/courses").await.text().await.unwrap();
        let token = app.cookie("ess_csrf").unwrap();
        assert_eq!(meta(&html), token);
        assert!(every_form_has(&html, &token));
        assert!(html.contains("action=\"/logout\"") && html.contains("href=\"/partner\""));
        // The token works: the language switch accepts it.
        let switched = app.client.post(app.url("/lang")).form(&[("lang", "es"), ("csrf_token", token.as_str())]).send().await.unwrap();
        assert!(switched.status().is_success() || switched.status().is_redirection(), "{}", switched.status());
        let spanish = app.get("/courses").await.text().await.unwrap();
        assert!(spanish.contains("lang=\"es\"") && every_form_has(&spanish, &app.cookie("ess_csrf").unwrap()));
    }

    async fn a_visitor_registers_verifies_logs_in_and_out_in_the_browser_flow(app) {
        let email = format!("ana.{}@partner.example", rand_suffix());
        let form = app.get("/register").await.text().await.unwrap();
        assert!(form.contains("name=\"csrf_token\""));
        let done = app.post_form("/register", &[("email", &email), ("password", PASSWORD), ("name", "Ana Lima"), ("company", "Acme"), ("country", "DE")]).await;
        assert_eq!(done.status(), 200);
        assert!(done.text().await.unwrap().contains("Check your e-mail"));
        let link = app.smtp.wait_for(&email).await.link(&format!("{}/verify-email/", app.address));
        assert_eq!(app.client.get(link).send().await.unwrap().status(), 200);

        let anonymous = app.get("/training").await;
        assert_eq!(anonymous.status(), 303);
        assert_eq!(location(&anonymous), "/login?next=%2Ftraining");

        let login = app.post_form("/login", &[("email", &email), ("password", PASSWORD), ("next", "/training")]).await;
        assert_eq!(login.status(), 303);
        assert_eq!(location(&login), "/training");
        let training = app.get("/training").await;
        assert_eq!(training.status(), 200);
        let html = training.text().await.unwrap();
        assert!(html.contains("My training") && html.contains("Ana Lima"));
        assert!(html.contains("Start with “Why circular"), "the first module is offered: {html}");
        assert!(!html.contains("Please verify your e-mail"));

        let logout = app.post_form("/logout", &[]).await;
        assert_eq!(logout.status(), 303);
        assert_eq!(app.get("/training").await.status(), 303);
    }

    async fn a_form_with_errors_comes_back_with_the_input_and_the_messages(app) {
        let response = app.post_form("/register", &[("email", "ana@"), ("password", "short"), ("name", "Zoë Ñúñez"), ("company", "Acme <b>Networks</b>"), ("country", "DE")]).await;
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("value=\"Zoë Ñúñez\""), "the name is kept");
        assert!(html.contains("value=\"ana@\""), "the e-mail is kept");
        assert!(html.contains("Acme &lt;b&gt;Networks&lt;&#x2F;b&gt;"), "input is escaped: {html}");
        assert!(html.contains("<option value=\"DE\" selected>"));
        assert!(html.contains("Enter a valid e-mail address"));
        assert!(html.contains("Use at least 10 characters"));
        assert!(!html.contains("short"), "the password is never echoed");
    }

    async fn a_form_without_its_csrf_token_is_refused_and_changes_nothing(app) {
        let email = format!("csrf.{}@x.example", rand_suffix());
        app.get("/register").await;
        let response = app.client.post(app.url("/register"))
            .form(&[("email", email.as_str()), ("password", PASSWORD), ("name", "Ana"), ("company", "Acme"), ("country", "DE")])
            .send().await.unwrap();
        assert_eq!(response.status(), 403);
        assert!(response.text().await.unwrap().contains("This form has expired"));
        let wrong = app.client.post(app.url("/register"))
            .form(&[("email", email.as_str()), ("password", PASSWORD), ("name", "Ana"), ("company", "Acme"), ("country", "DE"), ("csrf_token", &"x".repeat(43))])
            .send().await.unwrap();
        assert_eq!(wrong.status(), 403);
        assert_eq!(app.post_json("/api/v1/auth/login", &serde_json::json!({"email": email, "password": PASSWORD})).await.status(), 401);
    }

    async fn a_wrong_login_keeps_the_email_and_says_what_to_do(app) {
        let response = app.post_form("/login", &[("email", "who@x.example"), ("password", "nope nope nope")]).await;
        assert_eq!(response.status(), 401);
        let html = response.text().await.unwrap();
        assert!(html.contains("value=\"who@x.example\""));
        assert!(html.contains("reset your password"));
    }

    async fn login_never_redirects_off_the_site(app) {
        let user = app.register("Bo Chen").await;
        let response = app.post_form("/login", &[("email", &user.email), ("password", PASSWORD), ("next", "//evil.example/x")]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(location(&response), "/training");
    }

    async fn an_unverified_learner_is_asked_to_verify_and_can_resend(app) {
        let user = app.register("Cy Dube").await;
        app.post_form("/login", &[("email", &user.email), ("password", PASSWORD)]).await;
        let html = app.get("/training").await.text().await.unwrap();
        assert!(html.contains("Please verify your e-mail address"));
        let resend = app.post_form("/verify-email/resend", &[]).await;
        assert_eq!(resend.status(), 303);
        assert_eq!(location(&resend), "/training?notice=verification-sent");
        app.smtp.wait_for_nth(&user.email, 2).await;
    }

    async fn a_form_body_over_the_limit_is_413(app) {
        let big = "x".repeat(70 * 1024);
        let response = app.post_form("/login", &[("email", &big), ("password", "x")]).await;
        assert_eq!(response.status(), 413);
    }
}
