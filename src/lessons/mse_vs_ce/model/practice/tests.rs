//! Every template over 1,000 seeds, both units and both languages: valid situations, answers
//! checked against formulas written out here, choices recomputed, mistakes recognised.

use super::*;
use crate::i18n::strings;
use crate::lessons::kit::practice::{check_number, questions, tolerance, Verdict};
use crate::lessons::mse_vs_ce::MAX_LEARNING_RATE;
use crate::math::{self, RaceLoss};
use crate::state::{parse_query, to_query, Lang, Settings, ViewId};

const SEEDS: u64 = 1000;
const UNITS: [Unit; 2] = [Unit::Nats, Unit::Bits];
const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

fn all(seed: u64, lang: Lang, unit: Unit) -> Vec<Question> {
    questions(PRACTICE, ViewId::MseVsCe.index(), seed, strings(lang), unit)
}

fn mse_state(question: &Question) -> &MseVsCeState {
    match &question.situation {
        ViewState::MseVsCe(state) => state,
        other => panic!("{}: a situation of another view: {other:?}", question.kind),
    }
}

fn number(question: &Question) -> &NumberAsk {
    match &question.ask {
        Ask::Number(ask) => ask,
        Ask::Choice(_) => panic!("{} should ask for a number", question.kind),
    }
}

fn choice(question: &Question) -> &ChoiceAsk {
    match &question.ask {
        Ask::Choice(ask) => ask,
        Ask::Number(_) => panic!("{} should be a choice", question.kind),
    }
}

/// q = softmax(z), written out here without `crate::math`.
fn softmax(z: &[f64]) -> Vec<f64> {
    let top = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exps: Vec<f64> = z.iter().map(|&x| (x - top).exp()).collect();
    let total: f64 = exps.iter().sum();
    exps.iter().map(|e| e / total).collect()
}

/// CE = log Σ e^(z_j) − z_t in nats, written out here.
fn cross_entropy_nats(z: &[f64], t: usize) -> f64 {
    let top = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    top + z.iter().map(|&x| (x - top).exp()).sum::<f64>().ln() - z[t]
}

/// SE = Σ (y_i − q_i)² with y one-hot at t, written out here.
fn squared_error(z: &[f64], t: usize) -> f64 {
    softmax(z)
        .iter()
        .enumerate()
        .map(|(i, q)| (if i == t { 1.0 } else { 0.0 } - q).powi(2))
        .sum()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Every line of a question's text, for checks on what a reader sees.
fn texts(question: &Question) -> Vec<String> {
    let mut texts = vec![question.prompt.clone()];
    if let Ask::Choice(ask) = &question.ask {
        texts.extend(ask.options.iter().cloned());
    }
    for line in &question.solution {
        match line {
            SolutionLine::Formula { markup, label } => {
                texts.extend([markup.clone(), label.clone()])
            }
            SolutionLine::Text(text) => texts.push(text.clone()),
        }
    }
    texts
}

#[test]
fn there_are_five_templates_with_distinct_kinds_and_three_number_questions() {
    let qs = all(0, Lang::En, Unit::Nats);
    assert_eq!(qs.len(), 5);
    let kinds: Vec<&str> = qs.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, PRACTICE.iter().map(|t| t.kind).collect::<Vec<_>>());
    let mut unique = kinds.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), kinds.len());
    let quantities: Vec<&str> = qs[..3].iter().map(|q| number(q).quantity).collect();
    assert_eq!(
        quantities,
        ["grad_cross_entropy_z", "cross_entropy", "squared_error"]
    );
    choice(&qs[3]);
    choice(&qs[4]);
}

#[test]
fn every_situation_is_a_valid_state_that_a_link_keeps() {
    for seed in 0..SEEDS {
        for question in all(seed, Lang::En, Unit::Nats) {
            let state = mse_state(&question);
            assert!(state.true_class < state.z.len());
            assert!((2..=crate::state::MAX_CLASSES).contains(&state.z.len()));
            assert!(state.learning_rate > 0.0 && state.learning_rate <= MAX_LEARNING_RATE);
            let link = to_query(ViewId::MseVsCe, &Settings::default(), &question.situation);
            let parsed = parse_query(&link);
            assert!(parsed.issues.is_empty(), "{link}: {:?}", parsed.issues);
            assert_eq!(parsed.state, question.situation, "{link}");
        }
    }
}

