//! Shared time rules (SPEC §4.5, §4.6): the word tables, the reader of time *atoms* and the
//! resolution of year-less and relative expressions against the reference date. The `date`
//! and `period` extractors combine atoms; `legal_ref` may use [`atoms`] for its date link.
//!
//! An atom is the smallest time expression:
//! - a day: `06/11/2020`, `6-11-2020`, `23.6.2017`, `ngày 22/11/2012`, `mồng 3 tháng 3 năm
//!   2017`, `ngày 29 tháng 1`, a bare `19/5` (day always before month, two-digit years
//!   `3/3/17` → 2017; `31/2` and `13/13` are not days);
//! - a month: `tháng 8/2020`, `tháng 8 năm 2020`, `tháng 08-2020`, `tháng 7.2017`, `T8/2020`,
//!   `tháng 6`, `tháng Tám`, `tháng ba`;
//! - a quarter: `quý I/2020`, `quý 1 năm 2020`, `quý IV-2023`, `quý II`, `Q1/2020`;
//! - a year: `năm 2012`, or a bare four-digit year `2012` (1900–2099) that the extractors
//!   only keep after a time word, in a list, or inside a period;
//! - a relative word: `hôm nay`, `hôm qua`, `năm ngoái`, `tháng tới`, … (only with a
//!   reference date; `40 năm trước` and `nhiều năm qua` are durations, not relative words);
//! - a range written as one expression: `quý I-III/2020`, `tháng 4-6/2020`, `9 tháng đầu năm
//!   2017`, `nửa đầu năm 2020`, `H1/2020`, `thập niên 1990`, `những năm 90`.
//!
//! Digits glued to other digits or symbols are not atoms: `32,8%`, `2.000`, `12.5`, the
//! `2019` of `100/2019/NĐ-CP`, `19:00`. Every word list is data in `time/words.rs`: edit the
//! tables, not the code.

use super::{Context, Modifier, Text, TimePoint};
use crate::span::Span;

mod grammar;
mod words;
pub(crate) use words::*;

use grammar::{Shape, Src};

/// The shape of an atom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// A day, with or without year.
    Day,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year.
    Year,
    /// A relative word, already resolved.
    Relative,
    /// A range written as one expression (`quý I-III/2020`, `9 tháng đầu năm 2017`).
    Range,
}

/// A time atom: see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Atom {
    /// Its span, without modifiers or openers.
    pub span: Span,
    /// Its shape.
    pub form: Form,
    /// The point (or the start of a range); the year may be missing.
    pub from: TimePoint,
    /// The end of a range; equal to `from` for a point.
    pub to: TimePoint,
    /// Written with a time word (`ngày`, `tháng`, `quý`, `năm`, a relative word) or with a
    /// full day-month-year; false for a bare `19/5` or `2012`.
    pub marked: bool,
    /// A bare day-month joined by `-` (`20-6`), which needs a time of day before it.
    pub hyphen: bool,
}

/// Calls `f` with the atoms of `text` (see [`atoms`]), scanning each text only once however
/// many extractors ask (they are kept in the [`Text`], with the reference date they were
/// resolved against).
pub(crate) fn with_atoms<R>(cx: &Context, text: &Text, f: impl FnOnce(&[Atom]) -> R) -> R {
    let mut memo = text.atoms.borrow_mut();
    if !memo.as_ref().is_some_and(|(r, _)| *r == cx.reference) {
        *memo = Some((cx.reference, atoms(cx, text)));
    }
    f(&memo.as_ref().expect("memo filled").1)
}

