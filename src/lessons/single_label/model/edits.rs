//! The edits the controls make to the state; every edit keeps the invariants of
//! [`SingleLabelState`].

use super::SingleLabelState;
use crate::lessons::kit::batch_model::{BatchState, LOGIT_LIMIT};
use crate::math::{self, MathError};
use crate::state::{ClassNames, InputKind, MAX_CLASSES, MAX_SAMPLES, MIN_CLASSES};

impl BatchState for SingleLabelState {
    /// Appends a sample with a uniform prediction (or all-zero logits); its true class cycles
    /// through the classes so a growing batch has some variety.
    fn add_sample(&mut self) {
        let (samples, classes) = (self.labels.len(), self.classes.len());
        if samples >= MAX_SAMPLES {
            return;
        }
        let row = match self.input {
            InputKind::Prob => match math::uniform(classes) {
                Ok(row) => row,
                Err(_) => return,
            },
            InputKind::Logit => vec![0.0; classes],
        };
        self.labels.push(samples % classes);
        self.q.push(row);
    }

    /// Removes the last sample, keeping at least one.
    fn remove_sample(&mut self) {
        if self.labels.len() > 1 {
            self.labels.pop();
            self.q.pop();
        }
    }

    /// Appends a class named `name`. With probabilities it takes a share 1/(n+1) of every row
    /// (the others shrink in proportion); with logits it gets the logit 0.
    fn add_class(&mut self, name_for: fn(usize) -> String) {
        let classes = self.classes.len();
        if classes >= MAX_CLASSES {
            return;
        }
        let share = 1.0 / (classes + 1) as f64;
        for row in &mut self.q {
            row.push(0.0);
            if self.input == InputKind::Prob {
                if let Ok(next) = math::set_entry(row, classes, share) {
                    *row = next;
                }
            }
        }
        self.classes.push(name_for);
    }

    /// Removes the last class. Probability rows are renormalised (uniform if nothing is left);
    /// samples whose true class it was move to the new last class.
    fn remove_class(&mut self) {
        let classes = self.classes.len();
        if classes <= MIN_CLASSES {
            return;
        }
        self.classes.pop();
        for row in &mut self.q {
            row.pop();
            if self.input == InputKind::Prob {
                if let Ok(next) = math::renormalise(row).or_else(|_| math::uniform(classes - 1)) {
                    *row = next;
                }
            }
        }
        for label in &mut self.labels {
            *label = (*label).min(classes - 2);
        }
    }

    /// Keeps the prediction: a row of probabilities becomes its logarithms (softmax undoes that;
    /// a 0 becomes the slider's lowest logit), a row of logits becomes its softmax.
    fn converted_row(row: &[f64], kind: InputKind) -> Result<Vec<f64>, MathError> {
        match kind {
            InputKind::Logit => Ok(row.iter().map(|&q| q.ln().max(-LOGIT_LIMIT)).collect()),
            InputKind::Prob => math::softmax(row),
        }
    }

    fn predictions_mut(&mut self) -> (&mut Vec<Vec<f64>>, &mut InputKind) {
        (&mut self.q, &mut self.input)
    }

    fn classes_mut(&mut self) -> &mut ClassNames {
        &mut self.classes
    }

    /// Moves entry i of sample j: a probability through `math::set_entry` (the row stays a
    /// distribution), a logit as it is.
    fn set_prediction(&mut self, sample: usize, class: usize, value: f64) {
        let input = self.input;
        let Some(row) = self.q.get_mut(sample) else {
            return;
        };
        match input {
            InputKind::Prob => {
                if let Ok(next) = math::set_entry(row, class, value) {
                    *row = next;
                }
            }
            InputKind::Logit => {
                if let Some(logit) = row.get_mut(class).filter(|_| value.is_finite()) {
                    *logit = value;
                }
            }
        }
    }

    fn rows(&self) -> &[Vec<f64>] {
        &self.q
    }
}

