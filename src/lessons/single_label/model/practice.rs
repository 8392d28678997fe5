//! `single-label`'s practice questions: part of the lesson's model (plain Rust), answered
//! through the same functions the lesson's readouts use (`sample_losses`, `batch_loss`), in
//! the unit the reader reads.

use super::{batch_loss, predictions, sample_losses, SingleLabelState};
use crate::components::format::rounded;
use crate::i18n::practice::single_label::{
    BatchAsk, FromLogits, MeanOfLosses, SameTrueClass, SampleRow, TrueClassLoss,
};
use crate::i18n::Strings;
use crate::lessons::kit::practice::{
    in_other_unit, mn, Ask, ChoiceAsk, Draw, Mistake, NumberAsk, Question, SolutionLine, Template,
};
use crate::lessons::kit::short_probability;
use crate::math::Unit;
use crate::state::{ClassNames, InputKind, ViewState};

/// The lesson's templates, in the order the questions are shown.
pub const PRACTICE: &[Template] = &[
    Template {
        kind: "sample-loss",
        draw: sample_loss,
    },
    Template {
        kind: "batch-loss-mean",
        draw: batch_loss_mean,
    },
    Template {
        kind: "only-true-class-counts",
        draw: only_true_class_counts,
    },
    Template {
        kind: "loss-from-logits",
        draw: loss_from_logits,
    },
];

/// The classes of every question: three, named by the reader's language.
const CLASSES: usize = 3;

/// A batch of probability rows over [`CLASSES`] classes with the default names.
fn batch(labels: Vec<usize>, q: Vec<Vec<f64>>, input: InputKind) -> SingleLabelState {
    SingleLabelState {
        labels,
        q,
        classes: ClassNames::Default(CLASSES),
        input,
    }
}

/// Draws `samples` samples: a true class and a two-decimal distribution (every entry at
/// least 0.05, so no loss is infinite) each.
fn draw_batch(draw: &mut Draw, samples: usize) -> SingleLabelState {
    let mut labels = Vec::with_capacity(samples);
    let mut q = Vec::with_capacity(samples);
    for _ in 0..samples {
        labels.push(draw.index(CLASSES));
        q.push(draw.distribution(CLASSES, 5));
    }
    batch(labels, q, InputKind::Prob)
}

/// The class names in the reader's language.
fn class_names(s: &Strings) -> Vec<String> {
    (s.single_label().editor.default_names)(CLASSES)
}

/// A row of numbers as the prompts write it, "(0.2, 0.5, 0.3)".
fn row_text(row: &[f64]) -> String {
    let entries: Vec<String> = row.iter().map(|&x| short_probability(x)).collect();
    format!("({})", entries.join(", "))
}

/// Every sample of `state` written out, "sample 1: true class frog, q = (...); sample 2: ...".
fn rows_text(state: &SingleLabelState, names: &[String], s: &Strings) -> String {
    let text = &s.practice().single_label;
    let rows: Vec<String> = state
        .labels
        .iter()
        .zip(&state.q)
        .enumerate()
        .map(|(j, (&label, q))| {
            (text.sample_row)(&SampleRow {
                sample: j + 1,
                class: &names[label],
                q: &row_text(q),
            })
        })
        .collect();
    rows.join(text.row_separator)
}

/// The losses the view shows per sample, in `unit` (finite for the rows drawn here).
fn losses(state: &SingleLabelState, unit: Unit) -> Vec<f64> {
    sample_losses(state, unit).unwrap_or_else(|_| vec![f64::NAN; state.labels.len()])
}

/// "L_j = −log q_t = −log q = value" as MathML.
fn sample_formula(sample: usize, q_true: &str, loss: f64) -> SolutionLine {
    SolutionLine::Formula {
        markup: format!(
            "<msub><mi>L</mi><mn>{sample}</mn></msub><mo>=</mo><mo>−</mo>{{log}}<msub><mi>q</mi><mi>t</mi></msub><mo>=</mo><mo>−</mo>{{log}}{}<mo>=</mo>{}",
            mn(q_true),
            mn(&rounded(loss)),
        ),
        label: format!("L{sample} = −log q_t = −log {q_true} = {}", rounded(loss)),
    }
}

