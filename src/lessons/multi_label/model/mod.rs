//! The plain Rust of `multi-label`: its state (URL `y`, `q`, `classes`, `reduction`, `input`)
//! and the edits made to it here; the examples ([`presets`]), the numbers computed from it
//! ([`numbers`]), and the text the page shows of them ([`rows`], [`sums`]) in submodules.

mod numbers;
mod practice;
mod presets;
mod rows;
mod sums;

pub use numbers::{
    batch_losses_nats, clamped_nodes, keras_sample_losses_nats, label_rows, node_losses_nats,
    predictions, sample_losses_nats, ClampedNode, MultiLabelNumbers,
};
pub use practice::PRACTICE;
pub use presets::{Preset, PRESETS};
pub use rows::{csv_rows, table_rows, TableColumn};
pub use sums::{
    double_sum, reduction_division, reduction_factor, reduction_index, DoubleSum, SampleLine,
    BATCH_LOSS_LABEL, BATCH_LOSS_MARKUP, NODE_LOSS_LABEL, NODE_LOSS_MARKUP, REDUCTION_QUANTITIES,
};

use crate::lessons::kit::batch_model::{BatchState, LOGIT_LIMIT};
use crate::math::{self, MathError, Reduction};
use crate::state::fields::{
    class_names_or_default, read_classes, read_input, read_prediction_rows, require_samples,
    require_width, write_class_names, write_param,
};
use crate::state::query::{self, decode, Reader};
use crate::state::{ClassNames, InputKind, LessonState, MAX_CLASSES, MAX_SAMPLES, MIN_CLASSES};

/// `multi-label`: m samples over n nodes, each node a yes/no question.
///
/// Invariants: `y.len() == q.len()` = m in 1..=8; every row of `y`, every row of `q` and
/// `classes` have n in 2..=8 entries; with `input == Prob` every entry of `q` is in [0, 1]
/// (rows need not sum to 1), with `Logit` every entry is finite. Named classes are non-empty
/// and trimmed.
#[derive(Clone, Debug, PartialEq)]
pub struct MultiLabelState {
    pub y: Vec<Vec<bool>>,
    pub q: Vec<Vec<f64>>,
    pub classes: ClassNames,
    pub reduction: Reduction,
    pub input: InputKind,
}

impl Default for MultiLabelState {
    fn default() -> Self {
        MultiLabelState {
            y: vec![vec![false, true, true]],
            q: vec![vec![0.1, 0.7, 0.8]],
            classes: ClassNames::Default(3),
            reduction: Reduction::Sum,
            input: InputKind::Prob,
        }
    }
}

impl LessonState for MultiLabelState {
    const KEYS: &'static [&'static str] = &["y", "q", "classes", "reduction", "input"];

    /// `multi-label`.
    ///
    /// The number of nodes n comes from `classes` when usable, else from the width of `q`, else
    /// from the width of `y`, else 3; a `q` or `y` of another width falls back
    /// ([`Problem::WrongLength`]). The number of samples m comes from `q` when usable, else from
    /// `y`, else 1; a `y` with another number of rows falls back. What falls back or is absent
    /// takes a default of the right shape: the contract's rows (y 0, 1, 1; q 0.1, 0.7, 0.8) for
    /// n = 3, otherwise y with node 0 off and the others on and q 0.5 per node (with
    /// `input=logit`, the logits ln(q / (1 - q)) of the same values).
    fn read(reader: &mut Reader) -> Self {
        let input = read_input(reader);
        let reduction = reader
            .read("reduction", |raw, _| {
                query::identifier(raw, &Reduction::ALL.map(Reduction::id), Reduction::parse)
            })
            .unwrap_or_default();
        let classes = read_classes(reader);
        let y = reader.read("y", |raw, notes| {
            query::rows(&decode(raw), MAX_SAMPLES, notes, query::n_hot)
        });
        let q = read_prediction_rows(reader, input, query::probabilities);
        let n = classes
            .as_ref()
            .map(Vec::len)
            .or_else(|| q.as_ref().and_then(|q| q.first()).map(Vec::len))
            .or_else(|| y.as_ref().and_then(|y| y.first()).map(Vec::len))
            .unwrap_or(3);
        let q = require_width(reader, "q", q, n);
        let y = require_width(reader, "y", y, n);
        let m = q
            .as_ref()
            .map(Vec::len)
            .or_else(|| y.as_ref().map(Vec::len))
            .unwrap_or(1);
        let y = require_samples(reader, "y", y, m);
        let defaults = MultiLabelState::default();
        let default_y = if n == 3 {
            defaults.y[0].clone()
        } else {
            (0..n).map(|i| i > 0).collect()
        };
        let default_q: Vec<f64> = if n == 3 {
            defaults.q[0].clone()
        } else {
            vec![0.5; n]
        };
        let default_q = match input {
            InputKind::Prob => default_q,
            InputKind::Logit => default_q.iter().map(|&q| (q / (1.0 - q)).ln()).collect(),
        };
        MultiLabelState {
            y: y.unwrap_or_else(|| vec![default_y; m]),
            q: q.unwrap_or_else(|| vec![default_q; m]),
            classes: class_names_or_default(classes, n),
            reduction,
            input,
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "y", |out| {
            let rows: Vec<String> = self
                .y
                .iter()
                .map(|row| {
                    let bits: Vec<&str> =
                        row.iter().map(|&hot| if hot { "1" } else { "0" }).collect();
                    bits.join(",")
                })
                .collect();
            out.push_str(&rows.join(";"));
        });
        write_param(out, "q", |out| query::write_rows(out, &self.q));
        write_class_names(out, &self.classes);
        write_param(out, "reduction", |out| out.push_str(self.reduction.id()));
        write_param(out, "input", |out| out.push_str(self.input.id()));
    }
}

