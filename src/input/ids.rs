//! Noticing document ids that repeat within a run.
//!
//! Crawls repeat themselves: the same article id appears twice in one JSONL file or in two
//! files. Both records are kept (nothing is dropped silently, and the two texts may differ),
//! and the later one gets a warning, so a user can deduplicate knowingly.
//!
//! Memory stays bounded: each id is kept as a 64-bit hash (a false alarm needs two different
//! ids with the same hash, about one chance in 10^7 at a billion ids), and after
//! [`SeenIds::CAPACITY`] distinct ids no new ones are remembered, so repeats of ids first seen
//! that late are no longer noticed.

use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher, Hasher};

/// The ids seen so far in a run.
#[derive(Debug, Default)]
pub struct SeenIds {
    hashes: HashSet<u64, BuildHasherDefault<Spread>>,
}

/// The set's hasher: its keys are hashes already, so each is used as it is (the high bits
/// too, as the table picks buckets from the low bits and tags from the high ones).
#[derive(Debug, Default)]
struct Spread(u64);

impl Hasher for Spread {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed; any other input still gets a value.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl SeenIds {
    /// Distinct ids remembered at most: 7/8 of 4 Mi, the most that a table of 4 Mi slots
    /// holds before it doubles, so the set never takes more than 38 MB (8 bytes of hash
    /// and one of control per slot). One more would double it to 75 MB.
    pub const CAPACITY: usize = 7 << 19;

    /// An empty set.
    pub fn new() -> SeenIds {
        SeenIds::default()
    }

    /// Notes `id`; returns `true` when it was seen before.
    pub fn repeats(&mut self, id: &str) -> bool {
        // A fixed-key hasher, so a run's result does not depend on a random seed.
        let h = BuildHasherDefault::<DefaultHasher>::default().hash_one(id);
        if self.hashes.len() < Self::CAPACITY {
            !self.hashes.insert(h)
        } else {
            self.hashes.contains(&h)
        }
    }

    /// The warning the repeating record gets.
    pub fn warning(id: &str) -> String {
        format!("id {id:?} repeats the id of an earlier record; both records are kept")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats() {
        let mut seen = SeenIds::new();
        assert!(!seen.repeats("a"));
        assert!(!seen.repeats("b"));
        assert!(seen.repeats("a"));
        assert!(seen.repeats("a"));
        assert!(!seen.repeats("a:1"));
    }

    #[test]
    fn a_full_set_stays_in_its_table() {
        let mut seen = SeenIds::new();
        for i in 0..SeenIds::CAPACITY + 10 {
            seen.repeats(&i.to_string());
        }
        assert_eq!(seen.hashes.len(), SeenIds::CAPACITY);
        assert!(
            seen.hashes.capacity() < 4 << 20,
            "{}",
            seen.hashes.capacity()
        );
        assert!(seen.repeats("0"));
        // Ids first seen after the set is full are not remembered.
        assert!(!seen.repeats(&(SeenIds::CAPACITY + 5).to_string()));
    }
}
