//! The training race: its learning rate, the replay button, the step counts and the verdict.

use leptos::prelude::*;

use super::{reading, Lesson};
use crate::components::{use_strings, NumberSlider};
use crate::lessons::kit::{text, Note, ReadoutCard};
use crate::lessons::mse_vs_ce::model::RaceOutcome;
use crate::math::RACE_STEP_CAP;

/// The learning-rate slider's range (a link may ask for up to `MAX_LEARNING_RATE`).
const RATE_MIN: f64 = 0.01;
const RATE_MAX: f64 = 10.0;

/// The race's heading, controls (`learning-rate`, `race-start`: bumps `replays`), step counts,
/// verdict and the note on the step cap.
#[component]
pub(super) fn RaceSection(lesson: Lesson, replays: RwSignal<u32>) -> impl IntoView {
    let (strings, state, race) = (use_strings(), lesson.state, lesson.race);
    let learning_rate = Memo::new(move |_| state.with(|s| s.learning_rate));
    let cap_note = Signal::derive(move || {
        race.with(RaceOutcome::hit_the_cap)
            .then(|| (strings.get().mse_vs_ce().race_cap_note)(RACE_STEP_CAP))
    });
    let steps = text(|s| s.mse_vs_ce().steps);
    view! {
        <h2>{text(|s| s.mse_vs_ce().race_heading)}</h2>
        <p>{text(|s| s.mse_vs_ce().race_intro)}</p>
        <div class="race-controls">
            <NumberSlider
                testid="learning-rate".to_string()
                label=Signal::derive(move || strings.get().mse_vs_ce().learning_rate_label.to_string())
                value=learning_rate
                on_input=Callback::new(move |x| state.update(|s| s.learning_rate = x))
                min=RATE_MIN
                max=RATE_MAX
                step=0.01
            />
            <button
                type="button"
                class="race-start"
                data-testid="race-start"
                on:click=move |_| replays.update(|n| *n = n.wrapping_add(1))
            >
                {text(|s| s.mse_vs_ce().race_start)}
            </button>
        </div>
        <div class="readouts">
            <ReadoutCard
                label=text(|s| s.mse_vs_ce().readout_race_cross_entropy)
                quantity="race_steps_cross_entropy"
                value=reading(race, RaceOutcome::steps_cross_entropy)
                suffix=steps
                decimals=0
            />
            <ReadoutCard
                label=text(|s| s.mse_vs_ce().readout_race_squared_error)
                quantity="race_steps_squared_error"
                value=reading(race, RaceOutcome::steps_squared_error)
                suffix=steps
                decimals=0
            />
        </div>
        <p class="race-verdict">{move || race.with(|r| r.verdict(strings.get()))}</p>
        <Note text=cap_note class="infinity-note" />
    }
}
