//! Every number the lesson shows, computed through `crate::math` in nats and converted to the
//! reader's unit at the end, and the rows of its table and CSV export.

use super::SingleLabelState;
use crate::components::format::{full_precision, rounded};
use crate::math::{self, MathError, Unit};
use crate::state::InputKind;

/// The batch loss as MathML for `kit::Formula`:
/// L = −(1/m) Σ_{j=1}^{m} Σ_{i=1}^{n} y_ji log q_ji (`{log}` is the unit's logarithm).
pub const FORMULA_MARKUP: &str = concat!(
    "<mi>L</mi><mo>=</mo><mo>−</mo><mfrac><mn>1</mn><mi>m</mi></mfrac>",
    "<munderover><mo>∑</mo><mrow><mi>j</mi><mo>=</mo><mn>1</mn></mrow><mi>m</mi></munderover>",
    "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>",
    "<msub><mi>y</mi><mrow><mi>j</mi><mi>i</mi></mrow></msub>",
    "<mspace width=\"0.17em\"/>{log}",
    "<msub><mi>q</mi><mrow><mi>j</mi><mi>i</mi></mrow></msub>",
);

/// What a screen reader says for [`FORMULA_MARKUP`].
pub const FORMULA_LABEL: &str = "L = −(1/m) Σ_j Σ_i y_ji log q_ji";

/// The label y_ji of sample j at class i: 1 for its true class `label`, 0 for every other.
pub fn label_weight(label: usize, class: usize) -> f64 {
    if class == label {
        1.0
    } else {
        0.0
    }
}

/// The labels y_j as one-hot rows.
pub fn one_hot_rows(state: &SingleLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    let classes = state.classes.len();
    state
        .labels
        .iter()
        .map(|&class| math::one_hot(class, classes))
        .collect()
}

/// The predicted distributions q_j: the rows themselves, or q_j = softmax(z_j) of each row of
/// logits.
pub fn predictions(state: &SingleLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    match state.input {
        InputKind::Prob => Ok(state.q.clone()),
        InputKind::Logit => state.q.iter().map(|z| math::softmax(z)).collect(),
    }
}

/// The terms y_ji · (−ln q_ji) of every sample, in nats. With logits, −ln q comes from the
/// log-softmax, exact for any finite logits.
pub fn terms_nats(state: &SingleLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    let labels = one_hot_rows(state)?;
    labels
        .iter()
        .zip(&state.q)
        .map(|(y, row)| match state.input {
            InputKind::Prob => math::cross_entropy_terms(y, row, Unit::Nats),
            InputKind::Logit => Ok(y
                .iter()
                .zip(math::log_softmax(row)?)
                .map(|(&yi, log_q)| if yi == 0.0 { 0.0 } else { -yi * log_q })
                .collect()),
        })
        .collect()
}

/// Each sample's loss L_j = −Σ_i y_ji ln q_ji = −ln q_j,true, in nats.
pub fn sample_losses_nats(state: &SingleLabelState) -> Result<Vec<f64>, MathError> {
    let labels = one_hot_rows(state)?;
    match state.input {
        InputKind::Prob => math::sample_cross_entropies(&labels, &state.q),
        InputKind::Logit => labels
            .iter()
            .zip(&state.q)
            .map(|(y, z)| math::softmax_cross_entropy(y, z))
            .collect(),
    }
}

/// The batch loss L = −(1/m) Σ_j Σ_i y_ji ln q_ji, in nats.
pub fn batch_loss_nats(state: &SingleLabelState) -> Result<f64, MathError> {
    match state.input {
        InputKind::Prob => math::batch_cross_entropy(&one_hot_rows(state)?, &state.q),
        // The per-sample losses come from the logits (see `sample_losses_nats`); their mean
        // is taken as `math::batch_cross_entropy` takes it.
        InputKind::Logit => {
            let losses = sample_losses_nats(state)?;
            Ok(losses.iter().sum::<f64>() / losses.len() as f64)
        }
    }
}

/// Each sample's loss L_j = −log q_j,true in `unit`: the bars of the chart.
pub fn sample_losses(state: &SingleLabelState, unit: Unit) -> Result<Vec<f64>, MathError> {
    sample_losses_nats(state).map(|losses| losses.into_iter().map(|x| unit.from_nats(x)).collect())
}

