//! The course's charts: one drawing function per chart, generic over plotters' `DrawingBackend`.
//!
//! The same function draws on the page's canvas (recorded, then painted through
//! [`canvas_ops`]), on an SVG string for the SVG export ([`Figure::to_svg`]) and in host tests.
//! Every chart takes its data and its already translated text in one struct, and its colours,
//! font scale and stroke widths from a [`Style`]. Every number a chart shows comes from
//! `crate::math`; the charts only place it.
//!
//! All charts follow the same rules: the background is filled with the palette's background, no
//! non-finite coordinate is ever drawn (non-finite samples are skipped, infinite values are drawn
//! as a cut-off bar or a marker pinned to the top edge with the ∞ label), and no valid input
//! panics.
//!
//! Where things are: each chart has its own module (`neg_log`, `race`, ...). What they share is
//! split by concern: [`Style`] and the palettes in `style`, number formatting in `format`, axis
//! ranges and ticks in `axes`, the plot frame and its curves in `plot`, sampling and clipping
//! curves in `clip`, marked points and markers in `marks`, bars in `bars`, legends in `legend`.
//! Drawing on screen goes through `backend` (one erased backend, and recordings of each layer),
//! `repaint` (which layer canvas to paint again, and what of it to clear) and `canvas_ops` (a
//! recording as canvas calls).

// What every chart draws with.
mod axes;
mod backend;
mod bars;
mod canvas_ops;
mod clip;
mod format;
mod legend;
mod marks;
mod plot;
mod repaint;
mod style;
mod svg;

// The charts, one module each.
mod batch_losses;
mod binary_entropy;
mod distributions;
mod gradient_vs_logit;
mod kl_asymmetry;
mod loss_vs_logit;
mod loss_vs_probability;
mod neg_log;
mod race;

pub use backend::{
    estimated_text_size, AnyBackend, BackendError, DrawCall, ErasedBackend, Recording,
};
pub use batch_losses::{BatchLosses, BatchLossesLabels};
pub use binary_entropy::{BinaryEntropyCurve, BinaryEntropyLabels};
pub use canvas_ops::{canvas_ops, canvas_ops_continuing, css_color, CanvasOp, ContextState};
pub use distributions::{Contribution, ContributionSeries, Distributions, DistributionsLabels};
pub use format::format_value;
pub use gradient_vs_logit::GradientVsLogit;
pub use kl_asymmetry::{KlAsymmetry, KlAsymmetryLabels};
pub use loss_vs_logit::LossVsLogit;
pub use loss_vs_probability::{LossCurveLabels, LossVsProbability};
pub use marks::{Mark, MarkKind};
pub use neg_log::{NegLog, NegLogLabels};
pub use plot::PlotMapping;
pub use race::{RaceFigure, RaceLabels, StepAxis};
pub use repaint::{ClearRect, LayerRepaint, PaintedLayers, RepaintPass};
pub use style::{Layer, Palette, Style};
use svg::SvgWriter;

use plotters::coord::Shift;
use plotters::prelude::*;

/// The result of a drawing step on backend `DB`.
pub(crate) type DrawResult<T, DB> =
    Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// What a figure's frame and data layers are drawn from: see [`Figure::backdrop_key`].
#[derive(Clone, Debug, PartialEq)]
pub struct BackdropKey {
    chart: &'static str,
    /// Finite numbers only, so that equal keys compare equal.
    numbers: Vec<f64>,
    text: Vec<String>,
}

/// Draws a figure on the app's erased backend and returns its marks: what a `Chart` is given
/// with its figure. Each lesson hands over the drawer of the charts it makes ([`drawers`]), so
/// a lesson's chunk carries its own charts' drawing code only; [`Figure::draw_marked`] matches
/// every kind, and would put all of them in the code every lesson loads.
pub type Drawer = fn(
    &Figure,
    &DrawingArea<AnyBackend<'_>, Shift>,
    &Style,
) -> Result<Vec<Mark>, DrawingAreaErrorKind<BackendError>>;

/// The [`Drawer`] of each kind of chart. Given a figure of another kind, it draws nothing and
/// fails with a layout error, which the chart logs: a lesson that hands over the wrong drawer
/// shows up in every end-to-end test's console check.
pub mod drawers {
    use super::*;

