//! Step 5, `cross-entropy`: H(P, Q) = H(P) + D(P‖Q).
pub mod model;
mod view;

pub use model::CrossEntropyState;
pub use crate::i18n::lesson_text::cross_entropy::*;
pub use view::CrossEntropyLesson;

/// This lesson's practice templates. TODO(practice): fill in.
pub const PRACTICE: &[crate::lessons::kit::practice::Template] = &[];
