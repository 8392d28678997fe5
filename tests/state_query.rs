//! The query-string contract (docs/ui-contract.md), rule by rule.

use xent_lab::math::{Reduction, Unit};
use xent_lab::state::*;

fn issue(param: &str, problem: Problem) -> Issue {
    Issue {
        param: param.to_owned(),
        problem,
    }
}

/// `parse_query(to_query(..))` gives back the view, settings and state, with no issue.
fn assert_round_trip(settings: &Settings, state: &ViewState) -> String {
    let view = state.view();
    let link = to_query(view, settings, state);
    let parsed = parse_query(&link);
    assert_eq!(parsed.issues, vec![], "{link}");
    assert_eq!(parsed.view, Some(view), "{link}");
    assert_eq!(&parsed.settings, settings, "{link}");
    assert_eq!(&parsed.state, state, "{link}");
    link
}

fn entropy_p(query: &str) -> (Vec<f64>, Vec<Issue>) {
    let parsed = parse_query(query);
    match parsed.state {
        ViewState::Entropy(state) => (state.p, parsed.issues),
        other => panic!("{query}: {other:?}"),
    }
}

fn kl(query: &str) -> (KlState, Vec<Issue>) {
    let parsed = parse_query(query);
    match parsed.state {
        ViewState::Kl(state) => (state, parsed.issues),
        other => panic!("{query}: {other:?}"),
    }
}

fn cross_entropy(query: &str) -> (CrossEntropyState, Vec<Issue>) {
    let parsed = parse_query(query);
    match parsed.state {
        ViewState::CrossEntropy(state) => (state, parsed.issues),
        other => panic!("{query}: {other:?}"),
    }
}

fn mse_vs_ce(query: &str) -> (MseVsCeState, Vec<Issue>) {
    let parsed = parse_query(query);
    match parsed.state {
        ViewState::MseVsCe(state) => (state, parsed.issues),
        other => panic!("{query}: {other:?}"),
    }
}

fn single_label(query: &str) -> (SingleLabelState, Vec<Issue>) {
    let parsed = parse_query(query);
    match parsed.state {
        ViewState::SingleLabel(state) => (state, parsed.issues),
        other => panic!("{query}: {other:?}"),
    }
}

fn multi_label(query: &str) -> (MultiLabelState, Vec<Issue>) {
    let parsed = parse_query(query);
    match parsed.state {
        ViewState::MultiLabel(state) => (state, parsed.issues),
        other => panic!("{query}: {other:?}"),
    }
}

fn names(names: &[&str]) -> ClassNames {
    ClassNames::Named(names.iter().map(|name| name.to_string()).collect())
}

// ---------------------------------------------------------------- views and round trips

#[test]
fn view_ids_are_the_contracts_in_course_order() {
    let ids: Vec<&str> = ViewId::ALL.iter().map(|view| view.id()).collect();
    assert_eq!(
        ids,
        [
            "information",
            "entropy",
            "binary-entropy",
            "kl",
            "cross-entropy",
            "mse-vs-ce",
            "single-label",
            "multi-label"
        ]
    );
    for (i, view) in ViewId::ALL.into_iter().enumerate() {
        assert_eq!(view.index(), i);
        assert_eq!(ViewId::parse(view.id()), Some(view));
        assert_eq!(view.prev(), i.checked_sub(1).map(|j| ViewId::ALL[j]));
        assert_eq!(view.next(), ViewId::ALL.get(i + 1).copied());
    }
    assert_eq!(ViewId::parse("KL "), None);
    assert_eq!(Lang::Zh.html_lang(), "zh-Hans");
    assert_eq!(Lang::En.html_lang(), "en");
}

#[test]
fn every_default_state_round_trips() {
    for view in ViewId::ALL {
        let state = ViewState::default_for(view);
        assert_eq!(state.view(), view);
        assert_round_trip(&Settings::default(), &state);
        // A bare `?view=` gives the same defaults.
        let parsed = parse_query(&format!("view={}", view.id()));
        assert_eq!(parsed.state, state);
        assert_eq!(parsed.issues, vec![]);
    }
}

#[test]
fn default_links_read_like_the_contract() {
    let link = |view| to_query(view, &Settings::default(), &ViewState::default_for(view));
    assert_eq!(link(ViewId::Information), "view=information&p=0.25");
    assert_eq!(link(ViewId::Kl), "view=kl&p=0.7,0.2,0.1&q=0.5,0.3,0.2");
    assert_eq!(
        link(ViewId::CrossEntropy),
        "view=cross-entropy&p=1,0,0&q=0.7,0.2,0.1"
    );
    assert_eq!(
        link(ViewId::SingleLabel),
        "view=single-label&labels=1&q=0.3,0.6,0.1&input=prob"
    );
    assert_eq!(
        link(ViewId::MultiLabel),
        "view=multi-label&y=0,1,1&q=0.1,0.7,0.8&reduction=sum&input=prob"
    );
    let mse = link(ViewId::MseVsCe);
    assert!(
        mse.starts_with("view=mse-vs-ce&y=0&z=-0.35667494393873"),
        "{mse}"
    );
    assert!(mse.ends_with("&lr=1"), "{mse}");
}

