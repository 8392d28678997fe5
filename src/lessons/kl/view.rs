//! Step 4, `kl`: the KL divergence D(P‖Q) = Σ p_i log(p_i / q_i) of two distributions over the
//! same outcomes, both ways round.
//!
//! The cross-entropy lesson shows the same pair P, Q, so the parts both lessons need (outcome
//! names, adding and removing outcomes, the per-outcome table, the formula pieces, the
//! distributions chart) live here as `pub(super)` items.

use leptos::prelude::*;

use crate::charts::{
    Contribution, ContributionSeries, Distributions, DistributionsLabels, Figure, KlAsymmetry,
    KlAsymmetryLabels,
};
use crate::components::format::{full_precision, rounded_to};
use crate::components::url::sync_url;
use crate::components::{shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, ProbabilityVector};
use crate::lessons::kit::{preset_labels, text, text_spans, Note, PresetSelect, ReadoutCard};
use crate::i18n::Strings;
use super::DistributionNumbers;
use crate::math::{self, MathError, Unit};
use crate::state::{KlState, ViewId, ViewState, MAX_CLASSES, MIN_CLASSES};

/// A preset: its label, and the pair (P, Q) it sets given the current P.
type Preset = (
    fn(&Strings) -> &'static str,
    fn(&[f64]) -> (Vec<f64>, Vec<f64>),
);

const PRESETS: [Preset; 5] = [
    (
        |s| s.kl.preset_tutorial,
        |_| (vec![1.0, 0.0, 0.0], vec![0.7, 0.2, 0.1]),
    ),
    (
        |s| s.kl.preset_default,
        |_| {
            let defaults = KlState::default();
            (defaults.p, defaults.q)
        },
    ),
    (|s| s.kl.preset_equal, |p| (p.to_vec(), p.to_vec())),
    (
        |s| s.kl.preset_reverse_infinite,
        |_| (vec![0.5, 0.5, 0.0], vec![0.4, 0.4, 0.2]),
    ),
    (
        |s| s.kl.preset_forward_infinite,
        |_| (vec![0.4, 0.4, 0.2], vec![0.5, 0.5, 0.0]),
    ),
];

