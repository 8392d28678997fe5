//! The parts of steps 4 (`kl`) and 5 (`cross-entropy`), which show the same pair P, Q: its
//! signals, the add/remove-outcome buttons, the substituted formula line and the
//! `distributions` chart (their terms table is the kit's `TermsTable`). What they show is computed in `kl::model::pair`.

use leptos::prelude::*;

use super::parts::{text, text_spans};
use crate::components::{use_strings, use_unit, Chart};
use crate::i18n::Strings;
use crate::lessons::kl::model::pair::{
    distributions_alt, distributions_figure, outcome_names, PairNumbers, Value,
};
use crate::math::Unit;
use crate::state::{MAX_CLASSES, MIN_CLASSES};

/// The pair P, Q on screen and what follows from it, handed to a lesson's parts as one value.
#[derive(Clone, Copy)]
pub struct PairSignals {
    /// The true distribution P.
    pub p: RwSignal<Vec<f64>>,
    /// The model's distribution Q, of P's length.
    pub q: RwSignal<Vec<f64>>,
    /// The reader's unit.
    pub unit: Signal<Unit>,
    /// Every quantity of the pair in the unit.
    pub numbers: Memo<PairNumbers>,
    /// The number of outcomes; a slider move leaves it (and the names), so what shows them
    /// (the table's rows, the sliders' labels) is not rebuilt.
    pub outcomes: Memo<usize>,
    /// The outcomes' names, x₁, x₂, …
    pub names: Memo<Vec<String>>,
}

impl PairSignals {
    /// The signals of a lesson that starts at `p`, `q`.
    pub fn new(p: Vec<f64>, q: Vec<f64>) -> PairSignals {
        let p = RwSignal::new(p);
        let q = RwSignal::new(q);
        let unit = use_unit();
        let numbers =
            Memo::new(move |_| p.with(|p| q.with(|q| PairNumbers::new(p, q, unit.get()))));
        let outcomes = Memo::new(move |_| p.with(Vec::len));
        let names = Memo::new(move |_| outcome_names(outcomes.get()));
        PairSignals {
            p,
            q,
            unit,
            numbers,
            outcomes,
            names,
        }
    }

    /// One quantity of [`PairNumbers`], for a readout.
    pub fn value(self, pick: fn(&PairNumbers) -> &Value) -> Memo<Value> {
        let numbers = self.numbers;
        Memo::new(move |_| numbers.with(|n| pick(n).clone()))
    }

    /// Something the model computes, in the current language, from P, Q, their quantities
    /// and the unit.
    pub fn derive<T: Send + Sync + 'static>(
        self,
        show: fn(&Strings, &[f64], &[f64], &PairNumbers, Unit) -> T,
    ) -> Signal<T> {
        let strings = use_strings();
        let PairSignals {
            p,
            q,
            unit,
            numbers,
            ..
        } = self;
        Signal::derive(move || {
            let s = strings.get();
            p.with(|p| q.with(|q| numbers.with(|n| show(s, p, q, n, unit.get()))))
        })
    }

    /// Sets both distributions at once.
    pub fn set(self, p: Vec<f64>, q: Vec<f64>) {
        self.p.set(p);
        self.q.set(q);
    }
}

/// The add-outcome and remove-outcome buttons, disabled at the contract's limits; the lesson
/// decides how its vectors grow and shrink (they must keep the same outcomes).
#[component]
pub fn OutcomeButtons(
    outcomes: Memo<usize>,
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

/// A formula written out with numbers: one unbreakable span per piece, so a long sum wraps
/// between its terms on a narrow screen.
#[component]
pub fn FormulaLine(
    pieces: Signal<Vec<String>>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <p class="substituted" data-testid=testid>
            {text_spans(pieces, "term", " ")}
        </p>
    }
}

/// The `distributions` chart of P and Q with each outcome's contributions.
#[component]
pub fn DistributionsChart(pair: PairSignals) -> impl IntoView {
    let figure = pair.derive(|s, p, q, _, unit| distributions_figure(s, unit, p, q));
    let figure = Memo::new(move |_| figure.get());
    let alt = pair.derive(|s, p, q, n, unit| distributions_alt(s, unit, p, q, n));
    view! {
        <Chart
            name="distributions"
            draw=crate::charts::drawers::distributions
            figure=figure
            alt=alt
            title=text(|s| s.kl().distributions_title)
        />
    }
}
