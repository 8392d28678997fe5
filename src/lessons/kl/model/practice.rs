//! `kl`'s practice questions: part of the lesson's model (plain Rust), answered through
//! [`PairNumbers`] (what the readouts show, computed by `math`) in the unit the reader reads.
//! The helpers here (redrawing a poor draw, writing a distribution, keeping wrong answers
//! apart, the divergence written out) serve the `cross-entropy` lesson's questions too.

use super::pair::{outcome_name, probability_list, PairNumbers, Value};
use super::KlState;
use crate::components::format::rounded;
use crate::i18n::practice::kl::{Pair, ZeroUnderQ};
use crate::i18n::Strings;
use crate::lessons::kit::practice::{
    in_other_unit, mn, tolerance, Ask, ChoiceAsk, Draw, Mistake, NumberAsk, Question, SolutionLine,
    Template,
};
use crate::math::Unit;
use crate::state::ViewState;

/// The lesson's templates, in the order the questions are shown.
pub const PRACTICE: &[Template] = &[
    Template {
        kind: "kl-of-pair",
        draw: kl_of_pair,
    },
    Template {
        kind: "kl-which-direction-larger",
        draw: which_direction_larger,
    },
    Template {
        kind: "kl-zero-probability",
        draw: zero_probability,
    },
    Template {
        kind: "kl-of-itself",
        draw: divergence_of_itself,
    },
];

/// How often a template may redraw numbers that would make a poor question. Whether a draw is
/// poor depends on the drawn numbers only (never on the language or unit), so every reader
/// gets the same numbers; the tests check that 1,000 seeds never run out of attempts.
const ATTEMPTS: usize = 64;

/// The smallest divergence (nats) a number question asks for: smaller ones round to nothing
/// and sit within the tolerance of their own wrong-logarithm value.
pub(crate) const MIN_DIVERGENCE_NATS: f64 = 0.05;

/// The smallest gap (nats) between D(P‖Q) and D(Q‖P) when a question asks which is larger.
const MIN_ASYMMETRY_NATS: f64 = 0.01;

/// Draws with `make` until `good` accepts, at most [`ATTEMPTS`] times; the last draw otherwise.
pub(crate) fn redraw<T>(
    draw: &mut Draw,
    make: impl Fn(&mut Draw) -> T,
    good: impl Fn(&T) -> bool,
) -> T {
    let mut drawn = make(draw);
    for _ in 1..ATTEMPTS {
        if good(&drawn) {
            break;
        }
        drawn = make(draw);
    }
    drawn
}

/// A quantity of [`PairNumbers`] as a number (NaN if `math` refused; the tests rule it out).
pub(crate) fn number(value: &Value) -> f64 {
    value.as_ref().copied().unwrap_or(f64::NAN)
}

/// A distribution as questions write it: "(0.5, 0.3, 0.2)".
pub(crate) fn vector_text(v: &[f64]) -> String {
    format!("({})", probability_list(v))
}

/// Whether every value is finite and no two are within the checker's tolerance of each
/// other (|a − b| > tol(a) + tol(b)): each wrong answer is then judged as its own mistake,
/// never as right.
pub(crate) fn apart(values: &[f64]) -> bool {
    values.iter().all(|v| v.is_finite())
        && values.iter().enumerate().all(|(i, &a)| {
            values[i + 1..]
                .iter()
                .all(|&b| (a - b).abs() > tolerance(a) + tolerance(b))
        })
}

/// The answer and its known mistakes as one list, for [`apart`].
pub(crate) fn answer_and_mistakes(answer: f64, mistakes: &[(Mistake, f64)]) -> Vec<f64> {
    std::iter::once(answer)
        .chain(mistakes.iter().map(|(_, wrong)| *wrong))
        .collect()
}

