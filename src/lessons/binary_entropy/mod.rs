//! Step 3, `binary-entropy`: the entropy of a coin, H(p) = −p log p − (1 − p) log(1 − p).
pub mod model;
mod practice;
mod view;

pub use crate::i18n::lesson_text::binary_entropy::*;
pub use model::BinaryEntropyState;
pub use practice::PRACTICE;
pub use view::BinaryEntropyLesson;
