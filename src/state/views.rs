//! Each view's parameters: how they are read (with the cross-parameter rules that keep a state
//! consistent) and written.

use super::query::{self, decode, Reader};
use super::{
    default_class_names, BinaryEntropyState, CrossEntropyState, EntropyState, InformationState,
    InputKind, KlState, MseVsCeState, MultiLabelState, Problem, SingleLabelState, ViewId,
    ViewState, MAX_SAMPLES,
};
use crate::math::Reduction;

/// The largest learning rate the race accepts; steps beyond it only overshoot.
pub const MAX_LEARNING_RATE: f64 = 100.0;

/// Reads the state of `view`; every parameter that cannot be used falls back with an issue.
pub(super) fn read_state(view: ViewId, reader: &mut Reader) -> ViewState {
    match view {
        ViewId::Information => ViewState::Information(InformationState {
            p: read_probability(reader).unwrap_or(InformationState::default().p),
        }),
        ViewId::Entropy => ViewState::Entropy(EntropyState {
            p: read_distribution(reader, "p").unwrap_or_else(|| EntropyState::default().p),
        }),
        ViewId::BinaryEntropy => ViewState::BinaryEntropy(BinaryEntropyState {
            p: read_probability(reader).unwrap_or(BinaryEntropyState::default().p),
        }),
        ViewId::Kl => {
            let defaults = KlState::default();
            let (p, q) = read_pair(reader, &defaults.p, &defaults.q);
            ViewState::Kl(KlState { p, q })
        }
        ViewId::CrossEntropy => {
            let defaults = CrossEntropyState::default();
            let (p, q) = read_pair(reader, &defaults.p, &defaults.q);
            ViewState::CrossEntropy(CrossEntropyState { p, q })
        }
        ViewId::MseVsCe => ViewState::MseVsCe(read_mse_vs_ce(reader)),
        ViewId::SingleLabel => ViewState::SingleLabel(read_single_label(reader)),
        ViewId::MultiLabel => ViewState::MultiLabel(read_multi_label(reader)),
    }
}

