//! Step 5, `cross-entropy`: H(P, Q) = H(P) + D(P‖Q).
pub mod model;
pub mod text;
mod view;

pub use model::CrossEntropyState;
pub use text::*;
pub use view::CrossEntropyLesson;
