//! Errors as values: every function of the math module checks its inputs and returns a
//! [`MathError`] instead of panicking or producing NaN.

use std::fmt;

/// How far the sum of a probability vector may stray from 1 (rounding of typed-in values).
pub const SUM_TOLERANCE: f64 = 1e-9;

/// Why a computation was refused. `Display` gives an English sentence a learner can read; the UI
/// translates by variant. Positions in the sentences count from 1 (the fields count from 0).
#[derive(Clone, Debug, PartialEq)]
pub enum MathError {
    /// A vector, batch or count of classes was empty.
    Empty,
    /// Two vectors (or batches) that must pair up have different lengths.
    LengthMismatch { left: usize, right: usize },
    /// The entry at `index` is NaN or infinite.
    NotFinite { index: usize },
    /// The entry at `index` is a probability outside [0, 1] (or a negative weight).
    OutOfRange { index: usize, value: f64 },
    /// A probability vector whose entries do not add up to 1.
    NotNormalised { sum: f64 },
    /// A class index past the last class.
    ClassOutOfRange { class: usize, classes: usize },
    /// Sample `row` of a batch has `len` entries where the first sample has `expected`.
    RaggedBatch {
        row: usize,
        len: usize,
        expected: usize,
    },
    /// A parameter (such as the learning rate) has a value that cannot be used.
    InvalidParameter { name: &'static str, value: f64 },
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MathError::Empty => write!(f, "There are no values: at least one is needed."),
            MathError::LengthMismatch { left, right } => write!(
                f,
                "The two lists have different lengths ({left} and {right}); they must match."
            ),
            MathError::NotFinite { index } => {
                write!(f, "Value {} is not a finite number.", index + 1)
            }
            MathError::OutOfRange { index, value } => write!(
                f,
                "Value {} is {value}, but a probability must lie between 0 and 1.",
                index + 1
            ),
            MathError::NotNormalised { sum } => {
                write!(
                    f,
                    "The probabilities add up to {sum}, but they must add up to 1."
                )
            }
            MathError::ClassOutOfRange { class, classes } => write!(
                f,
                "There is no class {}: there are only {classes} classes.",
                class + 1
            ),
            MathError::RaggedBatch { row, len, expected } => write!(
                f,
                "Sample {} has {len} values, but the first sample has {expected}; \
                 every sample needs the same number.",
                row + 1
            ),
            MathError::InvalidParameter { name, value } => write!(
                f,
                "The {} cannot be {value}: it must be a finite number above 0.",
                name.replace('_', " ")
            ),
        }
    }
}

impl std::error::Error for MathError {}

/// Checks one probability: finite and 0 <= p <= 1.
pub fn check_probability(p: f64) -> Result<(), MathError> {
    check_probability_at(0, p)
}

/// Checks a probability vector: non-empty, every entry finite and in [0, 1],
/// |sum_i p_i - 1| <= 1e-9.
pub fn check_distribution(p: &[f64]) -> Result<(), MathError> {
    check_probabilities(p)?;
    let sum: f64 = p.iter().sum();
    if (sum - 1.0).abs() > SUM_TOLERANCE {
        return Err(MathError::NotNormalised { sum });
    }
    Ok(())
}

/// Checks a vector of independent probabilities (multi-label labels or predictions):
/// non-empty, every entry finite and in [0, 1]; the sum is free.
pub fn check_probabilities(p: &[f64]) -> Result<(), MathError> {
    if p.is_empty() {
        return Err(MathError::Empty);
    }
    p.iter()
        .enumerate()
        .try_for_each(|(index, &value)| check_probability_at(index, value))
}

/// Checks a logit vector: non-empty, every entry finite (an infinite logit is an error).
pub fn check_logits(z: &[f64]) -> Result<(), MathError> {
    if z.is_empty() {
        return Err(MathError::Empty);
    }
    match z.iter().position(|value| !value.is_finite()) {
        Some(index) => Err(MathError::NotFinite { index }),
        None => Ok(()),
    }
}

/// Checks that two vectors pair up entry by entry: len(left) = len(right).
pub fn check_same_length(left: &[f64], right: &[f64]) -> Result<(), MathError> {
    if left.len() == right.len() {
        Ok(())
    } else {
        Err(MathError::LengthMismatch {
            left: left.len(),
            right: right.len(),
        })
    }
}

/// Checks a class index: class < classes.
pub fn check_class(class: usize, classes: usize) -> Result<(), MathError> {
    if class < classes {
        Ok(())
    } else {
        Err(MathError::ClassOutOfRange { class, classes })
    }
}

/// Checks the shape of a batch: m >= 1 samples in both, and every row of both has the length of
/// the first label row. Returns (m, n).
pub fn check_batch_shape(
    labels: &[Vec<f64>],
    preds: &[Vec<f64>],
) -> Result<(usize, usize), MathError> {
    let first = labels.first().ok_or(MathError::Empty)?;
    if labels.len() != preds.len() {
        return Err(MathError::LengthMismatch {
            left: labels.len(),
            right: preds.len(),
        });
    }
    let expected = first.len();
    for (row, (label, pred)) in labels.iter().zip(preds).enumerate() {
        for len in [label.len(), pred.len()] {
            if len != expected {
                return Err(MathError::RaggedBatch { row, len, expected });
            }
        }
    }
    Ok((labels.len(), expected))
}

fn check_probability_at(index: usize, value: f64) -> Result<(), MathError> {
    if !value.is_finite() {
        Err(MathError::NotFinite { index })
    } else if !(0.0..=1.0).contains(&value) {
        Err(MathError::OutOfRange { index, value })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distributions_are_checked() {
        assert_eq!(check_distribution(&[]), Err(MathError::Empty));
        assert_eq!(
            check_distribution(&[0.5, f64::NAN]),
            Err(MathError::NotFinite { index: 1 })
        );
        assert_eq!(
            check_distribution(&[1.2, -0.2]),
            Err(MathError::OutOfRange {
                index: 0,
                value: 1.2
            })
        );
        assert!(matches!(
            check_distribution(&[0.5, 0.6]),
            Err(MathError::NotNormalised { .. })
        ));
        assert_eq!(check_distribution(&[0.5, 0.5 + 5e-10]), Ok(()));
    }

    #[test]
    fn ragged_batches_are_refused() {
        let labels = vec![vec![1.0, 0.0], vec![0.0, 1.0]];
        let preds = vec![vec![0.5, 0.5], vec![1.0]];
        assert_eq!(
            check_batch_shape(&labels, &preds),
            Err(MathError::RaggedBatch {
                row: 1,
                len: 1,
                expected: 2
            })
        );
        assert_eq!(check_batch_shape(&[], &[]), Err(MathError::Empty));
    }

    #[test]
    fn messages_are_sentences() {
        let message = MathError::InvalidParameter {
            name: "learning_rate",
            value: -1.0,
        }
        .to_string();
        assert_eq!(
            message,
            "The learning rate cannot be -1: it must be a finite number above 0."
        );
        assert_eq!(
            MathError::NotFinite { index: 0 }.to_string(),
            "Value 1 is not a finite number."
        );
    }
}
