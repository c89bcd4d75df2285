//! `date` entities (SPEC §4.5): a point in time at the grain written.
//!
//! Matches, from the time atoms of [`super::time`]:
//! - days `06/11/2020`, `ngày 22 tháng 11 năm 2012`, `Chủ nhật, 18/2/2024` (the weekday is
//!   inside the span), `ngày 7/8` (the year that puts it nearest the reference date, else
//!   `--08-07`: `ngày 28/12` read on 2021-01-05 is 2020-12-28), and a bare
//!   `19/5` only after a time word (`chiều 19/5`, `hôm 28/4`, `từ 28/1`), after `(` or at the
//!   start of a line, and never as a ratio (`hoàn thành 9/11 dự án`);
//! - months `tháng 8/2020`, `T8/2020`, `tháng ba`; quarters `quý I/2020`, `quý II`;
//! - years `năm 2012`, and a bare `2012` after a time word (`đến 2030`, `giai đoạn 2021`) or
//!   in a list governed by one (`năm 2012, 2013 và 2014` is three dates);
//! - relative words `hôm nay`, `năm ngoái`, … resolved against the reference date (skipped
//!   without one);
//! - with `đầu`/`giữa`/`cuối` before it, a `modifier` (`cuối năm 2020` → late); deadlines
//!   `đến hết năm 2020` keep the `đến hết` inside the span.
//!
//! Does not match: `8 năm` (a duration), `32,8%`, `2.000`, `lần thứ 3`, `thứ 2`, a bare
//! `2012` with no time word, `1-2 người`. Periods (`từ năm 2013 đến nay`, `giai đoạn 2012 -
//! 2020`) are longer candidates from [`super::period`] and win over the dates inside them.

use super::time::{self, Atom, Form};
use super::{Context, Entity, Grain, Text, TimePoint, Value};
use crate::span::Span;

/// Pushes the `date` candidates of `text`.
pub(crate) fn find(cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    time::with_atoms(cx, text, |atoms| find_in(cx, text, atoms, out));
}

fn find_in(cx: &Context, text: &Text, atoms: &[Atom], out: &mut Vec<Entity>) {
    // The end of the last year date, for lists governed by one time word.
    let years = list_years(text, atoms);
    let mut list_end: Option<(Form, usize)> = None;
    for (i, a) in atoms.iter().enumerate() {
        if a.form == Form::Range || !keep(text, a, list_end) {
            list_end = None;
            continue;
        }
        list_end = matches!(a.form, Form::Year | Form::Day).then_some((a.form, a.span.end));
        let mut start = a.span.start;
        let mut modifier = None;
        if let Some((s, m)) = time::modifier_before(text, start) {
            start = s;
            modifier = Some(m);
        }
        let point = time::resolve_nearest(cx, years[i]);
        match point.grain() {
            Grain::Year => {
                if let Some((s, _)) = time::word_before(text, start, time::DEADLINES) {
                    start = s;
                }
            }
            Grain::Day => {
                if let Some(s) = time::weekday_before(text, start) {
                    start = s;
                }
            }
            _ => {}
        }
        out.push(Entity::new(
            Span::new(start, a.span.end),
            Value::Date { point, modifier },
        ));
    }
}

/// Whether an atom stands as a date where it is written.
fn keep(text: &Text, a: &Atom, list_end: Option<(Form, usize)>) -> bool {
    if a.marked {
        return true;
    }
    // A bare year or day continuing a list of the same shape: `năm 2012, 2013 và 2014`,
    // `ngày 30/4 và 1/5`.
    let listed = list_end.is_some_and(|(form, e)| {
        form == a.form && time::gap_is(text, e, a.span.start, time::LIST_JOINERS)
    });
    match a.form {
        // A bare year: after a time word, or continuing a list of years.
        Form::Year => {
            (listed || time::word_before(text, a.span.start, time::YEAR_TIME_WORDS).is_some())
                && time::followed_by(text, a.span.end, time::COUNTED_AFTER).is_none()
        }
        // A bare day-month: after a time-of-day or time word, `(`, a weekday or at the start
        // of a line, and not a ratio.
        Form::Day => {
            let context = listed
                || if a.hyphen {
                    time::word_before(text, a.span.start, time::TIME_OF_DAY).is_some()
                } else {
                    time::word_before(text, a.span.start, time::DAY_CONTEXT).is_some()
                        || time::weekday_before(text, a.span.start).is_some()
                        || matches!(
                            text[..a.span.start].chars().next_back(),
                            None | Some('(' | '\n')
                        )
                };
            context
                && time::word_before(text, a.span.start, time::FIGURE_BEFORE).is_none()
                && time::followed_by(text, a.span.end, time::COUNTED_AFTER).is_none()
        }
        _ => true,
    }
}

/// The atoms' points, with the year of a year-less atom taken from the next atom of the same
/// shape when they are joined by `và` or a comma (`quý I và đầu quý II/2020`, `các ngày
/// 16/12, 23/12, 6/1 và 21/1/2017`), counting back over a new year.
fn list_years(text: &Text, atoms: &[Atom]) -> Vec<TimePoint> {
    let mut points: Vec<TimePoint> = atoms.iter().map(|a| a.from).collect();
    for i in (0..atoms.len().saturating_sub(1)).rev() {
        let (a, b) = (&atoms[i], &atoms[i + 1]);
        let next = points[i + 1];
        if points[i].year.is_some() || a.form != b.form || a.form == Form::Range {
            continue;
        }
        let Some(y) = next.year else { continue };
        let gap_end = time::modifier_before(text, b.span.start).map_or(b.span.start, |m| m.0);
        if time::gap_is(text, a.span.end, gap_end, time::LIST_JOINERS) {
            let mut p = TimePoint {
                year: Some(y),
                ..points[i]
            };
            if time::start_key(&p) > time::start_key(&next) {
                p.year = Some(y - 1);
            }
            points[i] = p;
        }
    }
    points
}
