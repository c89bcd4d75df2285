//! `legal_ref`: references to legal and party documents (SPEC §4.7).
//!
//! What matches (the span is the type word and the number/symbol, never a following date or
//! issuer; those fill fields in [`link`]):
//! - a type word (any case) with a number/symbol, `số`/`số:` or nothing between:
//!   `Nghị quyết số 21-NQ/TW`, `Nghị định 100/2019/NĐ-CP`, `NGHỊ ĐỊNH SỐ 49/2017/NĐ-CP`,
//!   `Luật số: 91/2015/QH13`, `Quyết định số 936/QĐ-UBND`, `Công văn số 3440/CV-BCĐ`;
//!   up to four words may stand between the type and `số`: `Bộ luật Hình sự số 100/2015/QH13`,
//!   `kết luận thanh tra số 1956/KL-CT`;
//! - the three numbering systems: normative number/year/TYPE-ORGAN (`01/2020/TT-BYT`,
//!   `05/2015/TTLT-BYT-BTC`, `58/2014/QH13`, and the variant `19-2017/NQ-CP`), administrative
//!   number/TYPE-ORGAN (`1234/QĐ-UBND`, `15/CT-TTg`) or number/ORGAN-UNIT for letters
//!   (`789/UBND-KT`), party number-TYPE/ORGAN (`21-NQ/TW`, `36-HD/VPTW`);
//! - a bare symbol whose first code is a known type or organ code: `100/2019/NĐ-CP`,
//!   `2100/QĐ-CT` (doc_type from the code);
//! - short mentions: `Nghị quyết 21`, `Nghị định số 87`, `công điện số 03` (their `id` comes
//!   from a full mention of the same type and number in the document, in [`link`]);
//! - named laws, codes and ordinances: `Luật Bảo hiểm xã hội năm 2014`, `Bộ luật Lao động
//!   2019`, `Luật Đất đai`, `Hiến pháp năm 2013` (title from `data/law_titles.txt`, longest
//!   first, else a capitalised run of words that stops at punctuation or a function word).
//!
//! What does not: `Điều 5`, `khoản 2`, `Nghị quyết Trung ương 5`, a type word with no number
//! (`Nghị quyết của Quốc hội`), `pháp luật Việt Nam`, `quy luật`, `luật sư`, the amending
//! `Luật sửa đổi, bổ sung …` (the law it amends is the reference), a verb-like type word with
//! a count (`Bộ Y tế thông báo 15 ca`, `kế hoạch 5 năm`), `Giấy giới thiệu số 45/TCMT-GGT`
//! (unknown codes need a type word).
//!
//! Symbols are normalised: spaces dropped (`NĐ - CP`), `Ð` (U+00D0) and a missing bar restored
//! (`ND-CP` → `NĐ-CP`), codes upper-cased except the fixed mixed-case ones (`TTg`).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use regex::Regex;

use super::{Entity, LegalRef, TimePoint, Value};
use crate::blocks::{self, Classes};
use crate::extract::{Context, Text};
use crate::span::Span;

#[path = "data/legal.rs"]
mod data;

use data::*;

/// Named-law titles, one a line (`#` starts a comment).
const LAW_TITLES: &str = include_str!("data/law_titles.txt");

/// Builds a case-insensitive alternation of `words`, longest first.
fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = words.collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.dedup();
    v.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// Type words in lower case, searched on the folded text (one case-sensitive automaton with
/// a fast prefilter: much cheaper than spelling out every case variant of every word over the
/// original text). Leftmost-longest, so that `nghị quyết liên tịch` beats `nghị quyết`.
/// Boundaries and the case of the original are checked in code ([`type_word_at`]).
static TYPE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(DOC_TYPES.iter().map(|(w, _)| *w))
        .expect("type automaton")
});

/// The cases a type word may be written in, per entry of [`DOC_TYPES`]: every word
/// lower-case or capitalised (`nghị định`, `Nghị định`, `Bộ Luật`), or all in capitals
/// (`NGHỊ ĐỊNH`); `NGhị định` is no type word.
static TYPE_CASES: LazyLock<Vec<Vec<String>>> =
    LazyLock::new(|| DOC_TYPES.iter().map(|(w, _)| case_variants(w)).collect());

/// The same variants over the original text, for the two rare checks on short slices
/// ([`has_type_word`], [`starts_with_type_word`]) where any occurrence counts.
static TYPE_VARIANTS_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(TYPE_CASES.iter().flatten())
        .expect("type variants automaton")
});

/// True when a type word occurs anywhere in `s`.
fn has_type_word(s: &str) -> bool {
    TYPE_VARIANTS_AC.is_match(s)
}

/// True when `s` starts with a type word.
fn starts_with_type_word(s: &str) -> bool {
    TYPE_VARIANTS_AC.find(s).is_some_and(|m| m.start() == 0)
}

/// The type word written in an allowed case ([`TYPE_CASES`]) at `start` of `text`, given
/// that the folded text has the type word `DOC_TYPES[longest]` there: that one if its case
/// fits, else the longest shorter entry that fits (`Nghị quyết LIÊN TỊCH` is `Nghị quyết`).
/// Returns the end and the entry.
fn type_word_at(text: &Text, start: usize, longest: usize) -> Option<(usize, usize)> {
    let raw = &text.raw().as_bytes()[start..];
    let folded = &text.folded().as_bytes()[start..];
    let fits = |i: usize| {
        let w = DOC_TYPES[i].0.as_bytes();
        folded.starts_with(w) && TYPE_CASES[i].iter().any(|v| raw.starts_with(v.as_bytes()))
    };
    if fits(longest) {
        return Some((start + DOC_TYPES[longest].0.len(), longest));
    }
    (0..DOC_TYPES.len())
        .filter(|&i| DOC_TYPES[i].0.len() < DOC_TYPES[longest].0.len() && fits(i))
        .max_by_key(|&i| DOC_TYPES[i].0.len())
        .map(|i| (start + DOC_TYPES[i].0.len(), i))
}

/// `w` with each word lower-case or capitalised, and all in capitals.
fn case_variants(w: &str) -> Vec<String> {
    let words: Vec<&str> = w.split(' ').collect();
    let cap = |x: &str| {
        let mut c = x.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let mut out: Vec<String> = (0..1u32 << words.len())
        .map(|mask| {
            words
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    if mask & (1 << i) != 0 {
                        cap(x)
                    } else {
                        x.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    out.push(w.to_uppercase());
    out
}

/// One code of a symbol: letters (with `Đ`, `Ư`, lower case for `TTg`), then up to two term
/// digits; `QH 11` with a space is seen in law headers.
const CODE: &str = r"(?:QH\ [0-9]{1,2}|[A-ZĐÐƯa-zđð]+[0-9]{0,2})";
/// Separators inside a symbol: `-` (spaces allowed around it) or `/`.
const SEP: &str = r"(?:\ ?[-–]\ ?|/)";

fn symbol_pattern() -> String {
    let codes = format!("{CODE}(?:{SEP}{CODE})*");
    format!(
        r"(?x)
        (?P<num>[0-9]{{1,5}})
        (?:
            # normative: 100/2019/NĐ-CP, variant 19-2017/NQ-CP
            [/-](?P<year>(?:19|20)[0-9]{{2}})/(?P<ncodes>{codes})
          | # administrative: 1234/QĐ-UBND, 789/UBND-KT
            /(?P<acodes>{codes})
          | # party 21-NQ/TW (also 40 – CT/TW), old 64-CP
            \ ?[-–]\ ?(?P<pcodes>{codes})
        )"
    )
}

/// A symbol at the start of the haystack (bare symbols, tried at the candidates that
/// [`bare_symbols`] finds).
static SYMBOL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{}", symbol_pattern())).expect("symbol regex"));

/// After a type word: optional `số`/`số:`, then a symbol.
static FULL_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\ +(?:(?i:số)\ *:*\ *)?(?x:{})",
        symbol_pattern().trim_start_matches("(?x)")
    ))
    .expect("full tail regex")
});

/// After a type word: one to four words, then `số`, then a symbol (`Bộ luật Hình sự số …`).
static WORDS_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"^\ +(?P<words>(?:[^\s,.;:()\[\]"“”0-9/]+\ ){{1,4}}?)(?i:số)\ *:*\ *(?x:{})"#,
        symbol_pattern().trim_start_matches("(?x)")
    ))
    .expect("words tail regex")
});

