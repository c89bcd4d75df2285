//! Arbitrary bytes through the binary check, decoding and normalisation. Panics are crashes;
//! with `FUZZ_IDEMPOTENT=1` in the environment, a second normalisation that changes the
//! text is one too (SPEC §3.6; known to fail on a syllable with two tone marks,
//! `hoa\u{301}\u{300}`, so it is opt-in to let the panic search run on).
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnextract::input::{binary, encoding};
use vnextract::{normalize, Encoding, ToneStyle};

const STYLES: [ToneStyle; 3] = [ToneStyle::Traditional, ToneStyle::Modern, ToneStyle::Keep];

fn normalise_all(text: &str) {
    static CHECK: std::sync::LazyLock<bool> =
        std::sync::LazyLock::new(|| std::env::var_os("FUZZ_IDEMPOTENT").is_some());
    for style in STYLES {
        let once = normalize(text, style);
        let twice = normalize(&once, style);
        if *CHECK {
            assert_eq!(once, twice, "normalising is not idempotent ({style:?})");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = binary::detect(data);
    if let Ok(d) = encoding::decode(data, None) {
        normalise_all(&d.text);
    }
    for enc in Encoding::ALL {
        if let Ok(d) = encoding::decode(data, Some(enc)) {
            let _ = normalize(&d.text, ToneStyle::Traditional);
        }
    }
});
