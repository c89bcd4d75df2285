//! Entities and the extractors that find them.
//!
//! Every entity kind of SPEC §4 has its own module with its own rule tables. Each module
//! exposes `pub(crate) fn find(cx: &Context, text: &Text, out: &mut Vec<Entity>)`, which pushes
//! *candidates* (possibly overlapping other kinds' candidates) in any order. [`extract`] runs
//! the extractors of [`EXTRACTORS`] in order, then resolves overlaps in one place
//! ([`resolve_overlaps`]: the longer reading wins, ties go to the earlier extractor in the
//! table), then runs the document-level [`LINKERS`] (a legal reference takes the date that
//! directly follows it, a short mention takes the id of a full mention, …).
//!
//! To add a kind: write `extract/<kind>.rs` with a `find` function (copy
//! `dummy_example.rs`), add a [`Kind`] and a [`Value`] variant, and add one row to
//! [`EXTRACTORS`].

use std::fmt;
use std::sync::LazyLock;

use crate::span::Span;

pub(crate) mod data;
mod dummy_example;
pub(crate) mod numeral;

pub(crate) mod date;
pub(crate) mod legal_ref;
pub(crate) mod location;
pub(crate) mod money;
pub(crate) mod number;
pub(crate) mod percent;
pub(crate) mod period;
pub(crate) mod ratio;
pub(crate) mod text;
pub(crate) mod time;

pub use text::Text;

/// The kinds of entity, in the order the JSON schema lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A count, amount or measure (SPEC §4.1).
    Number,
    /// A ratio `1.562/1604` (SPEC §4.2).
    Ratio,
    /// A percentage (SPEC §4.3).
    Percent,
    /// An amount of money (SPEC §4.4).
    Money,
    /// A calendar date at day, month, quarter or year grain (SPEC §4.5).
    Date,
    /// A period between two dates (SPEC §4.6).
    Period,
    /// A legal or party document reference (SPEC §4.7).
    LegalRef,
    /// A province or centrally-run city (SPEC §4.8).
    Location,
}

impl Kind {
    /// Every kind, in schema order.
    pub const ALL: [Kind; 8] = [
        Kind::Number,
        Kind::Ratio,
        Kind::Percent,
        Kind::Money,
        Kind::Date,
        Kind::Period,
        Kind::LegalRef,
        Kind::Location,
    ];

    /// The name used in JSON (`"legal_ref"`).
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Ratio => "ratio",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Date => "date",
            Kind::Period => "period",
            Kind::LegalRef => "legal_ref",
            Kind::Location => "location",
        }
    }

    /// The kind of a JSON name, if any.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of kinds, for choosing which extractors run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindSet(u16);

impl KindSet {
    /// Every kind.
    pub const ALL: KindSet = KindSet(0xff);
    /// No kind.
    pub const EMPTY: KindSet = KindSet(0);

    /// True when `kind` is in the set.
    pub const fn contains(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// The set with `kind` added.
    pub const fn with(self, kind: Kind) -> KindSet {
        KindSet(self.0 | kind.bit())
    }
}

impl Default for KindSet {
    fn default() -> Self {
        KindSet::ALL
    }
}

impl FromIterator<Kind> for KindSet {
    fn from_iter<I: IntoIterator<Item = Kind>>(iter: I) -> Self {
        iter.into_iter().fold(KindSet::EMPTY, KindSet::with)
    }
}

/// A word such as `trên`, `khoảng`, `dưới` directly before a figure (SPEC §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// trên, hơn, vượt: more than.
    Over,
    /// dưới, chưa đến: less than.
    Under,
    /// khoảng, gần, xấp xỉ, ước, chừng: about.
    About,
}

impl Qualifier {
    /// The JSON name.
    pub const fn name(self) -> &'static str {
        match self {
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::About => "about",
        }
    }
}

/// A point in time at the grain it was written: a year, a quarter, a month or a day.
///
/// `year` is `None` for a year-less date that could not be resolved against a reference date
/// (written `--08-07`, `--06`). The grain is the finest field set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimePoint {
    /// Year, e.g. 2020.
    pub year: Option<i32>,
    /// Quarter 1–4, for quarter grain.
    pub quarter: Option<u8>,
    /// Month 1–12.
    pub month: Option<u8>,
    /// Day of month 1–31.
    pub day: Option<u8>,
}

