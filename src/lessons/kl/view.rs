//! Step 4, `kl`: the KL divergence D(P‖Q) = Σ p_i log(p_i / q_i) of two distributions over the
//! same outcomes, both ways round. The parts shared with the cross-entropy lesson are in
//! `kit::pair`; every number and sentence comes from [`super::model`].

use leptos::prelude::*;

use super::model::{
    self,
    pair::{infinity_note, with_added_outcome, with_removed_outcome},
    KlState, PRESETS,
};
use crate::components::url::sync_url;
use crate::components::{
    use_initial_state, use_strings, Announcer, Chart, ExportCsv, ProbabilityVector,
};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{
    lower_part, preset_labels, text, DistributionsChart, Formula, FormulaLine, Later, Note,
    OutcomeButtons, PairSignals, PresetSelect, ReadoutCard, TermsTable,
};
use crate::state::{ViewId, ViewState};

/// D(P‖Q) = Σ_i p_i log(p_i / q_i).
const KL_FORMULA: &str =
    "<mrow><mi>D</mi><mo>(</mo><mi>P</mi><mo>‖</mo><mi>Q</mi><mo>)</mo></mrow><mo>=</mo>\
    <munder><mo>∑</mo><mi>i</mi></munder><msub><mi>p</mi><mi>i</mi></msub><mspace width=\"0.17em\"/>{log}\
    <mfrac><msub><mi>p</mi><mi>i</mi></msub><msub><mi>q</mi><mi>i</mi></msub></mfrac>";

