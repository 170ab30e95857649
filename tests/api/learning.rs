//! The learning experience over HTTP: knowledge checks (JSON and the form without JavaScript),
//! their first-try statistics, figures and sanitised SVG, full-text search, and the funnel that
//! never widens.

use serde_json::{Value, json};

use crate::both_backends;
use ess_academy::clock::Clock;

use crate::helpers::{PASSWORD, problem};

const COURSE: &str = "environmental-sustainability";

/// A module written for these tests: a figure, two checks and words found nowhere else.
const MODULE_MD: &str = r#"Pallets matter more than people think.

## Loading the truck

The zebrastriped pallets go first, then the boxed switches.

![Pallets stacked two high in the truck](../assets/truck.svg "How the truck is loaded")

## Check yourself

```check pallet-order
Which goes into the truck **first**?

- [ ] The boxed switches
  > The switches are loaded on top of the pallets, not under them.
- [x] The zebrastriped pallets
- [ ] The spare cables

> The pallets carry the weight: they go first, the switches after.
```

```check what-goes-in
Select all that apply: what travels in the truck?

- [x] Pallets
- [x] Boxed switches
- [ ] The customer's staff

> Goods travel; people do not.
```
"#;

const TRUCK_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" role="img" aria-labelledby="t"><title id="t">Truck</title><rect width="100" height="40" fill="#ccfbf1"/></svg>"##;

/// Publishes the test module (with its SVG) as the programme admin; returns the admin's token.
async fn publish_test_module(app: &crate::helpers::TestApp, slug: &str) -> String {
    let (admin, token) = app.user_with_role("Ada Admin", "programme_admin").await;
    app.post_form("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
    let form = reqwest::multipart::Form::new().text("csrf_token", app.csrf().await).part(
        "file",
        reqwest::multipart::Part::bytes(TRUCK_SVG.as_bytes().to_vec())
            .file_name("truck.svg")
            .mime_str("image/svg+xml")
            .unwrap(),
    );
    let upload =
        app.client.post(app.url(&format!("/admin/courses/{COURSE}/assets"))).multipart(form).send().await.unwrap();
    assert!(upload.headers()["location"].to_str().unwrap().ends_with("notice=uploaded"), "{:?}", upload.headers());
    let body = json!({"title": "Loading the truck", "minutes": 10, "objectives": ["Load a takeback truck"], "markdown": MODULE_MD, "publish": true});
    let saved = app
        .client
        .put(app.url(&format!("/api/v1/admin/courses/{COURSE}/modules/{slug}")))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(saved.status().is_success(), "{}", saved.text().await.unwrap());
    token
}

async fn answer(
    app: &crate::helpers::TestApp,
    token: &str,
    slug: &str,
    check: &str,
    selected: &[&str],
) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/courses/{COURSE}/modules/{slug}/checks/{check}")))
        .bearer_auth(token)
        .json(&json!({"selected": selected}))
        .send()
        .await
        .unwrap()
}

