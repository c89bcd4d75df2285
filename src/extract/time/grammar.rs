//! The grammar of time atoms, read by hand at one position of a text.
//!
//! [`match_at`] answers what a leftmost-first regex of the sixteen alternatives below would
//! match when anchored at a position: the first alternative that matches wins, a `[0-9]{1,2}`
//! takes two digits when it can, an optional part is taken when it is there, and a list of
//! words is tried longest first. That regex is kept in the tests (`tests::pattern`) as the
//! oracle this reader is compared with at every position of the test texts. It used to be run
//! with `captures` over every text: with ~60 groups, Unicode case folding and a backtracker
//! that cost about 15% of the whole pipeline; these are a few byte comparisons per word.
//!
//! Words are compared on the folded text (see [`crate::extract::Text`]) in lower case, except
//! the pieces that are deliberately case-sensitive, which are compared on the original bytes:
//! `T8/2020`, `Q1/2020`, `H1/2020`, roman numerals, the capitalised month names (`tháng Năm`)
//! and the lower-case `đến`/`tới`/`ngày` inside `ngày 11 đến ngày 13/2`.
//!
//! Only this file knows the grammar; what an atom *means* is read in `time.rs`
//! (`read_match`), and every word list is data in `words.rs`.

use std::sync::LazyLock;

use super::words::{Shift, DECADE_WORDS, MONTH_NAMES, RELATIVE, ROMAN, SMALL_NUMBERS, YEAR_SIDES};
use aho_corasick::{AhoCorasick, MatchKind};

use crate::blocks::Block;
use crate::span::Span;

/// Words that open a day (`ngày 5/10`, `mồng 3 tháng 3`).
const DAY_WORDS: &[&str] = &["ngày", "mồng", "mùng"];
/// The word of a month.
const MONTH: &str = "tháng";
/// The word of a quarter.
const QUARTER: &str = "quý";
/// The word of a year.
const YEAR: &str = "năm";
/// The word of a half year.
const HALF: &str = "nửa";
/// The units of `9 tháng đầu năm`, `2 quý đầu năm`.
const COUNT_UNITS: &[&str] = &[MONTH, QUARTER];
/// What joins the days of `ngày 11 đến 13/2` (case-sensitive: lower case only).
const DAY_TO: &[&str] = &["đến", "tới"];

/// The folded text (lower case) and the original text: the same length, the same char
/// boundaries.
#[derive(Clone, Copy)]
pub(super) struct Src<'a> {
    /// The folded text.
    pub f: &'a [u8],
    /// The original text.
    pub o: &'a [u8],
}

/// What the grammar matched, as spans of the text; the alternatives of [`match_at`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// `thập niên 1990`, `những năm 40-50`.
    Decade { y: Span, y2: Option<Span> },
    /// `9 tháng đầu năm 2017`, `sáu tháng cuối năm nay`, `2 quý năm 2020`.
    Count {
        n: Span,
        unit: Span,
        side: Option<Span>,
        y: Option<Span>,
    },
    /// `nửa đầu năm 2020`.
    Half { side: Span, y: Option<Span> },
    /// `hôm nay`, `năm ngoái`.
    Relative,
    /// `ngày 22 tháng 11 năm 2012`.
    DayWords { d: Span, m: Span, y: Option<Span> },
    /// `ngày 14 - 21/1/2015`, `25-27/12/2020`.
    DayRange {
        pre: Option<Span>,
        d: Span,
        d2: Span,
        m: Span,
        y: Option<Span>,
    },
    /// `ngày 11 đến 13/2`, `ngày 10 đến 19-5-1941`.
    DayTo {
        d: Span,
        d2: Span,
        s: Span,
        m: Span,
        s2: Option<Span>,
        y: Option<Span>,
    },
    /// `22/11/2012`, `ngày 6-11-2020`, `23.6.2017`, `3/3/17`, `19/5`.
    DayNum {
        pre: Option<Span>,
        d: Span,
        s1: Span,
        m: Span,
        s2: Option<Span>,
        y: Option<Span>,
    },
    /// `tháng 8/2020` (`y`), `tháng 4-6/2020` (`m2` with `y2` or `y3`), `tháng 8 năm 2020`
    /// (`y4`), `tháng 6`.
    Month {
        m: Span,
        y: Option<Span>,
        m2: Option<Span>,
        y2: Option<Span>,
        y3: Option<Span>,
        y4: Option<Span>,
    },
    /// `tháng Tám`, `tháng ba năm 2017`.
    MonthName { name: Span, y: Option<Span> },
    /// `T8/2020`.
    ShortMonth { m: Span, y: Span },
    /// `Q1/2020`.
    ShortQuarter { q: Span, y: Span },
    /// `H1/2020`.
    ShortHalf { h: Span, y: Span },
    /// `quý I/2020` (`y`), `quý I-III/2020` (`q2` with `y2` or `y3`), `quý 1 năm 2020`
    /// (`y4`), `quý II`.
    Quarter {
        q: Span,
        y: Option<Span>,
        q2: Option<Span>,
        y2: Option<Span>,
        y3: Option<Span>,
        y4: Option<Span>,
    },
    /// `năm 2012`.
    Year { y: Span },
    /// A bare `2012`.
    BareYear { y: Span },
}

