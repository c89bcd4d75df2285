//! `period` entities (SPEC §4.6): a span of time with `from` and `to` (either may be null).
//!
//! Matches, from the time atoms of [`super::time`]:
//! - two ends joined by `-`, `–`, `đến`, `tới`: `giai đoạn 2012 - 2020`, `2012–2020` (two bare
//!   years), `từ năm 2013 đến năm 2015`, `từ năm 2005-2007`, `tháng 4/2017 đến tháng 3/2018`,
//!   `từ 1/7 đến 31/12/2025` (a year missing on one end is taken from the other);
//! - ranges written as one expression: `9 tháng đầu năm 2017`, `6 tháng đầu năm` (year of
//!   the reference date, else `--01`..`--06`), `nửa đầu năm 2020`, `quý I-III/2020`,
//!   `thập niên 1990`, `những năm 1990`;
//! - open ends: `từ năm 2013 đến nay` (`until_now`), `từ tháng 8/2020` and `từ 15h ngày
//!   1/5/2021` (`from` only). The opener `từ`/`giai đoạn` is inside the span, `kể` is not.
//!
//! Does not match: `đến năm 2030`, `trước ngày 24/4/2018` (no start: a `date`), `giai đoạn
//! 2021` (one end: a `date`), `từ 60 tuổi đến dưới 80 tuổi`, `từ 3 đến 5 triệu`, `1-2 người`.

use std::sync::LazyLock;

use regex::Regex;

use super::time::{self, Atom, Form};
use super::{Context, Entity, Text, TimePoint, Value};
use crate::span::Span;

/// A clock time or time of day between `từ` and its date (`từ 15h ngày 1/5/2021`, `từ sáng
/// ngày 2/9`), matched at the end of a short window before the date.
static CLOCK_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let parts = time::TIME_OF_DAY
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\x20"))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?x)
        (?: [0-9]{{1,2}}\x20?(?:h|giờ)(?:\x20?[0-9]{{2}}(?:\x20?phút)?)?  # 15h, 15 giờ 30 phút
            (?:\x20(?i:{parts}))?                                  # 8h sáng
          | (?i:{parts}) )
        \x20$"
    ))
    .expect("clock tail pattern")
});

/// Pushes the `period` candidates of `text`.
pub(crate) fn find(cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    time::with_atoms(cx, text, |atoms| find_in(cx, text, atoms, out));
}

fn find_in(cx: &Context, text: &Text, atoms: &[Atom], out: &mut Vec<Entity>) {
    let mut i = 0;
    while i < atoms.len() {
        let a = &atoms[i];
        // A bare `4-5` is figures (`từ 4-5 giờ`), never an end of a period.
        if a.hyphen {
            i += 1;
            continue;
        }
        let opener = opener_before(text, a.span.start);
        let start = opener.map_or(a.span.start, |o| o.0);
        // One expression: 9 tháng đầu năm 2017, quý I-III/2020, thập niên 1990.
        if a.form == Form::Range {
            // `6 tháng đầu năm` is in the reference year (SPEC §4.6), not the nearest one.
            let (from, to) = (time::resolve(cx, a.from), time::resolve(cx, a.to));
            push(cx, out, start, a.span.end, Some(from), Some(to), false);
            i += 1;
            continue;
        }
        // Two ends: giai đoạn 2012 - 2020, từ 1/7 đến 31/12/2025.
        if let Some(b) = atoms.get(i + 1) {
            if let Some((from, to)) = two_ends(text, a, b, opener.is_some()) {
                push(cx, out, start, b.span.end, Some(from), Some(to), false);
                i += 2;
                continue;
            }
        }
        let from_word = opener.is_some_and(|o| o.1);
        if a.form != Form::Relative && (from_word || a.marked) {
            // Open to now: từ năm 2013 đến nay.
            if let Some((end, _)) = time::followed_by(text, a.span.end, time::UNTIL_NOW) {
                push(cx, out, start, end, Some(a.from), None, true);
                i += 1;
                continue;
            }
        }
        // Open end: từ tháng 8/2020, từ 2018.
        if from_word && (a.marked || !counted(text, a)) {
            push(cx, out, start, a.span.end, Some(a.from), None, false);
        }
        i += 1;
    }
}

