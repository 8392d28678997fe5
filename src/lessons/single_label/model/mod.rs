//! The plain Rust of `single-label`: the state of m samples over n classes (URL `labels`, `q`,
//! `classes`, `input`), the examples of the preset menu ([`presets`]), the edits the controls
//! make ([`edits`]) and every number, table row and CSV row the page shows ([`numbers`]).

mod edits;
mod numbers;
mod practice;
mod presets;

pub use edits::set_label;
pub use numbers::{
    any_infinite, batch_loss, batch_loss_nats, csv_rows, double_softmax_loss,
    double_softmax_loss_nats, label_weight, one_hot_rows, predictions, sample_losses,
    sample_losses_nats, table_rows, terms_nats, FORMULA_LABEL, FORMULA_MARKUP,
};
pub use practice::PRACTICE;
pub use presets::PRESETS;

use crate::state::fields::{
    class_names_or_default, default_at_length, read_classes, read_input, read_prediction_rows,
    require_samples, require_width, write_class_names, write_param,
};
use crate::state::query::{self, decode, Reader};
use crate::state::{ClassNames, InputKind, LessonState, Problem, MAX_SAMPLES};

/// `single-label`: m samples over n classes.
///
/// Invariants: `labels.len() == q.len()` = m in 1..=8; every row of `q` and `classes` have
/// n in 2..=8 entries; every label < n; with `input == Prob` every row is a distribution,
/// with `Logit` every entry is finite. Named classes are non-empty and trimmed.
#[derive(Clone, Debug, PartialEq)]
pub struct SingleLabelState {
    pub labels: Vec<usize>,
    pub q: Vec<Vec<f64>>,
    pub classes: ClassNames,
    pub input: InputKind,
}

impl Default for SingleLabelState {
    fn default() -> Self {
        SingleLabelState {
            labels: vec![1],
            q: vec![vec![0.3, 0.6, 0.1]],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        }
    }
}

impl LessonState for SingleLabelState {
    const KEYS: &'static [&'static str] = &["labels", "q", "classes", "input"];

    /// `single-label`.
    ///
    /// The number of classes n comes from `classes` when usable, else from the width of `q`,
    /// else 3; a `q` of another width falls back ([`Problem::WrongLength`]). The number of samples
    /// m comes from `q` when usable, else from `labels`, else 1; `labels` must hold m indices,
    /// each below n. What falls back or is absent takes a default of the right shape: label 1 for
    /// every sample, the contract's row 0.3, 0.6, 0.1 for n = 3 and a uniform row otherwise (with
    /// `input=logit`, their logarithms, so softmax shows the same prediction), and the
    /// default names.
    fn read(reader: &mut Reader) -> Self {
        let input = read_input(reader);
        let classes = read_classes(reader);
        let q = read_prediction_rows(reader, input, query::distribution);
        let n = classes
            .as_ref()
            .map(Vec::len)
            .or_else(|| q.as_ref().and_then(|q| q.first()).map(Vec::len))
            .unwrap_or(3);
        let q = require_width(reader, "q", q, n);
        let labels = reader.read("labels", |raw, notes| {
            let text = decode(raw);
            if text.trim().is_empty() {
                return Err(Problem::Empty);
            }
            query::split_capped(&text, ',', MAX_SAMPLES, notes)
                .into_iter()
                .map(|label| query::class_index(label, n))
                .collect::<Result<Vec<usize>, Problem>>()
        });
        let m = q
            .as_ref()
            .map(Vec::len)
            .or_else(|| labels.as_ref().map(Vec::len))
            .unwrap_or(1);
        let labels = require_samples(reader, "labels", labels, m);
        let default_row = |input: InputKind| {
            let probabilities = default_at_length(&SingleLabelState::default().q[0], n);
            match input {
                InputKind::Prob => probabilities,
                InputKind::Logit => probabilities.into_iter().map(f64::ln).collect(),
            }
        };
        SingleLabelState {
            labels: labels.unwrap_or_else(|| vec![1; m]),
            q: q.unwrap_or_else(|| vec![default_row(input); m]),
            classes: class_names_or_default(classes, n),
            input,
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "labels", |out| {
            let labels: Vec<String> = self.labels.iter().map(usize::to_string).collect();
            out.push_str(&labels.join(","));
        });
        write_param(out, "q", |out| query::write_rows(out, &self.q));
        write_class_names(out, &self.classes);
        write_param(out, "input", |out| out.push_str(self.input.id()));
    }
}
