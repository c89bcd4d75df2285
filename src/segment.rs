//! Sentence splitting.
//!
//! A line break always ends a sentence. Inside a line, a sentence ends after `.`, `!`, `?`,
//! `…` or `...` (and any closing quotes or brackets after them) when white space and then the
//! start of a new sentence follow: an upper-case letter, a digit, or an opening quote or
//! bracket. A dot is not an end after an abbreviation of [`ABBREVIATIONS`] (`TP.`, `PGS.TS.`,
//! `v.v.`) or a single upper-case initial (`Nguyễn H. Nam`). Dots inside numbers and dates
//! (`1.030`, `6.11.2020`) are never followed by a space, so they never end a sentence.

use std::sync::LazyLock;

use crate::span::Span;

/// Abbreviations written with a final dot that does not end a sentence. Compared
/// case-sensitively against the word before the dot (the dot-joined compounds such as
/// `PGS.TS` are listed whole).
pub const ABBREVIATIONS: &[&str] = &[
    "TP",
    "Tp",
    "tp",
    "TS",
    "PGS",
    "GS",
    "ThS",
    "BS",
    "KS",
    "CN",
    "NCS",
    "PGS.TS",
    "GS.TS",
    "GS.TSKH",
    "TSKH",
    "BSCKII",
    "BSCKI",
    "BS.CKII",
    "BS.CKI",
    "ThS.BS",
    "TS.BS",
    "PGS.TS.BS",
    "Th.S",
    "v.v",
    "vv",
    "St",
    "Q",
    "P",
    "TT",
    "Tx",
    "TX",
    "H",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Bs",
    "Ths",
    "Ts",
    "Gs",
    "Pgs",
    "ĐT",
    "NXB",
    "Nxb",
    "tr",
    "TR",
    "Tr",
    "No",
    "Co",
    "Ltd",
    "Inc",
    "vs",
    "ThS.KTS",
    "KTS",
    "Đ/c",
    "đ/c",
    "Lt",
    "Sr",
    "Jr",
    "St",
];

/// Characters that may close a sentence after its final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '}')
}

/// Characters that may open a new sentence besides upper-case letters and digits.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '-' | '–' | '—' | '•' | '*'
    )
}

/// The sentences of `text`, as byte spans without surrounding white space.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    let mut line_start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        split_line(text, line_start, nl, &mut out);
        line_start = nl + 1;
    }
    split_line(text, line_start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    // Most sentences start with a letter and end with a dot: no white space to trim, and
    // no char to decode for it (a byte of a multi-byte char may be white space: U+00A0).
    let b = s.as_bytes();
    let lead = match b.first() {
        Some(&c) if c.is_ascii() && !is_ascii_space(c) || lead_of_no_space(c) => 0,
        _ => s.len() - s.trim_start().len(),
    };
    let trail = match b.last() {
        Some(&c) if c.is_ascii() && !is_ascii_space(c) => 0,
        _ => s.len() - s.trim_end().len(),
    };
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// True for the first byte of a multi-byte char that is not white space: the white space
/// outside ASCII starts with 0xC2 (U+0085, U+00A0), 0xE1 (U+1680), 0xE2 (U+2000..U+205F) or
/// 0xE3 (U+3000).
fn lead_of_no_space(c: u8) -> bool {
    c >= 0xC0 && !matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// The ASCII bytes that are white space for [`char::is_whitespace`] (`\t`, `\n`, vertical
/// tab, form feed, `\r`, space; `u8::is_ascii_whitespace` leaves out the vertical tab).
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b'\t'..=b'\r' | b' ')
}

/// True for a sentence-final punctuation character.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// The terminal punctuation of a line, in order: `.`, `!` and `?` by one pass of
/// `memchr3`, and `…` (rare) by a search that is run again only when it has been passed.
struct Terminals<'a> {
    b: &'a [u8],
    marks: memchr::Memchr3<'a>,
    mark: Option<usize>,
    ellipsis: Option<usize>,
}

