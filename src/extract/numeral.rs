//! Reading Vietnamese numerals: digits with `.`/`,` separators, scale words, spelled-out
//! numbers. Shared by the figure extractors (number, ratio, percent, money).
//!
//! What reads as a numeral (SPEC §4.1):
//! - digits, Vietnamese style: `866.020` → 866020, `2.000,5` → 2000.5, `1,484` → 1.484;
//!   a dot not followed by groups of three digits is a decimal point (`12.5`); several comma
//!   groups of three (`1,234,567`) or commas then one dot (`1,234.5`) are read the English
//!   way;
//! - digits with scale words and their compounds and sums: `1,484 triệu`, `2,5 tr`,
//!   `1.000 nghìn tỷ`, `3 tỷ 200 triệu`, `1 triệu rưỡi`;
//! - spelled-out numbers: `hai mươi mốt` 21, `một trăm linh năm` 105, `mười hai` 12,
//!   `ba mươi lăm nghìn` 35000, `nửa triệu` 500000;
//! - a minus sign or `âm` before it (`-5`, `âm 5`).
//!
//! What does not: digits glued to a letter or to an identifier before them (`G20`,
//! `COVID-19`, `m2`), digits after `/` or `:` (dates, times), numbers with a leading zero
//! (`0912.345.678`, phone numbers), malformed groupings (`6.11.2020`). Whether a numeral is a
//! figure of some kind (a single `một` or `năm` is not, `Điều 5` is not) is decided by the
//! extractors, which get the facts they need in [`Numeral`].

use std::sync::LazyLock;

use super::data::numerals::{
    NumberWord, Qual, COMPARATIVES, DIGIT_SCALES, NEGATIVE_WORDS, NUMBER_WORDS, QUALIFIERS,
    RANGE_CONNECTORS,
};
use super::text::fold;
use super::{Qualifier, Text};
use crate::blocks::{self, Classes};

/// A numeral read from the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Numeral {
    /// First byte (the minus sign or `âm` when negative).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The value, scale words applied.
    pub value: f64,
    /// Product of the scale words written after digits (1 without; 1 for spelled numbers).
    pub scale: f64,
    /// Written in words (`hai mươi`).
    pub spelled: bool,
    /// A single spelled word (`hai`, `mười`): a figure only before a unit.
    pub single_word: bool,
    /// A single `một` or `năm`, never a figure on its own (SPEC §4.1).
    pub bare_one_or_five: bool,
    /// Plain digits: no separator, no scale, not negative (`2020`).
    pub plain: bool,
    /// Digits directly followed by a letter (`27km`, `4GB`, `19h`).
    pub glued: bool,
}

/// The words that can start a spelled-out number (digits, `mười`, `nửa`), grouped by their
/// first byte, in table order within a group.
static START_WORDS: LazyLock<StartWords> = LazyLock::new(|| {
    let mut words: Vec<&'static [u8]> = NUMBER_WORDS
        .iter()
        .filter(|(_, kind)| is_start(kind))
        .map(|(w, _)| w.as_bytes())
        .collect();
    // A stable sort: the words of one first byte stay in table order.
    words.sort_by_key(|w| w[0]);
    let mut by_first = [(0u8, 0u8); 256];
    for (k, w) in words.iter().enumerate() {
        let k = u8::try_from(k).expect("few start words");
        let range = &mut by_first[usize::from(w[0])];
        if range.0 == range.1 {
            *range = (k, k);
        }
        range.1 = k + 1;
    }
    StartWords {
        keys: words.iter().map(|w| head(w)).collect(),
        masks: words
            .iter()
            .map(|w| u32::MAX >> (8 * (4 - w.len().min(4))))
            .collect(),
        words,
        by_first,
    }
});

/// True for the number words that can start a spelled-out number.
const fn is_start(kind: &NumberWord) -> bool {
    matches!(
        kind,
        NumberWord::Digit(_) | NumberWord::Ten | NumberWord::HalfOf
    )
}

/// The first two bytes of the start words, each pair once (see [`Starts`]).
const START_PAIRS: &[(u8, u8)] = &{
    const N: usize = start_pairs::<64>().1;
    let (all, _) = start_pairs::<N>();
    all
};

/// [`START_PAIRS`] ready for [`Classes::pairs_in`].
const START_TABLE: blocks::PairTable<'static> = blocks::PairTable::new(START_PAIRS);

/// The distinct first two bytes of the start words, and their number; `N` must be at
/// least that number.
const fn start_pairs<const N: usize>() -> ([(u8, u8); N], usize) {
    let mut out = [(0u8, 0u8); N];
    let (mut n, mut i) = (0, 0);
    while i < NUMBER_WORDS.len() {
        let (w, kind) = &NUMBER_WORDS[i];
        i += 1;
        if !is_start(kind) {
            continue;
        }
        let w = w.as_bytes();
        assert!(w.len() >= 2, "a start word has at least two bytes");
        let pair = (w[0], w[1]);
        let mut k = 0;
        while k < n && !(out[k].0 == pair.0 && out[k].1 == pair.1) {
            k += 1;
        }
        if k == n {
            assert!(n < N, "more start pairs than N");
            out[n] = pair;
            n += 1;
        }
    }
    (out, n)
}

/// The first four bytes of `b` as an integer, zero-padded.
#[inline]
fn head(b: &[u8]) -> u32 {
    match b.first_chunk::<4>() {
        Some(h) => u32::from_le_bytes(*h),
        None => {
            let mut buf = [0u8; 4];
            buf[..b.len()].copy_from_slice(b);
            u32::from_le_bytes(buf)
        }
    }
}

/// See [`START_WORDS`].
struct StartWords {
    /// The first (up to) four bytes of each word as an integer, and their mask.
    keys: Vec<u32>,
    masks: Vec<u32>,
    words: Vec<&'static [u8]>,
    /// The words of each first byte: `words[a..b]`.
    by_first: [(u8, u8); 256],
}

impl StartWords {
    /// The start word at the start of `rest`, the first in table order (only the words of
    /// its first byte are tried, their heads compared as integers; candidates already have
    /// the first two bytes of a word, see [`Starts`]).
    #[inline]
    fn at(&self, rest: &[u8]) -> Option<&'static [u8]> {
        let (a, b) = self.by_first[usize::from(*rest.first()?)];
        let h = head(rest);
        let k = (usize::from(a)..usize::from(b))
            .find(|&k| h & self.masks[k] == self.keys[k] && rest.starts_with(self.words[k]))?;
        Some(self.words[k])
    }
}

