//! `race`: the training race, gradient descent from the same logits with cross-entropy and with
//! squared error; the true class's probability per step for both runs, replayed step by step.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{Axes, XTicks};
use super::format::{format_value, tick_label};
use super::legend::{with_legend, LegendEntry, Swatch};
use super::marks::{Mark, MarkKind, MarkerShape};
use super::plot::{LineKind, Plot};
use super::style::SMALL_FONT;
use super::DrawResult;
use super::{Layer, Style};
use crate::math::{Race, RACE_TARGET};

/// Both runs of the race and how much of them to show.
#[derive(Clone, Debug, PartialEq)]
pub struct RaceFigure {
    /// The cross-entropy run (`math::training_race(.., RaceLoss::CrossEntropy)`).
    pub cross_entropy: Race,
    /// The squared-error run (`math::training_race(.., RaceLoss::SquaredError)`).
    pub squared_error: Race,
    /// Steps shown so far (the animation advances it; `usize::MAX` shows everything). The axes
    /// are those of the whole race, so they stay still while the animation plays.
    pub shown_steps: usize,
    /// The chart's text.
    pub labels: RaceLabels,
}

/// The text of the race chart, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct RaceLabels {
    /// The x axis title, e.g. "gradient steps".
    pub x_axis: String,
    /// The y axis title, e.g. "probability of the true class".
    pub y_axis: String,
    /// The legend name of the cross-entropy run.
    pub cross_entropy: String,
    /// The legend name of the squared-error run.
    pub squared_error: String,
    /// The name of the target line, written as "<target> = 0.9".
    pub target: String,
    /// The infinity label, "∞", written at the end of a run that hit the step cap.
    pub infinity: String,
}

/// How the step axis is drawn.
///
/// A race can take from 0 to 10,000 steps per run, and the interesting case is the lopsided one
/// (CE done in a few steps, MSE in thousands). On a linear axis up to 10,000 the CE run would be
/// a vertical line at 0, so beyond [`StepAxis::LINEAR_LIMIT`] steps the axis becomes
/// logarithmic: step s is drawn at log10(1 + s), so step 0 stays at the origin, and the ticks
/// are at steps 0, 1, 10, 100, 1000, 10000, labelled with the step numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepAxis {
    /// Steps 0..=n on a linear axis.
    Linear,
    /// Steps at log10(1 + s).
    Logarithmic,
}

/// Where a linear step axis may end: whole steps for ticks, and few enough ends that a dragged
/// logit, which moves a run's finish a step or two per move, seldom changes the frame.
const LINEAR_AXIS_ENDS: [usize; 4] = [10, 20, 50, StepAxis::LINEAR_LIMIT];

/// The step the axis ends at for a race whose longer run takes `longest` steps: the first of
/// [`LINEAR_AXIS_ENDS`] that holds it, or on a logarithmic axis its next tick, a power of ten.
/// The race itself decides it, so a link shows the axis a drag left.
fn axis_end(longest: usize) -> usize {
    match StepAxis::for_steps(longest) {
        StepAxis::Linear => LINEAR_AXIS_ENDS.into_iter().find(|&end| end >= longest),
        StepAxis::Logarithmic => {
            std::iter::successors(Some(1_usize), |s| s.checked_mul(10)).find(|&s| s >= longest)
        }
    }
    .unwrap_or(longest)
}

impl StepAxis {
    /// The longest race (in steps) still drawn on a linear axis.
    pub const LINEAR_LIMIT: usize = 100;

    /// The axis for a race whose longer run takes `steps` steps.
    pub fn for_steps(steps: usize) -> StepAxis {
        if steps <= StepAxis::LINEAR_LIMIT {
            StepAxis::Linear
        } else {
            StepAxis::Logarithmic
        }
    }

    /// The x coordinate of step `step`: s, or log10(1 + s).
    pub fn position(self, step: usize) -> f64 {
        match self {
            StepAxis::Linear => step as f64,
            StepAxis::Logarithmic => (1.0 + step as f64).log10(),
        }
    }
}

impl RaceFigure {
    /// The number of steps of the longer run (each run records its start and every step).
    pub fn longest(&self) -> usize {
        let steps = |race: &Race| race.probability_true.len().saturating_sub(1);
        steps(&self.cross_entropy).max(steps(&self.squared_error))
    }

    /// The step axis this race is drawn on.
    pub fn step_axis(&self) -> StepAxis {
        StepAxis::for_steps(self.longest())
    }
}

