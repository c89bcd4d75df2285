//! Encodings (SPEC §1, issue 9): legacy 8-bit Vietnamese encodings, UTF-16 and mojibake.
//!
//! The vectors in `fixtures/encodings/` hold one text (`source.txt`) as other converters
//! wrote it in each encoding (see the README there). Each must decode, with no encoding
//! forced, to the right encoding name and normalise to `source.txt` exactly; cut into single
//! lines, each line of 30 characters or more must still be detected.

use std::path::PathBuf;

use vnextract::input::encoding::{decode, repair_text};
use vnextract::{normalize, Encoding, ToneStyle};

/// Each vector and the encoding it must be detected as.
const VECTORS: &[(&str, Encoding)] = &[
    ("source.txt", Encoding::Utf8),
    ("source.utf-8-nfd.txt", Encoding::Utf8),
    ("source.utf-16le-bom.txt", Encoding::Utf16Le),
    ("source.windows-1258.txt", Encoding::Windows1258),
    ("source.tcvn3.txt", Encoding::Tcvn3),
    ("source.vni.txt", Encoding::Vni),
    ("source.viscii.txt", Encoding::Viscii),
    ("source.mojibake.txt", Encoding::Utf8Mojibake),
];

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/encodings")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

fn source() -> String {
    String::from_utf8(fixture("source.txt")).expect("source.txt is UTF-8")
}

#[test]
fn every_vector_decodes_to_the_source() {
    let want = source();
    for &(name, enc) in VECTORS {
        let bytes = fixture(name);
        let d = decode(&bytes, None).expect("decodes");
        assert_eq!(d.encoding, enc, "{name}: detected as {}", d.encoding);
        assert!(d.warning.is_none(), "{name}: {:?}", d.warning);
        let text = normalize(&d.text, ToneStyle::Keep);
        assert!(
            text.trim_end() == want.trim_end(),
            "{name}: decodes to something else than source.txt; first difference at line {:?}",
            text.lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .map(|i| (i, text.lines().nth(i), want.lines().nth(i)))
        );
    }
}

#[test]
fn forcing_the_encoding_gives_the_same_text() {
    let want = source();
    for &(name, enc) in VECTORS {
        let bytes = fixture(name);
        let d = decode(&bytes, Some(enc)).expect("decodes");
        assert_eq!(
            normalize(&d.text, ToneStyle::Keep).trim_end(),
            want.trim_end(),
            "{name}"
        );
    }
}

/// Splits a vector's bytes into lines (UTF-16LE on the code unit `\n`, without the BOM).
fn lines_of(bytes: &[u8], enc: Encoding) -> Vec<Vec<u8>> {
    if enc == Encoding::Utf16Le {
        let body = &bytes[2..];
        let mut out = vec![Vec::new()];
        for unit in body.chunks_exact(2) {
            if unit == [b'\n', 0] {
                out.push(Vec::new());
            } else {
                out.last_mut().unwrap().extend_from_slice(unit);
            }
        }
        return out;
    }
    bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect()
}

/// Detection accuracy on single lines of 30 characters or more, per vector; the exact text
/// is reported too. In VNI a line with `kỹ` and no other sign of the converter's dialect
/// decodes to `kì` (see `VNI_ALT_Y_TILDE_ONSETS`): the encoding is right, one tone is not.
#[test]
fn single_lines_are_detected() {
    let want = source();
    let want: Vec<&str> = want.lines().collect();
    let mut report = String::new();
    let mut failed = Vec::new();
    for &(name, enc) in VECTORS {
        let lines = lines_of(&fixture(name), enc);
        let (mut detected, mut exact, mut total, mut ascii) = (0u32, 0u32, 0u32, 0u32);
        let mut wrong = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let Some(&expected) = want.get(i) else {
                continue;
            };
            if expected.chars().count() < 30 {
                continue;
            }
            if line.is_ascii() {
                // Plain ASCII reads the same in every encoding: nothing to detect.
                ascii += 1;
                continue;
            }
            total += 1;
            let d = decode(line, None).expect("decodes");
            let text = normalize(&d.text, ToneStyle::Keep);
            if d.encoding == enc {
                detected += 1;
            } else {
                wrong.push((i + 1, d.encoding));
            }
            exact += u32::from(d.encoding == enc && text.trim() == expected.trim());
        }
        let accuracy = f64::from(detected) / f64::from(total.max(1));
        report.push_str(&format!(
            "{name}: detected {detected}/{total} = {accuracy:.3}, exact text {exact}/{total} \
             ({ascii} ASCII-only lines skipped); wrong (line, detected): {wrong:?}\n"
        ));
        if accuracy < 0.98 {
            failed.push(name);
        }
    }
    eprintln!("{report}");
    assert!(
        failed.is_empty(),
        "line accuracy < 0.98 for {failed:?}\n{report}"
    );
}

/// Shorter pieces still: runs of eight words cut from every line (titles and short
/// sentences are that long). Reported, and held to 0.95: a piece of one or two words can
/// be the same text in two encodings (`này` in VISCII and Windows-1258).
#[test]
fn eight_word_pieces_are_detected() {
    let mut report = String::new();
    for &(name, enc) in VECTORS {
        if enc == Encoding::Utf16Le {
            continue; // Cut on the byte 0x20, which UTF-16 does not allow.
        }
        let (mut detected, mut total) = (0u32, 0u32);
        for line in lines_of(&fixture(name), enc) {
            let words: Vec<&[u8]> = line.split(|&b| b == b' ').collect();
            for piece in words.chunks(8) {
                let piece = piece.join(&b' ');
                if piece.is_ascii() {
                    continue;
                }
                total += 1;
                detected += u32::from(decode(&piece, None).expect("decodes").encoding == enc);
            }
        }
        let accuracy = f64::from(detected) / f64::from(total.max(1));
        report.push_str(&format!("{name}: {detected}/{total} = {accuracy:.3}\n"));
        assert!(accuracy >= 0.95, "{name}: {accuracy:.3}\n{report}");
    }
    eprintln!("{report}");
}

