//! The state of `entropy`: a distribution p over 2..=8 outcomes (URL `p`).

use crate::state::fields::{read_distribution, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `entropy`: a distribution p over 2..=8 outcomes (default 0.7, 0.2, 0.1).
#[derive(Clone, Debug, PartialEq)]
pub struct EntropyState {
    pub p: Vec<f64>,
}

impl Default for EntropyState {
    fn default() -> Self {
        EntropyState {
            p: vec![0.7, 0.2, 0.1],
        }
    }
}

impl LessonState for EntropyState {
    const KEYS: &'static [&'static str] = &["p"];

    fn read(reader: &mut Reader) -> Self {
        EntropyState {
            p: read_distribution(reader, "p").unwrap_or_else(|| EntropyState::default().p),
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &self.p));
    }
}
