//! Rule tables of the `legal_ref` extractor (SPEC §4.7): document type words, type codes,
//! organ codes, named-law titles and the small word lists that bound titles and organ names.
//!
//! Everything here is data: the extractor builds its regex alternations and look-up maps from
//! these tables, so a linguist can extend them without touching code.

/// Document type words as written in running text (matched in any case) → canonical type
/// (SPEC §4.7). Longer words first where one is a prefix of another is not needed: the
/// extractor sorts the alternation by length.
pub(crate) const DOC_TYPES: &[(&str, &str)] = &[
    ("hiến pháp", "Hiến pháp"),
    ("bộ luật", "Bộ luật"),
    ("luật", "Luật"),
    ("pháp lệnh", "Pháp lệnh"),
    ("lệnh", "Lệnh"),
    ("nghị quyết liên tịch", "Nghị quyết liên tịch"),
    ("nghị quyết", "Nghị quyết"),
    ("nghị định", "Nghị định"),
    ("quyết định", "Quyết định"),
    ("chỉ thị", "Chỉ thị"),
    ("thông tư liên tịch", "Thông tư liên tịch"),
    ("thông tư", "Thông tư"),
    ("kết luận", "Kết luận"),
    ("quy định", "Quy định"),
    ("quy chế", "Quy chế"),
    ("hướng dẫn", "Hướng dẫn"),
    ("kế hoạch", "Kế hoạch"),
    ("thông báo", "Thông báo"),
    ("công văn", "Công văn"),
    ("công điện", "Công điện"),
    ("chương trình", "Chương trình"),
    ("đề án", "Đề án"),
    ("tờ trình", "Tờ trình"),
    ("báo cáo", "Báo cáo"),
];

/// Types that are also common verbs or generic nouns (`Bộ Y tế thông báo 15 ca`, `quyết định
/// 3 năm`, `kế hoạch 5 năm`): a short mention of these types without `số` needs the number to
/// be followed by a word of [`SHORT_MENTION_FOLLOW`] or by punctuation.
pub(crate) const VERB_LIKE_TYPES: &[&str] = &[
    "Lệnh",
    "Quyết định",
    "Kết luận",
    "Quy định",
    "Quy chế",
    "Hướng dẫn",
    "Kế hoạch",
    "Thông báo",
    "Chương trình",
    "Đề án",
    "Tờ trình",
    "Báo cáo",
];

/// Types that are never short mentions (a bare number after them is not a document number):
/// `Luật 2`, `Hiến pháp 1992` (a year, handled as a named law).
pub(crate) const NO_SHORT_MENTION_TYPES: &[&str] = &["Hiến pháp", "Bộ luật", "Luật", "Lệnh"];

/// Words after the number of a short mention of a verb-like type that show the number is a
/// document number (`quyết định 942 của Bộ Tài chính`).
pub(crate) const SHORT_MENTION_FOLLOW: &[&str] = &[
    "của", "ngày", "về", "do", "và", "được", "đã", "là", "ban", "quy", "hướng",
];

/// Words directly before `luật` that make it part of another word (`pháp luật`, `quy luật`,
/// `kỷ luật`, `dự luật`, `điều luật`) or of a name (`Công ty Luật …`, `Đại học Luật Hà Nội`,
/// `Thạc sĩ Luật`) rather than the type word.
pub(crate) const LUAT_COMPOUND_PREV: &[&str] = &[
    "pháp", "quy", "kỷ", "dự", "điều", "văn", "ty", "hãng", "học", "khoa", "ngành", "nhân", "sĩ",
    "sinh", "giới", "đh",
];