#[test]
fn edited_states_and_settings_round_trip() {
    let settings = Settings {
        lang: Some(Lang::Zh),
        unit: Unit::Bits,
        theme: Some(Theme::Dark),
        embed: true,
        practice_seed: Some(18_446_744_073_709_551_615),
        practice_hidden: true,
    };
    let third = 1.0 / 3.0;
    let states = [
        ViewState::Information(InformationState { p: 0.1 + 0.2 }),
        ViewState::Information(InformationState { p: 0.0 }),
        ViewState::Information(InformationState { p: 1e-300 }),
        ViewState::BinaryEntropy(BinaryEntropyState { p: 1.0 }),
        ViewState::Entropy(EntropyState {
            p: vec![third, third, third],
        }),
        ViewState::Entropy(EntropyState { p: vec![0.125; 8] }),
        ViewState::Kl(KlState {
            p: vec![0.5, 0.5],
            q: vec![0.0, 1.0],
        }),
        ViewState::CrossEntropy(CrossEntropyState {
            p: vec![0.0, 0.0, 0.0, 1.0],
            q: vec![0.1, 0.2, 0.3, 0.4],
        }),
        ViewState::MseVsCe(MseVsCeState {
            true_class: 3,
            z: vec![-1e300, 2.5, 1e-7, -0.123456789, 1e300],
            learning_rate: 0.05,
        }),
        ViewState::SingleLabel(SingleLabelState {
            labels: vec![0, 3],
            q: vec![vec![-3.0, 0.0, 1.5, 7.25], vec![0.1, 0.2, 0.3, 0.4]],
            classes: names(&["a,b", "c;d", "x&y=z", "#1 100% +"]),
            input: InputKind::Logit,
        }),
        ViewState::SingleLabel(SingleLabelState {
            labels: vec![1, 1, 0],
            q: vec![vec![0.25, 0.75]; 3],
            classes: names(&["猫", "Grenouille à poil"]),
            input: InputKind::Prob,
        }),
        ViewState::MultiLabel(MultiLabelState {
            y: vec![vec![true, false], vec![false, false]],
            q: vec![vec![0.9, 0.9], vec![0.0, 1.0]],
            classes: names(&["<img src=x onerror=alert(1)>", "dog"]),
            reduction: Reduction::MeanOverElements,
            input: InputKind::Prob,
        }),
        ViewState::MultiLabel(MultiLabelState {
            y: vec![vec![true; 8]; 8],
            q: vec![vec![-40.0; 8]; 8],
            classes: ClassNames::Named((1..=8).map(|i| format!("node {i}")).collect()),
            reduction: Reduction::MeanOverSamples,
            input: InputKind::Logit,
        }),
    ];
    for state in &states {
        assert_round_trip(&Settings::default(), state);
        let link = assert_round_trip(&settings, state);
        assert!(
            link.ends_with("&lang=zh&unit=bits&theme=dark&embed=1&practice_seed=18446744073709551615&practice=0"),
            "{link}"
        );
    }
}

#[test]
fn lists_and_rows_stay_literal_and_names_are_encoded() {
    let state = ViewState::SingleLabel(SingleLabelState {
        labels: vec![0, 1],
        q: vec![vec![0.5, 0.5], vec![0.25, 0.75]],
        classes: names(&["a,b", "c d"]),
        input: InputKind::Prob,
    });
    let link = to_query(ViewId::SingleLabel, &Settings::default(), &state);
    assert_eq!(
        link,
        "view=single-label&labels=0,1&q=0.5,0.5;0.25,0.75&classes=a%2Cb,c+d&input=prob"
    );
}

#[test]
fn only_non_default_settings_are_written() {
    let state = ViewState::default_for(ViewId::Entropy);
    let link = to_query(ViewId::Entropy, &Settings::default(), &state);
    assert_eq!(link, "view=entropy&p=0.7,0.2,0.1");
    let settings = Settings {
        lang: Some(Lang::En),
        ..Settings::default()
    };
    let link = to_query(ViewId::Entropy, &settings, &state);
    assert_eq!(link, "view=entropy&p=0.7,0.2,0.1&lang=en");
}

