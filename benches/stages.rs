//! Criterion benchmarks per pipeline stage, so that a regression shows which stage it is in.
//!
//! The slice: the first [`SLICE_DOCS`] articles of `shared/corpus/baomoi-2017.jsonl.gz` when
//! the shared folder is found (`$VNEXTRACT_SHARED`, `../shared` or `../../shared` from the
//! crate), read at bench time and never written into the repository (news text is the
//! publishers' copyright). Without it, the committed excerpt of the Social Insurance Law
//! (`benches/data/`, legal text is not protected by copyright) stands in. Every group reports
//! throughput in bytes of raw text, so the numbers read as MB/s.
//!
//! ```text
//! cargo bench --bench stages                 # all stages
//! cargo bench --bench stages -- extract/     # one group
//! ```

use std::hint::black_box;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::Value as Json;
use vnextract::extract::{Context, Entity, Text, EXTRACTORS};
use vnextract::input::{encoding, json_line};
use vnextract::input::{Body, Document};
use vnextract::{record, segment, Pipeline, ToneStyle};

/// Articles taken from the corpus (about 1.8 MB of baomoi text).
const SLICE_DOCS: usize = 500;

/// The bench input: raw JSON lines and, parsed out of them, the raw texts.
struct Slice {
    name: &'static str,
    lines: Vec<Vec<u8>>,
    texts: Vec<String>,
}

fn shared() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("VNEXTRACT_SHARED")
        .map(PathBuf::from)
        .into_iter()
        .chain([manifest.join("../shared"), manifest.join("../../shared")])
        .find(|p| p.join("corpus/baomoi-2017.jsonl.gz").exists())
}

fn load() -> Slice {
    if let Some(dir) = shared() {
        let file = std::fs::File::open(dir.join("corpus/baomoi-2017.jsonl.gz")).expect("corpus");
        let reader = BufReader::new(flate2::read::MultiGzDecoder::new(file));
        let lines: Vec<Vec<u8>> = reader
            .split(b'\n')
            .take(SLICE_DOCS)
            .map(|l| l.expect("read corpus"))
            .collect();
        let texts = lines
            .iter()
            .map(|l| {
                let v: Json = serde_json::from_slice(l).expect("JSON line");
                v["text"].as_str().unwrap_or_default().to_string()
            })
            .collect();
        return Slice {
            name: "baomoi-500",
            lines,
            texts,
        };
    }
    eprintln!("shared corpus not found: benchmarking the committed law excerpt");
    let text = include_str!("data/luat-bao-hiem-xa-hoi.txt");
    let texts: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    let lines = texts
        .iter()
        .map(|t| serde_json::to_vec(&serde_json::json!({ "text": t })).expect("JSON"))
        .collect();
    Slice {
        name: "law-excerpt",
        lines,
        texts,
    }
}

fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let slice = load();
    let raw = bytes(&slice.texts);
    let normalized: Vec<String> = slice
        .texts
        .iter()
        .map(|t| vnextract::normalize(t, ToneStyle::Traditional).into_owned())
        .collect();
    let cx = Context::default();
    // Warm the lazily compiled patterns so that no sample pays for compiling them.
    for t in normalized.iter().take(20) {
        black_box(vnextract::extract::extract(&cx, t, vnextract::KindSet::ALL));
    }
    eprintln!(
        "slice {}: {} documents, {:.2} MB of text",
        slice.name,
        slice.texts.len(),
        raw as f64 / 1e6
    );

    let mut g = c.benchmark_group("input");
    g.throughput(Throughput::Bytes(raw));
    // The JSONL reader's parse: the text field unescaped once, the others as values.
    g.bench_function(BenchmarkId::new("json_parse", slice.name), |b| {
        b.iter(|| {
            for l in &slice.lines {
                black_box(json_line::parse_object_fast(l, "text"));
            }
        })
    });
    // A JSONL text is Unicode already: only mojibake is looked for (and repaired).
    g.bench_function(BenchmarkId::new("repair", slice.name), |b| {
        b.iter(|| {
            for t in &slice.texts {
                black_box(encoding::repair_text(t));
            }
        })
    });
    // The bytes of a plain file: encoding detection and decoding (what a folder of .txt
    // files goes through instead of `json_parse` and `repair`).
    g.bench_function(BenchmarkId::new("decode_file", slice.name), |b| {
        b.iter(|| {
            for t in &slice.texts {
                black_box(encoding::decode(t.as_bytes(), None).expect("decode"));
            }
        })
    });
    g.bench_function(BenchmarkId::new("normalize", slice.name), |b| {
        b.iter(|| {
            for t in &slice.texts {
                black_box(vnextract::normalize(t, ToneStyle::Traditional));
            }
        })
    });
    g.bench_function(BenchmarkId::new("segment", slice.name), |b| {
        b.iter(|| {
            for t in &normalized {
                black_box(segment::sentences(t));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(raw));
    g.bench_function(BenchmarkId::new("fold", slice.name), |b| {
        b.iter(|| {
            for t in &normalized {
                black_box(Text::new(t));
            }
        })
    });
    // Each extractor reads a new `Text`, as `extract` hands it over: a `Text` keeps the
    // numerals and time atoms of the first extractor that reads them, so one prepared
    // ahead would time the rows after the first without their scan. Each figure therefore
    // includes the fold (see `extract/fold`) and the scan its row needs.
    for (row, &(kind, _, find)) in EXTRACTORS.iter().enumerate() {
        let name = format!("{row}-{}", kind.name());
        g.bench_function(BenchmarkId::new(name, slice.name), |b| {
            let mut out: Vec<Entity> = Vec::new();
            b.iter(|| {
                for t in &normalized {
                    out.clear();
                    find(&cx, &Text::new(t), &mut out);
                    black_box(&out);
                }
            })
        });
    }
    g.bench_function(BenchmarkId::new("all_resolved", slice.name), |b| {
        b.iter(|| {
            for t in &normalized {
                black_box(vnextract::extract::extract(&cx, t, vnextract::KindSet::ALL));
            }
        })
    });
    g.finish();

    let pipeline = Pipeline::default();
    let processed: Vec<_> = slice
        .texts
        .iter()
        .enumerate()
        .map(|(i, t)| pipeline.process_text(&i.to_string(), t))
        .collect();
    let mut g = c.benchmark_group("output");
    g.throughput(Throughput::Bytes(raw));
    g.bench_function(BenchmarkId::new("record_write", slice.name), |b| {
        let mut out = Vec::with_capacity(raw as usize * 3);
        b.iter(|| {
            out.clear();
            for p in &processed {
                record::write(&mut out, &p.record(false));
            }
            black_box(out.len())
        })
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(raw));
    g.bench_function(BenchmarkId::new("one_thread", slice.name), |b| {
        let mut out = Vec::with_capacity(raw as usize * 3);
        b.iter(|| {
            out.clear();
            for (i, l) in slice.lines.iter().enumerate() {
                let p = pipeline.process(Document {
                    id: i.to_string(),
                    source: String::new(),
                    body: Body::JsonLine(l.clone().into()),
                    input_bytes: l.len() as u64,
                });
                record::write(&mut out, &p.record(false));
            }
            black_box(out.len())
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = stages
}
criterion_main!(benches);
