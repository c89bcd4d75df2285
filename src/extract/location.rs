//! `location` entities (SPEC §4). Implemented under its own issue.

use super::{Context, Entity};

/// Pushes the `location` candidates of `text`.
pub(crate) fn find(_cx: &Context, _text: &str, _out: &mut Vec<Entity>) {}

/// Document-level pass over the resolved entities.
pub(crate) fn link(_cx: &Context, _text: &str, _entities: &mut Vec<Entity>) {}
