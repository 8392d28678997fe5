//! Host tests of the repaint plan (`charts::PaintedLayers`): which of a chart's three layer
//! canvases a new drawing paints again, and what of each it clears first.
//!
//! The canvases are stood in for by [`Canvases`], which logs what is done to them. The plan is
//! checked against figures the course draws, and against the decision the `Chart` component
//! made itself before the plan existed ([`EarlierComponent`]), which it must repeat exactly.

use plotters::prelude::IntoDrawingArea;
use xent_lab::charts::*;
use xent_lab::math::Unit;

/// What was done to one layer canvas.
#[derive(Clone, PartialEq)]
enum CanvasCall {
    /// `clearRect` over (x, y, width, height).
    Clear(f64, f64, f64, f64),
    /// A paint of `recording`, from a fresh context state when `fresh_context`.
    Paint {
        recording: Recording,
        fresh_context: bool,
    },
}

impl std::fmt::Debug for CanvasCall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CanvasCall::Clear(x, y, w, h) => write!(f, "Clear({x}, {y}, {w}, {h})"),
            CanvasCall::Paint {
                recording,
                fresh_context,
            } => write!(
                f,
                "Paint({} calls, fresh context: {fresh_context})",
                recording.len()
            ),
        }
    }
}

/// Three layer canvases: their size, and what was done to each since the last look.
#[derive(Default)]
struct Canvases {
    size: [(u32, u32); 3],
    calls: [Vec<CanvasCall>; 3],
}

impl Canvases {
    /// Gives canvas `index` `size`; true when it changed (as the component's `set_pixel_size`).
    fn set_size(&mut self, index: usize, size: (u32, u32)) -> bool {
        let resized = self.size[index] != size;
        self.size[index] = size;
        resized
    }

    /// What was done to each canvas since the last call.
    fn take_calls(&mut self) -> [Vec<CanvasCall>; 3] {
        std::mem::take(&mut self.calls)
    }
}

/// A chart on screen repainted through the plan, applied as the `Chart` component applies it.
#[derive(Default)]
struct Planned {
    layers: PaintedLayers,
    canvases: Canvases,
}

impl Planned {
    /// Repaints `figure` and returns each layer's plan.
    fn draw(&mut self, figure: &Figure, style: Style, size: (u32, u32)) -> [LayerRepaint; 3] {
        let pass = self.layers.start(figure, drawers::any, style, size);
        let mut plans = [LayerRepaint::Keep; 3];
        for (index, layer) in Layer::STACK.into_iter().enumerate() {
            let resized = self.canvases.set_size(index, size);
            let plan = self.layers.plan(&pass, layer, resized).expect("drawn");
            if let LayerRepaint::Paint {
                clear,
                fresh_context,
            } = plan
            {
                if let Some(rect) = clear {
                    let clear = CanvasCall::Clear(rect.x, rect.y, rect.width, rect.height);
                    self.canvases.calls[index].push(clear);
                }
                let recording = self.layers.painted(layer).expect("planned").clone();
                self.canvases.calls[index].push(CanvasCall::Paint {
                    recording,
                    fresh_context,
                });
            }
            plans[index] = plan;
        }
        self.layers.finish(pass);
        plans
    }
}

/// The repaint decision as the `Chart` component's canvas effect made it before it moved into
/// `charts::repaint`, line for line, with the canvas calls logged instead of made.
#[derive(Default)]
struct EarlierComponent {
    painted: [Option<Recording>; 3],
    spare: Recording,
    backdrop: Option<(BackdropKey, Style, (u32, u32))>,
    canvases: Canvases,
}

impl EarlierComponent {
    fn draw(&mut self, figure: &Figure, style: Style, size: (u32, u32)) {
        let key = figure.backdrop_key().map(|key| (key, style, size));
        let same_backdrop = key.is_some() && self.backdrop == key;
        for (index, layer) in Layer::STACK.into_iter().enumerate() {
            let resized = self.canvases.set_size(index, size);
            if same_backdrop && !resized && layer != Layer::Marks {
                continue;
            }
            let mut recording = std::mem::take(&mut self.spare);
            recording.restart(size);
            figure
                .draw(
                    &AnyBackend(&mut recording).into_drawing_area(),
                    &style.with_layer(layer),
                )
                .expect("drawn");
            let unchanged = !resized && self.painted[index].as_ref() == Some(&recording);
            if unchanged {
                self.spare = recording;
                continue;
            }
            let last_drawn = self.painted[index].as_ref().and_then(Recording::bounds);
            if let (false, Some((left, top, right, bottom))) = (resized, last_drawn) {
                self.canvases.calls[index].push(CanvasCall::Clear(
                    f64::from(left),
                    f64::from(top),
                    f64::from(right - left),
                    f64::from(bottom - top),
                ));
            }
            self.canvases.calls[index].push(CanvasCall::Paint {
                recording: recording.clone(),
                fresh_context: resized,
            });
            if let Some(old) = self.painted[index].replace(recording) {
                self.spare = old;
            }
        }
        self.backdrop = key;
    }
}

