//! Credentials expiring in the next 90 days (a list, capped), and partners: their specialists,
//! whether they are accredited and when that lapses.
//!
//! A specialist is a member with a valid credential (not revoked, not expired). A partner is
//! accredited with at least `min_specialists` of them; it lapses when enough of those expire to
//! take it under the minimum, at the `(specialists - min + 1)`-th earliest expiry.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use serde::Serialize;

use super::{Bind, Csv, DAY_SECS, Filters, HORIZON_DAYS, Programme, UserWhere, day, load};
use crate::clock::{UnixSecs, rfc3339};
use crate::db::DbConnection;
pub use crate::partners::accreditation::lapse;

/// At most this many credentials are listed; `total` says how many there are.
pub const EXPIRING_LIST_LIMIT: i64 = 500;
/// At most this many partners are listed (lapsing soonest first); the summary counts them all.
pub const PARTNER_LIST_LIMIT: usize = 2000;

/// A credential about to expire.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema, QueryableByName)]
pub struct ExpiringCredential {
    #[diesel(sql_type = Text)]
    pub public_id: String,
    #[diesel(sql_type = Text)]
    pub holder_name: String,
    #[diesel(sql_type = Text)]
    pub email: String,
    #[diesel(sql_type = Text)]
    pub country: String,
    /// Empty when the holder has no partner.
    #[diesel(sql_type = Nullable<Text>)]
    pub partner: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub partner_name: Option<String>,
    /// Unix seconds.
    #[diesel(sql_type = BigInt)]
    pub expires_at: i64,
}

/// The expiring list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Expiring {
    /// How far ahead it looks.
    pub days: i64,
    /// Every valid credential expiring within `days`.
    pub total: i64,
    /// The first `limit`, soonest first.
    pub limit: i64,
    pub credentials: Vec<ExpiringCredential>,
}

#[derive(QueryableByName)]
struct CountRow {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Valid credentials of the course expiring after `now` and within `HORIZON_DAYS`.
pub fn expiring(
    conn: &mut DbConnection,
    programme: &Programme,
    filters: &Filters,
    now: UnixSecs,
) -> QueryResult<Expiring> {
    let filter = UserWhere::of(filters, 4);
    let from_where = format!(
        "FROM credentials c JOIN users u ON u.id = c.user_id LEFT JOIN partners p ON p.id = u.partner_id \
         WHERE c.course_id = $1 AND c.revoked_at IS NULL AND c.expires_at > $2 AND c.expires_at <= $3{}",
        filter.sql
    );
    let mut binds = vec![Bind::Int(programme.course_id), Bind::Int(now), Bind::Int(now + HORIZON_DAYS * DAY_SECS)];
    binds.extend(filter.binds);
    let total =
        load::<CountRow>(conn, &format!("SELECT COUNT(*) AS n {from_where}"), &binds)?.first().map_or(0, |r| r.n);
    let limit_at = binds.len() + 1;
    binds.push(Bind::Int(EXPIRING_LIST_LIMIT));
    let credentials = load::<ExpiringCredential>(
        conn,
        &format!(
            "SELECT c.public_id AS public_id, c.holder_name AS holder_name, u.email AS email, u.country AS country, \
               p.partner_code AS partner, p.name AS partner_name, c.expires_at AS expires_at \
             {from_where} ORDER BY c.expires_at, c.id LIMIT ${limit_at}"
        ),
        &binds,
    )?;
    Ok(Expiring { days: HORIZON_DAYS, total, limit: EXPIRING_LIST_LIMIT, credentials })
}

/// `public_id,holder_name,email,country,partner,partner_name,expires_at`.
pub fn expiring_csv(e: &Expiring, lang: &str) -> String {
    let mut csv = Csv::localized(
        lang,
        &["public_id", "holder_name", "email", "country", "partner", "partner_name", "expires_at"],
    );
    for c in &e.credentials {
        csv.row([
            c.public_id.clone(),
            c.holder_name.clone(),
            c.email.clone(),
            c.country.clone(),
            c.partner.clone().unwrap_or_default(),
            c.partner_name.clone().unwrap_or_default(),
            rfc3339(c.expires_at),
        ]);
    }
    csv.finish()
}

/// A partner's accreditation.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PartnerStanding {
    pub partner: String,
    pub name: String,
    pub country: String,
    pub members: i64,
    /// Members with a valid credential.
    pub specialists: i64,
    pub min_specialists: i64,
    pub accredited: bool,
    /// When the accreditation lapses unless someone new is certified (unix seconds).
    pub lapses_at: Option<i64>,
    /// Lapses within the report's horizon.
    pub lapsing_soon: bool,
}

/// The partner report.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Partners {
    pub min_specialists: i64,
    /// How far ahead "lapsing soon" looks.
    pub days: i64,
    pub total: i64,
    pub accredited: i64,
    pub lapsing_soon: i64,
    /// Lapsing soonest first, then the other accredited ones, then the rest by name; at most
    /// `limit`.
    pub limit: i64,
    pub partners: Vec<PartnerStanding>,
}

