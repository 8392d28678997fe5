//! Work that can wait: until the next task (`in_next_task`), or until the view's first numbers
//! are on screen and the page is idle (a lesson's lower part, the practice panel's code and
//! the next lesson's files); and the hooks of `preload.js` that fetch files ahead. Started
//! earlier, that work would compete with the view for the network and the main thread on a
//! phone's first load.

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

/// Runs `work` once the next frame has been shown (the view's readouts are then on screen) and
/// the page is idle, or after [`IDLE_TIMEOUT_MS`]. Boxed, so the scheduling code is one copy
/// in the shell, whichever chunk asks.
///
/// Two frames: a frame's `requestAnimationFrame` callbacks run before it is painted, and the
/// screen shows it a few milliseconds after its painting. A download started in between
/// would count, for Lighthouse, as something the view's largest paint waited for.
///
/// A page that is not shown (a tab in the background, a headless capture on virtual time) has
/// no frames: after [`NO_FRAME_TIMEOUT_MS`] without them the work runs anyway, as nothing on
/// screen competes with it then.
pub fn after_first_paint(work: Box<dyn FnOnce()>) {
    // Whichever comes first runs the work; the other finds it gone.
    let work = std::rc::Rc::new(std::cell::Cell::new(Some(work)));
    let by_frames = work.clone();
    on_next_frame(Box::new(move || {
        on_next_frame(Box::new(move || {
            if let Some(work) = by_frames.take() {
                when_idle(work);
            }
        }))
    }));
    leptos::prelude::set_timeout(
        move || {
            if let Some(work) = work.take() {
                work();
            }
        },
        std::time::Duration::from_millis(NO_FRAME_TIMEOUT_MS),
    );
}

/// How long [`after_first_paint`] waits for frames before it decides the page is not shown.
const NO_FRAME_TIMEOUT_MS: u64 = 1_000;

/// Runs `work` in the next frame's `requestAnimationFrame` callbacks, or now without frames
/// (nothing on screen then competes with the work).
fn on_next_frame(work: Box<dyn FnOnce()>) {
    let in_frame = Closure::once_into_js(work);
    if window()
        .request_animation_frame(in_frame.unchecked_ref())
        .is_err()
    {
        call(&in_frame);
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
/// costs no download (and the page's main thread nothing now).
pub fn prefetch_files(view: crate::lessons::ViewId) {
    call_preload("xentLabPrefetch", view);
}

/// Asks for the files of `view`'s lower part (`lessons::kit::Later`) in one request, when
/// `view` is the one the page was opened with; otherwise its loader fetches them as usual.
pub fn fetch_lower_part(view: crate::lessons::ViewId) {
    call_preload("xentLabLater", view);
}

/// Calls `preload.js`'s `window[name](view id)`. That script knows each view's files in this
/// build and does the fetching; a build without it (no split) skips this.
fn call_preload(name: &str, view: crate::lessons::ViewId) {
    let hook = js_sys::Reflect::get(&window(), &wasm_bindgen::JsValue::from_str(name));
    if let Some(hook) = hook
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = hook.call1(
            &wasm_bindgen::JsValue::NULL,
            &wasm_bindgen::JsValue::from_str(view.id()),
        );
    }
}
