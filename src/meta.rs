//! Document metadata (SPEC §5): fields of the JSONL line, and what the text itself carries
//! in its header and footer lines.
//!
//! [`read_from_text`] reads, from a normalised text:
//! - `title`: the first line when the text has a header shape (several lines, a first line
//!   that is short and does not end like a sentence), without a trailing ` - <site>`
//!   (`Thúc đẩy … cuộc sống - Cổng thông tin điện tử - Sở Xây Dựng - Vĩnh Phúc`), which gives
//!   `site`;
//! - `published` (ISO `YYYY-MM-DD`): a line near the top that is only a date or a dateline
//!   (`06/11/2020`, `Thứ tư, 7/2/2024, 23:41 (GMT+7)`, `Cập nhật: 06/11/2020 08:30`);
//! - `source_name`: a short `Nguồn: …` / `Theo …` line near the end (`Nguồn:Cổng TT-GTĐT
//!   tỉnh Vĩnh Phúc`, `Theo VTC14`); a long `Theo chỉ đạo của Tỉnh ủy, …` is a sentence;
//! - `author`: a short name line at the end (`Nguyễn Dũ`, `H.Long`, `Huyền Lê (Theo AFP)`);
//! - `agency`: a leading `(TG) -` style prefix of the first body line.
//!
//! Boilerplate (`Các tin đã đưa ngày:`, `Lưu bài viết thành công`, share and print buttons;
//! the data table [`BOILERPLATE_LINES`]) is dropped from the text; nothing else changes, so
//! a bare paragraph keeps its exact text. JSONL fields of the same meaning (`title`,
//! `published`, `published_at`, `date`, `author`, `url`) take precedence: a field already in
//! `meta` is never overwritten.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Map, Value as Json};

use crate::extract::TimePoint;

/// JSONL fields that give the publication date, in order of preference.
pub const PUBLISHED_FIELDS: &[&str] = &["published", "published_at", "date", "published_raw"];

/// Lines that are site furniture, not article text: dropped when a whole line is one of
/// them (compared as written, after normalisation).
pub const BOILERPLATE_LINES: &[&str] = &[
    "Các tin đã đưa ngày:",
    "Các tin đã đưa ngày",
    "Các tin khác:",
    "Các tin khác",
    "Lưu bài viết thành công",
    "Tin bài đã lưu",
    "Chia sẻ",
    "Chia sẻ:",
    "Chia sẻ bài viết",
    "Chia sẻ bài viết:",
    "In bài viết",
    "In bài",
    "Bản in",
    "Gửi bài viết",
    "Gửi email",
    "Gửi cho bạn bè",
    "Lưu bài",
    "Lưu",
    "Copy link",
    "Sao chép liên kết",
    "Facebook",
    "Twitter",
    "Zalo",
    "Tweet",
    "Email",
    "Print",
    "Share",
    "Về đầu trang",
    "Lên đầu trang",
    "Trở về đầu trang",
    "Quay lại",
    "Quay lại trang trước",
    "Tin liên quan",
    "Tin liên quan:",
    "TIN LIÊN QUAN",
    "Bài viết liên quan",
    "Tin cùng chuyên mục",
    "Xem thêm",
    "Xem thêm:",
];

/// Labels before a date line (`Cập nhật: 06/11/2020 08:30`).
const DATE_LABELS: &[&str] = &[
    "Cập nhật lúc",
    "Cập nhật",
    "Ngày cập nhật",
    "Ngày đăng",
    "Đăng ngày",
    "Đăng lúc",
    "Ngày xuất bản",
    "Xuất bản",
    "Thời gian",
    "Ngày",
];

