//! Shared time rules: reading day/month/quarter/year expressions and resolving them against
//! the reference date. Used by the date and period extractors and by legal_ref's date link.

use super::TimePoint;

/// Reads a publication date as JSONL fields and datelines write it: ISO 8601
/// (`2020-11-06`, `2020-11-06T08:00:00+07:00`) or `YYYYMMDD`. Returns a day-grain point.
pub(crate) fn parse_published(s: &str) -> Option<TimePoint> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> { s.get(r)?.parse().ok() };
    let (y, m, d) = if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        (num(0..4)?, num(5..7)?, num(8..10)?)
    } else if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        (num(0..4)?, num(4..6)?, num(6..8)?)
    } else {
        return None;
    };
    valid_day(y as i32, m as u8, d as u8).then(|| TimePoint::day(Some(y as i32), m as u8, d as u8))
}

/// True for a real calendar day (leap years included).
pub(crate) fn valid_day(y: i32, m: u8, d: u8) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    d >= 1 && d <= days
}
