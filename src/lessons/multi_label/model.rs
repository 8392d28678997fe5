//! The state of `multi-label`: m samples over n nodes (URL `y`, `q`, `classes`, `reduction`,
//! `input`).

use crate::math::Reduction;
use crate::state::fields::{
    class_names_or_default, read_classes, read_input, read_prediction_rows, require_samples,
    require_width, write_class_names, write_param,
};
use crate::state::query::{self, decode, Reader};
use crate::state::{ClassNames, InputKind, LessonState, MAX_SAMPLES};

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
                    let bits: Vec<&str> = row.iter().map(|&hot| if hot { "1" } else { "0" }).collect();
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