    macro_rules! drawers {
        ($( $(#[doc = $doc:literal])* $name:ident => $variant:ident, $module:ident; )*) => {
            $(
                $(#[doc = $doc])*
                pub fn $name(
                    figure: &Figure,
                    area: &DrawingArea<AnyBackend<'_>, Shift>,
                    style: &Style,
                ) -> Result<Vec<Mark>, DrawingAreaErrorKind<BackendError>> {
                    match figure {
                        Figure::$variant(data) => $module::draw(area, data, style),
                        _ => Err(DrawingAreaErrorKind::LayoutError),
                    }
                }
            )*
        };
    }

    drawers! {
        /// `neg-log`.
        neg_log => NegLog, neg_log;
        /// `binary-entropy`.
        binary_entropy => BinaryEntropy, binary_entropy;
        /// `distributions`.
        distributions => Distributions, distributions;
        /// `kl-asymmetry`.
        kl_asymmetry => KlAsymmetry, kl_asymmetry;
        /// `loss-vs-probability`.
        loss_vs_probability => LossVsProbability, loss_vs_probability;
        /// `loss-vs-logit`.
        loss_vs_logit => LossVsLogit, loss_vs_logit;
        /// `gradient-vs-logit`.
        gradient_vs_logit => GradientVsLogit, gradient_vs_logit;
        /// `race`.
        race => Race, race;
        /// `batch-losses`.
        batch_losses => BatchLosses, batch_losses;
    }

    /// Every kind: for tests and tools, which draw any figure (never for a lesson's `Chart`).
    pub fn any(
        figure: &Figure,
        area: &DrawingArea<AnyBackend<'_>, Shift>,
        style: &Style,
    ) -> Result<Vec<Mark>, DrawingAreaErrorKind<BackendError>> {
        figure.draw_marked(area, style)
    }
}

/// One chart of the course with its data: what a `Chart` component holds and redraws.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// `neg-log`: the information content -log p.
    NegLog(NegLog),
    /// `binary-entropy`: H(p) of a two-outcome distribution.
    BinaryEntropy(BinaryEntropyCurve),
    /// `distributions`: P and Q side by side and each outcome's contributions.
    Distributions(Distributions),
    /// `kl-asymmetry`: KL(P||Q) beside KL(Q||P).
    KlAsymmetry(KlAsymmetry),
    /// `loss-vs-probability`: CE and MSE against the true class's probability.
    LossVsProbability(LossVsProbability),
    /// `loss-vs-logit`: CE and squared error against the true class's logit.
    LossVsLogit(LossVsLogit),
    /// `gradient-vs-logit`: the derivatives of both losses with respect to that logit.
    GradientVsLogit(GradientVsLogit),
    /// `race`: the training race of CE against MSE.
    Race(RaceFigure),
    /// `batch-losses`: one bar per sample and the batch mean.
    BatchLosses(BatchLosses),
}

impl Figure {
    /// The chart's name in the page contract (`data-chart`), e.g. `neg-log`.
    pub fn name(&self) -> &'static str {
        match self {
            Figure::NegLog(_) => "neg-log",
            Figure::BinaryEntropy(_) => "binary-entropy",
            Figure::Distributions(_) => "distributions",
            Figure::KlAsymmetry(_) => "kl-asymmetry",
            Figure::LossVsProbability(_) => "loss-vs-probability",
            Figure::LossVsLogit(_) => "loss-vs-logit",
            Figure::GradientVsLogit(_) => "gradient-vs-logit",
            Figure::Race(_) => "race",
            Figure::BatchLosses(_) => "batch-losses",
        }
    }

    /// Draws the chart on `area`, filling it.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &Style,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        self.draw_marked(area, style).map(|_| ())
    }

