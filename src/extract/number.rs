//! `number` entities (SPEC §4.1): counts, amounts, measures, ages and durations.
//!
//! Matches a numeral ([`super::numeral`]) with its counted noun as `unit` when one
//! of [`COUNTED_NOUNS`] follows: `866.020 người` (unit `người`), `3,9 triệu m2`,
//! `1,484 triệu người`, `27km`, `hai mươi mốt`, `Hai tuần` (unit `tuần`), ranges
//! `1-2 người`, `250.000 đến 300.000 ca`, `14 tuổi đến dưới 16`, and a qualifier before it
//! (`khoảng 75.000 du khách` → `about`). The span covers the figure (scale words included),
//! not the qualifier nor the unit.
//!
//! Does not match: labels, ranks and ordinals after a word of [`LABEL_WORDS`] (`Điều 5`,
//! `khoản 2`, `Quốc lộ 1A`, `Top 10`, `hạng 3`, `lần thứ 3`, `khóa 13`, `năm 2020`),
//! `số 12` unless a counted noun follows, identifiers (`COVID-19`, `G20`, `4GB`, `CAC 40`),
//! phone numbers (`0912…`), clock times (`19:00`, `lúc 13 giờ`, `8 giờ sáng`), a bare year
//! (`2020` without a unit), scores (`3-0`), a single number word without a counted noun
//! (`ba` "father", `tư`), a bare `một` or `năm`, and vague quantities (`hàng trăm`,
//! `vài chục`: no digit or number word starts them). Digits inside dates, money,
//! percentages, ratios and legal references lose to those longer readings in
//! [`resolve_overlaps`](super::resolve_overlaps).

use std::collections::HashSet;
use std::sync::LazyLock;

use super::data::units::{
    CLOCK_AFTER, CLOCK_BEFORE, COUNTED_NOUNS, COUNT_FOLLOWERS, LABEL_WORDS, WEAK_LABEL_WORDS,
};
use super::numeral::{
    self, char_at, is_alnum, is_letter, qualifier_before, range_after, read_digits, space_after,
    space_before, Numeral, Words,
};
use super::{Context, Entity, Text, Value};
use crate::span::Span;

/// The counted nouns, compiled.
pub(crate) static UNITS: LazyLock<Words> =
    LazyLock::new(|| Words::new(COUNTED_NOUNS.iter().copied()));
/// The counted nouns as written, for units glued to digits.
static UNITS_AS_WRITTEN: LazyLock<HashSet<&str>> =
    LazyLock::new(|| COUNTED_NOUNS.iter().copied().collect());
static LABELS: LazyLock<Words> = LazyLock::new(|| Words::new(LABEL_WORDS.iter().copied()));
static WEAK_LABELS: LazyLock<Words> =
    LazyLock::new(|| Words::new(WEAK_LABEL_WORDS.iter().copied()));
static FOLLOWERS: LazyLock<Words> = LazyLock::new(|| Words::new(COUNT_FOLLOWERS.iter().copied()));
static CLOCK_AFTER_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::new(CLOCK_AFTER.iter().copied()));
static CLOCK_BEFORE_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::new(CLOCK_BEFORE.iter().copied()));

/// Pushes the `number` candidates of `text`.
pub(crate) fn find(_cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    let mut last_end = 0;
    for n in numeral::scan(text) {
        if n.start < last_end {
            continue;
        }
        if let Some(e) = entity(text, n) {
            // Digits inside the unit (`m 2`) are part of it.
            last_end = match e.value {
                Value::Number { unit: Some(u), .. } => e.span.end.max(u.end),
                _ => e.span.end,
            };
            out.push(e);
        }
    }
}

/// The counted noun right after `pos` (glued as in `27km`, or after one space).
pub(crate) fn unit_after(text: &Text, pos: usize, glued: bool) -> Option<Span> {
    let at = if glued { pos } else { space_after(text, pos)? };
    let end = UNITS.end_at(text, at)?;
    // A glued unit is written exactly as listed: `27km`, `2500m2`, but `4G` is a label.
    if glued && !UNITS_AS_WRITTEN.contains(&text[at..end]) {
        return None;
    }
    Some(Span::new(at, end))
}

