//! The axis policy: which ranges the axes span and where their ticks go.
//!
//! Axes end at nice numbers and bar charts hold their value axis while it fits, so that a slider
//! dragged under the reader's hand moves the curves, bars and points, and only now and then the
//! axes (which leaves the frame layer as it was).

use std::ops::Range;

/// Finite bars leave this factor of headroom for their value labels...
const BAR_HEADROOM: f64 = 1.3;
/// ...and this much beside an infinite bar, which needs room for its cut and its ∞ label.
const INFINITE_HEADROOM: f64 = 1.7;
/// The shortest a bar chart's value axis reaches from zero, on either side that has a bar.
const MIN_BAR_AXIS: f64 = 0.1;

/// A finite, non-empty axis range: `fallback` when either end is not finite, widened when the
/// ends coincide.
pub(crate) fn safe_range(start: f64, end: f64, fallback: Range<f64>) -> Range<f64> {
    if !start.is_finite() || !end.is_finite() {
        return fallback;
    }
    let (low, high) = if start <= end {
        (start, end)
    } else {
        (end, start)
    };
    if high - low < 1e-12 {
        let pad = low.abs().max(1.0) * 0.5;
        (low - pad)..(high + pad)
    } else {
        low..high
    }
}

/// The y range of a bar chart: from the lowest finite value (or 0) to the highest (or 0), with
/// headroom for value labels and for cut-off infinite bars, each end widened to a nice number.
pub(crate) fn bar_value_range(values: impl IntoIterator<Item = f64>) -> Range<f64> {
    let mut high: f64 = 0.0;
    let mut low: f64 = 0.0;
    let mut positive_infinite = false;
    let mut negative_infinite = false;
    for value in values {
        if value == f64::INFINITY {
            positive_infinite = true;
        } else if value == f64::NEG_INFINITY {
            negative_infinite = true;
        } else if value.is_finite() {
            high = high.max(value);
            low = low.min(value);
        }
    }
    // Where an infinite bar stands, finite ones stay lower still, below its ∞ label.
    let headroom = |infinite: bool| {
        if infinite {
            INFINITE_HEADROOM
        } else {
            BAR_HEADROOM
        }
    };
    // A value axis reaches at least MIN_BAR_AXIS from zero, so a tiny divergence or loss is
    // drawn as the small bar it is, and the axis does not dive through decades as P nears Q.
    let mut top = high * headroom(positive_infinite);
    if top > 0.0 {
        top = top.max(MIN_BAR_AXIS);
    }
    let mut bottom = low * headroom(negative_infinite);
    if bottom < 0.0 {
        bottom = bottom.min(-MIN_BAR_AXIS);
    }
    if top <= 0.0 && positive_infinite {
        top = (-bottom).max(1.0) * 0.5;
    } else if top <= 0.0 && bottom >= 0.0 {
        // All bars are zero (Q = P): the shortest axis, as for bars just above zero.
        top = MIN_BAR_AXIS;
    }
    if negative_infinite && bottom >= 0.0 {
        bottom = -top.max(1.0) * 0.5;
    }
    // The ends grow to nice numbers: a slider moves the bars, and the axes only now and then.
    safe_range(-nice_ceiling(-bottom), nice_ceiling(top), 0.0..1.0)
}

/// How far a held value axis may reach beyond the tightest nice one, as a multiple of its end,
/// before it shrinks back: the bars keep at least 1/2.5 of the height they would have.
const HELD_AXIS_SLACK: f64 = 2.5;
/// The room a held axis leaves when it has to change, as a multiple of the tightest ends.
const HELD_AXIS_GROWTH: f64 = 1.5;

/// The value axis a bar chart draws: `held`, the axis it showed before, while that still holds
/// every bar and neither end reaches more than `HELD_AXIS_SLACK` times as far from zero as the
/// same end of `tight` (the tightest nice axis, `bar_value_range`); otherwise `tight`. Under a
/// dragged slider the bars then move against an axis that stays put, which is easier to read
/// and leaves the frame layer as it was.
pub(crate) fn held_or_tight(held: Option<&Range<f64>>, tight: Range<f64>) -> Range<f64> {
    let end_fits = |held: f64, tight: f64| {
        held * tight >= 0.0
            && held.abs() >= tight.abs()
            && held.abs() <= HELD_AXIS_SLACK * tight.abs()
    };
    match held {
        Some(held) if end_fits(held.start, tight.start) && end_fits(held.end, tight.end) => {
            held.clone()
        }
        // An axis that has to change leaves the bars room to grow before it changes again.
        Some(_) => {
            -nice_ceiling(-tight.start * HELD_AXIS_GROWTH)
                ..nice_ceiling(tight.end * HELD_AXIS_GROWTH)
        }
        None => tight,
    }
}

/// The smallest "nice" number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or
/// above `value`; `value` itself when it is not finite and positive.
///
/// Axes that must grow with a value grow to the next nice number, so that a slider dragged
/// under the reader's hand moves the curve and the point, not the axes (and the frame and the
/// curves need no repaint until the value crosses a step).
pub(crate) fn nice_ceiling(value: f64) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return value;
    }
    let power = power_of_ten(value);
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        // Within rounding of log10 and powi, a nice value is its own ceiling.
        .find(|nice| *nice >= value * (1.0 - 1e-12))
        .unwrap_or(10.0 * power)
}

/// The power of ten at or below a finite positive `value`: 10^⌊log10 value⌋.
///
/// `powi` (repeated multiplication) rather than `powf`, whose general algorithm is 2 KB of
/// code in the chunk every lesson loads; powers of ten up to 10^22 are exact either way.
fn power_of_ten(value: f64) -> f64 {
    10f64.powi(value.log10().floor() as i32)
}

/// "Nice" tick values (1, 2 or 5 times a power of ten apart) inside `range`, at most about
/// `count` of them.
pub(crate) fn nice_ticks(range: &Range<f64>, count: usize) -> Vec<f64> {
    let span = range.end - range.start;
    if !(span.is_finite() && span > 0.0) || count == 0 {
        return Vec::new();
    }
    let rough = span / count as f64;
    let power = power_of_ten(rough);
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| span / step <= count as f64)
        .unwrap_or(10.0 * power);
    let first = (range.start / step).ceil() as i64;
    let last = (range.end / step + 1e-9).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// The x axis of a plot: numeric ticks from plotters, or named ticks at given positions
/// (categories, or the race's logarithmic step axis).
pub(crate) enum XTicks {
    Numeric,
    Named(Vec<(f64, String)>),
}

/// Everything that defines a plot's frame.
pub(crate) struct Axes<'s> {
    pub x: Range<f64>,
    pub y: Range<f64>,
    pub x_desc: &'s str,
    pub y_desc: &'s str,
    pub x_ticks: XTicks,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_are_what_powf_gives_over_every_chart_scale() {
        for exponent in -15..=15 {
            for mantissa in [1.0, 1.000001, 1.5, 2.5, 5.0, 9.999999] {
                let value = mantissa * 10f64.powi(exponent);
                assert_eq!(
                    power_of_ten(value),
                    10f64.powf(value.log10().floor()),
                    "{value:e}"
                );
            }
        }
    }
}
