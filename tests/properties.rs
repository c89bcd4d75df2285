//! Properties that hold for any input (SPEC §2, §3): normalising twice changes nothing; every
//! entity's code-point offsets slice the record's text back to the entity's text; entities are
//! sorted and never overlap; every entity lies in the sentence it names.

use proptest::prelude::*;
use vnextract::{normalize, Pipeline, ToneStyle};

/// Pieces that exercise the rules: Vietnamese words, figures, dates, symbols, invisible and
/// decomposed characters, look-alikes and odd spaces.
const PIECES: &[&str] = &[
    "Nghị quyết",
    "số",
    "21-NQ/TW",
    "ngày",
    "22/11/2012",
    "của",
    "Bộ Chính trị",
    "100/2019/NĐ-CP",
    "tháng",
    "8/2020",
    "năm",
    "2013",
    "đến nay",
    "từ",
    "giai đoạn",
    "2012 - 2020",
    "866.020",
    "người",
    "1,484",
    "triệu",
    "tỷ",
    "đồng",
    "32,8%",
    "11,59%/30%",
    "1.562/1604",
    "đơn vị",
    "trên",
    "khoảng",
    "hai mươi mốt",
    "một",
    "TP.HCM",
    "Hà Nội",
    "tỉnh",
    "Bình Dương",
    "Thừa Thiên - Huế",
    "quý I/2020",
    "9 tháng đầu năm",
    "Luật Đất đai",
    "hoà",
    "thuỷ",
    "Ðảng",
    "ho\u{0300}a",
    "\u{200b}",
    "\u{00a0}",
    "\u{00ad}",
    "\r\n",
    "\n\n\n",
    "  ",
    ".",
    ",",
    "…",
    "“",
    "”",
    "(",
    ")",
    "-",
    "–",
    "/",
    "%",
    "$",
    "0",
    "9",
    "1.000.000",
    "USD",
    "Điều 5",
    "\u{feff}",
    "\t",
    "\u{0301}",
    "\u{0323}",
    "🙂",
    "ngày 7/8",
    "hôm nay",
    "Thứ tư, 7/2/2024",
];

fn vietnamese_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| c.to_string()),
            1 => Just(" ".to_string()),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

fn check_document(input: &str) -> Result<(), TestCaseError> {
    let p = Pipeline::default().process_text("prop", input);
    let text = p.text.as_str();
    prop_assert_eq!(
        normalize(text, ToneStyle::Traditional),
        text,
        "normalising the output changes it"
    );
    let mut last_end = 0;
    for e in &p.entities {
        let s = e.span();
        prop_assert!(
            s.start < s.end && s.end <= text.len(),
            "span {:?} outside text",
            s
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(
            s.start >= last_end,
            "entities overlap or are unsorted at {:?}",
            s
        );
        last_end = s.end;
    }
    // The JSON record: code-point offsets slice back to each entity's text.
    let mut buf = Vec::new();
    vnextract::record::write(&mut buf, &p.record(false));
    let rec: serde_json::Value = serde_json::from_slice(&buf).expect("record is JSON");
    let chars: Vec<char> = rec["text"].as_str().expect("text").chars().collect();
    let sentences = rec["sentences"].as_array().expect("sentences");
    for e in rec["entities"].as_array().expect("entities") {
        let (a, b) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let sliced: String = chars[a..b].iter().collect();
        prop_assert_eq!(sliced.as_str(), e["text"].as_str().unwrap());
        let si = e["sentence"].as_u64().unwrap() as usize;
        if !sentences.is_empty() {
            let sent = &sentences[si];
            prop_assert!(
                sent[0].as_u64().unwrap() as usize <= a,
                "entity before its sentence"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn normalising_is_idempotent(s in vietnamese_like()) {
        for style in [ToneStyle::Traditional, ToneStyle::Modern, ToneStyle::Keep] {
            let once = normalize(&s, style).into_owned();
            prop_assert_eq!(normalize(&once, style), once.as_str());
        }
    }

    #[test]
    fn arbitrary_strings_keep_the_invariants(s in any::<String>()) {
        check_document(&s)?;
    }

    #[test]
    fn vietnamese_like_text_keeps_the_invariants(s in vietnamese_like()) {
        check_document(&s)?;
    }
}

#[test]
fn bundled_corpus_keeps_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut n = 0;
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.expect("walk corpus");
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(entry.path()).expect("UTF-8 corpus file");
            check_document(&text).unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
            n += 1;
        }
    }
    assert!(n >= 2, "corpus/ should hold at least the two seeds");
}
