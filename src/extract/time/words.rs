//! The word tables of the time rules (SPEC §4.5, §4.6): relative words, month and weekday
//! names, time words, modifiers, openers and joiners. They are data: a linguist edits these
//! lists, the code in `time.rs`, `date.rs` and `period.rs` only reads them. Words are written
//! in lower case and match in any case (`Năm`, `NĂM`), except where a list says otherwise.

use crate::extract::Modifier;

/// How far a relative word moves the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shift {
    /// By days (day grain).
    Day(i32),
    /// By months (month grain).
    Month(i32),
    /// By years (year grain).
    Year(i32),
}

/// Relative words (SPEC §4.5). `tuần trước` ("last week") is not here: weeks have no grain in
/// the ISO forms SPEC allows, so it is left alone. Entries starting with `năm ` also give the
/// year words of `6 tháng đầu năm nay`.
pub(crate) const RELATIVE: &[(&str, Shift)] = &[
    ("ngày hôm nay", Shift::Day(0)),
    ("hôm nay", Shift::Day(0)),
    ("ngày hôm qua", Shift::Day(-1)),
    ("hôm qua", Shift::Day(-1)),
    ("hôm kia", Shift::Day(-2)),
    ("ngày mai", Shift::Day(1)),
    ("ngày kia", Shift::Day(2)),
    ("tháng này", Shift::Month(0)),
    ("tháng trước", Shift::Month(-1)),
    ("tháng qua", Shift::Month(-1)),
    ("tháng tới", Shift::Month(1)),
    ("tháng sau", Shift::Month(1)),
    ("năm nay", Shift::Year(0)),
    ("năm ngoái", Shift::Year(-1)),
    ("năm trước", Shift::Year(-1)),
    ("năm qua", Shift::Year(-1)),
    ("năm tới", Shift::Year(1)),
    ("năm sau", Shift::Year(1)),
];

/// Words that make `năm trước`, `tháng sau`, `tháng hai` a duration or a count rather than a
/// date when they come right before it (`40 năm trước`, `các năm qua`, `mỗi tháng hai lần`).
pub(crate) const QUANTIFIERS: &[&str] = &[
    "các", "những", "nhiều", "vài", "mấy", "mọi", "mỗi", "hàng", "từng", "một", "hai", "ba", "bốn",
    "năm", "sáu", "bảy", "tám", "chín", "mười", "bao",
];

/// Words after a relative word that tie it to the narrative, not to the document's date
/// (`năm trước đó`, `2 năm nữa`).
pub(crate) const NARRATIVE_AFTER: &[&str] = &["đó", "ấy", "nữa", "kia"];

/// Month names after `tháng`; `false` marks names that are only months when capitalised
/// (`tháng Năm`, but `tháng năm` is "months and years").
pub(crate) const MONTH_NAMES: &[(&str, u8, bool)] = &[
    ("giêng", 1, true),
    ("một", 1, false),
    ("hai", 2, true),
    ("ba", 3, true),
    ("tư", 4, true),
    ("năm", 5, false),
    ("sáu", 6, true),
    ("bảy", 7, true),
    ("tám", 8, true),
    ("chín", 9, true),
    ("mười", 10, true),
    ("mười một", 11, true),
    ("mười hai", 12, true),
    ("chạp", 12, true),
];

/// Spelled-out counts of `sáu tháng đầu năm`.
pub(crate) const SMALL_NUMBERS: &[(&str, u8)] = &[
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
    ("mười một", 11),
    ("mười hai", 12),
];

/// Which end of a year `N tháng đầu năm` / `nửa cuối năm` takes: `true` for the start.
pub(crate) const YEAR_SIDES: &[(&str, bool)] = &[("đầu", true), ("cuối", false), ("sau", false)];

/// Words before a four-digit year that name a decade (`thập niên 1990`, `những năm 90`).
pub(crate) const DECADE_WORDS: &[&str] = &["thập niên", "thập kỷ", "thập kỉ", "những năm"];

/// Roman numerals of quarters.
pub(crate) const ROMAN: &[(&str, u8)] = &[("I", 1), ("II", 2), ("III", 3), ("IV", 4)];

/// Weekday names that may open a day date (`Chủ nhật, 18/2/2024`, `Thứ tư 7/2/2024`).
pub(crate) const WEEKDAYS: &[&str] = &[
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
    "thứ 2",
    "thứ 3",
    "thứ 4",
    "thứ 5",
    "thứ 6",
    "thứ 7",
    "cn",
    "t2",
    "t3",
    "t4",
    "t5",
    "t6",
    "t7",
];

/// Time words after which a bare four-digit year is a date (SPEC §4.5).
pub(crate) const YEAR_TIME_WORDS: &[&str] = &[
    "năm",
    "từ",
    "đến",
    "tới",
    "trước",
    "sau",
    "cuối",
    "đầu",
    "giữa",
    "giai đoạn",
    "niên độ",
    "mùa",
    "nhiệm kỳ",
];

