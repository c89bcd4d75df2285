//! The provinces and centrally-run cities of Việt Nam, as data.
//!
//! Sources:
//! - the 63 units as they were until 30 June 2025, with their codes: Quyết định
//!   124/2004/QĐ-TTg "Ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam" (as
//!   amended up to 2024);
//! - the 34 units formed on 1 July 2025: Nghị quyết 202/2025/QH15 "về việc sắp xếp đơn vị
//!   hành chính cấp tỉnh" (which units merged into which), and their codes: Quyết định
//!   19/2025/QĐ-TTg "Bảng danh mục và mã số các đơn vị hành chính Việt Nam" (a merged
//!   province keeps the code of the province where its seat is).
//!
//! Every spelling is written once in traditional tone style (`Hòa`); `location.rs` adds the
//! modern-style (`Hoà`) and all-capitals forms when it builds its pattern.

/// A province or centrally-run city as it was until 30 June 2025.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Province {
    /// Official name without `tỉnh`/`thành phố`.
    pub name: &'static str,
    /// Official two-digit code (QĐ 124/2004/QĐ-TTg).
    pub code: &'static str,
    /// The province formed on 1 July 2025 that it became part of (NQ 202/2025/QH15), for
    /// every unit that took part in a merger (also when the new unit kept its name).
    pub merged_into: Option<&'static str>,
    /// A centrally-run city (`thành phố trực thuộc trung ương`): `thành phố X` names the
    /// province itself. For the other provinces `thành phố X` is the provincial capital, a
    /// district-level city, which is not a `location`.
    pub city: bool,
    /// The name is also a common word or person name (`Hòa Bình` "peace", `Hải Dương`):
    /// a bare mention needs `tỉnh`/`thành phố`/`TP` before it or other evidence in the
    /// document.
    pub ambiguous: bool,
    /// How it is written, besides `name` itself. Spellings that include their `TP`/`Thành
    /// phố` (the usual Hồ Chí Minh City forms) keep it inside the entity span.
    pub spellings: &'static [&'static str],
}

const fn p(
    name: &'static str,
    code: &'static str,
    merged_into: Option<&'static str>,
    spellings: &'static [&'static str],
) -> Province {
    Province {
        name,
        code,
        merged_into,
        city: false,
        ambiguous: false,
        spellings,
    }
}

const fn city(p: Province) -> Province {
    Province { city: true, ..p }
}

const fn amb(p: Province) -> Province {
    Province {
        ambiguous: true,
        ..p
    }
}

