//! The bare floor for the throughput benchmark (`scripts/bench`): reads a JSON Lines file,
//! parses every line with serde_json, and scans the `text` field with one combined regex of
//! the extractors' main cues (figures, percentages, dates, document symbols, scale words).
//! No normalisation, no extraction, no output: how fast the pipeline could be if everything
//! it does beyond reading and parsing were free.
//!
//! ```text
//! cargo run --release --example baseline -- FILE.jsonl
//! ```
//!
//! Prints `documents bytes matches seconds MB/s` on one line.

use std::io::{BufRead, BufReader};
use std::time::Instant;

use regex::Regex;

/// One alternation standing in for the extractors' patterns. ASCII word boundaries only:
/// Unicode `\b` is many times slower on Vietnamese text.
const COMBINED: &str = r"(?x)
    [0-9]+(?:[.,][0-9]+)*\s*(?:%|phần\ trăm)            # percentages
  | [0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}                    # dates
  | (?:tháng|quý|năm)\ [0-9IVX]+(?:/[0-9]{4})?          # months, quarters, years
  | [0-9]+(?:/[0-9]{4})?/[A-ZĐ]{1,6}(?:[-/][A-ZĐ0-9]+)* # document symbols
  | [0-9]+(?:[.,][0-9]+)*\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)  # scaled figures
  | (?-u:\b)[0-9]+(?:[.,][0-9]+)*                      # bare figures
";

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: baseline FILE.jsonl (uncompressed JSON Lines)");
    let re = Regex::new(COMBINED).expect("combined regex");
    let start = Instant::now();
    let file = std::fs::File::open(&path).expect("open input");
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut line = Vec::new();
    let (mut docs, mut bytes, mut matches) = (0u64, 0u64, 0u64);
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).expect("read input");
        if n == 0 {
            break;
        }
        bytes += n as u64;
        let Ok(serde_json::Value::Object(obj)) = sonic_rs::from_slice(&line) else {
            continue;
        };
        docs += 1;
        if let Some(text) = obj.get("text").and_then(|t| t.as_str()) {
            matches += re.find_iter(text).count() as u64;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{docs} {bytes} {matches} {secs:.3} {:.1}",
        bytes as f64 / 1e6 / secs
    );
}