#[test]
fn a_state_of_another_view_writes_that_views_defaults() {
    let state = ViewState::Entropy(EntropyState { p: vec![0.5, 0.5] });
    let link = to_query(ViewId::Kl, &Settings::default(), &state);
    assert_eq!(link, "view=kl&p=0.7,0.2,0.1&q=0.5,0.3,0.2");
}

#[test]
fn the_contracts_example_link() {
    let parsed = parse_query("view=kl&p=0.7,0.2,0.1&q=0.5,0.3,0.2&unit=bits&lang=zh");
    assert_eq!(parsed.view, Some(ViewId::Kl));
    assert_eq!(
        parsed.settings,
        Settings {
            lang: Some(Lang::Zh),
            unit: Unit::Bits,
            theme: None,
            embed: false,
            practice_seed: None,
            practice_hidden: false,
        }
    );
    assert_eq!(parsed.state, ViewState::default_for(ViewId::Kl));
    assert_eq!(parsed.issues, vec![]);
    // With the leading `?` of location.search, too.
    let with_mark = parse_query("?view=kl&p=0.7,0.2,0.1&q=0.5,0.3,0.2&unit=bits&lang=zh");
    assert_eq!(with_mark, parsed);
}

// ---------------------------------------------------------------- numbers

#[test]
fn a_sum_near_one_is_renormalised_with_a_note() {
    let (p, issues) = entropy_p("view=entropy&p=0.333,0.333,0.333");
    let sum = 0.333 + 0.333 + 0.333;
    assert_eq!(p, vec![0.333 / sum; 3]);
    assert!((p.iter().sum::<f64>() - 1.0).abs() <= 1e-9);
    assert_eq!(issues, vec![issue("p", Problem::Renormalised { sum })]);
    assert!(issues[0].is_note());
}

#[test]
fn a_sum_within_rounding_of_one_is_kept_as_it_is() {
    let third = (1.0f64 / 3.0).to_string();
    let (p, issues) = entropy_p(&format!("view=entropy&p={third},{third},{third}"));
    assert_eq!(p, vec![1.0 / 3.0; 3]);
    assert_eq!(issues, vec![]);
}

#[test]
fn a_sum_farther_from_one_falls_back() {
    let (p, issues) = entropy_p("view=entropy&p=0.5,0.4");
    assert_eq!(p, EntropyState::default().p);
    assert_eq!(issues.len(), 1);
    assert!(
        matches!(issues[0].problem, Problem::NotNormalised { sum } if (sum - 0.9).abs() < 1e-12)
    );
    assert!(!issues[0].is_note());
    let (_, issues) = entropy_p("view=entropy&p=0,0,0");
    assert_eq!(
        issues,
        vec![issue("p", Problem::NotNormalised { sum: 0.0 })]
    );
}

#[test]
fn numbers_that_are_not_finite_fall_back() {
    for text in [
        "1e999", "-1e999", "NaN", "nan", "inf", "-inf", "infinity", "+inf",
    ] {
        let parsed = parse_query(&format!("view=information&p={text}"));
        assert_eq!(
            parsed.state,
            ViewState::default_for(ViewId::Information),
            "{text}"
        );
        assert_eq!(parsed.issues.len(), 1, "{text}");
        assert!(
            matches!(parsed.issues[0].problem, Problem::NotFinite { .. }),
            "{text}"
        );
    }
    let (p, issues) = entropy_p("view=entropy&p=0.5,NaN,0.5");
    assert_eq!(p, EntropyState::default().p);
    assert_eq!(
        issues,
        vec![issue(
            "p",
            Problem::NotFinite {
                value: "NaN".into()
            }
        )]
    );
}

#[test]
fn text_that_is_no_number_falls_back() {
    let parsed = parse_query("view=binary-entropy&p=half");
    assert_eq!(parsed.state, ViewState::default_for(ViewId::BinaryEntropy));
    assert_eq!(
        parsed.issues,
        vec![issue(
            "p",
            Problem::NotANumber {
                value: "half".into()
            }
        )]
    );
    let parsed = parse_query("view=binary-entropy&p=%E4%B8%80%E5%8D%8A");
    assert_eq!(
        parsed.issues,
        vec![issue(
            "p",
            Problem::NotANumber {
                value: "一半".into()
            }
        )]
    );
    // The quoted text is cut, so a pasted essay does not fill the page.
    let parsed = parse_query(&format!("view=binary-entropy&p={}", "x".repeat(1000)));
    match &parsed.issues[0].problem {
        Problem::NotANumber { value } => assert!(value.chars().count() <= 33),
        other => panic!("{other:?}"),
    }
}

