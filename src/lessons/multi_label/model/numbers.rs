//! The lesson's numbers, all through `crate::math`: every node's binary cross-entropy, each
//! sample's loss, the batch loss under each reduction, what Keras reports, and what the
//! libraries report where the exact loss is infinite.

use super::MultiLabelState;
use crate::math::{self, MathError, Reduction, Unit};
use crate::state::InputKind;

/// The n-hot labels as rows of 0 and 1.
pub fn label_rows(state: &MultiLabelState) -> Vec<Vec<f64>> {
    state
        .y
        .iter()
        .map(|row| row.iter().map(|&hot| if hot { 1.0 } else { 0.0 }).collect())
        .collect()
}

/// The predicted probability of every node: the rows themselves, or q = σ(z) = 1 / (1 + e^−z)
/// of each logit.
pub fn predictions(state: &MultiLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    match state.input {
        InputKind::Prob => Ok(state.q.clone()),
        InputKind::Logit => state
            .q
            .iter()
            .map(|row| row.iter().map(|&z| math::sigmoid(z)).collect())
            .collect(),
    }
}

/// Every node's binary cross-entropy L_ji = −[y_ji ln q_ji + (1 − y_ji) ln(1 − q_ji)], in nats;
/// from the logits directly when the rows are logits (exact for large logits, as
/// BCEWithLogitsLoss).
pub fn node_losses_nats(state: &MultiLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    label_rows(state)
        .iter()
        .zip(&state.q)
        .map(|(y, row)| match state.input {
            InputKind::Prob => math::binary_cross_entropy(y, row),
            InputKind::Logit => math::binary_cross_entropy_with_logits(y, row),
        })
        .collect()
}

/// Each sample's loss L_j = Σ_i L_ji, the sum over its nodes, in nats.
pub fn sample_losses_nats(state: &MultiLabelState) -> Result<Vec<f64>, MathError> {
    match state.input {
        InputKind::Prob => math::multilabel_sample_losses(&label_rows(state), &state.q),
        InputKind::Logit => Ok(node_losses_nats(state)?
            .iter()
            .map(|row| row.iter().sum())
            .collect()),
    }
}

/// The batch loss under each reduction of `Reduction::ALL`, in nats: Σ_j Σ_i L_ji divided by 1,
/// by m, or by m·n.
pub fn batch_losses_nats(state: &MultiLabelState) -> Result<[f64; 3], MathError> {
    let mut losses = [0.0; 3];
    match state.input {
        InputKind::Prob => {
            let labels = label_rows(state);
            for (slot, reduction) in losses.iter_mut().zip(Reduction::ALL) {
                *slot = math::batch_multilabel_loss(&labels, &state.q, reduction)?;
            }
        }
        // The node losses come from the logits; the total is divided as
        // `math::batch_multilabel_loss` divides it.
        InputKind::Logit => {
            let total: f64 = sample_losses_nats(state)?.iter().sum();
            let (samples, nodes) = (state.q.len(), state.classes.len());
            for (slot, reduction) in losses.iter_mut().zip(Reduction::ALL) {
                *slot = total / reduction.divisor(samples, nodes);
            }
        }
    }
    Ok(losses)
}

/// What Keras' binary cross-entropy reports per sample, in nats: (1/n) Σ_i L_ji, the mean over
/// the nodes, of predictions clipped to [1e-7, 1 − 1e-7] (from logits Keras does not clip).
pub fn keras_sample_losses_nats(state: &MultiLabelState) -> Result<Vec<f64>, MathError> {
    let per_node = match state.input {
        InputKind::Prob => label_rows(state)
            .iter()
            .zip(&state.q)
            .map(|(y, q)| math::keras_binary_cross_entropy(y, q))
            .collect::<Result<Vec<_>, _>>()?,
        InputKind::Logit => node_losses_nats(state)?,
    };
    Ok(per_node
        .iter()
        .map(|row| row.iter().sum::<f64>() / row.len() as f64)
        .collect())
}

