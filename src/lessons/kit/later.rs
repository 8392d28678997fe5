//! The lower part of a lesson: its own chunk, asked for once the readouts are on screen.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::components::{fetch_lower_part, load_after_first_paint};
use crate::lessons::{LessonLoadError, ViewId};

/// The view of a lesson's lower part once its chunk has loaded; `Err` when it could not be
/// fetched. Boxed, so that [`Later`] is one copy of code for every lesson.
pub type LowerPart = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// Starts loading a lesson's lower part; called again by "Try again".
pub type LowerPartLoader = Arc<dyn Fn() -> LowerPart + Send + Sync>;

/// Wraps a lesson's split point (`#[wasm_split(later_<lesson>, …)]`) for [`Later`].
pub fn lower_part<F>(load: impl Fn() -> F + Send + Sync + 'static) -> LowerPartLoader
where
    F: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    Arc::new(move || Box::pin(load()) as LowerPart)
}

/// The lesson's lower part (tables, charts, exports), then `children` (the practice section).
///
/// The lower part is a split point of its own, `later_<lesson>`: a view's first load fetches
/// only what its controls and readouts need, 33-52 KB less on a slow phone link before the
/// first number shows. Its files are asked for once the readouts are on screen and the page
/// is idle (as one file, `preload.js`'s `xentLabLater`), and on a phone it sits a screen or
/// more below the first one, so it is usually there before the reader scrolls to it. Until
/// then an empty block of fixed height holds its place; a chunk that cannot be fetched gets a
/// message and a retry, and the lesson above keeps working.
#[component]
pub fn Later(view: ViewId, load: LowerPartLoader, children: ChildrenFn) -> impl IntoView {
    let part = load_after_first_paint(
        move || {
            let loading = load();
            async move { loading.await.map_err(|_| LessonLoadError) }
        },
        pending,
        |s| s.ui.part_load_failed,
        move || fetch_lower_part(view),
    );
    view! {
        {part}
        {children()}
    }
}

/// The lower part's place while its code is on the way, busy for assistive technology.
fn pending() -> AnyView {
    view! { <div class="later-pending" data-testid="later-pending" aria-busy="true"></div> }
        .into_any()
}
