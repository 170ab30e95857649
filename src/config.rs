//! Typed settings: defaults that run the embedded mode out of the box, overridden by `ESS_*`
//! environment variables (or the matching `serve` flags). Checked once at start, with one clear
//! line naming the bad setting.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/academy.db";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "data";
pub const DEFAULT_MAIL_FROM: &str = "ESS Academy <academy@localhost>";
pub const DEFAULT_COURSES_DIR: &str = "courses";
pub const DEFAULT_SESSION_HOURS: u32 = 12;
pub const DEFAULT_HEARTBEAT_SECS: i64 = crate::progress::DEFAULT_HEARTBEAT_SECS;
/// Days a sent e-mail keeps its body in the outbox.
pub const DEFAULT_MAIL_RETENTION_DAYS: i64 = 90;
/// The longest retention `ESS_MAIL_RETENTION_DAYS` accepts (ten years).
const MAIL_RETENTION_MAX_DAYS: i64 = 3650;
/// A secret given in `ESS_SECRET` must be at least this long.
pub const SECRET_MIN_CHARS: usize = 32;
/// A token given in `ESS_METRICS_TOKEN` must be at least this long.
pub const METRICS_TOKEN_MIN_CHARS: usize = 16;
/// The variable that picks the log format (read before the command line, like `ESS_LOG`).
pub const LOG_FORMAT_VAR: &str = "ESS_LOG_FORMAT";

/// How log lines are written: `ESS_LOG_FORMAT=json` for JSON lines, else human-readable text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

impl LogFormat {
    /// Reads `ESS_LOG_FORMAT` (`text`, the default, or `json`).
    pub fn from_env() -> anyhow::Result<LogFormat> {
        match std::env::var(LOG_FORMAT_VAR).as_deref() {
            Err(_) | Ok("" | "text") => Ok(LogFormat::Text),
            Ok("json") => Ok(LogFormat::Json),
            Ok(other) => bail!("{LOG_FORMAT_VAR} must be text or json, not {other:?}"),
        }
    }
}

/// Random bytes of a generated secret.
const GENERATED_SECRET_BYTES: usize = 48;
/// The file under the data dir that keeps a generated secret.
const SECRET_FILE: &str = "secret";

/// Every setting of the server. `ess-academy serve --help` lists them with their variables.
#[derive(Debug, Clone, clap::Args)]
pub struct Settings {
    /// Database: sqlite://<file> (embedded) or postgres://user@host/db
    #[arg(long, env = "ESS_DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    pub database_url: String,
    /// Address and port to listen on
    #[arg(long, env = "ESS_BIND", default_value = DEFAULT_BIND)]
    pub bind: String,
    /// The site's public address, used in e-mails and on certificates [default: http://<bind>]
    #[arg(long, env = "ESS_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Folder for the SQLite file, the generated secret and the mail outbox
    #[arg(long, env = "ESS_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
    /// Signing secret for sessions (32+ characters); generated once into the data dir when unset.
    /// Several instances must share it.
    #[arg(long, env = "ESS_SECRET", hide_env_values = true)]
    pub secret: Option<String>,
    /// SMTP server, e.g. smtp://host:25 or smtps://user:pass@host:465; unset: .eml files in <data>/outbox
    #[arg(long, env = "ESS_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of the e-mails
    #[arg(long, env = "ESS_MAIL_FROM", default_value = DEFAULT_MAIL_FROM)]
    pub mail_from: String,
    /// Folder of the programme's course content
    #[arg(long, env = "ESS_COURSES_DIR", default_value = DEFAULT_COURSES_DIR)]
    pub courses_dir: PathBuf,
    /// How long a login lasts, in hours (1–720)
    #[arg(long, env = "ESS_SESSION_HOURS", default_value_t = DEFAULT_SESSION_HOURS)]
    pub session_hours: u32,
    /// Take the client address from X-Forwarded-For (only behind a load balancer that sets it)
    #[arg(long, env = "ESS_TRUST_PROXY", default_value_t = false)]
    pub trust_proxy: bool,
    /// Seconds between heartbeats of an open module page (1–300); a beat credits at most 1.5 × this
    #[arg(long, env = "ESS_HEARTBEAT_SECS", default_value_t = DEFAULT_HEARTBEAT_SECS)]
    pub heartbeat_secs: i64,
    /// HTTP worker threads [default: the number of CPUs]
    #[arg(long, env = "ESS_WORKERS")]
    pub workers: Option<usize>,
    /// xAPI learning record store endpoint, e.g. http://127.0.0.1:8100/xAPI/; unset: no statements are queued
    #[arg(long, env = "ESS_XAPI_URL")]
    pub xapi_url: Option<String>,
    /// HTTP Basic user for the LRS
    #[arg(long, env = "ESS_XAPI_USER", default_value = "")]
    pub xapi_user: String,
    /// HTTP Basic password for the LRS
    #[arg(long, env = "ESS_XAPI_PASSWORD", default_value = "", hide_env_values = true)]
    pub xapi_password: String,
    /// How statements name people: account (an opaque id on the public URL) or mbox (the e-mail)
    #[arg(long, env = "ESS_XAPI_ACTOR", default_value = "account")]
    pub xapi_actor: String,
    /// Days after sending that an e-mail's body is removed from the outbox (1–3650); subject,
    /// recipient and dates stay
    #[arg(long, env = "ESS_MAIL_RETENTION_DAYS", default_value_t = DEFAULT_MAIL_RETENTION_DAYS)]
    pub mail_retention_days: i64,
    /// Bearer token that `/metrics` requires (16+ characters); unset: `/metrics` is off (404)
    #[arg(long, env = "ESS_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: DEFAULT_DATABASE_URL.to_owned(),
            bind: DEFAULT_BIND.to_owned(),
            public_url: None,
            data_dir: PathBuf::from(DEFAULT_DATA_DIR),
            secret: None,
            smtp_url: None,
            mail_from: DEFAULT_MAIL_FROM.to_owned(),
            courses_dir: PathBuf::from(DEFAULT_COURSES_DIR),
            session_hours: DEFAULT_SESSION_HOURS,
            trust_proxy: false,
            heartbeat_secs: DEFAULT_HEARTBEAT_SECS,
            workers: None,
            xapi_url: None,
            xapi_user: String::new(),
            xapi_password: String::new(),
            xapi_actor: "account".to_owned(),
            mail_retention_days: DEFAULT_MAIL_RETENTION_DAYS,
            metrics_token: None,
        }
    }
}

