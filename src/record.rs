//! The output record (SPEC §2), written as one line of JSON.
//!
//! # Format
//!
//! ```text
//! {"id", "source", "encoding", "meta", "text", "sentences", "entities", "warnings", "error"}
//! ```
//!
//! Offsets in the JSON are Unicode code points into `text` (end exclusive), converted from
//! the library's byte spans here and nowhere else. Each entity is written as `kind`, `text`,
//! `start`, `end`, `sentence`, then the fields of its kind ([`fields`]), then `qualifier`.
//! A whole number is written as a JSON integer.

use std::borrow::Cow;

use serde_json::{Map, Value as Json};

use crate::blocks::{self, Classes};
use crate::extract::{Entity, Value};
use crate::span::Span;

/// A field value of an entity, shared by the JSON record and the `--table` CSV.
#[derive(Clone, Debug, PartialEq)]
pub enum Field<'a> {
    /// A number: written as an integer when whole.
    Num(f64),
    /// An integer.
    Int(i64),
    /// A string.
    Str(Cow<'a, str>),
    /// A boolean.
    Bool(bool),
    /// JSON null.
    Null,
}

/// The kind-specific fields of an entity, in schema order (SPEC §4), `qualifier` last.
/// Optional fields that are absent are left out, except where SPEC writes them as `null`
/// (a period's open end, a legal reference's number/year/symbol/id).
pub fn fields<'a>(e: &Entity, text: &'a str) -> Vec<(&'static str, Field<'a>)> {
    let mut f = Vec::with_capacity(8);
    each_field(e, text, |name, value| f.push((name, value)));
    f
}

/// Calls `f` with each of the [`fields`] of an entity, in order: the JSON writer takes them
/// one by one, without the vector `fields` allocates for every entity.
fn each_field<'a>(e: &Entity, text: &'a str, mut f: impl FnMut(&'static str, Field<'a>)) {
    let s = |sp: Span| Field::Str(Cow::Borrowed(&text[sp]));
    match &e.value {
        Value::Number {
            value,
            value_max,
            unit,
        } => {
            f("value", Field::Num(*value));
            if let Some(m) = value_max {
                f("value_max", Field::Num(*m));
            }
            if let Some(u) = unit {
                f("unit", s(*u));
            }
        }
        Value::Ratio {
            numerator,
            denominator,
        } => {
            f("numerator", Field::Num(*numerator));
            f("denominator", Field::Num(*denominator));
        }
        Value::Percent {
            value,
            value_max,
            target,
            points,
        } => {
            f("value", Field::Num(*value));
            if let Some(m) = value_max {
                f("value_max", Field::Num(*m));
            }
            if let Some(t) = target {
                f("target", Field::Num(*t));
            }
            if *points {
                f("points", Field::Bool(true));
            }
        }
        Value::Money {
            value,
            value_max,
            currency,
            per,
        } => {
            f("value", Field::Num(*value));
            if let Some(m) = value_max {
                f("value_max", Field::Num(*m));
            }
            f("currency", Field::Str(Cow::Borrowed(currency)));
            if let Some(p) = per {
                f("per", s(*p));
            }
        }
        Value::Date { point, modifier } => {
            f("value", Field::Str(Cow::Owned(point.to_string())));
            f("grain", Field::Str(Cow::Borrowed(point.grain().name())));
            if let Some(m) = modifier {
                f("modifier", Field::Str(Cow::Borrowed(m.name())));
            }
        }
        Value::Period {
            from,
            to,
            until_now,
        } => {
            let opt = |p: &Option<crate::extract::TimePoint>| match p {
                Some(p) => Field::Str(Cow::Owned(p.to_string())),
                None => Field::Null,
            };
            f("from", opt(from));
            f("to", opt(to));
            if *until_now {
                f("until_now", Field::Bool(true));
            }
        }
        Value::LegalRef(r) => {
            let opt_s = |v: &Option<String>| match v {
                Some(v) => Field::Str(Cow::Owned(v.clone())),
                None => Field::Null,
            };
            f("doc_type", Field::Str(Cow::Borrowed(r.doc_type)));
            f("number", opt_s(&r.number));
            f("year", r.year.map_or(Field::Null, |y| Field::Int(y.into())));
            f("symbol", opt_s(&r.symbol));
            f("id", opt_s(&r.id));
            if let Some(i) = &r.issuer {
                f("issuer", Field::Str(Cow::Owned(i.clone())));
            }
            if let Some(d) = &r.date {
                f("date", Field::Str(Cow::Owned(d.to_string())));
            }
            if let Some(t) = &r.title {
                f("title", Field::Str(Cow::Owned(t.clone())));
            }
        }
        Value::Location(p) => {
            f("name", Field::Str(Cow::Borrowed(p.name)));
            f("code", Field::Str(Cow::Borrowed(p.code)));
            if let Some(m) = p.merged_into {
                f("merged_into", Field::Str(Cow::Borrowed(m)));
            }
        }
    }
    if let Some(q) = e.qualifier {
        f("qualifier", Field::Str(Cow::Borrowed(q.name())));
    }
}

