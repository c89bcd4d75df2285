//! Byte classes of 64-byte blocks as bit masks, for the scans that look for their cue bytes
//! (digits, the first letters of number words, clause breaks, white space).
//!
//! A byte loop with a branch per byte costs more than everything the scans then do at the
//! few places it finds. Here SSE2 (always there on x86_64) classifies 16 bytes at once;
//! other targets run the same classes byte by byte (the fallback [`Block`], which is also
//! the test oracle).
//!
//! The busiest scans also have an AVX2 version, chosen at run time ([`avx2`]): the
//! [`Block256`] classes, 32 bytes at once, in a function compiled for AVX2 from the same
//! generic code over [`Classes`]. The build itself stays portable.

/// 64 bytes of a text (fewer at its end, padded with zero bytes), ready to be classified:
/// each method returns a mask whose bit `i` stands for byte `i`.
#[derive(Clone, Copy)]
pub(crate) struct Block {
    #[cfg(target_arch = "x86_64")]
    lanes: [std::arch::x86_64::__m128i; 4],
    #[cfg(not(target_arch = "x86_64"))]
    bytes: [u8; 64],
}

#[cfg(target_arch = "x86_64")]
impl Block {
    /// The block of `b` from byte `at` (`at < b.len()`).
    #[inline]
    pub fn load(b: &[u8], at: usize) -> Block {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of x86_64, and each load reads 16 bytes inside `src`.
        let lanes = |src: &[u8; 64]| {
            std::array::from_fn(|k| unsafe { _mm_loadu_si128(src.as_ptr().add(16 * k).cast()) })
        };
        match b.get(at..at + 64) {
            Some(full) => Block {
                lanes: lanes(full.try_into().expect("64 bytes")),
            },
            // The padding is zeroed only for the last block of a text.
            None => {
                let mut padded = [0u8; 64];
                padded[..b.len() - at].copy_from_slice(&b[at..]);
                Block {
                    lanes: lanes(&padded),
                }
            }
        }
    }

    /// Gathers the top bit of each byte of four lane results into a mask.
    #[inline]
    fn gather(&self, f: impl Fn(std::arch::x86_64::__m128i) -> std::arch::x86_64::__m128i) -> u64 {
        use std::arch::x86_64::*;
        let mut m = 0u64;
        for (k, &v) in self.lanes.iter().enumerate() {
            // SAFETY: SSE2 is part of x86_64.
            let bits = unsafe { _mm_movemask_epi8(f(v)) } as u16;
            m |= u64::from(bits) << (16 * k);
        }
        m
    }

    /// The bytes equal to `c`.
    #[inline]
    pub fn eq(&self, c: u8) -> u64 {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of x86_64.
        self.gather(|v| unsafe { _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8)) })
    }

    /// The bytes equal to the same byte of `other`.
    #[inline]
    pub fn same(&self, other: &Block) -> u64 {
        use std::arch::x86_64::*;
        let mut m = 0u64;
        for (k, (&v, &w)) in self.lanes.iter().zip(&other.lanes).enumerate() {
            // SAFETY: SSE2 is part of x86_64.
            let bits = unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(v, w)) } as u16;
            m |= u64::from(bits) << (16 * k);
        }
        m
    }

    /// The bytes in `lo..=hi` (unsigned).
    #[inline]
    pub fn range(&self, lo: u8, hi: u8) -> u64 {
        use std::arch::x86_64::*;
        let Some((shift, limit)) = signed_range(lo, hi) else {
            return u64::MAX;
        };
        // SAFETY: SSE2 is part of x86_64.
        self.gather(|v| unsafe {
            _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(shift)), _mm_set1_epi8(limit))
        })
    }

    /// The bytes of `set`.
    #[inline]
    pub fn any_of(&self, set: &[u8]) -> u64 {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of x86_64.
        self.gather(|v| unsafe {
            let mut s = _mm_setzero_si128();
            for &c in set {
                s = _mm_or_si128(s, _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8)));
            }
            s
        })
    }

    /// The bytes that start one of `pairs` with the byte after them, which is the same
    /// byte of `next`, the block one byte further on. Meant for a constant `pairs`, whose
    /// loop the compiler unrolls (as for [`Block::any_of`]).
    #[inline]
    pub fn pairs(&self, next: &Block, pairs: &[(u8, u8)]) -> u64 {
        use std::arch::x86_64::*;
        let mut m = 0u64;
        for (k, (&v, &w)) in self.lanes.iter().zip(&next.lanes).enumerate() {
            // SAFETY: SSE2 is part of x86_64.
            let bits = unsafe {
                let hit = pairs.iter().fold(_mm_setzero_si128(), |acc, &(a, b)| {
                    let first = _mm_cmpeq_epi8(v, _mm_set1_epi8(a as i8));
                    let second = _mm_cmpeq_epi8(w, _mm_set1_epi8(b as i8));
                    _mm_or_si128(acc, _mm_and_si128(first, second))
                });
                _mm_movemask_epi8(hit) as u16
            };
            m |= u64::from(bits) << (16 * k);
        }
        m
    }
}

