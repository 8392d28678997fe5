//! One shown quantity: `data-quantity` and the full-precision `data-value` for tests and
//! exports, a rounded number for the reader.

use leptos::prelude::*;

use super::format::full_precision;
pub use super::format::shown;
use super::prefs::use_strings;
use crate::math::MathError;

/// A quantity as the page shows it. `value` is already in its display unit.
///
/// An error is shown as the learner-readable message; an infinite value as ∞.
#[component]
pub fn Readout(
    /// The contract's quantity name, e.g. `kl_pq`.
    quantity: &'static str,
    #[prop(into)] value: Signal<Result<f64, MathError>>,
    /// The sample index of a per-sample quantity.
    #[prop(optional)]
    index: Option<usize>,
    /// The node (class) index of a per-node quantity.
    #[prop(optional)]
    node: Option<usize>,
    /// Digits after the point in the visible text.
    #[prop(default = 4)]
    decimals: usize,
) -> impl IntoView {
    let strings = use_strings();
    let data_value = move || value.get().map(full_precision).unwrap_or_default();
    let text = move || match value.get() {
        Ok(x) => super::format::rounded_to(x, decimals),
        Err(error) => (strings.get().ui.describe_math_error)(&error),
    };
    let is_error = move || value.get().is_err();
    let is_infinite = move || value.get().is_ok_and(|x| x.is_infinite());
    view! {
        <span
            class="readout"
            class:readout-error=is_error
            class:readout-infinite=is_infinite
            data-quantity=quantity
            data-value=data_value
            data-index=index.map(|i| i.to_string())
            data-node=node.map(|i| i.to_string())
        >
            {text}
        </span>
    }
}
