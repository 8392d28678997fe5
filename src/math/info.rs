//! Information content, entropy, KL divergence and cross-entropy of discrete distributions.
//!
//! Conventions: 0 log 0 = 0 (a zero weight contributes nothing), and a zero probability under a
//! positive weight gives +infinity. Everything is computed in nats and converted once to `unit`.

use super::error::{check_distribution, check_probability, check_same_length, MathError};
use super::unit::Unit;

/// Information content I(p) = -log p of an event of probability p, in `unit`.
///
/// I(1) = 0; I(0) = +infinity.
pub fn information(p: f64, unit: Unit) -> Result<f64, MathError> {
    check_probability(p)?;
    Ok(unit.from_nats(-p.ln()))
}

/// Entropy H(P) = -sum_i p_i log p_i, in `unit` (0 log 0 = 0).
pub fn entropy(p: &[f64], unit: Unit) -> Result<f64, MathError> {
    check_distribution(p)?;
    let nats: f64 = p.iter().map(|&pi| self_information_term(pi)).sum();
    Ok(unit.from_nats(nats))
}

/// The terms of the entropy sum, p_i * (-log p_i), in `unit` (0 for p_i = 0).
pub fn entropy_terms(p: &[f64], unit: Unit) -> Result<Vec<f64>, MathError> {
    check_distribution(p)?;
    Ok(p.iter()
        .map(|&pi| unit.from_nats(self_information_term(pi)))
        .collect())
}

/// Binary entropy H(p) = -p log p - (1 - p) log(1 - p), in `unit`.
///
/// Uses log1p for log(1 - p), and the exact 1 - p for p >= 1/2, so p = 1e-300 and
/// p = 1 - 2^-52 both give the correctly rounded result. H(0) = H(1) = 0.
pub fn binary_entropy(p: f64, unit: Unit) -> Result<f64, MathError> {
    check_probability(p)?;
    // Work with the smaller of p and 1 - p: 1 - p is exact for p >= 1/2 (Sterbenz).
    let small = if p <= 0.5 { p } else { 1.0 - p };
    let nats = if small == 0.0 {
        0.0
    } else {
        -small * small.ln() - (1.0 - small) * (-small).ln_1p()
    };
    Ok(unit.from_nats(nats))
}

/// Kullback-Leibler divergence D(P||Q) = sum_i p_i log(p_i / q_i), in `unit`.
///
/// Terms with p_i = 0 contribute nothing; q_i = 0 under p_i > 0 gives +infinity.
/// D(P||Q) >= 0: when Q is within rounding of P (e.g. within 1e-9) the computed sum can land a
/// hair below 0, and it is then reported as 0. D(P||P) is exactly 0.
pub fn kl_divergence(p: &[f64], q: &[f64], unit: Unit) -> Result<f64, MathError> {
    check_pair(p, q)?;
    let nats: f64 = p
        .iter()
        .zip(q)
        .map(|(&pi, &qi)| relative_term(pi, qi))
        .sum();
    Ok(unit.from_nats(nats.max(0.0)))
}

/// The terms of the KL sum, p_i log(p_i / q_i), in `unit` (individual terms may be negative).
pub fn kl_terms(p: &[f64], q: &[f64], unit: Unit) -> Result<Vec<f64>, MathError> {
    check_pair(p, q)?;
    Ok(p.iter()
        .zip(q)
        .map(|(&pi, &qi)| unit.from_nats(relative_term(pi, qi)))
        .collect())
}

/// Cross-entropy H(P, Q) = -sum_i p_i log q_i = H(P) + D(P||Q), in `unit`.
///
/// Computed as H(P) + D(P||Q) so that H(P, Q) - H(P) is never below 0 (where rounding would
/// make it negative, i.e. Q within rounding of P, it is 0). q_i = 0 under p_i > 0 gives
/// +infinity.
pub fn cross_entropy(p: &[f64], q: &[f64], unit: Unit) -> Result<f64, MathError> {
    let kl = kl_divergence(p, q, Unit::Nats)?;
    let entropy_p = entropy(p, Unit::Nats)?;
    Ok(unit.from_nats(entropy_p + kl))
}

/// The terms of the cross-entropy sum, p_i * (-log q_i), in `unit` (0 for p_i = 0).
pub fn cross_entropy_terms(p: &[f64], q: &[f64], unit: Unit) -> Result<Vec<f64>, MathError> {
    check_pair(p, q)?;
    Ok(p.iter()
        .zip(q)
        .map(|(&pi, &qi)| unit.from_nats(cross_term(pi, qi)))
        .collect())
}

fn check_pair(p: &[f64], q: &[f64]) -> Result<(), MathError> {
    check_distribution(p)?;
    check_distribution(q)?;
    check_same_length(p, q)
}

/// p ln(1/p) in nats, with 0 ln 0 = 0.
fn self_information_term(p: f64) -> f64 {
    if p == 0.0 {
        0.0
    } else {
        -p * p.ln()
    }
}

/// p ln(1/q) in nats: 0 when p = 0, +infinity when q = 0 < p.
fn cross_term(p: f64, q: f64) -> f64 {
    if p == 0.0 {
        0.0
    } else {
        -p * q.ln()
    }
}

/// p ln(p/q) in nats: 0 when p = 0, +infinity when q = 0 < p.
fn relative_term(p: f64, q: f64) -> f64 {
    if p == 0.0 {
        return 0.0;
    }
    if q == 0.0 {
        return f64::INFINITY;
    }
    let ratio = p / q;
    let log_ratio = if (0.5..=2.0).contains(&ratio) {
        // p - q is exact here (Sterbenz), so log1p keeps the digits when q is close to p.
        ((p - q) / q).ln_1p()
    } else if ratio.is_finite() && ratio > f64::MIN_POSITIVE {
        ratio.ln()
    } else {
        // The ratio overflowed or underflowed: subtract the logarithms instead.
        p.ln() - q.ln()
    };
    p * log_ratio
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_prediction_under_positive_label_is_infinite() {
        assert_eq!(
            cross_entropy(&[0.5, 0.5], &[1.0, 0.0], Unit::Nats),
            Ok(f64::INFINITY)
        );
        assert_eq!(
            kl_divergence(&[0.5, 0.5], &[1.0, 0.0], Unit::Bits),
            Ok(f64::INFINITY)
        );
        assert_eq!(information(0.0, Unit::Nats), Ok(f64::INFINITY));
    }

    #[test]
    fn kl_near_equal_is_not_negative() {
        let p = [0.3, 0.3, 0.4];
        let q = [0.3 + 1e-12, 0.3 - 1e-12, 0.4];
        let kl = kl_divergence(&p, &q, Unit::Nats).unwrap();
        assert!((0.0..1e-20).contains(&kl), "{kl}");
    }
}