/// Words after which a bare `19/5` (no `ngày`, no year) reads as a day: times of day,
/// `hôm`, `nay`, `tuần`, `phiên`, prepositions of time.
pub(crate) const DAY_CONTEXT: &[&str] = &[
    "hôm", "nay", "sáng", "chiều", "tối", "trưa", "đêm", "khuya", "tuần", "phiên", "từ", "đến",
    "tới", "trước", "sau", "vào", "hồi", "dịp", "lúc",
];

/// Times of day: the only context in which a bare `20-6` (hyphen, no year) is a day.
pub(crate) const TIME_OF_DAY: &[&str] = &[
    "hôm",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "khuya",
    "rạng sáng",
];

/// Figure words before `9/11` that make it a ratio, not a date (SPEC §4.2).
pub(crate) const FIGURE_BEFORE: &[&str] = &[
    "bằng",
    "khoảng",
    "gần",
    "chừng",
    "xấp xỉ",
    "đạt",
    "có",
    "được",
    "chiếm",
    "gồm",
    "còn",
    "hoàn thành",
    "trong số",
    "tỷ lệ",
    "tỉ lệ",
];

/// Counted nouns after `9/11` or `2000` that make it a figure, not a date.
pub(crate) const COUNTED_AFTER: &[&str] = &[
    "người",
    "dự án",
    "bộ",
    "ngành",
    "tỉnh",
    "thành phố",
    "huyện",
    "xã",
    "phường",
    "địa phương",
    "đơn vị",
    "cơ quan",
    "doanh nghiệp",
    "trường",
    "hộ",
    "thành viên",
    "phiếu",
    "câu",
    "điểm",
    "trận",
    "ca",
    "bệnh nhân",
    "chỉ tiêu",
    "nhiệm vụ",
    "học sinh",
    "sinh viên",
    "đại biểu",
    "lần",
    "vụ",
    "căn",
    "sản phẩm",
    "mẫu",
    "chiếc",
    "con",
    "tấn",
    "ha",
    "km",
    "đồng",
    "usd",
    "tỷ",
    "triệu",
    "nghìn",
    "ngàn",
    "trăm",
    "lượt",
    "suất",
    "công trình",
    "hồ sơ",
    "nước",
];

/// `đầu`, `cuối`, `giữa` before a date (SPEC §4.5), longest first where they share a prefix.
pub(crate) const MODIFIERS: &[(&str, Modifier)] = &[
    ("nửa đầu", Modifier::Early),
    ("nửa cuối", Modifier::Late),
    ("nửa sau", Modifier::Late),
    ("đầu", Modifier::Early),
    ("cuối", Modifier::Late),
    ("giữa", Modifier::Mid),
    ("thượng tuần", Modifier::Early),
    ("trung tuần", Modifier::Mid),
    ("hạ tuần", Modifier::Late),
];

/// Deadline words kept inside the span of a year date (`đến hết năm 2020`).
pub(crate) const DEADLINES: &[&str] = &["đến hết", "tới hết", "đến", "tới", "hết"];

/// Words that open a period: `từ` may stand alone (`từ tháng 8/2020` → from only), the
/// others need both ends (`giai đoạn 2012 - 2020`).
pub(crate) const OPENERS: &[(&str, bool)] = &[
    ("từ", true),
    ("giai đoạn", false),
    ("thời kỳ", false),
    ("niên độ", false),
    ("nhiệm kỳ", false),
];

/// What joins the two ends of a period.
pub(crate) const RANGE_JOINERS: &[&str] = &[
    "-",
    "–",
    "—",
    "đến",
    "tới",
    "đến hết",
    "tới hết",
    "cho đến",
    "cho tới",
];

/// The dashes among [`RANGE_JOINERS`].
pub(crate) const DASHES: &[&str] = &["-", "–", "—"];

/// What closes an open period (`từ năm 2013 đến nay` → `until_now`).
pub(crate) const UNTIL_NOW: &[&str] = &[
    "đến nay",
    "tới nay",
    "cho đến nay",
    "cho tới nay",
    "đến hiện nay",
    "tới hiện nay",
    "đến hiện tại",
    "đến bây giờ",
];

/// What joins the years of a list governed by one time word (`năm 2012, 2013 và 2014`).
pub(crate) const LIST_JOINERS: &[&str] = &[",", "và", "hoặc", ", và", "hay"];

/// What may give a year-less day or quarter its year right after it (`quý 3 của năm 2020`,
/// `ngày 5/10 năm 2020`).
/// `năm` must stay last: a bare `5/10` only takes `năm 2020`.
pub(crate) const YEAR_TAILS: &[&str] = &["của năm", "năm"];
