//! Programme reports for programme admins: the funnel, active time per module, exam pass rates,
//! credentials about to expire and partner accreditation. Each report is a few aggregate SQL
//! queries (portable to both backends) shaped here; `svg` draws their charts and each report
//! writes its own CSV.
//!
//! Filters select people: registered from `from` to `to` (whole UTC days, both included), of a
//! country, of a partner. The partner report is about companies, so it reads the country and the
//! partner only.

pub mod credentials;
pub mod exams;
pub mod funnel;
pub mod modules;
pub mod renewals;
pub mod svg;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use serde::Serialize;

use crate::clock::{UnixSecs, add_months, rfc3339};
use crate::content::course::CourseToml;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};

/// Seconds in a day.
const DAY_SECS: i64 = 86_400;
/// How far ahead the expiry and lapse reports look.
pub const HORIZON_DAYS: i64 = 90;
/// The accreditation threshold when `course.toml` names none.
pub const DEFAULT_MIN_SPECIALISTS: i64 = 1;

/// The filters as they arrive in a query string (empty strings count as absent).
#[derive(Debug, Clone, Default, serde::Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct FilterQuery {
    /// First registration day included, `YYYY-MM-DD` (UTC).
    pub from: Option<String>,
    /// Last registration day included, `YYYY-MM-DD` (UTC).
    pub to: Option<String>,
    /// ISO 3166-1 alpha-2 country code of the person (of the company in the partner report).
    pub country: Option<String>,
    /// A partner's `partner_code`.
    pub partner: Option<String>,
}

/// A partner chosen as a filter.
#[derive(Debug, Clone)]
pub struct PartnerFilter {
    pub id: i64,
    pub code: String,
}

/// Validated filters.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Registered at or after this moment.
    pub from: Option<UnixSecs>,
    /// Registered before this moment (the day after `to`).
    pub until: Option<UnixSecs>,
    pub country: Option<String>,
    pub partner: Option<PartnerFilter>,
}

impl Filters {
    /// Checks every value; a bad one is a 422 naming its field. The partner code is looked up.
    pub fn parse(conn: &mut DbConnection, query: &FilterQuery) -> AppResult<Filters> {
        let present = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        let from = present(&query.from)
            .map(|v| parse_day(&v).ok_or_else(|| AppError::field("from", crate::i18n::t("reports-field-date"))))
            .transpose()?;
        let until = present(&query.to)
            .map(|v| {
                parse_day(&v)
                    .map(|d| d + DAY_SECS)
                    .ok_or_else(|| AppError::field("to", crate::i18n::t("reports-field-date")))
            })
            .transpose()?;
        if let (Some(from), Some(until)) = (from, until)
            && until <= from
        {
            return Err(AppError::field("to", crate::i18n::t("reports-field-end-before-start")));
        }
        let country = match present(&query.country) {
            None => None,
            Some(code) => {
                let code = code.to_ascii_uppercase();
                if crate::accounts::countries::country_name(&code).is_none() {
                    return Err(AppError::field("country", crate::i18n::t("reports-field-country")));
                }
                Some(code)
            }
        };
        let partner = match present(&query.partner) {
            None => None,
            Some(code) => {
                use crate::db::schema::partners as p;
                let code = code.to_ascii_uppercase();
                let id: Option<i64> =
                    p::table.filter(p::partner_code.eq(&code)).select(p::id).first(conn).optional()?;
                let id = id.ok_or_else(|| {
                    AppError::field(
                        "partner",
                        crate::i18n::tr("reports-field-partner", &[("code", code.as_str().into())]),
                    )
                })?;
                Some(PartnerFilter { id, code })
            }
        };
        Ok(Filters { from, until, country, partner })
    }

    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        self.from.is_none() && self.until.is_none() && self.country.is_none() && self.partner.is_none()
    }
}

/// Days since the epoch of `YYYY-MM-DD` as unix seconds at 00:00 UTC; `None` unless it is a real date.
pub fn parse_day(text: &str) -> Option<UnixSecs> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<i64>().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1970..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let t = add_months(0, (year - 1970) * 12 + month - 1) + (day - 1) * DAY_SECS;
    // 31 February lands in March: the round trip catches it.
    rfc3339(t).starts_with(text).then_some(t)
}