#[component]
pub fn KlLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::Kl) {
        ViewState::Kl(state) => state,
        _ => KlState::default(),
    };
    let p = RwSignal::new(initial.p);
    let q = RwSignal::new(initial.q);
    let strings = use_strings();
    let unit = use_unit();

    let kl_pq = of_pair(p, q, unit, math::kl_divergence);
    let kl_qp = of_pair(p, q, unit, |p, q, unit| math::kl_divergence(q, p, unit));
    let cross_entropy = of_pair(p, q, unit, math::cross_entropy);
    let entropy_p = Memo::new(move |_| p.with(|p| math::entropy(p, unit.get())));
    let kl_terms = of_pair(p, q, unit, math::kl_terms);
    let reverse_kl_terms = of_pair(p, q, unit, |p, q, unit| math::kl_terms(q, p, unit));
    let cross_entropy_terms = of_pair(p, q, unit, math::cross_entropy_terms);
    let entropy_terms = Memo::new(move |_| p.with(|p| math::entropy_terms(p, unit.get())));
    sync_url(ViewId::Kl, move || {
        ViewState::Kl(KlState {
            p: p.get(),
            q: q.get(),
        })
    });

    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let (outcomes, names) = outcome_signals(p);
    let infinite_pq = Memo::new(move |_| infinite_outcomes(&kl_terms.get()));
    let infinite_qp = Memo::new(move |_| infinite_outcomes(&reverse_kl_terms.get()));

    let figure =
        Memo::new(move |_| distributions_figure(strings.get(), unit.get(), p.get(), q.get()));
    let distributions_alt = Signal::derive(move || {
        distributions_alt(
            strings.get(),
            unit.get(),
            &p.get(),
            &q.get(),
            [entropy_p.get(), cross_entropy.get(), kl_pq.get()],
        )
    });
    let asymmetry_figure = Memo::new(move |_| {
        let s = strings.get();
        Figure::KlAsymmetry(KlAsymmetry {
            kl_pq: kl_pq.get().unwrap_or(f64::NAN),
            kl_qp: kl_qp.get().unwrap_or(f64::NAN),
            unit: unit.get(),
            held_axis: None,
            labels: KlAsymmetryLabels {
                kl_pq: "D(P‖Q)".to_string(),
                kl_qp: "D(Q‖P)".to_string(),
                y_axis: (s.kl.divergence_axis)(unit_name()),
                infinity: "∞".to_string(),
            },
        })
    });
    let asymmetry_alt = Signal::derive(move || {
        let infinite = [kl_pq.get(), kl_qp.get()]
            .iter()
            .any(|value| value.as_ref().is_ok_and(|x| x.is_infinite()));
        (strings.get().kl.asymmetry_alt)(
            &shown(&kl_pq.get()),
            &shown(&kl_qp.get()),
            unit_name(),
            infinite,
        )
    });

    let log = move || unit.get().log_symbol();
    let columns = vec![
        Column::probabilities("p", p),
        Column::probabilities("q", q),
        Column::terms(|log| format!("p·{log}(p/q)"), unit, kl_terms, kl_pq),
        Column::terms(|log| format!("−p·{log} p"), unit, entropy_terms, entropy_p),
        Column::cross_entropy_terms(unit, cross_entropy_terms, cross_entropy),
    ];

    // D(P‖Q) = p₁·ln(p₁/q₁) + … = t₁ + t₂ + … = D, each piece unbreakable so lines wrap
    // between terms.
    let substituted = Signal::derive(move || {
        let log = log();
        let mut pieces = vec!["D(P‖Q) =".to_string()];
        p.with(|p| {
            q.with(|q| {
                for (i, (&pi, &qi)) in p.iter().zip(q).enumerate() {
                    let term = if pi == 0.0 {
                        "0".to_string()
                    } else {
                        let (pi, qi) = (probability_text(pi), probability_text(qi));
                        format!("{pi}·{log}({pi}/{qi})")
                    };
                    pieces.push(if i == 0 { term } else { format!("+ {term}") });
                }
            })
        });
        pieces.push("=".to_string());
        pieces.extend(signed_terms(&kl_terms.get()));
        pieces.push(format!("= {} {}", shown(&kl_pq.get()), unit_name()));
        pieces
    });

    let announcement = Signal::derive(move || {
        format!(
            "D(P‖Q) = {}, D(Q‖P) = {}, H(P) = {}, H(P, Q) = {} {}",
            shown(&kl_pq.get()),
            shown(&kl_qp.get()),
            shown(&entropy_p.get()),
            shown(&cross_entropy.get()),
            unit_name()
        )
    });
    let infinite_pq_note = Signal::derive(move || {
        let s = strings.get();
        infinite_pq.with(|names| {
            (!names.is_empty()).then(|| (s.kl.infinite_pq)(&(s.kl.outcome_list)(names)))
        })
    });
    let infinite_qp_note = Signal::derive(move || {
        let s = strings.get();
        infinite_qp.with(|names| {
            (!names.is_empty()).then(|| (s.kl.infinite_qp)(&(s.kl.outcome_list)(names)))
        })
    });
    // Both 0: Q = P. Different: the asymmetry, with the numbers.
    let comparison_note = Signal::derive(move || {
        let s = strings.get();
        match (kl_pq.get(), kl_qp.get()) {
            (Ok(a), Ok(b)) if a == 0.0 && b == 0.0 => Some(s.kl.equal_note.to_string()),
            (Ok(a), Ok(b)) if a != b => Some((s.kl.asymmetry)(
                &shown(&Ok(a)),
                &shown(&Ok(b)),
                unit_name(),
            )),
            _ => None,
        }
    });

    view! {
        <div class="lesson lesson-kl">
            <p class="lesson-intro">{text(|s| s.kl.intro)}</p>
            <p>{text(|s| s.kl.setting)}</p>
            <p>{text(|s| s.kl.definition)}</p>
            <div class="formula">
                <div class="formula-math" inner_html=move || kl_formula_mathml(unit.get())></div>
                <FormulaLine pieces=substituted testid="substituted" />
            </div>
            <p>{text(|s| s.kl.properties)}</p>
            <div class="controls-row">
                <PresetSelect
                    labels=preset_labels(&PRESETS)
                    on_select=Callback::new(move |i: usize| {
                        if let Some((_, pair)) = PRESETS.get(i) {
                            let (next_p, next_q) = p.with_untracked(|p| pair(p));
                            p.set(next_p);
                            q.set(next_q);
                        }
                    })
                    is_current=Callback::new(move |i: usize| {
                        PRESETS.get(i).is_some_and(|(_, pair)| {
                            p.with(|p| q.with(|q| pair(p) == (p.to_vec(), q.to_vec())))
                        })
                    })
                />
                <OutcomeButtons
                    outcomes=outcomes
                    on_add=Callback::new(move |_| {
                        p.update(|v| *v = with_added_outcome(v));
                        q.update(|v| *v = with_added_outcome(v));
                    })
                    on_remove=Callback::new(move |_| {
                        p.update(|v| *v = with_removed_outcome(v));
                        q.update(|v| *v = with_removed_outcome(v));
                    })
                />
            </div>
            <div class="pq-vectors">
                <ProbabilityVector
                    name="p"
                    values=p
                    outcomes=names
                    legend=owned_text(|s| s.kl.p_legend)
                />
                <ProbabilityVector
                    name="q"
                    values=q
                    outcomes=names
                    legend=owned_text(|s| s.kl.q_legend)
                />
            </div>
            <div class="readouts">
                <ReadoutCard
                    label=text(|s| s.kl.kl_pq_label)
                    quantity="kl_pq"
                    value=kl_pq
                />
                <ReadoutCard
                    label=text(|s| s.kl.kl_qp_label)
                    quantity="kl_qp"
                    value=kl_qp
                />
                <ReadoutCard
                    label=text(|s| s.kl.entropy_p_label)
                    quantity="entropy_p"
                    value=entropy_p
                />
                <ReadoutCard
                    label=text(|s| s.kl.cross_entropy_label)
                    quantity="cross_entropy"
                    value=cross_entropy
                />
            </div>
            <Note text=infinite_pq_note class="infinity-note" testid="infinity-note" />
            <Note text=infinite_qp_note class="infinity-note" testid="infinity-note-reverse" />
            <Note text=comparison_note class="note" />
            <p>{text(|s| s.kl.identity)}</p>
            <div class="charts">
                <Chart
                    name="distributions"
                    figure=figure
                    alt=distributions_alt
                    title=owned_text(|s| s.kl.distributions_title)
                />
                <Chart
                    name="kl-asymmetry"
                    figure=asymmetry_figure
                    alt=asymmetry_alt
                    title=owned_text(|s| s.kl.asymmetry_title)
                />
            </div>
            <TermsTable
                caption=|s| s.kl.table_caption
                columns=columns
                outcomes=outcomes
                csv_name="kl"
            />
            <Announcer text=announcement />
        </div>
    }
}

