//! Invisible characters, spaces and line breaks (SPEC §3.4).

use std::borrow::Cow;

use crate::blocks::{self, Classes};

/// Characters removed outright: zero-width space/non-joiner/joiner, word joiner, BOM (zero
/// width no-break space), soft hyphen, left-to-right/right-to-left marks.
const REMOVED: &[char] = &[
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{00ad}', '\u{200e}', '\u{200f}',
];

fn is_removed(c: char) -> bool {
    REMOVED.contains(&c)
}

/// Horizontal white space that becomes one plain space: tab, vertical tab, form feed,
/// no-break space and the Unicode space separators (category Zs).
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{0b}' | '\u{0c}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Line separators other than `\n` that become `\n` (CR is handled with CRLF).
fn is_line_break(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// The character starting at byte `i` when it is one this stage changes (removed, space or
/// line break), else `None`. Only called on the lead bytes that can start such a character:
/// U+00A0/U+00AD/U+0085 (C2), U+1680 (E1 9A), U+2000–U+206F (E2 80/81), U+3000 (E3 80 80),
/// U+FEFF (EF BB BF). Vietnamese letters (E1 B8–BB) are rejected on their second byte.
#[inline]
fn special_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let second = *b.get(i + 1)?;
    let c = match (b[i], second) {
        (0xC2, 0xA0) => '\u{a0}',
        (0xC2, 0xAD) => '\u{ad}',
        (0xC2, 0x85) => '\u{85}',
        (0xE1, 0x9A) | (0xE2, 0x80 | 0x81) | (0xE3, 0x80) | (0xEF, 0xBB) => {
            let third = *b.get(i + 2)?;
            let cp = (u32::from(b[i] & 0x0F) << 12)
                | (u32::from(second & 0x3F) << 6)
                | u32::from(third & 0x3F);
            char::from_u32(cp)?
        }
        _ => return None,
    };
    (is_removed(c) || is_space(c) || is_line_break(c)).then_some((c, c.len_utf8()))
}

/// Bytes that may start something this stage looks at: ASCII white space and the lead bytes
/// of [`special_at`].
const LEADS: &[u8] = &[
    b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF,
];

const fn lead_table() -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < LEADS.len() {
        t[LEADS[k] as usize] = true;
        k += 1;
    }
    t
}

static LEAD: [bool; 256] = lead_table();

fn is_clean(text: &str) -> bool {
    bytes_are_clean(text.as_bytes())
}

blocks::dispatch_classes! {
    /// True when `text` needs no change by [`clean`]. The common case, clean text, costs a
    /// few byte classes per block of 64 bytes (see [`blocks::Block`]), from which the white
    /// space that always changes is found exactly: a space before a space or newline, a
    /// newline before a space, three newlines in a row, CR, tab, VT and FF. Then the lead
    /// bytes of the special characters (C2, and E2..=EF for E2, E3 and EF) and the second
    /// byte 9A of U+1680 (E1 9A 80: `E1` itself leads most Vietnamese letters) are looked at
    /// exactly with [`special_at`], as typographic quotes and dashes share `E2 80` with the
    /// special spaces.
    fn bytes_are_clean(b: &[u8]) -> bool = bytes_are_clean_with;
}

/// [`bytes_are_clean`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn bytes_are_clean_with<B: Classes>(b: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return true;
    };
    if matches!(first, b' ' | b'\n') || matches!(last, b' ' | b'\n' | b'\r' | b'\t' | 0x0b | 0x0c) {
        return false;
    }
    let (mut prev_space, mut prev_newline) = (0u64, 0u64); // the masks of the block before
    let mut base = 0;
    while base < b.len() {
        let block = B::load(b, base);
        let space = block.eq(b' ');
        let newline = block.eq(b'\n');
        // The bytes after a space, after a newline, after two newlines (bit 0 and 1 from the
        // block before).
        let after_space = space << 1 | prev_space >> 63;
        let after_newline = newline << 1 | prev_newline >> 63;
        let after_two_newlines = after_newline & (newline << 2 | prev_newline >> 62);
        let changed = (after_space & (space | newline))
            | (after_newline & space)
            | (after_two_newlines & newline)
            | (block.range(b'\t', b'\r') & !newline);
        if changed != 0 {
            return false;
        }
        let mut specials = block.eq(0xC2) | block.range(0xE2, 0xEF);
        while specials != 0 {
            let i = base + specials.trailing_zeros() as usize;
            specials &= specials - 1;
            if special_at(b, i).is_some() {
                return false;
            }
        }
        let mut ogham = block.eq(0x9A);
        while ogham != 0 {
            let i = base + ogham.trailing_zeros() as usize;
            ogham &= ogham - 1;
            if i > 0 && b[i - 1] == 0xE1 && special_at(b, i - 1).is_some() {
                return false;
            }
        }
        (prev_space, prev_newline) = (space, newline);
        base += 64;
    }
    true
}

