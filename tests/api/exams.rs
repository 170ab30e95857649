//! The exam lifecycle over HTTP with a moved clock: availability, the paper, answers, the
//! deadline, submission (idempotent, concurrent), the sweeper, cooldown, attempts,
//! accommodations and statistics.

use std::collections::HashMap;

use diesel::prelude::*;
use ess_academy::db::schema::questions as q;
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{TestApp, problem};

pub(crate) const COURSE: &str = "environmental-sustainability";
pub(crate) const EXAM1: &str = "foundations";
pub(crate) const EXAM2: &str = "takeback-and-conversation";

/// A verified learner whose whole training is exempt (so exam 1 is open), and an admin.
async fn ready_learner(app: &TestApp) -> (i64, String, String) {
    let (learner, token, admin, _) = ready_learner_with_email(app).await;
    (learner, token, admin)
}

pub(crate) async fn ready_learner_with_email(app: &TestApp) -> (i64, String, String, String) {
    let (learner, token) = app.user_with_role("Lee Learner", "learner").await;
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id)))
        .bearer_auth(&admin)
        .json(&json!({"course": COURSE, "reason": "Exam tests"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    (learner.id, token, admin, learner.email)
}

pub(crate) async fn start(app: &TestApp, token: &str, exam: &str) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/exams/{COURSE}/{exam}/attempts")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn put_answer(
    app: &TestApp,
    token: &str,
    attempt: i64,
    question: &str,
    selected: &[String],
) -> reqwest::Response {
    app.client
        .put(app.url(&format!("/api/v1/attempts/{attempt}/answers/{question}")))
        .bearer_auth(token)
        .json(&json!({"selected": selected}))
        .send()
        .await
        .unwrap()
}

pub(crate) async fn submit(app: &TestApp, token: &str, attempt: i64) -> reqwest::Response {
    app.client.post(app.url(&format!("/api/v1/attempts/{attempt}/submit"))).bearer_auth(token).send().await.unwrap()
}

/// The correct option ids of every question of an attempt, read from the database (the test
/// plays an examiner who knows the key).
fn key(app: &TestApp, attempt: i64) -> HashMap<String, Vec<String>> {
    crate::helpers::answer_key(app, attempt)
}

pub(crate) async fn answer_all(app: &TestApp, token: &str, attempt: i64, right: usize) {
    let key = key(app, attempt);
    for (i, (question, correct)) in key.iter().enumerate() {
        let selected: Vec<String> = if i < right { correct.clone() } else { vec![] };
        assert_eq!(put_answer(app, token, attempt, question, &selected).await.status(), 200);
    }
}

both_backends! {
    async fn exams_are_listed_and_locked_until_the_training_is_complete(app) {
        let (_, anonymous) = (0, app.new_client().0);
        assert_eq!(anonymous.get(app.url("/api/v1/exams")).send().await.unwrap().status(), 401);
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        let exams: Vec<Value> = app.client.get(app.url("/api/v1/exams")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(exams.len(), 2);
        let first = &exams[0];
        assert_eq!((first["slug"].as_str(), first["questions"].as_i64(), first["time_limit_seconds"].as_i64(), first["pass_percent"].as_i64()), (Some(EXAM1), Some(35), Some(3600), Some(80)));
        assert_eq!((first["available"].as_bool(), first["attempts_left"].as_i64(), first["passed"].as_bool()), (Some(false), Some(3), Some(false)));
        assert!(first["reason_unavailable"].as_str().unwrap().contains("training is complete"));
        let locked = start(&app, &token, EXAM1).await;
        assert_eq!(locked.status(), 403);
        assert!(problem(locked).await["detail"].as_str().unwrap().contains("training is complete"));
        assert_eq!(start(&app, &token, "no-such-exam").await.status(), 404);
    }

    async fn the_paper_is_drawn_once_stored_and_never_carries_the_key(app) {
        let (_, token, _) = ready_learner(&app).await;
        let first = start(&app, &token, EXAM1).await;
        assert_eq!(first.status(), 201);
        let text = first.text().await.unwrap();
        for leak in ["\"correct\"", "\"correct_options\"", "\"explanation_html\"", "\"index\"", "\"review\":["] {
            assert!(!text.contains(leak), "{leak} leaked before grading");
        }
        let db = app.db();
        let explanations: Vec<String> = q::table.select(q::explanation_html).load(&mut *db.read().unwrap()).unwrap();
        assert!(explanations.len() > 200);
        for explanation in explanations.iter().filter(|e| e.len() > 40) {
            let serialized = serde_json::to_string(explanation).unwrap();
            assert!(!text.contains(serialized.trim_matches('"')), "an explanation leaked: {explanation}");
        }
        let paper: Value = serde_json::from_str(&text).unwrap();
        let questions = paper["questions"].as_array().unwrap();
        assert_eq!(questions.len(), 35);
        assert!(paper["remaining_seconds"].as_i64().unwrap() == 3600);
        assert!(questions.iter().all(|q| q["id"].as_str().unwrap().starts_with('q') && q["options"].as_array().unwrap().len() >= 2));
        let again = start(&app, &token, EXAM1).await;
        assert_eq!(again.status(), 200, "a second start returns the open attempt");
        let again: Value = again.json().await.unwrap();
        assert_eq!(again["attempt_id"], paper["attempt_id"]);
        assert_eq!(again["questions"], paper["questions"], "the same paper, same order, same option ids");
        let id = paper["attempt_id"].as_i64().unwrap();
        let reloaded = app.client.get(app.url(&format!("/api/v1/attempts/{id}"))).bearer_auth(&token).send().await.unwrap().text().await.unwrap();
        assert!(!reloaded.contains("\"correct\"") && !reloaded.contains("\"explanation_html\""));
        // The new paper was built from what was drawn, without reading it back: the stored
        // attempt says the same.
        let reloaded: Value = serde_json::from_str(&reloaded).unwrap();
        for field in ["attempt_id", "lang", "deadline", "remaining_seconds", "questions"] {
            assert_eq!(reloaded[field], paper[field], "{field} as stored");
        }
        assert!(paper["questions"].as_array().unwrap().iter().all(|q| !q["stem_html"].as_str().unwrap().is_empty()
            && q["options"].as_array().unwrap().iter().all(|o| !o["html"].as_str().unwrap().is_empty())));
        let (_, other) = app.user_with_role("Ola Other", "learner").await;
        assert_eq!(app.client.get(app.url(&format!("/api/v1/attempts/{id}"))).bearer_auth(&other).send().await.unwrap().status(), 404, "not someone else's");
    }

    async fn papers_are_drawn_from_the_current_questions_after_the_pool_was_kept(app) {
        use ess_academy::db::schema::{attempt_questions as aq, exams as e};
        // A first start keeps the exam's pool of questions in memory.
        let (_, token, _) = ready_learner(&app).await;
        assert_eq!(start(&app, &token, EXAM1).await.status(), 201);
        // The bank changes behind the instance's back, as an import by another process would:
        // every question beyond what the blueprint draws is retired.
        let db = app.db();
        let mut kept = Vec::new();
        {
            let mut conn = db.write().unwrap();
            let (exam_id, blueprint): (i64, String) =
                e::table.filter(e::slug.eq(EXAM1)).select((e::id, e::blueprint_json)).first(&mut *conn).unwrap();
            for entry in serde_json::from_str::<Vec<Value>>(&blueprint).unwrap() {
                let count = entry["count"].as_u64().unwrap() as usize;
                let ids: Vec<i64> = q::table
                    .filter(q::exam_id.eq(exam_id))
                    .filter(q::topic.eq(entry["topic"].as_str().unwrap()))
                    .filter(q::retired_at.is_null())
                    .order(q::id)
                    .select(q::id)
                    .load(&mut *conn)
                    .unwrap();
                assert!(ids.len() > count, "the pool of {} is larger than its draw", entry["topic"]);
                kept.extend_from_slice(&ids[..count]);
                diesel::update(q::table.filter(q::id.eq_any(&ids[count..])))
                    .set(q::retired_at.eq(Some(1_i64)))
                    .execute(&mut *conn)
                    .unwrap();
            }
            // The exam's row is kept with its pool: its time limit changes too.
            diesel::update(e::table.filter(e::id.eq(exam_id))).set(e::time_limit_seconds.eq(1800_i64)).execute(&mut *conn).unwrap();
        }
        // Within the age a content generation may have (250 ms), the next paper knows.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let (_, other, _) = ready_learner(&app).await;
        let paper: Value = start(&app, &other, EXAM1).await.json().await.unwrap();
        let mut drawn: Vec<i64> = aq::table
            .filter(aq::attempt_id.eq(paper["attempt_id"].as_i64().unwrap()))
            .select(aq::question_id)
            .load(&mut *db.read().unwrap())
            .unwrap();
        drawn.sort_unstable();
        kept.sort_unstable();
        assert_eq!(drawn, kept, "the paper is exactly the questions still current");
        assert_eq!(paper["remaining_seconds"], 1800, "the exam's time limit as it is now");
    }

    async fn answers_are_checked_saved_and_refused_after_the_deadline_and_grace(app) {
        let (_, token, _) = ready_learner(&app).await;
        let paper: Value = start(&app, &token, EXAM1).await.json().await.unwrap();
        let id = paper["attempt_id"].as_i64().unwrap();
        let q0 = &paper["questions"][0];
        let q1 = &paper["questions"][1];
        let own = q0["options"][0]["id"].as_str().unwrap().to_owned();
        let other = q1["options"][0]["id"].as_str().unwrap().to_owned();
        let saved = put_answer(&app, &token, id, q0["id"].as_str().unwrap(), std::slice::from_ref(&own)).await;
        assert_eq!(saved.status(), 200);
        assert!(saved.json::<Value>().await.unwrap()["saved_at"].as_str().unwrap().ends_with('Z'));
        let foreign = put_answer(&app, &token, id, q0["id"].as_str().unwrap(), &[other]).await;
        assert_eq!(foreign.status(), 422);
        assert!(problem(foreign).await["errors"]["selected"].is_string());
        assert_eq!(put_answer(&app, &token, id, "q-unknown", std::slice::from_ref(&own)).await.status(), 404);
        let state: Value = app.client.get(app.url(&format!("/api/v1/attempts/{id}"))).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(state["answers"][q0["id"].as_str().unwrap()], json!([own]), "a reload shows the saved answer");
        assert_eq!(state["state"], "open");

        app.clock.advance(3600 + 20);
        assert_eq!(put_answer(&app, &token, id, q0["id"].as_str().unwrap(), std::slice::from_ref(&own)).await.status(), 200, "within the 30 s grace");
        app.clock.advance(15);
        let late = put_answer(&app, &token, id, q0["id"].as_str().unwrap(), &[]).await;
        assert_eq!(late.status(), 409, "after the deadline and its grace");
        let result: Value = submit(&app, &token, id).await.json().await.unwrap();
        assert_eq!(result["passed"], false, "a late submission grades what was saved");
        assert_eq!(put_answer(&app, &token, id, q0["id"].as_str().unwrap(), &[]).await.status(), 409, "after submit");
    }

    async fn a_good_paper_passes_and_unlocks_the_next_exam(app) {
        let (user_id, token, _) = ready_learner(&app).await;
        let locked = start(&app, &token, EXAM2).await;
        assert_eq!(locked.status(), 403);
        assert!(problem(locked).await["detail"].as_str().unwrap().contains("Sustainability and circular-economy foundations"));
        let paper: Value = start(&app, &token, EXAM1).await.json().await.unwrap();
        let id = paper["attempt_id"].as_i64().unwrap();
        answer_all(&app, &token, id, 28).await;
        let result: Value = submit(&app, &token, id).await.json().await.unwrap();
        assert_eq!((result["score_percent"].as_i64(), result["passed"].as_bool()), (Some(80), Some(true)), "28 of 35 is 80 %");
        let topics = result["topics"].as_array().unwrap();
        assert_eq!(topics.iter().map(|t| t["total"].as_i64().unwrap()).sum::<i64>(), 35);
        assert_eq!(topics.iter().map(|t| t["correct"].as_i64().unwrap()).sum::<i64>(), 28);
        assert!(!serde_json::to_string(&result).unwrap().contains("correct_options"), "topics only: the review policy is topics");
        assert_eq!(start(&app, &token, EXAM1).await.status(), 409, "passed already");

        let second: Value = start(&app, &token, EXAM2).await.json().await.unwrap();
        let id2 = second["attempt_id"].as_i64().unwrap();
        answer_all(&app, &token, id2, 35).await;
        let result: Value = submit(&app, &token, id2).await.json().await.unwrap();
        assert_eq!(result["score_percent"], 100);
        let db = app.db();
        let earned = tokio::task::spawn_blocking(move || {
            let mut conn = db.read().unwrap();
            let course_id: i64 = ess_academy::db::schema::courses::table.select(ess_academy::db::schema::courses::id).first(&mut *conn).unwrap();
            ess_academy::exams::attempts::specialization_earned(&mut conn, user_id, course_id, "c1").unwrap()
        }).await.unwrap();
        assert!(earned, "training complete and both exams passed: the credential hook says so");

        // The credential is issued once, with an e-mail, and anyone can verify it.
        let db = app.db();
        let rows: Vec<(String, String)> = ess_academy::db::schema::credentials::table
            .select((ess_academy::db::schema::credentials::public_id, ess_academy::db::schema::credentials::holder_name))
            .load(&mut *db.read().unwrap())
            .unwrap();
        assert_eq!(rows.len(), 1);
        let (public_id, holder) = rows[0].clone();
        assert!(public_id.len() >= 22, "at least 128 bits: {public_id}");
        assert_eq!(holder, "Lee Learner");
        let email: String = ess_academy::db::schema::users::table.find(user_id).select(ess_academy::db::schema::users::email).first(&mut *db.read().unwrap()).unwrap();
        let mail = app.smtp.wait_for_subject(&email, "You are an Environmental Sustainability Specialist").await;
        let (file_name, content_type, pdf) = &mail.attachments[0];
        assert_eq!((file_name.as_str(), content_type.as_str()), (format!("ess-certificate-{public_id}.pdf").as_str(), "application/pdf"));
        assert!(pdf.starts_with(b"%PDF-"), "the certificate is attached");
        let result = app.smtp.wait_for_subject(&email, "You passed").await;
        assert!(result.text.contains("/result"), "{}", result.text);
        assert!(mail.text.contains(&format!("/verify/{public_id}")));
        let (anonymous, _) = app.new_client();
        let page = anonymous.get(app.url(&format!("/verify/{public_id}"))).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Lee Learner") && html.contains("Valid."));
        let json: Value = anonymous.get(app.url(&format!("/verify/{public_id}.json"))).send().await.unwrap().json().await.unwrap();
        assert_eq!((json["id"].as_str(), json["name"].as_str(), json["credential"].as_str(), json["status"].as_str()), (Some(public_id.as_str()), Some("Lee Learner"), Some("Environmental Sustainability Specialist"), Some("valid")));
        assert!(json["issued_at"].as_str().unwrap().ends_with('Z') && json.get("revocation_reason").is_none());
        assert_eq!(anonymous.get(app.url("/verify/not-a-credential")).send().await.unwrap().status(), 404);
        assert_eq!(anonymous.get(app.url("/verify/not-a-credential.json")).send().await.unwrap().status(), 404);

        // The certificate: for the holder (and admins), 404 for anyone else.
        let pdf = app.client.get(app.url(&format!("/credentials/{public_id}/certificate.pdf"))).bearer_auth(&token).send().await.unwrap();
        assert_eq!(pdf.status(), 200);
        assert_eq!(pdf.headers()["content-type"], "application/pdf");
        let etag = pdf.headers()["etag"].to_str().unwrap().to_owned();
        let bytes = pdf.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let again = app.client.get(app.url(&format!("/credentials/{public_id}/certificate.pdf"))).bearer_auth(&token).header("if-none-match", &etag).send().await.unwrap();
        assert_eq!(again.status(), 304);
        let (_, stranger) = app.user_with_role("Sam Stranger", "learner").await;
        assert_eq!(app.client.get(app.url(&format!("/credentials/{public_id}/certificate.pdf"))).bearer_auth(&stranger).send().await.unwrap().status(), 404);

        // The badge: SVG and PNG at both sizes with the Open Badges 2.0 assertion baked in.
        let svg = app.client.get(app.url(&format!("/credentials/{public_id}/badge.svg"))).bearer_auth(&token).send().await.unwrap();
        assert_eq!(svg.headers()["content-type"], "image/svg+xml");
        let svg = svg.text().await.unwrap();
        assert!(svg.contains("Lee Learner") && svg.contains("openbadges:assertion"));
        let assertion_url = app.url(&format!("/ob/assertions/{public_id}.json"));
        for size in [600u32, 1200] {
            let png = app.client.get(app.url(&format!("/credentials/{public_id}/badge.png?size={size}"))).bearer_auth(&token).send().await.unwrap().bytes().await.unwrap();
            assert_eq!(ess_academy::credentials::badge::png_size(&png), Some((size, size)));
            assert_eq!(ess_academy::credentials::badge::baked_text(&png, "openbadges"), Some(assertion_url.clone()));
        }
        assert_eq!(app.client.get(app.url(&format!("/credentials/{public_id}/badge.png?size=700"))).bearer_auth(&token).send().await.unwrap().status(), 422);
        let signature = anonymous.get(app.url(&format!("/credentials/{public_id}/signature.png"))).send().await.unwrap();
        assert_eq!(signature.status(), 200, "e-mail clients fetch it without a session");
        assert_eq!(ess_academy::credentials::badge::png_size(&signature.bytes().await.unwrap()), Some((1200, 240)));
        let hosted: Value = anonymous.get(&assertion_url).send().await.unwrap().json().await.unwrap();
        assert_eq!((hosted["type"].as_str(), hosted["verification"]["type"].as_str()), (Some("Assertion"), Some("hosted")));
        assert!(hosted["recipient"]["identity"].as_str().unwrap().starts_with("sha256$"));
        let badge_class: Value = anonymous.get(hosted["badge"].as_str().unwrap()).send().await.unwrap().json().await.unwrap();
        assert_eq!(badge_class["type"], "BadgeClass");
        let issuer: Value = anonymous.get(badge_class["issuer"].as_str().unwrap()).send().await.unwrap().json().await.unwrap();
        assert_eq!(issuer["name"], "ESS Academy");

        let revoke_url = app.url(&format!("/api/v1/admin/credentials/{public_id}/revoke"));
        assert_eq!(app.client.post(&revoke_url).bearer_auth(&token).json(&json!({"reason": "x"})).send().await.unwrap().status(), 403);
        let (_, admin) = app.user_with_role("Rita Revoker", "programme_admin").await;
        assert_eq!(app.client.post(&revoke_url).bearer_auth(&admin).json(&json!({"reason": " "})).send().await.unwrap().status(), 422);
        assert_eq!(app.client.post(&revoke_url).bearer_auth(&admin).json(&json!({"reason": "Issued in error"})).send().await.unwrap().status(), 200);
        assert_eq!(app.client.post(&revoke_url).bearer_auth(&admin).json(&json!({"reason": "Again"})).send().await.unwrap().status(), 409);
        let json: Value = anonymous.get(app.url(&format!("/verify/{public_id}.json"))).send().await.unwrap().json().await.unwrap();
        assert_eq!((json["status"].as_str(), json["revocation_reason"].as_str()), (Some("revoked"), Some("Issued in error")));
        assert_eq!(anonymous.get(&assertion_url).send().await.unwrap().status(), 410, "a revoked assertion is gone");
        let svg = app.client.get(app.url(&format!("/credentials/{public_id}/badge.svg"))).bearer_auth(&token).send().await.unwrap().text().await.unwrap();
        assert!(svg.contains("REVOKED"), "a revoked badge says so");
    }

    async fn concurrent_passing_submits_issue_one_credential(app) {
        let (_, token, _) = ready_learner(&app).await;
        let first: Value = start(&app, &token, EXAM1).await.json().await.unwrap();
        let id1 = first["attempt_id"].as_i64().unwrap();
        answer_all(&app, &token, id1, 35).await;
        submit(&app, &token, id1).await;
        let second: Value = start(&app, &token, EXAM2).await.json().await.unwrap();
        let id2 = second["attempt_id"].as_i64().unwrap();
        answer_all(&app, &token, id2, 35).await;
        let mut tasks = Vec::new();
        for _ in 0..6 {
            let (client, url, token) = (app.client.clone(), app.url(&format!("/api/v1/attempts/{id2}/submit")), token.clone());
            tasks.push(tokio::spawn(async move { client.post(url).bearer_auth(token).send().await.unwrap().status() }));
        }
        for task in tasks {
            assert_eq!(task.await.unwrap(), 200);
        }
        let db = app.db();
        let count: i64 = ess_academy::db::schema::credentials::table.count().get_result(&mut *db.read().unwrap()).unwrap();
        assert_eq!(count, 1);
    }

    async fn concurrent_submits_grade_once_and_agree(app) {
        let (_, token, _) = ready_learner(&app).await;
        let paper: Value = start(&app, &token, EXAM1).await.json().await.unwrap();
        let id = paper["attempt_id"].as_i64().unwrap();
        answer_all(&app, &token, id, 20).await;
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (client, url, token) = (app.client.clone(), app.url(&format!("/api/v1/attempts/{id}/submit")), token.clone());
            tasks.push(tokio::spawn(async move { client.post(url).bearer_auth(token).send().await.unwrap().json::<Value>().await.unwrap() }));
        }
        let mut results = Vec::new();
        for task in tasks {
            results.push(task.await.unwrap());
        }
        assert!(results.windows(2).all(|w| w[0] == w[1]), "{results:?}");
        assert_eq!(results[0]["score_percent"], 57);
        app.clock.advance(10);
        let again: Value = submit(&app, &token, id).await.json().await.unwrap();
        assert_eq!(again, results[0], "a later submit returns the same result");
    }

    async fn a_start_that_meets_an_expired_attempt_closes_it_in_a_synced_transaction(app) {
        // A start commits without waiting for the disk, unless it must first close (and grade)
        // an attempt whose time ran out: then it begins again, synced. Either way the learner
        // gets the answer a start always gave: here the pause after the closed attempt.
        let (_, token, _) = ready_learner(&app).await;
        let first = start(&app, &token, EXAM1).await;
        assert_eq!(first.status(), 201);
        let id = first.json::<Value>().await.unwrap()["attempt_id"].as_i64().unwrap();
        let again = start(&app, &token, EXAM1).await;
        assert_eq!(again.status(), 200, "the open attempt is given back");
        assert_eq!(again.json::<Value>().await.unwrap()["attempt_id"], id);
        app.clock.advance(3600 + 31);
        let after = start(&app, &token, EXAM1).await;
        assert_eq!(after.status(), 409);
        let detail = problem(after).await["detail"].as_str().unwrap().to_owned();
        assert!(detail.contains("try again in 24 hours"), "{detail}");
        let state: Value = app.client.get(app.url(&format!("/api/v1/attempts/{id}"))).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(state["remaining_seconds"], 0);
    }

    async fn the_sweeper_closes_attempts_whose_time_is_up(app) {
        let (_, token, _) = ready_learner(&app).await;
        let paper: Value = start(&app, &token, EXAM1).await.json().await.unwrap();
        let id = paper["attempt_id"].as_i64().unwrap();
        answer_all(&app, &token, id, 30).await;
        app.clock.advance(3600 + 31);
        let db = app.db();
        let now = ess_academy::clock::Clock::now(&app.clock);
        let mailer = ess_academy::mail::Mailer::new(std::sync::Arc::new(ess_academy::templates::load().unwrap()), app.address.clone());
        let closed = tokio::task::spawn_blocking(move || ess_academy::exams::attempts::sweep(&mut db.write().unwrap(), &mailer, now).unwrap()).await.unwrap();
        assert_eq!(closed, 1);
        let state: Value = app.client.get(app.url(&format!("/api/v1/attempts/{id}"))).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(state["state"], "submitted");
        assert_eq!(state["result"]["score_percent"], 85);
        assert_eq!(state["remaining_seconds"], 0);
    }

    async fn cooldown_attempt_limits_and_accommodations(app) {
        let (user_id, _, admin, email) = ready_learner_with_email(&app).await;
        for attempt in 1..=3 {
            // Sessions last 12 hours: log in again after each day.
            let token = app.login(&email, crate::helpers::PASSWORD).await;
            let started = start(&app, &token, EXAM1).await;
            assert_eq!(started.status(), 201, "attempt {attempt}");
            let id = started.json::<Value>().await.unwrap()["attempt_id"].as_i64().unwrap();
            assert_eq!(submit(&app, &token, id).await.json::<Value>().await.unwrap()["passed"], false);
            let waiting = start(&app, &token, EXAM1).await;
            assert_eq!(waiting.status(), 409);
            let detail = problem(waiting).await["detail"].as_str().unwrap().to_owned();
            if attempt < 3 {
                assert!(detail.contains("try again in 24 hours"), "{detail}");
            } else {
                assert!(detail.contains("used all 3 attempts"), "{detail}");
            }
            app.clock.advance(24 * 3600);
        }
        let token = app.login(&email, crate::helpers::PASSWORD).await;
        let admin = {
            let _ = admin;
            app.user_with_role("Ada Second", "programme_admin").await.1
        };
        assert_eq!(start(&app, &token, EXAM1).await.status(), 409, "no attempts left");
        let url = app.url(&format!("/api/v1/admin/users/{user_id}/accommodations"));
        let denied = app.client.post(&url).bearer_auth(&token).json(&json!({"course": COURSE, "exam": EXAM1, "extra_attempts": 1, "reason": "x"})).send().await.unwrap();
        assert_eq!(denied.status(), 403);
        let bad = app.client.post(&url).bearer_auth(&admin).json(&json!({"course": COURSE, "exam": EXAM1, "extra_time_percent": 500, "reason": ""})).send().await.unwrap();
        let p = problem(bad).await;
        assert!(p["errors"]["extra_time_percent"].is_string() && p["errors"]["reason"].is_string());
        let granted = app.client.post(&url).bearer_auth(&admin).json(&json!({"course": COURSE, "exam": EXAM1, "extra_attempts": 1, "extra_time_percent": 50, "reason": "Assistive technology"})).send().await.unwrap();
        assert_eq!(granted.status(), 201);
        let fourth = start(&app, &token, EXAM1).await;
        assert_eq!(fourth.status(), 201);
        assert_eq!(fourth.json::<Value>().await.unwrap()["remaining_seconds"], 5400, "50 % more time");
    }

    async fn an_unverified_learner_cannot_start(app) {
        let (admin_user, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let _ = admin_user;
        let learner = app.register("Una Verified").await;
        let token = app.login(&learner.email, crate::helpers::PASSWORD).await;
        app.client.post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id))).bearer_auth(&admin)
            .json(&json!({"course": COURSE, "reason": "Exam tests"})).send().await.unwrap();
        let denied = start(&app, &token, EXAM1).await;
        assert_eq!(denied.status(), 403);
        assert!(problem(denied).await["detail"].as_str().unwrap().contains("Verify your e-mail"));
    }

    async fn statistics_describe_every_question_version(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        for (i, right) in [35usize, 25, 10, 30].into_iter().enumerate() {
            let (_, token, _) = ready_learner(&app).await;
            let _ = i;
            let id = start(&app, &token, EXAM1).await.json::<Value>().await.unwrap()["attempt_id"].as_i64().unwrap();
            answer_all(&app, &token, id, right).await;
            submit(&app, &token, id).await;
        }
        let url = app.url(&format!("/api/v1/admin/exams/{COURSE}/{EXAM1}/statistics"));
        let stats: Value = app.client.get(&url).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
        assert_eq!(stats["graded_attempts"], 4);
        let items = stats["items"].as_array().unwrap();
        assert!(!items.is_empty());
        assert!(items.iter().all(|i| i["facility"].as_f64().is_some_and(|f| (0.0..=1.0).contains(&f))));
        assert!(stats["cronbach_alpha"].is_number(), "{stats}");
        // Every paper was answered in English: one language row per item, holding all its answers.
        for item in items {
            let rows = item["by_language"].as_array().unwrap();
            assert_eq!(rows.len(), 1, "{item}");
            assert_eq!((rows[0]["lang"].as_str(), rows[0]["attempts"].as_i64(), rows[0]["flagged"].as_bool()), (Some("en"), item["attempts"].as_i64(), Some(false)));
            assert_eq!(rows[0]["facility"], item["facility"]);
        }
        let csv = app.client.get(&url).bearer_auth(&admin).header("accept", "text/csv").send().await.unwrap();
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let text = csv.text().await.unwrap();
        assert!(text.starts_with("question,version,topic,attempts,facility,discrimination"));
        assert_eq!(text.lines().count(), items.len() + 1);
        let german = app.client.get(&url).bearer_auth(&admin).header("accept", "text/csv").header("accept-language", "de").send().await.unwrap().text().await.unwrap();
        assert!(german.starts_with("Frage,Version,Thema,Versuche,Lösungsquote,Trennschärfe,"), "{german}");
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        assert_eq!(app.client.get(&url).bearer_auth(&learner).send().await.unwrap().status(), 403);
    }
}

