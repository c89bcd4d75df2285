//! Document metadata read from the text (SPEC §5, issue 8): the two seed articles, table
//! cases for header and footer lines, and the dateline share over the news corpus.

mod common;

use std::io::{BufRead, BufReader};

use serde_json::{Map, Value as Json};
use vnextract::{meta, Pipeline};

fn seed(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/seeds")
        .join(name);
    std::fs::read_to_string(p).expect("seed fixture")
}

fn field<'a>(m: &'a Map<String, Json>, k: &str) -> Option<&'a str> {
    m.get(k).and_then(Json::as_str)
}

#[test]
fn seed_000_header_footer_and_boilerplate() {
    let p = Pipeline::default().process_text("000", &seed("000_a0d27f5881563877.txt"));
    assert_eq!(
        field(&p.meta, "title"),
        Some("Thúc đẩy chính sách bảo hiểm xã hội, bảo hiểm y tế đi vào cuộc sống")
    );
    assert_eq!(
        field(&p.meta, "site"),
        Some("Cổng thông tin điện tử - Sở Xây Dựng - Vĩnh Phúc")
    );
    assert_eq!(field(&p.meta, "published"), Some("2020-11-06"));
    assert_eq!(
        field(&p.meta, "source_name"),
        Some("Cổng TT-GTĐT tỉnh Vĩnh Phúc")
    );
    assert!(
        !p.text.contains("Các tin đã đưa ngày"),
        "help: the boilerplate line must be dropped"
    );
    assert!(p.text.ends_with("Nguồn:Cổng TT-GTĐT tỉnh Vĩnh Phúc"));
    // The title and date lines stay in the text.
    assert!(p.text.starts_with("Thúc đẩy chính sách"));
    assert!(p.text.contains("\n06/11/2020\n"));
}

#[test]
fn seed_002_agency_and_author() {
    let p = Pipeline::default().process_text("002", &seed("002_51a0dc138df80cb1.txt"));
    assert_eq!(field(&p.meta, "agency"), Some("TG"));
    assert_eq!(field(&p.meta, "author"), Some("Nguyễn Dũ"));
    assert_eq!(
        field(&p.meta, "title"),
        None,
        "help: the lead is not a title"
    );
    assert!(p.text.starts_with("(TG) - Thực hiện"));
    assert!(p.text.ends_with("\nNguyễn Dũ"));
}

/// Expected meta fields of a case: (field, value), `None` = the field is absent.
type Fields = &'static [(&'static str, Option<&'static str>)];

/// (text, expected fields).
const CASES: &[(&str, Fields)] = &[
    (
        "Giá xăng giảm mạnh - Báo Lao Động\nThứ tư, 7/2/2024, 23:41 (GMT+7)\nGiá xăng hôm nay giảm 500 đồng.",
        &[
            ("title", Some("Giá xăng giảm mạnh")),
            ("site", Some("Báo Lao Động")),
            ("published", Some("2024-02-07")),
        ],
    ),
    (
        "Hà Nội - điểm đến an toàn cho du khách\nChủ nhật, 18/2/2024\nNội dung bài.\nTheo VTC14",
        &[
            ("title", Some("Hà Nội - điểm đến an toàn cho du khách")),
            ("site", None),
            ("published", Some("2024-02-18")),
            ("source_name", Some("VTC14")),
            ("author", None),
        ],
    ),
    (
        "Một đoạn văn bình thường kết thúc bằng dấu chấm.\nĐoạn thứ hai cũng vậy.",
        &[("title", None), ("published", None), ("author", None)],
    ),
    (
        "Theo chỉ đạo của Tỉnh uỷ, để tiếp tục thực hiện có hiệu quả Nghị quyết 21, các cấp uỷ tăng cường.",
        &[("source_name", None), ("author", None)],
    ),
    (
        "Tin A về kinh tế địa phương\nNội dung.\nNguồn: Báo Nhân Dân\nChia sẻ\nIn bài viết",
        &[("source_name", Some("Báo Nhân Dân")), ("title", Some("Tin A về kinh tế địa phương"))],
    ),
    (
        "(Chinhphu.vn) - Thủ tướng vừa ký quyết định phê duyệt đề án phát triển kinh tế số.\nMinh Anh (tổng hợp)",
        &[("agency", Some("Chinhphu.vn")), ("author", Some("Minh Anh (tổng hợp)"))],
    ),
    (
        "Cập nhật: 06-11-2020 08:30\nGiá vàng tăng.",
        &[("published", Some("2020-11-06"))],
    ),
    (
        "Ngày 06/11/2020, UBND tỉnh họp bàn kế hoạch.\nNội dung.",
        &[("published", None)],
    ),
];

