//! Character encodings (SPEC §1): detecting and decoding the bytes of a document.
//!
//! [`decode`] decides per document, in this order:
//!
//! 1. A byte-order mark: UTF-8, UTF-16LE or UTF-16BE.
//! 2. NUL bytes in the pattern of UTF-16 text without a BOM (every other byte zero).
//! 3. Valid UTF-8: `utf-8`, unless [`mojibake`] finds UTF-8 that was once read as
//!    Windows-1252 (`Viá»‡t`), which is repaired (`utf-8-mojibake`). Clean text is
//!    returned borrowed and byte-identical; the test for mojibake is one pass of `memchr`.
//!    A valid UTF-8 text holding characters that legacy bytes produce by accident (Arabic,
//!    N'Ko, … where Vietnamese was expected) is also scored as in 4.
//! 4. Invalid UTF-8: every candidate (`tcvn3`, `vni`, `viscii`, `windows-1258`, and UTF-8
//!    with replacement characters) decodes the document's first 64 KiB, and
//!    [`syllable::score`] counts the words that are valid Vietnamese syllables. The best
//!    candidate wins when it reads as Vietnamese; else the text is decoded as UTF-8 with
//!    U+FFFD and a warning, as before.
//!
//! Windows-1258's tone bytes and TCVN3's combining marks decode to combining characters;
//! the normaliser's NFC composes them (and NFD input) into precomposed letters.
//! [`repair_text`] is step 3 for text that arrives as a string (a JSONL field).

use std::borrow::Cow;
use std::fmt;

mod legacy;
mod mojibake;
mod syllable;
mod tables;

use syllable::Score;

/// The encodings a document can be read from; the record's `encoding` field names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without BOM.
    Utf8,
    /// UTF-16 little-endian (with BOM).
    Utf16Le,
    /// UTF-16 big-endian (with BOM).
    Utf16Be,
    /// Windows-1258 (base letter plus combining tone byte).
    Windows1258,
    /// TCVN 5712:1993 / ABC, the .VnTime fonts' 8-bit layout.
    Tcvn3,
    /// VNI-Windows font text.
    Vni,
    /// VISCII.
    Viscii,
    /// UTF-8 that was once decoded as Windows-1252/Latin-1 and saved again, repaired.
    Utf8Mojibake,
}

impl Encoding {
    /// Every encoding, for parsing and documentation.
    pub const ALL: [Encoding; 8] = [
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1258,
        Encoding::Tcvn3,
        Encoding::Vni,
        Encoding::Viscii,
        Encoding::Utf8Mojibake,
    ];

    /// The name used in records and on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1258 => "windows-1258",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
            Encoding::Viscii => "viscii",
            Encoding::Utf8Mojibake => "utf-8-mojibake",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Encoding {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let want = s.to_ascii_lowercase().replace('_', "-");
        let alias = match want.as_str() {
            "utf8" => "utf-8",
            "cp1258" | "windows1258" => "windows-1258",
            "tcvn" | "tcvn-3" | "abc" => "tcvn3",
            "vni-windows" => "vni",
            "mojibake" => "utf-8-mojibake",
            other => other,
        };
        Encoding::ALL
            .into_iter()
            .find(|e| e.name() == alias)
            .ok_or_else(|| {
                let names: Vec<_> = Encoding::ALL.iter().map(|e| e.name()).collect();
                crate::Error::config(format!(
                    "unknown encoding {s:?}: expected one of {}",
                    names.join(", ")
                ))
            })
    }
}

/// A decoded document text.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, not yet normalised.
    pub text: Cow<'a, str>,
    /// The encoding it was read from.
    pub encoding: Encoding,
    /// A note for the record's `warnings`, e.g. when bytes had to be replaced.
    pub warning: Option<String>,
}

impl<'a> Decoded<'a> {
    fn new(text: Cow<'a, str>, encoding: Encoding) -> Self {
        Decoded {
            text,
            encoding,
            warning: None,
        }
    }
}

/// How much of a document the legacy candidates are scored on.
const SAMPLE: usize = 64 * 1024;

/// The legacy candidates, in the order that breaks ties.
const LEGACY: [Encoding; 4] = [
    Encoding::Windows1258,
    Encoding::Vni,
    Encoding::Tcvn3,
    Encoding::Viscii,
];

/// Decodes a document's bytes, detecting the encoding unless `forced`.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded<'_>, String> {
    if let Some(enc) = forced {
        return decode_as(bytes, enc);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(detect_utf8(rest));
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return decode_as(bytes, Encoding::Utf16Le);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return decode_as(bytes, Encoding::Utf16Be);
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return decode_as(bytes, enc);
    }
    Ok(detect_utf8(bytes))
}

/// Steps 3 and 4 of the module docs.
fn detect_utf8(bytes: &[u8]) -> Decoded<'_> {
    match utf8(bytes) {
        Ok(s) => {
            let scan = mojibake::scan(bytes);
            if scan.mojibake {
                if let Some((fixed, enc)) = repair_text(s) {
                    return Decoded::new(Cow::Owned(fixed), enc);
                }
            }
            if scan.foreign {
                if let Some(d) = best_legacy(bytes, syllable::score(sample_str(s))) {
                    return d;
                }
            }
            Decoded::new(Cow::Borrowed(s), Encoding::Utf8)
        }
        Err(_) => {
            let lossy = String::from_utf8_lossy(&bytes[..bytes.len().min(SAMPLE)]);
            if let Some(d) = best_legacy(bytes, syllable::score(&lossy)) {
                return d;
            }
            lossy_utf8(bytes)
        }
    }
}