both_backends! {
    async fn admins_use_the_statistics_page_and_the_accommodation_form(app) {
        let (learner_id, _, _) = ready_learner(&app).await;
        let (admin, _) = app.user_with_role("Pat Admin", "programme_admin").await;
        app.post_form("/login", &[("email", &admin.email), ("password", crate::helpers::PASSWORD)]).await;
        let page = app.get(&format!("/admin/courses/{COURSE}/exams/{EXAM1}/statistics")).await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("item statistics"));
        let csv = app.get(&format!("/admin/courses/{COURSE}/exams/{EXAM1}/statistics.csv")).await;
        assert!(csv.headers()["content-disposition"].to_str().unwrap().contains("foundations-statistics.csv"));
        let japanese = app.client.get(app.url(&format!("/admin/courses/{COURSE}/exams/{EXAM1}/statistics.csv"))).header("accept-language", "ja").send().await.unwrap();
        assert!(japanese.text().await.unwrap().starts_with("問題,バージョン,トピック,受験回数,正答率,"), "the header in the page's language");
        let path = format!("/admin/users/{learner_id}/accommodations");
        let bad = app.post_form(&path, &[("exam", "environmental-sustainability/foundations"), ("extra_time_percent", "900"), ("extra_attempts", ""), ("reason", "Dyslexia")]).await;
        assert_eq!(bad.status(), 422);
        let html = bad.text().await.unwrap();
        assert!(html.contains("Give 0–200 percent of extra time.") && html.contains("value=\"Dyslexia\""), "the message and the input");
        let good = app.post_form(&path, &[("exam", "environmental-sustainability/foundations"), ("extra_time_percent", "25"), ("extra_attempts", "0"), ("reason", "Dyslexia")]).await;
        assert_eq!(good.status(), 303);
        let exams: Vec<Value> = app.client.get(app.url("/api/v1/exams")).bearer_auth(app.login(&admin.email, crate::helpers::PASSWORD).await).send().await.unwrap().json().await.unwrap();
        assert_eq!(exams[0]["time_limit_seconds"], 3600, "the admin's own limit is unchanged");
    }
}