/// Finds the time atoms of `text`, in order, not overlapping. Relative words are resolved
/// against `cx.reference` and dropped without one; other year-less atoms keep `year: None`
/// (see [`resolve`]).
///
/// At each position, from left to right, where an atom may start (see [`grammar::Starts`]:
/// the head of an alternative, and not glued to what precedes, see [`starts_word`]), the grammar is read
/// ([`grammar::match_at`]); when what it matched reads as an atom, the scan goes on after it,
/// else at the next byte. Skipping the positions glued to what precedes changes nothing: an
/// atom read there would fail [`boundaries_ok`] anyway.
pub(crate) fn atoms(cx: &Context, text: &Text) -> Vec<Atom> {
    let src = Src {
        f: text.folded().as_bytes(),
        o: text.as_bytes(),
    };
    let mut out = Vec::new();
    let mut starts = grammar::Starts::new(src);
    let mut from = 0;
    while let Some(p) = starts.next(from) {
        if starts_word(text, p) {
            if let Some((shape, end)) = grammar::match_at(src, p) {
                if let Some(a) = read_atom(cx, text, Span::new(p, end), shape) {
                    from = a.span.end;
                    out.push(a);
                    continue;
                }
            }
        }
        from = p + 1;
    }
    out
}

/// The number written by the ASCII digits of `span` (at most four, so it always fits).
fn num(text: &str, span: Span) -> u32 {
    text.as_bytes()[span.start..span.end]
        .iter()
        .fold(0, |n, &d| n * 10 + u32::from(d - b'0'))
}

/// The year of the first filled slot: `Some(None)` when all are empty, `None` when the year is
/// out of range.
fn year4(text: &str, slots: &[Option<Span>]) -> Option<Option<i32>> {
    match slots.iter().flatten().next() {
        Some(&s) => {
            let y = num(text, s);
            (1000..=2199).contains(&y).then_some(Some(y as i32))
        }
        None => Some(None),
    }
}

fn roman_or_digit(s: &str) -> Option<u8> {
    ROMAN
        .iter()
        .find(|r| r.0 == s)
        .map(|r| r.1)
        .or_else(|| s.parse().ok())
        .filter(|q| (1..=4).contains(q))
}

/// The value of the word `s` (folded) in `table`.
fn lookup<T: Copy>(table: &[(&str, T)], s: &str) -> Option<T> {
    table.iter().find(|e| e.0 == s).map(|e| e.1)
}

/// The year named by a year slot of a range (`2017`, `nay`, `ngoái`): `Some(None)` when the
/// slot is empty, `None` when it is invalid or relative without a reference date.
fn range_year(cx: &Context, text: &Text, slot: Option<Span>) -> Option<Option<i32>> {
    let Some(slot) = slot else { return Some(None) };
    let s = &text.folded()[slot.start..slot.end];
    if let Ok(y) = s.parse::<i32>() {
        return (1000..=2199).contains(&y).then_some(Some(y));
    }
    let shift = RELATIVE
        .iter()
        .find(|(w, _)| w.strip_prefix("năm ") == Some(s))?
        .1;
    match (shift, cx.reference?.year) {
        (Shift::Year(n), Some(r)) => Some(Some(r + n)),
        _ => None,
    }
}

fn read_atom(cx: &Context, text: &Text, span: Span, shape: Shape) -> Option<Atom> {
    let mut a = read_match(cx, text, span, shape)?;
    if a.from.year.is_none() && a.to.year.is_none() && a.form != Form::Year {
        // A bare `1/3 của năm 2019` is a fraction: only `năm` itself dates it.
        let tails = if a.marked {
            YEAR_TAILS
        } else {
            &YEAR_TAILS[1..]
        };
        if let Some((end, y)) = year_tail(cx, text, a.span.end, tails) {
            a.from.year = Some(y);
            a.to.year = Some(y);
            a.span.end = end;
            a.marked = true;
        }
    }
    Some(a)
}

/// A year right after a year-less atom (`quý 3 của năm 2020`, `tháng 8 năm ngoái`): the
/// end and the year. A relative year needs the reference date.
fn year_tail(cx: &Context, text: &Text, pos: usize, tails: &[&str]) -> Option<(usize, i32)> {
    let (end, _) = followed_by(text, pos, tails)?;
    if let Some(r) = cx.reference.and_then(|r| r.year) {
        let relative = RELATIVE.iter().filter_map(|(w, s)| match s {
            Shift::Year(n) => Some((w.strip_prefix("năm ")?, *n)),
            _ => None,
        });
        for (w, n) in relative {
            if let Some((e, _)) = followed_by(text, end, &[w]) {
                return Some((e, r + n));
            }
        }
    }
    let digits = text.get(end..)?.strip_prefix(' ')?;
    let y: i32 = digits.get(..4)?.parse().ok()?;
    let span = Span::new(end + 1, end + 5);
    ((1000..=2199).contains(&y) && boundaries_ok(text, span)).then_some((span.end, y))
}

