//! Decoders for the 8-bit Vietnamese encodings: TCVN3, VISCII and VNI from the tables in
//! [`tables`](super::tables), Windows-1258 through `encoding_rs`.
//!
//! Every byte decodes to something, so these never fail; whether the result is Vietnamese
//! is for [`syllable`](super::syllable) to judge. Combining marks (Windows-1258's tone
//! bytes, TCVN3's 0xB0..=0xB4) are left for the normaliser's NFC.

use std::sync::LazyLock;

use unicode_normalization::char::compose;

use super::tables::{
    CP1252_80, TCVN3_C0, TCVN3_HIGH, VISCII_C0, VISCII_HIGH, VNI_ALT_LETTERS,
    VNI_ALT_Y_TILDE_ONSETS, VNI_LETTERS, VNI_MARKS,
};

/// A 256-entry byte-to-character table.
type ByteTable = [char; 256];

fn build(c0: &[(u8, char)], high: &[char; 128]) -> ByteTable {
    let mut t = ['\0'; 256];
    for (b, slot) in t.iter_mut().enumerate().take(128) {
        *slot = b as u8 as char;
    }
    for &(b, c) in c0 {
        t[b as usize] = c;
    }
    t[128..].copy_from_slice(high);
    t
}

static TCVN3: LazyLock<ByteTable> = LazyLock::new(|| build(&TCVN3_C0, &TCVN3_HIGH));
static VISCII: LazyLock<ByteTable> = LazyLock::new(|| build(&VISCII_C0, &VISCII_HIGH));

/// Windows-1252 with Latin-1 for the undefined bytes, the reading VNI text was typed in.
pub(super) fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_80[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// What a VNI byte can be: a whole letter, or a mark that composes with the vowel before it.
#[derive(Clone, Copy)]
enum VniByte {
    Plain,
    Letter(char),
    Mark(&'static str, Case),
}

/// The case of a mark byte: a lower-case vowel takes only lower-case marks (`Vieät`), an
/// upper-case one either (`VIEÄT`, `Aán`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Upper,
}

static VNI: LazyLock<[VniByte; 256]> = LazyLock::new(|| {
    let mut t = [VniByte::Plain; 256];
    for &(lo, up, c) in &VNI_LETTERS {
        t[lo as usize] = VniByte::Letter(c);
        t[up as usize] = VniByte::Letter(c.to_uppercase().next().unwrap_or(c));
    }
    for &(lo, up, marks) in &VNI_MARKS {
        t[lo as usize] = VniByte::Mark(marks, Case::Lower);
        t[up as usize] = VniByte::Mark(marks, Case::Upper);
    }
    t
});

fn decode_table(bytes: &[u8], table: &ByteTable) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    out.extend(bytes.iter().map(|&b| table[b as usize]));
    out
}

/// Decodes TCVN3 (ABC) bytes.
pub(super) fn tcvn3(bytes: &[u8]) -> String {
    decode_table(bytes, &TCVN3)
}

/// Decodes VISCII bytes.
pub(super) fn viscii(bytes: &[u8]) -> String {
    decode_table(bytes, &VISCII)
}

/// Decodes Windows-1258 bytes (tone bytes become combining marks).
pub(super) fn windows1258(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1258
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// Composes `base` with a sequence of combining marks, when every step has a precomposed
/// character (`a` + U+0302 + U+0301 = `ấ`; `i` + U+0302 has none).
fn compose_all(base: char, marks: &str) -> Option<char> {
    marks.chars().try_fold(base, compose)
}

/// The letters a VNI mark byte can follow.
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'A'
            | 'E'
            | 'I'
            | 'O'
            | 'U'
            | 'Y'
            | 'ơ'
            | 'ư'
            | 'Ơ'
            | 'Ư'
    )
}