/// The grain of a [`TimePoint`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grain {
    /// A whole year.
    Year,
    /// A quarter of a year.
    Quarter,
    /// A month.
    Month,
    /// A day.
    Day,
}

impl Grain {
    /// The JSON name.
    pub const fn name(self) -> &'static str {
        match self {
            Grain::Year => "year",
            Grain::Quarter => "quarter",
            Grain::Month => "month",
            Grain::Day => "day",
        }
    }
}

impl TimePoint {
    /// A year.
    pub const fn year(y: i32) -> TimePoint {
        TimePoint {
            year: Some(y),
            quarter: None,
            month: None,
            day: None,
        }
    }

    /// A month of a year (`year` may be unknown).
    pub const fn month(y: Option<i32>, m: u8) -> TimePoint {
        TimePoint {
            year: y,
            quarter: None,
            month: Some(m),
            day: None,
        }
    }

    /// A day (`year` may be unknown).
    pub const fn day(y: Option<i32>, m: u8, d: u8) -> TimePoint {
        TimePoint {
            year: y,
            quarter: None,
            month: Some(m),
            day: Some(d),
        }
    }

    /// A quarter of a year (`year` may be unknown).
    pub const fn quarter(y: Option<i32>, q: u8) -> TimePoint {
        TimePoint {
            year: y,
            quarter: Some(q),
            month: None,
            day: None,
        }
    }

    /// The grain: the finest field that is set.
    pub const fn grain(&self) -> Grain {
        if self.day.is_some() {
            Grain::Day
        } else if self.month.is_some() {
            Grain::Month
        } else if self.quarter.is_some() {
            Grain::Quarter
        } else {
            Grain::Year
        }
    }
}

/// ISO 8601 at the grain written: `2020-11-06`, `2020-08`, `2020-Q1`, `2012`, and for an
/// unknown year `--08-07`, `--06`, `--Q2`.
impl fmt::Display for TimePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => f.write_str("-")?,
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        } else if let Some(q) = self.quarter {
            write!(f, "-Q{q}")?;
        }
        Ok(())
    }
}

/// `đầu`, `giữa`, `cuối` before a date (SPEC §4.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifier {
    /// đầu: early.
    Early,
    /// giữa: mid.
    Mid,
    /// cuối: late.
    Late,
}

impl Modifier {
    /// The JSON name.
    pub const fn name(self) -> &'static str {
        match self {
            Modifier::Early => "early",
            Modifier::Mid => "mid",
            Modifier::Late => "late",
        }
    }
}

/// A province or centrally-run city (SPEC §4.8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// Official name without `tỉnh`/`thành phố` (`"Hồ Chí Minh"`).
    pub name: &'static str,
    /// Official two-digit code (`"79"`).
    pub code: &'static str,
    /// For a province merged on 1 July 2025, the province it became part of.
    pub merged_into: Option<&'static str>,
}

/// A legal or party document reference (SPEC §4.7).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LegalRef {
    /// Canonical document type, capitalised as in SPEC (`"Nghị quyết"`).
    pub doc_type: &'static str,
    /// Number without leading zeros (`"21"`).
    pub number: Option<String>,
    /// Year in the symbol, or of a named law.
    pub year: Option<i32>,
    /// Type/issuer code, upper-cased, `Đ` restored, no spaces (`"NQ/TW"`).
    pub symbol: Option<String>,
    /// Canonical number and symbol (`"21-NQ/TW"`, `"100/2019/NĐ-CP"`).
    pub id: Option<String>,
    /// The issuing organ.
    pub issuer: Option<String>,
    /// The date of the document, from a directly following `ngày …`.
    pub date: Option<TimePoint>,
    /// The name of a named law or code (`"Bảo hiểm xã hội"`).
    pub title: Option<String>,
}

