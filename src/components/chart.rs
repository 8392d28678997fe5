//! The only place that touches a canvas: sizes it by the device pixel ratio, redraws when the
//! figure, the theme or the element's size changes, and exports the drawing as PNG or SVG.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ResizeObserver};

use super::export::{download_text, download_url};
use super::prefs::{use_prefs, use_strings};
use crate::charts::{AnyBackend, Figure, Layer, Palette, Recording, Style};
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

/// The two layers painted onto one new canvas, as a PNG data URL.
fn flattened_png(base: &HtmlCanvasElement, overlay: &HtmlCanvasElement) -> Option<String> {
    let flat: HtmlCanvasElement = document().create_element("canvas").ok()?.dyn_into().ok()?;
    flat.set_width(base.width());
    flat.set_height(base.height());
    let context = context_2d(&flat)?;
    context
        .draw_image_with_html_canvas_element(base, 0.0, 0.0)
        .ok()?;
    context
        .draw_image_with_html_canvas_element(overlay, 0.0, 0.0)
        .ok()?;
    flat.to_data_url().ok()
}

/// A chart on two stacked canvases (the base drawing and the moving markers), with its text
/// alternative and export buttons.
#[component]
pub fn Chart(
    /// The contract's chart name (`data-chart`), also the export file name.
    name: &'static str,
    #[prop(into)] figure: Signal<Figure>,
    /// What the chart shows and where the current point is, for screen readers.
    #[prop(into)]
    alt: Signal<String>,
    /// A short title, used in the export buttons' labels.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let prefs = use_prefs();
    let strings = use_strings();
    let base_ref = NodeRef::<Canvas>::new();
    let overlay_ref = NodeRef::<Canvas>::new();
    // The canvas' size in CSS pixels, as the layout gives it.
    let css_size = RwSignal::new((0u32, 0u32));
    let observer = StoredValue::new_local(None::<(ResizeObserver, Closure<dyn FnMut()>)>);
    // The base layer as last painted, so an unchanged frame is not painted again.
    let painted_base = StoredValue::new(None::<Recording>);

    Effect::new(move |_| {
        let Some(canvas) = base_ref.get() else {
            return;
        };
        if observer.with_value(Option::is_some) {
            return;
        }
        let observed = canvas.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let rect = observed.get_bounding_client_rect();
            let size = (rect.width().round() as u32, rect.height().round() as u32);
            if css_size.get_untracked() != size {
                css_size.set(size);
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
        let theme = prefs.theme.get();
        let (width, height) = css_size.get();
        let (Some(base), Some(overlay)) = (base_ref.get(), overlay_ref.get()) else {
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
        // Resizing a canvas clears it, so a resized base is painted even if its calls match.
        let resized = set_pixel_size(&base, size) | set_pixel_size(&overlay, size);
        let style = Style::new(palette(theme), scale);

        let mut recording = Recording::new(size);
        let recorded = figure.draw(
            &AnyBackend(&mut recording).into_drawing_area(),
            &style.with_layer(Layer::Base),
        );
        // A drawing error leaves the previous frame; it is logged, never fatal.
        if let Err(error) = recorded {
            leptos::logging::warn!("chart {name}: {error}");
            return;
        }
        let unchanged =
            !resized && painted_base.with_value(|last| last.as_ref() == Some(&recording));
        if !unchanged {
            if let Some(mut backend) = CanvasBackend::with_canvas_object(base) {
                if let Err(error) = recording.replay(&mut backend) {
                    leptos::logging::warn!("chart {name}: {error}");
                }
            }
            painted_base.set_value(Some(recording));
        }

        if let Some(context) = context_2d(&overlay) {
            context.clear_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
        }
        if let Some(mut backend) = CanvasBackend::with_canvas_object(overlay) {
            let area = AnyBackend(&mut backend).into_drawing_area();
            let drawn = figure
                .draw(&area, &style.with_layer(Layer::Overlay))
                .and_then(|_| area.present());
            if let Err(error) = drawn {
                leptos::logging::warn!("chart {name}: {error}");
            }
        }
    });

    let export_png = move |_| {
        if let (Some(base), Some(overlay)) = (base_ref.get_untracked(), overlay_ref.get_untracked())
        {
            if let Some(url) = flattened_png(&base, &overlay) {
                download_url(&url, &format!("xent-lab-{name}.png"));
            }
        }
    };
    let export_svg = move |_| {
        let (width, height) = css_size.get_untracked();
        let style = Style::new(palette(prefs.theme.get_untracked()), 1.0);
        let svg = figure.with_untracked(|f| f.to_svg(width.max(320), height.max(240), &style));
        download_text(&svg, "image/svg+xml", &format!("xent-lab-{name}.svg"));
    };
    let export_label = move || (strings.get().ui.export_label)(&title.get());

    view! {
        <figure class="chart">
            <div class="chart-canvas">
                <canvas node_ref=base_ref data-chart=name role="img" aria-label=move || alt.get()></canvas>
                <canvas node_ref=overlay_ref class="chart-overlay" aria-hidden="true"></canvas>
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