#[test]
fn minus_zero_is_zero_and_spaces_are_trimmed() {
    let parsed = parse_query("view=information&p=-0");
    match parsed.state {
        ViewState::Information(InformationState { p }) => {
            assert_eq!(p, 0.0);
            assert!(p.is_sign_positive());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(parsed.issues, vec![]);
    // `+` is a space in a query string, and `%20` too.
    let (p, issues) = entropy_p("view=entropy&p=+0.5,%200.25+,0.25");
    assert_eq!(p, vec![0.5, 0.25, 0.25]);
    assert_eq!(issues, vec![]);
}

#[test]
fn probabilities_out_of_range_fall_back() {
    let parsed = parse_query("view=information&p=1.5");
    assert_eq!(
        parsed.issues,
        vec![issue(
            "p",
            Problem::OutOfRange {
                value: 1.5,
                min: 0.0,
                max: 1.0
            }
        )]
    );
    let (p, issues) = entropy_p("view=entropy&p=1.2,-0.2");
    assert_eq!(p, EntropyState::default().p);
    assert_eq!(
        issues,
        vec![issue(
            "p",
            Problem::OutOfRange {
                value: 1.2,
                min: 0.0,
                max: 1.0
            }
        )]
    );
}

#[test]
fn empty_values_fall_back() {
    let parsed = parse_query("view=information&p=");
    assert_eq!(parsed.state, ViewState::default_for(ViewId::Information));
    assert_eq!(parsed.issues, vec![issue("p", Problem::Empty)]);
    let (_, issues) = entropy_p("view=entropy&p=0.5,,0.5");
    assert_eq!(issues, vec![issue("p", Problem::Empty)]);
    let (_, issues) = entropy_p("view=entropy&p");
    assert_eq!(issues, vec![issue("p", Problem::Empty)]);
}

#[test]
fn encoded_commas_separate_numbers() {
    let (p, issues) = entropy_p("view=entropy&p=0.5%2C0.5");
    assert_eq!(p, vec![0.5, 0.5]);
    assert_eq!(issues, vec![]);
}

// ---------------------------------------------------------------- lengths

#[test]
fn too_few_outcomes_fall_back() {
    let (p, issues) = entropy_p("view=entropy&p=1");
    assert_eq!(p, EntropyState::default().p);
    assert_eq!(issues, vec![issue("p", Problem::TooFew { min: 2, got: 1 })]);
}

#[test]
fn long_lists_are_cut_to_eight_then_checked() {
    // Ten entries of 0.1: the first eight sum to 0.8, so the cut vector falls back.
    let (p, issues) = entropy_p(&format!("view=entropy&p={}", ["0.1"; 10].join(",")));
    assert_eq!(p, EntropyState::default().p);
    assert_eq!(issues[0], issue("p", Problem::TooMany { max: 8, got: 10 }));
    assert!(issues[0].is_note());
    assert!(matches!(issues[1].problem, Problem::NotNormalised { .. }));
    // Logits have no sum to keep: the first eight are used.
    let (state, issues) = mse_vs_ce(&format!(
        "view=mse-vs-ce&z={}",
        vec!["2"; 100_000].join(",")
    ));
    assert_eq!(state.z, vec![2.0; 8]);
    assert_eq!(
        issues,
        vec![issue(
            "z",
            Problem::TooMany {
                max: 8,
                got: 100_000
            }
        )]
    );
}

#[test]
fn batches_are_cut_to_eight_samples() {
    let q = ["0.5,0.5"; 12].join(";");
    let labels = ["0"; 12].join(",");
    let (state, issues) = single_label(&format!("view=single-label&q={q}&labels={labels}"));
    assert_eq!(state.q, vec![vec![0.5, 0.5]; 8]);
    assert_eq!(state.labels, vec![0; 8]);
    assert_eq!(
        issues,
        vec![
            issue("q", Problem::TooMany { max: 8, got: 12 }),
            issue("labels", Problem::TooMany { max: 8, got: 12 }),
        ]
    );
}

// ---------------------------------------------------------------- keys and views

#[test]
fn a_repeated_key_uses_the_first_value_with_a_note() {
    let (p, issues) = entropy_p("view=entropy&p=0.5,0.5&p=0.1,0.9&p=0.2,0.8");
    assert_eq!(p, vec![0.5, 0.5]);
    assert_eq!(issues, vec![issue("p", Problem::Repeated)]);
    assert!(issues[0].is_note());
    // The first value decides even when it is the bad one.
    let (p, issues) = entropy_p("view=entropy&p=x&p=0.1,0.9");
    assert_eq!(p, EntropyState::default().p);
    assert_eq!(
        issues,
        vec![
            issue("p", Problem::Repeated),
            issue("p", Problem::NotANumber { value: "x".into() })
        ]
    );
    let parsed = parse_query("view=kl&view=entropy");
    assert_eq!(parsed.view, Some(ViewId::Kl));
    assert_eq!(parsed.issues, vec![issue("view", Problem::Repeated)]);
}

#[test]
fn parameters_of_other_views_and_unknown_ones_are_ignored_silently() {
    let parsed = parse_query("view=entropy&z=abc&lr=-1&q=2&classes=&utm_source=x&p=0.5,0.5&q=1");
    assert_eq!(
        parsed.state,
        ViewState::Entropy(EntropyState { p: vec![0.5, 0.5] })
    );
    assert_eq!(parsed.issues, vec![]);
}

#[test]
fn an_unknown_view_shows_the_start() {
    let parsed = parse_query("view=perplexity&p=0.5");
    assert_eq!(parsed.view, None);
    assert_eq!(
        parsed.state,
        ViewState::Information(InformationState { p: 0.5 })
    );
    assert_eq!(
        parsed.issues,
        vec![issue(
            "view",
            Problem::UnknownView {
                value: "perplexity".into()
            }
        )]
    );
    let parsed = parse_query("");
    assert_eq!(parsed.view, None);
    assert_eq!(parsed.state, ViewState::default_for(ViewId::Information));
    assert_eq!(parsed.settings, Settings::default());
    assert_eq!(parsed.issues, vec![]);
    // Identifiers are matched without regard to case or surrounding spaces.
    assert_eq!(
        parse_query("view=+Cross-Entropy+").view,
        Some(ViewId::CrossEntropy)
    );
}

#[test]
fn settings_are_read_with_their_fallbacks() {
    let parsed = parse_query("view=entropy&lang=fr&unit=bytes&theme=blue&embed=yes");
    assert_eq!(parsed.settings, Settings::default());
    assert_eq!(
        parsed.issues,
        vec![
            issue(
                "lang",
                Problem::UnknownValue {
                    value: "fr".into(),
                    allowed: vec!["en", "zh"]
                }
            ),
            issue(
                "unit",
                Problem::UnknownValue {
                    value: "bytes".into(),
                    allowed: vec!["nats", "bits"]
                }
            ),
            issue(
                "theme",
                Problem::UnknownValue {
                    value: "blue".into(),
                    allowed: vec!["light", "dark"]
                }
            ),
            issue(
                "embed",
                Problem::UnknownValue {
                    value: "yes".into(),
                    allowed: vec!["0", "1"]
                }
            ),
        ]
    );
    let parsed = parse_query("view=entropy&embed=0&unit=BITS&theme=light");
    assert_eq!(parsed.settings.unit, Unit::Bits);
    assert_eq!(parsed.settings.theme, Some(Theme::Light));
    assert!(!parsed.settings.embed);
    assert_eq!(parsed.issues, vec![]);
    assert!(parse_query("embed=1").settings.embed);
    assert_eq!(parse_query("embed=").issues, vec![]);
}

// ---------------------------------------------------------------- kl and cross-entropy

#[test]
fn kl_q_of_another_length_falls_back_to_uniform() {
    let (state, issues) = kl("view=kl&p=0.4,0.3,0.2,0.1&q=0.5,0.5");
    assert_eq!(state.p, vec![0.4, 0.3, 0.2, 0.1]);
    assert_eq!(state.q, vec![0.25; 4]);
    assert_eq!(
        issues,
        vec![issue(
            "q",
            Problem::WrongLength {
                expected: 4,
                got: 2
            }
        )]
    );
    // At the default's own length, the default.
    let (state, issues) = kl("view=kl&p=0.2,0.2,0.6&q=0.5,0.5");
    assert_eq!(state.q, KlState::default().q);
    assert_eq!(
        issues,
        vec![issue(
            "q",
            Problem::WrongLength {
                expected: 3,
                got: 2
            }
        )]
    );
}

#[test]
fn a_lone_valid_vector_sets_the_length_silently() {
    let (state, issues) = kl("view=kl&q=0.5,0.5");
    assert_eq!(
        state,
        KlState {
            p: vec![0.5, 0.5],
            q: vec![0.5, 0.5]
        }
    );
    assert_eq!(issues, vec![]);
    let (state, issues) = cross_entropy("view=cross-entropy&q=0.1,0.2,0.3,0.4");
    assert_eq!(state.p, vec![1.0, 0.0, 0.0, 0.0]);
    assert_eq!(issues, vec![]);
    let (state, issues) = cross_entropy("view=cross-entropy&p=0,1&q=bad");
    assert_eq!(
        state,
        CrossEntropyState {
            p: vec![0.0, 1.0],
            q: vec![0.5, 0.5]
        }
    );
    assert_eq!(
        issues,
        vec![issue(
            "q",
            Problem::NotANumber {
                value: "bad".into()
            }
        )]
    );
}

#[test]
fn a_bad_p_beside_a_good_q_keeps_q() {
    let (state, issues) = kl("view=kl&p=0.9,0.9,0.9&q=0.2,0.3,0.5");
    assert_eq!(state.p, KlState::default().p);
    assert_eq!(state.q, vec![0.2, 0.3, 0.5]);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].param, "p");
}

