//! Step 1, `information`: the information content I(p) = -log p of one event.

use leptos::prelude::*;

use crate::lessons::kit::{
    short_probability, Formula, ProbabilityControls, ProbabilityPreset, Steps,
};
use crate::charts::{Figure, NegLog, NegLogLabels};
use crate::components::url::sync_url;
use crate::components::{format::full_precision, shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv};
use crate::lessons::kit::{text, text_when, Note};
use crate::math;
use crate::state::{InformationState, ViewId, ViewState};

/// The examples of the preset menu: a label chooser and the probability it sets.
const PRESETS: [ProbabilityPreset; 4] = [
    (|s| s.information.preset_likely, 0.5),
    (|s| s.information.preset_unlikely, 0.001),
    (|s| s.information.preset_coin, 0.5),
    (|s| s.information.preset_certain, 1.0),
];

#[component]
pub fn InformationLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::Information) {
        ViewState::Information(state) => state,
        _ => InformationState::default(),
    };
    let p = RwSignal::new(initial.p);
    let strings = use_strings();
    let unit = use_unit();

    let information = Memo::new(move |_| math::information(p.get(), unit.get()));
    sync_url(ViewId::Information, move || {
        ViewState::Information(InformationState { p: p.get() })
    });

    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let figure = Memo::new(move |_| {
        let s = strings.get();
        let unit = unit.get();
        Figure::NegLog(NegLog {
            p: p.get(),
            unit,
            labels: NegLogLabels {
                x_axis: s.information.x_axis.to_string(),
                y_axis: (s.information.y_axis)(unit.log_symbol(), s.ui.unit_name(unit)),
                infinity: "∞".to_string(),
            },
        })
    });
    let alt = Signal::derive(move || {
        let s = strings.get();
        (s.information.chart_alt)(
            &short_probability(p.get()),
            &shown(&information.get()),
            unit_name(),
        )
    });
    let csv_rows = Signal::derive(move || {
        vec![
            vec!["p".to_string(), format!("I(p) ({})", unit_name())],
            vec![
                full_precision(p.get()),
                information.get().map(full_precision).unwrap_or_default(),
            ],
        ]
    });
    let valuetext = Signal::derive(move || {
        format!(
            "p = {}, I(p) = {} {}",
            short_probability(p.get()),
            shown(&information.get()),
            unit_name()
        )
    });

    let steps = Signal::derive(move || {
        vec![format!(
            "I({}) = −{} {} = {} {}",
            short_probability(p.get()),
            unit.get().log_symbol(),
            short_probability(p.get()),
            shown(&information.get()),
            unit_name(),
        )]
    });
    let infinite = Signal::derive(move || information.get().is_ok_and(f64::is_infinite));
    let certain = Signal::derive(move || p.get() == 1.0);

    view! {
        <div class="lesson lesson-information">
            <p class="lesson-intro">{text(|s| s.information.intro)}</p>
            <p>{text(|s| s.information.intuition)}</p>
            <p>{text(|s| s.information.definition)}</p>
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
                slider_label=|s| s.information.slider_label
                valuetext=valuetext
                readout_label=|s| s.information.readout_label
                quantity="information"
                value=information.into()
            />
            <Note
                text=text_when(infinite, |s| s.information.zero_note)
                testid="infinity-note"
                class="infinity-note"
            />
            <Note text=text_when(certain, |s| s.information.certain_note) testid="certain-note" />
            <Chart
                name="neg-log"
                figure=figure
                alt=alt
                title=Signal::derive(move || strings.get().information.chart_title.to_string())
            />
            <ExportCsv name="information" rows=csv_rows />
            <Announcer text=valuetext />
        </div>
    }
}
