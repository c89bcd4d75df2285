//! Currency words after an amount and currency signs before it (SPEC §4.4), with the ISO
//! 4217 code each stands for. Matching is case-insensitive, longest entry first.

/// Currency words after an amount (`1.030 tỷ đồng`, `5 triệu USD`, `16.000 euro`).
pub(crate) const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("đồng", "VND"),
    ("đ", "VND"),
    ("vnđ", "VND"),
    ("vnd", "VND"),
    ("usd", "USD"),
    ("đô la mỹ", "USD"),
    ("đô-la mỹ", "USD"),
    ("đô la", "USD"),
    ("đô-la", "USD"),
    ("đôla", "USD"),
    ("us$", "USD"),
    ("$", "USD"),
    ("eur", "EUR"),
    ("euro", "EUR"),
    ("€", "EUR"),
    ("yên nhật", "JPY"),
    ("yên", "JPY"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("ndt", "CNY"),
    ("nhân dân tệ", "CNY"),
    ("cny", "CNY"),
    ("won", "KRW"),
    ("krw", "KRW"),
    ("bảng anh", "GBP"),
    ("gbp", "GBP"),
    ("£", "GBP"),
    ("baht", "THB"),
    ("rúp", "RUB"),
    ("ruble", "RUB"),
    ("franc thụy sĩ", "CHF"),
    ("đô la úc", "AUD"),
    ("aud", "AUD"),
    ("đô la singapore", "SGD"),
    ("sgd", "SGD"),
];

/// Currency signs and codes before an amount (`$300`, `US$ 5 triệu`, `€20`).
pub(crate) const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("us$", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
];

/// Syllables after `đồng` that make a word other than the currency (`đồng chí`, `đồng bào`,
/// `đồng thời`): `hai đồng chí` is not money.
pub(crate) const NOT_DONG: &[&str] = &[
    "chí", "bào", "hồ", "đội", "nghiệp", "thời", "ý", "bằng", "loạt", "minh", "chủ", "phạm",
    "hành", "hương", "tâm", "lòng", "ruộng", "cỏ", "môn", "niên", "đều", "nhất", "bộ", "cảm",
    "tình", "lõa", "phục", "ca", "dao", "xu", "đẳng", "hóa", "hoá", "trinh", "thuận", "tính",
    "quê", "sàng", "tử", "vọng", "hào",
];

/// Units a rate is counted per, after `một`/`mỗi` (`99 USD một năm`); after `/` any word is
/// taken (`đồng/tháng`, `USD/tấn`).
pub(crate) const PER_WORDS: &[&str] = &[
    "năm",
    "tháng",
    "tuần",
    "ngày",
    "giờ",
    "đêm",
    "người",
    "lượt",
    "kg",
    "tấn",
    "lượng",
    "chỉ",
    "lít",
    "m2",
    "m²",
    "căn",
    "suất",
    "thùng",
    "ounce",
    "cổ phiếu",
    "khách",
];

/// Words after which `N/M` is a figure ratio (`có 1.562/1604 đơn vị`, `đạt 9/11`).
pub(crate) const RATIO_CUES: &[&str] = &[
    "đạt",
    "có",
    "được",
    "chiếm",
    "bằng",
    "tương đương",
    "khoảng",
    "gần",
    "trên",
    "hơn",
    "dưới",
    "vượt",
    "xấp xỉ",
    "thu hút",
];

/// Nouns after `N/M` that make it a ratio besides the counted nouns (`2/3 số phiếu`,
/// `1/5 lượng dầu`).
pub(crate) const RATIO_NOUNS: &[&str] =
    &["số", "lượng", "tổng", "diện tích", "dân số", "phiếu", "gdp"];

/// Words before `N/M` that make it a date or a label, not a ratio (`ngày 2/3`, `từ 28/1`).
pub(crate) const RATIO_BLOCKERS: &[&str] = &[
    "ngày",
    "mồng",
    "mùng",
    "từ",
    "đến",
    "tới",
    "trước",
    "sau",
    "hôm",
    "sáng",
    "trưa",
    "chiều",
    "tối",
    "đêm",
    "tháng",
    "quý",
    "năm",
    "số",
    "điều",
    "khoản",
    "lúc",
    "kỳ",
    "mùa",
    "mùa giải",
];
