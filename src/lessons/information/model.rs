//! The state of `information`: one probability p (URL `p`).

use crate::state::fields::{read_probability, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `information`: the probability p of one event (default 0.25), in [0, 1].
#[derive(Clone, Debug, PartialEq)]
pub struct InformationState {
    pub p: f64,
}

impl Default for InformationState {
    fn default() -> Self {
        InformationState { p: 0.25 }
    }
}

impl LessonState for InformationState {
    const KEYS: &'static [&'static str] = &["p"];

    fn read(reader: &mut Reader) -> Self {
        InformationState {
            p: read_probability(reader).unwrap_or(InformationState::default().p),
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &[self.p]));
    }
}
