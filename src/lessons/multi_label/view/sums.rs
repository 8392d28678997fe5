//! The batch written out: the tutorial's double sum with every term, and the table of the
//! batch's numbers.

use leptos::prelude::*;

use crate::i18n::InUnit;

use super::Batch;
use crate::components::{use_strings, use_unit};
use crate::lessons::kit::text;
use crate::lessons::multi_label::model::{double_sum, table_rows, DoubleSum, TableColumn};

/// The double sum with this batch's numbers, one line per sample, then the total.
#[component]
pub(super) fn DoubleSumLines(batch: Batch) -> impl IntoView {
    let unit = use_unit();
    let log = move || unit.get().log_symbol();
    let sum = Memo::new(move |_| {
        batch
            .state
            .with(|s| batch.numbers.with(|n| double_sum(s, n, unit.get())))
    });
    let lines = move || {
        let Some(labels) = batch.layout.get() else {
            return ().into_any();
        };
        let lines = labels
            .into_iter()
            .enumerate()
            .map(|(j, y)| {
                let terms = y
                    .into_iter()
                    .enumerate()
                    .map(|(i, hot)| {
                        let plus = (i > 0).then_some(" + ");
                        view! {
                            {plus}
                            <span class="sum-group">
                                "(" {term(sum, j, i, 0, !hot)} " + " {term(sum, j, i, 1, hot)} ")"
                            </span>
                        }
                    })
                    .collect_view();
                let sample_total = move || sum.with(|s| s.sample_total(j));
                view! {
                    <p class="substituted">
                        <span class="sample-tag">"j = " {j + 1} ": "</span>
                        "−[" {terms} "] = " {sample_total}
                    </p>
                }
            })
            .collect_view();
        let total = move || sum.with(|s| s.total.clone());
        view! {
            {lines}
            <p class="substituted">{total} " " {batch.unit_name}</p>
        }
        .into_any()
    };
    view! {
        <section class="formula double-sum" aria-labelledby="multi-label-double-sum">
            <h2 id="multi-label-double-sum" class="formula-heading">
                {text(|s| s.multi_label().editor.double_sum_heading)}
            </h2>
            <p class="substituted">
                "L = −Σ" <sub>"j"</sub> " Σ" <sub>"i"</sub> " [y" <sub>"ji"</sub> " " {log} " q"
                <sub>"ji"</sub> " + (1 − y" <sub>"ji"</sub> ") " {log} "(1 − q" <sub>"ji"</sub> ")]"
            </p>
            {lines}
            <p class="note">{text(|s| s.multi_label().vanishing_note)}</p>
        </section>
    }
}

/// Term k of node i in sample j's line, greyed when its weight is 0 (the term is then 0
/// whatever the prediction).
fn term(sum: Memo<DoubleSum>, j: usize, i: usize, k: usize, vanishes: bool) -> impl IntoView {
    let text = move || sum.with(|s| s.term(j, i, k).to_string());
    view! { <span class="term" class:term-vanishes=vanishes>{text}</span> }
}

/// A cell of the table: column `column` of row `row`, empty where there is none (a row being
/// added or removed).
fn cell(rows: Memo<Vec<Vec<String>>>, row: usize, column: TableColumn) -> impl Fn() -> String {
    move || {
        rows.with(|r| {
            r.get(row)
                .and_then(|cells| cells.get(column as usize))
                .cloned()
                .unwrap_or_default()
        })
    }
}

/// The batch as numbers: a row per sample and node, the sample's number and losses spanning
/// its rows.
#[component]
pub(super) fn BatchTable(batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let rows = Memo::new(move |_| {
        batch.state.with(|s| {
            batch
                .numbers
                .with(|n| batch.class_names.with(|names| table_rows(s, n, names)))
        })
    });
    let caption = move || {
        let editor = &strings.get().multi_label().editor;
        (editor.in_unit)(&InUnit {
            label: editor.table_caption,
            unit: batch.unit_name.get(),
        })
    };
    let table = move || {
        let Some(labels) = batch.layout.get() else {
            return ().into_any();
        };
        let n = labels.first().map_or(0, Vec::len);
        let body = (0..labels.len())
            .flat_map(|j| {
                (0..n).map(move |i| {
                    let row = j * n + i;
                    let first = (i == 0).then(|| view! { <th scope="row" rowspan=n>{j + 1}</th> });
                    let last = (i == 0).then(|| {
                        view! {
                            <td rowspan=n>{cell(rows, row, TableColumn::SampleLoss)}</td>
                            <td rowspan=n>{cell(rows, row, TableColumn::KerasMean)}</td>
                        }
                    });
                    view! {
                        <tr class:sample-start=i == 0>
                            {first}
                            <td class="name-cell">{cell(rows, row, TableColumn::Class)}</td>
                            <td>{cell(rows, row, TableColumn::Label)}</td>
                            <td>{cell(rows, row, TableColumn::Prediction)}</td>
                            <td>{cell(rows, row, TableColumn::NodeLoss)}</td>
                            {last}
                        </tr>
                    }
                })
            })
            .collect_view();
        view! {
            <table class="numbers batch-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(|s| s.multi_label().editor.sample_column)}</th>
                        <th scope="col" class="name-cell">{text(|s| s.multi_label().node_column)}</th>
                        <th scope="col">{text(|s| s.multi_label().label_column)}</th>
                        <th scope="col">{text(|s| s.multi_label().prediction_column)}</th>
                        <th scope="col">{text(|s| s.multi_label().node_loss_label)}</th>
                        <th scope="col">{text(|s| s.multi_label().sample_loss_column)}</th>
                        <th scope="col">{text(|s| s.multi_label().keras_mean_column)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <div
            class="table-wrap"
            role="region"
            aria-label=text(|s| s.multi_label().editor.table_caption)
            tabindex="0"
        >
            {table}
        </div>
    }
}
