//! Step 5, `cross-entropy`: H(P, Q) = H(P) + D(P‖Q).
pub mod model;
mod practice;
mod view;

pub use crate::i18n::lesson_text::cross_entropy::*;
pub use model::CrossEntropyState;
pub use practice::PRACTICE;
pub use view::CrossEntropyLesson;
