//! Step 2, `entropy`: H(P) = −Σ pᵢ log pᵢ, the expected information content of a distribution,
//! built from the computer power-on example and worked out row by row. The numbers come from
//! the model ([`Entropy`]); these components only arrange them.

use leptos::prelude::*;

use super::model::{
    add_outcome, can_add_outcome, can_remove_outcome, remove_outcome, Entropy, Naming, PRESETS,
};
use crate::components::url::sync_url;
use crate::components::{
    use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, ProbabilityVector,
};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{
    lower_part, preset_labels, text, Formula, Later, PresetSelect, ReadoutCard, Steps, TermsTable,
};
use crate::state::{EntropyState, ViewId, ViewState};

/// The lesson: the example, the formula with the numbers in, the outcome controls, the
/// readout, the worked table and the contributions chart.
#[component]
pub fn EntropyLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::Entropy) {
        ViewState::Entropy(state) => state,
        _ => EntropyState::default(),
    };
    let naming = RwSignal::new(Naming::for_length(initial.p.len()));
    let p = RwSignal::new(initial.p);
    let strings = use_strings();
    let unit = use_unit();
    let names = Memo::new(move |_| {
        naming
            .get()
            .names(strings.get().entropy(), p.with(Vec::len))
    });
    let numbers =
        Memo::new(move |_| p.with(|p| names.with(|names| Entropy::new(p, names, unit.get()))));
    sync_url(ViewId::Entropy, move || {
        ViewState::Entropy(EntropyState { p: p.get() })
    });

    let entropy = Signal::derive(move || numbers.with(|n| n.entropy.clone()));
    let steps = Signal::derive(move || numbers.with(|n| n.steps(strings.get())));
    let maximum_note = Signal::derive(move || numbers.with(|n| n.maximum_note(strings.get())));
    let announcement = Signal::derive(move || numbers.with(|n| n.announcement(strings.get())));

    view! {
        <div class="lesson lesson-entropy">
            <p class="lesson-intro">{text(|s| s.entropy().intro)}</p>
            <p>{text(|s| s.entropy().example)}</p>
            <p>{text(|s| s.entropy().expected)}</p>
            <div class="formula">
                <Formula
                    markup="<mrow><mi>H</mi><mo>(</mo><mi>P</mi><mo>)</mo></mrow><mo>=</mo><mo>−</mo><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>p</mi><mi>i</mi></msub><mspace width=\"0.17em\"/>{log}<msub><mi>p</mi><mi>i</mi></msub>"
                    label="H(P) = −Σ p_i log p_i"
                />
                <Steps lines=steps />
            </div>
            <OutcomeControls p=p naming=naming />
            <ProbabilityVector
                name="p"
                values=p
                outcomes=names
                legend=Signal::derive(move || strings.get().entropy().vector_legend.to_string())
            />
            <div class="readouts">
                <ReadoutCard label=text(|s| s.entropy().readout_label) quantity="entropy" value=entropy />
            </div>
            <p class="note">{maximum_note}</p>
            <Announcer text=announcement />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::Entropy load=lower_part(move || below_readouts(numbers))>
                <Practice
                    view=ViewId::Entropy
                    show=Callback::new(move |state| {
                        if let ViewState::Entropy(state) = state {
                            // As a link with this P would name the outcomes.
                            naming.set(Naming::for_length(state.p.len()));
                            p.set(state.p);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: the worked table, the extremes, the contributions chart and the CSV
/// export, a split point of their own ([`Later`]).
#[leptos::wasm_split::wasm_split(later_entropy, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(numbers: Memo<Entropy>) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let strings = use_strings();
    let table = Signal::derive(move || numbers.with(|n| n.table(strings.get())));
    let csv_rows = Signal::derive(move || numbers.with(|n| n.csv_rows(strings.get())));
    Ok(view! {
        <TermsTable
            caption=text(|s| s.entropy().table_caption)
            table=table
            class="entropy-table"
            testid="entropy-table"
        />
        <p>{text(|s| s.entropy().extremes)}</p>
        <EntropyChart numbers=numbers />
        <ExportCsv name="entropy" rows=csv_rows />
    }
    .into_any())
}

/// The example menu and the buttons that add and remove an outcome.
#[component]
fn OutcomeControls(p: RwSignal<Vec<f64>>, naming: RwSignal<Naming>) -> impl IntoView {
    let apply_preset = Callback::new(move |index: usize| {
        let Some((_, example)) = PRESETS.get(index) else {
            return;
        };
        if let Ok(values) = example.values() {
            naming.set(example.naming);
            p.set(values);
        }
    });
    let is_preset = Callback::new(move |index: usize| {
        PRESETS
            .get(index)
            .and_then(|(_, example)| example.values().ok())
            .is_some_and(|values| p.with(|p| *p == values))
    });
    view! {
        <div class="controls-row">
            <PresetSelect labels=preset_labels(&PRESETS) on_select=apply_preset is_current=is_preset />
            <button
                type="button"
                data-testid="add-outcome"
                disabled=move || !p.with(|p| can_add_outcome(p))
                on:click=move |_| p.update(add_outcome)
            >
                "+ "
                {text(|s| s.ui.add_outcome)}
            </button>
            <button
                type="button"
                data-testid="remove-outcome"
                disabled=move || !p.with(|p| can_remove_outcome(p))
                on:click=move |_| p.update(remove_outcome)
            >
                "− "
                {text(|s| s.ui.remove_outcome)}
            </button>
        </div>
    }
}

/// The distribution on top and each outcome's contribution to H(P) below.
#[component]
fn EntropyChart(numbers: Memo<Entropy>) -> impl IntoView {
    let strings = use_strings();
    let figure = Memo::new(move |_| numbers.with(|n| n.figure(strings.get())));
    let alt = Signal::derive(move || numbers.with(|n| n.chart_alt(strings.get())));
    let title = Signal::derive(move || strings.get().entropy().chart_title.to_string());
    view! { <Chart name="distributions" draw=crate::charts::drawers::distributions figure=figure alt=alt title=title /> }
}
