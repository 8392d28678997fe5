//! Marked points: the reader's current point, maxima, means, race finishes and bar tops, what
//! each stands for, and the markers and labels drawn for them on the marks layer.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::plot::{Plot, PlotMapping};
use super::style::SMALL_FONT;
use super::{DrawResult, Layer, Style};
use crate::math::clamp;

/// What a marked point on a chart stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// The reader's current point on a single curve (neg-log, binary entropy).
    Current,
    /// The current point on the cross-entropy curve (or its gradient).
    CrossEntropy,
    /// The current point on the squared-error curve (or its gradient).
    SquaredError,
    /// The maximum of the binary entropy, at p = 1/2.
    Maximum,
    /// The batch mean line (value: (left end of the x axis, mean)).
    Mean,
    /// Where the cross-entropy run of the race reaches the target.
    CrossEntropyFinish,
    /// Where the squared-error run of the race reaches the target.
    SquaredErrorFinish,
    /// The top of bar `index` of series `series` (value: (index, bar value)).
    Bar {
        /// The series: 0 = P (or the only series), 1 = Q; in the contribution panel, the
        /// position of the series in the caller's list.
        series: usize,
        /// The category (outcome, sample, divergence).
        index: usize,
    },
    /// The top of a contribution bar in the lower panel of the distributions chart.
    Contribution {
        /// The position of the series in the caller's list.
        series: usize,
        /// The outcome.
        index: usize,
    },
}

/// A marked point as drawn: what it is, its data value, its pixel and the plot it lies on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// What the point stands for.
    pub kind: MarkKind,
    /// Its data coordinates (x, y); y may be infinite (then the pixel is on the top edge).
    pub value: (f64, f64),
    /// The backend pixel of the mark's centre (a bar's top centre).
    pub pixel: (i32, i32),
    /// The mapping of the plot the mark lies on.
    pub plot: PlotMapping,
}

/// The shape of a marker, so that CE and MSE points differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkerShape {
    /// A disc (cross-entropy, and single curves).
    Circle,
    /// A square (squared error).
    Square,
}

/// A marker centred on `center` (pixels of `area`): filled with `color`, ringed in the
/// background colour so it stands out from the curve it sits on.
pub(super) fn draw_marker_at<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    center: (i32, i32),
    color: RGBColor,
    shape: MarkerShape,
) -> DrawResult<(), DB> {
    let radius = style.px(5.0);
    let ring = style.stroke(style.palette.background, 1.5);
    match shape {
        MarkerShape::Circle => {
            area.draw(&Circle::new(center, radius, color.filled()))?;
            area.draw(&Circle::new(center, radius + style.px(1.0), ring))?;
        }
        MarkerShape::Square => {
            let corners = [
                (center.0 - radius, center.1 - radius),
                (center.0 + radius, center.1 + radius),
            ];
            area.draw(&Rectangle::new(corners, color.filled()))?;
            area.draw(&Rectangle::new(corners, ring))?;
        }
    }
    Ok(())
}

/// What a plot draws on the marks layer, and the marks it hands back.
impl<DB: DrawingBackend> Plot<'_, DB> {
    /// A mark of `kind` at data `value`, drawn at backend `pixel`.
    pub fn mark(&self, kind: MarkKind, value: (f64, f64), pixel: (i32, i32)) -> Mark {
        Mark {
            kind,
            value,
            pixel,
            plot: self.mapping(),
        }
    }

    /// A polyline in backend pixels, beside a marker (on the overlay layer).
    pub fn line_px(&self, points: &[(i32, i32)], stroke: ShapeStyle) -> DrawResult<(), DB> {
        if self.style.layer.includes(Layer::Marks) {
            self.stroke_px(points, stroke)?;
        }
        Ok(())
    }

    /// A text at backend pixel `at` beside a marker (on the overlay layer), anchored as
    /// `text_style` says.
    pub fn text_px(
        &self,
        text: &str,
        at: (i32, i32),
        text_style: &TextStyle,
    ) -> DrawResult<(), DB> {
        if self.style.layer.includes(Layer::Marks) {
            self.write_px(text, at, text_style)?;
        }
        Ok(())
    }

    /// A marker at data point (x, y). A y above the plot (including +∞) pins the marker to the
    /// top edge, below it to the bottom edge, so the current point is always visible; a
    /// non-finite x (or NaN y) draws nothing. Returns the marker's pixel.
    pub fn marker(
        &self,
        x: f64,
        y: f64,
        color: RGBColor,
        shape: MarkerShape,
    ) -> DrawResult<Option<(i32, i32)>, DB> {
        if !x.is_finite() || y.is_nan() {
            return Ok(None);
        }
        let shown_y = clamp(y, self.y.start, self.y.end);
        let shown_x = clamp(x, self.x.start, self.x.end);
        let Some(pixel) = self.pixel(shown_x, shown_y) else {
            return Ok(None);
        };
        if self.style.layer.includes(Layer::Marks) {
            draw_marker_at(&self.pixels, &self.style, self.local(pixel), color, shape)?;
        }
        Ok(Some(pixel))
    }

    /// A value written next to a marker at `pixel`, above it (or below it when `above` is false)
    /// and to its right; moved to the left near the right edge and to the other side near the
    /// top or bottom edge, so it stays inside the plot.
    pub fn label_near(
        &self,
        pixel: (i32, i32),
        text: &str,
        color: RGBColor,
        above: bool,
    ) -> DrawResult<(), DB> {
        let map = self.mapping();
        let offset = self.style.px(8.0);
        let room = self.style.px(24.0);
        let near_right = pixel.0 > map.left + (map.right - map.left) * 3 / 4;
        let above = if above {
            pixel.1 - room >= map.top
        } else {
            pixel.1 + room > map.bottom
        };
        let h = if near_right { HPos::Right } else { HPos::Left };
        let v = if above { VPos::Bottom } else { VPos::Top };
        let x = if near_right {
            pixel.0 - offset
        } else {
            pixel.0 + offset
        };
        let y = if above {
            pixel.1 - offset
        } else {
            pixel.1 + offset
        };
        let text_style = self.style.font(SMALL_FONT, color, Pos::new(h, v));
        self.text_px(text, (x, y), &text_style)
    }
}
