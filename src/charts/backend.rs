//! One drawing backend type for every target.
//!
//! The chart functions are generic over plotters' `DrawingBackend`, and every backend they are
//! used with gets its own copy of all nine charts in the wasm bundle. [`AnyBackend`] erases the
//! real backend (canvas on screen, SVG for the export) behind a trait object, so the charts are
//! compiled once and only this thin forwarding layer exists per backend.

use crate::math::clamp;
use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontFamily,
    FontStyle, FontTransform,
};

/// A drawing error of the erased backend, with the real backend's message.
#[derive(Debug)]
pub struct BackendError(pub String);

impl std::fmt::Display for BackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BackendError {}

type Drawn = Result<(), DrawingErrorKind<BackendError>>;

/// A stroke or fill style with its values resolved.
#[derive(Clone, Copy)]
pub struct PlainStyle {
    color: BackendColor,
    stroke_width: u32,
}

impl PlainStyle {
    fn of<S: BackendStyle>(style: &S) -> PlainStyle {
        PlainStyle {
            color: style.color(),
            stroke_width: style.stroke_width(),
        }
    }
}

impl BackendStyle for PlainStyle {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.stroke_width
    }
}

/// A text style with its values resolved. Canvas and SVG lay text out themselves, so the
/// layout box is only an estimate and bitmap drawing is never asked for.
#[derive(Clone)]
pub struct PlainTextStyle {
    color: BackendColor,
    size: f64,
    transform: FontTransform,
    style: FontStyle,
    anchor: Pos,
    family: OwnedFamily,
}

/// A font family that owns its name. It is kept by variant rather than by name because
/// plotters' `FontFamily::from(&str)` lower-cases the name, which links Unicode's case tables.
#[derive(Clone, PartialEq)]
enum OwnedFamily {
    Serif,
    SansSerif,
    Monospace,
    Name(String),
}

impl OwnedFamily {
    fn of(family: FontFamily<'_>) -> OwnedFamily {
        match family {
            FontFamily::Serif => OwnedFamily::Serif,
            FontFamily::SansSerif => OwnedFamily::SansSerif,
            FontFamily::Monospace => OwnedFamily::Monospace,
            FontFamily::Name(name) => OwnedFamily::Name(name.to_string()),
        }
    }

    fn as_family(&self) -> FontFamily<'_> {
        match self {
            OwnedFamily::Serif => FontFamily::Serif,
            OwnedFamily::SansSerif => FontFamily::SansSerif,
            OwnedFamily::Monospace => FontFamily::Monospace,
            OwnedFamily::Name(name) => FontFamily::Name(name),
        }
    }
}

impl PlainTextStyle {
    fn of<S: BackendTextStyle>(style: &S) -> PlainTextStyle {
        PlainTextStyle {
            color: style.color(),
            size: style.size(),
            transform: style.transform(),
            style: style.style(),
            anchor: style.anchor(),
            family: OwnedFamily::of(style.family()),
        }
    }
}

impl BackendTextStyle for PlainTextStyle {
    type FontError = BackendError;