fn push(
    cx: &Context,
    out: &mut Vec<Entity>,
    start: usize,
    end: usize,
    from: Option<TimePoint>,
    to: Option<TimePoint>,
    until_now: bool,
) {
    let (from, to) = match (from, to) {
        // Two year-less ends (`từ 26/1 - 1/2`): the start is the nearest such day to the
        // reference date, the end follows it.
        (Some(f), Some(t)) if f.year.is_none() && t.year.is_none() && f != t => {
            let f = time::resolve_nearest(cx, f);
            let mut t = TimePoint { year: f.year, ..t };
            if let Some(y) = t.year {
                if time::start_key(&t) < time::start_key(&f) {
                    t.year = Some(y + 1);
                }
            }
            (Some(f), Some(t))
        }
        (Some(f), None) if until_now => (Some(time::resolve_past(cx, f)), None),
        (Some(f), None) => (Some(time::resolve_nearest(cx, f)), None),
        (f, t) => (
            f.map(|p| time::resolve(cx, p)),
            t.map(|p| time::resolve(cx, p)),
        ),
    };
    out.push(Entity::new(
        Span::new(start, end),
        Value::Period {
            from,
            to,
            until_now,
        },
    ));
}

/// A bare number followed by a counted noun (`từ 2000 người`) is a figure, not a year.
fn counted(text: &Text, a: &Atom) -> bool {
    time::followed_by(text, a.span.end, time::COUNTED_AFTER).is_some()
}

/// The opener (`từ`, `giai đoạn`, …) before `pos`, skipping a modifier and a clock time:
/// its start and whether it may open a period with no end.
fn opener_before(text: &Text, pos: usize) -> Option<(usize, bool)> {
    let mut p = pos;
    if let Some((s, _)) = time::modifier_before(text, p) {
        p = s;
    }
    let window = p.saturating_sub(24);
    let window = (window..p).find(|&w| text.is_char_boundary(w)).unwrap_or(p);
    if let Some(m) = CLOCK_TAIL.find(&text[window..p]) {
        p = window + m.start();
    }
    let head = text.get(..p)?.strip_suffix(' ')?;
    time::word_ending(text, head.len(), time::OPENERS.iter().map(|o| o.0))
        .map(|(s, i)| (s, time::OPENERS[i].1))
}

/// The two ends of `a JOIN b`, when they make a period.
fn two_ends(text: &Text, a: &Atom, b: &Atom, opened: bool) -> Option<(TimePoint, TimePoint)> {
    if !time::gap_is(text, a.span.end, b.span.start, time::RANGE_JOINERS)
        || matches!(b.form, Form::Relative | Form::Range)
        || b.hyphen
        || a.form == Form::Range
    {
        return None;
    }
    let both_years = a.form == Form::Year && b.form == Form::Year;
    // Two bare days joined by a dash (`dịp 30/4-1/5`); `1/2 đến 1/3` is fractions.
    let both_days = a.form == Form::Day
        && b.form == Form::Day
        && time::gap_is(text, a.span.end, b.span.start, time::DASHES)
        && time::word_before(text, a.span.start, time::FIGURE_BEFORE).is_none();
    if !(opened || a.marked || both_years || both_days) {
        return None;
    }
    // A bare end must be of the same kind as the other end: `năm 2005-2007`, `1/1 - 4/2`.
    if !b.marked && b.form != a.form {
        return None;
    }
    if both_years && !b.marked && counted(text, b) {
        return None;
    }
    let (mut from, mut to) = (a.from, b.to);
    match (from.year, to.year) {
        (None, Some(y)) => {
            from.year = Some(y);
            // `từ 26/12 - 5/1/2021`: the first end is in the year before.
            if time::start_key(&from) > time::start_key(&to) {
                from.year = Some(y - 1);
            }
        }
        (Some(y), None) => to.year = Some(y),
        _ => {}
    }
    if from.year.is_some() && time::start_key(&from) > time::start_key(&to) {
        return None;
    }
    if both_years && from.year >= to.year {
        return None;
    }
    Some((from, to))
}