#[cfg(not(target_arch = "x86_64"))]
impl Block {
    /// The block of `b` from byte `at` (`at < b.len()`).
    pub fn load(b: &[u8], at: usize) -> Block {
        Block {
            bytes: bytewise::load(b, at),
        }
    }

    /// The bytes equal to `c`.
    pub fn eq(&self, c: u8) -> u64 {
        bytewise::mask(&self.bytes, |x| x == c)
    }

    /// The bytes equal to the same byte of `other`.
    pub fn same(&self, other: &Block) -> u64 {
        (0..64).fold(0, |m, i| {
            m | u64::from(self.bytes[i] == other.bytes[i]) << i
        })
    }

    /// The bytes in `lo..=hi` (unsigned).
    pub fn range(&self, lo: u8, hi: u8) -> u64 {
        bytewise::mask(&self.bytes, |x| (lo..=hi).contains(&x))
    }

    /// The bytes of `set`.
    pub fn any_of(&self, set: &[u8]) -> u64 {
        bytewise::mask(&self.bytes, |x| set.contains(&x))
    }

    /// The bytes that start one of `pairs` with the same byte of `next`.
    pub fn pairs(&self, next: &Block, pairs: &[(u8, u8)]) -> u64 {
        (0..64).fold(0, |m, i| {
            m | u64::from(pairs.contains(&(self.bytes[i], next.bytes[i]))) << i
        })
    }
}

impl Block {
    /// ASCII digits.
    #[inline]
    pub fn digits(&self) -> u64 {
        self.range(b'0', b'9')
    }
}

/// The range `lo..=hi` (unsigned) as a shift and a signed limit, for the SIMD `range`: shifted
/// by `0x80 - lo`, the range starts at the smallest signed byte, -128, and a byte is in it
/// when its shifted value is below `-127 + (hi - lo)` (two operations a lane). `None` for
/// the whole byte range, which is every byte.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn signed_range(lo: u8, hi: u8) -> Option<(i8, i8)> {
    let width = hi - lo;
    (width != u8::MAX).then(|| {
        let shift = 0x80u8.wrapping_sub(lo) as i8;
        (shift, (i16::from(width) - 127) as i8)
    })
}

/// A set of byte pairs for [`Classes::pairs_in`], with the nibble tables that find them all
/// in one shuffle per nibble where the pairs fit in them.
///
/// The pairs are put in at most eight buckets, one bit each. A byte `x` is in the first
/// bytes of bucket `k` when the bit is set for its low nibble in `nibbles[0]` and for its
/// high nibble in `nibbles[1]`; likewise the byte after it for the second bytes
/// (`nibbles[2]`, `nibbles[3]`). A bucket takes a pair only when every pair its nibbles then
/// let through is one of the pairs, so the result is exact, never a superset. When they do
/// not fit (or for a few pairs, where comparing each is as fast), `nibbles` is `None` and
/// each pair is compared.
pub(crate) struct PairTable<'a> {
    pub list: &'a [(u8, u8)],
    nibbles: Option<[[u8; 16]; 4]>,
}