#[derive(QueryableByName)]
struct PartnerRow {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    partner_code: String,
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    country: String,
    #[diesel(sql_type = BigInt)]
    members: i64,
}

#[derive(QueryableByName)]
struct ExpiryRow {
    #[diesel(sql_type = BigInt)]
    partner_id: i64,
    #[diesel(sql_type = BigInt)]
    expires_at: i64,
}

/// Every partner the filters select (country: the company's; from and to do not apply).
pub fn partners(
    conn: &mut DbConnection,
    programme: &Programme,
    filters: &Filters,
    now: UnixSecs,
) -> QueryResult<Partners> {
    let mut clauses = String::new();
    let mut binds = Vec::new();
    if let Some(country) = &filters.country {
        binds.push(Bind::Text(country.clone()));
        clauses.push_str(&format!(" AND p.country = ${}", binds.len()));
    }
    if let Some(partner) = &filters.partner {
        binds.push(Bind::Int(partner.id));
        clauses.push_str(&format!(" AND p.id = ${}", binds.len()));
    }
    let rows = load::<PartnerRow>(
        conn,
        &format!(
            "SELECT p.id AS id, p.partner_code AS partner_code, p.name AS name, p.country AS country, \
               (SELECT COUNT(*) FROM users u WHERE u.partner_id = p.id) AS members \
             FROM partners p WHERE 1 = 1{clauses}"
        ),
        &binds,
    )?;
    let n = binds.len();
    binds.push(Bind::Int(programme.course_id));
    binds.push(Bind::Int(now));
    let mut expiries: HashMap<i64, Vec<i64>> = HashMap::new();
    for r in load::<ExpiryRow>(
        conn,
        &format!(
            "SELECT u.partner_id AS partner_id, c.expires_at AS expires_at \
             FROM credentials c JOIN users u ON u.id = c.user_id JOIN partners p ON p.id = u.partner_id \
             WHERE c.course_id = ${} AND c.revoked_at IS NULL AND c.expires_at > ${}{clauses}",
            n + 1,
            n + 2
        ),
        &binds,
    )? {
        expiries.entry(r.partner_id).or_default().push(r.expires_at);
    }
    let min = programme.min_specialists;
    let soon = now + HORIZON_DAYS * DAY_SECS;
    let mut list: Vec<PartnerStanding> = rows
        .into_iter()
        .map(|row| {
            let mut e = expiries.remove(&row.id).unwrap_or_default();
            e.sort_unstable();
            let lapses_at = lapse(&e, min);
            PartnerStanding {
                partner: row.partner_code,
                name: row.name,
                country: row.country,
                members: row.members,
                specialists: e.len() as i64,
                min_specialists: min,
                accredited: lapses_at.is_some(),
                lapses_at,
                lapsing_soon: lapses_at.is_some_and(|t| t <= soon),
            }
        })
        .collect();
    list.sort_by(|a, b| {
        b.accredited
            .cmp(&a.accredited)
            .then(a.lapses_at.cmp(&b.lapses_at))
            .then(b.specialists.cmp(&a.specialists))
            .then(a.name.cmp(&b.name))
    });
    let total = list.len() as i64;
    let accredited = list.iter().filter(|p| p.accredited).count() as i64;
    let lapsing_soon = list.iter().filter(|p| p.lapsing_soon).count() as i64;
    list.truncate(PARTNER_LIST_LIMIT);
    Ok(Partners {
        min_specialists: min,
        days: HORIZON_DAYS,
        total,
        accredited,
        lapsing_soon,
        limit: PARTNER_LIST_LIMIT as i64,
        partners: list,
    })
}

/// `partner,name,country,members,specialists,min_specialists,accredited,lapses_at,lapsing_soon`.
pub fn partners_csv(p: &Partners, lang: &str) -> String {
    let mut csv = Csv::localized(
        lang,
        &[
            "partner",
            "name",
            "country",
            "members",
            "specialists",
            "min_specialists",
            "accredited",
            "lapses_at",
            "lapsing_soon",
        ],
    );
    for s in &p.partners {
        csv.row([
            s.partner.clone(),
            s.name.clone(),
            s.country.clone(),
            s.members.to_string(),
            s.specialists.to_string(),
            s.min_specialists.to_string(),
            s.accredited.to_string(),
            s.lapses_at.map(day).unwrap_or_default(),
            s.lapsing_soon.to_string(),
        ]);
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_lapses_at_the_expiry_that_takes_it_under_the_minimum() {
        assert_eq!(lapse(&[], 1), None);
        assert_eq!(lapse(&[10], 1), Some(10));
        assert_eq!(lapse(&[10, 20, 30], 1), Some(30));
        assert_eq!(lapse(&[10, 20, 30], 2), Some(20));
        assert_eq!(lapse(&[10, 20, 30], 3), Some(10));
        assert_eq!(lapse(&[10, 20], 3), None);
    }
}
