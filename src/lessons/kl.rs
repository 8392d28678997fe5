//! Placeholder until this lesson lands (see its issue).

use leptos::prelude::*;

use crate::components::use_strings;

#[component]
pub fn KlLesson() -> impl IntoView {
    let strings = use_strings();
    view! { <p class="lesson-intro">{move || strings.get().kl.intro}</p> }
}
