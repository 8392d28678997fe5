//! Whatever a link holds, `parse_query` must not panic, must return a state a renderer can
//! trust, and `to_query` of that state must parse back to it without issues.

use proptest::prelude::*;
use xent_lab::state::*;

/// An independent statement of "valid for its view", written from the contract rather than
/// from the parser.
fn check_valid(state: &ViewState) -> Result<(), String> {
    fn probability(name: &str, p: f64) -> Result<(), String> {
        if p.is_finite() && (0.0..=1.0).contains(&p) {
            Ok(())
        } else {
            Err(format!("{name} = {p} is not a probability"))
        }
    }
    fn outcomes(name: &str, len: usize) -> Result<(), String> {
        if (MIN_CLASSES..=MAX_CLASSES).contains(&len) {
            Ok(())
        } else {
            Err(format!("{name} has {len} outcomes"))
        }
    }
    fn distribution(name: &str, p: &[f64]) -> Result<(), String> {
        outcomes(name, p.len())?;
        for &pi in p {
            probability(name, pi)?;
        }
        let sum: f64 = p.iter().sum();
        if (sum - 1.0).abs() <= 1e-9 {
            Ok(())
        } else {
            Err(format!("{name} sums to {sum}"))
        }
    }
    fn finite(name: &str, z: &[f64]) -> Result<(), String> {
        outcomes(name, z.len())?;
        match z.iter().find(|zi| !zi.is_finite()) {
            Some(zi) => Err(format!("{name} holds {zi}")),
            None => Ok(()),
        }
    }
    fn names(classes: &ClassNames) -> Result<(), String> {
        outcomes("classes", classes.len())?;
        let ClassNames::Named(classes) = classes else {
            return Ok(());
        };
        match classes
            .iter()
            .find(|name| name.is_empty() || name.trim() != name.as_str())
        {
            Some(name) => Err(format!("class name {name:?}")),
            None => Ok(()),
        }
    }
    fn samples(m: usize) -> Result<(), String> {
        if (1..=MAX_SAMPLES).contains(&m) {
            Ok(())
        } else {
            Err(format!("{m} samples"))
        }
    }

    match state {
        ViewState::Information(s) => probability("p", s.p),
        ViewState::BinaryEntropy(s) => probability("p", s.p),
        ViewState::Entropy(s) => distribution("p", &s.p),
        ViewState::Kl(KlState { p, q }) | ViewState::CrossEntropy(CrossEntropyState { p, q }) => {
            distribution("p", p)?;
            distribution("q", q)?;
            if p.len() == q.len() {
                Ok(())
            } else {
                Err(format!("p has {} outcomes, q {}", p.len(), q.len()))
            }
        }
        ViewState::MseVsCe(s) => {
            finite("z", &s.z)?;
            if s.true_class >= s.z.len() {
                return Err(format!("y = {} of {}", s.true_class, s.z.len()));
            }
            if !(s.learning_rate.is_finite() && s.learning_rate > 0.0 && s.learning_rate <= 100.0) {
                return Err(format!("lr = {}", s.learning_rate));
            }
            Ok(())
        }
        ViewState::SingleLabel(s) => {
            names(&s.classes)?;
            let n = s.classes.len();
            samples(s.labels.len())?;
            if s.q.len() != s.labels.len() {
                return Err(format!("{} rows, {} labels", s.q.len(), s.labels.len()));
            }
            if let Some(label) = s.labels.iter().find(|&&label| label >= n) {
                return Err(format!("label {label} of {n} classes"));
            }
            for row in &s.q {
                if row.len() != n {
                    return Err(format!("row of {} for {n} classes", row.len()));
                }
                match s.input {
                    InputKind::Prob => distribution("q row", row)?,
                    InputKind::Logit => finite("q row", row)?,
                }
            }
            Ok(())
        }
        ViewState::MultiLabel(s) => {
            names(&s.classes)?;
            let n = s.classes.len();
            samples(s.y.len())?;
            if s.q.len() != s.y.len() {
                return Err(format!("{} q rows, {} y rows", s.q.len(), s.y.len()));
            }
            if s.y.iter().any(|row| row.len() != n) {
                return Err("a y row of the wrong width".into());
            }
            for row in &s.q {
                if row.len() != n {
                    return Err(format!("row of {} for {n} nodes", row.len()));
                }
                match s.input {
                    InputKind::Prob => {
                        for &qi in row {
                            probability("q", qi)?;
                        }
                    }
                    InputKind::Logit => finite("q row", row)?,
                }
            }
            Ok(())
        }
    }
}

