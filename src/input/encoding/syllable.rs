//! How Vietnamese a text looks: the share of its words with diacritics that are valid
//! Vietnamese syllables. This is what tells the legacy encodings apart, since each of them
//! maps the same bytes to different Vietnamese letters and only the right one spells words.
//!
//! A syllable is an onset consonant (`ngh`, `tr`, `đ`, or none), a vowel nucleus from a
//! closed list (`a`, `iê`, `ươ`, `uyê`, …), a coda (`ng`, `ch`, `t`, or none) and at most
//! one tone mark, on a vowel; a stop coda (`c`, `ch`, `p`, `t`) takes only the sắc or nặng
//! tone; some nuclei need a coda (`ă`, `iê`) or take none (`ai`, `ươi`), and `nh`/`ch`
//! follow only `a`, `ê`, `i`, `y` (`anh`, not `ơnh`). Case may change only from upper to
//! lower inside a word (`Việt`, `VIỆT`, not `tỔi`). So `người`, `Việt`, `giữ`, `quyết` are valid; `ngừời` (two tones), `vieät` (`ä`),
//! `đăt` (stop coda, no tone) and `ĐBSCL` are not. Words of plain ASCII say nothing either
//! way and are not counted.

use unicode_normalization::char::decompose_canonical;

/// Word counts of one candidate decoding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Score {
    /// Words with a non-ASCII letter that are valid Vietnamese syllables.
    pub valid: u32,
    /// Words with a non-ASCII letter that are not, plus stray symbols and control characters.
    pub invalid: u32,
}

impl Score {
    /// One number to rank candidates by: invalid words weigh double.
    pub fn rank(self) -> i64 {
        i64::from(self.valid) - 2 * i64::from(self.invalid)
    }

    /// Whether the text reads as Vietnamese: some syllables, and few words that are not.
    pub fn is_vietnamese(self) -> bool {
        self.valid >= 1 && self.valid >= 4 * self.invalid
    }
}

/// Onset consonants, ASCII except `đ` (written `D` in the internal letter code).
const ONSETS: &[&str] = &[
    "", "b", "c", "ch", "d", "D", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

/// Whether a nucleus takes a coda consonant.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Coda {
    /// Never (it ends in a glide or is a closed diphthong): `ai`, `ia`, `ươi`.
    Never,
    /// Always: `ă`, `â`, `iê`, `uô`, `ươ`.
    Needed,
    /// Either: `a`, `an`, `oa`, `oan`.
    Any,
}

/// Vowel nuclei (with their glides), in the internal letter code: `A` = ă, `B` = â, `E` = ê,
/// `O` = ô, `P` = ơ, `U` = ư.
const NUCLEI: &[(&str, Coda)] = &[
    // Single vowels: a ă â e ê i o ô ơ u ư y.
    ("a", Coda::Any),
    ("A", Coda::Needed),
    ("B", Coda::Needed),
    ("e", Coda::Any),
    ("E", Coda::Any),
    ("i", Coda::Any),
    ("o", Coda::Any),
    ("O", Coda::Any),
    ("P", Coda::Any),
    ("u", Coda::Any),
    ("U", Coda::Any),
    ("y", Coda::Any),
    // ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ (thuở)
    ("ai", Coda::Never),
    ("ao", Coda::Never),
    ("au", Coda::Never),
    ("ay", Coda::Never),
    ("Bu", Coda::Never),
    ("By", Coda::Never),
    ("eo", Coda::Never),
    ("Eu", Coda::Never),
    ("ia", Coda::Never),
    ("iu", Coda::Never),
    ("oi", Coda::Never),
    ("Oi", Coda::Never),
    ("Pi", Coda::Never),
    ("ua", Coda::Never),
    ("ui", Coda::Never),
    ("Ua", Coda::Never),
    ("Ui", Coda::Never),
    ("Uu", Coda::Never),
    ("uP", Coda::Never),
    // iê yê uô ươ oă uâ oo need a coda; oa oe uê uy may have one.
    ("iE", Coda::Needed),
    ("yE", Coda::Needed),
    ("uO", Coda::Needed),
    ("UP", Coda::Needed),
    ("oA", Coda::Needed),
    ("uB", Coda::Needed),
    ("oo", Coda::Needed),
    ("oa", Coda::Any),
    ("oe", Coda::Any),
    ("uE", Coda::Any),
    ("uy", Coda::Any),
    // iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu, and uyê (+ coda).
    ("iEu", Coda::Never),
    ("yEu", Coda::Never),
    ("oai", Coda::Never),
    ("oay", Coda::Never),
    ("oao", Coda::Never),
    ("oeo", Coda::Never),
    ("uBy", Coda::Never),
    ("uOi", Coda::Never),
    ("UPi", Coda::Never),
    ("UPu", Coda::Never),
    ("uya", Coda::Never),
    ("uyu", Coda::Never),
    ("uyE", Coda::Needed),
];

