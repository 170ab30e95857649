//! Partner companies: created by programme admins, joined by invitation (or attached by an
//! admin), managed by partner managers who see their people's progress and files. Every move of
//! a person between partners is recorded. Accreditation follows from the people's credentials.

pub mod accreditation;
pub mod reminders;

use diesel::prelude::*;
use serde::Serialize;

use crate::accounts::tokens::{generate_token, token_hash};
use crate::accounts::validate::{CompanyName, CountryCode, Email};
use crate::accounts::{Role, User, users};
use crate::clock::{UnixSecs, rfc3339};
use crate::content::course::AccreditationToml;
use crate::db::schema::{
    attempts as a, courses as c, credentials as cr, exams as e, invitations as inv, module_progress as mp,
    modules as m, partner_moves as pm, partners as p, training_completions as tc, users as u,
};
use crate::db::{self, DbConnection};
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;

/// How long an invitation link works.
pub const INVITATION_TTL_SECS: i64 = 14 * 86_400;
/// Invitations one partner may send per day.
pub const INVITATIONS_PER_DAY: i64 = 200;
/// Partner codes: at most this many characters.
pub const CODE_MAX_CHARS: usize = 32;

/// A partner company.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = p)]
pub struct Partner {
    pub id: i64,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Upper-case letters, digits and hyphens; the id of the public partner verification page.
    pub partner_code: String,
    #[serde(skip)]
    pub created_at: i64,
}

/// Checks a partner code: 3–32 upper-case letters, digits and single hyphens.
pub fn check_code(code: &str) -> Result<(), String> {
    let ok = (3..=CODE_MAX_CHARS).contains(&code.len())
        && code.chars().all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '-')
        && !code.starts_with('-')
        && !code.ends_with('-')
        && !code.contains("--");
    if ok {
        Ok(())
    } else {
        Err(format!("use 3–{CODE_MAX_CHARS} upper-case letters, digits and single hyphens, like ACME-DE"))
    }
}

/// A code made from the name and country: `ACME-NETWORKS-DE`.
pub fn code_from(name: &str, country: &str) -> String {
    let mut code = String::new();
    for word in name.split(|ch: char| !ch.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if code.len() + word.len() + country.len() + 2 > CODE_MAX_CHARS {
            break;
        }
        if !code.is_empty() {
            code.push('-');
        }
        code.push_str(&word.to_ascii_uppercase());
    }
    if code.is_empty() {
        code.push_str("PARTNER");
    }
    format!("{code}-{country}")
}

/// Creates a partner; the code is made from the name and country when none is given.
pub fn create(
    conn: &mut DbConnection,
    now: UnixSecs,
    name: &str,
    country: &str,
    code: Option<&str>,
) -> AppResult<Partner> {
    let mut errors = crate::error::FieldErrors::new();
    let name = CompanyName::parse_partner_name(name).map_err(|e| errors.insert("name".into(), e)).ok();
    let country = CountryCode::parse(country).map_err(|e| errors.insert("country".into(), e)).ok();
    let code = match (code.map(str::trim).filter(|c| !c.is_empty()), &name, &country) {
        (Some(code), _, _) => {
            let code = code.to_ascii_uppercase();
            let message = || crate::i18n::tr("admin-field-partner-code", &[("max", CODE_MAX_CHARS.into())]);
            check_code(&code).map_err(|_| errors.insert("partner_code".into(), message())).ok().map(|()| code)
        }
        (None, Some(name), Some(country)) => Some(code_from(name.as_str(), country.as_str())),
        _ => None,
    };
    let (Some(name), Some(country), Some(code)) = (name, country, code) else {
        return Err(AppError::Validation(errors));
    };
    db::transaction(conn, |conn| {
        let taken: bool =
            diesel::select(diesel::dsl::exists(p::table.filter(p::partner_code.eq(&code)))).get_result(conn)?;
        if taken {
            return Err(AppError::field(
                "partner_code",
                crate::i18n::tr("admin-field-partner-code-taken", &[("code", code.as_str().into())]),
            ));
        }
        let id: i64 = diesel::insert_into(p::table)
            .values((
                p::name.eq(name.as_str()),
                p::country.eq(country.as_str()),
                p::partner_code.eq(&code),
                p::created_at.eq(now),
            ))
            .returning(p::id)
            .get_result(conn)?;
        find(conn, id)?.ok_or(AppError::NotFound)
    })
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Partner>> {
    p::table.find(id).select(Partner::as_select()).first(conn).optional()
}

pub fn find_by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<Partner>> {
    p::table.filter(p::partner_code.eq(code)).select(Partner::as_select()).first(conn).optional()
}

/// A partner in the admins' list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PartnerSummary {
    #[serde(flatten)]
    pub partner: Partner,
    /// People who belong to it.
    pub people: i64,
    pub accredited: bool,
    pub specialists: i64,
}

