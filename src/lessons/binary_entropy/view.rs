//! Step 3, `binary-entropy`: the entropy of a two-outcome distribution (p, 1 − p),
//! H(p) = −p log p − (1 − p) log(1 − p), as one curve over p. The numbers come from the model
//! ([`BinaryEntropy`]); these components only arrange them.

use leptos::prelude::*;

use super::model::{BinaryEntropy, PRESETS};
use crate::components::url::sync_url;
use crate::components::{use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{
    lower_part, text, text_when, Formula, Later, Note, ProbabilityControls, Steps, TermsTable,
};
use crate::state::{BinaryEntropyState, ViewId, ViewState};

/// The lesson: the formula with the numbers in, the slider and its readout, the worked table,
/// the symmetry sentence and the curve.
#[component]
pub fn BinaryEntropyLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::BinaryEntropy) {
        ViewState::BinaryEntropy(state) => state,
        _ => BinaryEntropyState::default(),
    };
    let p = RwSignal::new(initial.p);
    let strings = use_strings();
    let unit = use_unit();
    let numbers = Memo::new(move |_| BinaryEntropy::new(p.get(), unit.get(), strings.get()));
    sync_url(ViewId::BinaryEntropy, move || {
        ViewState::BinaryEntropy(BinaryEntropyState { p: p.get() })
    });

    let entropy = Signal::derive(move || numbers.with(|n| n.entropy.clone()));
    let certain = Signal::derive(move || numbers.with(BinaryEntropy::is_certain));
    let valuetext = Signal::derive(move || numbers.with(|n| n.valuetext(strings.get())));
    let steps = Signal::derive(move || numbers.with(|n| n.steps(strings.get())));

    view! {
        <div class="lesson lesson-binary-entropy">
            <p class="lesson-intro">{text(|s| s.binary_entropy().intro)}</p>
            <p data-testid="bernoulli-note">{text(|s| s.binary_entropy().bernoulli_note)}</p>
            <p>{text(|s| s.binary_entropy().explanation)}</p>
            <div class="formula">
                // Two parts, so a phone 360 px wide can put the second under the first.
                <div class="formula-math">
                    <Formula
                        markup="<mi>H</mi><mo>(</mo><mi>p</mi><mo>)</mo><mo>=</mo><mo>−</mo><mi>p</mi><mspace width=\"0.17em\"/>{log}<mi>p</mi>"
                        label="H(p) = −p log p"
                    />
                    <Formula
                        markup="<mo>−</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>p</mi><mo>)</mo><mspace width=\"0.17em\"/>{log}<mo>(</mo><mn>1</mn><mo>−</mo><mi>p</mi><mo>)</mo>"
                        label="− (1 − p) log(1 − p)"
                    />
                </div>
                <Steps lines=steps />
            </div>
            <ProbabilityControls
                p=p
                presets=&PRESETS
                slider_label=|s| s.binary_entropy().slider_label
                valuetext=valuetext
                readout_label=|s| s.binary_entropy().readout_label
                quantity="binary_entropy"
                value=entropy
            />
            <Note text=text_when(certain, |s| s.binary_entropy().certain_note) testid="certain-note" />
            <Announcer text=valuetext />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::BinaryEntropy load=lower_part(move || below_readouts(numbers))>
                <Practice
                    view=ViewId::BinaryEntropy
                    show=Callback::new(move |state| {
                        if let ViewState::BinaryEntropy(state) = state {
                            p.set(state.p);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: the worked table, the symmetry, the curve and the CSV export, a split
/// point of their own ([`Later`]).
#[leptos::wasm_split::wasm_split(later_binary_entropy, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(
    numbers: Memo<BinaryEntropy>,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let strings = use_strings();
    let table = Signal::derive(move || numbers.with(|n| n.table(strings.get())));
    let symmetry = Signal::derive(move || numbers.with(|n| n.symmetry(strings.get())));
    let csv_rows = Signal::derive(move || numbers.with(|n| n.csv_rows(strings.get())));
    Ok(view! {
        <TermsTable
            caption=text(|s| s.binary_entropy().table_caption)
            table=table
            class="entropy-table"
            testid="entropy-table"
        />
        <p>{text(|s| s.binary_entropy().peak)}</p>
        <p data-testid="symmetry">{symmetry}</p>
        <BinaryEntropyChart numbers=numbers />
        <ExportCsv name="binary-entropy" rows=csv_rows />
    }
    .into_any())
}

/// The binary entropy curve with its peak and the current p marked.
#[component]
fn BinaryEntropyChart(numbers: Memo<BinaryEntropy>) -> impl IntoView {
    let strings = use_strings();
    let figure = Memo::new(move |_| numbers.with(|n| n.figure(strings.get())));
    let alt = Signal::derive(move || numbers.with(|n| n.chart_alt(strings.get())));
    let title = Signal::derive(move || strings.get().binary_entropy().chart_title.to_string());
    view! { <Chart name="binary-entropy" draw=crate::charts::drawers::binary_entropy figure=figure alt=alt title=title /> }
}