/// The properties every parse must have; `Err` describes the first one broken.
fn check_query(query: &str) -> Result<(), String> {
    let parsed = parse_query(query);
    let view = parsed.view.unwrap_or(ViewId::Information);
    if parsed.state.view() != view {
        return Err(format!(
            "state of {:?} for view {view:?}",
            parsed.state.view()
        ));
    }
    check_valid(&parsed.state).map_err(|why| format!("invalid state ({why}): {parsed:?}"))?;
    let link = to_query(view, &parsed.settings, &parsed.state);
    let again = parse_query(&link);
    if again.view != Some(view) || again.settings != parsed.settings || again.state != parsed.state
    {
        return Err(format!(
            "round trip of {link:?} gave {again:?}, not {parsed:?}"
        ));
    }
    if !again.issues.is_empty() {
        return Err(format!("{link:?} parses with issues {:?}", again.issues));
    }
    Ok(())
}

const KEYS: &[&str] = &[
    "view",
    "p",
    "q",
    "y",
    "z",
    "lr",
    "labels",
    "classes",
    "input",
    "reduction",
    "lang",
    "unit",
    "theme",
    "embed",
    "x",
];

/// Pieces of real queries and of the ways they get mangled.
const TOKENS: &[&str] = &[
    "view",
    "p",
    "q",
    "y",
    "z",
    "lr",
    "labels",
    "classes",
    "input",
    "reduction",
    "lang",
    "unit",
    "theme",
    "embed",
    "=",
    "=",
    "&",
    "&",
    "?",
    "0",
    "1",
    "2",
    "3",
    "7",
    "9",
    ".",
    ".",
    "-",
    "e",
    ",",
    ",",
    ",",
    ";",
    ";",
    "%",
    "%2C",
    "%3B",
    "%2",
    "%ZZ",
    "%E7%8C%AB",
    "%FF",
    "+",
    " ",
    "inf",
    "NaN",
    "1e999",
    "-0",
    "0.5",
    "0.25",
    "0.333",
    "1e-300",
    "information",
    "entropy",
    "binary-entropy",
    "kl",
    "cross-entropy",
    "mse-vs-ce",
    "single-label",
    "multi-label",
    "prob",
    "logit",
    "sum",
    "mean_over_samples",
    "mean_over_elements",
    "en",
    "zh",
    "bits",
    "nats",
    "light",
    "dark",
    "猫",
    "é",
    "\u{0}",
    "#",
];

/// Values that are often valid, sometimes not.
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "2",
    "0.5",
    "0.25",
    "0.1",
    "0.2",
    "0.7",
    "0.3",
    "0.6",
    "0.333",
    "0.3333333",
    "-1",
    "-0",
    "1e999",
    "NaN",
    "inf",
    "",
    "abc",
    "1e-320",
    "100",
    "101",
    "3.5",
    "%2C",
    "+0.5",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|tokens| tokens.concat())
}

fn list_value() -> impl Strategy<Value = String> {
    let row = prop::collection::vec(prop::sample::select(NUMBERS), 1..11).prop_map(|r| r.join(","));
    prop::collection::vec(row, 1..11).prop_map(|rows| rows.join(";"))
}

fn name_value() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z ,;&=#%+猫é]{0,6}", 1..11).prop_map(|names| {
        names
            .iter()
            .map(|name| form_urlencoded_like(name))
            .collect::<Vec<_>>()
            .join(",")
    })
}

/// Percent-encodes some characters of a name the way a careful or careless writer would.
fn form_urlencoded_like(name: &str) -> String {
    name.replace('%', "%25")
        .replace(',', "%2C")
        .replace('&', "%26")
        .replace('#', "%23")
}

