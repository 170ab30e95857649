//! The account rules: registration, e-mail verification, login, password reset and change,
//! profile updates, disabling, and the creation of programme admins.

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;

use super::password::{hash_password, verify_password};
use super::throttle::{self, LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_ADDRESS};
use super::tokens::{self, Purpose, TokenProblem};
use super::validate::{CompanyName, CountryCode, Email, NewPassword, PersonName};
use super::{Role, User};
use crate::clock::UnixSecs;
use crate::db::schema::users as u;
use crate::db::{self, Db, DbConnection};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::mail::Mailer;

/// At most this many password-reset e-mails per account and hour.
pub const PASSWORD_RESET_MAILS_PER_HOUR: i64 = 5;
/// At most this many verification e-mails per account and hour.
pub const VERIFY_MAILS_PER_HOUR: i64 = 5;

/// What a visitor types to register (or the first admin at setup).
#[derive(Debug, Clone, Default)]
pub struct Registration {
    pub email: String,
    pub password: String,
    pub name: String,
    pub company: String,
    pub country: String,
    /// The token of a partner manager's invitation: registering with it joins the partner.
    pub invitation: Option<String>,
    /// The language of the page registered on, when the visitor's browser or the language
    /// switcher asked for one: it becomes the account's saved language (`users.locale`), so the
    /// verification mail and every later one are written in it.
    pub locale: Option<&'static str>,
}

struct ValidRegistration {
    email: Email,
    password: NewPassword,
    name: PersonName,
    company: CompanyName,
    country: CountryCode,
    locale: Option<&'static str>,
}

impl Registration {
    /// Every field checked at once, so a form can show all its messages together. The name must
    /// be printable by the certificate's fonts.
    fn validate(&self) -> Result<ValidRegistration, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = Email::parse(&self.email).map_err(|e| errors.insert("email".into(), e)).ok();
        let password = NewPassword::parse(&self.password).map_err(|e| errors.insert("password".into(), e)).ok();
        let name = printable_name(&self.name).map_err(|e| errors.insert("name".into(), e)).ok();
        let company = CompanyName::parse(&self.company).map_err(|e| errors.insert("company".into(), e)).ok();
        let country = CountryCode::parse(&self.country).map_err(|e| errors.insert("country".into(), e)).ok();
        match (email, password, name, company, country) {
            (Some(email), Some(password), Some(name), Some(company), Some(country)) if errors.is_empty() => {
                Ok(ValidRegistration { email, password, name, company, country, locale: self.locale })
            }
            _ => Err(errors),
        }
    }
}

/// A full name that the certificate's fonts can print.
pub fn printable_name(input: &str) -> Result<PersonName, String> {
    PersonName::parse(input).and_then(|n| match crate::fonts::missing_glyph(n.as_str()) {
        Some(c) => Err(crate::i18n::tr("field-name-glyph", &[("char", c.to_string().into())])),
        None => Ok(n),
    })
}

#[derive(Insertable)]
#[diesel(table_name = u)]
struct NewUser<'a> {
    email: &'a str,
    password_hash: &'a str,
    name: &'a str,
    company: &'a str,
    country: &'a str,
    role: &'a str,
    email_verified_at: Option<i64>,
    locale: Option<&'a str>,
    token_version: i64,
    created_at: i64,
    updated_at: i64,
}

const EMAIL_TAKEN: &str =
    "An account with this e-mail address already exists. Log in, or reset your password if you forgot it.";

fn insert_user(
    conn: &mut DbConnection,
    valid: &ValidRegistration,
    hash: &str,
    role: Role,
    verified_at: Option<i64>,
    now: UnixSecs,
) -> AppResult<User> {
    let taken: i64 = u::table.filter(u::email.eq(valid.email.as_str())).count().get_result(conn)?;
    if taken > 0 {
        return Err(AppError::Conflict(EMAIL_TAKEN.into()));
    }
    diesel::insert_into(u::table)
        .values(NewUser {
            email: valid.email.as_str(),
            password_hash: hash,
            name: valid.name.as_str(),
            company: valid.company.as_str(),
            country: valid.country.as_str(),
            role: role.as_str(),
            email_verified_at: verified_at,
            // Only the interface's languages are saved (never the test-only pseudo-locale).
            locale: valid.locale.filter(|l| crate::i18n::LANGUAGES.iter().any(|(code, _)| code == l)),
            token_version: 0,
            created_at: now,
            updated_at: now,
        })
        .returning(u::id)
        .get_result::<i64>(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => AppError::Conflict(EMAIL_TAKEN.into()),
            other => other.into(),
        })
        .and_then(|id| find(conn, id)?.ok_or(AppError::NotFound))
}