/// The places where a numeral can start: a digit, or a start word at the start of a word.
///
/// The whole text is classified first, 64 bytes at a time, into one bit mask of candidates
/// per block (see [`blocks::Block`]): a digit, or the first two bytes of a start word not
/// after an ASCII letter or digit. Only those are then looked at, comparing their first
/// four bytes with those of the start words as integers.
struct Starts<'t> {
    text: &'t str,
    folded: &'t [u8],
    /// The candidates of each block of 64 bytes.
    masks: Vec<u64>,
    /// The current block's start, and its candidates not yet taken.
    base: usize,
    mask: u64,
}

impl<'t> Starts<'t> {
    fn new(text: &'t Text) -> Starts<'t> {
        let folded = text.folded().as_bytes();
        let masks = candidates(folded);
        Starts {
            text: text.raw(),
            folded,
            mask: masks.first().copied().unwrap_or(0),
            masks,
            base: 0,
        }
    }

    /// The first start at or after `pos`: its position and the end of the digit or word.
    fn next(&mut self, pos: usize) -> Option<(usize, usize)> {
        let words = &*START_WORDS;
        let (text, folded) = (self.text, self.folded);
        if pos >= self.base + 64 || pos < self.base {
            self.base = pos & !63;
            self.mask = self.masks.get(pos / 64).copied().unwrap_or(0);
        }
        self.mask &= u64::MAX << (pos - self.base);
        loop {
            while self.mask != 0 {
                let i = self.base + self.mask.trailing_zeros() as usize;
                self.mask &= self.mask - 1;
                if folded[i].is_ascii_digit() {
                    return Some((i, i + 1));
                }
                if let Some(w) = words.at(&folded[i..]) {
                    if word_starts(text, i) {
                        return Some((i, i + w.len()));
                    }
                }
            }
            self.base += 64;
            self.mask = *self.masks.get(self.base / 64)?;
        }
    }
}

blocks::dispatch_classes! {
    /// The candidates of [`Starts`] in the folded text `f`, one mask per block of 64 bytes:
    /// digits, and the first bytes of [`START_PAIRS`] not after an ASCII letter or digit.
    /// (This scan runs over every byte of every text.)
    fn candidates(f: &[u8]) -> Vec<u64> = all_candidates_with;
}

/// [`candidates`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn all_candidates_with<B: Classes>(f: &[u8]) -> Vec<u64> {
    // A loop, not a closure: a closure would not be compiled for AVX2 with its caller.
    let mut masks = Vec::with_capacity(f.len().div_ceil(64));
    let mut base = 0;
    while base < f.len() {
        masks.push(candidates_with::<B>(f, base));
        base += 64;
    }
    masks
}

/// [`candidates`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn candidates_with<B: Classes>(f: &[u8], base: usize) -> u64 {
    let block = B::load(f, base);
    let next = B::load_next(f, base);
    let digits = block.digits();
    // The folded text has no ASCII capitals.
    let alnum = digits | block.range(b'a', b'z');
    let after_alnum = alnum << 1 | u64::from(base > 0 && f[base - 1].is_ascii_alphanumeric());
    digits | (block.pairs_in(&next, &START_TABLE) & !after_alnum)
}

/// The number words, compiled.
static NUMBER_VOCAB: LazyLock<Words> =
    LazyLock::new(|| Words::new(NUMBER_WORDS.iter().map(|(w, _)| *w)));
/// The scale words after digits, compiled.
static SCALE_VOCAB: LazyLock<Words> =
    LazyLock::new(|| Words::new(DIGIT_SCALES.iter().map(|(w, _)| *w)));
/// The range connectors, compiled.
static CONNECTOR_VOCAB: LazyLock<Words> =
    LazyLock::new(|| Words::new(RANGE_CONNECTORS.iter().copied()));
/// The qualifier words, compiled.
static QUALIFIER_VOCAB: LazyLock<Words> =
    LazyLock::new(|| Words::new(QUALIFIERS.iter().map(|(w, _)| *w)));
/// The comparatives before `hơn`, compiled.
static COMPARATIVE_VOCAB: LazyLock<Words> =
    LazyLock::new(|| Words::new(COMPARATIVES.iter().copied()));
/// The words for minus, compiled.
static NEGATIVE_VOCAB: LazyLock<Words> =
    LazyLock::new(|| Words::new(NEGATIVE_WORDS.iter().copied()));

/// The char just before byte `pos`.
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// The char at byte `pos`.
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// `c.is_alphanumeric()`, with the letters of Vietnamese told from their code points rather
/// than the Unicode tables (a table lookup costs hundreds of instructions, and the char after
/// a word looked up is most often one of them). Checked against the standard library for
/// every char in the tests.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    by_letter_ranges(c, char::is_ascii_alphanumeric, char::is_alphanumeric)
}

/// `c.is_alphabetic()`, as [`is_alnum`] (none of the letter ranges holds a numeric char).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    by_letter_ranges(c, char::is_ascii_alphabetic, char::is_alphabetic)
}

/// `ascii(c)` for ASCII; `true` for the letters of Latin-1 (not `×`, `÷`), Latin Extended-A
/// and -B up to U+01BF and Latin Extended Additional (the ranges of [`ends_in_letter`]);
/// `other(c)` for every other char.
#[inline(always)]
fn by_letter_ranges(c: char, ascii: fn(&char) -> bool, other: fn(char) -> bool) -> bool {
    match u32::from(c) {
        0..=0x7F => ascii(&c),
        0xC0..=0x1BF => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => other(c),
    }
}

/// True when a word ends at `pos`: the next char is not a letter or digit.
pub(crate) fn word_ends(text: &str, pos: usize) -> bool {
    // ASCII (spaces, punctuation) is the common case: no char decoding for it.
    match text.as_bytes().get(pos) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !char_at(text, pos).is_some_and(is_alnum),
    }
}

/// True when a word starts at `pos`: the char before is not a letter or digit.
pub(crate) fn word_starts(text: &str, pos: usize) -> bool {
    match pos.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !ends_in_letter(text, pos),
    }
}

