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
    // Only the first and the last lines carry metadata; the body between them is not walked.
    let head = first_lines(body, 6);
    let tail = last_lines(body, 3);

    // Published: a JSONL field, else a date line near the top. Always written as ISO.
    if !meta.contains_key("published") {
        let from_fields = published(meta);
        let from_text = || head.iter().find_map(|l| parse_dateline(l));
        if let Some(p) = from_fields.or_else(from_text) {
            meta.insert("published".into(), Json::String(p.to_string()));
        }
    }

    if head.len() >= 2 && is_title_line(head[0]) {
        let (title, site) = split_title(head[0], head[1]);
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

    // Agency: the first of the top lines that is not the title or a date line. The pattern
    // starts with `(` and the line must be longer than 40 chars: both are checked first.
    if let Some(c) = head.iter().take(4).find_map(|l| {
        (l.starts_with('(') && l.chars().nth(40).is_some())
            .then(|| AGENCY.captures(l))
            .flatten()
    }) {
        put(meta, "agency", c["a"].trim());
    }

    // Footer: a source line and an author line among the last lines (the text has at least
    // two lines; `tail` holds the last three, or all of them when there are fewer).
    if head.len() >= 2 {
        let mut author = tail.last().copied();
        for (k, l) in tail.iter().enumerate().rev() {
            if let Some(src) = source_line(l) {
                put(meta, "source_name", src);
                if tail.len() - 1 == k && k > 0 {
                    // The author is the line before, unless that is the first line.
                    author = (tail.len() == 3).then(|| tail[k - 1]);
                }
                break;
            }
        }
        if let Some(line) = author {
            match glued_author(line) {
                Some((author, src)) => {
                    put(meta, "author", author);
                    if let Some(src) = source_line(src) {
                        put(meta, "source_name", src);
                    }
                }
                None if is_name_line(line) => put(meta, "author", line),
                None => {}
            }
        }
    }
    cleaned
}

/// The lines of `text`, split at `\n` with `memchr` (`str::lines` searches a byte at a time,
/// and texts are often one long line). Unlike `str::lines`, a line keeps a final `\r` and an
/// empty last line is given: every caller trims lines or skips empty ones.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain([text.len()])
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line
        })
}

/// The first `n` non-empty lines of `text`, trimmed.
fn first_lines(text: &str, n: usize) -> Vec<&str> {
    lines(text)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(n)
        .collect()
}

/// The last `n` non-empty lines of `text`, trimmed, in text order.
fn last_lines(text: &str, n: usize) -> Vec<&str> {
    // The start of each line, from the last one: after each newline, then 0.
    let starts = memchr::memrchr_iter(b'\n', text.as_bytes())
        .map(|nl| nl + 1)
        .chain([0]);
    let mut end = text.len();
    let mut out = Vec::with_capacity(n);
    for start in starts {
        let l = text[start..end].trim();
        end = start.saturating_sub(1);
        if !l.is_empty() {
            out.push(l);
            if out.len() == n {
                break;
            }
        }
    }
    out.reverse();
    out
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
    if !lines(text).any(is_boiler) {
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
    // The first line may be the whole body: chars are counted only as far as needed.
    (10..=250).contains(&l.chars().take(251).count())
        && l.split(' ').nth(2).is_some() // three words or more
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
        && rest.chars().nth(80).is_none() // at most 80 chars
        && rest
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && (is_nguon || (rest.split(' ').count() <= 6 && !rest.contains([',', ';'])))
        && !rest.ends_with([',', ';', ':']);
    ok.then_some(rest)
}

/// `T.ThủyTheo T.R`: an author line with the source glued on (the site's two footer
/// elements lost the break between them): the author and the `Theo …` part, when the author
/// part reads as a name ([`is_name_line`]).
///
/// The line is split before the first of [`SOURCE_WORDS`] that comes right after a
/// lower-case letter somewhere in it (at its first such place). A name has at most
/// [`MAX_NAME_BYTES`], so only a split that near the start can give one, and the words are
/// looked for there; the rest of the line (often the whole body) is searched only when a
/// word is found: for an earlier word of the list further on, where the split would then be
/// (and give no name).
fn glued_author(line: &str) -> Option<(&str, &str)> {
    // The first place of word `w` in `hay` (a prefix of `line`) right after a lower-case letter.
    let glued_at = |w: usize, hay: &[u8]| {
        SOURCE_FINDERS[w].find_iter(hay).find(|&i| {
            i > 0
                && line[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_lowercase)
        })
    };
    let (w, at) = SOURCE_WORDS.iter().enumerate().find_map(|(w, word)| {
        let near = &line.as_bytes()[..line.len().min(MAX_NAME_BYTES + word.len())];
        Some((w, glued_at(w, near)?))
    })?;
    if (0..w).any(|earlier| glued_at(earlier, line.as_bytes()).is_some()) {
        return None;
    }
    let author = &line[..at];
    is_name_line(author).then_some((author, &line[at..]))
}

/// [`SOURCE_WORDS`] ready to be searched for (a searcher built once, not at each search).
static SOURCE_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    SOURCE_WORDS
        .iter()
        .map(|w| memchr::memmem::Finder::new(w).into_owned())
        .collect()
});

