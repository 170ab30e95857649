//! The `ess-academy` command: serve (the default), migrate, and admin tasks.

use std::io::{BufRead, IsTerminal};

use anyhow::Context;
use clap::{Parser, Subcommand};
use ess_academy::accounts::users::{self, Registration};
use ess_academy::clock::{Clock, SystemClock};
use ess_academy::config::Settings;
use ess_academy::db::Db;
use ess_academy::startup::Application;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// ESS Academy: training, exams and credentials of the Environmental Sustainability Specialization.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default when no command is given)
    Serve(Settings),
    /// Apply pending database migrations and exit
    Migrate(Settings),
    /// Retire the Open Badges 3.0 issuer key and make a new one (old public keys stay in the
    /// JWKS, so credentials signed before keep verifying); instances sign with it from their next
    /// start
    RotateIssuerKey(Settings),
    /// xAPI: `xapi replay --since 2026-01-01` queues again the statements of past events (for an
    /// LRS connected later; statements already sent keep their ids and are not repeated)
    Xapi {
        #[command(subcommand)]
        action: XapiAction,
    },
    /// Check a courses folder: every problem as path:line: message; exit 1 if any
    Check {
        /// The courses folder [default: ESS_COURSES_DIR or courses]
        dir: Option<std::path::PathBuf>,
    },
    /// Import the courses folder into the database (idempotent; browser edits are kept)
    Import {
        /// Take the files even over modules edited in the browser
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        settings: Settings,
    },
    /// Write the published content back as a courses folder
    Export {
        /// Where to write it
        dir: std::path::PathBuf,
        #[command(flatten)]
        settings: Settings,
    },
    /// Convert Moodle GIFT multiple-choice and true/false questions into question files
    ImportGift {
        /// The GIFT file
        file: std::path::PathBuf,
        /// The exam the questions belong to (its folder under exams/)
        #[arg(long)]
        exam: String,
        /// The topic of the questions (a blueprint topic)
        #[arg(long)]
        topic: String,
        /// The course [default: the only course under the courses folder]
        #[arg(long)]
        course: Option<String>,
        /// The courses folder
        #[arg(long, env = "ESS_COURSES_DIR", default_value = ess_academy::config::DEFAULT_COURSES_DIR)]
        courses_dir: std::path::PathBuf,
    },
    /// Fill the database with synthetic partners, learners, progress, attempts and credentials
    DemoData {
        /// How many learners (and one partner per 200 of them)
        #[arg(long)]
        learners: usize,
        /// The seed: the same seed makes the same data
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// realistic, or busy (a load-test shape: ~10 progress rows and ~3 attempts per learner)
        #[arg(long, value_enum, default_value = "realistic")]
        profile: ess_academy::demo::Profile,
        #[command(flatten)]
        settings: Settings,
    },
    /// SQLite: write a consistent copy of the database to FILE while the server runs (FILE must
    /// not exist). PostgreSQL: use pg_dump
    Backup {
        /// The backup file to create
        file: std::path::PathBuf,
        #[command(flatten)]
        settings: Settings,
    },
    /// SQLite: replace the database with the backup FILE (checked first); the server must be stopped
    Restore {
        /// The backup file
        file: std::path::PathBuf,
        #[command(flatten)]
        settings: Settings,
    },
    /// Manage programme admins and accounts
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
}

#[derive(Subcommand)]
enum XapiAction {
    /// Queue the statements of every event since a date (YYYY-MM-DD, UTC)
    Replay {
        /// The first day to replay
        #[arg(long)]
        since: String,
        #[command(flatten)]
        settings: Settings,
    },
}

#[derive(Subcommand)]
enum AdminAction {
    /// Create a verified programme admin (password from ESS_ADMIN_PASSWORD, or asked for)
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "ESS Academy programme team")]
        company: String,
        /// ISO 3166-1 alpha-2 country code
        #[arg(long, default_value = "GB")]
        country: String,
        #[command(flatten)]
        settings: Settings,
    },
    /// Disable an account: its sessions end at once and it can no longer log in
    Disable {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        settings: Settings,
    },
    /// Enable a disabled account again
    Enable {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        settings: Settings,
    },
}

