//! Telling binary files from text before decoding, so that a PNG, a PDF or a block of random
//! bytes becomes one error record `binary file (…)` instead of a record of garbage text.
//!
//! Two cheap checks on the first [`SAMPLE`] bytes, nothing more:
//!
//! 1. A known magic number at the start ([`SIGNATURES`]): `\x89PNG`, `%PDF-`, `PK\x03\x04`,
//!    gzip, ELF, … These formats can look like text for kilobytes (a PDF header is ASCII).
//! 2. Control bytes that text does not hold: NUL, BEL, BS, SO, SI, DLE, CAN, the separators
//!    FS/GS/US and DEL ([`is_suspicious`]). One in a hundred bytes (and at least
//!    [`MIN_SUSPICIOUS`]) makes the sample binary; random bytes have about four in a hundred.
//!
//! What is *not* binary:
//! - Legacy 8-bit Vietnamese text (TCVN3, VNI, VISCII, Windows-1258): their letters live in
//!   0x80–0xFF and, for VISCII and TCVN 5712 VN1, in a few C0 positions (0x01–0x06,
//!   0x11–0x17, 0x19, 0x1E), which are therefore not counted as suspicious.
//! - UTF-16 with a byte-order mark (its NUL bytes are half of every ASCII character), and
//!   without one when its code units decode to text (`encoding::sniff_utf16`).
//! - A text with a stray NUL byte or two: one suspicious byte is not enough.
//! - Invalid UTF-8 as such: that is the decoder's business (replacement and a warning).

/// How many leading bytes are examined. Enough to see past any header, small enough that the
/// check costs nothing next to reading the file.
pub const SAMPLE: usize = 64 << 10;

/// Fewest suspicious bytes that can make a sample binary (so a stray NUL never does).
pub const MIN_SUSPICIOUS: usize = 4;

/// Magic numbers of common binary formats: offset, bytes, what the file is.
pub const SIGNATURES: &[(usize, &[u8], &str)] = &[
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"\xFF\xD8\xFF", "JPEG image"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"PK\x03\x04", "ZIP archive or Office document"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"\x1F\x8B", "gzip data"),
    (0, b"\x28\xB5\x2F\xFD", "Zstandard data"),
    (0, b"\xFD7zXZ\x00", "xz data"),
    (0, b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    (0, b"Rar!\x1A\x07", "RAR archive"),
    (0, b"\x04\x22\x4D\x18", "LZ4 data"),
    (257, b"ustar", "tar archive"),
    (0, b"\x7FELF", "ELF executable"),
    (0, b"\xCA\xFE\xBA\xBE", "Java class or Mach-O binary"),
    (0, b"\xCF\xFA\xED\xFE", "Mach-O binary"),
    (0, b"\x00asm", "WebAssembly module"),
    (
        0,
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "old Office document",
    ),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"OggS\x00", "Ogg media"),
    (0, b"ID3\x03", "MP3 audio"),
    (0, b"ID3\x04", "MP3 audio"),
    (4, b"ftyp", "MP4 or QuickTime media"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"\x00\x01\x00\x00\x00", "TrueType font"),
];

/// Byte-order marks of UTF-16: text whatever the NUL bytes say.
const UTF16_BOMS: &[&[u8]] = &[b"\xFF\xFE", b"\xFE\xFF"];

/// Control bytes that plain text (in any encoding we read) does not contain. Tab, line feed,
/// vertical tab, form feed, carriage return, ESC and SUB (a DOS end-of-file mark) are text;
/// 0x01–0x06, 0x11–0x17, 0x19 and 0x1E are letters in VISCII or TCVN 5712 VN1.
pub const fn is_suspicious(b: u8) -> bool {
    // `matches!(b, 0x00 | 0x07 | 0x08 | 0x0E..=0x10 | 0x18 | 0x1C | 0x1D | 0x1F | 0x7F)`,
    // written as comparisons joined without branches so that a loop over bytes vectorises.
    (b == 0x00)
        | (b.wrapping_sub(0x07) < 2)
        | (b.wrapping_sub(0x0E) < 3)
        | (b == 0x18)
        | (b.wrapping_sub(0x1C) < 2)
        | (b == 0x1F)
        | (b == 0x7F)
}

