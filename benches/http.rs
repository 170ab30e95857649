//! `cargo bench --bench http`: latency of the hot paths of the foundation, measured against the
#![expect(clippy::unwrap_used, reason = "a benchmark stops at the first failure")]
//! real server (release build, SQLite in a temp dir, or PostgreSQL with `BENCH_DATABASE_URL`),
//! from a client on the same machine. Prints p50/p99 per request kind and the request rate.

use std::sync::Arc;
use std::time::{Duration, Instant};

use ess_academy::clock::SystemClock;
use ess_academy::config::Settings;
use ess_academy::startup::Application;
use serde_json::json;

/// Requests per measured kind.
const REQUESTS: usize = 2000;
/// Concurrent clients.
const CONCURRENCY: usize = 16;
/// Logins measured (argon2id is deliberately slow).
const LOGINS: usize = 40;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn measure<F, Fut>(label: &str, total: usize, concurrency: usize, make: F)
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = u16> + Send,
{
    let make = Arc::new(make);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let make = make.clone();
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            for _ in 0..total / concurrency {
                let t = Instant::now();
                let status = make().await;
                assert!(status < 400, "status {status}");
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    let elapsed = started.elapsed();
    all.sort();
    println!(
        "{label:<40} n={:<5} c={concurrency:<3} p50 {:>8.2} ms  p99 {:>8.2} ms  {:>8.0} req/s",
        all.len(),
        percentile(&all, 0.50).as_secs_f64() * 1000.0,
        percentile(&all, 0.99).as_secs_f64() * 1000.0,
        all.len() as f64 / elapsed.as_secs_f64()
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let database_url = std::env::var("BENCH_DATABASE_URL")
            .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("bench.db").display()));
        // Content: check and a cold import of the shipped courses into a fresh database.
        let courses = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
        let started = Instant::now();
        let report = ess_academy::course_load::check::check_dir(&courses);
        println!("check courses/ ({}): {:.1} ms", report.summary().join("; "), started.elapsed().as_secs_f64() * 1000.0);
        let cold = tempfile::tempdir().unwrap();
        let cold_url = match std::env::var("BENCH_DATABASE_URL") {
            Ok(url) => url,
            Err(_) => format!("sqlite://{}", cold.path().join("cold.db").display()),
        };
        let db = ess_academy::db::Db::open_for_command(&cold_url).unwrap();
        let started = Instant::now();
        let imported = ess_academy::course_load::sync::import(&mut db.write().unwrap(), 0, &courses, false).unwrap();
        println!("cold import: {:.1} ms ({imported})", started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        let again = ess_academy::course_load::sync::import(&mut db.write().unwrap(), 0, &courses, false).unwrap();
        println!("repeat import (nothing changed): {:.1} ms ({again})", started.elapsed().as_secs_f64() * 1000.0);
        drop(db);

        // Certificate PDFs, rendered in-process.
        let fonts = ess_academy::credentials::certificate::Fonts::load().unwrap();
        let data = ess_academy::credentials::certificate::CertificateData {
            name: "Zoë Ñúñez-Çelik 王小明".into(),
            title: "Environmental Sustainability Specialist".into(),
            programme: "Environmental Sustainability Specialization".into(),
            issued: "29 November 2026".into(),
            expires: "29 November 2027".into(),
            id: "Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
            verify_url: "https://academy.example/verify/Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
            renewed: None,
            status: "valid",
            partner: false,
            lang: "en",
        };
        // The files of the kit, rendered in-process, one after another on one core.
        let timed = |label: &str, runs: usize, render: &mut dyn FnMut() -> usize| {
            let mut times = Vec::with_capacity(runs);
            let mut size = 0;
            let started = Instant::now();
            for _ in 0..runs {
                let t = Instant::now();
                size = render();
                times.push(t.elapsed());
            }
            let per_second = runs as f64 / started.elapsed().as_secs_f64();
            times.sort();
            println!(
                "{label}: p50 {:.2} ms, p99 {:.2} ms, {per_second:.0}/s on one core, {size} bytes",
                percentile(&times, 0.5).as_secs_f64() * 1000.0,
                percentile(&times, 0.99).as_secs_f64() * 1000.0
            );
        };
        use ess_academy::credentials::{badge, certificate};
        timed("certificate PDF, A4 (Latin + CJK name)", 100, &mut || {
            certificate::render(&fonts, &data, certificate::Paper::A4).unwrap().len()
        });
        let key_dir = tempfile::tempdir().unwrap();
        let signer = ess_academy::credentials::ob3::Signer::load_or_create(key_dir.path()).unwrap();
        let row = ess_academy::credentials::CredentialRow {
            id: 1,
            public_id: "Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
            user_id: 1,
            course_id: 1,
            holder_name: "Zoë Ñúñez-Çelik 王小明".into(),
            title: "Environmental Sustainability Specialist".into(),
            issued_at: 1_795_914_061,
            expires_at: 1_827_450_061,
            revoked_at: None,
            revocation_reason: None,
            revoked_by: None,
            cycle: 1,
            renewed_at: None,
            valid_since: 1_795_914_061,
            lapsed_at: None,
            previous_id: None,
        };
        let facts = ess_academy::credentials::ob3::Ob3Facts {
            public_url: "https://academy.example",
            row: &row,
            email: "zoe@example.com",
            description: "d",
            criteria: "c",
            course_url: "https://academy.example/courses/x".into(),
        };
        let sample_jwt = signer.sign(&ess_academy::credentials::ob3::credential(&facts)).unwrap();
        let templates = ess_academy::templates::load().unwrap();
        let badge_fonts = badge::BadgeFonts::default();
        let badge_data = badge::BadgeData {
            title: "Environmental Sustainability Specialist".into(),
            name: "Zoë Ñúñez-Çelik 王小明".into(),
            year: "2026".into(),
            status: "valid".into(),
            assertion_url: Some("https://academy.example/ob/assertions/Qm9vazEyMzQ1Njc4OTBhYmNk.json".into()),
            credential_jwt: Some(sample_jwt),
            lang: "en",
        };
        timed("badge SVG (OB 2.0 assertion + OB 3.0 credential inside)", 200, &mut || badge::svg(&templates, &badge_data).unwrap().len());
        for size in badge::BADGE_SIZES {
            timed(&format!("badge PNG {size} x {size} (SVG + resvg + baked OB 2.0 and 3.0)"), 50, &mut || {
                let svg = badge::svg(&templates, &badge_data).unwrap();
                badge::png(&badge_fonts, &svg, size, badge_data.assertion_url.as_deref(), badge_data.credential_jwt.as_deref())
                    .unwrap()
                    .len()
            });
        }
        timed("signature PNG 1200 x 240", 100, &mut || {
            let svg = badge::signature_svg(&templates, &badge_data).unwrap();
            badge::signature_png(&badge_fonts, &svg).unwrap().len()
        });
        timed("Open Badges 3.0 VC-JWT (Ed25519)", 1000, &mut || {
            // The credential is built and signed on every run, as a request does.
            signer.sign(&ess_academy::credentials::ob3::credential(&facts)).unwrap().len()
        });
        // A full list: 131,072 bits, one revocation in 100 set.
        let revoked: Vec<i64> = (0..ess_academy::credentials::ob3::STATUS_LIST_BITS).step_by(100).collect();
        timed("revocation status list VC-JWT (131,072 bits, 1,311 set: gzip + sign)", 200, &mut || {
            let list =
                ess_academy::credentials::ob3::status_list_credential("https://academy.example", 0, &revoked, 1_795_914_061)
                    .unwrap();
            signer.sign(&list).unwrap().len()
        });

        let settings = Settings {
            database_url: database_url.clone(),
            bind: "127.0.0.1:0".into(),
            data_dir: dir.path().to_path_buf(),
            ..Settings::default()
        };
        let app = Application::build_with_clock(settings, Arc::new(SystemClock)).await.unwrap();
        let base = app.public_url().to_owned();
        println!("ESS Academy HTTP benchmark on {} ({})", app.database(), base);
        tokio::spawn(app.run_until_stopped());
        let client = reqwest::Client::new();

        let email = format!("bench.{}@x.example", std::process::id());
        let password = "bench password 123";
        let r = client
            .post(format!("{base}/api/v1/auth/register"))
            .json(&json!({"email": email, "password": password, "name": "Bench Mark", "company": "Acme", "country": "DE"}))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success() || r.status() == 409);
        let login: serde_json::Value = client
            .post(format!("{base}/api/v1/auth/login"))
            .json(&json!({"email": email, "password": password}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = login["token"].as_str().unwrap().to_owned();

        let (c, b) = (client.clone(), base.clone());
        measure("GET /healthz", REQUESTS, CONCURRENCY, move || {
            let (c, b) = (c.clone(), b.clone());
            async move { c.get(format!("{b}/healthz")).send().await.unwrap().status().as_u16() }
        })
        .await;
        let (c, b) = (client.clone(), base.clone());
        measure("GET / (home page render)", REQUESTS, CONCURRENCY, move || {
            let (c, b) = (c.clone(), b.clone());
            async move { c.get(format!("{b}/")).send().await.unwrap().status().as_u16() }
        })
        .await;
        let (c, b, t) = (client.clone(), base.clone(), token.clone());
        measure("GET /api/v1/me (JWT + user read)", REQUESTS, CONCURRENCY, move || {
            let (c, b, t) = (c.clone(), b.clone(), t.clone());
            async move { c.get(format!("{b}/api/v1/me")).bearer_auth(t).send().await.unwrap().status().as_u16() }
        })
        .await;
        let (c, b, t) = (client.clone(), base.clone(), token.clone());
        measure("GET /training (JWT + page)", REQUESTS, CONCURRENCY, move || {
            let (c, b, t) = (c.clone(), b.clone(), t.clone());
            async move { c.get(format!("{b}/training")).bearer_auth(t).send().await.unwrap().status().as_u16() }
        })
        .await;
        let (c, b, t) = (client.clone(), base.clone(), token.clone());
        measure("GET module page (JWT + read + render)", REQUESTS, CONCURRENCY, move || {
            let (c, b, t) = (c.clone(), b.clone(), t.clone());
            async move {
                c.get(format!("{b}/courses/environmental-sustainability/takeback-and-the-takeback-incentive"))
                    .bearer_auth(t)
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }
        })
        .await;
        // The same page in Spanish (a current translation), then in English again: the
        // translation must cost nothing (issue 11: no slower than the source).
        // Alternated three times: the two languages meet the same machine state.
        for (label, lang) in [
            ("GET module page in Spanish", "es"),
            ("GET module page in English", "en"),
            ("GET module page in Spanish", "es"),
            ("GET module page in English", "en"),
            ("GET module page in Spanish", "es"),
            ("GET module page in English", "en"),
        ] {
            let page = client
                .get(format!("{base}/courses/environmental-sustainability/takeback-and-the-takeback-incentive"))
                .bearer_auth(&token)
                .header("accept-language", lang)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert!(page.contains(&format!("<html lang=\"{lang}\"")), "the page is in {lang}");
            let (c, b, t) = (client.clone(), base.clone(), token.clone());
            measure(label, REQUESTS, CONCURRENCY, move || {
                let (c, b, t) = (c.clone(), b.clone(), t.clone());
                async move {
                    c.get(format!("{b}/courses/environmental-sustainability/takeback-and-the-takeback-incentive"))
                        .bearer_auth(t)
                        .header("accept-language", lang)
                        .send()
                        .await
                        .unwrap()
                        .status()
                        .as_u16()
                }
            })
            .await;
        }
        let (c, b, t) = (client.clone(), base.clone(), token.clone());
        measure("GET module page, one client at a time", REQUESTS / 4, 1, move || {
            let (c, b, t) = (c.clone(), b.clone(), t.clone());
            async move {
                c.get(format!("{b}/courses/environmental-sustainability/takeback-and-the-takeback-incentive"))
                    .bearer_auth(t)
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }
        })
        .await;
        let (c, b) = (client.clone(), base.clone());
        measure("GET /api/v1/courses (catalogue)", REQUESTS, CONCURRENCY, move || {
            let (c, b) = (c.clone(), b.clone());
            async move { c.get(format!("{b}/api/v1/courses")).send().await.unwrap().status().as_u16() }
        })
        .await;
        let (c, b, t) = (client.clone(), base.clone(), token.clone());
        measure("PATCH /api/v1/me (a write)", REQUESTS / 2, CONCURRENCY, move || {
            let (c, b, t) = (c.clone(), b.clone(), t.clone());
            async move {
                c.patch(format!("{b}/api/v1/me")).bearer_auth(t).json(&json!({"company": "Acme"})).send().await.unwrap().status().as_u16()
            }
        })
        .await;
        let (c, b, e) = (client.clone(), base.clone(), email.clone());
        measure("POST /api/v1/auth/login (argon2id)", LOGINS, 4, move || {
            let (c, b, e) = (c.clone(), b.clone(), e.clone());
            async move {
                c.post(format!("{b}/api/v1/auth/login"))
                    .json(&json!({"email": e, "password": password}))
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }
        })
        .await;
    });
}
