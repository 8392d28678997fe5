//! The curves of the MSE-vs-CE lesson: one sample with true class t, the other logits held
//! fixed while the true class's logit (or probability) moves.

use super::activation::SoftmaxParts;
use super::distribution::one_hot;
use super::error::{check_class, check_distribution, check_logits, check_probability, MathError};
use super::loss::grad_softmax_squared_error;

/// The shares r_i of the other classes, r = softmax(z without z_t) in the order of z.
///
/// With the other logits held, q_i = (1 - q_t) r_i whatever z_t is. Empty for a single class.
pub fn other_class_shares(z: &[f64], true_class: usize) -> Result<Vec<f64>, MathError> {
    check_logits(z)?;
    check_class(true_class, z.len())?;
    let others: Vec<f64> = z
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != true_class)
        .map(|(_, &zi)| zi)
        .collect();
    if others.is_empty() {
        return Ok(others);
    }
    Ok(SoftmaxParts::new(&others)?.softmax())
}

/// Squared error along the true class's probability, the others keeping their shares r_i:
/// SE(q) = (1 - q)^2 + sum_i ((1 - q) r_i)^2 = (1 - q)^2 (1 + sum_i r_i^2).
///
/// `shares` is a distribution, or empty when there is no other class (then SE = (1 - q)^2).
pub fn squared_error_along_probability(q_true: f64, shares: &[f64]) -> Result<f64, MathError> {
    check_probability(q_true)?;
    if !shares.is_empty() {
        check_distribution(shares)?;
    }
    let spread: f64 = shares.iter().map(|r| r * r).sum();
    let miss = 1.0 - q_true;
    Ok(miss * miss * (1.0 + spread))
}

/// One point of the loss-vs-logit curves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogitPoint {
    /// The true class's logit z_t.
    pub logit: f64,
    /// q_t = softmax(z)_t.
    pub probability_true: f64,
    /// CE = -ln q_t, in nats.
    pub cross_entropy: f64,
    /// SE = (1 - q_t)^2 + sum_{i != t} q_i^2.
    pub squared_error: f64,
    /// dCE/dz_t = q_t - 1.
    pub grad_cross_entropy: f64,
    /// dSE/dz_t = -2 q_t SE.
    pub grad_squared_error: f64,
}

/// The lesson's quantities with z_t replaced by `true_logit` (other logits held):
/// q_t = softmax(z)_t, CE = -ln q_t, SE = (1 - q_t)^2 + sum_{i != t} q_i^2,
/// dCE/dz_t = q_t - 1 and dSE/dz_t = -2 q_t SE (nats).
pub fn along_true_logit(
    z: &[f64],
    true_class: usize,
    true_logit: f64,
) -> Result<LogitPoint, MathError> {
    check_logits(z)?;
    check_class(true_class, z.len())?;
    if !true_logit.is_finite() {
        return Err(MathError::NotFinite { index: true_class });
    }
    let mut logits = z.to_vec();
    logits[true_class] = true_logit;
    let parts = SoftmaxParts::new(&logits)?;
    let q = parts.softmax();
    let miss = parts.softmax_complements()[true_class]; // 1 - q_t without cancellation
    let squared_error = miss * miss
        + q.iter()
            .enumerate()
            .filter(|&(i, _)| i != true_class)
            .map(|(_, qi)| qi * qi)
            .sum::<f64>();
    let label = one_hot(true_class, z.len())?;
    Ok(LogitPoint {
        logit: true_logit,
        probability_true: q[true_class],
        cross_entropy: -parts.log_softmax()[true_class],
        squared_error,
        grad_cross_entropy: -miss,
        grad_squared_error: grad_softmax_squared_error(&label, &logits)?[true_class],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_reproduce_the_probabilities() {
        let z = [0.7f64.ln(), 0.2f64.ln(), 0.1f64.ln()];
        let shares = other_class_shares(&z, 0).unwrap();
        assert!((shares[0] - 2.0 / 3.0).abs() < 1e-15 && (shares[1] - 1.0 / 3.0).abs() < 1e-15);
        let se = squared_error_along_probability(0.7, &shares).unwrap();
        assert!((se - 0.14).abs() < 1e-15, "{se}");
        assert_eq!(other_class_shares(&[1.0], 0), Ok(vec![]));
        assert!(other_class_shares(&z, 3).is_err());
    }

    #[test]
    fn point_matches_the_closed_forms() {
        let z = [0.0, 1.0, -2.0];
        let point = along_true_logit(&z, 2, 0.5).unwrap();
        let q = point.probability_true;
        assert!((point.grad_cross_entropy - (q - 1.0)).abs() < 1e-15);
        let closed = -2.0 * q * point.squared_error;
        assert!((point.grad_squared_error - closed).abs() < 1e-15);
        assert!(along_true_logit(&z, 0, f64::NAN).is_err());
    }
}
