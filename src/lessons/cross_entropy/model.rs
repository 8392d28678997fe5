//! The state of `cross-entropy`: the truth P and the model Q (URL `p`, `q`).

use crate::state::fields::{read_pair, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `cross-entropy`: the true distribution p and the model's q, of the same length
/// (defaults p = 1, 0, 0 and q = 0.7, 0.2, 0.1).
#[derive(Clone, Debug, PartialEq)]
pub struct CrossEntropyState {
    pub p: Vec<f64>,
    pub q: Vec<f64>,
}

impl Default for CrossEntropyState {
    fn default() -> Self {
        CrossEntropyState {
            p: vec![1.0, 0.0, 0.0],
            q: vec![0.7, 0.2, 0.1],
        }
    }
}

impl LessonState for CrossEntropyState {
    const KEYS: &'static [&'static str] = &["p", "q"];

    fn read(reader: &mut Reader) -> Self {
        let defaults = CrossEntropyState::default();
        let (p, q) = read_pair(reader, &defaults.p, &defaults.q);
        CrossEntropyState { p, q }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &self.p));
        write_param(out, "q", |out| query::write_numbers(out, &self.q));
    }
}
