//! The practice section as a lesson shows it: its code (the panel and every lesson's
//! templates) is a chunk of its own in the release, fetched once the view's readouts are on
//! screen and the page is idle, so questions below the fold never delay a view's first numbers.

use leptos::prelude::*;

use crate::components::{load_after_first_paint, use_prefs};
use crate::lessons::ViewId;
use crate::state::ViewState;

/// The lesson's practice section (see [`super::PracticePanel`]); `practice=0` leaves it out.
#[component]
pub fn Practice(view: ViewId, show: Callback<ViewState>) -> impl IntoView {
    if use_prefs().practice_hidden {
        return ().into_any();
    }
    load_after_first_paint(
        move || crate::lessons::practice(view, show),
        pending,
        |s| s.ui.practice_load_failed,
        || (),
    )
}

/// The section's place while its code is on the way, so the page below the lesson does not
/// jump, with a busy state for assistive technology. Empty: its words travel with its code.
fn pending() -> AnyView {
    view! {
        <section class="practice practice-pending" data-testid="practice-pending" aria-busy="true"></section>
    }
    .into_any()
}