/// True when the char ending at byte `pos` (after a multi-byte char) is a letter or digit.
/// The letters of Vietnamese are told from their bytes, without the Unicode tables: a
/// two-byte char led by C3..C6 (Latin-1 letters, except `×` and `÷`, and Latin Extended-A
/// and -B, all letters) or a three-byte char E1 B8..BB (Latin Extended Additional).
#[inline]
fn ends_in_letter(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    if pos >= 2 && (0xC3..=0xC6).contains(&b[pos - 2]) {
        return !(b[pos - 2] == 0xC3 && matches!(b[pos - 1], 0x97 | 0xB7));
    }
    if pos >= 3 && b[pos - 3] == 0xE1 && (0xB8..=0xBB).contains(&b[pos - 2]) {
        return true;
    }
    char_before(text, pos).is_some_and(char::is_alphanumeric)
}

/// If `hay` starts with `needle` ignoring case, the byte length matched in `hay`: each char
/// of `hay` is the needle's or lowers to it, so a capital in the needle must be written as
/// such (`kWh`). The reference rule for [`Words`], which gets the same answers from the
/// folded text; still used to check the entries written with capitals.
pub(crate) fn starts_with_fold(hay: &str, needle: &str) -> Option<usize> {
    // Fast rejection on the first byte: most table entries differ there.
    let (&h0, &n0) = (hay.as_bytes().first()?, needle.as_bytes().first()?);
    if h0 != n0 && (h0.is_ascii() || n0.is_ascii()) && !h0.eq_ignore_ascii_case(&n0) {
        return None;
    }
    let mut h = hay.char_indices();
    for n in needle.chars() {
        let (_, c) = h.next()?;
        if c != n && !c.to_lowercase().eq(std::iter::once(n)) {
            return None;
        }
    }
    Some(h.next().map_or(hay.len(), |(i, _)| i))
}

/// A word table compiled for case-insensitive lookups right after or right before a
/// position: the vocabularies looked up around every numeral (counted nouns, currencies,
/// number words, label words, …).
///
/// Entries are matched on [`Text::folded`] with plain byte comparisons, walking a byte trie
/// of the folded entries from the position (forwards for [`Words::longest_at`], backwards
/// for [`Words::longest_before`]), so a lookup costs a few steps whatever the table size.
/// This matches what [`starts_with_fold`] matches on the original text, because folding
/// lowers exactly the capitals whose small letter has the same length and the text is NFC
/// (no Kelvin sign for `k`). An entry written with capitals (`kWh`, `độ C`) is also checked
/// on the original text, where its capitals must stand as written.
pub(crate) struct Words {
    /// The entries as written in the table.
    entries: Vec<&'static str>,
    /// Entry `i` has a capital and needs the [`starts_with_fold`] check on the original.
    cased: Vec<bool>,
    /// Entry `i` ends in a letter or digit, so it must end a word (`tr` is not `trận`).
    bounded: Vec<bool>,
    /// Tries of the folded entries, read forwards and backwards.
    forward: Trie,
    backward: Trie,
}

/// A byte trie: node 0 is the root; each node has its outgoing edges and the entries that
/// end there, in table order.
///
/// The nodes, edges and ends are kept flat, each in one array, so that a walk reads a few
/// nearby cache lines: with a vector per node, a walk through a table of hundreds of words
/// (the units) waited on a cache miss at every byte. The root's edges are also a table by
/// byte.
///
/// Most lookups find nothing (the word after a numeral is an ordinary word), and most of
/// those would stop at the first or second byte; [`Trie::may_start`] tells them from the
/// first two bytes alone, without entering the walk.
struct Trie {
    nodes: Vec<FlatNode>,
    edge_bytes: Vec<u8>,
    edge_next: Vec<u32>,
    ends: Vec<u16>,
    /// The child of the root by byte (0: none, as the root is no child).
    root: Box<[u32; 256]>,
    /// The first bytes that are a whole key (one-byte entries such as `-` or `%`).
    one_byte: [u64; 4],
    /// The first two bytes of the longer keys, as bits hashed by [`pair_bit`]: a superset
    /// filter (two pairs may share a bit).
    pairs: Box<[u64; PAIR_BITS / 64]>,
}

/// The number of bits of [`Trie::pairs`].
const PAIR_BITS: usize = 4096;

/// The bit of the two bytes `a`, `b` in [`Trie::pairs`] (a multiplicative hash).
#[inline]
fn pair_bit(a: u8, b: u8) -> usize {
    let key = u32::from(a) << 8 | u32::from(b);
    (key.wrapping_mul(0x9E37_79B1) >> 20) as usize % PAIR_BITS
}

/// A node of [`Trie`]: its edges are `edge_*[edges.0..edges.1]`, its entries
/// `ends[ends.0..ends.1]`.
#[derive(Clone, Copy)]
struct FlatNode {
    edges: (u32, u32),
    ends: (u32, u32),
}

/// A node while the trie is built.
#[derive(Default)]
struct TrieNode {
    edges: Vec<(u8, u32)>,
    ends: Vec<u16>,
}

impl Trie {
    fn new<'a>(keys: impl IntoIterator<Item = impl Iterator<Item = u8> + 'a>) -> Trie {
        let mut nodes = vec![TrieNode::default()];
        let mut one_byte = [0u64; 4];
        let mut pairs = Box::new([0u64; PAIR_BITS / 64]);
        for (i, key) in keys.into_iter().enumerate() {
            let key: Vec<u8> = key.collect();
            match *key.as_slice() {
                [a] => one_byte[usize::from(a / 64)] |= 1 << (a % 64),
                [a, b, ..] => {
                    let k = pair_bit(a, b);
                    pairs[k / 64] |= 1 << (k % 64);
                }
                [] => {}
            }
            let mut at = 0;
            for b in key {
                at = match nodes[at].edges.iter().find(|e| e.0 == b) {
                    Some(&(_, next)) => next as usize,
                    None => {
                        nodes.push(TrieNode::default());
                        let next = nodes.len() - 1;
                        nodes[at].edges.push((b, next as u32));
                        next
                    }
                };
            }
            nodes[at]
                .ends
                .push(u16::try_from(i).expect("word table too long"));
        }
        let index = |n: usize| u32::try_from(n).expect("trie too large");
        let mut t = Trie {
            nodes: Vec::with_capacity(nodes.len()),
            edge_bytes: Vec::new(),
            edge_next: Vec::new(),
            ends: Vec::new(),
            root: Box::new([0; 256]),
            one_byte,
            pairs,
        };
        for node in &nodes {
            let (e0, x0) = (index(t.edge_bytes.len()), index(t.ends.len()));
            t.edge_bytes.extend(node.edges.iter().map(|e| e.0));
            t.edge_next.extend(node.edges.iter().map(|e| e.1));
            t.ends.extend(&node.ends);
            t.nodes.push(FlatNode {
                edges: (e0, index(t.edge_bytes.len())),
                ends: (x0, index(t.ends.len())),
            });
        }
        for &(b, next) in &nodes[0].edges {
            t.root[usize::from(b)] = next;
        }
        t
    }

    /// False when no key can start `bytes` (`first`, then `second` if there is one): then
    /// [`Trie::walk`] would find nothing. True does not promise a key.
    #[inline]
    fn may_start(&self, first: u8, second: Option<u8>) -> bool {
        if self.one_byte[usize::from(first / 64)] >> (first % 64) & 1 != 0 {
            return true;
        }
        second.is_some_and(|b| {
            let k = pair_bit(first, b);
            self.pairs[k / 64] >> (k % 64) & 1 != 0
        })
    }

    /// Calls `f(len, entry)` for every entry that `bytes` starts with, shortest first and in
    /// table order for one length.
    fn walk(&self, bytes: impl Iterator<Item = u8>, mut f: impl FnMut(usize, usize)) {
        let mut at = 0;
        for (len, b) in bytes.enumerate() {
            let next = if at == 0 {
                self.root[usize::from(b)]
            } else {
                let (e0, e1) = self.nodes[at].edges;
                let (e0, e1) = (e0 as usize, e1 as usize);
                match self.edge_bytes[e0..e1].iter().position(|&x| x == b) {
                    Some(k) => self.edge_next[e0 + k],
                    None => 0,
                }
            };
            if next == 0 {
                return;
            }
            at = next as usize;
            let (x0, x1) = self.nodes[at].ends;
            for &i in &self.ends[x0 as usize..x1 as usize] {
                f(len + 1, usize::from(i));
            }
        }
    }
}

