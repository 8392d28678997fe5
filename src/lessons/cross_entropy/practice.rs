//! `cross-entropy`'s practice questions: part of the lesson's model (plain Rust), answered
//! through [`PairNumbers`] (what the readouts show, computed by `math`) in the unit the reader
//! reads. The drawing and checking helpers are `kl`'s, which shows the same pair.

use super::CrossEntropyState;
use crate::components::format::rounded;
use crate::i18n::practice::cross_entropy::{Constant, OneHot, Pair, Step};
use crate::i18n::Strings;
use crate::lessons::kit::practice::{
    in_other_unit, mn, Ask, ChoiceAsk, Draw, Mistake, Question, SolutionLine, Template,
};
use crate::lessons::kl::model::pair::{outcome_name, PairNumbers};
use crate::lessons::kl::model::practice::{
    answer_and_mistakes, apart, draw_pair, number, number_ask, redraw, short, vector_text,
    MIN_DIVERGENCE_NATS,
};
use crate::math::{self, Unit};
use crate::state::ViewState;

/// The lesson's templates, in the order the questions are shown.
pub const PRACTICE: &[Template] = &[
    Template {
        kind: "ce-of-soft-pair",
        draw: cross_entropy_of_soft_pair,
    },
    Template {
        kind: "ce-one-hot-label",
        draw: one_hot_label,
    },
    Template {
        kind: "ce-one-hot-step",
        draw: one_hot_step,
    },
    Template {
        kind: "ce-entropy-constant",
        draw: entropy_is_constant,
    },
];

fn situation(p: &[f64], q: &[f64]) -> ViewState {
    ViewState::CrossEntropy(CrossEntropyState {
        p: p.to_vec(),
        q: q.to_vec(),
    })
}

/// H(P, Q) in `unit` and the wrong values a learner is likely to give: H(P) alone, D(P‖Q)
/// alone (a part missing), and H(P, Q) with the other logarithm.
fn cross_entropy_and_mistakes(p: &[f64], q: &[f64], unit: Unit) -> (f64, Vec<(Mistake, f64)>) {
    let numbers = PairNumbers::new(p, q, unit);
    let answer = number(&numbers.cross_entropy);
    let mistakes = vec![
        (Mistake::MissingTerm, number(&numbers.entropy_p)),
        (Mistake::MissingTerm, number(&numbers.kl_pq)),
        (Mistake::OtherLogBase, in_other_unit(answer, unit)),
    ];
    (answer, mistakes)
}

/// Whether a soft pair has a divergence worth its name and every wrong answer stays apart from
/// the others and the right one, in both units.
fn good_soft_pair((p, q): &(Vec<f64>, Vec<f64>)) -> bool {
    [Unit::Nats, Unit::Bits].into_iter().all(|unit| {
        let (answer, mistakes) = cross_entropy_and_mistakes(p, q, unit);
        let divergence = number(&PairNumbers::new(p, q, unit).kl_pq);
        divergence >= unit.from_nats(MIN_DIVERGENCE_NATS)
            && apart(&answer_and_mistakes(answer, &mistakes))
    })
}

/// "H(P, Q) = H(P) + D(P‖Q) = h + d = value" with the numbers in.
fn decomposition_formula(numbers: &PairNumbers) -> SolutionLine {
    let (h, d, ce) = (
        rounded(number(&numbers.entropy_p)),
        rounded(number(&numbers.kl_pq)),
        rounded(number(&numbers.cross_entropy)),
    );
    SolutionLine::Formula {
        markup: format!(
            "<mi>H</mi><mo>(</mo><mi>P</mi><mo>,</mo><mi>Q</mi><mo>)</mo><mo>=</mo>\
             <mi>H</mi><mo>(</mo><mi>P</mi><mo>)</mo><mo>+</mo>\
             <mi>D</mi><mo>(</mo><mi>P</mi><mo>‖</mo><mi>Q</mi><mo>)</mo><mo>=</mo>{}<mo>+</mo>{}<mo>=</mo>{}",
            mn(&h),
            mn(&d),
            mn(&ce)
        ),
        label: format!("H(P, Q) = H(P) + D(P‖Q) = {h} + {d} = {ce}"),
    }
}