/// The `kl` lesson: P and Q, both divergences, H(P) and H(P, Q), two charts and the table.
#[component]
pub fn KlLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::Kl) {
        ViewState::Kl(state) => state,
        _ => KlState::default(),
    };
    let pair = PairSignals::new(initial.p, initial.q);
    let PairSignals { p, q, .. } = pair;
    sync_url(ViewId::Kl, move || {
        ViewState::Kl(KlState {
            p: p.get(),
            q: q.get(),
        })
    });
    let substituted = pair.derive(|s, p, q, n, unit| {
        model::substituted(p, q, n, unit.log_symbol(), s.ui.unit_name(unit))
    });
    let announcement = pair.derive(|s, _, _, n, unit| model::announcement(n, s.ui.unit_name(unit)));

    view! {
        <div class="lesson lesson-kl">
            <p class="lesson-intro">{text(|s| s.kl().intro)}</p>
            <p>{text(|s| s.kl().setting)}</p>
            <p>{text(|s| s.kl().definition)}</p>
            <div class="formula">
                <Formula markup=KL_FORMULA label="D(P‖Q) = Σ p_i log(p_i / q_i)" />
                <FormulaLine pieces=substituted testid="substituted" />
            </div>
            <p>{text(|s| s.kl().properties)}</p>
            <KlControls pair=pair />
            <div class="pq-vectors">
                <ProbabilityVector
                    name="p"
                    values=p
                    outcomes=pair.names
                    legend=text(|s| s.kl().p_legend)
                />
                <ProbabilityVector
                    name="q"
                    values=q
                    outcomes=pair.names
                    legend=text(|s| s.kl().q_legend)
                />
            </div>
            <KlReadouts pair=pair />
            <KlNotes pair=pair />
            <Announcer text=announcement />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::Kl load=lower_part(move || below_readouts(pair))>
                <Practice
                    view=ViewId::Kl
                    show=Callback::new(move |state| {
                        if let ViewState::Kl(state) = state {
                            pair.set(state.p, state.q);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: the identity, both charts, the terms table and the CSV export, a split
/// point of their own ([`Later`]).
#[leptos::wasm_split::wasm_split(later_kl, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(pair: PairSignals) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! {
        <p>{text(|s| s.kl().identity)}</p>
        <div class="charts">
            <DistributionsChart pair=pair />
            <AsymmetryChart pair=pair />
        </div>
        <TermsTable
            caption=text(|s| s.kl().table_caption)
            table=pair.derive(model::table)
            class="terms-table"
        />
        <ExportCsv name="kl" rows=pair.derive(model::csv_rows) />
    }
    .into_any())
}

/// The example menu and the add/remove-outcome buttons: both vectors grow and shrink together.
#[component]
fn KlControls(pair: PairSignals) -> impl IntoView {
    let PairSignals { p, q, .. } = pair;
    let state = move || KlState {
        p: p.get(),
        q: q.get(),
    };
    let on_select = Callback::new(move |index: usize| {
        if let Some(next) = untrack(state).preset(index) {
            pair.set(next.p, next.q);
        }
    });
    let is_current = Callback::new(move |index: usize| state().is_preset(index));
    let on_add = Callback::new(move |_| {
        p.update(|v| *v = with_added_outcome(v));
        q.update(|v| *v = with_added_outcome(v));
    });
    let on_remove = Callback::new(move |_| {
        p.update(|v| *v = with_removed_outcome(v));
        q.update(|v| *v = with_removed_outcome(v));
    });
    view! {
        <div class="controls-row">
            <PresetSelect
                labels=preset_labels(&PRESETS)
                on_select=on_select
                is_current=is_current
            />
            <OutcomeButtons outcomes=pair.outcomes on_add=on_add on_remove=on_remove />
        </div>
    }
}

/// The four readouts: both divergences, H(P) and H(P, Q).
#[component]
fn KlReadouts(pair: PairSignals) -> impl IntoView {
    view! {
        <div class="readouts">
            <ReadoutCard
                label=text(|s| s.kl().kl_pq_label)
                quantity="kl_pq"
                value=pair.value(|n| &n.kl_pq)
            />
            <ReadoutCard
                label=text(|s| s.kl().kl_qp_label)
                quantity="kl_qp"
                value=pair.value(|n| &n.kl_qp)
            />
            <ReadoutCard
                label=text(|s| s.kl().entropy_p_label)
                quantity="entropy_p"
                value=pair.value(|n| &n.entropy_p)
            />
            <ReadoutCard
                label=text(|s| s.kl().cross_entropy_label)
                quantity="cross_entropy"
                value=pair.value(|n| &n.cross_entropy)
            />
        </div>
    }
}

/// Why a divergence is infinite (each direction), and how the two directions compare.
#[component]
fn KlNotes(pair: PairSignals) -> impl IntoView {
    let strings = use_strings();
    let numbers = pair.numbers;
    let infinite_pq = Memo::new(move |_| {
        let s = strings.get();
        numbers.with(|n| infinity_note(s, &n.kl_terms, s.kl().infinite_pq))
    });
    let infinite_qp = Memo::new(move |_| {
        let s = strings.get();
        numbers.with(|n| infinity_note(s, &n.reverse_kl_terms, s.kl().infinite_qp))
    });
    let comparison = Signal::derive(move || {
        numbers.with(|n| model::comparison_note(strings.get(), pair.unit.get(), n))
    });
    view! {
        <Note text=infinite_pq.into() class="infinity-note" testid="infinity-note" />
        <Note text=infinite_qp.into() class="infinity-note" testid="infinity-note-reverse" />
        <Note text=comparison class="note" />
    }
}

/// The `kl-asymmetry` chart: D(P‖Q) beside D(Q‖P).
#[component]
fn AsymmetryChart(pair: PairSignals) -> impl IntoView {
    let strings = use_strings();
    let PairSignals { unit, numbers, .. } = pair;
    let figure =
        Memo::new(move |_| numbers.with(|n| model::asymmetry_figure(strings.get(), unit.get(), n)));
    let alt = Signal::derive(move || {
        numbers.with(|n| model::asymmetry_alt(strings.get(), unit.get(), n))
    });
    view! {
        <Chart
            name="kl-asymmetry"
            draw=crate::charts::drawers::kl_asymmetry
            figure=figure
            alt=alt
            title=text(|s| s.kl().asymmetry_title)
        />
    }
}
