//! The holder's data rights over HTTP: the export holds the person's own data and nobody else's;
//! an erasure needs the right password, signs the person out for good, revokes their credential
//! without showing their name and leaves the programme's reports as they were; a programme admin
//! erases on request with a recorded reason; old e-mail bodies go after the retention period.

use diesel::prelude::*;
use ess_academy::clock::Clock;
use ess_academy::config::DEFAULT_MAIL_RETENTION_DAYS;
use ess_academy::db::schema::{attempt_questions as aq, attempts as a, erasures as er, mail_outbox as o};
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, TestApp, problem};
use crate::renewal::holder;

const DAY: i64 = 86_400;
const COURSE: &str = "environmental-sustainability";

async fn beat(app: &TestApp, token: &str, module: &str) {
    let response = app
        .client
        .post(app.url("/api/v1/progress/heartbeat"))
        .bearer_auth(token)
        .json(&json!({"course": COURSE, "module": module, "position": 0.5}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

/// The export's `Content-Disposition` and document.
async fn export(app: &TestApp, token: &str) -> (String, Value) {
    let response = app.client.get(app.url("/api/v1/me/export")).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    (disposition, response.json().await.unwrap())
}

async fn report(app: &TestApp, admin: &str, name: &str) -> Value {
    let response =
        app.client.get(app.url(&format!("/api/v1/admin/reports/{name}"))).bearer_auth(admin).send().await.unwrap();
    assert_eq!(response.status(), 200, "{name}");
    response.json().await.unwrap()
}

async fn erase_me(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.client.post(app.url("/api/v1/me/erase")).bearer_auth(token).json(body).send().await.unwrap()
}

async fn admin_erase(app: &TestApp, admin: &str, user_id: i64, body: &Value) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/admin/users/{user_id}/erase")))
        .bearer_auth(admin)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn login_status(app: &TestApp, email: &str) -> u16 {
    app.post_json("/api/v1/auth/login", &json!({"email": email, "password": PASSWORD})).await.status().as_u16()
}

/// Waits (up to 10 s) until every e-mail to `to` is marked sent.
async fn wait_sent(app: &TestApp, to: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let unsent: i64 = o::table
            .filter(o::to_address.eq(to))
            .filter(o::sent_at.is_null())
            .count()
            .get_result(&mut *app.db().read().unwrap())
            .unwrap();
        if unsent == 0 {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the e-mails to {to} were not sent");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

both_backends! {
    async fn the_export_holds_the_persons_progress_answers_and_credential_and_nothing_of_another(app) {
        let h = holder(&app).await;
        beat(&app, &h.token, "why-circular").await;
        app.clock.advance(15);
        beat(&app, &h.token, "why-circular").await;
        let (other, other_token) = app.user_with_role("Otto Otherperson", "learner").await;
        beat(&app, &other_token, "why-circular").await;

        let (anonymous, _) = app.new_client();
        assert_eq!(anonymous.get(app.url("/api/v1/me/export")).send().await.unwrap().status(), 401);

        let (disposition, doc) = export(&app, &h.token).await;
        let day: String = ess_academy::clock::rfc3339(app.clock.now()).chars().take(10).collect();
        assert_eq!(disposition, format!("attachment; filename=\"ess-academy-export-{day}.json\""));
        assert_eq!(doc["account"]["email"], h.email.as_str());
        assert_eq!(doc["account"]["name"], "Lee Learner");
        assert_eq!(doc["account"]["role"], "learner");
        let module = doc["progress"].as_array().unwrap().iter().find(|m| m["module"] == "why-circular").expect("the module's progress");
        assert_eq!(module["active_seconds"], 15);
        assert_eq!(module["course"], COURSE);

        let attempts = doc["exam_attempts"].as_array().unwrap();
        assert_eq!(attempts.len(), 2, "both exams");
        for attempt in attempts {
            assert_eq!(attempt["passed"], true);
            let answers = attempt["answers"].as_array().unwrap();
            assert_eq!(answers.len(), 35);
            let chosen = &answers.iter().find(|q| !q["selected"].as_array().unwrap().is_empty()).expect("an answer")["selected"][0];
            let chosen = chosen.as_str().unwrap();
            let opaque_id = chosen.len() == 13 && chosen.starts_with('o') && chosen.chars().all(|c| c.is_ascii_alphanumeric());
            assert!(!chosen.is_empty() && !opaque_id, "the option as text, not its id: {chosen}");
            assert!(!chosen.contains('<'), "text, not HTML: {chosen}");
        }
        let credential = &doc["credentials"][0];
        assert_eq!(credential["id"], h.id.as_str());
        assert!(credential["events"].as_array().unwrap().iter().any(|e| e["kind"] == "issued"));
        assert!(doc["mails"].as_array().unwrap().iter().any(|m| !m["subject"].as_str().unwrap().is_empty() && !m["body_text"].as_str().unwrap().is_empty()));

        let text = doc.to_string();
        assert!(!text.contains(&other.email), "nothing of another learner");
        assert!(!text.contains("Otto Otherperson"));
        assert!(!text.contains("$argon2"), "no password hash");
        assert!(!text.contains(&h.token), "no session token");
        assert!(!text.contains("Ada Admin"), "not even who decided about them");
    }

    async fn erasing_with_a_wrong_or_missing_password_is_refused_and_changes_nothing(app) {
        let (user, token) = app.user_with_role("Lee Learner", "learner").await;
        let wrong = erase_me(&app, &token, &json!({"password": "not my password at all"})).await;
        assert_eq!(wrong.status(), 422);
        assert!(problem(wrong).await["errors"]["password"].is_string());
        let missing = erase_me(&app, &token, &json!({})).await;
        assert_eq!(missing.status(), 422);
        assert!(problem(missing).await["errors"]["password"].is_string());

        // The page says so too, and keeps the person signed in.
        app.login(&user.email, PASSWORD).await;
        let page = app.get("/account/erase").await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("cannot be undone"));
        let form = app.post_form("/account/erase", &[("password", "not my password at all")]).await;
        assert_eq!(form.status(), 422);
        assert!(form.text().await.unwrap().contains("This is not your password"));

        let me = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(me.status(), 200, "the session still works");
        let me: Value = me.json().await.unwrap();
        assert_eq!((me["name"].as_str(), me["email"].as_str()), (Some("Lee Learner"), Some(user.email.as_str())));
        assert_eq!(login_status(&app, &user.email).await, 200);
        let erased: i64 = er::table.count().get_result(&mut *app.db().read().unwrap()).unwrap();
        assert_eq!(erased, 0);

        // Wrong passwords count as failed logins: a borrowed session cannot guess on.
        let limit = ess_academy::accounts::throttle::LOGIN_MAX_FAILURES_PER_ACCOUNT;
        for _ in 0..limit {
            assert_eq!(erase_me(&app, &token, &json!({"password": "still not my password"})).await.status(), 422);
        }
        assert_eq!(erase_me(&app, &token, &json!({"password": PASSWORD})).await.status(), 429);
    }

    async fn an_erased_holder_cannot_sign_in_and_their_credential_shows_revoked_without_the_name(app) {
        let h = holder(&app).await;
        let before = (report(&app, &h.admin, "funnel").await, report(&app, &h.admin, "exams").await);
        let attempts_before: Vec<(i64, Option<i32>)> = a::table
            .filter(a::user_id.eq(h.user_id))
            .order(a::id)
            .select((a::id, a::score_percent))
            .load(&mut *app.db().read().unwrap())
            .unwrap();
        wait_sent(&app, &h.email).await;

        // Through the confirmation page, signed in by the cookie.
        app.login(&h.email, PASSWORD).await;
        let done = app.post_form("/account/erase", &[("password", PASSWORD)]).await;
        assert_eq!(done.status(), 200);
        assert!(done.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("ess_session=;")), "signed out");
        assert!(done.text().await.unwrap().contains("Your account is erased"));

        assert_eq!(login_status(&app, &h.email).await, 401, "the account cannot sign in");
        let old = app.client.get(app.url("/api/v1/me")).bearer_auth(&h.token).send().await.unwrap();
        assert_eq!(old.status(), 401, "the session token is refused");

        let verified: Value = app.get(&format!("/verify/{}.json", h.id)).await.json().await.unwrap();
        assert_eq!(verified["status"], "revoked");
        assert_eq!(verified["revocation_reason"], "erased at the holder's request");
        assert_ne!(verified["name"], "Lee Learner");
        let page = app.get(&format!("/verify/{}", h.id)).await.text().await.unwrap();
        assert!(page.contains("Revoked"));
        assert!(!page.contains("Lee Learner"), "the verification page does not show the name");

        let after = (report(&app, &h.admin, "funnel").await, report(&app, &h.admin, "exams").await);
        assert_eq!(before, after, "the reports keep their counts");

        let db = app.db();
        let mut conn = db.read().unwrap();
        let attempts_after: Vec<(i64, Option<i32>)> =
            a::table.filter(a::user_id.eq(h.user_id)).order(a::id).select((a::id, a::score_percent)).load(&mut *conn).unwrap();
        assert_eq!(attempts_before, attempts_after, "the attempts keep their scores");
        let ids: Vec<i64> = attempts_after.iter().map(|(id, _)| *id).collect();
        let answered: i64 =
            aq::table.filter(aq::attempt_id.eq_any(&ids)).filter(aq::selected_json.is_not_null()).count().get_result(&mut *conn).unwrap();
        assert_eq!(answered, 0, "the answers are gone");
        let to_them: i64 = o::table.filter(o::to_address.eq(&h.email)).count().get_result(&mut *conn).unwrap();
        assert_eq!(to_them, 0, "the address is gone from the outbox");
        let bodies: Vec<String> = o::table
            .filter(o::to_address.eq(format!("erased-{}@erased.invalid", h.user_id)))
            .select(o::body_text)
            .load(&mut *conn)
            .unwrap();
        assert!(!bodies.is_empty() && bodies.iter().all(String::is_empty), "the bodies are gone");
        let (by, via): (Option<i64>, String) =
            er::table.filter(er::user_id.eq(h.user_id)).select((er::erased_by, er::via)).first(&mut *conn).unwrap();
        assert_eq!((by, via.as_str()), (Some(h.user_id), "holder"));
    }

    async fn a_programme_admin_erases_on_request_and_the_reason_is_recorded(app) {
        let (admin_user, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let (learner, token) = app.user_with_role("Lee Learner", "learner").await;
        assert_eq!(admin_erase(&app, &token, admin_user.id, &json!({"reason": "x"})).await.status(), 403);
        let missing = admin_erase(&app, &admin, learner.id, &json!({})).await;
        assert_eq!(missing.status(), 422);
        assert!(problem(missing).await["errors"]["reason"].is_string());
        let long = "x".repeat(ess_academy::privacy::ERASURE_REASON_MAX_CHARS + 1);
        assert_eq!(admin_erase(&app, &admin, learner.id, &json!({"reason": long})).await.status(), 422);
        assert_eq!(admin_erase(&app, &admin, 999_999, &json!({"reason": "A letter"})).await.status(), 404);
        let own = admin_erase(&app, &admin, admin_user.id, &json!({"reason": "Myself"})).await;
        assert_eq!(own.status(), 409);
        assert!(problem(own).await["detail"].as_str().unwrap().contains("account page"));

        let reason = "Letter from the learner received on 1 December 2026";
        let erased = admin_erase(&app, &admin, learner.id, &json!({"reason": reason})).await;
        assert_eq!(erased.status(), 200);
        let erased: Value = erased.json().await.unwrap();
        assert_eq!((erased["reason"].as_str(), erased["via"].as_str(), erased["erased_by"].as_i64()), (Some(reason), Some("admin"), Some(admin_user.id)));
        let (by, recorded): (Option<i64>, String) =
            er::table.filter(er::user_id.eq(learner.id)).select((er::erased_by, er::reason)).first(&mut *app.db().read().unwrap()).unwrap();
        assert_eq!((by, recorded.as_str()), (Some(admin_user.id), reason));
        assert_eq!(admin_erase(&app, &admin, learner.id, &json!({"reason": reason})).await.status(), 409, "once");
        assert_eq!(login_status(&app, &learner.email).await, 401);
        let old = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(old.status(), 401);

        // The same from the person's admin page, signed in by the cookie.
        let other = app.register_verified("Lia Paper").await;
        app.login(&admin_user.email, PASSWORD).await;
        let page = app.get(&format!("/admin/users/{}/erase", other.id)).await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("Erase the account of Lia Paper"));
        let empty = app.post_form(&format!("/admin/users/{}/erase", other.id), &[("reason", " ")]).await;
        assert_eq!(empty.status(), 422);
        assert!(empty.text().await.unwrap().contains("Say how the request reached you"));
        let done = app.post_form(&format!("/admin/users/{}/erase", other.id), &[("reason", "E-mail of 2 December")]).await;
        assert_eq!(done.status(), 200);
        assert!(done.text().await.unwrap().contains("The account is erased"));
        let recorded: String =
            er::table.filter(er::user_id.eq(other.id)).select(er::reason).first(&mut *app.db().read().unwrap()).unwrap();
        assert_eq!(recorded, "E-mail of 2 December");
        assert_eq!(login_status(&app, &other.email).await, 401);
    }

    async fn a_sent_mail_loses_its_body_after_the_retention_period_and_an_unsent_one_keeps_it(app) {
        let learner = app.register_verified("Lee Learner").await;
        wait_sent(&app, &learner.email).await;
        let now = app.clock.now();
        let db = app.db();
        diesel::insert_into(o::table)
            .values((
                o::to_address.eq("waiting@partner.example"),
                o::subject.eq("Waiting"),
                o::body_text.eq("Still to be sent"),
                o::body_html.eq("<p>Still to be sent</p>"),
                o::created_at.eq(now),
                o::next_attempt_at.eq(now + 400 * DAY),
            ))
            .execute(&mut *db.write().unwrap())
            .unwrap();
        let body_of = |to: &str| -> (String, String, Option<i64>) {
            o::table.filter(o::to_address.eq(to)).select((o::subject, o::body_text, o::sent_at)).first(&mut *db.read().unwrap()).unwrap()
        };
        let purge = || ess_academy::mail::outbox::remove_old_bodies(&mut db.write().unwrap(), app.clock.now(), DEFAULT_MAIL_RETENTION_DAYS).unwrap();

        app.clock.advance((DEFAULT_MAIL_RETENTION_DAYS - 1) * DAY);
        assert_eq!(purge(), 0, "not yet");
        assert!(!body_of(&learner.email).1.is_empty());

        app.clock.advance(2 * DAY);
        assert_eq!(purge(), 1);
        let (subject, body, sent) = body_of(&learner.email);
        assert!(body.is_empty(), "the body is removed");
        assert!(!subject.is_empty() && sent.is_some(), "subject, recipient and sent date stay");
        assert_eq!(body_of("waiting@partner.example").1, "Still to be sent", "an unsent mail keeps its body");
        assert_eq!(purge(), 0, "once");
    }
}
