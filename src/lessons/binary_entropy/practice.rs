//! `binary-entropy`'s practice questions: part of the lesson's model (plain Rust), answered
//! through `math` in the unit the reader reads.

use super::model::FAIR;
use super::BinaryEntropyState;
use crate::components::format::rounded;
use crate::i18n::practice::binary_entropy::{OfCoin, Peak, Swapped};
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
        kind: "coin-entropy",
        draw: coin_entropy,
    },
    Template {
        kind: "swapped-outcomes",
        draw: swapped_outcomes,
    },
    Template {
        kind: "peak-of-curve",
        draw: peak_of_curve,
    },
    Template {
        kind: "certain-coin",
        draw: certain_coin,
    },
];

/// How many options a choice question has; the right one goes to a drawn place among them.
const OPTIONS: usize = 4;

fn situation(p: f64) -> ViewState {
    ViewState::BinaryEntropy(BinaryEntropyState { p })
}

/// H(p) = −p log p − (1 − p) log(1 − p), finite on [0, 1] (0 · log 0 = 0).
fn binary_entropy(p: f64, unit: Unit) -> f64 {
    math::binary_entropy(p, unit).unwrap_or(f64::NAN)
}

/// A probability drawn as a whole number of hundredths, and its complement, both exact to
/// two decimals: (k/100, (100 − k)/100).
fn with_complement(hundredths: i64) -> (f64, f64) {
    (hundredths as f64 / 100.0, (100 - hundredths) as f64 / 100.0)
}

/// "1.0000" → "1": a round number reads as the whole number it is.
fn trimmed(text: String) -> String {
    if text.contains('.') && !text.contains('e') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// log 2 in `unit`, as the options write it: "1" (bits) or "0.6931" (nats).
fn peak_text(unit: Unit) -> String {
    trimmed(rounded(binary_entropy(FAIR, unit)))
}

/// "H(p) = −p log p − q log q = t₁ + t₂ = H" with the numbers in, p first, as MathML for the
/// lesson's formula component.
fn worked_sum(p: f64, q: f64, unit: Unit) -> SolutionLine {
    let terms = math::entropy_terms(&[p, q], unit).unwrap_or_else(|_| vec![f64::NAN; 2]);
    let total = binary_entropy(p, unit);
    let (p_text, q_text) = (short_probability(p), short_probability(q));
    let (p_mn, q_mn) = (mn(&p_text), mn(&q_text));
    let (t0, t1, h) = (rounded(terms[0]), rounded(terms[1]), rounded(total));
    SolutionLine::Formula {
        markup: format!(
            "<mi>H</mi><mo>(</mo>{p_mn}<mo>)</mo><mo>=</mo><mo>−</mo>{p_mn}<mo>·</mo>{{log}}{p_mn}<mo>−</mo>{q_mn}<mo>·</mo>{{log}}{q_mn}<mo>=</mo>{}<mo>+</mo>{}<mo>=</mo>{}",
            mn(&t0),
            mn(&t1),
            mn(&h),
        ),
        label: format!(
            "H({p_text}) = −{p_text} · log {p_text} − {q_text} · log {q_text} = {t0} + {t1} = {h}"
        ),
    }
}

/// `options` with the right one (first) moved to place `right_at`, the wrong ones in order.
fn right_option_at(options: [String; OPTIONS], right_at: usize) -> ChoiceAsk {
    let [right, wrong @ ..] = options;
    let mut options = wrong.to_vec();
    options.insert(right_at, right);
    ChoiceAsk {
        options,
        correct: right_at,
    }
}

/// The number question: H(p) of a coin, p with two decimals from 0.02 to 0.98.
fn coin_entropy(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q) = with_complement(draw.int(2, 98));
    let answer = binary_entropy(p, unit);
    let unit_name = s.ui.unit_name(unit);
    let text = &s.practice().binary_entropy;
    Question {
        kind: "",
        prompt: (text.of_coin)(&OfCoin {
            p: &short_probability(p),
            unit: unit_name,
        }),
        ask: Ask::Number(
            NumberAsk::new(answer, Some(unit_name), "binary_entropy")
                .mistake(Mistake::OtherLogBase, in_other_unit(answer, unit))
                .mistake(Mistake::Sign, -answer),
        ),
        solution: vec![
            worked_sum(p, q, unit),
            SolutionLine::Text(text.of_coin_solution.to_string()),
        ],
        situation: situation(p),
    }
}

