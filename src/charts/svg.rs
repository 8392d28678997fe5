//! The SVG export's drawing backend: an SVG document in a `String`.
//!
//! It writes what plotters' own `SVGBackend` (plotters-svg 0.3.7, MIT) writes for the calls
//! the charts make, element for element and attribute for attribute (a host test compares the
//! two on every chart). It exists because plotters' writes its numbers with Rust's float
//! formatting, the last user of that code in the bundle (about 5 KB gzipped in every view);
//! here they go through [`shortest`], which writes the same text.

use std::fmt::Write as _;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};

use super::backend::BackendError;
use crate::state::shortest;

type Drawn = Result<(), DrawingErrorKind<BackendError>>;

/// An SVG document of a fixed size, written into `out` as the chart draws.
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    /// Whether the closing `</svg>` has been written.
    closed: bool,
}

impl<'a> SvgWriter<'a> {
    /// Starts a document of `size` pixels in `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> SvgWriter<'a> {
        let (width, height) = (size.0.to_string(), size.1.to_string());
        let view_box = format!("0 0 {width} {height}");
        let mut writer = SvgWriter {
            out,
            size,
            closed: false,
        };
        writer.open(
            "svg",
            &[
                ("width", &width),
                ("height", &height),
                ("viewBox", &view_box),
                ("xmlns", "http://www.w3.org/2000/svg"),
            ],
        );
        writer.out.push_str(">\n");
        writer
    }

    /// `<tag key="value" …` with the values escaped; the caller ends the tag.
    fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(self.out, value);
            self.out.push('"');
        }
    }

    /// An element with no content.
    fn element(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        self.open(tag, attributes);
        self.out.push_str("/>\n");
    }
}

/// `text` with the five XML special characters escaped, appended to `out`.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
}

/// `#RRGGBB`.
fn color_of(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// The `fill` and `stroke` of a shape in `color`: filled, or outlined only.
fn fill_and_stroke(color: BackendColor, fill: bool) -> (String, String) {
    if fill {
        (color_of(color), "none".to_string())
    } else {
        ("none".to_string(), color_of(color))
    }
}

/// `x1,y1 x2,y2 … ` (with the trailing space plotters writes).
fn points_of(path: impl IntoIterator<Item = BackendCoord>) -> String {
    path.into_iter().fold(String::new(), |mut text, (x, y)| {
        let _ = write!(text, "{x},{y} ");
        text
    })
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = BackendError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.element(
            "rect",
            &[
                ("x", &point.0.to_string()),
                ("y", &point.1.to_string()),
                ("width", "1"),
                ("height", "1"),
                ("stroke", "none"),
                ("opacity", &shortest(color.alpha)),
                ("fill", &color_of(color)),
            ],
        );
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.element(
            "line",
            &[
                ("opacity", &shortest(color.alpha)),
                ("stroke", &color_of(color)),
                ("stroke-width", &style.stroke_width().to_string()),
                ("x1", &from.0.to_string()),
                ("y1", &from.1.to_string()),
                ("x2", &to.0.to_string()),
                ("y2", &to.1.to_string()),
            ],
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (fill, stroke) = fill_and_stroke(color, fill);
        self.element(
            "rect",
            &[
                ("x", &upper_left.0.to_string()),
                ("y", &upper_left.1.to_string()),
                ("width", &(bottom_right.0 - upper_left.0).to_string()),
                ("height", &(bottom_right.1 - upper_left.1).to_string()),
                ("opacity", &shortest(color.alpha)),
                ("fill", &fill),
                ("stroke", &stroke),
            ],
        );
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.element(
            "polyline",
            &[
                ("fill", "none"),
                ("opacity", &shortest(color.alpha)),
                ("stroke", &color_of(color)),
                ("stroke-width", &style.stroke_width().to_string()),
                ("points", &points_of(path)),
            ],
        );
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.element(
            "polygon",
            &[
                ("opacity", &shortest(color.alpha)),
                ("fill", &color_of(color)),
                ("points", &points_of(path)),
            ],
        );
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (fill, stroke) = fill_and_stroke(color, fill);
        self.element(
            "circle",
            &[
                ("cx", &center.0.to_string()),
                ("cy", &center.1.to_string()),
                ("r", &radius.to_string()),
                ("opacity", &shortest(color.alpha)),
                ("fill", &fill),
                ("stroke", &stroke),
                ("stroke-width", &style.stroke_width().to_string()),
            ],
        );
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (pos.0.to_string(), pos.1.to_string());
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        // plotters' font sizes are 1.24 times the CSS size.
        let size = shortest(style.size() / 1.24);
        let opacity = shortest(color.alpha);
        let fill = color_of(color);
        let family = style.family();
        let font_style = style.style();
        let mut attributes: Vec<(&str, &str)> = vec![
            ("x", &x),
            ("y", &y),
            ("dy", dy),
            ("text-anchor", anchor),
            ("font-family", family.as_str()),
            ("font-size", &size),
            ("opacity", &opacity),
            ("fill", &fill),
        ];
        match font_style {
            FontStyle::Normal => {}
            FontStyle::Bold => attributes.push(("font-weight", "bold")),
            _ => attributes.push(("font-style", font_style.as_str())),
        }
        let degrees = match style.transform() {
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
            FontTransform::None => None,
        };
        let rotation = degrees.map(|degrees| format!("rotate({degrees}, {x}, {y})"));
        if let Some(rotation) = &rotation {
            attributes.push(("transform", rotation));
        }
        self.open("text", &attributes);
        self.out.push_str(">\n");
        escape_into(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}
