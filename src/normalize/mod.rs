//! Normalisation of decoded text (SPEC §3), in ordered stages:
//!
//! 1. [`spaces`]: zero-width characters, soft hyphens and BOMs removed; no-break and other
//!    spaces become a plain space; runs of spaces collapse; CRLF and CR become LF; lines are
//!    trimmed; more than one blank line becomes one. This runs first so that a combining mark
//!    separated from its base letter by an invisible character composes in the next stage.
//! 2. NFC (Unicode Standard Annex #15), only when the quick check says it is needed.
//! 3. [`tone`]: the tone mark of `oa`/`oe`/`uy` syllables placed by one rule, and
//!    [`lookalike`]: Icelandic `Ð`/`ð` inside Vietnamese words become `Đ`/`đ`. Both replace
//!    a character by one of the same UTF-8 length, so offsets do not move.
//!
//! Nothing else changes: letters, digits, punctuation and case stay as written. Normalising
//! is idempotent (a property test checks it).

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub(crate) mod lookalike;
pub(crate) mod spaces;
pub(crate) mod tone;

/// Where the tone mark of an `oa`, `oe`, `uy` syllable goes (SPEC §3.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ToneStyle {
    /// On the first vowel: `hòa`, `thủy`, `Tỉnh ủy` (the style of most of today's press).
    #[default]
    Traditional,
    /// On the main vowel: `hoà`, `thuỷ`, `Tỉnh uỷ`.
    Modern,
    /// Leave the marks where they are.
    Keep,
}

impl std::str::FromStr for ToneStyle {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "traditional" => Ok(ToneStyle::Traditional),
            "modern" => Ok(ToneStyle::Modern),
            "keep" => Ok(ToneStyle::Keep),
            other => Err(crate::Error::config(format!(
                "unknown tone style {other:?}: expected traditional, modern or keep"
            ))),
        }
    }
}

/// Normalises `text` as SPEC §3 says, borrowing it when nothing changes.
pub fn normalize(text: &str, tone: ToneStyle) -> Cow<'_, str> {
    let spaced = spaces::clean(text);
    let composed = match nfc_quick(&spaced) {
        IsNormalized::Yes => spaced,
        _ => {
            let nfc: String = spaced.nfc().collect();
            if nfc == *spaced {
                spaced
            } else {
                Cow::Owned(nfc)
            }
        }
    };
    let mut out = composed;
    if !out.is_ascii() {
        if let Some(fixed) = tone::place(&out, tone) {
            out = Cow::Owned(fixed);
        }
        if let Some(fixed) = lookalike::fix(&out) {
            out = Cow::Owned(fixed);
        }
    }
    out
}

/// `is_nfc_quick`, with a branch-free byte-level fast path over the characters Vietnamese
/// text is made of. Every byte below CC is ASCII, a continuation byte or the lead of
/// U+0080–U+02FF; the other characters allowed are Latin Extended Additional U+1E00–U+1EFF
/// (E1 B8–BB) and General Punctuation U+2000–U+203F (E2 80). All of these are NFC starters
/// with quick-check Yes (a test checks every one) except U+2000/U+2001, which the spaces
/// stage has already replaced. Any other lead byte sends the whole text to the table-driven
/// check.
fn nfc_quick(text: &str) -> IsNormalized {
    let b = text.as_bytes();
    // Written as arithmetic on each byte and the next, without tables or branches, so that
    // the compiler vectorises it: it runs over every byte of every document.
    let outside = |x: u8, y: u8| {
        u8::from(
            (x >= 0xCC)
                & !((x == 0xE1) & (y.wrapping_sub(0xB8) < 4))
                & !((x == 0xE2) & (y == 0x80)),
        )
    };
    let last = b.last().map_or(0, |&x| outside(x, 0));
    let acc = b
        .iter()
        .zip(b.iter().skip(1))
        .fold(last, |acc, (&x, &y)| acc | outside(x, y));
    if acc == 0 {
        IsNormalized::Yes
    } else {
        is_nfc_quick(text.chars())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_compose() {
        let t = "Ho\u{0300}a  bi\u{0300}nh\r\n\u{00a0} Ðảng\u{200b} uỷ \n\n\n\nx";
        let n = normalize(t, ToneStyle::Traditional);
        assert_eq!(n, "Hòa bình\nĐảng ủy\n\nx");
        assert_eq!(normalize(&n, ToneStyle::Traditional), n);
    }

    #[test]
    fn nfc_fast_ranges_are_quick_check_yes() {
        let ranges = [(0x0u32, 0x2FF), (0x1E00, 0x1EFF), (0x2002, 0x203F)];
        for (lo, hi) in ranges {
            for cp in lo..=hi {
                let Some(c) = char::from_u32(cp) else {
                    continue;
                };
                let s = c.to_string();
                assert_eq!(
                    is_nfc_quick(s.chars()),
                    IsNormalized::Yes,
                    "U+{cp:04X} is in the fast path but not quick-check Yes"
                );
                assert_eq!(nfc_quick(&s), IsNormalized::Yes);
            }
        }
        assert_ne!(nfc_quick("Ho\u{0300}a"), IsNormalized::Yes);
        assert_ne!(nfc_quick("a\u{0301}"), IsNormalized::Yes);
        assert_ne!(nfc_quick("\u{2126}"), IsNormalized::Yes);
        assert_ne!(nfc_quick("x\u{0340}y"), IsNormalized::Yes);
    }

    #[test]
    fn clean_text_is_borrowed() {
        let t = "Nghị quyết số 21-NQ/TW\nngày 22/11/2012";
        assert!(matches!(
            normalize(t, ToneStyle::Traditional),
            Cow::Borrowed(_)
        ));
    }
}
