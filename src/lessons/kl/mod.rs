//! Step 4, `kl`: the Kullback-Leibler divergence D(P‖Q) = Σ p_i log(p_i / q_i).
pub mod model;
pub mod text;
mod view;

pub use model::KlState;
pub use text::*;
pub use view::KlLesson;