impl Words {
    /// Compiles `entries`, written in lower case except for capitals that must be matched
    /// as written.
    pub(crate) fn new(entries: impl IntoIterator<Item = &'static str>) -> Words {
        let entries: Vec<&'static str> = entries.into_iter().collect();
        let folded: Vec<String> = entries.iter().map(|w| fold(w).into_owned()).collect();
        Words {
            cased: entries.iter().zip(&folded).map(|(w, f)| w != f).collect(),
            bounded: entries
                .iter()
                .map(|w| w.chars().next_back().is_some_and(char::is_alphanumeric))
                .collect(),
            forward: Trie::new(folded.iter().map(|f| f.bytes())),
            backward: Trie::new(folded.iter().map(|f| f.bytes().rev())),
            entries,
        }
    }

    /// The longest entry written at `pos` in any case that ends a word when it ends in a
    /// letter or digit: its end and its index in the table (the first of equal entries).
    #[inline]
    pub(crate) fn longest_at(&self, text: &Text, pos: usize) -> Option<(usize, usize)> {
        let hay = text.folded().as_bytes().get(pos..)?;
        let (&first, second) = (hay.first()?, hay.get(1).copied());
        if !self.forward.may_start(first, second) {
            return None;
        }
        self.walk_at(text, pos)
    }

    /// [`Words::longest_at`], walking the trie.
    #[inline(never)]
    fn walk_at(&self, text: &Text, pos: usize) -> Option<(usize, usize)> {
        let hay = text.folded().as_bytes().get(pos..)?;
        let mut best = None;
        self.forward.walk(hay.iter().copied(), |len, i| {
            let end = pos + len;
            let later = best.map_or(true, |(e, _)| end > e);
            if later
                && (!self.cased[i] || starts_with_fold(&text[pos..], self.entries[i]) == Some(len))
                && (!self.bounded[i] || word_ends(text, end))
            {
                best = Some((end, i));
            }
        });
        best
    }

    /// The longest entry written in any case that ends at `end` and starts a word: its start
    /// and its index in the table (the first of equal entries).
    #[inline]
    pub(crate) fn longest_before(&self, text: &Text, end: usize) -> Option<(usize, usize)> {
        let hay = text.folded().as_bytes().get(..end)?;
        let (&last, before) = (hay.last()?, hay.len().checked_sub(2).map(|i| hay[i]));
        if !self.backward.may_start(last, before) {
            return None;
        }
        self.walk_before(text, end)
    }

    /// [`Words::longest_before`], walking the trie.
    #[inline(never)]
    fn walk_before(&self, text: &Text, end: usize) -> Option<(usize, usize)> {
        let hay = text.folded().as_bytes().get(..end)?;
        let mut best = None;
        self.backward.walk(hay.iter().rev().copied(), |len, i| {
            let start = end - len;
            let earlier = best.map_or(true, |(s, _)| start < s);
            if earlier
                && (!self.cased[i]
                    || starts_with_fold(&text[start..], self.entries[i]) == Some(len))
                && word_starts(text, start)
            {
                best = Some((start, i));
            }
        });
        best
    }

    /// [`Words::longest_at`] without the index: the end.
    pub(crate) fn end_at(&self, text: &Text, pos: usize) -> Option<usize> {
        self.longest_at(text, pos).map(|(end, _)| end)
    }

    /// [`Words::longest_before`] without the index: the start.
    pub(crate) fn start_before(&self, text: &Text, end: usize) -> Option<usize> {
        self.longest_before(text, end).map(|(start, _)| start)
    }
}

/// The end of the lower-case word `word` written at `pos` in any case, when it ends a word
/// there (one-word tables: `rưỡi`, `điểm`).
pub(crate) fn literal_at(text: &Text, pos: usize, word: &str) -> Option<usize> {
    debug_assert_eq!(fold(word), word, "{word} must be written in lower case");
    let end = pos + word.len();
    let found = text
        .folded()
        .as_bytes()
        .get(pos..)?
        .starts_with(word.as_bytes());
    (found && word_ends(text, end)).then_some(end)
}

/// `pos - 1` when a single space precedes `pos`.
pub(crate) fn space_before(text: &str, pos: usize) -> Option<usize> {
    (pos > 0 && text.as_bytes()[pos - 1] == b' ').then(|| pos - 1)
}

/// `pos + 1` when a single space follows `pos`.
pub(crate) fn space_after(text: &str, pos: usize) -> Option<usize> {
    (text.as_bytes().get(pos) == Some(&b' ')).then_some(pos + 1)
}