impl<'a> Terminals<'a> {
    fn new(b: &'a [u8]) -> Terminals<'a> {
        let mut marks = memchr::memchr3_iter(b'.', b'!', b'?', b);
        Terminals {
            b,
            mark: marks.next(),
            marks,
            ellipsis: ELLIPSIS.find(b),
        }
    }

    /// The first terminal at or after byte `from`, with its byte length.
    fn next(&mut self, from: usize) -> Option<(usize, usize)> {
        while self.mark.is_some_and(|m| m < from) {
            self.mark = self.marks.next();
        }
        if self.ellipsis.is_some_and(|e| e < from) {
            self.ellipsis = ELLIPSIS.find(&self.b[from..]).map(|e| e + from);
        }
        match (self.mark, self.ellipsis) {
            (Some(m), Some(e)) if e < m => Some((e, 3)),
            (Some(m), _) => Some((m, 1)),
            (None, e) => e.map(|e| (e, 3)),
        }
    }
}

/// The searcher for `…`, built once: building one for each line cost more than the search.
static ELLIPSIS: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("…"));

/// Splits one line (`text[start..end]`, no line break inside) into sentences.
fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let b = line.as_bytes();
    let mut sent_start = start;
    let mut i = 0;
    let mut terminals = Terminals::new(b);
    while let Some((at, len)) = terminals.next(i) {
        // Extend over a run of terminal punctuation and closers: `...`, `?!`, `.”`.
        let mut stop = at + len;
        while let Some(n) = line[stop..].chars().next() {
            if is_terminal(n) || is_closer(n) {
                stop += n.len_utf8();
            } else {
                break;
            }
        }
        i = stop;
        if ends_sentence(line, at, stop) {
            push_trimmed(text, sent_start, start + stop, out);
            sent_start = start + stop;
        }
    }
    push_trimmed(text, sent_start, end, out);
}

/// True when the run of terminal punctuation and closers `line[at..stop]` ends a sentence:
/// white space and then the start of a new sentence follow, and it is not the dot of an
/// abbreviation.
fn ends_sentence(line: &str, at: usize, stop: usize) -> bool {
    // Most dots are inside numbers or before a comma or a letter: an ASCII byte that is not
    // white space turns them down without decoding the rest.
    match line.as_bytes().get(stop) {
        None => return false,
        Some(&c) if c.is_ascii() && !is_ascii_space(c) => return false,
        Some(_) => {}
    }
    // The white space after it: ASCII white space byte by byte, the rare other white space
    // (U+00A0, U+3000, …) by decoding where a multi-byte char follows.
    let b = line.as_bytes();
    let mut next_at = stop;
    while b.get(next_at).is_some_and(|&c| is_ascii_space(c)) {
        next_at += 1;
    }
    if b.get(next_at).is_some_and(|c| !c.is_ascii()) {
        next_at = line.len() - line[next_at..].trim_start().len();
    }
    if next_at == stop || next_at == line.len() {
        return false; // no space after it, or end of line (handled by the line split)
    }
    let next = line[next_at..].chars().next().unwrap_or(' ');
    if !(next.is_uppercase() || next.is_ascii_digit() || is_opener(next)) {
        return false;
    }
    !(line.as_bytes()[at] == b'.' && stop == at + 1 && is_abbreviation(&line[..at]))
}

/// True when the word just before a dot (the text ends right before the dot) is an
/// abbreviation or a single upper-case initial.
fn is_abbreviation(before: &str) -> bool {
    // The word ends like a listed word, or with a dot (dot-joined listed words), or is an
    // initial: most words before a dot (`năm.`, `đồng.`) are turned down here, without
    // looking for their start.
    let Some(&last) = before.as_bytes().last() else {
        return false;
    };
    let may_be = if last.is_ascii() {
        LISTED_TAILS[usize::from(last)] || last == b'.' || last.is_ascii_uppercase()
    } else {
        // Listed words end with an ASCII byte: only an initial ends with another char.
        before.chars().next_back().is_some_and(char::is_uppercase)
    };
    if !may_be {
        return false;
    }
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '['))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut cs = word.chars();
    let first = cs.next().unwrap_or(' ');
    if cs.next().is_none() && first.is_uppercase() {
        return true; // an initial: "Nguyễn H. Nam"
    }
    // A listed word, or dot-joined listed words, starts like a listed word or with a dot:
    // most words before a dot (`năm.`, `đồng.`) are turned down here.
    let lead = word.as_bytes()[0];
    if !(LISTED_LEADS[usize::from(lead)] || lead == b'.') {
        return false;
    }
    is_listed(word)
        || word.bytes().any(|c| c == b'.') && word.split('.').all(|p| p.is_empty() || is_listed(p))
}

