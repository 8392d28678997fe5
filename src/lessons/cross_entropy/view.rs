//! Step 5, `cross-entropy`: H(P, Q) = −Σ p_i log q_i = H(P) + D(P‖Q). With a one-hot label
//! H(P) = 0, so the cross-entropy is the KL divergence, −log q of the true class. The parts
//! shared with the `kl` lesson are in `kit::pair`; every number and sentence comes from
//! [`super::model`].

use leptos::prelude::*;

use super::model::{
    self, label_with_added_outcome, label_with_removed_outcome, most_likely, one_hot_class,
    with_true_class, CrossEntropyState, Stack, NARROW_SHARE, PRESETS,
};
use crate::components::url::sync_url;
use crate::components::{use_initial_state, use_strings, Announcer, ExportCsv, ProbabilityVector};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{
    lower_part, preset_labels, text, DistributionsChart, Formula, FormulaLine, Later, Note,
    OutcomeButtons, PairSignals, PresetSelect, ReadoutCard, TermsTable,
};
use crate::lessons::kl::model::pair::{infinity_note, with_added_outcome, with_removed_outcome};
use crate::state::{shortest, ViewId, ViewState};

/// H(P, Q) = −Σ_i p_i log q_i, the first of the formula's two equalities.
const CROSS_ENTROPY_FORMULA: &str =
    "<mrow><mi>H</mi><mo>(</mo><mi>P</mi><mo>,</mo><mi>Q</mi><mo>)</mo></mrow>\
    <mo>=</mo><mo>−</mo><munder><mo>∑</mo><mi>i</mi></munder><msub><mi>p</mi><mi>i</mi></msub>\
    <mspace width=\"0.17em\"/>{log}<msub><mi>q</mi><mi>i</mi></msub>";

/// = H(P) + D(P‖Q), the second equality: a formula of its own, so a narrow screen can put it
/// on its own line.
const DECOMPOSITION_FORMULA: &str = "<mo>=</mo><mi>H</mi><mo>(</mo><mi>P</mi><mo>)</mo><mo>+</mo>\
    <mi>D</mi><mo>(</mo><mi>P</mi><mo>‖</mo><mi>Q</mi><mo>)</mo>";

/// Whether the reader chose a one-hot label, and its class while P is one-hot.
#[derive(Clone, Copy)]
struct LabelSignals {
    one_hot: RwSignal<bool>,
    true_class: Memo<Option<usize>>,
}

