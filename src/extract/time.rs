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

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{Context, Modifier, TimePoint};
use crate::span::Span;

mod words;
pub(crate) use words::*;

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

fn alt<'a>(words: impl IntoIterator<Item = &'a str>, case_insensitive: bool) -> String {
    let mut w: Vec<&str> = words.into_iter().collect();
    w.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let body = w
        .iter()
        // Spaces are insignificant in `(?x)` mode, so they are written as a class.
        .map(|s| regex::escape(s).replace(' ', r"\x20"))
        .collect::<Vec<_>>()
        .join("|");
    if case_insensitive {
        format!("(?i:{body})")
    } else {
        format!("(?:{body})")
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

static ATOM_RE: LazyLock<Regex> = LazyLock::new(|| {
    let rel = alt(RELATIVE.iter().map(|r| r.0), true);
    let rel_year = alt(
        RELATIVE.iter().filter_map(|(w, s)| match s {
            Shift::Year(_) => w.strip_prefix("năm "),
            _ => None,
        }),
        true,
    );
    let month_any = alt(MONTH_NAMES.iter().filter(|m| m.2).map(|m| m.0), true);
    let caps: Vec<String> = MONTH_NAMES
        .iter()
        .filter(|m| !m.2)
        .map(|m| capitalise(m.0))
        .collect();
    let month_cap = alt(caps.iter().map(String::as_str), false);
    let small = alt(SMALL_NUMBERS.iter().map(|n| n.0), true);
    let sides = alt(YEAR_SIDES.iter().map(|s| s.0), true);
    let decade = alt(DECADE_WORDS.iter().copied(), true);
    let roman = alt(ROMAN.iter().map(|r| r.0), false);
    let pattern = format!(
        r"(?x)
        # decades: thập niên 1990, những năm 90
          (?P<dec>{decade})\x20(?P<dec_y>[0-9]{{4}}|[0-9]0)(?:\x20?[-–]\x20?(?P<dec_y2>[0-9]{{4}}|[0-9]0))?
        # N months or quarters at one end of a year: 9 tháng đầu năm 2017, 6 tháng đầu năm nay
        | (?P<nm_n>[0-9]{{1,2}}|{small})\x20(?P<nm_unit>(?i:tháng|quý))\x20
          (?:(?P<nm_side>{sides})\x20)?(?i:năm)(?:\x20(?P<nm_y>[0-9]{{4}}|{rel_year}))?
        # half years: nửa đầu năm 2020
        | (?i:nửa)\x20(?P<h_side>{sides})\x20(?i:năm)(?:\x20(?P<h_y>[0-9]{{4}}|{rel_year}))?
        # relative words: hôm nay, năm ngoái
        | (?P<rel>{rel})
        # ngày 22 tháng 11 năm 2012, mồng 3 tháng 3, ngày 29 tháng 1
        | (?i:ngày|mồng|mùng)\x20(?P<dw_d>[0-9]{{1,2}})\x20(?i:tháng)\x20(?P<dw_m>[0-9]{{1,2}})
          (?:,?\x20(?i:năm)\x20(?P<dw_y>[0-9]{{4}}))?
        # a range of days: ngày 14 - 21/1/2015, 25-27/12/2020
        | (?P<dr_pre>(?i:ngày|mồng|mùng)\x20)?(?P<dr_d>[0-9]{{1,2}})\x20?[-–]\x20?(?P<dr_d2>[0-9]{{1,2}})
          /(?P<dr_m>[0-9]{{1,2}})(?:/(?P<dr_y>[0-9]{{4}}))?
        # ngày 11 đến 13/2, ngày 10 đến 19-5-1941
        | (?i:ngày|mồng|mùng)\x20(?P<dt_d>[0-9]{{1,2}})\x20(?:đến|tới)\x20(?:ngày\x20)?(?P<dt_d2>[0-9]{{1,2}})
          (?P<dt_s>[/.-])(?P<dt_m>[0-9]{{1,2}})(?:(?P<dt_s2>[/.-])(?P<dt_y>[0-9]{{4}}))?
        # 22/11/2012, ngày 6-11-2020, 23.6.2017, 3/3/17, 19/5
        | (?P<dn_pre>(?i:ngày|mồng|mùng)\x20)?(?P<dn_d>[0-9]{{1,2}})(?P<dn_s1>[/.-])(?P<dn_m>[0-9]{{1,2}})
          (?:(?P<dn_s2>[/.-])(?P<dn_y>[0-9]{{4}}|[0-9]{{2}}))?
        # tháng 8/2020, tháng 08-2020, tháng 7.2017, tháng 8 năm 2020, tháng 4-6/2020, tháng 6
        | (?i:tháng)\x20(?P<mo_m>[0-9]{{1,2}})
          (?: [/.-](?P<mo_y>[0-9]{{4}})
            | \x20?[-–]\x20?(?P<mo_m2>[0-9]{{1,2}})(?:[/.-](?P<mo_y2>[0-9]{{4}})|,?\x20(?i:năm)\x20(?P<mo_y3>[0-9]{{4}}))?
            | ,?\x20(?i:năm)\x20(?P<mo_y4>[0-9]{{4}}) )?
        # tháng Tám, tháng ba năm 2017
        | (?i:tháng)\x20(?P<mo_name>{month_any}|{month_cap})(?:,?\x20(?i:năm)\x20(?P<mo_ny>[0-9]{{4}}))?
        # T8/2020
        | T(?P<t_m>[0-9]{{1,2}})[/.-](?P<t_y>[0-9]{{4}})
        # Q1/2020, H1/2020 (business shorthand for quarters and halves)
        | Q(?P<qq>[1-4])[/-](?P<qq_y>[0-9]{{4}})
        | H(?P<hh>[12])[/-](?P<hh_y>[0-9]{{4}})
        # quý I/2020, quý IV-2023, quý 1 năm 2020, quý I-III/2020, quý II
        | (?i:quý)\x20(?P<q>{roman}|[1-4])
          (?: \x20?[/-]\x20?(?P<q_y>[0-9]{{4}})
            | \x20?[-–]\x20?(?P<q2>{roman}|[1-4])(?:[/-](?P<q_y2>[0-9]{{4}})|,?\x20(?i:năm)\x20(?P<q_y3>[0-9]{{4}}))?
            | ,?\x20(?i:năm)\x20(?P<q_y4>[0-9]{{4}}) )?
        # năm 2012
        | (?i:năm)\x20(?P<y>[0-9]{{4}})
        # a bare year, kept only in context
        | (?P<by>[0-9]{{4}})
        "
    );
    Regex::new(&pattern).expect("time atom pattern")
});

/// The atoms of the last text seen on this thread: `period` and `date` run one after the
/// other on the same text, and atoms are a pure function of the text and the reference date,
/// so the second extractor reuses them (the text comparison is a `memcmp`, far cheaper than
/// the scan).
struct Memo {
    text: String,
    reference: Option<TimePoint>,
    atoms: Vec<Atom>,
}

thread_local! {
    static MEMO: std::cell::RefCell<Option<Memo>> = const { std::cell::RefCell::new(None) };
}

/// Calls `f` with the atoms of `text` (see [`atoms`]), scanning each text only once per
/// thread however many extractors ask.
pub(crate) fn with_atoms<R>(cx: &Context, text: &str, f: impl FnOnce(&[Atom]) -> R) -> R {
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let hit = memo
            .as_ref()
            .is_some_and(|m| m.reference == cx.reference && m.text == text);
        if !hit {
            let atoms = atoms(cx, text);
            match memo.as_mut() {
                Some(m) => {
                    m.text.clear();
                    m.text.push_str(text);
                    m.reference = cx.reference;
                    m.atoms = atoms;
                }
                None => {
                    *memo = Some(Memo {
                        text: text.to_owned(),
                        reference: cx.reference,
                        atoms,
                    })
                }
            }
        }
        f(&memo.as_ref().expect("memo filled").atoms)
    })
}

