//! `location` entities: the provinces and centrally-run cities of Việt Nam (SPEC §4.8).
//!
//! Matches the 63 provinces as they were until 30 June 2025 (and, in documents published
//! from 1 July 2025 on, reads the names that survived as the 34 new provinces), in their
//! usual spellings, in both tone styles and in capitals: `Hà Nội`, `tỉnh Bình Dương`,
//! `TP HCM`, `TP.HCM`, `TPHCM`, `TP Hồ Chí Minh`, `Thừa Thiên - Huế`, `Bà Rịa-Vũng Tàu`,
//! `Đăk Lăk`, `Khánh Hoà`, `HÀ NỘI`. The table is data: `data/provinces.rs`.
//!
//! The span is the name; `tỉnh`/`thành phố`/`TP` before it stay outside (`tỉnh [Bình
//! Dương]`, `UBND TP [Hà Nội]`), except in the Hồ Chí Minh City forms where `TP` is part of
//! the usual name (`[TP HCM]`, `[TP Hồ Chí Minh]`). A name inside the name of an office or
//! school is still the province (`Cục thuế [Hà Tĩnh]`, `Cao đẳng nghề [Yên Bái]`).
//!
//! Not matched:
//! - lower-case words (`hòa bình` "peace", `long an`);
//! - districts, communes, streets, rivers of the same name (`huyện Phú Vang`, `đường Hà
//!   Nội`, `thành phố Thái Bình` — the provincial capital, not the province);
//! - countries and regions (`Việt Nam`, `Tây Nguyên`, `Đồng bằng sông Cửu Long`: not in the
//!   table), longer names that contain a province (`Thái Bình Dương`, `Điện Biên Phủ`), and
//!   `Hồ Chí Minh` without `TP`/`Thành phố` (usually the person);
//! - person names: after a family or middle name (`Nguyễn Hòa Bình`, `Thị Hải Dương`) or a
//!   title (`ông`, `anh`, `chị`).
//!
//! A name that is also a common word or person name (`Bình Dương`, `Thái Bình`, `Long An`,
//! marked `ambiguous` in the table) is a candidate everywhere, but [`link`] keeps a bare one
//! only when the document has other evidence: `tỉnh`/`thành phố`/`TP` before it, another
//! mention of the same province that is unambiguous or prefixed, or a list it shares with an
//! accepted province (`các tỉnh Quảng Ninh, Quảng Nam, Hưng Yên`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::text::fold;
use super::{Context, Entity, Place, Text, TimePoint, Value};
use crate::blocks::{self, Classes};
use crate::normalize::{tone, ToneStyle};
use crate::span::Span;

use super::data::provinces::{
    Province, ADDRESS_WORDS, BLOCKERS, CITY_PREFIXES, HUE, LIST_SEPARATORS, MERGER_DATE,
    NAME_WORDS, NOT_PROVINCES, PREFIXES, PROVINCES, PROVINCES_2025,
};

/// What a matched spelling stands for.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// A longer name that is not a province: skipped.
    Not,
    /// A province of [`PROVINCES`] (index), and whether the spelling carries its own `TP`.
    Province(usize, bool),
    /// `Huế`: the city of [`HUE`] after `thành phố`/`TP` from 2025 on.
    Hue,
}

/// The matcher over every spelling (see [`spellings`]).
///
/// Reading the text the way a regex alternation of the spellings would (leftmost match, the
/// longest spelling there, then on after it), but without searching the whole text: every
/// spelling has a capital letter, and the capitals of a document are exactly the places
/// where it differs from its folded twin ([`Text::folded`]), which a word-at-a-time compare
/// finds at memory speed. A spelling can only start at its first capital, or a fixed
/// lower-case lead before it (`thành phố ` in `thành phố Hồ Chí Minh`), so only those starts
/// are tried, in text order, by looking up their first four bytes (see [`Heads`]).
struct Matcher {
    /// The spellings, sorted; spelling `i` stands for `entries[i]`.
    spellings: Vec<String>,
    /// What each spelling stands for, by index.
    entries: Vec<Entry>,
    /// The same, by spelling (for [`link`], which gets the spans back).
    by_spelling: HashMap<String, Entry>,
    /// The distinct lower-case leads of spellings that do not start with their first
    /// capital, longest first (`thành phố `).
    leads: Vec<String>,
    /// The spellings by their first four bytes.
    heads: Heads,
}

