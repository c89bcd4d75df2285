//! The text an extractor reads: the document text and its case-folded twin.
//!
//! Most rule words are matched ignoring case (`Năm`, `NĂM`, `năm`). Comparing char by char
//! with `to_lowercase` at every candidate, or compiling every pattern with `(?i)`, costs more
//! than all the rest of the extraction. Instead each document is folded to lower case once,
//! into a string of exactly the same byte length, so that a byte offset in one is the same
//! offset in the other: extractors search the folded text with plain byte comparisons and
//! case-sensitive patterns written in lower case, and slice the original for what they
//! report.
//!
//! The fold keeps the byte length: a char is lowered only when its lower case is one char
//! of the same UTF-8 length. That holds for every Vietnamese letter (`Ă`/`ă`, `Đ`/`đ`,
//! `Ư`/`ư`, `Ế`/`ế`, …) and for nearly all of Latin, Greek and Cyrillic; the few chars it
//! does not hold for (`İ`, the Kelvin sign) are kept as they are.

use std::borrow::Cow;
use std::ops::Deref;

/// A document text with its lower-case twin of the same byte length (see the module docs).
/// Dereferences to the original text.
#[derive(Clone, Debug)]
pub struct Text<'a> {
    raw: &'a str,
    folded: Cow<'a, str>,
}

impl<'a> Text<'a> {
    /// Wraps `raw`, folding it once.
    pub fn new(raw: &'a str) -> Text<'a> {
        Text {
            raw,
            folded: fold(raw),
        }
    }

    /// The original text.
    pub fn raw(&self) -> &'a str {
        self.raw
    }

    /// The folded text: the same byte length as [`Text::raw`], every char boundary at the
    /// same offset, letters in lower case.
    pub fn folded(&self) -> &str {
        &self.folded
    }
}

impl Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.raw
    }
}

/// `s` in lower case, keeping its byte length (see the module docs). Borrows `s` when it has
/// no capital.
pub fn fold(s: &str) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    // Lower-case ASCII and UTF-8 continuation/lead bytes of lower-case letters are by far the
    // most common; find the first byte that can start a capital.
    let Some(first) = bytes
        .iter()
        .position(|&b| b.is_ascii_uppercase() || b >= 0xC3)
    else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    while !rest.is_empty() {
        // Copy the plain run (no ASCII capital, no multi-byte char) in one go.
        let run = rest
            .bytes()
            .position(|b| b.is_ascii_uppercase() || b >= 0x80)
            .unwrap_or(rest.len());
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else { break };
        let n = c.len_utf8();
        let l = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == n => l,
                _ => c,
            }
        };
        changed |= l != c;
        out.push(l);
        rest = &rest[n..];
    }
    debug_assert_eq!(out.len(), s.len());
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_keeping_offsets() {
        for (raw, folded) in [
            ("NĂM 2020 Đà Nẵng", "năm 2020 đà nẵng"),
            ("ỦY BAN NHÂN DÂN TỈNH", "ủy ban nhân dân tỉnh"),
            ("Ưu Ơn Ấy", "ưu ơn ấy"),
            ("ΑΒΓ Мир", "αβγ мир"),
            ("plain text 12", "plain text 12"),
            // No lower case of the same length: kept.
            ("İ K", "İ k"),
            ("\u{212A}elvin", "\u{212A}elvin"),
        ] {
            let f = fold(raw);
            assert_eq!(f, folded, "{raw}");
            assert_eq!(f.len(), raw.len());
            for (i, _) in raw.char_indices() {
                assert!(f.is_char_boundary(i), "{raw} at {i}");
            }
        }
        assert!(matches!(fold("đã có"), Cow::Borrowed(_)));
    }
}
