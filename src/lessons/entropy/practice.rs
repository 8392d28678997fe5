//! `entropy`'s practice questions: part of the lesson's model (plain Rust), answered through
//! `math` in the unit the reader reads.

use super::EntropyState;
use crate::components::format::rounded;
use crate::i18n::practice::entropy::{OfDistribution, UniformMaximum};
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
        kind: "entropy-of-distribution",
        draw: entropy_of_distribution,
    },
    Template {
        kind: "impossible-outcome-adds-nothing",
        draw: impossible_outcome_adds_nothing,
    },
    Template {
        kind: "most-uncertain",
        draw: most_uncertain,
    },
    Template {
        kind: "uniform-maximum",
        draw: uniform_maximum,
    },
];

/// The smallest gap, in nats, between the largest entropy of a "most uncertain" question and
/// the runner-up: enough to tell them apart without a calculator's last digit.
const CLEAR_GAP_NATS: f64 = 0.05;

/// How many sets of candidates "most uncertain" draws at most before it settles for the last.
const MAX_ATTEMPTS: usize = 64;

fn situation(p: Vec<f64>) -> ViewState {
    ViewState::Entropy(EntropyState { p })
}

/// H(P) = −Σ pᵢ log pᵢ, finite for every distribution (0 · log 0 = 0).
fn entropy(p: &[f64], unit: Unit) -> f64 {
    math::entropy(p, unit).unwrap_or(f64::NAN)
}

/// "(0.5, 0.3, 0.2)": a distribution as the questions write it.
fn distribution_text(p: &[f64]) -> String {
    let entries: Vec<String> = p.iter().map(|&x| short_probability(x)).collect();
    format!("({})", entries.join(", "))
}

/// "H(P) = −(p₁ log p₁ + …) = t₁ + … = H" with the numbers in: the substitution, each
/// outcome's term p · (−log p) and the sum, as MathML for the lesson's formula component.
fn worked_sum(p: &[f64], unit: Unit) -> SolutionLine {
    let terms = math::entropy_terms(p, unit).unwrap_or_else(|_| vec![f64::NAN; p.len()]);
    let total = entropy(p, unit);
    let products_markup: Vec<String> = p
        .iter()
        .map(|&x| {
            let x = mn(&short_probability(x));
            format!("{x}<mo>·</mo>{{log}}{x}")
        })
        .collect();
    let products_label: Vec<String> = p
        .iter()
        .map(|&x| {
            let x = short_probability(x);
            format!("{x} · log {x}")
        })
        .collect();
    let terms_markup: Vec<String> = terms.iter().map(|&t| mn(&rounded(t))).collect();
    let terms_label: Vec<String> = terms.iter().map(|&t| rounded(t)).collect();
    SolutionLine::Formula {
        markup: format!(
            "<mi>H</mi><mo>(</mo><mi>P</mi><mo>)</mo><mo>=</mo><mo>−</mo><mo>(</mo>{}<mo>)</mo><mo>=</mo>{}<mo>=</mo>{}",
            products_markup.join("<mo>+</mo>"),
            terms_markup.join("<mo>+</mo>"),
            mn(&rounded(total)),
        ),
        label: format!(
            "H(P) = −({}) = {} = {}",
            products_label.join(" + "),
            terms_label.join(" + "),
            rounded(total)
        ),
    }
}

/// A number question on H(P) of `p`, with its prompt and closing sentence.
fn entropy_question(
    p: Vec<f64>,
    s: &Strings,
    unit: Unit,
    prompt: fn(&OfDistribution) -> String,
    explanation: &str,
) -> Question {
    let answer = entropy(&p, unit);
    let p_text = distribution_text(&p);
    let unit_name = s.ui.unit_name(unit);
    Question {
        kind: "",
        prompt: prompt(&OfDistribution {
            p: &p_text,
            unit: unit_name,
        }),
        ask: Ask::Number(
            NumberAsk::new(answer, Some(unit_name), "entropy")
                .mistake(Mistake::OtherLogBase, in_other_unit(answer, unit))
                .mistake(Mistake::Sign, -answer),
        ),
        solution: vec![
            worked_sum(&p, unit),
            SolutionLine::Text(explanation.to_string()),
        ],
        situation: situation(p),
    }
}

