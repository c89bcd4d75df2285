//! Byte tables of the legacy 8-bit Vietnamese encodings, as data.
//!
//! The TCVN3 and VISCII tables are those of glibc's iconv charmaps `TCVN` (TCVN 5712:1993,
//! whose lower-case letters are the ABC / .VnTime layout) and `VISCII` (RFC 1456). Bytes
//! below 0x80 that are not listed in a `_C0` table are ASCII. TCVN3 bytes 0xB0..=0xB4 are
//! combining tone marks; the normaliser composes them (NFC).
//!
//! VNI-Windows is a font encoding: its bytes are read through Windows-1252, and a toned or
//! hatted vowel is the plain vowel followed by one mark byte (`Vie` + `ä` + `t` = `Việt`).
//! A few letters are single bytes (`ô` = `ơ`, `ö` = `ư`, `ñ` = `đ`, and the toned `i`s).
//! Upper-case text uses the upper-case form of the same byte.

/// TCVN3: the control bytes that stand for letters.
pub(super) const TCVN3_C0: [(u8, char); 12] = [
    (0x01, 'Ú'),
    (0x02, 'Ụ'),
    (0x04, 'Ừ'),
    (0x05, 'Ử'),
    (0x06, 'Ữ'),
    (0x11, 'Ứ'),
    (0x12, 'Ự'),
    (0x13, 'Ỳ'),
    (0x14, 'Ỷ'),
    (0x15, 'Ỹ'),
    (0x16, 'Ý'),
    (0x17, 'Ỵ'),
];
/// TCVN3: the characters of bytes 0x80..=0xFF, sixteen to a row.
pub(super) const TCVN3_HIGH: [char; 128] = [
    // 0x80
    'À', 'Ả', 'Ã', 'Á', 'Ạ', 'Ặ', 'Ậ', 'È', 'Ẻ', 'Ẽ', 'É', 'Ẹ', 'Ệ', 'Ì', 'Ỉ', 'Ĩ',
    // 0x90
    'Í', 'Ị', 'Ò', 'Ỏ', 'Õ', 'Ó', 'Ọ', 'Ộ', 'Ờ', 'Ở', 'Ỡ', 'Ớ', 'Ợ', 'Ù', 'Ủ', 'Ũ',
    // 0xA0
    '\u{00A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ',
    // 0xB0
    '\u{0300}', '\u{0309}', '\u{0303}', '\u{0301}', '\u{0323}', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ',
    'ẳ', 'ẵ', 'ắ', 'Ẵ', // 0xC0
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ',
    // 0xD0
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò',
    // 0xE0
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
    // 0xF0
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố',
];
/// VISCII: the control bytes that stand for letters.
pub(super) const VISCII_C0: [(u8, char); 6] = [
    (0x02, 'Ẳ'),
    (0x05, 'Ẵ'),
    (0x06, 'Ẫ'),
    (0x14, 'Ỷ'),
    (0x19, 'Ỹ'),
    (0x1E, 'Ỵ'),
];
/// VISCII: the characters of bytes 0x80..=0xFF, sixteen to a row.
pub(super) const VISCII_HIGH: [char; 128] = [
    // 0x80
    'Ạ', 'Ắ', 'Ằ', 'Ặ', 'Ấ', 'Ầ', 'Ẩ', 'Ậ', 'Ẽ', 'Ẹ', 'Ế', 'Ề', 'Ể', 'Ễ', 'Ệ', 'Ố',
    // 0x90
    'Ồ', 'Ổ', 'Ỗ', 'Ộ', 'Ợ', 'Ớ', 'Ờ', 'Ở', 'Ị', 'Ỏ', 'Ọ', 'Ỉ', 'Ủ', 'Ũ', 'Ụ', 'Ỳ',
    // 0xA0
    'Õ', 'ắ', 'ằ', 'ặ', 'ấ', 'ầ', 'ẩ', 'ậ', 'ẽ', 'ẹ', 'ế', 'ề', 'ể', 'ễ', 'ệ', 'ố',
    // 0xB0
    'ồ', 'ổ', 'ỗ', 'Ỡ', 'Ơ', 'ộ', 'ờ', 'ở', 'ị', 'Ự', 'Ứ', 'Ừ', 'Ử', 'ơ', 'ớ', 'Ư',
    // 0xC0
    'À', 'Á', 'Â', 'Ã', 'Ả', 'Ă', 'ẳ', 'ẵ', 'È', 'É', 'Ê', 'Ẻ', 'Ì', 'Í', 'Ĩ', 'ỳ',
    // 0xD0
    'Đ', 'ứ', 'Ò', 'Ó', 'Ô', 'ạ', 'ỷ', 'ừ', 'ử', 'Ù', 'Ú', 'ỹ', 'ỵ', 'Ý', 'ỡ', 'ư',
    // 0xE0
    'à', 'á', 'â', 'ã', 'ả', 'ă', 'ữ', 'ẫ', 'è', 'é', 'ê', 'ẻ', 'ì', 'í', 'ĩ', 'ỉ',
    // 0xF0
    'đ', 'ự', 'ò', 'ó', 'ô', 'õ', 'ỏ', 'ọ', 'ụ', 'ù', 'ú', 'ũ', 'ủ', 'ý', 'ợ', 'Ữ',
];

