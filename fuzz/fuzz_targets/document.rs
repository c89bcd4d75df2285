//! Arbitrary bytes as a raw document (first byte even) or a JSONL line (odd) through
//! `Pipeline::process`, which catches panics: a caught panic counts as a crash here.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnextract::input::{Body, Document};
use vnextract::Pipeline;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let body = if first & 1 == 0 {
        Body::Bytes(rest.to_vec())
    } else {
        Body::JsonLine(rest.to_vec().into())
    };
    let doc = Document {
        id: "fuzz".into(),
        source: "fuzz".into(),
        body,
        input_bytes: rest.len() as u64,
    };
    let p = Pipeline::default().process(doc);
    if let Some(e) = &p.error {
        assert!(!e.contains("internal error"), "{e}");
    }
    let mut json = Vec::new();
    vnextract::record::write(&mut json, &p.record(false));
    let _: serde_json::Value = serde_json::from_slice(&json).expect("the record is JSON");
});