/// A number answer in the unit, with the two slips every loss invites: the other logarithm
/// and a lost minus sign.
fn loss_ask(answer: f64, s: &Strings, unit: Unit, quantity: &'static str) -> NumberAsk {
    NumberAsk::new(answer, Some(s.ui.unit_name(unit)), quantity)
        .mistake(Mistake::OtherLogBase, in_other_unit(answer, unit))
        .mistake(Mistake::Sign, -answer)
}

/// The number question: one sample's loss in a batch of two, −log q of its true class.
fn sample_loss(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let state = draw_batch(draw, 2);
    let j = draw.index(2);
    let answer = losses(&state, unit)[j];
    let names = class_names(s);
    let text = &s.practice().single_label;
    let unit_name = s.ui.unit_name(unit);
    let class = &names[state.labels[j]];
    let q_true = short_probability(state.q[j][state.labels[j]]);
    let mut ask = loss_ask(answer, s, unit, "sample_loss");
    ask.index = Some(j);
    Question {
        kind: "",
        prompt: (text.sample_loss)(&BatchAsk {
            classes: &names.join(text.list_separator),
            rows: &rows_text(&state, &names, s),
            sample: j + 1,
            unit: unit_name,
        }),
        ask: Ask::Number(ask),
        solution: vec![
            sample_formula(j + 1, &q_true, answer),
            SolutionLine::Text((text.sample_loss_solution)(&TrueClassLoss {
                sample: j + 1,
                class,
                q_true: &q_true,
                loss: &rounded(answer),
                unit: unit_name,
            })),
        ],
        situation: ViewState::SingleLabel(state),
    }
}

/// The number question: the batch loss of two samples is the mean of their losses.
fn batch_loss_mean(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let state = draw_batch(draw, 2);
    let answer = batch_loss(&state, unit).unwrap_or(f64::NAN);
    let per_sample = losses(&state, unit);
    let sum: f64 = per_sample.iter().sum();
    let names = class_names(s);
    let text = &s.practice().single_label;
    let unit_name = s.ui.unit_name(unit);
    let shown: Vec<String> = per_sample.iter().map(|&x| rounded(x)).collect();
    let markup = format!(
        "<mi>L</mi><mo>=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>(</mo>{}<mo>+</mo>{}<mo>)</mo><mo>=</mo>{}",
        mn(&shown[0]),
        mn(&shown[1]),
        mn(&rounded(answer)),
    );
    Question {
        kind: "",
        prompt: (text.batch_loss)(&BatchAsk {
            classes: &names.join(text.list_separator),
            rows: &rows_text(&state, &names, s),
            sample: 0,
            unit: unit_name,
        }),
        ask: Ask::Number(
            loss_ask(answer, s, unit, "batch_loss").mistake(Mistake::SumInsteadOfMean, sum),
        ),
        solution: vec![
            SolutionLine::Formula {
                markup,
                label: format!(
                    "L = (1/2)({} + {}) = {}",
                    shown[0],
                    shown[1],
                    rounded(answer)
                ),
            },
            SolutionLine::Text((text.batch_loss_solution)(&MeanOfLosses {
                losses: &shown.join(text.list_separator),
                sum: &rounded(sum),
                mean: &rounded(answer),
                unit: unit_name,
            })),
        ],
        situation: ViewState::SingleLabel(state),
    }
}

/// A row that gives the true class `t` the probability `q_true_hundredths / 100`, the first
/// other class `first_other` hundredths and the second other class the rest.
fn row_with(t: usize, q_true_hundredths: i64, first_other: i64) -> Vec<f64> {
    let rest = 100 - q_true_hundredths;
    let mut others = [first_other, rest - first_other].into_iter();
    (0..CLASSES)
        .map(|i| {
            let hundredths = if i == t {
                q_true_hundredths
            } else {
                others.next().unwrap_or(0)
            };
            hundredths as f64 / 100.0
        })
        .collect()
}

