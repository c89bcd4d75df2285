//! Byte spans into normalised text.

use std::ops::Index;

/// A half-open range of byte offsets `[start, end)` into a normalised text.
///
/// Spans always fall on `char` boundaries. They are turned into code-point offsets only when a
/// record is written (SPEC §2), so that the library works on `&str` slices without copying.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl<'h> From<regex::Match<'h>> for Span {
    fn from(m: regex::Match<'h>) -> Span {
        Span::new(m.start(), m.end())
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_and_overlap() {
        let s = "Nghị quyết 21";
        let sp = Span::new(0, "Nghị".len());
        assert_eq!(&s[sp], "Nghị");
        assert!(sp.overlaps(Span::new(2, 20)));
        assert!(!sp.overlaps(Span::new(sp.end, 20)));
        assert!(Span::new(0, 10).contains(Span::new(2, 3)));
    }
}
