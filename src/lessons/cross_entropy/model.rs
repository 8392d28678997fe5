//! The plain Rust of `cross-entropy`: the truth P and the model Q (URL `p`, `q`), its examples,
//! the one-hot label edits, and what the lesson shows (the substituted sums, the stacked bar,
//! the notes, the terms table). The quantities of the pair are `kl::model::pair`'s.

use crate::components::format::shown;
use crate::i18n::Strings;
use crate::lessons::cross_entropy::{DecompositionNumbers, OneHotNumbers};
use crate::lessons::kit::TermsTableModel;
use crate::lessons::kl::model::pair::{
    outcome_name, probability_text, signed_terms, substituted_terms, terms_csv, terms_table,
    with_added_outcome, with_removed_outcome, PairNumbers, TermsColumn,
};
use crate::math::{self, Unit};
use crate::state::fields::{read_pair, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `cross-entropy`: the true distribution p and the model's q, of the same length
/// (defaults p = 1, 0, 0 and q = 0.7, 0.2, 0.1).
#[derive(Clone, Debug, PartialEq)]
pub struct CrossEntropyState {
    /// The label P, one-hot or soft.
    pub p: Vec<f64>,
    /// The model's prediction Q, of P's length.
    pub q: Vec<f64>,
}

impl Default for CrossEntropyState {
    fn default() -> Self {
        CrossEntropyState {
            p: vec![1.0, 0.0, 0.0],
            q: vec![0.7, 0.2, 0.1],
        }
    }
}

impl LessonState for CrossEntropyState {
    const KEYS: &'static [&'static str] = &["p", "q"];

    fn read(reader: &mut Reader) -> Self {
        let defaults = CrossEntropyState::default();
        let (p, q) = read_pair(reader, &defaults.p, &defaults.q);
        CrossEntropyState { p, q }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &self.p));
        write_param(out, "q", |out| query::write_numbers(out, &self.q));
    }
}

