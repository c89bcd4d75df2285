//! `percent` entities (SPEC §4). Implemented under its own issue.

use super::{Context, Entity};

/// Pushes the `percent` candidates of `text`.
pub(crate) fn find(_cx: &Context, _text: &str, _out: &mut Vec<Entity>) {}
