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