/// The value of an entity: one variant per [`Kind`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `number`: `value`, `value_max` for a range, `unit` the counted noun that follows.
    Number {
        /// The number.
        value: f64,
        /// Upper end of a range.
        value_max: Option<f64>,
        /// The counted noun or measure unit, a span of the text.
        unit: Option<Span>,
    },
    /// `ratio`.
    Ratio {
        /// Numerator.
        numerator: f64,
        /// Denominator.
        denominator: f64,
    },
    /// `percent`.
    Percent {
        /// The percentage (32.8 for `32,8%`).
        value: f64,
        /// Upper end of a range.
        value_max: Option<f64>,
        /// The target of an achieved-against-target pair (`11,59%/30%`).
        target: Option<f64>,
        /// True for percentage points (`điểm phần trăm`).
        points: bool,
    },
    /// `money`.
    Money {
        /// Amount in whole units of the currency.
        value: f64,
        /// Upper end of a range.
        value_max: Option<f64>,
        /// ISO 4217 code.
        currency: &'static str,
        /// The unit of a rate (`tháng` in `đồng/tháng`), a span of the text.
        per: Option<Span>,
    },
    /// `date`.
    Date {
        /// The point in time.
        point: TimePoint,
        /// đầu / giữa / cuối.
        modifier: Option<Modifier>,
    },
    /// `period`.
    Period {
        /// Start, if known.
        from: Option<TimePoint>,
        /// End, if known.
        to: Option<TimePoint>,
        /// True for `… đến nay`.
        until_now: bool,
    },
    /// `legal_ref`.
    LegalRef(Box<LegalRef>),
    /// `location`.
    Location(Place),
}

impl Value {
    /// The kind this value belongs to.
    pub const fn kind(&self) -> Kind {
        match self {
            Value::Number { .. } => Kind::Number,
            Value::Ratio { .. } => Kind::Ratio,
            Value::Percent { .. } => Kind::Percent,
            Value::Money { .. } => Kind::Money,
            Value::Date { .. } => Kind::Date,
            Value::Period { .. } => Kind::Period,
            Value::LegalRef(_) => Kind::LegalRef,
            Value::Location(_) => Kind::Location,
        }
    }
}

/// One entity found in a normalised text.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Byte span in the normalised text.
    pub span: Span,
    /// What it is and its value.
    pub value: Value,
    /// A directly preceding qualifier word (figures only).
    pub qualifier: Option<Qualifier>,
}

impl Entity {
    /// An entity with no qualifier.
    pub fn new(span: impl Into<Span>, value: Value) -> Entity {
        Entity {
            span: span.into(),
            value,
            qualifier: None,
        }
    }

    /// The same entity with a qualifier.
    pub fn with_qualifier(mut self, q: Option<Qualifier>) -> Entity {
        self.qualifier = q;
        self
    }

    /// Its kind.
    pub const fn kind(&self) -> Kind {
        self.value.kind()
    }

    /// Its span.
    pub const fn span(&self) -> Span {
        self.span
    }
}

/// What extractors know about the document besides its text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// The reference date (day grain) that year-less and relative dates resolve against:
    /// the document's `meta.published`, else `--reference-date`.
    pub reference: Option<TimePoint>,
}

/// An extractor: pushes candidate entities of its kind found in `text`.
pub type FindFn = fn(&Context, &Text, &mut Vec<Entity>);

/// A document-level pass over the resolved, sorted, non-overlapping entities.
pub type LinkFn = fn(&Context, &str, &mut Vec<Entity>);