/// Everything a record holds, borrowed from the processed document.
pub struct Record<'a> {
    /// Document id.
    pub id: &'a str,
    /// Where it came from.
    pub source: &'a str,
    /// The encoding it was read from (`None` when it could not be read).
    pub encoding: Option<&'a str>,
    /// Metadata.
    pub meta: &'a Map<String, Json>,
    /// The normalised text (`None` for an error record).
    pub text: Option<&'a str>,
    /// Sentence byte spans.
    pub sentences: &'a [Span],
    /// Entities, sorted and non-overlapping.
    pub entities: &'a [Entity],
    /// Warnings.
    pub warnings: &'a [String],
    /// Why the document could not be processed.
    pub error: Option<&'a str>,
    /// Leave out `text` and `sentences`.
    pub no_text: bool,
}

/// Converts byte offsets of a text into code-point offsets in constant time, in any order:
/// for each block of 64 bytes, the number of code points before it and the mask of its
/// continuation bytes (one pass over the text, see [`blocks::Block`]). The offsets of every
/// sentence and entity of a record are converted.
pub struct CharIndex {
    /// Code points before the block, and the continuation bytes of the block.
    blocks: Vec<(usize, u64)>,
    /// Code points in the whole text.
    total: usize,
}

impl CharIndex {
    /// The index of `text`.
    pub fn new(text: &str) -> CharIndex {
        let (blocks, total) = continuation_blocks(text.as_bytes());
        CharIndex { blocks, total }
    }

    /// The code-point offset of byte offset `at` (a char boundary, at most the length).
    pub fn at(&self, at: usize) -> usize {
        match self.blocks.get(at / 64) {
            Some(&(before, continuation)) => {
                let k = at % 64;
                before + k - (continuation & ((1u64 << k) - 1)).count_ones() as usize
            }
            None => self.total, // the end of a text of whole blocks
        }
    }
}

blocks::dispatch_classes! {
    /// The blocks of a [`CharIndex`] of the UTF-8 bytes `b`, and the number of code points.
    fn continuation_blocks(b: &[u8]) -> (Vec<(usize, u64)>, usize) = continuation_blocks_with;
}

/// [`continuation_blocks`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn continuation_blocks_with<B: Classes>(b: &[u8]) -> (Vec<(usize, u64)>, usize) {
    // A loop, not a closure: a closure would not be compiled for AVX2 with its caller.
    let mut blocks = Vec::with_capacity(b.len().div_ceil(64));
    let (mut chars, mut base) = (0, 0);
    while base < b.len() {
        // The last block is padded with zeros, which are not continuation bytes.
        let continuation = B::load(b, base).range(0x80, 0xBF);
        blocks.push((chars, continuation));
        chars += (b.len() - base).min(64) - continuation.count_ones() as usize;
        base += 64;
    }
    (blocks, chars)
}

/// The index of the sentence that contains byte `at` (the last one starting at or before it).
pub fn sentence_of(sentences: &[Span], at: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= at)
        .saturating_sub(1)
}