// ---------------------------------------------------------------- mse-vs-ce

#[test]
fn mse_vs_ce_checks_class_logits_and_rate() {
    let (state, issues) = mse_vs_ce("view=mse-vs-ce&y=3&z=1,2,3,4&lr=0.5");
    assert_eq!(
        state,
        MseVsCeState {
            true_class: 3,
            z: vec![1.0, 2.0, 3.0, 4.0],
            learning_rate: 0.5
        }
    );
    assert_eq!(issues, vec![]);

    let (state, issues) = mse_vs_ce("view=mse-vs-ce&y=3&z=1,2,3");
    assert_eq!(state.true_class, 0);
    assert_eq!(state.z, vec![1.0, 2.0, 3.0]);
    assert_eq!(
        issues,
        vec![issue(
            "y",
            Problem::ClassOutOfRange {
                class: 3,
                classes: 3
            }
        )]
    );

    let (state, issues) = mse_vs_ce("view=mse-vs-ce&y=-1");
    assert_eq!(state.true_class, 0);
    assert_eq!(
        issues,
        vec![issue(
            "y",
            Problem::OutOfRange {
                value: -1.0,
                min: 0.0,
                max: 2.0
            }
        )]
    );

    for (lr, value) in [("0", 0.0), ("-2", -2.0), ("100.5", 100.5)] {
        let (state, issues) = mse_vs_ce(&format!("view=mse-vs-ce&lr={lr}"));
        assert_eq!(state.learning_rate, 1.0);
        assert_eq!(
            issues,
            vec![issue(
                "lr",
                Problem::OutOfRange {
                    value,
                    min: 0.0,
                    max: MAX_LEARNING_RATE
                }
            )]
        );
    }
    let (state, issues) = mse_vs_ce("view=mse-vs-ce&lr=100&z=-1e300,1e300");
    assert_eq!(state.learning_rate, 100.0);
    assert_eq!(state.z, vec![-1e300, 1e300]);
    assert_eq!(issues, vec![]);

    let (state, issues) = mse_vs_ce("view=mse-vs-ce&z=5");
    assert_eq!(state.z, MseVsCeState::default().z);
    assert_eq!(issues, vec![issue("z", Problem::TooFew { min: 2, got: 1 })]);
}