/// The start of a site name after ` - ` at the end of a title (`… - Báo Lao Động`).
const SITE_HINTS: &[&str] = &[
    "Báo ",
    "báo ",
    "Cổng thông tin",
    "Cổng TTĐT",
    "Cổng TT",
    "Trang thông tin",
    "Trang tin",
    "Tạp chí",
    "Đài ",
    "Thông tấn",
    "VnExpress",
    "Dân trí",
    "Dân Trí",
    "Tuổi Trẻ",
    "Tuổi trẻ",
    "Thanh Niên",
    "Thanh niên",
    "VietNamNet",
    "Vietnamnet",
    "VietnamPlus",
    "Zing",
    "ZingNews",
    "VOV",
    "VTV",
    "VTC",
    "Nhân Dân",
    "Lao Động",
    "Người Lao Động",
    "Tiền Phong",
    "Sài Gòn Giải Phóng",
    "Pháp Luật",
    "Pháp luật",
    "CafeF",
    "CafeBiz",
    "Kenh14",
    "Soha",
    "Báo Mới",
    "Baomoi",
    "Vietstock",
    "Công an nhân dân",
    "Quân đội nhân dân",
];

/// Words of a `Nguồn …`/`Theo …` source line.
const SOURCE_WORDS: &[&str] = &["Nguồn", "Theo", "NGUỒN", "THEO"];

/// A line that is only a date, optionally with a weekday, a label, a clock time and a time
/// zone: `06/11/2020`, `Thứ tư, 7/2/2024, 23:41 (GMT+7)`, `Chủ nhật, 18/2/2024 - 10:15`,
/// `T5, 06/11/2020 08:30`, `Cập nhật: 06-11-2020`.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let labels = DATE_LABELS
        .iter()
        // Spaces are escaped: the pattern is written in `(?x)` mode.
        .map(|l| regex::escape(l).replace(' ', r"\ "))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?x)
        ^
        (?: (?:{labels}) \s* :? \s* )?                      # Cập nhật:
        (?: [0-9]{{1,2}}[:h][0-9]{{2}} \s* [,|-]? \s* )?      # a clock time before the date
        (?: (?P<wd> (?i: thứ \s* (?: hai|ba|tư|năm|sáu|bảy|[2-7] ) | chủ \s* nhật | t[2-7] | cn ) )
            \s* [,|-]? \s* )?                               # Thứ tư,
        (?: ngày \s+ )?
        (?P<d>[0-9]{{1,2}}) [/.-] (?P<m>[0-9]{{1,2}}) [/.-] (?P<y>[0-9]{{4}})
        (?: \s* [,|-]? \s* [0-9]{{1,2}} [:h] [0-9]{{2}} (?: :[0-9]{{2}} )? (?: \s* (?i:AM|PM|SA|CH) )? )?
        (?: \s* \(? \s* (?: GMT | UTC ) \s* [+-] \s* [0-9]{{1,2}} (?: :?[0-9]{{2}} )? \s* \)? )?
        \s* $
        "
    ))
    .expect("dateline pattern")
});

/// `(TG) - `, `(Chinhphu.vn) – `: an agency prefix at the start of the first body line.
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?x) ^ \( (?P<a> [^()\n]{1,30} ) \) \s* [-–—] \s* \S").expect("agency pattern")
});

