//! Legends: rows of entries above the plot, each a swatch (a line with its marker, or a bar)
//! and a name.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::bars::{draw_bar_rect, BarFill, PixelRect};
use super::marks::{draw_marker_at, MarkerShape};
use super::plot::LineKind;
use super::style::LABEL_FONT;
use super::{DrawResult, Layer, Style};

/// What a legend entry shows next to its name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Swatch {
    /// A short stretch of a curve, with the curve's marker on it if it has one.
    Line {
        color: RGBColor,
        line: LineKind,
        marker: Option<MarkerShape>,
    },
    /// A small square filled as the series' bars are.
    Bar { color: RGBColor, fill: BarFill },
}

/// One legend entry.
pub(crate) struct LegendEntry<'s> {
    /// The series' name, already translated.
    pub name: &'s str,
    /// What stands for the series.
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