/// Finds the time atoms of `text`, in order, not overlapping. Relative words are resolved
/// against `cx.reference` and dropped without one; other year-less atoms keep `year: None`
/// (see [`resolve`]).
pub(crate) fn atoms(cx: &Context, text: &str) -> Vec<Atom> {
    let mut out = Vec::new();
    // Without digits only month names, `quý II`, `nửa đầu năm` and relative words remain.
    if cx.reference.is_none()
        && !text.bytes().any(|b| b.is_ascii_digit())
        && !DIGITLESS_CUES.iter().any(|c| text.contains(c))
    {
        return out;
    }
    let re = &*ATOM_RE;
    let mut pos = 0;
    while pos < text.len() {
        let Some(c) = re.captures_at(text, pos) else {
            break;
        };
        let m = c.get(0).expect("group 0");
        match read_atom(cx, text, &c) {
            Some(a) => {
                pos = a.span.end;
                out.push(a);
            }
            None => {
                // Retry just after the start, or after the whole run of digits: an atom can
                // never start inside a digit run, so this keeps the scan linear.
                let rest = &text[m.start()..];
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                pos = m.start()
                    + if digits > 0 {
                        digits
                    } else {
                        rest.chars().next().map_or(1, char::len_utf8)
                    };
            }
        }
    }
    out
}

