//! Invisible characters, spaces and line breaks (SPEC §3.4).

use std::borrow::Cow;

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

/// True when `text` needs no change by [`clean`]: a fast scan over bytes for the common case.
fn is_clean(text: &str) -> bool {
    let b = text.as_bytes();
    if b.first().is_some_and(|&c| c == b' ' || c == b'\n')
        || b.last().is_some_and(|&c| c == b' ' || c == b'\n')
    {
        return false;
    }
    let mut prev = 0u8;
    let mut prev2 = 0u8;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b' ' if prev == b' ' || prev == b'\n' => return false,
            b'\n' if prev == b' ' || (prev == b'\n' && prev2 == b'\n') => return false,
            b'\r' | b'\t' | 0x0b | 0x0c => return false,
            // Lead bytes of the multi-byte characters this stage may change:
            // U+00A0/U+00AD/U+0085 (C2), U+1680 (E1 9A), U+2000–U+206F (E2 80/81),
            // U+3000 (E3 80 80), U+FEFF (EF BB BF).
            0xC2 => {
                if matches!(b.get(i + 1), Some(0xA0 | 0xAD | 0x85)) {
                    return false;
                }
            }
            0xE1 | 0xE2 | 0xE3 | 0xEF => {
                let c = text[i..].chars().next().unwrap_or(' ');
                if is_removed(c) || is_space(c) || is_line_break(c) {
                    return false;
                }
            }
            _ => {}
        }
        prev2 = prev;
        prev = c;
    }
    true
}

/// Applies SPEC §3.4 to `text`; borrows it when nothing changes.
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    if is_clean(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    // Spaces and newlines are held back until the next visible character, so that trailing
    // spaces of a line, runs of spaces and runs of blank lines are dropped in one pass.
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
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn clean_text_borrows() {
        assert!(matches!(
            clean("Hà Nội, ngày 6/11.\n\nTiếp"),
            Cow::Borrowed(_)
        ));
    }
}
