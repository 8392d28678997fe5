//! The plot: a frame (axes, grid, ticks, axis titles) drawn by hand, its linear map from data
//! to backend pixels, and the curves and lines drawn on it.
//!
//! plotters itself does not clip curves, so no curve point is handed to it that lies outside the
//! plot (see [`super::clip`]).

use std::ops::Range;

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{nice_ticks, safe_range, Axes, XTicks};
use super::clip::clip_runs;
use super::format::tick_label;
use super::style::{LABEL_FONT, SMALL_FONT};
use super::{DrawResult, Layer, Style};
use crate::math::clamp;

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

/// How a curve is stroked, so that two curves differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// An unbroken line.
    Solid,
    /// Dashes (the squared-error curves).
    Dashed,
}

/// A plot: a frame (axes, grid, ticks, titles) drawn by hand on the area, with its linear map
/// from data to backend pixels.
///
/// plotters' ChartBuilder and mesh would do the same, but their generic machinery is a large
/// share of the wasm bundle; the frame needs only lines and text.
pub(crate) struct Plot<'a, DB: DrawingBackend> {
    /// How the plot is drawn, and which layer of it.
    pub style: Style,
    /// The whole area the plot was built on, for pixel-space drawing (offset by `base`).
    /// Markers and labels at the plot's edge may reach into the margins; drawing them on the
    /// plotting area alone would cut them off.
    pub(super) pixels: DrawingArea<DB, Shift>,
    /// The backend pixel of `pixels`' top-left corner.
    pub(super) base: (i32, i32),
    /// The x axis range in data units (finite and not empty).
    pub(super) x: Range<f64>,
    /// The y axis range in data units (finite and not empty).
    pub(super) y: Range<f64>,
    /// The plotting rectangle in backend pixels.
    pub(super) frame: PlotMapping,
    /// Ties the plot to the area it was built on.
    area: std::marker::PhantomData<&'a ()>,
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
        let y_labels = clamp(css(height) / 30.0 - 2.0, 3.0, 6.0) as usize;
        let x_labels = clamp(css(width) / 60.0, 3.0, 8.0) as usize;
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
    pub(super) fn local(&self, (x, y): (i32, i32)) -> (i32, i32) {
        (x - self.base.0, y - self.base.1)
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

    /// A polyline in backend pixels, on whatever layer the caller draws.
    pub(super) fn stroke_px(
        &self,
        points: &[(i32, i32)],
        stroke: ShapeStyle,
    ) -> DrawResult<(), DB> {
        let local: Vec<_> = points.iter().map(|&p| self.local(p)).collect();
        self.pixels.draw(&PathElement::new(local, stroke))?;
        Ok(())
    }

    /// A text at backend pixel `at`, anchored as `text_style` says, on whatever layer the
    /// caller draws.
    pub(super) fn write_px(
        &self,
        text: &str,
        at: (i32, i32),
        text_style: &TextStyle,
    ) -> DrawResult<(), DB> {
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
}
