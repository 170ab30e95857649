//! The interface's language: chosen from `Accept-Language`, the switcher's cookie and the
//! account's saved preference, in that rising order; `<html lang>` and `Content-Language` say it;
//! and the pseudo-locale finds text on the translated pages that bypasses the message files.

use serde_json::{Value, json};

use crate::both_backends;
use crate::exams::{COURSE, EXAM1, EXAM2, answer_all, ready_learner_with_email, start, submit};
use crate::helpers::{TestApp, problem};

async fn page(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (reqwest::header::HeaderMap, String) {
    let mut request = app.client.get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let headers = response.headers().clone();
    (headers, response.text().await.unwrap())
}

fn html_lang(body: &str) -> &str {
    let start = body.find("<html lang=\"").unwrap() + "<html lang=\"".len();
    &body[start..start + body[start..].find('"').unwrap()]
}

/// The visible text and the people-facing attributes of a page, without scripts and styles, and
/// without what is code or content to copy rather than interface (`<code>`, `<textarea>`).
fn texts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push(rest[..open].to_owned());
        let tag_end = rest[open..].find('>').map_or(rest.len(), |i| open + i + 1);
        let tag = &rest[open..tag_end];
        for attribute in ["placeholder=\"", "aria-label=\"", "title=\"", "alt=\""] {
            if let Some(i) = tag.find(attribute) {
                let value = &tag[i + attribute.len()..];
                out.push(value[..value.find('"').unwrap_or(0)].to_owned());
            }
        }
        rest = &rest[tag_end..];
        for skipped in ["<script", "<style", "<code", "<textarea"] {
            if tag.starts_with(skipped) && !tag.ends_with("/>") {
                let close = format!("</{}>", &skipped[1..]);
                rest = rest.find(&close).map_or("", |i| &rest[i..]);
            }
        }
    }
    out.push(rest.to_owned());
    out
}

/// The text of HTML with its character references decoded (`&quot;` → `"`, `&#x2F;` → `/`).
fn decoded(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&i| i <= 8) else {
            out.push('&');
            rest = after;
            continue;
        };
        let name = &after[..semi];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "nbsp" => Some('\u{a0}'),
            _ => name
                .strip_prefix("#x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..amp + semi + 2]),
        }
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// Words of plain text outside the pseudo-locale's ⟦ ⟧ marks (addresses, `https://…` and
/// `/path`, are not words; nor is a word cut short by `…`, the end of an excerpt).
fn unmarked_words(text: &str) -> Vec<String> {
    unmarked_words_from(&mut 0, text)
}

/// The same, for a text that goes on from earlier ones: `depth` is how many ⟦ are open (a
/// message with markup is marked around all of it, and its tags cut it into several texts).
fn unmarked_words_from(depth: &mut i32, text: &str) -> Vec<String> {
    let text = decoded(text);
    let mut plain = String::new();
    for c in text.chars() {
        match c {
            '⟦' => *depth += 1,
            '⟧' => *depth -= 1,
            _ if *depth == 0 => plain.push(c),
            // Keep words apart where a mark ends.
            _ => plain.push(' '),
        }
    }
    plain
        .split_whitespace()
        .filter(|token| !token.contains("://") && !token.starts_with('/') && !token.ends_with('…'))
        .flat_map(|token| token.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 3)
        .map(str::to_owned)
        .collect()
}

/// Names of languages are written in their own language on purpose; names of formats and
/// products are the same in every language.
const ALLOWED: [&str; 16] = [
    "English", "Espa", "Fran", "ais", "Deutsch", "Portugu", "Brasil", "CSV", "PDF", "PNG", "SVG", "JSON", "JWT",
    "JWKS", "LinkedIn", "zip",
];

