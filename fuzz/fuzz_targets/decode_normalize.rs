//! Arbitrary bytes through the binary check, decoding and normalisation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnextract::input::{binary, encoding};
use vnextract::{normalize, Encoding, ToneStyle};

const STYLES: [ToneStyle; 3] = [ToneStyle::Traditional, ToneStyle::Modern, ToneStyle::Keep];

fn normalise_all(text: &str) {
    for style in STYLES {
        let once = normalize(text, style);
        let twice = normalize(&once, style);
        assert_eq!(once, twice, "normalising is not idempotent ({style:?})");
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