/// What the grammar matched at `span` as an atom, if it is one.
fn read_match(cx: &Context, text: &Text, span: Span, shape: Shape) -> Option<Atom> {
    if !boundaries_ok(text, span) {
        return None;
    }
    let n = |s: Span| num(text, s);
    let folded = |s: Span| &text.folded()[s.start..s.end];
    let point = |form, p: TimePoint, marked| Atom {
        span,
        form,
        from: p,
        to: p,
        marked,
        hyphen: false,
    };
    let range = |from: TimePoint, to: TimePoint| Atom {
        span,
        form: Form::Range,
        from,
        to,
        marked: true,
        hyphen: false,
    };
    match shape {
        Shape::Decade { y, y2 } => {
            let decade = |s: Span| match s.len() {
                4 => Some(n(s) as i32).filter(|y| y % 10 == 0 && (1000..=2190).contains(y)),
                _ => Some(1900 + n(s) as i32),
            };
            let start = decade(y)?;
            // `thập niên 40-50`: from the first decade to the end of the second.
            let last = match y2 {
                Some(y2) => decade(y2).filter(|&e| e > start)?,
                None => start,
            };
            // `những năm 2020, 2021` is a list of years, not a decade.
            if y.len() == 4 && starts_with_joiner_year(text, span.end) {
                return None;
            }
            Some(range(TimePoint::year(start), TimePoint::year(last + 9)))
        }
        Shape::Count {
            n: count,
            unit,
            side,
            y,
        } => {
            let count = folded(count);
            let n = count
                .parse::<u8>()
                .ok()
                .or_else(|| lookup(SMALL_NUMBERS, count))?;
            let y = range_year(cx, text, y)?;
            let first = match side {
                Some(s) => lookup(YEAR_SIDES, folded(s))?,
                // `9 tháng năm 2017` counts from January, but only with its year.
                None if y.is_some() => true,
                None => return None,
            };
            let quarters = folded(unit) == "quý";
            let max = if quarters { 4 } else { 12 };
            if n == 0 || n > max {
                return None;
            }
            let (a, b) = if first { (1, n) } else { (max - n + 1, max) };
            let mk = |k| {
                if quarters {
                    TimePoint::quarter(y, k)
                } else {
                    TimePoint::month(y, k)
                }
            };
            Some(range(mk(a), mk(b)))
        }
        Shape::Half { side, y } => {
            let y = range_year(cx, text, y)?;
            let (a, b) = if lookup(YEAR_SIDES, folded(side))? {
                (1, 6)
            } else {
                (7, 12)
            };
            Some(range(TimePoint::month(y, a), TimePoint::month(y, b)))
        }
        Shape::Relative => {
            let shift = lookup(RELATIVE, folded(span))?;
            if quantified(text, span.start)
                || followed_by(text, span.end, NARRATIVE_AFTER).is_some()
            {
                return None;
            }
            let p = shifted(cx.reference?, shift)?;
            Some(point(Form::Relative, p, true))
        }
        Shape::DayWords { d, m, y } => {
            let y = year4(text, &[y])?;
            let p = day(y, n(m), n(d))?;
            Some(point(Form::Day, p, true))
        }
        Shape::DayRange { pre, d, d2, m, y } => {
            let (d, d2, m) = (n(d), n(d2), n(m));
            let y = year4(text, &[y])?;
            // Without `ngày` or a year, `1-2/3` is more likely figures.
            if d2 <= d || (pre.is_none() && y.is_none()) {
                return None;
            }
            Some(range(day(y, m, d)?, day(y, m, d2)?))
        }
        Shape::DayTo { d, d2, s, m, s2, y } => {
            let (d, d2, m) = (n(d), n(d2), n(m));
            let y = year4(text, &[y])?;
            let sep = folded(s);
            let same_sep = s2.map_or(true, |s2| folded(s2) == sep);
            // `ngày 11 đến 13.2` is not a day: a dot needs the year.
            if d2 <= d || !same_sep || (sep == "." && y.is_none()) {
                return None;
            }
            Some(range(day(y, m, d)?, day(y, m, d2)?))
        }
        Shape::DayNum {
            pre: pre_word,
            d,
            s1,
            m,
            s2,
            y,
        } => {
            let (d, m) = (n(d), n(m));
            let s1 = folded(s1);
            let pre = pre_word.is_some();
            let y = match y {
                Some(y) => {
                    if folded(s2?) != s1 {
                        return None;
                    }
                    let v = n(y) as i32;
                    if y.len() == 2 {
                        // `3/3/17`: two-digit years only with `/` or after `ngày`.
                        if s1 != "/" && !pre {
                            return None;
                        }
                        Some(if v < 50 { 2000 + v } else { 1900 + v })
                    } else if (1000..=2199).contains(&v) {
                        Some(v)
                    } else {
                        return None;
                    }
                }
                // `12.5` is a decimal number: a dot needs the year or `ngày`.
                None if s1 == "." && !pre => return None,
                // `mùng 1-4 Tết` counts lunar days; only `ngày` makes `ngày 20-6` a date.
                None if s1 != "/" && pre_word.is_some_and(|p| !folded(p).starts_with("ngày")) => {
                    return None
                }
                None => None,
            };
            let p = day(y, m, d)?;
            let mut a = point(Form::Day, p, pre || y.is_some());
            a.hyphen = s1 == "-" && y.is_none();
            Some(a)
        }
        Shape::Month {
            m,
            y,
            m2,
            y2,
            y3,
            y4,
        } => {
            if quantified(text, span.start) {
                return None;
            }
            let mo = month(n(m))?;
            if let Some(m2) = m2 {
                let m2 = month(n(m2))?;
                let y = year4(text, &[y2, y3])?;
                if m2 <= mo {
                    return None;
                }
                return Some(range(TimePoint::month(y, mo), TimePoint::month(y, m2)));
            }
            let y = year4(text, &[y, y4])?;
            Some(point(Form::Month, TimePoint::month(y, mo), true))
        }
        Shape::MonthName { name, y } => {
            if quantified(text, span.start) {
                return None;
            }
            let mo = MONTH_NAMES
                .iter()
                .find(|e| e.0 == folded(name))
                .map(|e| e.1)?;
            let y = year4(text, &[y])?;
            Some(point(Form::Month, TimePoint::month(y, mo), true))
        }
        Shape::ShortMonth { m, y } => {
            let y = year4(text, &[Some(y)])?;
            Some(point(Form::Month, TimePoint::month(y, month(n(m))?), true))
        }
        Shape::ShortQuarter { q, y } => {
            let y = year4(text, &[Some(y)])?;
            Some(point(
                Form::Quarter,
                TimePoint::quarter(y, n(q) as u8),
                true,
            ))
        }
        Shape::ShortHalf { h, y } => {
            let y = year4(text, &[Some(y)])?;
            let (a, b) = if n(h) == 1 { (1, 6) } else { (7, 12) };
            Some(range(TimePoint::month(y, a), TimePoint::month(y, b)))
        }
        Shape::Quarter {
            q,
            y,
            q2,
            y2,
            y3,
            y4,
        } => {
            // Roman numerals are matched in capitals: read them from the original text.
            let q = roman_or_digit(&text[q.start..q.end])?;
            if let Some(q2) = q2 {
                let q2 = roman_or_digit(&text[q2.start..q2.end])?;
                let y = year4(text, &[y2, y3])?;
                if q2 <= q {
                    return None;
                }
                return Some(range(TimePoint::quarter(y, q), TimePoint::quarter(y, q2)));
            }
            let y = year4(text, &[y, y4])?;
            Some(point(Form::Quarter, TimePoint::quarter(y, q), true))
        }
        Shape::Year { y } => {
            let y = year4(text, &[Some(y)])??;
            Some(point(Form::Year, TimePoint::year(y), true))
        }
        Shape::BareYear { y } => {
            let y = n(y);
            // A bare year is 1900–2099 and never part of a symbol (`2017/NQ-CP`, `2019-nCoV`).
            let after = &text[span.end..];
            if !(1900..=2099).contains(&y)
                || after.starts_with('/')
                || after
                    .strip_prefix('-')
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_alphabetic)
            {
                return None;
            }
            Some(point(Form::Year, TimePoint::year(y as i32), false))
        }
    }
}