/// The 63 provinces and centrally-run cities until 30 June 2025, in code order.
pub(crate) const PROVINCES: &[Province] = &[
    city(p("Hà Nội", "01", None, &[])),
    p("Hà Giang", "02", Some("Tuyên Quang"), &[]),
    p("Cao Bằng", "04", None, &[]),
    p("Bắc Kạn", "06", Some("Thái Nguyên"), &["Bắc Cạn"]),
    p("Tuyên Quang", "08", Some("Tuyên Quang"), &[]),
    p("Lào Cai", "10", Some("Lào Cai"), &[]),
    p("Điện Biên", "11", None, &[]),
    p("Lai Châu", "12", None, &[]),
    p("Sơn La", "14", None, &[]),
    p("Yên Bái", "15", Some("Lào Cai"), &[]),
    amb(p("Hòa Bình", "17", Some("Phú Thọ"), &[])),
    p("Thái Nguyên", "19", Some("Thái Nguyên"), &[]),
    p("Lạng Sơn", "20", None, &[]),
    p("Quảng Ninh", "22", None, &[]),
    p("Bắc Giang", "24", Some("Bắc Ninh"), &[]),
    p("Phú Thọ", "25", Some("Phú Thọ"), &[]),
    p("Vĩnh Phúc", "26", Some("Phú Thọ"), &[]),
    p("Bắc Ninh", "27", Some("Bắc Ninh"), &[]),
    p("Hải Dương", "30", Some("Hải Phòng"), &[]),
    city(p("Hải Phòng", "31", Some("Hải Phòng"), &[])),
    p("Hưng Yên", "33", Some("Hưng Yên"), &[]),
    amb(p("Thái Bình", "34", Some("Hưng Yên"), &[])),
    p("Hà Nam", "35", Some("Ninh Bình"), &[]),
    p("Nam Định", "36", Some("Ninh Bình"), &[]),
    p("Ninh Bình", "37", Some("Ninh Bình"), &[]),
    p("Thanh Hóa", "38", None, &[]),
    p("Nghệ An", "40", None, &[]),
    p("Hà Tĩnh", "42", None, &[]),
    p("Quảng Bình", "44", Some("Quảng Trị"), &[]),
    p("Quảng Trị", "45", Some("Quảng Trị"), &[]),
    // Renamed Thành phố Huế on 1 January 2025 (NQ 1314/NQ-UBTVQH15), not merged.
    p(
        "Thừa Thiên Huế",
        "46",
        None,
        &[
            "Thừa Thiên - Huế",
            "Thừa Thiên-Huế",
            "Thừa Thiên – Huế",
            "TT-Huế",
            "TT - Huế",
        ],
    ),
    city(p("Đà Nẵng", "48", Some("Đà Nẵng"), &[])),
    amb(p("Quảng Nam", "49", Some("Đà Nẵng"), &[])),
    p("Quảng Ngãi", "51", Some("Quảng Ngãi"), &[]),
    amb(p("Bình Định", "52", Some("Gia Lai"), &[])),
    p("Phú Yên", "54", Some("Đắk Lắk"), &[]),
    p("Khánh Hòa", "56", Some("Khánh Hòa"), &[]),
    p("Ninh Thuận", "58", Some("Khánh Hòa"), &[]),
    p("Bình Thuận", "60", Some("Lâm Đồng"), &[]),
    p("Kon Tum", "62", Some("Quảng Ngãi"), &["Kontum", "KonTum"]),
    p("Gia Lai", "64", Some("Gia Lai"), &[]),
    p(
        "Đắk Lắk",
        "66",
        Some("Đắk Lắk"),
        &[
            "Đắc Lắc",
            "Đăk Lăk",
            "Đắk Lăk",
            "Đăk Lắk",
            "Đắc Lắk",
            "Đắk Lắc",
            "Đắklắk",
            "Đăklăk",
        ],
    ),
    p(
        "Đắk Nông",
        "67",
        Some("Lâm Đồng"),
        &["Đăk Nông", "Đắc Nông", "Đắknông", "Đăknông"],
    ),
    p("Lâm Đồng", "68", Some("Lâm Đồng"), &[]),
    amb(p("Bình Phước", "70", Some("Đồng Nai"), &[])),
    p("Tây Ninh", "72", Some("Tây Ninh"), &[]),
    amb(p("Bình Dương", "74", Some("Hồ Chí Minh"), &[])),
    p("Đồng Nai", "75", Some("Đồng Nai"), &[]),
    p(
        "Bà Rịa - Vũng Tàu",
        "77",
        Some("Hồ Chí Minh"),
        &[
            "Bà Rịa-Vũng Tàu",
            "Bà Rịa – Vũng Tàu",
            "Bà Rịa–Vũng Tàu",
            "Bà Rịa Vũng Tàu",
            "BR-VT",
            "BR - VT",
            "BRVT",
        ],
    ),
    // `Hồ Chí Minh` alone is usually the person (Chủ tịch Hồ Chí Minh, tư tưởng Hồ Chí
    // Minh), so the city is only matched in the forms that carry `TP`/`Thành phố`.
    city(p(
        "Hồ Chí Minh",
        "79",
        Some("Hồ Chí Minh"),
        &[
            "TP.HCM",
            "TP. HCM",
            "TP HCM",
            "TPHCM",
            "TP.HCM",
            "Tp.HCM",
            "Tp. HCM",
            "Tp HCM",
            "TpHCM",
            "TP.Hồ Chí Minh",
            "TP. Hồ Chí Minh",
            "TP Hồ Chí Minh",
            "Tp.Hồ Chí Minh",
            "Tp. Hồ Chí Minh",
            "Tp Hồ Chí Minh",
            "Thành phố Hồ Chí Minh",
            "thành phố Hồ Chí Minh",
        ],
    )),
    amb(p("Long An", "80", Some("Tây Ninh"), &[])),
    p("Tiền Giang", "82", Some("Đồng Tháp"), &[]),
    p("Bến Tre", "83", Some("Vĩnh Long"), &[]),
    p("Trà Vinh", "84", Some("Vĩnh Long"), &[]),
    amb(p("Vĩnh Long", "86", Some("Vĩnh Long"), &[])),
    p("Đồng Tháp", "87", Some("Đồng Tháp"), &[]),
    p("An Giang", "89", Some("An Giang"), &[]),
    p("Kiên Giang", "91", Some("An Giang"), &[]),
    city(p("Cần Thơ", "92", Some("Cần Thơ"), &[])),
    p("Hậu Giang", "93", Some("Cần Thơ"), &[]),
    p("Sóc Trăng", "94", Some("Cần Thơ"), &[]),
    p("Bạc Liêu", "95", Some("Cà Mau"), &[]),
    p("Cà Mau", "96", Some("Cà Mau"), &[]),
];

