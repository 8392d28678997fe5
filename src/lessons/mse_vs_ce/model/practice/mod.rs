//! `mse-vs-ce`'s practice questions: part of the lesson's model (plain Rust). Every answer is
//! worked out by the lesson's own [`Prediction`] and [`RaceOutcome`] from the question's
//! situation, so "show me in the lab" displays exactly the answer.

use super::{MseVsCeState, Prediction, RaceOutcome};
use crate::components::format::{rounded, rounded_to};
use crate::i18n::practice::mse_vs_ce::{
    AtProbability, ConfidentlyWrong, FromLogits, LibraryMean, RaceResult, RaceStart,
};
use crate::i18n::Strings;
use crate::lessons::kit::practice::{
    in_other_unit, mn, Ask, ChoiceAsk, Draw, Mistake, NumberAsk, Question, SolutionLine, Template,
};
use crate::lessons::kit::short_probability;
use crate::math::{Unit, RACE_STEP_CAP};
use crate::state::ViewState;

#[cfg(test)]
mod tests;

/// The lesson's templates, in the order the questions are shown.
pub const PRACTICE: &[Template] = &[
    Template {
        kind: "grad-cross-entropy-at-q",
        draw: grad_cross_entropy_at_q,
    },
    Template {
        kind: "cross-entropy-of-logits",
        draw: cross_entropy_of_logits,
    },
    Template {
        kind: "squared-error-of-logits",
        draw: squared_error_of_logits,
    },
    Template {
        kind: "race-winner",
        draw: race_winner,
    },
    Template {
        kind: "squared-error-gradient-vanishes",
        draw: squared_error_gradient_vanishes,
    },
];

/// The learning rate of the situations whose question is not about the race: the lesson's
/// default, so the race beside them is the one a reader first sees.
const DEFAULT_RATE: f64 = 1.0;

/// The race's learning rates a question draws from: within the slider's range (and far below
/// `MAX_LEARNING_RATE`), from slow to so fast that both runs may need a single step.
const RACE_RATES: [f64; 6] = [0.1, 0.5, 1.0, 2.0, 5.0, 10.0];

fn state(true_class: usize, z: Vec<f64>, learning_rate: f64) -> MseVsCeState {
    MseVsCeState {
        true_class,
        z,
        learning_rate,
    }
}

/// A number of classes, a true class among them and a logit per class with one decimal: the
/// true class's in `true_range` tenths, the others in `other_range` tenths. The number of draws
/// depends on the drawn number of classes only.
fn draw_logits(
    draw: &mut Draw,
    classes: (i64, i64),
    true_range: (i32, i32),
    other_range: (i32, i32),
) -> (usize, Vec<f64>) {
    let n = draw.int(classes.0, classes.1) as usize;
    let t = draw.index(n);
    let z = (0..n)
        .map(|i| {
            let (lo, hi) = if i == t { true_range } else { other_range };
            draw.tenths(lo, hi)
        })
        .collect();
    (t, z)
}

/// A whole number with its thousands grouped by commas, as the lesson writes the step cap in
/// both languages: 10000 → "10,000".
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// z written for a reader: "(0.5, −1.2, 2.0)".
fn logits_text(z: &[f64]) -> String {
    let entries: Vec<String> = z.iter().map(|&x| rounded_to(x, 1)).collect();
    format!("({})", entries.join(", "))
}

/// ∂CE/∂z_t as MathML, for the formulas below.
const GRAD_CE: &str = "<mfrac><mrow><mo>∂</mo><mi>CE</mi></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>t</mi></msub></mrow></mfrac>";
/// ∂SE/∂z_t as MathML.
const GRAD_SE: &str = "<mfrac><mrow><mo>∂</mo><mi>SE</mi></mrow><mrow><mo>∂</mo><msub><mi>z</mi><mi>t</mi></msub></mrow></mfrac>";
/// q_t as MathML.
const Q_T: &str = "<msub><mi>q</mi><mi>t</mi></msub>";

/// "∂CE/∂z_t = q_t − 1 = q − 1 = value".
fn grad_cross_entropy_line(q: &str, value: f64) -> SolutionLine {
    SolutionLine::Formula {
        markup: format!(
            "{GRAD_CE}<mo>=</mo>{Q_T}<mo>−</mo><mn>1</mn><mo>=</mo>{}<mo>−</mo><mn>1</mn><mo>=</mo>{}",
            mn(q),
            mn(&rounded(value)),
        ),
        label: format!("∂CE/∂z_t = q_t − 1 = {q} − 1 = {}", rounded(value)),
    }
}

