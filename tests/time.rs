//! Dates and periods (SPEC §4.5, §4.6, issue 4), as a table a linguist can edit.
//!
//! Each case is `(reference date or "", marked text, expected values)`. The text marks every
//! expected `date` and `period` span with `|…|`; the expected values are listed in the same
//! order, separated by `;`:
//! - `date 2020-11-06`, `date 2020 late` (ISO value, then the modifier if any);
//! - `period 2012..2020`, `period 2020-08..` (no end), `period 2013.. now` (`until_now`).
//!
//! A case without marks is negative: no date and no period may be found in it. Other kinds
//! (numbers, legal references, …) are not checked here.

mod common;

use vnextract::extract::{Kind, Value};
use vnextract::{Config, Pipeline, ToneStyle};

const CASES: &[(&str, &str, &str)] = &[
    // The seed articles.
    ("", "|06/11/2020|", "date 2020-11-06"),
    (
        "",
        "Chiều |ngày 26/10/2017|, Thường trực Tỉnh uỷ Trà Vinh tổ chức Hội nghị",
        "date 2017-10-26",
    ),
    (
        "",
        "Đặc biệt, |từ tháng 8/2020|, tỉnh trích ngân sách hỗ trợ thêm",
        "period 2020-08..",
    ),
    (
        "",
        "Tính đến |tháng 9 năm 2017|, toàn tỉnh có",
        "date 2017-09",
    ),
    (
        "",
        "bảo hiểm y tế |giai đoạn 2012 - 2020|”, việc",
        "period 2012..2020",
    ),
    (
        "",
        "bảo hiểm y tế |giai đoạn 2012 – 2020|” trên địa bàn",
        "period 2012..2020",
    ),
    (
        "",
        "Chỉ tính riêng |9 tháng đầu năm 2017|, số chi trả",
        "period 2017-01..2017-09",
    ),
    (
        "",
        "người lao động, |từ năm 2013 đến nay|, tỉnh có",
        "period 2013.. now",
    ),
    (
        "",
        "Nghị quyết số 21-NQ/TW, |ngày 22/11/2012| của Bộ Chính trị",
        "date 2012-11-22",
    ),
    ("", "|Năm 2012| tổng số người tham gia", "date 2012"),
    (
        "",
        "ước |đến hết năm 2020| đạt hơn 1,484 triệu người",
        "date 2020",
    ),
    ("", "Sau 8 năm thực hiện Nghị quyết 21 của Bộ Chính trị", ""),
    (
        "",
        "hỗ trợ 100% hộ cận nghèo, người cao tuổi từ 60 tuổi đến dưới 80 tuổi",
        "",
    ),
    // Days.
    ("", "|6-11-2020|", "date 2020-11-06"),
    ("", "|6.11.2020|", "date 2020-11-06"),
    ("", "ký |ngày 22 tháng 11 năm 2012|.", "date 2012-11-22"),
    ("", "|mồng 3 tháng 3 năm 2017|", "date 2017-03-03"),
    ("", "|mùng 2/9/1945|", "date 1945-09-02"),
    ("", "|Chủ nhật, 18/2/2024| Theo số liệu", "date 2024-02-18"),
    ("", "|Chủ Nhật, 18/2/2024| Theo số liệu", "date 2024-02-18"),
    ("", "|Thứ tư, 7/2/2024|, 23:41 (GMT+7)", "date 2024-02-07"),
    ("", "|Thứ Hai 5/2/2024|", "date 2024-02-05"),
    ("", "|T2, 5/2/2024| 09:00", "date 2024-02-05"),
    ("", "|CN, 18/2/2024|", "date 2024-02-18"),
    ("", "hạn chót |3/3/17|.", "date 2017-03-03"),
    ("", "Tạp chí ký |ngày 01/3/2016| cấp ông", "date 2016-03-01"),
    (
        "",
        "quyết định |ngày 19-9-2016| của Cục trưởng",
        "date 2016-09-19",
    ),
    (
        "",
        "làm việc với TPHCM |ngày 23.6.2017|. Ảnh",
        "date 2017-06-23",
    ),
    ("", "năm nhuận |29/2/2020|", "date 2020-02-29"),
    ("", "ngày không có thật 29/2/2021", ""),
    ("", "ngày không có thật 31/4/2020", ""),
    ("", "mã 13/13/2020", ""),
    ("", "mã 32/1/2020", ""),
    ("", "|Ngày 5/2|, Bí thư Thành ủy", "date --02-05"),
    (
        "2021-05-01",
        "chỉ riêng |ngày 30/4| đã có khoảng",
        "date 2021-04-30",
    ),
    ("", "Chiều |19/5|, mô hình thí điểm", "date --05-19"),
    (
        "2021-04-30",
        "Trước đó, hôm |28/4|, gia đình",
        "date 2021-04-28",
    ),
    ("", "Giá vàng hôm nay |8/7|: Chốt lại", "date --07-08"),
    (
        "2021-07-08",
        "Giá vàng |hôm nay| |8/7|: Chốt lại",
        "date 2021-07-08; date 2021-07-08",
    ),
    ("", "Tối |26/6|, PGS Mạnh Hưởng", "date --06-26"),
    (
        "",
        "Quốc hội chiều |20-6| đã bấm nút thông qua",
        "date --06-20",
    ),
    (
        "2026-02-03",
        "tính đến |ngày 29 tháng 1|, EU đang thiếu",
        "date 2026-01-29",
    ),
    (
        "",
        "công điện số 03 (|ngày 6/2|) của Ủy ban",
        "date --02-06",
    ),
    ("", "Từ hôm nay (|1/7|), lương cơ sở", "date --07-01"),
    (
        "",
        "trong phiên đầu tuần |8/5| và đồng euro",
        "date --05-08",
    ),
    ("", "vào |ngày 5/10 năm 2020|, trường", "date 2020-10-05"),
    (
        "",
        "sạn Le Indochina 5 sao (|28/12/2016|) và",
        "date 2016-12-28",
    ),
    ("", "đã hoàn thành 9/11 dự án thành phần", ""),
    ("", "đã có 10/30 bộ, ngành và 21/63 tỉnh", ""),
    ("", "đạt 3/5 chỉ tiêu", ""),
    ("", "từ 1-2 người", ""),
    ("", "thắng 2-1 trước đối thủ", ""),
    ("", "khai mạc lúc 19:00", ""),
    ("", "tăng 32,8% so với", ""),
    ("", "có 2.000 người", ""),
    ("", "đạt 12.5 điểm", ""),
    ("", "tỷ lệ 1.562/1604 người", ""),
    ("", "Đại hội lần thứ 3 và thứ 2 của giải", ""),
    ("", "khóa XIII", ""),
    (
        "2021-01-05",
        "Trước đó, |ngày 28/12|, gia đình",
        "date 2020-12-28",
    ),
    (
        "2026-02-06",
        "hòa Bournemouth 4-4 vào |ngày 16/12|, Casemiro",
        "date 2025-12-16",
    ),
    ("2026-02-08", "tăng vọt cho |ngày 21/3|.", "date 2026-03-21"),
    ("2026-02-07", "Dự báo từ mùng 1-4 Tết, khu vực này", ""),
    // Months.
    ("", "|tháng 8/2020|", "date 2020-08"),
    ("", "|tháng 8 năm 2020|", "date 2020-08"),
    ("", "|tháng 08-2020|", "date 2020-08"),
    ("", "|T8/2020|", "date 2020-08"),
    ("", "dự kiến đến |tháng 7.2017| sẽ", "date 2017-07"),
    ("", "Giá vàng giao |tháng 8| trên sàn", "date --08"),
    (
        "2021-04-26",
        "trong |tháng 3| - mức cao nhất",
        "date 2021-03",
    ),
    ("", "trong cuộc họp |tháng ba|; tỷ lệ", "date --03"),
    ("", "khởi nghĩa |tháng Tám năm 1945|", "date 1945-08"),
    ("", "bán cổ phiếu trong |tháng Năm|", "date --05"),
    ("", "ngày tháng năm sinh", ""),
    ("", "mỗi tháng hai lần", ""),
    ("", "lương tháng 13", ""),
    ("", "trong 12 tháng qua", ""),
    ("", "Tính đến |đầu tháng 5/2017|, giá", "date 2017-05 early"),
    ("", "|giữa tháng 6/2019|", "date 2019-06 mid"),
    ("", "Hồi |cuối tháng Chín|, Thủ tướng", "date --09 late"),
    (
        "",
        "tính đến |nửa đầu tháng 5/2017|, đã",
        "date 2017-05 early",
    ),
    (
        "",
        "|tháng 3| và |tháng 4/2021|",
        "date 2021-03; date 2021-04",
    ),
    (
        "",
        "dịp |ngày 30/4| và |1/5/2021|",
        "date 2021-04-30; date 2021-05-01",
    ),
    (
        "",
        "các |ngày 2/9|, |3/9| và |4/9|",
        "date --09-02; date --09-03; date --09-04",
    ),
    (
        "",
        "vào các |ngày 16/12|, |23/12|, |6/1| và |21/1/2017|.",
        "date 2016-12-16; date 2016-12-23; date 2017-01-06; date 2017-01-21",
    ),
    ("", "dao động về trước 3/4-inch", ""),
    ("", "chỉ bằng 1/2 - 1/3 so với sản lượng", ""),
    ("", "tương đương khoảng 1/3 của |năm 2019|", "date 2019"),
    (
        "",
        "văn bản số 152/TTg-CN |ngày 25/1/2017| Theo",
        "date 2017-01-25",
    ),
    // Quarters.
    ("", "|quý I/2020|", "date 2020-Q1"),
    ("", "|quý 1 năm 2020|", "date 2020-Q1"),
    ("", "Còn |quý IV-2023|, khoảng", "date 2023-Q4"),
    ("", "trong quý |Quý III/2025|, ASP", "date 2025-Q3"),
    ("", "trong |quý IV năm 2025|, giá", "date 2025-Q4"),
    ("", "chỉ số |quý II| có mức tăng", "date --Q2"),
    ("2021-04-29", "chỉ số |quý II| có mức tăng", "date 2021-Q2"),
    (
        "2021-04-29",
        "sẽ là |quý 3 của năm 2020| (thay",
        "date 2020-Q3",
    ),
    (
        "",
        "dư nợ tính tới |cuối quý I/2021| đã",
        "date 2021-Q1 late",
    ),
    (
        "",
        "trong |quý I| và |đầu quý II/2020|,",
        "date 2020-Q1; date 2020-Q2 early",
    ),
    ("", "lợi nhuận |Q1/2020| tăng", "date 2020-Q1"),
    ("", "kính chào quý khách và quý vị", ""),
    ("", "quý 3/3017 tỉnh", ""),
    // Years.
    ("", "lần đầu vào |năm 2002|, tuy nhiên", "date 2002"),
    ("", "được xây dựng |năm 1866|, bị phá bỏ", "date 1866"),
    ("", "tầm nhìn |đến năm 2030|, Bộ", "date 2030"),
    ("", "mục tiêu |đến hết năm 2017|, đạt", "date 2017"),
    ("", "thời điểm |cuối năm 2021| khi", "date 2021 late"),
    (
        "",
        "trong những tháng |đầu năm 2017|, các bộ",
        "date 2017 early",
    ),
    ("", "tổ chức vào |giữa năm 2019|.", "date 2019 mid"),
    ("", "tầm nhìn |đến 2030|; đồng thời", "date 2030"),
    ("", "|Đến cuối 2020|, tổng tài sản", "date 2020 late"),
    ("", "chờ trước |2020| để mua", "date 2020"),
    (
        "",
        "cùng kỳ của 3 |năm 2012|, |2013| và |2014|, nhưng",
        "date 2012; date 2013; date 2014",
    ),
    (
        "",
        "trong |năm 2014| và |2015|, DNTN",
        "date 2014; date 2015",
    ),
    ("", "dân số 2020 người", ""),
    ("", "tăng đến 2000 người", ""),
    ("", "theo Nghị định 100/2019/NĐ-CP", ""),
    ("", "Nghị quyết 19-2017/NQ-CP về", ""),
    ("", "dịch COVID-19 và virus 2019-nCoV", ""),
    ("", "mã số 2019 của hồ sơ", ""),
    // Relative words.
    ("2026-02-03", "so với |năm ngoái|, với lượng", "date 2025"),
    ("2026-02-03", "|hôm nay|", "date 2026-02-03"),
    (
        "2026-02-03",
        "|Tháng 8 năm ngoái|, Facebook",
        "date 2025-08",
    ),
    ("", "|Tháng 8| năm ngoái, Facebook", "date --08"),
    ("2026-02-03", "chỉ số này |hôm qua| tăng", "date 2026-02-02"),
    (
        "2026-02-03",
        "buổi học |ngày mai|, nhà trường",
        "date 2026-02-04",
    ),
    ("2026-02-03", "kỳ thi |năm nay|.", "date 2026"),
    ("2026-02-03", "so với cùng kỳ |năm trước|.", "date 2025"),
    ("2026-02-03", "trong |tháng trước|, Ủy ban", "date 2026-01"),
    ("2026-01-31", "vào |tháng tới|, nói", "date 2026-02"),
    ("2026-02-03", "trong |năm tới|", "date 2027"),
    ("2026-02-03", "|Đầu năm nay|, giá", "date 2026 early"),
    ("2026-02-03", "|Cuối tháng này|, giá", "date 2026-02 late"),
    ("2021-01-01", "|hôm qua|", "date 2020-12-31"),
    ("2026-02-03", "từ 40 năm trước ấy", ""),
    ("2026-02-03", "cao hơn các năm trước đó", ""),
    ("2026-02-03", "tăng khoảng 75% trong vài năm qua.", ""),
    ("2026-02-03", "trong nhiều năm tới", ""),
    ("2026-02-03", "Tuần trước, tập đoàn", ""),
    ("2026-02-03", "thu nhập 15 triệu đồng/tháng sau 3 năm", ""),
    ("", "Từ hôm nay, chính thức tăng lương", ""),
    ("", "kỳ thi THPT năm nay.", ""),
    ("", "cùng kỳ năm ngoái", ""),
    // Periods with two ends.
    ("", "dự án |giai đoạn 2016 – 2020| và", "period 2016..2020"),
    (
        "",
        "tín dụng. |Giai đoạn 2012-2016|, toàn hệ thống",
        "period 2012..2016",
    ),
    ("", "mục tiêu |2012–2020|", "period 2012..2020"),
    (
        "",
        "phong trào cách mạng |1930 - 1931| ở Việt Nam",
        "period 1930..1931",
    ),
    ("", "|từ năm 2013 đến năm 2015|", "period 2013..2015"),
    (
        "",
        "trợ lý nghị sĩ |từ năm 2005-2007| khi",
        "period 2005..2007",
    ),
    ("", "DNTN |từ năm 2013-2015| còn", "period 2013..2015"),
    (
        "",
        "|từ 1/7 đến 31/12/2025|",
        "period 2025-07-01..2025-12-31",
    ),
    (
        "",
        "|từ 26/12 đến 5/1/2021|",
        "period 2020-12-26..2021-01-05",
    ),
    (
        "",
        "năm tài chính 2018 (|tháng 4/2017 đến tháng 3/2018|) nhà",
        "period 2017-04..2018-03",
    ),
    (
        "",
        "Tính riêng |từ ngày 1/1 - 4/2|, thống kê",
        "period --01-01..--02-04",
    ),
    (
        "",
        "Tết Đinh Dậu (|từ 26/1 -1/2|), cả nước",
        "period --01-26..--02-01",
    ),
    (
        "",
        "kỳ trả nợ |từ 5/10/2016 – 30/6/2017|, lãi",
        "period 2016-10-05..2017-06-30",
    ),
    (
        "",
        "|từ ngày 14 - 21/1/2015|, Đan viện",
        "period 2015-01-14..2015-01-21",
    ),
    (
        "",
        "tổ chức |ngày 25-27/12/2020| với",
        "period 2020-12-25..2020-12-27",
    ),
    (
        "2021-04-20",
        "sân bay trong dịp |30/4-1/5|",
        "period 2021-04-30..2021-05-01",
    ),
    ("", "năm học |2020 - 2021|.", "period 2020..2021"),
    ("", "|nhiệm kỳ 2020 - 2025|.", "period 2020..2025"),
    // A period cannot run backwards: only the time-word rule is left.
    ("", "giai đoạn |2020| - 2012", "date 2020"),
    // Periods written as one expression.
    ("", "|nửa đầu năm 2020|", "period 2020-01..2020-06"),
    ("", "|nửa cuối năm 2020|", "period 2020-07..2020-12"),
    ("", "|quý I-III/2020|", "period 2020-Q1..2020-Q3"),
    ("", "doanh thu |H1/2020| đạt", "period 2020-01..2020-06"),
    ("", "|tháng 4-6/2020|", "period 2020-04..2020-06"),
    ("", "|thập niên 1990|", "period 1990..1999"),
    ("", "|những năm 1990|", "period 1990..1999"),
    ("", "trong |những năm 80| và", "period 1980..1989"),
    ("", "Hollywood ở |thập niên 40-50| như", "period 1940..1959"),
    ("", "Ước |6 tháng đầu năm|, Quỹ", "period --01..--06"),
    (
        "2021-05-01",
        "Ước |6 tháng đầu năm|, Quỹ",
        "period 2021-01..2021-06",
    ),
    (
        "2021-05-01",
        "|6 tháng đầu năm nay|",
        "period 2021-01..2021-06",
    ),
    (
        "",
        "giám sát tài chính |6 tháng đầu năm 2016| và",
        "period 2016-01..2016-06",
    ),
    (
        "",
        "Cũng trong |3 tháng cuối năm 2025|, lượng",
        "period 2025-10..2025-12",
    ),
    ("", "|sáu tháng đầu năm 2019|", "period 2019-01..2019-06"),
    ("", "|2 quý đầu năm 2020|", "period 2020-Q1..2020-Q2"),
    ("", "GDP |9 tháng năm 2017| tăng", "period 2017-01..2017-09"),
    // Open periods.
    ("", "|Từ tháng 3 đến nay|, công suất", "period --03.. now"),
    (
        "2026-02-03",
        "|Từ tháng 3 đến nay|, công suất",
        "period 2025-03.. now",
    ),
    (
        "2021-01-05",
        "|từ 28/12 đến 3/1|",
        "period 2020-12-28..2021-01-03",
    ),
    ("2021-12-20", "|6 tháng đầu năm|", "period 2021-01..2021-06"),
    (
        "",
        "Tuy nhiên, |từ năm 2016 đến nay|, số vốn",
        "period 2016.. now",
    ),
    (
        "",
        "Tránh thai Thế giới kể |từ năm 2007|. Theo",
        "period 2007..",
    ),
    (
        "",
        "tố giác thân chủ |từ 2018| 434/457 đại biểu",
        "period 2018..",
    ),
    ("", "có hiệu lực |từ ngày 1/1/2018|.", "period 2018-01-01.."),
    ("", "thi hành |từ 1-1-2018|. Trước", "period 2018-01-01.."),
    (
        "2021-05-01",
        "chỉ đạo: Kể |từ 15h ngày 1/5/2021|, triển khai",
        "period 2021-05-01..",
    ),
    ("", "giảm mạnh |từ tháng 12/2016|. Tính", "period 2016-12.."),
    (
        "2026-02-08",
        "sự kiện |từ 28/1|, tức trước",
        "period 2026-01-28..",
    ),
    (
        "",
        "trên đất, |từ năm 2014| đến thời điểm thanh lý",
        "period 2014..",
    ),
    ("", "từ 3 đến 5 triệu đồng", ""),
    ("", "tăng từ 2000 người", ""),
    ("", "xếp hàng từ 4-5 giờ sáng", ""),
    // Deadlines and bounds with no start are dates.
    ("", "hoàn tất trước |ngày 24/4/2018| nếu", "date 2018-04-24"),
    (
        "",
        "Tuy nhiên, đến |ngày 31/12/2016| vẫn",
        "date 2016-12-31",
    ),
    ("", "định hướng |đến năm 2020|.", "date 2020"),
    ("", "sau |năm 2025| sẽ", "date 2025"),
];