// ---- shared with the cross-entropy lesson ---------------------------------------------------

/// A text of the current language as an owned string signal, for props that take one.
pub(crate) fn owned_text(pick: fn(&Strings) -> &'static str) -> Signal<String> {
    let strings = use_strings();
    Signal::derive(move || pick(strings.get()).to_string())
}

/// A quantity of the pair (P, Q) in a unit, as `math` computes it.
pub(crate) type PairQuantity<T> = fn(&[f64], &[f64], Unit) -> Result<T, MathError>;

/// A Memo of `quantity` for the current P, Q and unit.
pub(crate) fn of_pair<T: PartialEq + Send + Sync + 'static>(
    p: RwSignal<Vec<f64>>,
    q: RwSignal<Vec<f64>>,
    unit: Signal<Unit>,
    quantity: PairQuantity<T>,
) -> Memo<Result<T, MathError>> {
    Memo::new(move |_| p.with(|p| q.with(|q| quantity(p, q, unit.get()))))
}

/// The number of outcomes of `p` and their names, as memos: a slider move changes neither, so
/// what shows them (the table's rows, the sliders' labels) is not rebuilt.
pub(crate) fn outcome_signals(p: RwSignal<Vec<f64>>) -> (Signal<usize>, Signal<Vec<String>>) {
    let outcomes = Memo::new(move |_| p.with(Vec::len));
    let names = Memo::new(move |_| outcome_names(outcomes.get()));
    (outcomes.into(), names.into())
}

