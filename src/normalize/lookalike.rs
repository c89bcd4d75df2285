//! Look-alike letters (SPEC §3.3): the Icelandic eth `Ð`/`ð` (U+00D0/U+00F0), which legacy
//! fonts and converters put in place of `Đ`/`đ` (U+0110/U+0111), becomes `Đ`/`đ` when it
//! touches a letter, i.e. inside a Vietnamese word. Both are two bytes in UTF-8.

use std::sync::LazyLock;

use memchr::memmem::Finder;

const PAIRS: &[(char, char)] = &[('Ð', 'Đ'), ('ð', 'đ')];

/// SIMD substring searchers for `Ð` (C3 90) and `ð` (C3 B0), built once.
static ETHS: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| [Finder::new("Ð".as_bytes()), Finder::new("ð".as_bytes())]);

/// Returns the fixed text, or `None` when nothing changes.
pub(crate) fn fix(text: &str) -> Option<String> {
    // Two SIMD substring scans instead of a char scan.
    let b = text.as_bytes();
    if ETHS.iter().all(|eth| eth.find(b).is_none()) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut changed = false;
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let to = PAIRS.iter().find(|(from, _)| *from == c).map(|&(_, to)| to);
        let in_word = (i > 0 && chars[i - 1].is_alphabetic())
            || chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        match to {
            Some(to) if in_word => {
                out.push(to);
                changed = true;
            }
            _ => out.push(c),
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eth_in_words() {
        assert_eq!(fix("Ðảng").as_deref(), Some("Đảng"));
        assert_eq!(fix("NÐ-CP").as_deref(), Some("NĐ-CP"));
        assert_eq!(fix("ðường").as_deref(), Some("đường"));
        assert_eq!(fix("a Ð b"), None);
        assert_eq!(fix("Đảng"), None);
    }
}
