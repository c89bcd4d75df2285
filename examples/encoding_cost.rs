//! Cost of encoding detection on a JSONL.gz corpus, for issue 9's measurement: run once per
//! mode under `/usr/bin/time` and compare user CPU time with mode `none` (loading only).
//!
//! `cargo run --release --example encoding_cost -- ../shared/corpus/baomoi-2017.jsonl.gz repair`
//! (modes: none, utf8, repair, decode, normalize; each pass runs five times).
use std::io::Read;
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap();
    let mode = args.next().unwrap();
    let mut gz = flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap());
    let mut s = String::new();
    gz.read_to_string(&mut s).unwrap();
    let texts: Vec<String> = s
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["text"].as_str().unwrap().to_string()
        })
        .collect();
    let mut n = 0usize;
    for _ in 0..5 {
        for x in &texts {
            n += match mode.as_str() {
                "repair" => usize::from(vnextract::input::encoding::repair_text(x).is_some()),
                "decode" => vnextract::input::encoding::decode(x.as_bytes(), None)
                    .unwrap()
                    .text
                    .len(),
                "utf8" => usize::from(std::str::from_utf8(x.as_bytes()).is_ok()),
                "normalize" => vnextract::normalize(x, vnextract::ToneStyle::Traditional).len(),
                _ => 0,
            };
        }
    }
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    println!("{mode}: {} MB x5, {n}", bytes / 1_000_000);
}
