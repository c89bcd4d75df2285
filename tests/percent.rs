//! `percent` (SPEC §4.3), table-driven: see `figures_support` for the case format.

mod figures_support;

use vnextract::Kind;

/// Texts with the expected percentages marked, and their values.
const CASES: &[(&str, &str)] = &[
    // The seed articles.
    ("hỗ trợ |100%| hộ cận nghèo", "100"),
    (
        "tỷ lệ bao phủ bảo hiểm xã hội đạt |32,8%| lực lượng lao động;",
        "32.8",
    ),
    ("bảo hiểm y tế đạt |92%| dân số, vượt mục tiêu", "92"),
    ("giao dịch qua mạng Internet, đạt |73,38%|.", "73.38"),
    (
        "bảo hiểm xã hội mới đạt |11,59%/30%|, bảo hiểm",
        "11.59 target=30",
    ),
    (
        "bảo hiểm thất nghiệp đạt |10,17%/51%|; do xuất phát",
        "10.17 target=51",
    ),
    (
        "Bảo hiểm y tế đạt |94,40%|, vượt |14,4%| so với",
        "94.4; 14.4 over",
    ),
    (
        "so với Nghị quyết số 21, vượt |4,4%| so Chương trình",
        "4.4 over",
    ),
    ("do khoảng |32%| người dân tộc Khmer", "32 about"),
    // Forms of the sign.
    ("dự kiến giảm xuống |4,3 %|, thấp hơn", "4.3"),
    ("tăng |73,38 %|", "73.38"),
    ("tăng |10 phần trăm|", "10"),
    ("giảm |mười lăm phần trăm|", "15"),
    ("tăng |hai mươi phần trăm| so với", "20"),
    ("giảm |ba phần trăm|", "3"),
    ("tăng |1,2%| so với cùng kỳ", "1.2"),
    ("Tỷ lệ thắng: |52.63%| mùa trước", "52.63"),
    ("tỷ lệ |47,2%|", "47.2"),
    ("chỉ |0,1%|", "0.1"),
    ("tăng |175%|", "175"),
    ("tăng |1.000%|", "1000"),
    ("lãi suất |7,5 %| một năm", "7.5"),
    ("cổ phần |19,3%| tại", "19.3"),
    ("(|60%|), tăng", "60"),
    ("chiếm |5,8%|/tổng dư nợ", "5.8"),
    // Negatives, ranges, targets, points.
    ("giảm |-0,5%|", "-0.5"),
    ("lạm phát |-1,2%|", "-1.2"),
    ("tăng trưởng |5-7%| mỗi năm", "5..7"),
    ("tăng |5 - 7%|", "5..7"),
    ("tăng |5% - 7%|", "5..7"),
    ("tăng |5%-7%|", "5..7"),
    ("nằm trong khoảng từ |10% đến 60%|, nhuộm", "10..60"),
    ("tăng |10 đến 15 phần trăm|", "10..15"),
    ("tăng |3–5%|", "3..5"),
    ("tăng |10%| đến năm 2025", "10"),
    ("đạt |80%/90%| kế hoạch", "80 target=90"),
    ("giảm |0,5 điểm phần trăm|", "0.5 points"),
    ("tăng |1,2 điểm %| so với", "1.2 points"),
    ("giảm |hai điểm phần trăm|", "2 points"),
    // Qualifiers.
    ("chiếm hơn |86%| lượng giao dịch", "86 over"),
    ("trên |50%| vốn điều lệ", "50 over"),
    ("dưới |3%|", "3 under"),
    ("chưa đến |1%| dân số", "1 under"),
    ("gần |7%| so với", "7 about"),
    ("xấp xỉ |12%|", "12 about"),
    ("ước |6,5%|", "6.5 about"),
    ("chừng |20%|", "20 about"),
    ("cao hơn |6,1%| (+70 USD/ounce)", "6.1"),
    ("ít hơn |47%|.", "47"),
    ("vượt |10%| tổng dư nợ", "10 over"),
    ("khoảng |1,6%|.", "1.6 about"),
    // Several in a sentence.
    ("có |4%| nam giới và |13%| phụ nữ", "4; 13"),
    (
        "tăng 3 vụ (|60%|), tăng 3 người chết (|100%|), tăng 7 người bị thương (|175%|).",
        "60; 100; 175",
    ),
    ("có tới |90%| tiền của dân, |10%| của ngân hàng", "90; 10"),
    ("giảm |0,2%| xuống 12.694,55 điểm", "0.2"),
    ("tăng |1,01 phần trăm| và |2,1%|", "1.01; 2.1"),
    // Not percentages.
    ("dịch COVID-19 bùng phát", ""),
    ("tỷ lệ cao", ""),
    ("phần trăm số phiếu", ""),
    ("năm phần trăm", ""),
    ("phần lớn người dân", ""),
    ("ngày 21/11 và 19:00", ""),
    ("ký hiệu % trên bàn phím", ""),
    ("mạng 4G% là lỗi gõ", ""),
    ("đạt 50 điểm và 5 phần thưởng", ""),
    ("chiếm phần trăm lớn", ""),
];

#[test]
fn percentages() {
    figures_support::check(Kind::Percent, CASES);
}
