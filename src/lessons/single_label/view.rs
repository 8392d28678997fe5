//! Step 7, `single-label`: a batch of samples, each with exactly one true class. Per sample the
//! cross-entropy between the one-hot label and the predicted distribution, −log q_true; over
//! the batch their mean, written out as the full double sum −(1/m) Σ_j Σ_i y_ji log q_ji.

use leptos::prelude::*;

use crate::charts::{BatchLosses, BatchLossesLabels, Figure};
use crate::lessons::kit::batch::{math_ji, math_sum, weighted_log_term, PredictionSlider, Predictions};
use crate::lessons::kit::batch_model::{entry_at, nth, sample_items, shown_terms, BatchState, Example, LOGIT_LIMIT};
use crate::components::url::sync_url;
use crate::components::{format::{full_precision, rounded}, shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, Readout};
use crate::lessons::kit::{preset_labels, BatchControls, BatchEdits, Note, ReadoutCard};
use crate::math::{self, MathError, Unit};
use crate::state::{
    ClassNames, InputKind, SingleLabelState, ViewId, ViewState, MAX_CLASSES, MAX_SAMPLES,
    MIN_CLASSES,
};

/// An example of the preset menu: a label chooser and the state it sets.
type Preset = Example<SingleLabelState>;

/// The examples of the preset menu.
const PRESETS: [Preset; 6] = [
    (
        |s| s.single_label.preset_tutorial,
        SingleLabelState::default,
    ),
    (
        |s| s.single_label.preset_confident_mistake,
        || SingleLabelState {
            labels: vec![1, 0, 2],
            q: vec![
                vec![0.3, 0.6, 0.1],
                vec![0.7, 0.2, 0.1],
                vec![0.9, 0.05, 0.05],
            ],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label.preset_perfect,
        || SingleLabelState {
            labels: vec![1],
            q: vec![vec![0.0, 1.0, 0.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label.preset_certain_mistake,
        || SingleLabelState {
            labels: vec![2],
            q: vec![vec![0.5, 0.5, 0.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label.preset_uniform,
        || SingleLabelState {
            labels: vec![0],
            q: vec![vec![0.25; 4]],
            classes: ClassNames::Default(4),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label.preset_logits,
        || SingleLabelState {
            // The logarithms of a distribution are logits whose softmax is that distribution.
            q: vec![[0.3f64, 0.6, 0.1].map(f64::ln).to_vec()],
            input: InputKind::Logit,
            ..SingleLabelState::default()
        },
    ),
];

// ---- editing the state (every edit keeps the invariants of `SingleLabelState`) -------------

impl BatchState for SingleLabelState {
    /// Appends a sample with a uniform prediction (or all-zero logits); its true class cycles
    /// through the classes so a growing batch has some variety.
    fn add_sample(&mut self) {
        let (samples, classes) = (self.labels.len(), self.classes.len());
        if samples >= MAX_SAMPLES {
            return;
        }
        let row = match self.input {
            InputKind::Prob => match math::uniform(classes) {
                Ok(row) => row,
                Err(_) => return,
            },
            InputKind::Logit => vec![0.0; classes],
        };
        self.labels.push(samples % classes);
        self.q.push(row);
    }

    /// Removes the last sample, keeping at least one.
    fn remove_sample(&mut self) {
        if self.labels.len() > 1 {
            self.labels.pop();
            self.q.pop();
        }
    }

    /// Appends a class named `name`. With probabilities it takes a share 1/(n+1) of every row
    /// (the others shrink in proportion); with logits it gets the logit 0.
    fn add_class(&mut self, name_for: fn(usize) -> String) {
        let classes = self.classes.len();
        if classes >= MAX_CLASSES {
            return;
        }
        let share = 1.0 / (classes + 1) as f64;
        for row in &mut self.q {
            row.push(0.0);
            if self.input == InputKind::Prob {
                if let Ok(next) = math::set_entry(row, classes, share) {
                    *row = next;
                }
            }
        }
        self.classes.push(name_for);
    }

    /// Removes the last class. Probability rows are renormalised (uniform if nothing is left);
    /// samples whose true class it was move to the new last class.
    fn remove_class(&mut self) {
        let classes = self.classes.len();
        if classes <= MIN_CLASSES {
            return;
        }
        self.classes.pop();
        for row in &mut self.q {
            row.pop();
            if self.input == InputKind::Prob {
                if let Ok(next) = math::renormalise(row).or_else(|_| math::uniform(classes - 1)) {
                    *row = next;
                }
            }
        }
        for label in &mut self.labels {
            *label = (*label).min(classes - 2);
        }
    }

    /// Keeps the prediction: a row of probabilities becomes its logarithms (softmax undoes that;
    /// a 0 becomes the slider's lowest logit), a row of logits becomes its softmax.
    fn converted_row(row: &[f64], kind: InputKind) -> Result<Vec<f64>, MathError> {
        match kind {
            InputKind::Logit => Ok(row.iter().map(|&q| q.ln().max(-LOGIT_LIMIT)).collect()),
            InputKind::Prob => math::softmax(row),
        }
    }

    fn predictions_mut(&mut self) -> (&mut Vec<Vec<f64>>, &mut InputKind) {
        (&mut self.q, &mut self.input)
    }

    fn classes_mut(&mut self) -> &mut ClassNames {
        &mut self.classes
    }

    /// Moves entry i of sample j: a probability through `math::set_entry` (the row stays a
    /// distribution), a logit as it is.
    fn set_prediction(&mut self, sample: usize, class: usize, value: f64) {
        let input = self.input;
        let Some(row) = self.q.get_mut(sample) else {
            return;
        };
        match input {
            InputKind::Prob => {
                if let Ok(next) = math::set_entry(row, class, value) {
                    *row = next;
                }
            }
            InputKind::Logit => {
                if let Some(logit) = row.get_mut(class).filter(|_| value.is_finite()) {
                    *logit = value;
                }
            }
        }
    }

    fn rows(&self) -> &[Vec<f64>] {
        &self.q
    }
}

fn set_label(state: &mut SingleLabelState, sample: usize, class: usize) {
    if class < state.classes.len() {
        if let Some(label) = state.labels.get_mut(sample) {
            *label = class;
        }
    }
}

// ---- the numbers (all through src/math, in nats; the view converts) -----------------------

/// The labels y_j as one-hot rows.
fn one_hot_rows(state: &SingleLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    let classes = state.classes.len();
    state
        .labels
        .iter()
        .map(|&class| math::one_hot(class, classes))
        .collect()
}

/// The predicted distributions q_j: the rows themselves, or the softmax of each row of logits.
fn predictions(state: &SingleLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    match state.input {
        InputKind::Prob => Ok(state.q.clone()),
        InputKind::Logit => state.q.iter().map(|z| math::softmax(z)).collect(),
    }
}

/// The terms y_ji · (−ln q_ji) of every sample, in nats. With logits, −ln q comes from the
/// log-softmax, exact for any finite logits.
fn terms_nats(state: &SingleLabelState) -> Result<Vec<Vec<f64>>, MathError> {
    let labels = one_hot_rows(state)?;
    labels
        .iter()
        .zip(&state.q)
        .map(|(y, row)| match state.input {
            InputKind::Prob => math::cross_entropy_terms(y, row, Unit::Nats),
            InputKind::Logit => Ok(y
                .iter()
                .zip(math::log_softmax(row)?)
                .map(|(&yi, log_q)| if yi == 0.0 { 0.0 } else { -yi * log_q })
                .collect()),
        })
        .collect()
}

/// Each sample's loss −Σ_i y_ji ln q_ji = −ln q_true, in nats.
fn sample_losses_nats(state: &SingleLabelState) -> Result<Vec<f64>, MathError> {
    let labels = one_hot_rows(state)?;
    match state.input {
        InputKind::Prob => math::sample_cross_entropies(&labels, &state.q),
        InputKind::Logit => labels
            .iter()
            .zip(&state.q)
            .map(|(y, z)| math::softmax_cross_entropy(y, z))
            .collect(),
    }
}

/// The batch loss −(1/m) Σ_j Σ_i y_ji ln q_ji, in nats.
fn batch_loss_nats(state: &SingleLabelState) -> Result<f64, MathError> {
    match state.input {
        InputKind::Prob => math::batch_cross_entropy(&one_hot_rows(state)?, &state.q),
        // The per-sample losses come from the logits (see `sample_losses_nats`); their mean
        // is taken as `math::batch_cross_entropy` takes it.
        InputKind::Logit => {
            let losses = sample_losses_nats(state)?;
            Ok(losses.iter().sum::<f64>() / losses.len() as f64)
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn is_distribution(row: &[f64]) -> bool {
        math::check_distribution(row).is_ok()
    }

    #[test]
    fn the_default_is_the_tutorials_sample() {
        let state = SingleLabelState::default();
        let loss = batch_loss_nats(&state).unwrap();
        assert!((loss - 0.5108256237659907).abs() < 1e-15, "{loss}");
        assert_eq!(sample_losses_nats(&state).unwrap(), vec![loss]);
        // Only the true class's term survives the one-hot label.
        let terms = terms_nats(&state).unwrap();
        assert_eq!(terms[0][0], 0.0);
        assert_eq!(terms[0][2], 0.0);
        assert_eq!(terms[0][1], loss);
    }

    #[test]
    fn logits_give_the_same_losses_as_their_softmax() {
        let mut state = PRESETS[1].1();
        let from_probabilities = sample_losses_nats(&state).unwrap();
        state.set_input_kind(InputKind::Logit);
        assert_eq!(state.input, InputKind::Logit);
        let from_logits = sample_losses_nats(&state).unwrap();
        for (a, b) in from_probabilities.iter().zip(&from_logits) {
            assert!((a - b).abs() < 1e-12, "{a} vs {b}");
        }
        state.set_input_kind(InputKind::Prob);
        assert!(state.q.iter().all(|row| is_distribution(row)));
        assert!(
            (batch_loss_nats(&state).unwrap() - batch_loss_nats(&PRESETS[1].1()).unwrap()).abs()
                < 1e-12
        );
    }

    #[test]
    fn huge_logits_keep_a_finite_exact_loss() {
        let state = SingleLabelState {
            labels: vec![1],
            q: vec![vec![1000.0, 0.0, 0.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Logit,
        };
        assert_eq!(sample_losses_nats(&state).unwrap(), vec![1000.0]);
        assert_eq!(terms_nats(&state).unwrap()[0][1], 1000.0);
    }

    #[test]
    fn a_certain_mistake_is_infinite() {
        let state = PRESETS[3].1();
        assert_eq!(batch_loss_nats(&state), Ok(f64::INFINITY));
    }

    #[test]
    fn edits_keep_the_invariants() {
        let mut state = SingleLabelState::default();
        for _ in 0..10 {
            state.add_sample();
        }
        assert_eq!(state.labels.len(), MAX_SAMPLES);
        assert_eq!(state.q.len(), MAX_SAMPLES);
        for _ in 0..10 {
            state.add_class(|k| format!("extra {k}"));
        }
        assert_eq!(state.classes.len(), MAX_CLASSES);
        assert!(state
            .q
            .iter()
            .all(|row| row.len() == MAX_CLASSES && is_distribution(row)));
        set_label(&mut state, 2, 7);
        set_label(&mut state, 2, 8); // out of range: ignored
        assert_eq!(state.labels[2], 7);
        state.set_prediction(2, 7, 0.9);
        assert_eq!(state.q[2][7], 0.9);
        assert!(is_distribution(&state.q[2]));
        for _ in 0..10 {
            state.remove_class();
        }
        assert_eq!(state.classes.len(), MIN_CLASSES);
        assert!(state.labels.iter().all(|&label| label < MIN_CLASSES));
        assert!(state
            .q
            .iter()
            .all(|row| row.len() == MIN_CLASSES && is_distribution(row)));
        for _ in 0..10 {
            state.remove_sample();
        }
        assert_eq!((state.labels.len(), state.q.len()), (1, 1));
    }

    #[test]
    fn removing_the_class_that_held_all_the_mass_leaves_a_uniform_row() {
        let mut state = SingleLabelState {
            labels: vec![2],
            q: vec![vec![0.0, 0.0, 1.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        };
        state.remove_class();
        assert_eq!(state.q, vec![vec![0.5, 0.5]]);
        assert_eq!(state.labels, vec![1]);
    }

    #[test]
    fn presets_are_valid_states() {
        for (_, preset) in PRESETS {
            let state = preset();
            assert_eq!(state.labels.len(), state.q.len());
            assert!(state.q.iter().all(|row| row.len() == state.classes.len()));
            assert!(sample_losses_nats(&state).is_ok());
        }
    }
}
