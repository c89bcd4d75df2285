//! Bad, huge and hostile input (issue 7): every case runs the binary (or the library) on it
//! and checks the records and the exit status. The rule behind all of them: a run never
//! crashes, and the number of records written equals the number of documents read, each
//! failed one with an `error` saying why in one sentence.
//!
//! The full-size cases (a 200 MB document, 10 million digits, …) are `#[ignore]`d so that
//! `cargo test` stays quick; run them with `cargo test --release --test robustness --
//! --ignored`.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

use serde_json::Value as Json;

// ---------------------------------------------------------------- helpers

/// A scratch directory under the system temp dir, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let p =
            std::env::temp_dir().join(format!("vnextract-robust-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("create scratch dir");
        Scratch(p)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir).expect("create dir");
        }
        std::fs::write(&p, bytes).expect("write file");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // Undo permission changes first, or the removal fails for a non-root user.
        let _ = Command::new("chmod")
            .arg("-R")
            .arg("u+rwx")
            .arg(&self.0)
            .status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `vnextract extract --quiet ARGS` (with extra environment), returning the output.
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(common::bin());
    cmd.arg("extract").arg("--quiet").args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run vnextract")
}

/// Parses the records of a run's standard output; every line must be a JSON object.
fn records(out: &Output) -> Vec<Json> {
    String::from_utf8(out.stdout.clone())
        .expect("records are UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad record {l:?}: {e}")))
        .collect()
}

/// Runs and insists on success and a quiet stderr; returns the records.
fn run_ok(args: &[&str]) -> Vec<Json> {
    let out = run(args, &[]);
    assert!(
        out.status.success(),
        "help: vnextract must complete even on bad input\nstatus {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_panic(&out);
    records(&out)
}

fn assert_no_panic(out: &Output) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && !err.contains("stack backtrace"),
        "help: panics must be caught quietly, stderr was: {err}"
    );
}

fn by_id<'a>(recs: &'a [Json], id: &str) -> &'a Json {
    recs.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no record with id {id:?} in {recs:#?}"))
}

fn error_of(r: &Json) -> &str {
    r["error"].as_str().unwrap_or("")
}

