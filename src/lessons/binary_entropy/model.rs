//! The state of `binary-entropy`: the probability p of heads (URL `p`).

use crate::state::fields::{read_probability, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `binary-entropy`: the probability p of heads (default 0.3), in [0, 1].
#[derive(Clone, Debug, PartialEq)]
pub struct BinaryEntropyState {
    pub p: f64,
}

impl Default for BinaryEntropyState {
    fn default() -> Self {
        BinaryEntropyState { p: 0.3 }
    }
}

impl LessonState for BinaryEntropyState {
    const KEYS: &'static [&'static str] = &["p"];

    fn read(reader: &mut Reader) -> Self {
        BinaryEntropyState {
            p: read_probability(reader).unwrap_or(BinaryEntropyState::default().p),
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &[self.p]));
    }
}