/// A node whose exact loss is infinite, and what the libraries report for it instead.
#[derive(Clone, Debug, PartialEq)]
pub struct ClampedNode {
    pub sample: usize,
    pub node: usize,
    /// PyTorch's BCELoss, each log clamped at −100 (in nats: 100).
    pub pytorch: f64,
    /// Keras, the prediction clipped to [1e-7, 1 − 1e-7] (in nats: −ln 1e-7).
    pub keras: f64,
}

/// The nodes with an infinite exact loss (only possible with probabilities of exactly 0 or 1),
/// with the libraries' values in nats.
pub fn clamped_nodes(state: &MultiLabelState) -> Result<Vec<ClampedNode>, MathError> {
    let exact = node_losses_nats(state)?;
    let labels = label_rows(state);
    let mut nodes = Vec::new();
    for (sample, (row, (y, q))) in exact.iter().zip(labels.iter().zip(&state.q)).enumerate() {
        if !row.iter().any(|x| x.is_infinite()) {
            continue;
        }
        let pytorch = math::pytorch_binary_cross_entropy(y, q)?;
        let keras = math::keras_binary_cross_entropy(y, q)?;
        for (node, loss) in row.iter().enumerate() {
            if loss.is_infinite() {
                nodes.push(ClampedNode {
                    sample,
                    node,
                    pytorch: pytorch[node],
                    keras: keras[node],
                });
            }
        }
    }
    Ok(nodes)
}

/// Every number the lesson shows, in the reader's unit (probabilities are unitless).
#[derive(Clone, Debug, PartialEq)]
pub struct MultiLabelNumbers {
    /// q_ji, the probability of every node ([`predictions`]).
    pub probabilities: Result<Vec<Vec<f64>>, MathError>,
    /// L_ji, every node's loss ([`node_losses_nats`]).
    pub node_losses: Result<Vec<Vec<f64>>, MathError>,
    /// L_j = Σ_i L_ji ([`sample_losses_nats`]).
    pub sample_losses: Result<Vec<f64>, MathError>,
    /// Keras' (1/n) Σ_i L_ji ([`keras_sample_losses_nats`]), in nats whatever the unit: the
    /// number Keras prints.
    pub keras_sample_losses: Result<Vec<f64>, MathError>,
    /// The batch loss under each reduction of `Reduction::ALL` ([`batch_losses_nats`]).
    pub batch_losses: Result<[f64; 3], MathError>,
    /// The nodes with an infinite loss, with the libraries' values ([`clamped_nodes`]), in nats
    /// whatever the unit (the numbers PyTorch and Keras print); empty when there is none or the
    /// numbers are invalid.
    pub clamped: Vec<ClampedNode>,
}

impl MultiLabelNumbers {
    /// The numbers of `state`, the losses converted from nats to `unit`; what the libraries
    /// report (Keras' per-sample mean, the clamped nodes) stays in nats.
    pub fn new(state: &MultiLabelState, unit: Unit) -> MultiLabelNumbers {
        let convert = |x: f64| unit.from_nats(x);
        let convert_all = |values: Vec<f64>| values.into_iter().map(convert).collect::<Vec<_>>();
        MultiLabelNumbers {
            probabilities: predictions(state),
            node_losses: node_losses_nats(state)
                .map(|rows| rows.into_iter().map(convert_all).collect()),
            sample_losses: sample_losses_nats(state).map(convert_all),
            keras_sample_losses: keras_sample_losses_nats(state),
            batch_losses: batch_losses_nats(state).map(|all| all.map(convert)),
            // The libraries report nats whatever the reader's unit: their numbers stay as
            // they print them.
            clamped: clamped_nodes(state).unwrap_or_default(),
        }
    }

    /// Whether every per-node and per-sample number could be computed (the written-out sum
    /// and the table need them all).
    pub fn is_valid(&self) -> bool {
        self.probabilities.is_ok()
            && self.node_losses.is_ok()
            && self.sample_losses.is_ok()
            && self.keras_sample_losses.is_ok()
    }

