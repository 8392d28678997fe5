//! Losses of classification and their gradients with respect to the logits, in nats.
//!
//! Single-label: softmax + cross-entropy. Multi-label: one sigmoid per node + binary
//! cross-entropy. The squared error after a softmax is here for the MSE-vs-CE lesson.

use super::activation::SoftmaxParts;
use super::clamp::clamp;
use super::error::{
    check_batch_shape, check_distribution, check_logits, check_probabilities, check_same_length,
    MathError,
};
use super::info::cross_entropy;
use super::reduction::Reduction;
use super::unit::Unit;

/// Softmax cross-entropy from logits: L(y, z) = -sum_i y_i log_softmax(z)_i
/// = -sum_i y_i (z_i - LSE(z)), in nats.
///
/// y must be a distribution (one-hot or a soft label); terms with y_i = 0 contribute nothing.
/// The log-sum-exp is taken with log1p, so a confident and right prediction gives its tiny
/// loss (e.g. ln(1 + e^-40) = 4.2e-18) instead of 0.
pub fn softmax_cross_entropy(y: &[f64], z: &[f64]) -> Result<f64, MathError> {
    check_distribution(y)?;
    check_same_length(y, z)?;
    Ok(cross_entropy_of_parts(y, &SoftmaxParts::new(z)?))
}

/// [`softmax_cross_entropy`] of a checked label and the softmax parts of checked logits.
pub(crate) fn cross_entropy_of_parts(y: &[f64], parts: &SoftmaxParts) -> f64 {
    let log_q = parts.log_softmax();
    y.iter()
        .zip(&log_q)
        .filter(|(&yi, _)| yi != 0.0)
        .map(|(&yi, &log_qi)| -yi * log_qi)
        .sum()
}

/// The softmax cross-entropy with the softmax applied twice, the loss a library reports when a
/// softmax is put in front of a loss that applies its own (e.g. PyTorch's `CrossEntropyLoss`):
/// L(y, z) = -sum_i y_i log softmax(softmax(z))_i = -sum_i y_i (q_i - LSE(q)) with
/// q = softmax(z), in nats.
///
/// Since every q_i lies in [0, 1], the second softmax can only flatten the prediction: for a
/// one-hot y over n classes the loss stays between ln(e + n - 1) - 1 (q certain and right) and
/// ln(e + n - 1) (q certain and wrong), however large the logits.
pub fn double_softmax_cross_entropy(y: &[f64], z: &[f64]) -> Result<f64, MathError> {
    check_distribution(y)?;
    check_same_length(y, z)?;
    let q = SoftmaxParts::new(z)?.softmax();
    Ok(cross_entropy_of_parts(y, &SoftmaxParts::new(&q)?))
}

/// Gradient of the softmax cross-entropy: dL/dz_k = (sum_i y_i) q_k - y_k = q_k - y_k for a
/// distribution y, with q = softmax(z).
///
/// Computed as q_k sum_{j != k} y_j - y_k sum_{j != k} q_j, where each sum over the others is
/// formed without subtracting from 1; so for a one-hot y at class t the entry t is
/// -(sum of the other probabilities), exact even when q_t is within 1e-18 of 1.
pub fn grad_softmax_cross_entropy(y: &[f64], z: &[f64]) -> Result<Vec<f64>, MathError> {
    check_distribution(y)?;
    check_same_length(y, z)?;
    let parts = SoftmaxParts::new(z)?;
    Ok(grad_cross_entropy_of(
        y,
        &parts.softmax(),
        &parts.softmax_complements(),
    ))
}

/// [`grad_softmax_cross_entropy`] of a checked label, given q = softmax(z) and the
/// complements 1 - q_k (`SoftmaxParts::softmax_complements`).
pub(crate) fn grad_cross_entropy_of(y: &[f64], q: &[f64], q_others: &[f64]) -> Vec<f64> {
    let y_others = sums_of_others(y);
    (0..y.len())
        .map(|k| q[k] * y_others[k] - y[k] * q_others[k])
        .collect()
}

/// Squared error of one sample: SE(y, q) = sum_i (y_i - q_i)^2 (both distributions).
pub fn squared_error(y: &[f64], q: &[f64]) -> Result<f64, MathError> {
    check_distribution(y)?;
    check_distribution(q)?;
    check_same_length(y, q)?;
    Ok(y.iter()
        .zip(q)
        .map(|(&yi, &qi)| (yi - qi) * (yi - qi))
        .sum())
}

