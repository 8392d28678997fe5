//! The plain Rust of `mse-vs-ce`: the state (true class, logits, learning rate; URL `y`, `z`,
//! `lr`), the examples of the preset menu and the edits the controls make ([`MseVsCeState`]),
//! every number the page shows ([`prediction`], [`race`], [`report`]), the pace of the race's
//! replay ([`replay`]) and the practice questions ([`PRACTICE`]).

mod practice;
pub mod prediction;
pub mod race;
pub mod replay;
pub mod report;

use crate::lessons::kit::PresetLabel;
use crate::state::fields::write_param;
use crate::state::query::{self, decode, Reader};
use crate::state::{LessonState, Problem, MAX_CLASSES, MIN_CLASSES};

pub use practice::PRACTICE;
pub use prediction::{LossChart, Prediction};
pub use race::{RaceOutcome, RaceRuns};
pub use replay::Replay;
pub use report::{csv_rows, summary};

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

/// An example of the preset menu: a true class and its logits. The learning rate is the
/// race's, not part of an example.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    pub true_class: usize,
    /// A function rather than a slice: the tutorial's logits are logarithms, which a `const`
    /// cannot compute, and they must equal the default state's bit for bit.
    pub logits: fn() -> Vec<f64>,
}

/// The examples of the preset menu, with their labels.
pub const PRESETS: [(PresetLabel, Example); 4] = [
    (
        |s| s.mse_vs_ce().preset_tutorial,
        Example {
            true_class: 0,
            logits: || MseVsCeState::default().z,
        },
    ),
    (
        |s| s.mse_vs_ce().preset_confident_wrong,
        Example {
            true_class: 2,
            logits: || vec![0.0, 0.0, -5.0],
        },
    ),
    (
        |s| s.mse_vs_ce().preset_very_wrong,
        Example {
            true_class: 2,
            logits: || vec![0.0, 0.0, -10.0],
        },
    ),
    (
        |s| s.mse_vs_ce().preset_confident_right,
        Example {
            true_class: 0,
            logits: || vec![5.0, 0.0, 0.0],
        },
    ),
];

/// The edits of the lesson's controls. Each keeps `true_class < z.len()` and the number of
/// classes within [`MIN_CLASSES`, `MAX_CLASSES`] (a link may start outside it; the edits do not
/// leave it further).
impl MseVsCeState {
    /// Shows `example`; the learning rate stays.
    pub fn apply(&mut self, example: &Example) {
        self.z = (example.logits)();
        self.true_class = example.true_class;
    }

    /// Whether the state still shows `example` (whatever the learning rate).
    pub fn shows(&self, example: &Example) -> bool {
        self.true_class == example.true_class && self.z == (example.logits)()
    }

    /// Makes `class` the true class, if there is such a class.
    pub fn set_true_class(&mut self, class: usize) {
        if class < self.z.len() {
            self.true_class = class;
        }
    }

    /// Sets logit `i`, if there is such a logit.
    pub fn set_logit(&mut self, i: usize, value: f64) {
        if let Some(zi) = self.z.get_mut(i) {
            *zi = value;
        }
    }

    /// Adds a class as unlikely as the least likely one, so the picture changes little.
    pub fn add_class(&mut self) {
        if self.z.len() < MAX_CLASSES {
            let lowest = self.z.iter().copied().fold(f64::INFINITY, f64::min);
            self.z.push(if lowest.is_finite() { lowest } else { 0.0 });
        }
    }

    /// Removes the last class; if it was the true class, the new last class takes its place.
    pub fn remove_class(&mut self) {
        let len = self.z.len();
        if len > MIN_CLASSES {
            self.z.pop();
            self.true_class = self.true_class.min(len - 2);
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
        write_param(out, "lr", |out| {
            query::write_numbers(out, &[self.learning_rate])
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    #[test]
    fn the_first_example_is_the_default_state() {
        let mut state = MseVsCeState {
            learning_rate: 0.5,
            ..MseVsCeState::default()
        };
        assert!(state.shows(&PRESETS[0].1));
        state.set_logit(1, 3.0);
        assert!(!state.shows(&PRESETS[0].1));
        state.apply(&PRESETS[0].1);
        assert_eq!(
            state,
            MseVsCeState {
                learning_rate: 0.5,
                ..MseVsCeState::default()
            }
        );
    }

    #[test]
    fn every_example_is_a_valid_state_with_a_label() {
        for lang in [Lang::En, Lang::Zh] {
            for (label, example) in &PRESETS {
                assert!(!label(strings(lang)).is_empty());
                let mut state = MseVsCeState::default();
                state.apply(example);
                assert!(state.shows(example));
                assert!(state.true_class < state.z.len());
                assert!((MIN_CLASSES..=MAX_CLASSES).contains(&state.z.len()));
                assert!(state.z.iter().all(|z| z.is_finite()));
            }
        }
    }

    #[test]
    fn adding_and_removing_classes_keeps_the_true_class_and_the_bounds() {
        let mut state = MseVsCeState {
            true_class: 2,
            z: vec![0.0, 0.0, -5.0],
            learning_rate: 1.0,
        };
        for _ in 0..10 {
            state.add_class();
        }
        assert_eq!(state.z.len(), MAX_CLASSES);
        // The newcomers copy the lowest logit.
        assert!(state.z[3..].iter().all(|&z| z == -5.0));
        state.set_true_class(7);
        for _ in 0..10 {
            state.remove_class();
            assert!(state.true_class < state.z.len());
        }
        assert_eq!(state.z.len(), MIN_CLASSES);
        assert_eq!(state.true_class, 1);
    }

    #[test]
    fn edits_out_of_range_change_nothing() {
        let mut state = MseVsCeState::default();
        state.set_true_class(3);
        state.set_logit(3, 1.0);
        assert_eq!(state, MseVsCeState::default());
        state.set_true_class(2);
        state.set_logit(2, 1.5);
        assert_eq!((state.true_class, state.z[2]), (2, 1.5));
    }
}
