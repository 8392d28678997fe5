//! The curves of the MSE-vs-CE lesson: one sample with true class t, the other logits held
//! fixed while the true class's logit (or probability) moves.

use super::activation::{log_sum_exp, SoftmaxParts};
use super::distribution::one_hot;
use super::error::{check_class, check_distribution, check_logits, check_probability, MathError};
use super::loss::grad_softmax_squared_error;

/// z without z_t: the logits of the classes other than `true_class`, in order.
fn other_logits(z: &[f64], true_class: usize) -> Result<Vec<f64>, MathError> {
    check_logits(z)?;
    check_class(true_class, z.len())?;
    Ok(z.iter()
        .enumerate()
        .filter(|&(i, _)| i != true_class)
        .map(|(_, &zi)| zi)
        .collect())
}

/// The shares r_i of the other classes, r = softmax(z without z_t) in the order of z.
///
/// With the other logits held, q_i = (1 - q_t) r_i whatever z_t is. Empty for a single class.
pub fn other_class_shares(z: &[f64], true_class: usize) -> Result<Vec<f64>, MathError> {
    let others = other_logits(z, true_class)?;
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

/// The points of [`along_true_logit`] for one logit vector and true class, at any z_t, with what
/// does not depend on z_t worked out once, so a curve of hundreds of samples costs no more than
/// a few exponentials per sample.
///
/// With L = log sum_{i != t} exp z_i (log-sum-exp) and s = sum_{i != t} r_i^2 for the shares
/// r = softmax(z without z_t):
/// q_t = sigmoid(z_t - L), 1 - q_t = sigmoid(L - z_t), CE = softplus(L - z_t) = ln(1 + e^(L - z_t)),
/// SE = (1 - q_t)^2 (1 + s), dCE/dz_t = q_t - 1 and dSE/dz_t = -2 q_t SE.
/// A single class has no others: q_t = 1 and every loss and gradient is 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrueLogitSweep {
    /// L, or `None` for a single class.
    others_log_sum_exp: Option<f64>,
    /// s = sum of the squared shares of the other classes.
    spread: f64,
    true_class: usize,
}

impl TrueLogitSweep {
    /// The sweep of `z` along the logit of `true_class`.
    pub fn new(z: &[f64], true_class: usize) -> Result<TrueLogitSweep, MathError> {
        let others = other_logits(z, true_class)?;
        if others.is_empty() {
            return Ok(TrueLogitSweep {
                others_log_sum_exp: None,
                spread: 0.0,
                true_class,
            });
        }
        let log_sum = log_sum_exp(&others)?;
        // r_i = e^(z_i - L), so r_i^2 = e^(2 (z_i - L)).
        let spread = others.iter().map(|zi| (2.0 * (zi - log_sum)).exp()).sum();
        Ok(TrueLogitSweep {
            others_log_sum_exp: Some(log_sum),
            spread,
            true_class,
        })
    }

    /// The point at z_t = `true_logit`: the same quantities as [`along_true_logit`].
    pub fn at(&self, true_logit: f64) -> Result<LogitPoint, MathError> {
        if !true_logit.is_finite() {
            return Err(MathError::NotFinite {
                index: self.true_class,
            });
        }
        let Some(others) = self.others_log_sum_exp else {
            return Ok(LogitPoint {
                logit: true_logit,
                probability_true: 1.0,
                cross_entropy: 0.0,
                squared_error: 0.0,
                grad_cross_entropy: 0.0,
                grad_squared_error: 0.0,
            });
        };
        let gap = others - true_logit;
        let probability_true = logistic(-gap);
        let miss = logistic(gap);
        let squared_error = miss * miss * (1.0 + self.spread);
        Ok(LogitPoint {
            logit: true_logit,
            probability_true,
            cross_entropy: gap.max(0.0) + (-gap.abs()).exp().ln_1p(),
            squared_error,
            grad_cross_entropy: -miss,
            grad_squared_error: -2.0 * probability_true * squared_error,
        })
    }
}

/// 1 / (1 + e^-x), without overflow for large |x|.
fn logistic(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
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

    /// Relative closeness, absolute near zero.
    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1e-3)
    }

    #[test]
    fn sweep_matches_the_point_by_point_computation() {
        let cases: [(&[f64], usize); 5] = [
            (&[0.7f64.ln(), 0.2f64.ln(), 0.1f64.ln()], 0),
            (&[0.0, 1.0, -2.0], 2),
            (&[3.0, -1.0], 1),
            (&[700.0, -700.0, 0.0, 5.0], 3),
            (&[0.0; 10], 4),
        ];
        for (z, t) in cases {
            let sweep = TrueLogitSweep::new(z, t).unwrap();
            for x in [-750.0, -40.0, -10.0, -1.5, 0.0, 0.3, 2.0, 10.0, 40.0, 750.0] {
                let (fast, slow) = (sweep.at(x).unwrap(), along_true_logit(z, t, x).unwrap());
                for (a, b) in [
                    (fast.probability_true, slow.probability_true),
                    (fast.cross_entropy, slow.cross_entropy),
                    (fast.squared_error, slow.squared_error),
                    (fast.grad_cross_entropy, slow.grad_cross_entropy),
                    (fast.grad_squared_error, slow.grad_squared_error),
                ] {
                    assert!(close(a, b), "z {z:?}, t {t}, z_t {x}: {a} vs {b}");
                }
            }
            assert!(sweep.at(f64::INFINITY).is_err());
        }
        let single = TrueLogitSweep::new(&[2.0], 0).unwrap().at(-3.0).unwrap();
        assert_eq!(single, along_true_logit(&[2.0], 0, -3.0).unwrap());
        assert!(TrueLogitSweep::new(&[1.0, f64::NAN], 0).is_err());
        assert!(TrueLogitSweep::new(&[1.0, 2.0], 2).is_err());
    }
}