/// The context of the verification e-mail.
#[derive(Serialize)]
struct VerifyMail<'a> {
    name: &'a str,
    link: String,
    valid_days: i64,
}

/// The context of the password-reset e-mail.
#[derive(Serialize)]
struct ResetMail<'a> {
    name: &'a str,
    link: String,
    valid_minutes: i64,
}

/// Creates a learner and queues the verification e-mail, in one transaction.
pub fn register(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    registration: &Registration,
) -> AppResult<User> {
    let invited = match registration.invitation.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(token) => Some(crate::partners::open_invitation(conn, now, token)?),
        None => None,
    };
    let mut registration = registration.clone();
    if let Some(invited) = &invited
        && registration.company.trim().is_empty()
    {
        registration.company = invited.partner_name.clone();
    }
    let valid = registration.validate().map_err(AppError::Validation)?;
    let hash = hash_password(valid.password.as_str())?;
    db::transaction(conn, |conn| {
        let user = insert_user(conn, &valid, &hash, Role::Learner, None, now)?;
        if let Some(invited) = &invited {
            crate::partners::accept_invitation(conn, now, invited, &user)?;
        }
        queue_verification(conn, mailer, &user, now)?;
        crate::interop::xapi_events::registered(conn, mailer.xapi(), user.id, now)?;
        find(conn, user.id)?.ok_or(AppError::NotFound)
    })
}

fn queue_verification(conn: &mut DbConnection, mailer: &Mailer, user: &User, now: UnixSecs) -> AppResult<()> {
    tokens::revoke_unused(conn, Some(user.id), Purpose::VerifyEmail, now)?;
    let token = tokens::create(conn, Some(user.id), Purpose::VerifyEmail, now)?;
    let link = format!("{}/verify-email/{token}", mailer.public_url());
    let context = VerifyMail { name: &user.name, link, valid_days: tokens::VERIFY_EMAIL_TTL_SECS / 86_400 };
    mailer.enqueue(conn, &user.email, "verify_email", &context, now)?;
    Ok(())
}

/// Sends a new verification e-mail (the earlier links stop working). Limited per hour.
pub fn resend_verification(conn: &mut DbConnection, mailer: &Mailer, now: UnixSecs, user_id: i64) -> AppResult<()> {
    db::transaction(conn, |conn| {
        let user = find(conn, user_id)?.ok_or(AppError::NotFound)?;
        if user.email_verified() {
            return Err(AppError::Conflict("Your e-mail address is already verified.".into()));
        }
        let recent = tokens::count_created_since(conn, user.id, Purpose::VerifyEmail, now - 3600)?;
        if recent >= VERIFY_MAILS_PER_HOUR {
            return Err(AppError::TooManyRequests { retry_after_secs: 3600 });
        }
        queue_verification(conn, mailer, &user, now)
    })
}

/// Uses a verification link.
pub fn verify_email(conn: &mut DbConnection, now: UnixSecs, token: &str) -> AppResult<User> {
    db::transaction(conn, |conn| {
        let user_id = match tokens::consume(conn, token, Purpose::VerifyEmail, now)? {
            Ok(Some(id)) => id,
            Ok(None) | Err(TokenProblem::Invalid) => {
                return Err(AppError::BadRequest(
                    "This verification link is not valid. Log in and ask for a new one on your training page.".into(),
                ));
            }
            Err(TokenProblem::Used) => {
                return Err(AppError::BadRequest(
                    "This verification link was already used. If your address is verified, just log in.".into(),
                ));
            }
            Err(TokenProblem::Expired) => {
                return Err(AppError::BadRequest(
                    "This verification link has expired. Log in and ask for a new one on your training page.".into(),
                ));
            }
        };
        diesel::update(u::table.filter(u::id.eq(user_id)).filter(u::email_verified_at.is_null()))
            .set((u::email_verified_at.eq(now), u::updated_at.eq(now)))
            .execute(conn)?;
        find(conn, user_id)?.ok_or(AppError::NotFound)
    })
}