fn entity(text: &Text, n: &Numeral) -> Option<Entity> {
    if n.bare_one_or_five {
        return None;
    }
    let mut unit = unit_after(text, n.end, n.glued);
    if n.glued && unit.is_none() {
        // `1A`, `19h`, `5G`: digits glued to letters that are no unit.
        return None;
    }
    let (mut value, mut value_max, mut end) = (n.value, None, n.end);
    // A range: `1-2 người`, `28 - 45 m2`, `14 tuổi đến dưới 16 tuổi`.
    let range =
        range_after(text, n.end, n).or_else(|| unit.and_then(|u| range_after(text, u.end, n)));
    if let Some((m, low)) = range {
        value = low;
        value_max = Some(m.value);
        end = m.end;
        if unit.is_none() {
            unit = unit_after(text, m.end, m.glued);
        }
    } else if matches!(text.as_bytes().get(n.end), Some(b'-' | b'/' | b':'))
        && text
            .as_bytes()
            .get(n.end + 1)
            .is_some_and(u8::is_ascii_digit)
    {
        // A score `3-0`, a symbol part, a time.
        return None;
    }
    if n.single_word && unit.is_none() {
        let partitive =
            space_after(text, end).is_some_and(|at| FOLLOWERS.end_at(text, at).is_some());
        if !partitive {
            return None;
        }
    }
    if is_label(text, n.start, unit.is_some()) {
        return None;
    }
    if unit.is_none() && value_max.is_none() && !n.spelled {
        // Long plain digit runs are codes and phone numbers (`1900545454`); a number alone
        // at the start of a line before `.`, `)` or the line end is a list marker.
        if n.plain && n.end - n.start >= 8 || is_list_marker(text, n.start, end) {
            return None;
        }
        // `198 Trần Quang Khải` is an address, `645/QĐ-TTg` a document symbol.
        let slash_code = matches!(text.as_bytes().get(end), Some(b'/' | b'-'))
            && char_at(text, end + 1).is_some_and(is_letter);
        if slash_code || capitalised_word_after(text, end) {
            return None;
        }
    }
    if n.plain && value_max.is_none() && unit.is_none() && (1900.0..2100.0).contains(&n.value) {
        // A bare year: a date after a time word, never a count.
        return None;
    }
    if unit.is_some_and(|u| is_clock(text, n, u)) {
        return None;
    }
    let q = qualifier_before(text, n.start);
    Some(
        Entity::new(
            Span::new(n.start, end),
            Value::Number {
                value,
                value_max,
                unit,
            },
        )
        .with_qualifier(q),
    )
}

/// True when the word before `start` makes the number a label (`Điều 5`, `Top 10`,
/// `CAC 40`, `số 12` without a counted noun).
fn is_label(text: &Text, start: usize, has_unit: bool) -> bool {
    let Some(e) = space_before(text, start) else {
        return false;
    };
    if LABELS.start_before(text, e).is_some() {
        return true;
    }
    if !has_unit && WEAK_LABELS.start_before(text, e).is_some() {
        return true;
    }
    // Digit groups of a phone number: `0888 668 428`.
    if !has_unit && text[..e].ends_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // A capitalised word before a unit-less number is a name with a number (`Mỹ Đình 2`,
    // `CAC 40`, `iPhone 15`); one after it is a street (`198 Trần Quang Khải`).
    if !has_unit {
        if capitalised_word_before(text, e) {
            return true;
        }
        let word_start = text[..e]
            .rfind(|c: char| c.is_whitespace() || c == '(')
            .map_or(0, |i| i + 1);
        let w = &text[word_start..e];
        if !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'&' || b == b'-')
            && w.bytes().any(|b| b.is_ascii_uppercase())
        {
            return true;
        }
    }
    false
}

/// True for `1.`, `2)` or a lone `11` at the start of a line or after a sentence end,
/// and for a citation mark `[1]` or an enumerator `(3)`.
fn is_list_marker(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if start > 0
        && matches!(
            (b[start - 1], b.get(end)),
            (b'[', Some(b']')) | (b'(', Some(b')'))
        )
    {
        return true;
    }
    let before = text[..start].trim_end_matches(' ');
    let line_start = before.is_empty()
        || before.ends_with(['\n', '.', ';', ':', ')'])
            && !before.ends_with(|c: char| c.is_ascii_digit());
    let closes = match b.get(end) {
        None | Some(b'\n') => true,
        Some(b'.' | b')') => matches!(b.get(end + 1), None | Some(b' ' | b'\n')),
        _ => false,
    };
    line_start && closes
}

/// True when the word ending at `end` starts with a capital letter.
fn capitalised_word_before(text: &str, end: usize) -> bool {
    let start = text[..end].rfind(|c: char| !is_alnum(c)).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    start < end
        && text[start..end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// True when a capitalised word follows `end` after one space (`198 Trần Quang Khải`).
fn capitalised_word_after(text: &str, end: usize) -> bool {
    space_after(text, end)
        .and_then(|at| char_at(text, at))
        .is_some_and(char::is_uppercase)
}

/// True for `N giờ` that tells the time of day, not a duration (`lúc 13 giờ`, `8 giờ sáng`,
/// `14 giờ 30`).
fn is_clock(text: &Text, n: &Numeral, unit: Span) -> bool {
    if !text[unit.start..unit.end].eq_ignore_ascii_case("giờ") && &text[unit] != "Giờ" {
        return false;
    }
    if let Some(at) = space_after(text, unit.end) {
        if CLOCK_AFTER_WORDS.end_at(text, at).is_some() || read_digits(text, at).is_some() {
            return true;
        }
    }
    if let Some(e) = space_before(text, n.start) {
        if CLOCK_BEFORE_WORDS.start_before(text, e).is_some() {
            return true;
        }
    }
    char_at(text, unit.end) == Some('.') && n.value > 24.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<f64> {
        let mut out = Vec::new();
        find(&Context::default(), &Text::new(text), &mut out);
        out.iter()
            .map(|e| match e.value {
                Value::Number { value, .. } => value,
                _ => f64::NAN,
            })
            .collect()
    }

    #[test]
    fn counts_and_labels() {
        assert_eq!(values("có 866.020 người"), vec![866020.0]);
        assert_eq!(values("Điều 5 khoản 2"), Vec::<f64>::new());
        assert_eq!(values("lúc 13 giờ"), Vec::<f64>::new());
        assert_eq!(values("khoảng 2 giờ"), vec![2.0]);
    }
}