// ---------------------------------------------------------------- single-label

#[test]
fn single_label_reads_a_batch() {
    let (state, issues) = single_label(
        "view=single-label&labels=0,2&q=0.5,0.25,0.25;0.1,0.1,0.8&classes=dog,cat,bird&input=prob",
    );
    assert_eq!(
        state,
        SingleLabelState {
            labels: vec![0, 2],
            q: vec![vec![0.5, 0.25, 0.25], vec![0.1, 0.1, 0.8]],
            classes: names(&["dog", "cat", "bird"]),
            input: InputKind::Prob,
        }
    );
    assert_eq!(issues, vec![]);
}

#[test]
fn class_names_decode_plus_and_keep_encoded_commas() {
    let (state, issues) =
        single_label("view=single-label&classes=sea+lion,a%2Cb,%E7%8C%AB%2B1&q=0.2,0.3,0.5");
    assert_eq!(state.classes, names(&["sea lion", "a,b", "猫+1"]));
    assert_eq!(issues, vec![]);
}

#[test]
fn class_names_must_be_present_and_two_or_more() {
    let (state, issues) = single_label("view=single-label&classes=cat,,mouse");
    assert_eq!(state, SingleLabelState::default());
    assert_eq!(issues, vec![issue("classes", Problem::Empty)]);
    let (_, issues) = single_label("view=single-label&classes=cat,+");
    assert_eq!(issues, vec![issue("classes", Problem::Empty)]);
    let (_, issues) = single_label("view=single-label&classes=cat");
    assert_eq!(
        issues,
        vec![issue("classes", Problem::TooFew { min: 2, got: 1 })]
    );
}

#[test]
fn single_label_without_classes_names_them_by_width() {
    let (state, issues) = single_label("view=single-label&q=0.25,0.25,0.25,0.25&labels=3");
    assert_eq!(state.classes, ClassNames::Default(4));
    assert_eq!(state.labels, vec![3]);
    assert_eq!(issues, vec![]);
}