/// After a type word: a short mention `21`, `số 87`, `số 03`, `100/2019`.
static SHORT_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\ +(?:(?P<so>(?i:số))\ *:?\ *)?(?P<num>[0-9]{1,5})(?:/(?P<year>(?:19|20)[0-9]{2}))?",
    )
    .expect("short tail regex")
});

/// The lines of [`LAW_TITLES`] that are titles.
fn law_titles() -> impl Iterator<Item = &'static str> {
    LAW_TITLES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The known law titles in the order they are tried (longest first, then as listed: the
/// order of a regex alternation built by [`alternation`]), folded with [`fold_case`] and
/// grouped by their first char. A few hundred titles: a regex over them (case-insensitive)
/// took more instructions to build than all its matches on 12 MB of news.
static KNOWN_TITLES: LazyLock<Vec<(char, Vec<Vec<char>>)>> = LazyLock::new(|| {
    let mut titles: Vec<&str> = law_titles().collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles.dedup();
    let mut groups: Vec<(char, Vec<Vec<char>>)> = Vec::new();
    for t in titles {
        let t: Vec<char> = t.chars().map(fold_case).collect();
        match groups.iter_mut().find(|(c, _)| *c == t[0]) {
            Some((_, g)) => g.push(t),
            None => groups.push((t[0], vec![t])),
        }
    }
    groups
});

/// `c` as a case-insensitive compare sees it: its lower case when that is one char (`ſ`, the
/// long s, is an `s` too), so that two chars match in any case as they do in a `(?i)` regex.
fn fold_case(c: char) -> char {
    if c == 'ſ' {
        return 's';
    }
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// The length of the known law title that `s` starts with, in any case: the first in
/// [`KNOWN_TITLES`] order that fits. Commas inside a title are often left out (`Luật Phòng
/// chống tham nhũng`), so a `, ` of the title fits a `, ` or a ` ` of `s`.
fn known_title(s: &str) -> Option<usize> {
    let first = fold_case(s.chars().next()?);
    let (_, titles) = KNOWN_TITLES.iter().find(|(c, _)| *c == first)?;
    titles.iter().find_map(|t| {
        let mut rest = s.char_indices().peekable();
        let mut k = 0;
        while k < t.len() {
            if t[k] == ',' && t.get(k + 1) == Some(&' ') {
                rest.next_if(|&(_, c)| c == ',');
            } else if fold_case(rest.next()?.1) != t[k] {
                return None;
            }
            k += 1;
        }
        Some(rest.peek().map_or(s.len(), |&(i, _)| i))
    })
}

/// The name of the state after `Hiến pháp`.
static STATE_NAME_RE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(STATE_NAMES.iter().copied());
    Regex::new(&format!(r"^\ (?i:{alt})")).expect("state name regex")
});

/// The year of a named law: ` năm 2014` or ` 2019`.
static YEAR_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\ +(?:(?i:năm)\ +)?(?P<year>(?:19|20)[0-9]{2})").expect("year regex")
});

/// Between a reference and its date: `, `, ` (`, `ngày`, `ban hành ngày`.
static DATE_GAP_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\ ?\(?\ ?(?:(?i:ban hành|ký)\ )?(?:(?i:ngày|mồng)\ ?)?$").expect("gap regex")
});

/// A written date after a reference, skipped on the way to `của` when no `date` entity is
/// there to read (`ngày 27/4/2021`, `(ngày 6/2)`).
static DATE_TEXT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\ ?\(?(?i:ngày|mồng)\ [0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?\)?")
        .expect("date text regex")
});

/// Between a reference (or its date) and its issuer: `) của `, `, của `.
static OF_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\)?,?\ (?:của|do)\ ").expect("of regex"));

/// Between two coordinated references that share one issuer: ` và `, `, `, ` và số `.
static AND_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\)?(?:,\ |\ và\ |,\ và\ |;\ )(?:(?i:số)\ *:?\ *)?").expect("and regex")
});

/// Every known code: upper-cased form and `Đ`-less form → canonical spelling.
static CODE_CANON: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    let all = TYPE_CODES
        .iter()
        .map(|(c, _)| *c)
        .chain(ORGAN_CODES.iter().map(|(c, _)| *c));
    for c in all {
        m.insert(c.to_uppercase(), c);
        m.entry(c.to_uppercase().replace('Đ', "D")).or_insert(c);
    }
    m
});

fn type_of_code(code: &str) -> Option<&'static str> {
    TYPE_CODES.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

/// The organ of a code, with the term of `QH13`-like codes in Roman numerals.
fn organ_of_code(code: &str) -> Option<String> {
    if let Some((_, o)) = ORGAN_CODES.iter().find(|(c, _)| *c == code) {
        return Some((*o).to_string());
    }
    let (prefix, organ, _) = term_code(code)?;
    let term: u32 = code[prefix.len()..].parse().ok()?;
    Some(format!("{organ} khóa {}", roman(term)?))
}

/// The entry of [`TERM_ORGAN_CODES`] for `QH13`, `UBTVQH14`, `HĐNN8`.
fn term_code(code: &str) -> Option<(&'static str, &'static str, &'static str)> {
    TERM_ORGAN_CODES.iter().copied().find(|(p, _, _)| {
        code.len() > p.len()
            && code.starts_with(p)
            && code[p.len()..].bytes().all(|b| b.is_ascii_digit())
    })
}

fn roman(mut n: u32) -> Option<String> {
    if n == 0 || n >= 40 {
        return None;
    }
    let mut s = String::new();
    for (v, r) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    Some(s)
}

/// A symbol's codes, canonical, with the separator written before each (`'-'` or `'/'`).
struct Codes {
    codes: Vec<(char, String)>,
    /// Bytes of the input that the kept codes cover.
    len: usize,
    /// True when the last code was cut from a word glued to it (`BGDĐTsẽ`).
    glued: bool,
}

/// Canonical form of one code, or `None` when it is not a code (`Ngh` of `Nghị`).
fn canon_code(raw: &str) -> Option<String> {
    let t: String = raw
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| match c {
            'Ð' => 'Đ',
            'ð' => 'đ',
            c => c,
        })
        .collect();
    let upper = t.to_uppercase();
    if let Some(c) = CODE_CANON.get(&upper) {
        return Some((*c).to_string());
    }
    let letters = upper.trim_end_matches(|c: char| c.is_ascii_digit());
    if let Some(c) = CODE_CANON.get(letters) {
        // A known code with a term: `QH13`, `HDNN8` → `HĐNN8`.
        return Some(format!("{c}{}", &upper[letters.len()..]));
    }
    if let Some((p, _, _)) = TERM_ORGAN_CODES
        .iter()
        .find(|(p, _, _)| *p == letters || p.replace('Đ', "D") == letters)
    {
        return Some(format!("{p}{}", &upper[letters.len()..]));
    }
    // Unknown codes (unit codes such as `TCDN`, `KT`) must be written in capitals.
    (t == upper).then_some(upper)
}