impl<'a> PairTable<'a> {
    /// The table of `list`.
    pub const fn new(list: &'a [(u8, u8)]) -> PairTable<'a> {
        let none = PairTable {
            list,
            nibbles: None,
        };
        // Four pairs or fewer: comparing each costs no more than the shuffles.
        if list.len() <= 4 {
            return none;
        }
        // Per bucket, the nibbles as bit sets: low and high of the first byte, of the second.
        let mut buckets = [[0u16; 4]; 8];
        let mut n = 0;
        let mut i = 0;
        while i < list.len() {
            let (x, y) = list[i];
            let one = [
                1u16 << (x & 15),
                1 << (x >> 4),
                1 << (y & 15),
                1 << (y >> 4),
            ];
            let mut k = 0;
            let mut placed = false;
            while k < n && !placed {
                let b = buckets[k];
                let joined = [b[0] | one[0], b[1] | one[1], b[2] | one[2], b[3] | one[3]];
                if only_pairs_of(list, joined) {
                    buckets[k] = joined;
                    placed = true;
                }
                k += 1;
            }
            if !placed {
                if n == buckets.len() {
                    return none;
                }
                buckets[n] = one;
                n += 1;
            }
            i += 1;
        }
        let mut nibbles = [[0u8; 16]; 4];
        let mut k = 0;
        while k < n {
            let mut t = 0;
            while t < 4 {
                let mut nib = 0;
                while nib < 16 {
                    if buckets[k][t] >> nib & 1 == 1 {
                        nibbles[t][nib] |= 1 << k;
                    }
                    nib += 1;
                }
                t += 1;
            }
            k += 1;
        }
        PairTable {
            list,
            nibbles: Some(nibbles),
        }
    }

    /// True when the pairs are found by the nibble tables.
    #[cfg(test)]
    pub fn by_nibbles(&self) -> bool {
        self.nibbles.is_some()
    }
}

/// True when every pair whose bytes have the nibbles of `bucket` (see [`PairTable`]) is in
/// `list`.
const fn only_pairs_of(list: &[(u8, u8)], bucket: [u16; 4]) -> bool {
    // Nibbles taken one at a time, so that the loops only go on below the set bits.
    let mut nib = [0u8; 4];
    let mut depth = 0;
    loop {
        if nib[depth] == 16 {
            if depth == 0 {
                return true;
            }
            nib[depth] = 0;
            depth -= 1;
            nib[depth] += 1;
            continue;
        }
        if bucket[depth] >> nib[depth] & 1 == 0 {
            nib[depth] += 1;
            continue;
        }
        if depth < 3 {
            depth += 1;
            continue;
        }
        let (a, b) = (nib[1] << 4 | nib[0], nib[3] << 4 | nib[2]);
        let mut i = 0;
        while i < list.len() && !(list[i].0 == a && list[i].1 == b) {
            i += 1;
        }
        if i == list.len() {
            return false;
        }
        nib[depth] += 1;
    }
}

/// The classes of a 64-byte block, for code written once for [`Block`] and [`Block256`].
pub(crate) trait Classes: Copy {
    /// The block of `b` from byte `at` (`at < b.len()`), zero-padded past the end.
    ///
    /// # Safety
    /// The CPU has the features of the implementation (see [`avx2`] for [`Block256`]).
    unsafe fn load(b: &[u8], at: usize) -> Self;
    /// The block of `b` one byte after `at`, all zero past the end (the `next` of
    /// [`Classes::pairs`]).
    ///
    /// # Safety
    /// As for [`Classes::load`].
    #[inline(always)]
    unsafe fn load_next(b: &[u8], at: usize) -> Self {
        if at + 1 < b.len() {
            Self::load(b, at + 1)
        } else {
            Self::load(&[0], 0)
        }
    }
    /// The bytes equal to `c`.
    fn eq(&self, c: u8) -> u64;
    /// The bytes equal to the same byte of `other`.
    fn same(&self, other: &Self) -> u64;
    /// The bytes in `lo..=hi` (unsigned).
    fn range(&self, lo: u8, hi: u8) -> u64;
    /// The bytes of `set`.
    fn any_of(&self, set: &[u8]) -> u64;
    /// The bytes that start one of `pairs` with the same byte of `next`.
    fn pairs(&self, next: &Self, pairs: &[(u8, u8)]) -> u64;
    /// [`Classes::pairs`] of the pairs of `table`, by its nibble tables where the
    /// implementation has a byte shuffle ([`Block256`]).
    #[inline(always)]
    fn pairs_in(&self, next: &Self, table: &PairTable<'_>) -> u64 {
        self.pairs(next, table.list)
    }
    /// ASCII digits.
    #[inline(always)]
    fn digits(&self) -> u64 {
        self.range(b'0', b'9')
    }
}

impl Classes for Block {
    #[inline(always)]
    unsafe fn load(b: &[u8], at: usize) -> Self {
        Block::load(b, at)
    }
    #[inline(always)]
    fn eq(&self, c: u8) -> u64 {
        Block::eq(self, c)
    }
    #[inline(always)]
    fn same(&self, other: &Self) -> u64 {
        Block::same(self, other)
    }
    #[inline(always)]
    fn range(&self, lo: u8, hi: u8) -> u64 {
        Block::range(self, lo, hi)
    }
    #[inline(always)]
    fn any_of(&self, set: &[u8]) -> u64 {
        Block::any_of(self, set)
    }
    #[inline(always)]
    fn pairs(&self, next: &Self, pairs: &[(u8, u8)]) -> u64 {
        Block::pairs(self, next, pairs)
    }
}

/// Defines `fn NAME(args) -> T` that calls `GENERIC::<Block256>(args)` compiled for AVX2
/// when the CPU has it ([`avx2`]), else `GENERIC::<Block>(args)`. `GENERIC` is an
/// `#[inline(always)] unsafe fn` generic over [`Classes`] (its safety condition: the CPU has
/// the features of its `B`), so that its whole body is compiled twice, once with AVX2.
macro_rules! dispatch_classes {
    ($(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty
        = $generic:ident;) => {
        $(#[$meta])*
        #[inline]
        $vis fn $name($($arg: $ty),*) -> $ret {
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx2,bmi1,bmi2,lzcnt,popcnt")]
                unsafe fn wide($($arg: $ty),*) -> $ret {
                    $generic::<$crate::blocks::Block256>($($arg),*)
                }
                if $crate::blocks::avx2() {
                    // SAFETY: AVX2 is there.
                    return unsafe { wide($($arg),*) };
                }
            }
            // SAFETY: `Block` needs nothing beyond the target's baseline.
            unsafe { $generic::<$crate::blocks::Block>($($arg),*) }
        }
    };
}
pub(crate) use dispatch_classes;

/// True when the CPU has AVX2, so that [`Block256`] may be used, and the bit instructions
/// that come with it (BMI1, BMI2, LZCNT, POPCNT: every AVX2 CPU has them, the x86-64-v3
/// level), which the AVX2 functions are compiled for too: the bit masks are counted and
/// walked bit by bit. Detected once and cached.
#[inline(always)]
pub(crate) fn avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        match WIDE.load(std::sync::atomic::Ordering::Relaxed) {
            2 => true,
            1 => false,
            _ => detect_wide(),
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// What [`avx2`] found: 0 not looked yet, 1 no, 2 yes.
#[cfg(target_arch = "x86_64")]
static WIDE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Detects the features of [`avx2`] and keeps the answer in [`WIDE`].
#[cfg(target_arch = "x86_64")]
#[cold]
fn detect_wide() -> bool {
    let yes = std::is_x86_feature_detected!("avx2")
        && std::is_x86_feature_detected!("bmi1")
        && std::is_x86_feature_detected!("bmi2")
        && std::is_x86_feature_detected!("lzcnt")
        && std::is_x86_feature_detected!("popcnt");
    WIDE.store(
        if yes { 2 } else { 1 },
        std::sync::atomic::Ordering::Relaxed,
    );
    yes
}

/// [`Block`] as two 32-byte AVX2 lanes. Only made by [`Classes::load`], whose caller has
/// checked [`avx2`]: a value is the proof that its methods may use AVX2. Its methods are
/// meant to be inlined into a function compiled with `#[target_feature(enable = "avx2")]`
/// (and the features that come with it, see [`avx2`]).
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy)]
pub(crate) struct Block256 {
    lanes: [std::arch::x86_64::__m256i; 2],
}

#[cfg(target_arch = "x86_64")]
impl Block256 {
    /// Gathers the top bit of each byte of the two lane results into a mask.
    #[inline(always)]
    fn gather(&self, f: impl Fn(std::arch::x86_64::__m256i) -> std::arch::x86_64::__m256i) -> u64 {
        use std::arch::x86_64::*;
        // SAFETY: a `Block256` exists only where AVX2 is there (see the type).
        let (lo, hi) = unsafe {
            (
                _mm256_movemask_epi8(f(self.lanes[0])) as u32,
                _mm256_movemask_epi8(f(self.lanes[1])) as u32,
            )
        };
        u64::from(lo) | u64::from(hi) << 32
    }
}

#[cfg(target_arch = "x86_64")]
impl Classes for Block256 {
    #[inline(always)]
    unsafe fn load(b: &[u8], at: usize) -> Self {
        use std::arch::x86_64::*;
        let lanes = |src: &[u8; 64]| {
            [
                _mm256_loadu_si256(src.as_ptr().cast()),
                _mm256_loadu_si256(src.as_ptr().add(32).cast()),
            ]
        };
        match b.get(at..at + 64) {
            Some(full) => Block256 {
                lanes: lanes(full.try_into().expect("64 bytes")),
            },
            None => {
                let mut padded = [0u8; 64];
                padded[..b.len() - at].copy_from_slice(&b[at..]);
                Block256 {
                    lanes: lanes(&padded),
                }
            }
        }
    }

