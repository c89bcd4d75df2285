//! Linear time on hostile documents, measured rather than asserted (tests do not time):
//! each text is processed at `n` and at `8 n` bytes, and criterion reports the throughput
//! of both, so a rule that turned quadratic shows as the `8n` row falling far below the
//! `n` row (linear keeps them level).
//!
//! ```text
//! cargo bench --bench pathological
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use vnextract::Pipeline;

/// Bytes of the smaller text.
const N: usize = 200_000;

/// Each hostile text as a unit repeated: long runs of what one rule or another reads.
const UNITS: &[(&str, &str)] = &[
    ("digits", "7"),
    ("percent-signs", "%"),
    ("one-syllable", "nghìn "),
    ("digit-groups", "1.000 "),
    ("dates", "1/1/2020 "),
    ("slashes", "1/"),
    ("capitals", "Hà Nội "),
    ("legal", "Nghị định số "),
    ("no-spaces", "a"),
    ("newlines", "\n"),
];

fn pathological(c: &mut Criterion) {
    let p = Pipeline::default();
    let mut g = c.benchmark_group("pathological");
    for &(name, unit) in UNITS {
        for (label, bytes) in [("n", N), ("8n", 8 * N)] {
            let text = unit.repeat(bytes / unit.len());
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(BenchmarkId::new(name, label), |b| {
                b.iter(|| black_box(p.process_text("hostile", &text)))
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = pathological
}
criterion_main!(benches);