/// The name of outcome `index` (from 0) in formulas, tables and charts: x₁, x₂, …
pub(crate) fn outcome_name(index: usize) -> String {
    const SUBSCRIPT_DIGITS: [char; 10] = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
    let subscript: String = (index + 1)
        .to_string()
        .chars()
        .filter_map(|digit| digit.to_digit(10))
        .map(|digit| SUBSCRIPT_DIGITS[digit as usize])
        .collect();
    format!("x{subscript}")
}

/// The names of `outcomes` outcomes.
pub(crate) fn outcome_names(outcomes: usize) -> Vec<String> {
    (0..outcomes).map(outcome_name).collect()
}

/// A probability as it is written inside a formula: at most four decimals, trailing zeros
/// dropped ("0.7", "0.1333", "1").
pub(crate) fn probability_text(x: f64) -> String {
    let text = rounded_to(x, 4);
    if text.contains('.') && !text.contains('e') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// `values` as a comma-separated list of probabilities, for text alternatives.
pub(crate) fn probability_list(values: &[f64]) -> String {
    values
        .iter()
        .map(|&x| probability_text(x))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `p` with one more outcome, still a distribution: the new outcome takes the equal share
/// 1/(n+1) and the others shrink in proportion (`math::set_entry`).
pub(crate) fn with_added_outcome(p: &[f64]) -> Vec<f64> {
    let mut extended = p.to_vec();
    extended.push(0.0);
    let outcomes = extended.len();
    math::set_entry(&extended, outcomes - 1, 1.0 / outcomes as f64)
        .or_else(|_| math::uniform(outcomes))
        .unwrap_or(extended)
}

/// `p` without its last outcome, renormalised; uniform when the last outcome held all the mass.
pub(crate) fn with_removed_outcome(p: &[f64]) -> Vec<f64> {
    let kept = &p[..p.len().saturating_sub(1)];
    math::renormalise(kept)
        .or_else(|_| math::uniform(kept.len()))
        .unwrap_or_else(|_| p.to_vec())
}

/// The outcomes whose term is infinite (a probability of 0 under the other distribution's
/// positive one), by name.
pub(crate) fn infinite_outcomes(terms: &Result<Vec<f64>, MathError>) -> Vec<String> {
    terms
        .as_ref()
        .map(|terms| {
            terms
                .iter()
                .enumerate()
                .filter(|(_, term)| term.is_infinite())
                .map(|(i, _)| outcome_name(i))
                .collect()
        })
        .unwrap_or_default()
}

/// Term values written as a sum: "0.2355", "− 0.0811", "+ 0.0000", …
pub(crate) fn signed_terms(terms: &Result<Vec<f64>, MathError>) -> Vec<String> {
    match terms {
        Ok(terms) => terms
            .iter()
            .enumerate()
            .map(|(i, &term)| match (i, term < 0.0) {
                (0, _) => rounded_to(term, 4),
                (_, true) => format!("− {}", rounded_to(-term, 4)),
                (_, false) => format!("+ {}", rounded_to(term, 4)),
            })
            .collect(),
        Err(_) => vec!["–".to_string()],
    }
}

/// A formula written out with numbers: one unbreakable span per piece, so a long sum wraps
/// between its terms on a narrow screen.
#[component]
pub(crate) fn FormulaLine(
    pieces: Signal<Vec<String>>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <p class="substituted" data-testid=testid>
            {text_spans(pieces, "term", " ")}
        </p>
    }
}

/// The logarithm of `unit` in MathML: ln, or log with a subscript 2.
fn log_mathml(unit: Unit) -> &'static str {
    match unit {
        Unit::Nats => "<mi>ln</mi>",
        Unit::Bits => "<msub><mi>log</mi><mn>2</mn></msub>",
    }
}

/// p with subscript i, and q with subscript i, in MathML.
const P_I: &str = "<msub><mi>p</mi><mi>i</mi></msub>";
const Q_I: &str = "<msub><mi>q</mi><mi>i</mi></msub>";

