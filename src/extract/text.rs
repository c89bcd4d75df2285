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
//! The fold keeps the byte length: it lowers ASCII and the Latin letters Vietnamese is
//! written in (`Ă`/`ă`, `Đ`/`đ`, `Ư`/`ư`, `Ế`/`ế`, …), whose capital and small letters have
//! the same UTF-8 length, and keeps every other char as it is (see [`fold`]).

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::ops::Deref;

use super::numeral::Numeral;
use super::time::Atom;
use super::TimePoint;

/// A document text with its lower-case twin of the same byte length (see the module docs).
/// Dereferences to the original text.
///
/// It also keeps what several extractors read from the same text, computed by the first that
/// asks: the numerals (number, percent and money) and the time atoms (date and period).
#[derive(Clone, Debug)]
pub struct Text<'a> {
    raw: &'a str,
    folded: Cow<'a, str>,
    pub(crate) numerals: OnceCell<Vec<Numeral>>,
    /// The atoms and the reference date they were resolved against.
    pub(crate) atoms: RefCell<Option<(Option<TimePoint>, Vec<Atom>)>>,
}

impl<'a> Text<'a> {
    /// Wraps `raw`, folding it once.
    pub fn new(raw: &'a str) -> Text<'a> {
        Text {
            raw,
            folded: fold(raw),
            numerals: OnceCell::new(),
            atoms: RefCell::new(None),
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

/// `s` in lower case, keeping its byte length (see the module docs).
///
/// Lowered: ASCII, Latin-1 (`À`..`Þ`), the pairs of Latin Extended-A (`Ă`, `Đ`, `Ĩ`, `Ũ`,
/// …), `Ơ` and `Ư`, and Latin Extended Additional (`Ạ`..`Ỹ`, every Vietnamese letter with a
/// tone mark). Other capitals (Greek, Cyrillic, …) are kept: no rule word is written in them.
/// Each output byte is a branch-free function of the input byte and the two before it, so
/// the loop runs at memory speed on mixed ASCII and multi-byte text; with AVX2 (chosen at
/// run time) the same function is computed on 32 bytes at once ([`fold_avx2`]).
pub fn fold(s: &str) -> Cow<'_, str> {
    let src = s.as_bytes();
    if !src.iter().any(|&b| b.is_ascii_uppercase() || b >= 0xC3) {
        return Cow::Borrowed(s);
    }
    #[cfg(target_arch = "x86_64")]
    if crate::blocks::avx2() {
        let mut out = src.to_vec();
        // SAFETY: AVX2 is there.
        unsafe { fold_avx2(src, &mut out) };
        debug_assert!(std::str::from_utf8(&out).is_ok());
        // SAFETY: as below: the same changes, made 32 bytes at a time.
        return Cow::Owned(unsafe { String::from_utf8_unchecked(out) });
    }
    fold_scalar(s)
}

/// [`fold`] a byte at a time (the compiler vectorises it with the baseline's SSE2).
fn fold_scalar(s: &str) -> Cow<'_, str> {
    let src = s.as_bytes();
    // Filled by `extend` rather than zeroed first and then written.
    let mut out = Vec::with_capacity(src.len());
    out.extend(src.iter().take(2).enumerate().map(|(i, &c)| {
        let p = if i == 1 { src[0] } else { 0 };
        c + lower_delta(0, p, c)
    }));
    if src.len() > 2 {
        let triples = src[2..].iter().zip(&src[1..]).zip(src);
        out.extend(triples.map(|((&c, &p), &pp)| c + lower_delta(pp, p, c)));
    }
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: `lower_delta` only changes an ASCII capital to its small letter, or the last
    // byte of a two- or three-byte char to the last byte of its small letter (still a
    // continuation byte, under the same lead bytes), so `out` is valid UTF-8 like `s`.
    Cow::Owned(unsafe { String::from_utf8_unchecked(out) })
}

/// Lowers `out`, a copy of `src`, with [`lower_delta`] computed on 32 bytes at a time:
/// each comparison of it is one vector comparison (`x < k` unsigned as `min(x, k - 1) == x`).
///
/// # Safety
/// The CPU has AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn fold_avx2(src: &[u8], out: &mut [u8]) {
    use std::arch::x86_64::*;
    debug_assert_eq!(src.len(), out.len());
    let n = src.len();
    let splat = |b: u8| _mm256_set1_epi8(b as i8);
    let eq = |x: __m256i, b: u8| _mm256_cmpeq_epi8(x, splat(b));
    // x < k, unsigned (k > 0).
    let below = |x: __m256i, k: u8| _mm256_cmpeq_epi8(_mm256_min_epu8(x, splat(k - 1)), x);
    let minus = |x: __m256i, b: u8| _mm256_sub_epi8(x, splat(b));
    // The first two bytes have fewer than two bytes before them.
    for i in 0..n.min(2) {
        let p = if i == 1 { src[0] } else { 0 };
        out[i] = src[i] + lower_delta(0, p, src[i]);
    }
    let mut i = 2;
    while i + 32 <= n {
        let at = |k: usize| _mm256_loadu_si256(src.as_ptr().add(k).cast());
        let (c, p, pp) = (at(i), at(i - 1), at(i - 2));
        let ascii = below(minus(c, b'A'), 26);
        let latin1 = _mm256_andnot_si256(
            eq(c, 0x97),
            _mm256_and_si256(eq(p, 0xC3), below(minus(c, 0x80), 0x1F)),
        );
        let even = eq(_mm256_and_si256(c, splat(1)), 0);
        let ext_a = _mm256_and_si256(
            even,
            _mm256_or_si256(
                _mm256_and_si256(eq(p, 0xC4), below(c, 0xB0)),
                _mm256_and_si256(eq(p, 0xC5), below(minus(c, 0x8A), 0x2E)),
            ),
        );
        let horn = _mm256_and_si256(eq(p, 0xC6), _mm256_or_si256(eq(c, 0xA0), eq(c, 0xAF)));
        let extra = _mm256_andnot_si256(
            _mm256_and_si256(eq(p, 0xBA), below(minus(c, 0x96), 10)),
            _mm256_and_si256(
                _mm256_and_si256(eq(pp, 0xE1), below(minus(p, 0xB8), 4)),
                even,
            ),
        );
        let case = _mm256_and_si256(_mm256_or_si256(ascii, latin1), splat(0x20));
        let mark = _mm256_and_si256(
            _mm256_or_si256(_mm256_or_si256(ext_a, horn), extra),
            splat(1),
        );
        let lowered = _mm256_add_epi8(c, _mm256_add_epi8(case, mark));
        _mm256_storeu_si256(out.as_mut_ptr().add(i).cast(), lowered);
        i += 32;
    }
    for k in i..n {
        out[k] = src[k] + lower_delta(src[k - 2], src[k - 1], src[k]);
    }
}

/// What to add to byte `c`, which follows bytes `pp` and `p`, to lower the char it is in.
#[inline(always)]
fn lower_delta(pp: u8, p: u8, c: u8) -> u8 {
    let ascii = c.wrapping_sub(b'A') < 26;
    // U+00C0..U+00DE except U+00D7 (×): C3 80..9E -> C3 A0..BE.
    let latin1 = (p == 0xC3) & (c.wrapping_sub(0x80) <= 0x1E) & (c != 0x97);
    let even = c & 1 == 0;
    // Latin Extended-A pairs, capital first: U+0100..U+012F (C4 80..AF, so `Ă`, `Đ`, `Ĩ`)
    // and U+014A..U+0177 (C5 8A..B7, so `Ũ`).
    let ext_a = even & (((p == 0xC4) & (c < 0xB0)) | ((p == 0xC5) & (c.wrapping_sub(0x8A) < 0x2E)));
    // `Ơ` U+01A0 and `Ư` U+01AF (C6 A0, C6 AF).
    let horn = (p == 0xC6) & ((c == 0xA0) | (c == 0xAF));
    // Latin Extended Additional U+1E00..U+1EFF (E1 B8..BB xx): capitals are even, except in
    // U+1E96..U+1E9F (E1 BA 96..9F).
    let extra = (pp == 0xE1)
        & (p.wrapping_sub(0xB8) < 4)
        & even
        & !((p == 0xBA) & (c.wrapping_sub(0x96) < 10));
    (u8::from(ascii) | u8::from(latin1)) * 0x20 + u8::from(ext_a | horn | extra)
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
            // Not lowered: no rule word is written in Greek or Cyrillic.
            ("ΑΒΓ Мир", "ΑΒΓ Мир"),
            ("ƠƯ ƯỚC Ĩ Ũ", "ơư ước ĩ ũ"),
            ("plain text 12", "plain text 12"),
            (
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ 0123456789",
                "abcdefghijklmnopqrstuvwxyz@[`{ 0123456789",
            ),
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
        assert!(matches!(fold("da co 12"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_avx2_fold_agrees_with_the_byte_loop() {
        // Every code point up to U+2FFF, in texts long enough for whole 32-byte steps, at
        // every alignment; and the block texts.
        let all: String = (0..0x3000u32).filter_map(char::from_u32).collect();
        let mut texts: Vec<String> = (0..40).map(|k| format!("{}{all}", "x".repeat(k))).collect();
        texts.extend(crate::testutil::block_texts());
        for t in texts {
            assert_eq!(fold(&t), fold_scalar(&t));
        }
    }

    #[test]
    fn agrees_with_the_standard_library_on_the_latin_letters() {
        let covered = |cp: u32| {
            (0x41..=0x5A).contains(&cp)
                || (0xC0..=0xDE).contains(&cp)
                || (0x100..=0x12F).contains(&cp)
                || (0x14A..=0x177).contains(&cp)
                || cp == 0x1A0
                || cp == 0x1AF
                || (0x1E00..=0x1EFF).contains(&cp)
        };
        for cp in 0..0x11_0000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let s = format!("a{c}b");
            let got = fold(&s);
            assert_eq!(got.len(), s.len());
            let mut lower = c.to_lowercase();
            let want = match (lower.next(), lower.next()) {
                (Some(l), None) if covered(cp) && l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(got, format!("a{want}b"), "U+{cp:04X}");
        }
    }
}
