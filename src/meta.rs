//! Document metadata (SPEC §5): fields of the JSONL line, and what the text itself carries
//! in its header and footer lines.

use serde_json::{Map, Value as Json};

use crate::extract::TimePoint;

/// JSONL fields that give the publication date, in order of preference.
pub const PUBLISHED_FIELDS: &[&str] = &["published", "published_at", "date", "published_raw"];

/// Reads metadata from the text's own lines into `meta` (fields already there take
/// precedence) and returns the text without boilerplate lines when any were dropped.
pub fn read_from_text(_text: &str, _meta: &mut Map<String, Json>) -> Option<String> {
    None
}

/// The reference date of a document: its publication date, from the first of
/// [`PUBLISHED_FIELDS`] that holds a date.
pub fn published(meta: &Map<String, Json>) -> Option<TimePoint> {
    PUBLISHED_FIELDS.iter().find_map(|f| {
        meta.get(*f)?
            .as_str()
            .and_then(crate::extract::time::parse_published)
    })
}

/// Parses a `YYYY-MM-DD` date (as `--reference-date` takes it).
pub fn parse_date(s: &str) -> Option<TimePoint> {
    crate::extract::time::parse_published(s)
}
