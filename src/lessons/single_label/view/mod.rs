//! Step 7, `single-label`: a batch of samples, each with exactly one true class. Per sample the
//! cross-entropy between the one-hot label and the predicted distribution, −log q_true; over
//! the batch their mean, written out as the full double sum −(1/m) Σ_j Σ_i y_ji log q_ji.
//!
//! The lesson component holds the state and its memos ([`Batch`]); the sample cards, the
//! chart, the written-out sum and the table are components of their own that only show them.

mod library;
mod sample_card;
mod sums;

use leptos::prelude::*;

use super::model::{
    any_infinite, batch_loss, csv_rows, predictions, sample_losses, table_rows, FORMULA_LABEL,
    FORMULA_MARKUP, PRESETS,
};
use super::{BatchLossNumbers, LossChartNumbers};
use crate::charts::{BatchLosses, BatchLossesLabels, Figure};
use crate::components::url::sync_url;
use crate::components::{
    shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv,
};
use crate::lessons::kit::batch::Predictions;
use crate::lessons::kit::batch_model::{entry_at, sample_items, SliderMessages};
use crate::lessons::kit::practice::Practice;
use crate::lessons::kit::{
    lower_part, preset_labels, text, text_when, BatchControls, BatchEdits, Formula, Later, Note,
    ReadoutCard,
};
use crate::math::{MathError, Unit};
use crate::state::{SingleLabelState, ViewId, ViewState};
use library::LibraryNotes;
use sample_card::SampleCard;
use sums::{BatchTable, DoubleSum};

/// The lesson's state and what the page shows of it, shared by its parts. Memos: a slider move
/// changes one row, and only what shows that row reruns.
#[derive(Clone, Copy)]
struct Batch {
    state: RwSignal<SingleLabelState>,
    unit: Signal<Unit>,
    /// The unit's name, e.g. "nats".
    unit_name: Signal<&'static str>,
    /// The unit's logarithm, "ln" or "log₂".
    log: Signal<&'static str>,
    class_names: Memo<Vec<String>>,
    /// The predicted distributions q_j.
    predicted: Memo<Result<Vec<Vec<f64>>, MathError>>,
    /// Each sample's loss, in the reader's unit.
    losses: Memo<Result<Vec<f64>, MathError>>,
    batch_loss: Memo<Result<f64, MathError>>,
    /// The true classes and the number of classes while the batch's numbers are valid. The
    /// written-out sum and the table are built again only when this changes; a slider move
    /// rewrites the text of their terms and cells in place.
    layout: Memo<Option<(Vec<usize>, usize)>>,
    /// The table's rows (see `model::table_rows`).
    rows: Memo<Vec<Vec<String>>>,
}

impl Batch {
    fn class_name(self, class: usize) -> String {
        self.class_names
            .with(|names| names.get(class).cloned().unwrap_or_default())
    }

    fn label(self, sample: usize) -> usize {
        self.state
            .with(|s| s.labels.get(sample).copied().unwrap_or(0))
    }

    /// q_ji, 0 while there is none.
    fn q_at(self, sample: usize, class: usize) -> f64 {
        self.predicted
            .with(|q| entry_at(q.as_deref().unwrap_or_default(), sample, class))
    }

    /// Cell `column` of the table row of sample `sample`.
    fn cell(self, sample: usize, column: usize) -> String {
        self.rows.with(|rows| {
            rows.get(sample)
                .and_then(|row| row.get(column))
                .cloned()
                .unwrap_or_default()
        })
    }
}

