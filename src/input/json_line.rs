//! JSON Lines input: one line parsed into its object, the text field taken the fast way.

use serde_json::{Map, Value as Json};

/// `line` parsed as a JSON object, exactly as `sonic_rs::from_slice::<Json>` parses it, or
/// `None` when that would not give an object with a string field `text_field` (other
/// values, invalid JSON, an escape this function does not take): the caller then parses
/// the line the plain way, which gives the same value or the error.
///
/// The plain way unescapes the text (the big field) into a scratch buffer that grows about
/// five times per document and then copies it into the string. Here the text is only
/// skipped by the parser (validated, and kept as its raw JSON) and then unescaped once into
/// a string of the right size. Every other field is parsed as before.
pub fn parse_object_fast(line: &[u8], text_field: &str) -> Option<Json> {
    // `from_slice` validates the line's UTF-8 up front with `simdutf8` too, and fails on
    // invalid UTF-8 anywhere, also in a skipped value; `from_str` does not check again.
    let line = simdutf8::basic::from_utf8(line).ok()?;
    let mut de = sonic_rs::Deserializer::from_str(line);
    let fields = serde::de::DeserializeSeed::deserialize(LineSeed { text_field }, &mut de).ok()?;
    de.end().ok()?;
    let mut obj = fields.others;
    let text = unescape_json_string(fields.text?.as_raw_str())?;
    *obj.get_mut(text_field)? = Json::String(text);
    Some(Json::Object(obj))
}

/// The fields of a JSONL line: the text field's value as raw JSON, every other field as a
/// value (the text field's key with a placeholder).
struct LineFields<'a> {
    others: Map<String, Json>,
    text: Option<sonic_rs::LazyValue<'a>>,
}

/// Parses a [`LineFields`], given the name of the text field.
struct LineSeed<'f> {
    text_field: &'f str,
}

impl<'de> serde::de::DeserializeSeed<'de> for LineSeed<'_> {
    type Value = LineFields<'de>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<LineFields<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for LineSeed<'_> {
    type Value = LineFields<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    // As `serde_json`'s value visitor does for an object: keys as strings, values inserted
    // in order, a repeated key keeping its last value.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = LineFields {
            others: Map::new(),
            text: None,
        };
        while let Some(key) = map.next_key::<String>()? {
            if key == self.text_field {
                // A repeated text field goes the plain way: its earlier value is parsed there,
                // and can be an error.
                if fields.text.is_some() {
                    return Err(serde::de::Error::custom("repeated text field"));
                }
                fields.text = Some(map.next_value()?);
                // Held in its place among the keys until the text is unescaped.
                fields.others.insert(key, Json::Null);
            } else {
                let value: Json = map.next_value()?;
                fields.others.insert(key, value);
            }
        }
        Ok(fields)
    }
}

/// The value of the JSON string `raw` (with its quotes, as the parser validated it: no
/// control characters, no unescaped quote), or `None` when it is not a string or holds an
/// escape other than `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\uXXXX` of a
/// character or of a surrogate pair.
fn unescape_json_string(raw: &str) -> Option<String> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let b = inner.as_bytes();
    let mut out = String::with_capacity(inner.len());
    let mut pos = 0; // inner[..pos] is in `out`
    while let Some(k) = memchr::memchr(b'\\', &b[pos..]) {
        let at = pos + k;
        out.push_str(&inner[pos..at]);
        let (c, len) = match *b.get(at + 1)? {
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'/' => ('/', 2),
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b't' => ('\t', 2),
            b'u' => match hex4(b.get(at + 2..at + 6)?)? {
                high @ 0xD800..=0xDBFF => {
                    if b.get(at + 6..at + 8)? != b"\\u" {
                        return None;
                    }
                    let low = hex4(b.get(at + 8..at + 12)?)?;
                    if !(0xDC00..=0xDFFF).contains(&low) {
                        return None;
                    }
                    let cp = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    (char::from_u32(cp)?, 12)
                }
                cp => (char::from_u32(cp)?, 6), // `None` for a lone low surrogate
            },
            _ => return None,
        };
        out.push(c);
        pos = at + len;
    }
    out.push_str(&inner[pos..]);
    Some(out)
}