/// Draws both runs' true-class probability per step up to `shown_steps` (CE solid, MSE dashed),
/// the 0.9 target as a dashed line, and each run's finish (the step where it reaches the target)
/// as a marker with its step count and a drop line to the axis; a run that hit the step cap ends
/// in ∞. The curves are thinned to one point per pixel column.
pub(crate) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &RaceFigure,
    style: &Style,
) -> DrawResult<Vec<Mark>, DB> {
    style.fill_background(area)?;
    let palette = style.palette;
    let labels = &data.labels;
    let target_text = format!("{} = {}", labels.target, tick_label(&RACE_TARGET));
    let legend = [
        LegendEntry {
            name: &labels.cross_entropy,
            swatch: Swatch::Line {
                color: palette.cross_entropy,
                line: LineKind::Solid,
                marker: Some(MarkerShape::Circle),
            },
        },
        LegendEntry {
            name: &labels.squared_error,
            swatch: Swatch::Line {
                color: palette.squared_error,
                line: LineKind::Dashed,
                marker: Some(MarkerShape::Square),
            },
        },
        LegendEntry {
            name: &target_text,
            swatch: Swatch::Line {
                color: palette.accent,
                line: LineKind::Dashed,
                marker: None,
            },
        },
    ];
    let body = with_legend(area, style, &legend, Layer::Frame)?;
    let longest = data.longest().max(1);
    let axis = StepAxis::for_steps(longest);
    let axis_end = axis_end(longest);
    let x_ticks = match axis {
        StepAxis::Linear => XTicks::Numeric,
        StepAxis::Logarithmic => XTicks::Named(
            std::iter::once(0)
                .chain(std::iter::successors(Some(1_usize), |s| s.checked_mul(10)))
                .take_while(|&s| s <= axis_end)
                .map(|s| (axis.position(s), s.to_string()))
                .collect(),
        ),
    };
    let plot = Plot::new(
        &body,
        style,
        Axes {
            x: 0.0..axis.position(axis_end),
            y: 0.0..1.0,
            x_desc: &labels.x_axis,
            y_desc: &labels.y_axis,
            x_ticks,
        },
    )?;
    plot.hline(RACE_TARGET, palette.accent, LineKind::Dashed)?;

    let runs = [
        (
            &data.cross_entropy,
            palette.cross_entropy,
            LineKind::Solid,
            MarkerShape::Circle,
            MarkKind::CrossEntropyFinish,
        ),
        (
            &data.squared_error,
            palette.squared_error,
            LineKind::Dashed,
            MarkerShape::Square,
            MarkKind::SquaredErrorFinish,
        ),
    ];
    let mut marks = Vec::new();
    for (run, color, line, shape, kind) in runs {
        let last = run.probability_true.len().saturating_sub(1);
        let shown = data.shown_steps.min(last);
        let points = thinned(
            &plot,
            axis,
            &run.probability_true[..run.probability_true.len().min(shown + 1)],
        );
        plot.curve(&points, color, line)?;
        match run.steps_to_target {
            Some(step) if step <= shown => {
                let Some(&probability) = run.probability_true.get(step) else {
                    continue;
                };
                let x = axis.position(step);
                if let Some(pixel) = plot.marker(x, probability, color, shape)? {
                    let bottom = plot.mapping().bottom;
                    plot.line_px(
                        &[(pixel.0, pixel.1), (pixel.0, bottom)],
                        style.stroke(color, 1.0),
                    )?;
                    // Above the finish, between the target line and 1, where no run goes:
                    // both stop on reaching the target.
                    let map = plot.mapping();
                    let h = if pixel.0 + style.px(12.0) > map.right {
                        HPos::Right
                    } else {
                        HPos::Center
                    };
                    let text_style = style.font(SMALL_FONT, color, Pos::new(h, VPos::Bottom));
                    let at = (pixel.0, pixel.1 - style.px(8.0));
                    plot.text_px(&step.to_string(), at, &text_style)?;
                    marks.push(plot.mark(kind, (x, probability), pixel));
                }
            }
            None if shown == last && last > 0 => {
                // The cap came first: the run ends unfinished, marked ∞ at its last point.
                let probability = run.probability_true[last];
                if let Some(pixel) = plot.pixel(axis.position(last), probability) {
                    let text_style =
                        style.font(SMALL_FONT, color, Pos::new(HPos::Right, VPos::Bottom));
                    let at = (pixel.0 - style.px(4.0), pixel.1 - style.px(6.0));
                    plot.text_px(
                        &format_value(f64::INFINITY, &labels.infinity),
                        at,
                        &text_style,
                    )?;
                }
            }
            _ => {}
        }
    }
    Ok(marks)
}

/// The run's points (step position, probability), keeping one per pixel column (the first to
/// land in it) plus the last, so a 10,000-step run is drawn with as many points as the plot is
/// wide. Non-finite probabilities are left out.
fn thinned<DB: DrawingBackend>(
    plot: &Plot<'_, DB>,
    axis: StepAxis,
    probabilities: &[f64],
) -> Vec<(f64, f64)> {
    let mut points = Vec::new();
    let mut last_column = None;
    for (step, &probability) in probabilities.iter().enumerate() {
        if !probability.is_finite() {
            continue;
        }
        let x = axis.position(step);
        let column = plot.pixel(x, probability).map(|(column, _)| column);
        let is_last = step + 1 == probabilities.len();
        if column != last_column || is_last {
            points.push((x, probability));
            last_column = column;
        }
    }
    points
}
