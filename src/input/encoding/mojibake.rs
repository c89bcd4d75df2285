//! Mojibake: UTF-8 that was once read as Windows-1252 or Latin-1 and saved again as
//! UTF-8, so that every byte of a multi-byte character became a character of its own
//! (`Việt` → `Viá»‡t`, `đ` → `Ä‘`, `ư` → `Æ°`, `”` → `â€�`).
//!
//! [`has_signature`] is the cheap test run on every valid UTF-8 document: a character that
//! is the Windows-1252 image of a UTF-8 lead byte (U+00C2..=U+00F4) directly followed by the
//! image of a continuation byte (U+0080..=U+00BF or one of Windows-1252's specials such as
//! `‡`, `™`, `€`). Clean Vietnamese almost never has that pair (`á` is followed by a letter,
//! a space or punctuation, not by `»`).
//!
//! [`repair`] then works on runs of such image characters only: it maps each back to its
//! byte and replaces every stretch of bytes that forms a valid UTF-8 character of a
//! plausible script (Latin, Vietnamese, combining marks, punctuation, symbols, emoji) by
//! that character. Anything else, and every character outside those runs, is kept as it
//! was, so a line of clean text next to a damaged one is untouched.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::tables::CP1252_80;
use crate::blocks::Block;

/// Whether `bytes` (valid UTF-8) hold at least one mojibake pair.
pub(super) fn has_signature(bytes: &[u8]) -> bool {
    first_pair(bytes).is_some()
}

/// What one pass over valid UTF-8 found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Scan {
    /// A mojibake pair (see the module docs).
    pub mojibake: bool,
    /// A lead byte 0xC7..=0xCA or 0xCE..=0xDF: a character of U+01C0..=U+02BF or
    /// U+0380..=U+07FF (IPA, Greek, Cyrillic, Arabic, N'Ko …), which Vietnamese does not use
    /// but TCVN3 or VISCII bytes can form by accident.
    pub foreign: bool,
}

/// [`Scan`] of `bytes`. The search for foreign lead bytes stops with the block of 64 bytes
/// that holds the first mojibake pair (as the scan always did: it went block by block and
/// stopped there), and never looks at a text shorter than 3 bytes.
pub(super) fn scan(bytes: &[u8]) -> Scan {
    let n = bytes.len();
    if n < 3 {
        return Scan::default();
    }
    let pair = first_pair(bytes);
    let end = pair.map_or(n, |i| (i / 64 * 64 + 64).min(n - 2));
    // Branch-free, so that the compiler vectorises it.
    let foreign = bytes[..end].iter().fold(0u8, |acc, &b| {
        acc | u8::from((b.wrapping_sub(0xC7) < 4) | (b.wrapping_sub(0xCE) < 18))
    });
    Scan {
        mojibake: pair.is_some(),
        foreign: foreign != 0,
    }
}

/// `ƒ`, the one image of a continuation byte (0x83) that starts with C6, the lead byte of
/// `ơ` and `ư` too.
static F_HOOK: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ƒ".as_bytes()));