    fn color(&self) -> BackendColor {
        self.color
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> FontTransform {
        self.transform.clone()
    }

    fn style(&self) -> FontStyle {
        self.style
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        self.family.as_family()
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), BackendError> {
        let (width, height) = estimated_text_size(text, self.size);
        Ok(((0, 0), (width as i32, height as i32)))
    }

    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, BackendError> {
        Ok(Ok(()))
    }
}

/// The width and height in pixels of `text` set in a sans-serif font of `size` pixels.
///
/// Charts measure text only to decide whether a label fits (a bar's value, a category name, a
/// legend row, the box behind ∞), so an estimate from character classes is enough, and it is the
/// same for the canvas, the SVG export and the host tests. plotters' own measurement on the web
/// puts a span in the document and reads its size, which forces a layout of the whole page on
/// every call: on a long lesson that was most of a slider move's time.
pub fn estimated_text_size(text: &str, size: f64) -> (u32, u32) {
    let ems: f64 = text.chars().map(advance_in_ems).sum();
    let size = if size.is_finite() { size.max(0.0) } else { 0.0 };
    ((ems * size).ceil() as u32, (size * 1.2).ceil() as u32)
}

/// A character's advance as a share of the font size, rounded up for common sans-serif fonts
/// (DejaVu Sans, Noto Sans, Noto Sans CJK).
fn advance_in_ems(c: char) -> f64 {
    match c {
        '\u{2E80}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FF60}' => 1.0,
        ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'i' | 'j' | 'l' | '·' => 0.32,
        '(' | ')' | '[' | ']' | 'f' | 't' | 'r' => 0.42,
        '0'..='9' => 0.64,
        'm' | 'w' | 'M' | 'W' => 0.92,
        'A'..='Z' => 0.72,
        'a'..='z' => 0.6,
        '−' | '+' | '=' | '×' | '≈' | '∞' => 0.84,
        _ => 0.7,
    }
}

/// One drawing call with resolved styles: what a chart asks of a backend.
#[derive(Clone, PartialEq)]
pub enum DrawCall {
    Pixel(BackendCoord, PlainStyle),
    Line(BackendCoord, BackendCoord, PlainStyle),
    Rect(BackendCoord, BackendCoord, PlainStyle, bool),
    Path(Vec<BackendCoord>, PlainStyle),
    Circle(BackendCoord, u32, PlainStyle, bool),
    Polygon(Vec<BackendCoord>, PlainStyle),
    Text(String, PlainTextStyle, BackendCoord),
}

/// The object-safe part of `DrawingBackend` that charts use.
pub trait ErasedBackend {
    fn size(&self) -> (u32, u32);
    fn prepare(&mut self) -> Drawn;
    fn finish(&mut self) -> Drawn;
    fn draw(&mut self, call: DrawCall) -> Drawn;
}

fn erase<E: std::error::Error + Send + Sync>(result: Result<(), DrawingErrorKind<E>>) -> Drawn {
    result.map_err(|error| match error {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(BackendError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    })
}

impl<B: DrawingBackend> ErasedBackend for B {
    fn size(&self) -> (u32, u32) {
        self.get_size()
    }
    fn prepare(&mut self) -> Drawn {
        erase(self.ensure_prepared())
    }
    fn finish(&mut self) -> Drawn {
        erase(self.present())
    }
    fn draw(&mut self, call: DrawCall) -> Drawn {
        erase(match call {
            DrawCall::Pixel(point, style) => self.draw_pixel(point, style.color),
            DrawCall::Line(from, to, style) => self.draw_line(from, to, &style),
            DrawCall::Rect(a, b, style, fill) => self.draw_rect(a, b, &style, fill),
            DrawCall::Path(points, style) => self.draw_path(points, &style),
            DrawCall::Circle(center, radius, style, fill) => {
                self.draw_circle(center, radius, &style, fill)
            }
            DrawCall::Polygon(points, style) => self.fill_polygon(points, &style),
            DrawCall::Text(text, style, pos) => self.draw_text(&text, &style, pos),
        })
    }
}

/// Any backend, behind one type: what the app hands to the chart functions.
pub struct AnyBackend<'a>(pub &'a mut dyn ErasedBackend);

impl DrawingBackend for AnyBackend<'_> {
    type ErrorType = BackendError;

    fn get_size(&self) -> (u32, u32) {
        self.0.size()
    }

    fn ensure_prepared(&mut self) -> Drawn {
        self.0.prepare()
    }