/// What kind of binary file `bytes` starts like, or `None` when it may be text.
///
/// ```
/// use vnextract::input::binary::detect;
/// assert_eq!(detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("PNG image"));
/// assert_eq!(detect("Hà Nội tăng 5%".as_bytes()), None);
/// assert_eq!(detect(b"a\0b"), None); // one stray NUL byte is not enough
/// ```
pub fn detect(bytes: &[u8]) -> Option<&'static str> {
    for &(offset, magic, what) in SIGNATURES {
        if bytes.get(offset..offset + magic.len()) == Some(magic) {
            return Some(what);
        }
    }
    if UTF16_BOMS.iter().any(|bom| bytes.starts_with(bom)) {
        return None;
    }
    // UTF-16 without a BOM that decodes to text is the decoder's (encoding::sniff_utf16).
    if super::encoding::sniff_utf16(bytes).is_some() {
        return None;
    }
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    // Text has none: looked for first without branches, so that the compiler vectorises it.
    if sample
        .iter()
        .fold(0u8, |acc, &b| acc | u8::from(is_suspicious(b)))
        == 0
    {
        return None;
    }
    let suspicious = sample.iter().filter(|&&b| is_suspicious(b)).count();
    if suspicious < MIN_SUSPICIOUS || suspicious * 100 < sample.len() {
        return None;
    }
    // NUL bytes at even and odd offsets: text in UTF-16 without a byte-order mark has them
    // all on one side.
    let mut nul = [0usize; 2];
    for (i, &b) in sample.iter().enumerate() {
        nul[i & 1] += usize::from(b == 0);
    }
    let nuls = nul[0] + nul[1];
    if nuls * 4 >= sample.len() && nul[0].min(nul[1]) * 20 < nuls {
        Some("NUL bytes in every other position: UTF-16 without a byte-order mark?")
    } else {
        Some("control bytes that text does not contain")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn suspicious_bytes_are_the_listed_ones() {
        for b in 0..=255u8 {
            let listed = matches!(
                b,
                0x00 | 0x07 | 0x08 | 0x0E..=0x10 | 0x18 | 0x1C | 0x1D | 0x1F | 0x7F
            );
            assert_eq!(is_suspicious(b), listed, "{b:#04x}");
        }
    }

    use super::*;

    /// A deterministic stream of pseudo-random bytes.
    fn noise(n: usize) -> Vec<u8> {
        let mut rng = crate::testutil::Rng::new(0x2545_F491_4F6C_DD1D);
        (0..n).map(|_| (rng.next_u64() >> 32) as u8).collect()
    }

    #[test]
    fn binary_formats() {
        let cases: &[(&[u8], &str)] = &[
            (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "PDF document"),
            (b"GIF89a\x01\x00\x01\x00", "GIF image"),
            (
                b"PK\x03\x04\x14\x00\x06\x00",
                "ZIP archive or Office document",
            ),
            (b"\x1F\x8B\x08\x00", "gzip data"),
            (b"\x7FELF\x02\x01\x01", "ELF executable"),
        ];
        for (bytes, what) in cases {
            assert_eq!(detect(bytes), Some(*what), "{bytes:?}");
        }
        let mut tar = vec![b'a'; 600];
        tar[257..262].copy_from_slice(b"ustar");
        assert_eq!(detect(&tar), Some("tar archive"));
    }

    #[test]
    fn random_bytes_are_binary() {
        for n in [200, 1000, 100_000] {
            assert!(detect(&noise(n)).is_some(), "{n} random bytes");
        }
    }

    #[test]
    fn utf16_without_bom_is_text() {
        let bytes: Vec<u8> = "Hà Nội tăng trưởng"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        // The decoder reads it (encoding::sniff_utf16); only UTF-16-like NUL patterns that
        // do not decode to text are still named.
        assert_eq!(detect(&bytes), None);
        let mut odd: Vec<u8> = (0..400u32).flat_map(|i| [(i % 7) as u8 + 1, 0]).collect();
        odd.extend_from_slice(&[0x10; 8]);
        assert!(detect(&odd).unwrap().contains("UTF-16"));
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend_from_slice(&bytes);
        assert_eq!(detect(&with_bom), None);
    }

    #[test]
    fn text_is_not_binary() {
        let cases: &[&[u8]] = &[
            b"",
            b" ",
            b"a",
            "Tăng 5% so với năm trước.\r\n\x0c\tHết.\x1a".as_bytes(),
            b"a\x00b 5%",
            // VISCII and TCVN 5712 letters in the C0 range.
            b"\x02\x05\x06\x14\x19\x1e \x01\x04\x11\x12\x13\x15\x16\x17 text",
        ];
        for bytes in cases {
            assert_eq!(detect(bytes), None, "{bytes:?}");
        }
    }
}
