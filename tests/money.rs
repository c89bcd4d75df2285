//! `money` (SPEC §4.4), table-driven: see `figures_support` for the case format.

mod figures_support;

use vnextract::Kind;

/// Texts with the expected amounts marked, and their values.
const CASES: &[(&str, &str)] = &[
    // The seed articles.
    (
        "bảo hiểm thất nghiệp trên |1.030 tỷ đồng|. Việc thực hiện",
        "1030000000000 VND over",
    ),
    // SPEC examples.
    ("giá |700.000 đồng|", "700000 VND"),
    ("lương |2,5 tr đồng|", "2500000 VND"),
    ("vay |5 triệu USD|", "5000000 USD"),
    ("giá |$300|", "300 USD"),
    ("trợ cấp |1,39 triệu đồng/tháng|", "1390000 VND per=tháng"),
    // VND in its spellings.
    ("tổng vốn đầu tư |12.100 tỷ đồng|.", "12100000000000 VND"),
    ("giá |16.718.000 đồng| nhưng", "16718000 VND"),
    ("là: |101.996.515.000 đồng|;", "101996515000 VND"),
    ("phân bổ |270,504 tỷ đồng| bồi thường", "270504000000 VND"),
    ("là |29.512 tỉ đồng|, trong đó", "29512000000000 VND"),
    (
        "khoảng |600 nghìn tỷ đồng| nợ xấu",
        "600000000000000 VND about",
    ),
    ("xử lý được |611,59 nghìn tỷ đồng|.", "611590000000000 VND"),
    (
        "xấp xỉ |600.000 tỉ đồng| chiếm",
        "600000000000000 VND about",
    ),
    ("giá |500đ|", "500 VND"),
    ("giá |500 đ| một chiếc", "500 VND"),
    ("phí |20.000 VNĐ|", "20000 VND"),
    ("phí |20.000 VND|", "20000 VND"),
    ("giá |950 triệu đồng|, trong khi", "950000000 VND"),
    ("giá |2,05 tỷ đồng|.", "2050000000 VND"),
    ("nhận |hai triệu đồng|", "2000000 VND"),
    ("nhận |ba trăm nghìn đồng|", "300000 VND"),
    ("nhận |1 tỷ 200 triệu đồng|", "1200000000 VND"),
    ("nhận |1 triệu rưỡi đồng|", "1500000 VND"),
    ("nhận |một triệu đồng|", "1000000 VND"),
    // Other currencies.
    ("trợ cấp |16.000 euro| lần đầu", "16000 EUR"),
    (
        "lương |1 triệu euro| (tương đương |1,1 triệu USD|)",
        "1000000 EUR; 1100000 USD",
    ),
    (
        "giá |499USD|(khoảng |12,9 triệu đồng|)",
        "499 USD; 12900000 VND about",
    ),
    ("mua |750 tỷ đô la| năng lượng", "750000000000 USD"),
    ("giá |10 đô la Mỹ|", "10 USD"),
    ("phí |20 EUR|", "20 EUR"),
    ("phí |€20|", "20 EUR"),
    ("vốn |US$ 5 triệu|", "5000000 USD"),
    ("giá |1.000 yên|", "1000 JPY"),
    ("giá |1.000 yen|", "1000 JPY"),
    ("giá |10 NDT|", "10 CNY"),
    ("giá |20 nhân dân tệ|", "20 CNY"),
    (
        "gần |500.000 won| (khoảng |344 USD|)",
        "500000 KRW about; 344 USD about",
    ),
    ("giá |20 bảng Anh|", "20 GBP"),
    ("mức |1 euro| = |1,1023 USD|", "1 EUR; 1.1023 USD"),
    // Rates.
    ("nhà ở xã hội |100 triệu đồng/căn|", "100000000 VND per=căn"),
    ("lên |48,85 USD/thùng|.", "48.85 USD per=thùng"),
    ("giảm xuống |1.222,7 USD/ounce|.", "1222.7 USD per=ounce"),
    (
        "gần |33,8 triệu đồng/lượng|, chưa",
        "33800000 VND per=lượng about",
    ),
    ("khoảng |25.000 đồng/kg|, giảm", "25000 VND per=kg about"),
    ("mức |1,0926 USD/euro| vào lúc", "1.0926 USD per=euro"),
    ("lương |1.300.000 đồng/tháng|.", "1300000 VND per=tháng"),
    ("Với mức phí |99 USD một năm|, thành viên", "99 USD per=năm"),
    ("giá |500 USD mỗi đêm|", "500 USD per=đêm"),
    ("giá |5.000 đồng/lít|", "5000 VND per=lít"),
    // Ranges and qualifiers.
    ("lương |2-3 triệu đồng|", "2000000..3000000 VND"),
    ("từ |3 đến 5 triệu đồng|", "3000000..5000000 VND"),
    (
        "giá từ |6.000 đồng đến 7.000 đồng/kg|",
        "6000..7000 VND per=kg",
    ),
    (
        "giá |400.000 - 700.000 đồng/kg|",
        "400000..700000 VND per=kg",
    ),
    ("hơn |84.000 euro| với tư cách", "84000 EUR over"),
    ("trên |400 tỷ đồng|.", "400000000000 VND over"),
    ("gần |20.000 tỷ đồng|…", "20000000000000 VND about"),
    ("dưới |1 triệu đồng|", "1000000 VND under"),
    ("tăng |1,01 USD| (2,1%)", "1.01 USD"),
    ("(+|70 USD/ounce|)", "70 USD per=ounce"),
    ("giá |-5 USD|", "-5 USD"),
    // Not money.
    ("doanh thu 500 tỷ", ""),
    ("hai đồng chí lãnh đạo", ""),
    ("ba đồng bào dân tộc", ""),
    ("đồng thời 5 người", ""),
    ("có 3 đô thị loại I", ""),
    ("tặng 2 đồng hồ", ""),
    ("năm đồng", ""),
    ("một đồng", ""),
    ("tỉnh Đồng Nai", ""),
    ("đồng ý với 5 ý kiến", ""),
    ("giá tăng 5%", ""),
];

#[test]
fn money() {
    figures_support::check(Kind::Money, CASES);
}