/// The only nuclei before the codas `nh` and `ch`: `anh`, `ênh`, `inh`, `ynh`, `oanh`,
/// `uênh`, `uynh`.
const BEFORE_NH_CH: &[&str] = &["a", "E", "i", "y", "oa", "uE", "uy"];

/// Nuclei never before the codas `ng` and `c` (there `nh`, `ch` are written instead).
const NOT_BEFORE_NG_C: &[&str] = &["E", "i", "y", "P", "uE", "uy"];

/// Coda consonants.
const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// The longest syllable, in letters (`nghiêng`), with room to spare.
const MAX_LETTERS: usize = 8;

/// Tones, as the combining mark that writes them.
const ACUTE: char = '\u{301}';
const DOT: char = '\u{323}';

/// Scores a candidate decoding of a document.
pub(super) fn score(text: &str) -> Score {
    let mut s = Score::default();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let in_word = is_alphabetic(c) || is_mark(c);
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                judge(&text[st..i], &mut s);
                start = None;
            }
            _ => {}
        }
        if !in_word && is_junk(c) {
            s.invalid += 1;
        }
    }
    if let Some(st) = start {
        judge(&text[st..], &mut s);
    }
    s
}

fn judge(word: &str, s: &mut Score) {
    if word.is_ascii() {
        return;
    }
    if is_syllable(word) {
        s.valid += 1;
    } else {
        s.invalid += 1;
    }
}

/// `c.is_alphabetic()`, answered without the standard library's table search for the Latin
/// blocks that every candidate decoding of Vietnamese is made of (all of their characters
/// are letters but `×` and `÷`).
fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{1E00}'..='\u{1EFF}' => true,
        '\u{C0}'..='\u{24F}' => !matches!(c, '×' | '÷'),
        _ => c.is_alphabetic(),
    }
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Characters that a wrong decoding produces and Vietnamese prose hardly has: control
/// characters, U+FFFD, and the symbols of Latin-1's upper half that are not common
/// punctuation.
fn is_junk(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{FFFD}' => true,
        '\u{A1}'..='\u{BF}' | '×' | '÷' => !matches!(c, '«' | '»' | '°' | '©' | '·'),
        _ => false,
    }
}

