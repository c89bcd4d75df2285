//! `money` entities (SPEC §4.4).
//!
//! Matches a numeral followed by a currency word of [`CURRENCY_WORDS`] (one space or none):
//! `1.030 tỷ đồng` → 1030000000000 VND, `700.000 đồng`, `2,5 tr đồng` → 2500000,
//! `5 triệu USD` → 5000000 USD, `499USD`, `750 tỷ đô la`, `16.000 euro` → EUR,
//! `hai triệu đồng`; a currency sign before it (`$300`, `US$ 5 triệu`, `€20`); ranges
//! (`2-3 triệu đồng`, `từ 3 đến 5 triệu đồng`); rates with `per` (`1,39 triệu đồng/tháng`
//! → per `tháng`, `53 USD/thùng`, `99 USD một năm`). A qualifier before it goes in
//! `qualifier` (`trên 1.030 tỷ đồng` → over).
//!
//! Does not match: an amount without a currency (`doanh thu 500 tỷ` is a `number`),
//! `đồng` starting another word (`hai đồng chí`, `đồng thời`: [`NOT_DONG`]), a bare `một`
//! or `năm` (`một đồng` is "a coin" in prose; `năm đồng` too).

use std::sync::LazyLock;

use regex::Regex;

use super::data::currencies::{CURRENCY_PREFIXES, CURRENCY_WORDS, NOT_DONG, PER_WORDS};
use super::numeral::{
    self, is_alnum, is_letter, qualifier_before, range_after, read_at, space_after, word_starts,
    Numeral, Words,
};
use super::{Context, Entity, Text, Value};
use crate::span::Span;

/// A currency sign before an amount (`$300`, `US$ 5 triệu`).
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let alts: Vec<String> = CURRENCY_PREFIXES
        .iter()
        .map(|(s, _)| regex::escape(s))
        .collect();
    Regex::new(&format!(
        r"(?xi)
        (?: {} )       # the sign
        \x20?          # an optional space
        [0-9]          # then the amount's first digit
        ",
        alts.join(" | ")
    ))
    .expect("currency prefix pattern")
});

/// The currency words after an amount, compiled.
static CURRENCIES: LazyLock<Words> =
    LazyLock::new(|| Words::new(CURRENCY_WORDS.iter().map(|(w, _)| *w)));
/// The currency signs before an amount, compiled.
static SIGNS: LazyLock<Words> =
    LazyLock::new(|| Words::new(CURRENCY_PREFIXES.iter().map(|(w, _)| *w)));
static NOT_DONG_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(NOT_DONG.iter().copied()));
/// `một`/`mỗi` before the unit of a rate (`99 USD một năm`).
static EACH: LazyLock<Words> = LazyLock::new(|| Words::new(["một", "mỗi"]));
static PER: LazyLock<Words> = LazyLock::new(|| Words::new(PER_WORDS.iter().copied()));

/// Pushes the `money` candidates of `text`.
pub(crate) fn find(_cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    let mut last_end = 0;
    for n in numeral::scan(text) {
        if n.start < last_end || n.bare_one_or_five {
            continue;
        }
        if let Some(e) = suffixed(text, n) {
            last_end = e.span.end;
            out.push(e);
        }
    }
    // Byte searches (memchr), not a char-by-char scan: this runs on every document.
    if has_currency_sign(text) {
        for m in PREFIX.find_iter(text) {
            if let Some(e) = prefixed(text, m.start(), m.end() - 1) {
                out.push(e);
            }
        }
    }
}

/// True when `text` holds `$`, `€`, `£` or `¥`. Byte searches: `contains('€')` would stop
/// at every `0xAC` byte, which most Vietnamese letters end with.
fn has_currency_sign(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr(b'$', b).is_some()
        || memchr::memmem::find(b, "€".as_bytes()).is_some()
        || (memchr::memchr(0xC2, b).is_some() && (text.contains("£") || text.contains("¥")))
}

