//! What the charts share: the plot frame (axes, grid, ticks), the legend, clipped curves, marked
//! points, bars (hatched, and cut off at the top with ∞ when infinite) and value labels.
//!
//! Geometry that plotters does not do for us (hatching, the zigzag of a cut-off bar, clipping a
//! curve to the plot) is done in backend pixels; plotters itself does not clip curves, so no
//! curve point is handed to it that lies outside the plot.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{Layer, Style};
use crate::state::fixed_decimals;

/// The result of a drawing step on backend `DB`.
pub(crate) type DrawResult<T, DB> =
    Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// The font every chart uses; the browser resolves it to the page's sans-serif font, which
/// covers Chinese as well.
const FONT_FAMILY: &str = "sans-serif";
/// Tick labels and values written on the plot, in CSS pixels before scaling.
pub(crate) const SMALL_FONT: f64 = 13.0;
/// Axis titles and legend entries.
pub(crate) const LABEL_FONT: f64 = 14.0;
/// The share of the room between the zero line and the plot's edge an infinite bar reaches;
/// finite bars stay within 1/BAR_HEADROOM of it.
const INFINITE_BAR_REACH: f64 = 0.88;
/// Finite bars leave this factor of headroom for their value labels...
const BAR_HEADROOM: f64 = 1.3;
/// ...and this much beside an infinite bar, which needs room for its cut and its ∞ label.
const INFINITE_HEADROOM: f64 = 1.7;
/// The shortest a bar chart's value axis reaches from zero, on either side that has a bar.
const MIN_BAR_AXIS: f64 = 0.1;

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

/// The linear map from a plot's data coordinates to backend pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotMapping {
    /// The x axis range (left end, right end) in data units.
    pub x_range: (f64, f64),
    /// The y axis range (bottom end, top end) in data units.
    pub y_range: (f64, f64),
    /// The pixel column of `x_range.0`.
    pub left: i32,
    /// The pixel column of `x_range.1`.
    pub right: i32,
    /// The pixel row of `y_range.1`.
    pub top: i32,
    /// The pixel row of `y_range.0`.
    pub bottom: i32,
}

impl PlotMapping {
    /// The pixel of data point (x, y), unrounded: left + (x - x0) / (x1 - x0) * (right - left),
    /// and the same for y from the bottom. `None` when a coordinate is not finite.
    pub fn pixel(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        let fx = (x - self.x_range.0) / (self.x_range.1 - self.x_range.0);
        let fy = (y - self.y_range.0) / (self.y_range.1 - self.y_range.0);
        let px = self.left as f64 + fx * (self.right - self.left) as f64;
        let py = self.bottom as f64 + fy * (self.top - self.bottom) as f64;
        (px.is_finite() && py.is_finite()).then_some((px, py))
    }

    /// Whether pixel `(x, y)` lies inside the plotting area (edges included).
    pub fn contains(&self, (x, y): (i32, i32)) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }
}

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

/// Pixel helpers that depend on the style's scale.
impl Style {
    /// Fills `area` with the background colour (on the base layer; the overlay stays
    /// transparent).
    pub(crate) fn fill_background<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
    ) -> DrawResult<(), DB> {
        if self.layer.includes(Layer::Frame) {
            area.fill(&self.palette.background)?;
        }
        Ok(())
    }

    /// The scale actually used: 1 when not finite or not positive, else within [0.5, 4].
    pub(crate) fn safe_scale(&self) -> f64 {
        if self.scale.is_finite() && self.scale > 0.0 {
            self.scale.clamp(0.5, 4.0)
        } else {
            1.0
        }
    }

    /// `css_pixels` in device pixels, at least 1.
    pub(crate) fn px(&self, css_pixels: f64) -> i32 {
        ((css_pixels * self.safe_scale()).round() as i32).max(1)
    }

    /// `css_pixels` in device pixels as an unsigned size, at least 1.
    pub(crate) fn upx(&self, css_pixels: f64) -> u32 {
        self.px(css_pixels).unsigned_abs()
    }

    /// A text style of `size` CSS pixels in `color`, anchored at `pos`.
    pub(crate) fn font(&self, size: f64, color: RGBColor, pos: Pos) -> TextStyle<'static> {
        (FONT_FAMILY, size * self.safe_scale())
            .into_font()
            .color(&color)
            .pos(pos)
    }

    /// A stroke of `width` CSS pixels in `color`.
    pub(crate) fn stroke(&self, color: RGBColor, width: f64) -> ShapeStyle {
        color.stroke_width(self.upx(width))
    }
}