/// The course's own text (titles, summaries, objectives, exams, the kit) is content, not
/// interface: its words, and those of `more` (people's names, companies), are allowed.
async fn content_words(app: &TestApp, more: &str) -> Vec<String> {
    let catalogue: Value = app.get("/api/v1/courses").await.json().await.unwrap();
    let mut content = String::from(more);
    collect_strings(&catalogue, &mut content);
    read_texts(std::path::Path::new("courses/environmental-sustainability"), &mut content);
    unmarked_words(&content).into_iter().map(|w| w.to_lowercase()).collect()
}

/// What a page in a language shows of a message it could not complete: a missing key (`[key]`)
/// or a missing argument (`{$name}`).
fn unresolved(body: &str) -> Vec<String> {
    let mut found: Vec<String> =
        body.match_indices("{$").map(|(i, _)| body[i..(i + 30).min(body.len())].to_owned()).collect();
    for part in body.split('[').skip(1) {
        if let Some(key) = part.split(']').next()
            && key.contains('-')
            && key.split('-').all(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
        {
            found.push(format!("[{key}]"));
        }
    }
    found
}

/// The words of a page in the pseudo-locale that do not come from the message files, and what
/// the page shows in each translation of a message it could not complete.
async fn leaks_on(app: &TestApp, path: &str, headers: &[(&str, &str)], content: &[String]) -> Vec<String> {
    let mut leaks = Vec::new();
    for (lang, _) in ess_academy::i18n::LANGUAGES {
        let mut with_lang = headers.to_vec();
        let cookie = format!("ess_lang={lang}");
        with_lang.push(("cookie", cookie.as_str()));
        let (_, body) = page(app, path, &with_lang).await;
        assert_eq!(html_lang(&body), lang);
        leaks.extend(unresolved(&body).into_iter().map(|u| format!("{path} in {lang}: {u}")));
    }
    let mut headers = headers.to_vec();
    headers.push(("cookie", "ess_lang=en-XA"));
    let (_, body) = page(app, path, &headers).await;
    assert_eq!(html_lang(&body), "en-XA");
    assert!(body.matches('⟦').count() > 10, "{path} is in the pseudo-locale");
    leaks.extend(pseudo_leaks(path, body, content));
    leaks
}

/// The words of a page in the pseudo-locale that did not come from the message files.
fn pseudo_leaks(path: &str, body: String, content: &[String]) -> Vec<String> {
    let mut leaks = Vec::new();
    let mut depth = 0;
    for text in texts(&body) {
        for word in unmarked_words_from(&mut depth, &text) {
            if !ALLOWED.contains(&word.as_str()) && !content.contains(&word.to_lowercase()) {
                leaks.push(format!("{path}: {word:?} in {:?}", text.trim()));
            }
        }
    }
    assert_eq!(depth, 0, "{path}: every mark is closed");
    leaks
}

fn read_texts(dir: &std::path::Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "md" || e == "toml") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
            out.push(' ');
        }
    }
}