async fn put_flag(app: &TestApp, token: &str, attempt: i64, question: &str, flagged: bool) -> reqwest::Response {
    app.client
        .put(app.url(&format!("/api/v1/attempts/{attempt}/flags/{question}")))
        .bearer_auth(token)
        .json(&json!({"flagged": flagged}))
        .send()
        .await
        .unwrap()
}

async fn attempt_state(app: &TestApp, token: &str, attempt: i64) -> Value {
    app.client
        .get(app.url(&format!("/api/v1/attempts/{attempt}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// A learner with an open attempt of exam 1 whose session cookie is the client's (for the pages
/// and their forms); returns the bearer token too, and the paper.
async fn learner_on_the_paper(app: &TestApp) -> (String, i64, Vec<Value>) {
    let (_, _, _, email) = ready_learner_with_email(app).await;
    let token = app.login(&email, crate::helpers::PASSWORD).await;
    let paper: Value = start(app, &token, EXAM1).await.json().await.unwrap();
    let id = paper["attempt_id"].as_i64().unwrap();
    (token, id, paper["questions"].as_array().unwrap().clone())
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// Posts the paper's form of page 2 as a browser without JavaScript does: its questions' ids
/// (`shown`), the page number and `fields`.
async fn post_page(app: &TestApp, attempt: i64, shown: &[String], fields: &[(&str, &str)]) -> reqwest::Response {
    let mut form: Vec<(&str, &str)> = shown.iter().map(|id| ("shown", id.as_str())).collect();
    form.push(("page", "2"));
    form.extend_from_slice(fields);
    app.post_form(&format!("/attempts/{attempt}"), &form).await
}

/// Text as a tera template prints it (autoescaped).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2F;")
}

/// The HTML between two markers of a page.
fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html.find(from).unwrap_or_else(|| panic!("{from} missing"));
    let rest = &html[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

both_backends! {
    async fn questions_are_flagged_and_unflagged_with_the_attempt(app) {
        let (token, id, questions) = learner_on_the_paper(&app).await;
        let q = |i: usize| questions[i]["id"].as_str().unwrap().to_owned();
        let flagged = put_flag(&app, &token, id, &q(3), true).await;
        assert_eq!(flagged.status(), 200);
        assert_eq!(flagged.json::<Value>().await.unwrap(), json!({"question": q(3), "flagged": true}));
        assert_eq!(put_flag(&app, &token, id, &q(0), true).await.status(), 200);
        assert_eq!(put_flag(&app, &token, id, &q(0), true).await.status(), 200, "flagging twice is no error");
        let state = attempt_state(&app, &token, id).await;
        assert_eq!(state["flagged"], json!([q(0), q(3)]), "kept with the attempt, in the paper's order");
        assert_eq!(state["answers"], json!({}), "a flag is no answer");
        let unflagged = put_flag(&app, &token, id, &q(0), false).await;
        assert_eq!(unflagged.json::<Value>().await.unwrap(), json!({"question": q(0), "flagged": false}));
        assert_eq!(attempt_state(&app, &token, id).await["flagged"], json!([q(3)]));

        assert_eq!(put_flag(&app, &token, id, "q-unknown", true).await.status(), 404);
        assert_eq!(put_flag(&app, &token, 999_999, &q(0), true).await.status(), 404);
        let url = app.url(&format!("/api/v1/attempts/{id}/flags/{}", q(1)));
        for body in [json!({"flagged": "yes"}), json!({}), json!({"flagged": true, "selected": []})] {
            let bad = app.client.put(&url).bearer_auth(&token).json(&body).send().await.unwrap();
            assert_eq!(bad.status(), 422, "{body}");
            assert!(problem(bad).await["errors"].is_object());
        }
        // With the session cookie, as the page's script calls it: the CSRF header is required.
        let no_header = app.client.put(&url).json(&json!({"flagged": true})).send().await.unwrap();
        assert_eq!(no_header.status(), 403);
        let csrf = app.csrf().await;
        let with_header = app.client.put(&url).header("x-csrf-token", csrf).json(&json!({"flagged": true})).send().await.unwrap();
        assert_eq!(with_header.status(), 200);

        let (_, other) = app.user_with_role("Ola Other", "learner").await;
        assert_eq!(put_flag(&app, &other, id, &q(3), false).await.status(), 404, "not someone else's attempt");
        assert_eq!(attempt_state(&app, &token, id).await["flagged"], json!([q(1), q(3)]), "untouched by the other learner");

        app.clock.advance(3600 + 31);
        let late = put_flag(&app, &token, id, &q(3), false).await;
        assert_eq!(late.status(), 409, "after the deadline and its grace");
        assert!(problem(late).await["detail"].as_str().unwrap().contains("The time is up"));
        submit(&app, &token, id).await;
        let after = put_flag(&app, &token, id, &q(3), false).await;
        assert_eq!(after.status(), 409, "after submission");
        assert!(problem(after).await["detail"].as_str().unwrap().contains("submitted"));
        assert_eq!(attempt_state(&app, &token, id).await["flagged"], json!([q(1), q(3)]));
    }

    async fn a_page_of_the_paper_saves_its_own_questions_and_leaves_the_others(app) {
        let (token, id, questions) = learner_on_the_paper(&app).await;
        assert_eq!(questions.len(), 35);
        let q = |i: usize| questions[i]["id"].as_str().unwrap().to_owned();
        let o = |i: usize, k: usize| questions[i]["options"][k]["id"].as_str().unwrap().to_owned();
        // Question 1 (page 1), 6 (page 2) and 12 (page 3) answered through the API.
        for (i, k) in [(0, 0), (5, 1), (11, 1)] {
            assert_eq!(put_answer(&app, &token, id, &q(i), &[o(i, k)]).await.status(), 200);
        }

        let page = app.get(&format!("/attempts/{id}?page=2")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Page 2 of 7"), "five questions a page");
        for i in 5..10 {
            assert!(html.contains(&format!("name=\"shown\" value=\"{}\"", q(i))), "question {} is on page 2", i + 1);
            assert!(html.contains(&format!("id=\"q-{}\"", i + 1)));
        }
        for i in [0, 4, 10, 34] {
            assert!(!html.contains(&format!("name=\"{}\"", q(i))), "question {} is not on page 2", i + 1);
        }
        let nav = between(&html, "class=\"q-nav\"", "</nav>");
        assert_eq!(nav.matches("class=\"q-nav-item").count(), 35, "the navigator lists every question");
        assert!(nav.contains(&format!("href=\"/attempts/{id}?page=1#q-1\"")) && nav.contains(&format!("href=\"/attempts/{id}?page=7#q-35\"")));
        assert_eq!(nav.matches("aria-current=\"page\"").count(), 5, "the questions of the page shown are current");
        for label in ["Question 1, answered<", "Question 2, not answered<", "Question 6, answered<", "Question 12, answered<"] {
            assert!(nav.contains(label), "{label}");
        }
        assert!(nav.contains("<details"), "a drawer that works without JavaScript");
        assert!(!html.contains("Submit for grading"), "the only submit button is on the review");
        assert!(app.get(&format!("/attempts/{id}?page=99")).await.text().await.unwrap().contains("<h1 id=\"paper-title\" class=\"paper-title\">Page 7 of 7 "), "past the end is the last page");

        // The form of page 2: question 6 cleared, question 7 answered, no field of other pages.
        let page2: Vec<String> = (5..10).map(q).collect();
        let next = post_page(&app, id, &page2, &[(&q(6), &o(6, 1)), ("action", "next")]).await;
        assert_eq!(next.status(), 303);
        assert_eq!(location(&next), format!("/attempts/{id}?page=3"));
        let answers = attempt_state(&app, &token, id).await["answers"].clone();
        assert_eq!(answers[q(0)], json!([o(0, 0)]), "page 1 keeps its answer");
        assert_eq!(answers[q(11)], json!([o(11, 1)]), "page 3 keeps its answer");
        assert_eq!(answers[q(6)], json!([o(6, 1)]), "page 2's new answer is saved");
        assert!(answers.get(q(5)).is_none_or(|a| a == &json!([])), "page 2's cleared answer is cleared: {answers}");

        // The other buttons of the page save it and go where they say.
        for (action, to) in [
            ("previous", format!("/attempts/{id}?page=1")),
            ("save", format!("/attempts/{id}?page=2&notice=saved")),
            ("review", format!("/attempts/{id}/review?from=2")),
        ] {
            assert_eq!(location(&post_page(&app, id, &page2, &[("action", action)]).await), to);
        }
        assert_eq!(attempt_state(&app, &token, id).await["answers"][q(6)], json!([]), "each post saves the page as sent");

        // A flag button flags its question and comes back to it; an unflag button clears it.
        let flag = post_page(&app, id, &page2, &[("flag", &q(7)), (&q(6), &o(6, 0))]).await;
        assert_eq!(location(&flag), format!("/attempts/{id}?page=2#q-8"));
        let state = attempt_state(&app, &token, id).await;
        assert_eq!(state["flagged"], json!([q(7)]));
        assert_eq!(state["answers"][q(6)], json!([o(6, 0)]), "the page's answers are saved with the flag");
        let html = app.get(&format!("/attempts/{id}?page=2")).await.text().await.unwrap();
        assert!(html.contains(&format!("name=\"unflag\" value=\"{}\" aria-pressed=\"true\"", q(7))), "{html}");
        assert!(html.contains(&format!("name=\"flag\" value=\"{}\" aria-pressed=\"false\"", q(6))));
        assert!(html.contains("Question 8, not answered, flagged<"));
        let unflag = post_page(&app, id, &page2, &[("unflag", &q(7)), (&q(6), &o(6, 0))]).await;
        assert_eq!(location(&unflag), format!("/attempts/{id}?page=2#q-8"));
        assert_eq!(attempt_state(&app, &token, id).await["flagged"], json!([]));

        // The form still needs its CSRF token, and another learner's attempt is not found.
        let forged = app.client.post(app.url(&format!("/attempts/{id}"))).form(&[("action", "save")]).send().await.unwrap();
        assert_eq!(forged.status(), 403);
        let (other, _) = app.user_with_role("Ola Other", "learner").await;
        app.login(&other.email, crate::helpers::PASSWORD).await;
        assert_eq!(app.get(&format!("/attempts/{id}?page=2")).await.status(), 404);
        assert_eq!(app.get(&format!("/attempts/{id}/review")).await.status(), 404);
        assert_eq!(app.post_form(&format!("/attempts/{id}"), &[("flag", q(1).as_str())]).await.status(), 404);
    }

    async fn a_page_posted_after_the_time_is_up_changes_nothing_and_leads_to_the_review(app) {
        let (token, id, questions) = learner_on_the_paper(&app).await;
        let q = |i: usize| questions[i]["id"].as_str().unwrap().to_owned();
        let o = |i: usize, k: usize| questions[i]["options"][k]["id"].as_str().unwrap().to_owned();
        assert_eq!(put_answer(&app, &token, id, &q(5), &[o(5, 0)]).await.status(), 200);
        app.clock.advance(3600 + 31);
        let page2: Vec<String> = (5..10).map(q).collect();
        let time_up = format!("/attempts/{id}/review?from=2&notice=time_up");
        let late = post_page(&app, id, &page2, &[(&q(6), &o(6, 1)), ("action", "next")]).await;
        assert_eq!(location(&late), time_up);
        let review = app.get(&time_up).await.text().await.unwrap();
        assert!(review.contains("The time is up: answers can no longer change. Submit now"), "{review}");
        let flag = post_page(&app, id, &page2, &[(&q(5), &o(5, 0)), ("flag", &q(7))]).await;
        assert_eq!(location(&flag), time_up, "a flag is refused too");
        let state = attempt_state(&app, &token, id).await;
        assert_eq!((state["answers"][q(5)].clone(), state["answers"].get(q(6)), state["flagged"].clone()), (json!([o(5, 0)]), None, json!([])));
        let submitted = app.post_form(&format!("/attempts/{id}"), &[("action", "submit")]).await;
        assert_eq!(location(&submitted), format!("/attempts/{id}/result"));
        assert_eq!(attempt_state(&app, &token, id).await["state"], "submitted");
    }

    async fn the_review_lists_the_unanswered_and_the_flagged_questions_before_the_submission(app) {
        let (token, id, questions) = learner_on_the_paper(&app).await;
        let q = |i: usize| questions[i]["id"].as_str().unwrap().to_owned();
        let key = key(&app, id);
        // Everything answered right but questions 3 and 20; questions 3 and 9 flagged.
        for i in (0..35).filter(|i| ![2, 19].contains(i)) {
            assert_eq!(put_answer(&app, &token, id, &q(i), &key[&q(i)]).await.status(), 200);
        }
        for i in [8, 2] {
            assert_eq!(put_flag(&app, &token, id, &q(i), true).await.status(), 200);
        }
        let review = app.get(&format!("/attempts/{id}/review?from=4")).await;
        assert_eq!(review.status(), 200);
        let html = review.text().await.unwrap();
        assert!(html.contains("You answered <strong>33 of 35</strong> questions: <a href=\"#unanswered-title\">2 not answered</a>, <a href=\"#flagged-title\">2 flagged for review</a>."), "{html}");
        let unanswered = between(&html, "id=\"unanswered-list\"", "</ul>");
        let flagged = between(&html, "id=\"flagged-list\"", "</ul>");
        assert_eq!(unanswered.matches("<li>").count(), 2);
        assert!(unanswered.contains(&format!("href=\"/attempts/{id}?page=1#q-3\"")) && unanswered.contains("Question 3<"));
        assert!(unanswered.contains(&format!("href=\"/attempts/{id}?page=4#q-20\"")) && unanswered.contains("Question 20<"));
        assert_eq!(flagged.matches("<li>").count(), 2);
        assert!(flagged.find("Question 3<").unwrap() < flagged.find("Question 9<").unwrap(), "in the paper's order");
        assert!(flagged.contains(&format!("href=\"/attempts/{id}?page=2#q-9\"")));
        // The first words of the stem, as plain text.
        let excerpt = ess_academy::exams::navigator::excerpt(questions[8]["stem_html"].as_str().unwrap());
        assert!(flagged.contains(&format!("<span class=\"review-excerpt\">{}</span>", escaped(&excerpt))), "{excerpt}: {flagged}");
        assert_eq!(html.matches("Submit for grading").count(), 1, "the only submit button");
        assert!(html.contains(&format!("href=\"/attempts/{id}?page=4\" id=\"back-button\">Back to the questions")));

        let submitted = app.post_form(&format!("/attempts/{id}"), &[("action", "submit")]).await;
        assert_eq!(submitted.status(), 303);
        assert_eq!(location(&submitted), format!("/attempts/{id}/result"));
        let state = attempt_state(&app, &token, id).await;
        assert_eq!(state["state"], "submitted");
        assert_eq!((state["result"]["passed"].as_bool(), state["answers"].as_object().unwrap().len()), (Some(true), 33), "the review's form changes no answer");
        let after = app.get(&format!("/attempts/{id}/review")).await;
        assert_eq!((after.status().as_u16(), location(&after)), (303, format!("/attempts/{id}/result")));
    }
}