/// Every partner with its people and accreditation, by name.
pub fn list(conn: &mut DbConnection, now: UnixSecs) -> QueryResult<Vec<PartnerSummary>> {
    let partners: Vec<Partner> = p::table.order(p::name).select(Partner::as_select()).load(conn)?;
    let counts: Vec<(Option<i64>, i64)> = u::table
        .filter(u::partner_id.is_not_null())
        .group_by(u::partner_id)
        .select((u::partner_id, diesel::dsl::count_star()))
        .load(conn)?;
    let settings = settings(conn)?;
    let mut out = Vec::with_capacity(partners.len());
    for partner in partners {
        let standing = standing_of(conn, partner.id, &settings, now)?;
        let people = counts.iter().find(|(id, _)| *id == Some(partner.id)).map_or(0, |(_, n)| *n);
        out.push(PartnerSummary {
            partner,
            people,
            accredited: standing.accredited,
            specialists: standing.specialists,
        });
    }
    Ok(out)
}

/// The accreditation settings of the specialization (the first course's `[accreditation]`).
pub fn settings(conn: &mut DbConnection) -> QueryResult<AccreditationToml> {
    let text: Option<String> = c::table.order(c::id).select(c::course_toml).first(conn).optional()?;
    Ok(text
        .and_then(|t| toml::from_str::<crate::content::course::CourseToml>(&t).ok())
        .map(|t| t.accreditation)
        .unwrap_or_default())
}

/// The validity intervals of the credentials held by a partner's people now.
fn intervals(conn: &mut DbConnection, partner_id: i64) -> QueryResult<Vec<accreditation::Interval>> {
    /// Issued, expires, revoked, valid since, lapsed.
    type Validity = (i64, i64, Option<i64>, i64, Option<i64>);
    let rows: Vec<Validity> = cr::table
        .inner_join(u::table.on(u::id.eq(cr::user_id)))
        .filter(u::partner_id.eq(partner_id))
        .select((cr::issued_at, cr::expires_at, cr::revoked_at, cr::valid_since, cr::lapsed_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .flat_map(|(issued, expires, revoked, valid_since, lapsed)| {
            let cut = |end: i64| revoked.map_or(end, |r| r.min(end));
            match lapsed {
                // Renewed in grace: valid until it lapsed, then again from the renewal. A renewal
                // before expiry leaves one unbroken interval.
                Some(lapsed) if valid_since > issued => vec![
                    accreditation::Interval { start: issued, end: cut(lapsed) },
                    accreditation::Interval { start: valid_since, end: cut(expires) },
                ],
                _ => vec![accreditation::Interval { start: issued, end: cut(expires) }],
            }
        })
        .collect())
}

fn standing_of(
    conn: &mut DbConnection,
    partner_id: i64,
    settings: &AccreditationToml,
    now: UnixSecs,
) -> QueryResult<accreditation::Standing> {
    Ok(accreditation::standing(&intervals(conn, partner_id)?, settings.min_specialists, now))
}

/// `GET /api/v1/partner/accreditation`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Accreditation {
    pub accredited: bool,
    pub specialists: i64,
    pub min_specialists: i64,
    /// RFC 3339; null when not accredited.
    pub since: Option<String>,
    /// RFC 3339: when it lapses unless someone else is certified; null when not accredited.
    pub lapses_at: Option<String>,
    #[serde(skip)]
    pub since_secs: Option<i64>,
    #[serde(skip)]
    pub lapses_secs: Option<i64>,
}

pub fn accreditation_of(conn: &mut DbConnection, partner_id: i64, now: UnixSecs) -> QueryResult<Accreditation> {
    let settings = settings(conn)?;
    accreditation_with(conn, partner_id, &settings, now)
}

