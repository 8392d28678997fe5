//! Step 6, `mse-vs-ce`: why classifiers train on cross-entropy rather than squared error.
//!
//! One softmax output with a true class: its logits are the controls. Three charts put the
//! current state on the loss-vs-probability, loss-vs-logit and gradient-vs-logit curves, and a
//! training race (computed in full by the model, then replayed frame by frame) shows what the
//! gradients do to learning. Every number comes from `model`; these components place them.

mod charts;
mod controls;
mod numbers;
mod race;
mod replay;

use leptos::prelude::*;

use super::model::{csv_rows, summary, MseVsCeState, Prediction, RaceOutcome};
use crate::components::url::sync_url;
use crate::components::{use_initial_state, use_strings, use_unit, Announcer, ExportCsv};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{lower_part, text, Later};
use crate::math::MathError;
use crate::state::{ViewId, ViewState};

use charts::LessonCharts;
use controls::PredictionControls;
use numbers::{ClassTable, Convexity, PredictionReadouts, SquaredErrorFormulas};
use race::RaceSection;

/// What every part of the lesson reads: the state, and the model's numbers of it.
#[derive(Clone, Copy)]
struct Lesson {
    state: RwSignal<MseVsCeState>,
    /// The true class alone, so its marks change only when it does.
    true_class: Memo<usize>,
    /// The number of classes: the per-class controls and rows are rebuilt only when it changes.
    classes: Memo<usize>,
    prediction: Memo<Prediction>,
    race: Memo<RaceOutcome>,
}

/// A readout value the model computes from `memo`. One function for every readout, so the
/// closures share their code.
fn reading<T: Send + Sync + 'static>(
    memo: Memo<T>,
    pick: fn(&T) -> Result<f64, MathError>,
) -> Signal<Result<f64, MathError>> {
    Signal::derive(move || memo.with(pick))
}

/// The lesson: one state signal, the model's numbers of it as memos, and the parts in page
/// order.
#[component]
pub fn MseVsCeLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::MseVsCe) {
        ViewState::MseVsCe(state) => state,
        _ => MseVsCeState::default(),
    };
    let state = RwSignal::new(initial);
    let lesson = Lesson {
        state,
        true_class: Memo::new(move |_| state.with(|s| s.true_class)),
        classes: Memo::new(move |_| state.with(|s| s.z.len())),
        prediction: Memo::new(move |_| state.with(Prediction::of)),
        race: Memo::new(move |_| state.with(RaceOutcome::of)),
    };
    let strings = use_strings();
    let unit = use_unit();
    sync_url(ViewId::MseVsCe, move || ViewState::MseVsCe(state.get()));

    let (prediction, race) = (lesson.prediction, lesson.race);
    let spoken = Signal::derive(move || {
        prediction.with(|p| race.with(|r| summary(p, r, unit.get(), strings.get())))
    });

    let replays = RwSignal::new(0u32);
    let shown_steps = replay::use_replay(race, replays);

    view! {
        <div class="lesson lesson-mse">
            <p class="lesson-intro">{text(|s| s.mse_vs_ce().intro)}</p>
            <p>{text(|s| s.mse_vs_ce().setup)}</p>
            <p>{text(|s| s.mse_vs_ce().shares)}</p>
            <SquaredErrorFormulas lesson=lesson />
            <PredictionControls lesson=lesson />
            <ClassTable lesson=lesson />
            <PredictionReadouts lesson=lesson />
            <Announcer text=spoken />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::MseVsCe load=lower_part(move || below_readouts(lesson, replays, shown_steps))>
                // The state is the lesson's one signal: every control, readout, chart and the
                // race's replay follow it, as they follow a preset.
                <Practice
                    view=ViewId::MseVsCe
                    show=Callback::new(move |shown| {
                        if let ViewState::MseVsCe(shown) = shown {
                            state.set(shown);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: convexity, the training race, the three charts and the CSV export, a
/// split point of their own ([`Later`]).
#[leptos::wasm_split::wasm_split(later_mse_vs_ce, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(
    lesson: Lesson,
    replays: RwSignal<u32>,
    shown_steps: RwSignal<usize>,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let unit = use_unit();
    let (prediction, race) = (lesson.prediction, lesson.race);
    let csv =
        Signal::derive(move || prediction.with(|p| race.with(|r| csv_rows(p, r, unit.get()))));
    Ok(view! {
        <Convexity lesson=lesson />
        <RaceSection lesson=lesson replays=replays />
        <LessonCharts lesson=lesson shown_steps=shown_steps />
        <ExportCsv name="mse-vs-ce" rows=csv />
    }
    .into_any())
}