impl Settings {
    /// The bind address, parsed.
    pub fn bind_addr(&self) -> anyhow::Result<SocketAddr> {
        self.bind.parse().with_context(|| format!("ESS_BIND {:?} is not an address like 127.0.0.1:8080", self.bind))
    }

    /// Checks what can be checked before anything starts; the message names the setting.
    pub fn validate(&self) -> anyhow::Result<()> {
        self.bind_addr()?;
        if let Some(url) = &self.public_url {
            public_url(url)?;
        }
        if let Some(smtp) = &self.smtp_url {
            let parsed = url::Url::parse(smtp).map_err(|e| anyhow::anyhow!("ESS_SMTP_URL is not a URL: {e}"))?;
            if !matches!(parsed.scheme(), "smtp" | "smtps") {
                bail!("ESS_SMTP_URL must start with smtp:// or smtps://, not {}://", parsed.scheme());
            }
        }
        if self.mail_from.parse::<lettre::message::Mailbox>().is_err() {
            bail!("ESS_MAIL_FROM {:?} is not an address like \"ESS Academy <academy@example.com>\"", self.mail_from);
        }
        if let Some(secret) = &self.secret
            && secret.chars().count() < SECRET_MIN_CHARS
        {
            bail!("ESS_SECRET is too short: use at least {SECRET_MIN_CHARS} random characters");
        }
        if !(1..=720).contains(&self.session_hours) {
            bail!("ESS_SESSION_HOURS must be between 1 and 720, not {}", self.session_hours);
        }
        if !(1..=300).contains(&self.heartbeat_secs) {
            bail!("ESS_HEARTBEAT_SECS must be between 1 and 300, not {}", self.heartbeat_secs);
        }
        if self.workers == Some(0) {
            bail!("ESS_WORKERS must be at least 1");
        }
        if let Some(xapi) = &self.xapi_url {
            let parsed = url::Url::parse(xapi).map_err(|e| anyhow::anyhow!("ESS_XAPI_URL is not a URL: {e}"))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                bail!("ESS_XAPI_URL must start with http:// or https://, not {}://", parsed.scheme());
            }
        }
        if let Some(token) = &self.metrics_token
            && token.chars().count() < METRICS_TOKEN_MIN_CHARS
        {
            bail!("ESS_METRICS_TOKEN is too short: use at least {METRICS_TOKEN_MIN_CHARS} random characters");
        }
        if !matches!(self.xapi_actor.as_str(), "account" | "mbox") {
            bail!("ESS_XAPI_ACTOR must be account or mbox, not {:?}", self.xapi_actor);
        }
        if !(1..=MAIL_RETENTION_MAX_DAYS).contains(&self.mail_retention_days) {
            bail!(
                "ESS_MAIL_RETENTION_DAYS must be between 1 and {MAIL_RETENTION_MAX_DAYS}, not {}",
                self.mail_retention_days
            );
        }
        Ok(())
    }

    /// The xAPI settings, when `ESS_XAPI_URL` is set.
    pub fn xapi(&self, public_url: &str, secret: &[u8]) -> Option<crate::interop::xapi::XapiSettings> {
        use sha2::{Digest, Sha256};
        let url = self.xapi_url.as_ref()?;
        let url = if url.ends_with('/') { url.clone() } else { format!("{url}/") };
        let mut hasher = Sha256::new();
        hasher.update(b"ess-academy xapi actor key\0");
        hasher.update(secret);
        Some(crate::interop::xapi::XapiSettings {
            url,
            user: self.xapi_user.clone(),
            password: self.xapi_password.clone(),
            actor: if self.xapi_actor == "mbox" {
                crate::interop::xapi::ActorMode::Mbox
            } else {
                crate::interop::xapi::ActorMode::Account
            },
            public_url: public_url.to_owned(),
            actor_key: hasher.finalize().into(),
        })
    }

    /// The signing secret: `ESS_SECRET`, or the one kept in the data dir (created on first use).
    pub fn resolve_secret(&self) -> anyhow::Result<Vec<u8>> {
        match &self.secret {
            Some(s) => Ok(s.as_bytes().to_vec()),
            None => load_or_create_secret(&self.data_dir),
        }
    }
}