/// The qualifier word directly before a figure starting at `start` (`trên`, `khoảng`, …),
/// except a comparative `hơn` (`cao hơn 6,1%`).
pub(crate) fn qualifier_before(text: &Text, start: usize) -> Option<Qualifier> {
    let end = space_before(text, start)?;
    let (wstart, i) = QUALIFIER_VOCAB.longest_before(text, end)?;
    let q = QUALIFIERS[i].1;
    if q == Qual::Over && text[wstart..end].eq_ignore_ascii_case("hơn") {
        if let Some(e) = space_before(text, wstart) {
            if COMPARATIVE_VOCAB.longest_before(text, e).is_some() {
                return None;
            }
        }
    }
    Some(match q {
        Qual::Over => Qualifier::Over,
        Qual::Under => Qualifier::Under,
        Qual::About => Qualifier::About,
    })
}

/// The start of a qualifier word ending at `end`.
pub(crate) fn qualifier_word_before(text: &Text, end: usize) -> Option<usize> {
    QUALIFIER_VOCAB.start_before(text, end)
}

/// Parses a run of digits with `.`/`,` separators (SPEC §4.1); `None` for a grouping that is
/// no number (`6.11.2020`) or a leading zero (`0912`).
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    parse_parts(s).map(|(m, k)| scaled(m, k, 1.0))
}

/// `m / 10^k * scale`, exact when the scale is a power of ten at least `10^k`
/// (`270,504 tỷ` is 270504 × 10^6, not 270.504 × 10^9 with a rounding error).
fn scaled(m: f64, k: i32, scale: f64) -> f64 {
    let p = 10f64.powi(k);
    if scale >= p {
        m * (scale / p)
    } else {
        m * scale / p
    }
}

/// The digits of `s` as a mantissa and the number of digits after the decimal separator,
/// by the rules of [`parse_digits`]. No allocation: this runs on every digit run.
fn parse_parts(s: &str) -> Option<(f64, i32)> {
    let b = s.as_bytes();
    let is_sep = |c: &u8| *c == b'.' || *c == b',';
    let first_len = b.iter().position(is_sep).unwrap_or(b.len());
    if first_len == 0 || (first_len > 1 && b[0] == b'0') {
        return None;
    }
    if first_len == b.len() {
        // No separator (the common case): an integer, read like below.
        let digits = b.iter().filter(|c| c.is_ascii_digit());
        let m = digits.fold(0.0_f64, |m, c| m * 10.0 + f64::from(c - b'0'));
        return Some((m, 0));
    }
    let n = b.iter().filter(|c| is_sep(c)).count();
    let dots = b.iter().filter(|c| **c == b'.').count();
    let commas = n - dots;
    let threes = |k: usize| s.split(['.', ',']).skip(1).take(k).all(|g| g.len() == 3);
    let grouped = first_len <= 3;
    let last_sep = b.iter().rposition(is_sep);
    // The byte index of the decimal separator, if any.
    let decimal = if n == 0 {
        None
    } else if commas == 0 {
        // Only dots: thousands when every group after the first has three digits.
        if grouped && threes(n) {
            None
        } else if n == 1 {
            last_sep
        } else {
            return None;
        }
    } else if dots == 0 {
        // Only commas: one is a decimal comma; several groups of three are English thousands.
        if n == 1 {
            last_sep
        } else if grouped && threes(n) {
            None
        } else {
            return None;
        }
    } else {
        // Both: `2.000,5` (dots then one comma) or `1,234.5` (commas then one dot).
        let last = b[last_sep?];
        let others_differ = b[..last_sep?]
            .iter()
            .filter(|c| is_sep(c))
            .all(|c| *c != last);
        if grouped && others_differ && threes(n - 1) {
            last_sep
        } else {
            return None;
        }
    };
    let mut m = 0.0_f64;
    let mut k = 0;
    for (i, c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            m = m * 10.0 + f64::from(c - b'0');
            if decimal.is_some_and(|d| i > d) {
                k += 1;
            }
        }
    }
    Some((m, k))
}

