//! Step 3, `binary-entropy`: the entropy of a coin, H(p) = −p log p − (1 − p) log(1 − p).
pub mod model;
mod view;

pub use model::BinaryEntropyState;
pub use crate::i18n::lesson_text::binary_entropy::*;
pub use view::BinaryEntropyLesson;

/// This lesson's practice templates. TODO(practice): fill in.
pub const PRACTICE: &[crate::lessons::kit::practice::Template] = &[];
