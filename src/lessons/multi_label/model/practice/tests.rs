//! The lesson's own checks of its templates over 1,000 seeds, both units: answers recomputed
//! independently from the situation and equal to the lab's readouts, the wrong reductions the
//! slips they are named after, the choice recomputed from the drawn batch. The checks every
//! template passes come from `check_all`.

use super::*;
use crate::i18n::strings;
use crate::lessons::kit::practice::testing::{
    check_all, choice, close, drawn, each_language, in_unit, number, other_unit,
};
use crate::lessons::kit::practice::{check_number, Verdict};
use crate::lessons::ViewId;
use crate::state::Lang;

const SEEDS: u64 = 1000;

fn state_of(question: &Question) -> &MultiLabelState {
    match &question.situation {
        ViewState::MultiLabel(state) => state,
        other => panic!("not a multi-label state: {other:?}"),
    }
}

/// −[y ln q + (1 − y) ln(1 − q)], written out, in `unit`.
fn bce(y: bool, q: f64, unit: Unit) -> f64 {
    in_unit(if y { -q.ln() } else { -(1.0 - q).ln() }, unit)
}

/// Σ_j Σ_i of the node losses of `state`, written out, in `unit`.
fn total(state: &MultiLabelState, unit: Unit) -> f64 {
    state
        .y
        .iter()
        .zip(&state.q)
        .flat_map(|(y, q)| y.iter().zip(q).map(|(&y, &q)| bce(y, q, unit)))
        .sum()
}

#[test]
fn there_are_four_templates_with_distinct_kinds() {
    let qs = drawn(PRACTICE, ViewId::MultiLabel, 0, Lang::En, Unit::Nats);
    let kinds: Vec<&str> = qs.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            "node-loss",
            "sample-loss-sums-nodes",
            "batch-loss-reduction",
            "mean-over-elements-vs-sum"
        ]
    );
}

#[test]
fn answers_are_what_the_lab_shows_and_recompute_independently() {
    let mut asked = [false; 3];
    let mut positions = [false; 4];
    check_all(PRACTICE, ViewId::MultiLabel, SEEDS, |unit, q| {
        let state = state_of(q);
        assert_eq!(state.classes, ClassNames::Default(state.q[0].len()));
        assert!(state.q.iter().flatten().all(|p| (0.05..=0.95).contains(p)));
        if let Ask::Number(ask) = &q.ask {
            assert_eq!(ask.unit, Some(strings(Lang::En).ui.unit_name(unit)));
        }
        let (m, n) = (state.y.len() as f64, state.q[0].len() as f64);
        match q.kind {
            "node-loss" => {
                let ask = number(q);
                let (j, i) = (ask.index.expect("per sample"), ask.node.expect("per node"));
                assert_eq!(ask.quantity, "node_loss");
                assert!(close(ask.answer, bce(state.y[j][i], state.q[j][i], unit)));
                let shown = MultiLabelNumbers::new(state, unit).node_losses.unwrap();
                assert!(close(ask.answer, shown[j][i]));
            }
            "sample-loss-sums-nodes" => {
                let ask = number(q);
                assert_eq!(
                    (ask.quantity, ask.index, ask.node),
                    ("sample_loss", Some(0), None)
                );
                assert_eq!(state.y.len(), 1);
                assert!(close(ask.answer, total(state, unit)));
                let shown = MultiLabelNumbers::new(state, unit).sample_losses.unwrap();
                assert!(close(ask.answer, shown[0]));
                // Keras's mean over the nodes is the slip the question names.
                let mean = total(state, unit) / n;
                assert_eq!(
                    check_number(ask, &format!("{mean}")),
                    Verdict::Wrong(Some(Mistake::MeanOverElements))
                );
            }
            "batch-loss-reduction" => {
                let ask = number(q);
                asked[reduction_index(state.reduction)] = true;
                let divisor = match state.reduction {
                    Reduction::Sum => 1.0,
                    Reduction::MeanOverSamples => m,
                    Reduction::MeanOverElements => m * n,
                };
                let k = Reduction::ALL
                    .iter()
                    .position(|&r| r == state.reduction)
                    .unwrap();
                assert_eq!(ask.quantity, REDUCTION_QUANTITIES[k]);
                assert_eq!((ask.index, ask.node), (None, None));
                let sum = total(state, unit);
                assert!(close(ask.answer, sum / divisor));
                let numbers = MultiLabelNumbers::new(state, unit);
                assert!(close(
                    ask.answer,
                    numbers.batch_loss(state.reduction).unwrap()
                ));
                // The wrong reductions are the slips they are named after.
                for &(mistake, value) in &ask.mistakes {
                    let expected = match mistake {
                        Mistake::SumInsteadOfMean => sum,
                        Mistake::MeanInsteadOfSum => sum / m,
                        Mistake::MeanOverElements => sum / (m * n),
                        Mistake::OtherLogBase => {
                            in_unit(total(state, Unit::Nats), other_unit(unit)) / divisor
                        }
                        Mistake::Sign => -ask.answer,
                        other => panic!("{other:?} is not a slip of this question"),
                    };
                    assert!(close(value, expected), "{mistake:?}");
                }
            }
            "mean-over-elements-vs-sum" => {
                let choice = choice(q);
                assert_eq!(choice.options.len(), 4);
                positions[choice.correct] = true;
                // What the lab shows: the sum over the mean over elements is m·n.
                assert_eq!(state.reduction, Reduction::MeanOverElements);
                let numbers = MultiLabelNumbers::new(state, Unit::Nats);
                let ratio = numbers.batch_loss(Reduction::Sum).unwrap()
                    / numbers.batch_loss(Reduction::MeanOverElements).unwrap();
                assert!(close(ratio, m * n), "{ratio}");
            }
            other => panic!("unknown kind {other}"),
        }
    });
    assert_eq!(asked, [true; 3], "every reduction is asked");
    assert_eq!(positions, [true; 4], "the right option moves");
}

#[test]
fn the_choice_names_m_times_n_in_every_language() {
    each_language(PRACTICE, ViewId::MultiLabel, SEEDS, |_, _, qs| {
        for q in qs {
            assert!(!q.prompt.contains("inf"), "{}", q.prompt);
        }
        let q = &qs[3];
        let (choice, state) = (choice(q), state_of(q));
        let elements = state.y.len() * state.q[0].len();
        let right = format!("m·n = {elements}");
        assert!(choice.options[choice.correct].contains(&right));
        for (k, option) in choice.options.iter().enumerate() {
            assert_eq!(option.contains("m·n"), k == choice.correct, "{option}");
        }
        assert!(q.prompt.contains(&format!("m = {}", state.y.len())));
        assert!(q.prompt.contains(&format!("n = {}", state.q[0].len())));
    });
}
