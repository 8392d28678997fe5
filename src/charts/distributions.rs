//! `distributions`: P and Q as bars side by side per outcome (top panel), and each outcome's
//! contribution to H(P), H(P, Q) and KL(P||Q) as grouped bars (bottom panel). The entropy view
//! uses it with no Q and only the H(P) contributions.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::axes::{bar_value_range, held_or_tight, Axes, XTicks};
use super::bars::BarFill;
use super::legend::{with_legend, LegendEntry, Swatch};
use super::marks::{Mark, MarkKind};
use super::plot::Plot;
use super::DrawResult;
use super::{Layer, Palette, Style};
use crate::math::{cross_entropy_terms, entropy_terms, kl_terms, Unit};

/// A quantity whose per-outcome terms the bottom panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contribution {
    /// p_i * -log p_i, the terms of H(P) (`math::entropy_terms`).
    Entropy,
    /// p_i * -log q_i, the terms of H(P, Q) (`math::cross_entropy_terms`); needs Q.
    CrossEntropy,
    /// p_i log(p_i / q_i), the terms of KL(P||Q) (`math::kl_terms`), which may be negative;
    /// needs Q.
    KlDivergence,
}

/// One series of the bottom panel: which quantity, and its name in the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct ContributionSeries {
    /// The quantity; its terms are computed from `p` and `q` by `crate::math` in the figure's
    /// unit, so the bars always agree with the readouts.
    pub quantity: Contribution,
    /// The legend name, e.g. "H(P, Q)".
    pub name: String,
}

/// A distribution P, optionally a second one Q, and the contributions to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Distributions {
    /// The outcomes' names, one per entry of `p` (missing names are numbered from 1).
    pub outcomes: Vec<String>,
    /// The distribution P.
    pub p: Vec<f64>,
    /// The distribution Q over the same outcomes, if the view has one.
    pub q: Option<Vec<f64>>,
    /// The series of the bottom panel, in the order they are drawn in each group; empty for no
    /// bottom panel. Series that need Q are skipped without it, and a series whose inputs are
    /// not distributions of equal length is skipped as well.
    pub contributions: Vec<ContributionSeries>,
    /// The unit of the contributions.
    pub unit: Unit,
    /// The chart's text.
    pub labels: DistributionsLabels,
    /// The contributions' value axis the chart showed before, kept while it still fits the
    /// bars (see [`crate::charts::Figure::holding_axes_of`]); `None` draws the tightest axis.
    pub held_axis: Option<Range<f64>>,
}

impl Distributions {
    /// The series of the bottom panel that can be computed, each with its terms.
    fn contribution_terms(&self) -> Vec<(&ContributionSeries, Vec<f64>)> {
        self.contributions
            .iter()
            .filter_map(|s| {
                terms(s.quantity, &self.p, self.q.as_deref(), self.unit).map(|t| (s, t))
            })
            .collect()
    }

    /// The value axis of the bottom panel, given its series' terms: the held one if it still
    /// fits, else the tightest.
    fn axis_of(&self, series: &[(&ContributionSeries, Vec<f64>)]) -> Range<f64> {
        let values = series.iter().flat_map(|(_, t)| t.iter().copied());
        held_or_tight(self.held_axis.as_ref(), bar_value_range(values))
    }

    /// The value axis of the bottom panel, if there is one.
    pub(crate) fn contribution_axis(&self) -> Option<Range<f64>> {
        let series = self.contribution_terms();
        (!series.is_empty()).then(|| self.axis_of(&series))
    }
}

/// The text of the distributions chart, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct DistributionsLabels {
    /// The x axis title of the bottom (or only) panel, e.g. "outcome".
    pub outcome_axis: String,
    /// The y axis title of the top panel, e.g. "probability".
    pub probability_axis: String,
    /// The y axis title of the bottom panel with the unit, e.g. "contribution (nats)".
    pub contribution_axis: String,
    /// The legend name of P.
    pub p: String,
    /// The legend name of Q.
    pub q: String,
    /// The infinity label, "∞".
    pub infinity: String,
}

/// The share of an outcome's slot its group of bars takes.
const GROUP_WIDTH: f64 = 0.8;