/// Settings from the environment alone, for the default command.
#[derive(Parser)]
struct SettingsOnly {
    #[command(flatten)]
    settings: Settings,
}

/// The log filter of `ESS_LOG`: a default level and levels by target (`ess_academy=debug,info`);
/// `info` when unset, and when it cannot be read (said on stderr). A target filter, not
/// `EnvFilter`: its regular expressions (by span and field) would bring the full DFA builder
/// into the binary, and with it into the regex of every route (`BENCHMARKS.md`, issue 15).
fn log_filter() -> tracing_subscriber::filter::Targets {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    let default = Targets::new().with_default(LevelFilter::INFO);
    match std::env::var("ESS_LOG") {
        Ok(spec) if !spec.trim().is_empty() => spec.trim().parse().unwrap_or_else(|e| {
            eprintln!("ess-academy: ESS_LOG={spec:?} is not a log filter ({e}); logging at info");
            default
        }),
        _ => default,
    }
}

fn main() {
    // First, before any thread: the allocator's settings (`ops::allocator`).
    let allocator_tuned = ess_academy::ops::allocator::tune();
    let logs = tracing_subscriber::registry().with(log_filter());
    match ess_academy::config::LogFormat::from_env() {
        Ok(ess_academy::config::LogFormat::Json) => {
            logs.with(tracing_subscriber::fmt::layer().json().with_current_span(false)).init();
        }
        Ok(ess_academy::config::LogFormat::Text) => {
            logs.with(tracing_subscriber::fmt::layer().with_target(false)).init()
        }
        Err(e) => {
            eprintln!("ess-academy: {e:#}");
            std::process::exit(1);
        }
    }
    if !allocator_tuned {
        tracing::debug!("the allocator is not glibc's: its settings are left as they are");
    }
    let cli = Cli::parse();
    let result = match cli.command {
        None => serve(SettingsOnly::parse_from(["ess-academy"]).settings),
        Some(Command::Serve(settings)) => serve(settings),
        Some(Command::Migrate(settings)) => migrate(&settings),
        Some(Command::RotateIssuerKey(settings)) => rotate_issuer_key(&settings),
        Some(Command::Admin { action }) => admin(action),
        Some(Command::Backup { file, settings }) => backup(&settings, &file),
        Some(Command::Restore { file, settings }) => restore(&settings, &file),
        Some(Command::DemoData { learners, seed, profile, settings }) => demo_data(&settings, learners, seed, profile),
        Some(Command::Check { dir }) => check(dir),
        Some(Command::Xapi { action: XapiAction::Replay { since, settings } }) => xapi_replay(&settings, &since),
        Some(Command::Import { force, settings }) => import(&settings, force),
        Some(Command::Export { dir, settings }) => export(&settings, &dir),
        Some(Command::ImportGift { file, exam, topic, course, courses_dir }) => {
            import_gift(&file, &exam, &topic, course, &courses_dir)
        }
    };
    if let Err(e) = result {
        eprintln!("ess-academy: {e:#}");
        std::process::exit(1);
    }
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(settings).await?;
        println!(
            "ESS Academy is running at {}/ (database: {}, e-mail: {})",
            app.public_url(),
            app.database(),
            app.mail()
        );
        if let Some(link) = app.setup_link() {
            println!("\n  No programme admin yet. Create the first one with this one-time link:\n\n    {link}\n");
        }
        app.run_until_stopped().await.context("the server stopped with an error")
    })
}

fn migrate(settings: &Settings) -> anyhow::Result<()> {
    settings.validate()?;
    Db::open_for_command(&settings.database_url).map_err(|e| anyhow::anyhow!("ESS_DATABASE_URL: {e:#}"))?;
    println!("Migrations applied to {}.", settings.database_url.split('@').next_back().unwrap_or_default());
    Ok(())
}

fn backup(settings: &Settings, file: &std::path::Path) -> anyhow::Result<()> {
    match ess_academy::db::DbUrl::parse(&settings.database_url)? {
        ess_academy::db::DbUrl::Sqlite(database) => {
            let bytes = ess_academy::ops::backup::backup(&database, file)?;
            println!("Backup of {} written to {} ({bytes} bytes).", database.display(), file.display());
            Ok(())
        }
        ess_academy::db::DbUrl::Postgres(_) => anyhow::bail!(
            "the database is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file={} \"$ESS_DATABASE_URL\"",
            file.display()
        ),
    }
}

