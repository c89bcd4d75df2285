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

use regex::Regex;

use super::data::numerals::{
    NumberWord, Qual, COMPARATIVES, DIGIT_SCALES, NEGATIVE_WORDS, NUMBER_WORDS, QUALIFIERS,
    RANGE_CONNECTORS,
};
use super::Qualifier;

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

/// Start of a digit run or of a word that can start a spelled-out number.
static START: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = NUMBER_WORDS
        .iter()
        .filter(|(_, w)| {
            matches!(
                w,
                NumberWord::Digit(_) | NumberWord::Ten | NumberWord::HalfOf
            )
        })
        .map(|(w, _)| regex::escape(w))
        .collect();
    Regex::new(&format!(
        r"(?x)
        [0-9]                  # a digit run
        | (?i: {} )            # or a word that starts a spelled-out number,
          (?: [^\p{{L}}\p{{N}}] | $ )   # ending there (`ba`, not `bao`)
        ",
        words.join(" | ")
    ))
    .expect("numeral start pattern")
});

/// The char just before byte `pos`.
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// The char at byte `pos`.
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// True when a word ends at `pos`: the next char is not a letter or digit.
pub(crate) fn word_ends(text: &str, pos: usize) -> bool {
    !char_at(text, pos).is_some_and(char::is_alphanumeric)
}

/// True when a word starts at `pos`: the char before is not a letter or digit.
pub(crate) fn word_starts(text: &str, pos: usize) -> bool {
    !char_before(text, pos).is_some_and(char::is_alphanumeric)
}

/// If `hay` starts with `needle` (lower case) ignoring case, the byte length matched in `hay`.
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

/// The longest entry of `table` (lower case, by `key`) written at `pos`, ending a word; its
/// end and the entry.
pub(crate) fn longest_at<'t, T>(
    text: &str,
    pos: usize,
    table: &'t [T],
    key: impl Fn(&T) -> &str,
) -> Option<(usize, &'t T)> {
    let mut best: Option<(usize, &T)> = None;
    for entry in table {
        let Some(n) = entry_len(text, pos, key(entry)) else {
            continue;
        };
        if best.map_or(true, |(b, _)| n > b) {
            best = Some((n, entry));
        }
    }
    best.map(|(n, e)| (pos + n, e))
}

/// The byte length of `entry` (lower case) written at `pos` in any case, when it matches
/// there; an entry that ends in a letter or digit must also end a word (`tr` is not `trận`).
fn entry_len(text: &str, pos: usize, entry: &str) -> Option<usize> {
    let n = starts_with_fold(&text[pos..], entry)?;
    let needs_boundary = entry.chars().next_back().is_some_and(char::is_alphanumeric);
    (!needs_boundary || word_ends(text, pos + n)).then_some(n)
}

/// A word table indexed by first byte, for the big vocabularies that are looked up after
/// every numeral (counted nouns, currencies, number words): only the entries that can
/// start with the text's next byte are compared.
pub(crate) struct Vocab {
    words: Vec<&'static str>,
    by_first: Vec<Vec<u16>>,
}

impl Vocab {
    /// Indexes `words` (lower case) under the first byte of each and of its capitalised form.
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Vocab {
        let words: Vec<&'static str> = words.into_iter().collect();
        let mut by_first = vec![Vec::new(); 256];
        for (i, w) in words.iter().enumerate() {
            let mut firsts = Vec::new();
            if let Some(c) = w.chars().next() {
                for v in std::iter::once(c).chain(c.to_uppercase()) {
                    let mut buf = [0u8; 4];
                    firsts.push(v.encode_utf8(&mut buf).as_bytes()[0]);
                }
            }
            firsts.sort_unstable();
            firsts.dedup();
            for b in firsts {
                by_first[usize::from(b)].push(i as u16);
            }
        }
        Vocab { words, by_first }
    }