/// The number written by four hex digits.
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| {
        let v = (d as char).to_digit(16)?;
        Some(n << 4 | v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the plain parse gives, for comparing with [`parse_object_fast`].
    fn plain(line: &[u8]) -> Result<Json, String> {
        sonic_rs::from_slice::<Json>(line).map_err(|e| e.to_string())
    }

    fn check(line: &[u8], field: &str) {
        if let Some(fast) = parse_object_fast(line, field) {
            assert_eq!(Ok(fast), plain(line), "{:?}", String::from_utf8_lossy(line));
        }
    }

    #[test]
    fn agrees_with_the_plain_parse() {
        // Lines around a text value of escapes (good and bad), surrogates, raw bytes (bad
        // UTF-8, control characters), with other fields, repeated keys, trailing garbage.
        let heads: &[&[u8]] = &[
            br#"{"id": 7, "text": ""#,
            br#"{"text": ""#,
            br#"{"a": [1, {"b": null}], "text": ""#,
            br#"{"text": 1, "text": ""#,
            br#"{"text": "x", "text": ""#,
            br#"["#,
            br#"{"id": "#,
            b"",
        ];
        let parts: &[&[u8]] = &[
            b"a",
            b" ",
            b"\\n",
            b"\\\\",
            b"\\\"",
            b"\\/",
            b"\\t",
            b"\\b",
            b"\\f",
            b"\\r",
            b"\\u00e9",
            b"\\u1EC7",
            b"\\uD83D\\uDE00",
            b"\\uD83D",
            b"\\uDE00",
            b"\\uD83Dx",
            b"\\uZZZZ",
            b"\\u12",
            b"\\x",
            b"\\",
            "Việt".as_bytes(),
            b"\xC3",
            b"\xFF",
            b"\n",
            b"\x01",
            b"\"",
            b"{",
            b"}",
            b":",
            b",",
        ];
        let tails: &[&[u8]] = &[
            br#""}"#,
            br#"", "id": "x"}"#,
            br#"", "text": "y"}"#,
            br#"", "text": 5}"#,
            br#""} x"#,
            br#"""#,
            br#""}}"#,
            br#"" }  "#,
        ];
        let mut rng = crate::testutil::Rng::new(0x2545_F491_4F6C_DD1D);
        let mut fast = 0;
        for _ in 0..100_000 {
            let mut line = heads[rng.below(heads.len())].to_vec();
            for _ in 0..rng.below(12) {
                line.extend_from_slice(parts[rng.below(parts.len())]);
            }
            line.extend_from_slice(tails[rng.below(tails.len())]);
            check(&line, "text");
            check(&line, "id");
            fast += usize::from(parse_object_fast(&line, "text").is_some());
        }
        assert!(fast > 2_000, "the fast path was taken {fast} times");
    }

    #[test]
    fn takes_the_common_lines() {
        for (line, text) in [
            (
                &br#"{"id": "a", "text": "Vi\u1ec7t\nNam \"x\" \/ \\ \ud83d\ude00"}"#[..],
                "Việt\nNam \"x\" / \\ 😀",
            ),
            (br#"{"text": "", "meta": {"a": [1, 2.5, null]}}"#, ""),
            (br#"{"text": "plain"}"#, "plain"),
        ] {
            let got = parse_object_fast(line, "text").expect("fast path");
            assert_eq!(got["text"], text);
            assert_eq!(Ok(got), plain(line));
        }
        for line in [
            &br#"{"text": 5}"#[..],
            br#"{"text": "\ud800"}"#,
            br#"{"text": "\udc00x"}"#,
            br#"{"text": "a\qb"}"#,
            br#"["text"]"#,
            br#"{"text": "a"} x"#,
            b"{\"text\": \"a\xFFb\"}",
            br#"{"id": "x"}"#,
            br#"{"text": 1, "text": "last"}"#,
        ] {
            assert_eq!(parse_object_fast(line, "text"), None, "{line:?}");
        }
    }
}