/// How a curve is stroked, so that two curves differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    Solid,
    Dashed,
}

/// How a bar is filled, so that P and Q differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BarFill {
    /// Filled with the colour.
    Solid,
    /// A light tint, diagonal hatching and an outline in the colour.
    Hatched,
}

/// The shape of a marker, so that CE and MSE points differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkerShape {
    Circle,
    Square,
}

/// What a legend entry shows next to its name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Swatch {
    Line {
        color: RGBColor,
        line: LineKind,
        marker: Option<MarkerShape>,
    },
    Bar {
        color: RGBColor,
        fill: BarFill,
    },
}

/// One legend entry.
pub(crate) struct LegendEntry<'s> {
    pub name: &'s str,
    pub swatch: Swatch,
}

/// Draws a legend as rows of entries across the top of `area` (wrapping when they do not fit)
/// and returns the area below it for the plot. Entries are laid out above the plot rather than
/// inside it, so they never hide a curve or a bar.
pub(crate) fn with_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    entries: &[LegendEntry<'_>],
    layer: Layer,
) -> DrawResult<DrawingArea<DB, Shift>, DB> {
    if entries.is_empty() {
        return Ok(area.clone());
    }
    let palette = style.palette;
    let text_style = style.font(LABEL_FONT, palette.text, Pos::new(HPos::Left, VPos::Center));
    let (width, height) = area.dim_in_pixel();
    let width = width as i32;
    let row_height = style.px(20.0);
    let swatch_width = style.px(26.0);
    let gap = style.px(6.0);
    let entry_gap = style.px(18.0);
    let left = style.px(12.0);

    // Lay out first, so that the rows' total height is known before anything is drawn.
    let mut placed = Vec::with_capacity(entries.len());
    let (mut x, mut row) = (left, 0);
    for entry in entries {
        let text_width = area
            .estimate_text_size(entry.name, &text_style)
            .map(|(w, _)| w as i32)
            .unwrap_or(0);
        let entry_width = swatch_width + gap + text_width;
        if x > left && x + entry_width > width {
            x = left;
            row += 1;
        }
        placed.push((x, row));
        x += entry_width + entry_gap;
    }
    let legend_height = (row + 1) * row_height + style.px(4.0);
    if legend_height >= height as i32 {
        return Ok(area.clone());
    }
    let drawn = if style.layer.includes(layer) {
        &placed[..]
    } else {
        &[]
    };
    for (entry, &(x, row)) in entries.iter().zip(drawn) {
        let y = style.px(4.0) + row * row_height + row_height / 2;
        draw_swatch(area, style, entry.swatch, (x, y), swatch_width)?;
        area.draw(&Text::new(
            entry.name.to_string(),
            (x + swatch_width + gap, y),
            text_style.clone(),
        ))?;
    }
    let (_, body) = area.split_vertically(legend_height);
    Ok(body)
}

/// A legend swatch of `width` pixels, vertically centred on `y`, starting at `x`.
fn draw_swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    swatch: Swatch,
    (x, y): (i32, i32),
    width: i32,
) -> DrawResult<(), DB> {
    match swatch {
        Swatch::Line {
            color,
            line,
            marker,
        } => {
            let points = vec![(x, y), (x + width, y)];
            let stroke = style.stroke(color, 2.0);
            match line {
                LineKind::Solid => area.draw(&PathElement::new(points, stroke))?,
                LineKind::Dashed => area.draw(&DashedPathElement::new(
                    points,
                    style.px(6.0),
                    style.px(4.0),
                    stroke,
                ))?,
            }
            if let Some(shape) = marker {
                draw_marker_at(area, style, (x + width / 2, y), color, shape)?;
            }
        }
        Swatch::Bar { color, fill } => {
            let half = style.px(6.0);
            let rect = PixelRect {
                left: x + width / 2 - half,
                right: x + width / 2 + half,
                top: y - half,
                bottom: y + half,
            };
            draw_bar_rect(area, style, rect, color, fill)?;
        }
    }
    Ok(())
}

