//! The batch written out: the double sum with this batch's numbers, and the table.

use leptos::prelude::*;

use crate::i18n::InUnit;

use super::Batch;
use crate::components::{shown, use_strings};
use crate::lessons::kit::batch::weighted_log_term;
use crate::lessons::kit::batch_model::shown_terms;
use crate::lessons::kit::text;
use crate::lessons::single_label::model::label_weight;

/// The double sum −(1/m) Σ_j Σ_i y_ji log q_ji with every term written out (terms with y = 0
/// greyed), then only the surviving terms, the samples' losses and the batch loss.
#[component]
pub(super) fn DoubleSum(batch: Batch) -> impl IntoView {
    let lines = move || {
        let Some((labels, n)) = batch.layout.get() else {
            return ().into_any();
        };
        let log = batch.log.get();
        let fraction = format!("(1/{})", labels.len());
        let all_terms = labels
            .iter()
            .enumerate()
            .map(|(j, &label)| {
                let terms = (0..n)
                    .map(|i| {
                        let plus = (i > 0).then_some(" + ");
                        let term = weighted_log_term(label_weight(label, i), log, move || {
                            batch.q_at(j, i)
                        });
                        view! { {plus} {term} }
                    })
                    .collect_view();
                let plus = (j > 0).then_some(" + ");
                view! { {plus} <span class="sum-group">"(" {terms} ")"</span> }
            })
            .collect_view();
        // The surviving term of sample j is log q of its true class: the table's cell.
        let survivors = labels
            .iter()
            .enumerate()
            .map(|(j, &label)| {
                let plus = (j > 0).then_some(" + ");
                view! { {plus} <span class="term">{log} " " {move || batch.cell(j, 2 + label)}</span> }
            })
            .collect_view();
        let per_sample = move || {
            batch
                .losses
                .with(|l| shown_terms(l.as_deref().unwrap_or_default()))
        };
        let batch_loss = move || shown(&batch.batch_loss.get());
        view! {
            <p class="substituted">"= −" {fraction.clone()} " [" {all_terms} "]"</p>
            <p class="substituted">"= −" {fraction.clone()} " [" {survivors} "]"</p>
            <p class="substituted">"= " {fraction} " (" {per_sample} ")"</p>
            <p class="substituted">"= " {batch_loss} " " {batch.unit_name}</p>
        }
        .into_any()
    };
    view! {
        <section class="formula double-sum" aria-labelledby="single-label-double-sum">
            <h2 id="single-label-double-sum" class="formula-heading">
                {text(|s| s.single_label().editor.double_sum_heading)}
            </h2>
            <p class="substituted">
                "L = −(1/m) Σ" <sub>"j"</sub> " Σ" <sub>"i"</sub> " y" <sub>"ji"</sub> " " {batch.log} " q" <sub>"ji"</sub>
            </p>
            {lines}
            <p class="note">{text(|s| s.single_label().survivors_note)}</p>
        </section>
    }
}

/// The batch as a table: one row per sample with its true class, its predictions (the true
/// class's cell marked) and its loss; the batch loss in the footer.
#[component]
pub(super) fn BatchTable(batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let caption = text(|s| s.single_label().editor.table_caption);
    let loss_column = move || {
        let t = &strings.get().single_label();
        (t.editor.in_unit)(&InUnit {
            label: t.loss_column,
            unit: batch.unit_name.get(),
        })
    };
    let table = move || {
        let Some((labels, n)) = batch.layout.get() else {
            return ().into_any();
        };
        let header = (0..n)
            .map(|i| view! { <th scope="col">"q(" {move || batch.class_name(i)} ")"</th> })
            .collect_view();
        let body = labels
            .into_iter()
            .enumerate()
            .map(|(j, label)| {
                let cells = (0..n)
                    .map(|i| view! { <td class:true-cell=i == label>{move || batch.cell(j, 2 + i)}</td> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{move || batch.cell(j, 0)}</th>
                        <td class="name-cell">{move || batch.cell(j, 1)}</td>
                        {cells}
                        <td>{move || batch.cell(j, n + 2)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="numbers batch-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(|s| s.single_label().editor.sample_column)}</th>
                        <th scope="col" class="name-cell">{text(|s| s.single_label().true_class_column)}</th>
                        {header}
                        <th scope="col">{loss_column}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
                <tfoot>
                    <tr>
                        <td colspan=n + 2>{text(|s| s.single_label().batch_row)}</td>
                        <td>{move || shown(&batch.batch_loss.get())}</td>
                    </tr>
                </tfoot>
            </table>
        }
        .into_any()
    };
    view! {
        <div class="table-wrap" role="region" aria-label=caption tabindex="0">
            {table}
        </div>
    }
}
