//! The race's replay on the page: the clock, the animation frames and the reader's motion
//! preference. Which step shows when is [`Replay`]'s (plain Rust, in the model).

use leptos::prelude::*;

use crate::lessons::mse_vs_ce::model::{RaceOutcome, Replay};

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Shows the next frame of `replay` and asks for the one after it until the replay is over.
/// Only this timer callback writes `shown`; the handle of the pending frame is kept in `frame`
/// so a restart or the lesson's cleanup can cancel it.
fn play(
    replay: Replay,
    shown: RwSignal<usize>,
    frame: StoredValue<Option<AnimationFrameRequestHandle>>,
) {
    let handle = request_animation_frame_with_handle(move || match replay.steps_at(now_ms()) {
        Some(steps) => {
            shown.try_set(steps);
            play(replay, shown, frame);
        }
        None => {
            shown.try_set(usize::MAX);
            frame.try_set_value(None);
        }
    })
    .ok();
    frame.try_set_value(handle);
}

fn cancel(frame: StoredValue<Option<AnimationFrameRequestHandle>>) {
    if let Some(Some(handle)) = frame.try_get_value() {
        handle.cancel();
    }
    frame.try_set_value(None);
}

/// The steps the race chart shows (`usize::MAX`: all of them), replayed from step 0 whenever
/// the race changes or `replays` is bumped.
///
/// A race that changes again within [`Replay::DRAG_GAP_MS`] of the last change is being
/// dragged: it shows its end at once, as every other chart follows the slider, instead of
/// restarting from step 0 on every move. The Effect only schedules frames; the frame callback
/// advances the steps.
pub fn use_replay(race: Memo<RaceOutcome>, replays: RwSignal<u32>) -> RwSignal<usize> {
    let shown_steps = RwSignal::new(usize::MAX);
    let frame = StoredValue::new(None::<AnimationFrameRequestHandle>);
    let last_change_ms = StoredValue::new(f64::NEG_INFINITY);
    Effect::new(move |asked_before: Option<u32>| {
        let asked = replays.get();
        race.track();
        cancel(frame);
        let now = now_ms();
        let dragged =
            asked_before == Some(asked) && now - last_change_ms.get_value() < Replay::DRAG_GAP_MS;
        // The race the lesson opens with is not the reader's change: a preset picked right
        // after the page loads still replays.
        if asked_before.is_some() {
            last_change_ms.set_value(now);
        }
        let at_once = dragged || prefers_reduced_motion();
        let longest = race.with_untracked(RaceOutcome::longest);
        play(Replay::new(longest, at_once, now), shown_steps, frame);
        asked
    });
    on_cleanup(move || cancel(frame));
    shown_steps
}