fn pipeline(reference: &str) -> Pipeline {
    let mut cfg = Config {
        tone: ToneStyle::Keep,
        ..Config::default()
    };
    if !reference.is_empty() {
        cfg.reference = vnextract::meta::parse_date(reference);
        assert!(cfg.reference.is_some(), "bad reference {reference}");
    }
    Pipeline::new(cfg)
}

fn show(v: &Value) -> Option<String> {
    match v {
        Value::Date { point, modifier } => Some(match modifier {
            Some(m) => format!("date {point} {}", m.name()),
            None => format!("date {point}"),
        }),
        Value::Period {
            from,
            to,
            until_now,
        } => {
            let s = |p: &Option<vnextract::extract::TimePoint>| {
                p.map(|p| p.to_string()).unwrap_or_default()
            };
            let now = if *until_now { " now" } else { "" };
            Some(format!("period {}..{}{now}", s(from), s(to)))
        }
        _ => None,
    }
}

#[test]
fn dates_and_periods_table() {
    assert!(CASES.len() >= 120, "issue 4 asks for at least 120 cases");
    let mut failures = Vec::new();
    for &(reference, marked, expected) in CASES {
        let (text, spans) = common::unmark(marked);
        let p = pipeline(reference).process_text("case", &text);
        assert_eq!(p.text, text, "help: test texts must already be normalised");
        let got: Vec<String> = p
            .entities
            .iter()
            .filter(|e| matches!(e.kind(), Kind::Date | Kind::Period))
            .filter_map(|e| {
                show(&e.value).map(|v| format!("|{}| {v}", &p.text[e.span.start..e.span.end]))
            })
            .collect();
        let values: Vec<&str> = expected
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        assert_eq!(
            values.len(),
            spans.len(),
            "marks and values differ in {marked}"
        );
        let want: Vec<String> = spans
            .iter()
            .zip(&values)
            .map(|(&(s, e), v)| format!("|{}| {v}", &text[s..e]))
            .collect();
        if got != want {
            failures.push(format!("{marked}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn long_runs_come_through() {
    // Long runs of digits, `%` signs and slashes must come through with valid spans; whether
    // the time stays linear is checked by the scaling test in tests/robustness.rs (the best of
    // three runs at n and 8n), not by a clock here.
    let p = pipeline("");
    for unit in ["1", "1/", "%", "năm "] {
        let text = unit.repeat(200_000);
        let doc = p.process_text("long", &text);
        assert!(
            doc.entities.iter().all(|e| e.span.end <= doc.text.len()),
            "runs of {unit:?}"
        );
    }
}
