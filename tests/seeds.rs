//! Everything SPEC.md names that the two seed articles contain comes out right (issue #2).

use serde_json::{json, Value};
use vnextract::Pipeline;

fn entities(file: &str) -> Vec<Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("seed in corpus/");
    let p = Pipeline::default().process_text("seed", &text);
    let mut buf = Vec::new();
    vnextract::record::write(&mut buf, &p.record(false));
    let rec: Value = serde_json::from_slice(&buf).unwrap();
    rec["entities"].as_array().unwrap().clone()
}

/// Asserts an entity with this kind and text exists and has every field of `want`.
fn expect(ents: &[Value], kind: &str, text: &str, want: Value) {
    let found: Vec<&Value> = ents
        .iter()
        .filter(|e| e["kind"] == kind && e["text"] == text)
        .collect();
    assert!(
        !found.is_empty(),
        "no {kind} {text:?}; help: entities with that text: {:?}",
        ents.iter()
            .filter(|e| e["text"]
                .as_str()
                .is_some_and(|t| t.contains(text) || text.contains(t)))
            .collect::<Vec<_>>()
    );
    for e in found {
        for (k, v) in want.as_object().unwrap() {
            assert_eq!(&e[k], v, "{kind} {text:?}: field {k}");
        }
    }
}

#[test]
fn seed_000() {
    let e = entities("000_a0d27f5881563877.txt");
    expect(
        &e,
        "number",
        "866.020",
        json!({"value": 866020, "unit": "người"}),
    );
    expect(
        &e,
        "number",
        "1,484 triệu",
        json!({"value": 1484000, "unit": "người", "qualifier": "over"}),
    );
    expect(&e, "percent", "32,8%", json!({"value": 32.8}));
    expect(&e, "percent", "92%", json!({"value": 92}));
    expect(
        &e,
        "date",
        "06/11/2020",
        json!({"value": "2020-11-06", "grain": "day"}),
    );
    expect(
        &e,
        "date",
        "đến hết năm 2020",
        json!({"value": "2020", "grain": "year"}),
    );
    expect(
        &e,
        "period",
        "từ tháng 8/2020",
        json!({"from": "2020-08", "to": null}),
    );
    expect(
        &e,
        "period",
        "giai đoạn 2012 - 2020",
        json!({"from": "2012", "to": "2020"}),
    );
    expect(
        &e,
        "period",
        "từ năm 2013 đến nay",
        json!({"from": "2013", "to": null, "until_now": true}),
    );
    // Only short mentions here: their id stays null.
    expect(
        &e,
        "legal_ref",
        "Nghị quyết 21",
        json!({"doc_type": "Nghị quyết", "number": "21", "id": null}),
    );
    expect(
        &e,
        "legal_ref",
        "Nghị quyết số 21",
        json!({"doc_type": "Nghị quyết", "number": "21", "id": null}),
    );
}

#[test]
fn seed_002() {
    let e = entities("002_51a0dc138df80cb1.txt");
    expect(
        &e,
        "percent",
        "11,59%/30%",
        json!({"value": 11.59, "target": 30}),
    );
    expect(
        &e,
        "percent",
        "10,17%/51%",
        json!({"value": 10.17, "target": 51}),
    );
    expect(&e, "percent", "73,38%", json!({"value": 73.38}));
    expect(
        &e,
        "ratio",
        "1.562/1604",
        json!({"numerator": 1562, "denominator": 1604}),
    );
    expect(
        &e,
        "money",
        "1.030 tỷ đồng",
        json!({"value": 1030000000000u64, "currency": "VND", "qualifier": "over"}),
    );
    expect(
        &e,
        "date",
        "ngày 26/10/2017",
        json!({"value": "2017-10-26", "grain": "day"}),
    );
    expect(
        &e,
        "date",
        "ngày 22/11/2012",
        json!({"value": "2012-11-22", "grain": "day"}),
    );
    expect(
        &e,
        "date",
        "tháng 9 năm 2017",
        json!({"value": "2017-09", "grain": "month"}),
    );
    expect(
        &e,
        "period",
        "9 tháng đầu năm 2017",
        json!({"from": "2017-01", "to": "2017-09"}),
    );
    expect(
        &e,
        "legal_ref",
        "Nghị quyết số 21-NQ/TW",
        json!({"doc_type": "Nghị quyết", "number": "21", "symbol": "NQ/TW", "id": "21-NQ/TW",
               "issuer": "Bộ Chính trị", "date": "2012-11-22"}),
    );
    // The short mentions take the id of the full mention in the same document.
    expect(
        &e,
        "legal_ref",
        "Nghị quyết 21",
        json!({"number": "21", "id": "21-NQ/TW"}),
    );
    expect(
        &e,
        "legal_ref",
        "Nghị quyết số 21",
        json!({"number": "21", "id": "21-NQ/TW"}),
    );
    expect(
        &e,
        "location",
        "Trà Vinh",
        json!({"name": "Trà Vinh", "code": "84"}),
    );
}
