//! `neg-log`: the information content I(p) = -log p over (0, 1] with the reader's p marked.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{nice_ceiling, Axes, XTicks};
use super::clip::sample_columns;
use super::format::format_value;
use super::marks::{Mark, MarkKind, MarkerShape};
use super::plot::{LineKind, Plot};
use super::DrawResult;
use super::Style;
use crate::math::{clamp, information, Unit};

/// The information content of one event.
#[derive(Clone, Debug, PartialEq)]
pub struct NegLog {
    /// The event's probability, in [0, 1]; p = 0 has infinite information.
    pub p: f64,
    /// The unit of the y axis (nats: -ln p, bits: -log2 p).
    pub unit: Unit,
    /// The chart's text.
    pub labels: NegLogLabels,
}

/// The text of the -log p chart, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct NegLogLabels {
    /// The x axis title, e.g. "probability p".
    pub x_axis: String,
    /// The y axis title with the unit, e.g. "information -ln p (nats)".
    pub y_axis: String,
    /// The infinity label, "∞".
    pub infinity: String,
}

/// The y axis shows at least I(1/128) (7 bits), so the curve's bend is always in view...
const LOWEST_TOP_PROBABILITY: f64 = 1.0 / 128.0;
/// ...and at most I(1e-6) (about 13.8 nats); a rarer p is marked on the top edge with its value.
const HIGHEST_TOP_PROBABILITY: f64 = 1e-6;
/// Points that draw the curve's climb inside its first pixel column.
const STEEP_POINTS: usize = 32;

/// Adds the climb of a −log p curve sampled by pixel columns (points (p, I(p)) with p rising)
/// within its first column: from there to infinity, which columns cannot follow. Points evenly
/// spaced in I from the first finite sample to past `top` fill that in, so the curve meets the
/// point of any p the axis holds.
pub(crate) fn climb_within_first_column(curve: &mut Vec<(f64, f64)>, top: f64, unit: Unit) {
    let Some(first) = curve.iter().position(|&(_, i)| i.is_finite()) else {
        return;
    };
    let lowest = curve[first].1;
    let highest = top * 1.05;
    let per_nat = unit.from_nats(1.0);
    let climb: Vec<(f64, f64)> = (0..STEEP_POINTS)
        .filter_map(|k| {
            let target = highest - (highest - lowest) * k as f64 / STEEP_POINTS as f64;
            let p = (-target / per_nat).exp();
            information(p, unit).ok().map(|i| (p, i))
        })
        .collect();
    curve.splice(first..first, climb);
}

/// The top of the information axis: room for the current point's value, at a nice number,
/// within [I(1/128), I(10^-6)].
pub(crate) fn axis_top(data: &NegLog) -> f64 {
    let lowest_top = information(LOWEST_TOP_PROBABILITY, data.unit).unwrap_or(5.0);
    let highest_top = information(HIGHEST_TOP_PROBABILITY, data.unit).unwrap_or(14.0);
    match information(data.p, data.unit) {
        Ok(value) if value.is_finite() => {
            clamp(nice_ceiling(value * 1.15), lowest_top, highest_top)
        }
        _ => lowest_top,
    }
}

/// Draws I(p) = -log p in `unit`, sampled at one point per pixel column of the plot, and marks
/// (p, I(p)) with its value. p = 0 (infinite information) is marked on the top edge with ∞.
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &NegLog,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let unit = data.unit;
    // An invalid p (outside [0, 1]) is not marked; the curve is still drawn.
    let current = information(data.p, unit).ok();
    let top = axis_top(data);
    let plot = Plot::new(
        area,
        style,
        Axes {
            x: 0.0..1.0,
            y: 0.0..top,
            x_desc: &data.labels.x_axis,
            y_desc: &data.labels.y_axis,
            x_ticks: XTicks::Numeric,
        },
    )?;
    let palette = style.palette;
    let mut curve: Vec<(f64, f64)> = sample_columns(0.0, 1.0, plot.curve_columns())
        .filter_map(|p| information(p, unit).ok().map(|i| (p, i)))
        .collect();
    climb_within_first_column(&mut curve, top, unit);
    plot.curve(&curve, palette.p, LineKind::Solid)?;

    let mut marks = Vec::new();
    if let Some(value) = current {
        if let Some(pixel) = plot.marker(data.p, value, palette.point, MarkerShape::Circle)? {
            let text = format_value(value, &data.labels.infinity);
            plot.label_near(pixel, &text, palette.text, true)?;
            marks.push(plot.mark(MarkKind::Current, (data.p, value), pixel));
        }
    }
    Ok(marks)
}
