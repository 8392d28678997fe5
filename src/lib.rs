//! Cross-Entropy Lab: an interactive course from information content to multi-label loss.
pub mod charts;
pub mod components;
pub mod heap;
pub mod i18n;
pub mod lessons;
pub mod math;
pub mod state;

pub use components::App;

/// A small allocator in place of dlmalloc's 7 KB of code (`heap.rs`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: heap::SizeClasses = heap::SizeClasses::new();

/// Shows a readable message on the page (and logs the panic) instead of leaving a dead page.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Cross-Entropy Lab panicked: {info}").into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let lang = document
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .unwrap_or_default();
        let lang = if lang.starts_with("zh") {
            state::Lang::Zh
        } else {
            state::Lang::En
        };
        if let (Ok(message), Some(body)) = (document.create_element("div"), document.body()) {
            message.set_class_name("panic-message");
            let _ = message.set_attribute("role", "alert");
            let _ = message.set_attribute("data-testid", "panic-message");
            message.set_text_content(Some(i18n::strings(lang).ui.panic_message));
            let _ = body.prepend_with_node_1(&message);
        }
    }));
}

/// Mounts the course on `<body>`, in a task after the one that instantiated the module: the
/// two together were one task of up to 280 ms on a phone-speed CPU, during which the page
/// could not answer a tap.
pub fn start() {
    install_panic_hook();
    components::in_next_task(mount);
}

fn mount() {
    if let Some(status) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-status"))
    {
        status.remove();
    }
    leptos::mount::mount_to_body(App);
}