/// The number question: H(P) of a distribution over 3 to 5 outcomes, each at least 0.05.
fn entropy_of_distribution(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let outcomes = draw.int(3, 5) as usize;
    let p = draw.distribution(outcomes, 5);
    let text = &s.practice().entropy;
    entropy_question(
        p,
        s,
        unit,
        text.of_distribution,
        text.of_distribution_solution,
    )
}

/// The number question on the pitfall 0 · log 0: one of 3 to 5 outcomes has probability 0,
/// and its term counts as 0, not as −∞ or "undefined".
fn impossible_outcome_adds_nothing(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let possible = draw.int(2, 4) as usize;
    let mut p = draw.distribution(possible, 5);
    let zero_at = draw.index(possible + 1);
    p.insert(zero_at, 0.0);
    let text = &s.practice().entropy;
    entropy_question(
        p,
        s,
        unit,
        text.with_impossible,
        text.with_impossible_solution,
    )
}

/// The index of the largest value and its lead over the runner-up.
fn largest_with_lead(values: &[f64]) -> (usize, f64) {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate() {
        if v > values[best] {
            best = i;
        }
    }
    let runner_up = values
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &v)| v)
        .fold(f64::NEG_INFINITY, f64::max);
    (best, values[best] - runner_up)
}

/// Three distributions over the same 3 or 4 outcomes whose largest entropy leads by at least
/// [`CLEAR_GAP_NATS`] (drawn again until it does; the draws depend on the stream only).
fn distinct_candidates(draw: &mut Draw) -> Vec<Vec<f64>> {
    let outcomes = draw.int(3, 4) as usize;
    let mut candidates = Vec::new();
    for _ in 0..MAX_ATTEMPTS {
        candidates = (0..3).map(|_| draw.distribution(outcomes, 5)).collect();
        let entropies: Vec<f64> = candidates.iter().map(|p| entropy(p, Unit::Nats)).collect();
        if largest_with_lead(&entropies).1 >= CLEAR_GAP_NATS {
            break;
        }
    }
    candidates
}

/// The choice question: which of three distributions is the most uncertain (largest H).
fn most_uncertain(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let candidates = distinct_candidates(draw);
    let entropies: Vec<f64> = candidates.iter().map(|p| entropy(p, unit)).collect();
    let (correct, _) = largest_with_lead(&entropies);
    let text = &s.practice().entropy;
    let mut solution: Vec<SolutionLine> = candidates
        .iter()
        .zip(&entropies)
        .map(|(p, &h)| {
            let p_text = distribution_text(p);
            let entries: Vec<String> = p.iter().map(|&x| mn(&short_probability(x))).collect();
            SolutionLine::Formula {
                markup: format!(
                    "<mi>H</mi><mo>(</mo>{}<mo>)</mo><mo>=</mo>{}",
                    entries.join("<mo>,</mo>"),
                    mn(&rounded(h))
                ),
                label: format!("H{p_text} = {}", rounded(h)),
            }
        })
        .collect();
    solution.push(SolutionLine::Text(text.most_uncertain_solution.to_string()));
    Question {
        kind: "",
        prompt: text.most_uncertain.to_string(),
        ask: Ask::Choice(ChoiceAsk {
            options: candidates.iter().map(|p| distribution_text(p)).collect(),
            correct,
        }),
        solution,
        situation: situation(candidates[correct].clone()),
    }
}

