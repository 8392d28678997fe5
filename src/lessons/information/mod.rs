//! Step 1, `information`: the information content I(p) = −log p of one event.
pub mod model;
mod practice;
mod view;

pub use crate::i18n::lesson_text::information::*;
pub use model::InformationState;
pub use practice::PRACTICE;
pub use view::InformationLesson;