/// A rectangle in pixels of some drawing area (left < right, top < bottom).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PixelRect {
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

/// A filled or hatched rectangle.
fn draw_bar_rect<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    rect: PixelRect,
    color: RGBColor,
    fill: BarFill,
) -> DrawResult<(), DB> {
    let corners = [(rect.left, rect.top), (rect.right, rect.bottom)];
    match fill {
        BarFill::Solid => area.draw(&Rectangle::new(corners, color.filled()))?,
        BarFill::Hatched => {
            area.draw(&Rectangle::new(corners, color.mix(0.15).filled()))?;
            for (start, end) in hatch_lines(rect, style.px(6.0)) {
                area.draw(&PathElement::new(
                    vec![start, end],
                    style.stroke(color, 1.0),
                ))?;
            }
            area.draw(&Rectangle::new(corners, style.stroke(color, 1.5)))?;
        }
    }
    Ok(())
}

/// Diagonal hatch lines ("/" on screen) spaced `spacing` pixels apart, clipped to `rect`: the
/// lines x + y = k for k = spacing, 2 spacing, ... measured from the rectangle's top-left.
pub(crate) fn hatch_lines(rect: PixelRect, spacing: i32) -> Vec<((i32, i32), (i32, i32))> {
    let width = rect.right - rect.left;
    let height = rect.bottom - rect.top;
    if width <= 0 || height <= 0 || spacing <= 0 {
        return Vec::new();
    }
    (1..)
        .map(|i| i * spacing)
        .take_while(|&k| k < width + height)
        .map(|k| {
            let start_x = (k - height).max(0);
            let end_x = k.min(width);
            (
                (rect.left + start_x, rect.top + k - start_x),
                (rect.left + end_x, rect.top + k - end_x),
            )
        })
        .collect()
}

/// A marker centred on `center` (pixels of `area`): filled with `color`, ringed in the
/// background colour so it stands out from the curve it sits on.
fn draw_marker_at<DB: DrawingBackend>(
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

/// Splits a sampled curve into the runs that lie inside the box `x` x `y`, cutting segments
/// where they cross its edges and dropping every non-finite sample, so what reaches plotters is
/// finite and inside the plot.
pub(crate) fn clip_runs(
    points: &[(f64, f64)],
    x: &Range<f64>,
    y: &Range<f64>,
) -> Vec<Vec<(f64, f64)>> {
    let mut runs = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    // Whether the last segment reached its own end point, so the next one continues the run.
    let mut open_end = false;
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let finite = a.0.is_finite() && a.1.is_finite() && b.0.is_finite() && b.1.is_finite();
        let clipped = if finite {
            clip_segment(a, b, x, y)
        } else {
            None
        };
        match clipped {
            Some(ClippedSegment {
                start,
                end,
                whole_start,
                whole_end,
            }) => {
                if !(open_end && whole_start) {
                    if run.len() >= 2 {
                        runs.push(std::mem::take(&mut run));
                    } else {
                        run.clear();
                    }
                    run.push(start);
                }
                run.push(end);
                open_end = whole_end;
            }
            None => {
                if run.len() >= 2 {
                    runs.push(std::mem::take(&mut run));
                } else {
                    run.clear();
                }
                open_end = false;
            }
        }
    }
    if run.len() >= 2 {
        runs.push(run);
    }
    runs
}

/// Liang-Barsky clipping of segment a-b to the box; returns the clipped ends and whether each
/// is the segment's own end (not cut).
fn clip_segment(
    a: (f64, f64),
    b: (f64, f64),
    x: &Range<f64>,
    y: &Range<f64>,
) -> Option<ClippedSegment> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.0 - x.start),
        (dx, x.end - a.0),
        (-dy, a.1 - y.start),
        (dy, y.end - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                if r > t1 {
                    return None;
                }
                t0 = t0.max(r);
            } else {
                if r < t0 {
                    return None;
                }
                t1 = t1.min(r);
            }
        }
    }
    let whole_start = t0 <= 0.0;
    let whole_end = t1 >= 1.0;
    let start = if whole_start {
        a
    } else {
        (a.0 + t0 * dx, a.1 + t0 * dy)
    };
    let end = if whole_end {
        b
    } else {
        (a.0 + t1 * dx, a.1 + t1 * dy)
    };
    Some(ClippedSegment {
        start,
        end,
        whole_start,
        whole_end,
    })
}

