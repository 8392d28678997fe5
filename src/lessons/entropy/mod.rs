//! Step 2, `entropy`: the entropy H(P) = −Σ p_i log p_i of a distribution.
pub mod model;
pub mod text;
mod view;

pub use model::EntropyState;
pub use text::*;
pub use view::EntropyLesson;
