//! `loss-vs-probability`: cross-entropy and squared error of one sample against the true class's
//! probability q, the other classes keeping their shares of the rest. Both are convex in q.
//!
//! Also home of what the three loss charts share: their labels, their legend and the drawing of
//! a CE/MSE pair of curves with the current points.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{Axes, XTicks};
use super::clip::sample_columns;
use super::format::format_value;
use super::legend::{with_legend, LegendEntry, Swatch};
use super::marks::{Mark, MarkKind, MarkerShape};
use super::neg_log::climb_within_first_column;
use super::plot::{LineKind, Plot};
use super::DrawResult;
use super::{Layer, Style};
use crate::math::{along_true_logit, information, other_class_shares};
use crate::math::{squared_error_along_probability, LogitPoint, Unit};

/// One sample's logits and true class (the `mse-vs-ce` view's state).
#[derive(Clone, Debug, PartialEq)]
pub struct LossVsProbability {
    /// The logits z of the softmax output.
    pub z: Vec<f64>,
    /// The index t of the true class in `z`.
    pub true_class: usize,
    /// The chart's text.
    pub labels: LossCurveLabels,
}

/// The text of the three loss charts (`loss-vs-probability`, `loss-vs-logit`,
/// `gradient-vs-logit`), already translated. Losses and gradients there are in nats.
#[derive(Clone, Debug, PartialEq)]
pub struct LossCurveLabels {
    /// The x axis title, e.g. "probability of the true class q" or "logit of the true class".
    pub x_axis: String,
    /// The y axis title, e.g. "loss (nats)" or "gradient dL/dz".
    pub y_axis: String,
    /// The legend name of the cross-entropy curve.
    pub cross_entropy: String,
    /// The legend name of the squared-error curve.
    pub squared_error: String,
    /// The infinity label, "∞" (a probability that underflows to 0 has infinite CE).
    pub infinity: String,
}

impl LossCurveLabels {
    /// Every text of the chart, for a backdrop key.
    pub(crate) fn all(&self) -> Vec<&String> {
        vec![
            &self.x_axis,
            &self.y_axis,
            &self.cross_entropy,
            &self.squared_error,
            &self.infinity,
        ]
    }
}

/// The loss axis ends at the first of these (nats) with room for the current point's
/// cross-entropy; a larger one is marked on the top edge (its value is in the legend). Two ends
/// only, so that a dragged logit changes the axis, and with it the frame and the curves, at one
/// place along its way. The squared error never needs more than the lowest: it is at most
/// 1 + Σ r_i² ≤ 2 (a test checks it).
const AXIS_TOPS: [f64; 2] = [4.0, 8.0];
/// Room above the highest value the axis must show.
const HEADROOM: f64 = 1.15;

/// The top of the loss axis: 4 or 8 nats (`AXIS_TOPS`), with room for the current point's
/// cross-entropy.
fn axis_top(current: Option<&LogitPoint>) -> f64 {
    // A missing or undefined point needs no room (`max` drops a NaN).
    let needed = current.map_or(0.0, |c| c.cross_entropy).max(0.0) * HEADROOM;
    let highest = AXIS_TOPS[AXIS_TOPS.len() - 1];
    AXIS_TOPS
        .into_iter()
        .find(|&top| needed <= top)
        .unwrap_or(highest)
}

/// What the frame and data layers are drawn from besides their text: the other classes'
/// shares (the curves) and the axis top. `None` where the point is not drawn.
pub(crate) fn backdrop_numbers(data: &LossVsProbability) -> Option<Vec<f64>> {
    let zt = *data.z.get(data.true_class)?;
    let current = along_true_logit(&data.z, data.true_class, zt).ok()?;
    let mut numbers = other_class_shares(&data.z, data.true_class).ok()?;
    numbers.push(axis_top(Some(&current)));
    numbers.iter().all(|x| x.is_finite()).then_some(numbers)
}

