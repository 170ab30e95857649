//! The renewal rate: of the credentials that came due (their renewal window opened), how many
//! were renewed early (before expiry), renewed in the grace period, are still open (in the
//! window), still in grace, or lapsed (grace over, not renewed) — in total and by the month of
//! the expiry that came due, the holder's country and partner.
//!
//! Each renewal is one due expiry (its `credential_renewals` row), and each credential's current
//! expiry is one more once its window has opened. Revoked credentials are left out.

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text};
use serde::Serialize;

use super::{Bind, Csv, DAY_SECS, Filters, Programme, UserWhere, load};
use crate::clock::{UnixSecs, rfc3339};
use crate::content::course::RenewalToml;
use crate::db::DbConnection;

/// How the due expiries ended, or stand.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RenewalCounts {
    /// Expiries whose renewal window has opened.
    pub due: i64,
    pub renewed_early: i64,
    pub renewed_in_grace: i64,
    /// In the window, not renewed yet.
    pub open: i64,
    /// Expired, in the grace period, not renewed yet.
    pub in_grace: i64,
    /// The grace period ended without a renewal.
    pub lapsed: i64,
    /// Renewed (early or in grace) out of those decided (renewed or lapsed), 0–100; null when
    /// none is decided yet.
    pub renewal_rate_percent: Option<f64>,
}

impl RenewalCounts {
    fn add(&mut self, outcome: Outcome) {
        self.due += 1;
        match outcome {
            Outcome::Early => self.renewed_early += 1,
            Outcome::InGraceRenewed => self.renewed_in_grace += 1,
            Outcome::Open => self.open += 1,
            Outcome::InGrace => self.in_grace += 1,
            Outcome::Lapsed => self.lapsed += 1,
        }
        let renewed = self.renewed_early + self.renewed_in_grace;
        let decided = renewed + self.lapsed;
        self.renewal_rate_percent = (decided > 0).then(|| (renewed as f64 * 1000.0 / decided as f64).round() / 10.0);
    }
}

/// One group of the report.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RenewalGroup {
    /// `YYYY-MM`, an ISO country code, or a partner code (empty: no partner).
    pub key: String,
    #[serde(flatten)]
    pub counts: RenewalCounts,
}

/// `GET /api/v1/admin/reports/renewals`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Renewals {
    pub total: RenewalCounts,
    /// By the month of the expiry that came due, oldest first.
    pub by_month: Vec<RenewalGroup>,
    pub by_country: Vec<RenewalGroup>,
    pub by_partner: Vec<RenewalGroup>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Early,
    InGraceRenewed,
    Open,
    InGrace,
    Lapsed,
}

#[derive(QueryableByName)]
struct DueRow {
    #[diesel(sql_type = BigInt)]
    due_at: i64,
    /// Null for a current expiry, not renewed (yet).
    #[diesel(sql_type = Nullable<Bool>)]
    in_grace: Option<bool>,
    #[diesel(sql_type = Text)]
    country: String,
    #[diesel(sql_type = Nullable<Text>)]
    partner: Option<String>,
}

/// The outcome of a current expiry that is not renewed, at `now`.
fn pending(due_at: UnixSecs, rules: &RenewalToml, now: UnixSecs) -> Outcome {
    if now < due_at {
        Outcome::Open
    } else if now < due_at + rules.grace_days * DAY_SECS {
        Outcome::InGrace
    } else {
        Outcome::Lapsed
    }
}

