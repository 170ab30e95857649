//! The interface's language: chosen from `Accept-Language`, the switcher's cookie and the
//! account's saved preference, in that rising order; `<html lang>` and `Content-Language` say it;
//! and the pseudo-locale finds text on the translated pages that bypasses the message files.

use serde_json::{Value, json};

use crate::both_backends;
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

/// The visible text and the people-facing attributes of a page, without scripts and styles.
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
        for skipped in ["<script", "<style"] {
            if tag.starts_with(skipped) {
                let close = format!("</{}>", &skipped[1..]);
                rest = rest.find(&close).map_or("", |i| &rest[i..]);
            }
        }
    }
    out.push(rest.to_owned());
    out
}

/// Words of plain text outside the pseudo-locale's ⟦ ⟧ marks.
fn unmarked_words(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 3).map(str::to_owned).collect()
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

    async fn the_pseudo_locale_finds_no_text_outside_the_message_files_on_the_translated_pages(app) {
        ess_academy::i18n::enable_pseudo_locale();
        // Names of languages are written in their own language on purpose; the country list is
        // not translated yet (its names come from ISO 3166 in English).
        let allowed = ["English", "Espa", "Fran", "ais", "Deutsch", "Portugu", "Brasil"];
        // The finder finds: plain words outside the marks, in text and in attributes.
        let probe = texts("<p title=\"Plain title\">⟦Löög ïïñ⟧ plain text</p><script>var hidden;</script>");
        let found: Vec<String> = probe.iter().flat_map(|t| unmarked_words(t)).collect();
        assert_eq!(found, ["Plain", "title", "plain", "text"]);
        // The course's own text (titles, summaries, objectives, exams) is content, not interface:
        // its words are allowed.
        let catalogue: Value = app.get("/api/v1/courses").await.json().await.unwrap();
        let mut content = String::new();
        collect_strings(&catalogue, &mut content);
        // And every text of the course's files (descriptions, module summaries, exam titles).
        read_texts(std::path::Path::new("courses/environmental-sustainability"), &mut content);
        let content_words = unmarked_words(&content);
        let mut leaks = Vec::new();
        for path in ["/", "/login", "/register", "/forgot-password", "/courses", "/courses/environmental-sustainability"] {
            let (_, body) = page(&app, path, &[("cookie", "ess_lang=en-XA")]).await;
            assert_eq!(html_lang(&body), "en-XA");
            assert!(body.matches('⟦').count() > 10, "{path} is in the pseudo-locale");
            let body = match body.find("<select id=\"country\"") {
                Some(start) => format!("{}{}", &body[..start], &body[start + body[start..].find("</select>").unwrap()..]),
                None => body,
            };
            for text in texts(&body) {
                for word in unmarked_words(&text) {
                    if !allowed.contains(&word.as_str()) && !content_words.contains(&word) {
                        leaks.push(format!("{path}: {word:?} in {:?}", text.trim()));
                    }
                }
            }
        }
        assert!(leaks.is_empty(), "{leaks:#?}");
    }
}
