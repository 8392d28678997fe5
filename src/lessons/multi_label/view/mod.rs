//! Step 8, `multi-label`: a batch of samples whose labels are n-hot. Every output node is an
//! independent yes/no question with its own sigmoid and binary cross-entropy; a sample's loss
//! sums its nodes, and the batch loss is reduced three ways (sum, mean over samples, mean over
//! all elements), as the tutorial and the libraries do.
//!
//! The numbers and their text come from the model; this view arranges them: the lesson
//! (here), one card per sample, the reductions ([`reductions`]) and the batch written out
//! ([`sums`]).

mod reductions;
mod sums;

use leptos::prelude::*;

use super::model::{
    csv_rows, reduction_index, MultiLabelNumbers, BATCH_LOSS_LABEL, BATCH_LOSS_MARKUP,
    NODE_LOSS_LABEL, NODE_LOSS_MARKUP, PRESETS,
};
use super::{ChartAltNumbers, ReducedLoss};
use crate::charts::{BatchLosses, BatchLossesLabels, Figure};
use crate::components::url::sync_url;
use crate::components::{
    shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, Readout,
};
use crate::lessons::kit::batch::{PredictionSlider, Predictions};
use crate::lessons::kit::batch_model::{nth, nth_entry, sample_items, SliderMessages};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{
    lower_part, preset_labels, text, BatchControls, BatchEdits, Formula, Later,
};
use crate::math::{MathError, Reduction};
use crate::state::{MultiLabelState, ViewId, ViewState};
use reductions::{LibraryValues, Reductions};
use sums::{BatchTable, DoubleSumLines};

/// What the parts of the lesson read: the state and the numbers computed from it. Memos: a
/// slider move changes one row, and only what shows that row reruns.
#[derive(Clone, Copy)]
struct Batch {
    state: RwSignal<MultiLabelState>,
    numbers: Memo<MultiLabelNumbers>,
    /// m.
    samples: Memo<usize>,
    /// n.
    nodes: Memo<usize>,
    reduction: Memo<Reduction>,
    class_names: Memo<Vec<String>>,
    node_losses: Memo<Result<Vec<Vec<f64>>, MathError>>,
    sample_losses: Memo<Result<Vec<f64>, MathError>>,
    keras_losses: Memo<Result<Vec<f64>, MathError>>,
    /// The batch loss under the chosen reduction.
    batch_loss: Memo<Result<f64, MathError>>,
    /// The batch's labels while its numbers are valid. The written-out sum and the table are
    /// built again only when this changes; a slider move rewrites their text in place.
    layout: Memo<Option<Vec<Vec<bool>>>>,
    /// The chosen reduction's name inside running text, e.g. "sum".
    reduction_name: Signal<&'static str>,
    unit_name: Signal<&'static str>,
}

impl Batch {
    /// The signals of `state`'s lesson, in the current unit and language.
    fn new(state: RwSignal<MultiLabelState>) -> Batch {
        let strings = use_strings();
        let unit = use_unit();
        let numbers = Memo::new(move |_| state.with(|s| MultiLabelNumbers::new(s, unit.get())));
        let reduction = Memo::new(move |_| state.with(|s| s.reduction));
        Batch {
            state,
            numbers,
            samples: Memo::new(move |_| state.with(|s| s.y.len())),
            nodes: Memo::new(move |_| state.with(|s| s.classes.len())),
            reduction,
            class_names: Memo::new(move |_| {
                let default_names = strings.get().multi_label().editor.default_names;
                state.with(|s| s.classes.resolve(default_names))
            }),
            node_losses: Memo::new(move |_| numbers.with(|n| n.node_losses.clone())),
            sample_losses: Memo::new(move |_| numbers.with(|n| n.sample_losses.clone())),
            keras_losses: Memo::new(move |_| numbers.with(|n| n.keras_sample_losses.clone())),
            batch_loss: Memo::new(move |_| numbers.with(|n| n.batch_loss(reduction.get()))),
            layout: Memo::new(move |_| {
                numbers
                    .with(MultiLabelNumbers::is_valid)
                    .then(|| state.with(|s| s.y.clone()))
            }),
            reduction_name: Signal::derive(move || {
                strings.get().multi_label().reduction_short[reduction_index(reduction.get())]
            }),
            unit_name: Signal::derive(move || strings.get().ui.unit_name(unit.get())),
        }
    }
}

