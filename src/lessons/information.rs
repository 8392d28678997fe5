//! Placeholder until this lesson lands (see its issue).

use leptos::prelude::*;

use crate::components::use_strings;

#[component]
pub fn InformationLesson() -> impl IntoView {
    let strings = use_strings();
    view! { <p class="lesson-intro">{move || strings.get().information.intro}</p> }
}
