//! The only place that touches a canvas: sizes it by the device pixel ratio, redraws when the
//! figure, the theme or the element's size changes, and exports the drawing as PNG or SVG.

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ResizeObserver};

use super::export::{download_text, download_url};
use super::idle::in_next_task;
use super::painter::paint;
use super::prefs::{use_prefs, use_strings};
use crate::charts::{
    ContextState, Drawer, Figure, Layer, LayerRepaint, PaintedLayers, Palette, Style,
};
use crate::state::Theme;

/// The palette of a theme.
pub fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette::LIGHT,
        Theme::Dark => Palette::DARK,
    }
}

/// Gives `canvas` a size in device pixels; true when it changed (which cleared the canvas).
fn set_pixel_size(canvas: &HtmlCanvasElement, (width, height): (u32, u32)) -> bool {
    let resized = canvas.width() != width || canvas.height() != height;
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    resized
}

fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// The layers painted onto one new canvas, bottom first, as a PNG data URL.
fn flattened_png(layers: &[HtmlCanvasElement; 3]) -> Option<String> {
    let flat: HtmlCanvasElement = document().create_element("canvas").ok()?.dyn_into().ok()?;
    flat.set_width(layers[0].width());
    flat.set_height(layers[0].height());
    let context = context_2d(&flat)?;
    for layer in layers {
        context
            .draw_image_with_html_canvas_element(layer, 0.0, 0.0)
            .ok()?;
    }
    flat.to_data_url().ok()
}

/// The three layer canvases once they are mounted, read with `get` (tracked or not).
fn layer_canvases(
    refs: &[NodeRef<Canvas>; 3],
    get: fn(&NodeRef<Canvas>) -> Option<HtmlCanvasElement>,
) -> Option<[HtmlCanvasElement; 3]> {
    Some([get(&refs[0])?, get(&refs[1])?, get(&refs[2])?])
}