/// True when byte `n` at `i` starts a character [`clean`] keeps as it is (not white space,
/// not a character it removes or replaces).
#[inline]
fn starts_visible(b: &[u8], i: usize, n: u8) -> bool {
    match n {
        0x21..=0x7E => true,
        0x80.. => !LEAD[usize::from(n)] || special_at(b, i).is_none(),
        _ => false,
    }
}

/// Applies SPEC §3.4 to `text`; borrows it when nothing changes.
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    if is_clean(text) {
        return Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Spaces and newlines are held back until the next visible character, so that trailing
    // spaces of a line, runs of spaces and runs of blank lines are dropped in one pass.
    // Visible bytes are copied in runs.
    let mut pending_space = false;
    let mut pending_newlines = 0usize;
    let mut run = 0; // start of the current run of visible bytes
    let mut places = Places::new(b);
    while let Some(i) = places.next() {
        let c = b[i];
        // A single space between two visible characters stays inside the run: ending the
        // run there would copy text word by word.
        if c == b' ' && run < i && b.get(i + 1).is_some_and(|&n| starts_visible(b, i + 1, n)) {
            continue;
        }
        let (what, len) = match c {
            b' ' | b'\t' | 0x0b | 0x0c => (' ', 1),
            b'\n' => ('\n', 1),
            b'\r' if b.get(i + 1) == Some(&b'\n') => ('\n', 2),
            b'\r' => ('\n', 1),
            _ => match special_at(b, i) {
                Some((c, len)) if is_removed(c) => ('\0', len),
                Some((c, len)) if is_space(c) => (' ', len),
                Some((_, len)) => ('\n', len),
                None => continue,
            },
        };
        // A visible run ends here: write what was pending before it, then the run.
        if run < i {
            flush(&mut out, &mut pending_space, &mut pending_newlines);
            out.push_str(&text[run..i]);
        }
        match what {
            ' ' => pending_space = true,
            '\n' => {
                pending_newlines += 1;
                pending_space = false;
            }
            _ => {} // removed outright
        }
        run = i + len;
        places.skip_to(run);
    }
    if run < b.len() {
        flush(&mut out, &mut pending_space, &mut pending_newlines);
        out.push_str(&text[run..]);
    }
    // Runs start and end on character boundaries (after a whole character, before a lead
    // byte), so slicing `text` never fails and nothing is validated again.
    Cow::Owned(out)
}

/// The places [`clean`] has to look at, in order: every byte of [`LEAD`] but a single
/// space before a byte that surely starts a visible char, and but `E1` not before `9A`
/// (`E1` leads most Vietnamese letters; of its chars only U+1680 is white space). Found a
/// block of 64 bytes at a time (see [`blocks::Block`]); the byte after a block is not looked at, so
/// a space or `E1` at the end of a block is always a place. A space right where a run
/// starts is one too (see [`Places::skip_to`]).
struct Places<'a> {
    b: &'a [u8],
    base: usize,
    mask: u64,
    /// A place that comes before the mask: a space where a run starts.
    forced: Option<usize>,
}

