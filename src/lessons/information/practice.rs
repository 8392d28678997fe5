//! `information`'s practice questions: part of the lesson's model (plain Rust), answered
//! through `math` in the unit the reader reads.

use super::InformationState;
use crate::components::format::rounded;
use crate::i18n::practice::information::{BothHappen, HalfAsLikely, OfP};
use crate::i18n::Strings;
use crate::lessons::kit::practice::{
    in_other_unit, mn, Ask, ChoiceAsk, Draw, Mistake, NumberAsk, Question, SolutionLine, Template,
};
use crate::lessons::kit::short_probability;
use crate::math::{self, Unit};
use crate::state::ViewState;

/// The lesson's templates, in the order the questions are shown.
pub const PRACTICE: &[Template] = &[
    Template {
        kind: "information-of-p",
        draw: information_of_p,
    },
    Template {
        kind: "independent-events-add",
        draw: independent_events_add,
    },
    Template {
        kind: "half-as-likely",
        draw: half_as_likely,
    },
    Template {
        kind: "certain-or-impossible",
        draw: certain_or_impossible,
    },
];

fn situation(p: f64) -> ViewState {
    ViewState::Information(InformationState { p })
}

/// I(p) = −log p, finite for the p the templates draw (never 0).
fn information(p: f64, unit: Unit) -> f64 {
    math::information(p, unit).unwrap_or(f64::NAN)
}

/// "I(p) = −log p = value" with the numbers in, as MathML for the lesson's formula component.
fn formula(p: &str, value: f64) -> SolutionLine {
    SolutionLine::Formula {
        markup: format!(
            "<mi>I</mi><mo>(</mo>{p_mn}<mo>)</mo><mo>=</mo><mo>−</mo>{{log}}{p_mn}<mo>=</mo>{}",
            mn(&rounded(value)),
            p_mn = mn(p),
        ),
        label: format!("I({p}) = −log {p} = {}", rounded(value)),
    }
}

/// The number question: I(p) of a probability with two decimals, 0.02 to 0.98.
fn information_of_p(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let p = draw.hundredths(2, 98);
    let answer = information(p, unit);
    let text = &s.practice().information;
    let p_text = short_probability(p);
    Question {
        kind: "",
        prompt: (text.of_p)(&OfP {
            p: &p_text,
            unit: s.ui.unit_name(unit),
        }),
        ask: Ask::Number(
            NumberAsk::new(answer, Some(s.ui.unit_name(unit)), "information")
                .mistake(Mistake::OtherLogBase, in_other_unit(answer, unit))
                .mistake(Mistake::Sign, -answer),
        ),
        solution: vec![
            formula(&p_text, answer),
            SolutionLine::Text(text.of_p_solution.to_string()),
        ],
        situation: situation(p),
    }
}

/// The number question: two independent events both happen; informations add.
fn independent_events_add(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let p1 = draw.hundredths(2, 9) * 10.0;
    let p2 = draw.hundredths(10, 95);
    // Two decimals times one decimal: at most three decimals, exactly representable enough.
    let product = (p1 * p2 * 1000.0).round() / 1000.0;
    let answer = information(product, unit);
    let (p1_text, p2_text, product_text) = (
        short_probability(p1),
        short_probability(p2),
        short_probability(product),
    );
    let args = BothHappen {
        p1: &p1_text,
        p2: &p2_text,
        product: &product_text,
        unit: s.ui.unit_name(unit),
    };
    let text = &s.practice().information;
    let sum_markup = format!(
        "<mi>I</mi><mo>(</mo>{a}<mo>)</mo><mo>+</mo><mi>I</mi><mo>(</mo>{b}<mo>)</mo><mo>=</mo>{}<mo>+</mo>{}<mo>=</mo>{}",
        mn(&rounded(information(p1, unit))),
        mn(&rounded(information(p2, unit))),
        mn(&rounded(answer)),
        a = mn(&p1_text),
        b = mn(&p2_text),
    );
    Question {
        kind: "",
        prompt: (text.both_happen)(&args),
        ask: Ask::Number(
            NumberAsk::new(answer, Some(s.ui.unit_name(unit)), "information")
                .mistake(Mistake::OtherLogBase, in_other_unit(answer, unit))
                .mistake(Mistake::Sign, -answer),
        ),
        solution: vec![
            SolutionLine::Formula {
                markup: sum_markup,
                label: format!("I({p1_text}) + I({p2_text}) = {}", rounded(answer)),
            },
            formula(&product_text, answer),
            SolutionLine::Text((text.both_happen_solution)(&args)),
        ],
        situation: situation(product),
    }
}

