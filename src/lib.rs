//! `vnextract` turns archives of Vietnamese articles into analysis-ready datasets.
//!
//! It reads documents in bulk (files, directories, JSON Lines, gzip and zstd), repairs and
//! normalises the text, and finds every figure, percentage, money amount, date, period,
//! legal or party document reference and province with pattern rules. `SPEC.md` in the
//! project's shared folder is the contract; `README.md` shows the command line.
//!
//! ```
//! use vnextract::{Kind, Pipeline};
//!
//! let p = Pipeline::default();
//! let doc = p.process_text("ví dụ", "Thu nhập tăng 1.030 tỷ đồng.");
//! for e in &doc.entities {
//!     println!("{} {:?} {:?}", e.kind(), &doc.text.as_str()[e.span()], e.value);
//! }
//! # let _ = Kind::Money;
//! ```
#![deny(missing_docs)]

pub(crate) mod blocks;
mod error;
pub mod extract;
pub mod guard;
pub mod input;
pub mod meta;
pub mod normalize;
pub mod pipeline;
pub mod record;
pub mod segment;
mod span;
pub mod stats;
pub mod table;
#[cfg(test)]
mod testutil;

pub use error::{Error, ErrorKind};
pub use extract::{
    Entity, Grain, Kind, KindSet, LegalRef, Modifier, Place, Qualifier, TimePoint, Value,
};
pub use input::encoding::Encoding;
pub use normalize::{normalize, ToneStyle};
pub use pipeline::{Config, Pipeline, Processed, Summary};
pub use span::Span;