/// VNI: bytes that are a whole letter, as (lower-case byte, upper-case byte, lower-case letter).
pub(super) const VNI_LETTERS: [(u8, u8, char); 9] = [
    (0xF4, 0xD4, 'ơ'),
    (0xF6, 0xD6, 'ư'),
    (0xF1, 0xD1, 'đ'),
    (0xED, 0xCD, 'í'),
    (0xEC, 0xCC, 'ì'),
    (0xE6, 0xC6, 'ỉ'),
    (0xF3, 0xD3, 'ĩ'),
    (0xF2, 0xD2, 'ị'),
    (0xEE, 0xCE, 'ỵ'),
];

/// VNI: mark bytes that follow a vowel, as (lower-case byte, upper-case byte, the combining
/// marks they add, in canonical order: the dot below before a hat, a hat before the other
/// tones).
pub(super) const VNI_MARKS: [(u8, u8, &str); 17] = [
    // The five tones alone.
    (0xF9, 0xD9, "\u{301}"), // ù: sắc
    (0xF8, 0xD8, "\u{300}"), // ø: huyền
    (0xFB, 0xDB, "\u{309}"), // û: hỏi
    (0xF5, 0xD5, "\u{303}"), // õ: ngã
    (0xEF, 0xCF, "\u{323}"), // ï: nặng
    // Circumflex (â, ê, ô), alone and with each tone.
    (0xE2, 0xC2, "\u{302}"),
    (0xE1, 0xC1, "\u{302}\u{301}"),
    (0xE0, 0xC0, "\u{302}\u{300}"),
    (0xE5, 0xC5, "\u{302}\u{309}"),
    (0xE3, 0xC3, "\u{302}\u{303}"),
    (0xE4, 0xC4, "\u{323}\u{302}"),
    // Breve (ă), alone and with each tone.
    (0xEA, 0xCA, "\u{306}"),
    (0xE9, 0xC9, "\u{306}\u{301}"),
    (0xE8, 0xC8, "\u{306}\u{300}"),
    (0xFA, 0xDA, "\u{306}\u{309}"),
    (0xFC, 0xDC, "\u{306}\u{303}"),
    (0xEB, 0xCB, "\u{323}\u{306}"),
];

/// Windows-1252's characters for bytes 0x80..=0x9F (WHATWG: the five undefined bytes are
/// the C1 controls of the same value, as Latin-1 reads them).
pub(super) const CP1252_80: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// VNI as the `vietnamese-conversion` converter writes it (the fixture's writer), which
/// differs from the VNI fonts for two letters: `ỷ` is the single byte `ë` (where the fonts
/// write `yû`), and `ỹ` is `ì`, the same byte as the letter `ì` (the fonts: `yõ`).
/// `ë` after anything but `a` can only be `ỷ`, so it is always read so.
pub(super) const VNI_ALT_LETTERS: [(u8, u8, char); 1] = [(0xEB, 0xCB, 'ỷ')];

/// The onsets after which a word-final `ì` is read `ỹ` in a document that shows the
/// converter's VNI (a `ỷ` written `ë`, no `yõ`/`yû`): `kỹ`, `Mỹ`, `sỹ` are common and
/// `kì`, `mì`, `sì` rarer.
pub(super) const VNI_ALT_Y_TILDE_ONSETS: [&str; 3] = ["k", "m", "s"];