/// Checks and normalises a public URL (`http(s)://host[:port]`, no trailing slash).
pub fn public_url(url: &str) -> anyhow::Result<String> {
    let parsed = url::Url::parse(url).map_err(|e| anyhow::anyhow!("ESS_PUBLIC_URL {url:?} is not a URL: {e}"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
        bail!("ESS_PUBLIC_URL {url:?} must be an http:// or https:// address");
    }
    Ok(url.trim_end_matches('/').to_owned())
}

fn load_or_create_secret(data_dir: &Path) -> anyhow::Result<Vec<u8>> {
    let text = read_or_create_private(&data_dir.join(SECRET_FILE), || {
        let mut bytes = [0u8; GENERATED_SECRET_BYTES];
        rand::Rng::fill(&mut rand::rng(), &mut bytes[..]);
        Ok(URL_SAFE_NO_PAD.encode(bytes))
    })?;
    let text = text.trim();
    if text.len() < SECRET_MIN_CHARS {
        bail!("{} is too short to be a secret: delete it to have a new one made", data_dir.join(SECRET_FILE).display());
    }
    Ok(text.as_bytes().to_vec())
}

/// Reads a private file of the data dir, or creates it (mode 0600) with what `generate` makes.
/// When two instances start at once, the one that loses the race reads the winner's file.
pub fn read_or_create_private(path: &Path, generate: impl Fn() -> anyhow::Result<String>) -> anyhow::Result<String> {
    match std::fs::read_to_string(path) {
        Ok(text) if !text.trim().is_empty() => return Ok(text),
        Ok(_) => bail!("{} is empty: delete it to have a new one made", path.display()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("ESS_DATA_DIR: cannot create {}", dir.display()))?;
    }
    let content = generate()?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut file) => {
            file.write_all(content.as_bytes())
                .and_then(|()| file.sync_all())
                .with_context(|| format!("cannot write {}", path.display()))?;
            Ok(content)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            // Another instance is writing it: give it a moment, then use theirs.
            std::thread::sleep(std::time::Duration::from_millis(50));
            read_or_create_private(path, generate)
        }
        Err(e) => Err(e).with_context(|| format!("cannot create {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_valid() {
        Settings::default().validate().unwrap();
    }

    #[test]
    fn a_bad_setting_is_named_in_the_message() {
        let s = Settings { bind: "localhost".into(), ..Settings::default() };
        assert!(s.validate().unwrap_err().to_string().starts_with("ESS_BIND"));
        let s = Settings { smtp_url: Some("http://x".into()), ..Settings::default() };
        assert!(s.validate().unwrap_err().to_string().starts_with("ESS_SMTP_URL"));
        let s = Settings { secret: Some("short".into()), ..Settings::default() };
        assert!(s.validate().unwrap_err().to_string().starts_with("ESS_SECRET"));
        let s = Settings { public_url: Some("ftp://x".into()), ..Settings::default() };
        assert!(s.validate().unwrap_err().to_string().starts_with("ESS_PUBLIC_URL"));
    }

    #[test]
    fn a_generated_secret_is_kept_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create_secret(dir.path()).unwrap();
        let second = load_or_create_secret(dir.path()).unwrap();
        assert_eq!(first, second);
        assert!(first.len() >= SECRET_MIN_CHARS);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(SECRET_FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
