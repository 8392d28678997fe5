//! The batch loss under each reduction, and what the libraries report where the exact loss is
//! infinite.

use leptos::prelude::*;

use crate::i18n::InUnit;

use super::Batch;
use crate::components::{use_strings, Readout};
use crate::lessons::kit::text;
use crate::lessons::multi_label::model::{
    reduction_division, reduction_factor, reduction_index, REDUCTION_QUANTITIES,
};
use crate::lessons::multi_label::{BatchShape, MultiLabelText};
use crate::math::{Reduction, Unit};

/// The reductions section: the reduction select, a card per reduction, the chosen batch loss
/// and how the three relate.
#[component]
pub(super) fn Reductions(batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let Batch {
        state, reduction, ..
    } = batch;
    let chosen_name = move || {
        let t = &strings.get().multi_label();
        format!(
            "{} · {}",
            t.batch_loss_label,
            t.reduction_names[reduction_index(reduction.get())]
        )
    };
    let factors = move || {
        (strings.get().multi_label().factors_note)(&BatchShape {
            samples: batch.samples.get(),
            nodes: batch.nodes.get(),
        })
    };
    let options = Reduction::ALL
        .into_iter()
        .enumerate()
        .map(|(k, r)| {
            let name = move || strings.get().multi_label().reduction_names[k];
            view! { <option value=r.id() prop:selected=move || reduction.get() == r>{name}</option> }
        })
        .collect_view();
    view! {
        <section class="reductions" aria-labelledby="multi-label-reductions">
            <h2 id="multi-label-reductions">{text(|s| s.multi_label().reductions_heading)}</h2>
            <div class="controls-row">
                <label class="select-label">
                    <span>{text(|s| s.multi_label().reduction_label)}</span>
                    " "
                    <select
                        data-testid="reduction"
                        on:input=move |ev| {
                            if let Some(chosen) = Reduction::parse(&event_target_value(&ev)) {
                                state.update(|s| s.reduction = chosen);
                            }
                        }
                    >
                        {options}
                    </select>
                </label>
            </div>
            <div class="reduction-grid">
                {Reduction::ALL
                    .map(|r| view! { <ReductionCard reduction=r batch=batch /> })
                    .collect_view()}
            </div>
            <div class="readouts">
                <p class="readout-card readout-main">
                    <span class="name">{chosen_name}</span>
                    <Readout quantity="batch_loss" value=batch.batch_loss />
                    <span class="unit-suffix">{batch.unit_name}</span>
                </p>
            </div>
            <p class="note">{factors}</p>
        </section>
    }
}

/// One reduction: its name, "(1/m) Σ_j Σ_i L_ji = total / m = total / 2", its value and what
/// it matches in the libraries; highlighted while it is the chosen one.
#[component]
fn ReductionCard(reduction: Reduction, batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let k = reduction_index(reduction);
    let value = Memo::new(move |_| batch.numbers.with(|n| n.batch_loss(reduction)));
    let chosen = Memo::new(move |_| batch.reduction.get() == reduction);
    let divided = move || {
        batch
            .numbers
            .with(|n| reduction_division(reduction, n, batch.samples.get(), batch.nodes.get()))
    };
    let name = move || strings.get().multi_label().reduction_names[k];
    let matches = move || strings.get().multi_label().reduction_matches[k];
    view! {
        <div class="reduction-card" class:chosen=chosen>
            <p class="name">
                {name}
                <Show when=move || chosen.get()>
                    " "
                    <span class="chosen-badge">{text(|s| s.multi_label().chosen)}</span>
                </Show>
            </p>
            <p class="reduction-formula">
                {reduction_factor(reduction)} "Σ" <sub>"j"</sub> " Σ" <sub>"i"</sub> " L"
                <sub>"ji"</sub> {divided}
            </p>
            <p class="reduction-value">
                <Readout quantity=REDUCTION_QUANTITIES[k] value=value />
                <span class="unit-suffix">{batch.unit_name}</span>
            </p>
            <p class="matches">{matches}</p>
        </div>
    }
}

/// Shown while some node's exact loss is infinite: what PyTorch and Keras report for it, in
/// nats as they print it.
#[component]
pub(super) fn LibraryValues(batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let clamped = Memo::new(move |_| batch.numbers.with(|n| n.clamped.clone()));
    // The libraries report nats, so their columns say nats whatever the reader's unit.
    let column = move |pick: fn(&'static MultiLabelText) -> &'static str| {
        move || {
            let s = strings.get();
            let t = &s.multi_label();
            (t.editor.in_unit)(&InUnit {
                label: pick(t),
                unit: s.ui.unit_name(Unit::Nats),
            })
        }
    };
    let rows = move || {
        clamped
            .get()
            .into_iter()
            .map(|node| {
                let (j, i) = (node.sample, node.node);
                let (pytorch, keras) = (node.pytorch, node.keras);
                let name = move || batch.class_names.with(|c| c.get(i).cloned().unwrap_or_default());
                view! {
                    <tr>
                        <th scope="row">{j + 1}</th>
                        <td class="name-cell">{name}</td>
                        <td>"∞"</td>
                        <td>
                            <Readout quantity="pytorch_node_loss" value=Signal::derive(move || Ok(pytorch)) index=j node=i />
                        </td>
                        <td>
                            <Readout quantity="keras_node_loss" value=Signal::derive(move || Ok(keras)) index=j node=i />
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !clamped.with(Vec::is_empty)>
            <section class="library-values">
                <h2 id="multi-label-library">{text(|s| s.multi_label().library_heading)}</h2>
                <p class="infinity-note">{text(|s| s.multi_label().infinity_note)}</p>
                <div class="table-wrap" role="region" aria-labelledby="multi-label-library" tabindex="0">
                    <table class="numbers">
                        <thead>
                            <tr>
                                <th scope="col">{text(|s| s.multi_label().editor.sample_column)}</th>
                                <th scope="col" class="name-cell">{text(|s| s.multi_label().node_column)}</th>
                                <th scope="col">{text(|s| s.multi_label().exact_column)}</th>
                                <th scope="col">{column(|t| t.pytorch_column)}</th>
                                <th scope="col">{column(|t| t.keras_column)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}
