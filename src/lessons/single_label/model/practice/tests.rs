//! The lesson's own checks of its templates over 1,000 seeds, both units: answers recomputed
//! independently from the situation and equal to the lab's readouts, the one-hot choice
//! recomputed from the drawn rows. The checks every template passes come from `check_all`.

use super::*;
use crate::i18n::strings;
use crate::lessons::kit::practice::testing::{
    check_all, choice, close, drawn, each_language, in_unit, neg_log, number,
};
use crate::lessons::kit::practice::{check_number, Verdict};
use crate::lessons::ViewId;
use crate::state::Lang;

const SEEDS: u64 = 1000;

fn state_of(question: &Question) -> &SingleLabelState {
    match &question.situation {
        ViewState::SingleLabel(state) => state,
        other => panic!("not a single-label state: {other:?}"),
    }
}

/// −log softmax(z)_t in `unit`, written out with exp and ln: ln Σ e^z_k − z_t.
fn neg_log_softmax(z: &[f64], t: usize, unit: Unit) -> f64 {
    in_unit(z.iter().map(|x| x.exp()).sum::<f64>().ln() - z[t], unit)
}

#[test]
fn there_are_four_templates_with_distinct_kinds() {
    assert_eq!(PRACTICE.len(), 4);
    let qs = drawn(PRACTICE, ViewId::SingleLabel, 0, Lang::En, Unit::Nats);
    let kinds: Vec<&str> = qs.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            "sample-loss",
            "batch-loss-mean",
            "only-true-class-counts",
            "loss-from-logits"
        ]
    );
}

#[test]
fn answers_are_what_the_lab_shows_and_recompute_independently() {
    check_all(PRACTICE, ViewId::SingleLabel, SEEDS, |unit, q| {
        let state = state_of(q);
        // Default names, so the class names follow the reader's language.
        assert_eq!(state.classes, ClassNames::Default(CLASSES));
        if let Ask::Number(ask) = &q.ask {
            assert_eq!(ask.unit, Some(strings(Lang::En).ui.unit_name(unit)));
            assert!(ask
                .mistakes
                .iter()
                .any(|(m, _)| *m == Mistake::OtherLogBase));
        }
        match q.kind {
            "sample-loss" => {
                let ask = number(q);
                let j = ask.index.expect("sample_loss is per sample");
                assert_eq!(
                    (ask.quantity, ask.node, state.labels.len()),
                    ("sample_loss", None, 2)
                );
                let expected = neg_log(state.q[j][state.labels[j]], unit);
                assert!(close(ask.answer, expected));
                assert!(close(ask.answer, sample_losses(state, unit).unwrap()[j]));
                assert!(
                    state.q.iter().flatten().all(|&p| p >= 0.05),
                    "no degenerate row"
                );
            }
            "batch-loss-mean" => {
                let ask = number(q);
                assert_eq!(
                    (ask.quantity, ask.index, ask.node),
                    ("batch_loss", None, None)
                );
                let expected = (neg_log(state.q[0][state.labels[0]], unit)
                    + neg_log(state.q[1][state.labels[1]], unit))
                    / 2.0;
                assert!(close(ask.answer, expected));
                assert!(close(ask.answer, batch_loss(state, unit).unwrap()));
                // The sum of the two losses is the slip the question names.
                let sum: f64 = sample_losses(state, unit).unwrap().iter().sum();
                assert_eq!(
                    check_number(ask, &format!("{sum}")),
                    Verdict::Wrong(Some(Mistake::SumInsteadOfMean))
                );
            }
            "only-true-class-counts" => {
                let choice = choice(q);
                assert_eq!(choice.options.len(), 4);
                // The pair: same true class, same probability for it, different rows, so
                // equal losses (option 2) and nothing else.
                let t = state.labels[0];
                assert_eq!(state.labels, [t, t]);
                assert_ne!(state.q[0], state.q[1]);
                assert_eq!(state.q[0][t], state.q[1][t]);
                let losses = sample_losses(state, Unit::Nats).unwrap();
                let equal = close(losses[0], losses[1]);
                let a_lower = losses[0] < losses[1] && !equal;
                let b_lower = losses[1] < losses[0] && !equal;
                let right = [a_lower, b_lower, equal, false];
                assert_eq!(right.iter().filter(|&&r| r).count(), 1);
                assert!(right[choice.correct]);
                assert!(state.q.iter().flatten().all(|&p| p >= 0.05));
            }
            "loss-from-logits" => {
                let ask = number(q);
                assert_eq!(state.input, InputKind::Logit);
                assert_eq!(
                    (ask.quantity, ask.index, ask.node),
                    ("sample_loss", Some(0), None)
                );
                let expected = neg_log_softmax(&state.q[0], state.labels[0], unit);
                assert!(close(ask.answer, expected));
                assert!(close(ask.answer, sample_losses(state, unit).unwrap()[0]));
                assert!(state.q[0].iter().all(|z| (-2.0..=2.0).contains(z)));
            }
            other => panic!("unknown kind {other}"),
        }
    });
}

#[test]
fn prompts_show_the_rows_and_names_in_every_language() {
    each_language(PRACTICE, ViewId::SingleLabel, SEEDS, |lang, _, qs| {
        for q in qs {
            assert!(!q.prompt.contains("inf"), "{}", q.prompt);
        }
        let q = &qs[2];
        let state = state_of(q);
        for row in &state.q {
            assert!(q.prompt.contains(&row_text(row)), "{}", q.prompt);
        }
        let names = (strings(lang).single_label().editor.default_names)(CLASSES);
        assert!(q.prompt.contains(&names[state.labels[0]]));
    });
}