    /// Draws the chart on `area` and returns where it put its marked points (the current point,
    /// maxima, race finishes), in backend pixels, with the plot's data-to-pixel mapping. Tests
    /// check the marks against the formulas; a component can place tooltips with them.
    pub fn draw_marked<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &Style,
    ) -> Result<Vec<Mark>, DrawingAreaErrorKind<DB::ErrorType>> {
        match self {
            Figure::NegLog(data) => neg_log::draw(area, data, style),
            Figure::BinaryEntropy(data) => binary_entropy::draw(area, data, style),
            Figure::Distributions(data) => distributions::draw(area, data, style),
            Figure::KlAsymmetry(data) => kl_asymmetry::draw(area, data, style),
            Figure::LossVsProbability(data) => loss_vs_probability::draw(area, data, style),
            Figure::LossVsLogit(data) => loss_vs_logit::draw(area, data, style),
            Figure::GradientVsLogit(data) => gradient_vs_logit::draw(area, data, style),
            Figure::Race(data) => race::draw(area, data, style),
            Figure::BatchLosses(data) => batch_losses::draw(area, data, style),
        }
    }

    /// This figure keeping the value axis of `previous`, the figure the same chart drew
    /// before, while that axis still fits (the bar charts; see `axes::held_or_tight`). A
    /// slider then moves the bars, and only now and then the axis; the first figure a chart
    /// draws, and any figure of another kind before, gets the tightest axis.
    pub fn holding_axes_of(mut self, previous: Option<&Figure>) -> Figure {
        match (&mut self, previous) {
            (Figure::Distributions(data), Some(Figure::Distributions(previous))) => {
                data.held_axis = previous.contribution_axis();
            }
            (Figure::KlAsymmetry(data), Some(Figure::KlAsymmetry(previous))) => {
                data.held_axis = Some(previous.value_axis());
            }
            (Figure::BatchLosses(data), Some(Figure::BatchLosses(previous))) => {
                data.held_axis = Some(previous.value_axis());
            }
            _ => {}
        }
        self
    }

    /// What the figure's frame and data layers are drawn from, for the charts whose current
    /// point is a mark over curves that stay put (drawing the curves is the dear part). Two
    /// figures with equal keys draw the same frame and data in the same style (a test checks
    /// it), so a chart whose key did not change need not draw them again. `None`: draw them.
    pub fn backdrop_key(&self) -> Option<BackdropKey> {
        let (numbers, text) = match self {
            Figure::NegLog(data) => (
                vec![neg_log::axis_top(data), data.unit.from_nats(1.0)],
                vec![
                    &data.labels.x_axis,
                    &data.labels.y_axis,
                    &data.labels.infinity,
                ],
            ),
            Figure::BinaryEntropy(data) => (
                vec![data.unit.from_nats(1.0)],
                vec![
                    &data.labels.x_axis,
                    &data.labels.y_axis,
                    &data.labels.maximum,
                ],
            ),
            Figure::LossVsProbability(data) => (
                loss_vs_probability::backdrop_numbers(data)?,
                data.labels.all(),
            ),
            Figure::LossVsLogit(data) => (
                loss_vs_logit::backdrop_numbers(&data.z, data.true_class)?,
                data.labels.all(),
            ),
            Figure::GradientVsLogit(data) => (
                loss_vs_logit::backdrop_numbers(&data.z, data.true_class)?,
                data.labels.all(),
            ),
            _ => return None,
        };
        Some(BackdropKey {
            chart: self.name(),
            numbers,
            text: text.into_iter().cloned().collect(),
        })
    }

    /// The same drawing as an SVG document of `width` x `height` pixels (the SVG export).
    pub fn to_svg(&self, width: u32, height: u32, style: &Style) -> String {
        self.to_svg_marked(width, height, style).0
    }

    /// [`Figure::to_svg`] plus the marks of [`Figure::draw_marked`] (empty if drawing failed).
    pub fn to_svg_marked(&self, width: u32, height: u32, style: &Style) -> (String, Vec<Mark>) {
        self.to_svg_drawn_by(drawers::any, width, height, style)
    }

    /// [`Figure::to_svg_marked`], drawn by `draw` (a `Chart`'s export: its lesson's drawer).
    pub fn to_svg_drawn_by(
        &self,
        draw: Drawer,
        width: u32,
        height: u32,
        style: &Style,
    ) -> (String, Vec<Mark>) {
        let mut svg = String::new();
        let marks = {
            let mut backend = SvgWriter::new(&mut svg, (width.max(1), height.max(1)));
            // Through the erased backend, so the bundle holds one copy of the charts.
            let area = AnyBackend(&mut backend).into_drawing_area();
            // Writing into a String cannot fail, and a chart that fails half-way still leaves a
            // valid (partial) document, which is more useful to an export than nothing.
            let marks = draw(self, &area, style).unwrap_or_default();
            let _ = area.present();
            marks
        };
        (svg, marks)
    }
}