/// What a record must look like.
#[derive(Debug)]
enum Expect {
    /// No error, and this normalised text.
    Text(&'static str),
    /// No error, and a warning containing this.
    Warning(&'static str),
    /// An error containing this, no entities.
    Error(&'static str),
}

fn check(r: &Json, want: &Expect) {
    match want {
        Expect::Text(t) => {
            assert_eq!(r["error"], Json::Null, "{r}");
            assert_eq!(r["text"], *t, "{r}");
        }
        Expect::Warning(w) => {
            assert_eq!(r["error"], Json::Null, "{r}");
            let warnings = r["warnings"].to_string();
            assert!(warnings.contains(w), "want warning {w:?} in {r}");
        }
        Expect::Error(e) => {
            assert!(error_of(r).contains(e), "want error {e:?} in {r}");
            assert_eq!(r["entities"], serde_json::json!([]), "{r}");
        }
    }
}

/// Deterministic pseudo-random bytes (xorshift).
fn noise(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// JSON Lines with `n` small documents `doc1`…`docN`, each different (so compression keeps
/// them apart in blocks).
fn jsonl_docs(n: usize) -> String {
    (1..=n)
        .map(|i| {
            format!(
                "{{\"id\":\"doc{i}\",\"text\":\"Năm 2020 tỉnh có {i} dự án, vốn {} tỷ đồng, tăng {}%.\"}}\n",
                i * 37 % 1000,
                i % 97
            )
        })
        .collect()
}

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";

/// Small single-document files and what their record must say.
fn file_cases() -> Vec<(&'static str, Vec<u8>, Expect)> {
    let para = "Tỉnh có 866.020 người, tăng 5% so với năm 2019. ";
    let mut invalid_mid = para.repeat(20).into_bytes();
    invalid_mid.splice(400..400, *b"\xff\xfe\xc3");
    let mut truncated = para.as_bytes().to_vec();
    truncated.extend_from_slice(&"ệ".as_bytes()[..2]);
    let mut nul = para.as_bytes().to_vec();
    nul.insert(10, 0);
    vec![
        ("empty.txt", vec![], Expect::Text("")),
        ("spaces.txt", b" \t \r\n \n\n  ".to_vec(), Expect::Text("")),
        ("one.txt", b"a".to_vec(), Expect::Text("a")),
        ("one-vi.txt", "ệ".as_bytes().to_vec(), Expect::Text("ệ")),
        ("one-digit.txt", b"7".to_vec(), Expect::Text("7")),
        (
            "image.png",
            PNG.to_vec(),
            Expect::Error("binary file (PNG image)"),
        ),
        (
            "report.pdf",
            PDF.to_vec(),
            Expect::Error("binary file (PDF document)"),
        ),
        ("random.bin", noise(5000, 7), Expect::Error("binary file")),
        ("random.txt", noise(300, 11), Expect::Error("binary file")),
        (
            "gzip-named.txt",
            gzip(para.as_bytes()),
            Expect::Error("binary file (gzip data)"),
        ),
        ("invalid-mid.txt", invalid_mid, Expect::Warning("invalid")),
        ("truncated-end.txt", truncated, Expect::Warning("invalid")),
        (
            "nul.txt",
            nul,
            Expect::Text("Tỉnh có\u{0} 866.020 người, tăng 5% so với năm 2019."),
        ),
        (
            "not-gzip.txt.gz",
            b"plain text, not gzip".to_vec(),
            Expect::Error("compressed"),
        ),
        (
            "not-zstd.txt.zst",
            b"plain text, not zstd".to_vec(),
            Expect::Error("compressed"),
        ),
    ]
}

/// The id a file name gets (SPEC §2: without known extensions).
fn id_of(name: &str) -> String {
    let mut id = name;
    while let Some(s) = [".gz", ".zst", ".txt", ".jsonl"]
        .iter()
        .find_map(|ext| id.strip_suffix(ext))
    {
        id = s;
    }
    id.to_string()
}

// ---------------------------------------------------------------- single files

#[test]
fn small_and_binary_files_each_get_their_record() {
    let dir = Scratch::new("files");
    let cases = file_cases();
    for (name, bytes, _) in &cases {
        dir.write(name, bytes);
    }
    let recs = run_ok(&[dir.path().to_str().unwrap()]);
    assert_eq!(recs.len(), cases.len(), "records out == documents in");
    for (name, _, want) in &cases {
        let r = by_id(&recs, &id_of(name));
        check(r, want);
    }
}

#[test]
fn legacy_encodings_are_not_binary() {
    let Some(shared) = common::shared() else {
        return;
    };
    let dir = shared.join("encodings");
    let recs = run_ok(&[dir.to_str().unwrap()]);
    let files = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert!(files >= 8);
    for r in recs
        .iter()
        .filter(|r| r["source"].as_str().unwrap().ends_with(".txt"))
    {
        assert!(
            !error_of(r).contains("binary"),
            "help: legacy 8-bit Vietnamese text must not be called binary: {}",
            r["id"]
        );
    }
}

#[test]
fn standard_input_empty_binary_and_jsonl() {
    let cases: &[(&[u8], &[Expect])] = &[
        (b"", &[Expect::Text("")]),
        (PNG, &[Expect::Error("binary file (PNG image)")]),
        (
            "{\"id\":\"a\",\"text\":\"Tăng 5%.\"}\nnot json\n".as_bytes(),
            &[Expect::Text("Tăng 5%."), Expect::Error("not valid JSON")],
        ),
    ];
    for (input, wanted) in cases {
        let mut child = Command::new(common::bin())
            .args(["extract", "--quiet", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run vnextract");
        child.stdin.take().unwrap().write_all(input).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        assert_no_panic(&out);
        let recs = records(&out);
        assert_eq!(recs.len(), wanted.len(), "{recs:#?}");
        for (r, want) in recs.iter().zip(*wanted) {
            check(r, want);
        }
    }
}

// ---------------------------------------------------------------- JSON Lines

#[test]
fn bad_jsonl_lines_each_get_their_record() {
    let dir = Scratch::new("jsonl");
    let lines: &[(&str, Option<Expect>)] = &[
        ("not json at all", Some(Expect::Error("not valid JSON"))),
        ("[1, 2, 3]", Some(Expect::Error("not a JSON object"))),
        ("\"a string\"", Some(Expect::Error("not a JSON object"))),
        (
            "{\"id\": \"n\", \"text\": 42}",
            Some(Expect::Error("not a string")),
        ),
        (
            "{\"id\": \"m\", \"body\": \"no text\"}",
            Some(Expect::Error("no \"text\" field")),
        ),
        (
            "{\"id\": \"cut\", \"text\": \"unterminated",
            Some(Expect::Error("not valid JSON")),
        ),
        ("", None), // a blank line holds no document
        ("   ", None),
        (
            "{\"id\": \"dup\", \"text\": \"Lần một.\"}",
            Some(Expect::Text("Lần một.")),
        ),
        (
            "{\"id\": \"dup\", \"text\": \"Lần hai.\"}",
            Some(Expect::Warning("repeats")),
        ),
        (
            "{\"id\": \"ok\", \"text\": \"Tăng 5%.\"}",
            Some(Expect::Text("Tăng 5%.")),
        ),
    ];
    let body: String = lines.iter().map(|(l, _)| format!("{l}\n")).collect();
    dir.write("lines.jsonl", body);
    let recs = run_ok(&[dir.path().join("lines.jsonl").to_str().unwrap()]);
    let wanted: Vec<&Expect> = lines.iter().filter_map(|(_, e)| e.as_ref()).collect();
    assert_eq!(recs.len(), wanted.len(), "one record per non-blank line");
    for (r, want) in recs.iter().zip(wanted) {
        check(r, want);
    }
    // Both records of a repeated id are kept, in input order.
    let dups: Vec<_> = recs.iter().filter(|r| r["id"] == "dup").collect();
    assert_eq!(dups.len(), 2);
    assert_eq!(dups[0]["warnings"], serde_json::json!([]));
}

#[test]
fn a_50_mb_line_is_read_and_the_limit_is_clear() {
    let dir = Scratch::new("longline");
    let text = "Tỉnh có 866.020 người. ".repeat(2 << 20);
    let body = format!(
        "{{\"id\":\"long\",\"text\":\"{text}\"}}\n{{\"id\":\"after\",\"text\":\"Tăng 5%.\"}}\n"
    );
    assert!(body.len() > 50 << 20);
    let file = dir.write("long.jsonl", body);
    let file = file.to_str().unwrap();
    let recs = run_ok(&["--no-text", file]);
    assert_eq!(recs.len(), 2);
    check(&recs[0], &Expect::Warning(""));
    check(&recs[1], &Expect::Warning(""));
    let recs = run_ok(&["--no-text", "--max-doc-bytes", "1000000", file]);
    assert_eq!(recs.len(), 2);
    check(
        &recs[0],
        &Expect::Error("over the --max-doc-bytes limit of 1000000 bytes"),
    );
    check(&recs[1], &Expect::Warning(""));
}

// ---------------------------------------------------------------- compression

#[test]
fn truncated_gzip_keeps_the_lines_before_the_break() {
    let dir = Scratch::new("gz");
    let docs = jsonl_docs(3000);
    let gz = gzip(docs.as_bytes());
    dir.write("cut.jsonl.gz", &gz[..gz.len() / 2]);
    let recs = run_ok(&[dir.path().join("cut.jsonl.gz").to_str().unwrap()]);
    let (last, good) = recs.split_last().unwrap();
    assert!(
        good.len() > 100,
        "lines before the break are kept: {}",
        good.len()
    );
    for (i, r) in good.iter().enumerate() {
        assert_eq!(r["id"], format!("doc{}", i + 1));
        assert_eq!(r["error"], Json::Null);
    }
    check(last, &Expect::Error("truncated"));
    // A plain-text document in a broken gzip is one error record.
    dir.write("cut.txt.gz", &gz[..gz.len() / 2]);
    let recs = run_ok(&[dir.path().join("cut.txt.gz").to_str().unwrap()]);
    assert_eq!(recs.len(), 1);
    check(&recs[0], &Expect::Error("truncated"));
}

#[test]
fn truncated_zstd_keeps_the_lines_before_the_break() {
    let dir = Scratch::new("zst");
    // Several zstd blocks (128 KB each), so the break falls after complete ones.
    let docs = jsonl_docs(20_000);
    let zst = zstd::encode_all(docs.as_bytes(), 3).unwrap();
    dir.write("cut.jsonl.zst", &zst[..zst.len() * 3 / 4]);
    let recs = run_ok(&[dir.path().join("cut.jsonl.zst").to_str().unwrap()]);
    let (last, good) = recs.split_last().unwrap();
    assert!(
        good.len() > 1000,
        "lines before the break are kept: {}",
        good.len()
    );
    assert!(good.iter().all(|r| r["error"] == Json::Null));
    check(last, &Expect::Error("truncated"));
    // Garbage after a good frame.
    let mut bad = zstd::encode_all(jsonl_docs(5).as_bytes(), 3).unwrap();
    bad.extend_from_slice(b"garbage after the frame");
    dir.write("tail.jsonl.zst", &bad);
    let recs = run_ok(&[dir.path().join("tail.jsonl.zst").to_str().unwrap()]);
    assert_eq!(recs.len(), 6, "{recs:#?}");
    check(&recs[5], &Expect::Error("compressed"));
}

// ---------------------------------------------------------------- paths

#[test]
fn missing_paths_are_records_or_with_strict_the_end() {
    let dir = Scratch::new("missing");
    let good = dir.write("good.txt", "Tăng 5%.");
    let (good, missing) = (good.to_str().unwrap(), "/nonexistent/vnextract/nope.txt");
    let recs = run_ok(&[good, missing]);
    assert_eq!(recs.len(), 2);
    check(&recs[0], &Expect::Text("Tăng 5%."));
    check(&recs[1], &Expect::Error("No such file"));
    assert_eq!(recs[1]["id"], "nope");

    let out = run(&["--strict", good, missing], &[]);
    assert_eq!(out.status.code(), Some(1), "--strict ends the run");
    assert!(out.stdout.is_empty(), "nothing is written before the check");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nope.txt") && err.contains("No such file"),
        "{err}"
    );
    assert_no_panic(&out);
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_special_files_are_records() {
    use std::os::unix::fs::symlink;
    let dir = Scratch::new("links");
    dir.write("a/doc.txt", "Tăng 5%.");
    symlink("..", dir.path().join("a/up")).unwrap();
    symlink("self", dir.path().join("self")).unwrap();
    symlink("nowhere", dir.path().join("dangling")).unwrap();
    let fifo = Command::new("mkfifo").arg(dir.path().join("pipe")).status();
    let have_fifo = fifo.is_ok_and(|s| s.success());
    let recs = run_ok(&[dir.path().to_str().unwrap()]);
    check(by_id(&recs, "a/doc"), &Expect::Text("Tăng 5%."));
    check(by_id(&recs, "a/up"), &Expect::Error("symbolic link loop"));
    check(by_id(&recs, "self"), &Expect::Error("symbolic links"));
    check(by_id(&recs, "dangling"), &Expect::Error("No such file"));
    if have_fifo {
        check(by_id(&recs, "pipe"), &Expect::Error("named pipe"));
    }
    assert_eq!(recs.len(), 4 + usize::from(have_fifo));
}

/// Unreadable files and directories. Tests often run as root, whom `chmod 000` does not
/// stop: then the binary runs as `nobody` through `setpriv`, or the test skips with a note.
#[cfg(unix)]
#[test]
fn unreadable_files_and_directories_are_records() {
    let dir = Scratch::new("perm");
    dir.write("ok.txt", "Tăng 5%.");
    dir.write("secret.txt", "bí mật");
    dir.write("locked/inner.txt", "bên trong");
    let chmod = |mode: &str, p: &str| {
        let ok = Command::new("chmod")
            .arg(mode)
            .arg(dir.path().join(p))
            .status();
        assert!(ok.is_ok_and(|s| s.success()));
    };
    chmod("a+rx", ".");
    chmod("a+r", "ok.txt");
    chmod("000", "secret.txt");
    chmod("000", "locked");
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n");
    let mut cmd = if root.unwrap_or(false) {
        let setpriv = Command::new("setpriv").arg("--version").output();
        if !setpriv.is_ok_and(|o| o.status.success()) {
            eprintln!("skipped: running as root, whom chmod 000 does not stop, and no setpriv");
            return;
        }
        let mut c = Command::new("setpriv");
        c.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            common::bin(),
        ]);
        c
    } else {
        Command::new(common::bin())
    };
    // Walk upward: the scratch dir must be reachable for `nobody`.
    let out = cmd
        .args(["extract", "--quiet"])
        .arg(dir.path())
        .output()
        .expect("run vnextract");
    if String::from_utf8_lossy(&out.stderr).contains("Permission denied") && out.stdout.is_empty() {
        eprintln!("skipped: the scratch directory is not reachable for an unprivileged user");
        return;
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_panic(&out);
    let recs = records(&out);
    assert_eq!(recs.len(), 3, "{recs:#?}");
    check(by_id(&recs, "ok"), &Expect::Text("Tăng 5%."));
    check(by_id(&recs, "secret"), &Expect::Error("Permission denied"));
    check(by_id(&recs, "locked"), &Expect::Error("Permission denied"));
}

/// A file that opens but cannot be read, even by root: `/proc/self/mem` fails at offset 0.
#[cfg(target_os = "linux")]
#[test]
fn a_read_error_is_a_record() {
    let recs = run_ok(&["/proc/self/mem"]);
    assert_eq!(recs.len(), 1);
    check(&recs[0], &Expect::Error("cannot read"));
}

// ---------------------------------------------------------------- output

#[test]
fn unwritable_output_is_a_clear_error() {
    let dir = Scratch::new("out");
    let input = dir.write("in.jsonl", jsonl_docs(100));
    let input = input.to_str().unwrap();
    if Path::new("/dev/full").exists() {
        let out = run(&["-o", "/dev/full", input], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("cannot write") && err.contains("No space left"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert_no_panic(&out);
    }
    let out = run(&["-o", "/nonexistent/dir/out.jsonl", input], &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot create /nonexistent/dir/out.jsonl"),
        "{err}"
    );
}

#[test]
fn a_closed_pipe_stops_quietly() {
    let dir = Scratch::new("pipe");
    let input = dir.write("in.jsonl", jsonl_docs(50_000));
    let mut child = Command::new(common::bin())
        .args(["extract", "--quiet"])
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run vnextract");
    let mut head = [0u8; 10];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    drop(child.stdout.take()); // as `| head -c 10` does
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "status {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

// ---------------------------------------------------------------- panics

#[test]
fn a_panic_in_one_document_is_its_error_record() {
    if !cfg!(debug_assertions) {
        eprintln!("skipped: VNEXTRACT_DEBUG_PANIC exists in debug builds only");
        return;
    }
    let dir = Scratch::new("panic");
    let input = dir.write("in.jsonl", jsonl_docs(5));
    let input = input.to_str().unwrap();
    // A panic while processing line 3 (labelled with the line's default id, as the JSON is
    // not parsed yet), and one while writing doc4's record.
    for (var, id, what) in [
        ("in:3", "in:3", "processing"),
        ("record doc4", "doc4", "writing"),
    ] {
        let out = run(&[input], &[("VNEXTRACT_DEBUG_PANIC", var)]);
        assert!(out.status.success());
        assert_no_panic(&out);
        let recs = records(&out);
        assert_eq!(recs.len(), 5);
        for r in &recs {
            if r["id"] == id {
                check(
                    r,
                    &Expect::Error(format!("internal error while {what}").leak()),
                );
                assert!(error_of(r).contains("VNEXTRACT_DEBUG_PANIC"));
            } else {
                assert_eq!(r["error"], Json::Null, "{r}");
            }
        }
    }
}

// ---------------------------------------------------------------- all of it at once

#[test]
fn a_directory_of_everything_gives_one_record_per_document() {
    let dir = Scratch::new("mixed");
    let mut expected = 0usize;
    for (name, bytes, _) in file_cases() {
        dir.write(&format!("files/{name}"), bytes);
        expected += 1;
    }
    dir.write("lines.jsonl", "not json\n[1]\n{\"text\":1}\n\n{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"a\",\"text\":\"y\"}\n");
    expected += 5;
    let gz = gzip(jsonl_docs(3000).as_bytes());
    dir.write("cut.jsonl.gz", &gz[..gz.len() / 2]);
    dir.write("whole.jsonl.gz", &gz);
    expected += 3000;
    dir.write("image.jsonl", PNG);
    expected += 1;
    dir.write(".hidden.txt", "skipped on purpose (SPEC §1)");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("..", dir.path().join("files/up")).unwrap();
        std::os::unix::fs::symlink("self", dir.path().join("self")).unwrap();
        expected += 2;
    }
    let recs = run_ok(&[dir.path().to_str().unwrap(), "/nonexistent/vnextract"]);
    expected += 1;
    let cut = recs
        .iter()
        .filter(|r| r["source"].as_str().unwrap().contains("cut.jsonl.gz"))
        .count();
    assert!(cut > 100);
    expected += cut; // the lines before the break, plus the one error record
    assert_eq!(recs.len(), expected, "records out == documents in");
}

/// Records come out in input order whatever the number of jobs, across many batches (more
/// documents than the pipeline keeps in flight), whichever batch a worker finishes first.
#[test]
fn records_keep_input_order_across_many_batches() {
    let dir = Scratch::new("order");
    let path = dir.write("many.jsonl", jsonl_docs(6000));
    let want: Vec<String> = (1..=6000).map(|i| format!("doc{i}")).collect();
    for jobs in ["1", "3"] {
        let recs = run_ok(&["-j", jobs, path.to_str().unwrap()]);
        let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, want, "-j {jobs}");
    }
}

// ---------------------------------------------------------------- huge input

/// Pathological texts (long runs of what one rule or another reads) go through whole, with
/// no error and no entity out of bounds. That their time stays linear is measured, not
/// asserted here: `cargo bench --bench pathological` times each at n and 8n bytes.
#[test]
fn pathological_texts_go_through() {
    let p = vnextract::Pipeline::default();
    let units = [
        "7",
        "%",
        "nghìn ",
        "1.000 ",
        "1/1/2020 ",
        "1/",
        "Hà Nội ",
        "Nghị định số ",
        "a",
        "\n",
    ];
    for unit in units {
        let text = unit.repeat(400_000 / unit.len());
        let doc = p.process_text("hostile", &text);
        assert!(doc.error.is_none(), "{unit:?}: {:?}", doc.error);
        let mut out = Vec::new();
        vnextract::record::write(&mut out, &doc.record(false));
        let json: Json = serde_json::from_slice(&out).unwrap();
        for e in json["entities"].as_array().unwrap() {
            let end = e["end"].as_u64().unwrap() as usize;
            assert!(end <= text.chars().count(), "{unit:?}: {e}");
        }
    }
}

#[test]
fn max_doc_bytes_default_is_generous_and_its_error_clear() {
    assert!(vnextract::input::ReadOptions::default().max_doc_bytes >= 256 << 20);
    let dir = Scratch::new("limit");
    let f = dir.write("big.txt", "Tăng 5%. ".repeat(200_000));
    let recs = run_ok(&["--max-doc-bytes", "1000000", f.to_str().unwrap()]);
    assert_eq!(recs.len(), 1);
    check(
        &recs[0],
        &Expect::Error("over the --max-doc-bytes limit of 1000000 bytes"),
    );
    // Through a decompressor the size is not known in advance; the limit still holds.
    let gz = dir.write("big.txt.gz", gzip(&std::fs::read(&f).unwrap()));
    let recs = run_ok(&["--max-doc-bytes", "1000000", gz.to_str().unwrap()]);
    check(
        &recs[0],
        &Expect::Error("over the --max-doc-bytes limit of 1000000 bytes"),
    );
}

/// Full-size hostile documents through the binary: run with `--release -- --ignored`.
#[test]
#[ignore]
fn full_size_hostile_documents() {
    let dir = Scratch::new("fullsize");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "200mb-one-line.txt",
            "Tỉnh có 866.020 người, tăng 5% năm 2019 "
                .repeat(200 << 20 >> 6)
                .into_bytes(),
        ),
        ("digits.txt", vec![b'7'; 10_000_000]),
        ("percent.txt", vec![b'%'; 1_000_000]),
        ("syllable.txt", "nghìn ".repeat(2_000_000).into_bytes()),
    ];
    for (name, bytes) in &cases {
        let f = dir.write(name, bytes);
        let t = Instant::now();
        let recs = run_ok(&["--no-text", f.to_str().unwrap()]);
        eprintln!("{name}: {} bytes in {:.2?}", bytes.len(), t.elapsed());
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0]["error"], Json::Null);
    }
}

// ---------------------------------------------------------------- properties

mod properties {
    use proptest::prelude::*;

    /// Vietnamese-looking text built from the pieces the extractors look for.
    fn vietnamesish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[0-9]{1,6}",
            "[0-9]{1,3}(\\.[0-9]{3}){1,3}(,[0-9]{1,2})?",
            Just("%".to_string()),
            Just(" ".to_string()),
            Just("/".to_string()),
            Just("-".to_string()),
            Just(",".to_string()),
            Just(".".to_string()),
            Just("\n".to_string()),
            proptest::sample::select(vec![
                "tỷ",
                "triệu",
                "nghìn",
                "đồng",
                "USD",
                "năm",
                "tháng",
                "ngày",
                "quý",
                "từ",
                "đến",
                "nay",
                "giai đoạn",
                "Nghị định",
                "số",
                "NĐ-CP",
                "QĐ-UBND",
                "Luật",
                "Hà Nội",
                "TP.HCM",
                "tỉnh",
                "hai mươi mốt",
                "phần trăm",
                "trên",
                "khoảng",
                "người",
                "Thủ tướng",
                "I",
                "II",
                "đầu",
                "cuối",
                "Ð",
                "hoà",
                "\u{301}",
                "\u{a0}",
                "\u{200b}",
                "\r\n",
                "ệ",
                "\u{0}",
                "\u{feff}",
            ])
            .prop_map(str::to_string),
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|v| v.join(""))
    }

