//! `batch-losses`: one bar per sample of a batch and the batch loss (their mean) as a line.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{bar_value_range, held_or_tight, Axes, XTicks};
use super::bars::BarFill;
use super::format::format_value;
use super::legend::{with_legend, LegendEntry, Swatch};
use super::marks::{Mark, MarkKind};
use super::plot::{LineKind, Plot};
use super::DrawResult;
use super::{Layer, Style};
use crate::math::Unit;

/// The per-sample losses of a batch and their mean.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchLosses {
    /// Sample j's loss, in `unit` (e.g. from `math::sample_cross_entropies`); may be +∞.
    pub losses: Vec<f64>,
    /// The batch loss, the mean of `losses` (from `math::batch_cross_entropy` or the chosen
    /// reduction), in `unit`; may be +∞.
    pub mean: f64,
    /// The unit the values are in (the chart draws them as given).
    pub unit: Unit,
    /// The chart's text.
    pub labels: BatchLossesLabels,
    /// The value axis the chart showed before, kept while it still fits the bars (see
    /// [`crate::charts::Figure::holding_axes_of`]); `None` draws the tightest axis.
    pub held_axis: Option<Range<f64>>,
}

impl BatchLosses {
    /// The value axis this figure draws: the held one if it still fits, else the tightest.
    pub(crate) fn value_axis(&self) -> Range<f64> {
        let values = self.losses.iter().copied().chain([self.mean]);
        held_or_tight(self.held_axis.as_ref(), bar_value_range(values))
    }
}

/// The text of the batch chart, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchLossesLabels {
    /// The x axis title, e.g. "sample" (bars are numbered 1..m under it).
    pub x_axis: String,
    /// The y axis title with the unit, e.g. "loss (nats)".
    pub y_axis: String,
    /// The name of the mean line, e.g. "batch loss (mean)"; written as "<mean> = <value>".
    pub mean: String,
    /// The infinity label, "∞".
    pub infinity: String,
}

/// Draws a bar per sample (numbered from 1, the value above it; an infinite loss is a bar broken
/// off at the top with ∞) and the mean as a dashed line, named with its value in the legend
/// (an infinite mean has no line, only the legend's ∞).
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &BatchLosses,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let labels = &data.labels;
    let palette = style.palette;
    // The mean is named with its value in the legend, where it never covers a bar.
    let mean_text = format!(
        "{} = {}",
        labels.mean,
        format_value(data.mean, &labels.infinity)
    );
    let legend = [LegendEntry {
        name: &mean_text,
        swatch: Swatch::Line {
            color: palette.accent,
            line: LineKind::Dashed,
            marker: None,
        },
    }];
    // The legend writes the current mean, so it is a mark: the frame stays put under a slider.
    let body = with_legend(area, style, &legend, Layer::Marks)?;
    let samples = data.losses.len();
    let ticks = (0..samples)
        .map(|j| (j as f64, (j + 1).to_string()))
        .collect();
    let plot = Plot::new(
        &body,
        style,
        Axes {
            x: -0.5..(samples.max(1) as f64 - 0.5),
            y: data.value_axis(),
            x_desc: &labels.x_axis,
            y_desc: &labels.y_axis,
            x_ticks: XTicks::Named(ticks),
        },
    )?;
    let mut marks = Vec::new();
    // Bars are narrower when there are few samples, so one sample does not fill the plot.
    let half_width = if samples <= 2 { 0.25 } else { 0.35 };
    for (index, &loss) in data.losses.iter().enumerate() {
        let center = index as f64;
        if let Some(pixel) = plot.bar(
            center - half_width,
            center + half_width,
            loss,
            palette.cross_entropy,
            BarFill::Solid,
            &labels.infinity,
            true,
        )? {
            let kind = MarkKind::Bar { series: 0, index };
            marks.push(plot.mark(kind, (center, loss), pixel));
        }
    }

    let x_start = plot.x_range().start;
    if let Some(row) = plot.hline(data.mean, palette.accent, LineKind::Dashed)? {
        let left = plot.mapping().left;
        marks.push(plot.mark(MarkKind::Mean, (x_start, data.mean), (left, row)));
    }
    Ok(marks)
}