/// The end of the digit run at `pos`: digits, and `.`/`,` each followed by a digit.
fn digit_run_end(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    let mut i = pos;
    while i < b.len() {
        let separator =
            (b[i] == b'.' || b[i] == b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !b[i].is_ascii_digit() && !separator {
            break;
        }
        i += 1;
    }
    i
}

/// Reads digits at `pos`: the end and the value.
pub(crate) fn read_digits(text: &str, pos: usize) -> Option<(usize, f64)> {
    if !text.as_bytes().get(pos)?.is_ascii_digit() {
        return None;
    }
    let end = digit_run_end(text, pos);
    Some((end, parse_digits(&text[pos..end])?))
}

/// Scale words (and compounds) at `pos`, after an optional space: their end and product.
fn read_scales(text: &Text, pos: usize) -> Option<(usize, f64)> {
    let mut at = space_after(text, pos).unwrap_or(pos);
    let mut product = 1.0;
    let mut end = None;
    while let Some((e, i)) = SCALE_VOCAB.longest_at(text, at) {
        product *= DIGIT_SCALES[i].1;
        end = Some(e);
        match space_after(text, e) {
            Some(next) => at = next,
            None => break,
        }
    }
    end.map(|e| (e, product))
}

/// Reads a numeral written with digits at `pos` (no check of what precedes).
fn read_digit_numeral(text: &Text, pos: usize) -> Option<Numeral> {
    if !text.as_bytes().get(pos)?.is_ascii_digit() {
        return None;
    }
    let dend = digit_run_end(text, pos);
    let (mantissa, frac) = parse_parts(&text[pos..dend])?;
    let value = scaled(mantissa, frac, 1.0);
    let mut n = Numeral {
        start: pos,
        end: dend,
        value,
        scale: 1.0,
        spelled: false,
        single_word: false,
        bare_one_or_five: false,
        plain: !text[pos..dend].contains(['.', ',']),
        glued: false,
    };
    if let Some((send, scale)) = read_scales(text, dend) {
        n.end = send;
        n.value = scaled(mantissa, frac, scale);
        n.scale = scale;
        n.plain = false;
        // Sums of decreasing scales: `3 tỷ 200 triệu`, then `rưỡi`: `1 triệu rưỡi`.
        let mut last = scale;
        while let Some(at) = space_after(text, n.end) {
            if let Some(e) = literal_at(text, at, "rưỡi") {
                n.value += last / 2.0;
                n.end = e;
                break;
            }
            let Some((e2, v2)) = read_digits(text, at) else {
                break;
            };
            let Some((e3, s2)) = read_scales(text, e2) else {
                break;
            };
            if s2 >= last || v2 * s2 >= last {
                break;
            }
            n.value += v2 * s2;
            n.end = e3;
            last = s2;
        }
    }
    n.glued = char_at(text, n.end).is_some_and(is_letter);
    Some(n)
}

/// The spelled-out number word at `pos` and its end.
fn number_word(text: &Text, pos: usize) -> Option<(usize, NumberWord)> {
    let (end, i) = NUMBER_VOCAB.longest_at(text, pos)?;
    Some((end, NUMBER_WORDS[i].1))
}

/// Reads a spelled-out number at `pos` (see the module docs).
fn read_spelled(text: &Text, pos: usize) -> Option<Numeral> {
    use NumberWord as W;
    #[derive(Clone, Copy, PartialEq)]
    enum Last {
        Start,
        Digit,
        Ten,
        Tens,
        Hundred,
        Zero,
        Scale,
        UnitDone,
    }
    let (mut total, mut cur, mut pending) = (0.0_f64, 0.0_f64, None::<f64>);
    let (mut max_scale, mut last_scale) = (1.0_f64, 1.0_f64);
    let mut last = Last::Start;
    let mut best: Option<(usize, f64, usize)> = None; // end, value, words
    let mut words = 0;
    let mut at = pos;
    let mut first_word = None;
    while let Some((end, w)) = number_word(text, at) {
        let word = &text.folded()[at..end];
        let mut complete = true;
        match w {
            W::Digit(d) => {
                let five_after_ten = d == 5 && last == Last::Ten;
                if pending.is_some() || five_after_ten || last == Last::Digit {
                    break;
                }
                if !matches!(
                    last,
                    Last::Start | Last::Ten | Last::Tens | Last::Zero | Last::Hundred | Last::Scale
                ) {
                    break;
                }
                match last {
                    Last::Ten | Last::Tens | Last::Zero => {
                        cur += f64::from(d);
                        last = Last::UnitDone;
                    }
                    _ => {
                        // A digit after a hundred or a scale needs a following multiplier.
                        complete = last == Last::Start;
                        pending = Some(f64::from(d));
                        last = Last::Digit;
                    }
                }
            }
            W::UnitDigit(d) => {
                let ok = match last {
                    Last::Tens => true,
                    Last::Ten | Last::Zero => d != 1,
                    _ => false,
                };
                if !ok {
                    break;
                }
                cur += f64::from(d);
                last = Last::UnitDone;
            }
            W::Ten => {
                if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                    break;
                }
                cur += 10.0;
                last = Last::Ten;
            }
            W::Tens | W::Dozen => {
                let (Last::Digit, Some(d)) = (last, pending) else {
                    break;
                };
                cur += d * 10.0;
                pending = None;
                last = Last::Tens;
            }
            W::Hundred => {
                let (Last::Digit, Some(d)) = (last, pending) else {
                    break;
                };
                cur += d * 100.0;
                pending = None;
                last = Last::Hundred;
            }
            W::Zero => {
                if last != Last::Hundred {
                    break;
                }
                complete = false;
                last = Last::Zero;
            }
            W::Scale(s) => {
                let group = cur + pending.unwrap_or(0.0);
                let compound = last == Last::Scale && s > last_scale;
                if group <= 0.0 && !compound {
                    break;
                }
                if s > max_scale {
                    total = (total + group) * s;
                    max_scale = s;
                } else {
                    total += group * s;
                }
                cur = 0.0;
                pending = None;
                last_scale = s;
                last = Last::Scale;
            }
            W::Half => {
                match last {
                    Last::Scale => total += last_scale / 2.0,
                    Last::Hundred => cur += 50.0,
                    _ => break,
                }
                words += 1;
                best = Some((end, total + cur, words));
                break;
            }
            W::HalfOf => {
                if last != Last::Start {
                    break;
                }
                pending = Some(0.5);
                complete = false;
                last = Last::Digit;
            }
        }
        words += 1;
        if first_word.is_none() {
            first_word = Some(word);
        }
        if complete {
            best = Some((end, total + cur + pending.unwrap_or(0.0), words));
        }
        match space_after(text, end) {
            Some(next) => at = next,
            None => break,
        }
    }
    let (end, value, words) = best?;
    let first = first_word.unwrap_or("");
    let single = words == 1;
    let one_or_five = single && (first == "một" || first == "năm");
    Some(Numeral {
        start: pos,
        end,
        value,
        scale: 1.0,
        spelled: true,
        single_word: single,
        bare_one_or_five: one_or_five,
        plain: false,
        glued: false,
    })
}

/// Applies a minus sign or `âm` directly before `n`.
fn with_sign(text: &Text, mut n: Numeral) -> Numeral {
    if n.spelled {
        return n;
    }
    let s = n.start;
    if s > 0 && text.as_bytes()[s - 1] == b'-' {
        // `-5` after a space or `(`, but `2012 -2016` is a range of years.
        let before = char_before(text, s - 1);
        let prev_solid = text[..s - 1].trim_end().chars().next_back();
        if before.map_or(true, |c| c.is_whitespace() || c == '(')
            && !prev_solid.is_some_and(|c| c.is_ascii_digit())
        {
            n.start = s - 1;
            n.value = -n.value;
            n.plain = false;
        }
        return n;
    }
    if let Some(e) = space_before(text, s) {
        if let Some(ws) = NEGATIVE_VOCAB.start_before(text, e) {
            n.start = ws;
            n.value = -n.value;
            n.plain = false;
        }
    }
    n
}

/// Reads the numeral at `pos`, digits or words, without looking at what precedes it.
pub(crate) fn read_at(text: &Text, pos: usize) -> Option<Numeral> {
    let n = if text.as_bytes().get(pos)?.is_ascii_digit() {
        read_digit_numeral(text, pos)
    } else {
        read_spelled(text, pos)
    }?;
    // Thousands of digits or of scale words overflow: no figure.
    n.value.is_finite().then_some(n)
}