/// The choice question: halving a probability adds log 2, whatever p is.
fn half_as_likely(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let p = draw.int(5, 49) as f64 * 2.0 / 100.0;
    let half = p / 2.0;
    let log_two = format!(
        "{} {}",
        short_probability(math::information(0.5, unit).unwrap_or(f64::NAN)),
        s.ui.unit_name(unit)
    );
    let (p_text, half_text) = (short_probability(p), short_probability(half));
    let args = HalfAsLikely {
        p: &p_text,
        half: &half_text,
        log_two: &log_two,
    };
    let text = &s.practice().information;
    Question {
        kind: "",
        prompt: (text.half_as_likely)(&args),
        ask: Ask::Choice(ChoiceAsk {
            options: (text.half_as_likely_options)(&args).to_vec(),
            correct: 0,
        }),
        solution: vec![
            formula(&half_text, information(half, unit)),
            SolutionLine::Text((text.half_as_likely_solution)(&args)),
        ],
        situation: situation(half),
    }
}

/// The choice question about the ends: I(1) = 0 and I(0) = ∞.
fn certain_or_impossible(draw: &mut Draw, s: &Strings, _unit: Unit) -> Question {
    let certain = draw.coin();
    let text = &s.practice().information;
    let (prompt, correct, solution, p, value) = if certain {
        (
            text.certain_event,
            0,
            text.certain_solution,
            1.0,
            ("<mn>0</mn>", "0"),
        )
    } else {
        (
            text.impossible_event,
            2,
            text.impossible_solution,
            0.0,
            ("<mi>∞</mi>", "∞"),
        )
    };
    let p_text = if certain { "1" } else { "0" };
    let formula = SolutionLine::Formula {
        markup: format!(
            "<mi>I</mi><mo>(</mo><mn>{p_text}</mn><mo>)</mo><mo>=</mo><mo>−</mo>{{log}}<mn>{p_text}</mn><mo>=</mo>{}",
            value.0
        ),
        label: format!("I({p_text}) = −log {p_text} = {}", value.1),
    };
    Question {
        kind: "",
        prompt: prompt.to_string(),
        ask: Ask::Choice(ChoiceAsk {
            options: text.edge_options.iter().map(|o| o.to_string()).collect(),
            correct,
        }),
        solution: vec![formula, SolutionLine::Text(solution.to_string())],
        situation: situation(p),
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::Information;
    use super::*;
    use crate::lessons::kit::practice::testing::{
        check_all, choice, close, neg_log, number, other_unit,
    };
    use crate::lessons::ViewId;

    fn p_of(question: &Question) -> f64 {
        match &question.situation {
            ViewState::Information(state) => state.p,
            other => panic!("not an information state: {other:?}"),
        }
    }

    #[test]
    fn every_question_is_valid_and_answered_exactly() {
        let mut kinds = std::collections::BTreeSet::new();
        check_all(PRACTICE, ViewId::Information, 1000, |unit, question| {
            kinds.insert(question.kind);
            let p = p_of(question);
            match question.kind {
                // I(p) = −log p of the probability in the lab, for one event or both.
                "information-of-p" | "independent-events-add" => {
                    let ask = number(question);
                    assert!(p > 0.0 && p < 1.0, "{p}");
                    assert_eq!(ask.quantity, "information");
                    let expected = neg_log(p, unit);
                    assert!((ask.answer - expected).abs() < 1e-12, "{p} {}", ask.answer);
                    assert_eq!(Information::new(p, unit).information, Ok(ask.answer));
                    let slip = |m: Mistake| ask.mistakes.iter().find(|&&(k, _)| k == m).unwrap().1;
                    assert!(close(
                        slip(Mistake::OtherLogBase),
                        neg_log(p, other_unit(unit))
                    ));
                    assert_eq!(slip(Mistake::Sign), -ask.answer);
                }
                // Halving p adds log 2: the first option says so.
                "half-as-likely" => assert_eq!(choice(question).correct, 0),
                // I(1) = 0 (the first option) and I(0) = ∞ (another).
                "certain-or-impossible" => {
                    assert!(p == 0.0 || p == 1.0);
                    assert_eq!(choice(question).correct == 0, p == 1.0);
                }
                other => panic!("unknown kind {other}"),
            }
        });
        assert_eq!(kinds.len(), PRACTICE.len());
    }
}