/// Draws CE(q) = -ln q (solid, circles) and MSE(q) = (1 - q)^2 (1 + sum r_i^2) (dashed, squares)
/// for q in (0, 1], where r_i = `math::other_class_shares`, sampled at one point per pixel
/// column, and marks the current q = softmax(z)_t on both; the legend gives the current values.
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &LossVsProbability,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let labels = &data.labels;
    let current = data
        .z
        .get(data.true_class)
        .and_then(|&zt| along_true_logit(&data.z, data.true_class, zt).ok());
    let names = legend_names(labels, current.map(|c| (c.cross_entropy, c.squared_error)));
    let body = with_legend(area, style, &legend(style, &names), Layer::Marks)?;
    let shares = other_class_shares(&data.z, data.true_class).ok();
    let top = axis_top(current.as_ref());
    let plot = Plot::new(
        &body,
        style,
        Axes {
            x: 0.0..1.0,
            y: 0.0..top,
            x_desc: &labels.x_axis,
            y_desc: &labels.y_axis,
            x_ticks: XTicks::Numeric,
        },
    )?;
    let Some(shares) = shares else {
        return Ok(Vec::new());
    };
    let probabilities: Vec<f64> = sample_columns(0.0, 1.0, plot.curve_columns()).collect();
    let mut cross_entropy: Vec<(f64, f64)> = probabilities
        .iter()
        .filter_map(|&q| information(q, Unit::Nats).ok().map(|l| (q, l)))
        .collect();
    climb_within_first_column(&mut cross_entropy, top, Unit::Nats);
    let squared_error: Vec<(f64, f64)> = probabilities
        .iter()
        .filter_map(|&q| {
            squared_error_along_probability(q, &shares)
                .ok()
                .map(|l| (q, l))
        })
        .collect();
    let points = current.map(|c| {
        (
            (c.probability_true, c.cross_entropy),
            (c.probability_true, c.squared_error),
        )
    });
    draw_pair(&plot, &cross_entropy, &squared_error, points)
}

/// The legend names of the loss charts: each curve's name with the current value, e.g.
/// "cross-entropy = 0.3567". The values live in the legend rather than beside the markers
/// because both markers share one x and often nearly one y, where two labels would collide.
pub(crate) fn legend_names(labels: &LossCurveLabels, current: Option<(f64, f64)>) -> [String; 2] {
    let name = |name: &str, value: Option<f64>| match value {
        Some(value) => format!("{name} = {}", format_value(value, &labels.infinity)),
        None => name.to_string(),
    };
    [
        name(&labels.cross_entropy, current.map(|c| c.0)),
        name(&labels.squared_error, current.map(|c| c.1)),
    ]
}

/// The legend of the loss charts: CE solid with circles, MSE dashed with squares.
pub(crate) fn legend<'s>(style: &Style, names: &'s [String; 2]) -> [LegendEntry<'s>; 2] {
    [
        LegendEntry {
            name: &names[0],
            swatch: Swatch::Line {
                color: style.palette.cross_entropy,
                line: LineKind::Solid,
                marker: Some(MarkerShape::Circle),
            },
        },
        LegendEntry {
            name: &names[1],
            swatch: Swatch::Line {
                color: style.palette.squared_error,
                line: LineKind::Dashed,
                marker: Some(MarkerShape::Square),
            },
        },
    ]
}

/// Draws a CE curve (solid) and an MSE curve (dashed), and, when given, the current point on
/// each (a circle and a square).
pub(crate) fn draw_pair<DB: DrawingBackend>(
    plot: &Plot<'_, DB>,
    cross_entropy: &[(f64, f64)],
    squared_error: &[(f64, f64)],
    current: Option<((f64, f64), (f64, f64))>,
) -> DrawResult<Vec<Mark>, DB> {
    let palette = plot.style.palette;
    plot.curve(cross_entropy, palette.cross_entropy, LineKind::Solid)?;
    plot.curve(squared_error, palette.squared_error, LineKind::Dashed)?;
    let mut marks = Vec::new();
    let Some((ce, se)) = current else {
        return Ok(marks);
    };
    let points = [
        (
            ce,
            palette.cross_entropy,
            MarkerShape::Circle,
            MarkKind::CrossEntropy,
        ),
        (
            se,
            palette.squared_error,
            MarkerShape::Square,
            MarkKind::SquaredError,
        ),
    ];
    for ((x, y), color, shape, kind) in points {
        if let Some(pixel) = plot.marker(x, y, color, shape)? {
            marks.push(plot.mark(kind, (x, y), pixel));
        }
    }
    Ok(marks)
}

#[cfg(test)]
mod tests {
    use super::{AXIS_TOPS, HEADROOM};
    use crate::math::{other_class_shares, squared_error_along_probability};

    #[test]
    fn the_squared_error_always_fits_under_the_lowest_axis_top() {
        // Its largest value, at q = 0, is 1 + Σ r_i²: 2 when one other class takes all.
        for z in [
            vec![0.0, 0.0],
            vec![0.0, 50.0, -50.0],
            vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
            vec![3.0, -1.0, 0.5],
        ] {
            let shares = other_class_shares(&z, 0).unwrap();
            let worst = squared_error_along_probability(0.0, &shares).unwrap();
            assert!(worst <= 2.0 + 1e-12, "{z:?}: {worst}");
            assert!(worst * HEADROOM <= AXIS_TOPS[0], "{z:?}: {worst}");
        }
    }
}