/// Reads the second end of a range after a connector at `pos` (`-2`, ` đến 5 triệu`,
/// ` tới dưới 16`): the numeral, with a scale taken over by `first` when only the second end
/// has one (`từ 3 đến 5 triệu`).
pub(crate) fn range_after(text: &Text, pos: usize, first: &Numeral) -> Option<(Numeral, f64)> {
    let cend = CONNECTOR_VOCAB.end_at(text, pos)?;
    let second = read_at(text, cend)?;
    if second.bare_one_or_five || second.spelled != first.spelled {
        return None;
    }
    // `6-11-2020` is a date, `2-1` a score, `2016-2020` a period.
    let b = text.as_bytes();
    if b.get(second.end) == Some(&b'/')
        || (matches!(b.get(second.end), Some(b'-' | b'.' | b':'))
            && b.get(second.end + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    let year = |n: &Numeral| n.plain && (1900.0..2100.0).contains(&n.value);
    if year(first) || year(&second) {
        // `2012 - 2020` is a period, `19-2017` part of a symbol.
        return None;
    }
    let mut low = first.value;
    if first.scale == 1.0 && second.scale > 1.0 && low * second.scale < second.value {
        low *= second.scale;
    }
    (second.value > low).then_some((second, low))
}

/// Every numeral of `text` that stands on its own, left to right, not overlapping. Scanned
/// once per [`Text`]: the number, percent and money extractors all read them.
pub(crate) fn scan<'t>(text: &'t Text) -> &'t [Numeral] {
    text.numerals.get_or_init(|| scan_uncached(text))
}