fn restore(settings: &Settings, file: &std::path::Path) -> anyhow::Result<()> {
    match ess_academy::db::DbUrl::parse(&settings.database_url)? {
        ess_academy::db::DbUrl::Sqlite(database) => {
            ess_academy::ops::backup::restore(&database, file)?;
            println!("{} restored from {}; start the server.", database.display(), file.display());
            Ok(())
        }
        ess_academy::db::DbUrl::Postgres(_) => anyhow::bail!(
            "the database is PostgreSQL: restore it with pg_restore, e.g. pg_restore --clean --if-exists --dbname=\"$ESS_DATABASE_URL\" {}",
            file.display()
        ),
    }
}

fn xapi_replay(settings: &Settings, since: &str) -> anyhow::Result<()> {
    let since_secs = ess_academy::reports::parse_day(since.trim())
        .ok_or_else(|| anyhow::anyhow!("--since {since:?} is not a date like 2026-01-31"))?;
    let bind = settings.bind_addr()?;
    let public_url = match &settings.public_url {
        Some(url) => ess_academy::config::public_url(url)?,
        None => format!("http://{bind}"),
    };
    let secret = settings.resolve_secret()?;
    let xapi = settings
        .xapi(&public_url, &secret)
        .ok_or_else(|| anyhow::anyhow!("ESS_XAPI_URL is not set: there is no LRS to replay to"))?;
    let db = open(settings)?;
    let queued = ess_academy::interop::xapi_events::replay(&mut *db.write()?, &xapi, since_secs)?;
    println!("{queued} statement(s) queued for {}statements; a running server sends them.", xapi.url);
    Ok(())
}

fn rotate_issuer_key(settings: &Settings) -> anyhow::Result<()> {
    let db = open(settings)?;
    let secret = settings.resolve_secret()?;
    let now = ess_academy::clock::Clock::now(&ess_academy::clock::SystemClock);
    let signer = ess_academy::credentials::ob3::Signer::rotate(&mut *db.write()?, &secret, now)?;
    println!("New Open Badges 3.0 issuer key {}; restart every instance to sign with it.", signer.thumbprint());
    Ok(())
}

fn check(dir: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    let dir = dir
        .or_else(|| std::env::var_os("ESS_COURSES_DIR").map(Into::into))
        .unwrap_or_else(|| ess_academy::config::DEFAULT_COURSES_DIR.into());
    let report = ess_academy::course_load::check::check_dir(&dir);
    for problem in &report.problems {
        println!("{problem}");
    }
    if report.errors().next().is_none() {
        for line in report.summary() {
            println!("{line}");
        }
        return Ok(());
    }
    let n = report.errors().count();
    eprintln!("{n} problem{} found", if n == 1 { "" } else { "s" });
    std::process::exit(1);
}

fn import(settings: &Settings, force: bool) -> anyhow::Result<()> {
    let db = open(settings)?;
    let started = std::time::Instant::now();
    let report =
        ess_academy::course_load::sync::import(&mut *db.write()?, SystemClock.now(), &settings.courses_dir, force)?;
    for problem in &report.problems {
        println!("{problem}");
    }
    println!("Imported {} in {} ms: {report}", settings.courses_dir.display(), started.elapsed().as_millis());
    if report.skipped_courses.is_empty() { Ok(()) } else { std::process::exit(1) }
}

fn demo_data(
    settings: &Settings,
    learners: usize,
    seed: u64,
    profile: ess_academy::demo::Profile,
) -> anyhow::Result<()> {
    let db = open(settings)?;
    let report = ess_academy::demo::generate_with(
        &mut *db.write()?,
        &settings.courses_dir,
        SystemClock.now(),
        learners,
        seed,
        profile,
    )?;
    println!("Demo data: {report}.");
    println!(
        "Demo learners log in as demo-000000@demo.example … with the password {}.",
        ess_academy::demo::DEMO_PASSWORD
    );
    Ok(())
}