#[test]
fn the_questions_are_the_same_in_both_languages_and_units_but_for_the_unit() {
    for seed in 0..SEEDS {
        let reference = all(seed, Lang::En, Unit::Nats);
        for lang in LANGS {
            for unit in UNITS {
                let qs = all(seed, lang, unit);
                for (q, r) in qs.iter().zip(&reference) {
                    assert_eq!((q.kind, &q.situation), (r.kind, &r.situation));
                    match (&q.ask, &r.ask) {
                        (Ask::Number(a), Ask::Number(b)) => {
                            assert_eq!(a.quantity, b.quantity);
                            let expected = if a.quantity == "cross_entropy" {
                                unit.from_nats(b.answer)
                            } else {
                                b.answer
                            };
                            assert!(
                                close(a.answer, expected),
                                "{}: {} {}",
                                q.kind,
                                a.answer,
                                expected
                            );
                            assert_eq!(a.mistakes.len(), b.mistakes.len());
                        }
                        (Ask::Choice(a), Ask::Choice(b)) => {
                            assert_eq!((a.options.len(), a.correct), (b.options.len(), b.correct));
                        }
                        _ => panic!("{}: the format changed with the language or unit", q.kind),
                    }
                    assert_eq!(q.solution.len(), r.solution.len());
                }
            }
        }
    }
}

#[test]
fn no_text_shows_a_missing_number() {
    for seed in 0..SEEDS {
        for lang in LANGS {
            for unit in UNITS {
                for question in all(seed, lang, unit) {
                    for text in texts(&question) {
                        assert!(!text.is_empty(), "{}", question.kind);
                        assert!(
                            !text.contains("NaN") && !text.contains('–'),
                            "{}: {text}",
                            question.kind
                        );
                    }
                    assert!(question
                        .solution
                        .iter()
                        .any(|l| matches!(l, SolutionLine::Formula { .. })));
                    assert!(question
                        .solution
                        .iter()
                        .any(|l| matches!(l, SolutionLine::Text(_))));
                }
            }
        }
    }
}

/// Checks a number answer: finite, the lab's value in its situation, an independent value,
/// recognised right (also with a decimal comma) and every mistake named and kept apart.
fn check_answer(question: &Question, independent: f64, shown: f64) {
    let ask = number(question);
    assert!(ask.answer.is_finite(), "{}: {}", question.kind, ask.answer);
    assert!(
        close(ask.answer, independent),
        "{}: {} vs {independent}",
        question.kind,
        ask.answer
    );
    assert_eq!(
        ask.answer, shown,
        "{}: the lab shows another value",
        question.kind
    );
    assert_eq!(
        check_number(ask, &format!("{}", ask.answer)),
        Verdict::Right
    );
    let comma = format!("{:.6}", ask.answer).replace('.', ",");
    assert_eq!(check_number(ask, &comma), Verdict::Right, "{comma}");
    for &(mistake, wrong) in &ask.mistakes {
        assert!(wrong.is_finite());
        assert!(
            (wrong - ask.answer).abs() > tolerance(wrong) + tolerance(ask.answer),
            "{}: {mistake:?} {wrong} is too close to {}",
            question.kind,
            ask.answer
        );
        assert_eq!(
            check_number(ask, &format!("{wrong:.6}")),
            Verdict::Wrong(Some(mistake))
        );
    }
}