/// The shortest spelling, in bytes (`BRVT`): every spelling has four bytes to look up.
const HEAD: usize = 4;

/// The spellings by their first [`HEAD`] bytes: a small open-addressing table of those
/// bytes as integers, each with the indexes of its spellings, longest first. Most
/// capitalised words are no spelling and this table (a few KB) turns them away at the first
/// probe; the others are told by comparing a few spellings. (An automaton over all the
/// spellings did the same, but its transition table missed the cache at every byte.)
struct Heads {
    /// Per slot, a head (0: empty; a spelling starts with a letter, never a zero byte).
    keys: Vec<u32>,
    /// Per slot, the range of its spellings in `ids`.
    ranges: Vec<(u16, u16)>,
    ids: Vec<u16>,
    /// `keys.len() - 1`; the length is a power of two.
    mask: usize,
}

impl Heads {
    fn new(spellings: &[String]) -> Heads {
        let mut groups: HashMap<u32, Vec<u16>> = HashMap::new();
        for (i, s) in spellings.iter().enumerate() {
            assert!(s.len() >= HEAD, "{s} is shorter than {HEAD} bytes");
            let id = u16::try_from(i).expect("fewer than 65536 spellings");
            groups.entry(head(s.as_bytes())).or_default().push(id);
        }
        let size = (groups.len() * 4).next_power_of_two();
        let mut heads = Heads {
            keys: vec![0; size],
            ranges: vec![(0, 0); size],
            ids: Vec::new(),
            mask: size - 1,
        };
        let mut sorted: Vec<(u32, Vec<u16>)> = groups.into_iter().collect();
        sorted.sort();
        for (key, mut ids) in sorted {
            assert_ne!(key, 0, "a spelling starts with a zero byte");
            // Longest first: the first that the text starts with is the longest.
            ids.sort_by_key(|&i| (std::cmp::Reverse(spellings[usize::from(i)].len()), i));
            let mut slot = heads.slot(key);
            while heads.keys[slot] != 0 {
                slot = (slot + 1) & heads.mask;
            }
            let start = u16::try_from(heads.ids.len()).expect("fewer than 65536 spellings");
            heads.ids.extend(ids);
            heads.keys[slot] = key;
            heads.ranges[slot] = (start, heads.ids.len() as u16);
        }
        heads
    }

    #[inline]
    fn slot(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> 16) as usize & self.mask
    }

    /// The indexes of the spellings that start with the head `key`, longest first.
    #[inline]
    fn get(&self, key: u32) -> &[u16] {
        let mut slot = self.slot(key);
        loop {
            match self.keys[slot] {
                k if k == key => {
                    let (a, b) = self.ranges[slot];
                    return &self.ids[usize::from(a)..usize::from(b)];
                }
                0 => return &[],
                _ => slot = (slot + 1) & self.mask,
            }
        }
    }
}

/// The first [`HEAD`] bytes of `s` (which has at least that many) as an integer.
#[inline]
fn head(s: &[u8]) -> u32 {
    u32::from_le_bytes(s[..HEAD].try_into().expect("four bytes"))
}

/// The forms a spelling is written in: as in the table (traditional tone style), in modern
/// tone style (`Hoà`) and in capitals (`HÀ NỘI`).
fn forms(s: &str) -> Vec<String> {
    let mut v = vec![s.to_string()];
    if let Some(m) = tone::place(s, ToneStyle::Modern) {
        v.push(m);
    }
    for i in 0..v.len() {
        let up = v[i].to_uppercase();
        if !v.contains(&up) {
            v.push(up);
        }
    }
    v
}