/// A condition on `users u` for the filters, with its binds numbered from `first`: each report
/// appends it to its WHERE clause. Values are bound, never spliced.
pub(crate) struct UserWhere {
    pub sql: String,
    pub binds: Vec<Bind>,
}

/// One bound value of a hand-written query.
#[derive(Debug, Clone)]
pub(crate) enum Bind {
    Int(i64),
    Text(String),
}

impl UserWhere {
    pub(crate) fn of(filters: &Filters, first: usize) -> UserWhere {
        let mut sql = String::new();
        let mut binds = Vec::new();
        let mut add = |clause: &str, bind: Bind| {
            let n = first + binds.len();
            sql.push_str(&format!(" AND {}", clause.replace('?', &format!("${n}"))));
            binds.push(bind);
        };
        if let Some(from) = filters.from {
            add("u.created_at >= ?", Bind::Int(from));
        }
        if let Some(until) = filters.until {
            add("u.created_at < ?", Bind::Int(until));
        }
        if let Some(country) = &filters.country {
            add("u.country = ?", Bind::Text(country.clone()));
        }
        if let Some(partner) = &filters.partner {
            add("u.partner_id = ?", Bind::Int(partner.id));
        }
        UserWhere { sql, binds }
    }
}

/// Runs a hand-written query with its binds (diesel's `sql_query` binds one typed value at a
/// time, so a dynamic list is boxed).
pub(crate) fn load<R>(conn: &mut DbConnection, sql: &str, binds: &[Bind]) -> QueryResult<Vec<R>>
where
    R: QueryableByName<crate::db::MultiBackend> + 'static,
{
    let mut query = diesel::sql_query(sql).into_boxed::<crate::db::MultiBackend>();
    for bind in binds {
        query = match bind {
            Bind::Int(v) => query.bind::<BigInt, _>(*v),
            Bind::Text(v) => query.bind::<Text, _>(v.clone()),
        };
    }
    query.load(conn)
}

/// The programme's course as the reports read it: its id, exams in order and the accreditation
/// threshold.
#[derive(Debug, Clone, Serialize)]
pub struct Programme {
    pub course_id: i64,
    pub course: String,
    pub title: String,
    /// (id, slug, title) of each exam of the first path, in order (not the renewal exam).
    pub exams: Vec<(i64, String, String)>,
    pub min_specialists: i64,
}

/// The first course (the programme ships one); `None` before any import.
pub fn programme(conn: &mut DbConnection) -> QueryResult<Option<Programme>> {
    use crate::db::schema::{courses as c, exams as e};
    let Some((course_id, course, title, toml_text)) = c::table
        .order(c::id)
        .select((c::id, c::slug, c::title, c::course_toml))
        .first::<(i64, String, String, String)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let exams = e::table
        .filter(e::course_id.eq(course_id))
        .filter(e::track.eq("path"))
        .order((e::position, e::id))
        .select((e::id, e::slug, e::title))
        .load(conn)?;
    Ok(Some(Programme { course_id, course, title, exams, min_specialists: min_specialists(&toml_text) }))
}

/// `[accreditation] min_specialists` of a `course.toml`, at least 1.
pub fn min_specialists(toml_text: &str) -> i64 {
    toml::from_str::<CourseToml>(toml_text)
        .map(|t| t.accreditation.min_specialists)
        .unwrap_or(DEFAULT_MIN_SPECIALISTS)
        .max(1)
}

/// The nearest-rank percentile: the smallest value with at least `p` of the values at or below
/// it. `rank(n, p)` is its 0-based position in the sorted values (`n` > 0).
pub fn rank(n: usize, p: f64) -> usize {
    ((p * n as f64).ceil() as usize).clamp(1, n.max(1)) - 1
}

/// The nearest-rank percentile of sorted values; `None` when there are none.
pub fn percentile(sorted: &[i64], p: f64) -> Option<i64> {
    (!sorted.is_empty()).then(|| sorted[rank(sorted.len(), p)])
}

/// A CSV document: a header row, then rows; fields are quoted when needed, and a text field
/// that a spreadsheet would run as a formula gets a leading apostrophe.
pub struct Csv(String);

impl Csv {
    pub fn new(header: &[&str]) -> Csv {
        let mut csv = Csv(String::new());
        csv.row(header.iter().map(|h| (*h).to_owned()));
        csv
    }

