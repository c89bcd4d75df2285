//! `number` (SPEC §4.1), table-driven: see `figures_support` for the case format.

mod figures_support;

use vnextract::Kind;

/// Texts with the expected numbers marked, and their values.
const CASES: &[(&str, &str)] = &[
    // The seed articles.
    ("Sau |8| năm thực hiện", "8 unit=năm"),
    (
        "Đến nay, toàn tỉnh có |156| đại lý, |358| điểm thu và |396| nhân viên với chất lượng",
        "156 unit=đại lý; 358 unit=điểm thu; 396 unit=nhân viên",
    ),
    (
        "số người tham gia bảo hiểm thất nghiệp là |866.020| người",
        "866020 unit=người",
    ),
    (
        "ước đến hết năm 2020 đạt hơn |1,484 triệu| người.",
        "1484000 unit=người over",
    ),
    (
        "người cao tuổi từ |60 tuổi đến dưới 80| tuổi và học sinh",
        "60..80 unit=tuổi",
    ),
    ("tổ chức Hội nghị sơ kết |5| năm thực hiện", "5 unit=năm"),
    ("toàn tỉnh có |976.591| người tham gia", "976591 unit=người"),
    (
        "khen thưởng cho |12| tập thể, |8| cá nhân thực hiện tốt",
        "12 unit=tập thể; 8 unit=cá nhân",
    ),
    // Separators.
    ("sản lượng |2.000,5| tấn", "2000.5 unit=tấn"),
    ("có |1.5 triệu| người", "1500000 unit=người"),
    ("dài |12.5| km", "12.5 unit=km"),
    ("đạt |1,234,567| lượt", "1234567 unit=lượt"),
    ("khai thác |1,234.5| tấn", "1234.5 unit=tấn"),
    ("gạo |73,38| tấn", "73.38 unit=tấn"),
    ("tới |3.641,19| điểm.", "3641.19 unit=điểm"),
    // Scale words, compounds and sums.
    ("doanh thu |500 tỷ|, tăng mạnh", "500000000000"),
    ("tổng diện tích |3,9 triệu| m2 sàn", "3900000 unit=m2"),
    (
        "khoảng |917.289 ngàn| tấn quặng",
        "917289000 unit=tấn about",
    ),
    ("chi gần |1,3 nghìn tỷ|, tăng 46%", "1300000000000 about"),
    ("khoảng |5 trăm nghìn| người", "500000 unit=người about"),
    ("dân số |1 triệu rưỡi| người", "1500000 unit=người"),
    ("thu hút |3 tỷ 200 triệu| lượt", "3200000000 unit=lượt"),
    ("vốn |2,5 tr|, lãi ít", "2500000"),
    ("có |3 chục| người", "30 unit=người"),
    // Spelled-out numbers.
    ("có |hai mươi mốt| người", "21 unit=người"),
    ("cụ ông |một trăm linh năm| tuổi", "105 unit=tuổi"),
    ("sau |mười hai| tháng", "12 unit=tháng"),
    ("có |hai triệu| người", "2000000 unit=người"),
    ("trong |hai mươi năm| qua", "25"),
    ("có |ba mươi lăm nghìn| người", "35000 unit=người"),
    ("thêm |hai trăm nghìn| người", "200000 unit=người"),
    ("khoảng |nửa triệu| người", "500000 unit=người about"),
    ("có |một triệu| người", "1000000 unit=người"),
    ("|Hai| tuần sau đó", "2 unit=tuần"),
    ("cho vợ và |hai| người con", "2 unit=người con"),
    ("mỗi tuần ăn |ba| lần", "3 unit=lần"),
    ("suốt |hai mươi tư| giờ", "24 unit=giờ"),
    ("có |mười| người", "10 unit=người"),
    ("trong |mười| năm", "10 unit=năm"),
    (
        "Ngoài ra, |hai| trong số |5| người con",
        "2; 5 unit=người con",
    ),
    // Negatives, ranges, qualifiers.
    ("nhiệt độ |-5| độ C", "-5 unit=độ C"),
    ("nhiệt độ |âm 5| độ", "-5 unit=độ"),
    ("mỗi nhóm |1-2| người", "1..2 unit=người"),
    ("diện tích |28 - 45| m2", "28..45 unit=m2"),
    ("thu nhập từ |3 đến 5 triệu| mỗi tháng", "3000000..5000000"),
    (
        "khoảng |250.000 đến 300.000| ca phá thai",
        "250000..300000 unit=ca about",
    ),
    ("người từ đủ |14 tuổi đến dưới 16| tuổi", "14..16 unit=tuổi"),
    ("có khoảng |75.000| du khách", "75000 unit=du khách about"),
    ("gần |1.000| công nhân", "1000 unit=công nhân about"),
    ("xấp xỉ |200| hộ dân", "200 unit=hộ dân about"),
    ("dưới |10| người", "10 unit=người under"),
    ("chưa đến |30| ngày", "30 unit=ngày under"),
    ("chừng |15| phút", "15 unit=phút about"),
    ("vượt |3| lần", "3 unit=lần over"),
    ("hấp khoảng |2| giờ, đến khi chín", "2 unit=giờ about"),
    // Units: glued, multi-word, measures, ages.
    ("đạp được |17| dặm (|27|km)", "17 unit=dặm; 27 unit=km"),
    ("thư viện |2500|m2, ký túc xá", "2500 unit=m2"),
    ("anh |31| tuổi", "31 unit=tuổi"),
    ("đường dài |35| km", "35 unit=km"),
    ("có |5.793| điểm giao cắt", "5793 unit=điểm giao cắt"),
    (
        "trong |100| g hàu có |71,2| mg kẽm",
        "100 unit=g; 71.2 unit=mg",
    ),
    (
        "Luật có |6| Chương, |33| Điều",
        "6 unit=Chương; 33 unit=Điều",
    ),
    ("tổng số |15| người", "15 unit=người"),
    ("được cấp |2| bằng", "2 unit=bằng"),
    ("Ở độ tuổi |102|, ông", "102"),
    ("cùng kỳ của |3| năm 2012, 2013 và 2014", "3 unit=năm"),
    // Not figures.
    ("Theo Điều 5 khoản 2 Luật này", ""),
    ("Chương II của Bộ luật", ""),
    ("Quốc lộ 1A đoạn qua tỉnh", ""),
    ("dịch COVID-19 bùng phát", ""),
    ("Hội nghị G20 diễn ra", ""),
    ("nhà số 12 đường Lê Lợi", ""),
    ("ngụ tại 198 Trần Quang Khải", ""),
    ("phường Mỹ Đình 2, quận Nam Từ Liêm", ""),
    ("gọi số 0912.345.678 để được tư vấn", ""),
    ("xe biển số 29A-123.45 vi phạm", ""),
    ("giải đặc biệt 12345 thuộc về", ""),
    ("đội nhà thắng 3-0 trước đối thủ", ""),
    ("lọt Top 10 thế giới", ""),
    ("xếp hạng 3 thế giới", ""),
    ("lần thứ 3 liên tiếp", ""),
    ("đại biểu khóa 13 của tỉnh", ""),
    ("bắt đầu lúc 19:00 tối", ""),
    ("bắt đầu lúc 13 giờ", ""),
    ("từ 8 giờ sáng", ""),
    ("hàng trăm người và vài chục hộ", ""),
    ("một người đàn ông", ""),
    ("năm nay và năm người", ""),
    ("sinh năm 1990 tại", ""),
    ("ngày 21/11 và tháng 8", ""),
    ("theo Nghị định 47/2017/NĐ-CP của", ""),
    ("chỉ số CAC 40 tại Paris", ""),
    ("mẫu iPhone 15 ra mắt", ""),
    ("ba mẹ tôi", ""),
    ("kinh tế tư nhân", ""),
    ("mùa giải 2014/15 kết thúc", ""),
    ("giai đoạn 2016-2020 của tỉnh", ""),
    ("lớp 12 là lớp cuối cấp", ""),
    ("Viettel thử nghiệm thành công 4G ở Hà Nội", ""),
    ("như các nước khác [1]. Như trong bài", ""),
    (
        "sử dụng |500| lao động. 4. Giảm tiền thuê",
        "500 unit=lao động",
    ),
    ("kích thước 1983 x 694 x 1038 mm", ""),
    ("kết quả bóng đá đêm 5.2, rạng sáng 6.2", ""),
    ("cơ sở 2. Phương Kiếm", ""),
    ("Nghị quyết 39-NQ/TW của Bộ Chính trị", ""),
    ("nút giao IC7 (Km48+890) đã thông xe", ""),
    ("cao; (3) Hoạt động sản xuất", ""),
    ("văn bản ký hôm 11.7 gửi Bộ Y tế", ""),
    ("Lô đất |697|m 2 tại ấp Tân Phú", "697 unit=m 2"),
];

#[test]
fn numbers() {
    figures_support::check(Kind::Number, CASES);
}

/// Degenerate inputs must stay linear and must not panic: a million digits, runs of scale
/// words, percent signs and slashes.
#[test]
fn pathological_inputs() {
    let pipeline = vnextract::Pipeline::default();
    let inputs = [
        "1".repeat(1_000_000),
        "5 ".to_string() + &"nghìn ".repeat(100_000),
        "5%".repeat(200_000),
        "1/".repeat(200_000),
        "hai ".repeat(200_000),
        "hai ".repeat(50_000),
        "5%".repeat(50_000),
        "1.".repeat(200_000),
        "-".repeat(100_000) + "5",
    ];
    for text in &inputs {
        // Timing is left to benchmarks and to the scaling test in tests/robustness.rs; here
        // degenerate input must simply come through with valid spans.
        let p = pipeline.process_text("big", text);
        assert!(p.entities.iter().all(|e| e.span.end <= p.text.len()));
    }
}
