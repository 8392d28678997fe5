//! Building and editing probability vectors so that they stay distributions while a learner
//! drags one entry.

use super::clamp::clamp;
use super::error::{check_class, check_distribution, MathError};

/// Sets p_index = v (v clamped to [0, 1]) and rescales the other entries to fill 1 - v:
/// p'_i = p_i (1 - v) / sum_{j != index} p_j for i != index.
///
/// When all other entries are 0, the rest 1 - v is shared equally among them. A vector of one
/// entry can only be [1]. The result sums to 1 up to rounding.
pub fn set_entry(p: &[f64], index: usize, value: f64) -> Result<Vec<f64>, MathError> {
    check_distribution(p)?;
    check_class(index, p.len())?;
    if !value.is_finite() {
        return Err(MathError::NotFinite { index });
    }
    if p.len() == 1 {
        return Ok(vec![1.0]);
    }
    let value = clamp(value, 0.0, 1.0);
    let rest = 1.0 - value;
    let others: f64 = p
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != index)
        .map(|(_, &pi)| pi)
        .sum();
    let equal_share = rest / (p.len() - 1) as f64;
    Ok(p.iter()
        .enumerate()
        .map(|(i, &pi)| {
            if i == index {
                value
            } else if others > 0.0 {
                pi / others * rest
            } else {
                equal_share
            }
        })
        .collect())
}

/// Divides every entry by the sum: p'_i = p_i / sum_j p_j.
///
/// Entries must be finite and >= 0 with a positive sum.
pub fn renormalise(p: &[f64]) -> Result<Vec<f64>, MathError> {
    if p.is_empty() {
        return Err(MathError::Empty);
    }
    for (index, &value) in p.iter().enumerate() {
        if !value.is_finite() {
            return Err(MathError::NotFinite { index });
        }
        if value < 0.0 {
            return Err(MathError::OutOfRange { index, value });
        }
    }
    let sum: f64 = p.iter().sum();
    if !(sum > 0.0 && sum.is_finite()) {
        return Err(MathError::NotNormalised { sum });
    }
    Ok(p.iter().map(|&value| value / sum).collect())
}

/// The one-hot vector e_class of length `classes`: 1 at `class`, 0 elsewhere.
pub fn one_hot(class: usize, classes: usize) -> Result<Vec<f64>, MathError> {
    if classes == 0 {
        return Err(MathError::Empty);
    }
    check_class(class, classes)?;
    let mut vector = vec![0.0; classes];
    vector[class] = 1.0;
    Ok(vector)
}

/// The uniform distribution over `classes` outcomes: p_i = 1 / n.
pub fn uniform(classes: usize) -> Result<Vec<f64>, MathError> {
    if classes == 0 {
        return Err(MathError::Empty);
    }
    Ok(vec![1.0 / classes as f64; classes])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_entry_rescales_the_others() {
        let p = set_entry(&[0.7, 0.2, 0.1], 0, 0.4).unwrap();
        assert_eq!(p[0], 0.4);
        assert!((p[1] - 0.4).abs() < 1e-15 && (p[2] - 0.2).abs() < 1e-15);
        let shared = set_entry(&[1.0, 0.0, 0.0], 0, 0.5).unwrap();
        assert_eq!(shared, vec![0.5, 0.25, 0.25]);
        assert_eq!(set_entry(&[1.0], 0, 0.3), Ok(vec![1.0]));
        assert_eq!(set_entry(&[0.5, 0.5], 1, 7.0), Ok(vec![0.0, 1.0]));
        assert!(set_entry(&[0.5, 0.5], 2, 0.1).is_err());
        assert!(set_entry(&[0.5, 0.5], 0, f64::NAN).is_err());
    }

    #[test]
    fn builders() {
        assert_eq!(one_hot(1, 3), Ok(vec![0.0, 1.0, 0.0]));
        assert!(one_hot(3, 3).is_err());
        assert_eq!(uniform(4), Ok(vec![0.25; 4]));
        assert_eq!(renormalise(&[1.0, 3.0]), Ok(vec![0.25, 0.75]));
        assert!(renormalise(&[0.0, 0.0]).is_err());
        assert!(renormalise(&[-1.0, 2.0]).is_err());
    }
}