/// Clean UTF-8 that must come back unchanged, as `utf-8`, borrowed.
const CLEAN: &[&str] = &[
    "Việt Nam có 866.020 người tham gia bảo hiểm xã hội.",
    "Giá: 5.000 đ — “rẻ” « quá » © 2020, 25°C, ½ giờ.",
    "TÂM ĐIỂM: CHÂU Á\u{A0}và ÂU",
    "Tiếng Nga: Москва, tiếng Hy Lạp: αβγ, tiếng Trung: 中国, Ả Rập: مرحبا",
    "Cá» là gì? Ã là chữ cái.",
    "Hòa\u{A0}bình, Thủy điện Sơn La™ và café naïve.",
    "plain ASCII text",
    "",
    // Other scripts, whole documents of them.
    "Москва — столица России, крупнейший по численности населения город страны.",
    "Η Αθήνα είναι η πρωτεύουσα και μεγαλύτερη πόλη της Ελλάδας.",
    "القاهرة هي عاصمة جمهورية مصر العربية وأكبر مدنها.",
    "北京是中华人民共和国的首都。東京は日本の首都です。서울은 대한민국의 수도이다.",
    "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย",
    "Zürich, São Paulo, Kraków, İstanbul, Reykjavík, Ðakovo, Dvořák, Łódź.",
];

#[test]
fn clean_utf8_is_untouched() {
    for t in CLEAN {
        let d = decode(t.as_bytes(), None).expect("decodes");
        assert_eq!(d.encoding, Encoding::Utf8, "{t}");
        assert_eq!(d.text, *t);
        assert!(matches!(d.text, std::borrow::Cow::Borrowed(_)), "{t}");
        assert_eq!(repair_text(t), None, "{t}");
    }
}

/// Mojibake and what it must become, inside otherwise clean text too.
const MOJIBAKE: &[(&str, &str)] = &[
    ("Viá»‡t Nam", "Việt Nam"),
    ("Ä‘Æ°á»£c cÃ´ng nháº\u{AD}n", "được công nhận"),
    ("â€œtrÃ\u{AD}ch dáº«nâ€\u{9D}", "“trích dẫn”"),
    ("HÄ\u{90}ND tá»‰nh", "HĐND tỉnh"),
    ("Dòng sạch.\nDÃ²ng há»\u{8F}ng.", "Dòng sạch.\nDòng hỏng."),
    // Twice through the wrong decoding.
    ("ViÃ¡Â»â€¡t", "Việt"),
];

#[test]
fn mojibake_is_repaired() {
    for &(bad, good) in MOJIBAKE {
        let (fixed, enc) = repair_text(bad).unwrap_or_else(|| panic!("not repaired: {bad}"));
        assert_eq!(enc, Encoding::Utf8Mojibake);
        assert_eq!(fixed, good);
        let d = decode(bad.as_bytes(), None).expect("decodes");
        assert_eq!(d.encoding, Encoding::Utf8Mojibake);
        assert_eq!(d.text, good);
    }
}

#[test]
fn other_invalid_bytes_stay_lossy_utf8() {
    for bytes in [
        &b"Vi\xe1\xbb\x87t Nam \xff\xfe\xfd bad"[..],
        &b"\x00\x01\x02\x89PNG\r\n\x1a\n"[..],
        &b"caf\xe9 au lait"[..],
    ] {
        let d = decode(bytes, None).expect("decodes");
        assert_eq!(d.encoding, Encoding::Utf8, "{bytes:?}");
        assert!(d.warning.is_some());
    }
}

#[test]
fn pipeline_reports_the_encoding() {
    let p = vnextract::Pipeline::default();
    let doc = vnextract::input::Document {
        id: "x".into(),
        source: "x.txt".into(),
        body: vnextract::input::Body::Bytes(fixture("source.tcvn3.txt")),
        input_bytes: 0,
    };
    let out = p.process(doc);
    assert_eq!(out.encoding, Some(Encoding::Tcvn3));
    assert!(out.text.starts_with("Thúc đẩy chính sách"));
}

mod common;

#[test]
fn records_name_the_encoding() {
    let dir = std::env::temp_dir().join(format!("vnextract-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let jsonl = dir.join("m.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\":\"a\",\"text\":\"Viá»‡t Nam\"}\n{\"id\":\"b\",\"text\":\"Việt Nam\"}\n",
    )
    .unwrap();
    let vni = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/encodings/source.vni.txt");
    let out = common::extract(&[jsonl.to_str().unwrap(), vni.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    let recs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(&str, &str)> = recs
        .iter()
        .map(|r| (r["encoding"].as_str().unwrap(), r["text"].as_str().unwrap()))
        .map(|(e, t)| (e, t.lines().next().unwrap_or("")))
        .collect();
    assert_eq!(got[0], ("utf-8-mojibake", "Việt Nam"));
    assert_eq!(got[1], ("utf-8", "Việt Nam"));
    assert_eq!(got[2].0, "vni");
}