/// Appends the decimal digits of `v`: offsets and counts are written for every sentence and
/// entity, and `write!` goes through the formatting machinery each time.
fn push_int(out: &mut Vec<u8>, v: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Appends `s` as a JSON string, escaped exactly as `serde_json` does (`\"`, `\\`, `\n`,
/// `\t`, …, other control chars as `\u00xx`). The bytes to escape are found a block of 64
/// bytes at a time (see [`blocks::Block`]), then eight at a time in the last, shorter block (the
/// whole of most strings: entity texts, field values), and the clean runs between them are
/// copied whole: the text of every record goes through here.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut start = 0; // the first byte not written yet
    let blocks_end = b.len() - b.len() % 64;
    for base in (0..blocks_end).step_by(64) {
        let mut special = to_escape(b, base);
        while special != 0 {
            let i = base + special.trailing_zeros() as usize;
            special &= special - 1;
            out.extend_from_slice(&b[start..i]);
            push_escaped(out, b[i]);
            start = i + 1;
        }
    }
    // The rest, eight bytes at a time: the last window ends at the end, overlapping the one
    // before (bytes looked at twice are only looked at); a string shorter than eight bytes
    // is padded with spaces. Only a window with a byte to escape is gone through byte by byte.
    let mut i = blocks_end;
    while i < b.len() {
        let end = (i + 8).min(b.len());
        let window = match b.get(end.wrapping_sub(8)..end) {
            Some(w) => u64::from_le_bytes(w.try_into().expect("8 bytes")),
            None => {
                let mut padded = [b' '; 8];
                padded[..b.len()].copy_from_slice(b);
                u64::from_le_bytes(padded)
            }
        };
        if swar_special(window) {
            for (j, &c) in b.iter().enumerate().take(end).skip(i) {
                if c < 0x20 || c == b'"' || c == b'\\' {
                    out.extend_from_slice(&b[start..j]);
                    push_escaped(out, c);
                    start = j + 1;
                }
            }
        }
        i = end;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

blocks::dispatch_classes! {
    /// The bytes of the block of `b` from `base` that JSON escapes: below 0x20, a quote or a
    /// backslash.
    fn to_escape(b: &[u8], base: usize) -> u64 = to_escape_with;
}

/// [`to_escape`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn to_escape_with<B: Classes>(b: &[u8], base: usize) -> u64 {
    let block = B::load(b, base);
    block.range(0, 0x1F) | block.any_of(b"\"\\")
}

/// True when one of the eight bytes of `x` (little-endian) is below 0x20, a quote or a
/// backslash.
#[inline]
fn swar_special(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Non-zero when one of the eight bytes of `x` is zero.
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    // A byte below 0x20 (a high byte has its top bit set in `x`, so `!x` clears it).
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    control | has_zero(x ^ (ONES * u64::from(b'"'))) | has_zero(x ^ (ONES * u64::from(b'\\'))) != 0
}

/// Appends the JSON escape of a quote, a backslash or a control char.
fn push_escaped(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match c {
        b'"' => b'"',
        b'\\' => b'\\',
        b'\n' => b'n',
        b'\t' => b't',
        b'\r' => b'r',
        0x08 => b'b',
        0x0C => b'f',
        _ => {
            let hex = [HEX[usize::from(c >> 4)], HEX[usize::from(c & 0xF)]];
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hex[0], hex[1]]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

fn write_num(out: &mut Vec<u8>, v: f64) {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        push_int(out, v as i64);
    } else if v.is_finite() {
        let _ = serde_json::to_writer(&mut *out, &v);
    } else {
        out.extend_from_slice(b"null");
    }
}

fn write_field(out: &mut Vec<u8>, f: &Field<'_>) {
    match f {
        Field::Num(v) => write_num(out, *v),
        Field::Int(v) => push_int(out, *v),
        Field::Str(s) => write_str(out, s),
        Field::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Field::Null => out.extend_from_slice(b"null"),
    }
}

/// Appends the record as one line of JSON (with its newline) to `out`.
pub fn write(out: &mut Vec<u8>, r: &Record<'_>) {
    out.extend_from_slice(b"{\"id\":");
    write_str(out, r.id);
    out.extend_from_slice(b",\"source\":");
    write_str(out, r.source);
    out.extend_from_slice(b",\"encoding\":");
    match r.encoding {
        Some(e) => write_str(out, e),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"meta\":");
    let _ = serde_json::to_writer(&mut *out, r.meta);
    let text = r.text.unwrap_or("");
    let chars = CharIndex::new(text);
    if !r.no_text {
        out.extend_from_slice(b",\"text\":");
        match r.text {
            Some(t) => write_str(out, t),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"sentences\":[");
        for (i, s) in r.sentences.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            let (a, b) = (chars.at(s.start), chars.at(s.end));
            out.push(b'[');
            push_int(out, a);
            out.push(b',');
            push_int(out, b);
            out.push(b']');
        }
        out.push(b']');
    }
    out.extend_from_slice(b",\"entities\":[");
    for (i, e) in r.entities.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"kind\":\"");
        out.extend_from_slice(e.kind().name().as_bytes());
        out.extend_from_slice(b"\",\"text\":");
        write_str(out, &text[e.span]);
        let (a, b) = (chars.at(e.span.start), chars.at(e.span.end));
        out.extend_from_slice(b",\"start\":");
        push_int(out, a);
        out.extend_from_slice(b",\"end\":");
        push_int(out, b);
        out.extend_from_slice(b",\"sentence\":");
        push_int(out, sentence_of(r.sentences, e.span.start));
        each_field(e, text, |name, value| {
            out.extend_from_slice(b",\"");
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"\":");
            write_field(out, &value);
        });
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"warnings\":");
    let _ = serde_json::to_writer(&mut *out, r.warnings);
    out.extend_from_slice(b",\"error\":");
    match r.error {
        Some(e) => write_str(out, e),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b"}\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn avx2_and_baseline_classes_agree() {
        use crate::blocks::{Block, Block256};
        // SAFETY: `Block` needs nothing; `wide` is called only where AVX2 is there.
        crate::testutil::block_scans_agree(
            str::to_string,
            |b, base| unsafe { to_escape_with::<Block>(b, base) },
            |b, base| unsafe { to_escape_with::<Block256>(b, base) },
        );
    }

    #[test]
    fn strings_are_escaped_as_serde_json_does() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("Nghị quyết \"số\" 21\\NQ\u{7f}\u{2028}\n\tđã ");
        let mut cases: Vec<String> = vec![String::new(), all.clone()];
        // Every split position, so that each special byte is met inside and outside the
        // eight-byte chunks.
        for k in 0..all.len() {
            if all.is_char_boundary(k) {
                cases.push(all[k..].to_string());
                cases.push(format!("{}{}", "x".repeat(k % 9), &all[..k]));
            }
        }
        for c in cases {
            let mut out = Vec::new();
            write_str(&mut out, &c);
            assert_eq!(out, serde_json::to_vec(&c).unwrap(), "{c:?}");
        }
    }

    #[test]
    fn char_offsets() {
        let t = "Tỷ lệ 32,8% và";
        let c = CharIndex::new(t);
        let b = t.find("32").unwrap();
        assert_eq!(c.at(b), 6);
        assert_eq!(c.at(b + 5), 11);
        assert_eq!(c.at(0), 0);
        assert_eq!(c.at(t.len()), t.chars().count());
        assert_eq!(CharIndex::new("").at(0), 0);
    }

    #[test]
    fn char_offsets_at_every_boundary() {
        // Texts of many lengths around the 64-byte blocks, of one- to four-byte chars.
        let mut texts = crate::testutil::block_texts();
        texts.extend((0..200).map(|n| "ệa𝄞ß".chars().cycle().take(n).collect::<String>()));
        for t in &texts {
            let c = CharIndex::new(t);
            let mut want = 0;
            for at in 0..=t.len() {
                if t.is_char_boundary(at) {
                    assert_eq!(c.at(at), want, "{t:?} at {at}");
                    want += 1;
                }
            }
        }
    }

    #[test]
    fn avx2_and_baseline_char_blocks_agree() {
        use crate::blocks::{Block, Block256};
        for t in crate::testutil::block_texts() {
            // SAFETY: `Block` needs nothing; `Block256` is used only where AVX2 is there.
            let narrow = unsafe { continuation_blocks_with::<Block>(t.as_bytes()) };
            if crate::blocks::avx2() {
                let wide = unsafe { continuation_blocks_with::<Block256>(t.as_bytes()) };
                assert_eq!(narrow, wide, "{t:?}");
            }
        }
    }

    #[test]
    fn integers() {
        for v in [0i64, 7, 10, 99, 1234567890, -5, i64::MIN + 1, i64::MAX] {
            let mut out = Vec::new();
            push_int(&mut out, v);
            assert_eq!(String::from_utf8(out).unwrap(), v.to_string());
        }
    }

    #[test]
    fn whole_numbers_are_integers() {
        let mut out = Vec::new();
        write_num(&mut out, 866020.0);
        out.push(b' ');
        write_num(&mut out, 1.484);
        out.push(b' ');
        write_num(&mut out, 1030000000000.0);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "866020 1.484 1030000000000"
        );
    }
}