/// The word lists of the grammar, each longest first (as a regex alternation of them is
/// written, so that `mười một` is tried before `mười`).
struct Tables {
    decade: Vec<&'static str>,
    small: Vec<&'static str>,
    sides: Vec<&'static str>,
    relative: Vec<&'static str>,
    /// The words after `năm` of the relative years: `nay`, `ngoái`, …
    rel_year: Vec<&'static str>,
    /// Month names in any case.
    month_any: Vec<&'static str>,
    /// Month names only when capitalised (`Năm`), compared on the original text.
    month_cap: Vec<String>,
    roman: Vec<&'static str>,
    /// Finds the anchors of the heads (see [`Starts`]): the last word of each head.
    anchors: AhoCorasick,
    /// For each anchor, the heads that end with it, as what comes before the anchor in them
    /// (`ba ` for `ba tháng `, empty for `tháng `).
    heads: Vec<Vec<String>>,
    /// For the first two bytes of a position (see [`start_key`]), the alternatives of
    /// [`WORD_ALTERNATIVES`] that may match there, as a bit set.
    may_start: Vec<u16>,
}

fn longest_first<S: AsRef<str>>(mut words: Vec<S>) -> Vec<S> {
    // Stable: words of the same length keep their table order.
    words.sort_by_key(|w| std::cmp::Reverse(w.as_ref().len()));
    words
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let decade = longest_first(DECADE_WORDS.to_vec());
    let small = longest_first(SMALL_NUMBERS.iter().map(|n| n.0).collect());
    let relative = longest_first(RELATIVE.iter().map(|r| r.0).collect());
    // The words each alternative starts with, followed by what must come next: the
    // necessary condition `Starts` checks before the grammar is read.
    let mut heads: Vec<String> = Vec::new();
    heads.extend(decade.iter().map(|w| format!("{w} ")));
    for n in &small {
        heads.extend(COUNT_UNITS.iter().map(|u| format!("{n} {u} ")));
    }
    heads.push(format!("{HALF} "));
    heads.extend(relative.iter().map(|w| w.to_string()));
    heads.extend(DAY_WORDS.iter().map(|w| format!("{w} ")));
    heads.extend([MONTH, QUARTER, YEAR].map(|w| format!("{w} ")));
    // A head that starts with another one adds nothing to the condition (`năm ` covers
    // `năm nay`, `năm tháng `).
    heads.sort_by_key(String::len);
    let mut kept: Vec<&str> = Vec::new();
    for h in &heads {
        if !kept.iter().any(|k| h.starts_with(k)) {
            kept.push(h);
        }
    }
    // Each head is found by its last word and the space after it (`tháng ` for `ba tháng `,
    // `năm ` for `những năm `), or whole when it does not end with a space (`hôm nay`).
    let mut anchors: Vec<&str> = Vec::new();
    let mut by_anchor: Vec<Vec<String>> = Vec::new();
    for h in kept {
        let i = match h.strip_suffix(' ') {
            Some(w) => w.rfind(' ').map_or(0, |k| k + 1),
            None => 0,
        };
        let k = match anchors.iter().position(|a| *a == &h[i..]) {
            Some(k) => k,
            None => {
                anchors.push(&h[i..]);
                by_anchor.push(Vec::new());
                anchors.len() - 1
            }
        };
        by_anchor[k].push(h[..i].to_string());
    }
    // No anchor may start inside another, or at its start: one search then finds them all.
    for a in &anchors {
        for b in anchors.iter().filter(|b| *b != a) {
            let overlap = (0..a.len())
                .filter(|&k| a.is_char_boundary(k))
                .any(|k| a[k..].starts_with(b) || b.starts_with(&a[k..]));
            assert!(!overlap, "the time atom anchors {a:?} and {b:?} overlap");
        }
    }
    let anchor_search = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(&anchors)
        .expect("time atom anchors");
    let mut may_start = vec![0u16; 1 << 10];
    for (k, words) in word_alternative_starts(&decade, &small, &relative)
        .iter()
        .enumerate()
    {
        for w in words {
            let w = w.as_bytes();
            may_start[start_key(w[0], w[1])] |= 1 << k;
        }
    }
    Tables {
        decade,
        small,
        sides: longest_first(YEAR_SIDES.iter().map(|s| s.0).collect()),
        rel_year: longest_first(
            RELATIVE
                .iter()
                .filter_map(|(w, s)| match s {
                    Shift::Year(_) => w.strip_prefix("năm "),
                    _ => None,
                })
                .collect(),
        ),
        relative,
        month_any: longest_first(MONTH_NAMES.iter().filter(|m| m.2).map(|m| m.0).collect()),
        month_cap: longest_first(
            MONTH_NAMES
                .iter()
                .filter(|m| !m.2)
                .map(|m| capitalise(m.0))
                .collect(),
        ),
        roman: longest_first(ROMAN.iter().map(|r| r.0).collect()),
        anchors: anchor_search,
        heads: by_anchor,
        may_start,
    }
});

/// The positions where an atom may start, from left to right: where a head of an
/// alternative starts (`tháng `, `ngày `, `ba tháng `, `hôm nay`, …), where a number starts
/// (a digit after no digit or ASCII letter) followed by what the grammar may read after it
/// (see [`may_read_number`]), and a `T`, `Q` or `H` just before such a number. An exact
/// filter before [`match_at`], which is far costlier, for the positions not glued to what
/// precedes (the others are never atoms, see `time::atoms`).
///
/// They are all found when the text is first read: the heads by one search for their last
/// words (see [`Tables::anchors`]), then compared whole; the numbers by their digits, 64
/// bytes at a time (see [`crate::blocks::Block`]).
pub(super) struct Starts {
    /// The heads, in order.
    heads: Vec<usize>,
    /// The numbers (and the `T`s before them), in order.
    numbers: Vec<usize>,
    /// The first of `heads` and of `numbers` at or after the last `from`.
    h: usize,
    n: usize,
}

