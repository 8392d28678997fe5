//! Step 7, `single-label`: a batch of samples, each with exactly one true class. Per sample the
//! cross-entropy between the one-hot label and the predicted distribution, −log q_true; over
//! the batch their mean, written out as the full double sum −(1/m) Σ_j Σ_i y_ji log q_ji.

use leptos::prelude::*;

use crate::charts::{BatchLosses, BatchLossesLabels, Figure};
use crate::lessons::kit::batch::{math_ji, math_sum, weighted_log_term, PredictionSlider, Predictions};
use crate::lessons::kit::batch_model::{entry_at, nth, sample_items, shown_terms};
use crate::components::url::sync_url;
use crate::components::{format::{full_precision, rounded}, shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, Readout};
use crate::lessons::kit::{preset_labels, BatchControls, BatchEdits, Note, ReadoutCard};
use crate::state::{InputKind, SingleLabelState, ViewId, ViewState};

use super::model::{batch_loss_nats, predictions, sample_losses_nats, set_label, terms_nats, PRESETS};


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

    let text = move || &strings.get().single_label;
    let editor = Signal::derive(move || &strings.get().single_label.editor);
    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let log = move || unit.get().log_symbol();

    let samples = Memo::new(move |_| state.with(|s| s.labels.len()));
    let classes = Memo::new(move |_| state.with(|s| s.classes.len()));
    let input = Memo::new(move |_| state.with(|s| s.input));
    // Memos from here on: a slider move changes one row, and only what shows that row reruns.
    let class_names = Memo::new(move |_| {
        let default_names = strings.get().single_label.editor.default_names;
        state.with(|s| s.classes.resolve(default_names))
    });
    let class_name = move |i: usize| class_names.with(|c| c.get(i).cloned().unwrap_or_default());
    let label_of = move |j: usize| state.with(|s| s.labels.get(j).copied().unwrap_or(0));

    let predicted = Memo::new(move |_| state.with(predictions));
    let losses = Memo::new(move |_| {
        let unit = unit.get();
        state
            .with(sample_losses_nats)
            .map(|v| v.into_iter().map(|x| unit.from_nats(x)).collect::<Vec<_>>())
    });
    let batch_loss =
        Memo::new(move |_| state.with(batch_loss_nats).map(|x| unit.get().from_nats(x)));
    let any_infinite =
        move || losses.with(|l| l.as_ref().is_ok_and(|v| v.iter().any(|x| x.is_infinite())));

    let figure = Memo::new(move |_| {
        let s = strings.get();
        let unit = unit.get();
        Figure::BatchLosses(BatchLosses {
            losses: losses.get().unwrap_or_default(),
            mean: batch_loss.get().unwrap_or(0.0),
            unit,
            held_axis: None,
            labels: BatchLossesLabels {
                x_axis: s.single_label.editor.x_axis.to_string(),
                y_axis: (s.single_label.editor.y_axis)(s.ui.unit_name(unit)),
                mean: s.single_label.chart_mean.to_string(),
                infinity: "∞".to_string(),
            },
        })
    });
    let alt = Signal::derive(move || {
        let s = strings.get();
        let items =
            losses.with(|l| sample_items(&s.single_label.editor, l.as_deref().unwrap_or_default()));
        (s.single_label.chart_alt)(&items, &shown(&batch_loss.get()), unit_name())
    });
    let announcement =
        Signal::derive(move || (text().announce)(&shown(&batch_loss.get()), unit_name()));

    let csv_rows = Signal::derive(move || {
        let unit = unit.get();
        let logits = input.get() == InputKind::Logit;
        let mut header = vec!["sample".to_string(), "class".to_string(), "y".to_string()];
        if logits {
            header.push("z".to_string());
        }
        let unit_label = unit_name();
        header.extend([
            "q".to_string(),
            format!("-y {} q ({unit_label})", unit.log_symbol()),
            format!("sample loss ({unit_label})"),
            format!("batch loss ({unit_label})"),
        ]);
        let mut rows = vec![header];
        let (Ok(q), Ok(terms), Ok(sample_losses), Ok(batch)) = (
            predicted.get(),
            state.with(terms_nats),
            state.with(sample_losses_nats),
            state.with(batch_loss_nats),
        ) else {
            return rows;
        };
        state.with(|s| {
            for (j, &label) in s.labels.iter().enumerate() {
                for (i, name) in class_names.get().iter().enumerate() {
                    let mut row = vec![
                        (j + 1).to_string(),
                        name.clone(),
                        if i == label { "1" } else { "0" }.to_string(),
                    ];
                    if logits {
                        row.push(full_precision(s.q[j][i]));
                    }
                    row.extend([
                        full_precision(q[j][i]),
                        full_precision(unit.from_nats(terms[j][i])),
                        full_precision(unit.from_nats(sample_losses[j])),
                        full_precision(unit.from_nats(batch)),
                    ]);
                    rows.push(row);
                }
            }
        });
        rows
    });

    let edits = BatchEdits::new(state, &PRESETS, editor);
    let predictions = Predictions::new(state, input, predicted, class_names, |s| {
        let t = &s.single_label;
        (t.prob_valuetext, t.logit_valuetext, t.softmax_shows)
    });

    // One slider (probability or logit) of sample j, class i; rebuilt when the input kind
    // changes, since the slider's range changes with it.
    let entry = move |j: usize, i: usize| {
        let is_true = Memo::new(move |_| label_of(j) == i);
        view! {
            <div class="entry" class:entry-true=is_true>
                <PredictionSlider sample=j class=i predictions=predictions />
            </div>
        }
    };

    let sample_card = move |j: usize| {
        let loss = Memo::new(move |_| losses.with(|l| nth(l, j)));
        let label = Memo::new(move |_| label_of(j));
        let label_id = format!("label-{j}");
        view! {
            <fieldset class="sample-card">
                <legend>{move || (editor.get().sample_legend)(j + 1)}</legend>
                <div class="true-class">
                    <label for=label_id.clone()>{move || text().true_class_label}</label>
                    <select
                        id=label_id.clone()
                        data-testid=label_id
                        on:input=move |ev| {
                            if let Ok(class) = event_target_value(&ev).parse::<usize>() {
                                state.update(|s| set_label(s, j, class));
                            }
                        }
                    >
                        <For each=move || 0..classes.get() key=|i| *i let:i>
                            <option value=i.to_string() prop:selected=move || label.get() == i>
                                {move || class_name(i)}
                            </option>
                        </For>
                    </select>
                </div>
                <For each=move || 0..classes.get() key=|i| *i let:i>
                    {entry(j, i)}
                </For>
                <p class="sample-loss">
                    <span>{move || (text().sample_loss_label)(log(), &class_name(label.get()))}</span>
                    " "
                    <Readout quantity="sample_loss" value=loss index=j />
                    <span class="unit-suffix">{unit_name}</span>
                </p>
            </fieldset>
        }
    };

    // The true classes while the batch's numbers are valid. The written-out sum and the table
    // are built again only when this changes; a slider move rewrites the text of their terms
    // and cells in place.
    let layout = Memo::new(move |_| {
        let valid = predicted.with(Result::is_ok) && losses.with(Result::is_ok);
        valid.then(|| state.with(|s| (s.labels.clone(), s.classes.len())))
    });
    let q_at = move |j: usize, i: usize| {
        predicted.with(|q| entry_at(q.as_deref().unwrap_or_default(), j, i))
    };
    let sample_loss = move |j: usize| move || losses.with(|l| shown(&nth(l, j)));
    let batch_loss_text = move || shown(&batch_loss.get());

    // The double sum with every term written out; terms with y = 0 are greyed.
    let double_sum = move || {
        let Some((labels, n)) = layout.get() else {
            return ().into_any();
        };
        let log = log();
        let fraction = format!("(1/{})", labels.len());
        let all_terms = labels
            .iter()
            .enumerate()
            .map(|(j, &label)| {
                let terms = (0..n)
                    .map(|i| {
                        let plus = (i > 0).then_some(" + ");
                        let weight = if i == label { 1.0 } else { 0.0 };
                        view! { {plus} {weighted_log_term(weight, log, move || q_at(j, i))} }
                    })
                    .collect_view();
                let plus = (j > 0).then_some(" + ");
                view! { {plus} <span class="sum-group">"(" {terms} ")"</span> }
            })
            .collect_view();
        let survivors = labels
            .iter()
            .enumerate()
            .map(|(j, &label)| {
                let plus = (j > 0).then_some(" + ");
                view! { {plus} <span class="term">{log} " " {move || rounded(q_at(j, label))}</span> }
            })
            .collect_view();
        let per_sample = move || losses.with(|l| shown_terms(l.as_deref().unwrap_or_default()));
        view! {
            <p class="substituted">"= −" {fraction.clone()} " [" {all_terms} "]"</p>
            <p class="substituted">"= −" {fraction.clone()} " [" {survivors} "]"</p>
            <p class="substituted">"= " {fraction} " (" {per_sample} ")"</p>
            <p class="substituted">"= " {batch_loss_text} " " {unit_name}</p>
        }
        .into_any()
    };

    let table = move || {
        let Some((labels, n)) = layout.get() else {
            return ().into_any();
        };
        let header = (0..n)
            .map(|i| view! { <th scope="col">"q(" {move || class_name(i)} ")"</th> })
            .collect_view();
        let body = labels
            .into_iter()
            .enumerate()
            .map(|(j, label)| {
                let cells = (0..n)
                    .map(|i| view! { <td class:true-cell=i == label>{move || rounded(q_at(j, i))}</td> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{j + 1}</th>
                        <td class="name-cell">{move || class_name(label)}</td>
                        {cells}
                        <td>{sample_loss(j)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="numbers batch-table">
                <caption>{move || text().editor.table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || text().editor.sample_column}</th>
                        <th scope="col" class="name-cell">{move || text().true_class_column}</th>
                        {header}
                        <th scope="col">{move || (text().editor.in_unit)(text().loss_column, unit_name())}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
                <tfoot>
                    <tr>
                        <td colspan=n + 2>{move || text().batch_row}</td>
                        <td>{batch_loss_text}</td>
                    </tr>
                </tfoot>
            </table>
        }
        .into_any()
    };

    view! {
        <div class="lesson lesson-batch lesson-single-label">
            <p class="lesson-intro">{move || text().intro}</p>
            <p>{move || text().loss_text}</p>
            <div class="formula">
                <math display="block">
                    <mrow>
                        <mi>"L"</mi>
                        <mo>"="</mo>
                        <mo>"−"</mo>
                        <mfrac>
                            <mn>"1"</mn>
                            <mi>"m"</mi>
                        </mfrac>
                        {math_sum("j", "m")}
                        {math_sum("i", "n")}
                        {math_ji("y")}
                        <mi>{log}</mi>
                        <mspace width="0.2em"></mspace>
                        {math_ji("q")}
                    </mrow>
                </math>
            </div>
            <p>{move || text().example_text}</p>
            <p>{move || text().batch_text}</p>
            <BatchControls
                edits=edits
                preset_labels=preset_labels(&PRESETS)
                input=input
                logit_label=Signal::derive(move || text().input_logit)
                logit_note=Signal::derive(move || text().logit_note)
                classes=class_names
                samples=samples
                editor=editor
                sample_card=Callback::new(move |j| sample_card(j).into_any())
            />
            <div class="readouts">
                <ReadoutCard
                    label=Signal::derive(move || text().batch_loss_label)
                    quantity="batch_loss"
                    value=batch_loss
                    main=true
                />
            </div>
            <Note
                text=Signal::derive(move || any_infinite().then(|| text().infinity_note.to_string()))
                class="infinity-note"
            />
            <Chart
                name="batch-losses"
                figure=figure
                alt=alt
                title=Signal::derive(move || text().chart_title.to_string())
            />
            <section class="formula double-sum" aria-labelledby="single-label-double-sum">
                <h2 id="single-label-double-sum" class="formula-heading">{move || text().editor.double_sum_heading}</h2>
                <p class="substituted">
                    "L = −(1/m) Σ" <sub>"j"</sub> " Σ" <sub>"i"</sub> " y" <sub>"ji"</sub> " " {log} " q" <sub>"ji"</sub>
                </p>
                {double_sum}
                <p class="note">{move || text().survivors_note}</p>
            </section>
            <div class="table-wrap" role="region" aria-label=move || text().editor.table_caption tabindex="0">
                {table}
            </div>
            <ExportCsv name="single-label" rows=csv_rows />
            <Announcer text=announcement />
        </div>
    }
}

