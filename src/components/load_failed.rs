//! A part of the page whose code arrives from a split point: a placeholder while it loads,
//! and where it could not be fetched (offline, a server error), why, and a retry.

use std::future::Future;

use leptos::prelude::*;

use super::idle::after_first_paint;
use super::use_strings;
use crate::i18n::Strings;
use crate::lessons::LessonLoadError;

/// `placeholder` while `load` runs, then the part it gives, or [`LoadFailed`] with `message`
/// and `retry` when its code could not be fetched: what a lesson and its practice section share.
pub fn when_loaded(
    load: impl Future<Output = Result<AnyView, LessonLoadError>> + 'static,
    placeholder: fn() -> AnyView,
    message: fn(&Strings) -> &'static str,
    retry: impl Fn() + 'static,
) -> impl IntoView {
    // The loader is a future that must cross `Suspend`'s Send bound on one thread.
    let loading = send_wrapper::SendWrapper::new(async move {
        match load.await {
            Ok(part) => part,
            Err(LessonLoadError) => view! { <LoadFailed message retry /> }.into_any(),
        }
    });
    view! { <Suspense fallback=placeholder>{Suspend::new(loading)}</Suspense> }
}

/// `placeholder` until the view's readouts are on screen and the page is idle
/// ([`after_first_paint`]), then the part `load` gives, as [`when_loaded`] shows it; "Try again"
/// calls `load` anew. `on_ready` runs once, just before the first load. What a lesson's lower
/// part and its practice section share.
pub fn load_after_first_paint<Fut>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    placeholder: fn() -> AnyView,
    message: fn(&Strings) -> &'static str,
    on_ready: impl FnOnce() + 'static,
) -> AnyView
where
    Fut: Future<Output = Result<AnyView, LessonLoadError>> + 'static,
{
    let ready = RwSignal::new(false);
    // Bumped by "Try again" after a failed fetch.
    let attempt = RwSignal::new(0u32);
    after_first_paint(Box::new(move || {
        on_ready();
        ready.try_set(true);
    }));
    let part = move || {
        if !ready.get() {
            return placeholder();
        }
        attempt.get();
        when_loaded(load(), placeholder, message, move || {
            attempt.update(|a| *a += 1)
        })
        .into_any()
    };
    part.into_any()
}

/// A readable message in place of the part that could not load, with "Try again".
#[component]
pub fn LoadFailed(
    /// The sentence that says what could not be loaded.
    message: fn(&Strings) -> &'static str,
    retry: impl Fn() + 'static,
) -> impl IntoView {
    let strings = use_strings();
    view! {
        <div class="input-error load-error" data-testid="load-error" role="alert">
            <p>{move || message(strings.get())}</p>
            <button type="button" data-testid="load-retry" on:click=move |_| retry()>
                {move || strings.get().ui.retry}
            </button>
        </div>
    }
}
