//! How numbers are shown: the full value for tests and exports, a rounded one for people.

use crate::math::MathError;
use crate::state::{fixed_decimals, scientific, shortest};

/// The value for `data-value` and CSV exports: Rust's shortest round-trip form (as `{x}`
/// writes it), `inf` for infinity (never `NaN`: a non-finite, non-infinite value is shown as
/// empty).
pub fn full_precision(x: f64) -> String {
    if x.is_nan() {
        String::new()
    } else if x == f64::INFINITY {
        "inf".to_string()
    } else if x == f64::NEG_INFINITY {
        "-inf".to_string()
    } else {
        shortest(x)
    }
}

/// The value a reader sees: four decimals, scientific notation for very small or very large
/// magnitudes, ∞ for infinity, and an en dash where there is no number.
pub fn rounded(x: f64) -> String {
    rounded_to(x, 4)
}

/// Like [`rounded`], with `decimals` digits after the point.
pub fn rounded_to(x: f64, decimals: usize) -> String {
    if x.is_nan() {
        return "–".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞" } else { "−∞" }.to_string();
    }
    let magnitude = x.abs();
    let text =
        if magnitude != 0.0 && (magnitude < 10f64.powi(-(decimals as i32)) || magnitude >= 1e7) {
            scientific(x, 3)
        } else {
            fixed_decimals(x, decimals)
        };
    // "-0.0000" reads as a sign error to a learner.
    let text = if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text[1..].to_string()
    } else {
        text
    };
    text.replace('-', "−")
}

/// The rounded text of a value, for tables and formulas beside the readouts.
pub fn shown(value: &Result<f64, MathError>) -> String {
    value
        .as_ref()
        .map(|x| rounded(*x))
        .unwrap_or_else(|_| "–".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_precision_keeps_every_digit() {
        assert_eq!(full_precision(0.8018185525433372), "0.8018185525433372");
        assert_eq!(full_precision(f64::INFINITY), "inf");
        assert_eq!(full_precision(f64::NAN), "");
        assert_eq!(full_precision(1.0), "1");
    }

    #[test]
    fn rounded_reads_well() {
        assert_eq!(rounded(0.8018185525433372), "0.8018");
        assert_eq!(rounded(f64::INFINITY), "∞");
        assert_eq!(rounded(-0.3), "−0.3000");
        assert_eq!(rounded(-1e-9 * 0.0), "0.0000");
        assert_eq!(rounded(-0.00000001), "−1.000e−8");
        assert_eq!(rounded(f64::NAN), "–");
        assert_eq!(rounded_to(0.5, 2), "0.50");
    }
}