/// A chart on three stacked canvases (frame, data, marks: see `Layer`), with its text
/// alternative and export buttons.
#[component]
pub fn Chart(
    /// The contract's chart name (`data-chart`), also the export file name.
    name: &'static str,
    #[prop(into)] figure: Signal<Figure>,
    /// Draws the figure: the drawer of the charts the lesson makes (`charts::drawers`).
    draw: Drawer,
    /// What the chart shows and where the current point is, for screen readers.
    #[prop(into)]
    alt: Signal<String>,
    /// A short title, used in the export buttons' labels.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let prefs = use_prefs();
    let strings = use_strings();
    // Bottom to top: the frame, the data and the marks (`Layer::STACK`).
    // Three separate refs: `[NodeRef::new(); 3]` would copy one handle three times.
    let layer_refs: [NodeRef<Canvas>; 3] = std::array::from_fn(|_| NodeRef::new());
    let base_ref = layer_refs[0];
    // The canvas' size in CSS pixels, as the layout gives it.
    let css_size = RwSignal::new((0u32, 0u32));
    let observer = StoredValue::new_local(None::<(ResizeObserver, Closure<dyn FnMut()>)>);
    // What each layer canvas shows: it decides which layers the next drawing paints again and
    // what of each it clears (`PaintedLayers::plan`); the effect below only applies the plan.
    let painted = StoredValue::new(PaintedLayers::new());
    // Each layer's context state as its last paint left it, so that paint sets only what differs.
    let context_states = StoredValue::new(<[ContextState; 3]>::default());
    // The figure as last drawn: the next one keeps its value axis while that fits.
    let drawn = StoredValue::new(None::<Figure>);

    Effect::new(move |_| {
        let Some(canvas) = base_ref.get() else {
            return;
        };
        if observer.with_value(Option::is_some) {
            return;
        }
        let observed = canvas.clone();
        let measure = move || {
            let rect = observed.get_bounding_client_rect();
            let size = (rect.width().round() as u32, rect.height().round() as u32);
            if css_size
                .try_get_untracked()
                .is_some_and(|shown| shown != size)
            {
                css_size.set(size);
            }
        };
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            if css_size.get_untracked() == (0, 0) {
                // The first drawing waits for a task of its own: drawn here, every chart of the
                // lesson would join the frame's layout in one task, long enough on a phone to
                // hold up a tap. The charts then appear one frame after the lesson.
                in_next_task(measure.clone());
            } else {
                measure();
            }
        });
        if let Ok(resize_observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            resize_observer.observe(&canvas);
            observer.set_value(Some((resize_observer, on_resize)));
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|value| {
            if let Some((resize_observer, _)) = value {
                resize_observer.disconnect();
            }
        });
    });

    Effect::new(move |_| {
        let figure = figure.get();
        let figure = drawn.with_value(|last| figure.holding_axes_of(last.as_ref()));
        let theme = prefs.theme.get();
        let (width, height) = css_size.get();
        let Some(canvases) = layer_canvases(&layer_refs, NodeRef::get) else {
            return;
        };
        if width == 0 || height == 0 {
            return;
        }
        let scale = window().device_pixel_ratio().max(1.0);
        let size = (
            (width as f64 * scale).round() as u32,
            (height as f64 * scale).round() as u32,
        );
        let style = Style::new(palette(theme), scale);
        let pass = painted.with_value(|layers| layers.start(&figure, draw, style, size));
        for (index, (canvas, layer)) in canvases.into_iter().zip(Layer::STACK).enumerate() {
            let resized = set_pixel_size(&canvas, size);
            let Some(plan) = painted.try_update_value(|layers| layers.plan(&pass, layer, resized))
            else {
                return;
            };
            // A drawing error leaves the previous frame; it is logged, never fatal.
            let (clear, fresh_context) = match plan {
                Err(error) => {
                    leptos::logging::warn!("chart {name}: {error}");
                    return;
                }
                Ok(LayerRepaint::Keep) => continue,
                Ok(LayerRepaint::Paint {
                    clear,
                    fresh_context,
                }) => (clear, fresh_context),
            };
            let Some(context) = context_2d(&canvas) else {
                continue;
            };
            if let Some(rect) = clear {
                context.clear_rect(rect.x, rect.y, rect.width, rect.height);
            }
            context_states.update_value(|states| {
                if fresh_context {
                    states[index] = ContextState::default();
                }
                painted.with_value(|layers| {
                    if let Some(recording) = layers.painted(layer) {
                        paint(&context, recording, &mut states[index]);
                    }
                });
            });
        }
        painted.update_value(|layers| layers.finish(pass));
        drawn.set_value(Some(figure));
    });

    let export_png = move |_| {
        if let Some(canvases) = layer_canvases(&layer_refs, NodeRef::get_untracked) {
            if let Some(url) = flattened_png(&canvases) {
                download_url(&url, &format!("xent-lab-{name}.png"));
            }
        }
    };
    let export_svg = move |_| {
        let (width, height) = css_size.get_untracked();
        let style = Style::new(palette(prefs.theme.get_untracked()), 1.0);
        let (width, height) = (width.max(320), height.max(240));
        // The drawing on screen, with the axes it holds; before the first, the figure itself.
        let svg = drawn
            .with_value(|shown| {
                shown
                    .as_ref()
                    .map(|f| f.to_svg_drawn_by(draw, width, height, &style).0)
            })
            .unwrap_or_else(|| {
                figure.with_untracked(|f| f.to_svg_drawn_by(draw, width, height, &style).0)
            });
        download_text(&svg, "image/svg+xml", &format!("xent-lab-{name}.svg"));
    };
    let export_label = move || (strings.get().ui.export_label)(&title.get());

    view! {
        <figure class="chart">
            <div class="chart-canvas">
                <canvas node_ref=layer_refs[0] data-chart=name role="img" aria-label=move || alt.get()></canvas>
                <canvas node_ref=layer_refs[1] class="chart-overlay" aria-hidden="true"></canvas>
                <canvas node_ref=layer_refs[2] class="chart-overlay" aria-hidden="true"></canvas>
            </div>
            <figcaption class="chart-caption">
                <span class="chart-alt">{move || alt.get()}</span>
                <span class="chart-export" role="group" aria-label=export_label>
                    <button type="button" data-testid="export-png" on:click=export_png>
                        {move || strings.get().ui.export_png}
                    </button>
                    <button type="button" data-testid="export-svg" on:click=export_svg>
                        {move || strings.get().ui.export_svg}
                    </button>
                </span>
            </figcaption>
        </figure>
    }
}
