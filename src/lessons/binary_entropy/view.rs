//! Step 3, `binary-entropy`: the entropy of a two-outcome distribution (p, 1 − p),
//! H(p) = −p log p − (1 − p) log(1 − p), as one curve over p.

use leptos::prelude::*;

use crate::lessons::kit::{
    short_probability, table_csv, Formula, ProbabilityControls, ProbabilityPreset, Row, Steps,
    WorkedTable,
};
use crate::charts::{BinaryEntropyCurve, BinaryEntropyLabels, Figure};
use crate::components::url::sync_url;
use crate::components::{shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv};
use crate::lessons::kit::{text, text_when, Note};
use crate::math;
use crate::state::{BinaryEntropyState, ViewId, ViewState};

/// The most uncertain two-outcome distribution, where the curve peaks.
const FAIR: f64 = 0.5;

/// The examples of the preset menu: a label chooser and the probability it sets.
const PRESETS: [ProbabilityPreset; 4] = [
    (|s| s.binary_entropy.preset_fair_coin, 0.5),
    (|s| s.binary_entropy.preset_loaded_coin, 0.9),
    (|s| s.binary_entropy.preset_lottery, 0.001),
    (|s| s.binary_entropy.preset_certain, 1.0),
];

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
            .zip(strings.get().binary_entropy.outcomes)
            .enumerate()
            .map(|(i, (&pi, name))| Row {
                name: name.to_string(),
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
        table_csv(
            s,
            unit.get(),
            &rows.get(),
            s.binary_entropy.sum_row,
            &binary_entropy.get(),
        )
    });
    let valuetext = Signal::derive(move || {
        format!(
            "p = {}, H(p) = {} {}",
            short_probability(p.get()),
            shown(&binary_entropy.get()),
            unit_name()
        )
    });

    // The formula with the numbers in, one line per step. No-break spaces inside a product,
    // so a narrow screen wraps only between the terms.
    let steps = Signal::derive(move || {
        let log = unit.get().log_symbol();
        let rows = rows.get();
        let (p_text, q_text) = (short_probability(rows[0].p), short_probability(rows[1].p));
        vec![
            format!(
                "H({p_text}) = −{p_text}\u{a0}·\u{a0}{log}\u{a0}{p_text} − {q_text}\u{a0}·\u{a0}{log}\u{a0}{q_text}",
            ),
            format!(
                "= {p_text}\u{a0}·\u{a0}{} + {q_text}\u{a0}·\u{a0}{}",
                shown(&rows[0].information),
                shown(&rows[1].information),
            ),
            format!("= {} + {}", rows[0].term_text(), rows[1].term_text()),
            format!("= {} {}", shown(&binary_entropy.get()), unit_name()),
        ]
    });
    let symmetry = Signal::derive(move || {
        let [first, second] = distribution.get();
        (strings.get().binary_entropy.symmetry)(
            &short_probability(first),
            &short_probability(second),
            &shown(&binary_entropy.get()),
            unit_name(),
        )
    });
    view! {
        <div class="lesson lesson-binary-entropy">
            <p class="lesson-intro">{text(|s| s.binary_entropy.intro)}</p>
            <p>{text(|s| s.binary_entropy.explanation)}</p>
            <div class="formula">
                <Formula
                    markup="<mi>H</mi><mo>(</mo><mi>p</mi><mo>)</mo><mo>=</mo><mo>−</mo><mi>p</mi><mspace width=\"0.17em\"/>{log}<mi>p</mi><mo>−</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>p</mi><mo>)</mo><mspace width=\"0.17em\"/>{log}<mo>(</mo><mn>1</mn><mo>−</mo><mi>p</mi><mo>)</mo>"
                    label="H(p) = −p log p − (1 − p) log(1 − p)"
                />
                <Steps lines=steps />
            </div>
            <ProbabilityControls
                p=p
                presets=&PRESETS
                slider_label=|s| s.binary_entropy.slider_label
                valuetext=valuetext
                readout_label=|s| s.binary_entropy.readout_label
                quantity="binary_entropy"
                value=binary_entropy.into()
            />
            <Note text=text_when(certain.into(), |s| s.binary_entropy.certain_note) testid="certain-note" />
            <WorkedTable
                caption=text(|s| s.binary_entropy.table_caption)
                rows=rows.into()
                sum_label=text(|s| s.binary_entropy.sum_row)
                total=binary_entropy.into()
            />
            <p>{text(|s| s.binary_entropy.peak)}</p>
            <p data-testid="symmetry">{symmetry}</p>
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