/// Splits the codes part of a symbol, keeping the codes up to the first non-code.
fn parse_codes(s: &str) -> Option<Codes> {
    let mut codes = Vec::new();
    let mut len = 0;
    let mut glued = false;
    let mut pos = 0;
    let mut sep = '-';
    let b = s.as_bytes();
    loop {
        let start = pos;
        while pos < s.len() {
            let c = s[pos..].chars().next()?;
            if c.is_alphanumeric() || (c == ' ' && s[..pos].ends_with("QH")) {
                pos += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(code) = canon_code(&s[start..pos]) else {
            // Text glued by a lost space: `TT-BGDĐTsẽ` ends with the known code `BGDĐT`.
            let caps = s[start..pos]
                .find(|c: char| c.is_lowercase())
                .map_or(0, |i| i);
            if caps > 1 && CODE_CANON.contains_key(&s[start..start + caps]) {
                codes.push((sep, CODE_CANON[&s[start..start + caps]].to_string()));
                len = start + caps;
                glued = true;
            }
            break;
        };
        codes.push((sep, code));
        len = pos;
        // Separator.
        let mut p = pos;
        if p < b.len() && b[p] == b' ' {
            p += 1;
        }
        match s[p..].chars().next() {
            Some('/') => sep = '/',
            Some('-') | Some('–') => sep = '-',
            _ => break,
        }
        p += s[p..].chars().next().map_or(0, char::len_utf8);
        if p < b.len() && b[p] == b' ' && s[..p].ends_with(['-', '–']) {
            p += 1;
        }
        if p >= s.len() {
            break;
        }
        pos = p;
    }
    (!codes.is_empty()).then_some(Codes { codes, len, glued })
}

/// What a symbol says about the document.
struct Symbol {
    number: String,
    year: Option<i32>,
    symbol: String,
    id: String,
    /// Type from the first type code, or implied by the first organ code.
    doc_type: Option<&'static str>,
    issuer: Option<String>,
    /// End byte of the symbol (relative to the captures' haystack).
    end: usize,
}

/// Reads a symbol from the captures of [`symbol_pattern`] (haystack `hay`).
fn read_symbol(hay: &str, c: &regex::Captures<'_>) -> Option<Symbol> {
    let num = c.name("num")?;
    let number = match num.as_str().trim_start_matches('0') {
        "" => "0".to_string(),
        n => n.to_string(),
    };
    let (form, m) = if let Some(m) = c.name("ncodes") {
        ('n', m)
    } else if let Some(m) = c.name("acodes") {
        ('a', m)
    } else {
        ('p', c.name("pcodes")?)
    };
    let codes = parse_codes(m.as_str())?;
    let end = m.start() + codes.len;
    // The symbol must end at a word boundary (`QH135` is no symbol).
    if !codes.glued && hay[end..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let year = c.name("year").and_then(|y| y.as_str().parse().ok());
    let mut symbol = String::new();
    for (i, (sep, code)) in codes.codes.iter().enumerate() {
        if i > 0 {
            symbol.push(*sep);
        }
        symbol.push_str(code);
    }
    let first = codes.codes[0].1.as_str();
    let party_like = form == 'p';
    let mut doc_type = type_of_code(first);
    let mut organs = codes.codes.iter().skip(usize::from(doc_type.is_some()));
    if doc_type.is_none() {
        doc_type = if let Some((_, _, t)) = term_code(first) {
            Some(t)
        } else if form == 'a' && ORGAN_CODES.iter().any(|(c, _)| *c == first) {
            (!NOT_LETTER_ORGANS.contains(&first)).then_some("Công văn")
        } else {
            None
        };
    }
    let issuers: Vec<String> = organs
        .by_ref()
        .filter_map(|(_, c)| organ_of_code(c))
        .collect();
    let issuer = (!issuers.is_empty()).then(|| issuers.join(", "));
    let mut id = String::new();
    match (form, year) {
        (_, Some(y)) => {
            let _ = write!(id, "{number}/{y}/{symbol}");
        }
        ('a', None) => {
            let _ = write!(id, "{number}/{symbol}");
        }
        _ => {
            let _ = write!(id, "{number}-{symbol}");
        }
    }
    // A party symbol needs its type code; old `64-CP` forms only count after a type word.
    if party_like && !symbol.contains('/') {
        doc_type = None;
    }
    Some(Symbol {
        number,
        year,
        symbol,
        id,
        doc_type,
        issuer,
        end,
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The word before byte `at` (lower-cased), if any.
fn prev_word(text: &str, at: usize) -> Option<String> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before.rfind(|c: char| !is_word_char(c)).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let w = &before[start..];
    (!w.is_empty()).then(|| w.to_lowercase())
}

/// The first word of `s` (lower-cased) and whether it starts with a capital.
fn first_word(s: &str) -> (String, bool) {
    let w: &str = s.split(|c: char| !is_word_char(c)).next().unwrap_or("");
    (
        w.to_lowercase(),
        w.chars().next().is_some_and(char::is_uppercase),
    )
}

fn legal(span: Span, r: LegalRef) -> Entity {
    Entity::new(span, Value::LegalRef(Box::new(r)))
}

/// Pushes the `legal_ref` candidates of `text`.
pub(crate) fn find(_cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    let folded = text.folded().as_bytes();
    let (runs, named) = scan(folded);
    for (from, to) in clauses_to_search(folded, &runs, &named) {
        type_words(text, from, to, out);
    }
    if memchr::memchr(b'/', text.as_bytes()).is_some()
        || memchr::memchr(b'-', text.as_bytes()).is_some()
    {
        bare_symbols(text, &runs, out);
    }
}

/// Pushes the references that start with a type word in `from..to`, which must not cut a type
/// word (each bound is the text's start or end, or next to a digit or a [`CLAUSE_BREAKS`]
/// byte, none of which is in a type word): then the matches are the ones a search over the
/// whole text would find there.
fn type_words(text: &Text, from: usize, to: usize, out: &mut Vec<Entity>) {
    let folded = text.folded();
    let mut at = from;
    while let Some(m) = TYPE_AC.find(Input::new(folded).span(at..to)) {
        let start = m.start();
        // A folded match whose case does not fit is no match here: go on from the next char,
        // as a search over the cased variants would.
        let Some((end, entry)) = type_word_at(text, start, m.pattern().as_usize()) else {
            at = start + text[start..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        at = end;
        let m_str = &text[start..end];
        // A letter before the type word makes it part of another word, unless the text was
        // glued by a lost space (`theoThông tư`: lower case, then a capital).
        let glued = text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase)
            && m_str.starts_with(char::is_uppercase);
        if text[..start].chars().next_back().is_some_and(is_word_char) && !glued
            || text[end..].chars().next().is_some_and(is_word_char)
        {
            continue;
        }
        let doc_type = DOC_TYPES[entry].1;
        if doc_type == "Luật" {
            if let Some(p) = prev_word(text, start) {
                if LUAT_COMPOUND_PREV.contains(&p.as_str()) {
                    continue;
                }
            }
        }
        if let Some(e) = typed(text, start, end, doc_type) {
            out.push(e);
        }
    }
}

// Where to look for type words.
//
// Type words are frequent (`quy định`, `kế hoạch`, `báo cáo`), references are not, and
// searching the whole text for two dozen words was most of this extractor's time. A type word
// makes a reference only (a) if it is a [`NAMED_TYPES`] word (`Luật Đất đai`), or (b) with a
// number after it, and between the two there are only spaces, `số`, colons and up to four
// words ([`starts_with_number`], [`FULL_TAIL_RE`], [`WORDS_TAIL_RE`], [`SHORT_TAIL_RE`]):
// never a digit nor a [`CLAUSE_BREAKS`] byte. So only these clauses are searched: the clause
// around each named-type word, and the clause before each number that a type word could
// precede (one space after a type word's last syllable, or `số` and spaces or colons). The
// clause bounds (digits, breaks) never fall inside a type word, so the search in a clause
// finds what a search over the whole text finds there. `tests::clauses_find_what_the_whole_
// text_finds` checks this against the search over the whole text.

/// ASCII bytes that are neither in a type word nor between a type word and its number (the
/// words of [`WORDS_TAIL_RE`] exclude them): with digits they bound the clauses searched.
const CLAUSE_BREAKS: &[u8] = b"\n\t\r,.;()[]\"/";

/// The types that make a reference without a number, by a title or a year ([`named`]).
/// ([`NAMED_WORDS`] is checked against it.)
#[cfg_attr(not(test), allow(dead_code))]
const NAMED_TYPES: &[&str] = &["Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"];

/// The [`NAMED_TYPES`] words searched for in the folded text (a word that contains another,
/// `bộ luật`, needs no search of its own), each with the offset of a pair of bytes in it that
/// is rare in text: [`scan`] finds the pairs, then checks the word around them
/// (`tests::named_words_are_the_named_types` checks this list against [`DOC_TYPES`]).
const NAMED_WORDS: &[(&str, usize)] = &[
    ("luật", 0),                        // `lu`
    ("hiến pháp", "hiến ph".len() + 1), // the last byte of `á` (C3 A1), then `p`
    ("pháp lệnh", "ph".len() + 1),      // the same
];

/// The cue pairs of [`NAMED_WORDS`].
const NAMED_CUES: &[(u8, u8)] = &[(b'l', b'u'), (0xA1, b'p')];

/// The last syllables of the type words (`định` of `nghị định`), and a table of their last
/// bytes for a quick first test.
static TYPE_ENDINGS: LazyLock<(Vec<&'static str>, [bool; 256])> = LazyLock::new(|| {
    let mut endings: Vec<&str> = DOC_TYPES
        .iter()
        .filter_map(|(w, _)| w.rsplit(' ').next())
        .collect();
    endings.sort_unstable();
    endings.dedup();
    let mut last = [false; 256];
    for e in &endings {
        last[usize::from(*e.as_bytes().last().expect("non-empty word"))] = true;
    }
    (endings, last)
});

/// A maximal run of ASCII digits at `start..end`.
struct DigitRun {
    start: usize,
    end: usize,
}

/// The bytes that bound a clause: ASCII digits and [`CLAUSE_BREAKS`].
const CLAUSE_STOPS: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = true;
        c += 1;
    }
    let mut i = 0;
    while i < CLAUSE_BREAKS.len() {
        t[CLAUSE_BREAKS[i] as usize] = true;
        i += 1;
    }
    t
};

fn is_clause_stop(c: &u8) -> bool {
    CLAUSE_STOPS[usize::from(*c)]
}

blocks::dispatch_classes! {
    /// One pass over the folded text `b`: its digit runs, and its [`NAMED_WORDS`] (start and
    /// end), both in order.
    fn scan(b: &[u8]) -> (Vec<DigitRun>, Vec<(usize, usize)>) = scan_with;
}

/// [`scan`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn scan_with<B: Classes>(b: &[u8]) -> (Vec<DigitRun>, Vec<(usize, usize)>) {
    // About one run in a hundred bytes of news text: rarely a second allocation.
    let mut runs = Vec::with_capacity(b.len() / 64);
    let mut named = Vec::new();
    let mut run_end = 0;
    for i in (0..b.len()).step_by(64) {
        let block = B::load(b, i);
        let next = B::load_next(b, i);
        let digits = block.digits();
        let mut starts = digits & !(digits << 1);
        while starts != 0 {
            let start = i + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            if start < run_end {
                continue; // a run that began in the block before
            }
            run_end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
            runs.push(DigitRun {
                start,
                end: run_end,
            });
        }
        let mut cues = block.pairs(&next, NAMED_CUES);
        while cues != 0 {
            let at = i + cues.trailing_zeros() as usize;
            cues &= cues - 1;
            for (w, k) in NAMED_WORDS {
                let w = w.as_bytes();
                if (w[*k], w[k + 1]) == (b[at], b[at + 1]) && at >= *k && b[at - k..].starts_with(w)
                {
                    named.push((at - k, at - k + w.len()));
                }
            }
        }
    }
    named.sort_unstable();
    (runs, named)
}

/// The clauses of the folded text `b` that can hold a type word that makes a reference (see
/// above), merged, in order, given the text's digit runs and named-type words ([`scan`]).
fn clauses_to_search(b: &[u8], runs: &[DigitRun], named: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // The clause before each number that a type word could precede. The test only looks at
    // the last bytes before the number, none of which is a clause bound, so it can look from
    // the end of the run before, and the clause's start is only sought when it passes.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut prev_end = 0;
    for r in runs {
        let before = &b[prev_end..r.start];
        if may_follow_type_word(before) {
            let clause = before
                .iter()
                .rposition(is_clause_stop)
                .map_or(prev_end, |i| prev_end + i + 1);
            spans.push((clause, r.start));
        }
        prev_end = r.end;
    }
    // The clause around each named-type word. A scan never goes back past the end of the
    // clause before (a bound itself: a break or the text's start or end), so that a text of
    // many such words and no break stays linear.
    let mut covered = 0;
    for &(start, end) in named {
        if end <= covered {
            continue; // in the clause before (which ends at a bound, never inside a word)
        }
        let from = b[covered..start]
            .iter()
            .rposition(is_clause_stop)
            .map_or(covered, |i| covered + i + 1);
        let to = b[end..]
            .iter()
            .position(is_clause_stop)
            .map_or(b.len(), |i| end + i);
        spans.push((from, to));
        covered = to;
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (from, to) in spans {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// True when the clause `before` a number can end with a type word and what may stand
/// between it and the number: one space after a type word's last syllable, or `số` (any
/// case: its last char is `ố` folded) and spaces or colons.
fn may_follow_type_word(before: &[u8]) -> bool {
    let gap = before
        .iter()
        .rev()
        .take_while(|&&c| c == b' ' || c == b':')
        .count();
    if before[..before.len() - gap].ends_with("ố".as_bytes()) {
        return true;
    }
    let Some(word) = before.strip_suffix(b" ") else {
        return false;
    };
    let (endings, last) = &*TYPE_ENDINGS;
    let Some(&c) = word.last() else {
        return false;
    };
    last[usize::from(c)]
        && endings
            .iter()
            .any(|e| e.as_bytes().last() == Some(&c) && word.ends_with(e.as_bytes()))
}

/// A reference that starts with a type word at `start..end`.
fn typed(text: &str, start: usize, end: usize, doc_type: &'static str) -> Option<Entity> {
    let tail = &text[end..];
    // Cheap checks first: most type words (`quy định`, `kế hoạch`) have no number after them,
    // and the capturing regexes below are the slow part of this extractor.
    let number_next = starts_with_number(tail);
    if number_next {
        // Type word, `số`, symbol.
        if let Some(c) = FULL_TAIL_RE.captures(tail) {
            if let Some(s) = read_symbol(tail, &c) {
                return Some(full(start, end + s.end, doc_type, s, None));
            }
        }
    } else if has_so_soon(tail) {
        // Type word, a few words (a law's title, `thanh tra`), `số`, symbol.
        if let Some(c) = WORDS_TAIL_RE.captures(tail) {
            let words = c.name("words").map_or("", |w| w.as_str().trim());
            if !has_type_word(words) {
                if let Some(s) = read_symbol(tail, &c) {
                    let title = matches!(doc_type, "Luật" | "Bộ luật" | "Pháp lệnh")
                        .then(|| title_at(words, true))
                        .flatten()
                        .filter(|t| t.len() == words.len())
                        .map(str::to_string);
                    return Some(full(start, end + s.end, doc_type, s, title));
                }
            }
        }
    }
    if number_next {
        if let Some(e) = short_mention(text, start, end, doc_type) {
            return Some(e);
        }
    }
    named(text, start, end, doc_type)
}

/// True when `tail` (after a type word) is ` 21…`, ` số 21…`, ` số: 21…`.
fn starts_with_number(tail: &str) -> bool {
    let Some(t) = tail.strip_prefix(' ') else {
        return false;
    };
    let t = ["số", "Số", "SỐ"]
        .iter()
        .find_map(|so| t.strip_prefix(so))
        .map_or(t, |r| r.trim_start_matches([' ', ':']));
    t.starts_with(|c: char| c.is_ascii_digit())
}

/// True when `số` follows within a few words of `tail`.
fn has_so_soon(tail: &str) -> bool {
    let mut n = tail.len().min(80);
    while !tail.is_char_boundary(n) {
        n -= 1;
    }
    let w = &tail[..n];
    w.contains(" số") || w.contains(" Số") || w.contains(" SỐ")
}

fn full(
    start: usize,
    end: usize,
    doc_type: &'static str,
    s: Symbol,
    title: Option<String>,
) -> Entity {
    legal(
        Span::new(start, end),
        LegalRef {
            doc_type,
            number: Some(s.number),
            year: s.year,
            symbol: Some(s.symbol),
            id: Some(s.id),
            issuer: s.issuer,
            date: None,
            title,
        },
    )
}

/// `Nghị quyết 21`, `Nghị định số 87`, `công điện số 03`, `Nghị định 100/2019`.
fn short_mention(text: &str, start: usize, end: usize, doc_type: &'static str) -> Option<Entity> {
    if NO_SHORT_MENTION_TYPES.contains(&doc_type) {
        return None;
    }
    let tail = &text[end..];
    let c = SHORT_TAIL_RE.captures(tail)?;
    let num = c.name("num")?;
    let m_end = c.get(0)?.end();
    let after = &tail[m_end..];
    let mut next = after.chars();
    // The number ends there: space, end or closing punctuation (`Chương trình 9+`, `21%`,
    // `1.000` are no document numbers).
    match next.next() {
        None => {}
        Some('.' | ',' | '-' | '–') if next.next().is_some_and(char::is_alphanumeric) => {
            return None
        }
        Some(ch) if ch.is_whitespace() || ",.;:)]!?\"”’…-–".contains(ch) => {}
        Some(_) => return None,
    }
    let has_so = c.name("so").is_some();
    let year = c.name("year").and_then(|y| y.as_str().parse::<i32>().ok());
    if !has_so && year.is_none() {
        // A year after a type word is not a document number (`Kế hoạch 2021`).
        if num.as_str().len() == 4
            && (num.as_str().starts_with("19") || num.as_str().starts_with("20"))
        {
            return None;
        }
        if VERB_LIKE_TYPES.contains(&doc_type) {
            let follows_ok = match after.strip_prefix(' ') {
                None => {
                    after.is_empty()
                        || after
                            .starts_with(|c: char| c.is_ascii_punctuation() || "“”…".contains(c))
                }
                Some(rest) => {
                    let (w, _) = first_word(rest);
                    SHORT_MENTION_FOLLOW.contains(&w.as_str())
                        || rest.starts_with(|c: char| "(“\"".contains(c))
                }
            };
            if !follows_ok {
                return None;
            }
        }
    }
    let number = match num.as_str().trim_start_matches('0') {
        "" => "0".to_string(),
        n => n.to_string(),
    };
    Some(legal(
        Span::new(start, end + m_end),
        LegalRef {
            doc_type,
            number: Some(number),
            year,
            ..LegalRef::default()
        },
    ))
}

/// The title at the start of `s`: a known law title, else (when `guess`) a capitalised run of
/// words that ends at punctuation, a function word, an acronym or the fourth word.
fn title_at(s: &str, guess: bool) -> Option<&str> {
    if let Some(end) = known_title(s) {
        if !s[end..].chars().next().is_some_and(is_word_char) {
            return Some(&s[..end]);
        }
    }
    if !guess {
        return None;
    }
    let (w, cap) = first_word(s);
    if !cap || w.is_empty() || NOT_TITLE_START.contains(&w.as_str()) {
        return None;
    }
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut end = 0;
    let mut pos = 0;
    for (i, word) in s.split(' ').enumerate() {
        let clean = word.trim_end_matches(|c: char| !is_word_char(c));
        if clean.is_empty()
            || clean.len() != word.len()
                && !word[clean.len()..]
                    .chars()
                    .all(|c| ",.;:!?)”\"…".contains(c))
        {
            break;
        }
        if !clean.chars().all(is_word_char) {
            break;
        }
        let lw = clean.to_lowercase();
        if i > 0
            && (TITLE_STOP.contains(&lw.as_str())
                || clean.starts_with(|c: char| c.is_ascii_digit()))
        {
            break;
        }
        end = pos + clean.len();
        let acronym = clean.chars().count() > 1 && clean.chars().all(|c| !c.is_lowercase());
        if clean.len() != word.len() || i >= 3 || acronym {
            break;
        }
        pos += word.len() + 1;
    }
    (end > 0).then(|| &s[..end])
}

/// Named laws, codes and ordinances: `Luật Đất đai`, `Bộ luật Lao động 2019`, `Hiến pháp năm
/// 2013`.
fn named(text: &str, start: usize, end: usize, doc_type: &'static str) -> Option<Entity> {
    let mut stop = end;
    let mut title = None;
    match doc_type {
        "Luật" | "Bộ luật" | "Pháp lệnh" => {
            let rest = text[end..].strip_prefix(' ')?;
            // A lower-case `luật` (`pháp luật Việt Nam`, `công ty luật Minh Bạch`) needs a
            // known title.
            let guess = text[start..].starts_with(char::is_uppercase);
            let t = title_at(rest, guess)?;
            title = Some(t.to_string());
            stop = end + 1 + t.len();
        }
        "Hiến pháp" => {
            // `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992`.
            if let Some(m) = STATE_NAME_RE.find(&text[end..]) {
                if YEAR_TAIL_RE.is_match(&text[end + m.end()..]) {
                    stop = end + m.end();
                }
            }
        }
        _ => return None,
    }
    let mut year = None;
    if let Some(c) = YEAR_TAIL_RE.captures(&text[stop..]) {
        let m = c.get(0)?;
        if !text[stop + m.end()..]
            .chars()
            .next()
            .is_some_and(is_word_char)
        {
            year = c.name("year").and_then(|y| y.as_str().parse().ok());
            stop += m.end();
        }
    }
    if title.is_none() && year.is_none() {
        return None;
    }
    Some(legal(
        Span::new(start, stop),
        LegalRef {
            doc_type,
            year,
            title,
            ..LegalRef::default()
        },
    ))
}

/// Symbols without a type word before them: `21-NQ/TW`, `100/2019/NĐ-CP`, `2100/QĐ-CT`.
///
/// Same matches as iterating an unanchored [`symbol_pattern`] over the text, but the regex
/// only runs where a symbol can start: every symbol is one to five digits and then a
/// separator (`/`, `-`, `–`, or a space and `-`/`–`), and a digit run followed by a
/// separator can only start a symbol at its last five digits, all of which see the same
/// rest; so each digit run followed by a separator is one candidate, tried at the leftmost of
/// those digits.
fn bare_symbols(text: &str, runs: &[DigitRun], out: &mut Vec<Entity>) {
    let b = text.as_bytes();
    // Where the previous match ended: matches never overlap.
    let mut from = 0;
    for r in runs {
        let start = r.start.max(r.end.saturating_sub(5)).max(from);
        if start >= r.end || !symbol_may_follow(&b[r.end..]) {
            continue;
        }
        let hay = &text[start..];
        let Some(c) = SYMBOL_RE.captures(hay) else {
            continue;
        };
        let Some(m) = c.get(0) else { continue };
        from = start + m.end();
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|p| is_word_char(p) || "/-–.,_".contains(p))
        {
            continue;
        }
        // `QCVN 01:2022/BKHCN` is a technical standard.
        if text[..start].ends_with(':')
            && text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let Some(s) = read_symbol(hay, &c) else {
            continue;
        };
        let Some(doc_type) = s.doc_type else { continue };
        out.push(full(start, start + s.end, doc_type, s, None));
    }
}

/// True when `rest`, the text after a number, may go on into a symbol of [`symbol_pattern`]:
/// a separator, then the first letter of a code, or (after `/` or `-`) a year and `/`. Dates
/// (`6/2/2017`) and counts (`2-3 ngày`) fail it, so the regex runs at few numbers.
fn symbol_may_follow(rest: &[u8]) -> bool {
    // `[A-ZĐÐƯa-zđð]`, the first char of a code (`QH 11` too).
    let code = |s: &[u8]| {
        matches!(
            s,
            [c, ..] if c.is_ascii_alphabetic()
        ) || matches!(
            s,
            [0xC4, 0x90 | 0x91, ..] | [0xC3, 0x90 | 0xB0, ..] | [0xC6, 0xAF, ..]
        )
    };
    // After a dash, a space may come first.
    let spaced_code = |s: &[u8]| code(s.strip_prefix(b" ").unwrap_or(s));
    let year = |s: &[u8]| {
        matches!(s, [b'1', b'9', c, d, b'/', ..] | [b'2', b'0', c, d, b'/', ..]
            if c.is_ascii_digit() && d.is_ascii_digit())
    };
    const EN_DASH: &[u8] = "–".as_bytes();
    match rest {
        [b'/', s @ ..] => code(s) || year(s),
        [b'-', s @ ..] => year(s) || spaced_code(s),
        [b' ', b'-', s @ ..] => spaced_code(s),
        [b' ', s @ ..] => s.strip_prefix(EN_DASH).is_some_and(spaced_code),
        s => s.strip_prefix(EN_DASH).is_some_and(spaced_code),
    }
}

/// Document-level pass over the resolved entities: a directly following `ngày …` date sets
/// `date`, `của <organ>` sets `issuer` (shared by coordinated references: `Quyết định số 1880/
/// QĐ-TTg ngày … và Quyết định số 309/QĐ-TTg ngày … của Thủ tướng Chính phủ`), and a short
/// mention takes the `id` of a full mention of the same type and number.
#[allow(clippy::ptr_arg)] // the signature is `LinkFn`, shared by every linker
pub(crate) fn link(_cx: &Context, text: &str, entities: &mut Vec<Entity>) {
    // Most documents have no reference: nothing below would change.
    if !entities
        .iter()
        .any(|e| matches!(e.value, Value::LegalRef(_)))
    {
        return;
    }
    let n = entities.len();
    // Where each reference's trailing context (after its date) ends.
    let mut after = vec![0usize; n];
    for i in 0..n {
        if !matches!(entities[i].value, Value::LegalRef(_)) {
            continue;
        }
        let mut pos = entities[i].span.end;
        if let Some(next) = entities.get(i + 1) {
            if let Value::Date { point, .. } = next.value {
                let gap = text.get(pos..next.span.start).unwrap_or("x");
                let date_text = &text[next.span];
                let has_ngay = gap.to_lowercase().contains("ngày")
                    || gap.to_lowercase().contains("mồng")
                    || date_text.to_lowercase().starts_with("ngày")
                    || date_text.to_lowercase().starts_with("mồng");
                if has_ngay && DATE_GAP_RE.is_match(gap) {
                    let date_end = next.span.end;
                    set_date(&mut entities[i], point);
                    pos = date_end;
                }
            }
        }
        if pos == entities[i].span.end {
            if let Some(m) = DATE_TEXT_RE.find(&text[pos..]) {
                pos += m.end();
            }
        }
        after[i] = pos;
    }
    // Explicit issuers, last to first so that a reference can borrow the issuer of the one it
    // is coordinated with.
    let mut explicit: Vec<Option<String>> = vec![None; n];
    let mut direct = vec![false; n];
    for i in (0..n).rev() {
        if !matches!(entities[i].value, Value::LegalRef(_)) {
            continue;
        }
        let rest = &text[after[i]..];
        if let Some(m) = OF_RE.find(rest) {
            explicit[i] = organ_name(&rest[m.end()..]).map(str::to_string);
            direct[i] = explicit[i].is_some();
        } else if let Some(m) = AND_RE.find(rest) {
            let at = after[i] + m.end();
            if let Some(j) = (i + 1..n).find(|&j| entities[j].span.start >= at) {
                if entities[j].span.start == at && matches!(entities[j].value, Value::LegalRef(_)) {
                    explicit[i] = explicit[j].clone();
                }
            }
        }
    }
    for i in 0..n {
        let Some(org) = explicit[i].take() else {
            continue;
        };
        if let Value::LegalRef(r) = &mut entities[i].value {
            if direct[i] || r.issuer.is_none() {
                r.issuer = Some(org);
            }
        }
    }
    // Short mentions take the id of the nearest full mention of the same type and number
    // (the nearest before, else the first after), looked up by (type, number) so that a
    // document with many mentions stays linear.
    let mut full: HashMap<(&'static str, String), Vec<FullMention>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if let Value::LegalRef(r) = &e.value {
            if let (Some(_), Some(n), Some(id)) = (&r.symbol, &r.number, &r.id) {
                full.entry((r.doc_type, n.clone()))
                    .or_default()
                    .push((i, r.year, id.clone()));
            }
        }
    }
    if full.is_empty() {
        return;
    }
    for (i, e) in entities.iter_mut().enumerate() {
        let Value::LegalRef(r) = &mut e.value else {
            continue;
        };
        if r.symbol.is_some() {
            continue;
        }
        let Some(n) = r.number.clone() else { continue };
        let Some(list) = full.get(&(r.doc_type, n)) else {
            continue;
        };
        let year = r.year;
        let fits = |f: &&FullMention| year.is_none() || f.1 == year;
        let split = list.partition_point(|f| f.0 < i);
        let id = list[..split]
            .iter()
            .rev()
            .find(fits)
            .or_else(|| list[split..].iter().find(fits))
            .map(|f| f.2.clone());
        if id.is_some() {
            r.id = id;
        }
    }
}

/// A full mention's entity index, year and id.
type FullMention = (usize, Option<i32>, String);

fn set_date(e: &mut Entity, point: TimePoint) {
    if let Value::LegalRef(r) = &mut e.value {
        r.date = Some(point);
    }
}

/// The organ name at the start of `s` (the text after `của `): capitalised words and the
/// lower-case syllables that continue them, up to punctuation, a function word or the next
/// reference.
fn organ_name(s: &str) -> Option<&str> {
    let mut end = 0;
    let mut pos = 0;
    let mut words = 0;
    let mut lower_run = 0;
    while pos < s.len() && words < 12 {
        let rest = &s[pos..];
        let wlen = rest.find([' ', '\n']).unwrap_or(rest.len());
        let raw = &rest[..wlen];
        let word = raw.trim_end_matches(|c: char| !is_word_char(c));
        let punct_after = word.len() < raw.len();
        if word.is_empty() {
            // ` - ` inside `Bộ Lao động - Thương binh và Xã hội`.
            if matches!(raw, "-" | "–") && words > 0 {
                let (_, cap) = first_word(rest[wlen..].trim_start());
                if cap {
                    pos += wlen + 1;
                    continue;
                }
            }
            break;
        }
        if !word.chars().next().is_some_and(is_word_char) {
            break;
        }
        let lw = word.to_lowercase();
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        if cap {
            if words > 0 && SENTENCE_START.contains(&lw.as_str()) {
                break;
            }
            lower_run = 0;
        } else {
            let next = rest[wlen..].trim_start();
            let (nw, _) = first_word(next);
            let pair = format!("{lw} {nw}");
            if words == 0
                || (ORGAN_STOP.contains(&lw.as_str()) && !ORGAN_KEEP.contains(&pair.as_str()))
                || ORGAN_STOP.contains(&pair.as_str())
            {
                break;
            }
            if lw == "và" {
                let next = rest[wlen..].trim_start();
                let (_, next_cap) = first_word(next);
                if !next_cap || starts_with_type_word(next) {
                    break;
                }
            } else if !ORGAN_INNER.contains(&lw.as_str()) {
                lower_run += 1;
                if lower_run > 3 {
                    break;
                }
            }
        }
        words += 1;
        end = pos + word.len();
        if punct_after || rest[wlen..].starts_with('\n') {
            break;
        }
        pos += wlen + 1;
    }
    let name = s[..end].trim_end_matches(" và");
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<(String, LegalRef)> {
        let mut out = Vec::new();
        find(&Context::default(), &Text::new(text), &mut out);
        out.sort_by_key(|e| std::cmp::Reverse(e.span.len()));
        let e = out.into_iter().next()?;
        let Value::LegalRef(r) = e.value else {
            return None;
        };
        Some((text[e.span].to_string(), *r))
    }

    #[test]
    fn avx2_and_baseline_scans_agree() {
        if !blocks::avx2() {
            return;
        }
        let runs = |r: Vec<DigitRun>| r.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>();
        for t in crate::testutil::block_texts() {
            let f = crate::extract::text::fold(&t);
            // SAFETY: AVX2 is there.
            let ((r1, n1), (r2, n2)) = unsafe {
                (
                    scan_with::<crate::blocks::Block>(f.as_bytes()),
                    scan_with::<crate::blocks::Block256>(f.as_bytes()),
                )
            };
            assert_eq!((runs(r1), n1), (runs(r2), n2), "{t:?}");
        }
    }

    #[test]
    fn codes_are_canonical() {
        assert_eq!(canon_code("ND").as_deref(), Some("NĐ"));
        assert_eq!(canon_code("NÐ").as_deref(), Some("NĐ"));
        assert_eq!(canon_code("ttg").as_deref(), Some("TTg"));
        assert_eq!(canon_code("QH 11").as_deref(), Some("QH11"));
        assert_eq!(canon_code("HDNN8").as_deref(), Some("HĐNN8"));
        assert_eq!(canon_code("TCDN").as_deref(), Some("TCDN"));
        assert_eq!(canon_code("Ngh"), None);
    }

    #[test]
    fn type_words_fold_to_their_entry() {
        // The search runs on the folded text: every case a type word may be written in must
        // fold to the entry's lower-case word.
        for (i, (w, _)) in DOC_TYPES.iter().enumerate() {
            assert_eq!(*w, w.to_lowercase(), "type words are written in lower case");
            for v in &TYPE_CASES[i] {
                assert_eq!(crate::extract::text::fold(v), *w, "{v}");
            }
        }
    }

    #[test]
    fn a_type_word_in_another_case_is_none() {
        assert!(one("NGhị định 100/2019/NĐ-CP").is_some_and(|(s, _)| s == "100/2019/NĐ-CP"));
        let (span, r) = one("Nghị quyết LIÊN TỊCH số 5/2020/NQLT-CP").unwrap();
        // `Nghị quyết` in a fitting case, the rest as words before `số`.
        assert_eq!(span, "Nghị quyết LIÊN TỊCH số 5/2020/NQLT-CP");
        assert_eq!(r.doc_type, "Nghị quyết");
        let (span, r) = one("Nghị quyết Liên tịch số 5/2020/NQLT-CP").unwrap();
        assert_eq!(span, "Nghị quyết Liên tịch số 5/2020/NQLT-CP");
        assert_eq!(r.doc_type, "Nghị quyết liên tịch");
    }

    #[test]
    fn only_the_named_types_need_no_number() {
        for (w, t) in DOC_TYPES {
            let found = [" Đất đai năm 2014", " năm 2013"]
                .iter()
                .any(|rest| named(&format!("{w}{rest}"), 0, w.len(), t).is_some());
            assert_eq!(found, NAMED_TYPES.contains(t), "{w}");
        }
    }

    /// The type words found clause by clause, and over the whole text.
    fn both_ways(s: &str) -> (Vec<Entity>, Vec<Entity>) {
        let text = Text::new(s);
        let mut by_clause = Vec::new();
        let (runs, named) = scan(text.folded().as_bytes());
        for (from, to) in clauses_to_search(text.folded().as_bytes(), &runs, &named) {
            type_words(&text, from, to, &mut by_clause);
        }
        let mut whole = Vec::new();
        type_words(&text, 0, s.len(), &mut whole);
        (by_clause, whole)
    }

    #[test]
    fn named_words_are_the_named_types() {
        let words: Vec<&str> = DOC_TYPES
            .iter()
            .filter(|(_, t)| NAMED_TYPES.contains(t))
            .map(|(w, _)| *w)
            .collect();
        let mut wanted: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !words.iter().any(|v| v != w && w.contains(v)))
            .collect();
        let mut listed: Vec<&str> = NAMED_WORDS.iter().map(|(w, _)| *w).collect();
        wanted.sort_unstable();
        listed.sort_unstable();
        assert_eq!(listed, wanted);
        for (w, k) in NAMED_WORDS {
            let cue = (w.as_bytes()[*k], w.as_bytes()[k + 1]);
            assert!(NAMED_CUES.contains(&cue), "{w}");
        }
    }

    /// The clauses as they were found before [`scan`]: every digit run with its clause
    /// start from a byte loop, and the named-type words by a search for each.
    fn clauses_oracle(b: &[u8]) -> Vec<(usize, usize)> {
        let stop = |c: &u8| c.is_ascii_digit() || CLAUSE_BREAKS.contains(c);
        let mut spans = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let clause = b[..i].iter().rposition(stop).map_or(0, |j| j + 1);
            if may_follow_type_word(&b[clause..i]) {
                spans.push((clause, i));
            }
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        let mut named: Vec<(usize, usize)> = NAMED_WORDS
            .iter()
            .flat_map(|(w, _)| {
                memchr::memmem::find_iter(b, w.as_bytes()).map(move |at| (at, at + w.len()))
            })
            .collect();
        named.sort_unstable();
        let mut covered = 0;
        for (start, end) in named {
            if end <= covered {
                continue;
            }
            let from = b[covered..start]
                .iter()
                .rposition(stop)
                .map_or(covered, |i| covered + i + 1);
            let to = b[end..].iter().position(stop).map_or(b.len(), |i| end + i);
            spans.push((from, to));
            covered = to;
        }
        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (from, to) in spans {
            match merged.last_mut() {
                Some(last) if from <= last.1 => last.1 = last.1.max(to),
                _ => merged.push((from, to)),
            }
        }
        merged
    }

    #[test]
    fn symbols_start_where_the_cheap_test_says() {
        const PIECES: &[&str] = &[
            "/", "-", "–", " ", "2017", "1999", "20", "19", "5", "NĐ", "Ð", "ð", "đ", "Ư", "ư",
            "QH 13", "CP", "a", "TTg", "é", ".", ",", "(", "x",
        ];
        let mut rng = crate::testutil::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut matched = 0;
        for _ in 0..50_000 {
            let mut rest = String::new();
            for _ in 0..1 + rng.below(6) {
                rest.push_str(PIECES[rng.below(PIECES.len())]);
            }
            // `rest` follows a whole digit run.
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            if SYMBOL_RE.is_match(&format!("12{rest}")) {
                matched += 1;
                assert!(symbol_may_follow(rest.as_bytes()), "{rest:?}");
            }
        }
        assert!(matched > 1000, "{matched}");
    }

    #[test]
    fn clauses_are_the_oracles() {
        const PIECES: &[&str] = &[
            "luật",
            "Luật",
            "lu",
            "u",
            "l",
            "hiến pháp",
            "pháp lệnh",
            "pháp",
            "áp",
            "ạp",
            "p",
            "Nghị định",
            "số",
            "số:",
            "ố",
            "12",
            "3",
            "2017",
            "/",
            ",",
            ".",
            ":",
            "(",
            "\n",
            "định",
            "lệnh",
            "án",
            " ",
            " ",
            " ",
            "x",
            "đ",
        ];
        let mut rng = crate::testutil::Rng::new(0x9e37_79b9_7f4a_7c15);
        for round in 0..20_000 {
            let n = 1 + rng.below(if round % 10 == 0 { 200 } else { 40 });
            let mut t = String::new();
            for _ in 0..n {
                t.push_str(PIECES[rng.below(PIECES.len())]);
            }
            let text = Text::new(&t);
            let b = text.folded().as_bytes();
            let (runs, named) = scan(b);
            assert_eq!(
                clauses_to_search(b, &runs, &named),
                clauses_oracle(b),
                "{t:?}"
            );
        }
    }

    #[test]
    fn clauses_find_what_the_whole_text_finds() {
        let mut texts: Vec<String> = std::fs::read_dir("corpus/laws")
            .expect("law excerpts")
            .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("text"))
            .collect();
        // Random texts of references, pieces of them and words that break them.
        const PIECES: &[&str] = &[
            "Quyết định số 12/QĐ-UBND",
            "quyết định 942",
            "Nghị định 100/2019/NĐ-CP",
            "Nghị quyết số 21-NQ/TW",
            "NGHỊ ĐỊNH SỐ 49/2017/NĐ-CP",
            "Luật số: 91/2015/QH13",
            "Luật Đất đai năm 2013",
            "luật Đất đai",
            "Bộ luật Hình sự số 100/2015/QH13",
            "Bộ luật Lao động 2019",
            "Hiến pháp năm 2013",
            "pháp lệnh 5",
            "kế hoạch 5",
            "Thông tư 01/2020/TT-BYT",
            "công điện số 03",
            "kết luận thanh tra số 1956/KL-CT",
            "Nghị quyết LIÊN TỊCH số 5",
            "Nghị quyết Liên tịch số 5",
            "nghị quyết định 3",
            "thông báo cáo 7",
            "NGhị định 4",
            "theoThông tư 2",
            "xLuật 3",
            "Quyết định",
            "số",
            "SỐ",
            "12",
            "3",
            "2017",
            "/QĐ-UBND",
            "luật",
            "LUẬT",
            "Hiến pháp",
            "pháp",
            "lệnh",
            "báo cáo",
            "ngày",
            "của",
            "Chính phủ",
            "ố",
            "–",
            "-",
            ":",
            "x",
        ];
        const GLUE: &[&str] = &[" ", " ", " ", "  ", ", ", ". ", "\n", " và ", ": ", "", "("];
        let mut rng = crate::testutil::Rng::new(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n);
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..30 {
                t.push_str(PIECES[next(PIECES.len())]);
                t.push_str(GLUE[next(GLUE.len())]);
            }
            texts.push(t);
        }
        let mut found = 0;
        for t in &texts {
            let (by_clause, whole) = both_ways(t);
            assert_eq!(by_clause, whole, "{t}");
            found += whole.len();
        }
        assert!(found > 1000, "the random texts make references ({found})");
    }

    /// The regex that matched the known titles before [`known_title`]: an alternation of the
    /// titles, longest first, case-insensitive, with optional commas.
    static TITLE_RE: LazyLock<Regex> = LazyLock::new(|| {
        let alt = alternation(law_titles());
        let alt = alt.replace(", ", ",? ");
        Regex::new(&format!("^(?i:{alt})")).expect("title regex")
    });

    #[test]
    fn known_titles_are_the_regexs() {
        let titles: Vec<&str> = law_titles().collect();
        // Pieces that change a title: other cases of its letters (and the chars that fold
        // like them or almost), lost or doubled commas, cuts, glued words.
        const ODD: &[&str] = &[
            "ſ", "S", "s", "K", "\u{212A}", "k", "ı", "İ", "I", "i", "Ð", "ð", "Đ", "đ", ",", ", ",
            " ", "  ", "x", "Ư", "ư", "Ủ", "ủ", "ẞ", "ß", "1", "-", "Ệ", "Ơ",
        ];
        let mut rng = crate::testutil::Rng::new(0x7469_746c_6573);
        let mut found = 0;
        for round in 0..30_000 {
            let mut t = String::new();
            for _ in 0..1 + rng.below(2) {
                let title = titles[rng.below(titles.len())];
                for c in title.chars() {
                    match rng.below(40) {
                        0 => t.push_str(ODD[rng.below(ODD.len())]),
                        1 => {}
                        2..=9 => t.extend(c.to_uppercase()),
                        10..=12 if c == ',' => {}
                        _ => t.push(c),
                    }
                    if round % 7 == 0 && rng.below(30) == 0 {
                        break;
                    }
                }
                t.push_str([" ", "", " năm 2014", ", ", "x"][rng.below(5)]);
            }
            let want = TITLE_RE.find(&t).map(|m| m.end());
            assert_eq!(known_title(&t), want, "{t:?}");
            found += usize::from(want.is_some());
        }
        for t in &titles {
            assert_eq!(known_title(t), Some(t.len()), "{t}");
            let up = t.to_uppercase();
            assert_eq!(
                known_title(&up),
                TITLE_RE.find(&up).map(|m| m.end()),
                "{up}"
            );
        }
        assert!(found > 10_000, "{found}");
    }

    #[test]
    fn roman_terms() {
        assert_eq!(organ_of_code("QH13").as_deref(), Some("Quốc hội khóa XIII"));
        assert_eq!(organ_of_code("QH14").as_deref(), Some("Quốc hội khóa XIV"));
        assert_eq!(
            organ_of_code("UBTVQH15").as_deref(),
            Some("Ủy ban Thường vụ Quốc hội khóa XV")
        );
    }

    #[test]
    fn symbols() {
        let (span, r) = one("theo Nghị định số 100/2019/NĐ - CP ngày").unwrap();
        assert_eq!(span, "Nghị định số 100/2019/NĐ - CP");
        assert_eq!(r.id.as_deref(), Some("100/2019/NĐ-CP"));
        let (_, r) = one("Nghị quyết 09-2026/NQ-CP").unwrap();
        assert_eq!(r.id.as_deref(), Some("9/2026/NQ-CP"));
    }

    #[test]
    fn organ_names() {
        assert_eq!(
            organ_name("UBND tỉnh Hải Dương về việc"),
            Some("UBND tỉnh Hải Dương")
        );
        assert_eq!(
            organ_name("Ban Chỉ đạo Quốc gia và Quyết định số 9"),
            Some("Ban Chỉ đạo Quốc gia")
        );
        assert_eq!(
            organ_name("Ủy ban An toàn giao thông Quốc gia yêu cầu Bộ GTVT"),
            Some("Ủy ban An toàn giao thông Quốc gia")
        );
        assert_eq!(
            organ_name("Bộ Kế hoạch và Đầu tư (Quyết"),
            Some("Bộ Kế hoạch và Đầu tư")
        );
        assert_eq!(
            organ_name("Bộ Lao động - Thương binh và Xã hội."),
            Some("Bộ Lao động - Thương binh và Xã hội")
        );
        assert_eq!(organ_name("Bộ Chính trị “về tăng"), Some("Bộ Chính trị"));
        assert_eq!(organ_name("Bộ Tài Chính Cả Mazda"), Some("Bộ Tài Chính"));
        assert_eq!(organ_name("mình"), None);
        assert_eq!(
            organ_name("UBND Thành phố giao Chủ tịch UBND huyện kiểm tra"),
            Some("UBND Thành phố")
        );
    }
}