/// `accreditation_of` with the settings already read (for loops over partners).
pub fn accreditation_with(
    conn: &mut DbConnection,
    partner_id: i64,
    settings: &AccreditationToml,
    now: UnixSecs,
) -> QueryResult<Accreditation> {
    let s = standing_of(conn, partner_id, settings, now)?;
    Ok(Accreditation {
        accredited: s.accredited,
        specialists: s.specialists,
        min_specialists: settings.min_specialists,
        since: s.since.map(rfc3339),
        lapses_at: s.lapses_at.map(rfc3339),
        since_secs: s.since,
        lapses_secs: s.lapses_at,
    })
}

/// Moves a person to a partner (or out of any), recording how and by whom.
pub fn move_person(
    conn: &mut DbConnection,
    now: UnixSecs,
    user_id: i64,
    to: Option<i64>,
    how: &str,
    by: Option<i64>,
) -> AppResult<()> {
    let from: Option<i64> =
        u::table.find(user_id).select(u::partner_id).first(conn).optional()?.ok_or(AppError::NotFound)?;
    if from == to {
        return Ok(());
    }
    if let Some(to) = to
        && find(conn, to)?.is_none()
    {
        return Err(AppError::field("partner_id", crate::i18n::t("admin-field-no-such-partner")));
    }
    diesel::update(u::table.find(user_id)).set((u::partner_id.eq(to), u::updated_at.eq(now))).execute(conn)?;
    diesel::insert_into(pm::table)
        .values((
            pm::user_id.eq(user_id),
            pm::from_partner_id.eq(from),
            pm::to_partner_id.eq(to),
            pm::how.eq(how),
            pm::moved_by.eq(by),
            pm::at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A programme admin sets a person's role; a partner manager must belong to a partner (given
/// here, or already). Ends the person's sessions (the role is in the token).
pub fn set_role(
    conn: &mut DbConnection,
    now: UnixSecs,
    admin_id: i64,
    user_id: i64,
    role: &str,
    partner_id: Option<i64>,
) -> AppResult<User> {
    let role = Role::parse(role).ok_or_else(|| AppError::field("role", crate::i18n::t("field-role")))?;
    db::transaction(conn, |conn| {
        let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
        if role == Role::PartnerManager && partner_id.is_none() {
            return Err(AppError::field("partner_id", crate::i18n::t("admin-field-manager-needs-partner")));
        }
        if let Some(partner_id) = partner_id {
            move_person(conn, now, user_id, Some(partner_id), "admin", Some(admin_id))?;
        }
        if user.role != role.as_str() {
            diesel::update(u::table.find(user_id))
                .set((u::role.eq(role.as_str()), u::token_version.eq(u::token_version + 1), u::updated_at.eq(now)))
                .execute(conn)?;
        }
        users::find(conn, user_id)?.ok_or(AppError::NotFound)
    })
}

#[derive(Serialize)]
struct InvitationMail<'a> {
    partner: &'a str,
    manager: &'a str,
    link: String,
    expires_at: UnixSecs,
}

/// An invitation as the manager sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    /// RFC 3339.
    pub created_at: String,
    pub expires_at: String,
    pub accepted: bool,
}

/// A partner manager invites someone by e-mail: the link leads to registration with the company
/// filled in, and registering with it joins the partner.
pub fn invite(
    conn: &mut DbConnection,
    mailer: &Mailer,
    now: UnixSecs,
    manager: &User,
    email: &str,
) -> AppResult<Invitation> {
    let partner_id = manager_partner(manager)?;
    let email = Email::parse(email).map_err(|e| AppError::field("email", e))?;
    db::transaction(conn, |conn| {
        let partner = find(conn, partner_id)?.ok_or(AppError::NotFound)?;
        let member: Option<Option<i64>> =
            u::table.filter(u::email.eq(email.as_str())).select(u::partner_id).first(conn).optional()?;
        match member {
            Some(Some(id)) if id == partner_id => {
                return Err(AppError::Conflict(crate::i18n::tr(
                    "partner-invite-already-member",
                    &[("email", email.as_str().into())],
                )));
            }
            Some(_) => {
                return Err(AppError::Conflict(crate::i18n::tr(
                    "partner-invite-has-account",
                    &[("email", email.as_str().into()), ("partner", partner.name.as_str().into())],
                )));
            }
            None => {}
        }
        let today: i64 = inv::table
            .filter(inv::partner_id.eq(partner_id))
            .filter(inv::created_at.gt(now - 86_400))
            .count()
            .get_result(conn)?;
        if today >= INVITATIONS_PER_DAY {
            return Err(AppError::TooManyRequests { retry_after_secs: 3600 });
        }
        let token = generate_token();
        let id: i64 = diesel::insert_into(inv::table)
            .values((
                inv::partner_id.eq(partner_id),
                inv::email.eq(email.as_str()),
                inv::token_hash.eq(token_hash(&token)),
                inv::invited_by.eq(manager.id),
                inv::created_at.eq(now),
                inv::expires_at.eq(now + INVITATION_TTL_SECS),
            ))
            .returning(inv::id)
            .get_result(conn)?;
        let mail = InvitationMail {
            partner: &partner.name,
            manager: &manager.name,
            link: format!("{}/invitations/{token}", mailer.public_url()),
            expires_at: now + INVITATION_TTL_SECS,
        };
        // The address has no account yet: the invitation speaks the inviting manager's language.
        let lang = crate::i18n::saved_or(manager.locale.as_deref(), crate::i18n::current());
        crate::i18n::with_lang(lang, || mailer.enqueue(conn, email.as_str(), "invitation", &mail, now))
            .map_err(AppError::Unexpected)?;
        Ok(Invitation {
            id,
            email: email.as_str().to_owned(),
            created_at: rfc3339(now),
            expires_at: rfc3339(now + INVITATION_TTL_SECS),
            accepted: false,
        })
    })
}

/// The partner a manager manages; a manager without one is refused.
pub fn manager_partner(manager: &User) -> AppResult<i64> {
    manager.partner_id.ok_or_else(|| AppError::Forbidden(crate::i18n::t("partner-no-partner")))
}

/// The partner's recent invitations, newest first.
pub fn invitations(conn: &mut DbConnection, partner_id: i64) -> QueryResult<Vec<Invitation>> {
    let rows: Vec<(i64, String, i64, i64, Option<i64>)> = inv::table
        .filter(inv::partner_id.eq(partner_id))
        .order(inv::id.desc())
        .limit(50)
        .select((inv::id, inv::email, inv::created_at, inv::expires_at, inv::accepted_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, email, created, expires, accepted)| Invitation {
            id,
            email,
            created_at: rfc3339(created),
            expires_at: rfc3339(expires),
            accepted: accepted.is_some(),
        })
        .collect())
}

