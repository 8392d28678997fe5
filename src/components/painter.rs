//! Sends a chart layer's canvas calls (`charts::canvas_ops`) to a real canvas.

use web_sys::CanvasRenderingContext2d;

use crate::charts::{canvas_ops_continuing, CanvasOp, ContextState, Recording};

/// Paints `recording` on `context`, which the caller has cleared and whose state the last
/// paint left as `state` (the default for a new or resized canvas).
pub fn paint(context: &CanvasRenderingContext2d, recording: &Recording, state: &mut ContextState) {
    for op in canvas_ops_continuing(recording, state) {
        // The calls that can throw only do so for non-finite arguments, which no chart draws.
        match op {
            CanvasOp::FillStyle(color) => context.set_fill_style_str(&color),
            CanvasOp::StrokeStyle(color) => context.set_stroke_style_str(&color),
            CanvasOp::LineWidth(width) => context.set_line_width(width),
            CanvasOp::Font(font) => context.set_font(&font),
            CanvasOp::TextAlign(align) => context.set_text_align(align),
            CanvasOp::TextBaseline(baseline) => context.set_text_baseline(baseline),
            CanvasOp::BeginPath => context.begin_path(),
            CanvasOp::MoveTo(x, y) => context.move_to(x, y),
            CanvasOp::LineTo(x, y) => context.line_to(x, y),
            CanvasOp::ClosePath => context.close_path(),
            CanvasOp::Stroke => context.stroke(),
            CanvasOp::Fill => context.fill(),
            CanvasOp::FillRect(x, y, width, height) => context.fill_rect(x, y, width, height),
            CanvasOp::StrokeRect(x, y, width, height) => context.stroke_rect(x, y, width, height),
            CanvasOp::Circle(x, y, radius) => {
                let _ = context.arc(x, y, radius, 0.0, std::f64::consts::TAU);
            }
            CanvasOp::FillText(text, x, y) => {
                let _ = context.fill_text(text, x, y);
            }
            CanvasOp::Save => context.save(),
            CanvasOp::Translate(x, y) => {
                let _ = context.translate(x, y);
            }
            CanvasOp::Rotate(quarter_turns) => {
                let _ = context.rotate(quarter_turns * std::f64::consts::FRAC_PI_2);
            }
            CanvasOp::Restore => context.restore(),
        }
    }
}
