//! The lower part of a lesson, built in the task after the upper part.

use leptos::prelude::*;

use crate::components::in_next_task;

/// Renders `children` in the task after the one that builds the lesson around it.
///
/// A lesson's view is built in one go when its code arrives: for the larger lessons (a batch
/// of samples, a table per class) that was a task of 150-250 ms with the CPU slowed 4x, as on
/// a phone, during which a tap waits. The lessons wrap what follows their controls and
/// readouts (tables, charts, exports, practice), which on a phone is a screen or more below
/// the first one, so it arrives there before the reader scrolls to it.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    in_next_task(move || {
        ready.try_set(true);
    });
    move || ready.get().then(|| children())
}
