//! `vnextract stats`: a summary of a records file.

use std::collections::HashMap;
use std::io::BufRead;

use serde_json::Value as Json;

/// Counts gathered from a records file.
#[derive(Debug, Default)]
pub struct Stats {
    /// Records read.
    pub documents: u64,
    /// Records with an error.
    pub failed: u64,
    /// Entities by kind.
    pub by_kind: HashMap<String, u64>,
    /// Legal references by id (or by text when the id is null).
    pub legal_refs: HashMap<String, u64>,
    /// Sum of figure values by kind (number, percent, money by currency).
    pub sums: HashMap<String, f64>,
}

impl Stats {
    /// Reads JSONL records; a line that is not a JSON object is an error naming the line.
    pub fn read(reader: impl BufRead) -> std::io::Result<Stats> {
        let mut s = Stats::default();
        for (n, line) in reader.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let rec: Json = serde_json::from_str(&line).map_err(|e| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("line {}: not JSON: {e}", n + 1),
                )
            })?;
            s.add(&rec);
        }
        Ok(s)
    }

    fn add(&mut self, rec: &Json) {
        self.documents += 1;
        if !rec["error"].is_null() {
            self.failed += 1;
        }
        for e in rec["entities"].as_array().into_iter().flatten() {
            let kind = e["kind"].as_str().unwrap_or("?").to_string();
            *self.by_kind.entry(kind.clone()).or_default() += 1;
            match kind.as_str() {
                "legal_ref" => {
                    let key = e["id"]
                        .as_str()
                        .or(e["text"].as_str())
                        .unwrap_or("?")
                        .to_string();
                    *self.legal_refs.entry(key).or_default() += 1;
                }
                "money" => {
                    let cur = e["currency"].as_str().unwrap_or("?");
                    *self.sums.entry(format!("money {cur}")).or_default() +=
                        e["value"].as_f64().unwrap_or(0.0);
                }
                "number" | "percent" => {
                    *self.sums.entry(kind).or_default() += e["value"].as_f64().unwrap_or(0.0);
                }
                _ => {}
            }
        }
    }

    /// A plain-text report.
    pub fn report(&self) -> String {
        let mut out = format!(
            "documents {}\nfailed {}\n\nentities by kind\n",
            self.documents, self.failed
        );
        let mut kinds: Vec<_> = self.by_kind.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, n) in kinds {
            out += &format!("  {k:<10} {n}\n");
        }
        out += "\ntop legal references\n";
        let mut refs: Vec<_> = self.legal_refs.iter().collect();
        refs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (r, n) in refs.into_iter().take(20) {
            out += &format!("  {n:>6}  {r}\n");
        }
        out += "\nfigures by kind (sum of values)\n";
        let mut sums: Vec<_> = self.sums.iter().collect();
        sums.sort_by(|a, b| a.0.cmp(b.0));
        for (k, v) in sums {
            out += &format!("  {k:<14} {v:.0}\n");
        }
        out
    }
}