/// Type codes inside symbols → canonical type (Nghị định 30/2020/NĐ-CP, appendix I; party
/// documents: Hướng dẫn 36-HD/VPTW). Case as written in the symbol (`QĐi`, `TTr`).
pub(crate) const TYPE_CODES: &[(&str, &str)] = &[
    ("NQ", "Nghị quyết"),
    ("NQLT", "Nghị quyết liên tịch"),
    ("NĐ", "Nghị định"),
    ("QĐ", "Quyết định"),
    ("QĐi", "Quy định"),
    ("QyĐ", "Quy định"),
    ("QC", "Quy chế"),
    ("CT", "Chỉ thị"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("KL", "Kết luận"),
    ("HD", "Hướng dẫn"),
    ("HDLT", "Hướng dẫn"),
    ("KH", "Kế hoạch"),
    ("TB", "Thông báo"),
    ("CV", "Công văn"),
    ("CĐ", "Công điện"),
    ("BC", "Báo cáo"),
    ("TTr", "Tờ trình"),
    ("CTr", "Chương trình"),
    ("ĐA", "Đề án"),
    ("PL", "Pháp lệnh"),
    ("L", "Luật"),
    ("LCT", "Lệnh"),
    ("QH", "Luật"),
];

/// Organ codes inside symbols → issuing organ. Codes that carry a term number (`QH13`,
/// `UBTVQH14`, `HĐNN8`) are in [`TERM_ORGAN_CODES`].
pub(crate) const ORGAN_CODES: &[(&str, &str)] = &[
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("CTN", "Chủ tịch nước"),
    ("TW", "Ban Chấp hành Trung ương"),
    ("TƯ", "Ban Chấp hành Trung ương"),
    ("VPTW", "Văn phòng Trung ương Đảng"),
    ("BTGTW", "Ban Tuyên giáo Trung ương"),
    ("BTCTW", "Ban Tổ chức Trung ương"),
    ("BDVTW", "Ban Dân vận Trung ương"),
    ("BKTTW", "Ban Kinh tế Trung ương"),
    ("BNCTW", "Ban Nội chính Trung ương"),
    ("BĐNTW", "Ban Đối ngoại Trung ương"),
    ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
    ("TU", "Tỉnh ủy"),
    ("THU", "Thành ủy"),
    ("HU", "Huyện ủy"),
    ("QU", "Quận ủy"),
    ("ĐU", "Đảng ủy"),
    ("BCSĐ", "Ban cán sự đảng"),
    ("ĐĐ", "Đảng đoàn"),
    ("BYT", "Bộ Y tế"),
    ("BTC", "Bộ Tài chính"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BCT", "Bộ Công Thương"),
    ("BNV", "Bộ Nội vụ"),
    ("BTP", "Bộ Tư pháp"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BNN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BQP", "Bộ Quốc phòng"),
    ("BCA", "Bộ Công an"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BXD", "Bộ Xây dựng"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BNG", "Bộ Ngoại giao"),
    ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
    ("UBDT", "Ủy ban Dân tộc"),
    ("TTCP", "Thanh tra Chính phủ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("VPQH", "Văn phòng Quốc hội"),
    ("VPCTN", "Văn phòng Chủ tịch nước"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("KTNN", "Kiểm toán nhà nước"),
    ("BHXH", "Bảo hiểm xã hội Việt Nam"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    ("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("UBMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("MTTQ", "Mặt trận Tổ quốc Việt Nam"),
    ("TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
    ("TCT", "Tổng cục Thuế"),
    ("TCHQ", "Tổng cục Hải quan"),
    ("UBCKNN", "Ủy ban Chứng khoán Nhà nước"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("SYT", "Sở Y tế"),
    ("STC", "Sở Tài chính"),
    ("SGDĐT", "Sở Giáo dục và Đào tạo"),
];

/// Organ codes followed by the term (khóa) of the body in Arabic digits → organ name, to
/// which ` khóa <Roman numerals>` is appended (`QH13` → `Quốc hội khóa XIII`), and the type
/// of a bare symbol that starts with the code (`58/2014/QH13` is a law).
pub(crate) const TERM_ORGAN_CODES: &[(&str, &str, &str)] = &[
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội", "Pháp lệnh"),
    ("HĐNN", "Hội đồng Nhà nước", "Pháp lệnh"),
    ("QH", "Quốc hội", "Luật"),
];

/// Organ codes that may open the symbol of an administrative letter (công văn), whose form is
/// number/ORGAN-UNIT (`789/UBND-KT`, `15700/BTC-TCDN`): any of [`ORGAN_CODES`] except the
/// party committees and `CP`/`TW` whose letters never take that form.
pub(crate) const NOT_LETTER_ORGANS: &[&str] = &["CP", "TW", "TƯ", "TU", "HU", "QU", "ĐU", "CTN"];

/// Words that never start a title of a named law, though capitalised (`Luật Sửa đổi, bổ sung
/// một số điều của …` names the law it amends, `Luật Việt Nam` is "Vietnamese law", `Luật Sư
/// Nguyễn …` is a lawyer).
pub(crate) const NOT_TITLE_START: &[&str] = &[
    "sửa", "việt", "này", "số", "năm", "và", "của", "sư", "gia", "lệ", "pháp", "học",
];

/// Words that end an unknown title (one not in `law_titles.txt`): verbs, prepositions and
/// conjunctions that follow a law's name in running text.
pub(crate) const TITLE_STOP: &[&str] = &[
    "có", "của", "đã", "được", "là", "sẽ", "và", "về", "với", "do", "để", "cho", "thì", "mà",
    "này", "đó", "trong", "tại", "theo", "khi", "quy", "vừa", "mới", "cũng", "không", "đang",
    "nên", "nêu", "ra", "bị", "hiện", "sau", "trước", "ban", "năm", "số", "sửa", "hết", "cần",
    "phải", "vẫn", "đều", "chưa", "gồm", "nhằm", "thông", "dự", "đối", "thay", "có", "như", "từ",
    "đến", "hay", "hoặc", "nhưng", "thuộc", "năm",
];

/// Words (or two-word phrases) that end an organ name after `của` (`của Chính phủ quy định …`, `của UBND tỉnh Hải
/// Dương về việc …`, `của Ủy ban An toàn giao thông Quốc gia yêu cầu …`).
pub(crate) const ORGAN_STOP: &[&str] = &[
    "về",
    "quy định",
    "hướng dẫn",
    "ban hành",
    "phê duyệt",
    "xác định",
    "yêu cầu",
    "đề nghị",
    "trả",
    "được",
    "đã",
    "đang",
    "sẽ",
    "là",
    "có",
    "do",
    "với",
    "cho",
    "tại",
    "theo",
    "nhằm",
    "trong",
    "gửi",
    "thì",
    "mà",
    "này",
    "đó",
    "khi",
    "nên",
    "vì",
    "để",
    "sửa đổi",
    "bổ sung",
    "thay",
    "cũng",
    "vừa",
    "mới",
    "không",
    "đối",
    "nêu",
    "nói",
    "tới",
    "lên",
    "ra",
    "vào",
    "triển khai",
    "thực hiện",
    "tổ chức",
    "số",
    "ngày",
    "năm",
    "tháng",
    "từ",
    "đến",
    "kèm",
    "kể",
    "chấp thuận",
    "như",
    "chỉ đạo",
    "giao",
    "ký",
];

/// Two-word phrases that continue an organ name though their first word is in
/// [`ORGAN_STOP`] (`Ủy ban An toàn giao thông Quốc gia`, but `UBND Thành phố giao Chủ tịch …`).
pub(crate) const ORGAN_KEEP: &[&str] = &["giao thông", "ký kết"];

/// Lower-case words allowed inside an organ name even after another lower-case word
/// (`UBND tỉnh Hải Dương`, `Ủy ban nhân dân thành phố Hà Nội`).
pub(crate) const ORGAN_INNER: &[&str] = &[
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "trấn",
    "nhân",
    "dân",
];

/// Words that, capitalised, start a new sentence rather than continue an organ name (`… của
/// Bộ Tài Chính Cả Mazda CX-3 …` in text whose line breaks were lost).
pub(crate) const SENTENCE_START: &[&str] = &[
    "cả", "các", "những", "theo", "trong", "tuy", "nhưng", "còn", "đây", "đó", "khi", "sau",
    "trước", "tại", "với", "ngoài", "hiện", "ông", "bà", "anh", "chị", "nếu", "vì", "để", "từ",
    "đến", "ngay", "cùng", "như", "mới", "năm", "ngày", "tháng", "này", "việc", "số", "quy",
];

/// Names of the state written between `Hiến pháp` and its year (`Hiến pháp nước Cộng hòa xã
/// hội chủ nghĩa Việt Nam năm 1992`), in both tone styles.
pub(crate) const STATE_NAMES: &[&str] = &[
    "nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "nước Cộng hoà xã hội chủ nghĩa Việt Nam",
    "nước Việt Nam dân chủ cộng hòa",
    "nước Việt Nam dân chủ cộng hoà",
];
