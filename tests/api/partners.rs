//! Partners over HTTP with two companies: admins create partners and managers; managers invite,
//! see and remove exactly their own people and files; accreditation follows credentials as they
//! are issued, expire and are revoked (a moved clock); the Takeback estimator and the public
//! partner page.

use std::io::Read;

use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{PASSWORD, TestApp, problem, rand_suffix};

struct Company {
    id: i64,
    code: String,
    manager: String,
    manager_email: String,
}

async fn company(app: &TestApp, admin: &str, name: &str, country: &str) -> Company {
    let (manager, _) = app.user_with_role(&format!("Manager {name}"), "learner").await;
    let without = app
        .client
        .put(app.url(&format!("/api/v1/admin/users/{}/role", manager.id)))
        .bearer_auth(admin)
        .json(&json!({"role": "partner_manager"}))
        .send()
        .await
        .unwrap();
    assert_eq!(without.status(), 422, "a manager needs a partner");
    assert!(problem(without).await["errors"]["partner_id"].is_string());
    let partner = app.partner_with_manager(admin, name, country, manager.id).await;
    let token = app.login(&manager.email, PASSWORD).await;
    Company {
        id: partner["id"].as_i64().unwrap(),
        code: partner["partner_code"].as_str().unwrap().to_owned(),
        manager: token,
        manager_email: manager.email,
    }
}