/// D(P‖Q) = Σ_i p_i log(p_i / q_i) as MathML markup. The formulas are static markup set as the
/// element's content: as Leptos views, their forty-odd elements would cost far more code.
pub(crate) fn kl_formula_mathml(unit: Unit) -> String {
    format!(
        "<math display=\"block\"><mrow><mi>D</mi><mo>(</mo><mi>P</mi><mo>‖</mo><mi>Q</mi><mo>)</mo>\
         <mo>=</mo><munder><mo>∑</mo><mi>i</mi></munder>{P_I}{log}<mfrac>{P_I}{Q_I}</mfrac></mrow></math>",
        log = log_mathml(unit)
    )
}

/// H(P, Q) = −Σ_i p_i log q_i = H(P) + D(P‖Q) as MathML markup, in two `math` elements so a
/// narrow screen can put the second equality on its own line.
pub(crate) fn ce_formula_mathml(unit: Unit) -> String {
    format!(
        "<math display=\"block\"><mrow><mi>H</mi><mo>(</mo><mi>P</mi><mo>,</mo><mi>Q</mi><mo>)</mo>\
         <mo>=</mo><mo>−</mo><munder><mo>∑</mo><mi>i</mi></munder>{P_I}{log}{Q_I}</mrow></math>\
         <math display=\"block\"><mrow><mo>=</mo><mi>H</mi><mo>(</mo><mi>P</mi><mo>)</mo><mo>+</mo>\
         <mi>D</mi><mo>(</mo><mi>P</mi><mo>‖</mo><mi>Q</mi><mo>)</mo></mrow></math>",
        log = log_mathml(unit)
    )
}

/// The `distributions` chart of P and Q with each outcome's contributions to H(P), H(P, Q)
/// and D(P‖Q).
pub(crate) fn distributions_figure(s: &Strings, unit: Unit, p: Vec<f64>, q: Vec<f64>) -> Figure {
    let series = |quantity, name: &str| ContributionSeries {
        quantity,
        name: name.to_string(),
    };
    Figure::Distributions(Distributions {
        outcomes: outcome_names(p.len()),
        p,
        q: Some(q),
        contributions: vec![
            series(Contribution::Entropy, "H(P)"),
            series(Contribution::CrossEntropy, "H(P, Q)"),
            series(Contribution::KlDivergence, "D(P‖Q)"),
        ],
        unit,
        held_axis: None,
        labels: DistributionsLabels {
            outcome_axis: s.kl.outcome_axis.to_string(),
            probability_axis: s.kl.probability_axis.to_string(),
            contribution_axis: (s.kl.contribution_axis)(s.ui.unit_name(unit)),
            p: "P".to_string(),
            q: "Q".to_string(),
            infinity: "∞".to_string(),
        },
    })
}

/// The text alternative of the `distributions` chart; `totals` are H(P), H(P, Q), D(P‖Q).
pub(crate) fn distributions_alt(
    s: &Strings,
    unit: Unit,
    p: &[f64],
    q: &[f64],
    totals: [Result<f64, MathError>; 3],
) -> String {
    let [entropy_p, cross_entropy, kl_pq] = totals.map(|value| shown(&value));
    (s.kl.distributions_alt)(&DistributionNumbers {
        p: &probability_list(p),
        q: &probability_list(q),
        entropy_p: &entropy_p,
        cross_entropy: &cross_entropy,
        kl_pq: &kl_pq,
        unit: s.ui.unit_name(unit),
    })
}

/// The add-outcome and remove-outcome buttons, disabled at the contract's limits; the lesson
/// decides how its vectors grow and shrink (they must keep the same outcomes).
#[component]
pub(crate) fn OutcomeButtons(
    outcomes: Signal<usize>,
    on_add: Callback<()>,
    on_remove: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            data-testid="add-outcome"
            disabled=move || { outcomes.get() >= MAX_CLASSES }
            on:click=move |_| {
                if outcomes.get_untracked() < MAX_CLASSES {
                    on_add.run(());
                }
            }
        >
            {text(|s| s.ui.add_outcome)}
        </button>
        <button
            type="button"
            data-testid="remove-outcome"
            disabled=move || { outcomes.get() <= MIN_CLASSES }
            on:click=move |_| {
                if outcomes.get_untracked() > MIN_CLASSES {
                    on_remove.run(());
                }
            }
        >
            {text(|s| s.ui.remove_outcome)}
        </button>
    }
}