/// "H(P, Q) = −[p₁·log q₁ + …] = value" with the numbers in; a term with p_i = 0 is 0.
fn sum_formula(p: &[f64], q: &[f64], value: f64, unit: Unit) -> SolutionLine {
    let log = unit.log_symbol();
    let (markup_terms, label_terms): (Vec<String>, Vec<String>) = p
        .iter()
        .zip(q)
        .map(|(&pi, &qi)| {
            let (pi, qi) = (short(pi), short(qi));
            if pi == "0" {
                ("<mn>0</mn>".to_string(), "0".to_string())
            } else {
                (
                    format!("{}<mo>·</mo>{{log}}{}", mn(&pi), mn(&qi)),
                    format!("{pi}·{log} {qi}"),
                )
            }
        })
        .unzip();
    SolutionLine::Formula {
        markup: format!(
            "<mi>H</mi><mo>(</mo><mi>P</mi><mo>,</mo><mi>Q</mi><mo>)</mo><mo>=</mo><mo>−</mo>\
             <mo>[</mo>{}<mo>]</mo><mo>=</mo>{}",
            markup_terms.join("<mo>+</mo>"),
            mn(&rounded(value))
        ),
        label: format!(
            "H(P, Q) = −[{}] = {}",
            label_terms.join(" + "),
            rounded(value)
        ),
    }
}

/// "−log q = value" for one probability, in `unit`.
fn surprise_formula(q: f64, unit: Unit) -> SolutionLine {
    let value = math::information(q, unit).unwrap_or(f64::NAN);
    let q = short(q);
    SolutionLine::Formula {
        markup: format!(
            "<mo>−</mo>{{log}}{}<mo>=</mo>{}",
            mn(&q),
            mn(&rounded(value))
        ),
        label: format!("−{} {q} = {}", unit.log_symbol(), rounded(value)),
    }
}

/// The number question: H(P, Q) of a soft label, with H(P) alone, D(P‖Q) alone and the other
/// logarithm as known mistakes.
fn cross_entropy_of_soft_pair(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q) = redraw(draw, draw_pair, good_soft_pair);
    let (answer, mistakes) = cross_entropy_and_mistakes(&p, &q, unit);
    let (p_text, q_text) = (vector_text(&p), vector_text(&q));
    let text = &s.practice().cross_entropy;
    Question {
        kind: "",
        prompt: (text.soft)(&Pair {
            p: &p_text,
            q: &q_text,
            unit: s.ui.unit_name(unit),
        }),
        ask: number_ask(s, unit, "cross_entropy", answer, mistakes),
        solution: vec![
            sum_formula(&p, &q, answer, unit),
            decomposition_formula(&PairNumbers::new(&p, &q, unit)),
            SolutionLine::Text(text.soft_solution.to_string()),
        ],
        situation: situation(&p, &q),
    }
}

/// A one-hot label over 2 to 4 classes and a prediction with every entry at least 0.05: the
/// label, the prediction and the true class.
fn draw_one_hot(draw: &mut Draw) -> (Vec<f64>, Vec<f64>, usize) {
    let classes = draw.int(2, 4) as usize;
    let q = draw.distribution(classes, 5);
    let class = draw.index(classes);
    let p = math::one_hot(class, classes).unwrap_or_default();
    (p, q, class)
}

/// The number question: with a one-hot label, H(P, Q) = −log q of the true class; the minus
/// sign left out and the other logarithm are the known mistakes.
fn one_hot_label(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q, class) = draw_one_hot(draw);
    let answer = number(&PairNumbers::new(&p, &q, unit).cross_entropy);
    let mistakes = vec![
        (Mistake::Sign, -answer),
        (Mistake::OtherLogBase, in_other_unit(answer, unit)),
    ];
    let (p_text, q_text, class_name, q_true) = (
        vector_text(&p),
        vector_text(&q),
        outcome_name(class),
        short(q[class]),
    );
    let args = OneHot {
        p: &p_text,
        q: &q_text,
        class: &class_name,
        q_true: &q_true,
        unit: s.ui.unit_name(unit),
    };
    let text = &s.practice().cross_entropy;
    Question {
        kind: "",
        prompt: (text.one_hot)(&args),
        ask: number_ask(s, unit, "cross_entropy", answer, mistakes),
        solution: vec![
            sum_formula(&p, &q, answer, unit),
            surprise_formula(q[class], unit),
            SolutionLine::Text((text.one_hot_solution)(&args)),
        ],
        situation: situation(&p, &q),
    }
}