/// The currency right after an amount ending at `pos`: its end and ISO code.
fn currency_after(text: &Text, pos: usize) -> Option<(usize, &'static str)> {
    let at = space_after(text, pos).unwrap_or(pos);
    let (end, i) = CURRENCIES.longest_at(text, at)?;
    let (word, iso) = &CURRENCY_WORDS[i];
    if *word == "đồng" {
        if let Some(next) = space_after(text, end) {
            if NOT_DONG_WORDS.end_at(text, next).is_some() {
                return None;
            }
        }
    }
    Some((end, iso))
}

/// The unit of a rate after a currency ending at `pos`: `/tháng`, ` một năm`, ` mỗi đêm`.
fn per_after(text: &Text, pos: usize) -> Option<(usize, Span)> {
    if text.as_bytes().get(pos) == Some(&b'/') {
        let at = pos + 1;
        let len = text[at..]
            .find(|c: char| !(is_alnum(c) || c == '²' || c == '³'))
            .unwrap_or(text.len() - at);
        let first_is_letter = text[at..].chars().next().is_some_and(is_letter);
        return (len > 0 && first_is_letter).then(|| (at + len, Span::new(at, at + len)));
    }
    let at = space_after(text, pos)?;
    let after = EACH.end_at(text, at)?;
    let at2 = space_after(text, after)?;
    let end = PER.end_at(text, at2)?;
    Some((end, Span::new(at2, end)))
}

fn suffixed(text: &Text, n: &Numeral) -> Option<Entity> {
    let (mut value, mut value_max) = (n.value, None);
    let (cend, iso) = match currency_after(text, n.end) {
        Some(c) => c,
        None => {
            // `2-3 triệu đồng`, `từ 3 đến 5 triệu đồng`.
            let (m, low) = range_after(text, n.end, n)?;
            let c = currency_after(text, m.end)?;
            value = low;
            value_max = Some(m.value);
            c
        }
    };
    if n.single_word && n.spelled {
        // `ba đồng`: a lone number word with `đồng` is prose more often than money.
        return None;
    }
    let mut end = cend;
    if value_max.is_none() {
        // `từ 6.000 đồng đến 7.000 đồng`: the currency written after both ends.
        if let Some((m, low)) = range_after(text, cend, n) {
            if let Some((e, iso2)) = currency_after(text, m.end) {
                if iso2 == iso {
                    value = low;
                    value_max = Some(m.value);
                    end = e;
                }
            }
        }
    }
    Some(build(text, n.start, end, value, value_max, iso))
}

fn prefixed(text: &Text, sign: usize, digits: usize) -> Option<Entity> {
    if !word_starts(text, sign) && !text[sign..].starts_with(['$', '€', '£', '¥']) {
        return None;
    }
    let (_, i) = SIGNS.longest_at(text, sign)?;
    let iso = CURRENCY_PREFIXES[i].1;
    let n = read_at(text, digits)?;
    if n.glued {
        return None;
    }
    let (mut value, mut value_max, mut end) = (n.value, None, n.end);
    if let Some((m, low)) = range_after(text, n.end, &n) {
        value = low;
        value_max = Some(m.value);
        end = m.end;
    }
    Some(build(text, sign, end, value, value_max, iso))
}

fn build(
    text: &Text,
    start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    currency: &'static str,
) -> Entity {
    let (end, per) = match per_after(text, end) {
        Some((e, p)) => (e, Some(p)),
        None => (end, None),
    };
    let q = qualifier_before(text, start);
    Entity::new(
        Span::new(start, end),
        Value::Money {
            value,
            value_max,
            currency,
            per,
        },
    )
    .with_qualifier(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(f64, &'static str, Option<String>)> {
        let mut out = Vec::new();
        find(&Context::default(), &Text::new(text), &mut out);
        out.iter()
            .map(|e| match e.value {
                Value::Money {
                    value,
                    currency,
                    per,
                    ..
                } => (value, currency, per.map(|p| text[p].to_string())),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn forms() {
        assert_eq!(all("trên 1.030 tỷ đồng"), vec![(1.03e12, "VND", None)]);
        assert_eq!(
            all("1,39 triệu đồng/tháng"),
            vec![(1.39e6, "VND", Some("tháng".into()))]
        );
        assert_eq!(all("giá $300"), vec![(300.0, "USD", None)]);
        assert_eq!(all("hai đồng chí"), vec![]);
    }
}