impl<'a> Places<'a> {
    fn new(b: &'a [u8]) -> Places<'a> {
        let mut p = Places {
            b,
            base: 0,
            mask: 0,
            forced: None,
        };
        if !b.is_empty() {
            p.load(0);
        }
        p.skip_to(0);
        p
    }

    fn load(&mut self, base: usize) {
        self.base = base;
        self.mask = places(self.b, base);
    }

    /// Goes on from `at`, the start of a run: a space there is a place.
    fn skip_to(&mut self, at: usize) {
        if at >= self.base + 64 {
            if at < self.b.len() {
                self.load(at);
            } else {
                self.mask = 0;
            }
        } else if at > self.base {
            self.mask &= u64::MAX << (at - self.base);
        }
        self.forced = (self.b.get(at) == Some(&b' ')).then_some(at);
    }

    fn next(&mut self) -> Option<usize> {
        if let Some(f) = self.forced.take() {
            if f >= self.base && f < self.base + 64 {
                self.mask &= !(1u64 << (f - self.base));
            }
            return Some(f);
        }
        loop {
            if self.mask != 0 {
                let i = self.base + self.mask.trailing_zeros() as usize;
                self.mask &= self.mask - 1;
                return Some(i);
            }
            let next = self.base + 64;
            if next >= self.b.len() {
                return None;
            }
            self.load(next);
        }
    }
}

blocks::dispatch_classes! {
    /// The places of [`Places`] in the block of `b` from `base`.
    fn places(b: &[u8], base: usize) -> u64 = places_with;
}

/// [`places`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn places_with<B: Classes>(b: &[u8], base: usize) -> u64 {
    const END: u64 = 1 << 63;
    let block = B::load(b, base);
    let space = block.eq(b' ');
    let e1 = block.eq(0xE1);
    let lead = block.any_of(LEADS);
    let plain_e1 = e1 & !(block.eq(0x9A) >> 1 | END);
    // Bytes after which a space may not stay in a run: white space and controls, DEL, and
    // the lead bytes of special chars (not a plain `E1`, which leads a letter).
    let stops_run = block.range(0, 0x20) | block.eq(0x7F) | (lead & !space & !plain_e1);
    let single_space = space & !(stops_run >> 1 | END);
    lead & !single_space & !plain_e1
}