impl Starts {
    pub(super) fn new(s: Src) -> Starts {
        let t = &*TABLES;
        let mut heads = Vec::with_capacity(expected_starts(s.f.len()));
        for m in t.anchors.find_iter(s.f) {
            let q = m.start();
            // The search matched the anchor: what comes before it is left to compare.
            let before = &s.f[..q];
            for prefix in &t.heads[m.pattern().as_usize()] {
                if ends_with(before, prefix) {
                    heads.push(q - prefix.len());
                }
            }
        }
        // Each match gives its heads from the shortest: few, nearly in order.
        heads.sort_unstable();
        heads.dedup();
        Starts {
            heads,
            numbers: numbers(s),
            h: 0,
            n: 0,
        }
    }

    /// The first position at or after `from` where an atom may start. `from` never goes
    /// back.
    pub(super) fn next(&mut self, from: usize) -> Option<usize> {
        while self.heads.get(self.h).is_some_and(|&p| p < from) {
            self.h += 1;
        }
        while self.numbers.get(self.n).is_some_and(|&p| p < from) {
            self.n += 1;
        }
        match (self.heads.get(self.h), self.numbers.get(self.n)) {
            (Some(&a), Some(&b)) => Some(a.min(b)),
            (a, b) => a.or(b).copied(),
        }
    }
}

/// Room for the heads or the numbers of a text of `len` bytes: news texts have about one of
/// each per 400 bytes, and growing a vector (a copy) costs more than a little unused room.
fn expected_starts(len: usize) -> usize {
    len / 256 + 8
}

/// The positions of the numbers of a text that [`may_read_number`] keeps, and of the `T`,
/// `Q` or `H` before them, in order.
fn numbers(s: Src) -> Vec<usize> {
    let f = s.f;
    let mut at = Vec::with_capacity(expected_starts(f.len()));
    let mut base = 0;
    while base < f.len() {
        let block = Block::load(f, base);
        let digits = block.digits();
        let carry = u64::from(base.checked_sub(1).is_some_and(|i| f[i].is_ascii_digit()));
        let starts = digits & !(digits << 1 | carry);
        for k in bits(starts) {
            let d = base + k;
            if !may_read_number(s, d) {
                continue;
            }
            let before = d.checked_sub(1).map(|i| s.o[i]);
            // `T8/2020`, `Q1/2020`, `H1/2020`.
            if matches!(before, Some(b'T' | b'Q' | b'H')) {
                at.push(d - 1);
            }
            if !before.is_some_and(|b| b.is_ascii_alphanumeric()) {
                at.push(d);
            }
        }
        base += 64;
    }
    at
}

/// False when the grammar reads nothing at the number that starts at `d` (nor at a `T`, `Q`
/// or `H` before it): most numbers of a text are not dates. A number is read as one or two
/// digits followed by a separator of a day or a month, a dash, or ` tháng` / ` quý`, or as
/// four digits (a year).
fn may_read_number(s: Src, d: usize) -> bool {
    let f = s.f;
    let at = |i: usize| f.get(i).copied();
    let run = f[d..]
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_digit())
        .count();
    match run {
        1 | 2 => {
            let e = d + run;
            match at(e) {
                // `19/5`, `23.6.2017`.
                Some(b'/' | b'.') => at(e + 1).is_some_and(|b| b.is_ascii_digit()),
                // `20-6`, `25-27/12`, `25–27/12` (`–` starts with 0xE2).
                Some(b'-' | 0xE2) => true,
                // `14 - 21/1`, `9 tháng đầu năm`.
                Some(b' ') => {
                    matches!(at(e + 1), Some(b'-' | 0xE2))
                        || s.first_of(e + 1, COUNT_UNITS).is_some()
                }
                _ => false,
            }
        }
        // Three digits are never read: `[0-9]{1,2}` is never followed by a digit.
        3 => false,
        // A year, `2012` (more digits are read too, and then fail the boundaries).
        _ => true,
    }
}

/// The indices of the bits set in `m`, lowest first.
fn bits(mut m: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let k = m.trailing_zeros() as usize;
        m &= m.wrapping_sub(1);
        (k < 64).then_some(k)
    })
}

