//! Step 1, `information`: the information content I(p) = −log p of one event. The numbers come
//! from the model ([`Information`]); these components only arrange them.

use leptos::prelude::*;

use super::model::{Information, PRESETS};
use crate::components::url::sync_url;
use crate::components::{use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{
    lower_part, text, text_when, Formula, Later, Note, ProbabilityControls, Steps,
};
use crate::state::{InformationState, ViewId, ViewState};

/// The lesson: the definition, the formula with the numbers in, the slider and its readout,
/// the notes at p = 0 and p = 1, and the −log p chart.
#[component]
pub fn InformationLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::Information) {
        ViewState::Information(state) => state,
        _ => InformationState::default(),
    };
    let p = RwSignal::new(initial.p);
    let strings = use_strings();
    let unit = use_unit();
    let numbers = Memo::new(move |_| Information::new(p.get(), unit.get()));
    sync_url(ViewId::Information, move || {
        ViewState::Information(InformationState { p: p.get() })
    });

    let information = Signal::derive(move || numbers.with(|n| n.information.clone()));
    let valuetext = Signal::derive(move || numbers.with(|n| n.valuetext(strings.get())));
    let steps = Signal::derive(move || numbers.with(|n| n.steps(strings.get())));
    let csv_rows = Signal::derive(move || numbers.with(|n| n.csv_rows(strings.get())));
    let infinite = Signal::derive(move || numbers.with(Information::is_infinite));
    let certain = Signal::derive(move || numbers.with(Information::is_certain));

    view! {
        <div class="lesson lesson-information">
            <p class="lesson-intro">{text(|s| s.information().intro)}</p>
            <p>{text(|s| s.information().intuition)}</p>
            <p>{text(|s| s.information().definition)}</p>
            <div class="formula">
                <Formula
                    markup="<mi>I</mi><mo>(</mo><mi>p</mi><mo>)</mo><mo>=</mo><mo>−</mo>{log}<mi>p</mi>"
                    label="I(p) = −log p"
                />
                <Steps lines=steps />
            </div>
            <ProbabilityControls
                p=p
                presets=&PRESETS
                slider_label=|s| s.information().slider_label
                valuetext=valuetext
                readout_label=|s| s.information().readout_label
                quantity="information"
                value=information
            />
            <Note
                text=text_when(infinite, |s| s.information().zero_note)
                testid="infinity-note"
                class="infinity-note"
            />
            <Note text=text_when(certain, |s| s.information().certain_note) testid="certain-note" />
            <Announcer text=valuetext />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::Information load=lower_part(move || below_readouts(numbers, csv_rows))>
                <Practice
                    view=ViewId::Information
                    show=Callback::new(move |state| {
                        if let ViewState::Information(state) = state {
                            p.set(state.p);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: the −log p chart and the CSV export, a split point of their own
/// ([`Later`]).
#[leptos::wasm_split::wasm_split(later_information, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(
    numbers: Memo<Information>,
    csv_rows: Signal<Vec<Vec<String>>>,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! {
        <InformationChart numbers=numbers />
        <ExportCsv name="information" rows=csv_rows />
    }
    .into_any())
}

/// The −log p curve with the current p marked.
#[component]
fn InformationChart(numbers: Memo<Information>) -> impl IntoView {
    let strings = use_strings();
    let figure = Memo::new(move |_| numbers.with(|n| n.figure(strings.get())));
    let alt = Signal::derive(move || numbers.with(|n| n.chart_alt(strings.get())));
    let title = Signal::derive(move || strings.get().information().chart_title.to_string());
    view! { <Chart name="neg-log" draw=crate::charts::drawers::neg_log figure=figure alt=alt title=title /> }
}
