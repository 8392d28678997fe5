//! Every template, 1,000 seeds, both units and both languages: valid situations, answers
//! recomputed independently from the situation, the mistakes named, nothing that depends on
//! the language or the unit but the words.

use super::*;
use crate::i18n::strings;
use crate::lessons::kit::practice::{check_number, questions, Verdict};
use crate::lessons::ViewId;
use crate::state::{parse_query, to_query, Lang, Settings};

const SEEDS: u64 = 1000;
const UNITS: [Unit; 2] = [Unit::Nats, Unit::Bits];

fn all(seed: u64, lang: Lang, unit: Unit) -> Vec<Question> {
    questions(PRACTICE, ViewId::MultiLabel.index(), seed, strings(lang), unit)
}

fn state_of(question: &Question) -> &MultiLabelState {
    match &question.situation {
        ViewState::MultiLabel(state) => state,
        other => panic!("not a multi-label state: {other:?}"),
    }
}

fn number(question: &Question) -> &NumberAsk {
    match &question.ask {
        Ask::Number(ask) => ask,
        Ask::Choice(_) => panic!("{} is a choice", question.kind),
    }
}

/// A nats value in `unit`.
fn in_unit(nats: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Nats => nats,
        Unit::Bits => nats / std::f64::consts::LN_2,
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

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn there_are_four_templates_with_distinct_kinds() {
    let kinds: Vec<&str> = all(0, Lang::En, Unit::Nats).iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        ["node-loss", "sample-loss-sums-nodes", "batch-loss-reduction", "mean-over-elements-vs-sum"]
    );
}

#[test]
fn situations_are_valid_links_that_read_back_the_same() {
    for seed in 0..SEEDS {
        for q in all(seed, Lang::En, Unit::Nats) {
            let query = to_query(ViewId::MultiLabel, &Settings::default(), &q.situation);
            let parsed = parse_query(&query);
            assert!(parsed.issues.is_empty(), "{} {query}: {:?}", q.kind, parsed.issues);
            assert_eq!(parsed.state, q.situation, "{} {query}", q.kind);
            let state = state_of(&q);
            assert_eq!(state.classes, ClassNames::Default(state.q[0].len()));
            assert!(state.q.iter().flatten().all(|p| (0.05..=0.95).contains(p)));
        }
    }
}

#[test]
fn number_answers_are_what_the_lab_shows_and_recompute_independently() {
    for seed in 0..SEEDS {
        for unit in UNITS {
            let qs = all(seed, Lang::En, unit);

            let (q, ask) = (&qs[0], number(&qs[0]));
            let state = state_of(q);
            let (j, i) = (ask.index.expect("per sample"), ask.node.expect("per node"));
            assert_eq!(ask.quantity, "node_loss");
            let expected = bce(state.y[j][i], state.q[j][i], unit);
            assert!(ask.answer.is_finite() && close(ask.answer, expected), "{seed}");
            let shown = MultiLabelNumbers::new(state, unit).node_losses.unwrap();
            assert!(close(ask.answer, shown[j][i]));

            let (q, ask) = (&qs[1], number(&qs[1]));
            let state = state_of(q);
            assert_eq!((ask.quantity, ask.index, ask.node), ("sample_loss", Some(0), None));
            assert_eq!(state.y.len(), 1);
            let expected = total(state, unit);
            assert!(ask.answer.is_finite() && close(ask.answer, expected), "{seed}");
            let shown = MultiLabelNumbers::new(state, unit).sample_losses.unwrap();
            assert!(close(ask.answer, shown[0]));

            let (q, ask) = (&qs[2], number(&qs[2]));
            let state = state_of(q);
            let (m, n) = (state.y.len() as f64, state.q[0].len() as f64);
            let divisor = match state.reduction {
                Reduction::Sum => 1.0,
                Reduction::MeanOverSamples => m,
                Reduction::MeanOverElements => m * n,
            };
            let k = Reduction::ALL.iter().position(|&r| r == state.reduction).unwrap();
            assert_eq!(ask.quantity, REDUCTION_QUANTITIES[k]);
            assert_eq!((ask.index, ask.node), (None, None));
            let expected = total(state, unit) / divisor;
            assert!(ask.answer.is_finite() && close(ask.answer, expected), "{seed}");
            let numbers = MultiLabelNumbers::new(state, unit);
            assert!(close(ask.answer, numbers.batch_loss(state.reduction).unwrap()));

            let unit_name = strings(Lang::En).ui.unit_name(unit);
            for q in &qs[..3] {
                assert_eq!(number(q).unit, Some(unit_name));
                assert!(q.prompt.contains(unit_name), "{}", q.prompt);
            }
        }
    }
}

#[test]
fn every_reduction_is_asked() {
    let mut asked = [false; 3];
    for seed in 0..SEEDS {
        let q = &all(seed, Lang::En, Unit::Nats)[2];
        asked[reduction_index(state_of(q).reduction)] = true;
    }
    assert_eq!(asked, [true; 3]);
}