/// An open invitation, found by the token of its link.
#[derive(Debug, Clone, Serialize)]
pub struct OpenInvitation {
    pub id: i64,
    pub email: String,
    pub partner_id: i64,
    pub partner_name: String,
    pub partner_country: String,
}

/// The invitation of a link, if it can still be used.
pub fn open_invitation(conn: &mut DbConnection, now: UnixSecs, token: &str) -> AppResult<OpenInvitation> {
    type Found = (i64, String, i64, i64, Option<i64>, String, String);
    let found: Option<Found> = inv::table
        .inner_join(p::table)
        .filter(inv::token_hash.eq(token_hash(token)))
        .select((inv::id, inv::email, inv::partner_id, inv::expires_at, inv::accepted_at, p::name, p::country))
        .first(conn)
        .optional()?;
    match found {
        None => Err(AppError::field("invitation", crate::i18n::t("field-invitation-invalid"))),
        Some((_, _, _, _, Some(_), _, _)) => {
            Err(AppError::field("invitation", "This invitation was used already. Log in instead."))
        }
        Some((_, _, _, expires, _, _, _)) if expires <= now => {
            Err(AppError::field("invitation", "This invitation has expired. Ask your manager for a new one."))
        }
        Some((id, email, partner_id, _, None, partner_name, partner_country)) => {
            Ok(OpenInvitation { id, email, partner_id, partner_name, partner_country })
        }
    }
}