/// Spellings that are never the bare name as written in `PROVINCES` and are not a province:
/// longer names that contain a province name (`Thái Bình Dương` "Pacific Ocean",
/// `Điện Biên Phủ` the city and the battle). The matcher reads them first and skips them.
pub(crate) const NOT_PROVINCES: &[&str] = &[
    "Thái Bình Dương",
    "Điện Biên Phủ",
    "Hòa Bình Xanh",
    "Hồ Chí Minh",
];

/// The 34 provinces and centrally-run cities from 1 July 2025 (NQ 202/2025/QH15) and their
/// codes (QĐ 19/2025/QĐ-TTg), in code order. `Huế` is the former Thừa Thiên Huế.
pub(crate) const PROVINCES_2025: &[(&str, &str)] = &[
    ("Hà Nội", "01"),
    ("Cao Bằng", "04"),
    ("Tuyên Quang", "08"),
    ("Điện Biên", "11"),
    ("Lai Châu", "12"),
    ("Sơn La", "14"),
    ("Lào Cai", "15"),
    ("Thái Nguyên", "19"),
    ("Lạng Sơn", "20"),
    ("Quảng Ninh", "22"),
    ("Bắc Ninh", "24"),
    ("Phú Thọ", "25"),
    ("Hải Phòng", "31"),
    ("Hưng Yên", "33"),
    ("Ninh Bình", "37"),
    ("Thanh Hóa", "38"),
    ("Nghệ An", "40"),
    ("Hà Tĩnh", "42"),
    ("Quảng Trị", "44"),
    ("Huế", "46"),
    ("Đà Nẵng", "48"),
    ("Quảng Ngãi", "51"),
    ("Gia Lai", "52"),
    ("Khánh Hòa", "56"),
    ("Đắk Lắk", "66"),
    ("Lâm Đồng", "68"),
    ("Đồng Nai", "75"),
    ("Hồ Chí Minh", "79"),
    ("Tây Ninh", "80"),
    ("Đồng Tháp", "82"),
    ("Vĩnh Long", "86"),
    ("An Giang", "91"),
    ("Cần Thơ", "92"),
    ("Cà Mau", "96"),
];

/// Thành phố Huế, the centrally-run city that Thừa Thiên Huế became on 1 January 2025
/// (Nghị quyết 1314/NQ-UBTVQH15): `thành phố Huế`/`TP Huế` is the province in documents
/// published from that day on (before, it is the provincial capital, a district-level city).
/// `Huế` alone is not matched.
pub(crate) const HUE: (&str, &str, (i32, u8, u8)) = ("Huế", "46", (2025, 1, 1));

/// The day the 34 provinces took effect: mentions in documents published from then on are
/// read as the new provinces (same name, new code).
pub(crate) const MERGER_DATE: (i32, u8, u8) = (2025, 7, 1);

