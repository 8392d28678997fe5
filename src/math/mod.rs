//! The mathematics of the course: pure Rust, std only, every function tested against the
//! reference cases in `tests/data/reference`.
mod reduction;
mod unit;

pub use reduction::Reduction;
pub use unit::Unit;
