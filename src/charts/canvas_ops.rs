//! A recorded drawing as the Canvas 2D calls that paint it.
//!
//! plotters-canvas sets the font, colours, alignment and line width before every call and
//! strokes every line on its own. Setting `font` makes the browser parse a CSS font string, and
//! each `stroke()` is a raster pass: on a long lesson that was a large share of a slider move.
//! These calls set a property only when it changes, and stroke a run of lines and open paths
//! that share a style (a grid, the hatching of a bar, a dashed curve) as one path. They draw what
//! plotters-canvas drew, with the same half-pixel placement of horizontal and vertical lines.
//! Only the `Chart` component sends them to a real canvas; host tests check them.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, FontTransform};

use super::backend::{same_color, DrawCall, Recording};
use crate::state::shortest;

/// One call on a `CanvasRenderingContext2d`, with the arguments it takes.
#[derive(Clone, Debug, PartialEq)]
pub enum CanvasOp<'a> {
    FillStyle(String),
    StrokeStyle(String),
    LineWidth(f64),
    Font(String),
    TextAlign(&'static str),
    TextBaseline(&'static str),
    BeginPath,
    MoveTo(f64, f64),
    LineTo(f64, f64),
    ClosePath,
    Stroke,
    Fill,
    FillRect(f64, f64, f64, f64),
    StrokeRect(f64, f64, f64, f64),
    /// A full circle: centre and radius.
    Circle(f64, f64, f64),
    FillText(&'a str, f64, f64),
    Save,
    Translate(f64, f64),
    /// A rotation by this many quarter turns, clockwise.
    Rotate(f64),
    Restore,
}

/// The calls that paint `recording` on a cleared canvas. They set every context property they
/// rely on before its first use, so the context may be in any state.
pub fn canvas_ops(recording: &Recording) -> Vec<CanvasOp<'_>> {
    canvas_ops_continuing(recording, &mut ContextState::default())
}

/// The calls that paint `recording` on a cleared canvas whose context is in `state`, as earlier
/// calls left it; `state` becomes the state these calls leave.
///
/// Setting a font is the dearest call of a repaint (the browser parses it as CSS), and a
/// layer's first text would set it again each time without what the last repaint left.
pub fn canvas_ops_continuing<'a>(
    recording: &'a Recording,
    state: &mut ContextState,
) -> Vec<CanvasOp<'a>> {
    let mut painter = Painter {
        ops: Vec::new(),
        state: std::mem::take(state),
        open_lines: None,
    };
    for call in recording.calls() {
        painter.draw(call);
    }
    painter.stroke_open_lines();
    *state = painter.state;
    painter.ops
}

/// A context's state as the calls last set it; `None` where they have not set it (a new or
/// resized canvas). Rotated text is drawn between `save()` and `restore()` with nothing set in
/// between, so `restore()` leaves this state as it was.
#[derive(Clone, Default)]
pub struct ContextState {
    fill: Option<BackendColor>,
    stroke: Option<BackendColor>,
    line_width: Option<u32>,
    font: Option<String>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
}

struct Painter<'a> {
    ops: Vec<CanvasOp<'a>>,
    state: ContextState,
    /// The style of the run of lines and paths in the current path, not stroked yet.
    open_lines: Option<(BackendColor, u32)>,
}

/// A colour as CSS, as plotters-canvas writes it.
pub fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", shortest(color.alpha))
}

/// A point as canvas coordinates.
fn at((x, y): BackendCoord) -> (f64, f64) {
    (f64::from(x), f64::from(y))
}

impl<'a> Painter<'a> {
    fn set_fill(&mut self, color: BackendColor) {
        if !self.state.fill.is_some_and(|last| same_color(last, color)) {
            self.ops.push(CanvasOp::FillStyle(css_color(color)));
            self.state.fill = Some(color);
        }
    }

    fn set_line(&mut self, style: &impl BackendStyle) {
        let color = style.color();
        if !self
            .state
            .stroke
            .is_some_and(|last| same_color(last, color))
        {
            self.ops.push(CanvasOp::StrokeStyle(css_color(color)));
            self.state.stroke = Some(color);
        }
        let width = style.stroke_width();
        if self.state.line_width != Some(width) {
            self.ops.push(CanvasOp::LineWidth(f64::from(width)));
            self.state.line_width = Some(width);
        }
    }