/// An example of the menu: its label, the label P and the prediction Q.
pub type CrossEntropyPreset = (fn(&Strings) -> &'static str, ([f64; 3], [f64; 3]));

/// The examples, in menu order.
pub const PRESETS: [CrossEntropyPreset; 3] = [
    (
        |s| s.cross_entropy().preset_tutorial,
        ([1.0, 0.0, 0.0], [0.7, 0.2, 0.1]),
    ),
    (
        |s| s.cross_entropy().preset_soft,
        ([0.8, 0.1, 0.1], [0.7, 0.2, 0.1]),
    ),
    (
        |s| s.cross_entropy().preset_rules_out_truth,
        ([1.0, 0.0, 0.0], [0.0, 0.9, 0.1]),
    ),
];

impl CrossEntropyState {
    /// The state example `index` sets, if there is such an example.
    pub fn preset(index: usize) -> Option<CrossEntropyState> {
        PRESETS
            .get(index)
            .map(|(_, (label, prediction))| CrossEntropyState {
                p: label.to_vec(),
                q: prediction.to_vec(),
            })
    }

    /// Whether this state, with a one-hot label or not, is what example `index` sets (a soft
    /// label that happens to be one-hot is not the one-hot example).
    pub fn is_preset(&self, index: usize, one_hot: bool) -> bool {
        CrossEntropyState::preset(index)
            .is_some_and(|set| one_hot == one_hot_class(&set.p).is_some() && set == *self)
    }
}

/// The class of a one-hot vector: the entry that is exactly 1 (in a distribution the others
/// are then 0).
pub fn one_hot_class(p: &[f64]) -> Option<usize> {
    p.iter().position(|&x| x == 1.0)
}

/// The most likely outcome (the first, on a tie): the class a soft label becomes when the
/// reader switches to a one-hot label.
pub fn most_likely(p: &[f64]) -> usize {
    p.iter()
        .enumerate()
        .fold((0, f64::NEG_INFINITY), |best, (i, &x)| {
            if x > best.1 {
                (i, x)
            } else {
                best
            }
        })
        .0
}

/// The one-hot label of `class` over `p`'s outcomes, if `class` is one of them.
pub fn with_true_class(p: &[f64], class: usize) -> Option<Vec<f64>> {
    math::one_hot(class, p.len()).ok()
}

/// The label `p` with one more outcome: a one-hot label (while the reader asked for one) keeps
/// its class, a soft one gives the new outcome its share ([`with_added_outcome`]).
pub fn label_with_added_outcome(p: &[f64], one_hot: bool) -> Vec<f64> {
    match one_hot_class(p).filter(|_| one_hot) {
        Some(class) => math::one_hot(class, p.len() + 1).unwrap_or_else(|_| p.to_vec()),
        None => with_added_outcome(p),
    }
}

/// The label `p` without its last outcome: a one-hot label keeps its class (the last one left
/// when its class goes), a soft one is renormalised ([`with_removed_outcome`]).
pub fn label_with_removed_outcome(p: &[f64], one_hot: bool) -> Vec<f64> {
    match one_hot_class(p).filter(|_| one_hot) {
        Some(class) => {
            let classes = p.len().saturating_sub(1);
            math::one_hot(class.min(classes.saturating_sub(1)), classes)
                .unwrap_or_else(|_| p.to_vec())
        }
        None => with_removed_outcome(p),
    }
}

/// H(P, Q) written out with the numbers: "H(P, Q) =", "−[1·ln 0.7", "+ 0", "+ 0]", "=", the
/// terms, "= 0.3567 nats".
pub fn substituted(
    p: &[f64],
    q: &[f64],
    numbers: &PairNumbers,
    log: &str,
    unit: &str,
) -> Vec<String> {
    let mut terms = substituted_terms(p, q, |p, q| format!("{p}·{log} {q}"));
    if let Some(first) = terms.first_mut() {
        *first = format!("−[{first}");
    }
    if let Some(last) = terms.last_mut() {
        last.push(']');
    }
    let mut pieces = vec!["H(P, Q) =".to_string()];
    pieces.extend(terms);
    pieces.push("=".to_string());
    pieces.extend(signed_terms(&numbers.cross_entropy_terms));
    pieces.push(format!("= {} {unit}", shown(&numbers.cross_entropy)));
    pieces
}

/// H(P, Q) = H(P) + D(P‖Q) with the numbers, a line each.
pub fn decomposition(numbers: &PairNumbers, unit: &str) -> Vec<String> {
    vec![
        "H(P, Q) = H(P) + D(P‖Q)".to_string(),
        format!(
            "= {} + {}",
            shown(&numbers.entropy_p),
            shown(&numbers.kl_pq)
        ),
        format!("= {} {unit}", shown(&numbers.cross_entropy)),
    ]
}

/// The table's columns: p, q and the terms of H(P, Q) with their sum.
pub fn table_columns(p: &[f64], q: &[f64], numbers: &PairNumbers, unit: Unit) -> Vec<TermsColumn> {
    vec![
        TermsColumn::probabilities("p", p),
        TermsColumn::probabilities("q", q),
        TermsColumn::cross_entropy(numbers, unit),
    ]
}

/// The terms table: a row per outcome of [`table_columns`] and the sum of H(P, Q).
pub fn table(
    s: &Strings,
    p: &[f64],
    q: &[f64],
    numbers: &PairNumbers,
    unit: Unit,
) -> TermsTableModel {
    terms_table(s, &table_columns(p, q, numbers, unit), p.len())
}

/// The terms table as CSV rows at full precision.
pub fn csv_rows(
    s: &Strings,
    p: &[f64],
    q: &[f64],
    numbers: &PairNumbers,
    unit: Unit,
) -> Vec<Vec<String>> {
    terms_csv(
        &table_columns(p, q, numbers, unit),
        p.len(),
        s.ui.outcome,
        s.ui.sum,
    )
}

/// The stacked bar H(P) | D(P‖Q): each part's share of the bar's length, in percent. An
/// infinite D(P‖Q) takes the whole bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stack {
    /// H(P) / (H(P) + D(P‖Q)) · 100
    pub entropy_share: f64,
    /// D(P‖Q) / (H(P) + D(P‖Q)) · 100
    pub kl_share: f64,
    /// Whether D(P‖Q) is infinite (its part is drawn cut off).
    pub kl_infinite: bool,
}