/// The lesson: the formula, the batch editor with one card per sample, the batch loss, the
/// chart, the written-out double sum, the table, the CSV export and what the libraries expect.
#[component]
pub fn SingleLabelLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::SingleLabel) {
        ViewState::SingleLabel(state) => state,
        _ => SingleLabelState::default(),
    };
    let state = RwSignal::new(initial);
    let strings = use_strings();
    let unit = use_unit();
    sync_url(ViewId::SingleLabel, move || {
        ViewState::SingleLabel(state.get())
    });

    let editor = Signal::derive(move || &strings.get().single_label().editor);
    let samples = Memo::new(move |_| state.with(|s| s.labels.len()));
    let input = Memo::new(move |_| state.with(|s| s.input));
    let class_names = Memo::new(move |_| {
        let default_names = strings.get().single_label().editor.default_names;
        state.with(|s| s.classes.resolve(default_names))
    });
    let predicted = Memo::new(move |_| state.with(predictions));
    let losses = Memo::new(move |_| state.with(|s| sample_losses(s, unit.get())));
    let batch_loss = Memo::new(move |_| state.with(|s| batch_loss(s, unit.get())));
    let layout = Memo::new(move |_| {
        let valid = predicted.with(Result::is_ok) && losses.with(Result::is_ok);
        valid.then(|| state.with(|s| (s.labels.clone(), s.classes.len())))
    });
    let rows = Memo::new(move |_| {
        state.with(|s| {
            class_names
                .with(|names| predicted.with(|q| losses.with(|l| table_rows(s, names, q, l))))
        })
    });
    let batch = Batch {
        state,
        unit,
        unit_name: Signal::derive(move || strings.get().ui.unit_name(unit.get())),
        log: Signal::derive(move || unit.get().log_symbol()),
        class_names,
        predicted,
        losses,
        batch_loss,
        layout,
        rows,
    };

    let infinite = Signal::derive(move || losses.with(any_infinite));
    let announcement = Signal::derive(move || {
        let numbers = BatchLossNumbers {
            loss: &shown(&batch_loss.get()),
            unit: batch.unit_name.get(),
        };
        (strings.get().single_label().announce)(&numbers)
    });
    let edits = BatchEdits::new(state, &PRESETS, editor);
    let predictions = Predictions::new(state, input, predicted, class_names, |s| SliderMessages {
        probability: s.single_label().prob_valuetext,
        logit: s.single_label().logit_valuetext,
        gives: s.single_label().softmax_shows,
    });
    let sample_card = Callback::new(move |j| {
        view! { <SampleCard sample=j batch=batch predictions=predictions /> }.into_any()
    });

    view! {
        <div class="lesson lesson-batch lesson-single-label">
            <p class="lesson-intro">{text(|s| s.single_label().intro)}</p>
            <p>{text(|s| s.single_label().loss_text)}</p>
            <div class="formula">
                <Formula markup=FORMULA_MARKUP label=FORMULA_LABEL />
            </div>
            <p>{text(|s| s.single_label().example_text)}</p>
            <p>{text(|s| s.single_label().batch_text)}</p>
            <BatchControls
                edits=edits
                preset_labels=preset_labels(&PRESETS)
                input=input
                logit_label=text(|s| s.single_label().input_logit)
                logit_note=text(|s| s.single_label().logit_note)
                classes=class_names
                samples=samples
                editor=editor
                sample_card=sample_card
            />
            <div class="readouts">
                <ReadoutCard
                    label=text(|s| s.single_label().batch_loss_label)
                    quantity="batch_loss"
                    value=batch_loss
                    main=true
                />
            </div>
            <Note text=text_when(infinite, |s| s.single_label().infinity_note) class="infinity-note" />
            <Announcer text=announcement />
            // Tables, charts and exports, then the practice: a screen or more down on a phone.
            <Later view=ViewId::SingleLabel load=lower_part(move || below_readouts(batch))>
                <Practice
                    view=ViewId::SingleLabel
                    show=Callback::new(move |shown| {
                        // The whole batch is one signal: every card, slider, select and readout
                        // follows it, as they do for a preset.
                        if let ViewState::SingleLabel(shown) = shown {
                            state.set(shown);
                        }
                    })
                />
            </Later>
        </div>
    }
}

/// Below the readouts: the chart, the batch written out, the table, the CSV export and the
/// libraries' notes, a split point of their own ([`Later`]).
#[leptos::wasm_split::wasm_split(later_single_label, wasm_split_path = ::leptos::wasm_split, fallible)]
fn below_readouts(batch: Batch) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let Batch {
        state,
        unit,
        class_names,
        ..
    } = batch;
    let csv = Signal::derive(move || {
        let (unit, unit_name) = (unit.get(), batch.unit_name.get());
        state.with(|s| class_names.with(|names| csv_rows(s, names, unit, unit_name)))
    });
    Ok(view! {
        <LossChart batch=batch />
        <DoubleSum batch=batch />
        <BatchTable batch=batch />
        <ExportCsv name="single-label" rows=csv />
        <LibraryNotes batch=batch />
    }
    .into_any())
}

/// The bar chart of the samples' losses with the batch loss as a dashed line.
#[component]
fn LossChart(batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let figure = Memo::new(move |_| {
        let s = strings.get();
        let unit = batch.unit.get();
        Figure::BatchLosses(BatchLosses {
            losses: batch.losses.get().unwrap_or_default(),
            mean: batch.batch_loss.get().unwrap_or(0.0),
            unit,
            held_axis: None,
            labels: BatchLossesLabels {
                x_axis: s.single_label().editor.x_axis.to_string(),
                y_axis: (s.single_label().editor.y_axis)(s.ui.unit_name(unit)),
                mean: s.single_label().chart_mean.to_string(),
                infinity: "∞".to_string(),
            },
        })
    });
    let alt = Signal::derive(move || {
        let s = strings.get();
        let items = batch
            .losses
            .with(|l| sample_items(&s.single_label().editor, l.as_deref().unwrap_or_default()));
        (s.single_label().chart_alt)(&LossChartNumbers {
            items: &items,
            mean: &shown(&batch.batch_loss.get()),
            unit: batch.unit_name.get(),
        })
    });
    let title = Signal::derive(move || strings.get().single_label().chart_title.to_string());
    view! { <Chart name="batch-losses" draw=crate::charts::drawers::batch_losses figure=figure alt=alt title=title /> }
}