/// `head.ends_with(w)`, a byte at a time from the end (see [`starts_with`]).
#[inline]
fn ends_with(head: &[u8], w: &str) -> bool {
    let w = w.as_bytes();
    head.len() >= w.len() && head.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

/// `rest.starts_with(w)`, a byte at a time: the words are short and nearly all differ at
/// their first byte, where a call to `memcmp` would cost more than the whole loop.
#[inline]
fn starts_with(rest: &[u8], w: &str) -> bool {
    let w = w.as_bytes();
    rest.len() >= w.len() && rest.iter().zip(w).all(|(a, b)| a == b)
}

impl Src<'_> {
    /// The end of `w` at `i` in the folded text (any case).
    #[inline]
    fn lit(&self, i: usize, w: &str) -> Option<usize> {
        starts_with(self.f.get(i..)?, w).then_some(i + w.len())
    }

    /// The end of `w` at `i` in the original text (this case only).
    #[inline]
    fn lit_cs(&self, i: usize, w: &str) -> Option<usize> {
        starts_with(self.o.get(i..)?, w).then_some(i + w.len())
    }

    /// The end of the first of `words` at `i` (any case).
    fn first_of<S: AsRef<str>>(&self, i: usize, words: &[S]) -> Option<usize> {
        words.iter().find_map(|w| self.lit(i, w.as_ref()))
    }

    /// The end of the first of `words` at `i` (this case only).
    fn first_of_cs<S: AsRef<str>>(&self, i: usize, words: &[S]) -> Option<usize> {
        words.iter().find_map(|w| self.lit_cs(i, w.as_ref()))
    }

    /// A byte of `set` at `i`.
    #[inline]
    fn byte(&self, i: usize, set: &[u8]) -> Option<Span> {
        self.f
            .get(i)
            .filter(|b| set.contains(b))
            .map(|_| Span::new(i, i + 1))
    }

    /// `[0-9]{n}`.
    #[inline]
    fn digits(&self, i: usize, n: usize) -> Option<Span> {
        let d = self.f.get(i..i + n)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then_some(Span::new(i, i + n))
    }

    /// `[0-9]{1,2}`, two digits when there are. Taking one of two digits never helps: what
    /// follows such a number in the grammar never starts with a digit.
    #[inline]
    fn digits12(&self, i: usize) -> Option<Span> {
        self.digits(i, 2).or_else(|| self.digits(i, 1))
    }

    /// `\x20?`.
    #[inline]
    fn opt_space(&self, i: usize) -> usize {
        i + usize::from(self.f.get(i) == Some(&b' '))
    }

    /// `\x20`.
    #[inline]
    fn space(&self, i: usize) -> Option<usize> {
        (self.f.get(i) == Some(&b' ')).then_some(i + 1)
    }

    /// `[-–]`.
    #[inline]
    fn dash(&self, i: usize) -> Option<usize> {
        self.lit(i, "-").or_else(|| self.lit(i, "–"))
    }

    /// `\x20?[-–]\x20?`: an optional space is greedy, and never needs to be given back,
    /// since what follows it never starts with a space.
    #[inline]
    fn spaced_dash(&self, i: usize) -> Option<usize> {
        let j = self.dash(self.opt_space(i))?;
        Some(self.opt_space(j))
    }

    /// `,?\x20năm\x20([0-9]{4})`: the year and the end.
    fn year_words(&self, i: usize) -> Option<(Span, usize)> {
        let i = self.space(i + usize::from(self.f.get(i) == Some(&b',')))?;
        let i = self.space(self.lit(i, YEAR)?)?;
        let y = self.digits(i, 4)?;
        Some((y, y.end))
    }

    /// `(?:\x20([0-9]{4}|nay|ngoái|…))?` after `năm`: the year slot and the end.
    fn opt_range_year(&self, i: usize) -> (Option<Span>, usize) {
        let Some(j) = self.space(i) else {
            return (None, i);
        };
        match self
            .digits(j, 4)
            .or_else(|| Some(Span::new(j, self.first_of(j, &TABLES.rel_year)?)))
        {
            Some(y) => (Some(y), y.end),
            None => (None, i),
        }
    }

    /// `(?:(đầu|cuối|sau)\x20)?năm`: the side and the end.
    fn side_year(&self, i: usize) -> Option<(Option<Span>, usize)> {
        let sided = self.first_of(i, &TABLES.sides).and_then(|e| {
            let end = self.lit(self.space(e)?, YEAR)?;
            Some((Some(Span::new(i, e)), end))
        });
        sided.or_else(|| Some((None, self.lit(i, YEAR)?)))
    }

    /// `(?:ngày|mồng|mùng)\x20`: the word and the end.
    fn day_word(&self, i: usize) -> Option<(Span, usize)> {
        let e = self.first_of(i, DAY_WORDS)?;
        Some((Span::new(i, e), self.space(e)?))
    }

    /// A roman numeral (this case only) or `[1-4]`.
    fn quarter_number(&self, i: usize) -> Option<Span> {
        match self.first_of_cs(i, &TABLES.roman) {
            Some(e) => Some(Span::new(i, e)),
            None => self.byte(i, b"1234"),
        }
    }
}

/// An alternative of the grammar: what it matches at a position and where it ends.
type Alternative = fn(Src, usize) -> Option<(Shape, usize)>;

/// The alternatives tried at a position that does not hold a digit, in this order.
const WORD_ALTERNATIVES: [Alternative; 13] = [
    decade, count, half, relative, day_words, day_range, day_to, day_num, month, month_name, short,
    quarter, year,
];

/// The words each of [`WORD_ALTERNATIVES`] may start with (same order), in the folded text:
/// an alternative is only tried where the first two bytes are those of one of its words.
fn word_alternative_starts(
    decade: &[&str],
    small: &[&str],
    relative: &[&str],
) -> [Vec<String>; 13] {
    let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    // `T8/2020`, `Q1/2020`, `H1/2020`, folded.
    let short = ["t", "q", "h"]
        .iter()
        .flat_map(|c| (0..10).map(move |d| format!("{c}{d}")))
        .collect();
    [
        words(decade),
        words(small),
        words(&[HALF]),
        words(relative),
        words(DAY_WORDS),
        words(DAY_WORDS),
        words(DAY_WORDS),
        words(DAY_WORDS),
        words(&[MONTH]),
        words(&[MONTH]),
        short,
        words(&[QUARTER]),
        words(&[YEAR]),
    ]
}

/// The index of the first two bytes of a position in [`Tables::may_start`] (several pairs
/// share one: it only tells which alternatives need not be tried).
fn start_key(a: u8, b: u8) -> usize {
    usize::from(a & 31) << 5 | usize::from(b & 31)
}

/// What the grammar matches at `p` and where it ends: the first alternative that matches,
/// in the order below.
pub(super) fn match_at(s: Src, p: usize) -> Option<(Shape, usize)> {
    // Only these four alternatives can start with a digit, the others start with a word:
    // the order among them is the same.
    if s.f.get(p).is_some_and(u8::is_ascii_digit) {
        return count(s, p)
            .or_else(|| day_range(s, p))
            .or_else(|| day_num(s, p))
            .or_else(|| bare_year(s, p));
    }
    // Every word of the alternatives has at least two bytes.
    let may = TABLES.may_start[start_key(*s.f.get(p)?, *s.f.get(p + 1)?)];
    WORD_ALTERNATIVES
        .iter()
        .enumerate()
        .filter(|(k, _)| may >> k & 1 != 0)
        .find_map(|(_, alt)| alt(s, p))
}

