//! Parts shared by lessons 1-3 (information, entropy, binary entropy); the parts every lesson
//! shares (example menu, readout card, note) are in `parts.rs`, and the plain Rust behind these
//! (the table's rows and CSV rows, the examples' type) is in `probability/terms.rs`.
//!
//! Each part is one non-generic component or one signal type, so the three lessons share a
//! single copy of its rendering code in the bundle instead of one per lesson (a `move ||`
//! closure in a view is a type of its own, and every such type gets its own rendering code).

use leptos::prelude::*;

mod terms;

#[cfg(test)]
pub(crate) use terms::assert_presets_state_their_p;

pub use terms::{short_probability, table_csv, worked_table, ProbabilityPreset, Row};

use super::parts::{preset_labels, text, text_spans, PresetSelect, ReadoutCard};
use crate::components::{use_strings, NumberSlider};
use crate::i18n::Strings;
use crate::math::MathError;

/// The formula with the numbers substituted, one step per line; lines after the first are
/// indented so their "=" sits under the first one's.
#[component]
pub fn Steps(lines: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <p class="substituted" data-testid="substituted">
            {text_spans(lines, "step", "")}
        </p>
    }
}

/// The controls and the readout of a lesson about one probability p (lessons 1 and 3): the
/// example menu, the `p-0` slider and the card of the quantity.
#[component]
pub fn ProbabilityControls(
    p: RwSignal<f64>,
    presets: &'static [ProbabilityPreset],
    slider_label: fn(&Strings) -> &'static str,
    /// What a screen reader says for the slider, e.g. "p = 0.25, I(p) = 2 bits".
    valuetext: Signal<String>,
    readout_label: fn(&Strings) -> &'static str,
    /// The contract's quantity name.
    quantity: &'static str,
    /// The quantity's value, for the readout card.
    value: Signal<Result<f64, MathError>>,
) -> impl IntoView {
    let strings = use_strings();
    let labels = preset_labels(presets);
    let on_select = Callback::new(move |index: usize| {
        if let Some((_, value)) = presets.get(index) {
            p.set(*value);
        }
    });
    let is_current = Callback::new(move |index: usize| {
        presets
            .get(index)
            .is_some_and(|(_, value)| p.get() == *value)
    });
    view! {
        <div class="controls-row">
            <PresetSelect labels=labels on_select=on_select is_current=is_current />
        </div>
        <NumberSlider
            testid="p-0".to_string()
            label=Signal::derive(move || slider_label(strings.get()).to_string())
            value=p
            on_input=Callback::new(move |x| p.set(x))
            min=0.0
            max=1.0
            step=0.001
            valuetext=valuetext
        />
        <div class="readouts">
            <ReadoutCard label=text(readout_label) quantity=quantity value=value />
        </div>
    }
}