/// The choice question: the cap of H(P) over n outcomes is log n, reached by the uniform
/// distribution.
fn uniform_maximum(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let outcomes = draw.int(3, 8) as usize;
    let right_at = draw.index(4);
    let uniform = math::uniform(outcomes).unwrap_or_default();
    let maximum = entropy(&uniform, unit);
    let maximum_text = rounded(maximum);
    let args = UniformMaximum {
        outcomes,
        maximum: short_trimmed(&maximum_text),
        unit: s.ui.unit_name(unit),
    };
    let text = &s.practice().entropy;
    let [right, wrong @ ..] = (text.uniform_maximum_options)(&args);
    let mut options = wrong.to_vec();
    options.insert(right_at, right);
    Question {
        kind: "",
        prompt: (text.uniform_maximum)(&args),
        ask: Ask::Choice(ChoiceAsk {
            options,
            correct: right_at,
        }),
        solution: vec![
            uniform_sum(outcomes, maximum),
            SolutionLine::Text((text.uniform_maximum_solution)(&args)),
        ],
        situation: situation(uniform),
    }
}

/// "H(P) = −n · (1/n) log(1/n) = log n = H": the n equal terms of the uniform distribution
/// written as one, as MathML for the lesson's formula component.
fn uniform_sum(outcomes: usize, maximum: f64) -> SolutionLine {
    let n = outcomes.to_string();
    let share = format!("<mfrac><mn>1</mn><mn>{n}</mn></mfrac>");
    SolutionLine::Formula {
        markup: format!(
            "<mi>H</mi><mo>(</mo><mi>P</mi><mo>)</mo><mo>=</mo><mo>−</mo><mn>{n}</mn><mo>·</mo>{share}<mo>·</mo>{{log}}{share}<mo>=</mo>{{log}}<mn>{n}</mn><mo>=</mo>{}",
            mn(&rounded(maximum)),
        ),
        label: format!(
            "H(P) = −{n} · (1/{n}) · log(1/{n}) = log {n} = {}",
            rounded(maximum)
        ),
    }
}