#[cfg(test)]
mod link_tests {
    use super::*;

    /// Runs `find`, adds `dates` (byte ranges of `text` with their points) as `date` entities
    /// the way the date extractor would, resolves overlaps and links.
    fn linked(text: &str, dates: &[(&str, TimePoint)]) -> Vec<(String, LegalRef)> {
        let mut c = Vec::new();
        find(&Context::default(), &Text::new(text), &mut c);
        for (d, point) in dates {
            let start = text.find(d).expect("date in text");
            c.push(Entity::new(
                Span::new(start, start + d.len()),
                Value::Date {
                    point: *point,
                    modifier: None,
                },
            ));
        }
        let ranks = vec![0; c.len()];
        let mut es = crate::extract::resolve_overlaps(c, &ranks);
        link(&Context::default(), text, &mut es);
        es.into_iter()
            .filter_map(|e| match e.value {
                Value::LegalRef(r) => Some((text[e.span].to_string(), *r)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn date_and_issuer_after_comma() {
        let t = "Nghị quyết số 21-NQ/TW, ngày 22/11/2012 của Bộ Chính trị “về tăng cường”";
        let r = linked(t, &[("22/11/2012", TimePoint::day(Some(2012), 11, 22))]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1.date, Some(TimePoint::day(Some(2012), 11, 22)));
        assert_eq!(r[0].1.issuer.as_deref(), Some("Bộ Chính trị"));
    }

    #[test]
    fn date_including_ngay_and_explicit_issuer_wins() {
        let t = "Quyết định số 936/QĐ-UBND ngày 23/3/2021 của UBND tỉnh Hải Dương về việc ban hành";
        let r = linked(t, &[("ngày 23/3/2021", TimePoint::day(Some(2021), 3, 23))]);
        assert_eq!(r[0].1.date, Some(TimePoint::day(Some(2021), 3, 23)));
        assert_eq!(r[0].1.issuer.as_deref(), Some("UBND tỉnh Hải Dương"));
    }

    #[test]
    fn date_in_parentheses() {
        let t =
            "ngay sau công điện số 03 (ngày 6/2) của Ủy ban An toàn giao thông Quốc gia yêu cầu";
        let r = linked(t, &[("6/2", TimePoint::day(None, 2, 6))]);
        assert_eq!(r[0].1.date, Some(TimePoint::day(None, 2, 6)));
        assert_eq!(
            r[0].1.issuer.as_deref(),
            Some("Ủy ban An toàn giao thông Quốc gia")
        );
    }

    #[test]
    fn a_date_further_away_is_not_the_documents() {
        let t = "Theo Nghị định 49/2017/NĐ-CP, từ ngày 24/4/2017 thuê bao phải đăng ký.";
        let r = linked(t, &[("ngày 24/4/2017", TimePoint::day(Some(2017), 4, 24))]);
        assert_eq!(r[0].1.date, None);
    }

    #[test]
    fn coordinated_references_share_the_issuer() {
        let t = "trong kết luận thanh tra số 1956/KL-CT và số 2100/QĐ-CT ngày 19-9-2016 của Cục thuế Hà Tĩnh xác định";
        let r = linked(t, &[("19-9-2016", TimePoint::day(Some(2016), 9, 19))]);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].1.issuer.as_deref(), Some("Cục thuế Hà Tĩnh"));
        assert_eq!(r[1].1.issuer.as_deref(), Some("Cục thuế Hà Tĩnh"));
        assert_eq!(r[1].1.date, Some(TimePoint::day(Some(2016), 9, 19)));
        assert_eq!(r[0].1.date, None);
    }

    #[test]
    fn issuer_found_without_a_date_entity() {
        let t = "Công văn số 3440/CV-BCĐ ngày 27/4/2021 của Ban Chỉ đạo Quốc gia và Quyết định số 936/QĐ-UBND";
        let r = linked(t, &[]);
        assert_eq!(r[0].1.issuer.as_deref(), Some("Ban Chỉ đạo Quốc gia"));
        assert_eq!(r[1].1.issuer.as_deref(), Some("Ủy ban nhân dân"));
    }

    #[test]
    fn short_mention_takes_the_nearest_full_id() {
        let t = "Nghị định 49/2017/NĐ-CP (Nghị định 49) sửa Nghị định số 25/2011/NĐ-CP. Nghị định 49 đưa ra";
        let r = linked(t, &[]);
        let ids: Vec<_> = r
            .iter()
            .map(|(_, r)| r.id.clone().unwrap_or_default())
            .collect();
        assert_eq!(
            ids,
            [
                "49/2017/NĐ-CP",
                "49/2017/NĐ-CP",
                "25/2011/NĐ-CP",
                "49/2017/NĐ-CP"
            ]
        );
    }
}

#[cfg(test)]
mod stress_tests {
    use super::*;

    fn run(text: &str) -> usize {
        let mut c = Vec::new();
        find(&Context::default(), &Text::new(text), &mut c);
        let ranks = vec![0; c.len()];
        let mut es = crate::extract::resolve_overlaps(c, &ranks);
        link(&Context::default(), text, &mut es);
        es.len()
    }

    /// Inputs that would take quadratic time with a careless rule finish (linear passes).
    #[test]
    fn pathological_inputs_stay_linear() {
        assert_eq!(run(&"1".repeat(2_000_000)), 0);
        assert_eq!(run(&"1/".repeat(500_000)), 0);
        assert_eq!(run(&"%".repeat(1_000_000)), 0);
        assert_eq!(run(&"Luật, ".repeat(200_000)), 0);
        assert_eq!(run(&"số ".repeat(200_000)), 0);
        assert_eq!(run(&"luật Đất đai ".repeat(100_000)), 100_000);
        let many = "Nghị định 5 và Nghị định 5/2020/NĐ-CP, ".repeat(50_000);
        assert_eq!(run(&many), 100_000);
        let chain = "Quyết định số 1/QĐ-UBND và ".repeat(50_000) + "của UBND tỉnh";
        assert_eq!(run(&chain), 50_000);
    }
}
