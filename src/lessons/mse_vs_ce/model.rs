//! The state of `mse-vs-ce`: the true class, the logits and the race's learning rate (URL `y`,
//! `z`, `lr`).

use crate::state::fields::write_param;
use crate::state::query::{self, decode, Reader};
use crate::state::{LessonState, Problem};

/// The largest learning rate the race accepts; steps beyond it only overshoot.
pub const MAX_LEARNING_RATE: f64 = 100.0;

/// `mse-vs-ce`: the true class (`y`, default 0), the logits (`z`, default ln 0.7, ln 0.2,
/// ln 0.1) and the learning rate of the race (`lr`, default 1, in (0, 100]).
/// Invariant: `true_class < z.len()`.
#[derive(Clone, Debug, PartialEq)]
pub struct MseVsCeState {
    pub true_class: usize,
    pub z: Vec<f64>,
    pub learning_rate: f64,
}

impl Default for MseVsCeState {
    fn default() -> Self {
        MseVsCeState {
            true_class: 0,
            z: vec![0.7f64.ln(), 0.2f64.ln(), 0.1f64.ln()],
            learning_rate: 1.0,
        }
    }
}

impl LessonState for MseVsCeState {
    const KEYS: &'static [&'static str] = &["y", "z", "lr"];

    /// `mse-vs-ce`: `z` first (its length bounds `y`), then `y` < number of logits, then `lr` in
    /// (0, 100].
    fn read(reader: &mut Reader) -> Self {
        let defaults = MseVsCeState::default();
        let z = reader
            .read("z", |raw, notes| query::numbers(&decode(raw), notes))
            .unwrap_or(defaults.z);
        let classes = z.len();
        let true_class = reader
            .read("y", |raw, _| query::class_index(&decode(raw), classes))
            .unwrap_or(defaults.true_class);
        let learning_rate = reader
            .read("lr", |raw, _| {
                let value = query::number(&decode(raw))?;
                if value > 0.0 && value <= MAX_LEARNING_RATE {
                    Ok(value)
                } else {
                    Err(Problem::OutOfRange {
                        value,
                        min: 0.0,
                        max: MAX_LEARNING_RATE,
                    })
                }
            })
            .unwrap_or(defaults.learning_rate);
        MseVsCeState {
            true_class,
            z,
            learning_rate,
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "y", |out| out.push_str(&self.true_class.to_string()));
        write_param(out, "z", |out| query::write_numbers(out, &self.z));
        write_param(out, "lr", |out| query::write_numbers(out, &[self.learning_rate]));
    }
}