/// [`scan`], computed.
fn scan_uncached(text: &Text) -> Vec<Numeral> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut starts = Starts::new(text);
    let mut pos = 0;
    while let Some((s, word_end)) = starts.next(pos) {
        let is_digit = bytes[s].is_ascii_digit();
        let skip_to = if is_digit {
            digit_run_end(text, s)
        } else {
            word_end
        };
        pos = skip_to;
        if is_digit {
            let prev = char_before(text, s);
            let bad_prev = match prev {
                Some(c) if is_alnum(c) => true,
                Some('/' | ':' | '#' | '_' | '.' | ',') => true,
                Some('-' | '+') => char_before(text, s - 1).is_some_and(is_alnum),
                _ => false,
            };
            if bad_prev {
                // Skip the whole alphanumeric token (`COVID-19`, `G20`, `1A2`).
                continue;
            }
            // Digits before `/` or `:` and a digit are dates, times, symbols, ratios.
            if matches!(bytes.get(skip_to), Some(b'/' | b':'))
                && bytes.get(skip_to + 1).is_some_and(u8::is_ascii_digit)
            {
                continue;
            }
        } else if !word_ends(text, word_end) {
            // A number word must be a whole word: `ba`, not `bao` nor `aba`.
            continue;
        }
        if let Some(n) = read_at(text, s) {
            pos = n.end.max(pos);
            out.push(with_sign(text, n));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_before_are_told_from_their_bytes() {
        for cp in 0x80..0x2_0000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let t = format!("{c}ba");
            let pos = c.len_utf8();
            assert_eq!(ends_in_letter(&t, pos), c.is_alphanumeric(), "U+{cp:04X}");
        }
    }

    #[test]
    fn letters_are_told_like_the_standard_library() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "U+{:04X}", u32::from(c));
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", u32::from(c));
        }
    }

    fn val(s: &str) -> Option<f64> {
        read_at(&Text::new(s), 0)
            .filter(|n| n.end == s.len())
            .map(|n| n.value)
    }

    #[test]
    fn digits() {
        for (s, v) in [
            ("866.020", Some(866020.0)),
            ("1.562", Some(1562.0)),
            ("2.000,5", Some(2000.5)),
            ("73,38", Some(73.38)),
            ("1,484", Some(1.484)),
            ("12.5", Some(12.5)),
            ("1,234,567", Some(1234567.0)),
            ("1,234.5", Some(1234.5)),
            ("16.718.000", Some(16718000.0)),
            ("6.11.2020", None),
            ("0912", None),
            ("0,5", Some(0.5)),
        ] {
            assert_eq!(parse_digits(s), v, "{s}");
        }
    }

    #[test]
    fn scales_and_words() {
        for (s, v) in [
            ("1,484 triệu", 1484000.0),
            ("3 tỷ 200 triệu", 3.2e9),
            ("1 triệu rưỡi", 1.5e6),
            ("2,5 tr", 2.5e6),
            ("1.030 tỷ", 1.03e12),
            ("1,3 nghìn tỷ", 1.3e12),
            ("5 trăm nghìn", 5e5),
            ("hai mươi mốt", 21.0),
            ("một trăm linh năm", 105.0),
            ("mười hai", 12.0),
            ("hai triệu", 2e6),
            ("hai mươi năm", 25.0),
            ("ba mươi lăm nghìn", 35000.0),
            ("mười lăm", 15.0),
            ("hai trăm", 200.0),
            ("một nghìn tỷ", 1e12),
            ("hai triệu ba trăm nghìn", 2.3e6),
            ("nửa triệu", 5e5),
            ("hai mươi tư", 24.0),
            ("hai mươi nhăm", 25.0),
            ("một trăm lẻ năm", 105.0),
            ("hai chục", 20.0),
            ("một triệu rưỡi", 1.5e6),
            ("ba trăm nghìn tỷ", 3e14),
            ("chín mươi chín", 99.0),
        ] {
            assert_eq!(val(s), Some(v), "{s}");
        }
    }

    #[test]
    fn single_words() {
        let n = read_at(&Text::new("một người"), 0).unwrap();
        assert!(n.bare_one_or_five && n.single_word);
        let n = read_at(&Text::new("mười năm"), 0).unwrap();
        assert_eq!((n.value, n.end), (10.0, "mười".len()));
    }

    #[test]
    fn scan_cache_follows_the_text() {
        let values =
            |t: &str| -> Vec<f64> { scan(&Text::new(t)).iter().map(|n| n.value).collect() };
        let (a, b, c) = (
            values("có 5 người"),
            values("có 7 người"),
            values("có 5 người"),
        );
        assert_eq!((a, b, c), (vec![5.0], vec![7.0], vec![5.0]));
    }

    /// The table lookups of the old implementation, kept as the oracle of [`Words`]: every
    /// entry compared with [`starts_with_fold`] at every position.
    fn oracle_at(text: &str, pos: usize, table: &[&str]) -> Option<usize> {
        table
            .iter()
            .filter_map(|w| {
                let n = starts_with_fold(&text[pos..], w)?;
                let bounded = w.chars().next_back().is_some_and(char::is_alphanumeric);
                (!bounded || word_ends(text, pos + n)).then_some(pos + n)
            })
            .max()
    }

    fn oracle_before(text: &str, end: usize, table: &[&str]) -> Option<usize> {
        table
            .iter()
            .filter_map(|w| {
                let start = end.checked_sub(w.len())?;
                let ok = text.is_char_boundary(start)
                    && starts_with_fold(&text[start..end], w) == Some(end - start)
                    && word_starts(text, start);
                ok.then_some(start)
            })
            .min()
    }

    #[test]
    fn words_agree_with_the_char_by_char_oracle() {
        use crate::extract::data::units::{COUNTED_NOUNS, LABEL_WORDS};
        let text = "Có 27km, 5 KWh và 3 kWh, 2 MW; ĐIỀU 5 khoản 2, 7 Người Lao Động, 3 người \
                    laos, 12 Độ C, 4 độ c, (Số Nhà 5) TỈNH, THÀNH PHỐ 1 tr trận 2 m 2 x";
        let t = Text::new(text);
        for table in [COUNTED_NOUNS, LABEL_WORDS] {
            let words = Words::new(table.iter().copied());
            for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    words.end_at(&t, pos),
                    oracle_at(text, pos, table),
                    "at {pos}"
                );
                assert_eq!(
                    words.start_before(&t, pos),
                    oracle_before(text, pos, table),
                    "before {pos}"
                );
            }
        }
    }

    /// Every word table compiled as [`Words`], for the differential tests.
    fn all_tables() -> Vec<Vec<&'static str>> {
        use crate::extract::data::currencies::{
            CURRENCY_PREFIXES, CURRENCY_WORDS, NOT_DONG, PER_WORDS, RATIO_BLOCKERS, RATIO_CUES,
            RATIO_NOUNS,
        };
        use crate::extract::data::units::{
            CLOCK_AFTER, CLOCK_BEFORE, COUNTED_NOUNS, COUNT_FOLLOWERS, LABEL_WORDS, PERCENT_SIGNS,
            WEAK_LABEL_WORDS,
        };
        let plain: [&[&'static str]; 15] = [
            RANGE_CONNECTORS,
            COMPARATIVES,
            NEGATIVE_WORDS,
            COUNTED_NOUNS,
            LABEL_WORDS,
            WEAK_LABEL_WORDS,
            CLOCK_AFTER,
            CLOCK_BEFORE,
            PERCENT_SIGNS,
            COUNT_FOLLOWERS,
            NOT_DONG,
            PER_WORDS,
            RATIO_CUES,
            RATIO_NOUNS,
            RATIO_BLOCKERS,
        ];
        let mut out: Vec<Vec<&'static str>> = plain.iter().map(|t| t.to_vec()).collect();
        out.push(NUMBER_WORDS.iter().map(|(w, _)| *w).collect());
        out.push(DIGIT_SCALES.iter().map(|(w, _)| *w).collect());
        out.push(QUALIFIERS.iter().map(|(w, _)| *w).collect());
        out.push(CURRENCY_WORDS.iter().map(|(w, _)| *w).collect());
        out.push(CURRENCY_PREFIXES.iter().map(|(w, _)| *w).collect());
        out
    }

    /// A random text made of table words (as written, in capitals, cut short), spaces,
    /// digits, punctuation and Vietnamese letters.
    fn random_text(rng: &mut crate::testutil::Rng, words: &[&str]) -> String {
        const BITS: &[&str] = &[
            " ", " ", " ", "-", "–", "%", "$", "/", ".", ",", "\n", "5", "12", "a", "Đ", "đ", "ư",
            "ờ", "Ỷ", "×", "“", "ba", "tr", "m", "x",
        ];
        let mut t = String::new();
        for _ in 0..rng.below(12) {
            if rng.below(2) == 0 {
                let w = words[rng.below(words.len())];
                match rng.below(4) {
                    0 => t.push_str(&w.to_uppercase()),
                    1 => t.extend(w.chars().take(rng.below(4))),
                    _ => t.push_str(w),
                }
            } else {
                t.push_str(BITS[rng.below(BITS.len())]);
            }
        }
        t
    }

    #[test]
    fn the_pair_filter_never_turns_a_word_down() {
        let mut rng = crate::testutil::Rng::new(0x2545_F491_4F6C_DD1D);
        let tables = all_tables();
        let pool: Vec<&str> = tables.iter().flatten().copied().collect();
        for table in &tables {
            let words = Words::new(table.iter().copied());
            for _ in 0..400 {
                let text = random_text(&mut rng, &pool);
                let t = Text::new(&text);
                for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    assert_eq!(
                        words.longest_at(&t, pos),
                        words.walk_at(&t, pos),
                        "{text:?} at {pos}"
                    );
                    assert_eq!(
                        words.longest_before(&t, pos),
                        words.walk_before(&t, pos),
                        "{text:?} before {pos}"
                    );
                }
            }
        }
    }

    #[test]
    fn start_words_agree_with_the_table_scan() {
        // The old lookup: every start word in table order.
        let oracle = |rest: &[u8]| -> Option<&'static [u8]> {
            NUMBER_WORDS
                .iter()
                .filter(|(_, kind)| is_start(kind))
                .map(|(w, _)| w.as_bytes())
                .find(|w| rest.starts_with(w))
        };
        let mut rng = crate::testutil::Rng::new(0x1234_5678_9ABC_DEF1);
        let pool: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
        for _ in 0..3000 {
            let text = random_text(&mut rng, &pool);
            let f = fold(&text);
            for i in 0..=f.len() {
                let rest = &f.as_bytes()[i..];
                assert_eq!(START_WORDS.at(rest), oracle(rest), "{text:?} at {i}");
            }
        }
    }

    #[test]
    fn no_qualifier_word_ends_another() {
        // `qualifier_before` takes the longest qualifier ending before a figure; the table
        // order only decides between words that end with one another, and there are none.
        for (a, _) in QUALIFIERS {
            for (b, _) in QUALIFIERS {
                assert!(a == b || !a.ends_with(b), "{a} ends with {b}");
            }
        }
    }

    #[test]
    fn avx2_and_baseline_candidates_agree() {
        use crate::blocks::{Block, Block256};
        // The start pairs fit in the nibble tables (else they are compared one by one,
        // which is right but slower: see `blocks::PairTable`).
        assert!(START_TABLE.by_nibbles(), "{START_PAIRS:?}");
        // SAFETY: `Block` needs nothing; `wide` is called only where AVX2 is there.
        crate::testutil::block_scans_agree(
            |t| fold(t).into_owned(),
            |f, base| unsafe { candidates_with::<Block>(f, base) },
            |f, base| unsafe { candidates_with::<Block256>(f, base) },
        );
    }

    #[test]
    fn scan_skips_identifiers() {
        let t = "COVID-19 và G20, ngày 21/11, 19:00, 0912.345.678, có 5 người";
        let v: Vec<f64> = scan(&Text::new(t)).iter().map(|n| n.value).collect();
        assert_eq!(v, vec![5.0]);
    }
}
