//! How a chart is drawn: the palette of each theme, the layer being drawn, and the style that
//! scales fonts, strokes and margins by the device pixel ratio.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::Pos;

use super::DrawResult;
use crate::math::clamp;

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

/// The font every chart uses; the browser resolves it to the page's sans-serif font, which
/// covers Chinese as well. Named by its variant: plotters' `From<&str>` lower-cases the name,
/// which links Unicode's case tables (6 KB gzipped) into every view's first load.
const FONT_FAMILY: FontFamily<'static> = FontFamily::SansSerif;
/// Tick labels and values written on the plot, in CSS pixels before scaling.
pub(crate) const SMALL_FONT: f64 = 13.0;
/// Axis titles and legend entries.
pub(crate) const LABEL_FONT: f64 = 14.0;

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
            clamp(self.scale, 0.5, 4.0)
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
        FontDesc::new(FONT_FAMILY, size * self.safe_scale(), FontStyle::Normal)
            .color(&color)
            .pos(pos)
    }

    /// A stroke of `width` CSS pixels in `color`.
    pub(crate) fn stroke(&self, color: RGBColor, width: f64) -> ShapeStyle {
        color.stroke_width(self.upx(width))
    }
}