/// Gradient of the squared error after a softmax, by the chain rule: with q = softmax(z) and
/// d_i = 2 (q_i - y_i), dSE/dz_k = q_k (d_k - sum_i d_i q_i).
///
/// Rewritten (using sum_i q_i = 1 and 1 - q_i formed without cancellation) so that confident
/// predictions, right or wrong, keep their digits. For a one-hot y at class t:
/// dSE/dz_t = -2 q_t SE and, for k != t,
/// dSE/dz_k = 2 q_k [2 q_k q_t + sum_{i != k, t} q_i (q_k + q_t - q_i)].
/// For a soft label: dSE/dz_k = 2 q_k sum_{i != k} q_i (e_k - e_i) with e = q - y.
pub fn grad_softmax_squared_error(y: &[f64], z: &[f64]) -> Result<Vec<f64>, MathError> {
    check_distribution(y)?;
    check_same_length(y, z)?;
    let parts = SoftmaxParts::new(z)?;
    Ok(grad_squared_error_of(
        y,
        &parts.softmax(),
        &parts.softmax_complements(),
    ))
}

/// [`grad_softmax_squared_error`] of a checked label, given q = softmax(z) and the
/// complements 1 - q_k (`SoftmaxParts::softmax_complements`).
pub(crate) fn grad_squared_error_of(y: &[f64], q: &[f64], q_others: &[f64]) -> Vec<f64> {
    let n = y.len();
    if let Some(t) = one_hot_class(y) {
        let squared_error = q_others[t] * q_others[t]
            + (0..n).filter(|&i| i != t).map(|i| q[i] * q[i]).sum::<f64>();
        return (0..n)
            .map(|k| {
                if k == t {
                    -2.0 * q[t] * squared_error
                } else {
                    // q_k + q_t - q_i, cancelling q_i against the larger of q_k, q_t first.
                    let (larger, smaller) = if q[k] >= q[t] {
                        (q[k], q[t])
                    } else {
                        (q[t], q[k])
                    };
                    let spread: f64 = (0..n)
                        .filter(|&i| i != k && i != t)
                        .map(|i| q[i] * ((larger - q[i]) + smaller))
                        .sum();
                    2.0 * q[k] * (2.0 * q[k] * q[t] + spread)
                }
            })
            .collect();
    }
    // e_k = q_k - y_k; for y_k >= 1/2 as (1 - y_k) - (1 - q_k), both parts exact-ish.
    let error: Vec<f64> = (0..n)
        .map(|k| {
            if y[k] >= 0.5 {
                (1.0 - y[k]) - q_others[k]
            } else {
                q[k] - y[k]
            }
        })
        .collect();
    (0..n)
        .map(|k| {
            let pairwise: f64 = (0..n)
                .filter(|&i| i != k)
                .map(|i| q[i] * (error[k] - error[i]))
                .sum();
            2.0 * q[k] * pairwise
        })
        .collect()
}

/// The class t if y is exactly one-hot (y_t = 1, every other entry 0).
fn one_hot_class(y: &[f64]) -> Option<usize> {
    let t = y.iter().position(|&v| v == 1.0)?;
    y.iter()
        .enumerate()
        .all(|(i, &v)| i == t || v == 0.0)
        .then_some(t)
}

/// Binary cross-entropy per node: l_i = -[y_i ln q_i + (1 - y_i) ln(1 - q_i)], in nats.
///
/// y_i and q_i in [0, 1]; zero-weight terms contribute nothing, ln(1 - q) uses log1p, and a
/// certain and wrong prediction (q_i = 0 under y_i > 0, or q_i = 1 under y_i < 1) gives +infinity.
pub fn binary_cross_entropy(y: &[f64], q: &[f64]) -> Result<Vec<f64>, MathError> {
    check_nodes(y, q)?;
    check_probabilities(q)?;
    Ok(y.iter()
        .zip(q)
        .map(|(&yi, &qi)| binary_cross_entropy_node(yi, qi))
        .collect())
}