/// Where an extractor's matches can be at all: a cheap test run once per text before the
/// extractor, so that it is skipped on texts where it cannot match (SPEC §4 names the cues:
/// digits, `%`, document words, capitals).
///
/// A cue must never be narrower than what the extractor finds: when in doubt, use
/// [`Cue::Always`]. Extractors that read spelled-out numbers (`hai mươi mốt`, `mười lăm phần
/// trăm`) cannot require a digit.
#[derive(Clone, Copy, Debug)]
pub enum Cue {
    /// Always run.
    Always,
    /// Run only when the text has an ASCII digit (checked once per text, shared by all rows).
    Digit,
    /// Run only when the text has a digit or this regex matches somewhere in it (compiled
    /// once; keep it to literals and byte classes so that the search is a SIMD scan).
    DigitOr(&'static str),
    /// Run only when this regex matches somewhere in the text.
    Pattern(&'static str),
}

/// The extractors, in priority order: when two candidates of equal length overlap, the one
/// from the earlier row wins. The middle column is each extractor's [`Cue`].
pub const EXTRACTORS: &[(Kind, Cue, FindFn)] = &[
    // Numbered references have digits; named laws and codes start with these words.
    (
        Kind::LegalRef,
        Cue::DigitOr(r"(?i:luật|hiến\s+pháp|pháp\s+lệnh)"),
        legal_ref::find,
    ),
    // A ratio is only proposed with evidence (a counted noun after it, a figure word before
    // it), so it goes before the date reading of the same digits: `2/3 số phiếu`, `3/4 diện
    // tích`; a bare `21/11` is no ratio and stays a date.
    (Kind::Ratio, Cue::Digit, ratio::find),
    // Periods and dates without digits: quarters in Roman numerals (`quý I-III`), relative
    // and year-less words (`hôm nay`, `năm ngoái`, `tháng trước`, `nửa đầu năm`).
    (
        Kind::Period,
        Cue::DigitOr(r"(?i:quý|năm|tháng|nửa|thập)"),
        period::find,
    ),
    (
        Kind::Date,
        Cue::DigitOr(r"(?i:hôm|ngày|năm|tháng|quý|mồng|mùng)"),
        date::find,
    ),
    (Kind::Money, Cue::Always, money::find),
    // Reads the numerals the money row has already scanned (see `numeral::scan`): cheaper
    // than a cue search through the whole text.
    (Kind::Percent, Cue::Always, percent::find),
    (Kind::Number, Cue::Always, number::find),
    // Province names are capitalised, and each starts with an ASCII capital or `Đ`.
    (Kind::Location, Cue::Pattern("[A-ZĐ]"), location::find),
];

/// The compiled cues of [`EXTRACTORS`], row by row.
static CUES: LazyLock<Vec<Option<regex::bytes::Regex>>> = LazyLock::new(|| {
    EXTRACTORS
        .iter()
        .map(|(_, cue, _)| match cue {
            Cue::Always | Cue::Digit => None,
            // A cue that does not compile is a bug caught by the tests; at run time it
            // falls back to always running the extractor.
            Cue::DigitOr(p) | Cue::Pattern(p) => regex::bytes::Regex::new(p).ok(),
        })
        .collect()
});

/// Passes run after overlaps are resolved, in order, each for the kind it serves.
pub const LINKERS: &[(Kind, LinkFn)] = &[
    (Kind::LegalRef, legal_ref::link),
    (Kind::Location, location::link),
];

/// Finds every entity of the kinds in `kinds`: sorted by start, never overlapping.
pub fn extract(cx: &Context, text: &str, kinds: KindSet) -> Vec<Entity> {
    let doc = Text::new(text);
    let mut candidates = Vec::new();
    let mut ranks = Vec::new();
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    for (rank, &(kind, _, find)) in EXTRACTORS.iter().enumerate() {
        if !kinds.contains(kind) {
            continue;
        }
        let run = cue_allows(rank, text, has_digit);
        if !run {
            continue;
        }
        let before = candidates.len();
        find(cx, &doc, &mut candidates);
        debug_assert!(candidates[before..]
            .iter()
            .all(|e| e.kind() == kind && is_valid_span(text, e.span)));
        // A buggy extractor must never produce an entity whose offsets do not slice the text.
        let mut i = before;
        while i < candidates.len() {
            if candidates[i].kind() != kind || !is_valid_span(text, candidates[i].span) {
                candidates.swap_remove(i);
            } else {
                i += 1;
            }
        }
        ranks.resize(candidates.len(), rank);
    }
    let mut entities = resolve_overlaps(candidates, &ranks);
    for &(kind, link) in LINKERS {
        if kinds.contains(kind) {
            link(cx, text, &mut entities);
        }
    }
    entities.sort_by_key(|e| (e.span.start, e.span.end));
    entities
}

/// True when the [`Cue`] of row `row` of [`EXTRACTORS`] lets it run on `text`.
fn cue_allows(row: usize, text: &str, has_digit: bool) -> bool {
    let matches = || {
        CUES[row]
            .as_ref()
            .map_or(true, |re| re.is_match(text.as_bytes()))
    };
    match EXTRACTORS[row].1 {
        Cue::Always => true,
        Cue::Digit => has_digit,
        Cue::DigitOr(_) => has_digit || matches(),
        Cue::Pattern(_) => matches(),
    }
}

fn is_valid_span(text: &str, span: Span) -> bool {
    span.start < span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Keeps a non-overlapping subset of `candidates`: longer spans first, and among equal
/// lengths the lower rank (earlier extractor), then the earlier start. Returns them sorted by
/// start.
///
/// The bytes covered by accepted spans are marked in a bit set over the text, so testing a
/// new span costs one word per 64 bytes of its length: linear in the candidates' total length.
pub(crate) fn resolve_overlaps(candidates: Vec<Entity>, ranks: &[usize]) -> Vec<Entity> {
    // The index ends the key, so no two keys are equal and the unstable sort gives the
    // order a stable sort would.
    let mut order: Vec<(std::cmp::Reverse<usize>, usize, usize, usize)> = candidates
        .iter()
        .zip(ranks)
        .enumerate()
        .map(|(i, (e, &rank))| (std::cmp::Reverse(e.span.len()), rank, e.span.start, i))
        .collect();
    order.sort_unstable();
    let end = candidates.iter().map(|e| e.span.end).max().unwrap_or(0);
    let mut taken = Covered::new(end);
    let mut keep = vec![false; candidates.len()];
    for &(_, _, _, i) in &order {
        let s = candidates[i].span;
        if !taken.any(s) {
            taken.mark(s);
            keep[i] = true;
        }
    }
    kept_in_text_order(candidates, &keep)
}

/// The candidates marked in `keep`, sorted by start (then end).
fn kept_in_text_order(candidates: Vec<Entity>, keep: &[bool]) -> Vec<Entity> {
    let mut out: Vec<Entity> = candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(e, &k)| k.then_some(e))
        .collect();
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out
}

/// A set of byte positions, one bit each.
struct Covered(Vec<u64>);

impl Covered {
    /// An empty set for positions below `len`.
    fn new(len: usize) -> Covered {
        Covered(vec![0; len.div_ceil(64)])
    }

    /// The bits of word `w` that lie in `span`.
    fn mask(span: Span, w: usize) -> u64 {
        let lo = span.start.max(w * 64) - w * 64;
        let hi = span.end.min(w * 64 + 64) - w * 64;
        (u64::MAX >> (64 - (hi - lo))) << lo
    }

    /// True when some position of `span` (not empty) is in the set.
    fn any(&self, span: Span) -> bool {
        (span.start / 64..=(span.end - 1) / 64).any(|w| self.0[w] & Covered::mask(span, w) != 0)
    }

    /// Adds every position of `span` (not empty).
    fn mark(&mut self, span: Span) {
        for w in span.start / 64..=(span.end - 1) / 64 {
            self.0[w] |= Covered::mask(span, w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(start: usize, end: usize) -> Entity {
        Entity::new(
            Span::new(start, end),
            Value::Number {
                value: 1.0,
                value_max: None,
                unit: None,
            },
        )
    }

    #[test]
    fn longer_reading_wins_and_order_is_by_start() {
        let c = vec![num(0, 2), num(0, 10), num(8, 12), num(12, 14)];
        let out = resolve_overlaps(c, &[0, 0, 0, 0]);
        let spans: Vec<_> = out.iter().map(|e| (e.span.start, e.span.end)).collect();
        assert_eq!(spans, vec![(0, 10), (12, 14)]);
    }

    /// The former B-tree version of [`resolve_overlaps`], kept as the test oracle.
    fn resolve_overlaps_btree(candidates: Vec<Entity>, ranks: &[usize]) -> Vec<Entity> {
        let mut order: Vec<usize> = (0..candidates.len()).collect();
        order.sort_by_key(|&i| {
            let s = candidates[i].span;
            (std::cmp::Reverse(s.len()), ranks[i], s.start)
        });
        let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
        let mut keep = vec![false; candidates.len()];
        for i in order {
            let s = candidates[i].span;
            let clash_prev = taken
                .range(..s.start)
                .next_back()
                .is_some_and(|(_, &end)| end > s.start);
            let clash_next = taken
                .range(s.start..)
                .next()
                .is_some_and(|(&start, _)| start < s.end);
            if !clash_prev && !clash_next {
                taken.insert(s.start, s.end);
                keep[i] = true;
            }
        }
        kept_in_text_order(candidates, &keep)
    }

    #[test]
    fn bit_set_resolution_equals_the_btree_one() {
        let mut rng = crate::testutil::Rng::new(0x5eed_0f0e);
        for round in 0..3000 {
            let n = rng.below(40);
            let room = 1 + rng.below(if round % 2 == 0 { 100 } else { 400 });
            let mut candidates = Vec::new();
            let mut ranks = Vec::new();
            for k in 0..n {
                let start = rng.below(room);
                let end = start + 1 + rng.below(if k % 3 == 0 { 150 } else { 12 });
                // Equal spans and equal ranks happen: the value tells them apart.
                let mut e = num(start, end);
                if let Value::Number { value, .. } = &mut e.value {
                    *value = k as f64;
                }
                candidates.push(e);
                ranks.push(rng.below(4));
            }
            let got = resolve_overlaps(candidates.clone(), &ranks);
            let want = resolve_overlaps_btree(candidates, &ranks);
            assert_eq!(got, want, "round {round}");
        }
    }

    #[test]
    fn equal_length_goes_to_lower_rank() {
        let a = num(0, 4);
        let b = Entity::new(
            Span::new(2, 6),
            Value::Ratio {
                numerator: 1.0,
                denominator: 2.0,
            },
        );
        let out = resolve_overlaps(vec![a, b], &[1, 0]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].kind(), Kind::Ratio);
    }

    #[test]
    fn cues_compile() {
        for (row, (kind, cue, _)) in EXTRACTORS.iter().enumerate() {
            if let Cue::Pattern(p) | Cue::DigitOr(p) = cue {
                assert!(
                    CUES[row].is_some(),
                    "the cue {p:?} of {kind} does not compile"
                );
            }
        }
        // The cues see what SPEC says each kind needs.
        let cue = |k: Kind, t: &str| {
            let row = EXTRACTORS.iter().position(|r| r.0 == k).unwrap();
            cue_allows(row, t, t.bytes().any(|b| b.is_ascii_digit()))
        };
        assert!(cue(Kind::Percent, "mười lăm phần trăm"));
        assert!(cue(Kind::Percent, "tăng 5%"));
        // Percent runs on every text: its own prefilter is tested in `percent`.
        assert!(cue(Kind::LegalRef, "Hiến pháp"));
        assert!(cue(Kind::LegalRef, "theo luật Đất đai"));
        assert!(!cue(Kind::LegalRef, "không có gì"));
        assert!(cue(Kind::Date, "hôm nay"));
        assert!(cue(Kind::Period, "quý I-III"));
        assert!(cue(Kind::Location, "Đà Nẵng"));
        assert!(!cue(Kind::Location, "hòa bình"));
        assert!(!cue(Kind::Ratio, "không có số"));
    }

    #[test]
    fn time_point_iso() {
        assert_eq!(TimePoint::day(Some(2020), 11, 6).to_string(), "2020-11-06");
        assert_eq!(TimePoint::month(Some(2020), 8).to_string(), "2020-08");
        assert_eq!(TimePoint::quarter(Some(2020), 1).to_string(), "2020-Q1");
        assert_eq!(TimePoint::year(2012).to_string(), "2012");
        assert_eq!(TimePoint::day(None, 8, 7).to_string(), "--08-07");
        assert_eq!(TimePoint::month(None, 6).to_string(), "--06");
        assert_eq!(TimePoint::day(None, 8, 7).grain(), Grain::Day);
    }
}
