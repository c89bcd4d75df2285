//! Golden files: the records of `vnextract extract corpus` must equal `fixtures/corpus/*.json`.
//!
//! After an intended change of output, regenerate them with
//! `VNEXTRACT_BLESS=1 cargo test --test corpus` and review the diff.

use std::path::Path;
use std::process::Command;

mod common;

fn records() -> Vec<serde_json::Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(common::bin())
        .current_dir(root)
        .args(["extract", "--quiet", "corpus"])
        .output()
        .expect("run vnextract");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("record is JSON"))
        .collect()
}

#[test]
fn corpus_records_match_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("fixtures/corpus");
    let bless = std::env::var_os("VNEXTRACT_BLESS").is_some();
    let recs = records();
    let mut diffs = Vec::new();
    for rec in &recs {
        let id = rec["id"].as_str().expect("id").replace('/', "__");
        let path = dir.join(format!("{id}.json"));
        let got = serde_json::to_string_pretty(rec).expect("pretty") + "\n";
        if bless {
            std::fs::create_dir_all(&dir).expect("mkdir fixtures/corpus");
            std::fs::write(&path, &got).expect("write fixture");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(want) => {
                let line = want
                    .lines()
                    .zip(got.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                diffs.push(format!(
                    "{}: differs from line {}:\n  want: {}\n  got:  {}",
                    path.display(),
                    line + 1,
                    want.lines().nth(line).unwrap_or(""),
                    got.lines().nth(line).unwrap_or("")
                ));
            }
            Err(_) => diffs.push(format!("{}: missing", path.display())),
        }
    }
    assert!(
        diffs.is_empty(),
        "help: if the change is intended, run VNEXTRACT_BLESS=1 cargo test --test corpus and review the diff\n{}",
        diffs.join("\n")
    );
}

#[test]
fn records_out_equal_documents_in() {
    let dir = std::env::temp_dir().join(format!("vnextract-count-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.txt"), "Có 5 người.").unwrap();
    std::fs::write(dir.join("sub/b.txt"), "").unwrap();
    std::fs::write(dir.join("c.bin"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    std::fs::write(dir.join(".hidden.txt"), "skipped").unwrap();
    let lines = "{\"id\":\"x\",\"text\":\"ngày 7/8\"}\nnot json\n[1]\n{\"text\":5}\n{\"id\":\"y\"}\n\n{\"text\":\"ok\"}\n";
    std::fs::write(dir.join("d.jsonl"), lines).unwrap();
    let out = common::extract(&[dir.to_str().unwrap()]);
    let recs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    // 3 files + 6 non-blank JSONL lines; the hidden file is skipped.
    assert_eq!(
        ids,
        ["a", "c.bin", "x", "d:2", "d:3", "d:4", "y", "d:7", "sub/b"]
    );
    let failed: Vec<&str> = recs
        .iter()
        .filter(|r| !r["error"].is_null())
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        failed.contains(&"d:2")
            && failed.contains(&"d:3")
            && failed.contains(&"d:4")
            && failed.contains(&"y")
    );
    for r in &recs {
        assert!(r["error"].is_null() || r["entities"].as_array().unwrap().is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}