    /// The longest entry written at `pos` that ends a word (as [`longest_at`]): its end and
    /// index in the table.
    pub(crate) fn longest_at(&self, text: &str, pos: usize) -> Option<(usize, usize)> {
        let first = *text.as_bytes().get(pos)?;
        let mut best: Option<(usize, usize)> = None;
        for &i in &self.by_first[usize::from(first)] {
            let Some(n) = entry_len(text, pos, self.words[usize::from(i)]) else {
                continue;
            };
            if best.map_or(true, |(b, _)| n > b) {
                best = Some((n, usize::from(i)));
            }
        }
        best.map(|(n, i)| (pos + n, i))
    }
}

/// [`longest_at`] for a plain word list.
pub(crate) fn word_at(text: &str, pos: usize, table: &[&str]) -> Option<usize> {
    longest_at(text, pos, table, |w| w).map(|(end, _)| end)
}

/// The entry of `table` (lower case) that ends at `end` and starts a word; its start.
pub(crate) fn word_before(text: &str, end: usize, table: &[&str]) -> Option<usize> {
    let mut best = None;
    for w in table {
        let Some(start) = end.checked_sub(w.len()) else {
            continue;
        };
        if end == 0 || w.is_empty() {
            continue;
        }
        // Cheap rejection on the last byte before the char-by-char comparison.
        let (tb, wb) = (text.as_bytes()[end - 1], w.as_bytes()[w.len() - 1]);
        if tb != wb && (tb.is_ascii() || wb.is_ascii()) && !tb.eq_ignore_ascii_case(&wb) {
            continue;
        }
        if !text.is_char_boundary(start)
            || starts_with_fold(&text[start..end], w) != Some(end - start)
            || !word_starts(text, start)
        {
            continue;
        }
        if best.map_or(true, |b| start < b) {
            best = Some(start);
        }
    }
    best
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
pub(crate) fn qualifier_before(text: &str, start: usize) -> Option<Qualifier> {
    let end = space_before(text, start)?;
    let (q, wstart) = QUALIFIERS.iter().find_map(|(w, q)| {
        let s = word_before(text, end, &[w])?;
        Some((*q, s))
    })?;
    if q == Qual::Over && text[wstart..end].eq_ignore_ascii_case("hơn") {
        if let Some(e) = space_before(text, wstart) {
            if word_before(text, e, COMPARATIVES).is_some() {
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
pub(crate) fn qualifier_word_before(text: &str, end: usize) -> Option<usize> {
    QUALIFIERS
        .iter()
        .find_map(|(w, _)| word_before(text, end, &[w]))
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
fn read_scales(text: &str, pos: usize) -> Option<(usize, f64)> {
    let mut at = space_after(text, pos).unwrap_or(pos);
    let mut product = 1.0;
    let mut end = None;
    while let Some((e, (_, s))) = longest_at(text, at, DIGIT_SCALES, |(w, _)| w) {
        product *= s;
        end = Some(e);
        match space_after(text, e) {
            Some(next) => at = next,
            None => break,
        }
    }
    end.map(|e| (e, product))
}

/// Reads a numeral written with digits at `pos` (no check of what precedes).
fn read_digit_numeral(text: &str, pos: usize) -> Option<Numeral> {
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
            if let Some(e) = word_at(text, at, &["rưỡi"]) {
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
    n.glued = char_at(text, n.end).is_some_and(char::is_alphabetic);
    Some(n)
}

/// The spelled-out number word at `pos` and its end.
fn number_word(text: &str, pos: usize) -> Option<(usize, NumberWord)> {
    static WORDS: LazyLock<Vocab> =
        LazyLock::new(|| Vocab::new(NUMBER_WORDS.iter().map(|(w, _)| *w)));
    let (end, i) = WORDS.longest_at(text, pos)?;
    Some((end, NUMBER_WORDS[i].1))
}

/// Reads a spelled-out number at `pos` (see the module docs).
fn read_spelled(text: &str, pos: usize) -> Option<Numeral> {
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
        let word = &text[at..end];
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
    let one_or_five = single
        && (starts_with_fold(first, "một") == Some(first.len())
            || starts_with_fold(first, "năm") == Some(first.len()));
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
fn with_sign(text: &str, mut n: Numeral) -> Numeral {
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
        if let Some(ws) = word_before(text, e, NEGATIVE_WORDS) {
            n.start = ws;
            n.value = -n.value;
            n.plain = false;
        }
    }
    n
}

/// Reads the numeral at `pos`, digits or words, without looking at what precedes it.
pub(crate) fn read_at(text: &str, pos: usize) -> Option<Numeral> {
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
pub(crate) fn range_after(text: &str, pos: usize, first: &Numeral) -> Option<(Numeral, f64)> {
    let (cend, _) = longest_at(text, pos, RANGE_CONNECTORS, |c| c)?;
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

thread_local! {
    /// The last text scanned on this thread and its numerals: the number, percent and money
    /// extractors all scan the same document one after the other. The text is kept as a
    /// copy and compared in full (a memcmp), so a new document at the same address can
    /// never be served stale numerals.
    static LAST_SCAN: std::cell::RefCell<(String, Vec<Numeral>)> =
        const { std::cell::RefCell::new((String::new(), Vec::new())) };
}

/// Texts larger than this are not kept in the per-thread cache.
const SCAN_CACHE_MAX: usize = 1 << 20;

/// Every numeral of `text` that stands on its own, left to right, not overlapping.
pub(crate) fn scan(text: &str) -> Vec<Numeral> {
    if text.len() > SCAN_CACHE_MAX {
        return scan_uncached(text);
    }
    LAST_SCAN.with(|cell| {
        let mut cache = cell.borrow_mut();
        if cache.0 != text {
            let found = scan_uncached(text);
            cache.0.clear();
            cache.0.push_str(text);
            cache.1 = found;
        }
        cache.1.clone()
    })
}

/// [`scan`] without the cache.
fn scan_uncached(text: &str) -> Vec<Numeral> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(m) = START.find_at(text, pos) {
        let s = m.start();
        let is_digit = bytes[s].is_ascii_digit();
        let skip_to = if is_digit {
            digit_run_end(text, s)
        } else {
            m.end()
        };
        pos = skip_to;
        if is_digit {
            let prev = char_before(text, s);
            let bad_prev = match prev {
                Some(c) if c.is_alphanumeric() => true,
                Some('/' | ':' | '#' | '_' | '.' | ',') => true,
                Some('-' | '+') => char_before(text, s - 1).is_some_and(char::is_alphanumeric),
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
        } else if !word_starts(text, s) {
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

    fn val(s: &str) -> Option<f64> {
        read_at(s, 0).filter(|n| n.end == s.len()).map(|n| n.value)
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
        let n = read_at("một người", 0).unwrap();
        assert!(n.bare_one_or_five && n.single_word);
        let n = read_at("mười năm", 0).unwrap();
        assert_eq!((n.value, n.end), (10.0, "mười".len()));
    }

    #[test]
    fn scan_cache_follows_the_text() {
        let a: Vec<f64> = scan("có 5 người").iter().map(|n| n.value).collect();
        let b: Vec<f64> = scan("có 7 người").iter().map(|n| n.value).collect();
        let c: Vec<f64> = scan("có 5 người").iter().map(|n| n.value).collect();
        assert_eq!((a, b, c), (vec![5.0], vec![7.0], vec![5.0]));
    }

    #[test]
    fn scan_skips_identifiers() {
        let t = "COVID-19 và G20, ngày 21/11, 19:00, 0912.345.678, có 5 người";
        let v: Vec<f64> = scan(t).iter().map(|n| n.value).collect();
        assert_eq!(v, vec![5.0]);
    }
}
