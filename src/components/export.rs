//! Downloads: a chart as PNG or SVG, a lesson's table as CSV.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use super::prefs::use_strings;

/// Rows of cells as CSV (RFC 4180): cells with a comma, quote or line break are quoted.
pub fn to_csv(rows: &[Vec<String>]) -> String {
    let cell = |text: &String| {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.clone()
        }
    };
    rows.iter()
        .map(|row| row.iter().map(cell).collect::<Vec<_>>().join(","))
        .map(|line| line + "\r\n")
        .collect()
}

/// Starts the download of `url` as `filename`.
pub fn download_url(url: &str, filename: &str) {
    let Ok(anchor) = document().create_element("a") else {
        return;
    };
    let anchor: HtmlAnchorElement = anchor.unchecked_into();
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.click();
}

/// Starts the download of `text` as a file of type `mime`.
pub fn download_text(text: &str, mime: &str, filename: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    if let Ok(url) = Url::create_object_url_with_blob(&blob) {
        download_url(&url, filename);
        let _ = Url::revoke_object_url(&url);
    }
}

/// The "download the numbers" button of a lesson: `rows` is the table the lesson shows, with a
/// header row, at full precision.
#[component]
pub fn ExportCsv(
    /// The file name without extension.
    name: &'static str,
    rows: Signal<Vec<Vec<String>>>,
) -> impl IntoView {
    let strings = use_strings();
    view! {
        <button
            type="button"
            class="export-csv"
            data-testid="export-csv"
            on:click=move |_| {
                download_text(&to_csv(&rows.get_untracked()), "text/csv;charset=utf-8", &format!("xent-lab-{name}.csv"))
            }
        >
            {move || strings.get().ui.export_csv}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let rows = vec![
            vec!["class".to_string(), "p".to_string()],
            vec!["cat, black".to_string(), "0.7".to_string()],
            vec!["say \"hi\"".to_string(), "inf".to_string()],
        ];
        assert_eq!(
            to_csv(&rows),
            "class,p\r\n\"cat, black\",0.7\r\n\"say \"\"hi\"\"\",inf\r\n"
        );
    }
}