/// Binary cross-entropy per node from logits, l_i = BCE(y_i, sigmoid(z_i)), computed as
/// max(z, 0) - z y + ln(1 + e^-|z|), i.e. z (1 - y) + log1p(e^-z) for z >= 0 and
/// -z y + log1p(e^z) for z < 0 (no cancellation, no overflow). An infinite logit is an error.
pub fn binary_cross_entropy_with_logits(y: &[f64], z: &[f64]) -> Result<Vec<f64>, MathError> {
    check_nodes(y, z)?;
    check_logits(z)?;
    Ok(y.iter()
        .zip(z)
        .map(|(&yi, &zi)| {
            let linear = if zi >= 0.0 { zi * (1.0 - yi) } else { -zi * yi };
            linear + (-zi.abs()).exp().ln_1p()
        })
        .collect())
}

/// Mean cross-entropy of a single-label batch: (1/m) sum_j H(y_j, q_j), in nats.
///
/// Every label and prediction row is a distribution; an empty or ragged batch is an error.
pub fn batch_cross_entropy(labels: &[Vec<f64>], preds: &[Vec<f64>]) -> Result<f64, MathError> {
    let losses = sample_cross_entropies(labels, preds)?;
    Ok(losses.iter().sum::<f64>() / losses.len() as f64)
}

/// Cross-entropy of each sample of a batch: H(y_j, q_j) = -sum_i y_ji ln q_ji, in nats.
pub fn sample_cross_entropies(
    labels: &[Vec<f64>],
    preds: &[Vec<f64>],
) -> Result<Vec<f64>, MathError> {
    check_batch_shape(labels, preds)?;
    labels
        .iter()
        .zip(preds)
        .map(|(label, pred)| cross_entropy(label, pred, Unit::Nats))
        .collect()
}

/// Multi-label batch loss: the total sum_j sum_i BCE(y_ji, q_ji), divided by 1 (`Sum`), by m
/// (`MeanOverSamples`) or by m n (`MeanOverElements`), in nats.
pub fn batch_multilabel_loss(
    labels: &[Vec<f64>],
    preds: &[Vec<f64>],
    reduction: Reduction,
) -> Result<f64, MathError> {
    let (samples, nodes) = check_batch_shape(labels, preds)?;
    let total: f64 = multilabel_sample_losses(labels, preds)?.iter().sum();
    Ok(total / reduction.divisor(samples, nodes))
}

/// Loss of each sample of a multi-label batch: sum_i BCE(y_ji, q_ji) over its n nodes, in nats.
pub fn multilabel_sample_losses(
    labels: &[Vec<f64>],
    preds: &[Vec<f64>],
) -> Result<Vec<f64>, MathError> {
    check_batch_shape(labels, preds)?;
    labels
        .iter()
        .zip(preds)
        .map(|(label, pred)| Ok(binary_cross_entropy(label, pred)?.iter().sum()))
        .collect()
}

/// What PyTorch's BCELoss reports per node: -[y max(ln q, -100) + (1 - y) max(ln(1 - q), -100)].
///
/// The clamp at -100 makes a certain and wrong prediction cost 100 instead of +infinity.
pub fn pytorch_binary_cross_entropy(y: &[f64], q: &[f64]) -> Result<Vec<f64>, MathError> {
    const LOG_FLOOR: f64 = -100.0;
    check_nodes(y, q)?;
    check_probabilities(q)?;
    Ok(y.iter()
        .zip(q)
        .map(|(&yi, &qi)| {
            -(yi * qi.ln().max(LOG_FLOOR) + (1.0 - yi) * (-qi).ln_1p().max(LOG_FLOOR))
        })
        .collect())
}

/// What Keras' binary cross-entropy reports per node: -[y ln q' + (1 - y) ln(1 - q')] with
/// q' = q clipped to [1e-7, 1 - 1e-7].
///
/// A certain and wrong prediction costs -ln(1e-7) = 16.118 instead of +infinity.
pub fn keras_binary_cross_entropy(y: &[f64], q: &[f64]) -> Result<Vec<f64>, MathError> {
    const EPSILON: f64 = 1e-7;
    check_nodes(y, q)?;
    check_probabilities(q)?;
    Ok(y.iter()
        .zip(q)
        .map(|(&yi, &qi)| {
            let clipped = clamp(qi, EPSILON, 1.0 - EPSILON);
            -(yi * clipped.ln() + (1.0 - yi) * (-clipped).ln_1p())
        })
        .collect())
}

/// Labels of independent nodes (each in [0, 1]) paired with as many predictions.
fn check_nodes(y: &[f64], other: &[f64]) -> Result<(), MathError> {
    check_probabilities(y)?;
    check_same_length(y, other)
}

