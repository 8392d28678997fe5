//! How the charts write numbers: values with four decimals and the ∞ label, tick labels
//! without trailing zeros.

use crate::state::fixed_decimals;

/// Formats a value the way the charts write it: 4 decimals, `infinity` (the ∞ label) for +∞,
/// `-` and `infinity` for -∞, and nothing for NaN (which the math never hands over, but a chart
/// must never print "NaN").
pub fn format_value(value: f64, infinity: &str) -> String {
    if value.is_nan() {
        String::new()
    } else if value == f64::INFINITY {
        infinity.to_string()
    } else if value == f64::NEG_INFINITY {
        format!("-{infinity}")
    } else {
        let text = fixed_decimals(value, 4);
        // Rounding a tiny negative number must not print a minus sign before zeros.
        if text == "-0.0000" {
            "0.0000".to_string()
        } else {
            text
        }
    }
}

/// A tick label: up to 4 decimals with trailing zeros removed (0.30000000000000004 -> 0.3).
pub(crate) fn tick_label(value: &f64) -> String {
    let text = fixed_decimals(*value, 4);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    if text == "-0" {
        "0".to_string()
    } else {
        text
    }
}
