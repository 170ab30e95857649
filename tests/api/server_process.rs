//! The server binary as a process of its own, as it runs in production: started on a port with
//! a database, killed (SIGKILL) and started again. `ESS_SERVER_BINARY` names the binary (the
//! release build, for full runs); by default it is the one `cargo test` built.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::cli::bin;
use crate::helpers::{PASSWORD, SmtpServer};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One server process, started again on the same port and database after each kill.
pub struct Instance {
    child: Option<Child>,
    pub base: String,
    envs: Vec<(&'static str, String)>,
    log: PathBuf,
}

impl Instance {
    /// `public_url`: the address behind the load balancer, the same for every instance (it is in
    /// the sessions' tokens); `None`: this instance's own.
    pub fn new(database_url: &str, data_dir: &Path, smtp_port: u16, public_url: Option<&str>) -> Instance {
        std::fs::create_dir_all(data_dir).unwrap();
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let envs = vec![
            ("ESS_BIND", format!("127.0.0.1:{port}")),
            ("ESS_PUBLIC_URL", public_url.unwrap_or(&base).to_owned()),
            ("ESS_DATA_DIR", data_dir.display().to_string()),
            ("ESS_DATABASE_URL", database_url.to_owned()),
            ("ESS_COURSES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/courses").to_owned()),
            ("ESS_SECRET", "chaos-test-secret-shared-by-every-instance-0123456789".to_owned()),
            ("ESS_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}")),
            ("ESS_LOG", "warn".to_owned()),
        ];
        Instance { child: None, base, envs, log: data_dir.join("server.log") }
    }

    pub fn command(&self) -> std::process::Command {
        let mut command = match std::env::var("ESS_SERVER_BINARY") {
            // The release build, for full runs.
            Ok(binary) => std::process::Command::new(binary),
            Err(_) => bin(),
        };
        for (key, value) in &self.envs {
            command.env(key, value);
        }
        command
    }

    pub async fn start(&mut self) {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log).unwrap();
        let child = self
            .command()
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("the server starts");
        self.child = Some(child);
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(180);
        loop {
            if let Ok(r) = client.get(format!("{}/healthz", self.base)).send().await
                && r.status() == 200
            {
                return;
            }
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("the server exited ({status}): {}", std::fs::read_to_string(&self.log).unwrap_or_default());
            }
            assert!(Instant::now() < deadline, "the server did not answer within 180 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL: no chance to flush, close or finish anything.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A programme admin made with `ess-academy admin create`, logged in: the bearer token.
pub async fn admin_token(instance: &Instance, email: &str) -> String {
    let output = instance
        .command()
        .args(["admin", "create", "--email", email, "--name", "Process Admin"])
        .env("ESS_ADMIN_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    login(&instance.base, email).await
}

/// Logs in through the API: the bearer token.
pub async fn login(base: &str, email: &str) -> String {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
}

/// Registers through the API and follows the link of the verification mail: the account's id.
pub async fn register_verified(base: &str, smtp: &SmtpServer, email: &str, name: &str) -> i64 {
    let client = reqwest::Client::new();
    let body = json!({"email": email, "password": PASSWORD, "name": name, "company": "Acme", "country": "FR"});
    let r = client.post(format!("{base}/api/v1/auth/register")).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let link = smtp.wait_for(email).await.link(&format!("{base}/verify-email/"));
    assert_eq!(client.get(link).send().await.unwrap().status(), 200);
    id
}