/// Uses an invitation for a new account (in the registration's transaction): the person joins
/// the partner. The invitation works once, for the address it was sent to.
pub fn accept_invitation(
    conn: &mut DbConnection,
    now: UnixSecs,
    invitation: &OpenInvitation,
    user: &User,
) -> AppResult<()> {
    if !invitation.email.eq_ignore_ascii_case(&user.email) {
        return Err(AppError::field(
            "email",
            format!("This invitation is for {}; register with that address.", invitation.email),
        ));
    }
    let used = diesel::update(inv::table.find(invitation.id).filter(inv::accepted_at.is_null()))
        .set((inv::accepted_at.eq(now), inv::accepted_user_id.eq(user.id)))
        .execute(conn)?;
    if used != 1 {
        return Err(AppError::field("invitation", "This invitation was used already. Log in instead."));
    }
    move_person(conn, now, user.id, Some(invitation.partner_id), "invitation", None)
}

/// A person as their partner manager sees them: progress, exams, credential; never answers.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Person {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub progress: PersonProgress,
    pub exams: Vec<PersonExam>,
    pub credential: Option<PersonCredential>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PersonProgress {
    pub modules_completed: i64,
    pub modules_total: i64,
    pub active_seconds: i64,
    /// RFC 3339, when the training was complete (or exempt).
    pub training_completed_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PersonExam {
    pub exam: String,
    pub title: String,
    pub attempts: i64,
    pub passed: bool,
    /// The best score of the graded attempts, in percent.
    pub best_score: Option<i64>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PersonCredential {
    pub id: String,
    /// `valid`, `expired` or `revoked`.
    pub status: String,
    pub expires_at: String,
    /// Where its renewal stands: `not_yet`, `open`, `grace`, `closed` or `renewed`.
    pub renewal: String,
    /// RFC 3339: when the renewal window opens.
    pub renewal_opens_at: String,
    /// The same in words, e.g. "Renewal open: renew by 3 December 2027 (30 days left)".
    pub renewal_label: String,
}

/// The partner's people, by name.
pub fn people(conn: &mut DbConnection, partner_id: i64, now: UnixSecs) -> QueryResult<Vec<Person>> {
    let members: Vec<(i64, String, String)> = u::table
        .filter(u::partner_id.eq(partner_id))
        .order((u::name, u::id))
        .select((u::id, u::email, u::name))
        .load(conn)?;
    let ids: Vec<i64> = members.iter().map(|(id, _, _)| *id).collect();
    // The first path's modules (renewal modules are studied a year later).
    let path_modules: Vec<i64> =
        m::table.filter(m::retired_at.is_null()).filter(m::track.eq("path")).select(m::id).load(conn)?;
    let modules_total = path_modules.len() as i64;
    let progress: Vec<(i64, i64, Option<i64>)> = mp::table
        .filter(mp::user_id.eq_any(&ids))
        .filter(mp::module_id.eq_any(&path_modules))
        .select((mp::user_id, mp::active_seconds, mp::completed_at))
        .load(conn)?;
    let completions: Vec<(i64, i64)> =
        tc::table.filter(tc::user_id.eq_any(&ids)).select((tc::user_id, tc::completed_at)).load(conn)?;
    let exams: Vec<(i64, String, String)> =
        e::table.order(e::position).select((e::id, e::slug, e::title)).load(conn)?;
    let tries: Vec<(i64, i64, Option<bool>, Option<i32>)> = a::table
        .filter(a::user_id.eq_any(&ids))
        .select((a::user_id, a::exam_id, a::passed, a::score_percent))
        .load(conn)?;
    let credentials: Vec<crate::credentials::CredentialRow> =
        cr::table.filter(cr::user_id.eq_any(&ids)).select(crate::credentials::CredentialRow::as_select()).load(conn)?;
    let rules = match credentials.first() {
        Some(c) => crate::credentials::lifecycle::Rules::of_course(conn, c.course_id)?,
        None => crate::credentials::lifecycle::Rules::from_toml(""),
    };
    Ok(members
        .into_iter()
        .map(|(id, email, name)| {
            let mine = progress.iter().filter(|(u, _, _)| *u == id);
            Person {
                progress: PersonProgress {
                    modules_completed: mine.clone().filter(|(_, _, done)| done.is_some()).count() as i64,
                    modules_total,
                    active_seconds: mine.map(|(_, s, _)| s).sum(),
                    training_completed_at: completions.iter().find(|(u, _)| *u == id).map(|(_, t)| rfc3339(*t)),
                },
                exams: exams
                    .iter()
                    .map(|(exam_id, slug, title)| {
                        let attempts: Vec<_> = tries.iter().filter(|(u, x, _, _)| *u == id && x == exam_id).collect();
                        PersonExam {
                            exam: slug.clone(),
                            title: title.clone(),
                            attempts: attempts.len() as i64,
                            passed: attempts.iter().any(|(_, _, passed, _)| *passed == Some(true)),
                            best_score: attempts.iter().filter_map(|(_, _, _, s)| s.map(i64::from)).max(),
                        }
                    })
                    .collect(),
                credential: credentials.iter().filter(|c| c.user_id == id).max_by_key(|c| c.cycle).map(|c| {
                    let view = crate::credentials::lifecycle::renewal_view(&rules, c, now);
                    PersonCredential {
                        id: c.public_id.clone(),
                        status: c.status(now).to_owned(),
                        expires_at: rfc3339(c.expires_at),
                        renewal_label: renewal_label(&view, c.revoked_at.is_some()),
                        renewal: view.state,
                        renewal_opens_at: view.window_opens_at,
                    }
                }),
                id,
                email,
                name,
            }
        })
        .collect())
}

/// A specialist whose renewal would keep the partner accredited past its lapse date.
#[derive(Debug, Clone, Serialize)]
pub struct Renewer {
    pub name: String,
    pub email: String,
    /// `30 December 2027`.
    pub expires: String,
    /// `not_yet`, `open`, …
    pub renewal: String,
    pub window_opens: String,
    /// The expiry and the opening of the renewal window in unix seconds (mails write them in
    /// their recipient's language).
    pub expires_at: UnixSecs,
    pub window_opens_at: UnixSecs,
}

/// The partner's people whose valid credential ends at or before `lapses_at`: renewing any of
/// them before expiry moves the lapse date. Soonest first.
pub fn renewers(
    conn: &mut DbConnection,
    partner_id: i64,
    lapses_at: UnixSecs,
    now: UnixSecs,
) -> QueryResult<Vec<Renewer>> {
    let rows: Vec<(crate::credentials::CredentialRow, String)> = cr::table
        .inner_join(u::table.on(u::id.eq(cr::user_id)))
        .filter(u::partner_id.eq(partner_id))
        .filter(cr::revoked_at.is_null())
        .filter(cr::expires_at.gt(now))
        .filter(cr::expires_at.le(lapses_at))
        .order((cr::expires_at, cr::id))
        .select((crate::credentials::CredentialRow::as_select(), u::email))
        .load(conn)?;
    let mut out = Vec::new();
    for (row, email) in rows {
        let rules = crate::credentials::lifecycle::Rules::of_course(conn, row.course_id)?;
        let view = crate::credentials::lifecycle::renewal_view(&rules, &row, now);
        out.push(Renewer {
            name: row.holder_name.clone(),
            email,
            expires: crate::clock::long_date(row.expires_at),
            renewal: view.state,
            window_opens: view.dates.window_opens,
            expires_at: row.expires_at,
            window_opens_at: rules.window_opens_at(row.expires_at),
        });
    }
    Ok(out)
}

/// A person's renewal, in a few words for the partner page (in the language being served).
fn renewal_label(view: &crate::credentials::lifecycle::RenewalView, revoked: bool) -> String {
    use crate::i18n::{t, tr};
    let d = &view.dates;
    match view.state.as_str() {
        _ if revoked => t("partner-renewal-revoked"),
        "open" => tr("partner-renewal-open", &[("date", d.expires.as_str().into()), ("days", d.days_left.into())]),
        "grace" => tr("partner-renewal-grace", &[("days", d.days_left.into())]),
        "closed" => t("partner-renewal-closed"),
        "renewed" => tr("partner-renewal-renewed", &[("date", d.window_opens.as_str().into())]),
        _ => tr("partner-renewal-not-yet", &[("date", d.window_opens.as_str().into())]),
    }
}

/// A manager removes a person from the company; the person keeps their account and credential.
pub fn remove_person(conn: &mut DbConnection, now: UnixSecs, manager: &User, user_id: i64) -> AppResult<()> {
    let partner_id = manager_partner(manager)?;
    if user_id == manager.id {
        return Err(AppError::Conflict("You cannot remove yourself; ask a programme admin.".into()));
    }
    db::transaction(conn, |conn| {
        let theirs: Option<Option<i64>> = u::table.find(user_id).select(u::partner_id).first(conn).optional()?;
        if theirs != Some(Some(partner_id)) {
            return Err(AppError::NotFound);
        }
        move_person(conn, now, user_id, None, "removed_by_manager", Some(manager.id))
    })
}

/// Whether a partner manager manages this person now.
pub fn manages(conn: &mut DbConnection, manager_id: i64, person_id: i64) -> QueryResult<bool> {
    let partners: Vec<Option<i64>> =
        u::table.filter(u::id.eq_any([manager_id, person_id])).select(u::partner_id).load(conn)?;
    let manager_partner: Option<i64> = u::table.find(manager_id).select(u::partner_id).first(conn)?;
    Ok(manager_partner.is_some() && partners.len() == 2 && partners.iter().all(|p| *p == manager_partner))
}

/// What the public partner verification page shows: no personal data.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PartnerVerification {
    pub name: String,
    pub country: String,
    pub partner_code: String,
    pub accredited: bool,
    /// RFC 3339.
    pub since: Option<String>,
    pub until: Option<String>,
    pub specialists: i64,
}

pub fn verification(
    conn: &mut DbConnection,
    code: &str,
    now: UnixSecs,
) -> QueryResult<Option<(PartnerVerification, Accreditation)>> {
    let Some(partner) = find_by_code(conn, code)? else {
        return Ok(None);
    };
    let acc = accreditation_of(conn, partner.id, now)?;
    Ok(Some((
        PartnerVerification {
            name: partner.name,
            country: partner.country,
            partner_code: partner.partner_code,
            accredited: acc.accredited,
            since: acc.since.clone(),
            until: acc.lapses_at.clone(),
            specialists: acc.specialists,
        },
        acc,
    )))
}

/// The Takeback Incentive estimate for a deal.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Estimate {
    pub eligible: bool,
    /// The rate applied (an estimate: "up to").
    pub discount_percent: f64,
    /// The deal value times the rate, rounded to cents.
    pub discount_amount: f64,
}