/// The choice question: the prediction's q of the true class moves up or down by 0.05 to
/// 0.30 (staying within 0.05 to 0.95); with a one-hot label H(P, Q) = −log q_t moves the
/// other way, whatever the other entries do. The situation is the state before the move.
fn one_hot_step(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q, class) = draw_one_hot(draw);
    // In hundredths: the drawn q_t and the room to 0.95 above it and to 0.05 below it.
    let before = (q[class] * 100.0).round() as i64;
    let (room_up, room_down) = (95 - before, before - 5);
    // Up or down as drawn, unless there is no room for a step of 0.05 that way (one way
    // always has room for 0.45).
    let drawn_up = draw.coin();
    let up = if drawn_up {
        room_up >= 5
    } else {
        room_down < 5
    };
    let room = if up { room_up } else { room_down };
    let step = draw.int(5, room.min(30));
    let after = if up { before + step } else { before - step };
    let (before, after) = (before as f64 / 100.0, after as f64 / 100.0);
    let (q_text, class_name, before_text, after_text) = (
        vector_text(&q),
        outcome_name(class),
        short(before),
        short(after),
    );
    let args = Step {
        q: &q_text,
        class: &class_name,
        before: &before_text,
        after: &after_text,
    };
    let text = &s.practice().cross_entropy;
    Question {
        kind: "",
        prompt: (text.step)(&args),
        ask: Ask::Choice(ChoiceAsk {
            options: text.step_options.iter().map(|o| o.to_string()).collect(),
            correct: if after > before { 0 } else { 1 },
        }),
        solution: vec![
            surprise_formula(before, unit),
            surprise_formula(after, unit),
            SolutionLine::Text((text.step_solution)(&args)),
        ],
        situation: situation(&p, &q),
    }
}

