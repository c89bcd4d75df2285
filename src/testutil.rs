//! Helpers shared by the unit tests.

/// A deterministic stream of pseudo-random numbers (xorshift64): generated test inputs are
/// the same on every run, without a crate.
pub(crate) struct Rng(u64);

impl Rng {
    /// A stream from `seed` (not zero).
    pub(crate) fn new(seed: u64) -> Rng {
        assert_ne!(seed, 0, "xorshift never leaves zero");
        Rng(seed)
    }

    /// The next number.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Checks a per-block scan written over `crate::blocks::Classes`: `wide` (its AVX2 version,
/// only called when the CPU has AVX2) must agree with `narrow` (the baseline) at every
/// offset of every [`block_texts`] text, as bytes after `prepare`.
pub(crate) fn block_scans_agree<T: PartialEq + std::fmt::Debug>(
    prepare: impl Fn(&str) -> String,
    narrow: impl Fn(&[u8], usize) -> T,
    wide: impl Fn(&[u8], usize) -> T,
) {
    if !crate::blocks::avx2() {
        return;
    }
    for t in block_texts() {
        let p = prepare(&t);
        let b = p.as_bytes();
        for base in 0..b.len() {
            assert_eq!(narrow(b, base), wide(b, base), "{t:?} at {base}");
        }
    }
}

/// Texts for the block scans (see `crate::blocks`): every class of byte they look for, in
/// valid UTF-8, from a few bytes to a few blocks long, so that each kind of byte falls at
/// block edges and in the short last block. The scans with AVX2 must agree with the
/// baseline ones on them.
pub(crate) fn block_texts() -> Vec<String> {
    const BITS: &[&str] = &[
        "a",
        "Z",
        "o",
        "u",
        "O",
        "0",
        "9",
        "12.5",
        " ",
        "  ",
        "\n",
        "\n\n\n",
        "\t",
        "\r",
        "\u{b}",
        "\"",
        "\\",
        "\u{1}",
        "\u{7f}",
        "ờ",
        "Đ",
        "đ",
        "ư",
        "ă",
        "ö",
        "Ð",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "\u{1680}",
        "ᚁ",
        "–",
        "“",
        "…",
        "hòa",
        "thuỷ",
        "một",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "nửa",
        "Nghị quyết",
        "Luật",
        "số",
        "%",
    ];
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    (0..600)
        .map(|k| {
            let mut t = String::new();
            let len = 1 + k % 300;
            while t.len() < len {
                t.push_str(BITS[rng.below(BITS.len())]);
            }
            t
        })
        .collect()
}
