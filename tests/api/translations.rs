//! Translated courses over HTTP: a Spanish learner reads the modules, answers knowledge checks,
//! sits an exam paper drawn once and shown in Spanish (and the same paper in English), and gets
//! the kit's copy blocks in Spanish; the API's language order (`?lang=`, the account, the
//! browser); what admins see of translations, and a browser edit that leaves one stale until it
//! is translated again in the editor. The expected Spanish is read from the translation files
//! themselves, not from what the server stored.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::both_backends;
use crate::exams::{COURSE, EXAM1, ready_learner_with_email, start, submit};
use crate::helpers::{TestApp, answer_key, problem};

fn course_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("courses").join(COURSE)
}

fn spanish(path: &str) -> String {
    std::fs::read_to_string(course_dir().join("translations/es").join(path)).unwrap()
}

/// A front-matter string value, as written (`title = "…"`).
fn front_value(text: &str, key: &str) -> String {
    let line = text.lines().find(|l| l.starts_with(&format!("{key} = "))).unwrap();
    serde_json::from_str(line.split_once(" = ").unwrap().1).unwrap()
}

/// Letters and digits only, lower-cased: markup, entities and punctuation do not count.
fn words(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

/// The stems of every Spanish question of an exam, as words.
fn spanish_stems(exam: &str) -> HashSet<String> {
    let dir = course_dir().join("translations/es/exams").join(exam);
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let body = text.splitn(3, "+++").nth(2).unwrap();
            let stem = body.split("\n- [").next().unwrap();
            words(stem)
        })
        .collect()
}

