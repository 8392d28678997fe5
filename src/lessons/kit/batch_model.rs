//! What the two batch lessons (single-label, multi-label) share as plain Rust: the edits the
//! shared controls make to a batch state ([`BatchState`]), the examples of the preset menu, and
//! the pieces of their written-out sums.

use crate::components::format::rounded;
use crate::i18n::{BatchEditorText, SampleItem, Strings};
use crate::math::MathError;
use crate::state::{ClassNames, InputKind};

/// The range of a logit slider. A link may hold larger logits; the number field shows them.
pub const LOGIT_LIMIT: f64 = 10.0;

/// The longest class name the editor takes, in UTF-16 units (names travel in every link).
pub const MAX_CLASS_NAME_LEN: usize = 40;

/// The chart's text alternative for a list of per-sample values: "sample 1: 0.5108; …".
pub fn sample_items(editor: &BatchEditorText, values: &[f64]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(j, &value)| {
            (editor.sample_item)(&SampleItem {
                sample: j + 1,
                value: &rounded(value),
            })
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Entry i of row j of a batch's rows, 0 where there is none (a row being added or removed).
pub fn entry_at(rows: &[Vec<f64>], sample: usize, class: usize) -> f64 {
    rows.get(sample)
        .and_then(|row| row.get(class))
        .copied()
        .unwrap_or(0.0)
}

/// Entry i of row j of a batch's result, as a readout value.
pub fn nth_entry(
    rows: &Result<Vec<Vec<f64>>, MathError>,
    sample: usize,
    class: usize,
) -> Result<f64, MathError> {
    match rows {
        Ok(rows) => rows
            .get(sample)
            .and_then(|row| row.get(class))
            .copied()
            .ok_or(MathError::Empty),
        Err(error) => Err(error.clone()),
    }
}

/// Rounded values joined as the terms of a written-out sum: "0.3567 + 1.2040".
pub fn shown_terms(values: &[f64]) -> String {
    values
        .iter()
        .map(|&x| rounded(x))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Entry j of a per-sample result, as a readout value.
pub fn nth(values: &Result<Vec<f64>, MathError>, index: usize) -> Result<f64, MathError> {
    match values {
        Ok(list) => list.get(index).copied().ok_or(MathError::Empty),
        Err(error) => Err(error.clone()),
    }
}

/// What a screen reader says for a probability slider names: the sample, the class and the
/// probability.
#[derive(Clone, Copy)]
pub struct ProbabilitySlider<'a> {
    /// The 1-based sample number.
    pub sample: usize,
    pub class: &'a str,
    pub probability: &'a str,
}

/// What a screen reader says for a logit slider names: the sample, the class, the logit and
/// the probability it gives.
#[derive(Clone, Copy)]
pub struct LogitSlider<'a> {
    /// The 1-based sample number.
    pub sample: usize,
    pub class: &'a str,
    pub logit: &'a str,
    pub probability: &'a str,
}

/// A prediction slider's messages with named parameters: what a screen reader says with
/// probabilities and with logits, and the sentence under a logit slider with the probability
/// it gives.
#[derive(Clone, Copy)]
pub struct SliderMessages {
    pub probability: fn(&ProbabilitySlider) -> String,
    pub logit: fn(&LogitSlider) -> String,
    pub gives: fn(&str) -> String,
}

/// An example of a batch lesson's preset menu: its label and the state it sets.
pub type Example<S> = (fn(&Strings) -> &'static str, fn() -> S);

/// A batch lesson's state as the shared controls edit it. Every edit keeps the state's
/// invariants: each row as long as the class list, 1 to `MAX_SAMPLES` samples, `MIN_CLASSES`
/// to `MAX_CLASSES` classes.
pub trait BatchState: Clone + PartialEq + Send + Sync + 'static {
    fn add_sample(&mut self);
    fn remove_sample(&mut self);
    /// Appends a class; a named class list names it with the first free `name_for(k)`.
    fn add_class(&mut self, name_for: fn(usize) -> String);
    fn remove_class(&mut self);
    /// The prediction rows and the input kind they hold, to be replaced together.
    fn predictions_mut(&mut self) -> (&mut Vec<Vec<f64>>, &mut InputKind);
    /// A row of predictions converted to `kind`: probabilities to logits, or back.
    fn converted_row(row: &[f64], kind: InputKind) -> Result<Vec<f64>, MathError>;
    /// Switches between probabilities and logits, converting every row; nothing changes when a
    /// row cannot be converted.
    fn set_input_kind(&mut self, kind: InputKind) {
        let (rows, input) = self.predictions_mut();
        if *input == kind {
            return;
        }
        let converted: Result<Vec<Vec<f64>>, MathError> = rows
            .iter()
            .map(|row| Self::converted_row(row, kind))
            .collect();
        if let Ok(next) = converted {
            *rows = next;
            *input = kind;
        }
    }
    /// The class names, one per entry of every row.
    fn classes_mut(&mut self) -> &mut ClassNames;
    /// The prediction rows as the state holds them: probabilities, or logits.
    fn rows(&self) -> &[Vec<f64>];
    /// Moves the prediction of sample `sample`, class (or node) `class` to `value`.
    fn set_prediction(&mut self, sample: usize, class: usize, value: f64);
    /// Renames a class; the others keep the names the reader saw (`default_names` of the
    /// current language while they were defaults).
    fn rename_class(
        &mut self,
        class: usize,
        name: String,
        default_names: fn(usize) -> Vec<String>,
    ) {
        self.classes_mut().rename(class, name, default_names);
    }
    /// The state an example sets from this one: the example, with whatever the reader chose
    /// that is not part of an example kept.
    fn with_example(&self, example: Self) -> Self {
        example
    }
}