/// `(thập niên|những năm|…)\x20([0-9]{4}|[0-9]0)(?:\x20?[-–]\x20?([0-9]{4}|[0-9]0))?`
fn decade(s: Src, p: usize) -> Option<(Shape, usize)> {
    let i = s.space(s.first_of(p, &TABLES.decade)?)?;
    let year = |i: usize| {
        s.digits(i, 4).or_else(|| {
            (s.digits(i, 1).is_some() && s.f.get(i + 1) == Some(&b'0'))
                .then_some(Span::new(i, i + 2))
        })
    };
    let y = year(i)?;
    let y2 = s.spaced_dash(y.end).and_then(year);
    Some((Shape::Decade { y, y2 }, y2.unwrap_or(y).end))
}

/// `([0-9]{1,2}|một|hai|…)\x20(tháng|quý)\x20(?:(đầu|cuối|sau)\x20)?năm(?:\x20([0-9]{4}|nay|…))?`
fn count(s: Src, p: usize) -> Option<(Shape, usize)> {
    let n = match s.digits12(p) {
        Some(n) => n,
        None => Span::new(p, s.first_of(p, &TABLES.small)?),
    };
    let i = s.space(n.end)?;
    let unit = Span::new(i, s.first_of(i, COUNT_UNITS)?);
    let (side, i) = s.side_year(s.space(unit.end)?)?;
    let (y, end) = s.opt_range_year(i);
    Some((Shape::Count { n, unit, side, y }, end))
}

/// `nửa\x20(đầu|cuối|sau)\x20năm(?:\x20([0-9]{4}|nay|…))?`
fn half(s: Src, p: usize) -> Option<(Shape, usize)> {
    let i = s.space(s.lit(p, HALF)?)?;
    let side = Span::new(i, s.first_of(i, &TABLES.sides)?);
    let i = s.lit(s.space(side.end)?, YEAR)?;
    let (y, end) = s.opt_range_year(i);
    Some((Shape::Half { side, y }, end))
}

/// `hôm nay|năm ngoái|…`
fn relative(s: Src, p: usize) -> Option<(Shape, usize)> {
    Some((Shape::Relative, s.first_of(p, &TABLES.relative)?))
}

/// `(ngày|mồng|mùng)\x20([0-9]{1,2})\x20tháng\x20([0-9]{1,2})(?:,?\x20năm\x20([0-9]{4}))?`
fn day_words(s: Src, p: usize) -> Option<(Shape, usize)> {
    let (_, i) = s.day_word(p)?;
    let d = s.digits12(i)?;
    let i = s.space(s.lit(s.space(d.end)?, MONTH)?)?;
    let m = s.digits12(i)?;
    let (y, end) = match s.year_words(m.end) {
        Some((y, e)) => (Some(y), e),
        None => (None, m.end),
    };
    Some((Shape::DayWords { d, m, y }, end))
}

/// `(?:(ngày|mồng|mùng)\x20)?([0-9]{1,2})\x20?[-–]\x20?([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{4}))?`
fn day_range(s: Src, p: usize) -> Option<(Shape, usize)> {
    // Without the word the number would have to start on its letter: the word is taken
    // whenever it is there.
    let (pre, i) = match s.day_word(p) {
        Some((w, i)) => (Some(Span::new(w.start, i)), i),
        None => (None, p),
    };
    let d = s.digits12(i)?;
    let d2 = s.digits12(s.spaced_dash(d.end)?)?;
    let m = s.digits12(s.byte(d2.end, b"/")?.end)?;
    let y = s.byte(m.end, b"/").and_then(|sl| s.digits(sl.end, 4));
    let end = y.map_or(m.end, |y| y.end);
    Some((Shape::DayRange { pre, d, d2, m, y }, end))
}

/// `(ngày|mồng|mùng)\x20([0-9]{1,2})\x20(đến|tới)\x20(?:ngày\x20)?([0-9]{1,2})([/.-])([0-9]{1,2})(?:([/.-])([0-9]{4}))?`
fn day_to(s: Src, p: usize) -> Option<(Shape, usize)> {
    let (_, i) = s.day_word(p)?;
    let d = s.digits12(i)?;
    let i = s.space(s.first_of_cs(s.space(d.end)?, DAY_TO)?)?;
    let i = s.lit_cs(i, "ngày ").unwrap_or(i);
    let d2 = s.digits12(i)?;
    let sep = s.byte(d2.end, b"/.-")?;
    let m = s.digits12(sep.end)?;
    let tail = s
        .byte(m.end, b"/.-")
        .and_then(|s2| Some((s2, s.digits(s2.end, 4)?)));
    let shape = Shape::DayTo {
        d,
        d2,
        s: sep,
        m,
        s2: tail.map(|t| t.0),
        y: tail.map(|t| t.1),
    };
    Some((shape, tail.map_or(m.end, |t| t.1.end)))
}