both_backends! {
    async fn a_learner_answers_a_check_wrongly_sees_why_and_answers_again(app) {
        let admin = publish_test_module(&app, "loading-the-truck").await;
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        let module: Value = app.client.get(app.url(&format!("/api/v1/courses/{COURSE}/modules/loading-the-truck"))).bearer_auth(&learner).send().await.unwrap().json().await.unwrap();
        let checks = module["checks"].as_array().unwrap();
        assert_eq!(checks.len(), 2);
        assert_eq!(checks[0]["id"], "pallet-order");
        assert_eq!(checks[0]["kind"], "single");
        assert_eq!(checks[1]["kind"], "multiple");
        assert!(checks[0]["stem_html"].as_str().unwrap().contains("<strong>first</strong>"));
        assert_eq!(checks[0]["options"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap()).collect::<Vec<_>>(), ["a", "b", "c"]);
        let serialized = serde_json::to_string(&module["checks"]).unwrap();
        for secret in ["correct", "explanation", "feedback", "carry the weight", "loaded on top"] {
            assert!(!serialized.contains(secret), "{secret} reached the browser before an answer: {serialized}");
        }
        assert!(!module["html"].as_str().unwrap().contains("carry the weight"), "the explanation is not in the prose");
        assert_eq!(module["figures"], json!([{"src": format!("/courses/{COURSE}/assets/truck.svg"), "alt": "Pallets stacked two high in the truck", "caption": "How the truck is loaded"}]));

        let wrong = answer(&app, &learner, "loading-the-truck", "pallet-order", &["a"]).await;
        assert_eq!(wrong.status(), 200);
        let wrong: Value = wrong.json().await.unwrap();
        assert_eq!(wrong["correct"], false);
        assert!(wrong["explanation_html"].as_str().unwrap().contains("The pallets carry the weight"));
        assert!(wrong["feedback_html"].as_str().unwrap().contains("loaded on top of the pallets"));
        let right: Value = answer(&app, &learner, "loading-the-truck", "pallet-order", &["b"]).await.json().await.unwrap();
        assert_eq!(right["correct"], true);
        assert!(right.get("feedback_html").is_none(), "no feedback was written for that option: {right}");
        let partial: Value = answer(&app, &learner, "loading-the-truck", "what-goes-in", &["a"]).await.json().await.unwrap();
        assert_eq!(partial["correct"], false, "all that apply means all of them");
        let whole: Value = answer(&app, &learner, "loading-the-truck", "what-goes-in", &["b", "a"]).await.json().await.unwrap();
        assert_eq!(whole["correct"], true);

        // Another learner right at once: the first tries are 1 of 2 for the first check.
        let (_, second) = app.user_with_role("Sam Second", "learner").await;
        assert_eq!(answer(&app, &second, "loading-the-truck", "pallet-order", &["b"]).await.status(), 200);
        let stats_path = format!("/api/v1/admin/courses/{COURSE}/checks");
        let forbidden = app.client.get(app.url(&stats_path)).bearer_auth(&learner).send().await.unwrap();
        assert_eq!(forbidden.status(), 403);
        let stats: Vec<Value> = app.client.get(app.url(&stats_path)).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
        let of = |check: &str| stats.iter().find(|s| s["module"] == "loading-the-truck" && s["check"] == check).unwrap().clone();
        assert_eq!(of("pallet-order")["answered"], 2);
        assert_eq!(of("pallet-order")["first_try_correct_percent"], 50.0);
        assert_eq!(of("what-goes-in")["answered"], 1);
        assert_eq!(of("what-goes-in")["first_try_correct_percent"], 0.0);
        let page = app.client.get(app.url(&format!("/admin/courses/{COURSE}/checks"))).bearer_auth(&admin).send().await.unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("pallet-order"));
    }

    async fn every_answer_raises_its_own_accounts_answers_version_and_no_other(app) {
        use diesel::prelude::*;
        use ess_academy::db::schema::users;
        publish_test_module(&app, "loading-the-truck").await;
        let (lee, learner) = app.user_with_role("Lee Learner", "learner").await;
        let (olga, _) = app.user_with_role("Olga Other", "learner").await;
        let version = |id: i64| -> i64 {
            users::table.find(id).select(users::answers_version).first(&mut *app.db().read().unwrap()).unwrap()
        };
        let (lee_before, olga_before) = (version(lee.id), version(olga.id));
        assert_eq!(answer(&app, &learner, "loading-the-truck", "pallet-order", &["a"]).await.status(), 200);
        let first = version(lee.id);
        assert!(first > lee_before, "a first answer (an insert) raises it: {lee_before} → {first}");
        assert_eq!(answer(&app, &learner, "loading-the-truck", "pallet-order", &["b"]).await.status(), 200);
        assert!(version(lee.id) > first, "a second answer (an update) raises it");
        let refused = answer(&app, &learner, "loading-the-truck", "pallet-order", &[]).await;
        assert_eq!(refused.status(), 422);
        let after = version(lee.id);
        assert_eq!(answer(&app, &learner, "loading-the-truck", "pallet-order", &["zz"]).await.status(), 422);
        assert_eq!(version(lee.id), after, "a refused answer changes nothing");
        assert_eq!(version(olga.id), olga_before, "another learner's version stays");
        // The page shows the answer the version stands for: the second, right one.
        let page = app.client.get(app.url(&format!("/courses/{COURSE}/loading-the-truck"))).bearer_auth(&learner).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(r#"kcheck-tries" data-count="2""#) && page.contains("kcheck-verdict-right"), "{page}");
    }

    async fn answers_that_break_the_rules_get_a_problem(app) {
        publish_test_module(&app, "loading-the-truck").await;
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        for (selected, why) in [(vec![], "nothing chosen"), (vec!["z"], "no such option"), (vec!["a", "b"], "two for a single answer")] {
            let response = answer(&app, &learner, "loading-the-truck", "pallet-order", &selected).await;
            assert_eq!(response.status(), 422, "{why}");
            assert_eq!(response.headers()["content-type"], "application/problem+json");
        }
        assert_eq!(answer(&app, &learner, "loading-the-truck", "no-such-check", &["a"]).await.status(), 404);
        assert_eq!(answer(&app, &learner, "no-such-module", "pallet-order", &["a"]).await.status(), 404);
        let (anonymous, _) = app.new_client();
        let signed_out = anonymous.post(app.url(&format!("/api/v1/courses/{COURSE}/modules/loading-the-truck/checks/pallet-order"))).json(&json!({"selected": ["a"]})).send().await.unwrap();
        assert_eq!(signed_out.status(), 401);
        let unknown_field = app.client.post(app.url(&format!("/api/v1/courses/{COURSE}/modules/loading-the-truck/checks/pallet-order"))).bearer_auth(&learner).json(&json!({"selected": ["a"], "correct": true})).send().await.unwrap();
        assert!(unknown_field.status().is_client_error());
    }

    async fn the_check_form_works_without_javascript(app) {
        publish_test_module(&app, "loading-the-truck").await;
        let (learner, _) = app.user_with_role("Noah Nojs", "learner").await;
        app.post_form("/login", &[("email", &learner.email), ("password", PASSWORD)]).await;
        let page_path = format!("/courses/{COURSE}/loading-the-truck");
        let page = app.get(&page_path).await.text().await.unwrap();
        assert!(page.contains(r#"id="check-pallet-order""#) && page.contains(r#"type="radio" name="selected" value="a""#), "{page}");
        assert!(page.contains(r#"type="checkbox" name="selected" value="a""#), "the multiple-answer check has checkboxes");
        assert!(!page.contains("carry the weight"), "no explanation before an answer");
        assert!(page.contains("<figure>") && page.contains("<figcaption>How the truck is loaded</figcaption>"));

        let action = format!("{page_path}/checks/pallet-order");
        let none = app.post_form(&action, &[]).await;
        assert_eq!(none.status(), 303);
        let location = none.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.contains("unanswered=pallet-order"), "{location}");
        assert!(app.get(&location).await.text().await.unwrap().contains("Choose an answer first."));

        let wrong = app.post_form(&action, &[("selected", "c")]).await;
        assert_eq!(wrong.status(), 303);
        assert_eq!(wrong.headers()["location"], format!("{page_path}#check-pallet-order"));
        let after = app.get(&page_path).await.text().await.unwrap();
        assert!(after.contains("Not quite: try again."), "told it is wrong");
        assert!(after.contains("The pallets carry the weight"), "with the explanation");
        assert!(after.contains(r#"value="c" checked"#), "the choice is shown again");
        app.post_form(&action, &[("selected", "b")]).await;
        let right = app.get(&page_path).await.text().await.unwrap();
        assert!(right.contains("✓ Right.") && right.contains("2 tries"), "{right}");
        app.post_form(&format!("{page_path}/checks/what-goes-in"), &[("selected", "a"), ("selected", "b")]).await;
        // Counted by their verdicts: the page also carries the word for its script (data-msg-right).
        let both = app.get(&page_path).await.text().await.unwrap();
        assert_eq!(both.matches(r#"kcheck-verdict-right">✓ Right."#).count(), 2, "both checks right");

        let forged = app.client.post(app.url(&action)).form(&[("selected", "b"), ("csrf_token", "forged")]).send().await.unwrap();
        assert_eq!(forged.status(), 403);
    }

    async fn an_svg_full_of_scripts_comes_out_harmless(app) {
        let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
        app.post_form("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
        let evil = r##"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)" viewBox="0 0 10 10"><script>alert(document.cookie)</script><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"/></foreignObject><a xlink:href="javascript:alert(1)"><rect width="5" height="5"/></a><image href="https://tracker.example/p.png"/><circle r="3" fill="#0f766e" onclick="alert(2)" style="fill:url(https://tracker.example/x)"/></svg>"##;
        let form = reqwest::multipart::Form::new().text("csrf_token", app.csrf().await).part(
            "file",
            reqwest::multipart::Part::bytes(evil.as_bytes().to_vec()).file_name("Evil Diagram.svg").mime_str("image/svg+xml").unwrap(),
        );
        let upload = app.client.post(app.url(&format!("/admin/courses/{COURSE}/assets"))).multipart(form).send().await.unwrap();
        assert!(upload.headers()["location"].to_str().unwrap().ends_with("notice=uploaded"));
        let served = app.get(&format!("/courses/{COURSE}/assets/evil-diagram.svg")).await;
        assert_eq!(served.status(), 200);
        assert_eq!(served.headers()["content-type"], "image/svg+xml");
        assert_eq!(served.headers()["content-security-policy"], "default-src 'none'; sandbox");
        let body = served.text().await.unwrap().to_lowercase();
        for bad in ["<script", "onload", "onclick", "javascript:", "foreignobject", "<iframe", "<a ", "<image", "tracker.example", "style="] {
            assert!(!body.contains(bad), "{bad} survived: {body}");
        }
        assert!(body.contains("<circle r=\"3\" fill=\"#0f766e\">"), "the drawing itself is kept: {body}");

        let not_svg = reqwest::multipart::Form::new().text("csrf_token", app.csrf().await).part(
            "file",
            reqwest::multipart::Part::bytes(b"<svg><unclosed></svg>".to_vec()).file_name("broken.svg").mime_str("image/svg+xml").unwrap(),
        );
        let refused = app.client.post(app.url(&format!("/admin/courses/{COURSE}/assets"))).multipart(not_svg).send().await.unwrap();
        assert!(refused.headers()["location"].to_str().unwrap().contains("error="), "a broken SVG is refused with a message");
    }

    async fn search_finds_a_phrase_and_links_to_its_section(app) {
        let admin = publish_test_module(&app, "loading-the-truck").await;
        let (_, learner) = app.user_with_role("Sue Searcher", "learner").await;
        let search = |q: &str, token: &str| {
            let url = app.url(&format!("/api/v1/search?q={}&course={COURSE}", urlencoding(q)));
            app.client.get(url).bearer_auth(token.to_owned()).send()
        };
        let hits: Vec<Value> = search("zebrastriped pallets go", &learner).await.unwrap().json().await.unwrap();
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0]["module"], "loading-the-truck");
        assert_eq!(hits[0]["course"], COURSE);
        assert_eq!(hits[0]["section"], "Loading the truck");
        assert_eq!(hits[0]["anchor"], "loading-the-truck");
        let snippet = hits[0]["snippet_html"].as_str().unwrap();
        assert!(snippet.contains("<mark>zebrastriped</mark>") && snippet.contains("<mark>pallets</mark>"), "{snippet}");

        // The shipped course: a phrase from a module body, and the page link to its section.
        let hits: Vec<Value> = search("registered equipment", &learner).await.unwrap().json().await.unwrap();
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| h["rank"].as_f64().unwrap() > 0.0));
        assert!(hits.windows(2).all(|w| w[0]["rank"].as_f64() >= w[1]["rank"].as_f64()), "best first");
        // A heading match ranks above text matches: "Loading the truck" is a heading here.
        let hits: Vec<Value> = search("truck", &learner).await.unwrap().json().await.unwrap();
        assert_eq!(hits[0]["anchor"], "loading-the-truck", "{hits:?}");
        // A prefix of the last word is enough.
        let hits: Vec<Value> = search("zebrastr", &learner).await.unwrap().json().await.unwrap();
        assert_eq!(hits.len(), 1);

        // Drafts are not searched; publishing makes the text findable at once; retiring hides it.
        let draft = json!({"title": "Loading the truck", "minutes": 10, "objectives": ["Load a takeback truck"], "markdown": format!("{MODULE_MD}\n## Unloading\n\nThe quokkafriendly ramp comes out last.\n"), "publish": false});
        let put = app.client.put(app.url(&format!("/api/v1/admin/courses/{COURSE}/modules/loading-the-truck"))).bearer_auth(&admin).json(&draft).send().await.unwrap();
        assert!(put.status().is_success());
        let none: Vec<Value> = search("quokkafriendly", &learner).await.unwrap().json().await.unwrap();
        assert!(none.is_empty(), "a draft is not searched: {none:?}");
        let published = json!({"title": "Loading the truck", "minutes": 10, "objectives": ["Load a takeback truck"], "markdown": format!("{MODULE_MD}\n## Unloading\n\nThe quokkafriendly ramp comes out last.\n"), "publish": true});
        app.client.put(app.url(&format!("/api/v1/admin/courses/{COURSE}/modules/loading-the-truck"))).bearer_auth(&admin).json(&published).send().await.unwrap();
        let found: Vec<Value> = search("quokkafriendly", &learner).await.unwrap().json().await.unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0]["anchor"], "unloading");

        let page = app.client.get(app.url("/search?q=zebrastriped")).bearer_auth(&learner).send().await.unwrap();
        let html = page.text().await.unwrap();
        assert!(html.contains(&format!("href=\"/courses/{COURSE}/loading-the-truck#loading-the-truck\"")), "{html}");
        assert!(html.contains("<mark>zebrastriped</mark>"));

        let empty = search("  ", &learner).await.unwrap();
        assert_eq!(empty.status(), 422);
        assert_eq!(problem(empty).await["errors"]["q"], "Search for a word or a number.");
        assert_eq!(search("***", &learner).await.unwrap().status(), 422);
        assert_eq!(search(&"a".repeat(201), &learner).await.unwrap().status(), 422);
        let (anonymous, _) = app.new_client();
        assert_eq!(anonymous.get(app.url("/api/v1/search?q=truck")).send().await.unwrap().status(), 401);
        // Search syntax never reaches the engine as syntax.
        for q in ["\"unbalanced", "NEAR(truck pallets)", "truck OR", "col:truck", "truck'; DROP TABLE users; --", "*"] {
            let response = search(q, &learner).await.unwrap();
            assert!(response.status() == 200 || response.status() == 422, "{q}: {}", response.status());
        }
    }

    async fn every_shipped_module_has_its_diagrams_and_checks(app) {
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        let courses: Vec<Value> = app.get("/api/v1/courses").await.json().await.unwrap();
        let course = courses.iter().find(|c| c["slug"] == COURSE).unwrap();
        let mut figures = 0;
        for module in course["modules"].as_array().unwrap() {
            let slug = module["slug"].as_str().unwrap();
            let content: Value = app.client.get(app.url(&format!("/api/v1/courses/{COURSE}/modules/{slug}"))).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
            let checks = content["checks"].as_array().unwrap();
            assert!(checks.len() >= 3, "{slug} has {} knowledge checks", checks.len());
            let these = content["figures"].as_array().unwrap();
            assert!(!these.is_empty(), "{slug} has no diagram");
            for figure in these {
                assert!(figure["alt"].as_str().unwrap().len() > 20, "{slug}: alt text that says what the picture shows");
                assert!(!figure["caption"].as_str().unwrap().is_empty());
                let src = figure["src"].as_str().unwrap();
                let image = app.get(src).await;
                assert_eq!(image.status(), 200, "{src}");
                assert_eq!(image.headers()["content-type"], "image/svg+xml");
            }
            figures += these.len();
        }
        assert!(figures >= 12, "{figures} diagrams");
    }

    async fn the_funnel_never_widens_and_counts_exemptions_as_starts(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let db = app.db();
        let now = app.clock.now();
        tokio::task::spawn_blocking(move || {
            ess_academy::demo::generate(&mut db.write().unwrap(), std::path::Path::new("courses"), now, 300, 7).unwrap();
        })
        .await
        .unwrap();
        // Someone exempted from the training who never opened a module.
        let (exempt, _) = app.user_with_role("Ex Empt", "learner").await;
        let granted = app.client.post(app.url(&format!("/api/v1/admin/users/{}/exemptions", exempt.id))).bearer_auth(&admin)
            .json(&json!({"course": COURSE, "reason": "Certified under the earlier programme"})).send().await.unwrap();
        assert!(granted.status().is_success(), "{}", granted.text().await.unwrap());
        let funnel: Value = app.client.get(app.url("/api/v1/admin/reports/funnel")).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
        let stages = ["registered", "verified", "started", "training_complete", "exam1_passed", "exam2_passed", "credential"];
        let rows = std::iter::once(&funnel["total"])
            .chain(funnel["by_month"].as_array().unwrap())
            .chain(funnel["by_country"].as_array().unwrap())
            .chain(funnel["by_partner"].as_array().unwrap());
        for row in rows {
            let counts: Vec<i64> = stages.iter().map(|s| row[s].as_i64().unwrap()).collect();
            assert!(counts.windows(2).all(|w| w[0] >= w[1]), "a stage holds more than the one before: {row}");
        }
        assert!(funnel["total"]["training_complete"].as_i64().unwrap() > 0);
        assert!(funnel["total"]["started"].as_i64() >= funnel["total"]["training_complete"].as_i64());
    }
}

fn urlencoding(q: &str) -> String {
    url::form_urlencoded::byte_serialize(q.as_bytes()).collect()
}
