//! The prediction's numbers: the formulas with their substituted lines, the per-class table,
//! the readouts and the section on convexity.

use leptos::prelude::*;

use super::{reading, Lesson};
use crate::components::{use_strings, use_unit};
use crate::lessons::kit::{text, text_when, Formula, Note, ReadoutCard};
use crate::lessons::mse_vs_ce::model::Prediction;

/// SE = (1 − q_t)² + Σ_{i≠t} q_i², the first of the formula's two equalities.
const SQUARED_ERROR_MARKUP: &str = concat!(
    "<mi>SE</mi><mo>=</mo>",
    "<msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo><msub><mi>q</mi><mi>t</mi></msub><mo>)</mo></mrow><mn>2</mn></msup>",
    "<mo>+</mo><munder><mo>∑</mo><mrow><mi>i</mi><mo>≠</mo><mi>t</mi></mrow></munder>",
    "<msubsup><mi>q</mi><mi>i</mi><mn>2</mn></msubsup>",
);

/// = (1 − q_t)² (1 + Σ_{i≠t} r_i²), the second: a formula of its own, so a phone can put it on
/// its own line.
const SQUARED_ERROR_FACTORED_MARKUP: &str = concat!(
    "<mo>=</mo>",
    "<msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo><msub><mi>q</mi><mi>t</mi></msub><mo>)</mo></mrow><mn>2</mn></msup>",
    "<mrow><mo>(</mo><mn>1</mn><mo>+</mo><munder><mo>∑</mo><mrow><mi>i</mi><mo>≠</mo><mi>t</mi></mrow></munder>",
    "<msubsup><mi>r</mi><mi>i</mi><mn>2</mn></msubsup><mo>)</mo></mrow>",
);

/// ∂CE/∂z_t = q_t − 1 and ∂SE/∂z_t = −2 q_t · SE.
const GRADIENTS_MARKUP: &str = concat!(
    "<mfrac><mrow><mo>∂</mo><mi>CE</mi></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>t</mi></msub></mrow></mfrac>",
    "<mo>=</mo><msub><mi>q</mi><mi>t</mi></msub><mo>−</mo><mn>1</mn><mspace width=\"2em\"></mspace>",
    "<mfrac><mrow><mo>∂</mo><mi>SE</mi></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>t</mi></msub></mrow></mfrac>",
    "<mo>=</mo><mo>−</mo><mn>2</mn><msub><mi>q</mi><mi>t</mi></msub><mo>⋅</mo><mi>SE</mi>",
);

/// Both losses of one sample as formulas, then with the current numbers.
#[component]
pub(super) fn SquaredErrorFormulas(lesson: Lesson) -> impl IntoView {
    let (strings, unit, prediction) = (use_strings(), use_unit(), lesson.prediction);
    let substituted_cross_entropy = move || {
        let unit = unit.get();
        prediction.with(|p| p.substituted_cross_entropy(unit, strings.get().ui.unit_name(unit)))
    };
    view! {
        <div class="formula">
            <div class="formula-math">
                <Formula markup=SQUARED_ERROR_MARKUP label="SE = (1 − q_t)² + Σ q_i²" />
                <Formula
                    markup=SQUARED_ERROR_FACTORED_MARKUP
                    label="= (1 − q_t)² (1 + Σ r_i²)"
                />
            </div>
            <Formula
                markup="<mi>CE</mi><mo>=</mo><mo>−</mo>{log}<msub><mi>q</mi><mi>t</mi></msub>"
                label="CE = −log q_t"
            />
            <p class="substituted" data-testid="substituted">
                {move || prediction.with(Prediction::substituted_squared_error)}
            </p>
            <p class="substituted">{substituted_cross_entropy}</p>
        </div>
    }
}