/// The share (in percent) below which a part is too short for its name; the numbers are
/// written out under the bar anyway.
pub const NARROW_SHARE: f64 = 18.0;

impl Stack {
    /// The bar of `numbers`.
    pub fn new(numbers: &PairNumbers) -> Stack {
        let (entropy_share, kl_share) = match (&numbers.entropy_p, &numbers.kl_pq) {
            (Ok(_), Ok(d)) if d.is_infinite() => (0.0, 100.0),
            (Ok(h), Ok(d)) => {
                let share = |x: f64| if x > 0.0 { x / (h + d) * 100.0 } else { 0.0 };
                (share(*h), share(*d))
            }
            _ => (0.0, 0.0),
        };
        Stack {
            entropy_share,
            kl_share,
            kl_infinite: numbers.kl_pq.as_ref().is_ok_and(|d| d.is_infinite()),
        }
    }
}

/// The stacked bar's text alternative.
pub fn stack_alt(s: &Strings, unit: Unit, numbers: &PairNumbers) -> String {
    (s.cross_entropy().stack_alt)(&DecompositionNumbers {
        entropy_p: &shown(&numbers.entropy_p),
        kl_pq: &shown(&numbers.kl_pq),
        cross_entropy: &shown(&numbers.cross_entropy),
        unit: s.ui.unit_name(unit),
    })
}

/// The note on the label: with a one-hot label the cross-entropy is −log q of the true class;
/// with a soft one, H(P) is a floor.
pub fn label_note(s: &Strings, unit: Unit, p: &[f64], q: &[f64], numbers: &PairNumbers) -> String {
    let one_hot = one_hot_class(p).and_then(|class| {
        let q_true = q.get(class).copied()?;
        Some((s.cross_entropy().one_hot_note)(&OneHotNumbers {
            log: unit.log_symbol(),
            class: &outcome_name(class),
            q_true: &probability_text(q_true),
            cross_entropy: &shown(&numbers.cross_entropy),
            unit: s.ui.unit_name(unit),
        }))
    });
    one_hot.unwrap_or_else(|| s.cross_entropy().soft_note.to_string())
}

