//! Step 1, `information`: the information content I(p) = −log p of one event.
pub mod model;
pub mod text;
mod view;

pub use model::InformationState;
pub use text::*;
pub use view::InformationLesson;