    /// A CSV whose header names the columns in `lang` (see `column_name`).
    pub fn localized(lang: &str, columns: &[&str]) -> Csv {
        let mut csv = Csv(String::new());
        csv.row(columns.iter().map(|c| column_name(lang, c)));
        csv
    }

    pub fn row(&mut self, fields: impl IntoIterator<Item = String>) {
        let line: Vec<String> = fields.into_iter().map(|f| csv_field(&f)).collect();
        self.0.push_str(&line.join(","));
        self.0.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// A column of a report's CSV as `lang` names it: `csv-<column>` of `locales/<lang>/reports.ftl`.
/// English keeps the column ids (`public_id`), which scripts read; the other languages name the
/// columns in words. The JSON keys never change.
pub fn column_name(lang: &str, column: &str) -> String {
    crate::i18n::message(lang, &format!("csv-{}", column.replace('_', "-")), None)
}

/// A CSV header line (without its line end) naming `columns` in `lang`.
pub fn header_line(lang: &str, columns: &[&str]) -> String {
    columns.iter().map(|c| csv_field(&column_name(lang, c))).collect::<Vec<_>>().join(",")
}

fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '@', '\t', '\r'])
        || (value.starts_with('-') && value.parse::<f64>().is_err())
    {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) { format!("\"{}\"", value.replace('"', "\"\"")) } else { value }
}

/// A share as a percentage with one decimal, or empty.
pub(crate) fn fmt_opt(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.3}")).unwrap_or_default()
}

/// `YYYY-MM-DD` of a moment.
pub fn day(t: UnixSecs) -> String {
    rfc3339(t)[..10].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        assert_eq!(percentile(&[], 0.5), None);
        assert_eq!(percentile(&[7], 0.5), Some(7));
        assert_eq!(percentile(&[7], 0.9), Some(7));
        assert_eq!(percentile(&[1, 2, 3, 4], 0.5), Some(2));
        assert_eq!(percentile(&[1, 2, 3, 4, 5], 0.5), Some(3));
        let hundred: Vec<i64> = (1..=100).collect();
        assert_eq!(percentile(&hundred, 0.5), Some(50));
        assert_eq!(percentile(&hundred, 0.9), Some(90));
        assert_eq!(percentile(&hundred, 0.91), Some(91));
        assert_eq!(percentile(&hundred, 1.0), Some(100));
        assert_eq!(rank(10, 0.9), 8);
        assert_eq!(rank(3, 0.0), 0);
    }

    #[test]
    fn days_parse_only_when_real() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(parse_day("2026-11-29").map(rfc3339).as_deref(), Some("2026-11-29T00:00:00Z"));
        assert_eq!(parse_day("2028-02-29").map(rfc3339).as_deref(), Some("2028-02-29T00:00:00Z"));
        assert_eq!(parse_day("2027-02-29"), None);
        assert_eq!(parse_day("2026-13-01"), None);
        assert_eq!(parse_day("2026-1-01"), None);
        assert_eq!(parse_day("yesterday"), None);
        assert_eq!(parse_day("+026-01-01"), None);
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        let mut csv = Csv::new(&["name", "n"]);
        csv.row(["Ana, \"Ace\"".to_owned(), "-3".to_owned()]);
        csv.row(["=HYPERLINK(1)".to_owned(), "4".to_owned()]);
        assert_eq!(csv.finish(), "name,n\r\n\"Ana, \"\"Ace\"\"\",-3\r\n'=HYPERLINK(1),4\r\n");
    }

    #[test]
    fn csv_headers_keep_the_column_ids_in_english_and_name_them_in_words_elsewhere() {
        let columns = ["public_id", "holder_name", "expires_at"];
        assert_eq!(Csv::localized("en", &columns).finish(), "public_id,holder_name,expires_at\r\n");
        let es = Csv::localized("es", &columns).finish();
        assert!(!es.contains("public_id") && !es.contains("[csv-"), "{es}");
        assert_eq!(header_line("en", &["question", "option_counts"]), "question,option_counts");
    }

    #[test]
    fn the_threshold_comes_from_the_accreditation_table() {
        let base = "title = \"T\"\nsummary = \"S\"\n[credential]\nname = \"N\"\n";
        assert_eq!(min_specialists(base), 1);
        assert_eq!(min_specialists(&format!("{base}[accreditation]\nmin_specialists = 3\n")), 3);
        assert_eq!(min_specialists(&format!("{base}[accreditation]\nmin_specialists = 0\n")), 1);
    }
}