/// "2.0000" → "2": a round cap reads as the whole number it is.
fn short_trimmed(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::{Entropy, Naming};
    use super::*;
    use crate::i18n::strings;
    use crate::lessons::kit::practice::testing::{
        check_all, choice, close, drawn, each_language, in_unit, number, other_unit, texts,
    };
    use crate::state::{Lang, ViewId};

    const SEEDS: u64 = 1000;

    fn state_of(q: &Question) -> Vec<f64> {
        match &q.situation {
            ViewState::Entropy(state) => state.p.clone(),
            other => panic!("not an entropy state: {other:?}"),
        }
    }

    /// H(P) by hand, in nats, straight from the definition with 0 · log 0 = 0.
    fn by_hand(p: &[f64]) -> f64 {
        p.iter().filter(|&&x| x > 0.0).map(|&x| -x * x.ln()).sum()
    }

    /// "(0.5, 0.3, 0.2)" back into numbers.
    fn parse_distribution(text: &str) -> Vec<f64> {
        text.trim_start_matches('(')
            .trim_end_matches(')')
            .split(", ")
            .map(|x| x.parse().expect("a number"))
            .collect()
    }

    /// The answer is `expected`, what the lesson's readout shows for the situation, and its
    /// other-base mistake is H(P) in the other unit.
    fn assert_number(q: &Question, expected: f64, unit: Unit) {
        let ask = number(q);
        let s = strings(Lang::En);
        assert_eq!(ask.quantity, "entropy");
        assert_eq!(ask.unit, Some(s.ui.unit_name(unit)));
        assert!(ask.answer > 0.0, "{ask:?}");
        assert!(close(ask.answer, expected), "{ask:?} vs {expected}");
        let p = state_of(q);
        let names = Naming::for_length(p.len()).names(s.entropy(), p.len());
        assert_eq!(Entropy::new(&p, &names, unit).entropy, Ok(ask.answer));
        assert_eq!(ask.mistakes.len(), 2);
        let (_, other_base) = ask.mistakes[0];
        assert!(close(other_base, in_unit(by_hand(&p), other_unit(unit))));
    }

    #[test]
    fn every_number_answer_is_the_readout_and_the_definition() {
        let mut kinds = std::collections::BTreeSet::new();
        check_all(PRACTICE, ViewId::Entropy, SEEDS, |unit, q| {
            kinds.insert(q.kind);
            let p = state_of(q);
            match q.kind {
                // H(P) of a distribution with two decimals, each at least 0.05.
                "entropy-of-distribution" => {
                    assert!((3..=5).contains(&p.len()) && p.iter().all(|&x| x >= 0.05));
                    assert_number(q, in_unit(by_hand(&p), unit), unit);
                }
                // Exactly one impossible outcome, whose term counts as 0.
                "impossible-outcome-adds-nothing" => {
                    assert_eq!(p.iter().filter(|&&x| x == 0.0).count(), 1, "{p:?}");
                    assert!((3..=5).contains(&p.len()));
                    let possible: Vec<f64> = p.iter().copied().filter(|&x| x > 0.0).collect();
                    let without: f64 = possible.iter().map(|&x| -x * x.ln()).sum();
                    assert_number(q, in_unit(without, unit), unit);
                }
                "most-uncertain" | "uniform-maximum" => {}
                other => panic!("unknown kind {other}"),
            }
        });
        assert_eq!(kinds.len(), PRACTICE.len());
    }

    #[test]
    fn every_choice_is_right_in_every_language_and_unit() {
        each_language(PRACTICE, ViewId::Entropy, SEEDS, |_, unit, qs| {
            for q in qs {
                for text in texts(q) {
                    assert!(!text.contains('∞'), "{text:?}");
                }
            }

            // The option with the largest entropy, by a clear lead, and the lab shows it.
            let most = choice(&qs[2]);
            assert_eq!(most.options.len(), 3);
            let entropies: Vec<f64> = most
                .options
                .iter()
                .map(|o| by_hand(&parse_distribution(o)))
                .collect();
            for (j, &h) in entropies.iter().enumerate() {
                if j != most.correct {
                    assert!(entropies[most.correct] - h >= CLEAR_GAP_NATS, "{most:?}");
                }
            }
            assert_eq!(
                parse_distribution(&most.options[most.correct]),
                state_of(&qs[2])
            );

            // log n over n outcomes, shown by the uniform distribution.
            let cap = choice(&qs[3]);
            assert_eq!(cap.options.len(), 4);
            let p = state_of(&qs[3]);
            let n = p.len();
            assert!((3..=8).contains(&n));
            assert!(p.iter().all(|&x| (x - 1.0 / n as f64).abs() < 1e-15));
            let log_n = in_unit((n as f64).ln(), unit);
            let claim = format!("log {n} = {}", short_trimmed(&rounded(log_n)));
            for (j, option) in cap.options.iter().enumerate() {
                assert_eq!(
                    option.contains(&claim),
                    j == cap.correct,
                    "{option} / {claim}"
                );
            }
        });
    }

    #[test]
    fn the_right_option_moves_between_draws() {
        let positions: std::collections::BTreeSet<usize> = (0..100)
            .map(|seed| {
                choice(&drawn(PRACTICE, ViewId::Entropy, seed, Lang::En, Unit::Bits)[3]).correct
            })
            .collect();
        assert_eq!(positions.len(), 4);
    }

    #[test]
    fn english_amounts_of_one_unit_are_singular() {
        let q = (0..SEEDS)
            .map(|seed| drawn(PRACTICE, ViewId::Entropy, seed, Lang::En, Unit::Bits).remove(3))
            .find(|q| state_of(q).len() == 4)
            .expect("some draw has 4 outcomes");
        let cap = choice(&q);
        assert!(
            cap.options[cap.correct].starts_with("log 4 = 2 bits"),
            "{cap:?}"
        );
        assert!(
            cap.options.iter().any(|o| o.starts_with("1 bit,")),
            "{cap:?}"
        );
    }
}