/// The longest name [`is_name_line`] takes, in bytes: 40 chars of at most 4 bytes.
const MAX_NAME_BYTES: usize = 40 * 4;

/// A short line that is a person's name (or initials): 1–5 capitalised words, no digits,
/// optionally followed by a parenthesis such as `(tổng hợp)` or `(Theo AFP)`.
fn is_name_line(l: &str) -> bool {
    // A name of at most 40 characters is at most 160 bytes, so ` (` is only looked for in
    // that prefix and a longer name is rejected before any per-character work: the last
    // line of a news text is often the whole body, and this ran over all of it.
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

    /// The first version of [`glued_author`]'s split, searching the whole line for each
    /// word: the reference it must agree with (after the name check).
    fn split_glued_source(line: &str) -> Option<(&str, &str)> {
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

    #[test]
    fn glued_author_agrees_with_the_whole_line_split() {
        // Names, glued and spaced source words in every case, and fillers that push a
        // split past the longest name.
        let parts = [
            "Nguồn",
            "Theo",
            "NGUỒN",
            "THEO",
            "Nguyễn",
            "Thủy",
            "T.",
            "H.Long",
            "ThủyTheo",
            "aTheo",
            "ủNguồn",
            "xTHEO",
            "ưNGUỒN",
            "Theo ",
            " ",
            ".",
            "-",
            "(",
            ")",
            "(Theo AFP)",
            "1",
            ",",
            "a",
            "ạ",
            "Đ",
            "Tổng hợp",
            "Lê Văn",
            &"x".repeat(60),
            &"ộ".repeat(30),
        ];
        let mut rng = crate::testutil::Rng::new(0xD1B5_4A32_D192_ED03);
        for _ in 0..50_000 {
            let len = rng.below(14);
            let l: String = (0..len).map(|_| parts[rng.below(parts.len())]).collect();
            let want = split_glued_source(&l).filter(|(a, _)| is_name_line(a));
            assert_eq!(glued_author(&l), want, "{l:?}");
        }
    }

    #[test]
    fn first_and_last_lines_are_those_of_str_lines() {
        let parts = [
            "\n", "\r\n", " ", "\t", "\u{a0}", "a", "Bộ", "\u{2028}", "x y",
        ];
        let mut rng = crate::testutil::Rng::new(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let len = rng.below(16);
            let t: String = (0..len).map(|_| parts[rng.below(parts.len())]).collect();
            let all: Vec<&str> = t.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            for n in [1, 3, 6] {
                assert_eq!(first_lines(&t, n), all[..all.len().min(n)], "{t:?}");
                assert_eq!(
                    last_lines(&t, n),
                    all[all.len().saturating_sub(n)..],
                    "{t:?}"
                );
            }
        }
    }

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
