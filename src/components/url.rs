//! The address bar as the view's permalink.
//!
//! Browsers refuse bursts of `history.replaceState` (Chromium ignores them, Safari throws after
//! 100 calls in 30 s), so writes are throttled: at most one every 250 ms while a slider is
//! dragged, and the last state always lands within 350 ms of the last move (250 ms and an idle
//! moment). A refused write is not an error: the next one carries the whole state anyway. Writes
//! happen on a timer and then wait for the page to be idle, never inside the move that caused
//! them: Chromium also loads the page icon again after each write.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::prefs::use_prefs;
use crate::math::clamp;
use crate::state::{to_query, ViewId, ViewState};

const MIN_INTERVAL_MS: f64 = 250.0;
/// The shortest wait before a write, long enough to fall after a burst of moves' own work.
const MIN_DELAY_MS: f64 = 50.0;
/// The longest a due write waits for the page to be idle (between frames, no input to handle).
const IDLE_TIMEOUT_MS: u32 = 100;

thread_local! {
    static PENDING: RefCell<Option<String>> = const { RefCell::new(None) };
    static LAST_WRITE_MS: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
    static TIMER_SET: Cell<bool> = const { Cell::new(false) };
    /// Bumped whenever the history entry changes under the lessons (a push, back or forward):
    /// a lesson mounted before that describes an entry that is no longer shown.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

fn next_generation() {
    GENERATION.with(|generation| generation.set(generation.get() + 1));
}

/// The current query string, without its leading `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// The page's address with `query` in place of the current one.
pub fn url_with_query(query: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{query}")
}

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

fn write(query: &str) {
    if current_query() == query {
        return;
    }
    if let Ok(history) = window().history() {
        // Refused writes are expected under bursts; the next write carries the full state.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url_with_query(query)));
    }
    LAST_WRITE_MS.with(|last| last.set(now_ms()));
}

/// The throttle's timer: the write is due, and lands when the page is next idle, so it never
/// delays a move's own work or a frame while a slider is dragged.
fn flush() {
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_TIMEOUT_MS);
    let idle = Closure::once_into_js(write_pending);
    let requested = window().request_idle_callback_with_options(idle.unchecked_ref(), &options);
    if requested.is_err() {
        // Safari has no requestIdleCallback.
        write_pending();
    }
}

fn write_pending() {
    TIMER_SET.with(|timer| timer.set(false));
    if let Some(query) = PENDING.with(|pending| pending.borrow_mut().take()) {
        write(&query);
    }
}

/// Replaces the query string with `query`, throttled, and never within the move itself: the
/// write waits for a timer (at least [`MIN_DELAY_MS`]), so a slider move pays only for its
/// readouts and charts. Several moves within the interval cost one write.
pub fn replace_query(query: String) {
    PENDING.with(|pending| *pending.borrow_mut() = Some(query));
    if TIMER_SET.with(Cell::get) {
        return;
    }
    let elapsed = now_ms() - LAST_WRITE_MS.with(Cell::get);
    let delay = clamp(MIN_INTERVAL_MS - elapsed, MIN_DELAY_MS, MIN_INTERVAL_MS);
    TIMER_SET.with(|timer| timer.set(true));
    set_timeout(flush, Duration::from_millis(delay.ceil() as u64));
}

/// Writes a throttled update that is still waiting, now, so a link read from the address bar
/// (the permalink, the embed code, "open in Cross-Entropy Lab") carries the last move even
/// within 250 ms of it. The waiting timer then finds nothing to write.
pub fn flush_pending() {
    if let Some(query) = PENDING.with(|pending| pending.borrow_mut().take()) {
        write(&query);
    }
}

/// Forgets a throttled update that has not been written yet, and stops the lessons mounted so
/// far from writing again. Called when the reader goes back or forward: what they would write
/// describes the entry the reader left, and would land on the entry they arrived at.
pub fn drop_pending() {
    PENDING.with(|pending| pending.borrow_mut().take());
    next_generation();
}

/// Pushes a new history entry (navigation between views), dropping any pending replace.
pub fn push_query(query: &str) {
    drop_pending();
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url_with_query(query)));
    }
    LAST_WRITE_MS.with(|last| last.set(now_ms()));
}

/// Keeps the address bar in step with a lesson's state and the reader's settings.
///
/// Call once in a lesson; `state` reads the lesson's signals. The first run only subscribes:
/// the address the page was opened with stays as it is until the reader changes something.
/// Once the history entry changes (see [`drop_pending`]) the lesson no longer writes, even if
/// its effect still runs before the lesson is replaced.
pub fn sync_url(view: ViewId, state: impl Fn() -> ViewState + 'static) {
    let prefs = use_prefs();
    let generation = GENERATION.with(Cell::get);
    Effect::new(move |previous: Option<()>| {
        let query = to_query(view, &prefs.settings(), &state());
        if previous.is_some() && GENERATION.with(Cell::get) == generation {
            replace_query(query);
        }
    });
}