#[test]
fn number_answers_are_the_labs_and_an_independent_formulas() {
    for seed in 0..SEEDS {
        for unit in UNITS {
            let qs = all(seed, Lang::En, unit);

            // ∂CE/∂z_t = q_t − 1 at the q_t the prompt names.
            let state = mse_state(&qs[0]);
            let (z, t) = (&state.z, state.true_class);
            let q_t = softmax(z)[t];
            let named = (q_t * 100.0).round() / 100.0;
            assert!(close(q_t, named) && (0.05..=0.95).contains(&named), "{q_t}");
            assert!(qs[0].prompt.contains(&short_probability(named)));
            let prediction = Prediction::of(state);
            check_answer(&qs[0], q_t - 1.0, prediction.grad_cross_entropy().unwrap());
            assert_eq!(number(&qs[0]).unit, None);
            let mistakes = &number(&qs[0]).mistakes;
            assert_eq!(mistakes.len(), 1);
            assert_eq!(mistakes[0].0, Mistake::Sign);
            assert!(close(mistakes[0].1, 1.0 - q_t));

            // CE = −log q_t in the unit asked for.
            let state = mse_state(&qs[1]);
            let (z, t) = (&state.z, state.true_class);
            let nats = cross_entropy_nats(z, t);
            let expected = match unit {
                Unit::Nats => nats,
                Unit::Bits => nats / std::f64::consts::LN_2,
            };
            let prediction = Prediction::of(state);
            check_answer(&qs[1], expected, prediction.cross_entropy(unit).unwrap());
            assert!(close(
                expected,
                unit.from_nats(
                    math::softmax_cross_entropy(&math::one_hot(t, z.len()).unwrap(), z).unwrap()
                )
            ));
            assert_eq!(
                number(&qs[1]).unit,
                Some(strings(Lang::En).ui.unit_name(unit))
            );
            let other = number(&qs[1]).mistakes[0];
            assert_eq!(other.0, Mistake::OtherLogBase);
            let other_unit = if unit == Unit::Nats {
                Unit::Bits
            } else {
                Unit::Nats
            };
            assert!(close(other.1, other_unit.from_nats(nats)));

            // SE = Σ (y_i − q_i)², and a library's SE / n as the known mistake.
            let state = mse_state(&qs[2]);
            let (z, t) = (&state.z, state.true_class);
            let se = squared_error(z, t);
            check_answer(&qs[2], se, Prediction::of(state).squared_error().unwrap());
            assert!(close(
                se,
                math::squared_error(
                    &math::one_hot(t, z.len()).unwrap(),
                    &math::softmax(z).unwrap()
                )
                .unwrap()
            ));
            assert_eq!(number(&qs[2]).unit, None);
            assert!(z.len() <= 3);
            assert_eq!(number(&qs[2]).mistakes.len(), 1);
            assert!(close(number(&qs[2]).mistakes[0].1, se / z.len() as f64));
        }
    }
}

/// The steps a run of `math::training_race` needs (∞ past the cap).
fn steps(z: &[f64], t: usize, rate: f64, loss: RaceLoss) -> f64 {
    let race = math::training_race(z, t, rate, loss).expect("the drawn rates never overflow");
    race.steps_to_target.map_or(f64::INFINITY, |s| s as f64)
}

#[test]
fn the_race_choice_names_the_run_that_reaches_0_9_first() {
    let mut seen = [0usize; 4];
    for seed in 0..SEEDS {
        let q = &all(seed, Lang::En, Unit::Nats)[3];
        let state = mse_state(q);
        let (z, t, rate) = (&state.z, state.true_class, state.learning_rate);
        assert!(RACE_RATES.contains(&rate));
        assert!(softmax(z)[t] < 0.9, "the race must not be won at the start");
        let (ce, se) = (
            steps(z, t, rate, RaceLoss::CrossEntropy),
            steps(z, t, rate, RaceLoss::SquaredError),
        );
        let ask = choice(q);
        assert_eq!(ask.options.len(), 4);
        let expected = if ce.is_infinite() && se.is_infinite() {
            3
        } else if ce < se {
            0
        } else if se < ce {
            1
        } else {
            2
        };
        assert_eq!(ask.correct, expected, "{z:?} t={t} η={rate}: {ce} vs {se}");
        seen[expected] += 1;
        // The lab's readouts in the situation are the same step counts.
        let race = RaceOutcome::of(state);
        assert_eq!(
            (race.steps_cross_entropy(), race.steps_squared_error()),
            (Ok(ce), Ok(se))
        );
        for lang in LANGS {
            let text = &texts(&all(seed, lang, Unit::Nats)[3]).join(" ");
            let shown = |s: f64| {
                if s.is_finite() {
                    s.to_string()
                } else {
                    "∞".to_string()
                }
            };
            assert!(
                text.contains(&shown(ce)) && text.contains(&shown(se)),
                "{text}"
            );
        }
    }
    // Cross-entropy wins most races, but not every answer is the same.
    assert!(seen[0] > seen[1] + seen[2] + seen[3], "{seen:?}");
    assert!(seen[0] < SEEDS as usize, "{seen:?}");
}

