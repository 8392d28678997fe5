//! Work that can wait: until the next task (`in_next_task`), or until the view's first numbers
//! are on screen (the practice panel's code and the next lesson's files). Started earlier, it
//! would compete with the view for the network and the main thread on a phone's first load.

use leptos::prelude::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `work` in a task of its own, after the current one (a zero-delay timeout): how the
/// first load is cut into tasks short enough that a tap on a phone is answered between them.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
}

/// How long idle work may wait for an idle moment before it runs anyway.
const IDLE_TIMEOUT_MS: u32 = 2_000;

/// Runs `work` once the next frame has been painted (the view's readouts are then on screen)
/// and the page is idle, or after [`IDLE_TIMEOUT_MS`]. Boxed, so the scheduling code is one
/// copy in the shell, whichever chunk asks.
pub fn after_first_paint(work: Box<dyn FnOnce()>) {
    let after_frame = Closure::once_into_js(move || when_idle(work));
    if window()
        .request_animation_frame(after_frame.unchecked_ref())
        .is_err()
    {
        // No frames to wait for: nothing on screen competes with the work.
        call(&after_frame);
    }
}

fn when_idle(work: Box<dyn FnOnce()>) {
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_TIMEOUT_MS);
    let idle = Closure::once_into_js(work);
    if window()
        .request_idle_callback_with_options(idle.unchecked_ref(), &options)
        .is_err()
    {
        // Safari has no requestIdleCallback: the frame has been painted, which is what matters.
        call(&idle);
    }
}

fn call(function: &wasm_bindgen::JsValue) {
    let _ = function
        .unchecked_ref::<js_sys::Function>()
        .call0(&wasm_bindgen::JsValue::NULL);
}

/// Brings `view`'s files into the HTTP cache without running them, so that opening it later
/// costs no download (and the page's main thread nothing now). `preload.js`, which knows each
/// view's files in this build, does the fetching; a build without it (no split) skips this.
pub fn prefetch_files(view: crate::lessons::ViewId) {
    let prefetch = js_sys::Reflect::get(
        &window(),
        &wasm_bindgen::JsValue::from_str("xentLabPrefetch"),
    );
    if let Some(prefetch) = prefetch
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = prefetch.call1(
            &wasm_bindgen::JsValue::NULL,
            &wasm_bindgen::JsValue::from_str(view.id()),
        );
    }
}