/// Reads metadata from the text's own lines into `meta` (fields already there take
/// precedence) and returns the text without boilerplate lines when any were dropped.
pub fn read_from_text(text: &str, meta: &mut Map<String, Json>) -> Option<String> {
    let cleaned = drop_boilerplate(text);
    let body = cleaned.as_deref().unwrap_or(text);
    let lines: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();

    // Published: a JSONL field, else a date line near the top. Always written as ISO.
    if !meta.contains_key("published") {
        let from_fields = published(meta);
        let from_text = || lines.iter().take(6).find_map(|l| parse_dateline(l));
        if let Some(p) = from_fields.or_else(from_text) {
            meta.insert("published".into(), Json::String(p.to_string()));
        }
    }

    if lines.len() >= 2 && is_title_line(lines[0]) {
        let (title, site) = split_title(lines[0], lines[1]);
        put(meta, "title", title);
        if let Some(site) = site {
            put(meta, "site", site);
        }
    }
    if !meta.contains_key("site") {
        if let Some(host) = meta.get("url").and_then(Json::as_str).and_then(url_host) {
            let host = host.to_string();
            put(meta, "site", &host);
        }
    }

    // Agency: the first of the top lines that is not the title or a date line.
    if let Some(c) = lines
        .iter()
        .take(4)
        .find_map(|l| AGENCY.captures(l).filter(|_| l.chars().count() > 40))
    {
        put(meta, "agency", c["a"].trim());
    }

    // Footer: a source line and an author line among the last lines.
    if lines.len() >= 2 {
        let tail = &lines[lines.len().saturating_sub(3)..];
        let mut author_at = lines.len() - 1;
        for (k, l) in tail.iter().enumerate().rev() {
            if let Some(src) = source_line(l) {
                put(meta, "source_name", src);
                if tail.len() - 1 == k && k > 0 {
                    author_at = lines.len() - 2;
                }
                break;
            }
        }
        if author_at > 0 {
            let line = lines[author_at];
            match split_glued_source(line) {
                Some((author, src)) if is_name_line(author) => {
                    put(meta, "author", author);
                    if let Some(src) = source_line(src) {
                        put(meta, "source_name", src);
                    }
                }
                _ if is_name_line(line) => put(meta, "author", line),
                _ => {}
            }
        }
    }
    cleaned
}

/// Inserts `value` under `key` unless the field is already there (JSONL precedence).
fn put(meta: &mut Map<String, Json>, key: &str, value: &str) {
    if !value.is_empty() && !meta.contains_key(key) {
        meta.insert(key.into(), Json::String(value.to_string()));
    }
}

/// The text without boilerplate lines and prefixes, or `None` when there were none.
fn drop_boilerplate(text: &str) -> Option<String> {
    // Only whole lines go: furniture glued to a paragraph (24h.com.vn writes its "saved"
    // notice in front of the lead) stays, since removing part of a line would change the
    // text of a paragraph.
    let is_boiler = |l: &str| BOILERPLATE_LINES.contains(&l.trim());
    if !text.lines().any(is_boiler) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        if is_boiler(bare) {
            continue;
        }
        out.push_str(line);
    }
    // A dropped last line leaves a trailing newline (and a blank line before it) behind.
    while out.ends_with('\n') {
        out.pop();
    }
    if text.ends_with('\n') {
        out.push('\n');
    }
    Some(collapse_blank_lines(&out))
}

/// Dropping a line between two blank lines leaves two blank lines: keep one (SPEC §3.4).
fn collapse_blank_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    for line in s.split_inclusive('\n') {
        if line == "\n" {
            blank_run += 1;
            if blank_run > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
    }
    out
}

/// A first line that reads as a headline: short, several words, not ending like a sentence
/// or a clause, and not itself a date line.
fn is_title_line(l: &str) -> bool {
    let n = l.chars().count();
    let words = l.split(' ').count();
    (10..=250).contains(&n)
        && words >= 3
        && !l.ends_with(['.', ',', ';', ':'])
        && !l.starts_with('(')
        && parse_dateline(l).is_none()
}

/// Splits `Title - Site` into the title and the site. The site starts at the first ` - `
/// after which the next line repeats the title (`Title - Site` then `Title`), or whose rest
/// starts like a site name (`Báo …`, `Cổng thông tin …`, a domain).
fn split_title<'a>(first: &'a str, next: &str) -> (&'a str, Option<&'a str>) {
    if let Some(rest) = first.strip_prefix(next) {
        if let Some(site) = rest.strip_prefix(" - ") {
            return (next_title(first, next.len()), Some(site.trim()));
        }
    }
    for (i, _) in first.match_indices(" - ") {
        let site = &first[i + 3..];
        let is_site = SITE_HINTS.iter().any(|h| site.starts_with(h))
            || (site.chars().count() <= 40
                && [".vn", ".com", ".net", ".org"]
                    .iter()
                    .any(|d| site.to_ascii_lowercase().contains(d)));
        if is_site && site.chars().count() <= 80 {
            return (first[..i].trim(), Some(site.trim()));
        }
    }
    (first, None)
}