/// The table of every class: label, logit, probability and both gradients (the model's rows).
#[component]
pub(super) fn ClassTable(lesson: Lesson) -> impl IntoView {
    let (strings, true_class) = (use_strings(), lesson.true_class);
    let rows = Memo::new(move |_| lesson.prediction.with(Prediction::table_rows));
    let true_mark =
        Signal::derive(move || format!(" ({})", strings.get().mse_vs_ce().true_class_label));
    let row = move |i: usize| {
        let is_true = move || true_class.get() == i;
        let cell = move |k: usize| {
            move || {
                rows.with(|r| {
                    r.get(i)
                        .and_then(|row| row.get(k))
                        .cloned()
                        .unwrap_or_default()
                })
            }
        };
        view! {
            <tr class:highlight=is_true>
                <td>
                    {move || (strings.get().mse_vs_ce().class_name)(i)}
                    <Show when=is_true>
                        <span class="true-mark" aria-hidden="true">"★"</span>
                        <span class="sr-only">{true_mark}</span>
                    </Show>
                </td>
                <td>{cell(0)}</td>
                <td>{cell(1)}</td>
                <td>{cell(2)}</td>
                <td>{cell(3)}</td>
                <td>{cell(4)}</td>
            </tr>
        }
    };
    view! {
        // The caption stays outside the scrolling box, so it stays readable when a phone has
        // to scroll a table of eight classes.
        <p class="mse-table-caption" id="mse-table-caption">
            {text(|s| s.mse_vs_ce().table_caption)}
        </p>
        <div class="table-wrap">
            <table class="numbers mse-table" aria-labelledby="mse-table-caption">
                <thead>
                    <tr>
                        <th scope="col">{text(|s| s.mse_vs_ce().col_class)}</th>
                        <th scope="col">"y"</th>
                        <th scope="col">"z"</th>
                        <th scope="col">"q = softmax(z)"</th>
                        <th scope="col">"∂CE/∂z_i"</th>
                        <th scope="col">"∂SE/∂z_i"</th>
                    </tr>
                </thead>
                <tbody>{move || (0..lesson.classes.get()).map(row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// The readouts of the current point, the note on an infinite cross-entropy, what a library's
/// mean squared error reports (`data-testid="library-mse"`) and the note on units.
#[component]
pub(super) fn PredictionReadouts(lesson: Lesson) -> impl IntoView {
    let (strings, unit, prediction) = (use_strings(), use_unit(), lesson.prediction);
    let library_mse = move || prediction.with(|p| p.library_mse_note(strings.get().mse_vs_ce()));
    let cross_entropy = Signal::derive(move || prediction.with(|p| p.cross_entropy(unit.get())));
    let infinite = Signal::derive(move || prediction.with(Prediction::cross_entropy_is_infinite));
    view! {
        <div class="readouts">
            <ReadoutCard
                label=text(|s| s.mse_vs_ce().readout_probability_true)
                quantity="probability_true"
                value=reading(prediction, Prediction::probability_true)
                bare=true
            />
            <ReadoutCard
                label=text(|s| s.mse_vs_ce().readout_cross_entropy)
                quantity="cross_entropy"
                value=cross_entropy
            />
            <ReadoutCard
                label=text(|s| s.mse_vs_ce().readout_squared_error)
                quantity="squared_error"
                value=reading(prediction, Prediction::squared_error)
                bare=true
            />
            <ReadoutCard
                label=text(|s| s.mse_vs_ce().readout_grad_cross_entropy)
                quantity="grad_cross_entropy_z"
                value=reading(prediction, Prediction::grad_cross_entropy)
                bare=true
            />
            <ReadoutCard
                label=text(|s| s.mse_vs_ce().readout_grad_squared_error)
                quantity="grad_squared_error_z"
                value=reading(prediction, Prediction::grad_squared_error)
                bare=true
            />
        </div>
        <Note text=text_when(infinite, |s| s.mse_vs_ce().underflow_note) class="infinity-note" />
        <p class="note library-mse" data-testid="library-mse">{library_mse}</p>
        <div class="note nats-note">
            <p>{text(|s| s.mse_vs_ce().units_note)}</p>
            <p>{text(|s| s.mse_vs_ce().charts_in_nats)}</p>
        </div>
    }
}

/// Is the squared error non-convex? Against which axis, what it means for training, and the
/// gradients' formulas.
#[component]
pub(super) fn Convexity(lesson: Lesson) -> impl IntoView {
    let prediction = lesson.prediction;
    view! {
        <h2>{text(|s| s.mse_vs_ce().convexity_heading)}</h2>
        <p>{text(|s| s.mse_vs_ce().convex_in_probability)}</p>
        <p>{text(|s| s.mse_vs_ce().not_convex_in_logit)}</p>
        <p>{text(|s| s.mse_vs_ce().training_convexity)}</p>
        <p>{text(|s| s.mse_vs_ce().gradients)}</p>
        <div class="formula">
            <Formula markup=GRADIENTS_MARKUP label="∂CE/∂z_t = q_t − 1; ∂SE/∂z_t = −2 q_t SE" />
            <p class="substituted" data-testid="substituted-gradients">
                {move || prediction.with(Prediction::substituted_gradients)}
            </p>
        </div>
    }
}