    fn set_text(&mut self, style: &impl BackendTextStyle) {
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.state.baseline != Some(baseline) {
            self.ops.push(CanvasOp::TextBaseline(baseline));
            self.state.baseline = Some(baseline);
        }
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.state.align != Some(align) {
            self.ops.push(CanvasOp::TextAlign(align));
            self.state.align = Some(align);
        }
        self.set_fill(style.color());
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            shortest(style.size()),
            style.family().as_str()
        );
        if self.state.font.as_deref() != Some(font.as_str()) {
            self.ops.push(CanvasOp::Font(font.clone()));
            self.state.font = Some(font);
        }
    }

    fn stroke_open_lines(&mut self) {
        if self.open_lines.take().is_some() {
            self.ops.push(CanvasOp::Stroke);
        }
    }

    fn draw(&mut self, call: &'a DrawCall) {
        match call {
            DrawCall::Line(from, to, style) => {
                // Horizontal and vertical lines sit on half pixels, so a 1 px line stays sharp.
                let (mut from, mut to) = (at(*from), at(*to));
                if from.0 == to.0 {
                    from.0 -= 0.5;
                    to.0 -= 0.5;
                }
                if from.1 == to.1 {
                    from.1 -= 0.5;
                    to.1 -= 0.5;
                }
                self.stroked([from, to].into_iter(), style);
            }
            DrawCall::Path(points, style) if points.len() > 1 => {
                self.stroked(points.iter().copied().map(at), style);
            }
            DrawCall::Path(..) => {}
            DrawCall::Pixel(point, style) => {
                self.stroke_open_lines();
                self.rect(*point, (point.0 + 1, point.1 + 1), style, true)
            }
            DrawCall::Rect(upper_left, bottom_right, style, fill) => {
                self.stroke_open_lines();
                self.rect(*upper_left, *bottom_right, style, *fill)
            }
            DrawCall::Circle(center, radius, style, fill) => {
                self.stroke_open_lines();
                self.circle(*center, *radius, style, *fill)
            }
            DrawCall::Polygon(points, style) => {
                self.stroke_open_lines();
                self.polygon(points, style)
            }
            DrawCall::Text(text, style, pos) => {
                self.stroke_open_lines();
                self.text(text, style, *pos)
            }
        }
    }

    /// A line or an open path joins the run of strokes when it has the run's style, as a
    /// subpath of its own: one `stroke()` draws the whole run (grids, ticks, hatching, dashes).
    fn stroked(&mut self, mut points: impl Iterator<Item = (f64, f64)>, style: &impl BackendStyle) {
        if style.color().alpha == 0.0 {
            return;
        }
        let key = (style.color(), style.stroke_width());
        let continues = self
            .open_lines
            .is_some_and(|(color, width)| same_color(color, key.0) && width == key.1);
        if !continues {
            self.stroke_open_lines();
            self.set_line(style);
            self.ops.push(CanvasOp::BeginPath);
            self.open_lines = Some(key);
        }
        if let Some((x, y)) = points.next() {
            self.ops.push(CanvasOp::MoveTo(x, y));
        }
        for (x, y) in points {
            self.ops.push(CanvasOp::LineTo(x, y));
        }
    }

    fn rect(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &impl BackendStyle,
        fill: bool,
    ) {
        if style.color().alpha == 0.0 {
            return;
        }
        let (x, y) = at(upper_left);
        let width = f64::from(bottom_right.0 - upper_left.0);
        let height = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.set_fill(style.color());
            self.ops.push(CanvasOp::FillRect(x, y, width, height));
        } else {
            self.set_line(style);
            self.ops.push(CanvasOp::StrokeRect(x, y, width, height));
        }
    }

    fn trace(&mut self, points: &[BackendCoord]) {
        self.ops.push(CanvasOp::BeginPath);
        for (i, &point) in points.iter().enumerate() {
            let (x, y) = at(point);
            self.ops.push(if i == 0 {
                CanvasOp::MoveTo(x, y)
            } else {
                CanvasOp::LineTo(x, y)
            });
        }
    }

    fn polygon(&mut self, points: &[BackendCoord], style: &impl BackendStyle) {
        if style.color().alpha == 0.0 || points.is_empty() {
            return;
        }
        self.set_fill(style.color());
        self.trace(points);
        self.ops.push(CanvasOp::ClosePath);
        self.ops.push(CanvasOp::Fill);
    }

    fn circle(&mut self, center: BackendCoord, radius: u32, style: &impl BackendStyle, fill: bool) {
        if style.color().alpha == 0.0 {
            return;
        }
        if fill {
            self.set_fill(style.color());
        } else {
            self.set_line(style);
        }
        let (x, y) = at(center);
        self.ops.push(CanvasOp::BeginPath);
        self.ops.push(CanvasOp::Circle(x, y, f64::from(radius)));
        self.ops.push(if fill {
            CanvasOp::Fill
        } else {
            CanvasOp::Stroke
        });
    }

    fn text(&mut self, text: &'a str, style: &impl BackendTextStyle, pos: BackendCoord) {
        if style.color().alpha == 0.0 {
            return;
        }
        // Set before `save()`, so `restore()` brings back the state these calls know.
        self.set_text(style);
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        let (x, y) = at(pos);
        if quarter_turns == 0.0 {
            self.ops.push(CanvasOp::FillText(text, x, y));
            return;
        }
        self.ops.extend([
            CanvasOp::Save,
            CanvasOp::Translate(x, y),
            CanvasOp::Rotate(quarter_turns),
            CanvasOp::FillText(text, 0.0, 0.0),
            CanvasOp::Restore,
        ]);
    }
}
