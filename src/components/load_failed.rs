//! A part of the page whose code arrives from a split point: a placeholder while it loads,
//! and where it could not be fetched (offline, a server error), why, and a retry.

use std::future::Future;

use leptos::prelude::*;

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