/// The part of a segment inside the clipping box.
struct ClippedSegment {
    start: (f64, f64),
    end: (f64, f64),
    /// The start is the segment's own start (not cut).
    whole_start: bool,
    /// The end is the segment's own end (not cut).
    whole_end: bool,
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

/// A plot: a frame (axes, grid, ticks, titles) drawn by hand on the area, with its linear map
/// from data to backend pixels.
///
/// plotters' ChartBuilder and mesh would do the same, but their generic machinery is a large
/// share of the wasm bundle; the frame needs only lines and text.
pub(crate) struct Plot<'a, DB: DrawingBackend> {
    pub style: Style,
    /// The whole area the plot was built on, for pixel-space drawing (offset by `base`).
    /// Markers and labels at the plot's edge may reach into the margins; drawing them on the
    /// plotting area alone would cut them off.
    pixels: DrawingArea<DB, Shift>,
    base: (i32, i32),
    x: Range<f64>,
    y: Range<f64>,
    /// The plotting rectangle in backend pixels.
    frame: PlotMapping,
    area: std::marker::PhantomData<&'a ()>,
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
    let power = 10f64.powf(value.log10().floor());
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        // Within rounding of log10 and powf, a nice value is its own ceiling.
        .find(|nice| *nice >= value * (1.0 - 1e-12))
        .unwrap_or(10.0 * power)
}

/// "Nice" tick values (1, 2 or 5 times a power of ten apart) inside `range`, at most about
/// `count` of them.
pub(crate) fn nice_ticks(range: &Range<f64>, count: usize) -> Vec<f64> {
    let span = range.end - range.start;
    if !(span.is_finite() && span > 0.0) || count == 0 {
        return Vec::new();
    }
    let rough = span / count as f64;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| span / step <= count as f64)
        .unwrap_or(10.0 * power);
    let first = (range.start / step).ceil() as i64;
    let last = (range.end / step + 1e-9).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

