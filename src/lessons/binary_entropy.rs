//! Step 3, `binary-entropy`: the entropy of a two-outcome distribution (p, 1 − p),
//! H(p) = −p log p − (1 − p) log(1 − p), as one curve over p.

use leptos::prelude::*;

use super::entropy::{log_mathml, short_probability};
use crate::charts::{BinaryEntropyCurve, BinaryEntropyLabels, Figure};
use crate::components::url::sync_url;
use crate::components::{
    format::{full_precision, rounded},
    shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, NumberSlider,
    Readout,
};
use crate::i18n::BinaryEntropyText;
use crate::math::{self, MathError};
use crate::state::{BinaryEntropyState, ViewId, ViewState};

/// The most uncertain two-outcome distribution, where the curve peaks.
const FAIR: f64 = 0.5;

/// Picks a preset's label from the lesson's strings.
type PresetLabel = fn(&BinaryEntropyText) -> &'static str;

/// The examples of the preset menu: a label chooser and the probability it sets.
const PRESETS: [(PresetLabel, f64); 4] = [
    (|t| t.preset_fair_coin, 0.5),
    (|t| t.preset_loaded_coin, 0.9),
    (|t| t.preset_lottery, 0.001),
    (|t| t.preset_certain, 1.0),
];

/// One row of the table: an outcome's probability, information and term, in the unit.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    p: f64,
    information: Result<f64, MathError>,
    term: Result<f64, MathError>,
}

