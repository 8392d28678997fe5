//! Step 7, `single-label`: softmax + cross-entropy per sample, the mean over a batch.
pub mod model;
pub mod text;
mod view;

pub use model::SingleLabelState;
pub use text::*;
pub use view::SingleLabelLesson;