/// The manager invites someone, who registers through the e-mail's link; returns (id, e-mail).
async fn invite_and_register(app: &TestApp, company: &Company, name: &str) -> (i64, String) {
    let email = format!("invitee.{}@partner.example", rand_suffix());
    let invited = app
        .client
        .post(app.url("/api/v1/partner/invitations"))
        .bearer_auth(&company.manager)
        .json(&json!({"email": email}))
        .send()
        .await
        .unwrap();
    assert_eq!(invited.status(), 201);
    let mail = app.smtp.wait_for_subject(&email, "invites you").await;
    let link = mail.link(&format!("{}/invitations/", app.address));
    let token = link.rsplit('/').next().unwrap().to_owned();
    let (visitor, _) = app.new_client();
    let redirect = visitor.get(&link).send().await.unwrap();
    assert_eq!(redirect.status(), 303);
    let form = visitor
        .get(app.url(redirect.headers()["location"].to_str().unwrap()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(form.contains("You are invited by"), "the registration form names the partner");
    let wrong = app.post_json("/api/v1/auth/register", &json!({"email": format!("other.{}@x.example", rand_suffix()), "password": PASSWORD, "name": name, "company": "", "country": "DE", "invitation": token})).await;
    assert_eq!(wrong.status(), 422, "the invitation is for its address only");
    let registered = app.post_json("/api/v1/auth/register", &json!({"email": email, "password": PASSWORD, "name": name, "company": "", "country": "DE", "invitation": token})).await;
    assert_eq!(registered.status(), 201, "{}", registered.text().await.unwrap());
    let body: Value = registered.json().await.unwrap();
    let again = app.post_json("/api/v1/auth/register", &json!({"email": format!("x{email}"), "password": PASSWORD, "name": name, "company": "X", "country": "DE", "invitation": token})).await;
    assert_eq!(again.status(), 422, "an invitation works once");
    (body["id"].as_i64().unwrap(), email)
}

fn issue(app: &TestApp, user_id: i64) -> String {
    use diesel::prelude::*;
    use ess_academy::db::schema::{courses, credentials};
    let db = app.db();
    let mailer = ess_academy::mail::Mailer::new(
        std::sync::Arc::new(ess_academy::templates::load().unwrap()),
        app.address.clone(),
    );
    let now = ess_academy::clock::Clock::now(&app.clock);
    let mut conn = db.write().unwrap();
    let course_id: i64 = courses::table.select(courses::id).first(&mut *conn).unwrap();
    assert!(ess_academy::credentials::issue(&mut conn, &mailer, now, user_id, course_id).unwrap());
    credentials::table
        .filter(credentials::user_id.eq(user_id))
        .select(credentials::public_id)
        .first(&mut *conn)
        .unwrap()
}

async fn get_json(app: &TestApp, token: &str, path: &str) -> (u16, Value) {
    let response = app.client.get(app.url(path)).bearer_auth(token).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

both_backends! {
    async fn managers_see_exactly_their_own_people_and_files(app) {
        let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let a = company(&app, &admin, "Acme Networks", "DE").await;
        let b = company(&app, &admin, "Bolt Systems", "FR").await;
        let (alice, _) = invite_and_register(&app, &a, "Alice Acme").await;
        let (bob, _) = invite_and_register(&app, &b, "Bob Bolt").await;
        let alice_credential = issue(&app, alice);
        let bob_credential = issue(&app, bob);

        let (status, people) = get_json(&app, &a.manager, "/api/v1/partner/people").await;
        assert_eq!(status, 200);
        let names: Vec<&str> = people.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
        assert_eq!(names, vec!["Alice Acme", "Manager Acme Networks"]);
        let alice_line = &people[0];
        for key in ["id", "email", "name", "progress", "exams", "credential"] {
            assert!(alice_line.get(key).is_some(), "{key}");
        }
        assert_eq!(alice_line["credential"]["status"], "valid");
        assert!(!people.to_string().contains("selected") && !people.to_string().contains("correct_options"), "never answers");

        // Files: a's manager gets Alice's, not Bob's; a learner gets neither.
        let file = |token: &str, id: &str| app.client.get(app.url(&format!("/credentials/{id}/certificate.pdf"))).bearer_auth(token.to_owned()).send();
        assert_eq!(file(&a.manager, &alice_credential).await.unwrap().status(), 200);
        assert_eq!(file(&a.manager, &bob_credential).await.unwrap().status(), 404);
        assert_eq!(file(&b.manager, &alice_credential).await.unwrap().status(), 404);
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        assert_eq!(file(&learner, &alice_credential).await.unwrap().status(), 404);
        for path in ["/api/v1/partner/people", "/api/v1/partner/accreditation", "/api/v1/partner/credentials.zip", "/api/v1/admin/partners"] {
            assert_eq!(get_json(&app, &learner, path).await.0, 403, "{path}");
        }

        // The zip holds a's people's files only.
        let zip = app.client.get(app.url("/api/v1/partner/credentials.zip")).bearer_auth(&a.manager).send().await.unwrap();
        assert_eq!(zip.headers()["content-type"], "application/zip");
        let bytes = zip.bytes().await.unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let mut names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
        names.sort();
        assert_eq!(names, vec!["README.txt".to_owned(), format!("alice-acme-{alice}/badge.png"), format!("alice-acme-{alice}/certificate.pdf")]);
        let mut pdf = Vec::new();
        archive.by_name(&format!("alice-acme-{alice}/certificate.pdf")).unwrap().read_to_end(&mut pdf).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));

        // Removing: only one's own people; the credential stays the person's.
        let remove = |token: &str, id: i64| app.client.delete(app.url(&format!("/api/v1/partner/people/{id}"))).bearer_auth(token.to_owned()).send();
        assert_eq!(remove(&b.manager, alice).await.unwrap().status(), 404);
        assert_eq!(remove(&a.manager, alice).await.unwrap().status(), 204);
        let (_, people) = get_json(&app, &a.manager, "/api/v1/partner/people").await;
        assert_eq!(people.as_array().unwrap().len(), 1);
        assert_eq!(file(&a.manager, &alice_credential).await.unwrap().status(), 404, "no longer theirs");
        let verify: Value = app.client.get(app.url(&format!("/verify/{alice_credential}.json"))).send().await.unwrap().json().await.unwrap();
        assert_eq!(verify["status"], "valid");

        // An admin attaches Bob (who came without an invitation elsewhere) to a; the move is recorded.
        let moved = app.client.put(app.url(&format!("/api/v1/admin/users/{bob}/partner"))).bearer_auth(&admin).json(&json!({"partner_id": a.id})).send().await.unwrap();
        assert_eq!(moved.status(), 200);
        let (_, people) = get_json(&app, &b.manager, "/api/v1/partner/people").await;
        assert!(people.as_array().unwrap().iter().all(|p| p["name"] != "Bob Bolt"));
        let moves: i64 = {
            use diesel::prelude::*;
            ess_academy::db::schema::partner_moves::table.filter(ess_academy::db::schema::partner_moves::user_id.eq(bob)).count().get_result(&mut *app.db().read().unwrap()).unwrap()
        };
        assert_eq!(moves, 2, "invitation, then the admin's move");
        let _ = (b.id, &a.manager_email);
    }

    async fn accreditation_follows_issue_expiry_and_revocation(app) {
        let (admin_user, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let admin_email = admin_user.email.clone();
        let mut a = company(&app, &admin, "Acme Networks", "DE").await;
        let acc = |app: &TestApp, token: &str| { let token = token.to_owned(); let url = app.url("/api/v1/partner/accreditation"); let client = app.client.clone(); async move { client.get(url).bearer_auth(token).send().await.unwrap().json::<Value>().await.unwrap() } };
        let before = acc(&app, &a.manager).await;
        assert_eq!((before["accredited"].as_bool(), before["specialists"].as_i64(), before["min_specialists"].as_i64()), (Some(false), Some(0), Some(1)));
        assert!(before["since"].is_null() && before["lapses_at"].is_null());

        let (alice, _) = invite_and_register(&app, &a, "Alice Acme").await;
        let first = issue(&app, alice);
        let now = acc(&app, &a.manager).await;
        assert_eq!((now["accredited"].as_bool(), now["specialists"].as_i64()), (Some(true), Some(1)));
        let verify: Value = app.client.get(app.url(&format!("/verify/{first}.json"))).send().await.unwrap().json().await.unwrap();
        assert_eq!(now["since"], verify["issued_at"]);
        assert_eq!(now["lapses_at"], verify["expires_at"], "it lapses when Alice's credential expires");
        let public: Value = app.client.get(app.url(&format!("/verify/partners/{}.json", a.code))).send().await.unwrap().json().await.unwrap();
        assert_eq!((public["accredited"].as_bool(), public["specialists"].as_i64()), (Some(true), Some(1)));
        assert!(!public.to_string().contains("Alice") && !public.to_string().contains('@'), "no personal data: {public}");
        let certificate = app.client.get(app.url("/partner/certificate.pdf")).bearer_auth(&a.manager).send().await.unwrap();
        assert_eq!(certificate.status(), 200);

        // 60 days before the lapse the manager is warned, once.
        let lapse_secs = ess_academy::db::schema::credentials::table;
        let expires_at: i64 = {
            use diesel::prelude::*;
            lapse_secs.filter(ess_academy::db::schema::credentials::public_id.eq(&first)).select(ess_academy::db::schema::credentials::expires_at).first(&mut *app.db().read().unwrap()).unwrap()
        };
        app.clock.set(expires_at - 59 * 86_400);
        let warn = || {
            let db = app.db();
            let mailer = ess_academy::mail::Mailer::new(std::sync::Arc::new(ess_academy::templates::load().unwrap()), app.address.clone());
            let now = expires_at - 59 * 86_400;
            tokio::task::spawn_blocking(move || ess_academy::partners::reminders::send_due(&mut db.write().unwrap(), &mailer, now).unwrap())
        };
        assert_eq!(warn().await.unwrap(), 1);
        assert_eq!(warn().await.unwrap(), 0, "once");
        let mail = app.smtp.wait_for_subject(&a.manager_email, "lapses in 60 days").await;
        assert!(mail.text.contains("Acme Networks"));

        // Past the expiry: not accredited. (A year on, sessions have expired: log in again.)
        app.clock.set(expires_at + 1);
        let manager = app.login(&a.manager_email, PASSWORD).await;
        a.manager = manager.clone();
        let admin = app.login(&admin_email, PASSWORD).await;
        assert_eq!(acc(&app, &manager).await["accredited"], false);
        // A new specialist accredits it again, from their issue; revoking ends it.
        let (bea, _) = invite_and_register(&app, &a, "Bea Acme").await;
        let second = issue(&app, bea);
        let again = acc(&app, &manager).await;
        assert_eq!((again["accredited"].as_bool(), again["since"].as_str().map(str::to_owned)), (Some(true), Some(ess_academy::clock::rfc3339(expires_at + 1))));
        let revoked = app.client.post(app.url(&format!("/api/v1/admin/credentials/{second}/revoke"))).bearer_auth(&admin).json(&json!({"reason": "Exam fraud"})).send().await.unwrap();
        assert_eq!(revoked.status(), 200);
        assert_eq!(acc(&app, &manager).await["accredited"], false);
        assert_eq!(app.client.get(app.url("/partner/certificate.pdf")).bearer_auth(&manager).send().await.unwrap().status(), 409);
    }

    async fn the_takeback_estimator_is_public_and_labelled_an_estimate(app) {
        let estimate = |q: &str| app.client.get(app.url(&format!("/api/v1/takeback/estimate?{q}"))).send();
        let de: Value = estimate("country=DE&deal_value=250000").await.unwrap().json().await.unwrap();
        assert_eq!(de, json!({"eligible": true, "discount_percent": 7.0, "discount_amount": 17500.0}));
        let br: Value = estimate("country=BR&deal_value=250000").await.unwrap().json().await.unwrap();
        assert_eq!(br["eligible"], false);
        let bad = estimate("country=DE&deal_value=lots").await.unwrap();
        assert_eq!(bad.status(), 422);
        assert!(problem(bad).await["errors"]["deal_value"].is_string());
        let page = app.get("/takeback?country=DE&deal_value=250000").await.text().await.unwrap();
        assert!(page.contains("17,500.00") && page.contains("An estimate, not a quote"));
        let page = app.get("/takeback?country=DE&deal_value=").await;
        assert_eq!(page.status(), 422);
        assert!(page.text().await.unwrap().contains("Give the deal value"));
    }
}
