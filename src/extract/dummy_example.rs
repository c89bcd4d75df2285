//! A template for a new extractor: copy this file, rename it after the kind, add the kind to
//! `Kind` and `Value`, and add one row to `EXTRACTORS` in `mod.rs`.
//!
//! Matches `N con mèo` ("N cats") as a number, to show the shape of an extractor: a pattern
//! compiled once, a rule table kept as data, a `find` function, value parsing that returns
//! `Option` so that a bad parse drops the match, and table-driven tests.
#![allow(dead_code)]

use std::sync::LazyLock;

use regex::Regex;

use super::{Context, Entity, Text, Value};
use crate::span::Span;

/// Counted nouns this example knows; real extractors keep such lists as data too.
const NOUNS: &[&str] = &["con mèo", "con chó"];

static RE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = NOUNS
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|");
    // `(?-u:\b)` is an ASCII word boundary: Unicode `\b` is far slower on Vietnamese text.
    Regex::new(&format!(r"(?-u:\b)(?P<n>[0-9]+) (?P<unit>{nouns})")).unwrap()
});

/// Pushes the example's candidates.
pub(crate) fn find(_cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    for c in RE.captures_iter(text) {
        let (Some(n), Some(unit)) = (c.name("n"), c.name("unit")) else {
            continue;
        };
        let Some(value) = parse(n.as_str()) else {
            continue;
        };
        out.push(Entity::new(
            Span::new(n.start(), n.end()),
            Value::Number {
                value,
                value_max: None,
                unit: Some(unit.into()),
            },
        ));
    }
}

fn parse(digits: &str) -> Option<f64> {
    digits.parse::<u64>().ok().map(|v| v as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_counted_cats() {
        let text = "có 3 con mèo và một con chó";
        let mut out = Vec::new();
        find(&Context::default(), &Text::new(text), &mut out);
        assert_eq!(out.len(), 1);
        let Value::Number {
            value,
            unit: Some(unit),
            ..
        } = out[0].value
        else {
            panic!("not a number")
        };
        assert_eq!((value, &text[unit]), (3.0, "con mèo"));
    }
}