/// The title part of the first line: its first `len` bytes (the repeated second line).
fn next_title(first: &str, len: usize) -> &str {
    first[..len].trim()
}

/// The host of a URL without `www.` (`https://vnexpress.net/…` → `vnexpress.net`).
fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// `Nguồn: X`, `Nguồn:X`, `Theo X`, `(Theo X)`: the source, when the line is short and
/// reads as a name rather than a sentence.
fn source_line(l: &str) -> Option<&str> {
    let inner = l
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(l);
    let word = SOURCE_WORDS.iter().find(|w| inner.starts_with(**w))?;
    let rest = &inner[word.len()..];
    if !(rest.starts_with([' ', ':'])) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', ':']).trim();
    let is_nguon = word.eq_ignore_ascii_case("Nguồn") || *word == "NGUỒN";
    let ok = !rest.is_empty()
        && rest.chars().count() <= 80
        && rest
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && (is_nguon || (rest.split(' ').count() <= 6 && !rest.contains([',', ';'])))
        && !rest.ends_with([',', ';', ':']);
    ok.then_some(rest)
}

/// `T.ThủyTheo T.R`: an author line with the source glued on (the site's two footer
/// elements lost the break between them): the author and the `Theo …` part.
fn split_glued_source(line: &str) -> Option<(&str, &str)> {
    // `memmem` rather than `str::match_indices`: the last line is often the whole body, and
    // the SIMD search is several times faster than the std two-way search.
    SOURCE_WORDS.iter().find_map(|w| {
        let i = memchr::memmem::find_iter(line.as_bytes(), w.as_bytes()).find(|&i| {
            i > 0
                && line[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_lowercase)
        })?;
        Some((&line[..i], &line[i..]))
    })
}

