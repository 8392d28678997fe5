//! Step 8, `multi-label`: a sigmoid and a binary cross-entropy per node, summed per sample, reduced over the batch.
pub mod model;
mod view;

pub use crate::i18n::lesson_text::multi_label::*;
pub use model::{MultiLabelState, PRACTICE};
pub use view::MultiLabelLesson;
