//! The controls of the prediction: the example menu, the true class, adding and removing a
//! class, and a slider per logit.

use leptos::prelude::*;

use super::Lesson;
use crate::components::{use_strings, NumberSlider};
use crate::lessons::kit::{preset_labels, text, PresetSelect};
use crate::lessons::mse_vs_ce::model::PRESETS;
use crate::state::{MAX_CLASSES, MIN_CLASSES};

/// The logit sliders' range; a link may carry logits beyond it (the number field shows them).
const LOGIT_MIN: f64 = -10.0;
const LOGIT_MAX: f64 = 10.0;

/// The fieldset of the prediction's controls (`data-testid` `preset`, `true-class`,
/// `add-outcome`, `remove-outcome` and `z-i`).
#[component]
pub(super) fn PredictionControls(lesson: Lesson) -> impl IntoView {
    let Lesson {
        state,
        true_class,
        classes,
        ..
    } = lesson;
    let strings = use_strings();
    let choose_preset = Callback::new(move |i: usize| {
        if let Some((_, example)) = PRESETS.get(i) {
            state.update(|s| s.apply(example));
        }
    });
    let is_preset = Callback::new(move |i: usize| {
        PRESETS
            .get(i)
            .is_some_and(|(_, example)| state.with(|s| s.shows(example)))
    });
    let choose_class = move |e: leptos::ev::Event| {
        if let Ok(class) = event_target_value(&e).parse::<usize>() {
            state.update(|s| s.set_true_class(class));
        }
    };
    let class_option = move |i: usize| {
        view! {
            <option value=i.to_string() selected=move || true_class.get() == i>
                {move || (strings.get().mse_vs_ce().class_name)(i)}
            </option>
        }
    };

    view! {
        <fieldset class="mse-controls">
            <legend>{text(|s| s.mse_vs_ce().controls_legend)}</legend>
            <div class="controls-row">
                <PresetSelect
                    labels=preset_labels(&PRESETS)
                    on_select=choose_preset
                    is_current=is_preset
                />
                <label>
                    {text(|s| s.mse_vs_ce().true_class_label)}
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
                    on:click=move |_| state.update(|s| s.add_class())
                >
                    {text(|s| s.mse_vs_ce().add_class)}
                </button>
                <button
                    type="button"
                    data-testid="remove-outcome"
                    disabled=move || { classes.get() <= MIN_CLASSES }
                    on:click=move |_| state.update(|s| s.remove_class())
                >
                    {text(|s| s.mse_vs_ce().remove_class)}
                </button>
            </div>
            <p class="note">{text(|s| s.mse_vs_ce().logits_hint)}</p>
            {move || {
                (0..classes.get())
                    .map(|index| view! { <LogitSlider lesson=lesson index=index /> })
                    .collect_view()
            }}
        </fieldset>
    }
}

/// The slider and number field of logit `index` (`data-testid="z-{index}"`).
#[component]
fn LogitSlider(lesson: Lesson, index: usize) -> impl IntoView {
    let strings = use_strings();
    let state = lesson.state;
    // A memo: moving one logit leaves the other sliders' value and field alone.
    let value = Memo::new(move |_| state.with(|s| s.z.get(index).copied().unwrap_or(0.0)));
    let label = Signal::derive(move || (strings.get().mse_vs_ce().logit_label)(index));
    let valuetext = Signal::derive(move || {
        lesson
            .prediction
            .with(|p| p.logit_valuetext(index, strings.get().mse_vs_ce()))
    });
    view! {
        <NumberSlider
            testid=format!("z-{index}")
            label=label
            value=value
            on_input=Callback::new(move |x: f64| state.update(|s| s.set_logit(index, x)))
            min=LOGIT_MIN
            max=LOGIT_MAX
            step=0.01
            valuetext=valuetext
        />
    }
}
