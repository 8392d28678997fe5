//! Step 2, `entropy`: the entropy H(P) = −Σ p_i log p_i of a distribution.
pub mod model;
mod practice;
mod view;

pub use crate::i18n::lesson_text::entropy::*;
pub use model::EntropyState;
pub use practice::PRACTICE;
pub use view::EntropyLesson;