/// "∂SE/∂z_t = −2 q_t · SE = −2 · q · se = value".
fn grad_squared_error_line(q: &str, squared_error: f64, value: f64) -> SolutionLine {
    let se = rounded(squared_error);
    SolutionLine::Formula {
        markup: format!(
            "{GRAD_SE}<mo>=</mo><mo>−</mo><mn>2</mn>{Q_T}<mo>⋅</mo><mi>SE</mi><mo>=</mo><mo>−</mo><mn>2</mn><mo>⋅</mo>{}<mo>⋅</mo>{}<mo>=</mo>{}",
            mn(q),
            mn(&se),
            mn(&rounded(value)),
        ),
        label: format!("∂SE/∂z_t = −2 q_t · SE = −2 · {q} · {se} = {}", rounded(value)),
    }
}

/// "q_t = e^(z_t) / (e^(z_1) + … + e^(z_n)) = q".
fn softmax_line(z: &[f64], t: usize, q: &str) -> SolutionLine {
    let power = |x: f64| {
        format!(
            "<msup><mi>e</mi><mrow>{}</mrow></msup>",
            mn(&rounded_to(x, 1))
        )
    };
    let sum: Vec<String> = z.iter().map(|&x| power(x)).collect();
    let sum_label: Vec<String> = z
        .iter()
        .map(|&x| format!("e^({})", rounded_to(x, 1)))
        .collect();
    let z_t = z.get(t).copied().unwrap_or(f64::NAN);
    SolutionLine::Formula {
        markup: format!(
            "{Q_T}<mo>=</mo><mfrac>{}<mrow>{}</mrow></mfrac><mo>=</mo>{}",
            power(z_t),
            sum.join("<mo>+</mo>"),
            mn(q),
        ),
        label: format!(
            "q_t = e^({}) / ({}) = {q}",
            rounded_to(z_t, 1),
            sum_label.join(" + ")
        ),
    }
}

/// The number question: ∂CE/∂z_t = q_t − 1 at a drawn q_t. The situation's logits are
/// z_t = ln q_t and ln of equal shares of 1 − q_t for the others, so the lab shows this q_t.
fn grad_cross_entropy_at_q(draw: &mut Draw, s: &Strings, _unit: Unit) -> Question {
    let n = draw.int(2, 5) as usize;
    let t = draw.index(n);
    let q = draw.hundredths(5, 95);
    let other = ((1.0 - q) / (n - 1) as f64).ln();
    let z = (0..n)
        .map(|i| if i == t { q.ln() } else { other })
        .collect();
    let situation = state(t, z, DEFAULT_RATE);
    let answer = Prediction::of(&situation)
        .grad_cross_entropy()
        .unwrap_or(f64::NAN);
    let text = &s.practice().mse_vs_ce;
    let q_text = short_probability(q);
    Question {
        kind: "",
        prompt: (text.grad_at_q)(&AtProbability {
            classes: n,
            class: t + 1,
            q: &q_text,
        }),
        ask: Ask::Number(
            NumberAsk::new(answer, None, "grad_cross_entropy_z").mistake(Mistake::Sign, -answer),
        ),
        solution: vec![
            grad_cross_entropy_line(&q_text, answer),
            SolutionLine::Text(text.grad_at_q_solution.to_string()),
        ],
        situation: ViewState::MseVsCe(situation),
    }
}

/// Logits for the number questions on the losses: the true class's logit at most 0.5 and the
/// others at least −1.5, so q_t stays below 0.89 and neither loss is too small to tell a
/// known mistake from the answer.
fn draw_loss_logits(draw: &mut Draw, max_classes: i64) -> (usize, Vec<f64>) {
    draw_logits(draw, (2, max_classes), (-15, 5), (-15, 15))
}