/// `bytes` as a `str` if they are valid UTF-8: `std::str::from_utf8` with SIMD (Vietnamese
/// text is mostly multi-byte characters, on which the standard library's check goes about
/// a byte at a time). The error says nothing: callers only need to know that it is not.
fn utf8(bytes: &[u8]) -> Result<&str, simdutf8::basic::Utf8Error> {
    simdutf8::basic::from_utf8(bytes)
}

/// The first [`SAMPLE`] bytes of `s`, cut at a character boundary.
fn sample_str(s: &str) -> &str {
    let mut end = s.len().min(SAMPLE);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The legacy decoding of `bytes` that reads as Vietnamese and beats `utf8`, the score of
/// the UTF-8 reading.
fn best_legacy(bytes: &[u8], utf8: Score) -> Option<Decoded<'static>> {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let mut best: Option<(Encoding, Score)> = None;
    for enc in LEGACY {
        let score = syllable::score(&decode_legacy(sample, enc));
        if best.map_or(true, |(_, b)| score.rank() > b.rank()) {
            best = Some((enc, score));
        }
    }
    let (enc, score) = best?;
    if !score.is_vietnamese() || score.rank() <= utf8.rank() {
        return None;
    }
    Some(Decoded::new(Cow::Owned(decode_legacy(bytes, enc)), enc))
}

/// UTF-16 without a BOM: NUL bytes at most odd (LE) or most even (BE) positions of the
/// first 4 KiB, almost none at the others, and code units that are text (no unpaired
/// surrogates, at most one in fifty a control character). [`binary`](super::binary) asks
/// this too, so that such a file reaches the decoder instead of being called binary.
pub fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 || memchr::memchr(0, head).is_none() {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for p in head.chunks_exact(2) {
        even += usize::from(p[0] == 0);
        odd += usize::from(p[1] == 0);
    }
    let many = |n: usize| n * 10 >= pairs * 3;
    let few = |n: usize| n * 50 <= pairs;
    let enc = if many(odd) && few(even) {
        Encoding::Utf16Le
    } else if many(even) && few(odd) {
        Encoding::Utf16Be
    } else {
        return None;
    };
    let units = head.chunks_exact(2).map(|p| match enc {
        Encoding::Utf16Le => u16::from_le_bytes([p[0], p[1]]),
        _ => u16::from_be_bytes([p[0], p[1]]),
    });
    let mut controls = 0;
    for c in char::decode_utf16(units) {
        match c {
            Ok('\t' | '\n' | '\r') => {}
            Ok(c) if c.is_control() => controls += 1,
            Ok(_) => {}
            // A surrogate pair cut at the end of the sample is no evidence either way.
            Err(_) => controls += 1,
        }
    }
    (controls * 50 <= pairs).then_some(enc)
}

fn decode_legacy(bytes: &[u8], enc: Encoding) -> String {
    match enc {
        Encoding::Tcvn3 => legacy::tcvn3(bytes),
        Encoding::Vni => legacy::vni(bytes),
        Encoding::Viscii => legacy::viscii(bytes),
        _ => legacy::windows1258(bytes),
    }
}

fn lossy_utf8(bytes: &[u8]) -> Decoded<'_> {
    Decoded {
        text: String::from_utf8_lossy(bytes),
        encoding: Encoding::Utf8,
        warning: Some("invalid UTF-8 was replaced with U+FFFD".to_string()),
    }
}

/// Decodes `bytes` as `enc`, without detection (`--encoding`). `utf-8` is taken as it is;
/// `utf-8-mojibake` repairs what it can.
pub fn decode_as(bytes: &[u8], enc: Encoding) -> Result<Decoded<'_>, String> {
    match enc {
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let codec = if enc == Encoding::Utf16Le {
                encoding_rs::UTF_16LE
            } else {
                encoding_rs::UTF_16BE
            };
            let (text, had_errors) = codec.decode_with_bom_removal(bytes);
            let warning =
                had_errors.then(|| format!("invalid {} sequences were replaced", enc.name()));
            Ok(Decoded {
                text,
                encoding: enc,
                warning,
            })
        }
        Encoding::Windows1258 | Encoding::Tcvn3 | Encoding::Vni | Encoding::Viscii => {
            Ok(Decoded::new(Cow::Owned(decode_legacy(bytes, enc)), enc))
        }
        Encoding::Utf8 | Encoding::Utf8Mojibake => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            match utf8(bytes) {
                Ok(s) if enc == Encoding::Utf8Mojibake => {
                    let text = match repair_text(s) {
                        Some((fixed, _)) => Cow::Owned(fixed),
                        None => Cow::Borrowed(s),
                    };
                    Ok(Decoded::new(text, enc))
                }
                Ok(s) => Ok(Decoded::new(Cow::Borrowed(s), Encoding::Utf8)),
                Err(_) => Ok(lossy_utf8(bytes)),
            }
        }
    }
}

/// Repairs a text that arrived as a Unicode string (a JSONL field) but may hold mojibake,
/// the whole of it or some lines. Returns `None` when the text is already right; clean text
/// costs one `memchr` pass.
pub fn repair_text(text: &str) -> Option<(String, Encoding)> {
    if !mojibake::has_signature(text.as_bytes()) {
        return None;
    }
    let mut fixed = mojibake::repair(text)?;
    // Text that went through the wrong decoding twice needs a second pass.
    for _ in 0..2 {
        if !mojibake::has_signature(fixed.as_bytes()) {
            break;
        }
        match mojibake::repair(&fixed) {
            Some(again) => fixed = again,
            None => break,
        }
    }
    Some((fixed, Encoding::Utf8Mojibake))
}
