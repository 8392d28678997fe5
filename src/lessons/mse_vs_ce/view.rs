//! Step 6, `mse-vs-ce`: why classifiers train on cross-entropy rather than squared error.
//!
//! One softmax output with a true class: its logits are the controls. Three charts put the
//! current state on the loss-vs-probability, loss-vs-logit and gradient-vs-logit curves, and a
//! training race (computed in full by `math::training_race`, then replayed frame by frame)
//! shows what the gradients do to learning.

use leptos::prelude::*;

use crate::charts::{
    Figure, GradientVsLogit, LossCurveLabels, LossVsLogit, LossVsProbability, RaceFigure,
    RaceLabels, StepAxis,
};
use crate::lessons::kit::text as static_text;
use crate::components::url::sync_url;
use crate::components::{format::full_precision, shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, NumberSlider};
use crate::lessons::kit::{Note, PresetSelect, ReadoutCard};
use super::MseVsCeText;
use crate::i18n::Strings;
use crate::math::{self, LogitPoint, MathError, Race, RaceLoss, RACE_STEP_CAP};
use crate::state::{MseVsCeState, ViewId, ViewState, MAX_CLASSES, MIN_CLASSES};

/// The logit sliders' range; a link may carry logits beyond it (the number field shows them).
const LOGIT_MIN: f64 = -10.0;
const LOGIT_MAX: f64 = 10.0;
/// The learning-rate slider's range (a link may ask for up to `state::MAX_LEARNING_RATE`).
const RATE_MIN: f64 = 0.01;
const RATE_MAX: f64 = 10.0;