/// Where the first mojibake pair of `bytes` starts.
///
/// The pair's first byte C3 also leads most accented letters (`á` is C3 A1), so it is
/// found from its second character, the image of a continuation byte (see
/// [`starts_continuation_image`]), whose UTF-8 starts with C2, C5, CB or E2 or is `ƒ`
/// (C6 92). Apart from E2 (typographic quotes and dashes) and the C2 of a no-break space
/// these are rare in clean text, so the SIMD searches of `memchr` for them seldom stop.
/// Each search ends at its first pair, and the first of those is the first pair.
fn first_pair(bytes: &[u8]) -> Option<usize> {
    let pair_before = |second: usize| second.checked_sub(2).filter(|&i| is_pair_at(bytes, i));
    [
        memchr::memchr3_iter(0xC2, 0xC5, 0xCB, bytes).find_map(pair_before),
        memchr::memchr_iter(0xE2, bytes).find_map(pair_before),
        F_HOOK.find_iter(bytes).find_map(pair_before),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// Whether a mojibake pair starts at byte `i`: the image of a lead byte 0xC2..=0xF4 (`Ã‚` to
/// `Ã´`, C3 82..=B4), then the image of a continuation byte.
fn is_pair_at(bytes: &[u8], i: usize) -> bool {
    bytes[i] == 0xC3
        && bytes.get(i + 1).is_some_and(|b| matches!(b, 0x82..=0xB4))
        && starts_continuation_image(&bytes[i + 2..])
}

/// Whether `rest` starts with the UTF-8 of a Windows-1252 image of a byte 0x80..=0xBF.
fn starts_continuation_image(rest: &[u8]) -> bool {
    matches!(
        rest,
        [0xC2, 0x80..=0xBF, ..]
            | [0xC5, 0x92 | 0x93 | 0xA0 | 0xA1 | 0xB8 | 0xBD | 0xBE, ..]
            | [0xC6, 0x92, ..]
            | [0xCB, 0x86 | 0x9C, ..]
            | [0xE2, 0x80, 0x93..=0xBA, ..]
            | [0xE2, 0x82, 0xAC, ..]
            | [0xE2, 0x84, 0xA2, ..]
    )
}

/// The byte that Windows-1252 or Latin-1 reads as `c`, for bytes 0x80..=0xFF. Both
/// readings occur, even in one document: 0x91 can have become `‘` (Windows-1252) or the
/// control U+0091 (Latin-1), so each maps back to 0x91.
fn byte_of(c: char) -> Option<u8> {
    match c {
        '\u{80}'..='\u{FF}' => Some(c as u32 as u8),
        '\u{100}'.. => CP1252_80
            .iter()
            .position(|&s| s == c)
            .map(|i| 0x80 + i as u8),
        _ => None,
    }
}

/// Characters a repaired sequence may give: what mojibake of Vietnamese text holds.
fn plausible(c: char) -> bool {
    matches!(c,
        '\u{A0}'..='\u{24F}'          // Latin-1 Supplement, Latin Extended-A and -B
        | '\u{300}'..='\u{36F}'       // combining diacritics (NFD text)
        | '\u{1E00}'..='\u{1EFF}'     // Latin Extended Additional (ạ … ỹ)
        | '\u{2000}'..='\u{206F}'     // general punctuation (“ ” – … •)
        | '\u{20A0}'..='\u{20CF}'     // currency signs
        | '\u{2100}'..='\u{22FF}'     // letterlike, number forms, arrows, maths
        | '\u{2500}'..='\u{27BF}'     // box drawing, shapes, dingbats
        | '\u{FEFF}'                  // BOM
        | '\u{1F300}'..='\u{1FAFF}'   // emoji
    )
}

/// Lead bytes of the UTF-8 of every image [`byte_of`] knows: C2/C3 (U+0080..=U+00FF) and
/// those of Windows-1252's specials (`Œ`, `ƒ`, `ˆ`, `€` …: C5, C6, CB, E2).
const IMAGE_LEADS: &[u8] = &[0xC2, 0xC3, 0xC5, 0xC6, 0xCB, 0xE2];

/// The byte whose image starts at byte `i` of `text`, and where that image ends.
fn image_at(text: &str, i: usize) -> Option<(u8, usize)> {
    let c = text[i..].chars().next()?;
    byte_of(c).map(|b| (b, i + c.len_utf8()))
}

/// Repairs the mojibake runs of `text`; `None` when nothing was repaired.
///
/// A run is a stretch of images, each starting where the one before ends. Only the
/// characters starting with a byte of [`IMAGE_LEADS`] can be images, so those are the only
/// places looked at, found a block of 64 bytes at a time (see [`Block`]).
pub(super) fn repair(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0; // text[..copied] is in `out` already
    let mut fixed = 0usize;
    let mut run: Vec<(u8, usize, usize)> = Vec::new(); // (byte, char start, char end)
    let mut base = 0;
    while base < b.len() {
        let mut leads = Block::load(b, base).any_of(IMAGE_LEADS);
        while leads != 0 {
            let i = base + leads.trailing_zeros() as usize;
            leads &= leads - 1;
            let Some((byte, end)) = image_at(text, i) else {
                continue;
            };
            if run.last().is_some_and(|&(_, _, last_end)| last_end != i) {
                // One image is one byte, never a whole UTF-8 sequence: only longer runs can
                // be repaired.
                if run.len() > 1 {
                    fixed += repair_run(text, &run, &mut out, &mut copied);
                }
                run.clear();
            }
            run.push((byte, i, end));
        }
        base += 64;
    }
    fixed += repair_run(text, &run, &mut out, &mut copied);
    if fixed == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// Decodes the valid, plausible UTF-8 characters of one run into `out`; returns how many.
fn repair_run(
    text: &str,
    run: &[(u8, usize, usize)],
    out: &mut String,
    copied: &mut usize,
) -> usize {
    let mut fixed = 0;
    let mut k = 0;
    while k < run.len() {
        let len = match run[k].0 {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        if len == 0 || k + len > run.len() {
            k += 1;
            continue;
        }
        let mut buf = [0u8; 4];
        for (slot, &(b, _, _)) in buf.iter_mut().zip(&run[k..k + len]) {
            *slot = b;
        }
        let decoded = std::str::from_utf8(&buf[..len])
            .ok()
            .and_then(|s| s.chars().next())
            .filter(|&c| plausible(c));
        match decoded {
            Some(c) => {
                out.push_str(&text[*copied..run[k].1]);
                out.push(c);
                *copied = run[k + len - 1].2;
                fixed += 1;
                k += len;
            }
            None => k += 1,
        }
    }
    fixed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan before [`first_pair`] searched for the pairs' second characters: the oracle
    /// of the differential test.
    fn scan_chunked(bytes: &[u8]) -> Scan {
        const BLOCK: usize = 64;
        let mut found = Scan::default();
        let n = bytes.len();
        if n < 3 {
            return found;
        }
        let (heads, tails) = (&bytes[..n - 2], &bytes[2..]);
        for (k, (h, t)) in heads.chunks(BLOCK).zip(tails.chunks(BLOCK)).enumerate() {
            let mut pair = false;
            let mut foreign = false;
            for (&a, &c) in h.iter().zip(t) {
                pair |= (a == 0xC3) & matches!(c, 0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2);
                foreign |= (a.wrapping_sub(0xC7) < 4) | (a.wrapping_sub(0xCE) < 18);
            }
            found.foreign |= foreign;
            if pair {
                let base = k * BLOCK;
                let hit = (base..base + h.len()).any(|i| {
                    bytes[i] == 0xC3
                        && matches!(bytes[i + 1], 0x82..=0xB4)
                        && starts_continuation_image(&bytes[i + 2..])
                });
                if hit {
                    found.mojibake = true;
                    return found;
                }
            }
        }
        found.foreign |= bytes[n - 2..]
            .iter()
            .any(|&b| matches!(b, 0xC7..=0xCA | 0xCE..=0xDF));
        found
    }

    /// [`repair`] as it was before it looked at blocks, char by char: the oracle of the
    /// differential test.
    fn repair_charwise(text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut fixed = 0usize;
        let mut run: Vec<(u8, usize, usize)> = Vec::new();
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let Some(b) = byte_of(c) else { continue };
            run.clear();
            run.push((b, i, i + c.len_utf8()));
            while let Some(&(j, d)) = iter.peek() {
                match byte_of(d) {
                    Some(b) => {
                        run.push((b, j, j + d.len_utf8()));
                        iter.next();
                    }
                    None => break,
                }
            }
            fixed += repair_run(text, &run, &mut out, &mut copied);
        }
        if fixed == 0 {
            return None;
        }
        out.push_str(&text[copied..]);
        Some(out)
    }

    /// Random texts of mojibake, its near misses and clean Vietnamese, across block borders.
    fn random_texts(seed: u64, count: usize) -> Vec<String> {
        let parts = [
            "a",
            " ",
            "Vi",
            "á»‡",
            "Ä‘",
            "Æ°",
            "â€œ",
            "â€\u{9D}",
            "Ã\u{AD}",
            "Ã",
            "Â",
            "»",
            "‡",
            "€",
            "™",
            "Œ",
            "ƒ",
            "ˆ",
            "˜",
            "–",
            "”",
            "“",
            "…",
            "\u{81}",
            "\u{90}",
            "Ã ",
            "à”",
            "á–",
            "Ж",
            "Ǆ",
            "ʻ",
            "ߊ",
            "ệ",
            "được",
            "ư",
            "ớ",
            "Đ",
            "đ",
            "ð",
            "\u{A0}",
            "\u{AD}",
            "ÂÊÔ",
            "ô",
            "😀",
            "ðŸ˜€",
            "Ã¢â‚¬Å“",
            "\n",
            "5.000",
        ];
        let mut rng = crate::testutil::Rng::new(seed);
        (0..count)
            .map(|_| {
                let len = rng.below(80);
                (0..len).map(|_| parts[rng.below(parts.len())]).collect()
            })
            .collect()
    }

    #[test]
    fn scan_agrees_with_the_chunked_loop() {
        for s in random_texts(0x2545_F491_4F6C_DD1D, 30_000) {
            assert_eq!(scan(s.as_bytes()), scan_chunked(s.as_bytes()), "{s:?}");
        }
    }

    #[test]
    fn repair_agrees_with_the_char_loop() {
        for s in random_texts(0x9E37_79B9_7F4A_7C15, 30_000) {
            assert_eq!(repair(&s), repair_charwise(&s), "{s:?}");
        }
    }

    #[test]
    fn repairs_vietnamese() {
        let cases = [
            ("Viá»‡t Nam", "Việt Nam"),
            ("Ä‘Æ°á»£c", "được"),
            ("Ä\u{91}Æ°á»£c viá»\u{87}c", "được việc"),
            ("â€œtrÃ\u{AD}ch dáº«nâ€\u{9D}", "“trích dẫn”"),
            ("Tá»‰nh á»§y vÃ\u{A0} HÄ\u{90}ND", "Tỉnh ủy và HĐND"),
            ("sáº¡ch. Viá»‡t Nam đẹp", "sạch. Việt Nam đẹp"),
        ];
        for (bad, good) in cases {
            assert!(has_signature(bad.as_bytes()), "{bad}");
            assert_eq!(repair(bad).as_deref(), Some(good), "{bad}");
        }
    }

    #[test]
    fn scan_finds_pairs_at_any_offset() {
        for pad in 0..140 {
            let t = format!("{}Viá»‡t", "x".repeat(pad));
            assert!(scan(t.as_bytes()).mojibake, "{pad}");
            let t = format!("{}Москва", "x".repeat(pad));
            let s = scan(t.as_bytes());
            assert!(s.foreign && !s.mojibake, "{pad}");
            let t = format!("{}Việt Nam", "x".repeat(pad));
            let s = scan(t.as_bytes());
            assert!(!s.foreign && !s.mojibake, "{pad}");
        }
        assert!(scan("xЖ".as_bytes()).foreign);
        assert!(!scan(b"").mojibake);
    }

    #[test]
    fn leaves_clean_text() {
        for t in [
            "Việt Nam có 866.020 người",
            "Cá»",
            "à\u{A0}là",
            "Giá: 5.000 đ — “rẻ”",
            "ÂÊÔ",
            "plain ascii",
        ] {
            assert!(!has_signature(t.as_bytes()) || repair(t).is_none(), "{t}");
        }
    }
}
