//! The state of `kl`: the pair P, Q of the same length (URL `p`, `q`).

use crate::state::fields::{read_pair, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `kl`: two distributions of the same length (defaults p = 0.7, 0.2, 0.1 and q = 0.5, 0.3, 0.2).
#[derive(Clone, Debug, PartialEq)]
pub struct KlState {
    pub p: Vec<f64>,
    pub q: Vec<f64>,
}

impl Default for KlState {
    fn default() -> Self {
        KlState {
            p: vec![0.7, 0.2, 0.1],
            q: vec![0.5, 0.3, 0.2],
        }
    }
}

impl LessonState for KlState {
    const KEYS: &'static [&'static str] = &["p", "q"];

    fn read(reader: &mut Reader) -> Self {
        let defaults = KlState::default();
        let (p, q) = read_pair(reader, &defaults.p, &defaults.q);
        KlState { p, q }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &self.p));
        write_param(out, "q", |out| query::write_numbers(out, &self.q));
    }
}