    /// The batch loss under `reduction`.
    pub fn batch_loss(&self, reduction: Reduction) -> Result<f64, MathError> {
        let index = super::reduction_index(reduction);
        self.batch_losses
            .as_ref()
            .map(|all| all[index])
            .map_err(Clone::clone)
    }
}

#[cfg(test)]
mod tests {
    use super::super::PRESETS;
    use super::*;
    use crate::state::ClassNames;

    const NODE_LOSSES: [f64; 3] = [0.10536051565782628, 0.35667494393873245, 0.2231435513142097];
    const SAMPLE_LOSS: f64 = 0.6851790109107685;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-15 * b.abs().max(1.0)
    }

    #[test]
    fn the_default_is_the_tutorials_sample() {
        let state = MultiLabelState::default();
        let nodes = node_losses_nats(&state).unwrap();
        for (got, want) in nodes[0].iter().zip(NODE_LOSSES) {
            assert!(close(*got, want), "{got} vs {want}");
        }
        assert!(close(sample_losses_nats(&state).unwrap()[0], SAMPLE_LOSS));
        let keras = keras_sample_losses_nats(&state).unwrap()[0];
        assert!((keras - 0.2284).abs() < 5e-5, "{keras}");
    }

    #[test]
    fn the_reductions_differ_by_m_and_m_times_n() {
        let state = PRESETS[1].1();
        let [sum, over_samples, over_elements] = batch_losses_nats(&state).unwrap();
        let (m, n) = (3.0, 3.0);
        assert!(close(sum, over_samples * m));
        assert!(close(sum, over_elements * m * n));
        let samples = sample_losses_nats(&state).unwrap();
        assert!(close(sum, samples.iter().sum()));
    }

    #[test]
    fn logits_agree_with_their_sigmoid() {
        use crate::lessons::kit::batch_model::BatchState;
        let mut state = PRESETS[1].1();
        let from_probabilities = batch_losses_nats(&state).unwrap();
        state.set_input_kind(InputKind::Logit);
        assert_eq!(state.input, InputKind::Logit);
        let from_logits = batch_losses_nats(&state).unwrap();
        for (a, b) in from_probabilities.iter().zip(from_logits) {
            assert!((a - b).abs() < 1e-12, "{a} vs {b}");
        }
        state.set_input_kind(InputKind::Prob);
        assert!(state.q.iter().flatten().all(|q| (0.0..=1.0).contains(q)));
    }

    #[test]
    fn huge_logits_keep_a_finite_exact_loss() {
        let state = MultiLabelState {
            y: vec![vec![false, true]],
            q: vec![vec![50.0, -50.0]],
            classes: ClassNames::Default(2),
            reduction: Reduction::Sum,
            input: InputKind::Logit,
        };
        assert_eq!(sample_losses_nats(&state).unwrap(), vec![100.0]);
    }

    #[test]
    fn a_certain_mistake_is_infinite_and_the_libraries_clamp_it() {
        let state = PRESETS[2].1();
        assert_eq!(sample_losses_nats(&state).unwrap()[0], f64::INFINITY);
        let nodes = clamped_nodes(&state).unwrap();
        assert_eq!(nodes.len(), 1);
        assert_eq!((nodes[0].sample, nodes[0].node), (0, 2));
        assert_eq!(nodes[0].pytorch, 100.0);
        assert!((nodes[0].keras - 16.118095650958317).abs() < 1e-12);
        assert!(keras_sample_losses_nats(&state).unwrap()[0].is_finite());
        assert!(clamped_nodes(&MultiLabelState::default())
            .unwrap()
            .is_empty());
    }

    /// The binary cross-entropy of one node written out with `f64::ln`, independently of
    /// `math`'s log1p.
    fn by_hand(y: f64, q: f64) -> f64 {
        -(y * q.ln() + (1.0 - y) * (1.0 - q).ln())
    }

    #[test]
    fn the_numbers_agree_with_the_formulas_written_out() {
        let state = PRESETS[1].1();
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        assert!(numbers.is_valid());
        let labels = label_rows(&state);
        let nodes = numbers.node_losses.as_ref().unwrap();
        let samples = numbers.sample_losses.as_ref().unwrap();
        let keras = numbers.keras_sample_losses.as_ref().unwrap();
        let mut total = 0.0;
        for j in 0..3 {
            let row: Vec<f64> = (0..3)
                .map(|i| by_hand(labels[j][i], state.q[j][i]))
                .collect();
            for (got, want) in nodes[j].iter().zip(&row) {
                assert!((got - want).abs() < 1e-12, "{got} vs {want}");
            }
            let sum: f64 = row.iter().sum();
            assert!((samples[j] - sum).abs() < 1e-12);
            assert!((keras[j] - sum / 3.0).abs() < 1e-12);
            total += sum;
        }
        let divisors = [1.0, 3.0, 9.0];
        for (reduction, divisor) in Reduction::ALL.into_iter().zip(divisors) {
            let got = numbers.batch_loss(reduction).unwrap();
            assert!((got - total / divisor).abs() < 1e-12, "{reduction:?}");
        }
        assert_eq!(numbers.probabilities, Ok(state.q.clone()));
        assert!(numbers.clamped.is_empty());
    }

    #[test]
    fn bits_divide_the_losses_by_ln_2() {
        let state = PRESETS[2].1();
        let nats = MultiLabelNumbers::new(&state, Unit::Nats);
        let bits = MultiLabelNumbers::new(&state, Unit::Bits);
        let ln2 = std::f64::consts::LN_2;
        let (a, b) = (
            nats.node_losses.as_ref().unwrap(),
            bits.node_losses.as_ref().unwrap(),
        );
        assert!((a[0][1] / ln2 - b[0][1]).abs() < 1e-12);
        // What Keras reports stays in nats, as Keras prints it.
        assert_eq!(nats.keras_sample_losses, bits.keras_sample_losses);
        // Probabilities have no unit.
        assert_eq!(nats.probabilities, bits.probabilities);
        assert_eq!(bits.batch_loss(Reduction::Sum), Ok(f64::INFINITY));
    }

    #[test]
    fn the_libraries_values_stay_in_nats_under_bits() {
        // y = [1, 0, 0], q = [0, 0.7, 0.8]: the first node is a certain mistake.
        let state = MultiLabelState {
            y: vec![vec![true, false, false]],
            q: vec![vec![0.0, 0.7, 0.8]],
            classes: ClassNames::Default(3),
            reduction: Reduction::Sum,
            input: InputKind::Prob,
        };
        let nats = MultiLabelNumbers::new(&state, Unit::Nats);
        let bits = MultiLabelNumbers::new(&state, Unit::Bits);
        assert_eq!(bits.clamped, nats.clamped);
        assert_eq!(bits.clamped.len(), 1);
        assert_eq!((bits.clamped[0].sample, bits.clamped[0].node), (0, 0));
        // PyTorch clamps the log at −100; Keras clips q to 1e-7: −ln 1e-7.
        assert_eq!(bits.clamped[0].pytorch, 100.0);
        assert!((bits.clamped[0].keras - 16.118095650958317).abs() < 1e-12);
        // The exact losses follow the unit.
        let (exact_nats, exact_bits) = (
            nats.node_losses.as_ref().unwrap(),
            bits.node_losses.as_ref().unwrap(),
        );
        assert_eq!(exact_bits[0][0], f64::INFINITY);
        assert!((exact_bits[0][1] - -(0.3f64).log2()).abs() < 1e-12);
        assert!((exact_nats[0][1] / std::f64::consts::LN_2 - exact_bits[0][1]).abs() < 1e-12);
    }

    #[test]
    fn logits_give_their_sigmoid_as_probabilities() {
        let state = PRESETS[5].1();
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        let q = numbers.probabilities.as_ref().unwrap();
        for (got, want) in q[0].iter().zip([0.1, 0.7, 0.8]) {
            assert!((got - want).abs() < 1e-12, "{got} vs {want}");
        }
        let sum = numbers.batch_loss(Reduction::Sum).unwrap();
        assert!((sum - SAMPLE_LOSS).abs() < 1e-12);
    }
}