/// Every spelling the matcher knows, in all its [`forms`], and what it stands for.
fn spellings() -> HashMap<String, Entry> {
    let mut entries: HashMap<String, Entry> = HashMap::new();
    for (i, p) in PROVINCES.iter().enumerate() {
        for s in std::iter::once(&p.name).chain(p.spellings) {
            // `Hồ Chí Minh` alone is not the city (see `NOT_PROVINCES`).
            if p.city && *s == "Hồ Chí Minh" {
                continue;
            }
            let own_prefix = s.starts_with("TP")
                || s.starts_with("Tp")
                || s.starts_with("Thành")
                || s.starts_with("thành");
            for f in forms(s) {
                entries.entry(f).or_insert(Entry::Province(i, own_prefix));
            }
        }
    }
    for f in forms(HUE.0) {
        entries.insert(f, Entry::Hue);
    }
    for s in NOT_PROVINCES {
        for f in forms(s) {
            entries.insert(f, Entry::Not);
        }
    }
    entries
}

/// The byte offset of the first capital letter of `s` (the start of the first char that
/// [`fold`] changes), if any.
fn first_capital(s: &str) -> Option<usize> {
    let folded = fold(s);
    let at = s.bytes().zip(folded.bytes()).position(|(a, b)| a != b)?;
    Some(char_start(s.as_bytes(), at))
}

/// The start of the char that byte `at` of `s` is in.
fn char_start(s: &[u8], mut at: usize) -> usize {
    while at > 0 && s[at] & 0xC0 == 0x80 {
        at -= 1;
    }
    at
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let by_spelling = spellings();
    let mut keys: Vec<(&String, Entry)> = by_spelling.iter().map(|(k, &e)| (k, e)).collect();
    keys.sort_by(|a, b| a.0.cmp(b.0));
    let mut leads: Vec<String> = Vec::new();
    for (k, _) in &keys {
        let at = first_capital(k).expect("every spelling has a capital letter");
        if at > 0 && !leads.iter().any(|l| *l == k[..at]) {
            leads.push(k[..at].to_string());
        }
    }
    leads.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let spellings: Vec<String> = keys.iter().map(|(k, _)| k.to_string()).collect();
    Matcher {
        heads: Heads::new(&spellings),
        spellings,
        entries: keys.iter().map(|&(_, e)| e).collect(),
        by_spelling,
        leads,
    }
});

impl Matcher {
    /// The longest spelling that starts at `at` in `text`: its index and end. (Inlined into
    /// [`Matcher::for_each`]: it runs at every capital letter, and a call cost a third of it.)
    #[inline(always)]
    fn longest_at(&self, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let rest = &text[at..];
        if rest.len() < HEAD {
            return None;
        }
        self.heads.get(head(rest)).iter().find_map(|&i| {
            let s = self.spellings[usize::from(i)].as_bytes();
            rest.starts_with(s)
                .then_some((usize::from(i), at + s.len()))
        })
    }

    /// Calls `f(start, end, entry)` for every spelling in `text`, leftmost first and the
    /// longest at each start, never overlapping (what a regex alternation's `find_iter`
    /// returns), whether or not it stands alone as a word.
    fn for_each(&self, text: &Text, mut f: impl FnMut(usize, usize, Entry)) {
        let raw = text.as_bytes();
        let folded = text.folded().as_bytes();
        // Matches do not overlap: a start before `next` is inside the previous one.
        let mut next = 0;
        for d in capitals(raw, folded) {
            let c = char_start(raw, d);
            // Leads are lower case, so no capital is inside one: the starts stay in order.
            for lead in &self.leads {
                let lead = lead.as_bytes();
                let Some(at) = c.checked_sub(lead.len()) else {
                    continue;
                };
                // The first byte first: it rules out nearly every capital without a call.
                if at >= next && raw[at] == lead[0] && raw[at..c] == *lead {
                    if let Some((id, end)) = self.longest_at(raw, at) {
                        f(at, end, self.entries[id]);
                        next = end;
                    }
                }
            }
            if c >= next {
                if let Some((id, end)) = self.longest_at(raw, c) {
                    f(c, end, self.entries[id]);
                    next = end;
                }
            }
        }
    }
}