#[test]
fn header_and_footer_table() {
    for (text, want) in CASES {
        let p = Pipeline::default().process_text("t", text);
        for (k, v) in *want {
            assert_eq!(field(&p.meta, k), *v, "field {k} of {text:?}");
        }
        let dropped = ["Chia sẻ", "In bài viết"];
        for d in dropped {
            assert!(!p.text.lines().any(|l| l == d), "{d} left in {text:?}");
        }
    }
}

#[test]
fn jsonl_fields_take_precedence_and_published_is_iso() {
    let mut m = Map::new();
    m.insert("title".into(), Json::String("Tiêu đề JSONL".into()));
    m.insert(
        "published_raw".into(),
        Json::String("Thứ tư, 7/2/2024, 23:41 (GMT+7)".into()),
    );
    let out = meta::read_from_text("Tiêu đề trong văn bản dài\n06/11/2020\nNội dung.", &mut m);
    assert_eq!(out, None);
    assert_eq!(field(&m, "title"), Some("Tiêu đề JSONL"));
    assert_eq!(field(&m, "published"), Some("2024-02-07"));
    assert_eq!(
        meta::published(&m).map(|t| t.to_string()).as_deref(),
        Some("2024-02-07")
    );
    let mut m = Map::new();
    m.insert("date".into(), Json::String("20201106".into()));
    assert_eq!(
        meta::published(&m).map(|t| t.to_string()).as_deref(),
        Some("2020-11-06")
    );
}

/// Day of the week, 0 = Monday (Howard Hinnant's days-from-civil; 1970-01-01 was a Thursday).
fn weekday(y: i32, m: u8, d: u8) -> usize {
    let (y, m, d) = (y as i64, m as i64, d as i64);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    (days + 3).rem_euclid(7) as usize
}

/// The weekday a VnExpress dateline names (`Thứ tư` = Wednesday = 2), read independently of
/// the parser under test.
fn named_weekday(raw: &str) -> Option<usize> {
    const NAMES: &[&str] = &[
        "Thứ hai",
        "Thứ ba",
        "Thứ tư",
        "Thứ năm",
        "Thứ sáu",
        "Thứ bảy",
        "Chủ nhật",
    ];
    NAMES.iter().position(|n| raw.starts_with(n))
}

/// Over the corpus documents with a `published_raw` dateline, the share that `meta::published`
/// reads to the right date: a real date whose day of the week is the one the dateline names
/// (a day/month swap or a misread digit almost never keeps the weekday).
#[test]
fn corpus_datelines_parse_to_the_right_date() {
    let Some(shared) = common::shared() else {
        return;
    };
    let f = std::fs::File::open(shared.join("corpus/news-2020-2026.jsonl.gz")).expect("corpus");
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    let (mut with_raw, mut dated, mut right) = (0, 0, 0);
    for line in r.lines() {
        let line = line.expect("line");
        let Ok(Json::Object(mut o)) = serde_json::from_str::<Json>(&line) else {
            continue;
        };
        let Some(raw) = o
            .get("published_raw")
            .and_then(Json::as_str)
            .map(str::to_string)
        else {
            continue;
        };
        with_raw += 1;
        let Some(wd) = named_weekday(&raw) else {
            continue; // `N/A`: no date to read
        };
        dated += 1;
        o.remove("text");
        if let Some(t) = meta::published(&o) {
            if weekday(t.year.unwrap(), t.month.unwrap(), t.day.unwrap()) == wd {
                right += 1;
            }
        }
    }
    let share = right as f64 / dated as f64;
    eprintln!("published_raw: {with_raw} documents, {dated} with a dateline, {right} read to the right date ({share:.4})");
    assert!(
        share > 0.98,
        "help: only {share:.4} of datelines read right"
    );
}

/// Gold paragraphs are bare paragraphs: reading metadata must never change their text.
#[test]
fn gold_paragraph_texts_are_unchanged() {
    let Some(shared) = common::shared() else {
        return;
    };
    let gold = std::fs::read_to_string(shared.join("gold/dev.jsonl")).expect("gold");
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let item: Json = serde_json::from_str(line).expect("gold JSON");
        let text = item["text"].as_str().expect("text");
        let mut m = Map::new();
        assert_eq!(
            meta::read_from_text(text, &mut m),
            None,
            "help: the text of gold item {} changed",
            item["id"]
        );
    }
}
