//! Which layer canvases of a chart on screen to paint again after a change, and what of each to
//! clear first.
//!
//! A chart on screen is three stacked canvases, one per layer of [`Layer::STACK`]. Painting a
//! canvas costs milliseconds (text and curves), clearing one costs by the pixel (canvases are
//! often rastered in software), while recording a layer costs microseconds. So each layer is
//! recorded first and painted only when its drawing changed, after clearing only the rectangle
//! its last paint covered; and the frame and data layers are not even recorded again while what
//! they are drawn from (the figure's [`BackdropKey`], the style and the size) stays the same.
//!
//! The decision lives here, in plain Rust, so host tests can check it; the `Chart` component
//! only sizes its canvases and applies the plan ([`LayerRepaint`]) that [`PaintedLayers`] gives.

use plotters::prelude::{DrawingAreaErrorKind, IntoDrawingArea};

use super::{AnyBackend, BackdropKey, BackendError, Drawer, Figure, Layer, Recording, Style};

/// What to do with one layer's canvas to bring it up to date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LayerRepaint {
    /// Leave the canvas as it is: it already shows the layer's drawing (the layer drew the same
    /// calls as last time, or was not drawn at all because its backdrop did not change).
    Keep,
    /// Clear `clear`, then paint the layer's new drawing ([`PaintedLayers::painted`]).
    Paint {
        /// The rectangle the last paint covered; `None` when there is nothing to erase (the
        /// canvas was resized, which blanked it, or nothing was painted on it yet).
        clear: Option<ClearRect>,
        /// Whether the canvas' context lost its state (fill, font, ...) since the last paint:
        /// resizing a canvas resets it, so the paint must not assume what it left before.
        fresh_context: bool,
    },
}

/// A rectangle of a canvas in device pixels, as the canvas' `clearRect` takes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClearRect {
    /// The left edge.
    pub x: f64,
    /// The top edge.
    pub y: f64,
    /// The width.
    pub width: f64,
    /// The height.
    pub height: f64,
}

impl ClearRect {
    /// The rectangle of [`Recording::bounds`] (left, top, right, bottom; right and bottom
    /// exclusive).
    fn of_bounds((left, top, right, bottom): (i32, i32, i32, i32)) -> ClearRect {
        ClearRect {
            x: f64::from(left),
            y: f64::from(top),
            width: f64::from(right - left),
            height: f64::from(bottom - top),
        }
    }
}

/// What the frame and data layers on screen were drawn from: two equal backdrops draw the same
/// frame and data (see [`Figure::backdrop_key`]).
#[derive(Clone, Debug, PartialEq)]
struct Backdrop {
    key: BackdropKey,
    style: Style,
    /// The canvas size in device pixels.
    size: (u32, u32),
}

/// One repaint of a figure: what it is drawn with, and whether the frame and data on screen
/// were drawn from the same backdrop (then they need not be drawn again).
pub struct RepaintPass<'f> {
    figure: &'f Figure,
    draw: Drawer,
    style: Style,
    size: (u32, u32),
    /// The figure's backdrop in this style and size, if the figure has one.
    backdrop: Option<Backdrop>,
    /// Whether `backdrop` is the one the frame and data on screen were drawn from.
    backdrop_unchanged: bool,
}

/// What the three layer canvases of a chart on screen show, as far as the repaint decision
/// needs: each layer's drawing as last painted, and what the frame and data were drawn from.
///
/// A repaint is [`PaintedLayers::start`], then [`PaintedLayers::plan`] for each layer of
/// [`Layer::STACK`] (bottom first) with the plan applied to its canvas, then
/// [`PaintedLayers::finish`]. A pass that fails half-way is not finished, so the next one does
/// not take the backdrop it did not complete as drawn.
#[derive(Default)]
pub struct PaintedLayers {
    /// Each layer as last painted, indexed by [`slot`].
    painted: [Option<Recording>; 3],
    /// The buffer the next layer is recorded into: the one last replaced or found unchanged,
    /// so a repaint allocates nothing once the buffers have grown.
    spare: Recording,
    /// What the frame and data on the canvases were drawn from, where the figure tells.
    backdrop: Option<Backdrop>,
}

impl PaintedLayers {
    /// Nothing painted yet: every layer will be painted.
    pub fn new() -> PaintedLayers {
        PaintedLayers::default()
    }

    /// Starts repainting `figure`, drawn by `draw`, in `style` on canvases of `size` device
    /// pixels.
    pub fn start<'f>(
        &self,
        figure: &'f Figure,
        draw: Drawer,
        style: Style,
        size: (u32, u32),
    ) -> RepaintPass<'f> {
        let backdrop = figure
            .backdrop_key()
            .map(|key| Backdrop { key, style, size });
        let backdrop_unchanged = backdrop.is_some() && self.backdrop == backdrop;
        RepaintPass {
            figure,
            draw,
            style,
            size,
            backdrop,
            backdrop_unchanged,
        }
    }

    /// Decides what `layer`'s canvas needs in `pass`, drawing the layer when it must: `resized`
    /// tells whether the canvas was just given a new size (which blanks it). When the plan is
    /// to paint, the new drawing is taken as painted from now on ([`PaintedLayers::painted`]).
    /// A drawing error leaves everything as it was.
    pub fn plan(
        &mut self,
        pass: &RepaintPass<'_>,
        layer: Layer,
        resized: bool,
    ) -> Result<LayerRepaint, DrawingAreaErrorKind<BackendError>> {
        if !needs_drawing(layer, pass.backdrop_unchanged, resized) {
            return Ok(LayerRepaint::Keep);
        }
        let mut recording = std::mem::take(&mut self.spare);
        recording.restart(pass.size);
        let drawn = (pass.draw)(
            pass.figure,
            &AnyBackend(&mut recording).into_drawing_area(),
            &pass.style.with_layer(layer),
        );
        if let Err(error) = drawn {
            self.spare = recording;
            return Err(error);
        }
        let last = &mut self.painted[slot(layer)];
        let plan = repaint(last.as_ref(), &recording, resized);
        match plan {
            LayerRepaint::Keep => self.spare = recording,
            LayerRepaint::Paint { .. } => {
                if let Some(old) = last.replace(recording) {
                    self.spare = old;
                }
            }
        }
        Ok(plan)
    }

    /// The drawing of `layer` as last planned for painting: what a [`LayerRepaint::Paint`]
    /// paints.
    pub fn painted(&self, layer: Layer) -> Option<&Recording> {
        self.painted[slot(layer)].as_ref()
    }

    /// Ends `pass`, every layer planned and applied: its backdrop is now the one on screen.
    pub fn finish(&mut self, pass: RepaintPass<'_>) {
        self.backdrop = pass.backdrop;
    }
}