/// The choice question: H(1 − p) = H(p), the curve's symmetry. p is 0.05 to 0.45, so the
/// swapped coin is a different coin.
fn swapped_outcomes(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let (p, q) = with_complement(draw.int(5, 45));
    let right_at = draw.index(OPTIONS);
    let entropy = binary_entropy(p, unit);
    let peak = binary_entropy(FAIR, unit);
    let (p_text, q_text) = (short_probability(p), short_probability(q));
    let (entropy_text, peak_text, rest_text) = (
        rounded(entropy),
        trimmed(rounded(peak)),
        rounded(peak - entropy),
    );
    let args = Swapped {
        p: &p_text,
        q: &q_text,
        entropy: &entropy_text,
        peak: &peak_text,
        rest: &rest_text,
        unit: s.ui.unit_name(unit),
    };
    let text = &s.practice().binary_entropy;
    Question {
        kind: "",
        prompt: (text.swapped)(&args),
        ask: Ask::Choice(right_option_at((text.swapped_options)(&args), right_at)),
        solution: vec![
            worked_sum(p, q, unit),
            worked_sum(q, p, unit),
            SolutionLine::Text((text.swapped_solution)(&args)),
        ],
        situation: situation(q),
    }
}

/// The choice question: the curve peaks at the fair coin, H(0.5) = log 2 (1 bit = ln 2 nats).
fn peak_of_curve(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let right_at = draw.index(OPTIONS);
    let peak = peak_text(unit);
    let args = Peak {
        peak: &peak,
        unit: s.ui.unit_name(unit),
    };
    let text = &s.practice().binary_entropy;
    Question {
        kind: "",
        prompt: (text.peak_question)(&args),
        ask: Ask::Choice(right_option_at((text.peak_options)(&args), right_at)),
        solution: vec![
            worked_sum(FAIR, 1.0 - FAIR, unit),
            SolutionLine::Text(text.peak_solution.to_string()),
        ],
        situation: situation(FAIR),
    }
}