    fn check_invariants(input: &str) -> Result<(), TestCaseError> {
        let p = vnextract::Pipeline::default();
        let doc = p.process_text("prop", input);
        prop_assert!(doc.error.is_none(), "error {:?}", doc.error);
        let text = doc.text.as_str();
        let mut prev_end = 0;
        for e in &doc.entities {
            let s = e.span();
            prop_assert!(
                s.start < s.end && s.end <= text.len(),
                "span {s:?} out of text"
            );
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(
                s.start >= prev_end,
                "entities overlap or are unsorted at {s:?}"
            );
            prev_end = s.end;
        }
        for s in &doc.sentences {
            prop_assert!(s.start <= s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        // The record's code-point offsets slice back to each entity's text.
        let mut json = Vec::new();
        vnextract::record::write(&mut json, &doc.record(false));
        let rec: serde_json::Value = serde_json::from_slice(&json).expect("record is JSON");
        let chars: Vec<char> = rec["text"].as_str().unwrap().chars().collect();
        for e in rec["entities"].as_array().unwrap() {
            let (a, b) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let got: String = chars[a..b].iter().collect();
            prop_assert_eq!(got.as_str(), e["text"].as_str().unwrap());
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_strings_keep_the_invariants(s in "\\PC*") {
            check_invariants(&s)?;
        }

        #[test]
        fn vietnamese_like_strings_keep_the_invariants(s in vietnamesish()) {
            check_invariants(&s)?;
        }
    }
}