/// Deal values above this are refused (a typo guard, not a business rule).
pub const MAX_DEAL_VALUE: f64 = 1.0e12;

/// Estimates the incremental discount of a Takeback deal in a country.
pub fn estimate(settings: &AccreditationToml, country: &str, deal_value: f64) -> AppResult<Estimate> {
    let country = CountryCode::parse(country).map_err(|e| AppError::field("country", e))?;
    if !deal_value.is_finite() || !(0.0..=MAX_DEAL_VALUE).contains(&deal_value) {
        return Err(AppError::field("deal_value", crate::i18n::t("takeback-value-positive")));
    }
    let eligible = settings.participating_countries.iter().any(|c| c == country.as_str());
    let rate = if eligible { settings.incentive_rate_percent } else { 0.0 };
    Ok(Estimate { eligible, discount_percent: rate, discount_amount: (deal_value * rate).round() / 100.0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_made_from_the_name_and_checked() {
        assert_eq!(code_from("Acme Networks GmbH", "DE"), "ACME-NETWORKS-GMBH-DE");
        assert_eq!(code_from("Ünïcode & Co", "FR"), "N-CODE-CO-FR");
        assert_eq!(code_from("株式会社", "JP"), "PARTNER-JP");
        assert!(check_code("ACME-DE").is_ok());
        assert!(check_code("acme").is_err());
        assert!(check_code("A--B").is_err());
        assert!(check_code("AB").is_err());
    }

    #[test]
    fn the_estimate_applies_the_rate_in_participating_countries_only() {
        let settings = AccreditationToml {
            min_specialists: 1,
            participating_countries: vec!["DE".into(), "US".into()],
            incentive_rate_percent: 7.0,
        };
        let e = estimate(&settings, "DE", 250_000.0).unwrap();
        assert_eq!(e, Estimate { eligible: true, discount_percent: 7.0, discount_amount: 17_500.0 });
        let e = estimate(&settings, "BR", 250_000.0).unwrap();
        assert_eq!(e, Estimate { eligible: false, discount_percent: 0.0, discount_amount: 0.0 });
        assert_eq!(estimate(&settings, "US", 1234.56).unwrap().discount_amount, 86.42);
        assert!(estimate(&settings, "DE", -1.0).is_err());
        assert!(estimate(&settings, "XX", 1.0).is_err());
    }
}
