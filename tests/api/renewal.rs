//! The credential's second year over HTTP, with a moved clock: the renewal window and its
//! refusals, renewing early (from the old expiry) and in grace (from the renewal date), a new
//! certification cycle after the grace period, concurrent renewals, a partner's accreditation
//! without a gap, the reminders, an admin's change of expiry and the renewal report.

use diesel::prelude::*;
use ess_academy::clock::{Clock, add_months, rfc3339};
use ess_academy::db::schema::{credential_events as ev, credentials as cr};
use serde_json::{Value, json};

use crate::both_backends;
use crate::exams::{COURSE, EXAM1, EXAM2, answer_all, start, submit};
use crate::helpers::{PASSWORD, TestApp, problem};

const DAY: i64 = 86_400;
pub(crate) const RENEWAL_EXAM: &str = "renewal";
const RENEWAL_MODULE: &str = "renewal-what-changed";

/// A holder of the credential and a programme admin.
pub(crate) struct Holder {
    pub user_id: i64,
    pub email: String,
    pub token: String,
    pub admin_email: String,
    pub admin: String,
    pub id: String,
}

impl Holder {
    /// Logs both in again (after the clock moved past their sessions).
    pub(crate) async fn relogin(&mut self, app: &TestApp) {
        self.token = app.login(&self.email, PASSWORD).await;
        self.admin = app.login(&self.admin_email, PASSWORD).await;
    }
}

