//! The one per-outcome table of terms (lessons `entropy`, `binary-entropy`, `kl`,
//! `cross-entropy`): a row per outcome, a sum row, and the 0 · log 0 = 0 note while a row needs
//! it. What it shows is a [`TermsTableModel`] of texts, built by the lesson's model from its
//! numbers; this component only puts the texts in cells.

use leptos::prelude::*;

pub mod model;

pub use model::{TableColumn, TableShape, TermsTableModel};

use super::parts::{text_when, Note};

/// How a cell reads its text from the table: given the column and the row.
type CellText = fn(&TermsTableModel, usize, usize) -> String;

/// The terms table under its caption, in a scrolling wrapper (a focusable region, so a
/// keyboard can scroll a table wider than a phone), then the note on 0 · log 0 = 0 while a
/// row is a zero row.
///
/// The cells are built again only when the table's [`TableShape`] changes (an outcome added or
/// removed); a slider move, a unit or a language only replaces their texts.
#[component]
pub fn TermsTable(
    caption: Signal<&'static str>,
    /// The table, from the lesson's model.
    table: Signal<TermsTableModel>,
    /// The table's class besides `numbers`, e.g. "terms-table".
    class: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let table = Memo::new(move |_| table.get());
    let shape = Memo::new(move |_| table.with(TermsTableModel::shape));
    let has_zero = Signal::derive(move || table.with(TermsTableModel::has_zero));
    // One closure type for every text of the table, so its rendering code exists once.
    let text = move |read: CellText, column: usize, row: usize| {
        move || table.with(|t| read(t, column, row))
    };
    let cells = move || {
        let TableShape {
            rows,
            formulas,
            sum_span,
        } = shape.get();
        let columns = formulas.len();
        let head = formulas
            .into_iter()
            .enumerate()
            .map(|(j, formula)| {
                let formula = formula.then(|| {
                    view! { <span class="column-formula">{text(|t, j, _| t.formula(j), j, 0)}</span> }
                });
                view! { <th scope="col">{text(|t, j, _| t.header(j), j, 0)}{formula}</th> }
            })
            .collect_view();
        let body = (0..rows)
            .map(|i| {
                view! {
                    <tr class:zero=move || table.with(|t| t.is_zero(i))>
                        <th scope="row">{text(|t, _, i| t.row_name(i), 0, i)}</th>
                        {(0..columns)
                            .map(|j| view! { <td>{text(TermsTableModel::cell, j, i)}</td> })
                            .collect_view()}
                    </tr>
                }
            })
            .collect_view();
        let sums = (sum_span - 1..columns)
            .map(|j| view! { <td>{text(|t, j, _| t.sum(j), j, 0)}</td> })
            .collect_view();
        let span = (sum_span > 1).then(|| sum_span.to_string());
        view! {
            <thead>
                <tr>
                    <th scope="col">{text(|t, _, _| t.row_header.clone(), 0, 0)}</th>
                    {head}
                </tr>
            </thead>
            <tbody>{body}</tbody>
            <tfoot>
                <tr>
                    <th scope="row" colspan=span>{text(|t, _, _| t.sum_label.clone(), 0, 0)}</th>
                    {sums}
                </tr>
            </tfoot>
        }
    };
    // The caption sits above the scrolling wrapper, so a table wider than a phone scrolls
    // without cutting its caption.
    view! {
        <p class="table-caption" id="terms-table-caption">{caption}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="terms-table-caption">
            <table
                class=format!("numbers {class}")
                data-testid=testid
                aria-labelledby="terms-table-caption"
            >
                {cells}
            </table>
        </div>
        <Note text=text_when(has_zero, |s| s.entropy().zero_convention) testid="zero-convention" />
    }
}
