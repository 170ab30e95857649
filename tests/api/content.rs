//! Course content over HTTP: the catalogue, module pages, authoring through the API, the
//! rules on save, sanitizing, and the sync with the course files.

use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::problem;

const COURSE: &str = "environmental-sustainability";

fn module_body(minutes: i64, markdown: &str, publish: bool) -> Value {
    json!({"title": "Circular deals in practice", "minutes": minutes, "objectives": ["Plan a takeback with a customer"], "markdown": markdown, "publish": publish})
}

both_backends! {
    async fn the_catalogue_lists_the_shipped_course_with_its_modules(app) {
        let courses: Vec<Value> = app.get("/api/v1/courses").await.json().await.unwrap();
        let course = courses.iter().find(|c| c["slug"] == COURSE).expect("the shipped course is imported at start");
        let modules = course["modules"].as_array().unwrap();
        assert!((10..=14).contains(&modules.len()), "{}", modules.len());
        let total: i64 = modules.iter().map(|m| m["minutes"].as_i64().unwrap()).sum();
        assert_eq!(course["minutes"], total);
        assert!((720..=870).contains(&total), "12 to 14.5 hours: {total}");
        assert!(modules.iter().all(|m| !m["objectives"].as_array().unwrap().is_empty()));
        assert_eq!(modules[0]["slug"], "why-circular");
    }

    async fn module_content_needs_an_account(app) {
        let path = format!("/api/v1/courses/{COURSE}/modules/why-circular");
        assert_eq!(app.get(&path).await.status(), 401);
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        let response = app.client.get(app.url(&path)).bearer_auth(&token).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let module: Value = response.json().await.unwrap();
        assert_eq!(module["slug"], "why-circular");
        assert!(module["html"].as_str().unwrap().contains("<h2 id="));
        assert!(module["toc"].as_array().unwrap().len() > 3);
        let missing = app.client.get(app.url(&format!("/api/v1/courses/{COURSE}/modules/no-such-module"))).bearer_auth(&token).send().await.unwrap();
        assert_eq!(missing.status(), 404);
        let (anonymous, _) = app.new_client();
        let html = anonymous.get(app.url(&format!("/courses/{COURSE}/why-circular"))).send().await.unwrap();
        assert_eq!(html.status(), 303, "the page sends visitors to log in");
    }

    async fn the_syllabus_is_public_and_the_module_page_has_its_parts(app) {
        let syllabus = app.get(&format!("/courses/{COURSE}")).await;
        assert_eq!(syllabus.status(), 200);
        let html = syllabus.text().await.unwrap();
        assert!(html.contains("Syllabus") && html.contains("Why circular"));
        assert!(html.contains("Environmental Sustainability Specialist"));
        let (user, _) = app.user_with_role("Mo Learner", "learner").await;
        app.post_form("/login", &[("email", &user.email), ("password", crate::helpers::PASSWORD)]).await;
        let page = app.get(&format!("/courses/{COURSE}/the-vendors-commitments")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Module 2 of 12"), "where you are");
        assert!(html.contains("On this page"), "a table of contents");
        assert!(html.contains("rel=\"prev\"") && html.contains("rel=\"next\""), "previous and next");
        assert!(html.contains("In this module you will learn to"), "objectives");
        assert!(html.contains(&format!("href=\"/courses/{COURSE}/takeback-and-the-takeback-incentive\"")), "links between modules are site links");
    }

    async fn an_admin_creates_revises_and_publishes_a_module_through_the_api(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        let path = format!("/api/v1/admin/courses/{COURSE}/modules/circular-deals");
        let put = |token: &str, body: Value| app.client.put(app.url(&path)).bearer_auth(token.to_owned()).json(&body).send();

        let (anonymous, _) = app.new_client();
        assert_eq!(anonymous.put(app.url(&path)).json(&module_body(30, "## Hi\n", true)).send().await.unwrap().status(), 401);
        let forbidden = put(&learner, module_body(30, "## Hi\n", true)).await.unwrap();
        assert_eq!(forbidden.status(), 403);

        let created = put(&admin, module_body(30, "## First draft\n\nText.\n", false)).await.unwrap();
        assert_eq!(created.status(), 201);
        assert_eq!(created.json::<Value>().await.unwrap(), json!({"revision": 1, "published": false, "unchanged": false}));
        let learner_view = app.client.get(app.url(&format!("/api/v1/courses/{COURSE}/modules/circular-deals"))).bearer_auth(&learner).send().await.unwrap();
        assert_eq!(learner_view.status(), 404, "a draft is not visible to learners");

        let published = put(&admin, module_body(30, "## Published text\n\nNow live.\n", true)).await.unwrap();
        assert_eq!(published.status(), 200);
        assert_eq!(published.json::<Value>().await.unwrap()["revision"], 2);
        let same = put(&admin, module_body(30, "## Published text\n\nNow live.\n", true)).await.unwrap();
        assert_eq!(same.json::<Value>().await.unwrap(), json!({"revision": 2, "published": true, "unchanged": true}));

        let module: Value = app.client.get(app.url(&format!("/api/v1/courses/{COURSE}/modules/circular-deals"))).bearer_auth(&learner).send().await.unwrap().json().await.unwrap();
        assert!(module["html"].as_str().unwrap().contains("Now live."));
        assert_eq!(module["revision"], 2);
        let courses: Vec<Value> = app.get("/api/v1/courses").await.json().await.unwrap();
        assert_eq!(courses[0]["modules"].as_array().unwrap().last().unwrap()["slug"], "circular-deals");
    }

    async fn saving_enforces_every_rule_with_the_field_named(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let put = |slug: &str, body: Value| app.client.put(app.url(&format!("/api/v1/admin/courses/{COURSE}/modules/{slug}"))).bearer_auth(admin.clone()).json(&body).send();

        let over = put("too-long", module_body(180, "## Long\n", true)).await.unwrap();
        assert_eq!(over.status(), 422);
        let p = problem(over).await;
        assert!(p["errors"]["minutes"].as_str().unwrap().contains("exceeds the 15 h limit"), "{p}");

        let short = problem(put("too-short", module_body(2, "## Short\n", true)).await.unwrap()).await;
        assert!(short["errors"]["minutes"].as_str().unwrap().contains("between 5 and 180"));

        let links = problem(put("bad-links", module_body(20, "## Links\n\n[gone](77-nowhere.md)\n\n![](../assets/none.png)\n", true)).await.unwrap()).await;
        let markdown = links["errors"]["markdown"].as_str().unwrap();
        assert!(markdown.contains("Line 3: broken link to 77-nowhere.md"), "{markdown}");
        assert!(markdown.contains("no alt text"), "{markdown}");

        let empty = problem(put("empty", json!({"title": " ", "minutes": 20, "objectives": [], "markdown": "## x", "publish": true})).await.unwrap()).await;
        assert!(empty["errors"]["title"].is_string() && empty["errors"]["objectives"].is_string());

        let slug = problem(put("Bad_Slug", module_body(20, "## x\n", true)).await.unwrap()).await;
        assert!(slug["errors"]["slug"].is_string());

        let unknown = put("x", json!({"title": "x", "minutes": 20, "objectives": ["y"], "markdown": "", "publish": true, "html": "<b>"})).await.unwrap();
        assert_eq!(unknown.status(), 422);

        let no_course = app.client.put(app.url("/api/v1/admin/courses/no-such-course/modules/x")).bearer_auth(&admin).json(&module_body(20, "## x\n", true)).send().await.unwrap();
        assert_eq!(no_course.status(), 404);
        let courses: Vec<Value> = app.get("/api/v1/courses").await.json().await.unwrap();
        assert_eq!(courses[0]["modules"].as_array().unwrap().len(), 12, "nothing was saved");
    }

    async fn markdown_tricks_reach_learners_harmless(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        let js_link = app.client.put(app.url(&format!("/api/v1/admin/courses/{COURSE}/modules/tricks"))).bearer_auth(&admin).json(&module_body(10, "[a](javascript:alert(3))", true)).send().await.unwrap();
        assert_eq!(js_link.status(), 422, "a javascript: link is refused on save");
        let tricks = "## Tricks\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n<a href=\"javascript:alert(3)\">raw</a>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"https://ok.example\" onclick=\"alert(4)\">ok</a>\n\n<div style=\"position:fixed\">overlay</div>\n";
        let response = app.client.put(app.url(&format!("/api/v1/admin/courses/{COURSE}/modules/tricks"))).bearer_auth(&admin).json(&module_body(10, tricks, true)).send().await.unwrap();
        assert_eq!(response.status(), 201);
        let module: Value = app.client.get(app.url(&format!("/api/v1/courses/{COURSE}/modules/tricks"))).bearer_auth(&learner).send().await.unwrap().json().await.unwrap();
        let html = module["html"].as_str().unwrap().to_lowercase();
        for bad in ["<script", "onerror", "javascript:", "<iframe", "onclick", "style="] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        assert!(html.contains("rel=\"noopener noreferrer\""));
        let preview: Value = app.client.post(app.url("/api/v1/admin/preview")).bearer_auth(&admin).json(&json!({"markdown": tricks})).send().await.unwrap().json().await.unwrap();
        assert!(!preview["html"].as_str().unwrap().contains("<script"));
        let denied = app.client.post(app.url("/api/v1/admin/preview")).bearer_auth(&learner).json(&json!({"markdown": "x"})).send().await.unwrap();
        assert_eq!(denied.status(), 403);
    }
}
