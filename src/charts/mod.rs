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
mod backend;
mod batch_losses;
mod binary_entropy;
mod canvas_ops;
mod common;
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
pub use batch_losses::{draw_batch_losses, BatchLosses, BatchLossesLabels};
pub use binary_entropy::{draw_binary_entropy, BinaryEntropyCurve, BinaryEntropyLabels};
pub use canvas_ops::{canvas_ops, canvas_ops_continuing, css_color, CanvasOp, ContextState};
pub use common::{format_value, Mark, MarkKind, PlotMapping};
pub use distributions::{
    draw_distributions, Contribution, ContributionSeries, Distributions, DistributionsLabels,
};
pub use gradient_vs_logit::{draw_gradient_vs_logit, GradientVsLogit};
pub use kl_asymmetry::{draw_kl_asymmetry, KlAsymmetry, KlAsymmetryLabels};
pub use loss_vs_logit::{draw_loss_vs_logit, LossVsLogit};
pub use loss_vs_probability::{draw_loss_vs_probability, LossCurveLabels, LossVsProbability};
pub use neg_log::{draw_neg_log, NegLog, NegLogLabels};
pub use race::{draw_race, RaceFigure, RaceLabels, StepAxis};

use plotters::coord::Shift;
use plotters::prelude::*;

/// The colours of one theme.
///
/// The series colours are the Okabe-Ito colour-blind safe set, darkened for the light theme and
/// lightened for the dark theme so that every series keeps at least 3:1 contrast with the
/// background (WCAG's minimum for graphics; a test checks it). Pairs a reader must tell apart
/// also differ by more than colour: Q bars are hatched, squared-error curves are dashed and marked
/// with squares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Fills the whole chart.
    pub background: RGBColor,
    /// Axis labels, tick labels, legends and values written on the chart.
    pub text: RGBColor,
    /// Axis lines and tick marks.
    pub axis: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// The distribution P, and the curves of a single probability (-log p, H(p)).
    pub p: RGBColor,
    /// The distribution Q (hatched bars).
    pub q: RGBColor,
    /// Cross-entropy curves, bars and race runs.
    pub cross_entropy: RGBColor,
    /// Squared-error curves and race runs (dashed).
    pub squared_error: RGBColor,
    /// The reader's current point on a curve.
    pub point: RGBColor,
    /// Everything else that must stand out: KL divergence, means, maxima, targets.
    pub accent: RGBColor,
}

impl Palette {
    /// The light theme: dark text on white, Okabe-Ito hues darkened for contrast on white.
    pub const LIGHT: Palette = Palette {
        background: RGBColor(0xFF, 0xFF, 0xFF),
        text: RGBColor(0x1F, 0x23, 0x28),
        axis: RGBColor(0x4A, 0x4F, 0x57),
        grid: RGBColor(0xE2, 0xE5, 0xE9),
        p: RGBColor(0x00, 0x72, 0xB2),
        q: RGBColor(0xC2, 0x55, 0x00),
        cross_entropy: RGBColor(0x00, 0x7A, 0x5A),
        squared_error: RGBColor(0xC2, 0x55, 0x00),
        point: RGBColor(0x1F, 0x23, 0x28),
        accent: RGBColor(0xA8, 0x3E, 0x7E),
    };

    /// The dark theme: light text on near-black, the Okabe-Ito hues as published (they are
    /// bright enough for a dark background).
    pub const DARK: Palette = Palette {
        background: RGBColor(0x16, 0x18, 0x1D),
        text: RGBColor(0xE8, 0xEA, 0xED),
        axis: RGBColor(0xA8, 0xAD, 0xB5),
        grid: RGBColor(0x33, 0x37, 0x3F),
        p: RGBColor(0x56, 0xB4, 0xE9),
        q: RGBColor(0xE6, 0x9F, 0x00),
        cross_entropy: RGBColor(0x00, 0xB0, 0x82),
        squared_error: RGBColor(0xE6, 0x9F, 0x00),
        point: RGBColor(0xF5, 0xF6, 0xF7),
        accent: RGBColor(0xCC, 0x79, 0xA7),
    };
}

/// Which part of a chart to draw.
///
/// On screen a chart is three stacked canvases: the frame (background, axes, grid, titles,
/// fixed legends), the data (curves, bars and their values) and the marks (the reader's point,
/// its value, other markers, legends that write current values). Each is repainted only when
/// its own drawing changed: a slider move usually repaints the marks alone, and a move that
/// changes bars leaves the frame's text as it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layer {
    /// Everything, on one surface (exports, tests).
    #[default]
    All,
    /// Background, axes, grid, tick labels, axis titles, fixed legends.
    Frame,
    /// Curves, bars, reference lines and the values written on bars.
    Data,
    /// Markers, the labels beside them and legends that carry current values.
    Marks,
}

impl Layer {
    /// The layers a chart is painted in on screen, bottom to top.
    pub const STACK: [Layer; 3] = [Layer::Frame, Layer::Data, Layer::Marks];

    /// Whether drawing this layer includes `part`.
    pub fn includes(self, part: Layer) -> bool {
        self == Layer::All || self == part
    }
}

/// How a chart is drawn: its colours, the device pixel ratio and the layer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// The theme's colours.
    pub palette: Palette,
    /// The device pixel ratio of the canvas (1 on ordinary screens, 2 on most phones). Font
    /// sizes, stroke widths, margins and marker radii are multiplied by it, so a canvas sized in
    /// device pixels looks the same as a CSS-sized one, only sharper. Values that are not finite
    /// or not positive are read as 1; the rest is kept within [0.5, 4].
    pub scale: f64,
    /// The part of the chart to draw.
    pub layer: Layer,
}

impl Style {
    /// A style with `palette` at device pixel ratio `scale`.
    pub fn new(palette: Palette, scale: f64) -> Style {
        Style {
            palette,
            scale,
            layer: Layer::All,
        }
    }

    /// This style, drawing only `layer`.
    pub fn with_layer(self, layer: Layer) -> Style {
        Style { layer, ..self }
    }

    /// The light palette at scale 1.
    pub const LIGHT: Style = Style {
        palette: Palette::LIGHT,
        scale: 1.0,
        layer: Layer::All,
    };

    /// The dark palette at scale 1.
    pub const DARK: Style = Style {
        palette: Palette::DARK,
        scale: 1.0,
        layer: Layer::All,
    };
}

/// What a figure's frame and data layers are drawn from: see [`Figure::backdrop_key`].
#[derive(Clone, Debug, PartialEq)]
pub struct BackdropKey {
    chart: &'static str,
    /// Finite numbers only, so that equal keys compare equal.
    numbers: Vec<f64>,
    text: Vec<String>,
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
    /// before, while that axis still fits (the bar charts; see `common::held_or_tight`). A
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
        let mut svg = String::new();
        let marks = {
            let mut backend = SVGBackend::with_string(&mut svg, (width.max(1), height.max(1)));
            // Through the erased backend, so the bundle holds one copy of the charts.
            let area = AnyBackend(&mut backend).into_drawing_area();
            // Writing into a String cannot fail, and a chart that fails half-way still leaves a
            // valid (partial) document, which is more useful to an export than nothing.
            let marks = self.draw_marked(&area, style).unwrap_or_default();
            let _ = area.present();
            marks
        };
        (svg, marks)
    }
}
