//! Limiting a value to a range, without `f64::clamp`'s panic.

/// `x` limited to [`low`, `high`]: `low` below it, `high` above it, `x` itself inside it and
/// NaN for NaN.
///
/// `f64::clamp` panics when `low > high` or either is NaN, and formatting that panic's message
/// links Rust's float printing (about 5 KB gzipped) into every view; charts clamp to ranges
/// computed from data, where a reversed range must not take the page down.
pub fn clamp(x: f64, low: f64, high: f64) -> f64 {
    if x < low {
        low
    } else if x > high {
        high
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::clamp;

    #[test]
    fn limits_to_the_range_and_keeps_nan() {
        assert_eq!(clamp(-1.0, 0.0, 1.0), 0.0);
        assert_eq!(clamp(2.0, 0.0, 1.0), 1.0);
        assert_eq!(clamp(0.25, 0.0, 1.0), 0.25);
        assert_eq!(clamp(f64::INFINITY, 0.0, 1.0), 1.0);
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
        // Where f64::clamp would panic.
        assert_eq!(clamp(0.5, 1.0, 0.0), 1.0);
        assert_eq!(clamp(0.5, f64::NAN, 1.0), 0.5);
    }
}