/// Words directly before a name that make it a province: `tỉnh Bình Dương`, `TP Hà Nội`,
/// `Tỉnh ủy Trà Vinh`. Matched case-sensitively as written, with a space (or nothing after
/// `TP.`) between them and the name.
pub(crate) const PREFIXES: &[&str] = &[
    "tỉnh",
    "Tỉnh",
    "TỈNH",
    "thành phố",
    "Thành phố",
    "Thành Phố",
    "THÀNH PHỐ",
    "TP.",
    "TP",
    "Tp.",
    "Tp",
    "tp.",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Thủ đô",
    "thủ đô",
    "thành Phố",
    // A place word: what follows is a place, so a province name there is the province.
    "tại",
    "Tại",
    "ở",
    "Ở",
    "địa bàn",
];

/// Words that open the previous part of an address (`huyện Thanh Thủy, tỉnh Phú Thọ`,
/// `xã Cà Dy, huyện Nam Giang, Quảng Nam`): a province name right after `, ` that closes such
/// an address is the province.
pub(crate) const ADDRESS_WORDS: &[&str] = &[
    "huyện",
    "Huyện",
    "quận",
    "Quận",
    "thị xã",
    "Thị xã",
    "thị trấn",
    "xã",
    "Xã",
    "phường",
    "Phường",
    "thành phố",
    "TP",
    "TP.",
    "Tp",
    "Tp.",
];

/// Prefixes above that name a city: before a province that is not a centrally-run city they
/// name its provincial capital (`thành phố Thái Bình`), a district-level unit.
pub(crate) const CITY_PREFIXES: &[&str] = &[
    "thành phố",
    "thành Phố",
    "Thành phố",
    "Thành Phố",
    "THÀNH PHỐ",
    "TP.",
    "TP",
    "Tp.",
    "Tp",
    "tp.",
];

/// Words directly before a name that make it something else: a district, commune or street
/// of that name (`huyện Phú Vang`, `đường Hà Nội`), a river or pass, or a person (`ông`,
/// `anh`, `bà`). Not here, though they look alike: `cầu` (`yêu cầu Hà Nam`), `ngõ` (`cửa ngõ
/// Hà Nội`), `núi` (`miền núi Nghệ An`), `thôn` (`Nông thôn Hà Nội`), capitalised `Anh`
/// (`Hoàng Anh Gia Lai`), and player roles (`cầu thủ Hà Nội`: the club's players).
pub(crate) const BLOCKERS: &[&str] = &[
    "huyện",
    "Huyện",
    "quận",
    "Quận",
    "thị xã",
    "Thị xã",
    "thị trấn",
    "Thị trấn",
    "xã",
    "Xã",
    "phường",
    "Phường",
    "ấp",
    "đường",
    "Đường",
    "phố",
    "Phố",
    "hẻm",
    "sông",
    "Sông",
    "đèo",
    "ông",
    "Ông",
    "bà",
    "Bà",
    "anh",
    "chị",
    "em",
    "cô",
    "chú",
    "bác",
    "cháu",
    "bé",
    "Bé",
    "cụ",
    "Cụ",
    "đồng chí",
    "Đồng chí",
    "nhà thơ",
    "nhạc sĩ",
    "ca sĩ",
];

/// Capitalised words that, directly before a province name, make it part of a person's
/// name: common family names and middle names (`Nguyễn Hòa Bình`, `Nguyễn Thị Hải Dương`).
pub(crate) const NAME_WORDS: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Mai", "Tô", "Lâm", "Chu", "Lương", "Tạ",
    "Lưu", "Trương", "Lại", "Khổng", "Thân", "Nông", "Hà", "Cao", "Quách", "Châu", "Tăng", "Văn",
    "Thị", "Hữu", "Đức", "Đình", "Công", "Ngọc", "Xuân", "Kim", "Trọng", "Quốc", "Bá", "Khắc",
    "Viết", "Thế", "Duy", "Tiến",
];

/// Separators of a list of provinces (`các tỉnh Quảng Ninh, Quảng Nam, Hưng Yên`): a bare
/// ambiguous name next to an accepted one through one of these is accepted too.
pub(crate) const LIST_SEPARATORS: &[&str] = &[", ", " và ", " - ", "-", " – ", " hoặc ", "; ", ","];