#[component]
pub fn BinaryEntropyLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::BinaryEntropy) {
        ViewState::BinaryEntropy(state) => state,
        _ => BinaryEntropyState::default(),
    };
    let p = RwSignal::new(initial.p);
    let strings = use_strings();
    let unit = use_unit();

    // The two outcomes' probabilities: the event and its complement.
    let distribution = Memo::new(move |_| {
        let p = p.get();
        [p, 1.0 - p]
    });
    let binary_entropy = Memo::new(move |_| math::binary_entropy(p.get(), unit.get()));
    let maximum = Memo::new(move |_| math::binary_entropy(FAIR, unit.get()));
    let rows = Memo::new(move |_| {
        let unit = unit.get();
        let distribution = distribution.get();
        let terms = math::entropy_terms(&distribution, unit);
        distribution
            .iter()
            .enumerate()
            .map(|(i, &pi)| Row {
                p: pi,
                information: math::information(pi, unit),
                term: terms.clone().map(|t| t.get(i).copied().unwrap_or(f64::NAN)),
            })
            .collect::<Vec<_>>()
    });
    let certain = Memo::new(move |_| distribution.get().contains(&0.0));
    sync_url(ViewId::BinaryEntropy, move || {
        ViewState::BinaryEntropy(BinaryEntropyState { p: p.get() })
    });

    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let figure = Memo::new(move |_| {
        let s = strings.get();
        let unit = unit.get();
        Figure::BinaryEntropy(BinaryEntropyCurve {
            p: p.get(),
            unit,
            labels: BinaryEntropyLabels {
                x_axis: s.binary_entropy.x_axis.to_string(),
                y_axis: (s.binary_entropy.y_axis)(s.ui.unit_name(unit)),
                maximum: s.binary_entropy.maximum.to_string(),
            },
        })
    });
    let alt = Signal::derive(move || {
        let s = strings.get();
        (s.binary_entropy.chart_alt)(
            &short_probability(p.get()),
            &shown(&binary_entropy.get()),
            &shown(&maximum.get()),
            unit_name(),
        )
    });
    let csv_rows = Signal::derive(move || {
        let s = strings.get();
        let log = unit.get().log_symbol();
        let full =
            |value: &Result<f64, MathError>| value.clone().map(full_precision).unwrap_or_default();
        let mut table = vec![vec![
            s.ui.outcome.to_string(),
            "p".to_string(),
            format!(
                "{} −{log} p ({})",
                s.entropy.column_information,
                unit_name()
            ),
            format!("{} p · (−{log} p) ({})", s.entropy.column_term, unit_name()),
        ]];
        table.extend(
            rows.get()
                .iter()
                .zip(s.binary_entropy.outcomes)
                .map(|(row, name)| {
                    vec![
                        name.to_string(),
                        full_precision(row.p),
                        full(&row.information),
                        full(&row.term),
                    ]
                }),
        );
        table.push(vec![
            s.binary_entropy.sum_row.to_string(),
            String::new(),
            String::new(),
            full(&binary_entropy.get()),
        ]);
        table
    });
    let valuetext = Signal::derive(move || {
        format!(
            "p = {}, H(p) = {} {}",
            short_probability(p.get()),
            shown(&binary_entropy.get()),
            unit_name()
        )
    });

    // The formula with the numbers in, one line per step.
    let substituted = move || {
        let log = unit.get().log_symbol();
        let rows = rows.get();
        let [first, second] = [&rows[0], &rows[1]];
        let (p_text, q_text) = (short_probability(first.p), short_probability(second.p));
        let mark = |row: &Row| {
            let term = shown(&row.term);
            if row.p == 0.0 {
                format!("{term}*")
            } else {
                term
            }
        };
        view! {
            <span class="step">
                {format!(
                    "H({p_text}) = −{p_text}\u{a0}·\u{a0}{log}\u{a0}{p_text} − {q_text}\u{a0}·\u{a0}{log}\u{a0}{q_text}",
                )}
            </span>
            <span class="step continued">
                {format!(
                    "= {p_text}\u{a0}·\u{a0}{} + {q_text}\u{a0}·\u{a0}{}",
                    shown(&first.information),
                    shown(&second.information),
                )}
            </span>
            <span class="step continued">{format!("= {} + {}", mark(first), mark(second))}</span>
            <span class="step continued">
                {move || format!("= {} {}", shown(&binary_entropy.get()), unit_name())}
            </span>
        }
    };

    view! {
        <div class="lesson lesson-binary-entropy">
            <p class="lesson-intro">{move || strings.get().binary_entropy.intro}</p>
            <p>{move || strings.get().binary_entropy.explanation}</p>
            <div class="formula" aria-label="H(p) = −p log p − (1 − p) log(1 − p)">
                <math display="block">
                    <mrow>
                        <mi>"H"</mi>
                        <mo>"("</mo>
                        <mi>"p"</mi>
                        <mo>")"</mo>
                        <mo>"="</mo>
                        <mo>"−"</mo>
                        <mi>"p"</mi>
                        <mspace width="0.17em"></mspace>
                        {move || log_mathml(unit.get())}
                        <mi>"p"</mi>
                        <mo>"−"</mo>
                        <mo>"("</mo>
                        <mn>"1"</mn>
                        <mo>"−"</mo>
                        <mi>"p"</mi>
                        <mo>")"</mo>
                        <mspace width="0.17em"></mspace>
                        {move || log_mathml(unit.get())}
                        <mo>"("</mo>
                        <mn>"1"</mn>
                        <mo>"−"</mo>
                        <mi>"p"</mi>
                        <mo>")"</mo>
                    </mrow>
                </math>
                <p class="substituted" data-testid="substituted">{substituted}</p>
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
                                view! { <option value=i.to_string()>{move || label(&strings.get().binary_entropy)}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <NumberSlider
                testid="p-0".to_string()
                label=Signal::derive(move || strings.get().binary_entropy.slider_label.to_string())
                value=p
                on_input=Callback::new(move |x| p.set(x))
                min=0.0
                max=1.0
                step=0.001
                valuetext=valuetext
            />
            <div class="readouts">
                <p class="readout-card">
                    <span class="name">{move || strings.get().binary_entropy.readout_label}</span>
                    <Readout quantity="binary_entropy" value=binary_entropy />
                    <span class="unit-suffix">{unit_name}</span>
                </p>
            </div>
            <Show when=move || certain.get()>
                <p class="note" data-testid="certain-note">{move || strings.get().binary_entropy.certain_note}</p>
            </Show>
            <div class="table-wrap">
                <table class="numbers entropy-table" data-testid="entropy-table">
                    <caption>{move || strings.get().binary_entropy.table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || strings.get().ui.outcome}</th>
                            <th scope="col">"p"</th>
                            <th scope="col">
                                {move || strings.get().entropy.column_information}
                                <span class="column-formula">
                                    {move || format!("−{} p", unit.get().log_symbol())}
                                </span>
                            </th>
                            <th scope="col">
                                {move || strings.get().entropy.column_term}
                                <span class="column-formula">
                                    {move || format!("p · (−{} p)", unit.get().log_symbol())}
                                </span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let names = strings.get().binary_entropy.outcomes;
                            rows.get()
                                .into_iter()
                                .zip(names)
                                .map(|(row, name)| {
                                    let zero = row.p == 0.0;
                                    let term = shown(&row.term);
                                    view! {
                                        <tr class:zero=zero>
                                            <th scope="row">{name}</th>
                                            <td>{rounded(row.p)}</td>
                                            <td>{shown(&row.information)}</td>
                                            <td>{if zero { format!("{term}*") } else { term }}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">{move || strings.get().binary_entropy.sum_row}</th>
                            <td>{move || format!("{} {}", shown(&binary_entropy.get()), unit_name())}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <Show when=move || certain.get()>
                <p class="note zero-convention" data-testid="zero-convention">
                    {move || strings.get().entropy.zero_convention}
                </p>
            </Show>
            <p>{move || strings.get().binary_entropy.peak}</p>
            <p data-testid="symmetry">
                {move || {
                    let [first, second] = distribution.get();
                    (strings.get().binary_entropy.symmetry)(
                        &short_probability(first),
                        &short_probability(second),
                        &shown(&binary_entropy.get()),
                        unit_name(),
                    )
                }}
            </p>
            <Chart
                name="binary-entropy"
                figure=figure
                alt=alt
                title=Signal::derive(move || strings.get().binary_entropy.chart_title.to_string())
            />
            <ExportCsv name="binary-entropy" rows=csv_rows />
            <Announcer text=valuetext />
        </div>
    }
}
