//! `ratio` entities (SPEC §4.2).
//!
//! Matches `N/M` with the number rules of [`numeral`](super::numeral) when a figure word of
//! [`RATIO_CUES`] precedes it (`có 1.562/1604`, `đạt 9/11`, `chiếm trên 2/3`) or a counted
//! noun follows it (`434/457 đại biểu`, `21/63 tỉnh`, `1/2 quả bưởi`, `2/3 số phiếu`,
//! `1/5 lượng dầu`): `{numerator, denominator}`. The numerator is at most the denominator.
//!
//! Does not match: dates (`21/11` alone, `ngày 2/3`, `từ 28/1`, `8/2020`, `06/11/2020`),
//! symbols (`47/2017/NĐ-CP`, `21-NQ/TW`), seasons (`2014/15`), scores and anything glued to
//! letters or further `/`, `-` parts.

use std::sync::LazyLock;

use regex::Regex;

use super::data::currencies::{RATIO_BLOCKERS, RATIO_CUES, RATIO_NOUNS};
use super::number::UNITS;
use super::numeral::{
    char_at, char_before, is_alnum, parse_digits, qualifier_before, qualifier_word_before,
    space_after, space_before, Words,
};
use super::{Context, Entity, Text, Value};
use crate::span::Span;

static RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        [0-9]+ (?: [.,][0-9]+ )*     # numerator, Vietnamese separators
        /
        [0-9]+ (?: [.,][0-9]+ )*     # denominator
        ",
    )
    .expect("ratio pattern")
});

static CUES: LazyLock<Words> = LazyLock::new(|| Words::new(RATIO_CUES.iter().copied()));
static BLOCKERS: LazyLock<Words> = LazyLock::new(|| Words::new(RATIO_BLOCKERS.iter().copied()));
static NOUNS: LazyLock<Words> = LazyLock::new(|| Words::new(RATIO_NOUNS.iter().copied()));

/// Pushes the `ratio` candidates of `text`.
pub(crate) fn find(_cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    if memchr::memchr(b'/', text.as_bytes()).is_none() {
        return;
    }
    // A match holds one `/`, between the two groups: splitting there gives the groups
    // without the costlier search for captures.
    for m in RE.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        let Some((num, den)) = m.as_str().split_once('/') else {
            continue;
        };
        if !standalone(text, start, end) {
            continue;
        }
        let (Some(n), Some(d)) = (parse_digits(num), parse_digits(den)) else {
            continue;
        };
        let plain_year = !den.contains(['.', ',']) && (1900.0..2100.0).contains(&d);
        if d <= 0.0 || n > d || plain_year {
            continue;
        }
        if !cued(text, start, end) {
            continue;
        }
        out.push(
            Entity::new(
                Span::new(start, end),
                Value::Ratio {
                    numerator: n,
                    denominator: d,
                },
            )
            .with_qualifier(qualifier_before(text, start)),
        );
    }
}

/// True when nothing glues the match to a longer token (`06/11/2020`, `QĐ-1/2`, `2/3a`).
fn standalone(text: &str, start: usize, end: usize) -> bool {
    let before_ok = !char_before(text, start)
        .is_some_and(|c| is_alnum(c) || matches!(c, '/' | '-' | '.' | ',' | ':'));
    let b = text.as_bytes();
    let glued_letter = char_at(text, end).is_some_and(is_alnum);
    let glued_part = matches!(b.get(end), Some(b'/' | b'-' | b'.' | b',' | b'%'))
        && b.get(end + 1).is_some_and(|c| c.is_ascii_alphanumeric());
    let after_ok = !glued_letter && !glued_part && b.get(end) != Some(&b'%');
    before_ok && after_ok
}

/// True when a figure word precedes the ratio or a counted noun follows it, and no date or
/// label word precedes it.
fn cued(text: &Text, start: usize, end: usize) -> bool {
    if let Some(e) = space_before(text, start) {
        if BLOCKERS.start_before(text, e).is_some() {
            return false;
        }
        // A qualifier after a date word (`từ khoảng 1/5`) or after a cue (`chiếm trên 2/3`).
        if let Some(qs) = qualifier_word_before(text, e) {
            if let Some(e2) = space_before(text, qs) {
                if BLOCKERS.start_before(text, e2).is_some() {
                    return false;
                }
                if CUES.start_before(text, e2).is_some() {
                    return true;
                }
            }
        }
        if CUES.start_before(text, e).is_some() {
            return true;
        }
    }
    space_after(text, end)
        .is_some_and(|at| UNITS.end_at(text, at).is_some() || NOUNS.end_at(text, at).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(f64, f64)> {
        let mut out = Vec::new();
        find(&Context::default(), &Text::new(text), &mut out);
        out.iter()
            .map(|e| match e.value {
                Value::Ratio {
                    numerator,
                    denominator,
                } => (numerator, denominator),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn forms() {
        assert_eq!(all("có 1.562/1604 đơn vị"), vec![(1562.0, 1604.0)]);
        assert_eq!(all("ngày 2/3 đơn vị"), vec![]);
        assert_eq!(all("hôm 21/11"), vec![]);
        assert_eq!(all("Nghị định 47/2017/NĐ-CP"), vec![]);
    }
}
