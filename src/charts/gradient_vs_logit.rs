//! `gradient-vs-logit`: the derivatives of cross-entropy (q - 1) and of the squared error
//! (-2 q L) with respect to the true class's logit. CE's is largest in size when the model is
//! most wrong; MSE's vanishes both there and when the model is right.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{Axes, XTicks};
use super::legend::with_legend;
use super::loss_vs_logit::{current_point, logit_range, sample_logits};
use super::loss_vs_probability::{draw_pair, legend, legend_names, LossCurveLabels};
use super::marks::Mark;
use super::plot::{LineKind, Plot};
use super::DrawResult;
use super::{Layer, Style};

/// One sample's logits and true class (the `mse-vs-ce` view's state).
#[derive(Clone, Debug, PartialEq)]
pub struct GradientVsLogit {
    /// The logits z of the softmax output.
    pub z: Vec<f64>,
    /// The index t of the true class in `z`.
    pub true_class: usize,
    /// The chart's text.
    pub labels: LossCurveLabels,
}

/// Draws dCE/dz_t (solid, circles) and dSE/dz_t (dashed, squares) from
/// `math::along_true_logit` over the same logit range as `loss-vs-logit`, a zero line, and the
/// current logit marked on both (their values in the legend).
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &GradientVsLogit,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let labels = &data.labels;
    let current = current_point(&data.z, data.true_class);
    let names = legend_names(
        labels,
        current.map(|c| (c.grad_cross_entropy, c.grad_squared_error)),
    );
    let body = with_legend(area, style, &legend(style, &names), Layer::Marks)?;
    let x = logit_range(current.map_or(0.0, |c| c.logit));
    // Both gradients lie in [-1, 0]: q - 1, and -2 q L with L <= 2 (1 - q)^2, so at most 16/27
    // in size. A fixed axis over that band keeps the frame still while the reader drags.
    let plot = Plot::new(
        &body,
        style,
        Axes {
            x: x.clone(),
            y: -1.1..0.15,
            x_desc: &labels.x_axis,
            y_desc: &labels.y_axis,
            x_ticks: XTicks::Numeric,
        },
    )?;
    plot.hline(0.0, style.palette.axis, LineKind::Solid)?;
    let samples = sample_logits(&data.z, data.true_class, &x, plot.curve_columns());
    let cross_entropy: Vec<_> = samples
        .iter()
        .map(|p| (p.logit, p.grad_cross_entropy))
        .collect();
    let squared_error: Vec<_> = samples
        .iter()
        .map(|p| (p.logit, p.grad_squared_error))
        .collect();
    let points = current.map(|c| {
        (
            (c.logit, c.grad_cross_entropy),
            (c.logit, c.grad_squared_error),
        )
    });
    draw_pair(&plot, &cross_entropy, &squared_error, points)
}