/// The batch loss L = −(1/m) Σ_j Σ_i y_ji log q_ji in `unit`: the lesson's headline number.
pub fn batch_loss(state: &SingleLabelState, unit: Unit) -> Result<f64, MathError> {
    batch_loss_nats(state).map(|x| unit.from_nats(x))
}

/// The batch loss a library reports when the softmax is applied twice (a softmax in front of a
/// loss that applies its own, as PyTorch's `CrossEntropyLoss` does), in nats:
/// (1/m) Σ_j −ln softmax(softmax(z_j))_true.
///
/// With logits the rows are z_j ([`math::double_softmax_cross_entropy`]). With probabilities
/// the rows are taken as what the first softmax produced (their logarithms are logits that give
/// them back, softmax(ln q) = q), so only the loss's own softmax is applied to them:
/// −ln softmax(q_j)_true. Always finite, even where the right loss is infinite.
pub fn double_softmax_loss_nats(state: &SingleLabelState) -> Result<f64, MathError> {
    let labels = one_hot_rows(state)?;
    let losses = labels
        .iter()
        .zip(&state.q)
        .map(|(y, row)| match state.input {
            InputKind::Logit => math::double_softmax_cross_entropy(y, row),
            InputKind::Prob => math::softmax_cross_entropy(y, row),
        })
        .collect::<Result<Vec<f64>, MathError>>()?;
    if losses.is_empty() {
        return Err(MathError::Empty);
    }
    Ok(losses.iter().sum::<f64>() / losses.len() as f64)
}

/// [`double_softmax_loss_nats`] in `unit`, beside the batch loss.
pub fn double_softmax_loss(state: &SingleLabelState, unit: Unit) -> Result<f64, MathError> {
    double_softmax_loss_nats(state).map(|x| unit.from_nats(x))
}

/// Whether some sample's loss is infinite (its true class predicted with probability 0).
pub fn any_infinite(losses: &Result<Vec<f64>, MathError>) -> bool {
    losses
        .as_ref()
        .is_ok_and(|losses| losses.iter().any(|x| x.is_infinite()))
}

/// The rows of the batch table, one per sample: its number, its true class's name, the
/// predicted q_ji of each class and its loss, rounded as the page shows them. Empty while the
/// predictions or losses are errors (the page then shows no table).
pub fn table_rows(
    state: &SingleLabelState,
    class_names: &[String],
    predicted: &Result<Vec<Vec<f64>>, MathError>,
    losses: &Result<Vec<f64>, MathError>,
) -> Vec<Vec<String>> {
    let (Ok(predicted), Ok(losses)) = (predicted, losses) else {
        return Vec::new();
    };
    state
        .labels
        .iter()
        .zip(predicted)
        .zip(losses)
        .enumerate()
        .map(|(j, ((&label, q), &loss))| {
            let name = class_names.get(label).cloned().unwrap_or_default();
            let mut row = vec![(j + 1).to_string(), name];
            row.extend(q.iter().map(|&x| rounded(x)));
            row.push(rounded(loss));
            row
        })
        .collect()
}

