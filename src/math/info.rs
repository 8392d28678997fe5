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
/// Summed in the form sum_{p_i > 0} [p_i ln(p_i/q_i) - p_i + q_i] + sum_{p_i > 0} (p_i - q_i),
/// whose first terms are all >= 0 (no cancellation between terms), so a Q close to P keeps its
/// tiny divergence. D(P||Q) is never reported below 0: where rounding (Q within about 1e-9 of
/// P, sums not exactly 1) would make it negative, the result is 0. D(P||P) is exactly 0.
pub fn kl_divergence(p: &[f64], q: &[f64], unit: Unit) -> Result<f64, MathError> {
    check_pair(p, q)?;
    let mut gaps = CompensatedSum::default();
    let mut bregman = 0.0;
    for (&pi, &qi) in p.iter().zip(q) {
        if pi == 0.0 {
            continue;
        }
        if qi == 0.0 {
            return Ok(f64::INFINITY);
        }
        bregman += bregman_term(pi, qi);
        gaps.add_difference(pi, qi);
    }
    let nats = bregman + gaps.total();
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

/// p ln(p/q) - p + q >= 0 in nats, for p, q > 0 (the generalised KL term).
///
/// With d = (p - q)/q it is q [(1 + d) ln(1 + d) - d]; for |d| <= 0.1 the bracket is summed as
/// its series sum_{k >= 2} (-1)^k d^k / (k (k - 1)), which has no cancellation.
fn bregman_term(p: f64, q: f64) -> f64 {
    let d = (p - q) / q;
    if d.abs() <= 0.1 {
        // 24 terms: 0.1^24 / (24 * 23) is far below the f64 resolution of the sum.
        let mut series = 0.0;
        for k in (2..=25).rev() {
            let k = k as f64;
            series = 1.0 / (k * (k - 1.0)) - d * series;
        }
        q * d * d * series
    } else {
        (relative_term(p, q) - (p - q)).max(0.0)
    }
}

/// Neumaier-compensated sum of exact differences a - b, so that sum_i (p_i - q_i) is known to
/// full precision even when it is a rounding-level remainder.
#[derive(Default)]
struct CompensatedSum {
    sum: f64,
    compensation: f64,
}

impl CompensatedSum {
    fn add(&mut self, x: f64) {
        let t = self.sum + x;
        if self.sum.abs() >= x.abs() {
            self.compensation += (self.sum - t) + x;
        } else {
            self.compensation += (x - t) + self.sum;
        }
        self.sum = t;
    }

    /// Adds a - b exactly: the rounded difference and its rounding error (Knuth's two-sum).
    fn add_difference(&mut self, a: f64, b: f64) {
        let difference = a - b;
        let b_part = difference - a; // the share of -b that made it into `difference`
        let error = (a - (difference - b_part)) + (-b - b_part);
        self.add(difference);
        self.add(error);
    }

    fn total(&self) -> f64 {
        self.sum + self.compensation
    }
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