// ---- editing the state (every edit keeps the invariants of `MultiLabelState`) --------------

/// A new node's prediction: 0.5, or its logit 0.
fn neutral_prediction(input: InputKind) -> f64 {
    match input {
        InputKind::Prob => 0.5,
        InputKind::Logit => 0.0,
    }
}

impl BatchState for MultiLabelState {
    /// Appends a sample with one node on (cycling through the nodes) and every prediction 0.5
    /// (logit 0).
    fn add_sample(&mut self) {
        let (samples, nodes) = (self.y.len(), self.classes.len());
        if samples >= MAX_SAMPLES {
            return;
        }
        self.y
            .push((0..nodes).map(|i| i == samples % nodes).collect());
        self.q.push(vec![neutral_prediction(self.input); nodes]);
    }

    /// Removes the last sample, keeping at least one.
    fn remove_sample(&mut self) {
        if self.y.len() > 1 {
            self.y.pop();
            self.q.pop();
        }
    }

    /// Appends a node named `name_for(k)`: absent from every sample, predicted 0.5 (logit 0).
    fn add_class(&mut self, name_for: fn(usize) -> String) {
        if self.classes.len() >= MAX_CLASSES {
            return;
        }
        let neutral = neutral_prediction(self.input);
        self.y.iter_mut().for_each(|row| row.push(false));
        self.q.iter_mut().for_each(|row| row.push(neutral));
        self.classes.push(name_for);
    }

    /// Removes the last node, keeping at least `MIN_CLASSES`.
    fn remove_class(&mut self) {
        if self.classes.len() <= MIN_CLASSES {
            return;
        }
        self.classes.pop();
        self.y.iter_mut().for_each(|row| {
            row.pop();
        });
        self.q.iter_mut().for_each(|row| {
            row.pop();
        });
    }

    /// Keeps the prediction: a probability becomes its logit (0 and 1 become the slider's
    /// ends), a logit its sigmoid.
    fn converted_row(row: &[f64], kind: InputKind) -> Result<Vec<f64>, MathError> {
        row.iter()
            .map(|&value| match kind {
                InputKind::Logit => {
                    math::logit(value).map(|z| math::clamp(z, -LOGIT_LIMIT, LOGIT_LIMIT))
                }
                InputKind::Prob => math::sigmoid(value),
            })
            .collect()
    }

    fn predictions_mut(&mut self) -> (&mut Vec<Vec<f64>>, &mut InputKind) {
        (&mut self.q, &mut self.input)
    }

    fn classes_mut(&mut self) -> &mut ClassNames {
        &mut self.classes
    }

    /// Moves the prediction of node i of sample j (a probability is kept in [0, 1]; a value
    /// that is not finite is ignored).
    fn set_prediction(&mut self, sample: usize, node: usize, value: f64) {
        if !value.is_finite() {
            return;
        }
        let value = match self.input {
            InputKind::Prob => math::clamp(value, 0.0, 1.0),
            InputKind::Logit => value,
        };
        if let Some(slot) = self.q.get_mut(sample).and_then(|row| row.get_mut(node)) {
            *slot = value;
        }
    }