/// The `cross-entropy` lesson: the label P (one-hot or soft), the prediction Q, and
/// H(P, Q) = H(P) + D(P‖Q) as readouts, a stacked bar, a chart and the table.
#[component]
pub fn CrossEntropyLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::CrossEntropy) {
        ViewState::CrossEntropy(state) => state,
        _ => CrossEntropyState::default(),
    };
    let one_hot = RwSignal::new(one_hot_class(&initial.p).is_some());
    let pair = PairSignals::new(initial.p, initial.q);
    let PairSignals { p, q, .. } = pair;
    let label = LabelSignals {
        one_hot,
        true_class: Memo::new(move |_| p.with(|p| one_hot_class(p))),
    };
    sync_url(ViewId::CrossEntropy, move || {
        ViewState::CrossEntropy(CrossEntropyState {
            p: p.get(),
            q: q.get(),
        })
    });
    let substituted = pair.derive(|s, p, q, n, unit| {
        model::substituted(p, q, n, unit.log_symbol(), s.ui.unit_name(unit))
    });
    let announcement = pair.derive(|s, _, _, n, unit| model::announcement(n, s.ui.unit_name(unit)));

    view! {
        <div class="lesson lesson-cross-entropy">
            <p class="lesson-intro">{text(|s| s.cross_entropy().intro)}</p>
            <p>{text(|s| s.cross_entropy().derivation)}</p>
            <div class="formula">
                <div class="formula-math">
                    <Formula markup=CROSS_ENTROPY_FORMULA label="H(P, Q) = −Σ p_i log q_i" />
                    <Formula markup=DECOMPOSITION_FORMULA label="= H(P) + D(P‖Q)" />
                </div>
                <FormulaLine pieces=substituted testid="substituted" />
            </div>
            <p>{text(|s| s.cross_entropy().why_loss)}</p>
            <CrossEntropyControls pair=pair label=label />
            <LabelKind pair=pair label=label />
            <div class="pq-vectors">
                <div class="soft-label" hidden=move || one_hot.get()>
                    <ProbabilityVector
                        name="p"
                        values=p
                        outcomes=pair.names
                        legend=text(|s| s.cross_entropy().p_legend)
                    />
                </div>
                <ProbabilityVector
                    name="q"
                    values=q
                    outcomes=pair.names
                    legend=text(|s| s.cross_entropy().q_legend)
                />
            </div>
            <Decomposition pair=pair />
            <CrossEntropyNotes pair=pair />
            <Announcer text=announcement />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::CrossEntropy load=lower_part(move || below_readouts(pair))>
                <Practice
                    view=ViewId::CrossEntropy
                    show=Callback::new(move |state| {
                        if let ViewState::CrossEntropy(state) = state {
                            // The label kind follows P, as the examples set it.
                            one_hot.set(one_hot_class(&state.p).is_some());
                            pair.set(state.p, state.q);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: the chart, the terms table and the CSV export, a split point of their
/// own ([`Later`]).
#[leptos::wasm_split::wasm_split(later_cross_entropy, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(pair: PairSignals) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! {
        <div class="charts">
            <DistributionsChart pair=pair />
        </div>
        <TermsTable
            caption=text(|s| s.cross_entropy().table_caption)
            table=pair.derive(model::table)
            class="terms-table"
        />
        <ExportCsv name="cross-entropy" rows=pair.derive(model::csv_rows) />
    }
    .into_any())
}

/// The example menu and the add/remove-outcome buttons; a one-hot label keeps its class.
#[component]
fn CrossEntropyControls(pair: PairSignals, label: LabelSignals) -> impl IntoView {
    let PairSignals { p, q, .. } = pair;
    let one_hot = label.one_hot;
    let on_select = Callback::new(move |index: usize| {
        if let Some(next) = CrossEntropyState::preset(index) {
            one_hot.set(one_hot_class(&next.p).is_some());
            pair.set(next.p, next.q);
        }
    });
    let is_current = Callback::new(move |index: usize| {
        let state = CrossEntropyState {
            p: p.get(),
            q: q.get(),
        };
        state.is_preset(index, one_hot.get())
    });
    let on_add = Callback::new(move |_| {
        let keep_class = one_hot.get_untracked();
        p.update(|v| *v = label_with_added_outcome(v, keep_class));
        q.update(|v| *v = with_added_outcome(v));
    });
    let on_remove = Callback::new(move |_| {
        let keep_class = one_hot.get_untracked();
        p.update(|v| *v = label_with_removed_outcome(v, keep_class));
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

/// The choice of a one-hot or a soft label, and the true class of a one-hot one.
#[component]
fn LabelKind(pair: PairSignals, label: LabelSignals) -> impl IntoView {
    let p = pair.p;
    let LabelSignals {
        one_hot,
        true_class,
    } = label;
    let set_true_class = move |class: usize| {
        if let Some(next) = p.with_untracked(|p| with_true_class(p, class)) {
            p.set(next);
        }
    };
    let choose_one_hot = move |_| {
        one_hot.set(true);
        set_true_class(p.with_untracked(|p| most_likely(p)));
    };
    view! {
        <fieldset class="label-kind">
            <legend>{text(|s| s.cross_entropy().label_legend)}</legend>
            <div class="label-kind-options">
                <label>
                    <input
                        type="radio"
                        name="p-kind"
                        value="one-hot"
                        data-testid="p-kind-one-hot"
                        prop:checked=move || one_hot.get()
                        on:input=choose_one_hot
                    />
                    " "
                    {text(|s| s.cross_entropy().one_hot_option)}
                </label>
                <label>
                    <input
                        type="radio"
                        name="p-kind"
                        value="soft"
                        data-testid="p-kind-soft"
                        prop:checked=move || !one_hot.get()
                        on:input=move |_| one_hot.set(false)
                    />
                    " "
                    {text(|s| s.cross_entropy().soft_option)}
                </label>
            </div>
            <label class="true-class" hidden=move || !one_hot.get()>
                {text(|s| s.cross_entropy().true_class_label)}
                " "
                <select
                    data-testid="true-class"
                    prop:value=move || true_class.get().unwrap_or(0).to_string()
                    on:input=move |e| {
                        if let Ok(class) = event_target_value(&e).parse::<usize>() {
                            set_true_class(class);
                        }
                    }
                >
                    {move || {
                        let chosen = true_class.get();
                        pair.names
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, name)| {
                                view! {
                                    <option value=i.to_string() selected=chosen == Some(i)>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        </fieldset>
    }
}

/// H(P, Q) = H(P) + D(P‖Q): the three readouts, the stacked bar and the sum with numbers.
#[component]
fn Decomposition(pair: PairSignals) -> impl IntoView {
    let stack = Memo::new(move |_| pair.numbers.with(Stack::new));
    let stack_alt = pair.derive(|s, _, _, n, unit| model::stack_alt(s, unit, n));
    let lines = pair.derive(|s, _, _, n, unit| model::decomposition(n, s.ui.unit_name(unit)));
    let entropy_share = move || stack.get().entropy_share;
    let kl_share = move || stack.get().kl_share;
    let kl_infinite = move || stack.get().kl_infinite;
    view! {
        <h2 class="decomposition-title">{text(|s| s.cross_entropy().decomposition_title)}</h2>
        <div class="readouts decomposition">
            <ReadoutCard
                label=text(|s| s.kl().entropy_p_label)
                quantity="entropy_p"
                value=pair.value(|n| &n.entropy_p)
            />
            <span class="operator" aria-hidden="true">"+"</span>
            <ReadoutCard
                label=text(|s| s.kl().kl_pq_label)
                quantity="kl_pq"
                value=pair.value(|n| &n.kl_pq)
            />
            <span class="operator" aria-hidden="true">"="</span>
            <ReadoutCard
                label=text(|s| s.kl().cross_entropy_label)
                quantity="cross_entropy"
                value=pair.value(|n| &n.cross_entropy)
            />
        </div>
        // An infinite D(P‖Q) takes the whole bar, cut off at its end.
        <div class="ce-stack" role="img" aria-label=move || stack_alt.get()>
            <span
                class="ce-stack-entropy"
                class:ce-stack-narrow=move || { entropy_share() < NARROW_SHARE }
                style:width=move || format!("{}%", shortest(entropy_share()))>
                "H(P)"
            </span>
            <span
                class="ce-stack-kl"
                class:ce-stack-infinite=kl_infinite
                class:ce-stack-narrow=move || { kl_share() < NARROW_SHARE }
                style:width=move || format!("{}%", shortest(kl_share()))
            >
                {move || if kl_infinite() { "D(P‖Q) = ∞" } else { "D(P‖Q)" }}
            </span>
        </div>
        <FormulaLine pieces=lines />
    }
}

/// Why the cross-entropy is infinite, and what the label means for it.
#[component]
fn CrossEntropyNotes(pair: PairSignals) -> impl IntoView {
    let strings = use_strings();
    let numbers = pair.numbers;
    let infinite = Memo::new(move |_| {
        let s = strings.get();
        numbers.with(|n| infinity_note(s, &n.cross_entropy_terms, s.cross_entropy().infinite))
    });
    let label_note = pair.derive(|s, p, q, n, unit| Some(model::label_note(s, unit, p, q, n)));
    view! {
        <Note text=infinite.into() class="infinity-note" testid="infinity-note" />
        <Note text=label_note class="note" />
    }
}
