//! The credential kit over HTTP: the whole journey from registration to every file, checked
//! for real (PDF text, PNG sizes and baked assertions, the OB 3.0 JWT against the JWKS), who may
//! fetch what, name corrections, expiry reminders, rate-limited lookups and the admin outbox.

use diesel::prelude::*;
use ess_academy::credentials::badge::{baked_text, png_size};
use jsonwebtoken::{Algorithm, DecodingKey, Validation, jwk::JwkSet};
use serde_json::{Value, json};

use crate::both_backends;
use crate::exams::{EXAM1, EXAM2, answer_all, ready_learner_with_email, start, submit};
use crate::helpers::{TestApp, problem};

/// A learner who earned the credential; returns (user id, token, admin token, e-mail, public id).
async fn specialist(app: &TestApp) -> (i64, String, String, String, String) {
    let (user_id, token, admin, email) = ready_learner_with_email(app).await;
    for exam in [EXAM1, EXAM2] {
        let paper: Value = start(app, &token, exam).await.json().await.unwrap();
        let id = paper["attempt_id"].as_i64().unwrap();
        answer_all(app, &token, id, 35).await;
        assert_eq!(submit(app, &token, id).await.status(), 200);
    }
    let list: Vec<Value> = app
        .client
        .get(app.url("/api/v1/me/credentials"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.len(), 1);
    let public_id = list[0]["id"].as_str().unwrap().to_owned();
    (user_id, token, admin, email, public_id)
}

async fn get_bytes(app: &TestApp, token: &str, path: &str) -> (u16, Vec<u8>) {
    let response = app.client.get(app.url(path)).bearer_auth(token).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.bytes().await.unwrap().to_vec())
}

pub(crate) fn pdftotext(pdf: &[u8]) -> String {
    pdftotext_with(pdf, &[])
}