/// Writes the parameters of `state`, each as `&name=value`, in the contract's order.
pub(super) fn write_state(state: &ViewState, out: &mut String) {
    match state {
        ViewState::Information(InformationState { p })
        | ViewState::BinaryEntropy(BinaryEntropyState { p }) => {
            write_param(out, "p", |out| query::write_numbers(out, &[*p]));
        }
        ViewState::Entropy(EntropyState { p }) => {
            write_param(out, "p", |out| query::write_numbers(out, p));
        }
        ViewState::Kl(KlState { p, q }) | ViewState::CrossEntropy(CrossEntropyState { p, q }) => {
            write_param(out, "p", |out| query::write_numbers(out, p));
            write_param(out, "q", |out| query::write_numbers(out, q));
        }
        ViewState::MseVsCe(state) => {
            write_param(out, "y", |out| out.push_str(&state.true_class.to_string()));
            write_param(out, "z", |out| query::write_numbers(out, &state.z));
            write_param(out, "lr", |out| {
                query::write_numbers(out, &[state.learning_rate])
            });
        }
        ViewState::SingleLabel(state) => {
            write_param(out, "labels", |out| {
                let labels: Vec<String> = state.labels.iter().map(usize::to_string).collect();
                out.push_str(&labels.join(","));
            });
            write_param(out, "q", |out| query::write_rows(out, &state.q));
            write_param(out, "classes", |out| write_names(out, &state.classes));
            write_param(out, "input", |out| out.push_str(state.input.id()));
        }
        ViewState::MultiLabel(state) => {
            write_param(out, "y", |out| {
                let rows: Vec<String> = state
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
            write_param(out, "q", |out| query::write_rows(out, &state.q));
            write_param(out, "classes", |out| write_names(out, &state.classes));
            write_param(out, "reduction", |out| out.push_str(state.reduction.id()));
            write_param(out, "input", |out| out.push_str(state.input.id()));
        }
    }
}

fn write_param(out: &mut String, name: &str, value: impl FnOnce(&mut String)) {
    out.push('&');
    out.push_str(name);
    out.push('=');
    value(out);
}

fn write_names(out: &mut String, names: &[String]) {
    let encoded: Vec<String> = names.iter().map(|name| query::encode(name)).collect();
    out.push_str(&encoded.join(","));
}

/// `p` as one probability in [0, 1].
fn read_probability(reader: &mut Reader) -> Option<f64> {
    reader.read("p", |raw, _| query::probability(&decode(raw)))
}

/// `key` as a distribution (renormalised when within 0.001 of summing to 1).
fn read_distribution(reader: &mut Reader, key: &'static str) -> Option<Vec<f64>> {
    reader.read(key, |raw, notes| query::distribution(&decode(raw), notes))
}

/// `p` and `q` of the `kl` and `cross-entropy` views, which must have the same length.
///
/// `p` leads: when both are usable and their lengths differ, `q` falls back with
/// [`Problem::WrongLength`] (expected: p's length). A parameter that is absent or fell back
/// for its own reason takes its default at the length of the other one, silently: the
/// contract's default when that length is 3, else the same shape (a one-hot p stays one-hot on
/// class 0, other defaults become uniform). So `?view=kl&p=0.25,0.25,0.25,0.25` shows that p
/// against a uniform q instead of refusing a valid p.
fn read_pair(reader: &mut Reader, default_p: &[f64], default_q: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let p = read_distribution(reader, "p");
    let q = read_distribution(reader, "q");
    match (p, q) {
        (Some(p), Some(q)) if p.len() == q.len() => (p, q),
        (Some(p), Some(q)) => {
            reader.push(
                "q",
                Problem::WrongLength {
                    expected: p.len(),
                    got: q.len(),
                },
            );
            let q = default_at_length(default_q, p.len());
            (p, q)
        }
        (Some(p), None) => {
            let q = default_at_length(default_q, p.len());
            (p, q)
        }
        (None, Some(q)) => (default_at_length(default_p, q.len()), q),
        (None, None) => (default_p.to_vec(), default_q.to_vec()),
    }
}

/// A default distribution stretched to `len` outcomes: itself at its own length; otherwise
/// one-hot on class 0 if it is one-hot on class 0, else uniform.
fn default_at_length(default: &[f64], len: usize) -> Vec<f64> {
    if default.len() == len {
        default.to_vec()
    } else if default.first() == Some(&1.0) {
        (0..len).map(|i| if i == 0 { 1.0 } else { 0.0 }).collect()
    } else {
        vec![1.0 / len as f64; len]
    }
}

/// `mse-vs-ce`: `z` first (its length bounds `y`), then `y` < number of logits, then `lr` in
/// (0, 100].
fn read_mse_vs_ce(reader: &mut Reader) -> MseVsCeState {
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

/// `input`: `prob` or `logit`.
fn read_input(reader: &mut Reader) -> InputKind {
    reader
        .read("input", |raw, _| {
            query::identifier(raw, &InputKind::ALL.map(InputKind::id), InputKind::parse)
        })
        .unwrap_or_default()
}

/// `classes`: 2..=8 names; absent or unusable leaves the count to the other parameters.
fn read_classes(reader: &mut Reader) -> Option<Vec<String>> {
    reader.read("classes", query::class_names)
}

/// The `q` rows of a batch: with `input=prob` each row is checked by `prob_row`, with
/// `input=logit` each row is any 2..=8 finite numbers.
fn read_prediction_rows(
    reader: &mut Reader,
    input: InputKind,
    prob_row: fn(&str, &mut Vec<Problem>) -> Result<Vec<f64>, Problem>,
) -> Option<Vec<Vec<f64>>> {
    reader.read("q", |raw, notes| {
        let row = match input {
            InputKind::Prob => prob_row,
            InputKind::Logit => query::numbers,
        };
        query::rows(&decode(raw), MAX_SAMPLES, notes, row)
    })
}

/// Drops rows whose width is not `classes`, with [`Problem::WrongLength`] on `key`.
fn require_width<T>(
    reader: &mut Reader,
    key: &'static str,
    rows: Option<Vec<Vec<T>>>,
    classes: usize,
) -> Option<Vec<Vec<T>>> {
    let rows = rows?;
    let width = rows.first().map_or(0, Vec::len);
    if width == classes {
        Some(rows)
    } else {
        reader.push(
            key,
            Problem::WrongLength {
                expected: classes,
                got: width,
            },
        );
        None
    }
}

/// Drops a list whose length is not `samples`, with [`Problem::WrongLength`] on `key`.
fn require_samples<T>(
    reader: &mut Reader,
    key: &'static str,
    list: Option<Vec<T>>,
    samples: usize,
) -> Option<Vec<T>> {
    let list = list?;
    if list.len() == samples {
        Some(list)
    } else {
        reader.push(
            key,
            Problem::WrongLength {
                expected: samples,
                got: list.len(),
            },
        );
        None
    }
}

/// `single-label`.
///
/// The number of classes n comes from `classes` when usable, else from the width of `q`,
/// else 3; a `q` of another width falls back ([`Problem::WrongLength`]). The number of samples
/// m comes from `q` when usable, else from `labels`, else 1; `labels` must hold m indices,
/// each below n. What falls back or is absent takes a default of the right shape: label 1 for
/// every sample, the contract's row 0.3, 0.6, 0.1 for n = 3 and a uniform row otherwise (with
/// `input=logit`, their logarithms, so softmax shows the same prediction), and the names of
/// [`default_class_names`].
fn read_single_label(reader: &mut Reader) -> SingleLabelState {
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
        classes: classes.unwrap_or_else(|| default_class_names(n)),
        input,
    }
}

/// `multi-label`.
///
/// The number of nodes n comes from `classes` when usable, else from the width of `q`, else
/// from the width of `y`, else 3; a `q` or `y` of another width falls back
/// ([`Problem::WrongLength`]). The number of samples m comes from `q` when usable, else from
/// `y`, else 1; a `y` with another number of rows falls back. What falls back or is absent
/// takes a default of the right shape: the contract's rows (y 0, 1, 1; q 0.1, 0.7, 0.8) for
/// n = 3, otherwise y with node 0 off and the others on and q 0.5 per node (with
/// `input=logit`, the logits ln(q / (1 - q)) of the same values).
fn read_multi_label(reader: &mut Reader) -> MultiLabelState {
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
        classes: classes.unwrap_or_else(|| default_class_names(n)),
        reduction,
        input,
    }
}