#[test]
fn single_label_q_of_another_width_than_classes_falls_back() {
    let (state, issues) =
        single_label("view=single-label&classes=a,b,c,d&q=0.5,0.5;0.5,0.5&labels=0,3");
    assert_eq!(state.classes, names(&["a", "b", "c", "d"]));
    // q fell back, so labels decide the number of samples; the fallback row is uniform.
    assert_eq!(state.q, vec![vec![0.25; 4]; 2]);
    assert_eq!(state.labels, vec![0, 3]);
    assert_eq!(
        issues,
        vec![issue(
            "q",
            Problem::WrongLength {
                expected: 4,
                got: 2
            }
        )]
    );
}

#[test]
fn single_label_labels_must_match_rows_and_classes() {
    let (state, issues) = single_label("view=single-label&labels=0,1&q=0.3,0.6,0.1");
    assert_eq!(state.labels, vec![1]);
    assert_eq!(
        issues,
        vec![issue(
            "labels",
            Problem::WrongLength {
                expected: 1,
                got: 2
            }
        )]
    );
    let (state, issues) = single_label("view=single-label&labels=3");
    assert_eq!(state, SingleLabelState::default());
    assert_eq!(
        issues,
        vec![issue(
            "labels",
            Problem::ClassOutOfRange {
                class: 3,
                classes: 3
            }
        )]
    );
}

#[test]
fn single_label_rows_must_be_distributions_of_one_width() {
    let (state, issues) = single_label("view=single-label&q=0.3,0.6,0.1;0.5,0.5");
    assert_eq!(state, SingleLabelState::default());
    assert_eq!(
        issues,
        vec![issue(
            "q",
            Problem::WrongLength {
                expected: 3,
                got: 2
            }
        )]
    );
    let (state, issues) = single_label("view=single-label&q=0.3,0.6,0.2");
    assert_eq!(state, SingleLabelState::default());
    assert!(matches!(issues[0].problem, Problem::NotNormalised { .. }));
    // One renormalised row: a note, and the row divided by its sum.
    let (state, issues) = single_label("view=single-label&q=0.3,0.6,0.1;0.5,0.5005,0&labels=1,0");
    let sum = 0.5 + 0.5005;
    assert_eq!(state.q[1], vec![0.5 / sum, 0.5005 / sum, 0.0]);
    assert_eq!(issues, vec![issue("q", Problem::Renormalised { sum })]);
}

#[test]
fn single_label_logits_are_any_finite_numbers() {
    let (state, issues) = single_label("view=single-label&input=logit&q=-3,0,12.5&labels=2");
    assert_eq!(state.q, vec![vec![-3.0, 0.0, 12.5]]);
    assert_eq!(state.input, InputKind::Logit);
    assert_eq!(issues, vec![]);
    // Without q, the default prediction as logits: softmax of ln q is q.
    let (state, _) = single_label("view=single-label&input=logit");
    let expected: Vec<f64> = [0.3f64, 0.6, 0.1].iter().map(|q| q.ln()).collect();
    assert_eq!(state.q, vec![expected]);
    let (state, issues) = single_label("view=single-label&input=odds");
    assert_eq!(state.input, InputKind::Prob);
    assert_eq!(
        issues,
        vec![issue(
            "input",
            Problem::UnknownValue {
                value: "odds".into(),
                allowed: vec!["prob", "logit"]
            }
        )]
    );
}

// ---------------------------------------------------------------- multi-label

#[test]
fn multi_label_reads_a_batch() {
    let (state, issues) = multi_label(
        "view=multi-label&y=1,0;1,1&q=0.9,0.9;0.2,0.4&classes=sun,rain&reduction=mean_over_samples",
    );
    assert_eq!(
        state,
        MultiLabelState {
            y: vec![vec![true, false], vec![true, true]],
            q: vec![vec![0.9, 0.9], vec![0.2, 0.4]],
            classes: names(&["sun", "rain"]),
            reduction: Reduction::MeanOverSamples,
            input: InputKind::Prob,
        }
    );
    assert_eq!(issues, vec![]);
}

#[test]
fn multi_label_y_is_zeros_and_ones() {
    let (state, issues) = multi_label("view=multi-label&y=0,0.5,1");
    assert_eq!(state, MultiLabelState::default());
    assert_eq!(
        issues,
        vec![issue(
            "y",
            Problem::UnknownValue {
                value: "0.5".into(),
                allowed: vec!["0", "1"]
            }
        )]
    );
}

#[test]
fn multi_label_q_is_per_node_in_prob_mode_and_free_in_logit_mode() {
    let (state, issues) = multi_label("view=multi-label&q=0.2,1.5,0.3");
    assert_eq!(state.q, MultiLabelState::default().q);
    assert_eq!(
        issues,
        vec![issue(
            "q",
            Problem::OutOfRange {
                value: 1.5,
                min: 0.0,
                max: 1.0
            }
        )]
    );
    let (state, issues) = multi_label("view=multi-label&q=0.2,1.5,0.3&input=logit");
    assert_eq!(state.q, vec![vec![0.2, 1.5, 0.3]]);
    assert_eq!(issues, vec![]);
}

