//! Normalisation (SPEC §3), table-tested on the syllables that trip naive rules, in all three
//! tone styles.

use vnextract::{normalize, ToneStyle};

/// (input, traditional, modern, keep)
const TONE_CASES: &[(&str, &str, &str, &str)] = &[
    ("hoà", "hòa", "hoà", "hoà"),
    ("hòa", "hòa", "hoà", "hòa"),
    ("thuỷ", "thủy", "thuỷ", "thuỷ"),
    ("thủy", "thủy", "thuỷ", "thủy"),
    ("khoẻ", "khỏe", "khoẻ", "khoẻ"),
    ("khỏe", "khỏe", "khoẻ", "khỏe"),
    ("uỷ", "ủy", "uỷ", "uỷ"),
    ("ủy", "ủy", "uỷ", "ủy"),
    ("Tỉnh uỷ", "Tỉnh ủy", "Tỉnh uỷ", "Tỉnh uỷ"),
    ("Thanh Hoá", "Thanh Hóa", "Thanh Hoá", "Thanh Hoá"),
    ("HOÀ BÌNH", "HÒA BÌNH", "HOÀ BÌNH", "HOÀ BÌNH"),
    ("quý", "quý", "quý", "quý"),
    ("quá", "quá", "quá", "quá"),
    ("giá", "giá", "giá", "giá"),
    ("giờ", "giờ", "giờ", "giờ"),
    ("gìn", "gìn", "gìn", "gìn"),
    ("quỹ", "quỹ", "quỹ", "quỹ"),
    ("hoàng", "hoàng", "hoàng", "hoàng"),
    ("khuyết", "khuyết", "khuyết", "khuyết"),
    ("khoái", "khoái", "khoái", "khoái"),
    ("Ðảng", "Đảng", "Đảng", "Đảng"),
    ("ðường", "đường", "đường", "đường"),
];

#[test]
fn tone_styles() {
    for &(input, traditional, modern, keep) in TONE_CASES {
        assert_eq!(
            normalize(input, ToneStyle::Traditional),
            traditional,
            "traditional {input}"
        );
        assert_eq!(
            normalize(input, ToneStyle::Modern),
            modern,
            "modern {input}"
        );
        assert_eq!(normalize(input, ToneStyle::Keep), keep, "keep {input}");
    }
}

/// (input, normalised) in the default style.
const TEXT_CASES: &[(&str, &str)] = &[
    ("Ho\u{0300}a Bi\u{0300}nh", "Hòa Bình"), // NFD from macOS is composed
    ("Nghị\u{00a0}quyết", "Nghị quyết"),      // no-break space
    ("Nghị\u{200b} quyết", "Nghị quyết"),     // zero-width space
    ("bảo\u{00ad}hiểm", "bảohiểm"),           // soft hyphen removed
    ("\u{feff}Tiêu đề", "Tiêu đề"),           // BOM
    ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"), // CRLF and CR
    ("  có   nhiều    khoảng  ", "có nhiều khoảng"), // runs of spaces, trimmed
    ("đoạn 1\n\n\n\n\nđoạn 2", "đoạn 1\n\nđoạn 2"), // blank lines
    (
        "Giá 1.030 tỷ đồng, tăng 32,8%.",
        "Giá 1.030 tỷ đồng, tăng 32,8%.",
    ), // unchanged
];

#[test]
fn text_cleanup() {
    for &(input, want) in TEXT_CASES {
        let got = normalize(input, ToneStyle::Traditional);
        assert_eq!(got, want, "input {input:?}");
        assert_eq!(
            normalize(&got, ToneStyle::Traditional),
            got,
            "idempotent on {want:?}"
        );
    }
}