    #[inline(always)]
    fn eq(&self, c: u8) -> u64 {
        use std::arch::x86_64::*;
        // SAFETY: a `Block256` exists only where AVX2 is there (see the type).
        self.gather(|v| unsafe { _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c as i8)) })
    }

    #[inline(always)]
    fn same(&self, other: &Self) -> u64 {
        use std::arch::x86_64::*;
        // SAFETY: a `Block256` exists only where AVX2 is there (see the type).
        unsafe {
            let lo = _mm256_movemask_epi8(_mm256_cmpeq_epi8(self.lanes[0], other.lanes[0]));
            let hi = _mm256_movemask_epi8(_mm256_cmpeq_epi8(self.lanes[1], other.lanes[1]));
            u64::from(lo as u32) | u64::from(hi as u32) << 32
        }
    }

    #[inline(always)]
    fn any_of(&self, set: &[u8]) -> u64 {
        use std::arch::x86_64::*;
        // SAFETY: a `Block256` exists only where AVX2 is there (see the type).
        self.gather(|v| unsafe {
            set.iter().fold(_mm256_setzero_si256(), |s, &c| {
                _mm256_or_si256(s, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c as i8)))
            })
        })
    }

    #[inline(always)]
    fn range(&self, lo: u8, hi: u8) -> u64 {
        use std::arch::x86_64::*;
        let Some((shift, limit)) = signed_range(lo, hi) else {
            return u64::MAX;
        };
        // SAFETY: a `Block256` exists only where AVX2 is there (see the type).
        self.gather(|v| unsafe {
            _mm256_cmpgt_epi8(
                _mm256_set1_epi8(limit),
                _mm256_add_epi8(v, _mm256_set1_epi8(shift)),
            )
        })
    }

    #[inline(always)]
    fn pairs_in(&self, next: &Self, table: &PairTable<'_>) -> u64 {
        use std::arch::x86_64::*;
        let Some(nibbles) = &table.nibbles else {
            return self.pairs(next, table.list);
        };
        // No closures here: a closure is not compiled for AVX2 with its caller.
        // SAFETY: a `Block256` exists only where AVX2 is there (see the type).
        unsafe {
            let lo1 = _mm256_broadcastsi128_si256(_mm_loadu_si128(nibbles[0].as_ptr().cast()));
            let hi1 = _mm256_broadcastsi128_si256(_mm_loadu_si128(nibbles[1].as_ptr().cast()));
            let lo2 = _mm256_broadcastsi128_si256(_mm_loadu_si128(nibbles[2].as_ptr().cast()));
            let hi2 = _mm256_broadcastsi128_si256(_mm_loadu_si128(nibbles[3].as_ptr().cast()));
            let mut m = 0u64;
            for k in 0..2 {
                let hit = _mm256_and_si256(
                    nibble_buckets(self.lanes[k], lo1, hi1),
                    nibble_buckets(next.lanes[k], lo2, hi2),
                );
                let none = _mm256_movemask_epi8(_mm256_cmpeq_epi8(hit, _mm256_setzero_si256()));
                m |= u64::from(!(none as u32)) << (32 * k);
            }
            m
        }
    }

    #[inline(always)]
    fn pairs(&self, next: &Self, pairs: &[(u8, u8)]) -> u64 {
        use std::arch::x86_64::*;
        let mut m = 0u64;
        for (k, (&v, &w)) in self.lanes.iter().zip(&next.lanes).enumerate() {
            // SAFETY: a `Block256` exists only where AVX2 is there (see the type).
            let bits = unsafe {
                let hit = pairs.iter().fold(_mm256_setzero_si256(), |acc, &(a, b)| {
                    let first = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(a as i8));
                    let second = _mm256_cmpeq_epi8(w, _mm256_set1_epi8(b as i8));
                    _mm256_or_si256(acc, _mm256_and_si256(first, second))
                });
                _mm256_movemask_epi8(hit) as u32
            };
            m |= u64::from(bits) << (32 * k);
        }
        m
    }
}