/// `(?:(ngày|mồng|mùng)\x20)?([0-9]{1,2})([/.-])([0-9]{1,2})(?:([/.-])([0-9]{4}|[0-9]{2}))?`
fn day_num(s: Src, p: usize) -> Option<(Shape, usize)> {
    let (pre, i) = match s.day_word(p) {
        Some((w, i)) => (Some(Span::new(w.start, i)), i),
        None => (None, p),
    };
    let d = s.digits12(i)?;
    let s1 = s.byte(d.end, b"/.-")?;
    let m = s.digits12(s1.end)?;
    let tail = s.byte(m.end, b"/.-").and_then(|s2| {
        let y = s.digits(s2.end, 4).or_else(|| s.digits(s2.end, 2))?;
        Some((s2, y))
    });
    let shape = Shape::DayNum {
        pre,
        d,
        s1,
        m,
        s2: tail.map(|t| t.0),
        y: tail.map(|t| t.1),
    };
    Some((shape, tail.map_or(m.end, |t| t.1.end)))
}

/// `tháng\x20([0-9]{1,2})` then, the first that matches: `[/.-]([0-9]{4})`;
/// `\x20?[-–]\x20?([0-9]{1,2})(?:[/.-]([0-9]{4})|,?\x20năm\x20([0-9]{4}))?`;
/// `,?\x20năm\x20([0-9]{4})`; nothing.
fn month(s: Src, p: usize) -> Option<(Shape, usize)> {
    let m = s.digits12(s.space(s.lit(p, MONTH)?)?)?;
    let (mut y, mut m2, mut y2, mut y3, mut y4) = (None, None, None, None, None);
    let mut end = m.end;
    if let Some(yy) = s.byte(m.end, b"/.-").and_then(|sl| s.digits(sl.end, 4)) {
        y = Some(yy);
        end = yy.end;
    } else if let Some(mm) = s.spaced_dash(m.end).and_then(|i| s.digits12(i)) {
        m2 = Some(mm);
        end = mm.end;
        if let Some(yy) = s.byte(mm.end, b"/.-").and_then(|sl| s.digits(sl.end, 4)) {
            y2 = Some(yy);
            end = yy.end;
        } else if let Some((yy, e)) = s.year_words(mm.end) {
            y3 = Some(yy);
            end = e;
        }
    } else if let Some((yy, e)) = s.year_words(m.end) {
        y4 = Some(yy);
        end = e;
    }
    let shape = Shape::Month {
        m,
        y,
        m2,
        y2,
        y3,
        y4,
    };
    Some((shape, end))
}

/// `tháng\x20(giêng|hai|…|Một|Năm)(?:,?\x20năm\x20([0-9]{4}))?`: names in any case first,
/// then the capitalised ones.
fn month_name(s: Src, p: usize) -> Option<(Shape, usize)> {
    let i = s.space(s.lit(p, MONTH)?)?;
    let e = s
        .first_of(i, &TABLES.month_any)
        .or_else(|| s.first_of_cs(i, &TABLES.month_cap))?;
    let name = Span::new(i, e);
    let (y, end) = match s.year_words(e) {
        Some((y, e)) => (Some(y), e),
        None => (None, e),
    };
    Some((Shape::MonthName { name, y }, end))
}

/// `T([0-9]{1,2})[/.-]([0-9]{4})`, `Q([1-4])[/-]([0-9]{4})`, `H([12])[/-]([0-9]{4})`, in
/// capitals only.
fn short(s: Src, p: usize) -> Option<(Shape, usize)> {
    let year = |i: usize, seps: &[u8]| s.digits(s.byte(i, seps)?.end, 4);
    match s.o.get(p)? {
        b'T' => {
            let m = s.digits12(p + 1)?;
            let y = year(m.end, b"/.-")?;
            Some((Shape::ShortMonth { m, y }, y.end))
        }
        b'Q' => {
            let q = s.byte(p + 1, b"1234")?;
            let y = year(q.end, b"/-")?;
            Some((Shape::ShortQuarter { q, y }, y.end))
        }
        b'H' => {
            let h = s.byte(p + 1, b"12")?;
            let y = year(h.end, b"/-")?;
            Some((Shape::ShortHalf { h, y }, y.end))
        }
        _ => None,
    }
}

/// `quý\x20(I|II|III|IV|[1-4])` then, the first that matches: `\x20?[/-]\x20?([0-9]{4})`;
/// `\x20?[-–]\x20?(I|…|[1-4])(?:[/-]([0-9]{4})|,?\x20năm\x20([0-9]{4}))?`;
/// `,?\x20năm\x20([0-9]{4})`; nothing.
fn quarter(s: Src, p: usize) -> Option<(Shape, usize)> {
    let q = s.quarter_number(s.space(s.lit(p, QUARTER)?)?)?;
    let (mut y, mut q2, mut y2, mut y3, mut y4) = (None, None, None, None, None);
    let mut end = q.end;
    let slash_year = |i: usize| {
        let i = s.byte(s.opt_space(i), b"/-")?.end;
        s.digits(s.opt_space(i), 4)
    };
    if let Some(yy) = slash_year(q.end) {
        y = Some(yy);
        end = yy.end;
    } else if let Some(qq) = s.spaced_dash(q.end).and_then(|i| s.quarter_number(i)) {
        q2 = Some(qq);
        end = qq.end;
        if let Some(yy) = s.byte(qq.end, b"/-").and_then(|sl| s.digits(sl.end, 4)) {
            y2 = Some(yy);
            end = yy.end;
        } else if let Some((yy, e)) = s.year_words(qq.end) {
            y3 = Some(yy);
            end = e;
        }
    } else if let Some((yy, e)) = s.year_words(q.end) {
        y4 = Some(yy);
        end = e;
    }
    let shape = Shape::Quarter {
        q,
        y,
        q2,
        y2,
        y3,
        y4,
    };
    Some((shape, end))
}

/// `năm\x20([0-9]{4})`
fn year(s: Src, p: usize) -> Option<(Shape, usize)> {
    let y = s.digits(s.space(s.lit(p, YEAR)?)?, 4)?;
    Some((Shape::Year { y }, y.end))
}