fn neg_log(p: f64, unit: Unit) -> Figure {
    Figure::NegLog(NegLog {
        p,
        unit,
        labels: NegLogLabels {
            x_axis: "probability p".into(),
            y_axis: "information −log p".into(),
            infinity: "∞".into(),
        },
    })
}

fn batch(losses: Vec<f64>) -> Figure {
    let mean = losses.iter().sum::<f64>() / losses.len() as f64;
    Figure::BatchLosses(BatchLosses {
        losses,
        mean,
        unit: Unit::Nats,
        held_axis: None,
        labels: BatchLossesLabels {
            x_axis: "sample".into(),
            y_axis: "loss (nats)".into(),
            mean: "mean".into(),
            infinity: "∞".into(),
        },
    })
}

fn loss_vs_logit(z_true: f64) -> Figure {
    Figure::LossVsLogit(LossVsLogit {
        z: vec![0.5, z_true, -1.0],
        true_class: 1,
        labels: LossCurveLabels {
            x_axis: "true class".into(),
            y_axis: "loss (nats)".into(),
            cross_entropy: "cross-entropy".into(),
            squared_error: "squared error".into(),
            infinity: "∞".into(),
        },
    })
}

const SIZE: (u32, u32) = (640, 400);

const PAINT: LayerRepaint = LayerRepaint::Paint {
    clear: None,
    fresh_context: true,
};

/// `recording`'s bounds as the rectangle a repaint clears.
fn clear_of(recording: &Recording) -> ClearRect {
    let (left, top, right, bottom) = recording.bounds().expect("something drawn");
    ClearRect {
        x: f64::from(left),
        y: f64::from(top),
        width: f64::from(right - left),
        height: f64::from(bottom - top),
    }
}

#[test]
fn the_first_drawing_paints_every_layer_on_a_fresh_canvas() {
    let mut chart = Planned::default();
    assert_eq!(
        chart.draw(&neg_log(0.5, Unit::Nats), Style::LIGHT, SIZE),
        [PAINT; 3]
    );
}

#[test]
fn an_unchanged_figure_is_not_painted_again() {
    for figure in [neg_log(0.5, Unit::Nats), batch(vec![0.5, 1.2, 0.1])] {
        let mut chart = Planned::default();
        chart.draw(&figure, Style::LIGHT, SIZE);
        assert_eq!(
            chart.draw(&figure, Style::LIGHT, SIZE),
            [LayerRepaint::Keep; 3],
            "{}",
            figure.name()
        );
    }
}

#[test]
fn a_moved_point_clears_and_paints_only_the_marks_where_they_were() {
    let (before, after) = (neg_log(0.5, Unit::Nats), neg_log(0.4, Unit::Nats));
    assert_eq!(before.backdrop_key(), after.backdrop_key());
    let mut chart = Planned::default();
    chart.draw(&before, Style::LIGHT, SIZE);
    let old_marks = chart.layers.painted(Layer::Marks).unwrap().clone();
    let plans = chart.draw(&after, Style::LIGHT, SIZE);
    assert_eq!(
        plans,
        [
            LayerRepaint::Keep,
            LayerRepaint::Keep,
            LayerRepaint::Paint {
                clear: Some(clear_of(&old_marks)),
                fresh_context: false
            }
        ]
    );
    assert!(chart.layers.painted(Layer::Marks) != Some(&old_marks));
}

#[test]
fn a_resized_canvas_is_painted_again_even_if_its_drawing_is_the_same() {
    let figure = neg_log(0.5, Unit::Nats);
    let mut chart = Planned::default();
    chart.draw(&figure, Style::LIGHT, SIZE);
    assert_eq!(chart.draw(&figure, Style::LIGHT, (800, 500)), [PAINT; 3]);
}

