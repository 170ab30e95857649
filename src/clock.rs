//! Time as the application sees it: a `Clock` passed in, so tests can move it, and UTC formatting.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the unix epoch, UTC.
pub type UnixSecs = i64;

/// The source of "now".
pub trait Clock: Send + Sync {
    fn now(&self) -> UnixSecs;
}

/// The system clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UnixSecs {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
    }
}

/// A clock that tests set and move; it starts at the system time.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn new(start: UnixSecs) -> Self {
        ManualClock(Arc::new(AtomicI64::new(start)))
    }
    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
    pub fn set(&self, now: UnixSecs) {
        self.0.store(now, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> UnixSecs {
        self.0.load(Ordering::SeqCst)
    }
}

/// The shared clock handle carried by the application.
pub type SharedClock = Arc<dyn Clock>;

/// (year, month 1–12, day 1–31) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a civil date (the inverse of `civil_from_days`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The same moment `months` calendar months later (the day clamped to the month's end:
/// 31 January + 1 month = 28 or 29 February).
pub fn add_months(t: UnixSecs, months: i64) -> UnixSecs {
    let (y, m, d) = civil_from_days(t.div_euclid(86_400));
    let total = y * 12 + i64::from(m) - 1 + months;
    let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let last = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    days_from_civil(year, month, d.min(last)) * 86_400 + t.rem_euclid(86_400)
}

/// `2026-11-29T08:05:00Z`.
pub fn rfc3339(t: UnixSecs) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86_400));
    let secs = t.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// Reads an RFC 3339 date-time (`2026-11-29T08:05:00Z`, fractions and offsets such as
/// `+02:00` accepted); `None` for anything else.
pub fn parse_rfc3339(text: &str) -> Option<UnixSecs> {
    let b = text.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &fraction[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let o = rest.as_bytes();
            if o.len() != 6 || o[3] != b':' {
                return None;
            }
            let (h, m) = (rest[1..3].parse::<i64>().ok()?, rest[4..6].parse::<i64>().ok()?);
            if h > 23 || m > 59 {
                return None;
            }
            sign * (h * 3600 + m * 60)
        }
    };
    let days = days_from_civil(year, month as u32, day as u32);
    if civil_from_days(days) != (year, month as u32, day as u32) {
        return None;
    }
    Some(days * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset)
}

/// A date written in full in the current language (`i18n::current()`: "4 December 2026", or
/// "4 de diciembre de 2026" inside `i18n::with_lang("es", …)`; English outside a request).
pub fn long_date(t: UnixSecs) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86_400));
    crate::i18n::long_date(y, m, d)
}

/// Milliseconds on the process's monotonic clock (from its first use): for ages of things kept
/// in memory, which the application clock (moved by tests) must not touch.
pub fn monotonic_ms() -> i64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    i64::try_from(START.get_or_init(std::time::Instant::now).elapsed().as_millis()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_epoch_and_a_leap_day() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_795_914_061), "2026-11-29T01:01:01Z");
        assert_eq!(long_date(951_782_400), "29 February 2000");
    }

    #[test]
    fn rfc3339_is_read_back_with_offsets_and_fractions() {
        for t in [0, 951_782_400, 1_795_914_061] {
            assert_eq!(parse_rfc3339(&rfc3339(t)), Some(t));
        }
        assert_eq!(parse_rfc3339("2026-11-29T03:01:01.250+02:00"), Some(1_795_914_061));
        for bad in [
            "",
            "2026-11-29",
            "2026-02-30T00:00:00Z",
            "2026-11-29T25:00:00Z",
            "2026-11-29T01:01:01",
            "x026-11-29T01:01:01Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        assert_eq!(rfc3339(add_months(1_795_914_061, 12)), "2027-11-29T01:01:01Z");
        let jan31 = days_from_civil(2027, 1, 31) * 86_400;
        assert_eq!(rfc3339(add_months(jan31, 1)), "2027-02-28T00:00:00Z");
        assert_eq!(rfc3339(add_months(days_from_civil(2028, 1, 31) * 86_400, 1)), "2028-02-29T00:00:00Z");
        assert_eq!(rfc3339(add_months(days_from_civil(2026, 11, 15) * 86_400, 3)), "2027-02-15T00:00:00Z");
    }

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(100);
        assert_eq!(clock.now(), 100);
        clock.advance(3600);
        assert_eq!(clock.now(), 3700);
        clock.set(5);
        assert_eq!(clock.now(), 5);
    }
}
