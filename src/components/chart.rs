//! The only place that touches a canvas: sizes it by the device pixel ratio, redraws when the
//! figure, the theme or the element's size changes, and exports the drawing as PNG or SVG.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

use super::export::{download_text, download_url};
use super::prefs::{use_prefs, use_strings};
use crate::charts::{AnyBackend, Figure, Palette, Style};
use crate::state::Theme;

/// The palette of a theme.
pub fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette::LIGHT,
        Theme::Dark => Palette::DARK,
    }
}

/// A chart on a canvas, with its text alternative and export buttons.
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
    let canvas_ref = NodeRef::<Canvas>::new();
    // The canvas' size in CSS pixels, as the layout gives it.
    let css_size = RwSignal::new((0u32, 0u32));
    let observer = StoredValue::new_local(None::<(ResizeObserver, Closure<dyn FnMut()>)>);

    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
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
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if width == 0 || height == 0 {
            return;
        }
        let scale = window().device_pixel_ratio().max(1.0);
        let (pixel_width, pixel_height) = (
            (width as f64 * scale).round() as u32,
            (height as f64 * scale).round() as u32,
        );
        if canvas.width() != pixel_width {
            canvas.set_width(pixel_width);
        }
        if canvas.height() != pixel_height {
            canvas.set_height(pixel_height);
        }
        let style = Style {
            palette: palette(theme),
            scale,
        };
        if let Some(mut backend) = CanvasBackend::with_canvas_object(canvas) {
            let area = AnyBackend(&mut backend).into_drawing_area();
            // A drawing error leaves the previous frame; it is logged, never fatal.
            if let Err(error) = figure.draw(&area, &style).and_then(|_| area.present()) {
                leptos::logging::warn!("chart {name}: {error}");
            }
        }
    });

    let export_png = move |_| {
        if let Some(canvas) = canvas_ref.get_untracked() {
            if let Ok(url) = canvas.to_data_url() {
                download_url(&url, &format!("xent-lab-{name}.png"));
            }
        }
    };
    let export_svg = move |_| {
        let (width, height) = css_size.get_untracked();
        let style = Style {
            palette: palette(prefs.theme.get_untracked()),
            scale: 1.0,
        };
        let svg = figure.with_untracked(|f| f.to_svg(width.max(320), height.max(240), &style));
        download_text(&svg, "image/svg+xml", &format!("xent-lab-{name}.svg"));
    };
    let export_label = move || (strings.get().ui.export_label)(&title.get());

    view! {
        <figure class="chart">
            <canvas node_ref=canvas_ref data-chart=name role="img" aria-label=move || alt.get()></canvas>
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