/// The CSV export: a header, then one row per sample and class with the label y, the logit z
/// (with logits), q, the term −y log q, the sample's loss and the batch loss, at full
/// precision in `unit` (`unit_name` names it in the header). Only the header while the numbers
/// are errors.
pub fn csv_rows(
    state: &SingleLabelState,
    class_names: &[String],
    unit: Unit,
    unit_name: &str,
) -> Vec<Vec<String>> {
    let logits = state.input == InputKind::Logit;
    let mut header = vec!["sample".to_string(), "class".to_string(), "y".to_string()];
    if logits {
        header.push("z".to_string());
    }
    header.extend([
        "q".to_string(),
        format!("-y {} q ({unit_name})", unit.log_symbol()),
        format!("sample loss ({unit_name})"),
        format!("batch loss ({unit_name})"),
    ]);
    let mut rows = vec![header];
    let (Ok(q), Ok(terms), Ok(sample_losses), Ok(batch)) = (
        predictions(state),
        terms_nats(state),
        sample_losses_nats(state),
        batch_loss_nats(state),
    ) else {
        return rows;
    };
    for (j, &label) in state.labels.iter().enumerate() {
        for (i, name) in class_names.iter().enumerate() {
            let mut row = vec![
                (j + 1).to_string(),
                name.clone(),
                if i == label { "1" } else { "0" }.to_string(),
            ];
            if logits {
                row.push(full_precision(state.q[j][i]));
            }
            row.extend([
                full_precision(q[j][i]),
                full_precision(unit.from_nats(terms[j][i])),
                full_precision(unit.from_nats(sample_losses[j])),
                full_precision(unit.from_nats(batch)),
            ]);
            rows.push(row);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::single_label::model::PRESETS;
    use crate::state::ClassNames;

    fn names(n: usize) -> Vec<String> {
        (1..=n).map(|k| format!("class {k}")).collect()
    }

    #[test]
    fn the_default_is_the_tutorials_sample() {
        let state = SingleLabelState::default();
        let loss = batch_loss_nats(&state).unwrap();
        assert!((loss - 0.5108256237659907).abs() < 1e-15, "{loss}");
        assert_eq!(sample_losses_nats(&state).unwrap(), vec![loss]);
        // Only the true class's term survives the one-hot label.
        let terms = terms_nats(&state).unwrap();
        assert_eq!(terms[0][0], 0.0);
        assert_eq!(terms[0][2], 0.0);
        assert_eq!(terms[0][1], loss);
    }

    #[test]
    fn the_losses_are_minus_log_of_the_true_class_in_either_unit() {
        let state = PRESETS[1].1();
        for unit in [Unit::Nats, Unit::Bits] {
            let expected: Vec<f64> = state
                .labels
                .iter()
                .zip(&state.q)
                .map(|(&label, q)| match unit {
                    Unit::Nats => -q[label].ln(),
                    Unit::Bits => -q[label].log2(),
                })
                .collect();
            let losses = sample_losses(&state, unit).unwrap();
            for (a, b) in losses.iter().zip(&expected) {
                assert!((a - b).abs() < 1e-12, "{a} vs {b}");
            }
            let mean = expected.iter().sum::<f64>() / expected.len() as f64;
            assert!((batch_loss(&state, unit).unwrap() - mean).abs() < 1e-12);
        }
    }

    #[test]
    fn the_double_sum_of_the_terms_is_the_batch_loss() {
        let state = PRESETS[1].1();
        let terms = terms_nats(&state).unwrap();
        let m = terms.len() as f64;
        let double_sum = terms.iter().flatten().sum::<f64>() / m;
        assert!((double_sum - batch_loss_nats(&state).unwrap()).abs() < 1e-12);
        let y = one_hot_rows(&state).unwrap();
        for (j, &label) in state.labels.iter().enumerate() {
            for (i, &yi) in y[j].iter().enumerate() {
                assert_eq!(yi, label_weight(label, i));
            }
        }
    }

    #[test]
    fn logits_predict_their_softmax() {
        let state = PRESETS[5].1();
        let q = predictions(&state).unwrap();
        for (a, b) in q[0].iter().zip([0.3, 0.6, 0.1]) {
            assert!((a - b).abs() < 1e-12, "{a} vs {b}");
        }
    }

    #[test]
    fn huge_logits_keep_a_finite_exact_loss() {
        let state = SingleLabelState {
            labels: vec![1],
            q: vec![vec![1000.0, 0.0, 0.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Logit,
        };
        assert_eq!(sample_losses_nats(&state).unwrap(), vec![1000.0]);
        assert_eq!(terms_nats(&state).unwrap()[0][1], 1000.0);
    }

    #[test]
    fn the_doubled_softmax_is_the_softmax_of_the_softmax_averaged_over_the_batch() {
        // Written out with exp and ln only: r = softmax(softmax(z)), loss −ln r_true.
        let doubled = |z: &[f64], t: usize| {
            let e: Vec<f64> = z.iter().map(|x| x.exp()).collect();
            let q: Vec<f64> = e.iter().map(|x| x / e.iter().sum::<f64>()).collect();
            let r: Vec<f64> = q.iter().map(|x| x.exp()).collect();
            -(r[t] / r.iter().sum::<f64>()).ln()
        };
        let state = SingleLabelState {
            labels: vec![0, 2],
            q: vec![vec![2.0, 1.0, 0.1], vec![-1.0, 0.5, 3.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Logit,
        };
        let want = (doubled(&state.q[0], 0) + doubled(&state.q[1], 2)) / 2.0;
        let got = double_softmax_loss_nats(&state).unwrap();
        assert!((got - want).abs() < 1e-12, "{got} vs {want}");
        // The end-to-end test's batch: 0.8021 nats against the right −ln 0.6590 = 0.4170.
        let one = SingleLabelState {
            labels: vec![0],
            q: vec![vec![2.0, 1.0, 0.1]],
            ..state.clone()
        };
        let got = double_softmax_loss_nats(&one).unwrap();
        assert!((got - doubled(&one.q[0], 0)).abs() < 1e-12);
        assert!((got - 0.8021).abs() < 5e-5, "{got}");
        assert!((batch_loss_nats(&one).unwrap() - 0.4170).abs() < 5e-5);
        let bits = double_softmax_loss(&state, Unit::Bits).unwrap();
        assert!((bits - want / std::f64::consts::LN_2).abs() < 1e-12);
    }

    #[test]
    fn probabilities_are_the_first_softmax_and_the_doubled_loss_stays_finite() {
        // The tutorial's sample as probabilities or as their logarithms: the same doubled loss.
        let from_probabilities = double_softmax_loss_nats(&PRESETS[0].1()).unwrap();
        let from_logits = double_softmax_loss_nats(&PRESETS[5].1()).unwrap();
        assert!((from_probabilities - from_logits).abs() < 1e-12);
        let q = [0.3f64, 0.6, 0.1];
        let want = -(q[1].exp() / q.iter().map(|x| x.exp()).sum::<f64>()).ln();
        assert!((from_probabilities - want).abs() < 1e-12);
        // A certain mistake: the right loss is infinite, the doubled one is not.
        let certain = PRESETS[3].1();
        let doubled = double_softmax_loss_nats(&certain).unwrap();
        assert!(doubled.is_finite());
        assert!((doubled - (1.0 + 2.0 * 0.5f64.exp()).ln()).abs() < 1e-12);
    }

    #[test]
    fn a_certain_mistake_is_infinite() {
        let state = PRESETS[3].1();
        assert_eq!(batch_loss_nats(&state), Ok(f64::INFINITY));
        assert!(any_infinite(&sample_losses(&state, Unit::Bits)));
        assert!(!any_infinite(&sample_losses(&PRESETS[1].1(), Unit::Nats)));
        assert!(!any_infinite(&Err(MathError::Empty)));
    }

    #[test]
    fn csv_rows_have_a_header_and_one_row_per_sample_and_class() {
        let state = PRESETS[1].1();
        let rows = csv_rows(&state, &names(3), Unit::Bits, "bits");
        assert_eq!(rows.len(), 1 + 3 * 3);
        assert_eq!(
            rows[0],
            [
                "sample",
                "class",
                "y",
                "q",
                "-y log₂ q (bits)",
                "sample loss (bits)",
                "batch loss (bits)"
            ]
        );
        assert!(rows.iter().all(|row| row.len() == 7));
        // Sample 1, class 2 is its true class: y = 1 and the term is the sample's loss.
        assert_eq!(rows[2][..3], ["1", "class 2", "1"]);
        assert_eq!(rows[2][4], rows[2][5]);
        assert_eq!(rows[1][4], "0");
        let batch: f64 = rows[1][6].parse().unwrap();
        assert!((batch - batch_loss(&state, Unit::Bits).unwrap()).abs() < 1e-15);

        let logits = PRESETS[5].1();
        let rows = csv_rows(&logits, &names(3), Unit::Nats, "nats");
        assert_eq!(rows[0][3], "z");
        assert!(rows.iter().all(|row| row.len() == 8));
        assert_eq!(rows[1][3], full_precision(0.3f64.ln()));
    }

    #[test]
    fn table_rows_show_each_sample_rounded() {
        let state = PRESETS[1].1();
        let class_names = names(3);
        let rows = table_rows(
            &state,
            &class_names,
            &predictions(&state),
            &sample_losses(&state, Unit::Nats),
        );
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|row| row.len() == 3 + 3));
        assert_eq!(
            rows[0],
            ["1", "class 2", "0.3000", "0.6000", "0.1000", "0.5108"]
        );
        assert_eq!(rows[2][1], "class 3");
        let none = table_rows(&state, &class_names, &Err(MathError::Empty), &Ok(vec![]));
        assert!(none.is_empty());
    }

    #[test]
    fn the_formula_markup_is_balanced_and_names_the_log() {
        assert_eq!(FORMULA_MARKUP.matches("{log}").count(), 1);
        for tag in ["mi", "mo", "mn", "mrow", "msub", "mfrac", "munderover"] {
            let open = FORMULA_MARKUP.matches(&format!("<{tag}>")).count();
            let close = FORMULA_MARKUP.matches(&format!("</{tag}>")).count();
            assert_eq!(open, close, "<{tag}>");
        }
    }
}