impl<'a, DB: DrawingBackend> Plot<'a, DB> {
    /// Builds the frame on `area`: axes, grid, ticks and axis titles in the palette's colours.
    pub fn new(
        area: &'a DrawingArea<DB, Shift>,
        style: &Style,
        axes: Axes<'_>,
    ) -> DrawResult<Plot<'a, DB>, DB> {
        let x = safe_range(axes.x.start, axes.x.end, 0.0..1.0);
        let y = safe_range(axes.y.start, axes.y.end, 0.0..1.0);
        let (width, height) = area.dim_in_pixel();
        let base = area.get_base_pixel();
        // Room for tick labels, and for the axis title under them when there is one.
        let x_label_area = style.px(if axes.x_desc.is_empty() { 26.0 } else { 42.0 });
        let y_label_area = style.px(58.0);
        let left = base.0 + style.px(4.0) + y_label_area;
        let right = (base.0 + width as i32 - style.px(18.0)).max(left + 1);
        let top = base.1 + style.px(10.0);
        let bottom = (base.1 + height as i32 - style.px(4.0) - x_label_area).max(top + 1);
        let plot = Plot {
            style: *style,
            pixels: area.clone(),
            base,
            x: x.clone(),
            y: y.clone(),
            frame: PlotMapping {
                x_range: (x.start, x.end),
                y_range: (y.start, y.end),
                left,
                right,
                top,
                bottom,
            },
            area: std::marker::PhantomData,
        };
        if style.layer.includes(Layer::Frame) {
            plot.draw_frame(&axes, (width, height))?;
        }
        Ok(plot)
    }

    /// Axes, grid, ticks and axis titles.
    fn draw_frame(&self, axes: &Axes<'_>, (width, height): (u32, u32)) -> DrawResult<(), DB> {
        let plot = self;
        let style = &self.style;
        let palette = style.palette;
        let (x, y) = (&self.x, &self.y);
        let PlotMapping {
            left,
            right,
            top,
            bottom,
            ..
        } = self.frame;
        let base = self.base;
        let named = matches!(axes.x_ticks, XTicks::Named(_));
        // About one y tick label per 30 CSS pixels of height (between 3 and 6) and one x tick
        // label per 60 CSS pixels of width (between 3 and 8), so narrow phones stay legible.
        let css = |pixels: u32| f64::from(pixels) / style.safe_scale();
        let y_labels = (css(height) / 30.0 - 2.0).clamp(3.0, 6.0) as usize;
        let x_labels = (css(width) / 60.0).clamp(3.0, 8.0) as usize;
        let grid = style.stroke(palette.grid, 1.0);
        let axis = style.stroke(palette.axis, 1.0);
        let tick = style.px(4.0);
        let label = style.font(
            SMALL_FONT,
            palette.text,
            Pos::new(HPos::Right, VPos::Center),
        );
        for value in nice_ticks(y, y_labels) {
            if let Some((_, row)) = plot.pixel(x.start, value) {
                plot.stroke_px(&[(left, row), (right, row)], grid)?;
                plot.stroke_px(&[(left - tick, row), (left, row)], axis)?;
                plot.write_px(
                    &tick_label(&value),
                    (left - tick - style.px(3.0), row),
                    &label,
                )?;
            }
        }
        if !named {
            let label = style.font(SMALL_FONT, palette.text, Pos::new(HPos::Center, VPos::Top));
            for value in nice_ticks(x, x_labels) {
                if let Some((column, _)) = plot.pixel(value, y.start) {
                    plot.stroke_px(&[(column, top), (column, bottom)], grid)?;
                    plot.stroke_px(&[(column, bottom), (column, bottom + tick)], axis)?;
                    plot.write_px(
                        &tick_label(&value),
                        (column, bottom + tick + style.px(3.0)),
                        &label,
                    )?;
                }
            }
        }
        plot.stroke_px(&[(left, top), (left, bottom), (right, bottom)], axis)?;
        let title = style.font(
            LABEL_FONT,
            palette.text,
            Pos::new(HPos::Center, VPos::Bottom),
        );
        plot.write_px(
            axes.x_desc,
            ((left + right) / 2, base.1 + height as i32 - style.px(4.0)),
            &title,
        )?;
        let y_title = style
            .font(LABEL_FONT, palette.text, Pos::new(HPos::Center, VPos::Top))
            .transform(FontTransform::Rotate270);
        plot.write_px(
            axes.y_desc,
            (base.0 + style.px(4.0), (top + bottom) / 2),
            &y_title,
        )?;
        if let XTicks::Named(ticks) = &axes.x_ticks {
            plot.named_x_ticks(ticks)?;
        }
        Ok(())
    }

    /// The data-to-pixel mapping of this plot.
    pub fn mapping(&self) -> PlotMapping {
        self.frame
    }

    /// How many pixel columns a curve is sampled at: one sample per column when this layer
    /// draws curves, one interval otherwise (the frame and the marks need no samples, and the
    /// loss curves cost a softmax per sample).
    pub fn curve_columns(&self) -> i32 {
        if self.style.layer.includes(Layer::Data) {
            self.frame.right - self.frame.left
        } else {
            1
        }
    }

    /// The x range.
    pub fn x_range(&self) -> Range<f64> {
        self.x.clone()
    }

    /// The backend pixel of a finite data point (`None` otherwise).
    pub fn pixel(&self, x: f64, y: f64) -> Option<(i32, i32)> {
        let f = &self.frame;
        let column = f.left as f64
            + (x - self.x.start) / (self.x.end - self.x.start) * (f.right - f.left) as f64;
        let row = f.bottom as f64
            - (y - self.y.start) / (self.y.end - self.y.start) * (f.bottom - f.top) as f64;
        (column.is_finite() && row.is_finite()).then(|| (column.round() as i32, row.round() as i32))
    }

    /// Converts a backend pixel to the pixel area's own coordinates.
    fn local(&self, (x, y): (i32, i32)) -> (i32, i32) {
        (x - self.base.0, y - self.base.1)
    }

    /// A mark of `kind` at data `value`, drawn at backend `pixel`.
    pub fn mark(&self, kind: MarkKind, value: (f64, f64), pixel: (i32, i32)) -> Mark {
        Mark {
            kind,
            value,
            pixel,
            plot: self.mapping(),
        }
    }

    /// Named x ticks: a tick mark and its text under the axis at each position.
    fn named_x_ticks(&self, ticks: &[(f64, String)]) -> DrawResult<(), DB> {
        let map = self.mapping();
        let tick = self.style.px(4.0);
        let text_style = self.style.font(
            SMALL_FONT,
            self.style.palette.text,
            Pos::new(HPos::Center, VPos::Top),
        );
        let columns: Vec<Option<i32>> = ticks
            .iter()
            .map(|(x, _)| self.pixel(*x, self.y.start).map(|(column, _)| column))
            .collect();
        for (i, (_, name)) in ticks.iter().enumerate() {
            let Some(px) = columns[i] else {
                continue;
            };
            // A name gets the room to its nearest neighbour (the whole width when alone).
            let neighbours = [i.checked_sub(1), Some(i + 1)];
            let room = neighbours
                .into_iter()
                .flatten()
                .filter_map(|j| columns.get(j).copied().flatten())
                .map(|other| (other - px).abs() - self.style.px(4.0))
                .min()
                .unwrap_or(map.right - map.left);
            let name = self.fit_text(name, room, &text_style);
            let bottom = map.bottom;
            self.stroke_px(
                &[(px, bottom), (px, bottom + tick)],
                self.style.stroke(self.style.palette.axis, 1.0),
            )?;
            self.write_px(&name, (px, bottom + tick + self.style.px(3.0)), &text_style)?;
        }
        Ok(())
    }

    /// `text`, shortened with "…" until it is at most `width` pixels wide (as the backend
    /// measures it).
    fn fit_text(&self, text: &str, width: i32, text_style: &TextStyle) -> String {
        let fits = |candidate: &str| {
            self.pixels
                .estimate_text_size(candidate, text_style)
                .map(|(w, _)| w as i32 <= width)
                .unwrap_or(true)
        };
        if fits(text) {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        (1..chars.len())
            .rev()
            .map(|n| chars[..n].iter().collect::<String>() + "…")
            .find(|candidate| fits(candidate))
            .unwrap_or_else(|| "…".to_string())
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

    /// A polyline in backend pixels, on whatever layer the caller draws.
    fn stroke_px(&self, points: &[(i32, i32)], stroke: ShapeStyle) -> DrawResult<(), DB> {
        let local: Vec<_> = points.iter().map(|&p| self.local(p)).collect();
        self.pixels.draw(&PathElement::new(local, stroke))?;
        Ok(())
    }

    /// A text at backend pixel `at`, anchored as `text_style` says, on whatever layer the
    /// caller draws.
    fn write_px(&self, text: &str, at: (i32, i32), text_style: &TextStyle) -> DrawResult<(), DB> {
        if text.is_empty() {
            return Ok(());
        }
        self.pixels.draw(&Text::new(
            text.to_string(),
            self.local(at),
            text_style.clone(),
        ))?;
        Ok(())
    }

    /// A curve through `points` (data coordinates), clipped to the plot, non-finite samples
    /// skipped; dashed curves are drawn in dashes.
    pub fn curve(
        &self,
        points: &[(f64, f64)],
        color: RGBColor,
        line: LineKind,
    ) -> DrawResult<(), DB> {
        if !self.style.layer.includes(Layer::Data) {
            return Ok(());
        }
        let stroke = self.style.stroke(color, 2.0);
        for run in clip_runs(points, &self.x, &self.y) {
            let run: Vec<(i32, i32)> = run
                .into_iter()
                .filter_map(|(x, y)| self.pixel(x, y))
                .map(|p| self.local(p))
                .collect();
            match line {
                LineKind::Solid => {
                    self.pixels.draw(&PathElement::new(run, stroke))?;
                }
                LineKind::Dashed => {
                    self.pixels.draw(&DashedPathElement::new(
                        run,
                        self.style.px(7.0),
                        self.style.px(5.0),
                        stroke,
                    ))?;
                }
            }
        }
        Ok(())
    }

    /// A horizontal line at data height `y` across the plot (nothing if `y` is off the plot).
    pub fn hline(&self, y: f64, color: RGBColor, line: LineKind) -> DrawResult<Option<i32>, DB> {
        if !(y.is_finite() && self.y.start <= y && y <= self.y.end) {
            return Ok(None);
        }
        let points = [(self.x.start, y), (self.x.end, y)];
        self.curve(&points, color, line)?;
        Ok(self.pixel(self.x.start, y).map(|(_, row)| row))
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
        let shown_y = y.clamp(self.y.start, self.y.end);
        let shown_x = x.clamp(self.x.start, self.x.end);
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

    /// A bar over [x_left, x_right] from 0 to `value`, with the value written beyond its end.
    /// An infinite value is a bar cut off with a zigzag near the plot's edge and labelled with
    /// `infinity`; NaN draws nothing. Returns the pixel of the bar's far end (top centre for a
    /// positive bar).
    #[allow(clippy::too_many_arguments)]
    pub fn bar(
        &self,
        x_left: f64,
        x_right: f64,
        value: f64,
        color: RGBColor,
        fill: BarFill,
        infinity: &str,
        show_value: bool,
    ) -> DrawResult<Option<(i32, i32)>, DB> {
        if value.is_nan() {
            return Ok(None);
        }
        let map = self.mapping();
        let baseline = 0.0_f64.clamp(self.y.start, self.y.end);
        let (Some((left, base_row)), Some((right, _))) =
            (self.pixel(x_left, baseline), self.pixel(x_right, baseline))
        else {
            return Ok(None);
        };
        let (left, right) = (left.min(right), left.max(right).max(left.min(right) + 1));
        let center = self
            .pixel((x_left + x_right) / 2.0, baseline)
            .map_or((left + right) / 2, |(column, _)| column);
        let value_style = |v: VPos| {
            self.style.font(
                SMALL_FONT,
                self.style.palette.text,
                Pos::new(HPos::Center, v),
            )
        };
        let gap = self.style.px(3.0);
        // Bars are part of the base drawing; the overlay only needs where they end.
        let draw = self.style.layer.includes(Layer::Data);

        if value.is_infinite() {
            let upward = value > 0.0;
            // The bar reaches most of the way from the zero line to the plot's edge, beyond
            // every finite bar (which stay within 1/BAR_HEADROOM of it).
            let room = if upward {
                base_row - map.top
            } else {
                map.bottom - base_row
            };
            let label = format_value(value, infinity);
            let infinity_style = self.style.font(
                LABEL_FONT * 1.25,
                self.style.palette.text,
                Pos::new(HPos::Center, VPos::Center),
            );
            let zig = self.style.px(4.0);
            let reach = ((f64::from(room) * INFINITE_BAR_REACH).round() as i32).max(2 * zig);
            let end_row = if upward {
                base_row - reach
            } else {
                base_row + reach
            };
            let outline = zigzag_bar(left, right, base_row, end_row, zig, self.style.px(5.0));
            let local: Vec<_> = outline.iter().map(|&p| self.local(p)).collect();
            if !draw {
                return Ok(Some((center, end_row)));
            }
            match fill {
                BarFill::Solid => self
                    .pixels
                    .draw(&Polygon::new(local.clone(), color.filled()))?,
                BarFill::Hatched => {
                    self.pixels
                        .draw(&Polygon::new(local.clone(), color.mix(0.15).filled()))?;
                    let (top, bottom) = if upward {
                        (end_row + zig, base_row)
                    } else {
                        (base_row, end_row - zig)
                    };
                    let inner = PixelRect {
                        left,
                        right,
                        top: top.min(bottom),
                        bottom: top.max(bottom),
                    };
                    for (a, b) in hatch_lines(inner, self.style.px(6.0)) {
                        self.stroke_px(&[a, b], self.style.stroke(color, 1.0))?;
                    }
                    let mut closed = local.clone();
                    closed.push(local[0]);
                    self.pixels
                        .draw(&PathElement::new(closed, self.style.stroke(color, 1.5)))?;
                }
            }
            self.infinity_tag(
                &label,
                &infinity_style,
                center,
                end_row,
                base_row,
                zig + gap,
            )?;
            return Ok(Some((center, end_row)));
        }

        let shown = value.clamp(self.y.start, self.y.end);
        let Some((_, end_row)) = self.pixel(x_left, shown) else {
            return Ok(None);
        };
        let rect = PixelRect {
            left,
            right,
            top: end_row.min(base_row),
            bottom: end_row.max(base_row),
        };
        if !draw {
            return Ok(Some((center, end_row)));
        }
        if rect.bottom > rect.top {
            let local = PixelRect {
                left: rect.left - self.base.0,
                right: rect.right - self.base.0,
                top: rect.top - self.base.1,
                bottom: rect.bottom - self.base.1,
            };
            draw_bar_rect(&self.pixels, &self.style, local, color, fill)?;
        }
        let text = format_value(value, infinity);
        let fits = self
            .pixels
            .estimate_text_size(&text, &value_style(VPos::Bottom))
            .map(|(w, _)| w as i32 <= right - left + 2 * gap)
            .unwrap_or(false);
        if show_value && fits {
            if value >= 0.0 {
                self.write_px(&text, (center, rect.top - gap), &value_style(VPos::Bottom))?;
            } else {
                self.write_px(&text, (center, rect.bottom + gap), &value_style(VPos::Top))?;
            }
        }
        Ok(Some((center, end_row)))
    }
}

impl<DB: DrawingBackend> Plot<'_, DB> {
    /// The ∞ label of a bar broken off at row `end` (its base at row `base`): on a tag in the
    /// background colour just inside the broken end, `inset` pixels from it, so it is readable
    /// on any fill and never leaves the plot; beyond the end when the bar is too short to hold
    /// it.
    fn infinity_tag(
        &self,
        label: &str,
        text_style: &TextStyle,
        center: i32,
        end: i32,
        base: i32,
        inset: i32,
    ) -> DrawResult<(), DB> {
        let (width, height) = self
            .pixels
            .estimate_text_size(label, text_style)
            .map_or((self.style.px(12.0), self.style.px(16.0)), |(w, h)| {
                (w as i32, h as i32)
            });
        let pad = self.style.px(3.0);
        let (tag_width, tag_height) = (width + 2 * pad, height + pad);
        let direction = if base > end { 1 } else { -1 };
        let fits_inside = (base - end).abs() >= tag_height + 2 * inset;
        let near_edge = if fits_inside {
            end + direction * inset
        } else {
            end - direction * inset
        };
        let far_edge = if fits_inside {
            near_edge + direction * tag_height
        } else {
            near_edge - direction * tag_height
        };
        let (top, bottom) = (near_edge.min(far_edge), near_edge.max(far_edge));
        let corners = [
            self.local((center - tag_width / 2, top)),
            self.local((center + tag_width / 2, bottom)),
        ];
        self.pixels.draw(&Rectangle::new(
            corners,
            self.style.palette.background.filled(),
        ))?;
        self.write_px(label, (center, (top + bottom) / 2), text_style)
    }
}

/// The outline of a bar from row `base` to row `end` whose far edge is a zigzag (the bar is
/// "broken off"): teeth `tooth` pixels wide and `amplitude` high, between columns left..right.
pub(crate) fn zigzag_bar(
    left: i32,
    right: i32,
    base: i32,
    end: i32,
    amplitude: i32,
    tooth: i32,
) -> Vec<(i32, i32)> {
    // The zigzag dips towards the baseline, so the bar's extreme point is `end`.
    let toward_base = if base > end { amplitude } else { -amplitude };
    let mut outline = vec![(left, base), (left, end)];
    let half = (tooth / 2).max(1);
    let mut x = left;
    let mut low = true;
    while x + half < right {
        x += half;
        outline.push((x, if low { end + toward_base } else { end }));
        low = !low;
    }
    outline.push((right, end));
    outline.push((right, base));
    outline
}

/// One abscissa per pixel column over [start, end]: `columns + 1` evenly spaced values including
/// both ends (at least 2), so a curve is as smooth as the screen can show and no smoother.
pub(crate) fn sample_columns(start: f64, end: f64, columns: i32) -> impl Iterator<Item = f64> {
    let n = columns.max(1);
    (0..=n).map(move |i| start + (end - start) * f64::from(i) / f64::from(n))
}