/// Where `layer`'s drawing is kept: its position in [`Layer::STACK`]. [`Layer::All`], which no
/// canvas on screen shows alone, would be the bottom canvas.
fn slot(layer: Layer) -> usize {
    match layer {
        Layer::All | Layer::Frame => 0,
        Layer::Data => 1,
        Layer::Marks => 2,
    }
}

/// Whether `layer` must be drawn again. A resized canvas was blanked, so it is; so is the marks
/// layer, which carries the current point and changes with almost every move; the frame and
/// data are drawn again only when their backdrop changed or the figure has none.
fn needs_drawing(layer: Layer, backdrop_unchanged: bool, resized: bool) -> bool {
    resized || !backdrop_unchanged || layer.includes(Layer::Marks)
}

/// What a canvas that shows `last` (as last painted) needs to show `new`. An unchanged drawing
/// on a canvas that was not resized is kept; otherwise only what the last paint drew is erased
/// (a resize erased everything already), and a resized canvas starts from a fresh context.
fn repaint(last: Option<&Recording>, new: &Recording, resized: bool) -> LayerRepaint {
    if !resized && last == Some(new) {
        return LayerRepaint::Keep;
    }
    let clear = if resized {
        None
    } else {
        last.and_then(Recording::bounds).map(ClearRect::of_bounds)
    };
    LayerRepaint::Paint {
        clear,
        fresh_context: resized,
    }
}

#[cfg(test)]
mod tests {
    use plotters::prelude::*;

    use super::*;

    /// A recording of a `size` surface with one filled square at `corner`.
    fn square(size: (u32, u32), corner: (i32, i32)) -> Recording {
        let mut recording = Recording::new(size);
        let area = AnyBackend(&mut recording).into_drawing_area();
        let far = (corner.0 + 10, corner.1 + 10);
        area.draw(&Rectangle::new([corner, far], BLACK.filled()))
            .unwrap();
        recording
    }

    #[test]
    fn an_unchanged_drawing_is_kept() {
        let drawn = square((100, 80), (10, 10));
        let again = square((100, 80), (10, 10));
        assert_eq!(repaint(Some(&drawn), &again, false), LayerRepaint::Keep);
    }

    #[test]
    fn a_changed_drawing_clears_only_what_the_last_paint_covered() {
        let drawn = square((100, 80), (10, 10));
        let moved = square((100, 80), (50, 40));
        let LayerRepaint::Paint {
            clear: Some(clear),
            fresh_context: false,
        } = repaint(Some(&drawn), &moved, false)
        else {
            panic!("a moved square must be painted after clearing the old one");
        };
        let (left, top, right, bottom) = drawn.bounds().unwrap();
        assert_eq!(
            (clear.x, clear.y, clear.width, clear.height),
            (
                f64::from(left),
                f64::from(top),
                f64::from(right - left),
                f64::from(bottom - top)
            )
        );
        // The new square is not cleared: it is not on the canvas yet.
        assert!(clear.x + clear.width < 50.0);
    }

    #[test]
    fn a_resized_canvas_is_painted_on_a_fresh_context_without_clearing() {
        let drawn = square((100, 80), (10, 10));
        let again = square((100, 80), (10, 10));
        assert_eq!(
            repaint(Some(&drawn), &again, true),
            LayerRepaint::Paint {
                clear: None,
                fresh_context: true
            }
        );
    }

    #[test]
    fn a_first_paint_or_a_paint_over_nothing_clears_nothing() {
        let new = square((100, 80), (10, 10));
        let nothing = LayerRepaint::Paint {
            clear: None,
            fresh_context: false,
        };
        assert_eq!(repaint(None, &new, false), nothing);
        assert_eq!(
            repaint(Some(&Recording::new((100, 80))), &new, false),
            nothing
        );
    }

    #[test]
    fn only_the_marks_are_drawn_while_the_backdrop_stays() {
        for layer in Layer::STACK {
            let marks = layer == Layer::Marks;
            assert_eq!(needs_drawing(layer, true, false), marks, "{layer:?}");
            assert!(needs_drawing(layer, true, true), "{layer:?} resized");
            assert!(needs_drawing(layer, false, false), "{layer:?} new backdrop");
        }
        // Everything on one canvas includes the marks.
        assert!(needs_drawing(Layer::All, true, false));
    }

    #[test]
    fn each_layer_of_the_stack_has_its_own_slot() {
        let slots = Layer::STACK.map(slot);
        assert_eq!(slots, [0, 1, 2]);
    }
}