/// The number ask of `quantity` with `answer` in `unit` and its known mistakes.
pub(crate) fn number_ask(
    s: &Strings,
    unit: Unit,
    quantity: &'static str,
    answer: f64,
    mistakes: Vec<(Mistake, f64)>,
) -> Ask {
    let ask = NumberAsk::new(answer, Some(s.ui.unit_name(unit)), quantity);
    Ask::Number(
        mistakes
            .into_iter()
            .fold(ask, |ask, (mistake, wrong)| ask.mistake(mistake, wrong)),
    )
}

/// A value as MathML: a number, or the symbol ∞.
pub(crate) fn value_mn(value: f64) -> String {
    if value.is_infinite() {
        "<mi>∞</mi>".to_string()
    } else {
        mn(&rounded(value))
    }
}

/// "D(A‖B) = a₁·log(a₁/b₁) + … = value" with the numbers in (`names` = ("P", "Q") or
/// ("Q", "P")). A term with a_i = 0 is written 0 (0·log 0 = 0).
pub(crate) fn divergence_formula(
    names: (&str, &str),
    a: &[f64],
    b: &[f64],
    value: f64,
    unit: Unit,
) -> SolutionLine {
    let log = unit.log_symbol();
    let (markup_terms, label_terms): (Vec<String>, Vec<String>) = a
        .iter()
        .zip(b)
        .map(|(&ai, &bi)| {
            let (ai, bi) = (short(ai), short(bi));
            if ai == "0" {
                ("<mn>0</mn>".to_string(), "0".to_string())
            } else {
                (
                    format!(
                        "{a}<mo>·</mo>{{log}}<mo>(</mo>{a}<mo>/</mo>{b}<mo>)</mo>",
                        a = mn(&ai),
                        b = mn(&bi)
                    ),
                    format!("{ai}·{log}({ai}/{bi})"),
                )
            }
        })
        .unzip();
    let (first, second) = names;
    SolutionLine::Formula {
        markup: format!(
            "<mi>D</mi><mo>(</mo><mi>{first}</mi><mo>‖</mo><mi>{second}</mi><mo>)</mo><mo>=</mo>{}<mo>=</mo>{}",
            markup_terms.join("<mo>+</mo>"),
            value_mn(value),
        ),
        label: format!(
            "D({first}‖{second}) = {} = {}",
            label_terms.join(" + "),
            rounded(value)
        ),
    }
}

/// A probability as questions write it (two decimals at most, no trailing zeros).
pub(crate) fn short(p: f64) -> String {
    crate::lessons::kit::short_probability(p)
}

fn situation(p: &[f64], q: &[f64]) -> ViewState {
    ViewState::Kl(KlState {
        p: p.to_vec(),
        q: q.to_vec(),
    })
}

/// A pair of distributions over 2 to 4 outcomes, every entry at least 0.05.
pub(crate) fn draw_pair(draw: &mut Draw) -> (Vec<f64>, Vec<f64>) {
    let outcomes = draw.int(2, 4) as usize;
    (
        draw.distribution(outcomes, 5),
        draw.distribution(outcomes, 5),
    )
}

/// D(P‖Q) in `unit` and the wrong values a learner is likely to give: D(Q‖P), and D(P‖Q)
/// with the other logarithm.
fn divergence_and_mistakes(p: &[f64], q: &[f64], unit: Unit) -> (f64, Vec<(Mistake, f64)>) {
    let numbers = PairNumbers::new(p, q, unit);
    let answer = number(&numbers.kl_pq);
    let mistakes = vec![
        (Mistake::ReversedDivergence, number(&numbers.kl_qp)),
        (Mistake::OtherLogBase, in_other_unit(answer, unit)),
    ];
    (answer, mistakes)
}

/// Whether D(P‖Q) is large enough to ask for and its mistakes stay apart, in both units.
fn good_divergence_pair((p, q): &(Vec<f64>, Vec<f64>)) -> bool {
    [Unit::Nats, Unit::Bits].into_iter().all(|unit| {
        let (answer, mistakes) = divergence_and_mistakes(p, q, unit);
        answer >= unit.from_nats(MIN_DIVERGENCE_NATS)
            && apart(&answer_and_mistakes(answer, &mistakes))
    })
}