/// -[y ln q + (1 - y) ln(1 - q)] for one node, skipping zero-weight terms (0 log 0 = 0).
fn binary_cross_entropy_node(y: f64, q: f64) -> f64 {
    let positive = if y == 0.0 { 0.0 } else { -y * q.ln() };
    let negative = if y == 1.0 {
        0.0
    } else {
        -(1.0 - y) * (-q).ln_1p()
    };
    positive + negative
}

/// sum_{j != k} v_j for every k, without cancellation: the largest entry sums the others
/// directly; for every other entry (at most half the total) total - v_k loses nothing.
fn sums_of_others(v: &[f64]) -> Vec<f64> {
    let largest = v
        .iter()
        .enumerate()
        .fold(0, |best, (i, &vi)| if vi > v[best] { i } else { best });
    let total: f64 = v.iter().sum();
    let others_of_largest: f64 = v
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != largest)
        .map(|(_, &vi)| vi)
        .sum();
    v.iter()
        .enumerate()
        .map(|(k, &vk)| {
            if k == largest {
                others_of_largest
            } else {
                total - vk
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_clamps_for_a_zero_prediction() {
        assert_eq!(
            pytorch_binary_cross_entropy(&[1.0], &[0.0]),
            Ok(vec![100.0])
        );
        let keras = keras_binary_cross_entropy(&[1.0], &[0.0]).unwrap()[0];
        assert!((keras - 16.118095650958317).abs() < 1e-12, "{keras}");
        assert_eq!(
            binary_cross_entropy(&[1.0], &[0.0]),
            Ok(vec![f64::INFINITY])
        );
    }

    #[test]
    fn double_softmax_cross_entropy_is_the_softmax_of_the_softmax() {
        // Written out with exp and ln only: q = softmax(z), r = softmax(q), loss -ln r_true.
        let independent = |z: &[f64], t: usize| {
            let e: Vec<f64> = z.iter().map(|zi| zi.exp()).collect();
            let total: f64 = e.iter().sum();
            let q: Vec<f64> = e.iter().map(|ei| ei / total).collect();
            let eq: Vec<f64> = q.iter().map(|qi| qi.exp()).collect();
            -(eq[t] / eq.iter().sum::<f64>()).ln()
        };
        let cases: [(&[f64], usize); 4] = [
            (&[2.0, 1.0, 0.1], 0),
            (&[0.0, 1.0, 0.0], 1),
            (&[-3.0, 4.5, 0.25, 1.0], 3),
            (&[30.0, -30.0], 1),
        ];
        for (z, t) in cases {
            let y = crate::math::one_hot(t, z.len()).unwrap();
            let got = double_softmax_cross_entropy(&y, z).unwrap();
            let want = independent(z, t);
            assert!((got - want).abs() < 1e-12, "{z:?}: {got} vs {want}");
            // The doubled softmax is not the loss of the model's prediction.
            assert!((got - softmax_cross_entropy(&y, z).unwrap()).abs() > 1e-3);
        }
        // A certain and right prediction still costs ln(e + n - 1) - 1: the floor of the bug.
        let floor = double_softmax_cross_entropy(&[1.0, 0.0, 0.0], &[1000.0, 0.0, 0.0]).unwrap();
        let want = (std::f64::consts::E + 2.0).ln() - 1.0;
        assert!((floor - want).abs() < 1e-12, "{floor}");
        assert!(double_softmax_cross_entropy(&[1.0, 0.0], &[0.0]).is_err());
        assert!(double_softmax_cross_entropy(&[1.0, 0.0], &[0.0, f64::NAN]).is_err());
    }

    #[test]
    fn batches_are_checked() {
        assert_eq!(batch_cross_entropy(&[], &[]), Err(MathError::Empty));
        let ragged = batch_multilabel_loss(
            &[vec![0.0, 1.0], vec![1.0]],
            &[vec![0.5, 0.5], vec![0.5]],
            Reduction::Sum,
        );
        assert!(matches!(ragged, Err(MathError::RaggedBatch { row: 1, .. })));
        assert!(matches!(
            batch_multilabel_loss(&[vec![1.0]], &[], Reduction::Sum),
            Err(MathError::LengthMismatch { left: 1, right: 0 })
        ));
    }
}
