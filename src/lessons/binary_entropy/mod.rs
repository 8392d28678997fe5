//! Step 3, `binary-entropy`: the entropy of a coin, H(p) = −p log p − (1 − p) log(1 − p).
pub mod model;
pub mod text;
mod view;

pub use model::BinaryEntropyState;
pub use text::*;
pub use view::BinaryEntropyLesson;