/// The number question: D(P‖Q) of a drawn pair, with D(Q‖P) and the other logarithm as
/// known mistakes.
fn kl_of_pair(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q) = redraw(draw, draw_pair, good_divergence_pair);
    let (answer, mistakes) = divergence_and_mistakes(&p, &q, unit);
    let (p_text, q_text) = (vector_text(&p), vector_text(&q));
    let text = &s.practice().kl;
    Question {
        kind: "",
        prompt: (text.of_pair)(&Pair {
            p: &p_text,
            q: &q_text,
            unit: s.ui.unit_name(unit),
        }),
        ask: number_ask(s, unit, "kl_pq", answer, mistakes),
        solution: vec![
            divergence_formula(("P", "Q"), &p, &q, answer, unit),
            SolutionLine::Text(text.of_pair_solution.to_string()),
        ],
        situation: situation(&p, &q),
    }
}

/// D(P‖Q) and D(Q‖P) in nats.
fn both_directions(p: &[f64], q: &[f64]) -> (f64, f64) {
    let numbers = PairNumbers::new(p, q, Unit::Nats);
    (number(&numbers.kl_pq), number(&numbers.kl_qp))
}

/// The choice question: which direction is larger, for a pair whose two directions differ by
/// at least [`MIN_ASYMMETRY_NATS`].
fn which_direction_larger(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q) = redraw(draw, draw_pair, |(p, q)| {
        let (forward, reverse) = both_directions(p, q);
        (forward - reverse).abs() >= MIN_ASYMMETRY_NATS
    });
    let (forward, reverse) = both_directions(&p, &q);
    let (p_text, q_text) = (vector_text(&p), vector_text(&q));
    let text = &s.practice().kl;
    let numbers = PairNumbers::new(&p, &q, unit);
    Question {
        kind: "",
        prompt: (text.which_larger)(&Pair {
            p: &p_text,
            q: &q_text,
            unit: s.ui.unit_name(unit),
        }),
        ask: Ask::Choice(ChoiceAsk {
            options: text
                .which_larger_options
                .iter()
                .map(|o| o.to_string())
                .collect(),
            correct: if forward > reverse { 0 } else { 1 },
        }),
        solution: vec![
            divergence_formula(("P", "Q"), &p, &q, number(&numbers.kl_pq), unit),
            divergence_formula(("Q", "P"), &q, &p, number(&numbers.kl_qp), unit),
            SolutionLine::Text(text.which_larger_solution.to_string()),
        ],
        situation: situation(&p, &q),
    }
}

/// The choice question about ∞: Q gives an outcome probability 0 that P does not. D(P‖Q) is
/// then infinite; D(Q‖P) (asked half the time) is finite, since 0·log 0 = 0.
fn zero_probability(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let outcomes = draw.int(3, 4) as usize;
    let p = draw.distribution(outcomes, 5);
    let zero_at = draw.index(outcomes);
    let mut q = draw.distribution(outcomes - 1, 5);
    q.insert(zero_at, 0.0);
    let forward = draw.coin();
    let (p_text, q_text, outcome) = (vector_text(&p), vector_text(&q), outcome_name(zero_at));
    let args = ZeroUnderQ {
        p: &p_text,
        q: &q_text,
        outcome: &outcome,
        divergence: if forward { "D(P‖Q)" } else { "D(Q‖P)" },
    };
    let text = &s.practice().kl;
    let numbers = PairNumbers::new(&p, &q, unit);
    let (correct, worked, why) = if forward {
        let line = divergence_formula(("P", "Q"), &p, &q, number(&numbers.kl_pq), unit);
        (0, line, (text.zero_infinite_solution)(&args))
    } else {
        let line = divergence_formula(("Q", "P"), &q, &p, number(&numbers.kl_qp), unit);
        (1, line, (text.zero_finite_solution)(&args))
    };
    Question {
        kind: "",
        prompt: (text.zero)(&args),
        ask: Ask::Choice(ChoiceAsk {
            options: text.zero_options.iter().map(|o| o.to_string()).collect(),
            correct,
        }),
        solution: vec![worked, SolutionLine::Text(why)],
        situation: situation(&p, &q),
    }
}

