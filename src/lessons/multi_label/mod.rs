//! Step 8, `multi-label`: a sigmoid and a binary cross-entropy per node, summed per sample, reduced over the batch.
pub mod model;
pub mod text;
mod view;

pub use model::MultiLabelState;
pub use text::*;
pub use view::MultiLabelLesson;