fn export(settings: &Settings, dir: &std::path::Path) -> anyhow::Result<()> {
    let db = open(settings)?;
    let written = ess_academy::course_load::sync::export(&mut *db.read()?, dir)?;
    println!("Wrote {written} module files under {}.", dir.display());
    Ok(())
}

fn import_gift(
    file: &std::path::Path,
    exam: &str,
    topic: &str,
    course: Option<String>,
    courses_dir: &std::path::Path,
) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let course = match course {
        Some(c) => c,
        None => {
            let courses: Vec<String> = std::fs::read_dir(courses_dir)
                .with_context(|| format!("cannot read {}", courses_dir.display()))?
                .filter_map(Result::ok)
                .filter(|e| e.path().join("course.toml").is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            match courses.as_slice() {
                [only] => only.clone(),
                _ => anyhow::bail!("name the course with --course (found {})", courses.join(", ")),
            }
        }
    };
    ess_academy::content::rules::check_slug(topic).map_err(|m| anyhow::anyhow!("--topic: {m}"))?;
    let dir = courses_dir.join(&course).join("exams").join(exam);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let (questions, skipped) = ess_academy::exams::gift::parse(&text);
    let mut written = 0;
    for question in &questions {
        let mut n = written + 1;
        let mut id = format!("{topic}-gift-{n}");
        while dir.join(format!("{id}.md")).exists() {
            n += 1;
            id = format!("{topic}-gift-{n}");
        }
        std::fs::write(dir.join(format!("{id}.md")), ess_academy::exams::gift::to_markdown(question, &id, topic))?;
        written += 1;
    }
    for skip in &skipped {
        println!("{}:{}: skipped {}", file.display(), skip.line, skip.reason);
    }
    println!(
        "Converted {written} question(s) into {}; skipped {}. Run `ess-academy check` next.",
        dir.display(),
        skipped.len()
    );
    Ok(())
}

fn read_admin_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("ESS_ADMIN_PASSWORD") {
        return Ok(password);
    }
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password("Password for the new admin (10–128 characters): ")
            .context("cannot read the password");
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("cannot read the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

fn open(settings: &Settings) -> anyhow::Result<Db> {
    settings.validate()?;
    Db::open_for_command(&settings.database_url).map_err(|e| anyhow::anyhow!("ESS_DATABASE_URL: {e:#}"))
}

fn admin(action: AdminAction) -> anyhow::Result<()> {
    let now = SystemClock.now();
    match action {
        AdminAction::Create { email, name, company, country, settings } => {
            let password = read_admin_password()?;
            let db = open(&settings)?;
            let registration = Registration { email, password, name, company, country, invitation: None, locale: None };
            let user = users::create_admin(&mut *db.write()?, now, &registration).map_err(describe)?;
            println!("Programme admin {} <{}> created (id {}).", user.name, user.email, user.id);
        }
        AdminAction::Disable { email, settings } => {
            let db = open(&settings)?;
            let user =
                users::set_disabled(&mut *db.write()?, now, &email, true).map_err(|e| account_error(e, &email))?;
            println!("{} is disabled; every session of theirs has ended.", user.email);
        }
        AdminAction::Enable { email, settings } => {
            let db = open(&settings)?;
            let user =
                users::set_disabled(&mut *db.write()?, now, &email, false).map_err(|e| account_error(e, &email))?;
            println!("{} is enabled.", user.email);
        }
    }
    Ok(())
}

/// As [`describe`], but an account that does not exist is named as such (not as a page).
fn account_error(e: ess_academy::error::AppError, email: &str) -> anyhow::Error {
    match e {
        ess_academy::error::AppError::NotFound => anyhow::anyhow!("no account has the e-mail address {email}"),
        other => describe(other),
    }
}

/// One line per problem, naming the field.
fn describe(e: ess_academy::error::AppError) -> anyhow::Error {
    match e {
        ess_academy::error::AppError::Validation(errors) => {
            anyhow::anyhow!(errors.iter().map(|(field, msg)| format!("{field}: {msg}")).collect::<Vec<_>>().join("; "))
        }
        ess_academy::error::AppError::Unexpected(cause) => cause,
        other => anyhow::anyhow!("{other}"),
    }
}
