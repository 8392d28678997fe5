//! Step 2, `entropy`: the entropy H(P) = −Σ p_i log p_i of a distribution.
pub mod model;
mod view;

pub use model::EntropyState;
pub use crate::i18n::lesson_text::entropy::*;
pub use view::EntropyLesson;

/// This lesson's practice templates. TODO(practice): fill in.
pub const PRACTICE: &[crate::lessons::kit::practice::Template] = &[];