/// A short line that is a person's name (or initials): 1–5 capitalised words, no digits,
/// optionally followed by a parenthesis such as `(tổng hợp)` or `(Theo AFP)`.
fn is_name_line(l: &str) -> bool {
    // A name of at most 40 characters is at most 160 bytes, so ` (` is only looked for in
    // that prefix and a longer name is rejected before any per-character work: the last
    // line of a news text is often the whole body, and this ran over all of it.
    const MAX_NAME_BYTES: usize = 40 * 4;
    let prefix = &l.as_bytes()[..l.len().min(MAX_NAME_BYTES + 2)];
    let name = match memchr::memmem::find(prefix, b" (") {
        Some(i) if l.ends_with(')') => &l[..i],
        _ => l,
    };
    if name.len() > MAX_NAME_BYTES {
        return false;
    }
    let words: Vec<&str> = name.split(' ').collect();
    (2..=40).contains(&name.chars().count())
        && (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-')
        && !matches!(name, "Tổng hợp" | "TỔNG HỢP")
}

/// Reads a date line (`06/11/2020`, `Thứ tư, 7/2/2024, 23:41 (GMT+7)`): the day, when the
/// whole line is such a date and it is a real calendar day. Two-digit years are not read.
pub fn parse_dateline(line: &str) -> Option<TimePoint> {
    let line = line.trim();
    if line.len() > 80 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = DATELINE.captures(line)?;
    let d: u8 = c["d"].parse().ok()?;
    let m: u8 = c["m"].parse().ok()?;
    let y: i32 = c["y"].parse().ok()?;
    (crate::extract::time::valid_day(y, m, d) && (1900..=2100).contains(&y))
        .then(|| TimePoint::day(Some(y), m, d))
}

/// The reference date of a document: its publication date, from the first of
/// [`PUBLISHED_FIELDS`] that holds a date (ISO, `YYYYMMDD` or a Vietnamese dateline).
pub fn published(meta: &Map<String, Json>) -> Option<TimePoint> {
    PUBLISHED_FIELDS.iter().find_map(|f| {
        // A crawled field may carry more than the date on following lines.
        let s = meta.get(*f)?.as_str()?.lines().next()?;
        crate::extract::time::parse_published(s).or_else(|| parse_dateline(s))
    })
}

/// Parses a `YYYY-MM-DD` date (as `--reference-date` takes it).
pub fn parse_date(s: &str) -> Option<TimePoint> {
    crate::extract::time::parse_published(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let cases: &[(&str, Option<&str>)] = &[
            ("06/11/2020", Some("2020-11-06")),
            ("Thứ tư, 7/2/2024, 23:41 (GMT+7)", Some("2024-02-07")),
            ("Chủ nhật, 18/2/2024, 10:05 (GMT+7)", Some("2024-02-18")),
            ("Thứ sáu, 06/11/2020 - 10:15", Some("2020-11-06")),
            ("Cập nhật: 06-11-2020 08:30", Some("2020-11-06")),
            ("T5, 06.11.2020", Some("2020-11-06")),
            ("30/2/2020", None),
            ("Ngày 06/11/2020, UBND tỉnh họp", None),
            ("Sau 8 năm thực hiện", None),
        ];
        for (s, want) in cases {
            assert_eq!(
                parse_dateline(s).map(|t| t.to_string()).as_deref(),
                *want,
                "{s}"
            );
        }
    }

    #[test]
    fn titles_and_sites() {
        assert_eq!(
            split_title("Tin A - Cổng thông tin điện tử - Sở X", "Tin A"),
            ("Tin A", Some("Cổng thông tin điện tử - Sở X"))
        );
        assert_eq!(
            split_title("Hà Nội - điểm đến hấp dẫn - Báo Lao Động", "Nội dung"),
            ("Hà Nội - điểm đến hấp dẫn", Some("Báo Lao Động"))
        );
        assert_eq!(
            split_title("Hà Nội - điểm đến", "x"),
            ("Hà Nội - điểm đến", None)
        );
    }

    #[test]
    fn sources_and_names() {
        assert_eq!(
            source_line("Nguồn:Cổng TT-GTĐT tỉnh Vĩnh Phúc"),
            Some("Cổng TT-GTĐT tỉnh Vĩnh Phúc")
        );
        assert_eq!(source_line("Theo VTC14"), Some("VTC14"));
        assert_eq!(source_line("(Theo Vnmedia)"), Some("Vnmedia"));
        assert_eq!(
            source_line("Theo chỉ đạo của Tỉnh uỷ, để tiếp tục thực hiện"),
            None
        );
        assert!(is_name_line("Nguyễn Dũ"));
        assert!(is_name_line("H.Long"));
        assert!(is_name_line("Huyền Lê (Theo AFP, Times of Israel)"));
        assert!(!is_name_line(
            "Tại Hội nghị, Uỷ ban nhân dân tỉnh đã khen thưởng."
        ));
        assert!(!is_name_line("Tổng hợp"));
        assert_eq!(
            split_glued_source("T.ThủyTheo T.R"),
            Some(("T.Thủy", "Theo T.R"))
        );
        assert_eq!(split_glued_source("Nguyễn Dũ"), None);
    }

    #[test]
    fn plain_paragraph_is_unchanged() {
        let mut m = Map::new();
        let t = "Tại Hội nghị, Uỷ ban nhân dân tỉnh đã khen thưởng cho 12 tập thể.\nNguyễn Dũ";
        assert_eq!(read_from_text(t, &mut m), None);
        assert_eq!(m.get("author").and_then(Json::as_str), Some("Nguyễn Dũ"));
        assert!(!m.contains_key("title"));
    }
}