#[test]
fn a_changed_backdrop_paints_the_frame_layers_again() {
    let figure = neg_log(0.5, Unit::Nats);
    let changed = [
        (neg_log(0.5, Unit::Bits), Style::LIGHT),
        (figure.clone(), Style::DARK),
    ];
    for (other, style) in changed {
        let mut chart = Planned::default();
        chart.draw(&figure, Style::LIGHT, SIZE);
        let old_frame = chart.layers.painted(Layer::Frame).unwrap().clone();
        let plans = chart.draw(&other, style, SIZE);
        assert_eq!(
            plans[0],
            LayerRepaint::Paint {
                clear: Some(clear_of(&old_frame)),
                fresh_context: false
            }
        );
        // The marks carry the value, in the new unit or colours.
        assert!(matches!(plans[2], LayerRepaint::Paint { .. }));
    }
}

#[test]
fn a_chart_without_a_backdrop_key_paints_only_the_layers_that_changed() {
    // The bar charts draw every layer again (they have no backdrop key), and paint only what
    // differs: new bars against the same axis leave the frame as it is.
    let mut chart = Planned::default();
    let before = batch(vec![0.5, 1.2, 0.1]);
    chart.draw(&before, Style::LIGHT, SIZE);
    let after = batch(vec![0.5, 1.1, 0.1]).holding_axes_of(Some(&before));
    let plans = chart.draw(&after, Style::LIGHT, SIZE);
    assert_eq!(plans[0], LayerRepaint::Keep);
    assert!(matches!(
        plans[1],
        LayerRepaint::Paint { clear: Some(_), .. }
    ));
}

#[test]
fn a_layer_found_unchanged_keeps_what_was_painted() {
    let figure = batch(vec![0.5, 1.2, 0.1]);
    let mut chart = Planned::default();
    chart.draw(&figure, Style::LIGHT, SIZE);
    let painted: Vec<Recording> = Layer::STACK
        .iter()
        .map(|&layer| chart.layers.painted(layer).unwrap().clone())
        .collect();
    chart.draw(&figure, Style::LIGHT, SIZE);
    for (layer, before) in Layer::STACK.into_iter().zip(painted) {
        assert!(chart.layers.painted(layer) == Some(&before), "{layer:?}");
    }
}

#[test]
fn the_plan_repeats_the_components_earlier_paints_and_clears_exactly() {
    // Moves, resizes, theme and unit switches, charts with and without a backdrop key.
    let mut steps: Vec<(Figure, Style, (u32, u32))> = Vec::new();
    for k in 0..40 {
        let p = 0.9 - 0.02 * f64::from(k);
        let size = if k < 20 { SIZE } else { (500, 320) };
        let style = if k % 15 == 14 {
            Style::DARK
        } else {
            Style::LIGHT
        };
        let unit = if k % 10 == 9 { Unit::Bits } else { Unit::Nats };
        steps.push((neg_log(p, unit), style, size));
    }
    let mut held: Option<Figure> = None;
    for k in 0..30 {
        let losses = vec![0.5, 0.2 + 0.1 * f64::from(k), f64::from(k % 4) * 0.3];
        let figure = batch(losses).holding_axes_of(held.as_ref());
        held = Some(figure.clone());
        steps.push((figure, Style::LIGHT, SIZE));
    }
    for k in 0..30 {
        let size = if k == 20 { (641, 400) } else { SIZE };
        steps.push((loss_vs_logit(-3.0 + 0.2 * f64::from(k)), Style::LIGHT, size));
    }
    steps.push((neg_log(0.5, Unit::Nats), Style::LIGHT, SIZE));

    let (mut planned, mut earlier) = (Planned::default(), EarlierComponent::default());
    let mut paints = 0;
    for (step, (figure, style, size)) in steps.iter().enumerate() {
        planned.draw(figure, *style, *size);
        earlier.draw(figure, *style, *size);
        let (now, before) = (planned.canvases.take_calls(), earlier.canvases.take_calls());
        assert_eq!(now, before, "step {step}: {}", figure.name());
        paints += now
            .iter()
            .flatten()
            .filter(|call| matches!(call, CanvasCall::Paint { .. }))
            .count();
    }
    // The sequence exercises both keeping and painting.
    assert!(paints > steps.len() && paints < 3 * steps.len(), "{paints}");
}
