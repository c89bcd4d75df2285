//! `ratio` (SPEC §4.2), table-driven: see `figures_support` for the case format.

mod figures_support;

use vnextract::Kind;

/// Texts with the expected ratios marked, and their values.
const CASES: &[(&str, &str)] = &[
    // The seed articles.
    (
        "Đến nay, có |1.562/1604| đơn vị sử dụng lao động thực hiện",
        "1562/1604",
    ),
    // A counted noun after.
    ("đã hoàn thành |9/11| dự án thành phần", "9/11"),
    ("từ 2018 |434/457| đại biểu có mặt", "434/457"),
    (
        "đã có |10/30| bộ, ngành và |21/63| tỉnh, thành phố",
        "10/30; 21/63",
    ),
    ("và |22/63| địa phương chưa gửi", "22/63"),
    ("cung cấp 62 calo, |1/2| quả bưởi hồng", "1/2"),
    ("giành |2/3| số phiếu", "2/3"),
    ("tương đương |1/5| lượng dầu tiêu thụ", "1/5"),
    ("có |276/435| ý kiến", "276/435"),
    ("|45/50| học sinh đỗ", "45/50"),
    ("|7/10| người được hỏi", "7/10"),
    ("|12/12| huyện đã hoàn thành", "12/12"),
    ("|3/4| diện tích", "3/4"),
    ("|1/3| dân số", "1/3"),
    ("|18/20| xã đạt chuẩn", "18/20"),
    ("|5/7| doanh nghiệp", "5/7"),
    ("|15/15| chỉ tiêu", "15/15"),
    ("|4/5| trận đấu", "4/5"),
    ("|2/3| tổng số", "2/3"),
    ("|1.200/1.500| hộ dân", "1200/1500"),
    ("|30/45| phường", "30/45"),
    ("|8/9| cơ quan", "8/9"),
    ("|6/10| trường", "6/10"),
    ("|1/4| thành viên", "1/4"),
    ("|3/5| sản phẩm", "3/5"),
    // A figure word before.
    ("đạt |15/20|, vượt kế hoạch", "15/20"),
    ("có |3/5|.", "3/5"),
    ("được |8/10|.", "8/10"),
    ("chiếm trên |2/3| GDP của Mỹ", "2/3 over"),
    ("chiếm |1/3|.", "1/3"),
    ("bằng |1/10| mức cũ", "1/10"),
    ("khoảng |1/3| số", "1/3 about"),
    ("gần |2/3| tổng", "2/3 about"),
    ("hơn |1/2| số hộ", "1/2 over"),
    ("tương đương |3/4|.", "3/4"),
    ("xấp xỉ |1/2|.", "1/2 about"),
    ("dưới |1/3|.", "1/3 under"),
    // Not ratios: dates, symbols, seasons, labels.
    ("ngày 2/3", ""),
    ("ngày 2/3 đơn vị đã nộp", ""),
    ("hôm 21/11", ""),
    ("21/11 là ngày", ""),
    ("từ 28/1, tức trước gần hai tháng", ""),
    ("đến 31/12", ""),
    ("Nghị định 47/2017/NĐ-CP", ""),
    ("ngày 06/11/2020", ""),
    ("tháng 8/2020", ""),
    ("mùa giải 2014/15 – dưới thời", ""),
    ("Nghị quyết số 21-NQ/TW", ""),
    ("quý I/2017", ""),
    ("phục vụ 24/7", ""),
    ("số 12/3 đường Lê Lợi", ""),
    ("nghỉ lễ 30/4 và 1/5", ""),
    ("có 8/2020", ""),
    ("chiếm 5,8%/tổng dư nợ", ""),
    ("đạt 11,59%/30%", ""),
    ("Quyết định 645/QĐ-TTg", ""),
    ("đạt 10/5", ""),
    ("sáng 3/4 đơn vị", ""),
    ("mã 3/4a", ""),
    ("tỷ số 1/2 hiệp", ""),
    ("trước 15/6", ""),
    ("kể từ khoảng 1/5.", ""),
];

#[test]
fn ratios() {
    figures_support::check(Kind::Ratio, CASES);
}
