//! Step 6, `mse-vs-ce`: why classifiers train on cross-entropy rather than squared error.
//!
//! `model` is the plain Rust (state, examples, edits, every number, the replay's pace), `text`
//! the strings, `view` the components that place them.
pub mod model;
mod view;

pub use crate::i18n::lesson_text::mse_vs_ce::*;
pub use model::{MseVsCeState, MAX_LEARNING_RATE, PRACTICE};
pub use view::MseVsCeLesson;
