//! Table-driven checks for the figure kinds: each case is a text with the expected entities
//! of one kind marked `|like this|`, and their values written compactly:
//!
//! - number: `866020 unit=người`, `60..80 unit=tuổi about`
//! - percent: `11.59 target=30`, `5..7`, `0.5 points`, `5 over`
//! - money: `1030000000000 VND over`, `1390000 VND per=tháng`, `2000000..3000000 VND`
//! - ratio: `1562/1604`, `2/3 over`
//!
//! Several entities are separated by `; `. A case with no `|` and `""` is a negative case:
//! nothing of that kind may be found.
#![allow(dead_code)]

use vnextract::{Entity, Kind, Pipeline, Value};

fn render(text: &str, e: &Entity) -> String {
    let mut s = match &e.value {
        Value::Number {
            value,
            value_max,
            unit,
        } => {
            let mut s = range(*value, *value_max);
            if let Some(u) = unit {
                s += &format!(" unit={}", &text[*u]);
            }
            s
        }
        Value::Percent {
            value,
            value_max,
            target,
            points,
        } => {
            let mut s = range(*value, *value_max);
            if let Some(t) = target {
                s += &format!(" target={t}");
            }
            if *points {
                s += " points";
            }
            s
        }
        Value::Money {
            value,
            value_max,
            currency,
            per,
        } => {
            let mut s = format!("{} {currency}", range(*value, *value_max));
            if let Some(p) = per {
                s += &format!(" per={}", &text[*p]);
            }
            s
        }
        Value::Ratio {
            numerator,
            denominator,
        } => format!("{numerator}/{denominator}"),
        other => format!("{other:?}"),
    };
    if let Some(q) = e.qualifier {
        s += " ";
        s += q.name();
    }
    s
}

fn range(v: f64, max: Option<f64>) -> String {
    match max {
        Some(m) => format!("{v}..{m}"),
        None => format!("{v}"),
    }
}

/// Runs every case through the public pipeline and fails with all mismatches at once.
pub fn check(kind: Kind, cases: &[(&str, &str)]) {
    let pipeline = Pipeline::default();
    let mut failures = Vec::new();
    for (i, (marked, expected)) in cases.iter().enumerate() {
        let text = marked.replace('|', "");
        let p = pipeline.process_text(&format!("case{i}"), &text);
        assert_eq!(
            p.text, text,
            "case text must already be normalised: {marked}"
        );
        let found: Vec<&Entity> = p.entities.iter().filter(|e| e.kind() == kind).collect();
        let mut got_marked = String::new();
        let mut at = 0;
        for e in &found {
            got_marked.push_str(&text[at..e.span.start]);
            got_marked.push('|');
            got_marked.push_str(&text[e.span.start..e.span.end]);
            got_marked.push('|');
            at = e.span.end;
        }
        got_marked.push_str(&text[at..]);
        let got_values = found
            .iter()
            .map(|e| render(&text, e))
            .collect::<Vec<_>>()
            .join("; ");
        if got_marked != *marked || got_values != *expected {
            failures.push(format!(
                "case {i}\n  want: {marked}\n        {expected}\n  got:  {got_marked}\n        {got_values}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "help: {} of {} {kind} cases differ (fix the rule or the data table, not the case)\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
