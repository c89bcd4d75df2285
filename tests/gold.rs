//! The dev gold score as a test with a floor per kind (needs `../shared`; skips without it).
//!
//! Each floor is the F1 the extractor reached when its issue closed, so a change that makes
//! any kind worse on the dev gold fails here. Raise a floor when a kind gets better.

mod common;

/// Minimum F1 per kind on `../shared/gold/dev.jsonl`.
const FLOORS: &[(&str, f64)] = &[
    ("number", 0.95),
    ("ratio", 1.0),
    ("percent", 1.0),
    ("money", 1.0),
    ("date", 0.95),
    ("period", 0.9),
    ("legal_ref", 1.0),
    ("location", 0.99),
];

#[test]
fn dev_gold_f1_stays_above_floors() {
    let Some(scores) = common::gold_scores() else {
        return;
    };
    let mut failures = Vec::new();
    for (kind, floor) in FLOORS {
        let (p, r, f1) = scores[*kind];
        eprintln!("{kind:<10} P {p:.3} R {r:.3} F1 {f1:.3} (floor {floor:.3})");
        if f1 + 1e-9 < *floor {
            failures.push(format!("{kind}: F1 {f1:.4} < floor {floor:.4}"));
        }
    }
    assert!(
        failures.is_empty(),
        "help: run ../shared/tools/score --errors 30 to see the misses\n{}",
        failures.join("\n")
    );
}
