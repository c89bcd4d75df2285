//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The shared folder beside the project (`../shared`), when it exists. Tests that need it
/// skip with a message when it is absent, so `cargo test` passes on a plain clone; CI always
/// has it (`.ci/run` fails without it).
pub fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("SPEC.md").exists() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared is absent");
        None
    }
}

/// Path of the built `vnextract` binary.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_vnextract")
}

/// Runs `vnextract extract` with `args`, returning stdout (records) and asserting success.
pub fn extract(args: &[&str]) -> String {
    let out = Command::new(bin())
        .arg("extract")
        .arg("--quiet")
        .args(args)
        .output()
        .expect("run vnextract");
    assert!(
        out.status.success(),
        "vnextract failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Per-kind scores of `../shared/tools/score --json` on the dev gold: kind → (P, R, F1).
pub fn gold_scores() -> Option<HashMap<String, (f64, f64, f64)>> {
    let shared = shared()?;
    let gold = shared.join("gold/dev.jsonl");
    let records = std::env::temp_dir().join(format!("vnextract-gold-{}.jsonl", std::process::id()));
    let out = Command::new(bin())
        .args(["extract", "--quiet", "-o"])
        .arg(&records)
        .arg(&gold)
        .output()
        .expect("run vnextract");
    assert!(
        out.status.success(),
        "vnextract failed on gold: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let score = Command::new("python3")
        .arg(shared.join("tools/score"))
        .arg(&gold)
        .arg(&records)
        .arg("--json")
        .output()
        .expect("run python3 ../shared/tools/score");
    let _ = std::fs::remove_file(&records);
    assert!(
        score.status.success(),
        "score failed: {}",
        String::from_utf8_lossy(&score.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&score.stdout).expect("score JSON");
    let mut m = HashMap::new();
    for (k, s) in v.as_object().expect("object") {
        if let (Some(p), Some(r), Some(f)) = (
            s["precision"].as_f64(),
            s["recall"].as_f64(),
            s["f1"].as_f64(),
        ) {
            m.insert(k.clone(), (p, r, f));
        }
    }
    Some(m)
}

/// Removes the `|` marks of a marked case (`"Theo |Nghị quyết số 21-NQ/TW|, …"`), returning
/// the plain text and the marked byte spans.
pub fn unmark(marked: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        if c == '|' {
            match open.take() {
                Some(s) => spans.push((s, text.len())),
                None => open = Some(text.len()),
            }
        } else {
            text.push(c);
        }
    }
    assert!(open.is_none(), "unbalanced marks in {marked}");
    (text, spans)
}