    fn rows(&self) -> &[Vec<f64>] {
        &self.q
    }

    /// The reduction is the reader's choice, not part of an example.
    fn with_example(&self, example: Self) -> Self {
        MultiLabelState {
            reduction: self.reduction,
            ..example
        }
    }
}

impl MultiLabelState {
    /// Whether node i is in the picture of sample j (false where there is no such node).
    pub fn is_present(&self, sample: usize, node: usize) -> bool {
        self.y
            .get(sample)
            .and_then(|row| row.get(node))
            .copied()
            .unwrap_or(false)
    }

    /// Ticks or unticks node i of sample j (its label becomes 1 or 0).
    pub fn set_present(&mut self, sample: usize, node: usize, present: bool) {
        if let Some(slot) = self.y.get_mut(sample).and_then(|row| row.get_mut(node)) {
            *slot = present;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_the_invariants() {
        let mut state = MultiLabelState::default();
        for _ in 0..10 {
            state.add_sample();
        }
        for _ in 0..10 {
            state.add_class(|k| format!("extra {k}"));
        }
        assert_eq!(
            (state.y.len(), state.q.len(), state.classes.len()),
            (MAX_SAMPLES, MAX_SAMPLES, MAX_CLASSES)
        );
        assert!(state.y.iter().all(|row| row.len() == MAX_CLASSES));
        assert!(state.q.iter().all(|row| row.len() == MAX_CLASSES));
        state.set_prediction(1, 1, 1.5);
        assert_eq!(state.q[1][1], 1.0);
        state.set_prediction(1, 1, f64::NAN);
        assert_eq!(state.q[1][1], 1.0);
        state.set_present(1, 7, true);
        assert!(state.y[1][7]);
        assert!(state.is_present(1, 7));
        // Out of range: nothing changes, nothing panics.
        state.set_present(MAX_SAMPLES, 0, true);
        state.set_prediction(0, MAX_CLASSES, 0.3);
        assert!(!state.is_present(MAX_SAMPLES, 0));
        for _ in 0..10 {
            state.remove_class();
            state.remove_sample();
        }
        assert_eq!(
            (state.y.len(), state.q.len(), state.classes.len()),
            (1, 1, MIN_CLASSES)
        );
        assert!(state.y.iter().all(|row| row.len() == MIN_CLASSES));
        assert!(state.q.iter().all(|row| row.len() == MIN_CLASSES));
        assert!(batch_losses_nats(&state).is_ok());
    }

    #[test]
    fn new_samples_cycle_through_the_nodes_with_neutral_predictions() {
        let mut state = MultiLabelState::default();
        state.add_sample();
        state.add_sample();
        assert_eq!(state.y[1], [false, true, false]);
        assert_eq!(state.y[2], [false, false, true]);
        assert_eq!(state.q[2], [0.5; 3]);
        state.set_input_kind(InputKind::Logit);
        state.add_sample();
        state.add_class(|k| format!("extra {k}"));
        assert_eq!(state.q[3], [0.0; 4]);
        assert!(state.y.iter().all(|row| !row[3]));
    }

    #[test]
    fn switching_to_logits_and_back_keeps_the_probabilities() {
        let mut state = PRESETS[1].1();
        let before = state.q.clone();
        state.set_input_kind(InputKind::Logit);
        assert_eq!(state.input, InputKind::Logit);
        state.set_input_kind(InputKind::Prob);
        for (a, b) in state.q.iter().flatten().zip(before.iter().flatten()) {
            assert!((a - b).abs() < 1e-12, "{a} vs {b}");
        }
        // Certain predictions become the slider's ends.
        let mut certain = PRESETS[3].1();
        certain.set_input_kind(InputKind::Logit);
        assert_eq!(certain.q[0], [-LOGIT_LIMIT, LOGIT_LIMIT, LOGIT_LIMIT]);
    }

    #[test]
    fn an_example_keeps_the_readers_reduction() {
        let state = MultiLabelState {
            reduction: Reduction::MeanOverElements,
            ..MultiLabelState::default()
        };
        let next = state.with_example(PRESETS[1].1());
        assert_eq!(next.reduction, Reduction::MeanOverElements);
        assert_eq!(next.y, PRESETS[1].1().y);
    }
}
