//! Arbitrary text through normalisation, every extractor and the record writer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnextract::Pipeline;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let doc = Pipeline::default().process_text("fuzz", &input);
    let text = doc.text.as_str();
    let mut prev_end = 0;
    for e in &doc.entities {
        let s = e.span();
        assert!(
            s.start < s.end && s.end <= text.len(),
            "span {s:?} outside the text"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(
            s.start >= prev_end,
            "entities overlap or are unsorted at {s:?}"
        );
        prev_end = s.end;
    }
    let mut json = Vec::new();
    vnextract::record::write(&mut json, &doc.record(false));
    let rec: serde_json::Value = serde_json::from_slice(&json).expect("the record is JSON");
    let chars: Vec<char> = rec["text"].as_str().unwrap_or("").chars().collect();
    for e in rec["entities"].as_array().expect("entities") {
        let a = e["start"].as_u64().expect("start") as usize;
        let b = e["end"].as_u64().expect("end") as usize;
        let got: String = chars[a..b].iter().collect();
        assert_eq!(
            Some(got.as_str()),
            e["text"].as_str(),
            "offsets do not slice back"
        );
    }
});
