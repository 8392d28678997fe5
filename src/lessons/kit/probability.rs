//! Parts shared by lessons 1-3 (information, entropy, binary entropy); the parts every lesson
//! shares (example menu, readout card, note) are in `parts.rs`, and the plain Rust behind these
//! (the table's rows and CSV rows, the examples' type) is in `probability/terms.rs`.
//!
//! Each part is one non-generic component or one signal type, so the three lessons share a
//! single copy of its rendering code in the bundle instead of one per lesson (a `move ||`
//! closure in a view is a type of its own, and every such type gets its own rendering code).

use leptos::prelude::*;

mod terms;

pub use terms::{short_probability, table_csv, ProbabilityPreset, Row};

use super::parts::{preset_labels, text, text_spans, text_when, Note, PresetSelect, ReadoutCard};
use crate::components::{format::rounded, shown, use_strings, use_unit, NumberSlider};
use crate::i18n::Strings;
use crate::math::MathError;

/// The tutorial's table: a row per outcome with p, −log p and p · (−log p), and the sum H,
/// followed by the 0 · log 0 = 0 footnote when an outcome has probability 0.
#[component]
pub fn WorkedTable(
    caption: Signal<&'static str>,
    rows: Signal<Vec<Row>>,
    sum_label: Signal<&'static str>,
    /// The entropy, shown in the sum row.
    total: Signal<Result<f64, MathError>>,
) -> impl IntoView {
    let strings = use_strings();
    let unit = use_unit();
    let information_formula = Signal::derive(move || terms::information_formula(unit.get()));
    let term_formula = Signal::derive(move || terms::term_formula(unit.get()));
    let sum = Signal::derive(move || {
        format!(
            "{} {}",
            shown(&total.get()),
            strings.get().ui.unit_name(unit.get())
        )
    });
    let has_zero = Signal::derive(move || rows.with(|rows| rows.iter().any(Row::is_impossible)));
    let row_count = Memo::new(move |_| rows.with(Vec::len));
    view! {
        <div class="table-wrap">
            <table class="numbers entropy-table" data-testid="entropy-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(|s| s.ui.outcome)}</th>
                        <th scope="col">"p"</th>
                        <th scope="col">
                            {text(|s| s.entropy.column_information)}
                            <span class="column-formula">{information_formula}</span>
                        </th>
                        <th scope="col">
                            {text(|s| s.entropy.column_term)}
                            <span class="column-formula">{term_formula}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    // Rows are built when their number changes; a move updates their cells.
                    {move || {
                        (0..row_count.get())
                            .map(|i| {
                                let cell = move |text: fn(&Row) -> String| {
                                    move || rows.with(|rows| rows.get(i).map(text).unwrap_or_default())
                                };
                                let zero = move || rows.with(|rows| rows.get(i).is_some_and(Row::is_impossible));
                                view! {
                                    <tr class:zero=zero>
                                        <th scope="row">{cell(|row| row.name.clone())}</th>
                                        <td>{cell(|row| rounded(row.p))}</td>
                                        <td>{cell(|row| shown(&row.information))}</td>
                                        <td>{cell(Row::term_text)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="3">{sum_label}</th>
                        <td>{sum}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <Note text=text_when(has_zero, |s| s.entropy.zero_convention) testid="zero-convention" />
    }
}

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