/// The choice question: D(P‖P) = 0, and D(P‖Q) > 0 for every other Q (Gibbs' inequality).
fn divergence_of_itself(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let outcomes = draw.int(2, 4) as usize;
    let p = draw.distribution(outcomes, 5);
    let shift = draw.index(4);
    let text = &s.practice().kl;
    let numbers = PairNumbers::new(&p, &p, unit);
    Question {
        kind: "",
        prompt: (text.itself)(&vector_text(&p)),
        ask: Ask::Choice(ChoiceAsk::rotated(
            text.itself_options.iter().map(|o| o.to_string()).collect(),
            shift,
        )),
        solution: vec![
            divergence_formula(("P", "P"), &p, &p, number(&numbers.kl_pq), unit),
            SolutionLine::Text(text.itself_solution.to_string()),
        ],
        situation: situation(&p, &p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::kit::practice::testing::check_all;
    use crate::lessons::ViewId;
    use std::collections::BTreeSet;

    fn pair_of(question: &Question) -> (Vec<f64>, Vec<f64>) {
        let ViewState::Kl(KlState { p, q }) = &question.situation else {
            panic!("{}: not a kl state", question.kind);
        };
        (p.clone(), q.clone())
    }

    /// D(A‖B) = Σ a_i ln(a_i / b_i) written out, in `unit`: independent of `math`.
    fn direct_divergence(a: &[f64], b: &[f64], unit: Unit) -> f64 {
        let nats: f64 = a
            .iter()
            .zip(b)
            .filter(|(&ai, _)| ai > 0.0)
            .map(|(&ai, &bi)| ai * (ai / bi).ln())
            .sum();
        match unit {
            Unit::Nats => nats,
            Unit::Bits => nats / std::f64::consts::LN_2,
        }
    }

    fn choice(question: &Question) -> (&[String], usize) {
        let Ask::Choice(choice) = &question.ask else {
            panic!("{} is not a choice", question.kind);
        };
        (&choice.options, choice.correct)
    }

    #[test]
    fn every_question_is_valid_answered_exactly_and_the_same_in_every_language() {
        let s = strings_en();
        let mut kinds = BTreeSet::new();
        let mut right_options = BTreeSet::new();
        check_all(PRACTICE, ViewId::Kl, 1000, |unit, question| {
            kinds.insert(question.kind);
            let (p, q) = pair_of(question);
            let shown = PairNumbers::new(&p, &q, unit);
            let finite = [
                &shown.kl_pq,
                &shown.kl_qp,
                &shown.entropy_p,
                &shown.cross_entropy,
            ]
            .iter()
            .all(|v| v.as_ref().is_ok_and(|x| x.is_finite()));
            for v in [&p, &q] {
                assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-9 && v.len() >= 2);
            }
            match question.kind {
                "kl-of-pair" => {
                    let Ask::Number(ask) = &question.ask else {
                        panic!()
                    };
                    assert_eq!(ask.quantity, "kl_pq");
                    assert!(finite);
                    assert_eq!(Ok(ask.answer), shown.kl_pq);
                    assert!((ask.answer - direct_divergence(&p, &q, unit)).abs() < 1e-9);
                    assert!(ask.answer >= unit.from_nats(MIN_DIVERGENCE_NATS));
                    let reverse = direct_divergence(&q, &p, unit);
                    assert!(ask
                        .mistakes
                        .iter()
                        .any(|&(m, v)| m == Mistake::ReversedDivergence
                            && (v - reverse).abs() < 1e-9));
                    assert!(ask.mistakes.iter().any(|&(m, v)| m == Mistake::OtherLogBase
                        && (v - direct_divergence(
                            &p,
                            &q,
                            if unit == Unit::Nats {
                                Unit::Bits
                            } else {
                                Unit::Nats
                            }
                        ))
                        .abs()
                            < 1e-9));
                }
                "kl-which-direction-larger" => {
                    assert!(finite);
                    let (forward, reverse) = (
                        direct_divergence(&p, &q, Unit::Nats),
                        direct_divergence(&q, &p, Unit::Nats),
                    );
                    assert!((forward - reverse).abs() >= MIN_ASYMMETRY_NATS - 1e-12);
                    let (options, correct) = choice(question);
                    assert_eq!(options.len(), 3);
                    assert_eq!(correct, if forward > reverse { 0 } else { 1 });
                    assert_eq!(
                        options[correct],
                        s.practice().kl.which_larger_options[correct]
                    );
                }
                "kl-zero-probability" => {
                    let zero = q.iter().position(|&x| x == 0.0).expect("q has a zero");
                    assert!(
                        p.iter().all(|&x| x > 0.0) && q.iter().filter(|&&x| x == 0.0).count() == 1
                    );
                    assert_eq!(shown.kl_pq, Ok(f64::INFINITY));
                    let reverse = number(&shown.kl_qp);
                    assert!(reverse.is_finite() && reverse > 0.0);
                    assert!((reverse - direct_divergence(&q, &p, unit)).abs() < 1e-9);
                    let (options, correct) = choice(question);
                    let asks_forward = question.prompt.contains("What is D(P‖Q)?");
                    assert!(asks_forward || question.prompt.contains("What is D(Q‖P)?"));
                    // ∞ for D(P‖Q), "finite above 0" for D(Q‖P).
                    assert_eq!(
                        options[correct],
                        if asks_forward {
                            "∞"
                        } else {
                            s.practice().kl.zero_options[1]
                        }
                    );
                    assert!(question.prompt.contains(&outcome_name(zero)));
                }
                "kl-of-itself" => {
                    assert_eq!(p, q);
                    assert!(finite);
                    assert_eq!(shown.kl_pq, Ok(0.0));
                    assert_eq!(direct_divergence(&p, &q, unit), 0.0);
                    let (options, correct) = choice(question);
                    assert_eq!(options[correct], s.practice().kl.itself_options[0]);
                    right_options.insert(correct);
                }
                other => panic!("unknown kind {other}"),
            }
        });
        assert_eq!(kinds.len(), PRACTICE.len());
        // The right option of the rotated question takes every place.
        assert_eq!(right_options.len(), 4);
    }

    fn strings_en() -> &'static Strings {
        crate::i18n::strings(crate::state::Lang::En)
    }

    #[test]
    fn the_helpers_rotate_redraw_and_keep_answers_apart() {
        let options = vec!["right".to_string(), "b".to_string(), "c".to_string()];
        for shift in 0..6 {
            let ask = ChoiceAsk::rotated(options.clone(), shift);
            assert_eq!(ask.options[ask.correct], "right");
            assert_eq!(ask.options.len(), 3);
        }
        assert!(apart(&[1.0, 1.1, 2.0]));
        assert!(!apart(&[1.0, 1.009]));
        assert!(!apart(&[1.0, f64::NAN]));
        let mut draw = Draw::new(1, 2, 3);
        let small = redraw(&mut draw, |d| d.int(0, 9), |&k| k == 0);
        assert_eq!(small, 0);
        assert_eq!(vector_text(&[0.5, 0.25, 0.25]), "(0.5, 0.25, 0.25)");
        let SolutionLine::Formula { label, markup } = divergence_formula(
            ("P", "Q"),
            &[0.5, 0.5, 0.0],
            &[0.25, 0.25, 0.5],
            0.75,
            Unit::Bits,
        ) else {
            panic!()
        };
        assert_eq!(
            label,
            "D(P‖Q) = 0.5·log₂(0.5/0.25) + 0.5·log₂(0.5/0.25) + 0 = 0.7500"
        );
        assert!(
            markup.contains("{log}") && markup.ends_with("<mn>0.7500</mn>"),
            "{markup}"
        );
    }
}