/// Checks a login. The password check runs outside any transaction (argon2 takes tens of
/// milliseconds and must not hold SQLite's single writer); unknown e-mail addresses are checked
/// against `dummy_hash`, so their answer and timing match a wrong password.
pub fn login(
    db: &Db,
    now: UnixSecs,
    email: &str,
    password: &str,
    client_addr: &str,
    dummy_hash: &str,
) -> AppResult<User> {
    let email = Email::parse(email).map(|e| e.as_str().to_owned()).unwrap_or_else(|_| email.trim().to_lowercase());
    let account_key = throttle::account_key(&email);
    let address_key = throttle::address_key(client_addr);
    let limits = [
        (account_key.as_str(), LOGIN_MAX_FAILURES_PER_ACCOUNT),
        (address_key.as_str(), LOGIN_MAX_FAILURES_PER_ADDRESS),
    ];
    let user = {
        let mut conn = db.read()?;
        if let Some(wait) = throttle::blocked_for(&mut conn, &limits, now)? {
            return Err(AppError::TooManyRequests { retry_after_secs: wait });
        }
        u::table.filter(u::email.eq(&email)).select(User::as_select()).first(&mut conn).optional()?
    };
    let matched = match &user {
        Some(user) => verify_password(password, &user.password_hash) && user.disabled_at.is_none(),
        None => {
            verify_password(password, dummy_hash);
            false
        }
    };
    let mut conn = db.write()?;
    match user {
        Some(user) if matched => {
            throttle::clear(&mut conn, &account_key)?;
            Ok(user)
        }
        _ => {
            throttle::record_failure(&mut conn, &[&account_key, &address_key], now)?;
            Err(AppError::BadCredentials)
        }
    }
}

/// Ends every session of the user (all devices): their token version moves on.
pub fn logout(conn: &mut DbConnection, now: UnixSecs, user_id: i64) -> AppResult<()> {
    bump_token_version(conn, now, user_id)
}