/// The number question: the cross-entropy −log q_t of drawn logits, in the reader's unit.
fn cross_entropy_of_logits(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (t, z) = draw_loss_logits(draw, 4);
    let situation = state(t, z, DEFAULT_RATE);
    let prediction = Prediction::of(&situation);
    let answer = prediction.cross_entropy(unit).unwrap_or(f64::NAN);
    let q_text = rounded(prediction.probability_true().unwrap_or(f64::NAN));
    let unit_name = s.ui.unit_name(unit);
    let text = &s.practice().mse_vs_ce;
    Question {
        kind: "",
        prompt: (text.cross_entropy_of_logits)(&FromLogits {
            logits: &logits_text(&situation.z),
            class: t + 1,
            unit: unit_name,
        }),
        ask: Ask::Number(
            NumberAsk::new(answer, Some(unit_name), "cross_entropy")
                .mistake(Mistake::OtherLogBase, in_other_unit(answer, unit))
                .mistake(Mistake::Sign, -answer),
        ),
        solution: vec![
            softmax_line(&situation.z, t, &q_text),
            SolutionLine::Formula {
                markup: format!(
                    "<mi>CE</mi><mo>=</mo><mo>−</mo>{{log}}{Q_T}<mo>=</mo><mo>−</mo>{{log}}{}<mo>=</mo>{}",
                    mn(&q_text),
                    mn(&rounded(answer)),
                ),
                label: format!("CE = −log q_t = −log {q_text} = {} {unit_name}", rounded(answer)),
            },
            SolutionLine::Text(text.cross_entropy_solution.to_string()),
        ],
        situation: ViewState::MseVsCe(situation),
    }
}

/// The number question: the squared error of drawn logits, over 2 or 3 classes so it can be
/// worked by hand. Known mistake: a library's mean over the classes, SE / n.
fn squared_error_of_logits(draw: &mut Draw, s: &Strings, _unit: Unit) -> Question {
    let (t, z) = draw_loss_logits(draw, 3);
    let n = z.len();
    let situation = state(t, z, DEFAULT_RATE);
    let prediction = Prediction::of(&situation);
    let answer = prediction.squared_error().unwrap_or(f64::NAN);
    let library = prediction.library_mse().unwrap_or(f64::NAN);
    let q = prediction.probabilities.clone().unwrap_or_default();
    let q_texts: Vec<String> = q.iter().map(|&x| rounded(x)).collect();
    // The true class misses by 1 − q_t, every other class by q_i.
    let (mut terms, mut term_labels) = (Vec::new(), Vec::new());
    for (i, q_i) in q_texts.iter().enumerate() {
        if i == t {
            terms.push(format!(
                "<msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>{}<mo>)</mo></mrow><mn>2</mn></msup>",
                mn(q_i)
            ));
            term_labels.push(format!("(1 − {q_i})²"));
        } else {
            terms.push(format!("<msup>{}<mn>2</mn></msup>", mn(q_i)));
            term_labels.push(format!("{q_i}²"));
        }
    }
    let text = &s.practice().mse_vs_ce;
    Question {
        kind: "",
        prompt: (text.squared_error_of_logits)(&FromLogits {
            logits: &logits_text(&situation.z),
            class: t + 1,
            unit: "",
        }),
        ask: Ask::Number(
            NumberAsk::new(answer, None, "squared_error")
                .mistake(Mistake::MeanOverElements, library),
        ),
        solution: vec![
            SolutionLine::Formula {
                markup: format!(
                    "<mi>q</mi><mo>=</mo><mi>softmax</mi><mo>(</mo><mi>z</mi><mo>)</mo><mo>=</mo><mo>(</mo>{}<mo>)</mo>",
                    q_texts.iter().map(|x| mn(x)).collect::<Vec<_>>().join("<mo>,</mo>"),
                ),
                label: format!("q = softmax(z) = ({})", q_texts.join(", ")),
            },
            SolutionLine::Formula {
                markup: format!(
                    "<mi>SE</mi><mo>=</mo>{}<mo>=</mo>{}",
                    terms.join("<mo>+</mo>"),
                    mn(&rounded(answer)),
                ),
                label: format!("SE = {} = {}", term_labels.join(" + "), rounded(answer)),
            },
            SolutionLine::Text((text.squared_error_solution)(&LibraryMean {
                classes: n,
                library: &rounded(library),
            })),
        ],
        situation: ViewState::MseVsCe(situation),
    }
}

/// Which run of the race reaches q_t = 0.9 in fewer steps: the options' order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RaceWinner {
    CrossEntropy = 0,
    SquaredError = 1,
    Tie = 2,
    Neither = 3,
}

/// The winner from both step counts (∞ past the cap): fewer steps wins.
fn race_winner_of(steps_cross_entropy: f64, steps_squared_error: f64) -> RaceWinner {
    match (
        steps_cross_entropy.is_finite(),
        steps_squared_error.is_finite(),
    ) {
        (false, false) => RaceWinner::Neither,
        _ if steps_cross_entropy < steps_squared_error => RaceWinner::CrossEntropy,
        _ if steps_squared_error < steps_cross_entropy => RaceWinner::SquaredError,
        _ => RaceWinner::Tie,
    }
}