/// Makes `class` the true class of sample `sample`; a class or sample that does not exist is
/// ignored.
pub fn set_label(state: &mut SingleLabelState, sample: usize, class: usize) {
    if class < state.classes.len() {
        if let Some(label) = state.labels.get_mut(sample) {
            *label = class;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::single_label::model::{batch_loss_nats, sample_losses_nats, PRESETS};

    fn is_distribution(row: &[f64]) -> bool {
        math::check_distribution(row).is_ok()
    }

    /// The invariants of [`SingleLabelState`] with probabilities.
    fn assert_valid(state: &SingleLabelState) {
        let n = state.classes.len();
        assert_eq!(state.labels.len(), state.q.len());
        assert!(state.labels.iter().all(|&label| label < n), "{state:?}");
        assert!(
            state
                .q
                .iter()
                .all(|row| row.len() == n && is_distribution(row)),
            "{state:?}"
        );
    }

    #[test]
    fn logits_give_the_same_losses_as_their_softmax() {
        let mut state = PRESETS[1].1();
        let from_probabilities = sample_losses_nats(&state).unwrap();
        state.set_input_kind(InputKind::Logit);
        assert_eq!(state.input, InputKind::Logit);
        let from_logits = sample_losses_nats(&state).unwrap();
        for (a, b) in from_probabilities.iter().zip(&from_logits) {
            assert!((a - b).abs() < 1e-12, "{a} vs {b}");
        }
        state.set_input_kind(InputKind::Prob);
        assert!(state.q.iter().all(|row| is_distribution(row)));
        assert!(
            (batch_loss_nats(&state).unwrap() - batch_loss_nats(&PRESETS[1].1()).unwrap()).abs()
                < 1e-12
        );
    }

    #[test]
    fn edits_keep_the_invariants() {
        let mut state = SingleLabelState::default();
        for _ in 0..10 {
            state.add_sample();
            assert_valid(&state);
        }
        assert_eq!(state.labels.len(), MAX_SAMPLES);
        assert_eq!(state.q.len(), MAX_SAMPLES);
        for _ in 0..10 {
            state.add_class(|k| format!("extra {k}"));
            assert_valid(&state);
        }
        assert_eq!(state.classes.len(), MAX_CLASSES);
        set_label(&mut state, 2, 7);
        set_label(&mut state, 2, 8); // out of range: ignored
        set_label(&mut state, MAX_SAMPLES, 0); // no such sample: ignored
        assert_eq!(state.labels[2], 7);
        state.set_prediction(2, 7, 0.9);
        assert_eq!(state.q[2][7], 0.9);
        assert_valid(&state);
        for _ in 0..10 {
            state.remove_class();
            assert_valid(&state);
        }
        assert_eq!(state.classes.len(), MIN_CLASSES);
        for _ in 0..10 {
            state.remove_sample();
            assert_valid(&state);
        }
        assert_eq!((state.labels.len(), state.q.len()), (1, 1));
    }

    #[test]
    fn logit_edits_keep_finite_rows_of_the_right_width() {
        let mut state = PRESETS[5].1();
        state.add_sample();
        state.add_class(|k| format!("extra {k}"));
        assert_eq!(state.q[1], vec![0.0; 4]);
        assert_eq!(state.q[0][3], 0.0);
        state.set_prediction(0, 1, f64::INFINITY); // not finite: ignored
        state.set_prediction(0, 0, 7.5);
        assert_eq!(state.q[0][0], 7.5);
        state.remove_class();
        assert!(state.q.iter().all(|row| row.len() == 3));
        assert!(state.q.iter().flatten().all(|z| z.is_finite()));
    }

    #[test]
    fn removing_the_class_that_held_all_the_mass_leaves_a_uniform_row() {
        let mut state = SingleLabelState {
            labels: vec![2],
            q: vec![vec![0.0, 0.0, 1.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        };
        state.remove_class();
        assert_eq!(state.q, vec![vec![0.5, 0.5]]);
        assert_eq!(state.labels, vec![1]);
    }
}
