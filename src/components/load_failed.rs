//! What shows where code could not be fetched (offline, a server error): why, and a retry.

use leptos::prelude::*;

use super::use_strings;
use crate::i18n::Strings;

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