fn bump_token_version(conn: &mut DbConnection, now: UnixSecs, user_id: i64) -> AppResult<()> {
    diesel::update(u::table.filter(u::id.eq(user_id)))
        .set((u::token_version.eq(u::token_version + 1), u::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Queues a reset link when the address belongs to an active account; says nothing either way.
pub fn request_password_reset(conn: &mut DbConnection, mailer: &Mailer, now: UnixSecs, email: &str) -> AppResult<()> {
    let email = Email::parse(email).map_err(|e| AppError::field("email", e))?;
    db::transaction(conn, |conn| {
        let Some(user) = u::table
            .filter(u::email.eq(email.as_str()))
            .filter(u::disabled_at.is_null())
            .select(User::as_select())
            .first(conn)
            .optional()?
        else {
            return Ok(());
        };
        if tokens::count_created_since(conn, user.id, Purpose::PasswordReset, now - 3600)?
            >= PASSWORD_RESET_MAILS_PER_HOUR
        {
            tracing::info!(user = user.id, "password reset e-mail limit reached");
            return Ok(());
        }
        tokens::revoke_unused(conn, Some(user.id), Purpose::PasswordReset, now)?;
        let token = tokens::create(conn, Some(user.id), Purpose::PasswordReset, now)?;
        let link = format!("{}/reset-password/{token}", mailer.public_url());
        let context = ResetMail { name: &user.name, link, valid_minutes: tokens::PASSWORD_RESET_TTL_SECS / 60 };
        mailer.enqueue(conn, &user.email, "password_reset", &context, now)?;
        Ok(())
    })
}

/// Sets a new password with a reset link; ends every session and verifies the address.
pub fn confirm_password_reset(conn: &mut DbConnection, now: UnixSecs, token: &str, password: &str) -> AppResult<User> {
    let password = NewPassword::parse(password).map_err(|e| AppError::field("password", e))?;
    let hash = hash_password(password.as_str())?;
    db::transaction(conn, |conn| {
        let user_id = match tokens::consume(conn, token, Purpose::PasswordReset, now)? {
            Ok(Some(id)) => id,
            Ok(None) | Err(TokenProblem::Invalid) | Err(TokenProblem::Used) => {
                return Err(AppError::BadRequest(
                    "This password-reset link is not valid or was already used. Ask for a new one.".into(),
                ));
            }
            Err(TokenProblem::Expired) => {
                return Err(AppError::BadRequest("This password-reset link has expired. Ask for a new one.".into()));
            }
        };
        diesel::update(u::table.filter(u::id.eq(user_id)))
            .set((
                u::password_hash.eq(&hash),
                u::token_version.eq(u::token_version + 1),
                u::email_verified_at.eq(diesel::dsl::sql::<diesel::sql_types::Nullable<diesel::sql_types::BigInt>>(
                    &format!("COALESCE(email_verified_at, {now})"),
                )),
                u::updated_at.eq(now),
            ))
            .execute(conn)?;
        let user = find(conn, user_id)?.ok_or(AppError::NotFound)?;
        throttle::clear(conn, &throttle::account_key(&user.email))?;
        Ok(user)
    })
}

/// Changes a password when the current one is right; ends every other session.
pub fn change_password(db: &Db, now: UnixSecs, user_id: i64, current: &str, new: &str) -> AppResult<User> {
    let user = find(&mut *db.read()?, user_id)?.ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    if !verify_password(current, &user.password_hash) {
        errors.insert("current_password".into(), crate::i18n::t("field-current-password-wrong"));
    }
    let new = NewPassword::parse(new).map_err(|e| errors.insert("new_password".into(), e)).ok();
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let hash = hash_password(new.as_str())?;
    let mut conn = db.write()?;
    diesel::update(u::table.filter(u::id.eq(user_id)))
        .set((u::password_hash.eq(&hash), u::token_version.eq(u::token_version + 1), u::updated_at.eq(now)))
        .execute(&mut conn)?;
    find(&mut conn, user_id)?.ok_or(AppError::NotFound)
}

/// Changes the company and/or country. (The name goes on certificates: it changes through the
/// name-correction flow of the credentials.)
pub fn update_profile(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    company: Option<&str>,
    country: Option<&str>,
    locale: Option<&str>,
) -> AppResult<User> {
    let mut errors = FieldErrors::new();
    let locale = match locale {
        None => None,
        Some(tag) => match crate::i18n::LANGUAGES.iter().find(|(code, _)| *code == tag) {
            Some((code, _)) => Some(*code),
            None => {
                let codes: Vec<&str> = crate::i18n::LANGUAGES.iter().map(|(code, _)| *code).collect();
                errors.insert(
                    "locale".into(),
                    crate::i18n::tr("field-one-of-languages", &[("codes", codes.join(", ").into())]),
                );
                None
            }
        },
    };
    let company =
        company.map(CompanyName::parse).transpose().map_err(|e| errors.insert("company".into(), e)).ok().flatten();
    let country =
        country.map(CountryCode::parse).transpose().map_err(|e| errors.insert("country".into(), e)).ok().flatten();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    db::transaction(conn, |conn| {
        if let Some(company) = &company {
            diesel::update(u::table.filter(u::id.eq(user_id)))
                .set((u::company.eq(company.as_str()), u::updated_at.eq(now)))
                .execute(conn)?;
        }
        if let Some(country) = &country {
            diesel::update(u::table.filter(u::id.eq(user_id)))
                .set((u::country.eq(country.as_str()), u::updated_at.eq(now)))
                .execute(conn)?;
        }
        if let Some(locale) = locale {
            diesel::update(u::table.filter(u::id.eq(user_id)))
                .set((u::locale.eq(Some(locale)), u::updated_at.eq(now)))
                .execute(conn)?;
        }
        find(conn, user_id)?.ok_or(AppError::NotFound)
    })
}

/// Disables or re-enables an account; disabling ends its sessions at once.
pub fn set_disabled(conn: &mut DbConnection, now: UnixSecs, email: &str, disabled: bool) -> AppResult<User> {
    let email = Email::parse(email).map_err(|e| AppError::field("email", e))?;
    db::transaction(conn, |conn| {
        let user = u::table
            .filter(u::email.eq(email.as_str()))
            .select(User::as_select())
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        diesel::update(u::table.filter(u::id.eq(user.id)))
            .set((u::disabled_at.eq(disabled.then_some(now)), u::updated_at.eq(now)))
            .execute(conn)?;
        bump_token_version(conn, now, user.id)?;
        find(conn, user.id)?.ok_or(AppError::NotFound)
    })
}

pub fn find(conn: &mut DbConnection, user_id: i64) -> QueryResult<Option<User>> {
    u::table.find(user_id).select(User::as_select()).first(conn).optional()
}

/// Whether any programme admin exists.
pub fn admin_exists(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(u::table.filter(u::role.eq(Role::ProgrammeAdmin.as_str())))).get_result(conn)
}

/// A verified programme admin, for scripted setups.
pub fn create_admin(conn: &mut DbConnection, now: UnixSecs, registration: &Registration) -> AppResult<User> {
    let valid = registration.validate().map_err(AppError::Validation)?;
    let hash = hash_password(valid.password.as_str())?;
    db::transaction(conn, |conn| insert_user(conn, &valid, &hash, Role::ProgrammeAdmin, Some(now), now))
}

/// While no programme admin exists: a fresh one-time setup token (earlier ones stop working).
pub fn create_setup_token(conn: &mut DbConnection, now: UnixSecs) -> AppResult<Option<String>> {
    db::transaction(conn, |conn| {
        if admin_exists(conn)? {
            return Ok(None);
        }
        tokens::revoke_unused(conn, None, Purpose::AdminSetup, now)?;
        Ok(Some(tokens::create(conn, None, Purpose::AdminSetup, now)?))
    })
}

/// Checks a setup link without using it (to show the form, or a clear message).
pub fn check_setup_token(conn: &mut DbConnection, now: UnixSecs, token: &str) -> AppResult<()> {
    if admin_exists(conn)? {
        return Err(AppError::Conflict(ADMIN_EXISTS.into()));
    }
    tokens::peek(conn, token, Purpose::AdminSetup, now)?.map(|_| ()).map_err(setup_token_error)
}

const ADMIN_EXISTS: &str = "A programme admin already exists. Log in instead.";

fn setup_token_error(problem: TokenProblem) -> AppError {
    match problem {
        TokenProblem::Expired => AppError::BadRequest("This setup link has expired. Restart the server for a new one.".into()),
        TokenProblem::Invalid | TokenProblem::Used => AppError::BadRequest(
            "This setup link is not valid or was already used. While no admin exists, the server prints a new one at start.".into(),
        ),
    }
}

/// Uses the setup link: creates the first programme admin, verified.
pub fn complete_setup(
    conn: &mut DbConnection,
    now: UnixSecs,
    token: &str,
    registration: &Registration,
) -> AppResult<User> {
    let valid = registration.validate().map_err(AppError::Validation)?;
    let hash = hash_password(valid.password.as_str())?;
    db::transaction(conn, |conn| {
        tokens::consume(conn, token, Purpose::AdminSetup, now)?.map_err(setup_token_error)?;
        if admin_exists(conn)? {
            return Err(AppError::Conflict(ADMIN_EXISTS.into()));
        }
        insert_user(conn, &valid, &hash, Role::ProgrammeAdmin, Some(now), now)
    })
}

/// Users whose e-mail or name contains `query` (case-insensitively), at most `limit`, by name.
pub fn search(conn: &mut DbConnection, query: &str, limit: i64) -> QueryResult<Vec<User>> {
    diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);
    let needle: String = query.trim().to_lowercase().chars().filter(|c| !matches!(c, '%' | '_' | '\\')).collect();
    let pattern = format!("%{needle}%");
    u::table
        .filter(u::email.like(pattern.clone()).or(lower(u::name).like(pattern)))
        .order((u::name, u::id))
        .limit(limit)
        .select(User::as_select())
        .load(conn)
}

/// The account with this address, if any.
pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<User>> {
    u::table.filter(u::email.eq(email.trim().to_lowercase())).select(User::as_select()).first(conn).optional()
}

/// The password hash of an account made by another system (an LTI platform): no password
/// matches it; a password-reset link sets one when the address is real.
const NO_PASSWORD: &str = "!external";

/// A learner whose identity another system vouches for (an LTI platform's launch). The name must
/// be printable by the certificate's fonts (`Validation` on `name` otherwise); the address must
/// be free (`Conflict` otherwise). Company and country are left for the learner to fill in.
pub fn create_external_learner(
    conn: &mut DbConnection,
    now: UnixSecs,
    email: &str,
    verified: bool,
    name: &str,
) -> AppResult<User> {
    let name = printable_name(name).map_err(|e| AppError::field("name", e))?;
    let email = email.trim().to_lowercase();
    if find_by_email(conn, &email)?.is_some() {
        return Err(AppError::Conflict(EMAIL_TAKEN.into()));
    }
    let id: i64 = diesel::insert_into(u::table)
        .values(NewUser {
            email: &email,
            password_hash: NO_PASSWORD,
            name: name.as_str(),
            company: "",
            country: "",
            role: Role::Learner.as_str(),
            email_verified_at: verified.then_some(now),
            locale: None,
            token_version: 0,
            created_at: now,
            updated_at: now,
        })
        .returning(u::id)
        .get_result(conn)?;
    find(conn, id)?.ok_or(AppError::NotFound)
}
