//! `kl-asymmetry`: KL(P||Q) beside KL(Q||P), so the reader sees that the divergence is not
//! symmetric; an infinite one (Q has mass where P has none, or the reverse) is a bar broken off
//! at the top and labelled ∞.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{bar_value_range, held_or_tight, Axes, XTicks};
use super::bars::BarFill;
use super::marks::{Mark, MarkKind};
use super::plot::Plot;
use super::DrawResult;
use super::Style;
use crate::math::Unit;

/// The two divergences of the `kl` view.
#[derive(Clone, Debug, PartialEq)]
pub struct KlAsymmetry {
    /// D(P||Q), in `unit` (as `math::kl_divergence(p, q, unit)` returns it); may be +∞.
    pub kl_pq: f64,
    /// D(Q||P), in `unit`; may be +∞.
    pub kl_qp: f64,
    /// The unit both values are in (the chart draws them as given).
    pub unit: Unit,
    /// The chart's text.
    pub labels: KlAsymmetryLabels,
    /// The value axis the chart showed before, kept while it still fits the bars (see
    /// [`crate::charts::Figure::holding_axes_of`]); `None` draws the tightest axis.
    pub held_axis: Option<Range<f64>>,
}

impl KlAsymmetry {
    /// The value axis this figure draws: the held one if it still fits, else the tightest.
    pub(crate) fn value_axis(&self) -> Range<f64> {
        held_or_tight(
            self.held_axis.as_ref(),
            bar_value_range([self.kl_pq, self.kl_qp]),
        )
    }
}

/// The text of the KL asymmetry chart, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct KlAsymmetryLabels {
    /// The name under the first bar, e.g. "KL(P‖Q)".
    pub kl_pq: String,
    /// The name under the second bar, e.g. "KL(Q‖P)".
    pub kl_qp: String,
    /// The y axis title, with the unit, e.g. "divergence (nats)".
    pub y_axis: String,
    /// The infinity label, "∞".
    pub infinity: String,
}

/// Draws two bars, D(P||Q) (solid, P's colour) and D(Q||P) (hatched, Q's colour, since it is
/// the expectation under Q), each with its value written above it.
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &KlAsymmetry,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let labels = &data.labels;
    let plot = Plot::new(
        area,
        style,
        Axes {
            x: -0.5..1.5,
            y: data.value_axis(),
            x_desc: "",
            y_desc: &labels.y_axis,
            x_ticks: XTicks::Named(vec![
                (0.0, labels.kl_pq.clone()),
                (1.0, labels.kl_qp.clone()),
            ]),
        },
    )?;
    let palette = style.palette;
    let bars = [
        (data.kl_pq, palette.p, BarFill::Solid),
        (data.kl_qp, palette.q, BarFill::Hatched),
    ];
    let mut marks = Vec::new();
    for (index, (value, color, fill)) in bars.into_iter().enumerate() {
        let center = index as f64;
        if let Some(pixel) = plot.bar(
            center - 0.3,
            center + 0.3,
            value,
            color,
            fill,
            &labels.infinity,
            true,
        )? {
            let kind = MarkKind::Bar { series: 0, index };
            marks.push(plot.mark(kind, (center, value), pixel));
        }
    }
    Ok(marks)
}