/// The first bytes of [`ABBREVIATIONS`].
static LISTED_LEADS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut leads = [false; 256];
    for a in ABBREVIATIONS {
        leads[usize::from(a.as_bytes()[0])] = true;
    }
    leads
});

/// The last bytes of [`ABBREVIATIONS`].
static LISTED_TAILS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut tails = [false; 256];
    for a in ABBREVIATIONS {
        tails[usize::from(a.as_bytes()[a.len() - 1])] = true;
    }
    tails
});

/// [`ABBREVIATIONS`] packed into integers (see [`pack`]), sorted.
static LISTED: LazyLock<Vec<u128>> = LazyLock::new(|| {
    let mut v: Vec<u128> = ABBREVIATIONS
        .iter()
        .map(|a| pack(a).expect("abbreviations are at most 15 bytes"))
        .collect();
    v.sort_unstable();
    v
});

/// The bytes of a word of at most 15 bytes, with its length in the last byte, as one
/// integer: a lookup is then a few integer compares instead of string compares.
fn pack(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.len() > 15 {
        return None;
    }
    // `u128::from_le_bytes` of the bytes padded with zeros, the length in the last byte
    // (built in place: copying into a buffer called `memset` and `memcpy`).
    let k = b
        .iter()
        .enumerate()
        .fold((b.len() as u128) << 120, |k, (i, &c)| {
            k | u128::from(c) << (8 * i)
        });
    Some(k)
}