/// The bytes where `raw` and its folded twin `folded` (same length, same char boundaries)
/// differ, in order: a capital letter is a char that folding changes, and folding changes
/// one byte of it (an ASCII capital, or the last byte of a multi-byte one). Compared a
/// block of 64 bytes at a time (see [`crate::blocks::Block`]).
fn capitals<'a>(raw: &'a [u8], folded: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    differing_blocks(raw, folded)
        .into_iter()
        .enumerate()
        .flat_map(|(k, mut mask)| {
            std::iter::from_fn(move || {
                (mask != 0).then(|| {
                    let i = 64 * k + mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    i
                })
            })
        })
}

blocks::dispatch_classes! {
    /// The masks of the bytes where `raw` and `folded` differ, a block of 64 bytes each.
    fn differing_blocks(raw: &[u8], folded: &[u8]) -> Vec<u64> = differing_blocks_with;
}

/// [`differing_blocks`] with the classes of `B`.
///
/// # Safety
/// The CPU has the features of `B` (see [`Classes::load`]).
#[inline(always)]
unsafe fn differing_blocks_with<B: Classes>(raw: &[u8], folded: &[u8]) -> Vec<u64> {
    let n = raw.len().min(folded.len());
    let (raw, folded) = (&raw[..n], &folded[..n]);
    // A loop, not a closure: a closure would not be compiled for AVX2 with its caller.
    let mut masks = Vec::with_capacity(n.div_ceil(64));
    let mut base = 0;
    while base < n {
        // Past the end both blocks are padded with zeros, which are the same.
        masks.push(!B::load(raw, base).same(&B::load(folded, base)));
        base += 64;
    }
    masks
}

/// How a matched name stands in its context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// `tỉnh`/`thành phố`/`TP`… directly before, or a spelling that carries `TP`.
    Prefixed,
    /// Nothing before it that tells.
    Bare,
}

/// True when `head` ends with the word or phrase `w` that starts at a word boundary.
fn ends_with_word(head: &str, w: &str) -> bool {
    // The last byte first: it rules out nearly every word without a call to `memcmp`.
    if head.as_bytes().last() != w.as_bytes().last() {
        return false;
    }
    head.strip_suffix(w)
        .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric))
}

/// The entry of `words` written directly before `start`: `w name`, or `w.name` for a word
/// that ends in a dot (`TP.Hà Nội`).
fn word_before<'w>(text: &str, start: usize, words: &[&'w str]) -> Option<&'w str> {
    let head = &text[..start];
    let spaced = head.strip_suffix(' ');
    words.iter().copied().find(|w| {
        spaced.is_some_and(|h| ends_with_word(h, w))
            || (w.ends_with('.') && ends_with_word(head, w))
    })
}

/// The capitalised word directly before `start` (one space between), if any.
fn capitalised_word_before(text: &str, start: usize) -> Option<&str> {
    let head = text[..start].strip_suffix(' ')?;
    let from = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let w = &head[from..];
    w.chars().next().filter(|c| c.is_uppercase()).map(|_| w)
}

