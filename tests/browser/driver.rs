//! Starting chromedriver and a headless Chromium session.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// A chromedriver process and a browser session on it; both end when this is dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|dir| dir.join(name)).find(|p| p.is_file()))
}

fn chromedriver() -> Option<PathBuf> {
    std::env::var_os("ESS_CHROMEDRIVER")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| find_on_path("chromedriver"))
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|n| find_on_path(n))
}

/// Starts chromedriver on a free port and waits until it listens there; a chromedriver that
/// exits first (its port taken meanwhile) is started again on another.
async fn spawn_driver(path: &std::path::Path) -> (std::process::Child, u16) {
    for _ in 0..5 {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut driver = Command::new(path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if driver.try_wait().unwrap().is_some() {
                break;
            }
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return (driver, port);
            }
            assert!(Instant::now() < deadline, "chromedriver did not listen within 20 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    panic!("chromedriver exited at start five times");
}

impl Browser {
    /// `None` (after printing why) when no chromedriver is installed and browsers are optional.
    pub async fn start(width: u32, height: u32) -> Option<Browser> {
        let Some(driver_path) = chromedriver() else {
            if std::env::var("ESS_REQUIRE_BROWSER").as_deref() == Ok("1") {
                panic!("chromedriver not found and ESS_REQUIRE_BROWSER=1: install chromium and chromium-driver");
            }
            println!("SKIPPED browser tests: chromedriver not found");
            return None;
        };
        let profile = tempfile::tempdir().unwrap();
        let mut options = json!({
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", profile.path().display()),
            ]
        });
        if width < 500 {
            // Desktop Chromium windows are at least 500 px wide: emulate the phone's viewport.
            options["mobileEmulation"] =
                json!({"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2, "touch": true}});
        }
        if let Some(binary) = chromium() {
            options["binary"] = json!(binary);
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        // The free port is picked by binding and releasing it, so another process (a test's
        // server, another chromedriver) can take it first: then this chromedriver exits, or the
        // port answers for someone else. Such a start is tried again on a new port.
        let mut tries = 0;
        loop {
            tries += 1;
            let (mut driver, port) = spawn_driver(&driver_path).await;
            let session = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match session {
                Ok(client) => return Some(Browser { client, driver, _profile: profile }),
                Err(e) if tries < 3 => {
                    println!("chromedriver on port {port} gave no session ({e}); trying another port");
                    let _ = driver.kill();
                    let _ = driver.wait();
                }
                Err(e) => panic!("a Chromium session starts: {e:?}"),
            }
        }
    }

    /// Saves a PNG of the viewport under `target/tmp/screenshots/`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        let png = self.client.screenshot().await.unwrap();
        assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
        std::fs::write(&path, png).unwrap();
        path
    }

    /// Logs in through the login form and waits for "My training".
    pub async fn log_in(&self, base: &str, email: &str, password: &str) {
        self.client.goto(&format!("{base}/login")).await.unwrap();
        self.fill("#email", email).await;
        self.fill("#password", password).await;
        self.click("main form button[type=submit]").await;
        self.wait_for_path("/training").await;
    }

    pub async fn fill(&self, css: &str, value: &str) {
        let field = self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
        field.clear().await.unwrap();
        field.send_keys(value).await.unwrap();
    }

    pub async fn select(&self, css: &str, value: &str) {
        let select = self.client.find(Locator::Css(css)).await.unwrap();
        select.select_by_value(value).await.unwrap();
    }

    pub async fn click(&self, css: &str) {
        self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.unwrap();
    }

    /// Waits until `main` shows `needle` (a page may still be loading after a click).
    pub async fn wait_for_text(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(main) = self.client.find(Locator::Css("main")).await
                && let Ok(text) = main.text().await
                && text.contains(needle)
            {
                return text;
            }
            assert!(Instant::now() < deadline, "the page never showed {needle:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn path(&self) -> String {
        self.client.current_url().await.unwrap().path().to_owned()
    }

    /// Waits until the page's path is `path` (after a form post and redirect).
    pub async fn wait_for_path(&self, path: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.path().await != path {
            assert!(Instant::now() < deadline, "still on {} instead of {path}", self.path().await);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether the page is wider than the screen (a phone would have to scroll sideways). The
    /// layout viewport's width (`clientWidth`) is the screen's: under mobile emulation
    /// `window.innerWidth` grows with a too-wide page (the phone zooms out), hiding the overflow.
    pub async fn scrolls_sideways(&self) -> bool {
        let value = self
            .client
            .execute("return document.documentElement.scrollWidth > document.documentElement.clientWidth;", vec![])
            .await
            .unwrap();
        value.as_bool().unwrap()
    }

    /// The width of the whole page in CSS pixels (`document.documentElement.scrollWidth`).
    pub async fn page_width(&self) -> u64 {
        let value = self.client.execute("return document.documentElement.scrollWidth;", vec![]).await.unwrap();
        value.as_u64().unwrap()
    }

    /// Screenshots of the whole page, one a screenful from the top (`{name}-1.png`, …, at most
    /// `max`), for people to look at; scrolls back to the top.
    pub async fn screenshots_down(&self, name: &str, max: u64) -> Vec<PathBuf> {
        let (height, screen) = {
            let v = self
                .client
                .execute("return [document.documentElement.scrollHeight, window.innerHeight];", vec![])
                .await
                .unwrap();
            (v[0].as_u64().unwrap(), v[1].as_u64().unwrap().max(1))
        };
        let mut shots = Vec::new();
        for i in 0..height.div_ceil(screen).min(max) {
            self.client.execute("window.scrollTo(0, arguments[0]); return 0;", vec![json!(i * screen)]).await.unwrap();
            // Let the page repaint at its new position before the picture is taken.
            tokio::time::sleep(Duration::from_millis(150)).await;
            shots.push(self.screenshot(&format!("{name}-{}", i + 1)).await);
        }
        self.client.execute("window.scrollTo(0, 0); return 0;", vec![]).await.unwrap();
        shots
    }

    /// The WCAG 2.1 A and AA violations axe-core finds on the current page, one line each
    /// (`rule (impact): selector, …`). `None` when axe-core is not installed (then the caller
    /// skips, or fails under `ESS_REQUIRE_BROWSER=1`).
    pub async fn axe(&self) -> Option<Vec<String>> {
        let path = std::env::var("ESS_AXE_JS")
            .unwrap_or_else(|_| "/var/cache/ess-academy/axe/node_modules/axe-core/axe.min.js".into());
        let Ok(source) = std::fs::read_to_string(&path) else {
            if std::env::var("ESS_REQUIRE_BROWSER").as_deref() == Ok("1") {
                panic!("axe-core not found at {path} and ESS_REQUIRE_BROWSER=1: run .ci/run or set ESS_AXE_JS");
            }
            println!("SKIPPED accessibility checks: axe-core not found at {path}");
            return None;
        };
        self.client.execute(&format!("{source}\nreturn true;"), vec![]).await.unwrap();
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                     + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap();
        Some(result.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect())
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