fn month(m: u32) -> Option<u8> {
    (1..=12).contains(&m).then_some(m as u8)
}

fn day(y: Option<i32>, m: u32, d: u32) -> Option<TimePoint> {
    let (m, d) = (month(m)?, u8::try_from(d).ok()?);
    // Without a year, 29/2 is allowed (it exists in leap years).
    valid_day(y.unwrap_or(2000), m, d).then_some(TimePoint::day(y, m, d))
}

/// True when the atom's neighbours leave it whole: no letter or digit glued to either end,
/// no `%`, and no `.`, `,`, `/`, `:` joining it to more digits (`32,8%`, `1.562/1604`,
/// `19:00`).
fn boundaries_ok(text: &str, span: Span) -> bool {
    if !starts_word(text, span.start) {
        return false;
    }
    let mut fwd = text[span.end..].chars();
    match fwd.next() {
        Some(c) if c.is_alphanumeric() || c == '%' => false,
        // `3/4-inch`, `2019-nCoV`.
        Some('-') => !fwd.next().is_some_and(char::is_alphabetic),
        Some('.' | ',' | '/' | ':') => !fwd.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

/// The first half of [`boundaries_ok`]: nothing glued before `pos`.
fn starts_word(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    match pos.checked_sub(1).map(|i| b[i]) {
        // Nearly always a space: no need to decode a char.
        None | Some(b' ') => true,
        // `đồng/tháng sau`, `12/2019`: glued to what precedes.
        Some(c) if c.is_ascii_alphanumeric() || c == b'/' => false,
        // `1.562`; a digit before the `.` is one byte.
        Some(b'.' | b',' | b':') => !(pos >= 2 && b[pos - 2].is_ascii_digit()),
        Some(c) if c.is_ascii() => true,
        // A letter (`năm2012`) or another char.
        Some(_) => !text[..pos]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

/// True when `text` after `pos` continues a list with another bare year (`, 2021`, ` và 2021`).
fn starts_with_joiner_year(text: &str, pos: usize) -> bool {
    let rest = &text[pos..];
    LIST_JOINERS.iter().any(|j| {
        let r = rest.strip_prefix(' ').unwrap_or(rest);
        r.strip_prefix(j)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit))
    })
}

/// True when a count or a quantifier word directly precedes `pos` (`40 năm trước`).
fn quantified(text: &Text, pos: usize) -> bool {
    let Some(head) = text[..pos].strip_suffix(' ') else {
        return false;
    };
    head.ends_with(|c: char| c.is_ascii_digit()) || word_before(text, pos, QUANTIFIERS).is_some()
}

// The helpers below match words in any case: they compare the folded text (same offsets as
// the original) with the table words, which are written in lower case (a test checks it).

/// When `text[..pos]` ends with one of `words` (any case) and one space, and the word starts
/// a word, returns the start of the longest such word and its index in `words`.
pub(crate) fn word_before(text: &Text, pos: usize, words: &[&str]) -> Option<(usize, usize)> {
    let head = text.folded().get(..pos)?.strip_suffix(' ')?;
    word_ending(text, head.len(), words.iter().copied())
}

/// When a word of `words` (any case) ends at `end` and starts a word, returns the start of
/// the longest one and its index.
pub(crate) fn word_ending<'w>(
    text: &Text,
    end: usize,
    words: impl IntoIterator<Item = &'w str>,
) -> Option<(usize, usize)> {
    let head = text.folded().get(..end)?;
    let mut best: Option<(usize, usize)> = None;
    let last = head.as_bytes().last();
    for (i, w) in words.into_iter().enumerate() {
        // The last byte first: it rules out nearly every word without a call to `memcmp`.
        if !w.is_empty() && w.as_bytes().last() != last || !head.ends_with(w) {
            continue;
        }
        let start = head.len() - w.len();
        if head[..start]
            .chars()
            .next_back()
            // `TTg-CN`, `đồng/tháng`: a word glued to what precedes is part of it.
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/')
        {
            continue;
        }
        if best.map_or(true, |(s, _)| start < s) {
            best = Some((start, i));
        }
    }
    best
}

/// A modifier word (`đầu`, `cuối`, `nửa đầu`, …) and one space right before `pos`.
pub(crate) fn modifier_before(text: &Text, pos: usize) -> Option<(usize, Modifier)> {
    let head = text.folded().get(..pos)?.strip_suffix(' ')?;
    word_ending(text, head.len(), MODIFIERS.iter().map(|m| m.0)).map(|(s, i)| (s, MODIFIERS[i].1))
}

/// The start of a weekday name, with an optional comma, and one space right before `pos`
/// (`Chủ nhật, 18/2/2024`).
pub(crate) fn weekday_before(text: &Text, pos: usize) -> Option<usize> {
    let head = text.folded().get(..pos)?.strip_suffix(' ')?;
    let head = head.strip_suffix(',').unwrap_or(head);
    word_ending(text, head.len(), WEEKDAYS.iter().copied()).map(|(s, _)| s)
}

/// When `text[pos..]` is one space and one of `words` (any case) ending a word, returns the
/// end of the longest such word and its index.
pub(crate) fn followed_by(text: &Text, pos: usize, words: &[&str]) -> Option<(usize, usize)> {
    let rest = text.folded().get(pos..)?.strip_prefix(' ')?;
    let base = pos + 1;
    let mut best: Option<(usize, usize)> = None;
    for (i, w) in words.iter().enumerate() {
        if !rest.starts_with(w) || rest[w.len()..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let end = base + w.len();
        if best.map_or(true, |(e, _)| end > e) {
            best = Some((end, i));
        }
    }
    best
}

/// True when `text[a..b]` is, apart from spaces, exactly one of `words` (any case).
pub(crate) fn gap_is(text: &Text, a: usize, b: usize, words: &[&str]) -> bool {
    let Some(gap) = text.folded().get(a..b) else {
        return false;
    };
    let g = gap.trim_matches(' ');
    if g.len() + 2 < gap.len() {
        return false;
    }
    words.contains(&g)
        && (g.starts_with(|c: char| !c.is_alphanumeric()) || gap.starts_with(' '))
        && (g.ends_with(|c: char| !c.is_alphanumeric()) || gap.ends_with(' '))
}

/// The point a relative word names, given the reference date.
fn shifted(r: TimePoint, shift: Shift) -> Option<TimePoint> {
    let y = r.year?;
    Some(match shift {
        Shift::Year(n) => TimePoint::year(y + n),
        Shift::Month(n) => {
            let k = y * 12 + i32::from(r.month?) - 1 + n;
            TimePoint::month(Some(k.div_euclid(12)), (k.rem_euclid(12) + 1) as u8)
        }
        Shift::Day(n) => {
            let (mut y, mut m, mut d) = (y, r.month?, r.day?);
            for _ in 0..n.unsigned_abs() {
                if n > 0 {
                    d += 1;
                    if !valid_day(y, m, d) {
                        d = 1;
                        m += 1;
                        if m > 12 {
                            m = 1;
                            y += 1;
                        }
                    }
                } else if d > 1 {
                    d -= 1;
                } else {
                    m -= 1;
                    if m == 0 {
                        m = 12;
                        y -= 1;
                    }
                    d = (28..=31).rev().find(|&d| valid_day(y, m, d))?;
                }
            }
            TimePoint::day(Some(y), m, d)
        }
    })
}

/// Gives a year-less point the year of the reference date, when there is one (SPEC §4.5:
/// `6 tháng đầu năm` read in 2021 is 2021-01..2021-06; without a reference it stays
/// `--01`..`--06`). Single days, months and quarters use [`resolve_nearest`].
pub(crate) fn resolve(cx: &Context, p: TimePoint) -> TimePoint {
    match (p.year, cx.reference.and_then(|r| r.year)) {
        (None, Some(y)) => TimePoint { year: Some(y), ..p },
        _ => p,
    }
}

/// Gives a year-less day, month or quarter the year that puts it closest to the reference
/// date: the reference year, or the one before or after (`ngày 28/12` read on 2021-01-05 is
/// 2020-12-28, `ngày 21/3` read on 2026-02-08 is 2026-03-21). Without a reference the point
/// stays year-less.
pub(crate) fn resolve_nearest(cx: &Context, p: TimePoint) -> TimePoint {
    resolve_near(cx, p, false)
}

/// Like [`resolve_nearest`], but never after the reference date (the start of `từ tháng 3
/// đến nay`).
pub(crate) fn resolve_past(cx: &Context, p: TimePoint) -> TimePoint {
    resolve_near(cx, p, true)
}

fn resolve_near(cx: &Context, p: TimePoint, past: bool) -> TimePoint {
    let (None, Some(r)) = (p.year, cx.reference) else {
        return p;
    };
    let Some(ry) = r.year else { return p };
    let day_number = |q: &TimePoint| {
        let (y, m, d) = start_key(q);
        i64::from(y) * 372 + i64::from(m) * 31 + i64::from(d)
    };
    let target = day_number(&r);
    [ry, ry - 1, ry + 1]
        .into_iter()
        .map(|y| TimePoint { year: Some(y), ..p })
        .filter(|q| !past || day_number(q) <= target)
        .min_by_key(|q| (day_number(q) - target).abs())
        .unwrap_or(p)
}

/// A sort key for the first day a point covers, for checking that a period runs forwards.
pub(crate) fn start_key(p: &TimePoint) -> (i32, u8, u8) {
    let month = p.month.or(p.quarter.map(|q| q * 3 - 2)).unwrap_or(1);
    (p.year.unwrap_or(0), month, p.day.unwrap_or(1))
}

/// Reads a publication date as JSONL fields and datelines write it: ISO 8601
/// (`2020-11-06`, `2020-11-06T08:00:00+07:00`, also with `/`), `YYYYMMDD`, or the first full
/// day-month-year of a Vietnamese dateline (`Thứ tư, 7/2/2024, 23:41 (GMT+7)`). Returns a
/// day-grain point.
pub(crate) fn parse_published(s: &str) -> Option<TimePoint> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> { s.get(r)?.parse().ok() };
    let (y, m, d) = if b.len() >= 10 && b[4] == b[7] && matches!(b[4], b'-' | b'/') {
        (num(0..4)?, num(5..7)?, num(8..10)?)
    } else if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        (num(0..4)?, num(4..6)?, num(6..8)?)
    } else {
        return atoms(&Context::default(), &Text::new(s))
            .into_iter()
            .find(|a| a.form == Form::Day && a.from.year.is_some())
            .map(|a| a.from);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(r: &str) -> Context {
        Context {
            reference: parse_published(r),
        }
    }

    #[test]
    fn table_words_are_lower_case() {
        // The helpers compare them with the folded text.
        let words = QUANTIFIERS
            .iter()
            .chain(NARRATIVE_AFTER)
            .chain(WEEKDAYS)
            .chain(YEAR_TIME_WORDS)
            .chain(DAY_CONTEXT)
            .chain(TIME_OF_DAY)
            .chain(FIGURE_BEFORE)
            .chain(COUNTED_AFTER)
            .chain(DEADLINES)
            .chain(RANGE_JOINERS)
            .chain(UNTIL_NOW)
            .chain(LIST_JOINERS)
            .chain(YEAR_TAILS)
            .chain(MODIFIERS.iter().map(|m| &m.0))
            .chain(OPENERS.iter().map(|o| &o.0))
            .chain(RELATIVE.iter().map(|r| &r.0))
            .chain(SMALL_NUMBERS.iter().map(|n| &n.0))
            .chain(YEAR_SIDES.iter().map(|s| &s.0))
            .chain(MONTH_NAMES.iter().map(|m| &m.0));
        for w in words {
            assert_eq!(super::super::text::fold(w), *w, "{w}");
        }
    }

    /// `starts_word` as it was written first, char by char: the oracle of the byte version.
    fn starts_word_by_chars(text: &str, pos: usize) -> bool {
        let mut back = text[..pos].chars().rev();
        match back.next() {
            Some(c) if c.is_alphanumeric() || c == '/' => false,
            Some('.' | ',' | ':') => !back.next().is_some_and(|c| c.is_ascii_digit()),
            _ => true,
        }
    }

    #[test]
    fn starts_word_agrees_with_the_char_version() {
        let pieces = [
            "1", "9", "a", "Z", "ă", "Đ", "ữ", "/", ".", ",", ":", " ", "-", "(", "%", "–", "²",
            "٣", "\n",
        ];
        let mut rng = crate::testutil::Rng::new(0x5eed_7153);
        for _ in 0..20_000 {
            let text: String = (0..1 + rng.below(5))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect();
            for (p, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    starts_word(&text, p),
                    starts_word_by_chars(&text, p),
                    "{text:?} at {p}"
                );
            }
        }
    }

    #[test]
    fn published_forms() {
        let cases = [
            ("2020-11-06", Some("2020-11-06")),
            ("2020-11-06T08:00:00+07:00", Some("2020-11-06")),
            ("20201106", Some("2020-11-06")),
            ("2020-02-30", None),
            ("2020/11/06", Some("2020-11-06")),
            ("Thứ tư, 7/2/2024, 23:41 (GMT+7)", Some("2024-02-07")),
            ("Chủ nhật, 18/2/2024", Some("2024-02-18")),
            ("hôm nay", None),
        ];
        for (s, want) in cases {
            assert_eq!(
                parse_published(s).map(|p| p.to_string()).as_deref(),
                want,
                "{s}"
            );
        }
    }

    #[test]
    fn shifts_cross_month_and_year_ends() {
        let cases = [
            ("2021-01-01", Shift::Day(-1), "2020-12-31"),
            ("2020-02-28", Shift::Day(1), "2020-02-29"),
            ("2021-12-31", Shift::Day(1), "2022-01-01"),
            ("2021-01-15", Shift::Month(-1), "2020-12"),
            ("2021-12-15", Shift::Month(1), "2022-01"),
            ("2026-02-03", Shift::Year(-1), "2025"),
        ];
        for (r, s, want) in cases {
            let p = shifted(parse_published(r).unwrap(), s).unwrap();
            assert_eq!(p.to_string(), want, "{r} {s:?}");
        }
    }

    #[test]
    fn atoms_and_their_values() {
        let cases = [
            ("ngày 22/11/2012", "2012-11-22"),
            ("06/11/2020", "2020-11-06"),
            ("3/3/17", "2017-03-03"),
            ("tháng 08-2020", "2020-08"),
            ("T8/2020", "2020-08"),
            ("quý IV-2023", "2023-Q4"),
            ("quý I-III/2020", "2020-Q1..2020-Q3"),
            ("9 tháng đầu năm 2017", "2017-01..2017-09"),
            ("3 tháng cuối năm 2025", "2025-10..2025-12"),
            ("nửa đầu năm 2020", "2020-01..2020-06"),
            ("những năm 90", "1990..1999"),
            ("năm ngoái", "2025"),
            ("hôm qua", "2026-02-02"),
            ("6 tháng đầu năm nay", "2026-01..2026-06"),
        ];
        for (text, want) in cases {
            let a = atoms(&cx("2026-02-03"), &Text::new(text));
            assert_eq!(a.len(), 1, "{text}: {a:?}");
            let got = if a[0].from == a[0].to {
                a[0].from.to_string()
            } else {
                format!("{}..{}", a[0].from, a[0].to)
            };
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn not_atoms() {
        for text in [
            "32,8%",
            "2.000",
            "12.5",
            "31/2/2020",
            "13/13",
            "19:00",
            "100/2019/NĐ-CP",
            "40 năm trước",
            "các năm qua",
            "quý khách",
            "3017",
        ] {
            assert!(
                atoms(&cx("2026-02-03"), &Text::new(text)).is_empty(),
                "{text}"
            );
        }
    }
}