/// True when the match at `span` stands alone: no letter or digit glued before it, and none
/// after it unless a new capitalised word starts there (paragraphs glued without a space,
/// `TP HCMGần 4 tháng`).
fn is_word(text: &str, span: Span) -> bool {
    if text[..span.start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let mut after = text[span.end..].chars();
    match after.next() {
        Some(c) if c.is_ascii_digit() => !text[..span.end].ends_with(|c: char| c.is_ascii_digit()),
        Some(c) if c.is_alphanumeric() => {
            c.is_uppercase() && after.next().is_some_and(char::is_lowercase)
        }
        _ => true,
    }
}

/// Reads the context of a province name at `span` (spelling `own_prefix` carries `TP`):
/// `None` when it is not the province there (a district, street, person…).
fn evidence(text: &str, span: Span, p: &Province, own_prefix: bool) -> Option<Evidence> {
    if own_prefix {
        return Some(Evidence::Prefixed);
    }
    // Prefixes first: `thành phố` must not be read as the street word `phố`.
    if let Some(w) = word_before(text, span.start, PREFIXES) {
        // `thành phố Thái Bình` is the provincial capital, a district-level city.
        if !p.city && CITY_PREFIXES.contains(&w) {
            return None;
        }
        return Some(Evidence::Prefixed);
    }
    if word_before(text, span.start, BLOCKERS).is_some() {
        return None;
    }
    if capitalised_word_before(text, span.start).is_some_and(|w| NAME_WORDS.contains(&w)) {
        return None;
    }
    if in_parentheses(text, span) || closes_address(text, span.start) {
        return Some(Evidence::Prefixed);
    }
    Some(Evidence::Bare)
}

/// `(Hòa Bình)`, `(Thái Bình, …`: a name alone in parentheses after a place or a person says
/// where it is or where they are from.
fn in_parentheses(text: &str, span: Span) -> bool {
    text[..span.start].ends_with('(') && matches!(text[span.end..].chars().next(), Some(')' | ','))
}

/// `huyện Vũng Liêm, Vĩnh Long`: the name after `, ` ends an address whose previous part
/// opens with a word of [`ADDRESS_WORDS`].
fn closes_address(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].strip_suffix(", ") else {
        return false;
    };
    // The previous part of the address: back to the last separator, at most 60 bytes.
    let from = head
        .char_indices()
        .rev()
        .take_while(|&(i, c)| {
            !matches!(c, ',' | '(' | '.' | ';' | ':' | '\n') && head.len() - i <= 60
        })
        .last()
        .map_or(head.len(), |(i, _)| i);
    let part = head[from..].trim_start();
    ADDRESS_WORDS.iter().any(|w| {
        part.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(' ') || (w.ends_with('.') && !rest.is_empty()))
    })
}

/// The place a province's mention stands for in a document with reference date `reference`:
/// from 1 July 2025 on, a name that survived the merger is the new province (its new code).
fn place(p: &Province, reference: Option<TimePoint>) -> Place {
    if on_or_after(reference, MERGER_DATE) {
        if let Some((name, code)) = PROVINCES_2025.iter().find(|(n, _)| *n == p.name) {
            return Place {
                name,
                code,
                merged_into: None,
            };
        }
    }
    Place {
        name: p.name,
        code: p.code,
        merged_into: p.merged_into,
    }
}

/// True when the reference date is known and on or after `(year, month, day)`.
fn on_or_after(reference: Option<TimePoint>, (y, m, d): (i32, u8, u8)) -> bool {
    reference.is_some_and(|r| {
        r.year.is_some() && (r.year, r.month, r.day) >= (Some(y), Some(m), Some(d))
    })
}

/// `thành phố Huế` in a document from 2025 on: the centrally-run city.
fn hue(cx: &Context, text: &str, span: Span) -> Option<Entity> {
    let prefixed = word_before(text, span.start, CITY_PREFIXES).is_some();
    (prefixed && on_or_after(cx.reference, HUE.2)).then(|| {
        let place = Place {
            name: HUE.0,
            code: HUE.1,
            merged_into: None,
        };
        Entity::new(span, Value::Location(place))
    })
}