/// The choice question: H(P) drops out of training because it does not depend on the
/// model's Q; a soft label shows that H(P) is not 0.
fn entropy_is_constant(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q) = redraw(draw, draw_pair, |(p, q)| {
        number(&PairNumbers::new(p, q, Unit::Nats).kl_pq) >= MIN_DIVERGENCE_NATS
    });
    let shift = draw.index(4);
    let numbers = PairNumbers::new(&p, &q, unit);
    let (p_text, q_text, entropy_p) = (
        vector_text(&p),
        vector_text(&q),
        rounded(number(&numbers.entropy_p)),
    );
    let args = Constant {
        p: &p_text,
        q: &q_text,
        entropy_p: &entropy_p,
        unit: s.ui.unit_name(unit),
    };
    let text = &s.practice().cross_entropy;
    Question {
        kind: "",
        prompt: (text.constant)(&args),
        ask: Ask::Choice(ChoiceAsk::rotated(
            text.constant_options
                .iter()
                .map(|o| o.to_string())
                .collect(),
            shift,
        )),
        solution: vec![
            decomposition_formula(&numbers),
            SolutionLine::Text((text.constant_solution)(&args)),
        ],
        situation: situation(&p, &q),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::lessons::cross_entropy::model::one_hot_class;
    use crate::lessons::kit::practice::testing::check_all;
    use crate::lessons::ViewId;
    use crate::state::Lang;
    use std::collections::BTreeSet;

    fn pair_of(question: &Question) -> (Vec<f64>, Vec<f64>) {
        let ViewState::CrossEntropy(CrossEntropyState { p, q }) = &question.situation else {
            panic!("{}: not a cross-entropy state", question.kind);
        };
        (p.clone(), q.clone())
    }

    /// x in nats written in `unit`, by the definition of the bit (log₂ x = ln x / ln 2).
    fn in_unit(nats: f64, unit: Unit) -> f64 {
        match unit {
            Unit::Nats => nats,
            Unit::Bits => nats / std::f64::consts::LN_2,
        }
    }

    /// H(P, Q) = −Σ p_i ln q_i, H(P) = −Σ p_i ln p_i and D(P‖Q) = Σ p_i ln(p_i/q_i) written
    /// out in `unit`, independent of `math`.
    fn direct(p: &[f64], q: &[f64], unit: Unit) -> (f64, f64, f64) {
        let terms = |f: &dyn Fn(f64, f64) -> f64| -> f64 {
            p.iter()
                .zip(q)
                .filter(|(&pi, _)| pi > 0.0)
                .map(|(&pi, &qi)| f(pi, qi))
                .sum()
        };
        (
            in_unit(terms(&|pi, qi| -pi * qi.ln()), unit),
            in_unit(terms(&|pi, _| -pi * pi.ln()), unit),
            in_unit(terms(&|pi, qi| pi * (pi / qi).ln()), unit),
        )
    }

    fn choice(question: &Question) -> (&[String], usize) {
        let Ask::Choice(choice) = &question.ask else {
            panic!("{} is not a choice", question.kind);
        };
        (&choice.options, choice.correct)
    }

    /// The two decimals of a probability the prompt writes after `before` ("from 0.4 to 0.6").
    fn probabilities_after(prompt: &str, before: &str) -> (f64, f64) {
        let rest = &prompt[prompt.find(before).expect(before) + before.len()..];
        let numbers: Vec<f64> = rest
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter_map(|word| word.trim_end_matches('.').parse().ok())
            .take(2)
            .collect();
        (numbers[0], numbers[1])
    }

    #[test]
    fn every_question_is_valid_answered_exactly_and_the_same_in_every_language() {
        let s = strings(Lang::En);
        let mut kinds = BTreeSet::new();
        let mut right_options = BTreeSet::new();
        let mut directions = BTreeSet::new();
        check_all(PRACTICE, ViewId::CrossEntropy, 1000, |unit, question| {
            kinds.insert(question.kind);
            let (p, q) = pair_of(question);
            let shown = PairNumbers::new(&p, &q, unit);
            for value in [&shown.entropy_p, &shown.kl_pq, &shown.cross_entropy] {
                assert!(
                    value.as_ref().is_ok_and(|x| x.is_finite()),
                    "{}",
                    question.kind
                );
            }
            assert!(q.iter().all(|&x| x >= 0.05 - 1e-12));
            let (cross_entropy, entropy_p, divergence) = direct(&p, &q, unit);
            match question.kind {
                "ce-of-soft-pair" => {
                    let Ask::Number(ask) = &question.ask else {
                        panic!()
                    };
                    assert_eq!(ask.quantity, "cross_entropy");
                    assert_eq!(one_hot_class(&p), None);
                    assert_eq!(Ok(ask.answer), shown.cross_entropy);
                    assert!((ask.answer - cross_entropy).abs() < 1e-9);
                    assert!(divergence >= unit.from_nats(MIN_DIVERGENCE_NATS));
                    let missing: Vec<f64> = ask
                        .mistakes
                        .iter()
                        .filter(|(m, _)| *m == Mistake::MissingTerm)
                        .map(|&(_, v)| v)
                        .collect();
                    assert_eq!(missing.len(), 2);
                    assert!((missing[0] - entropy_p).abs() < 1e-9);
                    assert!((missing[1] - divergence).abs() < 1e-9);
                }
                "ce-one-hot-label" => {
                    let Ask::Number(ask) = &question.ask else {
                        panic!()
                    };
                    assert_eq!(ask.quantity, "cross_entropy");
                    let class = one_hot_class(&p).expect("a one-hot label");
                    assert_eq!(Ok(ask.answer), shown.cross_entropy);
                    let expected = in_unit(-q[class].ln(), unit);
                    assert!((ask.answer - expected).abs() < 1e-9 && ask.answer > 0.0);
                    assert!((ask.answer - cross_entropy).abs() < 1e-9 && entropy_p == 0.0);
                    assert!(question.prompt.contains(&outcome_name(class)));
                }
                "ce-one-hot-step" => {
                    let class = one_hot_class(&p).expect("a one-hot label");
                    let before = short(q[class]);
                    let (from, to) = probabilities_after(
                        &question.prompt,
                        &format!("q({}) moves from ", outcome_name(class)),
                    );
                    assert_eq!(from, before.parse::<f64>().unwrap());
                    assert!((0.05..=0.95).contains(&to) && (to - from).abs() >= 0.05 - 1e-12);
                    // H(P, Q) = −ln q_t before and after: it falls exactly when q_t rises.
                    let falls = -to.ln() < -from.ln();
                    let (options, correct) = choice(question);
                    assert_eq!(
                        options[correct],
                        s.practice().cross_entropy.step_options[if falls { 0 } else { 1 }]
                    );
                    directions.insert(falls);
                }
                "ce-entropy-constant" => {
                    assert_eq!(one_hot_class(&p), None);
                    assert!(entropy_p > 0.0 && divergence >= unit.from_nats(MIN_DIVERGENCE_NATS));
                    // H(P) is the same whatever Q is: the fact the right option states.
                    let other_q = vec![1.0 / p.len() as f64; p.len()];
                    assert_eq!(
                        PairNumbers::new(&p, &other_q, unit).entropy_p,
                        shown.entropy_p
                    );
                    let (options, correct) = choice(question);
                    assert_eq!(
                        options[correct],
                        s.practice().cross_entropy.constant_options[0]
                    );
                    assert!(question
                        .prompt
                        .contains(&format!("H(P) = {}", rounded(entropy_p))));
                    right_options.insert(correct);
                }
                other => panic!("unknown kind {other}"),
            }
        });
        assert_eq!(kinds.len(), PRACTICE.len());
        assert_eq!(right_options.len(), 4);
        assert_eq!(directions.len(), 2);
    }
}
