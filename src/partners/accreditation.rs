//! Accreditation: a partner is accredited while at least `min_specialists` of its people hold a
//! valid credential. Since when, and when it would lapse, follow from the validity intervals of
//! its people's credentials (issued → expired or revoked), computed here without the database.

use crate::clock::UnixSecs;

/// A credential's validity: from `start` until `end` (expiry, or revocation if earlier).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub start: UnixSecs,
    pub end: UnixSecs,
}

/// Where a partner stands at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub accredited: bool,
    /// People with a valid credential now.
    pub specialists: i64,
    /// Since when it has been accredited without a break (None when it is not).
    pub since: Option<UnixSecs>,
    /// When it lapses if nobody new is certified: the expiry that takes it under the minimum.
    pub lapses_at: Option<UnixSecs>,
}

/// The standing at `now` from the intervals of the partner's people's credentials.
pub fn standing(intervals: &[Interval], min_specialists: i64, now: UnixSecs) -> Standing {
    let min = min_specialists.max(1);
    let valid_now: Vec<&Interval> = intervals.iter().filter(|i| i.start <= now && now < i.end).collect();
    let specialists = valid_now.len() as i64;
    if specialists < min {
        return Standing { accredited: false, specialists, since: None, lapses_at: None };
    }
    // Walk the past: ends before starts at the same moment (a renewal on the day of expiry
    // that leaves a gap of zero keeps the accreditation only if the counts say so).
    let mut events: Vec<(UnixSecs, i64)> = Vec::with_capacity(intervals.len() * 2);
    for i in intervals.iter().filter(|i| i.start <= now && i.start < i.end) {
        events.push((i.start, 1));
        if i.end <= now {
            events.push((i.end, -1));
        }
    }
    events.sort_by_key(|(t, delta)| (*t, *delta));
    let mut count = 0;
    let mut since = None;
    for (t, delta) in events {
        let before = count;
        count += delta;
        if before < min && count >= min {
            since = Some(t);
        }
    }
    let mut ends: Vec<UnixSecs> = valid_now.iter().map(|i| i.end).collect();
    ends.sort_unstable();
    Standing { accredited: true, specialists, since, lapses_at: lapse(&ends, min) }
}

/// When a partner whose specialists' credentials end at these times (sorted) falls under
/// `min`: with c specialists, the (c - min + 1)-th end. `None` when it is not accredited now.
pub fn lapse(sorted_ends: &[UnixSecs], min: i64) -> Option<UnixSecs> {
    let n = sorted_ends.len() as i64;
    (min >= 1 && n >= min).then(|| sorted_ends[(n - min) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(start: i64, end: i64) -> Interval {
        Interval { start, end }
    }

    #[test]
    fn one_specialist_accredits_from_issue_until_expiry() {
        let s = standing(&[iv(10, 100)], 1, 50);
        assert_eq!(s, Standing { accredited: true, specialists: 1, since: Some(10), lapses_at: Some(100) });
        assert!(!standing(&[iv(10, 100)], 1, 100).accredited, "expired at its end");
        assert!(!standing(&[iv(10, 100)], 1, 5).accredited, "not before issue");
    }

    #[test]
    fn overlapping_credentials_keep_it_without_a_break() {
        // 10–100 and 90–200: accredited since 10, lapses at 200.
        let s = standing(&[iv(10, 100), iv(90, 200)], 1, 150);
        assert_eq!((s.since, s.lapses_at), (Some(10), Some(200)));
        // A gap between 100 and 120 starts it again at 120.
        let s = standing(&[iv(10, 100), iv(120, 200)], 1, 150);
        assert_eq!((s.since, s.lapses_at), (Some(120), Some(200)));
    }

    #[test]
    fn the_minimum_counts_people_and_the_lapse_is_the_expiry_that_takes_it_under() {
        let people = [iv(0, 300), iv(10, 100), iv(20, 200)];
        let s = standing(&people, 2, 50);
        assert_eq!(s, Standing { accredited: true, specialists: 3, since: Some(10), lapses_at: Some(200) });
        let s = standing(&people, 3, 50);
        assert_eq!((s.since, s.lapses_at), (Some(20), Some(100)));
        assert!(!standing(&people, 4, 50).accredited);
    }

    #[test]
    fn a_revocation_ends_the_interval() {
        // The caller cuts the interval at the revocation.
        let s = standing(&[iv(10, 40)], 1, 50);
        assert!(!s.accredited);
        assert_eq!(s.specialists, 0);
    }
}