/// One column of a per-outcome table: a header, a value per outcome and, for a column of terms,
/// the quantity they add up to (from `math`, not summed here) for the bottom row.
#[derive(Clone, Copy)]
pub(crate) struct Column {
    pub header: Signal<String>,
    pub values: Signal<Result<Vec<f64>, MathError>>,
    pub sum: Option<Signal<Result<f64, MathError>>>,
}

impl Column {
    /// A column of terms and the quantity they add up to, headed by the term written with the
    /// unit's logarithm (`header("ln")` = "−p·ln q").
    pub fn terms<T, S>(header: fn(&str) -> String, unit: Signal<Unit>, values: T, sum: S) -> Column
    where
        T: Into<Signal<Result<Vec<f64>, MathError>>>,
        S: Into<Signal<Result<f64, MathError>>>,
    {
        Column {
            header: Signal::derive(move || header(unit.get().log_symbol())),
            values: values.into(),
            sum: Some(sum.into()),
        }
    }

    /// The terms −p_i log q_i of the cross-entropy H(P, Q), and their sum; both lessons show it.
    pub fn cross_entropy_terms(
        unit: Signal<Unit>,
        terms: Memo<Result<Vec<f64>, MathError>>,
        total: Memo<Result<f64, MathError>>,
    ) -> Column {
        Column::terms(|log| format!("−p·{log} q"), unit, terms, total)
    }

    /// The entries of a probability vector, headed by its name.
    pub fn probabilities(name: &'static str, vector: RwSignal<Vec<f64>>) -> Column {
        Column {
            header: Signal::derive(move || name.to_string()),
            values: Signal::derive(move || Ok(vector.get())),
            sum: None,
        }
    }
}

fn entry(values: &Result<Vec<f64>, MathError>, index: usize) -> Result<f64, MathError> {
    match values {
        Ok(values) => values.get(index).copied().ok_or(MathError::Empty),
        Err(error) => Err(error.clone()),
    }
}

