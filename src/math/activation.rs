//! Softmax, log-softmax, log-sum-exp and the sigmoid, in forms that stay exact for logits of
//! +-1000 and for confident predictions.

use super::error::{check_logits, check_probability, MathError};

/// The pieces every softmax quantity is built from, for finite logits z with largest entry
/// z_max at `argmax`: shifted_i = z_i - z_max (<= 0, 0 at argmax), exps_i = exp(shifted_i),
/// and rest = sum_{i != argmax} exps_i, so that sum_i exp(z_i - z_max) = 1 + rest exactly.
pub(crate) struct SoftmaxParts {
    pub argmax: usize,
    pub max: f64,
    pub shifted: Vec<f64>,
    pub exps: Vec<f64>,
    pub rest: f64,
}

impl SoftmaxParts {
    pub(crate) fn new(z: &[f64]) -> Result<SoftmaxParts, MathError> {
        check_logits(z)?;
        let (argmax, max) =
            z.iter()
                .copied()
                .enumerate()
                .fold((0, f64::NEG_INFINITY), |best, (i, zi)| {
                    if zi > best.1 {
                        (i, zi)
                    } else {
                        best
                    }
                });
        let shifted: Vec<f64> = z.iter().map(|&zi| zi - max).collect();
        let exps: Vec<f64> = shifted.iter().map(|&s| s.exp()).collect();
        let rest = exps
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != argmax)
            .map(|(_, &e)| e)
            .sum();
        Ok(SoftmaxParts {
            argmax,
            max,
            shifted,
            exps,
            rest,
        })
    }

    /// ln sum_i exp(shifted_i) = ln(1 + rest), via log1p so a tiny rest is kept.
    fn log_normaliser(&self) -> f64 {
        self.rest.ln_1p()
    }

    pub(crate) fn log_softmax(&self) -> Vec<f64> {
        let log_normaliser = self.log_normaliser();
        self.shifted.iter().map(|&s| s - log_normaliser).collect()
    }

    pub(crate) fn softmax(&self) -> Vec<f64> {
        let normaliser = 1.0 + self.rest;
        self.exps.iter().map(|&e| e / normaliser).collect()
    }

    /// 1 - q_i for every i without cancellation: for the largest entry it is rest / (1 + rest),
    /// for the others (q_i <= 1/2) the subtraction loses nothing.
    pub(crate) fn softmax_complements(&self) -> Vec<f64> {
        let normaliser = 1.0 + self.rest;
        self.exps
            .iter()
            .enumerate()
            .map(|(i, &e)| {
                if i == self.argmax {
                    self.rest / normaliser
                } else {
                    1.0 - e / normaliser
                }
            })
            .collect()
    }
}

/// Log-sum-exp LSE(z) = ln sum_i exp(z_i) = z_max + ln(1 + sum_{i != max} exp(z_i - z_max)).
///
/// Never overflows for finite logits; an infinite or NaN logit is an error.
pub fn log_sum_exp(z: &[f64]) -> Result<f64, MathError> {
    let parts = SoftmaxParts::new(z)?;
    Ok(parts.max + parts.log_normaliser())
}

/// Softmax q_i = exp(z_i) / sum_j exp(z_j) = exp(z_i - z_max) / sum_j exp(z_j - z_max).
pub fn softmax(z: &[f64]) -> Result<Vec<f64>, MathError> {
    Ok(SoftmaxParts::new(z)?.softmax())
}

/// Log-softmax ln q_i = z_i - LSE(z), computed as (z_i - z_max) - ln(1 + sum_{j != max}
/// exp(z_j - z_max)) so that a confident class keeps its tiny negative value.
pub fn log_softmax(z: &[f64]) -> Result<Vec<f64>, MathError> {
    Ok(SoftmaxParts::new(z)?.log_softmax())
}

/// Logistic sigmoid s(x) = 1 / (1 + exp(-x)), computed as exp(x) / (1 + exp(x)) for x < 0 so
/// that neither branch overflows. A non-finite x is an error.
pub fn sigmoid(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Err(MathError::NotFinite { index: 0 });
    }
    Ok(if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    })
}

/// Logit (inverse sigmoid) z = ln(q / (1 - q)) for q in [0, 1].
///
/// logit(0) = -infinity and logit(1) = +infinity; q outside [0, 1] or NaN is an error.
/// Uses log1p and the exact 1 - q for q > 1/2.
pub fn logit(q: f64) -> Result<f64, MathError> {
    check_probability(q)?;
    Ok(if q <= 0.5 {
        q.ln() - (-q).ln_1p()
    } else {
        let complement = 1.0 - q; // exact for q >= 1/2
        (-complement).ln_1p() - complement.ln()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sigmoid_and_logit_are_inverse() {
        for z in [-30.0, -2.5, 0.0, 0.3, 12.0] {
            let back = logit(sigmoid(z).unwrap()).unwrap();
            assert!((back - z).abs() < 1e-9 * (1.0 + z.abs()), "{z} -> {back}");
        }
        assert_eq!(logit(0.0), Ok(f64::NEG_INFINITY));
        assert_eq!(logit(1.0), Ok(f64::INFINITY));
        assert!(logit(1.5).is_err());
        assert!(sigmoid(f64::INFINITY).is_err());
    }

    #[test]
    fn log_sum_exp_of_huge_logits() {
        assert_eq!(log_sum_exp(&[1000.0, 1000.0]), Ok(1000.0 + 2f64.ln()));
        assert!(log_sum_exp(&[]).is_err());
        assert!(log_sum_exp(&[0.0, f64::NEG_INFINITY]).is_err());
    }
}
