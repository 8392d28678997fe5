//! `binary-entropy`: H(p) of a two-outcome distribution over p in [0, 1], with the reader's p
//! and the maximum at p = 1/2 (ln 2 nats = 1 bit) marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{Axes, XTicks};
use super::clip::sample_columns;
use super::format::format_value;
use super::marks::{Mark, MarkKind, MarkerShape};
use super::plot::{LineKind, Plot};
use super::style::SMALL_FONT;
use super::DrawResult;
use super::Style;
use crate::math::{binary_entropy, Unit};

/// A two-outcome distribution (p, 1 - p).
#[derive(Clone, Debug, PartialEq)]
pub struct BinaryEntropyCurve {
    /// The probability of the first outcome, in [0, 1].
    pub p: f64,
    /// The unit of the y axis.
    pub unit: Unit,
    /// The chart's text.
    pub labels: BinaryEntropyLabels,
}

/// The text of the binary entropy chart, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct BinaryEntropyLabels {
    /// The x axis title, e.g. "probability p".
    pub x_axis: String,
    /// The y axis title with the unit, e.g. "entropy H(p) (bits)".
    pub y_axis: String,
    /// The name of the maximum, e.g. "maximum"; written as "<maximum> = <value>" above it.
    pub maximum: String,
}

/// The most uncertain two-outcome distribution.
const FAIR: f64 = 0.5;

/// Draws H(p) = -p log p - (1-p) log(1-p) in `unit` at one point per pixel column, marks the
/// maximum at p = 1/2 (a square, with its value) and the reader's p (a circle, with its value).
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &BinaryEntropyCurve,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let unit = data.unit;
    let maximum = binary_entropy(FAIR, unit).unwrap_or(1.0);
    let plot = Plot::new(
        area,
        style,
        Axes {
            x: 0.0..1.0,
            // Headroom above the maximum for its label.
            y: 0.0..maximum * 1.3,
            x_desc: &data.labels.x_axis,
            y_desc: &data.labels.y_axis,
            x_ticks: XTicks::Numeric,
        },
    )?;
    let palette = style.palette;
    let curve: Vec<(f64, f64)> = sample_columns(0.0, 1.0, plot.curve_columns())
        .filter_map(|p| binary_entropy(p, unit).ok().map(|h| (p, h)))
        .collect();
    plot.curve(&curve, palette.p, LineKind::Solid)?;

    let mut marks = Vec::new();
    if let Some(pixel) = plot.marker(FAIR, maximum, palette.accent, MarkerShape::Square)? {
        let text = format!("{} = {}", data.labels.maximum, format_value(maximum, ""));
        let above = style.font(
            SMALL_FONT,
            palette.accent,
            Pos::new(HPos::Center, VPos::Bottom),
        );
        plot.text_px(&text, (pixel.0, pixel.1 - style.px(10.0)), &above)?;
        marks.push(plot.mark(MarkKind::Maximum, (FAIR, maximum), pixel));
    }
    // An invalid p (outside [0, 1]) is not marked; the curve is still drawn.
    if let Ok(value) = binary_entropy(data.p, unit) {
        if let Some(pixel) = plot.marker(data.p, value, palette.point, MarkerShape::Circle)? {
            // Below the curve: above it is where the maximum's label sits.
            plot.label_near(pixel, &format_value(value, ""), palette.text, false)?;
            marks.push(plot.mark(MarkKind::Current, (data.p, value), pixel));
        }
    }
    Ok(marks)
}
