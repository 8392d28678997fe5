//! Step 1, `information`: the information content I(p) = -log p of one event.

use leptos::prelude::*;

use super::entropy::{log_mathml, short_probability};
use crate::charts::{Figure, NegLog, NegLogLabels};
use crate::components::url::sync_url;
use crate::components::{
    format::full_precision, shown, use_initial_state, use_strings, use_unit, Announcer, Chart,
    ExportCsv, NumberSlider, Readout,
};
use crate::math;
use crate::state::{InformationState, ViewId, ViewState};

/// Picks a preset's label from the lesson's strings.
type PresetLabel = fn(&crate::i18n::InformationText) -> &'static str;

/// The examples of the preset menu: a label chooser and the probability it sets.
const PRESETS: [(PresetLabel, f64); 4] = [
    (|t| t.preset_likely, 0.5),
    (|t| t.preset_unlikely, 0.001),
    (|t| t.preset_coin, 0.5),
    (|t| t.preset_certain, 1.0),
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

    view! {
        <div class="lesson lesson-information">
            <p class="lesson-intro">{move || strings.get().information.intro}</p>
            <p>{move || strings.get().information.intuition}</p>
            <p>{move || strings.get().information.definition}</p>
            <div class="formula" aria-label="I(p) = −log p">
                <math display="block">
                    <mrow>
                        <mi>"I"</mi>
                        <mo>"("</mo>
                        <mi>"p"</mi>
                        <mo>")"</mo>
                        <mo>"="</mo>
                        <mo>"−"</mo>
                        {move || log_mathml(unit.get())}
                        <mi>"p"</mi>
                    </mrow>
                </math>
                <p class="substituted" data-testid="substituted">
                    {move || {
                        format!(
                            "I({}) = −{} {} = {} {}",
                            short_probability(p.get()),
                            unit.get().log_symbol(),
                            short_probability(p.get()),
                            shown(&information.get()),
                            unit_name(),
                        )
                    }}
                </p>
            </div>
            <div class="controls-row">
                <label>
                    {move || strings.get().ui.preset_label}
                    " "
                    <select
                        data-testid="preset"
                        on:change=move |e| {
                            if let Some((_, value)) = event_target_value(&e)
                                .parse::<usize>()
                                .ok()
                                .and_then(|i| PRESETS.get(i))
                            {
                                p.set(*value);
                            }
                        }
                    >
                        <option value="" selected>{move || strings.get().ui.preset_choose}</option>
                        {PRESETS
                            .iter()
                            .enumerate()
                            .map(|(i, (label, _))| {
                                view! { <option value=i.to_string()>{move || label(&strings.get().information)}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <NumberSlider
                testid="p-0".to_string()
                label=Signal::derive(move || strings.get().information.slider_label.to_string())
                value=p
                on_input=Callback::new(move |x| p.set(x))
                min=0.0
                max=1.0
                step=0.001
                valuetext=valuetext
            />
            <div class="readouts">
                <p class="readout-card">
                    <span class="name">{move || strings.get().information.readout_label}</span>
                    <Readout quantity="information" value=information />
                    <span class="unit-suffix">{unit_name}</span>
                </p>
            </div>
            <Show when=move || information.get().is_ok_and(f64::is_infinite)>
                <p class="infinity-note" data-testid="infinity-note">{move || strings.get().information.zero_note}</p>
            </Show>
            <Show when=move || p.get() == 1.0>
                <p class="note">{move || strings.get().information.certain_note}</p>
            </Show>
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