fn collect_strings(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => {
            out.push_str(s);
            out.push(' ');
        }
        Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

both_backends! {
    async fn the_browser_s_language_is_used_until_a_choice_is_made(app) {
        let (headers, body) = page(&app, "/", &[("accept-language", "es-MX,es;q=0.9,en;q=0.5")]).await;
        assert_eq!(html_lang(&body), "es");
        assert_eq!(headers["content-language"], "es");
        assert!(headers.get_all("vary").iter().any(|v| v.to_str().unwrap().contains("Accept-Language")));
        assert!(body.contains(">Cursos<"), "the navigation in Spanish");
        let (_, body) = page(&app, "/login", &[("accept-language", "fr-CA;q=0.4, ja;q=0.9")]).await;
        assert_eq!(html_lang(&body), "ja", "by quality");
        assert!(body.contains("ログイン"));
        // Country names come from the message files (CLDR's names), in the page's language.
        let (_, body) = page(&app, "/register", &[("accept-language", "ja")]).await;
        assert!(body.contains("<option value=\"DE\">ドイツ</option>") && body.contains("<option value=\"JP\">日本</option>"));
        let (_, body) = page(&app, "/register", &[("accept-language", "es")]).await;
        assert!(body.contains("<option value=\"DE\">Alemania</option>"));
        let (_, body) = page(&app, "/", &[("accept-language", "zh-CN")]).await;
        assert_eq!(html_lang(&body), "en", "English when nothing matches");
        assert!(body.contains(">Courses<"));
        // Every language offered in the switcher, the current one selected.
        let (_, body) = page(&app, "/", &[("accept-language", "de")]).await;
        for (code, name) in [("en", "English"), ("es", "Español"), ("fr", "Français"), ("de", "Deutsch"), ("pt-BR", "Português (Brasil)"), ("ja", "日本語")] {
            assert!(body.contains(&format!("value=\"{code}\" lang=\"{code}\"")), "{code}");
            assert!(body.contains(name), "{name}");
        }
        assert!(body.contains("value=\"de\" lang=\"de\" selected"));
    }

    async fn the_switcher_s_cookie_beats_the_browser_and_leads_back_to_the_page(app) {
        app.get("/login").await;
        let csrf = app.csrf().await;
        let response = app
            .client
            .post(app.url("/lang"))
            .header("referer", app.url("/register?invitation=x"))
            .form(&[("lang", "pt-BR"), ("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/register?invitation=x");
        let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert!(cookie.starts_with("ess_lang=pt-BR") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        let (_, body) = page(&app, "/", &[("accept-language", "de")]).await;
        assert_eq!(html_lang(&body), "pt-BR");
        assert!(body.contains("Torne-se especialista"));

        // A foreign referer leads home; an unknown language is refused; a form without its
        // token is refused.
        let response = app
            .client
            .post(app.url("/lang"))
            .header("referer", "https://elsewhere.example/phish")
            .form(&[("lang", "fr"), ("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["location"], "/");
        let refused = app.client.post(app.url("/lang")).form(&[("lang", "xx"), ("csrf_token", csrf.as_str())]).send().await.unwrap();
        assert_eq!(refused.status(), 422);
        let forged = app.client.post(app.url("/lang")).form(&[("lang", "fr")]).send().await.unwrap();
        assert_eq!(forged.status(), 403);
    }

    async fn an_account_s_saved_language_wins_everywhere(app) {
        let (_, token) = app.user_with_role("Lee Learner", "learner").await;
        let patch = |body: Value| {
            let (app, token) = (&app, token.clone());
            async move {
                app.client.patch(app.url("/api/v1/me")).bearer_auth(token).json(&body).send().await.unwrap()
            }
        };
        let refused = patch(json!({"locale": "klingon"})).await;
        assert_eq!(refused.status(), 422);
        assert!(problem(refused).await["errors"]["locale"].as_str().unwrap().contains("pt-BR"));
        let saved = patch(json!({"locale": "ja"})).await;
        assert_eq!(saved.status(), 200);
        assert_eq!(saved.json::<Value>().await.unwrap()["locale"], "ja");
        let me: Value = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(me["locale"], "ja");
        // Signed in, the saved language beats the browser's header and the switcher's cookie.
        let auth = format!("Bearer {token}");
        let (headers, body) =
            page(&app, "/", &[("authorization", auth.as_str()), ("accept-language", "de"), ("cookie", "ess_lang=fr")]).await;
        assert_eq!(html_lang(&body), "ja");
        assert_eq!(headers["content-language"], "ja");
        assert!(body.contains("受講状況"), "the signed-in navigation in Japanese");
    }

    async fn problems_keep_type_and_title_for_programs_and_speak_the_request_s_language_to_people(app) {
        let send = |request: reqwest::RequestBuilder, lang: &'static str| async move {
            problem(request.header("accept-language", lang).send().await.unwrap()).await
        };
        // A path that does not exist: the same type and title in every language, the detail in each.
        let mut details = std::collections::BTreeSet::new();
        for lang in ["en", "es", "fr", "de", "pt-BR", "ja"] {
            let p = send(app.client.get(app.url("/api/v1/no-such-thing")), lang).await;
            assert_eq!((p["type"].as_str(), p["title"].as_str(), p["status"].as_i64()), (Some("/problems/not-found"), Some("Not found"), Some(404)));
            details.insert(p["detail"].as_str().unwrap().to_owned());
        }
        assert_eq!(details.len(), 6, "a detail per language: {details:?}");
        let p = send(app.client.get(app.url("/api/v1/no-such-thing")), "es-ES,es;q=0.9").await;
        assert_eq!(p["detail"], "No encontramos esa página o recurso.");
        // Field messages written on a blocking thread come out in the request's language too.
        let p = send(
            app.client.post(app.url("/api/v1/auth/register")).json(&json!({"email": "not-an-email", "password": "short", "name": "  ", "company": "Acme", "country": "fr"})),
            "es",
        )
        .await;
        assert_eq!(p["title"], "Invalid input");
        assert_eq!(p["detail"], "Hay campos que necesitan tu atención.");
        assert!(p["errors"]["email"].as_str().unwrap().contains("correo"), "{p}");
        let p = send(app.client.post(app.url("/api/v1/auth/login")).json(&json!({"email": "nobody@partner.example", "password": "wrong password"})), "de").await;
        assert_eq!(p["type"], "/problems/bad-credentials");
        assert!(p["detail"].as_str().unwrap().contains("Passwort"), "{p}");
        let (_, token) = app.user_with_role("Problem Reader", "learner").await;
        let p = send(app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).json(&json!({"locale": "klingon"})), "fr").await;
        assert!(p["errors"]["locale"].as_str().unwrap().starts_with("Choisissez parmi"), "{p}");
        let p = send(app.client.get(app.url("/api/v1/courses?lang=xx")), "ja").await;
        assert!(p["errors"]["lang"].as_str().unwrap().contains("選択"), "{p}");
        // A malformed body: its 400 in Japanese; a method the path does not answer: 405 in German.
        let p = send(app.client.post(app.url("/api/v1/auth/login")).header("content-type", "application/json").body("{"), "ja").await;
        assert_eq!(p["status"], 400);
        assert!(p["detail"].as_str().unwrap().contains("JSON"), "{p}");
        assert!(!p["detail"].as_str().unwrap().starts_with("The body"), "{p}");
        let p = send(app.client.delete(app.url("/api/v1/courses")), "de").await;
        assert_eq!(p["status"], 405);
        assert!(p["detail"].as_str().unwrap().contains("beantwortet"), "{p}");
        // The error page of a browser route: heading and text in the visitor's language.
        let response = app.client.get(app.url("/courses/no-such-course")).header("accept-language", "ja").send().await.unwrap();
        assert_eq!(response.status(), 404);
        let body = response.text().await.unwrap();
        assert_eq!(html_lang(&body), "ja");
        assert!(body.contains("<h1>見つかりません</h1>") && body.contains("そのページまたはリソースが見つかりませんでした。"), "{body}");
    }

    async fn the_pseudo_locale_finds_no_text_outside_the_message_files_on_the_translated_pages(app) {
        ess_academy::i18n::enable_pseudo_locale();
        // The finder finds: plain words outside the marks, in text and in attributes.
        let probe = texts("<p title=\"Plain title\">⟦Löög ïïñ⟧ plain text</p><script>var hidden;</script>");
        let found: Vec<String> = probe.iter().flat_map(|t| unmarked_words(t)).collect();
        assert_eq!(found, ["Plain", "title", "plain", "text"]);
        let content = content_words(&app, "").await;
        let mut leaks = Vec::new();
        for path in ["/", "/login", "/register", "/forgot-password", "/courses", "/courses/environmental-sustainability"] {
            leaks.extend(leaks_on(&app, path, &[], &content).await);
        }
        // An error page speaks through the message files too.
        let missing = app.client.get(app.url("/courses/no-such-course")).header("cookie", "ess_lang=en-XA").send().await.unwrap();
        assert_eq!(missing.status(), 404);
        let body = missing.text().await.unwrap();
        assert_eq!(html_lang(&body), "en-XA");
        leaks.extend(pseudo_leaks("the 404 page", body, &content));
        assert!(leaks.is_empty(), "{leaks:#?}");
    }

    async fn the_learner_s_pages_and_the_admin_s_pages_come_from_the_message_files(app) {
        ess_academy::i18n::enable_pseudo_locale();
        // A learner exempted from the training (by an admin, as the exam tests do) sits both
        // exams through the API and earns the credential.
        let (user_id, token, admin, _) = ready_learner_with_email(&app).await;
        // People's own data is content too: their names, e-mail addresses and company (the
        // test's people live in Germany: its name is a message too), and what the
        // admin typed.
        let mut people = String::from("Exam tests ");
        for bearer in [&token, &admin] {
            let me: Value =
                app.client.get(app.url("/api/v1/me")).bearer_auth(bearer).send().await.unwrap().json().await.unwrap();
            collect_strings(&me, &mut people);
        }
        let content = content_words(&app, &people).await;
        let learner = format!("Bearer {token}");
        let as_learner = [("authorization", learner.as_str())];
        let mut leaks = Vec::new();
        // The first exam's page, and the second's while it is locked.
        for exam in [EXAM1, EXAM2] {
            leaks.extend(leaks_on(&app, &format!("/exams/{COURSE}/{exam}"), &as_learner, &content).await);
        }
        let mut results = Vec::new();
        for exam in [EXAM1, EXAM2] {
            let paper: Value = start(&app, &token, exam).await.json().await.unwrap();
            let id = paper["attempt_id"].as_i64().unwrap();
            answer_all(&app, &token, id, 35).await;
            if exam == EXAM1 {
                for path in [format!("/attempts/{id}"), format!("/attempts/{id}/review")] {
                    leaks.extend(leaks_on(&app, &path, &as_learner, &content).await);
                }
            }
            assert_eq!(submit(&app, &token, id).await.status(), 200);
            results.push(format!("/attempts/{id}/result"));
        }
        let credentials: Vec<Value> = app
            .client
            .get(app.url("/api/v1/me/credentials"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let credential = credentials[0]["id"].as_str().unwrap().to_owned();
        // The credential's id is content as well.
        let content = content_words(&app, &format!("{people} {credential}")).await;
        for path in results.into_iter().chain([
            "/training".to_owned(),
            "/training/transcript".to_owned(),
            format!("/credentials/{credential}"),
            format!("/verify/{credential}"),
            "/renewal".to_owned(),
            "/account".to_owned(),
            "/search?q=takeback".to_owned(),
        ]) {
            leaks.extend(leaks_on(&app, &path, &as_learner, &content).await);
        }
        let admin_bearer = format!("Bearer {admin}");
        for path in [
            "/admin".to_owned(),
            format!("/admin/courses/{COURSE}"),
            format!("/admin/courses/{COURSE}/checks"),
            format!("/admin/courses/{COURSE}/exams/{EXAM1}/statistics"),
            "/admin/users".to_owned(),
            format!("/admin/users/{user_id}"),
            "/admin/reports".to_owned(),
            "/admin/partners".to_owned(),
            "/admin/name-corrections".to_owned(),
            "/admin/xapi".to_owned(),
            "/admin/lti".to_owned(),
            format!("/credentials/{credential}"),
        ] {
            leaks.extend(leaks_on(&app, &path, &[("authorization", admin_bearer.as_str())], &content).await);
        }
        assert!(leaks.is_empty(), "{leaks:#?}");
    }
}