/// Whether `word` (letters and combining marks) is one Vietnamese syllable.
pub(super) fn is_syllable(word: &str) -> bool {
    let mut letters = [0u8; MAX_LETTERS];
    let mut n = 0;
    let mut tone = None;
    let mut ok = true;
    let mut lower_seen = false;
    for c in word.chars() {
        decompose_canonical(c, |d| {
            if !ok {
                return;
            }
            match d {
                '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' => {
                    let on_vowel = n > 0 && is_vowel_code(letters[n - 1]);
                    if tone.is_some() || !on_vowel {
                        ok = false;
                    }
                    tone = Some(d);
                }
                '\u{302}' | '\u{306}' | '\u{31B}' => {
                    let hatted = match (n.checked_sub(1).map(|i| letters[i]), d) {
                        (Some(b'a'), '\u{306}') => b'A',
                        (Some(b'a'), '\u{302}') => b'B',
                        (Some(b'e'), '\u{302}') => b'E',
                        (Some(b'o'), '\u{302}') => b'O',
                        (Some(b'o'), '\u{31B}') => b'P',
                        (Some(b'u'), '\u{31B}') => b'U',
                        _ => 0,
                    };
                    if hatted == 0 {
                        ok = false;
                    } else {
                        letters[n - 1] = hatted;
                    }
                }
                _ => {
                    // An upper-case letter after a lower-case one (`tỔi`) is no word.
                    if d.is_uppercase() && lower_seen {
                        ok = false;
                        return;
                    }
                    lower_seen |= d.is_lowercase();
                    let code = match d {
                        'a'..='z' => d as u8,
                        'A'..='Z' => d.to_ascii_lowercase() as u8,
                        'đ' | 'Đ' => b'D',
                        _ => 0,
                    };
                    if code == 0 || n == MAX_LETTERS {
                        ok = false;
                    } else {
                        letters[n] = code;
                        n += 1;
                    }
                }
            }
        });
        if !ok {
            return false;
        }
    }
    parse(&letters[..n], tone)
}

fn is_vowel_code(b: u8) -> bool {
    matches!(
        b,
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'A' | b'B' | b'E' | b'O' | b'P' | b'U'
    )
}

/// Checks onset + nucleus + coda on the letter codes of a word.
fn parse(letters: &[u8], tone: Option<char>) -> bool {
    let v0 = match letters.iter().position(|&b| is_vowel_code(b)) {
        Some(i) => i,
        None => return false,
    };
    let v1 = letters[v0..]
        .iter()
        .position(|&b| !is_vowel_code(b))
        .map_or(letters.len(), |i| v0 + i);
    let (onset, nucleus, coda) = (&letters[..v0], &letters[v0..v1], &letters[v1..]);
    if !CODAS.iter().any(|c| c.as_bytes() == coda) {
        return false;
    }
    let stop = matches!(coda, b"c" | b"ch" | b"p" | b"t");
    if stop && !matches!(tone, Some(ACUTE | DOT)) {
        return false;
    }
    let fits = |nucleus: &[u8]| {
        let Some(&(_, takes)) = NUCLEI.iter().find(|(n, _)| n.as_bytes() == nucleus) else {
            return false;
        };
        let is = |list: &[&str]| list.iter().any(|n| n.as_bytes() == nucleus);
        match coda {
            b"" => takes != Coda::Needed,
            _ if takes == Coda::Never => false,
            b"nh" | b"ch" => is(BEFORE_NH_CH),
            b"ng" | b"c" => !is(NOT_BEFORE_NG_C),
            _ => true,
        }
    };
    if ONSETS.iter().any(|o| o.as_bytes() == onset) && fits(nucleus) {
        return true;
    }
    // `gi` and `qu` take the vowel letter into the onset: `gia`, `giữ`, `quyết`.
    match (onset, nucleus.split_first()) {
        (b"g", Some((b'i', rest))) | (b"q", Some((b'u', rest))) => !rest.is_empty() && fits(rest),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_alphabetic_is_the_standard_librarys() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    use super::*;

    #[test]
    fn valid_syllables() {
        for w in [
            "người", "Việt", "giữ", "gì", "quyết", "nghiêng", "Đảng", "khuỷu", "NGHỊ", "thuở",
            "hoà", "hòa", "xoong", "gìn", "a\u{301}", "Tỉnh", "uỷ", "của",
        ] {
            assert!(is_syllable(w), "{w}");
        }
    }

    #[test]
    fn invalid_syllables() {
        for w in [
            "ngừời",
            "vieät",
            "đăt",
            "ĐBSCL",
            "Ñoàng",
            "ấă",
            "Ø",
            "café",
            "naïve",
            "Ăn\u{301}",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }

    #[test]
    fn scores_count_words() {
        let s = score("Việt Nam có 866.020 người ¶");
        assert_eq!(
            s,
            Score {
                valid: 3,
                invalid: 1
            }
        );
    }
}