/// `view=<id>` and a few parameters with list-like values: reaches the cross-parameter rules.
fn structured_query() -> impl Strategy<Value = String> {
    let views = prop::sample::select(ViewId::ALL.to_vec()).prop_map(|view| view.id().to_owned());
    let param = (
        prop::sample::select(KEYS),
        prop_oneof![
            list_value(),
            name_value(),
            prop::sample::select(TOKENS).prop_map(String::from)
        ],
    )
        .prop_map(|(key, value)| format!("{key}={value}"));
    (views, prop::collection::vec(param, 0..8))
        .prop_map(|(view, params)| format!("view={view}&{}", params.join("&")))
}

/// A number as a link would hold it: mostly `{}`-formatted, sometimes junk.
fn number_text(range: std::ops::Range<f64>) -> BoxedStrategy<String> {
    prop_oneof![
        6 => range.prop_map(|value| value.to_string()),
        1 => prop::sample::select(NUMBERS).prop_map(String::from),
    ]
    .boxed()
}

fn join_numbers(values: &[f64]) -> String {
    values
        .iter()
        .map(f64::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// A distribution over `n` outcomes, exact, a hair off, within 0.001 of summing to 1, or
/// farther; sometimes written with three decimals, as a person would.
fn distribution_text(n: usize) -> BoxedStrategy<String> {
    (
        prop::collection::vec(0.0..1.0f64, n),
        prop::sample::select(vec![0.0, 0.0, 1e-12, 1e-4, 5e-4, 2e-3, 0.1]),
        any::<bool>(),
    )
        .prop_map(move |(weights, shift, three_decimals)| {
            let total: f64 = weights.iter().sum();
            let mut p: Vec<f64> = if total > 0.0 {
                weights.iter().map(|w| w / total).collect()
            } else {
                vec![1.0 / n as f64; n]
            };
            p[0] = (p[0] + shift).min(1.0);
            if three_decimals {
                p.iter()
                    .map(|pi| format!("{pi:.3}"))
                    .collect::<Vec<_>>()
                    .join(",")
            } else {
                join_numbers(&p)
            }
        })
        .boxed()
}

fn numbers_text(n: usize, range: std::ops::Range<f64>) -> BoxedStrategy<String> {
    prop::collection::vec(number_text(range), n)
        .prop_map(|values| values.join(","))
        .boxed()
}

fn rows_text(m: usize, row: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop::collection::vec(row, m)
        .prop_map(|rows| rows.join(";"))
        .boxed()
}

/// Every parameter a view might read, with values of a shape (n classes, m samples) shared
/// by the parameters of one query, so that consistent batches occur often and near misses too.
fn shaped_query() -> impl Strategy<Value = String> {
    (1..=10usize, 1..=10usize, 1..=10usize)
        .prop_flat_map(|(n, m, other)| {
            let width = prop_oneof![4 => Just(n), 1 => Just(other)];
            let samples = prop_oneof![4 => Just(m), 1 => Just(other)];
            let q_rows = (width, samples).prop_flat_map(|(width, samples)| {
                prop_oneof![
                    rows_text(samples, distribution_text(width)),
                    rows_text(samples, numbers_text(width, 0.0..1.0)),
                    rows_text(samples, numbers_text(width, -30.0..30.0)),
                ]
            });
            let q_vector =
                prop_oneof![4 => Just(n), 1 => Just(other)].prop_flat_map(distribution_text);
            let y_rows = prop_oneof![4 => Just(n), 1 => Just(other)].prop_flat_map(move |width| {
                rows_text(
                    m,
                    prop::collection::vec(
                        prop_oneof![20 => prop::sample::select(vec!["0", "1"]), 1 => Just("0.5")],
                        width,
                    )
                    .prop_map(|row| row.join(","))
                    .boxed(),
                )
            });
            let labels = prop::collection::vec(0..=n, m).prop_map(|labels| {
                labels
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            });
            let classes = prop::collection::vec("[a-z ,;&=#%+猫é]{1,6}", n).prop_map(|names| {
                names
                    .iter()
                    .map(|name| form_urlencoded_like(name))
                    .collect::<Vec<_>>()
                    .join(",")
            });
            (
                prop::sample::select(ViewId::ALL.to_vec()),
                prop_oneof![distribution_text(n), number_text(0.0..1.0)],
                prop_oneof![q_vector, q_rows],
                prop_oneof![y_rows.prop_map(|y| y), (0..=n).prop_map(|y| y.to_string())],
                numbers_text(n, -30.0..30.0),
                number_text(-1.0..120.0),
                labels,
                classes,
                prop::sample::select(vec!["prob", "logit", "odds"]),
                prop::sample::select(vec!["sum", "mean_over_samples", "mean_over_elements", "x"]),
                prop::collection::vec(0..6u8, 10),
            )
        })
        .prop_map(
            |(view, p, q, y, z, lr, labels, classes, input, reduction, presence)| {
                let values = [
                    ("p", p),
                    ("q", q),
                    ("y", y),
                    ("z", z),
                    ("lr", lr),
                    ("labels", labels),
                    ("classes", classes),
                    ("input", input.to_owned()),
                    ("reduction", reduction.to_owned()),
                ];
                let mut query = format!("view={}", view.id());
                for ((key, value), presence) in values.iter().zip(presence) {
                    match presence {
                        0 => {}
                        1 => query.push_str(&format!("&{key}=junk")),
                        _ => query.push_str(&format!("&{key}={value}")),
                    }
                }
                query
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_a_valid_state(query in ".*") {
        check_query(&query).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn any_query_like_string_gives_a_valid_state(query in token_soup()) {
        check_query(&query).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn any_structured_query_gives_a_valid_state(query in structured_query()) {
        check_query(&query).map_err(TestCaseError::fail)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn any_shaped_query_gives_a_valid_state(query in shaped_query()) {
        check_query(&query).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn mangled_links_give_valid_states() {
    let mut queries = vec![
        String::new(),
        "?".into(),
        "&&&==&".into(),
        "view".into(),
        "view=".into(),
        "view=%".into(),
        "view=kl&p=1e999,0,0".into(),
        "view=kl&p=NaN&q=inf".into(),
        "view=entropy&p=0.5,0.5;0.5,0.5".into(),
        "view=mse-vs-ce&y=18446744073709551616&z=1e308,-1e308&lr=1e-320".into(),
        "view=single-label&labels=0,1,2,3,4,5,6,7,8,9&q=1,0;0,1;1,0;0,1;1,0;0,1;1,0;0,1;1,0".into(),
        "view=multi-label&y=1,1,1,1,1,1,1,1,1,1&q=0.5&input=logit".into(),
        "view=multi-label&classes=%E7%8C%AB,%F0%9F%90%B8&y=1,0;0,1&q=0.1,0.9;0.2,0.8".into(),
    ];
    let long = vec!["0.1"; 10_000].join(",");
    for view in ViewId::ALL {
        queries.push(format!(
            "view={}&p={long}&q={long}&z={long}&y={long}",
            view.id()
        ));
        queries.push(format!("view={}&classes={long}&labels={long}", view.id()));
        for key in KEYS {
            for value in NUMBERS {
                queries.push(format!("view={}&{key}={value}", view.id()));
            }
        }
    }
    for query in &queries {
        if let Err(why) = check_query(query) {
            panic!("{query:?}: {why}");
        }
    }
}

#[test]
fn the_checker_refuses_invalid_states() {
    let bad = [
        ViewState::Information(InformationState { p: f64::NAN }),
        ViewState::Entropy(EntropyState { p: vec![0.5, 0.6] }),
        ViewState::Kl(KlState {
            p: vec![0.5, 0.5],
            q: vec![0.2, 0.3, 0.5],
        }),
        ViewState::MseVsCe(MseVsCeState {
            true_class: 3,
            ..MseVsCeState::default()
        }),
        ViewState::SingleLabel(SingleLabelState {
            labels: vec![1, 0],
            ..SingleLabelState::default()
        }),
        ViewState::MultiLabel(MultiLabelState {
            q: vec![vec![0.1, 1.7, 0.8]],
            ..MultiLabelState::default()
        }),
    ];
    for state in bad {
        assert!(check_valid(&state).is_err(), "{state:?}");
    }
    for view in ViewId::ALL {
        assert_eq!(check_valid(&ViewState::default_for(view)), Ok(()));
    }
}