/// The examples of the preset menu: a label chooser, the true class and the logits.
type Preset = (fn(&MseVsCeText) -> &'static str, usize, fn() -> Vec<f64>);
const PRESETS: [Preset; 4] = [
    (|t| t.preset_tutorial, 0, || MseVsCeState::default().z),
    (|t| t.preset_confident_wrong, 2, || vec![0.0, 0.0, -5.0]),
    (|t| t.preset_very_wrong, 2, || vec![0.0, 0.0, -10.0]),
    (|t| t.preset_confident_right, 0, || vec![5.0, 0.0, 0.0]),
];

/// The replay of a race: which step the animation shows at a given moment.
#[derive(Clone, Copy, Debug)]
struct Replay {
    started_ms: f64,
    duration_ms: f64,
    longest: usize,
}

impl Replay {
    /// A step shown at most this long on short races...
    const MS_PER_STEP: f64 = 60.0;
    /// ...and no replay is shorter than this, nor longer than that: long races advance many
    /// steps per frame.
    const SHORTEST_MS: f64 = 600.0;
    const LONGEST_MS: f64 = 2500.0;
    /// Changes of the race closer together than this are a drag (input events come every
    /// frame or two while a slider is dragged).
    const DRAG_GAP_MS: f64 = 250.0;

    /// A replay of a race whose longer run takes `longest` steps, starting now; `at_once`
    /// (reduced motion, or a drag) gives it no duration: it shows the end at once.
    fn new(longest: usize, at_once: bool) -> Replay {
        let duration_ms = if at_once || longest == 0 {
            0.0
        } else {
            (longest as f64 * Self::MS_PER_STEP).clamp(Self::SHORTEST_MS, Self::LONGEST_MS)
        };
        Replay {
            started_ms: now_ms(),
            duration_ms,
            longest,
        }
    }

    /// The steps shown at `now`, or `None` once the replay is over. The pace is even along the
    /// race chart's step axis, so on its logarithmic axis the early steps are not skipped.
    fn steps_at(&self, now: f64) -> Option<usize> {
        let elapsed = now - self.started_ms;
        if self.duration_ms <= 0.0 || elapsed >= self.duration_ms {
            return None;
        }
        let fraction = (elapsed / self.duration_ms).max(0.0);
        let steps = match StepAxis::for_steps(self.longest) {
            StepAxis::Linear => fraction * self.longest as f64,
            StepAxis::Logarithmic => (1.0 + self.longest as f64).powf(fraction) - 1.0,
        };
        Some((steps.floor() as usize).min(self.longest))
    }
}

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

/// A text of this lesson that follows the language. Every text goes through this one closure
/// type, so the reactive text node is compiled once rather than once per string (bundle size).
fn lesson_text(
    strings: Signal<&'static Strings>,
    pick: fn(&MseVsCeText) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || pick(&strings.get().mse_vs_ce)
}

/// SE = (1 − q_t)² + Σ_{i≠t} q_i² = (1 − q_t)² (1 + Σ_{i≠t} r_i²), as MathML. The formulas are
/// markup strings rather than view trees: dozens of static elements would each cost generated
/// code in the bundle.
const SQUARED_ERROR_MATHML: &str = concat!(
    "<math display=\"block\"><mrow><mi>SE</mi><mo>=</mo>",
    "<msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo><msub><mi>q</mi><mi>t</mi></msub><mo>)</mo></mrow><mn>2</mn></msup>",
    "<mo>+</mo><munder><mo>∑</mo><mrow><mi>i</mi><mo>≠</mo><mi>t</mi></mrow></munder>",
    "<msubsup><mi>q</mi><mi>i</mi><mn>2</mn></msubsup><mo>=</mo>",
    "<msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo><msub><mi>q</mi><mi>t</mi></msub><mo>)</mo></mrow><mn>2</mn></msup>",
    "<mrow><mo>(</mo><mn>1</mn><mo>+</mo><munder><mo>∑</mo><mrow><mi>i</mi><mo>≠</mo><mi>t</mi></mrow></munder>",
    "<msubsup><mi>r</mi><mi>i</mi><mn>2</mn></msubsup><mo>)</mo></mrow></mrow></math>",
);

/// ∂CE/∂z_t = q_t − 1 and ∂SE/∂z_t = −2 q_t · SE, as MathML.
const GRADIENTS_MATHML: &str = concat!(
    "<math display=\"block\"><mrow>",
    "<mfrac><mrow><mo>∂</mo><mi>CE</mi></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>t</mi></msub></mrow></mfrac>",
    "<mo>=</mo><msub><mi>q</mi><mi>t</mi></msub><mo>−</mo><mn>1</mn><mspace width=\"2em\"></mspace>",
    "<mfrac><mrow><mo>∂</mo><mi>SE</mi></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>t</mi></msub></mrow></mfrac>",
    "<mo>=</mo><mo>−</mo><mn>2</mn><msub><mi>q</mi><mi>t</mi></msub><mo>⋅</mo><mi>SE</mi></mrow></math>",
);

/// CE = −log q_t with the unit's logarithm (ln or log₂), as MathML.
fn cross_entropy_mathml(unit: math::Unit) -> String {
    format!(
        "<math display=\"block\"><mrow><mi>CE</mi><mo>=</mo><mo>−</mo><mi>{}</mi><msub><mi>q</mi><mi>t</mi></msub></mrow></math>",
        unit.log_symbol()
    )
}

/// The steps of a run as a readout value: the count, or infinity past the cap.
fn steps_value(race: &Race) -> f64 {
    race.steps_to_target
        .map_or(f64::INFINITY, |steps| steps as f64)
}

/// The number of steps a run recorded (its start is index 0).
fn recorded_steps(race: &Race) -> usize {
    race.probability_true.len().saturating_sub(1)
}

fn no_race() -> Race {
    Race {
        probability_true: Vec::new(),
        loss: Vec::new(),
        steps_to_target: None,
    }
}

/// The labels of the three loss charts.
fn curve_labels(t: &MseVsCeText, x_axis: &str, y_axis: &str) -> LossCurveLabels {
    LossCurveLabels {
        x_axis: x_axis.to_string(),
        y_axis: y_axis.to_string(),
        cross_entropy: t.legend_cross_entropy.to_string(),
        squared_error: t.legend_squared_error.to_string(),
        infinity: "∞".to_string(),
    }
}

/// The rounded text of a vector entry, for the table and the formulas.
fn entry(values: &Result<Vec<f64>, MathError>, i: usize) -> String {
    shown(
        &values
            .clone()
            .and_then(|v| v.get(i).copied().ok_or(MathError::Empty)),
    )
}

/// The full-precision text of a vector entry, for the CSV.
fn entry_full(values: &Result<Vec<f64>, MathError>, i: usize) -> String {
    values
        .as_ref()
        .ok()
        .and_then(|v| v.get(i).copied())
        .map(full_precision)
        .unwrap_or_default()
}

#[component]
pub fn MseVsCeLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::MseVsCe) {
        ViewState::MseVsCe(state) => state,
        _ => MseVsCeState::default(),
    };
    let true_class = RwSignal::new(initial.true_class);
    let z = RwSignal::new(initial.z);
    let learning_rate = RwSignal::new(initial.learning_rate);
    // The lists of per-class controls and rows are rebuilt only when a class comes or goes.
    let classes = Memo::new(move |_| z.with(Vec::len));
    let strings = use_strings();
    let unit = use_unit();
    let text = move || &strings.get().mse_vs_ce;
    let tx = move |pick| lesson_text(strings, pick);

    sync_url(ViewId::MseVsCe, move || {
        ViewState::MseVsCe(MseVsCeState {
            true_class: true_class.get(),
            z: z.get(),
            learning_rate: learning_rate.get(),
        })
    });

    // The current point on every curve: q_t, both losses and both gradients (nats).
    let point = Memo::new(move |_| {
        let t = true_class.get();
        z.with(|z| {
            let logit = *z.get(t).ok_or(MathError::ClassOutOfRange {
                class: t,
                classes: z.len(),
            })?;
            math::along_true_logit(z, t, logit)
        })
    });
    let from_point =
        move |pick: fn(&LogitPoint) -> f64| Signal::derive(move || point.get().map(|p| pick(&p)));
    let probability_true = from_point(|p| p.probability_true);
    let cross_entropy =
        Signal::derive(move || point.get().map(|p| unit.get().from_nats(p.cross_entropy)));
    let squared_error = from_point(|p| p.squared_error);
    let grad_cross_entropy = from_point(|p| p.grad_cross_entropy);
    let grad_squared_error = from_point(|p| p.grad_squared_error);

    // The per-class table: label, softmax and the full gradients of both losses.
    let label = Memo::new(move |_| math::one_hot(true_class.get(), z.with(Vec::len)));
    let probabilities = Memo::new(move |_| z.with(|z| math::softmax(z)));
    let grads_cross_entropy = Memo::new(move |_| {
        label
            .get()
            .and_then(|y| z.with(|z| math::grad_softmax_cross_entropy(&y, z)))
    });
    let grads_squared_error = Memo::new(move |_| {
        label
            .get()
            .and_then(|y| z.with(|z| math::grad_softmax_squared_error(&y, z)))
    });
    let shares = Memo::new(move |_| z.with(|z| math::other_class_shares(z, true_class.get())));

    // The race, in full, for both losses.
    let races = Memo::new(move |_| {
        let (t, rate) = (true_class.get(), learning_rate.get());
        z.with(|z| {
            Ok::<_, MathError>((
                math::training_race(z, t, rate, RaceLoss::CrossEntropy)?,
                math::training_race(z, t, rate, RaceLoss::SquaredError)?,
            ))
        })
    });
    let race_steps = move |pick: fn(&(Race, Race)) -> &Race| {
        Signal::derive(move || {
            races.with(|r| {
                r.as_ref()
                    .map(|pair| steps_value(pick(pair)))
                    .map_err(Clone::clone)
            })
        })
    };
    let race_steps_cross_entropy = race_steps(|pair| &pair.0);
    let race_steps_squared_error = race_steps(|pair| &pair.1);
    let longest = Memo::new(move |_| {
        races.with(|r| {
            r.as_ref()
                .map_or(0, |(a, b)| recorded_steps(a).max(recorded_steps(b)))
        })
    });

    // The replay: restarted when the race changes or the reader asks for it. A race that
    // changes again within `DRAG_GAP_MS` of the last change is being dragged: it shows its end
    // at once, as every other chart follows the slider, instead of restarting from step 0 on
    // every move. The Effect only schedules frames; the frame callback advances `shown_steps`.
    let shown_steps = RwSignal::new(usize::MAX);
    let replays = RwSignal::new(0u32);
    let frame = StoredValue::new(None::<AnimationFrameRequestHandle>);
    let last_change_ms = StoredValue::new(f64::NEG_INFINITY);
    Effect::new(move |asked_before: Option<u32>| {
        let asked = replays.get();
        races.track();
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
        play(
            Replay::new(longest.get_untracked(), at_once),
            shown_steps,
            frame,
        );
        asked
    });
    on_cleanup(move || cancel(frame));
    let replay_state = move || {
        if shown_steps.get() >= longest.get() {
            "done"
        } else {
            "playing"
        }
    };

    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let figure_probability = Memo::new(move |_| {
        let t = &strings.get().mse_vs_ce;
        Figure::LossVsProbability(LossVsProbability {
            z: z.get(),
            true_class: true_class.get(),
            labels: curve_labels(t, t.x_probability, t.y_loss),
        })
    });
    let figure_logit = Memo::new(move |_| {
        let t = &strings.get().mse_vs_ce;
        Figure::LossVsLogit(LossVsLogit {
            z: z.get(),
            true_class: true_class.get(),
            labels: curve_labels(t, t.x_logit, t.y_loss),
        })
    });
    let figure_gradient = Memo::new(move |_| {
        let t = &strings.get().mse_vs_ce;
        Figure::GradientVsLogit(GradientVsLogit {
            z: z.get(),
            true_class: true_class.get(),
            labels: curve_labels(t, t.x_logit, t.y_gradient),
        })
    });
    let figure_race = Memo::new(move |_| {
        let t = &strings.get().mse_vs_ce;
        let (cross_entropy, squared_error) = races.get().unwrap_or_else(|_| (no_race(), no_race()));
        Figure::Race(RaceFigure {
            cross_entropy,
            squared_error,
            shown_steps: shown_steps.get(),
            labels: RaceLabels {
                x_axis: t.race_x.to_string(),
                y_axis: t.race_y.to_string(),
                cross_entropy: t.legend_cross_entropy.to_string(),
                squared_error: t.legend_squared_error.to_string(),
                target: t.race_target.to_string(),
                infinity: "∞".to_string(),
            },
        })
    });

    let logit_shown = move || shown(&point.get().map(|p| p.logit));
    let q_shown = move || shown(&probability_true.get());
    let alt_probability = Signal::derive(move || {
        (strings.get().mse_vs_ce.alt_probability)(
            &q_shown(),
            &shown(&point.get().map(|p| p.cross_entropy)),
            &shown(&squared_error.get()),
        )
    });
    let alt_logit = Signal::derive(move || {
        (strings.get().mse_vs_ce.alt_logit)(
            &logit_shown(),
            &shown(&point.get().map(|p| p.cross_entropy)),
            &shown(&squared_error.get()),
        )
    });
    let alt_gradient = Signal::derive(move || {
        (strings.get().mse_vs_ce.alt_gradient)(
            &logit_shown(),
            &shown(&grad_cross_entropy.get()),
            &shown(&grad_squared_error.get()),
        )
    });
    let steps_text = move |steps: Signal<Result<f64, MathError>>| {
        steps
            .get()
            .map(|s| crate::components::format::rounded_to(s, 0))
            .unwrap_or_else(|e| (strings.get().ui.describe_math_error)(&e))
    };
    let alt_race = Signal::derive(move || {
        (strings.get().mse_vs_ce.alt_race)(
            &full_precision(learning_rate.get()),
            &steps_text(race_steps_cross_entropy),
            &steps_text(race_steps_squared_error),
        )
    });
    let verdict = move || {
        let s = strings.get();
        races.with(|r| match r {
            Ok((a, b)) => (s.mse_vs_ce.race_verdict)(a.steps_to_target, b.steps_to_target),
            Err(error) => (s.ui.describe_math_error)(error),
        })
    };

    let summary = Signal::derive(move || {
        let t = &strings.get().mse_vs_ce;
        format!(
            "q_t = {}, CE = {} {}, SE = {}, ∂CE/∂z_t = {}, ∂SE/∂z_t = {}. {}: {}, {}: {}.",
            q_shown(),
            shown(&cross_entropy.get()),
            unit_name(),
            shown(&squared_error.get()),
            shown(&grad_cross_entropy.get()),
            shown(&grad_squared_error.get()),
            t.readout_race_cross_entropy,
            steps_text(race_steps_cross_entropy),
            t.readout_race_squared_error,
            steps_text(race_steps_squared_error),
        )
    });

    let csv_rows = Signal::derive(move || {
        let (q, y) = (probabilities.get(), label.get());
        let (gc, gs) = (grads_cross_entropy.get(), grads_squared_error.get());
        let width = 6;
        let pad = |mut row: Vec<String>| {
            row.resize(width, String::new());
            row
        };
        let mut rows = vec![vec![
            "class".to_string(),
            "y".to_string(),
            "z".to_string(),
            "q".to_string(),
            "dCE/dz (nats)".to_string(),
            "dSE/dz".to_string(),
        ]];
        let logits = z.get();
        for (i, zi) in logits.iter().enumerate() {
            rows.push(vec![
                i.to_string(),
                entry_full(&y, i),
                full_precision(*zi),
                entry_full(&q, i),
                entry_full(&gc, i),
                entry_full(&gs, i),
            ]);
        }
        let value = |x: Result<f64, MathError>| x.map(full_precision).unwrap_or_default();
        let summary_rows = [
            ("true_class", true_class.get().to_string()),
            ("probability_true", value(probability_true.get())),
            (
                if unit.get() == math::Unit::Bits {
                    "cross_entropy (bits)"
                } else {
                    "cross_entropy (nats)"
                },
                value(cross_entropy.get()),
            ),
            ("squared_error", value(squared_error.get())),
            ("grad_cross_entropy_z", value(grad_cross_entropy.get())),
            ("grad_squared_error_z", value(grad_squared_error.get())),
            ("learning_rate", full_precision(learning_rate.get())),
            (
                "race_steps_cross_entropy",
                value(race_steps_cross_entropy.get()),
            ),
            (
                "race_steps_squared_error",
                value(race_steps_squared_error.get()),
            ),
        ];
        rows.push(pad(vec!["quantity".to_string(), "value".to_string()]));
        for (name, v) in summary_rows {
            rows.push(pad(vec![name.to_string(), v]));
        }
        rows
    });

    // The formulas with the current numbers.
    let substituted_squared_error = move || {
        let q = q_shown();
        let shares = shares.get();
        let spread = shares
            .as_ref()
            .map(|r| {
                r.iter()
                    .map(|ri| format!(" + {}²", shown(&Ok(*ri))))
                    .collect::<String>()
            })
            .unwrap_or_default();
        format!(
            "t = {}: SE = (1 − {q})² · (1{spread}) = {}",
            true_class.get(),
            shown(&squared_error.get()),
        )
    };
    let substituted_cross_entropy = move || {
        format!(
            "CE = −{} {} = {} {}",
            unit.get().log_symbol(),
            q_shown(),
            shown(&cross_entropy.get()),
            unit_name(),
        )
    };
    let substituted_gradients = move || {
        let q = q_shown();
        format!(
            "∂CE/∂z_t = {q} − 1 = {};  ∂SE/∂z_t = −2 · {q} · {} = {}",
            shown(&grad_cross_entropy.get()),
            shown(&squared_error.get()),
            shown(&grad_squared_error.get()),
        )
    };

    let underflow_note = Signal::derive(move || {
        cross_entropy
            .get()
            .is_ok_and(f64::is_infinite)
            .then(|| text().underflow_note.to_string())
    });
    let race_cap_note = Signal::derive(move || {
        let capped = [
            race_steps_cross_entropy.get(),
            race_steps_squared_error.get(),
        ]
        .iter()
        .any(|steps| steps.as_ref().is_ok_and(|x| x.is_infinite()));
        capped.then(|| (text().race_cap_note)(RACE_STEP_CAP))
    });
    let preset_labels = Signal::derive(move || {
        let text = &strings.get().mse_vs_ce;
        PRESETS
            .iter()
            .map(|(label, ..)| label(text))
            .collect::<Vec<_>>()
    });
    let choose_preset = Callback::new(move |i: usize| {
        if let Some((_, class, logits)) = PRESETS.get(i) {
            z.set(logits());
            true_class.set(*class);
        }
    });
    // The learning rate is the race's, not part of an example.
    let is_preset = Callback::new(move |i: usize| {
        PRESETS.get(i).is_some_and(|(_, class, logits)| {
            true_class.get() == *class && z.with(|z| *z == logits())
        })
    });
    let choose_class = move |e: leptos::ev::Event| {
        if let Ok(class) = event_target_value(&e).parse::<usize>() {
            if class < z.with_untracked(Vec::len) {
                true_class.set(class);
            }
        }
    };
    let add_outcome = move |_: leptos::ev::MouseEvent| {
        z.update(|z| {
            if z.len() < MAX_CLASSES {
                // The newcomer is as unlikely as the least likely class, so the picture changes
                // little.
                let lowest = z.iter().copied().fold(f64::INFINITY, f64::min);
                z.push(if lowest.is_finite() { lowest } else { 0.0 });
            }
        })
    };
    let remove_outcome = move |_: leptos::ev::MouseEvent| {
        let len = z.with_untracked(Vec::len);
        if len > MIN_CLASSES {
            if true_class.get_untracked() >= len - 1 {
                true_class.set(len - 2);
            }
            z.update(|z| {
                z.pop();
            });
        }
    };

    let logit_slider = move |i: usize| {
        // A memo: moving one logit leaves the other sliders' value, field and text alone.
        let value = Memo::new(move |_| z.with(|z| z.get(i).copied().unwrap_or(0.0)));
        let label = Signal::derive(move || (strings.get().mse_vs_ce.logit_label)(i));
        let valuetext = Signal::derive(move || {
            format!(
                "{} = {}, q = {}",
                label.get(),
                shown(&Ok(value.get())),
                entry(&probabilities.get(), i)
            )
        });
        let on_input = Callback::new(move |x: f64| {
            z.update(|z| {
                if let Some(zi) = z.get_mut(i) {
                    *zi = x;
                }
            })
        });
        view! {
            <NumberSlider
                testid=format!("z-{i}")
                label=label
                value=value
                on_input=on_input
                min=LOGIT_MIN
                max=LOGIT_MAX
                step=0.01
                valuetext=valuetext
            />
        }
    };

    let class_option = move |i: usize| {
        view! {
            <option value=i.to_string() selected=move || true_class.get() == i>
                {move || (text().class_name)(i)}
            </option>
        }
    };

    let table_row = move |i: usize| {
        let is_true = move || true_class.get() == i;
        view! {
            <tr class:highlight=is_true>
                <td>
                    {move || (strings.get().mse_vs_ce.class_name)(i)}
                    <Show when=is_true>
                        <span class="true-mark" aria-hidden="true">"★"</span>
                        <span class="sr-only">{move || format!(" ({})", text().true_class_label)}</span>
                    </Show>
                </td>
                // The label is exactly 0 or 1: no decimals.
                <td>{move || entry_full(&label.get(), i)}</td>
                <td>{move || z.with(|z| shown(&z.get(i).copied().ok_or(MathError::Empty)))}</td>
                <td>{move || entry(&probabilities.get(), i)}</td>
                <td>{move || entry(&grads_cross_entropy.get(), i)}</td>
                <td>{move || entry(&grads_squared_error.get(), i)}</td>
            </tr>
        }
    };

    view! {
        <div class="lesson lesson-mse">
            <p class="lesson-intro">{tx(|t| t.intro)}</p>
            <p>{tx(|t| t.setup)}</p>
            <p>{tx(|t| t.shares)}</p>
            <div class="formula" aria-label="SE = (1 − q_t)² + Σ q_i² = (1 − q_t)² (1 + Σ r_i²); CE = −log q_t">
                <div class="formula-math" inner_html=SQUARED_ERROR_MATHML></div>
                <div class="formula-math" inner_html=move || cross_entropy_mathml(unit.get())></div>
                <p class="substituted" data-testid="substituted">{substituted_squared_error}</p>
                <p class="substituted">{substituted_cross_entropy}</p>
            </div>

            <fieldset class="mse-controls">
                <legend>{tx(|t| t.controls_legend)}</legend>
                <div class="controls-row">
                    <PresetSelect labels=preset_labels on_select=choose_preset is_current=is_preset />
                    <label>
                        {tx(|t| t.true_class_label)}
                        " "
                        <select
                            data-testid="true-class"
                            prop:value=move || true_class.get().to_string()
                            on:change=choose_class
                        >
                            {move || (0..classes.get()).map(class_option).collect_view()}
                        </select>
                    </label>
                    <button
                        type="button"
                        data-testid="add-outcome"
                        disabled=move || { classes.get() >= MAX_CLASSES }
                        on:click=add_outcome
                    >
                        {tx(|t| t.add_class)}
                    </button>
                    <button
                        type="button"
                        data-testid="remove-outcome"
                        disabled=move || { classes.get() <= MIN_CLASSES }
                        on:click=remove_outcome
                    >
                        {tx(|t| t.remove_class)}
                    </button>
                </div>
                <p class="note">{tx(|t| t.logits_hint)}</p>
                {move || (0..classes.get()).map(logit_slider).collect_view()}
            </fieldset>

            // The caption stays outside the scrolling box, so it stays readable when a phone has
            // to scroll a table of eight classes.
            <p class="mse-table-caption" id="mse-table-caption">{tx(|t| t.table_caption)}</p>
            <div class="table-wrap">
                <table class="numbers mse-table" aria-labelledby="mse-table-caption">
                    <thead>
                        <tr>
                            <th scope="col">{tx(|t| t.col_class)}</th>
                            <th scope="col">"y"</th>
                            <th scope="col">"z"</th>
                            <th scope="col">"q = softmax(z)"</th>
                            <th scope="col">"∂CE/∂z_i"</th>
                            <th scope="col">"∂SE/∂z_i"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || (0..classes.get()).map(table_row).collect_view()}
                    </tbody>
                </table>
            </div>

            <div class="readouts">
                <ReadoutCard label=static_text(|s| s.mse_vs_ce.readout_probability_true) quantity="probability_true" value=probability_true bare=true />
                <ReadoutCard label=static_text(|s| s.mse_vs_ce.readout_cross_entropy) quantity="cross_entropy" value=cross_entropy />
                <ReadoutCard label=static_text(|s| s.mse_vs_ce.readout_squared_error) quantity="squared_error" value=squared_error bare=true />
                <ReadoutCard label=static_text(|s| s.mse_vs_ce.readout_grad_cross_entropy) quantity="grad_cross_entropy_z" value=grad_cross_entropy bare=true />
                <ReadoutCard label=static_text(|s| s.mse_vs_ce.readout_grad_squared_error) quantity="grad_squared_error_z" value=grad_squared_error bare=true />
            </div>
            <Note text=underflow_note class="infinity-note" />
            <div class="note nats-note">
                <p>{move || strings.get().ui.nats_note}</p>
                <p>{tx(|t| t.charts_in_nats)}</p>
            </div>

            <h2>{tx(|t| t.convexity_heading)}</h2>
            <p>{tx(|t| t.convex_in_probability)}</p>
            <p>{tx(|t| t.not_convex_in_logit)}</p>
            <p>{tx(|t| t.gradients)}</p>
            <div class="formula" aria-label="∂CE/∂z_t = q_t − 1; ∂SE/∂z_t = −2 q_t SE">
                <div class="formula-math" inner_html=GRADIENTS_MATHML></div>
                <p class="substituted" data-testid="substituted-gradients">{substituted_gradients}</p>
            </div>

            <h2>{tx(|t| t.race_heading)}</h2>
            <p>{tx(|t| t.race_intro)}</p>
            <div class="race-controls">
                <NumberSlider
                    testid="learning-rate".to_string()
                    label=Signal::derive(move || text().learning_rate_label.to_string())
                    value=learning_rate
                    on_input=Callback::new(move |x| learning_rate.set(x))
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
                    {tx(|t| t.race_start)}
                </button>
            </div>
            <div class="readouts">
                <ReadoutCard label=static_text(|s| s.mse_vs_ce.readout_race_cross_entropy) quantity="race_steps_cross_entropy" value=race_steps_cross_entropy suffix=static_text(|s| s.mse_vs_ce.steps) decimals=0 />
                <ReadoutCard label=static_text(|s| s.mse_vs_ce.readout_race_squared_error) quantity="race_steps_squared_error" value=race_steps_squared_error suffix=static_text(|s| s.mse_vs_ce.steps) decimals=0 />
            </div>
            <p class="race-verdict">{verdict}</p>
            <Note text=race_cap_note class="infinity-note" />

            <div class="charts mse-charts">
                <Chart
                    name="loss-vs-probability"
                    figure=figure_probability
                    alt=alt_probability
                    title=Signal::derive(move || text().title_probability.to_string())
                />
                <Chart
                    name="loss-vs-logit"
                    figure=figure_logit
                    alt=alt_logit
                    title=Signal::derive(move || text().title_logit.to_string())
                />
                <Chart
                    name="gradient-vs-logit"
                    figure=figure_gradient
                    alt=alt_gradient
                    title=Signal::derive(move || text().title_gradient.to_string())
                />
                <div
                    class="race-chart"
                    data-testid="race"
                    data-replay=replay_state
                    data-shown-steps=move || shown_steps.get().min(longest.get()).to_string()
                >
                    <Chart
                        name="race"
                        figure=figure_race
                        alt=alt_race
                        title=Signal::derive(move || text().title_race.to_string())
                    />
                </div>
            </div>
            <ExportCsv name="mse-vs-ce" rows=csv_rows />
            <Announcer text=summary />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replay(longest: usize, duration_ms: f64) -> Replay {
        Replay {
            started_ms: 1000.0,
            duration_ms,
            longest,
        }
    }

    #[test]
    fn a_replay_walks_every_step_in_order_and_then_ends() {
        for longest in [11, 87, 9817] {
            let plan = replay(longest, 2500.0);
            let frames: Vec<usize> = (0..150)
                .filter_map(|frame| plan.steps_at(1000.0 + frame as f64 * 1000.0 / 60.0))
                .collect();
            assert_eq!(frames.first(), Some(&0), "{longest}");
            assert!(
                frames.windows(2).all(|w| w[0] <= w[1]),
                "{longest}: {frames:?}"
            );
            assert!(frames.iter().all(|&s| s <= longest));
            assert_eq!(plan.steps_at(1000.0 + 2500.0), None);
        }
    }

    #[test]
    fn a_long_race_shows_its_early_steps_on_the_logarithmic_axis() {
        // Halfway through a 9817-step replay, about sqrt(9818) steps are shown, not 4900.
        let halfway = replay(9817, 2000.0).steps_at(2000.0).unwrap();
        assert!((90..=100).contains(&halfway), "{halfway}");
        assert_eq!(replay(87, 2000.0).steps_at(2000.0), Some(43));
    }

    #[test]
    fn without_duration_the_end_shows_at_once() {
        assert_eq!(replay(87, 0.0).steps_at(1000.0), None);
    }

    #[test]
    fn steps_past_the_cap_read_as_infinity() {
        let unfinished = Race {
            probability_true: vec![0.1; RACE_STEP_CAP + 1],
            loss: vec![1.0; RACE_STEP_CAP + 1],
            steps_to_target: None,
        };
        assert_eq!(steps_value(&unfinished), f64::INFINITY);
        assert_eq!(recorded_steps(&unfinished), RACE_STEP_CAP);
        let finished = Race {
            steps_to_target: Some(11),
            ..no_race()
        };
        assert_eq!(steps_value(&finished), 11.0);
    }
}
