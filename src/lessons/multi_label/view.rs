//! Step 8, `multi-label`: a batch of samples whose labels are n-hot. Every output node is an
//! independent yes/no question with its own sigmoid and binary cross-entropy; a sample's loss
//! sums its nodes, and the batch loss is reduced three ways (sum, mean over samples, mean over
//! all elements), as the tutorial and the libraries do.

use leptos::prelude::*;

use crate::charts::{BatchLosses, BatchLossesLabels, Figure};
use crate::lessons::kit::batch::{math_ji, math_sum, weighted_log_term, PredictionSlider, Predictions};
use crate::lessons::kit::batch_model::{entry_at, nth, nth_entry, sample_items, shown_terms};
use super::model::{
    batch_losses_nats, clamped_nodes, keras_sample_losses_nats, label_rows, node_losses_nats,
    predictions, reduction_index, sample_losses_nats, PRESETS, REDUCTION_QUANTITIES,
};
use crate::components::url::sync_url;
use crate::components::{format::{full_precision, rounded}, shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, Readout};
use crate::lessons::kit::{preset_labels, BatchControls, BatchEdits};
use crate::math::{MathError, Reduction};
use crate::state::{
    InputKind, MultiLabelState, ViewId, ViewState,
};

#[component]
pub fn MultiLabelLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::MultiLabel) {
        ViewState::MultiLabel(state) => state,
        _ => MultiLabelState::default(),
    };
    let state = RwSignal::new(initial);
    let strings = use_strings();
    let unit = use_unit();
    sync_url(ViewId::MultiLabel, move || {
        ViewState::MultiLabel(state.get())
    });

    let text = move || &strings.get().multi_label;
    let editor = Signal::derive(move || &strings.get().multi_label.editor);
    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let log = move || unit.get().log_symbol();

    let samples = Memo::new(move |_| state.with(|s| s.y.len()));
    let classes = Memo::new(move |_| state.with(|s| s.classes.len()));
    let input = Memo::new(move |_| state.with(|s| s.input));
    let reduction = Memo::new(move |_| state.with(|s| s.reduction));
    // Memos from here on: a slider move changes one row, and only what shows that row reruns.
    let class_names = Memo::new(move |_| {
        let default_names = strings.get().multi_label.editor.default_names;
        state.with(|s| s.classes.resolve(default_names))
    });
    let class_name = move |i: usize| class_names.with(|c| c.get(i).cloned().unwrap_or_default());
    let present = move |j: usize, i: usize| {
        state.with(|s| {
            s.y.get(j)
                .and_then(|row| row.get(i))
                .copied()
                .unwrap_or(false)
        })
    };
    let reduction_name = move || text().reduction_short[reduction_index(reduction.get())];

    let predicted = Memo::new(move |_| state.with(predictions));
    let in_unit = move |values: Result<Vec<f64>, MathError>| {
        let unit = unit.get();
        values.map(|v| v.into_iter().map(|x| unit.from_nats(x)).collect::<Vec<_>>())
    };
    let node_losses = Memo::new(move |_| {
        let unit = unit.get();
        state.with(node_losses_nats).map(|rows| {
            rows.into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|x| unit.from_nats(x))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
    });
    let losses = Memo::new(move |_| in_unit(state.with(sample_losses_nats)));
    let keras_losses = Memo::new(move |_| in_unit(state.with(keras_sample_losses_nats)));
    let batch_losses = Memo::new(move |_| {
        let unit = unit.get();
        state
            .with(batch_losses_nats)
            .map(|all| all.map(|x| unit.from_nats(x)))
    });
    let reduced =
        move |k: usize| batch_losses.with(|b| b.as_ref().map(|all| all[k]).map_err(Clone::clone));
    let batch_loss = Signal::derive(move || reduced(reduction_index(reduction.get())));
    let clamped = Memo::new(move |_| state.with(clamped_nodes).unwrap_or_default());

    let figure = Memo::new(move |_| {
        let s = strings.get();
        let unit = unit.get();
        Figure::BatchLosses(BatchLosses {
            losses: losses.get().unwrap_or_default(),
            mean: batch_loss.get().unwrap_or(0.0),
            unit,
            held_axis: None,
            labels: BatchLossesLabels {
                x_axis: s.multi_label.editor.x_axis.to_string(),
                y_axis: (s.multi_label.editor.y_axis)(s.ui.unit_name(unit)),
                mean: (s.multi_label.chart_mean)(reduction_name()),
                infinity: "∞".to_string(),
            },
        })
    });
    let alt = Signal::derive(move || {
        let s = strings.get();
        let items =
            losses.with(|l| sample_items(&s.multi_label.editor, l.as_deref().unwrap_or_default()));
        (s.multi_label.chart_alt)(
            &items,
            reduction_name(),
            &shown(&batch_loss.get()),
            unit_name(),
        )
    });
    let announcement = Signal::derive(move || {
        (text().announce)(reduction_name(), &shown(&batch_loss.get()), unit_name())
    });

    let csv_rows = Signal::derive(move || {
        let unit = unit.get();
        let logits = input.get() == InputKind::Logit;
        let unit_label = unit_name();
        let mut header = vec!["sample".to_string(), "class".to_string(), "y".to_string()];
        if logits {
            header.push("z".to_string());
        }
        header.extend(
            [
                "q".to_string(),
                format!("node loss ({unit_label})"),
                format!("sample loss ({unit_label})"),
                format!("keras sample loss ({unit_label})"),
            ]
            .into_iter()
            .chain(Reduction::ALL.map(|r| format!("batch loss {} ({unit_label})", r.id()))),
        );
        let mut rows = vec![header];
        let (Ok(q), Ok(nodes), Ok(sample_losses), Ok(keras), Ok(batch)) = (
            predicted.get(),
            state.with(node_losses_nats),
            state.with(sample_losses_nats),
            state.with(keras_sample_losses_nats),
            state.with(batch_losses_nats),
        ) else {
            return rows;
        };
        state.with(|s| {
            for (j, labels) in s.y.iter().enumerate() {
                for (i, name) in class_names.get().iter().enumerate() {
                    let mut row = vec![
                        (j + 1).to_string(),
                        name.clone(),
                        if labels[i] { "1" } else { "0" }.to_string(),
                    ];
                    if logits {
                        row.push(full_precision(s.q[j][i]));
                    }
                    row.extend(
                        [
                            q[j][i],
                            unit.from_nats(nodes[j][i]),
                            unit.from_nats(sample_losses[j]),
                            unit.from_nats(keras[j]),
                        ]
                        .into_iter()
                        .chain(batch.map(|x| unit.from_nats(x)))
                        .map(full_precision),
                    );
                    rows.push(row);
                }
            }
        });
        rows
    });

    let edits = BatchEdits::new(state, &PRESETS, editor);
    let predictions = Predictions::new(state, input, predicted, class_names, |s| {
        let t = &s.multi_label;
        (t.prob_valuetext, t.logit_valuetext, t.sigmoid_shows)
    });

    // Node i of sample j: its checkbox (the label), its slider (the prediction) and its loss.
    let node_row = move |j: usize, i: usize| {
        let loss = Memo::new(move |_| node_losses.with(|l| nth_entry(l, j, i)));
        let slider = view! {
            <PredictionSlider sample=j class=i predictions=predictions />
        };
        let is_present = Memo::new(move |_| present(j, i));
        let toggle = move |ev: leptos::ev::Event| {
            let checked = event_target_checked(&ev);
            state.update(|s| s.set_present(j, i, checked));
        };
        view! {
            <div class="node" class:node-present=is_present>
                <div class="node-head">
                    <label class="node-label">
                        <input
                            type="checkbox"
                            data-testid=format!("y-{j}-{i}")
                            prop:checked=is_present
                            on:input=toggle
                            on:change=toggle
                        />
                        " "
                        <span>{move || (text().present_label)(&class_name(i))}</span>
                    </label>
                    <span class="node-loss">
                        <span class="name">{move || text().node_loss_label}</span>
                        " "
                        <Readout quantity="node_loss" value=loss index=j node=i />
                    </span>
                </div>
                {slider}
            </div>
        }
    };

    let sample_card = move |j: usize| {
        let loss = Memo::new(move |_| losses.with(|l| nth(l, j)));
        let keras = Memo::new(move |_| keras_losses.with(|l| nth(l, j)));
        view! {
            <fieldset class="sample-card">
                <legend>{move || (editor.get().sample_legend)(j + 1)}</legend>
                <For each=move || 0..classes.get() key=|i| *i let:i>
                    {node_row(j, i)}
                </For>
                <p class="sample-loss">
                    <span>{move || text().sample_loss_label}</span>
                    " "
                    <Readout quantity="sample_loss" value=loss index=j />
                    <span class="unit-suffix">{unit_name}</span>
                </p>
                <p class="keras-loss">
                    <span>{move || text().keras_sample_label}</span>
                    " "
                    <Readout quantity="keras_sample_loss" value=keras index=j />
                    <span class="unit-suffix">{unit_name}</span>
                </p>
            </fieldset>
        }
    };

    let reduction_card = move |k: usize| {
        let value = Signal::derive(move || reduced(k));
        let chosen = move || reduction_index(reduction.get()) == k;
        // "(1/m) Σ_j Σ_i L_ji = total / m = total / 2", with this reduction's divisor.
        let (factor, divisor_name) = match Reduction::ALL[k] {
            Reduction::Sum => ("", ""),
            Reduction::MeanOverSamples => ("(1/m) ", "m"),
            Reduction::MeanOverElements => ("(1/(m·n)) ", "m·n"),
        };
        let divided = move || {
            let total = shown(&reduced(0));
            let divisor = Reduction::ALL[k].divisor(samples.get(), classes.get());
            match divisor_name {
                "" => format!(" = {total}"),
                name => format!(" = {total} / {name} = {total} / {divisor}"),
            }
        };
        view! {
            <div class="reduction-card" class:chosen=chosen>
                <p class="name">
                    {move || text().reduction_names[k]}
                    <Show when=chosen>
                        " "
                        <span class="chosen-badge">{move || text().chosen}</span>
                    </Show>
                </p>
                <p class="reduction-formula">
                    {factor} "Σ" <sub>"j"</sub> " Σ" <sub>"i"</sub> " L" <sub>"ji"</sub> {divided}
                </p>
                <p class="reduction-value">
                    <Readout quantity=REDUCTION_QUANTITIES[k] value=value />
                    <span class="unit-suffix">{unit_name}</span>
                </p>
                <p class="matches">{move || text().reduction_matches[k]}</p>
            </div>
        }
    };

    // The batch's labels while its numbers are valid. The written-out sum and the table are
    // built again only when this changes; a slider move rewrites the text of their terms and
    // cells in place.
    let layout = Memo::new(move |_| {
        let valid = predicted.with(Result::is_ok)
            && node_losses.with(Result::is_ok)
            && losses.with(Result::is_ok)
            && keras_losses.with(Result::is_ok);
        valid.then(|| state.with(label_rows))
    });
    let q_at = move |j: usize, i: usize| {
        predicted.with(|q| entry_at(q.as_deref().unwrap_or_default(), j, i))
    };

    // The tutorial's double sum with every term written out, one line per sample.
    let double_sum = move || {
        let Some(labels) = layout.get() else {
            return ().into_any();
        };
        let log = log();
        let lines = labels
            .into_iter()
            .enumerate()
            .map(|(j, y)| {
                let terms = y
                    .into_iter()
                    .enumerate()
                    .map(|(i, yi)| {
                        let plus = (i > 0).then_some(" + ");
                        view! {
                            {plus}
                            <span class="sum-group">
                                "(" {weighted_log_term(yi, log, move || q_at(j, i))} " + "
                                {weighted_log_term(1.0 - yi, log, move || 1.0 - q_at(j, i))} ")"
                            </span>
                        }
                    })
                    .collect_view();
                let per_node = move || {
                    node_losses.with(|nodes| {
                        shown_terms(nodes.as_ref().map(|n| &n[j][..]).unwrap_or_default())
                    })
                };
                let sample = move || losses.with(|l| shown(&nth(l, j)));
                view! {
                    <p class="substituted">
                        <span class="sample-tag">"j = " {j + 1} ": "</span>
                        "−[" {terms} "] = " {per_node} " = " {sample}
                    </p>
                }
            })
            .collect_view();
        // With one sample the total is that sample's loss; with more, their sum is written out.
        let per_sample = move || {
            losses.with(|l| {
                let l = l.as_deref().unwrap_or_default();
                (l.len() > 1).then(|| format!("{} = ", shown_terms(l)))
            })
        };
        view! {
            {lines}
            <p class="substituted">"L = " {per_sample} {move || shown(&reduced(0))} " " {unit_name}</p>
        }
        .into_any()
    };

    let table = move || {
        let Some(labels) = layout.get() else {
            return ().into_any();
        };
        let n = labels.first().map_or(0, Vec::len);
        let body = labels
            .into_iter()
            .enumerate()
            .flat_map(|(j, y)| {
                y.into_iter().enumerate().map(move |(i, hot)| {
                    let first = (i == 0).then(|| {
                        view! {
                            <th scope="row" rowspan=n>{j + 1}</th>
                        }
                    });
                    let last = (i == 0).then(|| {
                        view! {
                            <td rowspan=n>{move || losses.with(|l| shown(&nth(l, j)))}</td>
                            <td rowspan=n>{move || keras_losses.with(|l| shown(&nth(l, j)))}</td>
                        }
                    });
                    view! {
                        <tr class:sample-start=i == 0>
                            {first}
                            <td class="name-cell">{move || class_name(i)}</td>
                            <td>{if hot == 1.0 { "1" } else { "0" }}</td>
                            <td>{move || rounded(q_at(j, i))}</td>
                            <td>{move || node_losses.with(|nodes| shown(&nth_entry(nodes, j, i)))}</td>
                            {last}
                        </tr>
                    }
                })
            })
            .collect_view();
        view! {
            <table class="numbers batch-table">
                <caption>{move || (text().editor.in_unit)(text().editor.table_caption, unit_name())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || text().editor.sample_column}</th>
                        <th scope="col" class="name-cell">{move || text().node_column}</th>
                        <th scope="col">{move || text().label_column}</th>
                        <th scope="col">{move || text().prediction_column}</th>
                        <th scope="col">{move || text().node_loss_label}</th>
                        <th scope="col">{move || text().sample_loss_column}</th>
                        <th scope="col">{move || text().keras_mean_column}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        }
        .into_any()
    };

    let library_rows = move || {
        let unit = unit.get();
        clamped
            .get()
            .into_iter()
            .map(|node| {
                let (j, i) = (node.sample, node.node);
                let pytorch = Signal::derive(move || Ok(unit.from_nats(node.pytorch)));
                let keras = Signal::derive(move || Ok(unit.from_nats(node.keras)));
                view! {
                    <tr>
                        <th scope="row">{j + 1}</th>
                        <td class="name-cell">{class_name(i)}</td>
                        <td>"∞"</td>
                        <td><Readout quantity="pytorch_node_loss" value=pytorch index=j node=i /></td>
                        <td><Readout quantity="keras_node_loss" value=keras index=j node=i /></td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <div class="lesson lesson-batch lesson-multi-label">
            <p class="lesson-intro">{move || text().intro}</p>
            <p>{move || text().node_text}</p>
            <div class="formula">
                <math display="block">
                    <mrow>
                        {math_ji("L")}
                        <mo>"="</mo>
                        <mo>"−"</mo>
                        <mo>"["</mo>
                        {math_ji("y")}
                        <mi>{log}</mi>
                        <mspace width="0.2em"></mspace>
                        {math_ji("q")}
                        <mo>"+"</mo>
                        <mo>"("</mo>
                        <mn>"1"</mn>
                        <mo>"−"</mo>
                        {math_ji("y")}
                        <mo>")"</mo>
                        <mi>{log}</mi>
                        <mspace width="0.2em"></mspace>
                        <mo>"("</mo>
                        <mn>"1"</mn>
                        <mo>"−"</mo>
                        {math_ji("q")}
                        <mo>")"</mo>
                        <mo>"]"</mo>
                    </mrow>
                </math>
                <math display="block">
                    <mrow>
                        <mi>"L"</mi>
                        <mo>"="</mo>
                        {math_sum("j", "m")}
                        {math_sum("i", "n")}
                        {math_ji("L")}
                    </mrow>
                </math>
            </div>
            <p>{move || text().example_text}</p>
            <div class="callout softmax-wrong" role="note">
                <h2>{move || text().softmax_wrong_title}</h2>
                <p>{move || text().softmax_wrong}</p>
            </div>
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
            <p class="note">{move || text().keras_note}</p>
            <section class="reductions" aria-labelledby="multi-label-reductions">
                <h2 id="multi-label-reductions">{move || text().reductions_heading}</h2>
                <div class="controls-row">
                    <label class="select-label">
                        <span>{move || text().reduction_label}</span>
                        " "
                        <select
                            data-testid="reduction"
                            on:input=move |ev| {
                                if let Some(chosen) = Reduction::parse(&event_target_value(&ev)) {
                                    state.update(|s| s.reduction = chosen);
                                }
                            }
                        >
                            {Reduction::ALL
                                .iter()
                                .enumerate()
                                .map(|(k, &r)| {
                                    view! {
                                        <option value=r.id() prop:selected=move || reduction.get() == r>
                                            {move || text().reduction_names[k]}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
                <div class="reduction-grid">
                    {(0..Reduction::ALL.len()).map(reduction_card).collect_view()}
                </div>
                <div class="readouts">
                    <p class="readout-card readout-main">
                        <span class="name">
                            {move || format!("{} · {}", text().batch_loss_label, text().reduction_names[reduction_index(reduction.get())])}
                        </span>
                        <Readout quantity="batch_loss" value=batch_loss />
                        <span class="unit-suffix">{unit_name}</span>
                    </p>
                </div>
                <p class="note">{move || (text().factors_note)(samples.get(), classes.get())}</p>
            </section>
            <Show when=move || !clamped.with(Vec::is_empty)>
                <section class="library-values">
                    <h2 id="multi-label-library">{move || text().library_heading}</h2>
                    <p class="infinity-note">{move || text().infinity_note}</p>
                    <div class="table-wrap" role="region" aria-labelledby="multi-label-library" tabindex="0">
                        <table class="numbers">
                            <thead>
                                <tr>
                                    <th scope="col">{move || text().editor.sample_column}</th>
                                    <th scope="col" class="name-cell">{move || text().node_column}</th>
                                    <th scope="col">{move || text().exact_column}</th>
                                    <th scope="col">{move || (text().editor.in_unit)(text().pytorch_column, unit_name())}</th>
                                    <th scope="col">{move || (text().editor.in_unit)(text().keras_column, unit_name())}</th>
                                </tr>
                            </thead>
                            <tbody>{library_rows}</tbody>
                        </table>
                    </div>
                </section>
            </Show>
            <Chart
                name="batch-losses"
                figure=figure
                alt=alt
                title=Signal::derive(move || text().chart_title.to_string())
            />
            <section class="formula double-sum" aria-labelledby="multi-label-double-sum">
                <h2 id="multi-label-double-sum" class="formula-heading">{move || text().editor.double_sum_heading}</h2>
                <p class="substituted">
                    "L = −Σ" <sub>"j"</sub> " Σ" <sub>"i"</sub> " [y" <sub>"ji"</sub> " " {log} " q" <sub>"ji"</sub>
                    " + (1 − y" <sub>"ji"</sub> ") " {log} "(1 − q" <sub>"ji"</sub> ")]"
                </p>
                {double_sum}
                <p class="note">{move || text().vanishing_note}</p>
            </section>
            <div class="table-wrap" role="region" aria-label=move || text().editor.table_caption tabindex="0">
                {table}
            </div>
            <ExportCsv name="multi-label" rows=csv_rows />
            <Announcer text=announcement />
        </div>
    }
}