/// True when `word` is one of [`ABBREVIATIONS`].
fn is_listed(word: &str) -> bool {
    pack(word).is_some_and(|k| LISTED.binary_search(&k).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_is_the_abbreviation_list() {
        for a in ABBREVIATIONS {
            assert!(is_listed(a), "{a}");
            // `is_abbreviation` relies on it.
            assert!(a.as_bytes()[a.len() - 1].is_ascii(), "{a}");
            for cut in 1..a.len() {
                if let Some(p) = a.get(..cut) {
                    assert_eq!(is_listed(p), ABBREVIATIONS.contains(&p), "{p}");
                }
            }
        }
        for w in [
            "",
            "T",
            "tP",
            "Tpx",
            "PGS.TS.BS.X",
            "abcdefghijklmnopq",
            "TP\0",
        ] {
            assert_eq!(is_listed(w), ABBREVIATIONS.contains(&w), "{w}");
        }
    }

    #[test]
    fn white_space_outside_ascii_starts_with_the_listed_bytes() {
        for c in (0x80..=char::MAX as u32).filter_map(char::from_u32) {
            if c.is_whitespace() {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(!lead_of_no_space(lead), "{c:?}");
            }
        }
    }

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| &t[s]).collect()
    }

    /// The first, char-by-char version of [`sentences`], kept as the reference the fast one
    /// must agree with.
    fn sentences_reference(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut line_start = 0;
        for line in text.split('\n') {
            split_line_reference(text, line_start, line_start + line.len(), &mut out);
            line_start += line.len() + 1;
        }
        out
    }

    fn push_trimmed_reference(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
        let s = &text[start..end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail < s.len() {
            out.push(Span::new(start + lead, end - trail));
        }
    }

    fn split_line_reference(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
        let line = &text[start..end];
        let mut sent_start = start;
        let mut iter = line.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            // Extend over a run of terminal punctuation and closers: `...`, `?!`, `.”`.
            let mut stop = i + c.len_utf8();
            while let Some(&(j, n)) = iter.peek() {
                if matches!(n, '.' | '!' | '?' | '…') || is_closer(n) {
                    stop = j + n.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let rest = &line[stop..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() || trimmed.is_empty() {
                continue; // no space after it, or end of line (handled by the line split)
            }
            let next = trimmed.chars().next().unwrap_or(' ');
            if !(next.is_uppercase() || next.is_ascii_digit() || is_opener(next)) {
                continue;
            }
            if c == '.' && stop == i + 1 && is_abbreviation(&line[..i]) {
                continue;
            }
            push_trimmed_reference(text, sent_start, start + stop, out);
            sent_start = start + stop;
        }
        push_trimmed_reference(text, sent_start, end, out);
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_reference(s in "[aA1 .!?…”\"(\\nTPHđĐ]{0,24}") {
            proptest::prop_assert_eq!(sentences(&s), sentences_reference(&s));
        }
    }

    #[test]
    fn agrees_with_reference_on_generated_texts() {
        // Terminals, closers, openers, white space of every width, upper- and lower-case
        // letters and abbreviations, in texts long enough to cross the 64-byte blocks.
        let parts = [
            ".",
            "...",
            "!",
            "?",
            "…",
            "?!",
            ".”",
            "”",
            "’",
            ")",
            "]",
            "»",
            "}",
            "\"",
            "'",
            "“",
            "‘",
            "(",
            "[",
            "«",
            "-",
            "–",
            "—",
            "•",
            "*",
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            "\u{a0}",
            "\u{2003}",
            "\u{3000}",
            "\u{85}",
            "\u{b}",
            "\u{c}",
            "\u{1680}",
            "\u{202f}",
            "a",
            "b",
            "đ",
            "ạ",
            "A",
            "Đ",
            "Ứ",
            "1",
            "9",
            "TP",
            "PGS.TS",
            "Th.S",
            ".TP",
            "BS.CKII",
            "Mr",
            "vv",
            "x.TP",
            "v.v",
            "H",
            "Tp",
            "Đ/c",
            "ThS.BS",
            "x.y",
            "Nguyễn ",
            "câu",
            "\u{2028}",
        ];
        let mut rng = crate::testutil::Rng::new(0x2545_F491_4F6C_DD1D);
        for _ in 0..30_000 {
            let len = rng.below(80);
            let s: String = (0..len).map(|_| parts[rng.below(parts.len())]).collect();
            assert_eq!(sentences(&s), sentences_reference(&s), "{s:?}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Một câu. Hai câu.", &["Một câu.", "Hai câu."]),
            ("Dòng một\nDòng hai", &["Dòng một", "Dòng hai"]),
            (
                "Tại TP. Hồ Chí Minh có mưa. Mai nắng.",
                &["Tại TP. Hồ Chí Minh có mưa.", "Mai nắng."],
            ),
            (
                "Theo PGS.TS. Nguyễn Văn A, thu 1.030 tỷ đồng. Hết.",
                &["Theo PGS.TS. Nguyễn Văn A, thu 1.030 tỷ đồng.", "Hết."],
            ),
            (
                "Ngày 6.11.2020 họp. Xong.",
                &["Ngày 6.11.2020 họp.", "Xong."],
            ),
            (
                "Gồm sách, vở v.v. Ngoài ra còn bút.",
                &["Gồm sách, vở v.v. Ngoài ra còn bút."],
            ),
            (
                "Ông nói: “Được.” Sau đó đi.",
                &["Ông nói: “Được.”", "Sau đó đi."],
            ),
            (
                "Chờ đợi... rồi đi. Thế là xong!",
                &["Chờ đợi... rồi đi.", "Thế là xong!"],
            ),
            ("Chờ đợi… Rồi đi", &["Chờ đợi…", "Rồi đi"]),
            (
                "Bà Nguyễn T. Hoa phát biểu.",
                &["Bà Nguyễn T. Hoa phát biểu."],
            ),
            ("Có 5 người. 3 người về.", &["Có 5 người.", "3 người về."]),
            (
                "ThS. Lê Văn B và GS. Trần C dự.",
                &["ThS. Lê Văn B và GS. Trần C dự."],
            ),
            ("Thật sao? Đúng vậy.", &["Thật sao?", "Đúng vậy."]),
            ("  \n\n  ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "text {text:?}");
        }
    }
}