/// A PDF's text by `pdftotext` with `options` (e.g. `-raw`) before its input and output.
pub(crate) fn pdftotext_with(pdf: &[u8], options: &[&str]) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("pdftotext")
        .args(options)
        .args(["-", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "pdftotext {options:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

both_backends! {
    async fn the_whole_journey_ends_in_a_kit_whose_files_check_out(app) {
        let (_, token, admin, email, id) = specialist(&app).await;

        // The API lists the credential with the URLs of its files.
        let list: Vec<Value> = app.client.get(app.url("/api/v1/me/credentials")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        let c = &list[0];
        assert_eq!((c["title"].as_str(), c["status"].as_str()), (Some("Environmental Sustainability Specialist"), Some("valid")));
        assert_eq!(c["verify_url"], format!("{}/verify/{id}", app.address));
        for (key, path) in [("certificate_pdf", "certificate.pdf"), ("badge_png", "badge.png?size=600"), ("badge_svg", "badge.svg"), ("signature_png", "signature.png"), ("ob3_jwt", "ob3.jwt")] {
            assert_eq!(c["files"][key], format!("{}/credentials/{id}/{path}", app.address), "{key}");
        }
        assert!(c["issued_at"].as_str().unwrap().ends_with('Z') && c["expires_at"].as_str().unwrap() > c["issued_at"].as_str().unwrap());

        // The certificate's text holds the name and the id.
        let (status, pdf) = get_bytes(&app, &token, &format!("/credentials/{id}/certificate.pdf")).await;
        assert_eq!(status, 200);
        let text = pdftotext(&pdf);
        assert!(text.contains("Lee Learner") && text.contains(&id), "{text}");

        // The PNGs decode at their sizes and carry the hosted assertion.
        let assertion_url = format!("{}/ob/assertions/{id}.json", app.address);
        for size in [600u32, 1200] {
            let (status, png) = get_bytes(&app, &token, &format!("/credentials/{id}/badge.png?size={size}")).await;
            assert_eq!(status, 200);
            assert_eq!(png_size(&png), Some((size, size)));
            assert_eq!(baked_text(&png, "openbadges").as_deref(), Some(assertion_url.as_str()));
        }
        let (_, svg) = get_bytes(&app, &token, &format!("/credentials/{id}/badge.svg")).await;
        let svg = String::from_utf8(svg).unwrap();
        assert!(svg.contains("<openbadges:assertion") && svg.replace("&#x2F;", "/").contains(&assertion_url), "{svg}");
        let (status, signature) = get_bytes(&app, &token, &format!("/credentials/{id}/signature.png")).await;
        assert_eq!((status, png_size(&signature)), (200, Some((1200, 240))));

        // The hosted assertion names the badge and the recipient's hashed e-mail.
        let assertion: Value = app.client.get(&assertion_url).send().await.unwrap().json().await.unwrap();
        assert_eq!(assertion["type"], "Assertion");
        let salt = assertion["recipient"]["salt"].as_str().unwrap();
        let hashed: String = <sha2::Sha256 as sha2::Digest>::digest(format!("{email}{salt}").as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(assertion["recipient"]["identity"], format!("sha256${hashed}"));
        let issuer: Value = app.client.get(app.url("/ob/issuer.json")).send().await.unwrap().json().await.unwrap();
        assert!(issuer["email"].as_str().unwrap().contains('@'));

        // The OB 3.0 JWT verifies against the published JWKS, and its kid dereferences to the key.
        let (status, jwt) = get_bytes(&app, &token, &format!("/credentials/{id}/ob3.jwt")).await;
        assert_eq!(status, 200);
        let jwt = String::from_utf8(jwt).unwrap();
        let header = jsonwebtoken::decode_header(&jwt).unwrap();
        assert_eq!((header.alg, header.typ.as_deref()), (Algorithm::EdDSA, Some("JWT")));
        let kid = header.kid.unwrap();
        let jwks: JwkSet = app.client.get(app.url("/.well-known/jwks.json")).send().await.unwrap().json().await.unwrap();
        let jwk = jwks.find(&kid).expect("the signing key is in the JWKS");
        let by_kid: Value = app.client.get(&kid).send().await.unwrap().json().await.unwrap();
        assert_eq!(by_kid["x"], serde_json::to_value(jwk).unwrap()["x"]);
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "jti", "sub"]);
        let claims = jsonwebtoken::decode::<Value>(&jwt, &DecodingKey::from_jwk(jwk).unwrap(), &validation).unwrap().claims;
        // OB 3.0 §8.2.4.1: the payload is the credential itself, with the registered claims added.
        assert!(claims.get("vc").is_none(), "no `vc` wrapper");
        let vc = &claims;
        assert_eq!(vc["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
        assert_eq!(vc["@context"][0], "https://www.w3.org/ns/credentials/v2");
        assert_eq!(claims["jti"], vc["id"]);
        assert_eq!(claims["iss"], vc["issuer"]["id"]);
        assert_eq!(claims["sub"], vc["credentialSubject"]["id"]);
        assert_eq!(vc["credentialSubject"]["achievement"]["name"], "Environmental Sustainability Specialist");
        assert_eq!(vc["credentialSubject"]["identifier"][0]["identityHash"].as_str().unwrap().len(), "sha256$".len() + 64);
        let mut tampered: Vec<&str> = jwt.split('.').collect();
        let other = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, serde_json::to_vec(&json!({"name": "forged"})).unwrap());
        tampered[1] = &other;
        assert!(jsonwebtoken::decode::<Value>(&tampered.join("."), &DecodingKey::from_jwk(jwk).unwrap(), &validation).is_err());

        // A file asked for again with its ETag is not sent again.
        let response = app.client.get(app.url(&format!("/credentials/{id}/badge.png?size=600"))).bearer_auth(&token).send().await.unwrap();
        let tag = response.headers()["etag"].to_str().unwrap().to_owned();
        let again = app.client.get(app.url(&format!("/credentials/{id}/badge.png?size=600"))).bearer_auth(&token).header("If-None-Match", &tag).send().await.unwrap();
        assert_eq!(again.status(), 304);

        // The kit page: previews, copy blocks filled in for the holder, LinkedIn links.
        let page = app.client.get(app.url(&format!("/credentials/{id}"))).bearer_auth(&token).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap().replace("&#x2F;", "/").replace("&amp;", "&");
        for needle in ["Customer e-mail", "RFP", "linkedin.com/profile/add?startTask=CERTIFICATION_NAME", "certId=", "Copy the HTML", "signature.png", "ob3.jwt"] {
            assert!(html.contains(needle), "{needle} missing from the kit page");
        }
        assert!(html.contains(&format!("{}/verify/{id}", app.address)));
        assert!(!html.contains("{verify_url}") && !html.contains("{name}"), "every placeholder is filled in");

        // A programme admin may open the files; another learner and strangers may not.
        assert_eq!(get_bytes(&app, &admin, &format!("/credentials/{id}/certificate.pdf")).await.0, 200);
        let (_, other) = app.user_with_role("Oda Other", "learner").await;
        for path in ["", "/certificate.pdf", "/badge.png", "/badge.svg", "/ob3.jwt"] {
            assert_eq!(get_bytes(&app, &other, &format!("/credentials/{id}{path}")).await.0, 404, "{path}");
        }
        let (anonymous, _) = app.new_client();
        let response = anonymous.get(app.url(&format!("/credentials/{id}/certificate.pdf"))).send().await.unwrap();
        assert_eq!(response.status(), 303, "strangers are sent to log in");
        assert!(response.headers()["location"].to_str().unwrap().starts_with("/login"));
        assert_eq!(anonymous.get(app.url(&format!("/credentials/{id}/signature.png"))).send().await.unwrap().status(), 200, "the signature graphic is public");
        assert_eq!(anonymous.get(app.url("/credentials/nope/signature.png")).send().await.unwrap().status(), 404);
    }

    async fn a_name_correction_is_asked_approved_and_shown_as_a_reissue(app) {
        let (user_id, token, admin, email, id) = specialist(&app).await;
        let ask = |body: Value| app.client.post(app.url("/api/v1/me/name-corrections")).bearer_auth(&token).json(&body).send();
        let bad = ask(json!({"name": "Lee 𓀀", "reason": "typo"})).await.unwrap();
        assert_eq!(bad.status(), 422);
        assert!(problem(bad).await["errors"]["name"].as_str().unwrap().contains("cannot print"));
        assert_eq!(ask(json!({"name": "Lee Léarner", "reason": ""})).await.unwrap().status(), 422);
        let created = ask(json!({"name": "Lee Léarner", "reason": "The accent was missing"})).await.unwrap();
        assert_eq!(created.status(), 201);
        let correction: Value = created.json().await.unwrap();
        assert_eq!((correction["status"].as_str(), correction["previous_name"].as_str()), (Some("pending"), Some("Lee Learner")));
        assert_eq!(ask(json!({"name": "Lee Other", "reason": "again"})).await.unwrap().status(), 409, "one open request at a time");

        // Learners cannot decide; an admin must give a note to reject.
        let cid = correction["id"].as_i64().unwrap();
        let decide = |who: &str, body: Value| app.client.post(app.url(&format!("/api/v1/admin/name-corrections/{cid}"))).bearer_auth(who.to_owned()).json(&body).send();
        assert_eq!(decide(&token, json!({"approve": true})).await.unwrap().status(), 403);
        assert_eq!(decide(&admin, json!({"approve": false})).await.unwrap().status(), 422);
        let pending: Vec<Value> = app.client.get(app.url("/api/v1/admin/name-corrections")).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
        assert!(pending.iter().any(|p| p["id"] == cid));
        let approved = decide(&admin, json!({"approve": true})).await.unwrap();
        assert_eq!(approved.status(), 200);
        assert_eq!(decide(&admin, json!({"approve": true})).await.unwrap().status(), 409, "decided once");

        // Same id, new name, everywhere; the history says it was reissued.
        let verify: Value = app.client.get(app.url(&format!("/verify/{id}.json"))).send().await.unwrap().json().await.unwrap();
        assert_eq!(verify["name"], "Lee Léarner");
        let page = app.client.get(app.url(&format!("/verify/{id}"))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Reissued") && page.contains("with a corrected name"));
        let me: Value = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(me["name"], "Lee Léarner");
        let (_, pdf) = get_bytes(&app, &token, &format!("/credentials/{id}/certificate.pdf")).await;
        assert!(pdftotext(&pdf).contains("Lee Léarner"));
        let kit = app.client.get(app.url(&format!("/credentials/{id}"))).bearer_auth(&token).send().await.unwrap().text().await.unwrap();
        assert!(kit.contains("Reissued with a corrected name"));
        let mail = app.smtp.wait_for_subject(&email, "Your name is corrected").await;
        assert!(mail.text.contains("Lee Léarner"));
        let events: i64 = ess_academy::db::schema::credential_events::table
            .filter(ess_academy::db::schema::credential_events::kind.eq("name_corrected"))
            .count()
            .get_result(&mut *app.db().read().unwrap())
            .unwrap();
        assert_eq!(events, 1);
        let _ = user_id;
    }

    async fn expiry_reminders_open_the_renewal_at_90_days_then_count_down_60_and_30_once_each(app) {
        let (_, _, _, email, id) = specialist(&app).await;
        let expires_at: i64 = ess_academy::db::schema::credentials::table
            .filter(ess_academy::db::schema::credentials::public_id.eq(&id))
            .select(ess_academy::db::schema::credentials::expires_at)
            .first(&mut *app.db().read().unwrap())
            .unwrap();
        let run = |now: i64| {
            // The app's clock moves too, so that its mail worker sees the reminders as due.
            app.clock.set(now);
            let db = app.db();
            let mailer = ess_academy::mail::Mailer::new(std::sync::Arc::new(ess_academy::templates::load().unwrap()), app.address.clone());
            let run = move || ess_academy::credentials::reminders::send_due(&mut db.write().unwrap(), &mailer, now).unwrap();
            tokio::task::spawn_blocking(run)
        };
        let day = 86_400;
        assert_eq!(run(expires_at - 91 * day).await.unwrap(), 0, "not yet");
        // The app's own reminder worker runs on the same (moved) clock and may send a due mail
        // before the test's call does: each call sends at most one, and what arrived (below) is
        // each reminder exactly once.
        // 90 days before, the renewal window opens: that mail stands for the 90-day reminder.
        assert!(run(expires_at - 89 * day).await.unwrap() <= 1);
        assert_eq!(run(expires_at - 88 * day).await.unwrap(), 0, "once");
        let (a, b) = tokio::join!(run(expires_at - 59 * day), run(expires_at - 59 * day));
        assert!(a.unwrap() + b.unwrap() <= 1, "two instances at once: one mail at most");
        assert!(run(expires_at - 10 * day).await.unwrap() <= 1);
        assert!(run(expires_at + day).await.unwrap() <= 1, "expired: the grace mail");
        assert_eq!(run(expires_at + 2 * day).await.unwrap(), 0, "expired: nothing more");
        let wanted = 4;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let mut subjects: Vec<String> = Vec::new();
        while std::time::Instant::now() < deadline {
            subjects = app.smtp.all().into_iter().filter(|m| m.to.contains(&email)).map(|m| m.subject).filter(|s| s.contains("expire") || s.contains("Renewal")).collect();
            if subjects.len() >= wanted {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        subjects.sort();
        assert_eq!(subjects, vec![
            "Renewal is open: keep your Environmental Sustainability Specialist credential".to_owned(),
            "Your Environmental Sustainability Specialist credential expired: 59 days of grace left to renew".to_owned(),
            "Your Environmental Sustainability Specialist credential expires in 30 days".to_owned(),
            "Your Environmental Sustainability Specialist credential expires in 60 days".to_owned(),
        ]);
    }

    async fn public_lookups_are_rate_limited_per_client(app) {
        let (anonymous, _) = app.new_client();
        let mut statuses = Vec::new();
        for i in 0..61 {
            statuses.push(anonymous.get(app.url(&format!("/verify/unknown{i}.json"))).send().await.unwrap().status().as_u16());
        }
        assert!(statuses[..60].iter().all(|s| *s == 404), "unknown ids are 404: {statuses:?}");
        let limited = anonymous.get(app.url("/verify/unknown.json")).send().await.unwrap();
        assert_eq!(limited.status(), 429);
        assert!(limited.headers().contains_key("retry-after"));
    }

    async fn the_admin_outbox_lists_mails_and_retries_a_failed_one(app) {
        let (admin_user, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        // A mail that was given up.
        let db = app.db();
        let id: i64 = tokio::task::spawn_blocking(move || {
            use ess_academy::db::schema::mail_outbox as o;
            let mut conn = db.write().unwrap();
            diesel::insert_into(o::table)
                .values((o::to_address.eq("stuck@x.example"), o::subject.eq("Stuck"), o::body_text.eq("t"), o::body_html.eq("<p>t</p>"), o::created_at.eq(0i64), o::next_attempt_at.eq(i64::MAX / 2), o::attempts.eq(8), o::failed_at.eq(Some(1i64)), o::last_error.eq(Some("SMTP: connection refused"))))
                .returning(o::id)
                .get_result(&mut *conn)
                .unwrap()
        }).await.unwrap();
        assert_eq!(app.client.get(app.url("/admin/outbox")).bearer_auth(&learner).send().await.unwrap().status(), 403);
        let page = app.client.get(app.url("/admin/outbox")).bearer_auth(&admin).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("stuck@x.example") && page.contains("connection refused") && page.contains("Retry now"));
        app.post_form("/login", &[("email", &admin_user.email), ("password", crate::helpers::PASSWORD)]).await;
        let response = app.post_form(&format!("/admin/outbox/{id}/retry"), &[]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/admin/outbox?notice=retrying");
        let mail = app.smtp.wait_for("stuck@x.example").await;
        assert_eq!(mail.subject, "Stuck");
    }
}
