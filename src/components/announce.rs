//! A polite live region that speaks a lesson's result once the reader stops moving a control,
//! not on every step of a drag.

use std::time::Duration;

use leptos::prelude::*;

/// How long the text must stay unchanged before it is announced.
const PAUSE: Duration = Duration::from_millis(700);

/// Announces `text` to screen readers after a pause in its changes.
#[component]
pub fn Announcer(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let spoken = RwSignal::new(String::new());
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |previous: Option<()>| {
        let next = text.get();
        if previous.is_none() {
            // The page's first state is read with the page; only changes are announced.
            return;
        }
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || spoken.set(next), PAUSE).ok();
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = timer.try_get_value() {
            handle.clear();
        }
    });
    view! {
        <p class="sr-only" aria-live="polite" data-testid="announcer">
            {move || spoken.get()}
        </p>
    }
}