/// What a screen reader announces after a change: the three parts of the decomposition.
pub fn announcement(numbers: &PairNumbers, unit: &str) -> String {
    format!(
        "H(P) = {}, D(P‖Q) = {}, H(P, Q) = {} {unit}",
        shown(&numbers.entropy_p),
        shown(&numbers.kl_pq),
        shown(&numbers.cross_entropy),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    fn numbers(p: &[f64], q: &[f64]) -> PairNumbers {
        PairNumbers::new(p, q, Unit::Nats)
    }

    #[test]
    fn a_one_hot_label_is_recognised() {
        assert_eq!(one_hot_class(&[0.0, 1.0, 0.0]), Some(1));
        assert_eq!(one_hot_class(&[0.8, 0.1, 0.1]), None);
    }

    #[test]
    fn the_most_likely_outcome_wins_and_ties_go_first() {
        assert_eq!(most_likely(&[0.1, 0.6, 0.3]), 1);
        assert_eq!(most_likely(&[0.4, 0.4, 0.2]), 0);
    }

    #[test]
    fn a_true_class_sets_a_one_hot_label() {
        let p = [0.2, 0.5, 0.3];
        assert_eq!(
            with_true_class(&p, most_likely(&p)),
            Some(vec![0.0, 1.0, 0.0])
        );
        assert_eq!(with_true_class(&p, 3), None);
    }

    #[test]
    fn presets_are_pairs_of_distributions() {
        for index in 0..PRESETS.len() {
            let set = CrossEntropyState::preset(index).unwrap();
            assert_eq!(set.p.len(), set.q.len());
            for v in [&set.p, &set.q] {
                assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{v:?}");
            }
            let one_hot = one_hot_class(&set.p).is_some();
            assert!(set.is_preset(index, one_hot));
            assert!(!set.is_preset(index, !one_hot));
        }
        assert_eq!(CrossEntropyState::preset(PRESETS.len()), None);
        assert!(CrossEntropyState::default().is_preset(0, true));
    }

    #[test]
    fn a_one_hot_label_keeps_its_class_as_outcomes_come_and_go() {
        assert_eq!(
            label_with_added_outcome(&[0.0, 1.0, 0.0], true),
            vec![0.0, 1.0, 0.0, 0.0]
        );
        assert_eq!(
            label_with_removed_outcome(&[0.0, 0.0, 1.0], true),
            vec![0.0, 1.0]
        );
        // A soft label (even one that is one-hot) shares its mass as `kl` does.
        assert_eq!(
            label_with_added_outcome(&[0.0, 1.0, 0.0], false),
            with_added_outcome(&[0.0, 1.0, 0.0])
        );
        let soft = label_with_removed_outcome(&[0.5, 0.25, 0.25], true);
        assert_eq!(soft, with_removed_outcome(&[0.5, 0.25, 0.25]));
        assert!((soft.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn the_sums_written_out_end_in_the_cross_entropy() {
        let CrossEntropyState { p, q } = CrossEntropyState::default();
        let n = numbers(&p, &q);
        let pieces = substituted(&p, &q, &n, "ln", "nats");
        assert_eq!(pieces[..4], ["H(P, Q) =", "−[1·ln 0.7", "+ 0", "+ 0]"]);
        let expected = -(0.7f64.ln());
        assert_eq!(
            pieces.last().unwrap(),
            &format!("= {} nats", shown(&Ok(expected)))
        );
        let lines = decomposition(&n, "nats");
        assert_eq!(
            lines[1],
            format!("= {} + {}", shown(&Ok(0.0)), shown(&Ok(expected)))
        );
        let columns = table_columns(&p, &q, &n, Unit::Bits);
        assert_eq!(columns[2].header, "−p·log₂ q");
    }

    #[test]
    fn the_stack_splits_the_cross_entropy() {
        let p = [0.8, 0.1, 0.1];
        let q = [0.7, 0.2, 0.1];
        let n = numbers(&p, &q);
        let stack = Stack::new(&n);
        let h = math::entropy(&p, Unit::Nats).unwrap();
        let d = math::kl_divergence(&p, &q, Unit::Nats).unwrap();
        assert!((stack.entropy_share - h / (h + d) * 100.0).abs() < 1e-9);
        assert!((stack.entropy_share + stack.kl_share - 100.0).abs() < 1e-9);
        assert!(!stack.kl_infinite);

        let one_hot = Stack::new(&numbers(&[1.0, 0.0, 0.0], &q));
        assert_eq!(one_hot.entropy_share, 0.0);
        assert!((one_hot.kl_share - 100.0).abs() < 1e-9);

        let infinite = Stack::new(&numbers(&[1.0, 0.0, 0.0], &[0.0, 0.9, 0.1]));
        assert_eq!((infinite.entropy_share, infinite.kl_share), (0.0, 100.0));
        assert!(infinite.kl_infinite);

        let equal = Stack::new(&numbers(&[1.0, 0.0], &[1.0, 0.0]));
        assert_eq!((equal.entropy_share, equal.kl_share), (0.0, 0.0));
    }

    #[test]
    fn the_notes_name_the_true_class_or_the_floor() {
        let s = strings(Lang::En);
        let CrossEntropyState { p, q } = CrossEntropyState::default();
        let note = label_note(s, Unit::Bits, &p, &q, &PairNumbers::new(&p, &q, Unit::Bits));
        assert!(note.contains("−log₂ q(x₁) = −log₂ 0.7"), "{note}");
        let soft = [0.8, 0.1, 0.1];
        assert_eq!(
            label_note(s, Unit::Nats, &soft, &q, &numbers(&soft, &q)),
            s.cross_entropy().soft_note
        );
        let alt = stack_alt(s, Unit::Nats, &numbers(&soft, &q));
        assert!(alt.ends_with(" nats."), "{alt}");
        assert!(announcement(&numbers(&p, &q), "nats").starts_with("H(P) = 0.0000"));
    }
}
