//! Bars: solid or hatched, cut off with a zigzag and the ∞ label when infinite, with their value
//! written beyond their end.
//!
//! Hatching and the zigzag are geometry plotters does not do for us, so they are done here in
//! backend pixels.

use plotters::coord::Shift;
use plotters::element::PathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::format::format_value;
use super::plot::Plot;
use super::style::{LABEL_FONT, SMALL_FONT};
use super::{DrawResult, Layer, Style};
use crate::math::clamp;

/// The share of the room between the zero line and the plot's edge an infinite bar reaches;
/// finite bars stay within 1/BAR_HEADROOM of it.
const INFINITE_BAR_REACH: f64 = 0.88;

/// How a bar is filled, so that P and Q differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BarFill {
    /// Filled with the colour.
    Solid,
    /// A light tint, diagonal hatching and an outline in the colour.
    Hatched,
}

/// A rectangle in pixels of some drawing area (left < right, top < bottom).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PixelRect {
    /// The left column.
    pub left: i32,
    /// The right column.
    pub right: i32,
    /// The top row.
    pub top: i32,
    /// The bottom row.
    pub bottom: i32,
}

/// A filled or hatched rectangle.
pub(super) fn draw_bar_rect<DB: DrawingBackend>(
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

/// Bars on a plot.
impl<DB: DrawingBackend> Plot<'_, DB> {
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
        let baseline = clamp(0.0_f64, self.y.start, self.y.end);
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

        let shown = clamp(value, self.y.start, self.y.end);
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
