//! Character encodings (SPEC §1): detecting and decoding the bytes of a document.
//!
//! This first version reads UTF-8 (with or without BOM) and UTF-16 with a BOM; any other
//! bytes are decoded as UTF-8 with replacement characters and a warning. Legacy Vietnamese
//! encodings and mojibake repair are implemented under their own issue.

use std::borrow::Cow;
use std::fmt;

/// The encodings a document can be read from; the record's `encoding` field names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without BOM.
    Utf8,
    /// UTF-16 little-endian (with BOM).
    Utf16Le,
    /// UTF-16 big-endian (with BOM).
    Utf16Be,
    /// Windows-1258 (base letter plus combining tone byte).
    Windows1258,
    /// TCVN 5712:1993 / ABC, the .VnTime fonts' 8-bit layout.
    Tcvn3,
    /// VNI-Windows font text.
    Vni,
    /// VISCII.
    Viscii,
    /// UTF-8 that was once decoded as Windows-1252/Latin-1 and saved again, repaired.
    Utf8Mojibake,
}

impl Encoding {
    /// Every encoding, for parsing and documentation.
    pub const ALL: [Encoding; 8] = [
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1258,
        Encoding::Tcvn3,
        Encoding::Vni,
        Encoding::Viscii,
        Encoding::Utf8Mojibake,
    ];

    /// The name used in records and on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1258 => "windows-1258",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
            Encoding::Viscii => "viscii",
            Encoding::Utf8Mojibake => "utf-8-mojibake",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Encoding {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let want = s.to_ascii_lowercase();
        Encoding::ALL
            .into_iter()
            .find(|e| e.name() == want)
            .ok_or_else(|| {
                let names: Vec<_> = Encoding::ALL.iter().map(|e| e.name()).collect();
                crate::Error::config(format!(
                    "unknown encoding {s:?}: expected one of {}",
                    names.join(", ")
                ))
            })
    }
}

/// A decoded document text.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, not yet normalised.
    pub text: Cow<'a, str>,
    /// The encoding it was read from.
    pub encoding: Encoding,
    /// A note for the record's `warnings`, e.g. when bytes had to be replaced.
    pub warning: Option<String>,
}

/// Decodes a document's bytes, detecting the encoding unless `forced`.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded<'_>, String> {
    if let Some(enc) = forced {
        return decode_as(bytes, enc);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_as(rest, Encoding::Utf8);
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return decode_as(bytes, Encoding::Utf16Le);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return decode_as(bytes, Encoding::Utf16Be);
    }
    decode_as(bytes, Encoding::Utf8)
}

/// Decodes `bytes` as `enc`.
pub fn decode_as(bytes: &[u8], enc: Encoding) -> Result<Decoded<'_>, String> {
    match enc {
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let codec = if enc == Encoding::Utf16Le {
                encoding_rs::UTF_16LE
            } else {
                encoding_rs::UTF_16BE
            };
            let (text, had_errors) = codec.decode_with_bom_removal(bytes);
            let warning =
                had_errors.then(|| format!("invalid {} sequences were replaced", enc.name()));
            Ok(Decoded {
                text,
                encoding: enc,
                warning,
            })
        }
        _ => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            match std::str::from_utf8(bytes) {
                Ok(s) => Ok(Decoded {
                    text: Cow::Borrowed(s),
                    encoding: Encoding::Utf8,
                    warning: None,
                }),
                Err(_) => Ok(Decoded {
                    text: String::from_utf8_lossy(bytes),
                    encoding: Encoding::Utf8,
                    warning: Some("invalid UTF-8 was replaced with U+FFFD".to_string()),
                }),
            }
        }
    }
}

/// Repairs a text that arrived as a Unicode string (a JSONL field) but may hold mojibake.
/// Returns `None` when the text is already right.
pub fn repair_text(_text: &str) -> Option<(String, Encoding)> {
    None
}