async fn get_json(app: &TestApp, token: &str, path: &str) -> Value {
    let response = app.client.get(app.url(path)).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

/// Passes both exams of the first path (exempt from the training).
async fn pass_path(app: &TestApp, token: &str) {
    for exam in [EXAM1, EXAM2] {
        let started = start(app, token, exam).await;
        assert_eq!(started.status(), 201, "{exam}");
        let paper: Value = started.json().await.unwrap();
        let id = paper["attempt_id"].as_i64().unwrap();
        answer_all(app, token, id, 35).await;
        assert_eq!(submit(app, token, id).await.status(), 200);
    }
}

pub(crate) async fn holder(app: &TestApp) -> Holder {
    let (learner, token) = app.user_with_role("Lee Learner", "learner").await;
    let (admin_user, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", learner.id)))
        .bearer_auth(&admin)
        .json(&json!({"course": COURSE, "reason": "Renewal tests"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    pass_path(app, &token).await;
    let list = get_json(app, &token, "/api/v1/me/credentials").await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    Holder {
        user_id: learner.id,
        email: learner.email,
        token,
        admin_email: admin_user.email,
        admin,
        id: list[0]["id"].as_str().unwrap().to_owned(),
    }
}

pub(crate) fn expires_of(app: &TestApp, id: &str) -> i64 {
    cr::table.filter(cr::public_id.eq(id)).select(cr::expires_at).first(&mut *app.db().read().unwrap()).unwrap()
}

async fn exempt_renewal_module(app: &TestApp, h: &Holder) {
    let r = app
        .client
        .post(app.url(&format!("/api/v1/admin/users/{}/exemptions", h.user_id)))
        .bearer_auth(&h.admin)
        .json(&json!({"course": COURSE, "module": RENEWAL_MODULE, "reason": "Studied the renewal module at a partner event"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "a renewal module can be exempted");
}

/// Starts the renewal exam and answers every question right; returns the attempt id.
async fn sit_renewal(app: &TestApp, token: &str) -> i64 {
    let started = start(app, token, RENEWAL_EXAM).await;
    assert_eq!(started.status(), 201);
    let paper: Value = started.json().await.unwrap();
    assert_eq!(paper["questions"].as_array().unwrap().len(), 20, "20 questions, drawn from the renewal bank");
    let id = paper["attempt_id"].as_i64().unwrap();
    answer_all(app, token, id, 20).await;
    id
}

fn events(app: &TestApp, id: &str, kind: &str) -> Vec<String> {
    let credential: i64 =
        cr::table.filter(cr::public_id.eq(id)).select(cr::id).first(&mut *app.db().read().unwrap()).unwrap();
    ev::table
        .filter(ev::credential_id.eq(credential))
        .filter(ev::kind.eq(kind))
        .select(ev::detail)
        .load(&mut *app.db().read().unwrap())
        .unwrap()
}

both_backends! {
    async fn renewal_before_the_window_is_refused_with_a_clear_reason(app) {
        let h = holder(&app).await;
        let expires = expires_of(&app, &h.id);
        let renewals = get_json(&app, &h.token, "/api/v1/me/renewals").await;
        let r = &renewals[0];
        assert_eq!(r["credential_id"], h.id.as_str());
        assert_eq!(r["state"], "not_yet");
        assert_eq!(r["expires_at"], rfc3339(expires).as_str());
        assert_eq!(r["window_opens_at"], rfc3339(expires - 90 * DAY).as_str());
        assert_eq!(r["grace_ends_at"], rfc3339(expires + 60 * DAY).as_str());
        assert_eq!(r["modules"], json!([{"slug": RENEWAL_MODULE, "title": r["modules"][0]["title"], "minutes": r["modules"][0]["minutes"], "completed": false}]));
        assert_eq!((r["exam"]["course"].as_str(), r["exam"]["slug"].as_str(), r["exam"]["state"].as_str()), (Some(COURSE), Some(RENEWAL_EXAM), Some("locked")));

        let refused = start(&app, &h.token, RENEWAL_EXAM).await;
        assert_eq!(refused.status(), 403);
        let detail = problem(refused).await["detail"].as_str().unwrap().to_owned();
        assert!(detail.contains("Renewal opens on") && detail.contains("90 days before"), "{detail}");
        // A path exam already passed says how to keep the credential instead.
        let again = start(&app, &h.token, EXAM1).await;
        assert_eq!(again.status(), 409);
        assert!(problem(again).await["detail"].as_str().unwrap().contains("renewal"));

        // Someone without a credential has nothing to renew.
        let (_, other) = app.user_with_role("Nia Newcomer", "learner").await;
        assert_eq!(get_json(&app, &other, "/api/v1/me/renewals").await, json!([]));
        let exams = get_json(&app, &other, "/api/v1/exams").await;
        assert!(exams.as_array().unwrap().iter().all(|e| e["slug"] != RENEWAL_EXAM), "not on a newcomer's list");
        let denied = start(&app, &other, RENEWAL_EXAM).await;
        assert_eq!(denied.status(), 403);
        assert!(problem(denied).await["detail"].as_str().unwrap().contains("holders of the credential"));
    }

    async fn renewing_early_extends_the_same_credential_from_the_old_expiry(app) {
        let mut h = holder(&app).await;
        let expires = expires_of(&app, &h.id);
        let renew_at = expires - 30 * DAY;
        app.clock.set(renew_at);
        h.relogin(&app).await;
        assert_eq!(get_json(&app, &h.token, "/api/v1/me/renewals").await[0]["state"], "open");
        // The renewal module comes first.
        let early = start(&app, &h.token, RENEWAL_EXAM).await;
        assert_eq!(early.status(), 403);
        assert!(problem(early).await["detail"].as_str().unwrap().contains("renewal module"));
        exempt_renewal_module(&app, &h).await;
        assert_eq!(get_json(&app, &h.token, "/api/v1/me/renewals").await[0]["modules"][0]["completed"], true);
        let attempt = sit_renewal(&app, &h.token).await;
        let result: Value = submit(&app, &h.token, attempt).await.json().await.unwrap();
        assert_eq!(result["passed"], true);

        let list = get_json(&app, &h.token, "/api/v1/me/credentials").await;
        assert_eq!(list.as_array().unwrap().len(), 1, "the same credential, no new one");
        let c = &list[0];
        assert_eq!(c["id"], h.id.as_str());
        assert_eq!(c["expires_at"], rfc3339(add_months(expires, 12)).as_str(), "from the old expiry: renewing early loses nothing");
        assert_eq!(c["renewed_at"], rfc3339(renew_at).as_str());
        assert_eq!((c["previous_id"].clone(), c["next_id"].clone()), (Value::Null, Value::Null));
        let verify: Value = app.client.get(app.url(&format!("/verify/{}.json", h.id))).send().await.unwrap().json().await.unwrap();
        assert_eq!((verify["status"].as_str(), verify["renewed_at"].as_str()), (Some("valid"), Some(rfc3339(renew_at).as_str())));
        assert_eq!(verify["expires_at"], rfc3339(add_months(expires, 12)).as_str());
        let renewed = events(&app, &h.id, "renewed");
        assert_eq!(renewed.len(), 1);
        assert!(renewed[0].contains(&ess_academy::clock::long_date(expires)) && renewed[0].contains(&ess_academy::clock::long_date(add_months(expires, 12))), "{renewed:?}");
        assert_eq!(get_json(&app, &h.token, "/api/v1/me/renewals").await[0]["state"], "renewed");

        // The "renewed" mail carries the new certificate, which says so.
        let mail = app.smtp.wait_for_subject(&h.email, "renewed until").await;
        assert!(mail.text.contains("renewing early lost you nothing"), "{}", mail.text);
        let (name, kind, pdf) = &mail.attachments[0];
        assert_eq!((name.as_str(), kind.as_str()), (format!("ess-certificate-{}.pdf", h.id).as_str(), "application/pdf"));
        let text = crate::credential_kit::pdftotext(pdf);
        assert!(text.contains("Renewed on") && text.contains(&ess_academy::clock::long_date(renew_at)), "{text}");

        // The renewed badge names the renewal's year; the renewal module starts afresh for next year.
        let renewals = get_json(&app, &h.token, "/api/v1/me/renewals").await;
        assert_eq!(renewals[0]["window_opens_at"], rfc3339(add_months(expires, 12) - 90 * DAY).as_str());
    }

    async fn renewing_in_grace_extends_from_the_renewal_date(app) {
        let mut h = holder(&app).await;
        let expires = expires_of(&app, &h.id);
        let renew_at = expires + 10 * DAY;
        app.clock.set(renew_at);
        h.relogin(&app).await;
        let r = get_json(&app, &h.token, "/api/v1/me/renewals").await;
        assert_eq!(r[0]["state"], "grace");
        assert_eq!(get_json(&app, &h.token, "/api/v1/me/credentials").await[0]["status"], "expired");
        exempt_renewal_module(&app, &h).await;
        let attempt = sit_renewal(&app, &h.token).await;
        assert_eq!(submit(&app, &h.token, attempt).await.status(), 200);
        let c = &get_json(&app, &h.token, "/api/v1/me/credentials").await[0];
        assert_eq!((c["id"].as_str(), c["status"].as_str()), (Some(h.id.as_str()), Some("valid")));
        assert_eq!(c["expires_at"], rfc3339(add_months(renew_at, 12)).as_str(), "in grace: from the renewal date");
        let mail = app.smtp.wait_for_subject(&h.email, "renewed until").await;
        assert!(mail.text.contains("a year from today"), "{}", mail.text);
    }

    async fn after_grace_a_new_cycle_issues_a_new_credential_linked_to_the_old_one(app) {
        let mut h = holder(&app).await;
        let expires = expires_of(&app, &h.id);
        app.clock.set(expires + 61 * DAY);
        h.relogin(&app).await;
        assert_eq!(get_json(&app, &h.token, "/api/v1/me/renewals").await[0]["state"], "closed");
        let refused = start(&app, &h.token, RENEWAL_EXAM).await;
        assert_eq!(refused.status(), 403);
        assert!(problem(refused).await["detail"].as_str().unwrap().contains("Earn the specialization again"));
        // The first path is open again: the old cycle's passed attempts do not count.
        let exams = get_json(&app, &h.token, "/api/v1/exams").await;
        let first = exams.as_array().unwrap().iter().find(|e| e["slug"] == EXAM1).unwrap();
        assert_eq!((first["passed"].as_bool(), first["attempts_used"].as_i64(), first["available"].as_bool()), (Some(false), Some(0), Some(true)));
        pass_path(&app, &h.token).await;

        let list = get_json(&app, &h.token, "/api/v1/me/credentials").await;
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), 2);
        let old = list.iter().find(|c| c["id"] == h.id.as_str()).unwrap();
        let new = list.iter().find(|c| c["id"] != h.id.as_str()).unwrap();
        assert_eq!(old["status"], "expired");
        assert_eq!((new["status"].as_str(), new["previous_id"].as_str()), (Some("valid"), Some(h.id.as_str())));
        assert_eq!(old["next_id"], new["id"]);
        let new_id = new["id"].as_str().unwrap();
        let v_old: Value = app.client.get(app.url(&format!("/verify/{}.json", h.id))).send().await.unwrap().json().await.unwrap();
        let v_new: Value = app.client.get(app.url(&format!("/verify/{new_id}.json"))).send().await.unwrap().json().await.unwrap();
        assert_eq!((v_old["status"].as_str(), v_old["next_id"].as_str()), (Some("expired"), Some(new_id)));
        assert_eq!(v_new["previous_id"], h.id.as_str());
        let page = app.client.get(app.url(&format!("/verify/{}", h.id))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(&format!("/verify/{new_id}")), "the old page links the new one");
        // Passing again issues nothing more.
        assert_eq!(get_json(&app, &h.token, "/api/v1/me/credentials").await.as_array().unwrap().len(), 2);
    }

    async fn concurrent_passing_submits_renew_once(app) {
        let mut h = holder(&app).await;
        let expires = expires_of(&app, &h.id);
        app.clock.set(expires - 10 * DAY);
        h.relogin(&app).await;
        exempt_renewal_module(&app, &h).await;
        let attempt = sit_renewal(&app, &h.token).await;
        let submits = (0..4).map(|_| submit(&app, &h.token, attempt));
        let answers = futures_util::future::join_all(submits).await;
        assert!(answers.iter().all(|r| r.status() == 200));
        assert_eq!(events(&app, &h.id, "renewed").len(), 1, "renewed once");
        assert_eq!(expires_of(&app, &h.id), add_months(expires, 12), "extended once");
        app.smtp.wait_for_subject(&h.email, "renewed until").await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let mails = app.smtp.all().into_iter().filter(|m| m.to.contains(&h.email) && m.subject.contains("renewed until")).count();
        assert_eq!(mails, 1, "one renewal mail");
    }

    async fn a_partner_whose_specialist_renews_in_time_never_shows_a_gap(app) {
        let mut h = holder(&app).await;
        let (manager, _) = app.user_with_role("Mo Manager", "learner").await;
        let partner = app.partner_with_manager(&h.admin, "Acme Networks", "GB", manager.id).await;
        let moved = app.client.put(app.url(&format!("/api/v1/admin/users/{}/partner", h.user_id))).bearer_auth(&h.admin).json(&json!({"partner_id": partner["id"]})).send().await.unwrap();
        assert_eq!(moved.status(), 200);
        let manager_token = app.login(&manager.email, PASSWORD).await;
        let before = get_json(&app, &manager_token, "/api/v1/partner/accreditation").await;
        assert_eq!(before["accredited"], true);
        let since = before["since"].clone();

        let expires = expires_of(&app, &h.id);
        app.clock.set(expires - 5 * DAY);
        h.relogin(&app).await;
        let manager_token = app.login(&manager.email, PASSWORD).await;
        let people = get_json(&app, &manager_token, "/api/v1/partner/people").await;
        let person = people.as_array().unwrap().iter().find(|p| p["id"] == h.user_id).unwrap();
        assert_eq!(person["credential"]["renewal"], "open", "the partner page shows each person's renewal state");
        let page = app.client.get(app.url("/partner")).bearer_auth(&manager_token).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Renewing before their expiry keeps you accredited") && page.contains("Lee Learner") && page.contains("renewal open now"), "{page}");
        assert!(page.contains("Renewal open: renew by"), "each person's renewal state");
        exempt_renewal_module(&app, &h).await;
        let attempt = sit_renewal(&app, &h.token).await;
        assert_eq!(submit(&app, &h.token, attempt).await.status(), 200);

        // Past the old expiry, and every day around it: accredited since the first issue.
        for t in [expires - DAY, expires, expires + DAY, expires + 200 * DAY] {
            app.clock.set(t);
            let manager_token = app.login(&manager.email, PASSWORD).await;
            let now = get_json(&app, &manager_token, "/api/v1/partner/accreditation").await;
            assert_eq!((now["accredited"].as_bool(), now["since"].clone()), (Some(true), since.clone()), "at {}", rfc3339(t));
            assert_eq!(now["lapses_at"], rfc3339(add_months(expires, 12)).as_str());
        }
    }

    async fn the_reminders_open_the_window_count_down_and_offer_the_grace(app) {
        let h = holder(&app).await;
        let expires = expires_of(&app, &h.id);
        let run = |now: i64| {
            app.clock.set(now);
            let db = app.db();
            let mailer = ess_academy::mail::Mailer::new(std::sync::Arc::new(ess_academy::templates::load().unwrap()), app.address.clone());
            tokio::task::spawn_blocking(move || ess_academy::credentials::reminders::send_due(&mut db.write().unwrap(), &mailer, now).unwrap())
        };
        assert_eq!(run(expires - 91 * DAY).await.unwrap(), 0, "not yet");
        // The app's own reminder worker runs on the same moved clock and may send a due mail first:
        // a call sends at most one, and the mails that arrive are checked below.
        assert!(run(expires - 89 * DAY).await.unwrap() <= 1, "the window opens");
        assert_eq!(run(expires - 88 * DAY).await.unwrap(), 0, "once");
        let open = app.smtp.wait_for_subject(&h.email, "Renewal is open").await;
        assert!(open.text.contains(&format!("{}/renewal", app.address)), "{}", open.text);
        assert!(run(expires - 59 * DAY).await.unwrap() <= 1);
        let sixty = app.smtp.wait_for_subject(&h.email, "expires in 60 days").await;
        assert!(sixty.text.contains("Renewal is open now") && sixty.text.contains("/renewal"), "{}", sixty.text);
        assert!(run(expires - 10 * DAY).await.unwrap() <= 1);
        assert!(run(expires + DAY).await.unwrap() <= 1, "expired: the grace mail");
        let grace = app.smtp.wait_for_subject(&h.email, "days of grace left").await;
        assert!(grace.subject.contains("59 days of grace left"), "{}", grace.subject);
        assert_eq!(run(expires + 2 * DAY).await.unwrap(), 0);
        assert_eq!(run(expires + 61 * DAY).await.unwrap(), 0, "closed: nothing more");
    }

    async fn programme_admins_change_an_expiry_with_a_reason(app) {
        let h = holder(&app).await;
        let path = format!("/api/v1/admin/credentials/{}/expiry", h.id);
        let post = |token: String, body: Value| {
            let (client, url) = (app.client.clone(), app.url(&path));
            async move { client.post(url).bearer_auth(token).json(&body).send().await.unwrap() }
        };
        let target = expires_of(&app, &h.id) + 45 * DAY;
        let no_reason = post(h.admin.clone(), json!({"expires_at": rfc3339(target)})).await;
        assert_eq!(no_reason.status(), 422);
        assert!(problem(no_reason).await.to_string().contains("reason"));
        let bad_date = post(h.admin.clone(), json!({"expires_at": "next year", "reason": "x"})).await;
        assert_eq!(bad_date.status(), 422);
        assert_eq!(post(h.token.clone(), json!({"expires_at": target, "reason": "x"})).await.status(), 403);
        assert_eq!(app.client.post(app.url("/api/v1/admin/credentials/nope/expiry")).bearer_auth(&h.admin).json(&json!({"expires_at": target, "reason": "x"})).send().await.unwrap().status(), 404);
        let changed = post(h.admin.clone(), json!({"expires_at": rfc3339(target), "reason": "Honouring a 45-day extension for parental leave"})).await;
        assert_eq!(changed.status(), 200);
        let body: Value = changed.json().await.unwrap();
        assert_eq!(body["expires_at"], rfc3339(target).as_str());
        assert_eq!(expires_of(&app, &h.id), target);
        let by_seconds = post(h.admin.clone(), json!({"expires_at": target + DAY, "reason": "One more day"})).await;
        assert_eq!(by_seconds.status(), 200);
        let history = events(&app, &h.id, "expiry_changed");
        assert_eq!(history.len(), 2);
        assert!(history[0].contains("parental leave"));
        // Admins see the reason on the kit page; the holder sees that it changed.
        let admin_page = app.client.get(app.url(&format!("/credentials/{}", h.id))).bearer_auth(&h.admin).send().await.unwrap().text().await.unwrap();
        assert!(admin_page.contains("parental leave"));
        let holder_page = app.client.get(app.url(&format!("/credentials/{}", h.id))).bearer_auth(&h.token).send().await.unwrap().text().await.unwrap();
        assert!(holder_page.contains("Expiry changed") && !holder_page.contains("parental leave"));
    }

    async fn the_renewal_report_counts_early_grace_and_lapsed(app) {
        let mut h = holder(&app).await;
        let expires = expires_of(&app, &h.id);
        app.clock.set(expires - 20 * DAY);
        h.relogin(&app).await;
        exempt_renewal_module(&app, &h).await;
        let attempt = sit_renewal(&app, &h.token).await;
        assert_eq!(submit(&app, &h.token, attempt).await.status(), 200);
        // A year later the renewed credential lapses, unrenewed.
        app.clock.set(add_months(expires, 12) + 61 * DAY);
        h.relogin(&app).await;
        let report = get_json(&app, &h.admin, "/api/v1/admin/reports/renewals").await;
        let t = &report["total"];
        assert_eq!((t["due"].as_i64(), t["renewed_early"].as_i64(), t["renewed_in_grace"].as_i64(), t["lapsed"].as_i64()), (Some(2), Some(1), Some(0), Some(1)), "{report}");
        assert_eq!(t["renewal_rate_percent"].as_f64(), Some(50.0));
        assert_eq!(report["by_month"].as_array().unwrap().len(), 2);
        assert_eq!(report["by_month"][0]["key"], &rfc3339(expires)[..7]);
        let csv = app.client.get(app.url("/api/v1/admin/reports/renewals")).bearer_auth(&h.admin).header("Accept", "text/csv").send().await.unwrap();
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = csv.text().await.unwrap();
        assert!(csv.starts_with("dimension,key,due,renewed_early,renewed_in_grace,open,in_grace,lapsed,renewal_rate_percent\r\ntotal,,2,1,0,0,0,1,50.0\r\n"), "{csv}");
        assert_eq!(app.client.get(app.url("/api/v1/admin/reports/renewals")).bearer_auth(&h.token).send().await.unwrap().status(), 403);
    }
}

/// Runs the independent verifier (`tests/ob3/verify_ob3.py`: PyJWT, `cryptography`, 1EdTech's
/// JSON Schema, the Bitstring Status List text) on a JWT; `None` when it is not installed here
/// (CI installs it and requires it).
async fn independent_verdict(app: &TestApp, jwt: &str, expect_status: u8) -> Option<Value> {
    let Some(python) = std::env::var_os("ESS_OB3_PYTHON") else {
        assert!(std::env::var_os("CI").is_none(), "CI must set ESS_OB3_PYTHON (.ci/run installs the verifier)");
        println!("SKIPPED the independent Open Badges 3.0 verifier: ESS_OB3_PYTHON is not set (.ci/run sets it)");
        return None;
    };
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), jwt).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ob3/verify_ob3.py");
    let base = app.address.clone();
    let path = file.path().to_path_buf();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(python)
            .arg(script)
            .args(["--jwt", path.to_str().unwrap(), "--base-url", &base, "--expect-status", &expect_status.to_string()])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "the independent verifier refused it:\n{}\n{stdout}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_str(&stdout).unwrap())
}

/// The bit of a credential in its status list, decoded here by the text of Bitstring Status
/// List v1.0 §3.2 (GZIP, base64url, multibase `u`, bit 0 the left-most).
async fn status_bit(app: &TestApp, entry: &Value) -> (u8, String) {
    use std::io::Read;
    let url = entry["statusListCredential"].as_str().unwrap();
    let response = app.client.get(url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/vc+jwt");
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let jwt = response.text().await.unwrap();
    let payload = jwt.split('.').nth(1).unwrap();
    let list: Value = serde_json::from_slice(
        &base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, payload).unwrap(),
    )
    .unwrap();
    assert_eq!(list["type"], json!(["VerifiableCredential", "BitstringStatusListCredential"]));
    assert_eq!(list["credentialSubject"]["statusPurpose"], "revocation");
    let encoded = list["credentialSubject"]["encodedList"].as_str().unwrap().strip_prefix('u').unwrap();
    let gz = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, encoded).unwrap();
    let mut bits = Vec::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut bits).unwrap();
    assert!(bits.len() * 8 >= 131_072, "at least 16 KB");
    let index: usize = entry["statusListIndex"].as_str().unwrap().parse().unwrap();
    ((bits[index / 8] >> (7 - index % 8)) & 1, etag)
}

both_backends! {
    async fn the_ob3_credential_is_the_jwt_payload_and_its_status_bit_flips_on_revocation(app) {
        let mut h = holder(&app).await;
        let jwt = app.client.get(app.url(&format!("/credentials/{}/ob3.jwt", h.id))).bearer_auth(&h.token).send().await.unwrap().text().await.unwrap();
        let payload: Value = serde_json::from_slice(&base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, jwt.split('.').nth(1).unwrap()).unwrap()).unwrap();
        // OB 3.0 §8.2.4.1: the payload is the OpenBadgeCredential, with the registered claims added.
        assert!(payload.get("vc").is_none());
        assert_eq!(payload["@context"][1], "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assert_eq!(payload["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
        assert_eq!((&payload["iss"], &payload["jti"], &payload["sub"]), (&payload["issuer"]["id"], &payload["id"], &payload["credentialSubject"]["id"]));
        assert_eq!(payload["exp"], ess_academy::clock::parse_rfc3339(payload["validUntil"].as_str().unwrap()).unwrap());
        assert_eq!(payload["nbf"], ess_academy::clock::parse_rfc3339(payload["validFrom"].as_str().unwrap()).unwrap());
        let entry = payload["credentialStatus"].clone();
        assert_eq!((entry["type"].as_str(), entry["statusPurpose"].as_str()), (Some("BitstringStatusListEntry"), Some("revocation")));
        let (bit, etag) = status_bit(&app, &entry).await;
        assert_eq!(bit, 0);
        if let Some(verdict) = independent_verdict(&app, &jwt, 0).await {
            assert_eq!((verdict["ok"].as_bool(), verdict["status_bit"].as_i64()), (Some(true), Some(0)));
        }
        // The badge carries the same credential, baked in.
        let png = app.client.get(app.url(&format!("/credentials/{}/badge.png?size=600", h.id))).bearer_auth(&h.token).send().await.unwrap().bytes().await.unwrap();
        let baked = ess_academy::credentials::badge::baked_text(&png, "openbadgecredential").unwrap();
        assert_eq!(baked.split('.').nth(1), jwt.split('.').nth(1), "the same credential");
        let svg = app.client.get(app.url(&format!("/credentials/{}/badge.svg", h.id))).bearer_auth(&h.token).send().await.unwrap().text().await.unwrap();
        assert!(svg.contains(r#"<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">"#));

        // Revoking flips the bit at once; the list's ETag changes with it.
        let revoked = app.client.post(app.url(&format!("/api/v1/admin/credentials/{}/revoke", h.id))).bearer_auth(&h.admin).json(&json!({"reason": "Exam fraud"})).send().await.unwrap();
        assert_eq!(revoked.status(), 200);
        let (bit, new_etag) = status_bit(&app, &entry).await;
        assert_eq!(bit, 1);
        assert_ne!(etag, new_etag);
        let cached = app.client.get(entry["statusListCredential"].as_str().unwrap()).header("If-None-Match", &new_etag).send().await.unwrap();
        assert_eq!(cached.status(), 304);
        if let Some(verdict) = independent_verdict(&app, &jwt, 1).await {
            assert_eq!(verdict["status_bit"], 1);
        }
        assert_eq!(app.client.get(app.url("/ob/status/999")).send().await.unwrap().status(), 404);
        // A revoked credential cannot be renewed, and is not listed for renewal.
        let refused = start(&app, &h.token, RENEWAL_EXAM).await;
        assert_eq!(refused.status(), 403);
        assert!(problem(refused).await["detail"].as_str().unwrap().contains("revoked"));
        assert_eq!(get_json(&app, &h.token, "/api/v1/me/renewals").await, json!([]));
        h.relogin(&app).await;
    }

    async fn a_renewed_credential_carries_the_new_expiry_and_an_old_jwt_keeps_its_dates(app) {
        let mut h = holder(&app).await;
        let old_jwt = app.client.get(app.url(&format!("/credentials/{}/ob3.jwt", h.id))).bearer_auth(&h.token).send().await.unwrap().text().await.unwrap();
        let expires = expires_of(&app, &h.id);
        app.clock.set(expires - 30 * DAY);
        h.relogin(&app).await;
        exempt_renewal_module(&app, &h).await;
        let attempt = sit_renewal(&app, &h.token).await;
        assert_eq!(submit(&app, &h.token, attempt).await.status(), 200);
        let new_jwt = app.client.get(app.url(&format!("/credentials/{}/ob3.jwt", h.id))).bearer_auth(&h.token).send().await.unwrap().text().await.unwrap();
        let claims = |jwt: &str| -> Value { serde_json::from_slice(&base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, jwt.split('.').nth(1).unwrap()).unwrap()).unwrap() };
        let (old, new) = (claims(&old_jwt), claims(&new_jwt));
        assert_eq!(old["id"], new["id"], "the same credential");
        assert_eq!(old["validUntil"], rfc3339(expires).as_str());
        assert_eq!(new["validUntil"], rfc3339(add_months(expires, 12)).as_str());
        assert_eq!(new["exp"], add_months(expires, 12));
        // The old JWT still verifies with the issuer's published key, with its own dates.
        let jwks: jsonwebtoken::jwk::JwkSet = app.client.get(app.url("/.well-known/jwks.json")).send().await.unwrap().json().await.unwrap();
        let kid = jsonwebtoken::decode_header(&old_jwt).unwrap().kid.unwrap();
        let key = jsonwebtoken::DecodingKey::from_jwk(jwks.find(&kid).unwrap()).unwrap();
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::EdDSA);
        validation.validate_exp = false;
        let decoded = jsonwebtoken::decode::<Value>(&old_jwt, &key, &validation).unwrap();
        assert_eq!(decoded.claims["exp"], expires);
    }

    async fn every_instance_signs_with_the_one_issuer_key(app) {
        // A second instance on the same database, with its own data dir and the same secret,
        // signs with the same key.
        let second_dir = tempfile::tempdir().unwrap();
        std::fs::copy(app._data_dir.path().join("secret"), second_dir.path().join("secret")).unwrap();
        let (second, _, _) = crate::helpers::spawn_instance(&app.database_url, second_dir.path(), app.smtp.port, app.clock.clone()).await;
        let jwks_a: Value = app.client.get(app.url("/.well-known/jwks.json")).send().await.unwrap().json().await.unwrap();
        let jwks_b: Value = app.client.get(format!("{second}/.well-known/jwks.json")).send().await.unwrap().json().await.unwrap();
        assert_eq!(jwks_a["keys"].as_array().unwrap().len(), 1, "one issuer key: {jwks_a}");
        assert_eq!(jwks_a["keys"][0]["x"], jwks_b["keys"][0]["x"]);
    }
}

#[test]
fn the_renewal_pool_holds_three_times_each_draw() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
    let report = ess_academy::course_load::check::check_dir(&dir);
    assert!(report.problems.iter().all(|p| p.warning), "{:?}", report.problems);
    let course = &report.courses[0];
    let exam = course.exams.iter().find(|e| e.slug == RENEWAL_EXAM).unwrap();
    assert_eq!((exam.exam.time_limit_minutes, exam.exam.pass_percent), (30, 80));
    for entry in &exam.exam.blueprint {
        let pool = exam.questions.iter().filter(|q| q.meta.topic == entry.topic).count() as i64;
        assert!(pool >= 3 * entry.count, "{}: {pool} for {}", entry.topic, entry.count);
    }
    assert_eq!(exam.exam.blueprint.iter().map(|b| b.count).sum::<i64>(), 20);
    let _ = ess_academy::clock::SystemClock.now();
}