    fn present(&mut self) -> Drawn {
        self.0.finish()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        let style = PlainStyle {
            color,
            stroke_width: 1,
        };
        self.0.draw(DrawCall::Pixel(point, style))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.0.draw(DrawCall::Line(from, to, PlainStyle::of(style)))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let style = PlainStyle::of(style);
        self.0
            .draw(DrawCall::Rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let points = path.into_iter().collect();
        self.0.draw(DrawCall::Path(points, PlainStyle::of(style)))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let style = PlainStyle::of(style);
        self.0.draw(DrawCall::Circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        let points = vert.into_iter().collect();
        self.0
            .draw(DrawCall::Polygon(points, PlainStyle::of(style)))
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Drawn {
        let style = PlainTextStyle::of(style);
        self.0.draw(DrawCall::Text(text.to_string(), style, pos))
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<BackendError>> {
        Ok(estimated_text_size(text, style.size()))
    }
}

impl PartialEq for PlainStyle {
    fn eq(&self, other: &PlainStyle) -> bool {
        same_color(self.color, other.color) && self.stroke_width == other.stroke_width
    }
}

impl PartialEq for PlainTextStyle {
    fn eq(&self, other: &PlainTextStyle) -> bool {
        same_color(self.color, other.color)
            && self.size == other.size
            && transform_code(&self.transform) == transform_code(&other.transform)
            && font_style_code(self.style) == font_style_code(other.style)
            && anchor_code(self.anchor) == anchor_code(other.anchor)
            && self.family == other.family
    }
}

pub(super) fn same_color(a: BackendColor, b: BackendColor) -> bool {
    a.rgb == b.rgb && a.alpha == b.alpha
}

fn transform_code(transform: &FontTransform) -> u8 {
    match transform {
        FontTransform::None => 0,
        FontTransform::Rotate90 => 1,
        FontTransform::Rotate180 => 2,
        FontTransform::Rotate270 => 3,
    }
}

fn anchor_code(anchor: Pos) -> (u8, u8) {
    let h = match anchor.h_pos {
        HPos::Left => 0,
        HPos::Right => 1,
        HPos::Center => 2,
    };
    let v = match anchor.v_pos {
        VPos::Top => 0,
        VPos::Center => 1,
        VPos::Bottom => 2,
    };
    (h, v)
}

fn font_style_code(style: FontStyle) -> u8 {
    match style {
        FontStyle::Normal => 0,
        FontStyle::Oblique => 1,
        FontStyle::Italic => 2,
        FontStyle::Bold => 3,
    }
}

/// A drawing kept as its list of calls: drawn on a recording first, a chart's base layer is
/// painted on the canvas only when its calls differ from the last ones painted. Recording a
/// chart costs microseconds; painting its text and curves costs milliseconds.
#[derive(Clone, PartialEq, Default)]
pub struct Recording {
    size: (u32, u32),
    calls: Vec<DrawCall>,
}

impl Recording {
    /// An empty recording of a `size` pixel surface.
    pub fn new(size: (u32, u32)) -> Recording {
        Recording {
            size,
            calls: Vec::new(),
        }
    }

    /// Empties the recording for a new drawing of a `size` pixel surface, keeping its buffer.
    pub fn restart(&mut self, size: (u32, u32)) {
        self.size = size;
        self.calls.clear();
    }

    /// How many drawing calls it holds.
    pub fn len(&self) -> usize {
        self.calls.len()
    }

    /// Whether nothing was drawn.
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }

    /// The recorded calls, in order.
    pub fn calls(&self) -> &[DrawCall] {
        &self.calls
    }

    /// A rectangle (left, top, right, bottom; right and bottom exclusive) in backend pixels that
    /// holds everything the recording draws, or `None` if it draws nothing. Clearing it erases
    /// the drawing, so a repaint need not clear the whole canvas (in a canvas rastered in
    /// software, a clear costs by the pixel). It is generous: it leaves room for line widths,
    /// mitred corners, antialiasing, and text whose width is only estimated.
    pub fn bounds(&self) -> Option<(i32, i32, i32, i32)> {
        let mut bounds: Option<(i32, i32, i32, i32)> = None;
        let mut include = |(x, y): BackendCoord, (reach_x, reach_y): (i32, i32)| {
            let (left, top, right, bottom) =
                (x - reach_x, y - reach_y, x + reach_x + 1, y + reach_y + 1);
            bounds = Some(match bounds {
                None => (left, top, right, bottom),
                Some((l, t, r, b)) => (l.min(left), t.min(top), r.max(right), b.max(bottom)),
            });
        };
        // A stroke reaches half its width beyond the line, a mitred corner (the canvas' default
        // join, with its default limit of 10) up to five widths; antialiasing a pixel more.
        let stroke = |style: &PlainStyle| {
            let reach = 5 * style.stroke_width.min(1_000) as i32 + 2;
            (reach, reach)
        };
        for call in &self.calls {
            match call {
                DrawCall::Pixel(point, _) => include(*point, (1, 1)),
                DrawCall::Line(from, to, style) | DrawCall::Rect(from, to, style, _) => {
                    include(*from, stroke(style));
                    include(*to, stroke(style));
                }
                DrawCall::Path(points, style) => {
                    points
                        .iter()
                        .for_each(|&point| include(point, stroke(style)));
                }
                DrawCall::Polygon(points, _) => {
                    points.iter().for_each(|&point| include(point, (2, 2)))
                }
                DrawCall::Circle(center, radius, style, _) => {
                    let (reach, _) = stroke(style);
                    let reach = (*radius).min(100_000) as i32 + reach;
                    include(*center, (reach, reach));
                }
                DrawCall::Text(text, style, position) => {
                    // Whatever the alignment, the text lies within its estimated width (taken
                    // half as wide again) of the anchor, and within 1.5 font sizes of it
                    // vertically; turned text, within the larger of the two either way.
                    let size = if style.size.is_finite() {
                        clamp(style.size, 0.0, 1e4)
                    } else {
                        0.0
                    };
                    let (width, _) = estimated_text_size(text, size);
                    let across = (f64::from(width) * 1.5 + size).ceil() as i32 + 2;
                    let up_down = (size * 1.5).ceil() as i32 + 2;
                    let reach = match style.transform {
                        FontTransform::None => (across, up_down),
                        _ => (across.max(up_down), across.max(up_down)),
                    };
                    include(*position, reach);
                }
            }
        }
        bounds
    }

    /// Makes the recorded calls again on `target`.
    pub fn replay(&self, target: &mut dyn ErasedBackend) -> Drawn {
        target.prepare()?;
        for call in &self.calls {
            target.draw(call.clone())?;
        }
        target.finish()
    }
}

impl ErasedBackend for Recording {
    fn size(&self) -> (u32, u32) {
        self.size
    }
    fn prepare(&mut self) -> Drawn {
        Ok(())
    }
    fn finish(&mut self) -> Drawn {
        Ok(())
    }
    fn draw(&mut self, call: DrawCall) -> Drawn {
        self.calls.push(call);
        Ok(())
    }
}