/// The buckets of [`PairTable`] whose bytes have the low nibble of each byte of `v` (looked
/// up in `lo_t`) and its high nibble (in `hi_t`).
///
/// # Safety
/// The CPU has AVX2.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn nibble_buckets(
    v: std::arch::x86_64::__m256i,
    lo_t: std::arch::x86_64::__m256i,
    hi_t: std::arch::x86_64::__m256i,
) -> std::arch::x86_64::__m256i {
    use std::arch::x86_64::*;
    let low = _mm256_set1_epi8(0x0F);
    let lo = _mm256_shuffle_epi8(lo_t, _mm256_and_si256(v, low));
    let hi = _mm256_shuffle_epi8(hi_t, _mm256_and_si256(_mm256_srli_epi16(v, 4), low));
    _mm256_and_si256(lo, hi)
}

/// The byte-by-byte classes (other targets, and the oracle of the tests).
#[cfg(any(test, not(target_arch = "x86_64")))]
mod bytewise {
    pub fn load(b: &[u8], at: usize) -> [u8; 64] {
        let n = (b.len() - at).min(64);
        let mut out = [0u8; 64];
        out[..n].copy_from_slice(&b[at..at + n]);
        out
    }

    pub fn mask(bytes: &[u8; 64], f: impl Fn(u8) -> bool) -> u64 {
        bytes
            .iter()
            .enumerate()
            .fold(0, |m, (i, &c)| m | u64::from(f(c)) << i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_classed_like_the_byte_loop() {
        let sets: [&[u8]; 3] = [b"", b";,.\n", &[b'b', b'm', 0xC3, 0xFF, 0x80]];
        // Each byte value at every third lane, among neighbours that vary; and a short tail.
        for v in 0..=255u8 {
            let text: Vec<u8> = (0..100u8)
                .map(|i| {
                    if i % 3 == 0 {
                        v
                    } else {
                        i.wrapping_mul(37) ^ v
                    }
                })
                .collect();
            for at in [0, 36, 70, 99] {
                let block = Block::load(&text, at);
                let bytes = bytewise::load(&text, at);
                let m = |f: &dyn Fn(u8) -> bool| bytewise::mask(&bytes, f);
                assert_eq!(block.digits(), m(&|c| c.is_ascii_digit()), "{v:#x} at {at}");
                assert_eq!(block.eq(v), m(&|c| c == v), "{v:#x}");
                let shifted: Vec<u8> = text.iter().map(|&c| c ^ u8::from(c % 5 == 0)).collect();
                let other = Block::load(&shifted, at);
                let other_bytes = bytewise::load(&shifted, at);
                let want_same =
                    (0..64).fold(0u64, |m, i| m | u64::from(bytes[i] == other_bytes[i]) << i);
                assert_eq!(block.same(&other), want_same, "{v:#x} at {at}");
                for (lo, hi) in [
                    (0, 0x20),
                    (0x80, 0xFF),
                    (b'a', b'z'),
                    (v / 2, v),
                    (v, v),
                    (0, v),
                    (v, 0xFF),
                ] {
                    assert_eq!(
                        block.range(lo, hi),
                        m(&|c| (lo..=hi).contains(&c)),
                        "{v:#x}"
                    );
                }
                for set in sets {
                    assert_eq!(block.any_of(set), m(&|c| set.contains(&c)), "{v:#x}");
                }
                // SAFETY: `Block` needs nothing beyond the target's baseline.
                let next = unsafe { <Block as Classes>::load_next(&text, at) };
                let after = if at + 1 < text.len() {
                    bytewise::load(&text, at + 1)
                } else {
                    [0; 64]
                };
                let pairs = [(v, v ^ 37), (b'b', 0xC3), (v, b'a'), (0xE1, v)];
                let want = (0..64).fold(0u64, |m, i| {
                    m | u64::from(pairs.contains(&(bytes[i], after[i]))) << i
                });
                assert_eq!(block.pairs(&next, &pairs), want, "{v:#x}");
                #[cfg(target_arch = "x86_64")]
                if avx2() {
                    // SAFETY: AVX2 is there.
                    let (wide, wide_next) =
                        unsafe { (Block256::load(&text, at), Block256::load_next(&text, at)) };
                    assert_eq!(wide.digits(), block.digits(), "{v:#x} at {at}");
                    for (lo, hi) in [(0, 0x20), (0x80, 0xFF), (b'a', b'z'), (v / 2, v), (v, v)] {
                        assert_eq!(wide.range(lo, hi), block.range(lo, hi), "{v:#x}");
                    }
                    assert_eq!(wide.pairs(&wide_next, &pairs), want, "{v:#x}");
                    assert_eq!(wide.eq(v), block.eq(v), "{v:#x}");
                    // SAFETY: AVX2 is there.
                    let wide_other = unsafe { Block256::load(&shifted, at) };
                    assert_eq!(wide.same(&wide_other), want_same, "{v:#x} at {at}");
                    for set in sets {
                        assert_eq!(wide.any_of(set), block.any_of(set), "{v:#x}");
                    }
                }
            }
        }
    }

    #[test]
    fn pair_tables_find_exactly_their_pairs() {
        let mut rng = crate::testutil::Rng::new(0x9E37_79B9);
        let mut by_nibbles = 0;
        for round in 0..400 {
            // Pairs over a small alphabet, so that the texts meet them often, and some of
            // them sharing bytes, so that buckets take several pairs.
            let alphabet: Vec<u8> = (0..8).map(|_| rng.next_u64() as u8).collect();
            let n = 3 + rng.below(14);
            let pairs: Vec<(u8, u8)> = (0..n)
                .map(|_| (alphabet[rng.below(8)], alphabet[rng.below(8)]))
                .collect();
            let table = PairTable::new(&pairs);
            by_nibbles += usize::from(table.by_nibbles());
            let text: Vec<u8> = (0..150)
                .map(|_| match rng.below(4) {
                    0 => rng.next_u64() as u8,
                    _ => alphabet[rng.below(8)],
                })
                .collect();
            for at in [0, 1, 63, 100, 149] {
                let (bytes, after) = (bytewise::load(&text, at), bytewise::load(&text, at + 1));
                let want = (0..64).fold(0u64, |m, i| {
                    m | u64::from(pairs.contains(&(bytes[i], after[i]))) << i
                });
                // SAFETY: `Block` needs nothing beyond the target's baseline.
                let got = unsafe {
                    let block = <Block as Classes>::load(&text, at);
                    block.pairs_in(&<Block as Classes>::load_next(&text, at), &table)
                };
                assert_eq!(got, want, "round {round} at {at}: {pairs:?}");
                #[cfg(target_arch = "x86_64")]
                if avx2() {
                    // SAFETY: AVX2 is there.
                    let got = unsafe {
                        let block = Block256::load(&text, at);
                        block.pairs_in(&Block256::load_next(&text, at), &table)
                    };
                    assert_eq!(got, want, "round {round} at {at}: {pairs:?}");
                }
            }
        }
        // The nibble tables were tried, not only the fallback.
        assert!(by_nibbles > 50, "{by_nibbles} tables by nibbles");
    }

    #[test]
    fn the_last_block_is_padded_with_zeros() {
        let b = Block::load(b"ab 12", 0);
        assert_eq!(b.digits(), 0b11000);
        assert_eq!(b.eq(b' '), 0b00100);
        assert_eq!(b.eq(0), !0b11111);
        assert_eq!(Block::load(b"ab 12", 3).digits(), 0b11);
    }
}