/// Pushes the `location` candidates of `text`.
pub(crate) fn find(cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    let raw: &str = text;
    MATCHER.for_each(text, |start, end, entry| {
        let span = Span::new(start, end);
        if !is_word(raw, span) {
            return;
        }
        let (i, own_prefix) = match entry {
            Entry::Province(i, own_prefix) => (i, own_prefix),
            Entry::Hue => {
                out.extend(hue(cx, raw, span));
                return;
            }
            Entry::Not => return,
        };
        let p = &PROVINCES[i];
        if evidence(raw, span, p, own_prefix).is_none() {
            return;
        }
        out.push(Entity::new(span, Value::Location(place(p, cx.reference))));
    });
}

/// Document-level pass: drops bare mentions of ambiguous names (`Bình Dương`, `Long An`)
/// that nothing in the document supports. Support is `tỉnh`/`TP`… before the mention, another
/// accepted mention of the same province that is unambiguous or prefixed, or a list shared
/// with an accepted province (`Quảng Ninh, Quảng Nam, Hưng Yên`).
pub(crate) fn link(_cx: &Context, text: &str, entities: &mut Vec<Entity>) {
    // Location entities in text order: index into `entities`, and whether it is accepted.
    let mut locs: Vec<(usize, bool)> = Vec::new();
    let mut strong: Vec<&'static str> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        let Value::Location(place) = e.value else {
            continue;
        };
        let accepted = match m_entry(text, e.span) {
            Some((p, own_prefix)) => {
                !p.ambiguous || evidence(text, e.span, p, own_prefix) == Some(Evidence::Prefixed)
            }
            None => true,
        };
        if accepted && !strong.contains(&place.name) {
            strong.push(place.name);
        }
        locs.push((i, accepted));
    }
    if locs.iter().all(|&(_, a)| a) {
        return;
    }
    for l in locs.iter_mut() {
        if let Value::Location(place) = entities[l.0].value {
            l.1 |= strong.contains(&place.name);
        }
    }
    // Lists: propagate acceptance to neighbours joined by a list separator, left to right
    // and then right to left, so a chain is covered from either end in two linear passes.
    let joined = |a: usize, b: usize| {
        let between = &text[entities[a].span.end..entities[b].span.start];
        LIST_SEPARATORS.contains(&between)
    };
    for k in 1..locs.len() {
        if locs[k - 1].1 && !locs[k].1 && joined(locs[k - 1].0, locs[k].0) {
            locs[k].1 = true;
        }
    }
    for k in (1..locs.len()).rev() {
        if locs[k].1 && !locs[k - 1].1 && joined(locs[k - 1].0, locs[k].0) {
            locs[k - 1].1 = true;
        }
    }
    let drop: Vec<usize> = locs.iter().filter(|l| !l.1).map(|l| l.0).collect();
    let mut d = 0;
    let mut i = 0;
    entities.retain(|_| {
        let keep = !(d < drop.len() && drop[d] == i);
        if !keep {
            d += 1;
        }
        i += 1;
        keep
    });
}

