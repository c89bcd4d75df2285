//! `percent` entities (SPEC §4.3).
//!
//! Matches a numeral followed by `%` or `phần trăm` (one space allowed): `32,8%` → 32.8,
//! `73,38 %` → 73.38, `10 phần trăm` → 10, `mười lăm phần trăm` → 15, `-0,5%` → -0.5;
//! an achieved-against-target pair `11,59%/30%` → value 11.59, target 30; ranges `5-7%`,
//! `5% - 7%`, `từ 10% đến 60%`, `10 đến 15%` → value and `value_max`; percentage points
//! `0,5 điểm phần trăm`, `0,5 điểm %` → `points`. A qualifier before it goes in `qualifier`
//! (`hơn 5%` → over; `cao hơn 5%` is a comparison, no qualifier).
//!
//! Does not match: `%` after something that is no numeral (`COVID-19%`), digits glued to
//! letters (`4G%`), a bare `năm phần trăm` (SPEC: `năm` alone is never a figure).

use std::sync::LazyLock;

use super::data::units::PERCENT_SIGNS;
use super::numeral::{
    self, literal_at, qualifier_before, range_after, read_at, space_after, Numeral, Words,
};
use super::{Context, Entity, Text, Value};
use crate::span::Span;

/// The percent signs, compiled.
static SIGNS: LazyLock<Words> = LazyLock::new(|| Words::new(PERCENT_SIGNS.iter().copied()));

/// A byte search for each percent sign, in the folded text (`%` first: a `memchr`). A few
/// plain searches cost less than one search for the set.
static SIGN_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    PERCENT_SIGNS
        .iter()
        .map(|s| memchr::memmem::Finder::new(s.as_bytes()))
        .collect()
});

/// Pushes the `percent` candidates of `text`.
pub(crate) fn find(_cx: &Context, text: &Text, out: &mut Vec<Entity>) {
    // Cheap prefilter: no percent sign anywhere means no percentage.
    let folded = text.folded().as_bytes();
    if !SIGN_FINDERS.iter().any(|f| f.find(folded).is_some()) {
        return;
    }
    let mut last_end = 0;
    for n in numeral::scan(text) {
        if n.start < last_end || n.bare_one_or_five || n.glued {
            continue;
        }
        if let Some(e) = entity(text, n) {
            last_end = e.span.end;
            out.push(e);
        }
    }
}

/// The percent sign after a numeral ending at `pos`: its end and whether it counts points
/// (`điểm phần trăm`).
fn sign_after(text: &Text, pos: usize) -> Option<(usize, bool)> {
    let at = space_after(text, pos).unwrap_or(pos);
    if let Some(e) = literal_at(text, at, "điểm") {
        let at2 = space_after(text, e).unwrap_or(e);
        return SIGNS.end_at(text, at2).map(|end| (end, true));
    }
    SIGNS.end_at(text, at).map(|end| (end, false))
}

fn entity(text: &Text, n: &Numeral) -> Option<Entity> {
    let (mut value, mut value_max, mut target) = (n.value, None, None);
    let (mut end, points);
    if let Some((e, p)) = sign_after(text, n.end) {
        end = e;
        points = p;
        if let Some((te, t)) = target_after(text, e) {
            // `11,59%/30%`: achieved against target.
            target = Some(t);
            end = te;
        } else if let Some((m, _)) = range_after(text, e, n) {
            // `5% - 7%`, `từ 10% đến 60%`.
            if let Some((me, _)) = sign_after(text, m.end) {
                value_max = Some(m.value);
                end = me;
            }
        }
    } else {
        // `5-7%`, `10 đến 15 phần trăm`.
        let (m, low) = range_after(text, n.end, n)?;
        let (e, p) = sign_after(text, m.end)?;
        value = low;
        value_max = Some(m.value);
        points = p;
        end = e;
    }
    let q = qualifier_before(text, n.start);
    Some(
        Entity::new(
            Span::new(n.start, end),
            Value::Percent {
                value,
                value_max,
                target,
                points,
            },
        )
        .with_qualifier(q),
    )
}

/// The target of `…%/30%` after the first sign ending at `pos`: its end and value.
fn target_after(text: &Text, pos: usize) -> Option<(usize, f64)> {
    if text.as_bytes().get(pos) != Some(&b'/') {
        return None;
    }
    let t = read_at(text, pos + 1).filter(|t| !t.spelled)?;
    let (end, _) = sign_after(text, t.end)?;
    Some((end, t.value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<(f64, Option<f64>, Option<f64>, bool)> {
        let mut out = Vec::new();
        find(&Context::default(), &Text::new(text), &mut out);
        out.first().map(|e| match e.value {
            Value::Percent {
                value,
                value_max,
                target,
                points,
            } => (value, value_max, target, points),
            _ => unreachable!(),
        })
    }

    #[test]
    fn forms() {
        assert_eq!(one("đạt 32,8%"), Some((32.8, None, None, false)));
        assert_eq!(
            one("đạt 11,59%/30%,"),
            Some((11.59, None, Some(30.0), false))
        );
        assert_eq!(one("tăng 5-7%"), Some((5.0, Some(7.0), None, false)));
        assert_eq!(
            one("giảm 0,5 điểm phần trăm"),
            Some((0.5, None, None, true))
        );
        assert_eq!(one("mười lăm phần trăm"), Some((15.0, None, None, false)));
        // Every sign of the table passes the prefilter, in any case.
        assert_eq!(one("MƯỜI LĂM PHẦN TRĂM"), Some((15.0, None, None, false)));
        assert_eq!(one("about 5 percent"), Some((5.0, None, None, false)));
    }
}
