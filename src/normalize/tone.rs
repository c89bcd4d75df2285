//! Tone-mark placement in `oa`, `oe`, `uy` syllables (SPEC §3.2).
//!
//! In an open syllable ending in `oa`, `oe` or `uy` (no final consonant), the traditional
//! style puts the tone mark on the first vowel (`hòa`, `khỏe`, `thủy`), the modern style on the
//! second (`hoà`, `khoẻ`, `thuỷ`). With a final consonant (`hoàng`, `khuyết`) or a third vowel
//! (`khoái`) both styles agree, and `qu` is a consonant, so `quý` is never touched. Only the
//! mark moves: each replaced character has the same UTF-8 length as the one it replaces.

use super::ToneStyle;
use crate::blocks::{self, Classes};

/// Toned forms of each base vowel, in the order grave, acute, hook above, tilde, dot below.
const TONED: &[(char, [char; 5])] = &[
    ('a', ['à', 'á', 'ả', 'ã', 'ạ']),
    ('A', ['À', 'Á', 'Ả', 'Ã', 'Ạ']),
    ('e', ['è', 'é', 'ẻ', 'ẽ', 'ẹ']),
    ('E', ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ']),
    ('o', ['ò', 'ó', 'ỏ', 'õ', 'ọ']),
    ('O', ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ']),
    ('u', ['ù', 'ú', 'ủ', 'ũ', 'ụ']),
    ('U', ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ']),
    ('y', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']),
    ('Y', ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ']),
];

/// The base vowel and tone index of a toned vowel of [`TONED`].
fn split(c: char) -> Option<(char, usize)> {
    TONED
        .iter()
        .find_map(|(base, forms)| forms.iter().position(|&f| f == c).map(|t| (*base, t)))
}

fn toned(base: char, tone: usize) -> char {
    TONED
        .iter()
        .find(|(b, _)| *b == base)
        .map_or(base, |(_, forms)| forms[tone])
}

/// True for the first/second vowel pairs whose mark this rule moves.
fn is_pair(first: char, second: char) -> bool {
    matches!(
        (first.to_ascii_lowercase(), second.to_ascii_lowercase()),
        ('o', 'a') | ('o', 'e') | ('u', 'y')
    )
}

blocks::dispatch_classes! {
    /// The ASCII `o`/`u` of the block of `b` from `base` that come before a non-ASCII byte
    /// (or end the block: the byte after it is not seen).
    fn traditional_firsts(b: &[u8], base: usize) -> u64 = traditional_firsts_with;
}

/// [`traditional_firsts`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn traditional_firsts_with<B: Classes>(b: &[u8], base: usize) -> u64 {
    let block = B::load(b, base);
    let before_non_ascii = block.range(0x80, 0xFF) >> 1 | 1 << 63;
    block.any_of(b"ouOU") & before_non_ascii
}

/// Returns the text with tone marks placed in `style`, or `None` when nothing moves.
///
/// A pair can only move where an ASCII vowel touches a non-ASCII (toned) one: the traditional
/// style looks for ASCII `o`/`u` followed by a non-ASCII byte (found a block of 64 bytes at
/// a time, see [`blocks::Block`]), the modern style for ASCII `a`/`e`/`y` preceded by one. The scan
/// is over bytes; characters are decoded only there.
pub(crate) fn place(text: &str, style: ToneStyle) -> Option<String> {
    let b = text.as_bytes();
    let mut changes: Vec<(usize, char, char)> = Vec::new(); // (byte of first, first, second)
    match style {
        ToneStyle::Keep => return None,
        ToneStyle::Traditional => {
            let mut base = 0;
            while base < b.len() {
                let mut firsts = traditional_firsts(b, base);
                while firsts != 0 {
                    let i = base + firsts.trailing_zeros() as usize;
                    firsts &= firsts - 1;
                    changes.extend(traditional_at(text, i));
                }
                base += 64;
            }
        }
        ToneStyle::Modern => {
            for (k, &n) in b.iter().enumerate() {
                if !matches!(n, b'a' | b'e' | b'y' | b'A' | b'E' | b'Y')
                    || k == 0
                    || b[k - 1] < 0x80
                {
                    continue;
                }
                let Some((i, c)) = text[..k].char_indices().next_back() else {
                    continue;
                };
                let next = n as char;
                let moved = split(c).and_then(|(base1, tone)| {
                    is_pair(base1, next).then(|| (base1, toned(next, tone)))
                });
                if let Some((a, b2)) = moved {
                    if is_open(text, k + 1) && !after_q(b, i) {
                        changes.push((i, a, b2));
                    }
                }
            }
        }
    }
    if changes.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, a, b) in changes {
        out.push_str(&text[last..i]);
        let first_len = text[i..].chars().next().map_or(0, char::len_utf8);
        let second_len = text[i + first_len..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        out.push(a);
        out.push(b);
        last = i + first_len + second_len;
    }
    out.push_str(&text[last..]);
    Some(out)
}

/// The change the traditional style makes to the pair whose first vowel is the ASCII
/// `o`/`u`/`O`/`U` at byte `i`, if any.
fn traditional_at(text: &str, i: usize) -> Option<(usize, char, char)> {
    let b = text.as_bytes();
    if !b.get(i + 1).is_some_and(|&n| n >= 0x80) {
        return None;
    }
    let c = b[i] as char;
    let next = text[i + 1..].chars().next()?;
    let (base2, tone) = split(next)?;
    if is_pair(c, base2) && is_open(text, i + 1 + next.len_utf8()) && !after_q(b, i) {
        Some((i, toned(c, tone), base2))
    } else {
        None
    }
}

/// True when no letter follows at byte `at`: the syllable has no final consonant.
fn is_open(text: &str, at: usize) -> bool {
    // A combining mark after the pair belongs to the syllable too (and could compose with a
    // moved-to vowel, breaking NFC), so it counts like a letter.
    !text[at..]
        .chars()
        .next()
        .is_some_and(|a| a.is_alphabetic() || unicode_normalization::char::is_combining_mark(a))
}

/// True when the character before byte `i` is `q`/`Q` (`qu` is a consonant).
fn after_q(b: &[u8], i: usize) -> bool {
    i > 0 && matches!(b[i - 1], b'q' | b'Q')
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
            |b, base| unsafe { traditional_firsts_with::<Block>(b, base) },
            |b, base| unsafe { traditional_firsts_with::<Block256>(b, base) },
        );
    }

    fn apply(s: &str, style: ToneStyle) -> String {
        place(s, style).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn table() {
        // (modern, traditional)
        let pairs = [
            ("hoà", "hòa"),
            ("Hoà", "Hòa"),
            ("HOÀ", "HÒA"),
            ("thuỷ", "thủy"),
            ("khoẻ", "khỏe"),
            ("uỷ", "ủy"),
            ("Tỉnh uỷ", "Tỉnh ủy"),
            ("hoá học", "hóa học"),
            ("xoè", "xòe"),
            ("tuý", "túy"),
            ("Thuý.", "Thúy."),
        ];
        for (modern, traditional) in pairs {
            assert_eq!(
                apply(modern, ToneStyle::Traditional),
                traditional,
                "{modern}"
            );
            assert_eq!(
                apply(traditional, ToneStyle::Modern),
                modern,
                "{traditional}"
            );
            assert_eq!(apply(modern, ToneStyle::Keep), modern);
            assert_eq!(apply(traditional, ToneStyle::Keep), traditional);
        }
        // Never touched, in either style.
        for s in [
            "quý", "quá", "giá", "giờ", "gìn", "hoàng", "khuyết", "khoái", "quỳnh", "Quý", "hoàn",
            "thuyền",
        ] {
            assert_eq!(apply(s, ToneStyle::Traditional), s, "{s}");
            assert_eq!(apply(s, ToneStyle::Modern), s, "{s}");
        }
    }

    /// The first, char-by-char version of [`place`], kept as the reference the fast one must
    /// agree with.
    fn place_reference(text: &str, style: ToneStyle) -> Option<String> {
        if style == ToneStyle::Keep {
            return None;
        }
        let mut changes: Vec<(usize, char, char)> = Vec::new(); // (index into chars, first, second)
        let mut it = text.char_indices().peekable();
        let mut prev: Option<char> = None;
        // Only syllables around non-ASCII vowels can need a change; walk chars with a window.
        while let Some((i, c)) = it.next() {
            let Some(&(_, next)) = it.peek() else { break };
            let after = text[i + c.len_utf8() + next.len_utf8()..].chars().next();
            let open = !after.is_some_and(char::is_alphabetic);
            let not_qu = !matches!(prev, Some('q' | 'Q'));
            if open && not_qu {
                let moved = match style {
                    ToneStyle::Traditional => split(next).and_then(|(base2, tone)| {
                        (is_pair(c, base2) && c.is_ascii()).then(|| (toned(c, tone), base2))
                    }),
                    ToneStyle::Modern => split(c).and_then(|(base1, tone)| {
                        (next.is_ascii() && is_pair(base1, next))
                            .then(|| (base1, toned(next, tone)))
                    }),
                    ToneStyle::Keep => None,
                };
                if let Some((a, b)) = moved {
                    changes.push((i, a, b));
                }
            }
            prev = Some(c);
        }
        if changes.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (i, a, b) in changes {
            out.push_str(&text[last..i]);
            let first_len = text[i..].chars().next().map_or(0, char::len_utf8);
            let second_len = text[i + first_len..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
            out.push(a);
            out.push(b);
            last = i + first_len + second_len;
        }
        out.push_str(&text[last..]);
        Some(out)
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_reference(s in "[qQoOuUaAyYeEhn òóỏõọùúủũụàáảãạèéẻẽẹỳýỷỹỵ.]{0,16}") {
            for style in [ToneStyle::Traditional, ToneStyle::Modern] {
                proptest::prop_assert_eq!(place(&s, style), place_reference(&s, style));
            }
        }
    }

    #[test]
    fn same_length() {
        let s = "Tỉnh uỷ Thanh Hoá, thuỷ lợi, sức khoẻ";
        let t = apply(s, ToneStyle::Traditional);
        assert_eq!(t, "Tỉnh ủy Thanh Hóa, thủy lợi, sức khỏe");
        assert_eq!(t.len(), s.len());
        assert_eq!(t.chars().count(), s.chars().count());
    }
}