/// The choice question: which loss's run reaches q_t = 0.9 first, from a start where the true
/// class's logit is 0 or lower (so q_t starts below 0.9) and a drawn learning rate.
fn race_winner(draw: &mut Draw, s: &Strings, _unit: Unit) -> Question {
    let (t, z) = draw_logits(draw, (2, 4), (-60, 0), (-10, 10));
    let rate = draw.pick(&RACE_RATES);
    let situation = state(t, z, rate);
    let prediction = Prediction::of(&situation);
    let race = RaceOutcome::of(&situation);
    let (steps_ce, steps_se) = (
        race.steps_cross_entropy().unwrap_or(f64::NAN),
        race.steps_squared_error().unwrap_or(f64::NAN),
    );
    let q = prediction.probability_true().unwrap_or(f64::NAN);
    let q_text = rounded(q);
    let (grad_ce, grad_se) = (
        prediction.grad_cross_entropy().unwrap_or(f64::NAN),
        prediction.grad_squared_error().unwrap_or(f64::NAN),
    );
    let cap = grouped(RACE_STEP_CAP);
    let start = RaceStart {
        logits: &logits_text(&situation.z),
        class: t + 1,
        q: &q_text,
        rate: &short_probability(rate),
        cap: &cap,
    };
    let text = &s.practice().mse_vs_ce;
    let result = RaceResult {
        grad_cross_entropy: &rounded(grad_ce),
        grad_squared_error: &rounded(grad_se),
        steps_cross_entropy: &RaceOutcome::steps_text(race.steps_cross_entropy(), s),
        steps_squared_error: &RaceOutcome::steps_text(race.steps_squared_error(), s),
    };
    Question {
        kind: "",
        prompt: (text.race)(&start),
        ask: Ask::Choice(ChoiceAsk {
            options: (text.race_options)(&start).to_vec(),
            correct: race_winner_of(steps_ce, steps_se) as usize,
        }),
        solution: vec![
            grad_cross_entropy_line(&q_text, grad_ce),
            grad_squared_error_line(
                &q_text,
                prediction.squared_error().unwrap_or(f64::NAN),
                grad_se,
            ),
            SolutionLine::Text((text.race_solution)(&result)),
        ],
        situation: ViewState::MseVsCe(situation),
    }
}

/// The choice question: ∂SE/∂z_t vanishes as q_t → 0 while ∂CE/∂z_t tends to −1. The
/// situation is confidently wrong (z_t from −6 to −4, the others from 0 to 2), so the lab shows
/// a tiny ∂SE/∂z_t beside a ∂CE/∂z_t near −1. The options come rotated by a drawn offset, so
/// the right one is not always first (the same order in every language).
fn squared_error_gradient_vanishes(draw: &mut Draw, s: &Strings, _unit: Unit) -> Question {
    let (t, z) = draw_logits(draw, (2, 4), (-60, -40), (0, 20));
    let offset = draw.index(4);
    let situation = state(t, z, DEFAULT_RATE);
    let prediction = Prediction::of(&situation);
    let q_text = rounded(prediction.probability_true().unwrap_or(f64::NAN));
    let text = &s.practice().mse_vs_ce;
    let options = &text.vanishing_options;
    // Option j shows options[(j + offset) % 4]; the right one is options[0].
    let shown: Vec<String> = (0..4)
        .map(|j| options[(j + offset) % 4].to_string())
        .collect();
    Question {
        kind: "",
        prompt: (text.vanishing)(&ConfidentlyWrong {
            logits: &logits_text(&situation.z),
            class: t + 1,
            q: &q_text,
        }),
        ask: Ask::Choice(ChoiceAsk {
            options: shown,
            correct: (4 - offset) % 4,
        }),
        solution: vec![
            grad_squared_error_line(
                &q_text,
                prediction.squared_error().unwrap_or(f64::NAN),
                prediction.grad_squared_error().unwrap_or(f64::NAN),
            ),
            grad_cross_entropy_line(&q_text, prediction.grad_cross_entropy().unwrap_or(f64::NAN)),
            SolutionLine::Text(text.vanishing_solution.to_string()),
        ],
        situation: ViewState::MseVsCe(situation),
    }
}
