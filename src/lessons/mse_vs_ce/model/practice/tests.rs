//! The lesson's own checks of its templates over 1,000 seeds, both units: answers checked
//! against formulas written out here and the lab's readouts, choices recomputed from the
//! drawn logits. The checks every template passes come from `check_all`.

use super::*;
use crate::i18n::strings;
use crate::lessons::kit::practice::testing::{
    check_all, choice, close, drawn, each_language, in_unit, number, other_unit, texts,
};
use crate::lessons::kit::practice::{check_number, tolerance, Verdict};
use crate::lessons::mse_vs_ce::MAX_LEARNING_RATE;
use crate::math::{self, RaceLoss};
use crate::state::{Lang, ViewId};

const SEEDS: u64 = 1000;

fn mse_state(question: &Question) -> &MseVsCeState {
    match &question.situation {
        ViewState::MseVsCe(state) => state,
        other => panic!("{}: a situation of another view: {other:?}", question.kind),
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

/// The steps a run of `math::training_race` needs (∞ past the cap).
fn steps(z: &[f64], t: usize, rate: f64, loss: RaceLoss) -> f64 {
    let race = math::training_race(z, t, rate, loss).expect("the drawn rates never overflow");
    race.steps_to_target.map_or(f64::INFINITY, |s| s as f64)
}

#[test]
fn there_are_five_templates_with_distinct_kinds_and_three_number_questions() {
    let qs = drawn(PRACTICE, ViewId::MseVsCe, 0, Lang::En, Unit::Nats);
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

/// Checks a number answer: an independent value, exactly the lab's value in its situation,
/// right when typed to six decimals (also with a decimal comma), and every mistake kept
/// apart from it by both tolerances and named when typed to six decimals.
fn check_answer(question: &Question, independent: f64, shown: f64) {
    let ask = number(question);
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
    let comma = format!("{:.6}", ask.answer).replace('.', ",");
    assert_eq!(check_number(ask, &comma), Verdict::Right, "{comma}");
    for &(mistake, wrong) in &ask.mistakes {
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
fn answers_are_the_labs_and_an_independent_formulas() {
    let mut seen = [0usize; 4];
    let mut positions = [0usize; 4];
    check_all(PRACTICE, ViewId::MseVsCe, SEEDS, |unit, q| {
        let state = mse_state(q);
        let (z, t) = (&state.z, state.true_class);
        assert!(t < z.len());
        assert!((2..=crate::state::MAX_CLASSES).contains(&z.len()));
        assert!(state.learning_rate > 0.0 && state.learning_rate <= MAX_LEARNING_RATE);
        let prediction = Prediction::of(state);
        match q.kind {
            // ∂CE/∂z_t = q_t − 1 at the q_t the prompt names.
            "grad-cross-entropy-at-q" => {
                let q_t = softmax(z)[t];
                let named = (q_t * 100.0).round() / 100.0;
                assert!(close(q_t, named) && (0.05..=0.95).contains(&named), "{q_t}");
                assert!(q.prompt.contains(&short_probability(named)));
                check_answer(q, q_t - 1.0, prediction.grad_cross_entropy().unwrap());
                let ask = number(q);
                assert_eq!(ask.unit, None);
                assert_eq!(ask.mistakes.len(), 1);
                assert_eq!(ask.mistakes[0].0, Mistake::Sign);
                assert!(close(ask.mistakes[0].1, 1.0 - q_t));
            }
            // CE = −log q_t in the unit asked for.
            "cross-entropy-of-logits" => {
                let nats = cross_entropy_nats(z, t);
                let expected = in_unit(nats, unit);
                check_answer(q, expected, prediction.cross_entropy(unit).unwrap());
                let one_hot = math::one_hot(t, z.len()).unwrap();
                let by_math = math::softmax_cross_entropy(&one_hot, z).unwrap();
                assert!(close(expected, unit.from_nats(by_math)));
                let ask = number(q);
                assert_eq!(ask.unit, Some(strings(Lang::En).ui.unit_name(unit)));
                let other = ask.mistakes[0];
                assert_eq!(other.0, Mistake::OtherLogBase);
                assert!(close(other.1, in_unit(nats, other_unit(unit))));
            }
            // SE = Σ (y_i − q_i)², and a library's SE / n as the known mistake.
            "squared-error-of-logits" => {
                let se = squared_error(z, t);
                check_answer(q, se, prediction.squared_error().unwrap());
                let one_hot = math::one_hot(t, z.len()).unwrap();
                let by_math = math::squared_error(&one_hot, &math::softmax(z).unwrap());
                assert!(close(se, by_math.unwrap()));
                let ask = number(q);
                assert_eq!(ask.unit, None);
                assert!(z.len() <= 3);
                assert_eq!(ask.mistakes.len(), 1);
                assert!(close(ask.mistakes[0].1, se / z.len() as f64));
            }
            // The run that reaches 0.9 first, by the race itself.
            "race-winner" => {
                let rate = state.learning_rate;
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
                if unit == Unit::Nats {
                    seen[expected] += 1;
                }
                // The lab's readouts in the situation are the same step counts.
                let race = RaceOutcome::of(state);
                assert_eq!(
                    (race.steps_cross_entropy(), race.steps_squared_error()),
                    (Ok(ce), Ok(se))
                );
            }
            // ∂SE/∂z_t = −2 q_t SE and ∂CE/∂z_t = q_t − 1, here and with z_t far lower.
            "squared-error-gradient-vanishes" => {
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
                assert!(close(prediction.grad_squared_error().unwrap(), se_here));
                assert!(close(prediction.grad_cross_entropy().unwrap(), ce_here));
                if unit == Unit::Nats {
                    positions[choice(q).correct] += 1;
                }
            }
            other => panic!("unknown kind {other}"),
        }
    });
    // Cross-entropy wins most races, but not every answer is the same.
    assert!(seen[0] > seen[1] + seen[2] + seen[3], "{seen:?}");
    assert!(seen[0] < SEEDS as usize, "{seen:?}");
    // The right option of the vanishing gradient moves around.
    assert!(positions.iter().all(|&n| n > 100), "{positions:?}");
}

#[test]
fn the_choices_show_their_facts_in_every_language() {
    each_language(PRACTICE, ViewId::MseVsCe, SEEDS, |lang, _, qs| {
        // The race's texts name both step counts.
        let state = mse_state(&qs[3]);
        let (z, t, rate) = (&state.z, state.true_class, state.learning_rate);
        let text = texts(&qs[3]).join(" ");
        let shown = |s: f64| {
            if s.is_finite() {
                s.to_string()
            } else {
                "∞".to_string()
            }
        };
        for loss in [RaceLoss::CrossEntropy, RaceLoss::SquaredError] {
            assert!(text.contains(&shown(steps(z, t, rate, loss))), "{text}");
        }
        // The right option says the squared error's gradient vanishes, once.
        let ask = choice(&qs[4]);
        let right = strings(lang).practice().mse_vs_ce.vanishing_options[0];
        assert_eq!(ask.options[ask.correct], right);
        assert_eq!(
            ask.options.iter().filter(|o| o.as_str() == right).count(),
            1
        );
    });
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