async fn json_of(app: &TestApp, token: &str, path: &str, headers: &[(&str, &str)]) -> (u16, Value) {
    let mut request = app.client.get(app.url(path)).bearer_auth(token);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

async fn set_locale(app: &TestApp, token: &str, locale: &str) {
    let r = app
        .client
        .patch(app.url("/api/v1/me"))
        .bearer_auth(token)
        .json(&json!({"locale": locale}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

both_backends! {
    async fn a_spanish_learner_studies_sits_the_exam_and_copies_the_kit_in_spanish(app) {
        let (user_id, token, _admin, _) = ready_learner_with_email(&app).await;
        set_locale(&app, &token, "es").await;
        let course_es = spanish("course.toml");

        // The catalogue: Spanish texts, and the languages the course is whole in.
        let (status, courses) = json_of(&app, &token, "/api/v1/courses", &[]).await;
        assert_eq!(status, 200);
        let course = courses.as_array().unwrap().iter().find(|c| c["slug"] == COURSE).unwrap();
        assert_eq!(course["lang"], "es");
        assert_eq!(course["title"], front_value(&course_es, "title"));
        assert_eq!(course["languages"], json!([{"lang": "en", "complete": true}, {"lang": "es", "complete": true}]));
        let module_1 = spanish("modules/01-why-circular.md");
        assert_eq!(course["modules"][0]["title"], front_value(&module_1, "title"));
        assert_eq!(course["modules"][0]["minutes"], 65, "minutes come from the source");

        // A module: its text, its knowledge checks (same ids, Spanish words).
        let (_, module) = json_of(&app, &token, &format!("/api/v1/courses/{COURSE}/modules/why-circular"), &[]).await;
        assert_eq!(module["lang"], "es");
        assert_eq!(module["title"], front_value(&module_1, "title"));
        assert!(words(module["html"].as_str().unwrap()).contains(&words("Por qué te importa")), "a Spanish heading");
        let (_, english) = json_of(&app, &token, &format!("/api/v1/courses/{COURSE}/modules/why-circular?lang=en"), &[]).await;
        assert_eq!(english["lang"], "en");
        let ids = |m: &Value| m["checks"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
        assert_eq!(ids(&module), ids(&english));
        assert_ne!(module["checks"][0]["stem_html"], english["checks"][0]["stem_html"]);
        let stem = words(module["checks"][0]["stem_html"].as_str().unwrap());
        assert!(words(&module_1).contains(&stem), "the check's stem is the Spanish file's");

        // Answering a check: the verdict is the source's, the explanation Spanish.
        let check = &module["checks"][0];
        let right = english["checks"][0]["options"].as_array().unwrap().iter().map(|o| o["id"].clone()).collect::<Vec<_>>();
        let answered: Value = app
            .client
            .post(app.url(&format!("/api/v1/courses/{COURSE}/modules/why-circular/checks/{}", check["id"].as_str().unwrap())))
            .bearer_auth(&token)
            .json(&json!({"selected": [right[0].clone()]}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let explanation = words(answered["explanation_html"].as_str().unwrap());
        assert!(!explanation.is_empty() && words(&module_1).contains(&explanation), "{answered}");

        // The exam: a Spanish paper, the same paper in English, graded the same.
        let paper: Value = start(&app, &token, EXAM1).await.json().await.unwrap();
        assert_eq!(paper["lang"], "es");
        let attempt = paper["attempt_id"].as_i64().unwrap();
        let stems = spanish_stems(EXAM1);
        for question in paper["questions"].as_array().unwrap() {
            assert!(stems.contains(&words(question["stem_html"].as_str().unwrap())), "{}", question["stem_html"]);
        }
        let (_, in_english) = json_of(&app, &token, &format!("/api/v1/attempts/{attempt}?lang=en"), &[]).await;
        assert_eq!(in_english["lang"], "en");
        let shape = |p: &Value| {
            p["questions"].as_array().unwrap().iter().map(|q| {
                (q["id"].clone(), q["options"].as_array().unwrap().iter().map(|o| o["id"].clone()).collect::<Vec<_>>())
            }).collect::<Vec<_>>()
        };
        assert_eq!(shape(&paper), shape(&in_english), "the same questions and options, in the same order");
        assert!(in_english["questions"].as_array().unwrap().iter().all(|q| !stems.contains(&words(q["stem_html"].as_str().unwrap()))));
        for (question, selected) in answer_key(&app, attempt) {
            let r = app.client.put(app.url(&format!("/api/v1/attempts/{attempt}/answers/{question}"))).bearer_auth(&token).json(&json!({"selected": selected})).send().await.unwrap();
            assert_eq!(r.status(), 200);
        }
        // Answers are kept whatever the language the paper is read in.
        let (_, reread) = json_of(&app, &token, &format!("/api/v1/attempts/{attempt}"), &[]).await;
        assert_eq!(reread["lang"], "es");
        assert_eq!(reread["answers"].as_object().unwrap().len(), paper["questions"].as_array().unwrap().len());
        let result: Value = submit(&app, &token, attempt).await.json().await.unwrap();
        assert_eq!(result["passed"], true);
        assert_eq!(result["score_percent"], 100);
        let db = app.db();
        let lang: String = tokio::task::spawn_blocking(move || {
            use diesel::prelude::*;
            use ess_academy::db::schema::attempts as a;
            a::table.find(attempt).select(a::lang).first(&mut db.write().unwrap()).unwrap()
        })
        .await
        .unwrap();
        assert_eq!(lang, "es", "answered in Spanish, for the per-language statistics");
        // The item statistics count that paper under Spanish, on the API and on the admin's page.
        let (_, admin) = app.user_with_role("Stat Admin", "programme_admin").await;
        let (_, stats) = json_of(&app, &admin, &format!("/api/v1/admin/exams/{COURSE}/{EXAM1}/statistics"), &[]).await;
        let answered: Vec<&Value> = stats["items"].as_array().unwrap().iter().filter(|i| i["attempts"] == 1).collect();
        assert!(!answered.is_empty(), "{stats}");
        for item in &answered {
            assert_eq!(item["by_language"], json!([{"lang": "es", "attempts": 1, "facility": 1.0, "flagged": false}]), "{item}");
        }
        let page = app.client.get(app.url(&format!("/admin/courses/{COURSE}/exams/{EXAM1}/statistics"))).bearer_auth(&admin).header("accept-language", "es").send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Por idioma") && page.contains("<span lang=\"es\">es</span> 1,00"), "the per-language column in Spanish");

        // The kit: the copy blocks of a Spanish holder are the Spanish texts, filled in.
        let paper: Value = start(&app, &token, crate::exams::EXAM2).await.json().await.unwrap();
        let attempt = paper["attempt_id"].as_i64().unwrap();
        for (question, selected) in answer_key(&app, attempt) {
            app.client.put(app.url(&format!("/api/v1/attempts/{attempt}/answers/{question}"))).bearer_auth(&token).json(&json!({"selected": selected})).send().await.unwrap();
        }
        assert_eq!(submit(&app, &token, attempt).await.status(), 200);
        let (_, credentials) = json_of(&app, &token, "/api/v1/me/credentials", &[]).await;
        let id = credentials[0]["id"].as_str().unwrap().to_owned();
        let kit = app.client.get(app.url(&format!("/credentials/{id}"))).bearer_auth(&token).send().await.unwrap();
        assert_eq!(kit.status(), 200);
        let html = kit.text().await.unwrap();
        let linkedin = spanish("kit/05-linkedin-post.md");
        assert!(words(&html).contains(&words(&front_value(&linkedin, "title"))), "the Spanish title of a copy block");
        assert!(html.contains("lang=\"es\" readonly") || html.contains("readonly lang=\"es\""), "the copy blocks say their language");
        assert!(html.contains("Especialista en Sostenibilidad Medioambiental"), "the credential's Spanish name fills {{credential}}");
        assert!(!html.contains("{verify_url}") && html.contains(&format!("/verify/{id}")));
        assert!(html.contains(" de diciembre de ") || html.contains(" de enero de ") || html.contains(" de 20"), "a Spanish date");
        let _ = user_id;
    }

    async fn the_api_answers_in_the_requested_then_the_account_s_then_the_browser_s_language(app) {
        let (_, token) = app.user_with_role("Lena Learner", "learner").await;
        let path = format!("/api/v1/courses/{COURSE}/modules/sustainable-packaging");
        let title_es = front_value(&spanish("modules/06-sustainable-packaging.md"), "title");
        let (_, m) = json_of(&app, &token, &path, &[]).await;
        assert_eq!(m["lang"], "en", "English without any choice");
        let (_, m) = json_of(&app, &token, &path, &[("accept-language", "es-ES,es;q=0.9")]).await;
        assert_eq!((m["lang"].as_str(), m["title"].as_str()), (Some("es"), Some(title_es.as_str())), "the browser's language");
        set_locale(&app, &token, "de").await;
        let (_, m) = json_of(&app, &token, &path, &[("accept-language", "es")]).await;
        assert_eq!(m["lang"], "en", "the account's German beats the browser's Spanish; German is not translated, so English");
        let (_, m) = json_of(&app, &token, &format!("{path}?lang=es"), &[("accept-language", "de")]).await;
        assert_eq!(m["lang"], "es", "?lang= beats the account");
        let (status, body) = json_of(&app, &token, &format!("{path}?lang=xx"), &[]).await;
        assert_eq!(status, 422);
        assert!(body["errors"]["lang"].as_str().unwrap().contains("es"), "{body}");
        let (_, courses) = json_of(&app, &token, "/api/v1/courses?lang=es-MX", &[]).await;
        assert_eq!(courses[0]["lang"], "es", "a regional tag is read as its language");
        let bad = app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).json(&json!({"locale": "it"})).send().await.unwrap();
        assert_eq!(bad.status(), 422);
        assert_eq!(problem(bad).await["type"].as_str().unwrap().rsplit('/').next(), Some("validation"));
    }

    async fn a_browser_edit_of_a_source_leaves_its_translation_stale_until_it_is_translated_again(app) {
        let (admin, admin_token) = app.user_with_role("Ada Admin", "programme_admin").await;
        let (_, learner) = app.user_with_role("Lena Learner", "learner").await;
        set_locale(&app, &learner, "es").await;
        let states = |app: &TestApp| {
            let app_url = app.url(&format!("/api/v1/admin/courses/{COURSE}/translations"));
            let client = app.client.clone();
            let token = admin_token.clone();
            async move { client.get(app_url).bearer_auth(&token).send().await.unwrap().json::<Vec<Value>>().await.unwrap() }
        };
        let before = states(&app).await;
        // course.toml, 13 modules, 3 exams with 114 + 123 + 68 questions, 6 kit texts.
        assert_eq!(before.len(), 1 + 13 + 3 + 305 + 6);
        assert!(before.iter().all(|e| e["lang"] == "es" && e["state"] == "current"), "{:?}", before.iter().find(|e| e["state"] != "current"));
        assert!(before.iter().any(|e| e["path"] == "modules/06-sustainable-packaging.md"));
        assert!(before.iter().any(|e| e["path"] == "exams/foundations/ce-001.md"));

        // The source changes in the browser: the translation is stale, the learner reads English.
        let r = app
            .client
            .put(app.url(&format!("/api/v1/admin/courses/{COURSE}/modules/sustainable-packaging")))
            .bearer_auth(&admin_token)
            .json(&json!({"title": "Sustainable packaging", "minutes": 45, "objectives": ["Explain the packaging options", "Plan packaging on a project"], "markdown": "## Why this matters\n\nPackaging is part of the footprint.\n", "publish": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
        let after = states(&app).await;
        let entry = after.iter().find(|e| e["path"] == "modules/06-sustainable-packaging.md").unwrap();
        assert_eq!(entry["state"], "stale");
        assert_eq!(after.iter().filter(|e| e["state"] != "current").count(), 1);
        let path = format!("/api/v1/courses/{COURSE}/modules/sustainable-packaging");
        let (_, m) = json_of(&app, &learner, &path, &[]).await;
        assert_eq!((m["lang"].as_str(), m["title"].as_str()), (Some("en"), Some("Sustainable packaging")));
        let (_, courses) = json_of(&app, &learner, "/api/v1/courses", &[]).await;
        assert_eq!(courses[0]["languages"][1], json!({"lang": "es", "complete": false}));

        // The editor shows the new source beside the stale translation.
        app.post_form("/login", &[("email", &admin.email), ("password", crate::helpers::PASSWORD)]).await;
        let editor = format!("/admin/courses/{COURSE}/translations/es/modules/sustainable-packaging");
        let page = app.get(&editor).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Packaging is part of the footprint."), "the source beside the translation");
        assert!(html.contains(&front_value(&spanish("modules/06-sustainable-packaging.md"), "title").replace('"', "&quot;")), "the stale translation to start from");

        // A translation that drops an objective is refused, with the input kept.
        let bad = app
            .post_form(&editor, &[("title", "Embalaje sostenible"), ("objectives", "Explicar las opciones de embalaje"), ("summary", ""), ("markdown", "## Por qué te importa\n\nEl embalaje forma parte de la huella.\n")])
            .await;
        assert_eq!(bad.status(), 422);
        let html = bad.text().await.unwrap();
        assert!(html.contains("1 objectives, but the source has 2"), "{html}");
        assert!(html.contains("El embalaje forma parte de la huella."), "the input is kept");

        let good = app
            .post_form(&editor, &[("title", "Embalaje sostenible"), ("objectives", "Explicar las opciones de embalaje\nPlanificar el embalaje de un proyecto"), ("summary", ""), ("markdown", "## Por qué te importa\n\nEl embalaje forma parte de la huella.\n")])
            .await;
        assert_eq!(good.status(), 303);
        let entry = states(&app).await.into_iter().find(|e| e["path"] == "modules/06-sustainable-packaging.md").unwrap();
        assert_eq!(entry["state"], "current");
        let (_, m) = json_of(&app, &learner, &path, &[]).await;
        assert_eq!((m["lang"].as_str(), m["title"].as_str()), (Some("es"), Some("Embalaje sostenible")));
        assert!(m["html"].as_str().unwrap().contains("El embalaje forma parte de la huella."));

        // Export writes it with the source it was made from, and `check` finds it current.
        let out = tempfile::tempdir().unwrap();
        let (db, dir) = (app.db(), out.path().to_path_buf());
        let report = tokio::task::spawn_blocking(move || {
            ess_academy::course_load::sync::export(&mut db.read().unwrap(), &dir).unwrap();
            ess_academy::course_load::check::check_dir(&dir)
        })
        .await
        .unwrap();
        let about_packaging: Vec<String> = report.problems.iter().map(ToString::to_string).filter(|p| p.contains("sustainable-packaging")).collect();
        assert!(about_packaging.is_empty(), "{about_packaging:?}");
        let written = std::fs::read_to_string(out.path().join(COURSE).join("translations/es/modules/06-sustainable-packaging.md")).unwrap();
        assert!(written.contains("title = \"Embalaje sostenible\""));
    }

    async fn a_translation_keeps_every_revision_and_an_earlier_one_can_be_restored(app) {
        let (admin, admin_token) = app.user_with_role("Ada Admin", "programme_admin").await;
        let (_, learner) = app.user_with_role("Lena Learner", "learner").await;
        set_locale(&app, &learner, "es").await;
        app.post_form("/login", &[("email", &admin.email), ("password", crate::helpers::PASSWORD)]).await;
        let editor = format!("/admin/courses/{COURSE}/translations/es/modules/why-circular");
        // Imported from its file: revision 1, nothing to restore yet.
        let html = app.get(&editor).await.text().await.unwrap();
        assert!(html.contains("History of this translation") && html.contains("<td>r1</td>") && html.contains("course files"), "{html}");
        assert!(!html.contains("/revisions/1/restore"));

        // A browser save with one sentence more is revision 2.
        let file = spanish("modules/01-why-circular.md");
        let objectives: Vec<String> = file
            .lines()
            .skip_while(|l| !l.starts_with("objectives = ["))
            .skip(1)
            .take_while(|l| *l != "]")
            .map(|l| serde_json::from_str::<String>(l.trim().trim_end_matches(',')).unwrap())
            .collect();
        assert_eq!(objectives.len(), 4);
        let body = file.splitn(3, "+++").nth(2).unwrap().trim_start_matches('\n').to_owned();
        let edited = format!("{body}\nUna frase nueva, escrita en el navegador.\n");
        let saved = app
            .post_form(&editor, &[("title", &front_value(&file, "title")), ("objectives", &objectives.join("\n")), ("summary", &front_value(&file, "summary")), ("markdown", &edited)])
            .await;
        assert_eq!(saved.status(), 303, "{}", saved.text().await.unwrap());
        let path = format!("/api/v1/courses/{COURSE}/modules/why-circular");
        let (_, m) = json_of(&app, &learner, &path, &[]).await;
        assert!(m["html"].as_str().unwrap().contains("Una frase nueva"));
        let html = app.get(&editor).await.text().await.unwrap();
        assert!(html.contains("<td>r2</td>") && html.contains("Ada Admin") && html.contains("/revisions/1/restore"), "{html}");

        // Restoring revision 1 brings its text back as revision 3, current against the same source.
        let restored = app.post_form(&format!("{editor}/revisions/1/restore"), &[]).await;
        assert_eq!(restored.status(), 303);
        assert_eq!(restored.headers()["location"].to_str().unwrap(), format!("{editor}?restored=1"));
        let html = app.get(&format!("{editor}?restored=1")).await.text().await.unwrap();
        assert!(html.contains("Revision r1 is the translation again") && html.contains("<td>r3</td>") && html.contains("restored from an earlier revision"), "{html}");
        let (_, m) = json_of(&app, &learner, &path, &[]).await;
        assert_eq!(m["lang"], "es");
        assert!(!m["html"].as_str().unwrap().contains("Una frase nueva"), "the text of revision 1 again");
        let states: Vec<Value> = app.client.get(app.url(&format!("/api/v1/admin/courses/{COURSE}/translations"))).bearer_auth(&admin_token).send().await.unwrap().json().await.unwrap();
        assert_eq!(states.iter().find(|e| e["path"] == "modules/01-why-circular.md").unwrap()["state"], "current");
        let db = app.db();
        let history: Vec<(i32, String, String)> = tokio::task::spawn_blocking(move || {
            use diesel::prelude::*;
            use ess_academy::db::schema::{translation_revisions as tr, translations as t};
            tr::table
                .inner_join(t::table)
                .filter(t::path.eq("modules/01-why-circular.md"))
                .filter(t::lang.eq("es"))
                .order(tr::number)
                .select((tr::number, tr::origin, tr::text))
                .load(&mut db.write().unwrap())
                .unwrap()
        })
        .await
        .unwrap();
        let origins: Vec<(i32, &str)> = history.iter().map(|(n, o, _)| (*n, o.as_str())).collect();
        assert_eq!(origins, [(1, "file"), (2, "editor"), (3, "restore")]);
        assert_eq!(history[2].2, history[0].2, "revision 3 holds revision 1's text");
        assert_eq!(history[0].2, file, "revision 1 is the file as written");

        // No such revision; and only programme admins restore.
        assert_eq!(app.post_form(&format!("{editor}/revisions/9/restore"), &[]).await.status(), 404);
    }
}