/// Draws the two panels. P's bars are solid, Q's hatched (so they differ by more than colour);
/// in the bottom panel H(P) terms take P's colour, H(P, Q) terms the cross-entropy colour
/// (hatched) and KL terms the accent colour. Negative KL terms hang below the zero line, and an
/// infinite term is a bar broken off at the top with ∞.
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &Distributions,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let palette = style.palette;
    let labels = &data.labels;
    let outcomes = data.p.len();
    let ticks: Vec<(f64, String)> = (0..outcomes)
        .map(|i| {
            let name = data.outcomes.get(i).cloned();
            (i as f64, name.unwrap_or_else(|| (i + 1).to_string()))
        })
        .collect();
    let x_range = -0.5..(outcomes.max(1) as f64 - 0.5);

    let series = data.contribution_terms();
    let (top_area, bottom_area) = if series.is_empty() {
        (area.clone(), None)
    } else {
        let (_, height) = area.dim_in_pixel();
        let (top, bottom) = area.split_vertically(height / 2);
        (top, Some(bottom))
    };

    let mut marks = Vec::new();

    // Top panel: P and Q per outcome.
    let mut legend = vec![LegendEntry {
        name: &labels.p,
        swatch: Swatch::Bar {
            color: palette.p,
            fill: BarFill::Solid,
        },
    }];
    if data.q.is_some() {
        legend.push(LegendEntry {
            name: &labels.q,
            swatch: Swatch::Bar {
                color: palette.q,
                fill: BarFill::Hatched,
            },
        });
    }
    let body = with_legend(&top_area, style, &legend, Layer::Frame)?;
    let plot = Plot::new(
        &body,
        style,
        Axes {
            x: x_range.clone(),
            y: 0.0..1.15,
            // The outcome axis is titled once, under the bottom panel, when there is one.
            x_desc: if bottom_area.is_some() {
                ""
            } else {
                &labels.outcome_axis
            },
            y_desc: &labels.probability_axis,
            x_ticks: XTicks::Named(ticks.clone()),
        },
    )?;
    let mut bars = vec![(data.p.as_slice(), palette.p, BarFill::Solid)];
    if let Some(q) = &data.q {
        bars.push((q.as_slice(), palette.q, BarFill::Hatched));
    }
    let slots = bars.len();
    for (series_index, (values, color, fill)) in bars.into_iter().enumerate() {
        for (index, &value) in values.iter().enumerate().take(outcomes) {
            let (left, right) = slot(index, series_index, slots);
            if let Some(pixel) =
                plot.bar(left, right, value, color, fill, &labels.infinity, true)?
            {
                let kind = MarkKind::Bar {
                    series: series_index,
                    index,
                };
                marks.push(plot.mark(kind, (index as f64, value), pixel));
            }
        }
    }

    // Bottom panel: the contributions.
    if let Some(bottom_area) = bottom_area {
        let legend: Vec<LegendEntry> = series
            .iter()
            .map(|(s, _)| {
                let (color, fill) = look(s.quantity, &palette);
                LegendEntry {
                    name: &s.name,
                    swatch: Swatch::Bar { color, fill },
                }
            })
            .collect();
        let body = with_legend(&bottom_area, style, &legend, Layer::Frame)?;
        let plot = Plot::new(
            &body,
            style,
            Axes {
                x: x_range,
                y: data.axis_of(&series),
                x_desc: &labels.outcome_axis,
                y_desc: &labels.contribution_axis,
                x_ticks: XTicks::Named(ticks),
            },
        )?;
        plot.hline(0.0, palette.axis, super::plot::LineKind::Solid)?;
        let slots = series.len();
        for (series_index, (s, values)) in series.iter().enumerate() {
            let (color, fill) = look(s.quantity, &palette);
            for (index, &value) in values.iter().enumerate() {
                let (left, right) = slot(index, series_index, slots);
                if let Some(pixel) =
                    plot.bar(left, right, value, color, fill, &labels.infinity, true)?
                {
                    let kind = MarkKind::Contribution {
                        series: series_index,
                        index,
                    };
                    marks.push(plot.mark(kind, (index as f64, value), pixel));
                }
            }
        }
    }
    Ok(marks)
}

/// The x extent of bar `series` of `slots` in the group of outcome `index`.
fn slot(index: usize, series: usize, slots: usize) -> (f64, f64) {
    let width = GROUP_WIDTH / slots.max(1) as f64;
    let left = index as f64 - GROUP_WIDTH / 2.0 + series as f64 * width;
    // A small gap between neighbouring bars of a group.
    (left + width * 0.05, left + width * 0.95)
}

/// The colour and fill of a contribution series.
fn look(quantity: Contribution, palette: &Palette) -> (RGBColor, BarFill) {
    match quantity {
        Contribution::Entropy => (palette.p, BarFill::Solid),
        Contribution::CrossEntropy => (palette.cross_entropy, BarFill::Hatched),
        Contribution::KlDivergence => (palette.accent, BarFill::Solid),
    }
}

/// The terms of `quantity` in `unit`, or `None` when it cannot be computed (no Q, or inputs that
/// are not distributions of equal length).
fn terms(quantity: Contribution, p: &[f64], q: Option<&[f64]>, unit: Unit) -> Option<Vec<f64>> {
    match (quantity, q) {
        (Contribution::Entropy, _) => entropy_terms(p, unit).ok(),
        (Contribution::CrossEntropy, Some(q)) => cross_entropy_terms(p, q, unit).ok(),
        (Contribution::KlDivergence, Some(q)) => kl_terms(p, q, unit).ok(),
        (_, None) => None,
    }
}
