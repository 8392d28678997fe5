//! Step 7, `single-label`: softmax + cross-entropy per sample, the mean over a batch.
pub mod model;
mod view;

pub use crate::i18n::lesson_text::single_label::*;
pub use model::{SingleLabelState, PRACTICE};
pub use view::SingleLabelLesson;