#[test]
fn options_are_distinct_and_not_empty() {
    for seed in 0..SEEDS {
        for lang in LANGS {
            for question in &all(seed, lang, Unit::Bits)[3..] {
                let ask = choice(question);
                assert!(ask.correct < ask.options.len());
                assert!(ask.options.iter().all(|o| !o.trim().is_empty()));
                let mut sorted = ask.options.clone();
                sorted.sort();
                sorted.dedup();
                assert_eq!(sorted.len(), ask.options.len(), "{:?}", ask.options);
            }
        }
    }
}

#[test]
fn the_squared_error_gradient_vanishes_as_q_t_falls() {
    let mut positions = [0usize; 4];
    for seed in 0..SEEDS {
        for lang in LANGS {
            let q = &all(seed, lang, Unit::Nats)[4];
            let state = mse_state(q);
            let (z, t) = (&state.z, state.true_class);
            // ∂SE/∂z_t = −2 q_t SE and ∂CE/∂z_t = q_t − 1, here and with z_t far lower.
            let gradients = |z: &[f64]| {
                let q_t = softmax(z)[t];
                (-2.0 * q_t * squared_error(z, t), q_t - 1.0)
            };
            let (se_here, ce_here) = gradients(z);
            assert!(softmax(z)[t] < 0.02, "confidently wrong: {z:?}");
            assert!(se_here.abs() < ce_here.abs() / 10.0, "{se_here} {ce_here}");
            let mut lower = z.clone();
            lower[t] -= 30.0;
            let (se_far, ce_far) = gradients(&lower);
            assert!(se_far.abs() < 1e-9 && (ce_far + 1.0).abs() < 1e-9);
            // The lab shows the same gradients.
            let prediction = Prediction::of(state);
            assert!(close(prediction.grad_squared_error().unwrap(), se_here));
            assert!(close(prediction.grad_cross_entropy().unwrap(), ce_here));
            let ask = choice(q);
            let right = strings(lang).practice.mse_vs_ce.vanishing_options[0];
            assert_eq!(ask.options[ask.correct], right);
            assert_eq!(
                ask.options.iter().filter(|o| o.as_str() == right).count(),
                1
            );
            if lang == Lang::En {
                positions[ask.correct] += 1;
            }
        }
    }
    // The right option moves around.
    assert!(positions.iter().all(|&n| n > 100), "{positions:?}");
}

#[test]
fn a_race_winner_is_fewer_steps() {
    let inf = f64::INFINITY;
    assert_eq!(race_winner_of(11.0, 87.0), RaceWinner::CrossEntropy);
    assert_eq!(race_winner_of(145.0, inf), RaceWinner::CrossEntropy);
    assert_eq!(race_winner_of(9.0, 4.0), RaceWinner::SquaredError);
    assert_eq!(race_winner_of(inf, 40.0), RaceWinner::SquaredError);
    assert_eq!(race_winner_of(1.0, 1.0), RaceWinner::Tie);
    assert_eq!(race_winner_of(inf, inf), RaceWinner::Neither);
}

#[test]
fn the_step_cap_reads_with_grouped_thousands() {
    assert_eq!(grouped(RACE_STEP_CAP), "10,000");
    assert_eq!(
        (grouped(7), grouped(999), grouped(1000), grouped(1234567)),
        ("7".into(), "999".into(), "1,000".into(), "1,234,567".into())
    );
}

#[test]
fn logits_read_with_one_decimal_and_a_true_minus_sign() {
    assert_eq!(logits_text(&[0.5, -1.2, 2.0]), "(0.5, −1.2, 2.0)");
}