fn num(c: &Captures, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

fn year4(c: &Captures, names: &[&str]) -> Option<Option<i32>> {
    for n in names {
        if let Some(y) = num(c, n) {
            return if (1000..=2199).contains(&y) {
                Some(Some(y as i32))
            } else {
                None
            };
        }
    }
    Some(None)
}

fn roman_or_digit(s: &str) -> Option<u8> {
    ROMAN
        .iter()
        .find(|r| r.0 == s)
        .map(|r| r.1)
        .or_else(|| s.parse().ok())
        .filter(|q| (1..=4).contains(q))
}

fn lookup<T: Copy>(table: &[(&str, T)], s: &str) -> Option<T> {
    table.iter().find(|e| eq_ci(e.0, s)).map(|e| e.1)
}

/// The year named by a year slot of a range (`2017`, `nay`, `ngoái`): `Some(None)` when the
/// slot is empty, `None` when it is invalid or relative without a reference date.
fn range_year(cx: &Context, m: Option<regex::Match>) -> Option<Option<i32>> {
    let Some(m) = m else { return Some(None) };
    let s = m.as_str();
    if let Ok(y) = s.parse::<i32>() {
        return (1000..=2199).contains(&y).then_some(Some(y));
    }
    let word = format!("năm {}", s.to_lowercase());
    match (lookup(RELATIVE, &word)?, cx.reference?.year) {
        (Shift::Year(n), Some(r)) => Some(Some(r + n)),
        _ => None,
    }
}

fn read_atom(cx: &Context, text: &str, c: &Captures) -> Option<Atom> {
    let mut a = read_match(cx, text, c)?;
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
fn year_tail(cx: &Context, text: &str, pos: usize, tails: &[&str]) -> Option<(usize, i32)> {
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

fn read_match(cx: &Context, text: &str, c: &Captures) -> Option<Atom> {
    let m = c.get(0)?;
    let span = Span::new(m.start(), m.end());
    if !boundaries_ok(text, span) {
        return None;
    }
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
    if let Some(y) = c.name("dec_y") {
        let decade = |s: &str| match s.len() {
            4 => s
                .parse::<i32>()
                .ok()
                .filter(|y| y % 10 == 0 && (1000..=2190).contains(y)),
            _ => s.parse::<i32>().ok().map(|y| 1900 + y),
        };
        let start = decade(y.as_str())?;
        // `thập niên 40-50`: from the first decade to the end of the second.
        let last = match c.name("dec_y2") {
            Some(y2) => decade(y2.as_str()).filter(|&e| e > start)?,
            None => start,
        };
        // `những năm 2020, 2021` is a list of years, not a decade.
        if y.as_str().len() == 4 && starts_with_joiner_year(text, span.end) {
            return None;
        }
        return Some(range(TimePoint::year(start), TimePoint::year(last + 9)));
    }
    if let Some(n) = c.name("nm_n") {
        let n = n
            .as_str()
            .parse::<u8>()
            .ok()
            .or_else(|| lookup(SMALL_NUMBERS, n.as_str()))?;
        let y = range_year(cx, c.name("nm_y"))?;
        let first = match c.name("nm_side") {
            Some(s) => lookup(YEAR_SIDES, s.as_str())?,
            // `9 tháng năm 2017` counts from January, but only with its year.
            None if y.is_some() => true,
            None => return None,
        };
        let quarters = eq_ci(c.name("nm_unit")?.as_str(), "quý");
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
        return Some(range(mk(a), mk(b)));
    }
    if let Some(side) = c.name("h_side") {
        let y = range_year(cx, c.name("h_y"))?;
        let (a, b) = if lookup(YEAR_SIDES, side.as_str())? {
            (1, 6)
        } else {
            (7, 12)
        };
        return Some(range(TimePoint::month(y, a), TimePoint::month(y, b)));
    }
    if let Some(r) = c.name("rel") {
        let shift = lookup(RELATIVE, r.as_str())?;
        if quantified(text, span.start) || followed_by(text, span.end, NARRATIVE_AFTER).is_some() {
            return None;
        }
        let p = shifted(cx.reference?, shift)?;
        return Some(point(Form::Relative, p, true));
    }
    if let Some(d) = num(c, "dw_d") {
        let m = num(c, "dw_m")?;
        let y = year4(c, &["dw_y"])?;
        let p = day(y, m, d)?;
        return Some(point(Form::Day, p, true));
    }
    if let Some(d) = num(c, "dr_d") {
        let (d2, m) = (num(c, "dr_d2")?, num(c, "dr_m")?);
        let y = year4(c, &["dr_y"])?;
        // Without `ngày` or a year, `1-2/3` is more likely figures.
        if d2 <= d || (c.name("dr_pre").is_none() && y.is_none()) {
            return None;
        }
        return Some(range(day(y, m, d)?, day(y, m, d2)?));
    }
    if let Some(d) = num(c, "dt_d") {
        let (d2, m) = (num(c, "dt_d2")?, num(c, "dt_m")?);
        let y = year4(c, &["dt_y"])?;
        let sep = c.name("dt_s")?.as_str();
        let same_sep = c.name("dt_s2").map_or(true, |s2| s2.as_str() == sep);
        // `ngày 11 đến 13.2` is not a day: a dot needs the year.
        if d2 <= d || !same_sep || (sep == "." && y.is_none()) {
            return None;
        }
        return Some(range(day(y, m, d)?, day(y, m, d2)?));
    }
    if let Some(d) = num(c, "dn_d") {
        let m = num(c, "dn_m")?;
        let s1 = c.name("dn_s1")?.as_str();
        let pre = c.name("dn_pre").is_some();
        let y = match c.name("dn_y") {
            Some(y) => {
                if c.name("dn_s2")?.as_str() != s1 {
                    return None;
                }
                let s = y.as_str();
                let v: i32 = s.parse().ok()?;
                if s.len() == 2 {
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
            None if s1 != "/"
                && c.name("dn_pre")
                    .is_some_and(|p| !p.as_str().to_lowercase().starts_with("ngày")) =>
            {
                return None
            }
            None => None,
        };
        let p = day(y, m, d)?;
        let mut a = point(Form::Day, p, pre || y.is_some());
        a.hyphen = s1 == "-" && y.is_none();
        return Some(a);
    }
    if let Some(mo) = num(c, "mo_m") {
        if quantified(text, span.start) {
            return None;
        }
        let mo = month(mo)?;
        if let Some(m2) = num(c, "mo_m2") {
            let m2 = month(m2)?;
            let y = year4(c, &["mo_y2", "mo_y3"])?;
            if m2 <= mo {
                return None;
            }
            return Some(range(TimePoint::month(y, mo), TimePoint::month(y, m2)));
        }
        let y = year4(c, &["mo_y", "mo_y4"])?;
        return Some(point(Form::Month, TimePoint::month(y, mo), true));
    }
    if let Some(name) = c.name("mo_name") {
        if quantified(text, span.start) {
            return None;
        }
        let mo = MONTH_NAMES
            .iter()
            .find(|e| eq_ci(e.0, name.as_str()))
            .map(|e| e.1)?;
        let y = year4(c, &["mo_ny"])?;
        return Some(point(Form::Month, TimePoint::month(y, mo), true));
    }
    if let Some(mo) = num(c, "t_m") {
        let y = year4(c, &["t_y"])?;
        return Some(point(Form::Month, TimePoint::month(y, month(mo)?), true));
    }
    if let Some(q) = num(c, "qq") {
        let y = year4(c, &["qq_y"])?;
        return Some(point(Form::Quarter, TimePoint::quarter(y, q as u8), true));
    }
    if let Some(h) = num(c, "hh") {
        let y = year4(c, &["hh_y"])?;
        let (a, b) = if h == 1 { (1, 6) } else { (7, 12) };
        return Some(range(TimePoint::month(y, a), TimePoint::month(y, b)));
    }
    if let Some(q) = c.name("q") {
        let q = roman_or_digit(q.as_str())?;
        if let Some(q2) = c.name("q2") {
            let q2 = roman_or_digit(q2.as_str())?;
            let y = year4(c, &["q_y2", "q_y3"])?;
            if q2 <= q {
                return None;
            }
            return Some(range(TimePoint::quarter(y, q), TimePoint::quarter(y, q2)));
        }
        let y = year4(c, &["q_y", "q_y4"])?;
        return Some(point(Form::Quarter, TimePoint::quarter(y, q), true));
    }
    if c.name("y").is_some() {
        let y = year4(c, &["y"])??;
        return Some(point(Form::Year, TimePoint::year(y), true));
    }
    if let Some(y) = num(c, "by") {
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
        return Some(point(Form::Year, TimePoint::year(y as i32), false));
    }
    None
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
    let before = &text[..span.start];
    let mut back = before.chars().rev();
    match back.next() {
        // `đồng/tháng sau`, `12/2019`: glued to what precedes.
        Some(c) if c.is_alphanumeric() || c == '/' => return false,
        Some('.' | ',' | '/' | ':') if back.next().is_some_and(|c| c.is_ascii_digit()) => {
            return false
        }
        _ => {}
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
fn quantified(text: &str, pos: usize) -> bool {
    let Some(head) = text[..pos].strip_suffix(' ') else {
        return false;
    };
    head.ends_with(|c: char| c.is_ascii_digit()) || word_before(text, pos, QUANTIFIERS).is_some()
}

/// Case-insensitive equality of two short words.
pub(crate) fn eq_ci(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.chars()
            .zip(b.chars())
            .all(|(x, y)| x == y || x.to_lowercase().eq(y.to_lowercase()))
}

/// When `text[..pos]` ends with one of `words` (any case) and one space, and the word starts
/// a word, returns the start of the longest such word and its index in `words`.
pub(crate) fn word_before(text: &str, pos: usize, words: &[&str]) -> Option<(usize, usize)> {
    let head = text.get(..pos)?.strip_suffix(' ')?;
    word_ending(text, head.len(), words.iter().copied())
}

/// When a word of `words` (any case) ends at `end` and starts a word, returns the start of
/// the longest one and its index.
pub(crate) fn word_ending<'w>(
    text: &str,
    end: usize,
    words: impl IntoIterator<Item = &'w str>,
) -> Option<(usize, usize)> {
    let head = text.get(..end)?;
    let mut best: Option<(usize, usize)> = None;
    for (i, w) in words.into_iter().enumerate() {
        let Some(start) = head.len().checked_sub(w.len()) else {
            continue;
        };
        if !head.is_char_boundary(start)
            || !eq_ci(&head[start..], w)
            || head[..start]
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
pub(crate) fn modifier_before(text: &str, pos: usize) -> Option<(usize, Modifier)> {
    let head = text.get(..pos)?.strip_suffix(' ')?;
    word_ending(text, head.len(), MODIFIERS.iter().map(|m| m.0)).map(|(s, i)| (s, MODIFIERS[i].1))
}

/// The start of a weekday name, with an optional comma, and one space right before `pos`
/// (`Chủ nhật, 18/2/2024`).
pub(crate) fn weekday_before(text: &str, pos: usize) -> Option<usize> {
    let head = text.get(..pos)?.strip_suffix(' ')?;
    let head = head.strip_suffix(',').unwrap_or(head);
    word_ending(text, head.len(), WEEKDAYS.iter().copied()).map(|(s, _)| s)
}

/// When `text[pos..]` is one space and one of `words` (any case) ending a word, returns the
/// end of the longest such word and its index.
pub(crate) fn followed_by(text: &str, pos: usize, words: &[&str]) -> Option<(usize, usize)> {
    let rest = text.get(pos..)?.strip_prefix(' ')?;
    let base = pos + 1;
    let mut best: Option<(usize, usize)> = None;
    for (i, w) in words.iter().enumerate() {
        let Some(head) = rest.get(..w.len()) else {
            continue;
        };
        if !eq_ci(head, w) || rest[w.len()..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let end = base + w.len();
        if best.map_or(true, |(e, _)| end > e) {
            best = Some((end, i));
        }
    }
    best
}

/// True when `text[a..b]` is, apart from spaces, exactly one of `words`.
pub(crate) fn gap_is(text: &str, a: usize, b: usize, words: &[&str]) -> bool {
    let Some(gap) = text.get(a..b) else {
        return false;
    };
    let g = gap.trim_matches(' ');
    if g.len() + 2 < gap.len() {
        return false;
    }
    words.iter().any(|w| eq_ci(g, w))
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
        return atoms(&Context::default(), s)
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
            let a = atoms(&cx("2026-02-03"), text);
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
            assert!(atoms(&cx("2026-02-03"), text).is_empty(), "{text}");
        }
    }
}
