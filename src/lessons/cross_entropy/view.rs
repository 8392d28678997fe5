//! Step 5, `cross-entropy`: H(P, Q) = −Σ p_i log q_i = H(P) + D(P‖Q). With a one-hot label
//! H(P) = 0, so the cross-entropy is the KL divergence, −log q of the true class.

use leptos::prelude::*;

use crate::lessons::kl::view::{
    ce_formula_mathml, distributions_alt, distributions_figure, infinite_outcomes, of_pair,
    outcome_name, outcome_signals, owned_text, probability_text, signed_terms, with_added_outcome,
    with_removed_outcome, Column, FormulaLine, OutcomeButtons, TermsTable,
};
use crate::components::url::sync_url;
use crate::components::{shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ProbabilityVector};
use crate::lessons::kit::{text, Note, PresetSelect, ReadoutCard};
use super::CrossEntropyText;
use crate::math;
use crate::state::{CrossEntropyState, ViewId, ViewState};

/// A preset: its label, the label P and the prediction Q.
type Preset = (fn(&CrossEntropyText) -> &'static str, [f64; 3], [f64; 3]);

const PRESETS: [Preset; 3] = [
    (|t| t.preset_tutorial, [1.0, 0.0, 0.0], [0.7, 0.2, 0.1]),
    (|t| t.preset_soft, [0.8, 0.1, 0.1], [0.7, 0.2, 0.1]),
    (
        |t| t.preset_confident_wrong,
        [1.0, 0.0, 0.0],
        [0.0, 0.9, 0.1],
    ),
];

/// The class of a one-hot vector: the entry that is exactly 1 (in a distribution the others
/// are then 0).
fn one_hot_class(p: &[f64]) -> Option<usize> {
    p.iter().position(|&x| x == 1.0)
}

/// The most likely outcome (the first, on a tie): the class a soft label becomes when the
/// reader switches to a one-hot label.
fn most_likely(p: &[f64]) -> usize {
    p.iter()
        .enumerate()
        .fold((0, f64::NEG_INFINITY), |best, (i, &x)| {
            if x > best.1 {
                (i, x)
            } else {
                best
            }
        })
        .0
}

/// The share of the stacked bar (in percent) below which a segment is too short for its name;
/// the numbers are written out under the bar anyway.
const NARROW_SHARE: f64 = 18.0;

#[component]
pub fn CrossEntropyLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::CrossEntropy) {
        ViewState::CrossEntropy(state) => state,
        _ => CrossEntropyState::default(),
    };
    let one_hot = RwSignal::new(one_hot_class(&initial.p).is_some());
    let p = RwSignal::new(initial.p);
    let q = RwSignal::new(initial.q);
    let strings = use_strings();
    let unit = use_unit();

    let entropy_p = Memo::new(move |_| p.with(|p| math::entropy(p, unit.get())));
    let kl_pq = of_pair(p, q, unit, math::kl_divergence);
    let cross_entropy = of_pair(p, q, unit, math::cross_entropy);
    let cross_entropy_terms = of_pair(p, q, unit, math::cross_entropy_terms);
    sync_url(ViewId::CrossEntropy, move || {
        ViewState::CrossEntropy(CrossEntropyState {
            p: p.get(),
            q: q.get(),
        })
    });

    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let log = move || unit.get().log_symbol();
    let (outcomes, names) = outcome_signals(p);
    let true_class = Memo::new(move |_| p.with(|p| one_hot_class(p)));
    let infinite = Memo::new(move |_| infinite_outcomes(&cross_entropy_terms.get()));

    let set_one_hot = move |class: usize| {
        let classes = p.with_untracked(Vec::len);
        if let Ok(label) = math::one_hot(class, classes) {
            p.set(label);
        }
    };
    let choose_one_hot = move |_| {
        one_hot.set(true);
        set_one_hot(p.with_untracked(|p| most_likely(p)));
    };

    let figure =
        Memo::new(move |_| distributions_figure(strings.get(), unit.get(), p.get(), q.get()));
    let alt = Signal::derive(move || {
        distributions_alt(
            strings.get(),
            unit.get(),
            &p.get(),
            &q.get(),
            [entropy_p.get(), cross_entropy.get(), kl_pq.get()],
        )
    });

    let columns = vec![
        Column::probabilities("p", p),
        Column::probabilities("q", q),
        Column::cross_entropy_terms(unit, cross_entropy_terms, cross_entropy),
    ];

    // H(P, Q) = −[p₁·ln q₁ + …] = t₁ + t₂ + … = H, then = H(P) + D(P‖Q) = h + d.
    let substituted = Signal::derive(move || {
        let log = log();
        let mut terms: Vec<String> = p.with(|p| {
            q.with(|q| {
                p.iter()
                    .zip(q)
                    .enumerate()
                    .map(|(i, (&pi, &qi))| {
                        let term = if pi == 0.0 {
                            "0".to_string()
                        } else {
                            format!("{}·{log} {}", probability_text(pi), probability_text(qi))
                        };
                        if i == 0 {
                            term
                        } else {
                            format!("+ {term}")
                        }
                    })
                    .collect()
            })
        });
        if let Some(first) = terms.first_mut() {
            *first = format!("−[{first}");
        }
        if let Some(last) = terms.last_mut() {
            last.push(']');
        }
        let mut pieces = vec!["H(P, Q) =".to_string()];
        pieces.extend(terms);
        pieces.push("=".to_string());
        pieces.extend(signed_terms(&cross_entropy_terms.get()));
        pieces.push(format!("= {} {}", shown(&cross_entropy.get()), unit_name()));
        pieces
    });
    let decomposition = Signal::derive(move || {
        vec![
            "H(P, Q) = H(P) + D(P‖Q)".to_string(),
            format!("= {} + {}", shown(&entropy_p.get()), shown(&kl_pq.get())),
            format!("= {} {}", shown(&cross_entropy.get()), unit_name()),
        ]
    });
    // With a one-hot label the cross-entropy is −log q of the true class; with a soft one,
    // H(P) is a floor.
    let label_note = Signal::derive(move || {
        let s = strings.get();
        let one_hot_note = true_class.get().and_then(|class| {
            let q_true = q.with(|q| q.get(class).copied())?;
            Some((s.cross_entropy.one_hot_note)(
                log(),
                &outcome_name(class),
                &probability_text(q_true),
                &shown(&cross_entropy.get()),
                unit_name(),
            ))
        });
        Some(one_hot_note.unwrap_or_else(|| s.cross_entropy.soft_note.to_string()))
    });
    let infinite_note = Signal::derive(move || {
        let s = strings.get();
        infinite.with(|names| {
            (!names.is_empty()).then(|| (s.cross_entropy.infinite)(&(s.kl.outcome_list)(names)))
        })
    });

    // The stacked bar: H(P) and D(P‖Q) side by side, as shares of the bar's length. An infinite
    // D(P‖Q) takes the whole bar, cut off at its end.
    let kl_infinite = move || kl_pq.get().is_ok_and(f64::is_infinite);
    let entropy_share = move || match (entropy_p.get(), kl_pq.get()) {
        (Ok(h), Ok(d)) if h > 0.0 && d.is_finite() => h / (h + d) * 100.0,
        _ => 0.0,
    };
    let kl_share = move || match (entropy_p.get(), kl_pq.get()) {
        (Ok(_), Ok(d)) if d.is_infinite() => 100.0,
        (Ok(h), Ok(d)) if d > 0.0 => d / (h + d) * 100.0,
        _ => 0.0,
    };
    let stack_alt = Signal::derive(move || {
        (strings.get().cross_entropy.stack_alt)(
            &shown(&entropy_p.get()),
            &shown(&kl_pq.get()),
            &shown(&cross_entropy.get()),
            unit_name(),
        )
    });

    let announcement = Signal::derive(move || {
        format!(
            "H(P) = {}, D(P‖Q) = {}, H(P, Q) = {} {}",
            shown(&entropy_p.get()),
            shown(&kl_pq.get()),
            shown(&cross_entropy.get()),
            unit_name()
        )
    });

    view! {
        <div class="lesson lesson-cross-entropy">
            <p class="lesson-intro">{text(|s| s.cross_entropy.intro)}</p>
            <p>{text(|s| s.cross_entropy.derivation)}</p>
            <div class="formula">
                <div class="formula-math" inner_html=move || ce_formula_mathml(unit.get())></div>
                <FormulaLine pieces=substituted testid="substituted" />
            </div>
            <p>{text(|s| s.cross_entropy.why_loss)}</p>
            <div class="controls-row">
                <PresetSelect
                    labels=Signal::derive(move || {
                        let s = strings.get();
                        PRESETS.iter().map(|(label, ..)| label(&s.cross_entropy)).collect::<Vec<_>>()
                    })
                    on_select=Callback::new(move |i: usize| {
                        if let Some((_, label, prediction)) = PRESETS.get(i) {
                            one_hot.set(one_hot_class(label).is_some());
                            p.set(label.to_vec());
                            q.set(prediction.to_vec());
                        }
                    })
                    is_current=Callback::new(move |i: usize| {
                        PRESETS.get(i).is_some_and(|(_, label, prediction)| {
                            one_hot.get() == one_hot_class(label).is_some()
                                && p.with(|p| p[..] == label[..])
                                && q.with(|q| q[..] == prediction[..])
                        })
                    })
                />
                <OutcomeButtons
                    outcomes=outcomes
                    on_add=Callback::new(move |_| {
                        match true_class.get_untracked().filter(|_| one_hot.get_untracked()) {
                            Some(class) => {
                                let classes = outcomes.get_untracked() + 1;
                                if let Ok(label) = math::one_hot(class, classes) {
                                    p.set(label);
                                }
                            }
                            None => p.update(|v| *v = with_added_outcome(v)),
                        }
                        q.update(|v| *v = with_added_outcome(v));
                    })
                    on_remove=Callback::new(move |_| {
                        match true_class.get_untracked().filter(|_| one_hot.get_untracked()) {
                            Some(class) => {
                                let classes = outcomes.get_untracked() - 1;
                                if let Ok(label) = math::one_hot(class.min(classes - 1), classes) {
                                    p.set(label);
                                }
                            }
                            None => p.update(|v| *v = with_removed_outcome(v)),
                        }
                        q.update(|v| *v = with_removed_outcome(v));
                    })
                />
            </div>
            <fieldset class="label-kind">
                <legend>{text(|s| s.cross_entropy.label_legend)}</legend>
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
                        {text(|s| s.cross_entropy.one_hot_option)}
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
                        {text(|s| s.cross_entropy.soft_option)}
                    </label>
                </div>
                <label class="true-class" hidden=move || !one_hot.get()>
                        {text(|s| s.cross_entropy.true_class_label)}
                        " "
                        <select
                            data-testid="true-class"
                            prop:value=move || true_class.get().unwrap_or(0).to_string()
                            on:input=move |e| {
                                if let Ok(class) = event_target_value(&e).parse::<usize>() {
                                    set_one_hot(class);
                                }
                            }
                        >
                            {move || {
                                let chosen = true_class.get();
                                names
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
            <div class="pq-vectors">
                <div class="soft-label" hidden=move || one_hot.get()>
                    <ProbabilityVector
                        name="p"
                        values=p
                        outcomes=names
                        legend=owned_text(|s| s.cross_entropy.p_legend)
                    />
                </div>
                <ProbabilityVector
                    name="q"
                    values=q
                    outcomes=names
                    legend=owned_text(|s| s.cross_entropy.q_legend)
                />
            </div>
            <h2 class="decomposition-title">{text(|s| s.cross_entropy.decomposition_title)}</h2>
            <div class="readouts decomposition">
                <ReadoutCard
                    label=text(|s| s.kl.entropy_p_label)
                    quantity="entropy_p"
                    value=entropy_p
                />
                <span class="operator" aria-hidden="true">"+"</span>
                <ReadoutCard
                    label=text(|s| s.kl.kl_pq_label)
                    quantity="kl_pq"
                    value=kl_pq
                />
                <span class="operator" aria-hidden="true">"="</span>
                <ReadoutCard
                    label=text(|s| s.kl.cross_entropy_label)
                    quantity="cross_entropy"
                    value=cross_entropy
                />
            </div>
            <div class="ce-stack" role="img" aria-label=move || stack_alt.get()>
                <span
                    class="ce-stack-entropy"
                    class:ce-stack-narrow=move || { entropy_share() < NARROW_SHARE }
                    style:width=move || format!("{}%", entropy_share())>
                    "H(P)"
                </span>
                <span
                    class="ce-stack-kl"
                    class:ce-stack-infinite=kl_infinite
                    class:ce-stack-narrow=move || { kl_share() < NARROW_SHARE }
                    style:width=move || format!("{}%", kl_share())
                >
                    {move || if kl_infinite() { "D(P‖Q) = ∞" } else { "D(P‖Q)" }}
                </span>
            </div>
            <FormulaLine pieces=decomposition />
            <Note text=infinite_note class="infinity-note" testid="infinity-note" />
            <Note text=label_note class="note" />
            <div class="charts">
                <Chart
                    name="distributions"
                    figure=figure
                    alt=alt
                    title=owned_text(|s| s.kl.distributions_title)
                />
            </div>
            <TermsTable
                caption=|s| s.cross_entropy.table_caption
                columns=columns
                outcomes=outcomes
                csv_name="cross-entropy"
            />
            <Announcer text=announcement />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_hot_label_is_recognised() {
        assert_eq!(one_hot_class(&[0.0, 1.0, 0.0]), Some(1));
        assert_eq!(one_hot_class(&[0.8, 0.1, 0.1]), None);
    }

    #[test]
    fn the_most_likely_outcome_wins_and_ties_go_first() {
        assert_eq!(most_likely(&[0.1, 0.6, 0.3]), 1);
        assert_eq!(most_likely(&[0.4, 0.4, 0.2]), 0);
    }
}
