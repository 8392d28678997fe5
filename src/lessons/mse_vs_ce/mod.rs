//! Step 6, `mse-vs-ce`: why classifiers train on cross-entropy rather than squared error.
pub mod model;
pub mod text;
mod view;

pub use model::{MseVsCeState, MAX_LEARNING_RATE};
pub use text::*;
pub use view::MseVsCeLesson;