/// The `multi-label` lesson: its text and formulas, the batch editor with a card per sample,
/// the reductions, the chart, the batch written out, the table and the CSV export.
#[component]
pub fn MultiLabelLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::MultiLabel) {
        ViewState::MultiLabel(state) => state,
        _ => MultiLabelState::default(),
    };
    let state = RwSignal::new(initial);
    sync_url(ViewId::MultiLabel, move || {
        ViewState::MultiLabel(state.get())
    });
    let strings = use_strings();
    let batch = Batch::new(state);
    let Batch {
        numbers,
        class_names,
        batch_loss,
        reduction_name,
        unit_name,
        ..
    } = batch;

    let editor = Signal::derive(move || &strings.get().multi_label().editor);
    let input = Memo::new(move |_| state.with(|s| s.input));
    let probabilities = Memo::new(move |_| numbers.with(|n| n.probabilities.clone()));
    let edits = BatchEdits::new(state, &PRESETS, editor);
    let predictions = Predictions::new(state, input, probabilities, class_names, |s| {
        SliderMessages {
            probability: s.multi_label().prob_valuetext,
            logit: s.multi_label().logit_valuetext,
            gives: s.multi_label().sigmoid_shows,
        }
    });
    let announcement = Signal::derive(move || {
        (strings.get().multi_label().announce)(&ReducedLoss {
            reduction: reduction_name.get(),
            loss: &shown(&batch_loss.get()),
            unit: unit_name.get(),
        })
    });

    view! {
        <div class="lesson lesson-batch lesson-multi-label">
            <p class="lesson-intro">{text(|s| s.multi_label().intro)}</p>
            <p>{text(|s| s.multi_label().node_text)}</p>
            <div class="formula">
                <Formula markup=NODE_LOSS_MARKUP label=NODE_LOSS_LABEL />
                <Formula markup=BATCH_LOSS_MARKUP label=BATCH_LOSS_LABEL />
            </div>
            <p>{text(|s| s.multi_label().example_text)}</p>
            <div class="callout softmax-wrong" role="note">
                <h2>{text(|s| s.multi_label().softmax_wrong_title)}</h2>
                <p>{text(|s| s.multi_label().softmax_wrong)}</p>
            </div>
            <p>{text(|s| s.multi_label().batch_text)}</p>
            <BatchControls
                edits=edits
                preset_labels=preset_labels(&PRESETS)
                input=input
                logit_label=text(|s| s.multi_label().input_logit)
                logit_note=text(|s| s.multi_label().logit_note)
                classes=class_names
                samples=batch.samples
                editor=editor
                sample_card=Callback::new(move |j| {
                    view! { <SampleCard sample=j batch=batch predictions=predictions /> }.into_any()
                })
            />
            <p class="note">{text(|s| s.multi_label().keras_note)}</p>
            <Reductions batch=batch />
            <LibraryValues batch=batch />
            <Announcer text=announcement />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::MultiLabel load=lower_part(move || below_readouts(batch))>
                <Practice
                    view=ViewId::MultiLabel
                    show=Callback::new(move |shown| {
                        // The whole batch, its reduction included, is one signal: every card,
                        // checkbox, slider, the reduction select and the readouts follow it.
                        if let ViewState::MultiLabel(shown) = shown {
                            state.set(shown);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: the chart, the batch written out, the table and the CSV export, a split
/// point of their own ([`Later`]).
#[leptos::wasm_split::wasm_split(later_multi_label, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(batch: Batch) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let Batch {
        state,
        numbers,
        class_names,
        unit_name,
        ..
    } = batch;
    let csv = Signal::derive(move || {
        state.with(|s| {
            numbers.with(|n| class_names.with(|names| csv_rows(s, n, names, unit_name.get())))
        })
    });
    Ok(view! {
        <LossChart batch=batch />
        <DoubleSumLines batch=batch />
        <BatchTable batch=batch />
        <ExportCsv name="multi-label" rows=csv />
    }
    .into_any())
}

/// The card of sample j: a row per node, then the sample's loss and what Keras reports.
#[component]
fn SampleCard(sample: usize, batch: Batch, predictions: Predictions) -> impl IntoView {
    let strings = use_strings();
    let loss = Memo::new(move |_| batch.sample_losses.with(|l| nth(l, sample)));
    let keras = Memo::new(move |_| batch.keras_losses.with(|l| nth(l, sample)));
    let legend = move || (strings.get().multi_label().editor.sample_legend)(sample + 1);
    view! {
        <fieldset class="sample-card">
            <legend>{legend}</legend>
            <For each=move || 0..batch.nodes.get() key=|i| *i let:i>
                <NodeRow sample=sample node=i batch=batch predictions=predictions />
            </For>
            <p class="sample-loss">
                <span>{text(|s| s.multi_label().sample_loss_label)}</span>
                " "
                <Readout quantity="sample_loss" value=loss index=sample />
                <span class="unit-suffix">{batch.unit_name}</span>
            </p>
            <p class="keras-loss">
                <span>{text(|s| s.multi_label().keras_sample_label)}</span>
                " "
                <Readout quantity="keras_sample_loss" value=keras index=sample />
                // Keras prints nats whatever the reader's unit.
                <span class="unit-suffix">{text(|s| s.ui.nats)}</span>
            </p>
        </fieldset>
    }
}

/// Node i of sample j: its checkbox (the label), its loss and its slider (the prediction).
#[component]
fn NodeRow(sample: usize, node: usize, batch: Batch, predictions: Predictions) -> impl IntoView {
    let strings = use_strings();
    let loss = Memo::new(move |_| batch.node_losses.with(|l| nth_entry(l, sample, node)));
    let is_present = Memo::new(move |_| batch.state.with(|s| s.is_present(sample, node)));
    let label = move || {
        batch.class_names.with(|names| {
            let name = names.get(node).map_or("", String::as_str);
            (strings.get().multi_label().present_label)(name)
        })
    };
    let toggle = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        batch.state.update(|s| s.set_present(sample, node, checked));
    };
    view! {
        <div class="node" class:node-present=is_present>
            <div class="node-head">
                <label class="node-label">
                    <input
                        type="checkbox"
                        data-testid=format!("y-{sample}-{node}")
                        prop:checked=is_present
                        on:input=toggle
                        on:change=toggle
                    />
                    " "
                    <span>{label}</span>
                </label>
                <span class="node-loss">
                    <span class="name">{text(|s| s.multi_label().node_loss_label)}</span>
                    " "
                    <Readout quantity="node_loss" value=loss index=sample node=node />
                </span>
            </div>
            <PredictionSlider sample=sample class=node predictions=predictions />
        </div>
    }
}

/// The bar chart of the sample losses, the batch loss under the chosen reduction dashed.
#[component]
fn LossChart(batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let unit = use_unit();
    let Batch {
        sample_losses,
        batch_loss,
        reduction_name,
        unit_name,
        ..
    } = batch;
    let figure = Memo::new(move |_| {
        let s = strings.get();
        let unit = unit.get();
        Figure::BatchLosses(BatchLosses {
            losses: sample_losses.get().unwrap_or_default(),
            mean: batch_loss.get().unwrap_or(0.0),
            unit,
            held_axis: None,
            labels: BatchLossesLabels {
                x_axis: s.multi_label().editor.x_axis.to_string(),
                y_axis: (s.multi_label().editor.y_axis)(s.ui.unit_name(unit)),
                mean: (s.multi_label().chart_mean)(reduction_name.get()),
                infinity: "∞".to_string(),
            },
        })
    });
    let alt = Signal::derive(move || {
        let s = strings.get();
        let items = sample_losses
            .with(|l| sample_items(&s.multi_label().editor, l.as_deref().unwrap_or_default()));
        (s.multi_label().chart_alt)(&ChartAltNumbers {
            items: &items,
            batch: ReducedLoss {
                reduction: reduction_name.get(),
                loss: &shown(&batch_loss.get()),
                unit: unit_name.get(),
            },
        })
    });
    view! {
        <Chart
            name="batch-losses"
            draw=crate::charts::drawers::batch_losses
            figure=figure
            alt=alt
            title=Signal::derive(move || strings.get().multi_label().chart_title.to_string())
        />
    }
}
