//! Step 4, `kl`: the Kullback-Leibler divergence D(P‖Q) = Σ p_i log(p_i / q_i).
pub mod model;
mod view;

pub use crate::i18n::lesson_text::kl::*;
pub use model::{KlState, PRACTICE};
pub use view::KlLesson;
