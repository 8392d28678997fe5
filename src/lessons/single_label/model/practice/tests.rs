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
    questions(PRACTICE, ViewId::SingleLabel.index(), seed, strings(lang), unit)
}

fn state_of(question: &Question) -> &SingleLabelState {
    match &question.situation {
        ViewState::SingleLabel(state) => state,
        other => panic!("not a single-label state: {other:?}"),
    }
}

fn number(question: &Question) -> &NumberAsk {
    match &question.ask {
        Ask::Number(ask) => ask,
        Ask::Choice(_) => panic!("{} is a choice", question.kind),
    }
}

/// −log x in `unit`, written out.
fn neg_log(x: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Nats => -x.ln(),
        Unit::Bits => -x.log2(),
    }
}

/// −log softmax(z)_t in `unit`, written out with exp and ln: ln Σ e^z_k − z_t.
fn neg_log_softmax(z: &[f64], t: usize, unit: Unit) -> f64 {
    let nats = z.iter().map(|x| x.exp()).sum::<f64>().ln() - z[t];
    match unit {
        Unit::Nats => nats,
        Unit::Bits => nats / std::f64::consts::LN_2,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn there_are_four_templates_with_distinct_kinds() {
    assert_eq!(PRACTICE.len(), 4);
    let qs = all(0, Lang::En, Unit::Nats);
    let kinds: Vec<&str> = qs.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        ["sample-loss", "batch-loss-mean", "only-true-class-counts", "loss-from-logits"]
    );
}

#[test]
fn situations_are_valid_links_that_read_back_the_same() {
    for seed in 0..SEEDS {
        for q in all(seed, Lang::En, Unit::Nats) {
            let query = to_query(ViewId::SingleLabel, &Settings::default(), &q.situation);
            let parsed = parse_query(&query);
            assert!(parsed.issues.is_empty(), "{} {query}: {:?}", q.kind, parsed.issues);
            assert_eq!(parsed.state, q.situation, "{} {query}", q.kind);
            // Default names, so the class names follow the reader's language.
            assert_eq!(state_of(&q).classes, ClassNames::Default(CLASSES));
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
            let j = ask.index.expect("sample_loss is per sample");
            assert_eq!((ask.quantity, ask.node, state.labels.len()), ("sample_loss", None, 2));
            let expected = neg_log(state.q[j][state.labels[j]], unit);
            assert!(ask.answer.is_finite() && close(ask.answer, expected), "{seed}");
            assert!(close(ask.answer, sample_losses(state, unit).unwrap()[j]));
            assert!(state.q.iter().flatten().all(|&p| p >= 0.05), "no degenerate row");

            let (q, ask) = (&qs[1], number(&qs[1]));
            let state = state_of(q);
            assert_eq!((ask.quantity, ask.index, ask.node), ("batch_loss", None, None));
            let expected = (neg_log(state.q[0][state.labels[0]], unit)
                + neg_log(state.q[1][state.labels[1]], unit))
                / 2.0;
            assert!(ask.answer.is_finite() && close(ask.answer, expected), "{seed}");
            assert!(close(ask.answer, batch_loss(state, unit).unwrap()));

            let (q, ask) = (&qs[3], number(&qs[3]));
            let state = state_of(q);
            assert_eq!(state.input, InputKind::Logit);
            assert_eq!((ask.quantity, ask.index, ask.node), ("sample_loss", Some(0), None));
            let expected = neg_log_softmax(&state.q[0], state.labels[0], unit);
            assert!(ask.answer.is_finite() && close(ask.answer, expected), "{seed}");
            assert!(close(ask.answer, sample_losses(state, unit).unwrap()[0]));
            assert!(state.q[0].iter().all(|z| (-2.0..=2.0).contains(z)));

            let unit_name = strings(Lang::En).ui.unit_name(unit);
            for q in [&qs[0], &qs[1], &qs[3]] {
                assert_eq!(number(q).unit, Some(unit_name));
                assert!(q.prompt.contains(unit_name), "{}", q.prompt);
            }
        }
    }
}

#[test]
fn the_choice_is_right_about_the_one_hot_label() {
    for seed in 0..SEEDS {
        for lang in Lang::ALL {
            let qs = all(seed, lang, Unit::Nats);
            let q = &qs[2];
            let Ask::Choice(choice) = &q.ask else { panic!("a choice") };
            assert!(choice.correct < choice.options.len());
            assert_eq!(choice.options.len(), 4);
            for (k, option) in choice.options.iter().enumerate() {
                assert!(!option.trim().is_empty());
                assert!(choice.options[..k].iter().all(|other| other != option));
            }
            // The pair: same true class, same probability for it, different rows, so equal
            // losses (option 2) and nothing else.
            let state = state_of(q);
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
            assert!(right[choice.correct], "{seed}");
            assert!(state.q.iter().flatten().all(|&p| p >= 0.05));
            let strings = strings(lang);
            for row in &state.q {
                assert!(q.prompt.contains(&row_text(row)), "{}", q.prompt);
            }
            let names = (strings.single_label.editor.default_names)(CLASSES);
            assert!(q.prompt.contains(&names[t]));
        }
    }
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
                            let expected = match unit {
                                Unit::Nats => b.answer,
                                Unit::Bits => b.answer / std::f64::consts::LN_2,
                            };
                            assert!(close(a.answer, expected));
                            assert_eq!((a.quantity, a.index, a.node), (b.quantity, b.index, b.node));
                            assert_eq!(a.mistakes.len(), b.mistakes.len());
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
                assert!(ask.mistakes.iter().any(|(m, _)| *m == Mistake::OtherLogBase));
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
fn the_batch_question_knows_the_sum() {
    let q = &all(5, Lang::En, Unit::Nats)[1];
    let ask = number(q);
    let sum: f64 = sample_losses(state_of(q), Unit::Nats).unwrap().iter().sum();
    assert_eq!(
        check_number(ask, &format!("{sum}")),
        Verdict::Wrong(Some(Mistake::SumInsteadOfMean))
    );
}
