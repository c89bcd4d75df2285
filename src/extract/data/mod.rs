//! Word lists of the extractors, kept as data: extend these, not the matching code.

pub(crate) mod currencies;
pub(crate) mod numerals;
pub(crate) mod units;
