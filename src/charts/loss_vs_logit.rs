//! `loss-vs-logit`: cross-entropy and squared error of one sample against the true class's
//! logit z_t, the other logits held. Here MSE is flat (and not convex) where the model is
//! confidently wrong, while CE keeps rising.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{nice_ceiling, Axes, XTicks};
use super::clip::sample_columns;
use super::legend::with_legend;
use super::loss_vs_probability::{draw_pair, legend, legend_names, LossCurveLabels};
use super::marks::Mark;
use super::plot::Plot;
use super::DrawResult;
use super::{Layer, Style};
use crate::math::{along_true_logit, LogitPoint, TrueLogitSweep};

/// One sample's logits and true class (the `mse-vs-ce` view's state).
#[derive(Clone, Debug, PartialEq)]
pub struct LossVsLogit {
    /// The logits z of the softmax output.
    pub z: Vec<f64>,
    /// The index t of the true class in `z`.
    pub true_class: usize,
    /// The chart's text.
    pub labels: LossCurveLabels,
}

/// The logit axis spans [-12, 12]: the logit sliders' range (±10) with room either side, so
/// that the axis, and with it the frame and the curves, stays put while a slider is dragged...
const LOGIT_SPAN: f64 = 12.0;
/// ...and a logit beyond it (from a link or the number field) extends it to keep this much
/// room beyond the point...
const LOGIT_MARGIN: f64 = 2.0;
/// ...in steps of this many logits.
const LOGIT_STEP: f64 = 5.0;

/// The logit axis for a current true-class logit `current`: [-12, 12], or for a logit within 2
/// of an end, that end moved out to the next multiple of 5 at least 2 beyond the logit.
pub(crate) fn logit_range(current: f64) -> Range<f64> {
    let current = if current.is_finite() { current } else { 0.0 };
    let low = if current - LOGIT_MARGIN >= -LOGIT_SPAN {
        -LOGIT_SPAN
    } else {
        ((current - LOGIT_MARGIN) / LOGIT_STEP).floor() * LOGIT_STEP
    };
    let high = if current + LOGIT_MARGIN <= LOGIT_SPAN {
        LOGIT_SPAN
    } else {
        ((current + LOGIT_MARGIN) / LOGIT_STEP).ceil() * LOGIT_STEP
    };
    low..high
}

/// The lesson's quantities at one logit per pixel column of `columns` over `range`, and at the
/// current logit (`None` when z or t is invalid).
pub(crate) fn sample_logits(
    z: &[f64],
    true_class: usize,
    range: &Range<f64>,
    columns: i32,
) -> Vec<LogitPoint> {
    let Ok(sweep) = TrueLogitSweep::new(z, true_class) else {
        return Vec::new();
    };
    sample_columns(range.start, range.end, columns)
        .filter_map(|logit| sweep.at(logit).ok())
        .collect()
}

/// What the frame and data layers of the logit charts are drawn from besides their text: the
/// logits with z_t replaced by the ends of its axis (the curves depend on the other logits, the
/// axes on the range). `None` where the point is not drawn, so nothing can be skipped.
pub(crate) fn backdrop_numbers(z: &[f64], true_class: usize) -> Option<Vec<f64>> {
    let current = current_point(z, true_class)?;
    if !z.iter().all(|zi| zi.is_finite()) {
        return None;
    }
    let range = logit_range(current.logit);
    let mut numbers = z.to_vec();
    numbers[true_class] = range.start;
    numbers.push(range.end);
    Some(numbers)
}

/// The current point: z_t as it is.
pub(crate) fn current_point(z: &[f64], true_class: usize) -> Option<LogitPoint> {
    let logit = *z.get(true_class)?;
    along_true_logit(z, true_class, logit).ok()
}

/// Draws CE(z_t) (solid, circles) and SE(z_t) (dashed, squares) from `math::along_true_logit`
/// at one logit per pixel column, over a range holding the current logit with a margin, and
/// marks the current logit on both (their values in the legend).
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &LossVsLogit,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let labels = &data.labels;
    let current = current_point(&data.z, data.true_class);
    let names = legend_names(labels, current.map(|c| (c.cross_entropy, c.squared_error)));
    let body = with_legend(area, style, &legend(style, &names), Layer::Marks)?;
    let x = logit_range(current.map_or(0.0, |c| c.logit));
    // The ends of the range bound both losses (each is monotone in z_t), so two samples give
    // the y range before the plot, and with it the pixel columns, exists.
    let ends = sample_logits(&data.z, data.true_class, &x, 1);
    let highest = ends
        .iter()
        .flat_map(|p| [p.cross_entropy, p.squared_error])
        .filter(|v| v.is_finite())
        .fold(1.0_f64, f64::max);
    let plot = Plot::new(
        &body,
        style,
        Axes {
            x: x.clone(),
            // Up to the highest loss in range: with extreme logits CE reaches 100 nats or more
            // and squared error (at most 2) lies flat along the bottom, which is the lesson. A
            // nice top, since that loss moves with every other logit a reader drags.
            y: 0.0..nice_ceiling(highest * 1.05),
            x_desc: &labels.x_axis,
            y_desc: &labels.y_axis,
            x_ticks: XTicks::Numeric,
        },
    )?;
    let samples = sample_logits(&data.z, data.true_class, &x, plot.curve_columns());
    let cross_entropy: Vec<_> = samples.iter().map(|p| (p.logit, p.cross_entropy)).collect();
    let squared_error: Vec<_> = samples.iter().map(|p| (p.logit, p.squared_error)).collect();
    let points = current.map(|c| ((c.logit, c.cross_entropy), (c.logit, c.squared_error)));
    draw_pair(&plot, &cross_entropy, &squared_error, points)
}

#[cfg(test)]
mod tests {
    use super::logit_range;

    #[test]
    fn the_logit_axis_holds_over_the_sliders_range() {
        for step in -1000..=1000 {
            let current = f64::from(step) / 100.0;
            assert_eq!(logit_range(current), -12.0..12.0, "z_t = {current}");
        }
        assert_eq!(logit_range(f64::NAN), -12.0..12.0);
    }

    #[test]
    fn a_logit_beyond_the_sliders_extends_the_axis_in_steps_of_five() {
        assert_eq!(logit_range(10.5), -12.0..15.0);
        assert_eq!(logit_range(13.0), -12.0..15.0);
        assert_eq!(logit_range(13.5), -12.0..20.0);
        assert_eq!(logit_range(-10.5), -15.0..12.0);
        assert_eq!(logit_range(-40.0), -45.0..12.0);
    }
}
