//! Byte classes of 64-byte blocks as bit masks, for the scans that look for their cue bytes
//! (digits, the first letters of number words, clause breaks).
//!
//! A byte loop with a branch per byte costs more than everything the extractors then do at
//! the few places it finds. Here SSE2 (always there on x86_64) classifies 16 bytes at once;
//! other targets run the same classes byte by byte ([`masks_bytewise`], which is also the
//! test oracle).

/// The classes of the bytes of one block: bit `i` stands for byte `i`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Masks {
    /// ASCII digits.
    pub digits: u64,
    /// ASCII letters and digits.
    pub alnum: u64,
    /// Bytes of the set asked for.
    pub any_of: u64,
}

/// Calls `f(offset, masks)` for each block of 64 bytes of `b`, in order; the last block is
/// padded with zero bytes, which are in no class (`set` must not hold 0).
pub(crate) fn for_each(b: &[u8], set: &[u8], mut f: impl FnMut(usize, Masks)) {
    debug_assert!(!set.contains(&0));
    for i in (0..b.len()).step_by(64) {
        let n = (b.len() - i).min(64);
        let m = if n == 64 {
            masks(b[i..i + 64].try_into().expect("64 bytes"), set)
        } else {
            let mut block = [0u8; 64];
            block[..n].copy_from_slice(&b[i..]);
            masks(&block, set)
        };
        f(i, m);
    }
}

/// The [`Masks`] of the 64 bytes of `b` from `at` (fewer at the end, padded with zeros).
pub(crate) fn at(b: &[u8], at: usize, set: &[u8]) -> Masks {
    let n = (b.len() - at).min(64);
    if n == 64 {
        masks(b[at..at + 64].try_into().expect("64 bytes"), set)
    } else {
        let mut block = [0u8; 64];
        block[..n].copy_from_slice(&b[at..]);
        masks(&block, set)
    }
}

/// The [`Masks`] of `block`.
#[cfg(target_arch = "x86_64")]
pub(crate) fn masks(block: &[u8; 64], set: &[u8]) -> Masks {
    use std::arch::x86_64::*;
    let mut out = Masks {
        digits: 0,
        alnum: 0,
        any_of: 0,
    };
    for k in 0..4 {
        // SAFETY: SSE2 is part of x86_64, and the load reads 16 bytes inside `block`.
        let (d, a, s) = unsafe {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * k).cast());
            // Signed compares: bytes >= 0x80 are negative, in no ASCII range.
            let in_range = |v: __m128i, lo: u8, hi: u8| {
                _mm_and_si128(
                    _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1)),
                    _mm_cmplt_epi8(v, _mm_set1_epi8(hi as i8 + 1)),
                )
            };
            let d = in_range(v, b'0', b'9');
            // Setting bit 5 maps `A-Z` onto `a-z` and no other byte into it.
            let a = _mm_or_si128(
                d,
                in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z'),
            );
            let mut s = _mm_setzero_si128();
            for &c in set {
                s = _mm_or_si128(s, _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8)));
            }
            (
                _mm_movemask_epi8(d) as u16,
                _mm_movemask_epi8(a) as u16,
                _mm_movemask_epi8(s) as u16,
            )
        };
        out.digits |= u64::from(d) << (16 * k);
        out.alnum |= u64::from(a) << (16 * k);
        out.any_of |= u64::from(s) << (16 * k);
    }
    out
}

/// The [`Masks`] of `block`.
#[cfg(not(target_arch = "x86_64"))]
pub(crate) fn masks(block: &[u8; 64], set: &[u8]) -> Masks {
    masks_bytewise(block, set)
}

/// [`masks`] byte by byte (other targets, and the test of the SSE2 version).
#[cfg(any(test, not(target_arch = "x86_64")))]
pub(crate) fn masks_bytewise(block: &[u8; 64], set: &[u8]) -> Masks {
    let mut out = Masks {
        digits: 0,
        alnum: 0,
        any_of: 0,
    };
    for (i, &c) in block.iter().enumerate() {
        out.digits |= u64::from(c.is_ascii_digit()) << i;
        out.alnum |= u64::from(c.is_ascii_alphanumeric()) << i;
        out.any_of |= u64::from(set.contains(&c)) << i;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_classed_like_the_byte_loop() {
        let sets: [&[u8]; 3] = [b"", b";,.\n", &[b'b', b'm', 0xC3, 0xFF, 0x80]];
        // Each byte value at every lane, among neighbours that vary.
        for set in sets {
            for v in 0..=255u8 {
                let mut block = [0u8; 64];
                for (i, b) in block.iter_mut().enumerate() {
                    *b = if i % 3 == 0 {
                        v
                    } else {
                        (i as u8).wrapping_mul(37)
                    };
                }
                assert_eq!(masks(&block, set), masks_bytewise(&block, set), "{v:#x}");
            }
        }
    }

    #[test]
    fn the_last_block_is_padded() {
        let text = b"ab 12";
        let mut seen = Vec::new();
        for_each(text, b" ", |i, m| seen.push((i, m)));
        assert_eq!(
            seen,
            vec![(
                0,
                Masks {
                    digits: 0b11000,
                    alnum: 0b11011,
                    any_of: 0b00100
                }
            )]
        );
        assert_eq!(at(text, 3, b"").digits, 0b11);
    }
}