/// `([0-9]{4})`
fn bare_year(s: Src, p: usize) -> Option<(Shape, usize)> {
    let y = s.digits(p, 4)?;
    Some((Shape::BareYear { y }, y.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The grammar as the regex it was written as (and run as, before): the oracle of
    /// [`match_at`]. Anchored at the start of the haystack.
    fn pattern() -> Regex {
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
            r"(?x)\A(?:
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
            )"
        );
        Regex::new(&pattern).expect("time atom pattern")
    }

    /// The regex groups `shape` stands for, with their spans.
    fn groups(shape: &Shape, start: usize, end: usize) -> Vec<(&'static str, Span)> {
        let g = |v: &[(&'static str, Option<Span>)]| {
            v.iter()
                .filter_map(|(n, s)| Some((*n, (*s)?)))
                .collect::<Vec<_>>()
        };
        match *shape {
            Shape::Decade { y, y2 } => g(&[("dec_y", Some(y)), ("dec_y2", y2)]),
            Shape::Count { n, unit, side, y } => g(&[
                ("nm_n", Some(n)),
                ("nm_unit", Some(unit)),
                ("nm_side", side),
                ("nm_y", y),
            ]),
            Shape::Half { side, y } => g(&[("h_side", Some(side)), ("h_y", y)]),
            Shape::Relative => g(&[("rel", Some(Span::new(start, end)))]),
            Shape::DayWords { d, m, y } => g(&[("dw_d", Some(d)), ("dw_m", Some(m)), ("dw_y", y)]),
            Shape::DayRange { pre, d, d2, m, y } => g(&[
                ("dr_pre", pre),
                ("dr_d", Some(d)),
                ("dr_d2", Some(d2)),
                ("dr_m", Some(m)),
                ("dr_y", y),
            ]),
            Shape::DayTo { d, d2, s, m, s2, y } => g(&[
                ("dt_d", Some(d)),
                ("dt_d2", Some(d2)),
                ("dt_s", Some(s)),
                ("dt_m", Some(m)),
                ("dt_s2", s2),
                ("dt_y", y),
            ]),
            Shape::DayNum {
                pre,
                d,
                s1,
                m,
                s2,
                y,
            } => g(&[
                ("dn_pre", pre),
                ("dn_d", Some(d)),
                ("dn_s1", Some(s1)),
                ("dn_m", Some(m)),
                ("dn_s2", s2),
                ("dn_y", y),
            ]),
            Shape::Month {
                m,
                y,
                m2,
                y2,
                y3,
                y4,
            } => g(&[
                ("mo_m", Some(m)),
                ("mo_y", y),
                ("mo_m2", m2),
                ("mo_y2", y2),
                ("mo_y3", y3),
                ("mo_y4", y4),
            ]),
            Shape::MonthName { name, y } => g(&[("mo_name", Some(name)), ("mo_ny", y)]),
            Shape::ShortMonth { m, y } => g(&[("t_m", Some(m)), ("t_y", Some(y))]),
            Shape::ShortQuarter { q, y } => g(&[("qq", Some(q)), ("qq_y", Some(y))]),
            Shape::ShortHalf { h, y } => g(&[("hh", Some(h)), ("hh_y", Some(y))]),
            Shape::Quarter {
                q,
                y,
                q2,
                y2,
                y3,
                y4,
            } => g(&[
                ("q", Some(q)),
                ("q_y", y),
                ("q2", q2),
                ("q_y2", y2),
                ("q_y3", y3),
                ("q_y4", y4),
            ]),
            Shape::Year { y } => g(&[("y", Some(y))]),
            Shape::BareYear { y } => g(&[("by", Some(y))]),
        }
    }

    /// Phrases of every shape, the seeds of the random texts.
    const PHRASES: &[&str] = &[
        "ngày 22/11/2012, 06/11/2020 và 6-11-2020, 23.6.2017",
        "mồng 3 tháng 3 năm 2017, ngày 29 tháng 1, 19/5, 3/3/17, 31/2, 13/13",
        "tháng 8/2020, tháng 8 năm 2020, tháng 08-2020, tháng 7.2017, T8/2020, tháng 6",
        "tháng Tám, tháng ba, tháng Năm, tháng năm, tháng mười một, tháng Mười hai năm 2017",
        "quý I/2020, quý 1 năm 2020, quý IV-2023, quý II, Q1/2020, quý I - III/2020, quý I-2",
        "năm 2012, 2012, hôm nay, Hôm qua, năm ngoái, tháng tới, NĂM NAY",
        "quý I-III/2020, tháng 4-6/2020, tháng 4 - 6, năm 2020, 9 tháng đầu năm 2017",
        "nửa đầu năm 2020, H1/2020, H2-2021, thập niên 1990, những năm 90, thập kỷ 40-50",
        "sáu tháng cuối năm nay, mười hai tháng năm 2019, 2 quý đầu năm, ba tháng năm",
        "ngày 14 - 21/1/2015, 25-27/12/2020, ngày 11 đến 13/2, ngày 10 đến ngày 19-5-1941",
        "Ngày 11 Đến 13/2, mùng 1-4 Tết, 32,8%, 2.000, 12.5, 19:00, 100/2019/NĐ-CP",
        "tháng 123, tháng 4-2020, tháng 4-20, quý IIV, quý I / 2020, những năm 2020, 2021",
        "tháng 4, năm 2020, quý 2 – 3, năm 2021, quý III-IV năm 2020, tháng 3-5, năm 2019",
        "tháng 8 năm2020, quý 1 năm2020, ngày 5 tháng 6 năm2020, tháng ba năm2017, năm2012",
        "14 – 21/1/2015, 5 quý năm 2020, T12.2020, Q4-2021, H2/2020, 123/4, 12345, 3.5, 7 -8/9",
        "2 tháng, 12 quý đầu năm, 3 tuần, 45,6%, 7h30, x2/2020, 1 – 2, 10 -, (12/2), 2019a",
    ];

    /// Checks [`match_at`] against the regex at every char boundary of `text`, and notes
    /// the alternatives that matched.
    fn agree(re: &Regex, text: &str, seen: &mut std::collections::BTreeSet<&'static str>) {
        let folded = crate::extract::Text::new(text);
        let src = Src {
            f: folded.folded().as_bytes(),
            o: text.as_bytes(),
        };
        for (p, _) in text.char_indices() {
            let want = re.captures(&text[p..]).map(|c| {
                let end = p + c.get(0).expect("group 0").end();
                let mut groups: Vec<(&str, Span)> = re
                    .capture_names()
                    .flatten()
                    // The decade word is not read, only matched.
                    .filter(|n| *n != "dec")
                    .filter_map(|n| {
                        let m = c.name(n)?;
                        Some((n, Span::new(p + m.start(), p + m.end())))
                    })
                    .collect();
                groups.sort();
                (end, groups)
            });
            let got = match_at(src, p).map(|(shape, end)| {
                // A position glued to what precedes is never an atom (see `time::atoms`):
                // `Starts` may leave it out.
                if super::super::starts_word(text, p) {
                    assert_eq!(
                        Starts::new(src).next(p),
                        Some(p),
                        "filtered out at {p} of {text:?}"
                    );
                }
                let mut groups = groups(&shape, p, end);
                seen.extend(groups.iter().map(|g| g.0));
                groups.sort();
                (end, groups)
            });
            assert_eq!(got, want, "at {p} of {text:?}");
        }
    }

    #[test]
    fn reads_what_the_regex_matches() {
        let re = pattern();
        let mut seen = Default::default();
        for text in PHRASES {
            agree(&re, text, &mut seen);
        }
    }

    /// The phrases with random changes (numbers, words, cases, separators, glue): the oracle
    /// and the reader must agree at every position, and every group must have been read.
    #[test]
    fn reads_what_the_regex_matches_on_random_strings() {
        let re = pattern();
        let mut words: Vec<String> = Vec::new();
        let base = DECADE_WORDS
            .iter()
            .chain(SMALL_NUMBERS.iter().map(|w| &w.0))
            .chain(RELATIVE.iter().map(|w| &w.0))
            .chain(YEAR_SIDES.iter().map(|w| &w.0))
            .chain(MONTH_NAMES.iter().map(|w| &w.0))
            .chain(ROMAN.iter().map(|w| &w.0))
            .chain(DAY_WORDS)
            .chain(DAY_TO)
            .chain(&[
                MONTH, QUARTER, YEAR, HALF, "của", "nay", "ngoái", "T", "Q", "H", "V",
            ]);
        for w in base {
            words.push(w.to_string());
            words.push(capitalise(w));
            words.push(w.to_uppercase());
        }
        let pieces: Vec<Vec<String>> = PHRASES
            .iter()
            .flat_map(|p| p.split(", "))
            .map(|phrase| {
                // Runs of digits, runs of letters and spaces, single other chars.
                let mut out: Vec<String> = Vec::new();
                for c in phrase.chars() {
                    let class = |c: char| (c.is_ascii_digit(), c.is_alphabetic() || c == ' ');
                    match out.last_mut() {
                        Some(last)
                            if last.chars().last().map(class) == Some(class(c))
                                && (class(c) != (false, false)) =>
                        {
                            last.push(c)
                        }
                        _ => out.push(c.to_string()),
                    }
                }
                out
            })
            .collect();
        let mut rng = crate::testutil::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n);
        let mut seen = Default::default();
        for _ in 0..30_000 {
            let mut text = String::new();
            for _ in 0..1 + next(3) {
                for piece in &pieces[next(pieces.len())] {
                    let first = piece.chars().next().expect("non-empty piece");
                    match next(12) {
                        0 if first.is_ascii_digit() => {
                            let digits = 1 + next(4) as u32;
                            text.push_str(&next(10_usize.pow(digits)).to_string())
                        }
                        0 | 1 if first.is_alphabetic() => {
                            // Replace one word of the run.
                            let mut ws: Vec<String> =
                                piece.split(' ').map(str::to_string).collect();
                            let k = next(ws.len());
                            ws[k] = words[next(words.len())].clone();
                            text.push_str(&ws.join(" "));
                        }
                        0 => text.push_str(["/", "-", ".", " ", "–", ",", "", " - "][next(8)]),
                        2 => {}
                        3 => text.push_str(&piece.to_uppercase()),
                        4 => text.push_str(&piece.replacen(' ', "", 1)),
                        _ => text.push_str(piece),
                    }
                }
                text.push_str(["", " ", ", ", "/", "-"][next(5)]);
            }
            agree(&re, &text, &mut seen);
        }
        for name in re.capture_names().flatten().filter(|n| *n != "dec") {
            assert!(seen.contains(name), "no random text read the group {name}");
        }
    }

    #[test]
    fn words_are_lower_case() {
        let t = &*TABLES;
        for w in t
            .decade
            .iter()
            .chain(&t.small)
            .chain(&t.sides)
            .chain(&t.relative)
            .chain(&t.rel_year)
            .chain(&t.month_any)
            .chain(DAY_WORDS)
            .chain(COUNT_UNITS)
            .chain(&[YEAR, HALF])
        {
            assert_eq!(crate::extract::text::fold(w), *w, "{w}");
        }
    }
}