#[test]
fn the_choice_is_right_about_the_mean_over_elements() {
    let mut positions = [false; 4];
    for seed in 0..SEEDS {
        for lang in Lang::ALL {
            let q = &all(seed, lang, Unit::Nats)[3];
            let Ask::Choice(choice) = &q.ask else { panic!("a choice") };
            assert_eq!(choice.options.len(), 4);
            assert!(choice.correct < choice.options.len());
            positions[choice.correct] = true;
            for (k, option) in choice.options.iter().enumerate() {
                assert!(!option.trim().is_empty());
                assert!(choice.options[..k].iter().all(|other| other != option));
            }
            // What the lab shows: the sum over the mean over elements is m·n.
            let state = state_of(q);
            assert_eq!(state.reduction, Reduction::MeanOverElements);
            let numbers = MultiLabelNumbers::new(state, Unit::Nats);
            let ratio = numbers.batch_loss(Reduction::Sum).unwrap()
                / numbers.batch_loss(Reduction::MeanOverElements).unwrap();
            let elements = state.y.len() * state.q[0].len();
            assert!(close(ratio, elements as f64), "{ratio}");
            let right = format!("m·n = {elements}");
            assert!(choice.options[choice.correct].contains(&right));
            for (k, option) in choice.options.iter().enumerate() {
                assert_eq!(option.contains("m·n"), k == choice.correct, "{option}");
            }
            assert!(q.prompt.contains(&format!("m = {}", state.y.len())));
            assert!(q.prompt.contains(&format!("n = {}", state.q[0].len())));
        }
    }
    assert_eq!(positions, [true; 4]);
}

#[test]
fn only_the_words_follow_the_language_and_only_the_unit_changes_the_numbers() {
    for seed in 0..SEEDS {
        let reference = all(seed, Lang::En, Unit::Nats);
        for lang in Lang::ALL {
            for unit in UNITS {
                let qs = all(seed, lang, unit);
                assert_eq!(qs.len(), reference.len());
                for (q, r) in qs.iter().zip(&reference) {
                    assert_eq!(q.kind, r.kind);
                    assert_eq!(q.situation, r.situation);
                    assert!(!q.prompt.contains("NaN") && !q.prompt.contains("inf"));
                    assert!(q.solution.iter().any(|l| matches!(l, SolutionLine::Formula { .. })));
                    assert!(q.solution.iter().any(|l| matches!(l, SolutionLine::Text(_))));
                    for line in &q.solution {
                        let text = match line {
                            SolutionLine::Formula { markup, label } => format!("{markup}{label}"),
                            SolutionLine::Text(text) => text.clone(),
                        };
                        assert!(!text.contains("NaN") && !text.contains('–'), "{text}");
                    }
                    match (&q.ask, &r.ask) {
                        (Ask::Number(a), Ask::Number(b)) => {
                            assert!(close(a.answer, in_unit(b.answer, unit)));
                            assert_eq!((a.quantity, a.index, a.node), (b.quantity, b.index, b.node));
                            let kinds = |ask: &NumberAsk| -> Vec<Mistake> {
                                ask.mistakes.iter().map(|(m, _)| *m).collect()
                            };
                            assert_eq!(kinds(a), kinds(b));
                        }
                        (Ask::Choice(a), Ask::Choice(b)) => {
                            assert_eq!((a.options.len(), a.correct), (b.options.len(), b.correct));
                        }
                        _ => panic!("{}: the format changed", q.kind),
                    }
                }
            }
        }
    }
}

#[test]
fn named_mistakes_are_recognised_and_the_answer_is_right() {
    for seed in 0..SEEDS {
        for unit in UNITS {
            for q in all(seed, Lang::Zh, unit) {
                let Ask::Number(ask) = &q.ask else { continue };
                let text = format!("{}", ask.answer);
                assert_eq!(check_number(ask, &text), Verdict::Right);
                assert_eq!(check_number(ask, &text.replace('.', ",")), Verdict::Right);
                assert_eq!(check_number(ask, &rounded(ask.answer)), Verdict::Right);
                for &(mistake, value) in &ask.mistakes {
                    assert!(value.is_finite());
                    assert_eq!(
                        check_number(ask, &format!("{value}")),
                        Verdict::Wrong(Some(mistake)),
                        "{} seed {seed}: {mistake:?} {value} vs {}",
                        q.kind,
                        ask.answer
                    );
                }
            }
        }
    }
}

#[test]
fn the_wrong_reductions_are_the_slips_they_are_named_after() {
    for seed in 0..SEEDS {
        let q = &all(seed, Lang::En, Unit::Bits)[2];
        let state = state_of(q);
        let sum = total(state, Unit::Bits);
        let (m, n) = (state.y.len() as f64, state.q[0].len() as f64);
        for &(mistake, value) in &number(q).mistakes {
            let expected = match mistake {
                Mistake::SumInsteadOfMean => sum,
                Mistake::MeanInsteadOfSum => sum / m,
                Mistake::MeanOverElements => sum / (m * n),
                Mistake::OtherLogBase => number(q).answer * std::f64::consts::LN_2,
                Mistake::Sign => -number(q).answer,
                other => panic!("{other:?} is not a slip of this question"),
            };
            assert!(close(value, expected), "{mistake:?}");
        }
        let keras = &all(seed, Lang::En, Unit::Nats)[1];
        let ask = number(keras);
        let mean = total(state_of(keras), Unit::Nats) / state_of(keras).q[0].len() as f64;
        assert_eq!(
            check_number(ask, &format!("{mean}")),
            Verdict::Wrong(Some(Mistake::MeanOverElements))
        );
    }
}