/// The choice question on the pitfall 0 · log 0: a certain coin (p = 1 or p = 0) has H = 0,
/// not ∞ and not "undefined".
fn certain_coin(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let always_heads = draw.coin();
    let right_at = draw.index(OPTIONS);
    let (p, prompt) = if always_heads {
        (1.0, s.practice().binary_entropy.always_heads)
    } else {
        (0.0, s.practice().binary_entropy.never_heads)
    };
    let peak = peak_text(unit);
    let args = Peak {
        peak: &peak,
        unit: s.ui.unit_name(unit),
    };
    let text = &s.practice().binary_entropy;
    Question {
        kind: "",
        prompt: prompt.to_string(),
        ask: Ask::Choice(right_option_at((text.certain_options)(&args), right_at)),
        solution: vec![
            worked_sum(p, 1.0 - p, unit),
            SolutionLine::Text(text.certain_solution.to_string()),
        ],
        situation: situation(p),
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::BinaryEntropy;
    use super::*;
    use crate::i18n::strings;
    use crate::lessons::kit::practice::testing::{
        check_all, choice, close, drawn, each_language, in_unit, number, other_unit, texts,
    };
    use crate::state::{Lang, ViewId};

    const SEEDS: u64 = 1000;

    fn all(seed: u64, lang: Lang, unit: Unit) -> Vec<Question> {
        drawn(PRACTICE, ViewId::BinaryEntropy, seed, lang, unit)
    }

    fn p_of(q: &Question) -> f64 {
        match &q.situation {
            ViewState::BinaryEntropy(state) => state.p,
            other => panic!("not a binary-entropy state: {other:?}"),
        }
    }

    /// H(p) by hand, in nats, straight from the definition with 0 · log 0 = 0.
    fn by_hand(p: f64) -> f64 {
        [p, 1.0 - p]
            .iter()
            .filter(|&&x| x > 0.0)
            .map(|&x| -x * x.ln())
            .sum()
    }

    #[test]
    fn every_answer_is_the_readout_and_the_definition() {
        let s = strings(Lang::En);
        let mut kinds = std::collections::BTreeSet::new();
        check_all(PRACTICE, ViewId::BinaryEntropy, SEEDS, |unit, q| {
            kinds.insert(q.kind);
            let p = p_of(q);
            if let Ask::Choice(choice) = &q.ask {
                assert_eq!(choice.options.len(), OPTIONS, "{}", q.kind);
            }
            match q.kind {
                // H(p) of a coin: the readout's value and by hand.
                "coin-entropy" => {
                    assert!((0.02..=0.98).contains(&p) && (p * 100.0).round() / 100.0 == p);
                    let ask = number(q);
                    assert_eq!(
                        (ask.quantity, ask.unit),
                        ("binary_entropy", Some(s.ui.unit_name(unit)))
                    );
                    assert!(ask.answer > 0.0);
                    assert!(close(ask.answer, in_unit(by_hand(p), unit)));
                    assert_eq!(BinaryEntropy::new(p, unit, s).entropy, Ok(ask.answer));
                    assert_eq!(ask.mistakes.len(), 2);
                    assert!(close(
                        ask.mistakes[0].1,
                        in_unit(by_hand(p), other_unit(unit))
                    ));
                }
                // The swapped coin: the lab shows 1 − p, whose entropy is the given one.
                "swapped-outcomes" => {
                    assert!((0.55..=0.95).contains(&p));
                    let h = rounded(in_unit(by_hand(1.0 - p), unit));
                    assert_eq!(h, rounded(in_unit(by_hand(p), unit)));
                }
                // The peak: p = 0.5.
                "peak-of-curve" => assert_eq!(p, 0.5),
                // A certain coin: H = 0, and the lab shows it at p = 0 or p = 1.
                "certain-coin" => {
                    assert!(p == 0.0 || p == 1.0);
                    assert_eq!(by_hand(p), 0.0);
                    assert_eq!(BinaryEntropy::new(p, unit, s).entropy, Ok(0.0));
                }
                other => panic!("unknown kind {other}"),
            }
        });
        assert_eq!(kinds.len(), PRACTICE.len());
    }

    #[test]
    fn every_choice_states_its_fact_in_every_language_and_unit() {
        each_language(PRACTICE, ViewId::BinaryEntropy, SEEDS, |_, unit, qs| {
            // ∞ only in the options of the question about a certain coin, where it
            // is a wrong answer.
            for q in qs {
                let options = match &q.ask {
                    Ask::Choice(choice) if q.kind == "certain-coin" => choice.options.clone(),
                    _ => Vec::new(),
                };
                for text in texts(q)
                    .into_iter()
                    .filter(|t| !options.iter().any(|o| o == t))
                {
                    assert!(!text.contains('∞'), "{text:?}");
                }
            }

            // The swapped coin: only the right option states H(1 − p) = H(p) as it is.
            let swapped = choice(&qs[1]);
            let h = rounded(in_unit(by_hand(p_of(&qs[1])), unit));
            assert!(qs[1].prompt.contains(&h), "{}", qs[1].prompt);
            for (j, option) in swapped.options.iter().enumerate() {
                assert!(option.contains(&h), "{option}");
                let states_it = [format!("Exactly {h}"), format!("恰好也是 {h}")]
                    .iter()
                    .any(|claim| option.starts_with(claim.as_str()));
                assert_eq!(states_it, j == swapped.correct, "{option}");
            }

            // The peak: H = log 2 in the unit asked for.
            let peak = choice(&qs[2]);
            let log_two = match unit {
                Unit::Nats => "0.6931",
                Unit::Bits => "1",
            };
            for (j, option) in peak.options.iter().enumerate() {
                let right =
                    option.contains("0.5") && option.contains(&format!("log 2 = {log_two} "));
                assert_eq!(right, j == peak.correct, "{option}");
            }

            // A certain coin: H = 0.
            let certain = choice(&qs[3]);
            for (j, option) in certain.options.iter().enumerate() {
                assert_eq!(option.starts_with("0 "), j == certain.correct, "{option}");
            }
        });
    }

    #[test]
    fn the_right_option_moves_between_draws() {
        for k in 1..PRACTICE.len() {
            let positions: std::collections::BTreeSet<usize> = (0..100)
                .map(|seed| choice(&all(seed, Lang::En, Unit::Bits)[k]).correct)
                .collect();
            assert_eq!(positions.len(), OPTIONS, "question {k}");
        }
    }

    #[test]
    fn both_certain_coins_are_drawn() {
        let ends: std::collections::BTreeSet<u64> = (0..100)
            .map(|seed| p_of(&all(seed, Lang::Zh, Unit::Nats)[3]).to_bits())
            .collect();
        assert_eq!(ends.len(), 2);
    }

    #[test]
    fn english_amounts_of_one_unit_are_singular() {
        let qs = all(1, Lang::En, Unit::Bits);
        let peak = choice(&qs[2]);
        assert!(
            peak.options[peak.correct].ends_with("log 2 = 1 bit"),
            "{peak:?}"
        );
        assert!(!qs.iter().any(|q| q.prompt.contains(" 1 bits")));
    }
}
