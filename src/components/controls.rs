//! Native inputs for numbers: a slider with a number field beside it, and a probability vector
//! that stays a distribution while any entry moves.

use leptos::prelude::*;

use super::format::rounded_to;
use super::prefs::use_strings;
use crate::i18n::NumberRange;
use crate::math;
use crate::state::{fixed_decimals, parse_decimal, shortest};

/// A slider and a number field for one value; both are native inputs, so keyboards and screen
/// readers work. The slider carries `data-testid=testid`, the field `testid-number`.
#[component]
pub fn NumberSlider(
    testid: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<f64>,
    on_input: Callback<f64>,
    min: f64,
    max: f64,
    #[prop(default = 0.01)] step: f64,
    /// What a screen reader says for the value, e.g. "p = 0.25, 2 bits".
    #[prop(optional, into)]
    valuetext: Option<Signal<String>>,
) -> impl IntoView {
    let strings = use_strings();
    let invalid = RwSignal::new(false);
    // Set only on a change: every write would re-run the field's error state on each move.
    let set_invalid = move |now: bool| {
        if invalid.get_untracked() != now {
            invalid.set(now);
        }
    };
    let apply = move |text: String| match parse_decimal(text.trim()) {
        Some(x) if x.is_finite() && (min..=max).contains(&x) => {
            set_invalid(false);
            on_input.run(x);
        }
        _ => set_invalid(true),
    };
    let valuetext = move || {
        valuetext
            .map(|text| text.get())
            .unwrap_or_else(|| rounded_to(value.get(), 4))
    };
    let number_testid = format!("{testid}-number");
    let id = format!("input-{testid}");
    let field_value = move || {
        let x = value.get();
        // Six decimals is finer than any slider step, and keeps the field readable.
        let text = fixed_decimals(x, 6);
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    view! {
        <div class="number-slider">
            <label for=id.clone()>{move || label.get()}</label>
            <input
                type="range"
                id=id
                data-testid=testid
                min=shortest(min)
                max=shortest(max)
                step=shortest(step)
                prop:value=move || shortest(value.get())
                aria-valuetext=valuetext
                on:input=move |ev| apply(event_target_value(&ev))
            />
            <input
                type="number"
                class="number-field"
                data-testid=number_testid
                min=shortest(min)
                max=shortest(max)
                step="any"
                aria-label=move || label.get()
                aria-invalid=move || invalid.get().to_string()
                prop:value=field_value
                on:input=move |ev| apply(event_target_value(&ev))
            />
            <span class="field-error" role="status" hidden=move || !invalid.get()>
                {move || (strings.get().ui.enter_number_between)(&NumberRange { min, max })}
            </span>
        </div>
    }
}

/// One slider and number field per entry of a probability vector. Moving an entry rescales the
/// others (`math::set_entry`), so the vector is always a distribution.
#[component]
pub fn ProbabilityVector(
    /// The vector's name in test ids: entries are `{name}-0`, `{name}-1`, …
    name: &'static str,
    values: RwSignal<Vec<f64>>,
    /// A label per outcome.
    #[prop(into)]
    outcomes: Signal<Vec<String>>,
    #[prop(into)] legend: Signal<String>,
) -> impl IntoView {
    let entry = move |i: usize| {
        let label = Signal::derive(move || {
            let outcome = outcomes.with(|o| o.get(i).cloned().unwrap_or_default());
            format!("{name}({outcome})")
        });
        let value = Signal::derive(move || values.with(|v| v.get(i).copied().unwrap_or(0.0)));
        let on_input = Callback::new(move |x: f64| {
            values.update(|v| {
                if let Ok(next) = math::set_entry(v, i, x) {
                    *v = next;
                }
            })
        });
        let valuetext =
            Signal::derive(move || format!("{}: {}", label.get(), rounded_to(value.get(), 4)));
        view! {
            <NumberSlider
                testid=format!("{name}-{i}")
                label=label
                value=value
                on_input=on_input
                min=0.0
                max=1.0
                valuetext=valuetext
            />
        }
    };
    view! {
        <fieldset class="probability-vector" data-vector=name>
            <legend>{move || legend.get()}</legend>
            <For each=move || 0..values.with(Vec::len) key=|i| *i let:i>
                {entry(i)}
            </For>
        </fieldset>
    }
}