/// The renewal report of the programme's course.
pub fn renewals(
    conn: &mut DbConnection,
    programme: &Programme,
    filters: &Filters,
    now: UnixSecs,
) -> QueryResult<Renewals> {
    let toml_text: String = crate::db::schema::courses::table
        .find(programme.course_id)
        .select(crate::db::schema::courses::course_toml)
        .first(conn)?;
    let rules = crate::credentials::lifecycle::Rules::from_toml(&toml_text).renewal;
    let filter = UserWhere::of(filters, 3);
    let joins = "JOIN users u ON u.id = c.user_id LEFT JOIN partners p ON p.id = u.partner_id";
    let mut binds = vec![Bind::Int(programme.course_id), Bind::Int(now + rules.window_days * DAY_SECS)];
    binds.extend(filter.binds);
    let sql = format!(
        "SELECT r.previous_expires_at AS due_at, r.in_grace AS in_grace, u.country AS country, p.partner_code AS partner \
         FROM credential_renewals r JOIN credentials c ON c.id = r.credential_id {joins} \
         WHERE c.course_id = $1 AND c.revoked_at IS NULL{f} \
         UNION ALL \
         SELECT c.expires_at AS due_at, NULL AS in_grace, u.country AS country, p.partner_code AS partner \
         FROM credentials c {joins} \
         WHERE c.course_id = $1 AND c.revoked_at IS NULL AND c.expires_at <= $2{f}",
        f = filter.sql
    );
    let rows = load::<DueRow>(conn, &sql, &binds)?;
    let mut total = RenewalCounts::default();
    let mut by_month: BTreeMap<String, RenewalCounts> = BTreeMap::new();
    let mut by_country: BTreeMap<String, RenewalCounts> = BTreeMap::new();
    let mut by_partner: BTreeMap<String, RenewalCounts> = BTreeMap::new();
    for row in rows {
        let outcome = match row.in_grace {
            Some(false) => Outcome::Early,
            Some(true) => Outcome::InGraceRenewed,
            None => pending(row.due_at, &rules, now),
        };
        total.add(outcome);
        by_month.entry(rfc3339(row.due_at)[..7].to_owned()).or_default().add(outcome);
        by_country.entry(row.country).or_default().add(outcome);
        by_partner.entry(row.partner.unwrap_or_default()).or_default().add(outcome);
    }
    let groups = |map: BTreeMap<String, RenewalCounts>| {
        map.into_iter().map(|(key, counts)| RenewalGroup { key, counts }).collect::<Vec<_>>()
    };
    Ok(Renewals { total, by_month: groups(by_month), by_country: groups(by_country), by_partner: groups(by_partner) })
}

/// The report as CSV: one row per group, `dimension` naming the grouping (`total`, `month`,
/// `country`, `partner`).
pub fn to_csv(r: &Renewals, lang: &str) -> String {
    let mut csv = Csv::localized(
        lang,
        &[
            "dimension",
            "key",
            "due",
            "renewed_early",
            "renewed_in_grace",
            "open",
            "in_grace",
            "lapsed",
            "renewal_rate_percent",
        ],
    );
    let mut row = |dimension: &str, key: &str, c: &RenewalCounts| {
        csv.row([
            dimension.to_owned(),
            key.to_owned(),
            c.due.to_string(),
            c.renewed_early.to_string(),
            c.renewed_in_grace.to_string(),
            c.open.to_string(),
            c.in_grace.to_string(),
            c.lapsed.to_string(),
            c.renewal_rate_percent.map(|p| format!("{p:.1}")).unwrap_or_default(),
        ]);
    };
    row("total", "", &r.total);
    for (dimension, groups) in [("month", &r.by_month), ("country", &r.by_country), ("partner", &r.by_partner)] {
        for g in groups {
            row(dimension, &g.key, &g.counts);
        }
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_counts_renewed_out_of_decided() {
        let mut c = RenewalCounts::default();
        for o in
            [Outcome::Early, Outcome::Early, Outcome::InGraceRenewed, Outcome::Lapsed, Outcome::Open, Outcome::InGrace]
        {
            c.add(o);
        }
        assert_eq!((c.due, c.renewed_early, c.renewed_in_grace, c.lapsed, c.open, c.in_grace), (6, 2, 1, 1, 1, 1));
        assert_eq!(c.renewal_rate_percent, Some(75.0));
        assert_eq!(RenewalCounts::default().renewal_rate_percent, None);
    }

    #[test]
    fn a_pending_expiry_is_open_then_in_grace_then_lapsed() {
        let rules = RenewalToml { grace_days: 60, ..RenewalToml::default() };
        assert_eq!(pending(1000, &rules, 999), Outcome::Open);
        assert_eq!(pending(1000, &rules, 1000), Outcome::InGrace);
        assert_eq!(pending(1000, &rules, 1000 + 60 * DAY_SECS), Outcome::Lapsed);
    }
}