/// Writes the white space held back before a visible character: nothing at the start of the
/// text, one or two newlines, or one space.
#[inline]
fn flush(out: &mut String, pending_space: &mut bool, pending_newlines: &mut usize) {
    if !out.is_empty() {
        if *pending_newlines > 0 {
            out.push('\n');
            if *pending_newlines > 1 {
                out.push('\n');
            }
        } else if *pending_space {
            out.push(' ');
        }
    }
    *pending_newlines = 0;
    *pending_space = false;
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
            |b, base| unsafe { places_with::<Block>(b, base) },
            |b, base| unsafe { places_with::<Block256>(b, base) },
        );
        // The whole-text check, once per text (the offset is not used).
        crate::testutil::block_scans_agree(
            str::to_string,
            |b, _| unsafe { bytes_are_clean_with::<Block>(b) },
            |b, _| unsafe { bytes_are_clean_with::<Block256>(b) },
        );
    }

    /// The byte-by-byte loop [`clean`] had before it looked at blocks (see [`Places`]): the
    /// oracle of the differential test.
    fn clean_bytewise(text: &str) -> String {
        let b = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        // Spaces and newlines are held back until the next visible character, so that trailing
        // spaces of a line, runs of spaces and runs of blank lines are dropped in one pass.
        // Visible bytes are copied in runs.
        let mut pending_space = false;
        let mut pending_newlines = 0usize;
        let mut run = 0; // start of the current run of visible bytes
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if !LEAD[c as usize] {
                i += 1;
                continue;
            }
            // A single space between two visible characters stays inside the run: ending the
            // run there would copy text word by word.
            if c == b' ' && run < i && b.get(i + 1).is_some_and(|&n| starts_visible(b, i + 1, n)) {
                i += 1;
                continue;
            }
            let (what, len) = match c {
                b' ' | b'\t' | 0x0b | 0x0c => (' ', 1),
                b'\n' => ('\n', 1),
                b'\r' if b.get(i + 1) == Some(&b'\n') => ('\n', 2),
                b'\r' => ('\n', 1),
                _ => match special_at(b, i) {
                    Some((c, len)) if is_removed(c) => ('\0', len),
                    Some((c, len)) if is_space(c) => (' ', len),
                    Some((_, len)) => ('\n', len),
                    None => {
                        i += 1;
                        continue;
                    }
                },
            };
            // A visible run ends here: write what was pending before it, then the run.
            if run < i {
                flush(&mut out, &mut pending_space, &mut pending_newlines);
                out.push_str(&text[run..i]);
            }
            match what {
                ' ' => pending_space = true,
                '\n' => {
                    pending_newlines += 1;
                    pending_space = false;
                }
                _ => {} // removed outright
            }
            i += len;
            run = i;
        }
        if run < b.len() {
            flush(&mut out, &mut pending_space, &mut pending_newlines);
            out.push_str(&text[run..]);
        }
        // Runs start and end on character boundaries (after a whole character, before a lead
        // byte), so slicing `text` never fails and nothing is validated again.
        out
    }

    #[test]
    fn places_agree_with_the_byte_loop() {
        // Every kind of byte `clean` looks at, mixed with letters, across block borders.
        let parts = [
            " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0b}", "\u{0c}", "\u{7f}", "\u{1}", "a", "Bộ",
            "ấy", "9", ".", "\u{a0}", "\u{ad}", "\u{85}", "\u{1680}", "\u{2003}", "\u{200b}",
            "\u{200e}", "\u{2028}", "\u{202f}", "\u{3000}", "\u{feff}", "“", "–", "\u{1e9a}", "ẞ",
            "xyz ",
        ];
        let mut rng = crate::testutil::Rng::new(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let len = rng.below(90);
            let s: String = (0..len).map(|_| parts[rng.below(parts.len())]).collect();
            let want = clean_bytewise(&s);
            assert_eq!(clean(&s), want, "{s:?}");
            assert_eq!(is_clean(&s), want == s, "{s:?}");
        }
    }

    #[test]
    fn table() {
        let cases = [
            ("a  b", "a b"),
            ("a\u{a0}b", "a b"),
            ("a\u{200b}b", "ab"),
            ("a\u{ad}b", "ab"),
            ("\u{feff}a", "a"),
            ("a\r\nb\rc", "a\nb\nc"),
            ("  a  \n  b  ", "a\nb"),
            ("a\n\n\n\nb", "a\n\nb"),
            ("a\n \n \nb", "a\n\nb"),
            ("a\tb", "a b"),
            ("\n\na\n\n", "a"),
            ("a \u{2003} b", "a b"),
            ("", ""),
            ("   ", ""),
        ];
        for (input, want) in cases {
            assert_eq!(clean(input), want, "input {input:?}");
            assert_eq!(clean(want), want, "idempotent on {want:?}");
        }
    }

    /// The first, char-by-char version of [`clean`], kept as the reference the fast one must
    /// agree with.
    fn clean_reference(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut pending_space = false;
        let mut pending_newlines = 0usize;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if is_removed(c) {
                continue;
            }
            if c == '\r' || c == '\n' || is_line_break(c) {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                pending_newlines += 1;
                pending_space = false;
                continue;
            }
            if is_space(c) {
                pending_space = true;
                continue;
            }
            if !out.is_empty() {
                if pending_newlines > 0 {
                    out.push('\n');
                    if pending_newlines > 1 {
                        out.push('\n');
                    }
                } else if pending_space {
                    out.push(' ');
                }
            }
            pending_newlines = 0;
            pending_space = false;
            out.push(c);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_reference(
            s in "[ a\\n\\r\\t\u{a0}\u{ad}\u{85}\u{200b}\u{2028}\u{2003}\u{3000}\u{feff}\u{1680}\u{1ea1}\u{2026}x]{0,24}"
        ) {
            proptest::prop_assert_eq!(clean(&s).into_owned(), clean_reference(&s));
        }
    }

    #[test]
    fn clean_text_borrows() {
        assert!(matches!(
            clean("Hà Nội, ngày 6/11.\n\nTiếp"),
            Cow::Borrowed(_)
        ));
    }
}