/// Decodes VNI-Windows bytes.
pub(super) fn vni(bytes: &[u8]) -> String {
    let table = &*VNI;
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    // The character pushed for the previous byte, when a mark may still compose with it.
    let mut base: Option<char> = None;
    for &b in bytes {
        if b < 0x80 {
            let c = b as char;
            out.push(c);
            base = is_vowel(c).then_some(c);
            continue;
        }
        match table[b as usize] {
            VniByte::Mark(marks, case) => {
                let fits = |prev: &char| case == Case::Lower || prev.is_uppercase();
                if let Some(c) = base.filter(fits).and_then(|prev| compose_all(prev, marks)) {
                    out.pop();
                    out.push(c);
                    base = None;
                    continue;
                }
                match VNI_ALT_LETTERS
                    .iter()
                    .find(|&&(lo, up, _)| b == lo || b == up)
                {
                    Some(&(lo, _, c)) if b == lo => out.push(c),
                    Some(&(_, _, c)) => out.extend(c.to_uppercase()),
                    None => out.push(cp1252(b)),
                }
                base = None;
            }
            VniByte::Letter(c) => {
                out.push(c);
                base = is_vowel(c).then_some(c);
            }
            VniByte::Plain => {
                out.push(cp1252(b));
                base = None;
            }
        }
    }
    if is_converter_vni(bytes) {
        if let Some(fixed) = y_tilde(&out) {
            return fixed;
        }
    }
    out
}

/// Whether `bytes` show the converter's VNI (see [`VNI_ALT_LETTERS`]): an `ë` that is not
/// after `a` (so a `ỷ`), and no `y` followed by the fonts' `õ` or `û`.
fn is_converter_vni(bytes: &[u8]) -> bool {
    let alt = bytes
        .windows(2)
        .any(|w| matches!(w[1], 0xEB | 0xCB) && !matches!(w[0], b'a' | b'A'));
    let fonts = bytes
        .windows(2)
        .any(|w| matches!(w[0], b'y' | b'Y') && matches!(w[1], 0xF5 | 0xFB | 0xD5 | 0xDB));
    alt && !fonts
}

/// Reads a word-final `ì` after the onsets of [`VNI_ALT_Y_TILDE_ONSETS`] as `ỹ`.
fn y_tilde(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut copied = 0;
    for (i, c) in text.match_indices(['ì', 'Ì']) {
        let word_start = text[..i]
            .char_indices()
            .rev()
            .take_while(|&(_, ch)| ch.is_alphabetic())
            .last()
            .map_or(i, |(j, _)| j);
        let onset = &text[word_start..i];
        let end = i + c.len();
        let final_ = !text[end..].starts_with(char::is_alphabetic);
        if final_
            && VNI_ALT_Y_TILDE_ONSETS
                .iter()
                .any(|o| o.eq_ignore_ascii_case(onset))
        {
            out.push_str(&text[copied..i]);
            out.push(if c == "ì" { 'ỹ' } else { 'Ỹ' });
            copied = end;
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vni_composes_marks() {
        assert_eq!(vni(b"Vi\x65\xe4t Nam"), "Việt Nam");
        assert_eq!(vni(b"ng\xf6\xf4\xf8i"), "người");
        assert_eq!(vni(b"\xd1A\xd8NG"), "ĐÀNG");
        assert_eq!(vni(b"\xe4 alone"), "ä alone");
    }

    #[test]
    fn vni_dialects() {
        // The fonts' VNI: ỹ and ỷ are y + mark, and ì is ì.
        assert_eq!(
            vni(b"ky\xf5 thua\xe4t, \xf1\xeca, tu\xfb"),
            "kỹ thuật, đìa, tủ"
        );
        assert_eq!(vni(b"k\xec ho\xefp"), "kì họp");
        // The converter's VNI: ỷ is ë, and a word-final ì after k, m, s is ỹ.
        assert_eq!(
            vni(b"U\xeb ban, k\xec thua\xe4t, M\xec, g\xec"),
            "Uỷ ban, kỹ thuật, Mỹ, gì"
        );
    }

    #[test]
    fn tables_decode_letters() {
        assert_eq!(tcvn3(b"\xae\xb8"), "đá");
        assert_eq!(viscii(b"\xf0\xe1"), "đá");
        assert_eq!(windows1258(b"a\xec"), "a\u{301}");
    }
}
