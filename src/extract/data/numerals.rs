//! Number words, scale words and qualifier words of Vietnamese figures (SPEC §4.1).
//!
//! These are the vocabularies `numeral.rs` reads; extend them here, not in code.

/// What a number word means when reading a spelled-out number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumberWord {
    /// A digit 0–9 that may start a number (`hai`, `ba`, `chín`).
    Digit(u8),
    /// A digit form that only follows `mươi`/`mười`/`linh` (`mốt` 1, `tư` 4, `lăm`/`nhăm` 5).
    UnitDigit(u8),
    /// `mười`: ten, alone or before a unit digit (`mười hai` 12).
    Ten,
    /// `mươi`: times ten after a digit (`hai mươi` 20).
    Tens,
    /// `chục`: times ten after a digit (`ba chục` 30).
    Dozen,
    /// `trăm`: times a hundred after a digit.
    Hundred,
    /// `linh`/`lẻ`: an empty tens place after `trăm` (`một trăm linh năm` 105).
    Zero,
    /// A scale word (`nghìn` 10^3, `triệu` 10^6, `tỷ` 10^9).
    Scale(f64),
    /// `rưỡi`: half of the preceding scale (`1 triệu rưỡi` 1 500 000).
    Half,
    /// `nửa`: one half, before a scale word (`nửa triệu`).
    HalfOf,
}

/// Spelled-out number words, lower case. `năm` is 5 only inside a number (alone it means
/// "year"); `một` alone means "a/one" and is a figure only with a scale word.
pub(crate) const NUMBER_WORDS: &[(&str, NumberWord)] = &[
    ("một", NumberWord::Digit(1)),
    ("hai", NumberWord::Digit(2)),
    ("ba", NumberWord::Digit(3)),
    ("bốn", NumberWord::Digit(4)),
    ("năm", NumberWord::Digit(5)),
    ("sáu", NumberWord::Digit(6)),
    ("bảy", NumberWord::Digit(7)),
    ("bẩy", NumberWord::Digit(7)),
    ("tám", NumberWord::Digit(8)),
    ("chín", NumberWord::Digit(9)),
    ("mốt", NumberWord::UnitDigit(1)),
    ("tư", NumberWord::UnitDigit(4)),
    ("lăm", NumberWord::UnitDigit(5)),
    ("nhăm", NumberWord::UnitDigit(5)),
    ("mười", NumberWord::Ten),
    ("mươi", NumberWord::Tens),
    ("chục", NumberWord::Dozen),
    ("trăm", NumberWord::Hundred),
    ("linh", NumberWord::Zero),
    ("lẻ", NumberWord::Zero),
    ("nghìn", NumberWord::Scale(1e3)),
    ("ngàn", NumberWord::Scale(1e3)),
    ("triệu", NumberWord::Scale(1e6)),
    ("tỷ", NumberWord::Scale(1e9)),
    ("tỉ", NumberWord::Scale(1e9)),
    ("rưỡi", NumberWord::Half),
    ("nửa", NumberWord::HalfOf),
];

/// Scale words after digits (`1,484 triệu`, `2,5 tr`, `3 chục`), lower case. Compounds
/// (`nghìn tỷ`, `trăm nghìn`) multiply.
pub(crate) const DIGIT_SCALES: &[(&str, f64)] = &[
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("triệu", 1e6),
    ("tr", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
    ("trăm", 1e2),
    ("chục", 1e1),
];

/// Words for "minus" before a number (`âm 5`).
pub(crate) const NEGATIVE_WORDS: &[&str] = &["âm"];

/// Connectors between the two ends of a range, after the first end (`1-2`, `3 đến 5`,
/// `14 tuổi đến dưới 16`). Longest first.
pub(crate) const RANGE_CONNECTORS: &[&str] = &[
    " đến dưới ",
    " tới dưới ",
    " đến ",
    " tới ",
    " - ",
    " – ",
    "-",
    "–",
];

/// Which qualifier a word before a figure gives (SPEC §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Qual {
    /// More than.
    Over,
    /// Less than.
    Under,
    /// About.
    About,
}

/// Qualifier words directly before a figure, lower case, longest first.
pub(crate) const QUALIFIERS: &[(&str, Qual)] = &[
    ("chưa đến", Qual::Under),
    ("chưa tới", Qual::Under),
    ("xấp xỉ", Qual::About),
    ("ước tính", Qual::About),
    ("khoảng", Qual::About),
    ("chừng", Qual::About),
    ("gần", Qual::About),
    ("ước", Qual::About),
    ("trên", Qual::Over),
    ("hơn", Qual::Over),
    ("vượt", Qual::Over),
    ("dưới", Qual::Under),
];

/// Words before `hơn` that make it a comparative ("higher than"), not a qualifier:
/// `cao hơn 6,1%` is 6.1 without `over`.
pub(crate) const COMPARATIVES: &[&str] = &[
    "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "dài", "ngắn", "nhanh", "chậm", "đắt", "rẻ",
    "nặng", "nhẹ", "mạnh", "yếu", "tốt", "xa", "sớm", "muộn",
];