/// The province and `own_prefix` flag of the spelling at `span`.
fn m_entry(text: &str, span: Span) -> Option<(&'static Province, bool)> {
    match MATCHER.by_spelling.get(&text[span.start..span.end])? {
        Entry::Province(i, own) => Some((&PROVINCES[*i], *own)),
        Entry::Hue | Entry::Not => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_are_the_bytes_folding_changes() {
        for t in crate::testutil::block_texts() {
            let folded = fold(&t);
            let (raw, folded) = (t.as_bytes(), folded.as_bytes());
            let want: Vec<usize> = (0..raw.len()).filter(|&i| raw[i] != folded[i]).collect();
            assert_eq!(capitals(raw, folded).collect::<Vec<_>>(), want, "{t:?}");
            #[cfg(target_arch = "x86_64")]
            if blocks::avx2() {
                // SAFETY: `Block` needs nothing; AVX2 is there.
                let (narrow, wide) = unsafe {
                    (
                        differing_blocks_with::<blocks::Block>(raw, folded),
                        differing_blocks_with::<blocks::Block256>(raw, folded),
                    )
                };
                assert_eq!(narrow, wide, "{t:?}");
            }
        }
    }

    fn names(text: &str) -> Vec<(&str, &'static str)> {
        let mut out = Vec::new();
        let cx = Context::default();
        find(&cx, &Text::new(text), &mut out);
        link(&cx, text, &mut out);
        out.iter()
            .map(|e| match e.value {
                Value::Location(p) => (&text[e.span.start..e.span.end], p.name),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn table_has_63_and_34() {
        assert_eq!(PROVINCES.len(), 63);
        assert_eq!(PROVINCES_2025.len(), 34);
        for p in PROVINCES {
            if let Some(m) = p.merged_into {
                assert!(PROVINCES_2025.iter().any(|(n, _)| *n == m), "{m}");
            }
        }
    }

    #[test]
    fn forms_cover_tone_styles_and_capitals() {
        let f = forms("Khánh Hòa");
        assert!(f.contains(&"Khánh Hoà".to_string()));
        assert!(f.contains(&"KHÁNH HÒA".to_string()));
    }

    /// The spans a regex alternation of every spelling (longest first, so that its
    /// leftmost-first rule picks the longest at each start) finds with `find_iter`: the
    /// matcher's first implementation, kept as the oracle of [`Matcher::for_each`].
    fn oracle(text: &str) -> Vec<(usize, usize)> {
        static RE: LazyLock<regex::Regex> = LazyLock::new(|| {
            let entries = spellings();
            let mut keys: Vec<&String> = entries.keys().collect();
            keys.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            let alternation: Vec<String> = keys.iter().map(|k| regex::escape(k)).collect();
            regex::Regex::new(&alternation.join("|")).expect("oracle pattern")
        });
        RE.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    fn matches(text: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        MATCHER.for_each(&Text::new(text), |s, e, _| v.push((s, e)));
        v
    }

    #[test]
    fn matcher_agrees_with_the_regex_alternation() {
        let entries = spellings();
        // Pieces that make spellings, near misses, overlaps and glued words.
        let mut pieces: Vec<&str> = entries.keys().map(String::as_str).collect();
        pieces.sort_unstable();
        pieces.extend(PREFIXES);
        pieces.extend(BLOCKERS);
        pieces.extend([
            " ",
            " ",
            " ",
            ", ",
            "-",
            " - ",
            ".",
            "(",
            ")",
            "\n",
            "x",
            "7",
            "thành phố ",
            "thành phố",
            "Thành phố ",
            "TP",
            "TP.",
            "Tp",
            "HCM",
            "Hồ",
            "Chí",
            "Minh",
            "Thái",
            "Bình",
            "Dương",
            "Hà",
            "Nội",
            "nội",
            "HÀ",
            "Đắk",
            "Đ",
            "đ",
            "Á",
            "ẮK",
            "Ă",
            "Ỹ",
            "é",
            "Dương",
            "Phủ",
            "Xanh",
            "Huế",
            "Thừa",
            "Thiên",
            "Bà Rịa",
            "Vũng Tàu",
            "BR",
            "VT",
        ]);
        let mut rng = crate::testutil::Rng::new(0x5EED);
        let mut next = |n: usize| rng.below(n);
        for _ in 0..20_000 {
            let len = 1 + next(12);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            assert_eq!(matches(&text), oracle(&text), "{text:?}");
        }
    }

    #[test]
    fn every_spelling_has_a_capital() {
        for k in spellings().keys() {
            assert!(first_capital(k).is_some(), "{k}");
        }
        assert_eq!(MATCHER.leads, vec!["thành phố ".to_string()]);
    }

    #[test]
    fn basic() {
        assert_eq!(
            names("tại tỉnh Bình Dương."),
            vec![("Bình Dương", "Bình Dương")]
        );
        assert_eq!(names("Thái Bình Dương"), vec![]);
        assert_eq!(names("TP HCMGần 4 tháng"), vec![("TP HCM", "Hồ Chí Minh")]);
    }
}