/// The choice question: with a one-hot label only q of the true class counts, so two rows that
/// give it the same probability have the same loss however they split the rest.
fn only_true_class_counts(draw: &mut Draw, s: &Strings, _unit: Unit) -> Question {
    let t = draw.index(CLASSES);
    let q_true = draw.int(10, 80);
    let rest = 100 - q_true;
    let a_first = draw.int(5, rest - 5);
    let mut b_first = draw.int(5, rest - 5);
    // A different split, so the two rows differ (rest ≥ 20 leaves room on one side).
    if b_first == a_first {
        b_first = if a_first + 5 <= rest - 5 {
            a_first + 5
        } else {
            a_first - 5
        };
    }
    let (a, b) = (row_with(t, q_true, a_first), row_with(t, q_true, b_first));
    let names = class_names(s);
    let text = &s.practice().single_label;
    let q_true_text = short_probability(q_true as f64 / 100.0);
    let args = SameTrueClass {
        classes: &names.join(text.list_separator),
        class: &names[t],
        a: &row_text(&a),
        b: &row_text(&b),
        q_true: &q_true_text,
    };
    Question {
        kind: "",
        prompt: (text.same_true_class)(&args),
        ask: Ask::Choice(ChoiceAsk {
            options: text.same_true_class_options.iter().map(|o| o.to_string()).collect(),
            correct: 2,
        }),
        solution: vec![
            SolutionLine::Formula {
                markup: format!(
                    "<msub><mi>L</mi><mi>A</mi></msub><mo>=</mo><msub><mi>L</mi><mi>B</mi></msub><mo>=</mo><mo>−</mo>{{log}}{}",
                    mn(&q_true_text)
                ),
                label: format!("L_A = L_B = −log {q_true_text}"),
            },
            SolutionLine::Text((text.same_true_class_solution)(&args)),
        ],
        situation: ViewState::SingleLabel(batch(vec![t, t], vec![a, b], InputKind::Prob)),
    }
}

/// The number question: one sample given as logits; softmax, then −log of the true class.
fn loss_from_logits(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let z: Vec<f64> = (0..CLASSES).map(|_| draw.tenths(-20, 20)).collect();
    let t = draw.index(CLASSES);
    let state = batch(vec![t], vec![z], InputKind::Logit);
    let answer = losses(&state, unit)[0];
    let q_true = predictions(&state).map_or(f64::NAN, |q| q[0][t]);
    let names = class_names(s);
    let text = &s.practice().single_label;
    let unit_name = s.ui.unit_name(unit);
    let q_true_text = rounded(q_true);
    let args = FromLogits {
        classes: &names.join(text.list_separator),
        class: &names[t],
        z: &row_text(&state.q[0]),
        q_true: &q_true_text,
        loss: &rounded(answer),
        unit: unit_name,
    };
    let exponentials: Vec<String> = state.q[0]
        .iter()
        .map(|&z| {
            format!(
                "<msup><mi>e</mi><mrow>{}</mrow></msup>",
                mn(&short_probability(z))
            )
        })
        .collect();
    let softmax_markup = format!(
        "<msub><mi>q</mi><mi>t</mi></msub><mo>=</mo><mfrac>{}<mrow>{}</mrow></mfrac><mo>=</mo>{}",
        exponentials[t],
        exponentials.join("<mo>+</mo>"),
        mn(&q_true_text),
    );
    let mut ask = loss_ask(answer, s, unit, "sample_loss");
    ask.index = Some(0);
    Question {
        kind: "",
        prompt: (text.from_logits)(&args),
        ask: Ask::Number(ask),
        solution: vec![
            SolutionLine::Formula {
                markup: softmax_markup,
                label: format!("q_t = softmax(z)_t = {q_true_text}"),
            },
            sample_formula(1, &q_true_text, answer),
            SolutionLine::Text((text.from_logits_solution)(&args)),
        ],
        situation: ViewState::SingleLabel(state),
    }
}

#[cfg(test)]
mod tests;
