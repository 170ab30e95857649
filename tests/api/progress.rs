//! Active time, completion, exemptions and the learner's progress over HTTP, with a moved clock.

use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, TestApp, problem};

const COURSE: &str = "environmental-sustainability";
/// 45 minutes at the default share of 0.5.
const PACKAGING_REQUIRED: i64 = 45 * 60 / 2;

async fn beat(app: &TestApp, token: &str, module: &str, position: f64) -> Value {
    let response = app
        .client
        .post(app.url("/api/v1/progress/heartbeat"))
        .bearer_auth(token)
        .json(&json!({"course": COURSE, "module": module, "position": position}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

async fn progress_of(app: &TestApp, token: &str) -> Value {
    let body: Value =
        app.client.get(app.url("/api/v1/me/progress")).bearer_auth(token).send().await.unwrap().json().await.unwrap();
    body["courses"].as_array().unwrap().iter().find(|c| c["slug"] == COURSE).unwrap().clone()
}

fn module<'a>(course: &'a Value, slug: &str) -> &'a Value {
    course["modules"].as_array().unwrap().iter().find(|m| m["slug"] == slug).unwrap()
}

both_backends! {
    async fn heartbeats_need_a_session_and_a_known_module(app) {
        let (anonymous, _) = app.new_client();
        let anon = anonymous.post(app.url("/api/v1/progress/heartbeat")).json(&json!({"course": COURSE, "module": "why-circular"})).send().await.unwrap();
        assert_eq!(anon.status(), 401);
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        let post = |body: Value| app.client.post(app.url("/api/v1/progress/heartbeat")).bearer_auth(token.clone()).json(&body).send();
        assert_eq!(post(json!({"course": COURSE, "module": "nope"})).await.unwrap().status(), 404);
        assert_eq!(post(json!({"course": "nope", "module": "why-circular"})).await.unwrap().status(), 404);
        let bad = post(json!({"course": COURSE})).await.unwrap();
        assert_eq!(bad.status(), 422);
        assert!(problem(bad).await["errors"]["module"].is_string());
        let unknown = post(json!({"course": COURSE, "module": "why-circular", "seconds": 9999})).await.unwrap();
        assert_eq!(unknown.status(), 422, "a client cannot claim seconds");
    }

    async fn time_is_credited_by_the_server_clock_and_capped(app) {
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        let first = beat(&app, &token, "sustainable-packaging", 0.1).await;
        assert_eq!(first, json!({"active_seconds": 0, "required_seconds": PACKAGING_REQUIRED, "completed": false}));
        app.clock.advance(15);
        assert_eq!(beat(&app, &token, "sustainable-packaging", 0.2).await["active_seconds"], 15, "on time");
        for _ in 0..10 {
            assert_eq!(beat(&app, &token, "sustainable-packaging", 0.2).await["active_seconds"], 15, "a replay or flood earns nothing");
        }
        app.clock.advance(5);
        assert_eq!(beat(&app, &token, "sustainable-packaging", 0.2).await["active_seconds"], 20, "early: only the real time");
        app.clock.advance(600);
        assert_eq!(beat(&app, &token, "sustainable-packaging", 0.2).await["active_seconds"], 42, "late: at most 1.5 × the interval");
        app.clock.advance(-300);
        assert_eq!(beat(&app, &token, "sustainable-packaging", 0.2).await["active_seconds"], 42, "time going backwards earns nothing");
    }

    async fn two_modules_at_once_share_the_real_time(app) {
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        beat(&app, &token, "why-circular", 0.0).await;
        for _ in 0..10 {
            app.clock.advance(15);
            beat(&app, &token, "why-circular", 0.1).await;
            beat(&app, &token, "refresh-remanufactured-equipment", 0.1).await;
        }
        let course = progress_of(&app, &token).await;
        let a = module(&course, "why-circular")["active_seconds"].as_i64().unwrap();
        let b = module(&course, "refresh-remanufactured-equipment")["active_seconds"].as_i64().unwrap();
        assert_eq!(a + b, 150, "two tabs never earn more than the 150 s that passed ({a} + {b})");
    }

    async fn concurrent_beats_credit_the_elapsed_time_once(app) {
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        beat(&app, &token, "sustainable-packaging", 0.0).await;
        app.clock.advance(15);
        let mut tasks = Vec::new();
        for _ in 0..12 {
            let (client, url, token) = (app.client.clone(), app.url("/api/v1/progress/heartbeat"), token.clone());
            tasks.push(tokio::spawn(async move {
                client.post(url).bearer_auth(token).json(&json!({"course": COURSE, "module": "sustainable-packaging"})).send().await.unwrap().status()
            }));
        }
        for task in tasks {
            assert_eq!(task.await.unwrap(), 200);
        }
        let course = progress_of(&app, &token).await;
        assert_eq!(module(&course, "sustainable-packaging")["active_seconds"], 15);
    }

    async fn beats_committed_together_are_each_answered_for_themselves(app) {
        // Many learners at once: the group commit takes the waiting beats into one transaction.
        // A beat for an unknown module fails alone (its savepoint), the others are credited.
        let mut learners = Vec::new();
        for i in 0..8 {
            let (_, token) = app.user_with_role(&format!("Group Learner {i}"), "learner").await;
            beat(&app, &token, "sustainable-packaging", 0.0).await;
            learners.push(token);
        }
        app.clock.advance(10);
        let mut tasks = Vec::new();
        for round in 0..3 {
            for (i, token) in learners.iter().enumerate() {
                let module = if (i + round) % 4 == 0 { "no-such-module" } else { "sustainable-packaging" };
                let (client, url, token) = (app.client.clone(), app.url("/api/v1/progress/heartbeat"), token.clone());
                tasks.push(tokio::spawn(async move {
                    let status = client.post(url).bearer_auth(token).json(&json!({"course": COURSE, "module": module})).send().await.unwrap().status();
                    (module, status)
                }));
            }
        }
        for task in tasks {
            let (module, status) = task.await.unwrap();
            assert_eq!(status, if module == "no-such-module" { 404 } else { 200 }, "{module}");
        }
        for token in &learners {
            let course = progress_of(&app, token).await;
            assert_eq!(module(&course, "sustainable-packaging")["active_seconds"], 10, "each learner's 10 s, once");
        }
    }

    async fn a_module_completes_when_its_end_is_reached_with_enough_active_time(app) {
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        beat(&app, &token, "sustainable-packaging", 0.0).await;
        let mut last = Value::Null;
        while last["active_seconds"].as_i64().unwrap_or(0) < PACKAGING_REQUIRED {
            app.clock.advance(22);
            last = beat(&app, &token, "sustainable-packaging", 0.5).await;
            assert_eq!(last["completed"], false, "not before the end is reached");
        }
        let done = beat(&app, &token, "sustainable-packaging", 1.0).await;
        assert_eq!(done["completed"], true);
        let course = progress_of(&app, &token).await;
        let m = module(&course, "sustainable-packaging");
        assert_eq!((m["reached_end"].as_bool(), m["completed"].as_bool(), m["exempt"].as_bool()), (Some(true), Some(true), Some(false)));
        assert_eq!(course["training_complete"], false, "one module is not the training");
        assert_eq!(course["estimated_seconds"], 790 * 60);
    }

    async fn exemptions_complete_modules_and_the_training_and_are_for_admins_only(app) {
        let (learner, token) = app.user_with_role("Lee Learner", "learner").await;
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let url = app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id));
        let denied = app.client.post(&url).bearer_auth(&token).json(&json!({"course": COURSE, "reason": "please"})).send().await.unwrap();
        assert_eq!(denied.status(), 403);
        let grant = |body: Value| app.client.post(&url).bearer_auth(admin.clone()).json(&body).send();
        assert_eq!(grant(json!({"course": COURSE, "module": "why-circular", "reason": " "})).await.unwrap().status(), 422);
        let unknown = grant(json!({"course": COURSE, "module": "nope", "reason": "RPL"})).await.unwrap();
        assert_eq!(problem(unknown).await["errors"]["module"].as_str().unwrap(), "There is no module `nope` in this course.");
        let nobody = app.client.post(app.url("/api/v1/admin/users/999999/exemptions")).bearer_auth(&admin).json(&json!({"course": COURSE, "reason": "RPL"})).send().await.unwrap();
        assert_eq!(nobody.status(), 404);

        assert_eq!(grant(json!({"course": COURSE, "module": "why-circular", "reason": "Holds the earlier certificate (2024)"})).await.unwrap().status(), 201);
        let course = progress_of(&app, &token).await;
        assert_eq!(module(&course, "why-circular")["exempt"], true);
        assert_eq!(course["training_complete"], false);
        // A heartbeat answers that an exempt module is done, and only that one.
        assert_eq!(beat(&app, &token, "why-circular", 0.1).await["completed"], true);
        assert_eq!(beat(&app, &token, "sustainable-packaging", 0.1).await["completed"], false);

        assert_eq!(grant(json!({"course": COURSE, "reason": "Recognition of prior learning: programme pilot"})).await.unwrap().status(), 201);
        let course = progress_of(&app, &token).await;
        assert_eq!(course["training_complete"], true);
        assert!(course["modules"].as_array().unwrap().iter().all(|m| m["exempt"] == true));
        assert_eq!(beat(&app, &token, "sustainable-packaging", 0.2).await["completed"], true, "the whole training is exempt");

        app.set_role(learner.id, "learner");
        app.post_form("/login", &[("email", &learner.email), ("password", PASSWORD)]).await;
        let page = app.get("/training").await.text().await.unwrap();
        assert!(page.contains("Your training is complete (exempted)"), "{page}");
    }

    async fn modules_completed_by_study_and_exemption_complete_the_training(app) {
        let (learner, token) = app.user_with_role("Lee Learner", "learner").await;
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let courses: Vec<Value> = app.get("/api/v1/courses").await.json().await.unwrap();
        for m in courses[0]["modules"].as_array().unwrap() {
            if m["slug"] != "sustainable-packaging" {
                let r = app.client.post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id))).bearer_auth(&admin)
                    .json(&json!({"course": COURSE, "module": m["slug"], "reason": "Prior learning"})).send().await.unwrap();
                assert_eq!(r.status(), 201);
            }
        }
        assert_eq!(progress_of(&app, &token).await["training_complete"], false);
        beat(&app, &token, "sustainable-packaging", 0.0).await;
        for _ in 0..(PACKAGING_REQUIRED / 22 + 1) {
            app.clock.advance(22);
            beat(&app, &token, "sustainable-packaging", 1.0).await;
        }
        assert_eq!(progress_of(&app, &token).await["training_complete"], true, "completed at the moment it was earned");
    }

    async fn a_cookie_heartbeat_needs_the_csrf_token_in_a_header_or_the_body(app) {
        let (learner, _) = app.user_with_role("Lee Learner", "learner").await;
        app.post_form("/login", &[("email", &learner.email), ("password", PASSWORD)]).await;
        let url = app.url("/api/v1/progress/heartbeat");
        let body = json!({"course": COURSE, "module": "why-circular"});
        assert_eq!(app.client.post(&url).json(&body).send().await.unwrap().status(), 403);
        let csrf = app.csrf().await;
        let beacon = json!({"course": COURSE, "module": "why-circular", "csrf_token": csrf});
        let sent = app.client.post(&url).header("content-type", "text/plain;charset=UTF-8").body(beacon.to_string()).send().await.unwrap();
        assert_eq!(sent.status(), 200, "sendBeacon's text/plain body with the token");
        let with_header = app.client.post(&url).header("x-csrf-token", csrf).json(&body).send().await.unwrap();
        assert_eq!(with_header.status(), 200);
    }

    async fn admins_find_people_by_email_or_name(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let (learner, token) = app.user_with_role("Zoë Ñúñez", "learner").await;
        let search = |q: &str, t: &str| app.client.get(app.url(&format!("/api/v1/admin/users?query={q}"))).bearer_auth(t.to_owned()).send();
        let found: Vec<Value> = search("zoë", &admin).await.unwrap().json().await.unwrap();
        assert!(found.iter().any(|u| u["id"] == learner.id && u["name"] == "Zoë Ñúñez" && u["role"] == "learner"), "{found:?}");
        let by_email: Vec<Value> = search(&learner.email[..8], &admin).await.unwrap().json().await.unwrap();
        assert!(by_email.iter().any(|u| u["email"] == learner.email));
        assert_eq!(by_email[0].as_object().unwrap().len(), 5);
        let tricky: Vec<Value> = search("%25", &admin).await.unwrap().json().await.unwrap();
        assert!(tricky.len() <= 50);
        assert_eq!(search("x", &token).await.unwrap().status(), 403);
    }

    async fn the_dashboard_and_transcript_show_where_the_learner_stands(app) {
        let (learner, token) = app.user_with_role("Lee Learner", "learner").await;
        beat(&app, &token, "refresh-remanufactured-equipment", 0.0).await;
        app.clock.advance(15);
        beat(&app, &token, "refresh-remanufactured-equipment", 0.4).await;
        app.post_form("/login", &[("email", &learner.email), ("password", PASSWORD)]).await;
        let page = app.get("/training").await.text().await.unwrap();
        assert!(page.contains("0 of 12"), "{page}");
        assert!(page.contains("Resume “Refresh"), "resume where you left off");
        assert!(page.contains("40% through"));
        assert!(page.contains("In progress"));
        let transcript = app.get("/training/transcript").await;
        assert_eq!(transcript.status(), 200);
        let html = transcript.text().await.unwrap();
        assert!(html.contains("Training transcript") && html.contains("Lee Learner") && html.contains("Refresh"));
    }
}
