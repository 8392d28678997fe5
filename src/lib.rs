//! Cross-Entropy Lab: an interactive course from information content to multi-label loss.
pub mod charts;
pub mod components;
pub mod i18n;
pub mod lessons;
pub mod math;
pub mod state;

use leptos::prelude::*;

/// Mounts the course on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(|| view! { <p>"Cross-Entropy Lab"</p> });
}
