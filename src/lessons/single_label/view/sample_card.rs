//! The card of one sample: its true class, one slider per class and its loss.

use leptos::prelude::*;

use super::Batch;
use crate::components::{use_strings, Readout};
use crate::lessons::kit::batch::{PredictionSlider, Predictions};
use crate::lessons::kit::batch_model::nth;
use crate::lessons::kit::text;
use crate::lessons::single_label::model::set_label;
use crate::lessons::single_label::SampleLossLabel;

/// The card of sample `sample` (`label-{j}` picks its true class, `q-{j}-{i}` its
/// predictions); the true class's slider is marked.
#[component]
pub(super) fn SampleCard(sample: usize, batch: Batch, predictions: Predictions) -> impl IntoView {
    let strings = use_strings();
    let classes = Memo::new(move |_| batch.state.with(|s| s.classes.len()));
    let label = Memo::new(move |_| batch.label(sample));
    let loss = Memo::new(move |_| batch.losses.with(|l| nth(l, sample)));
    let legend = move || (strings.get().single_label().editor.sample_legend)(sample + 1);
    let loss_label = move || {
        let label = SampleLossLabel {
            log: batch.log.get(),
            class: &batch.class_name(label.get()),
        };
        (strings.get().single_label().sample_loss_label)(&label)
    };
    let label_id = format!("label-{sample}");
    view! {
        <fieldset class="sample-card">
            <legend>{legend}</legend>
            <div class="true-class">
                <label for=label_id.clone()>{text(|s| s.single_label().true_class_label)}</label>
                <select
                    id=label_id.clone()
                    data-testid=label_id
                    on:input=move |ev| {
                        if let Ok(class) = event_target_value(&ev).parse::<usize>() {
                            batch.state.update(|s| set_label(s, sample, class));
                        }
                    }
                >
                    <For each=move || 0..classes.get() key=|i| *i let:i>
                        <option value=i.to_string() prop:selected=move || label.get() == i>
                            {move || batch.class_name(i)}
                        </option>
                    </For>
                </select>
            </div>
            <For each=move || 0..classes.get() key=|i| *i let:i>
                <div class="entry" class:entry-true=move || label.get() == i>
                    <PredictionSlider sample=sample class=i predictions=predictions />
                </div>
            </For>
            <p class="sample-loss">
                <span>{loss_label}</span>
                " "
                <Readout quantity="sample_loss" value=loss index=sample />
                <span class="unit-suffix">{batch.unit_name}</span>
            </p>
        </fieldset>
    }
}