#[test]
fn multi_label_shapes_must_match() {
    // q has two samples, y one: y falls back to the default row, repeated.
    let (state, issues) = multi_label("view=multi-label&y=1,0,0&q=0.1,0.2,0.3;0.4,0.5,0.6");
    assert_eq!(state.y, vec![vec![false, true, true]; 2]);
    assert_eq!(
        issues,
        vec![issue(
            "y",
            Problem::WrongLength {
                expected: 2,
                got: 1
            }
        )]
    );
    // y of four nodes, q of three: q leads.
    let (state, issues) = multi_label("view=multi-label&y=1,0,0,1&q=0.1,0.2,0.3");
    assert_eq!(state.y, vec![vec![false, true, true]]);
    assert_eq!(state.q, vec![vec![0.1, 0.2, 0.3]]);
    assert_eq!(
        issues,
        vec![issue(
            "y",
            Problem::WrongLength {
                expected: 3,
                got: 4
            }
        )]
    );
    // A lone y sets the shape; q takes 0.5 per node.
    let (state, issues) = multi_label("view=multi-label&y=1,0;0,1");
    assert_eq!(state.q, vec![vec![0.5, 0.5]; 2]);
    assert_eq!(state.classes, ClassNames::Default(2));
    assert_eq!(issues, vec![]);
}

#[test]
fn multi_label_reduction_is_one_of_three() {
    let (state, issues) = multi_label("view=multi-label&reduction=mean");
    assert_eq!(state.reduction, Reduction::Sum);
    assert_eq!(
        issues,
        vec![issue(
            "reduction",
            Problem::UnknownValue {
                value: "mean".into(),
                allowed: vec!["sum", "mean_over_samples", "mean_over_elements"]
            }
        )]
    );
}

#[test]
fn default_class_names_follow_the_course_and_the_language() {
    let defaults = |lang| {
        xent_lab::i18n::strings(lang)
            .single_label()
            .editor
            .default_names
    };
    let as_strings = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    assert_eq!(defaults(Lang::En)(3), as_strings(&["cat", "frog", "mouse"]));
    assert_eq!(defaults(Lang::Zh)(3), as_strings(&["猫", "青蛙", "老鼠"]));
    assert_eq!(
        defaults(Lang::En)(4),
        as_strings(&["cat", "frog", "mouse", "class 4"])
    );
    assert_eq!(defaults(Lang::Zh)(2), as_strings(&["猫", "青蛙"]));
}

#[test]
fn default_class_names_stay_out_of_links_and_named_ones_stay_in() {
    let settings = Settings::default();
    let mut state = SingleLabelState::default();
    let link = to_query(
        ViewId::SingleLabel,
        &settings,
        &ViewState::SingleLabel(state.clone()),
    );
    assert!(!link.contains("classes="), "{link}");
    state.classes = names(&["猫", "青蛙", "老鼠"]);
    let link = to_query(
        ViewId::SingleLabel,
        &settings,
        &ViewState::SingleLabel(state.clone()),
    );
    assert!(link.contains("&classes=%E7%8C%AB,"), "{link}");
    let parsed = parse_query(&link);
    assert_eq!(parsed.state, ViewState::SingleLabel(state));
}

#[test]
fn practice_parameters_are_global_and_kept() {
    let parsed = parse_query("view=kl&practice_seed=12345&practice=0");
    assert_eq!(parsed.settings.practice_seed, Some(12345));
    assert!(parsed.settings.practice_hidden);
    assert_eq!(parsed.issues, vec![]);
    let link = to_query(
        ViewId::Entropy,
        &parsed.settings,
        &ViewState::default_for(ViewId::Entropy),
    );
    assert_eq!(
        link,
        "view=entropy&p=0.7,0.2,0.1&practice_seed=12345&practice=0"
    );
    // `practice=1` is the default and stays out of links.
    let shown = parse_query("view=kl&practice=1");
    assert!(!shown.settings.practice_hidden && shown.issues.is_empty());
    for bad in [
        "practice_seed=abc",
        "practice_seed=-3",
        "practice_seed=1.5",
        "practice_seed=",
    ] {
        let parsed = parse_query(&format!("view=kl&{bad}"));
        assert_eq!(parsed.settings.practice_seed, None, "{bad}");
        assert_eq!(parsed.issues.len(), 1, "{bad}");
        assert_eq!(parsed.issues[0].param, "practice_seed");
    }
}