/// The table a lesson shows, a row per outcome and a bottom row of sums, and its CSV export.
#[component]
pub(crate) fn TermsTable(
    /// The caption in the string table.
    caption: fn(&Strings) -> &'static str,
    columns: Vec<Column>,
    outcomes: Signal<usize>,
    /// The name of the table's CSV export (`ExportCsv`).
    csv_name: &'static str,
) -> impl IntoView {
    let csv_rows = table_csv(columns.clone(), outcomes);
    let header_columns = columns.clone();
    let sum_columns = columns.clone();
    // The caption sits above the scrolling wrapper, so a table wider than a phone scrolls
    // without cutting its caption; the wrapper is a focusable region so keyboards can scroll it.
    view! {
        <p class="table-caption" id="terms-table-caption">{text(caption)}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="terms-table-caption">
            <table class="numbers terms-table" aria-labelledby="terms-table-caption">
                <thead>
                    <tr>
                        <th scope="col">{text(|s| s.ui.outcome)}</th>
                        {header_columns
                            .into_iter()
                            .map(|column| view! { <th scope="col">{move || column.header.get()}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        (0..outcomes.get())
                            .map(|i| {
                                view! {
                                    <tr>
                                        <th scope="row">{outcome_name(i)}</th>
                                        {columns
                                            .iter()
                                            .map(|&column| {
                                                view! { <td>{move || shown(&entry(&column.values.get(), i))}</td> }
                                            })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{text(|s| s.ui.sum)}</th>
                        {sum_columns
                            .into_iter()
                            .map(|column| {
                                view! { <td>{move || column.sum.map(|sum| shown(&sum.get()))}</td> }
                            })
                            .collect_view()}
                    </tr>
                </tfoot>
            </table>
        </div>
        <ExportCsv name=csv_name rows=csv_rows />
    }
}

/// The table of [`TermsTable`] as CSV rows at full precision, with a header row.
fn table_csv(columns: Vec<Column>, outcomes: Signal<usize>) -> Signal<Vec<Vec<String>>> {
    let strings = use_strings();
    Signal::derive(move || {
        let s = strings.get();
        table_rows(&columns, s.ui.outcome, s.ui.sum, outcomes.get())
    })
}

fn table_rows(
    columns: &[Column],
    outcome_header: &str,
    sum_header: &str,
    outcomes: usize,
) -> Vec<Vec<String>> {
    let cell = |value: Result<f64, MathError>| value.map(full_precision).unwrap_or_default();
    let mut rows = vec![std::iter::once(outcome_header.to_string())
        .chain(columns.iter().map(|column| column.header.get()))
        .collect::<Vec<_>>()];
    for i in 0..outcomes {
        rows.push(
            std::iter::once(outcome_name(i))
                .chain(
                    columns
                        .iter()
                        .map(|column| cell(entry(&column.values.get(), i))),
                )
                .collect(),
        );
    }
    rows.push(
        std::iter::once(sum_header.to_string())
            .chain(
                columns
                    .iter()
                    .map(|column| column.sum.map(|sum| cell(sum.get())).unwrap_or_default()),
            )
            .collect(),
    );
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_are_named_with_subscripts_from_one() {
        assert_eq!(outcome_name(0), "x₁");
        assert_eq!(outcome_name(9), "x₁₀");
    }

    #[test]
    fn probabilities_drop_trailing_zeros() {
        assert_eq!(probability_text(0.7), "0.7");
        assert_eq!(probability_text(1.0), "1");
        assert_eq!(probability_text(0.0), "0");
        assert_eq!(probability_text(2.0 / 15.0), "0.1333");
        assert_eq!(probability_text(0.00001), "1.000e−5");
    }

    #[test]
    fn adding_and_removing_outcomes_keeps_a_distribution() {
        let added = with_added_outcome(&[0.7, 0.2, 0.1]);
        assert_eq!(added.len(), 4);
        assert!((added.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert_eq!(added[3], 0.25);
        assert!((added[0] - 0.525).abs() < 1e-12);

        let removed = with_removed_outcome(&[0.5, 0.25, 0.25]);
        assert_eq!(removed.len(), 2);
        assert!((removed[0] - 2.0 / 3.0).abs() < 1e-12);

        // The removed outcome held all the mass: the rest is shared equally.
        assert_eq!(with_removed_outcome(&[0.0, 0.0, 1.0]), vec![0.5, 0.5]);
    }

    #[test]
    fn infinite_terms_are_named() {
        let terms = math::kl_terms(&[0.5, 0.5, 0.0], &[0.0, 0.8, 0.2], Unit::Nats);
        assert_eq!(infinite_outcomes(&terms), vec!["x₁".to_string()]);
        assert!(infinite_outcomes(&Err(MathError::Empty)).is_empty());
    }

    #[test]
    fn formulas_are_balanced_mathml_in_the_unit() {
        for markup in [
            kl_formula_mathml(Unit::Nats),
            kl_formula_mathml(Unit::Bits),
            ce_formula_mathml(Unit::Nats),
            ce_formula_mathml(Unit::Bits),
        ] {
            for tag in ["math", "mrow", "msub", "munder", "mfrac", "mi", "mo", "mn"] {
                let opened = markup.matches(&format!("<{tag}>")).count()
                    + markup.matches(&format!("<{tag} ")).count();
                let closed = markup.matches(&format!("</{tag}>")).count();
                assert_eq!(opened, closed, "<{tag}> in {markup}");
            }
            assert!(!markup.contains("  "), "{markup}");
        }
        assert!(kl_formula_mathml(Unit::Nats).contains("<mi>ln</mi>"));
        assert!(kl_formula_mathml(Unit::Bits).contains("<msub><mi>log</mi><mn>2</mn></msub>"));
        assert!(!ce_formula_mathml(Unit::Bits).contains("ln"));
    }

    #[test]
    fn terms_read_as_a_signed_sum() {
        assert_eq!(
            signed_terms(&Ok(vec![0.25, -0.125, 0.0])),
            vec!["0.2500", "− 0.1250", "+ 0.0000"]
        );
    }
}
