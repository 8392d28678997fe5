//! Embedding a view in a course page: the embedded page reports its height to the parent, and
//! the "copy embed code" control gives a snippet that works even where scripts are stripped.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::ResizeObserver;

use super::prefs::{use_prefs, use_strings};
use super::url::{current_query, flush_pending, url_with_query};
use crate::state::{parse_query, to_query, ViewId};

/// The message type the parent page listens for.
pub const HEIGHT_MESSAGE: &str = "xent-lab:height";

/// The iframe snippet for `src`: a fixed height so it works without any script, a title,
/// lazy loading and clipboard permission (for the permalink button inside).
pub fn iframe_snippet(src: &str, title: &str, height: u32) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%;max-width:960px\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        escape(src),
        escape(title)
    )
}

/// The optional parent script: applies the height messages to the iframe that sent them,
/// matched by `event.source`, so several embeds on one page each get their own height.
pub const PARENT_SCRIPT: &str = r#"<script>
addEventListener("message", function (event) {
  if (!event.data || event.data.type !== "xent-lab:height") return;
  document.querySelectorAll("iframe").forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
  });
});
</script>"#;

/// In the embedded form, posts the content's height to the parent whenever it changes.
///
/// Observes the app's root element, whose height follows its content (never the viewport's),
/// so the parent resizing the frame cannot feed back into the measurement. It also posts once
/// when mounted and once more a moment later: Chromium holds back the rendering steps (and so
/// the resize observer) of a cross-origin frame that is off screen, so a second embed further
/// down a course page would otherwise keep its snippet's fixed height until scrolled to.
#[component]
pub fn PostHeight() -> impl IntoView {
    let marker = NodeRef::<leptos::html::Span>::new();
    let observer = StoredValue::new_local(None::<(ResizeObserver, Closure<dyn FnMut()>)>);
    let interval = StoredValue::new_local(None::<IntervalHandle>);
    Effect::new(move |_| {
        let Some(marker) = marker.get() else {
            return;
        };
        let Some(root) = marker.parent_element() else {
            return;
        };
        if observer.with_value(Option::is_some) {
            return;
        }
        let measured = root.clone();
        let last = std::cell::Cell::new(0u32);
        let post = Closure::<dyn FnMut()>::new(move || {
            let height = measured.get_bounding_client_rect().height().ceil() as u32;
            if height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
            if let Ok(Some(parent)) = window().parent() {
                let _ = parent.post_message(&message, "*");
            }
        });
        if let Ok(resize_observer) = ResizeObserver::new(post.as_ref().unchecked_ref()) {
            resize_observer.observe(&root);
            let post_now: js_sys::Function =
                post.as_ref().unchecked_ref::<js_sys::Function>().clone();
            observer.set_value(Some((resize_observer, post)));
            let _ = post_now.call0(&JsValue::NULL);
            // Chromium holds back resize observations in cross-origin frames that are off
            // screen, so the height is also checked twice a second (posted only on change).
            let handle = set_interval_with_handle(
                move || {
                    if observer.try_with_value(Option::is_some) == Some(true) {
                        let _ = post_now.call0(&JsValue::NULL);
                    }
                },
                std::time::Duration::from_millis(500),
            )
            .ok();
            interval.set_value(handle);
        }
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = interval.try_get_value() {
            handle.clear();
        }
        observer.try_with_value(|value| {
            if let Some((resize_observer, _)) = value {
                resize_observer.disconnect();
            }
        });
    });
    view! { <span node_ref=marker hidden></span> }
}

/// The "copy embed code" button and the snippet it copied, shown so it can also be selected
/// by hand when the browser refuses the clipboard.
#[component]
pub fn EmbedCode(view: impl Fn() -> ViewId + Copy + Send + Sync + 'static) -> impl IntoView {
    let prefs = use_prefs();
    let strings = use_strings();
    let snippet = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let s = strings.get_untracked();
        flush_pending();
        let mut parsed = parse_query(&current_query());
        parsed.settings = prefs.settings();
        parsed.settings.embed = true;
        let target = parsed.view.unwrap_or(view());
        let src = url_with_query(&to_query(target, &parsed.settings, &parsed.state));
        let title = (s.ui.embed_frame_title)(s.view_text(target).title);
        // The view's height now, plus the embed's own link line.
        let height = document()
            .query_selector("section.view")
            .ok()
            .flatten()
            .map(|section| section.get_bounding_client_rect().height().ceil() as u32 + 80)
            .unwrap_or(720);
        let code = format!(
            "{}\n<!-- {} -->\n{}",
            iframe_snippet(&src, &title, height),
            s.ui.embed_parent_script_note,
            PARENT_SCRIPT
        );
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&code);
        snippet.set(Some(code));
        status.set(Some(s.ui.embed_code_copied));
    };
    view! {
        <button type="button" data-testid="embed-code" on:click=copy>
            {move || strings.get().ui.embed_code}
        </button>
        <Show when=move || snippet.with(Option::is_some)>
            <label class="embed-snippet">
                <span>{move || strings.get().ui.embed_code_label}</span>
                <textarea
                    data-testid="embed-code-text"
                    readonly
                    rows="6"
                    prop:value=move || snippet.get().unwrap_or_default()
                ></textarea>
            </label>
        </Show>
        <span class="copied" role="status">{move || status.get()}</span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_escapes_and_keeps_what_course_pages_need() {
        let code = iframe_snippet("https://x.org/?view=kl&p=0.5,0.5", "Lab: \"KL\"", 640);
        assert!(code.contains("src=\"https://x.org/?view=kl&amp;p=0.5,0.5\""));
        assert!(code.contains("title=\"Lab: &quot;KL&quot;\""));
        assert!(code.contains("height=\"640\""));
        assert!(code.contains("loading=\"lazy\""));
        assert!(code.contains("allow=\"clipboard-write\""));
    }
}
