//! The plain Rust of `kl`: the pair P, Q of the same length (URL `p`, `q`), its examples, and
//! what the lesson shows of it (the substituted sum, the notes, the asymmetry chart, the terms
//! table). [`pair`] holds what the cross-entropy lesson shows of the same pair too.

pub mod pair;
pub mod practice;

pub use practice::PRACTICE;

use crate::charts::{Figure, KlAsymmetry, KlAsymmetryLabels};
use crate::components::format::shown;
use crate::i18n::Strings;
use crate::lessons::kl::DivergenceNumbers;
use crate::math::Unit;
use crate::state::fields::{read_pair, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

use crate::lessons::kit::TermsTableModel;
use pair::{signed_terms, substituted_terms, terms_csv, terms_table, PairNumbers, TermsColumn};

/// `kl`: two distributions of the same length (defaults p = 0.7, 0.2, 0.1 and q = 0.5, 0.3, 0.2).
#[derive(Clone, Debug, PartialEq)]
pub struct KlState {
    /// The true distribution P.
    pub p: Vec<f64>,
    /// The model's distribution Q, of P's length.
    pub q: Vec<f64>,
}

impl Default for KlState {
    fn default() -> Self {
        KlState {
            p: vec![0.7, 0.2, 0.1],
            q: vec![0.5, 0.3, 0.2],
        }
    }
}

impl LessonState for KlState {
    const KEYS: &'static [&'static str] = &["p", "q"];

    fn read(reader: &mut Reader) -> Self {
        let defaults = KlState::default();
        let (p, q) = read_pair(reader, &defaults.p, &defaults.q);
        KlState { p, q }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &self.p));
        write_param(out, "q", |out| query::write_numbers(out, &self.q));
    }
}

/// An example of the menu: its label, and the pair it sets given the current P.
pub type KlPreset = (fn(&Strings) -> &'static str, fn(&[f64]) -> KlState);

/// The examples, in menu order.
pub const PRESETS: [KlPreset; 5] = [
    (
        |s| s.kl().preset_tutorial,
        |_| pair(&[1.0, 0.0, 0.0], &[0.7, 0.2, 0.1]),
    ),
    (|s| s.kl().preset_default, |_| KlState::default()),
    (|s| s.kl().preset_equal, |p| pair(p, p)),
    (
        |s| s.kl().preset_reverse_infinite,
        |_| pair(&[0.5, 0.5, 0.0], &[0.4, 0.4, 0.2]),
    ),
    (
        |s| s.kl().preset_forward_infinite,
        |_| pair(&[0.4, 0.4, 0.2], &[0.5, 0.5, 0.0]),
    ),
];

fn pair(p: &[f64], q: &[f64]) -> KlState {
    KlState {
        p: p.to_vec(),
        q: q.to_vec(),
    }
}

impl KlState {
    /// The state example `index` sets from this one, if there is such an example.
    pub fn preset(&self, index: usize) -> Option<KlState> {
        PRESETS.get(index).map(|(_, set)| set(&self.p))
    }

    /// Whether this is the state example `index` sets (from this P).
    pub fn is_preset(&self, index: usize) -> bool {
        self.preset(index).as_ref() == Some(self)
    }
}

/// D(P‖Q) written out with the numbers, one unbreakable piece each so a narrow screen wraps
/// between terms: "D(P‖Q) =", "0.7·ln(0.7/0.5)", "+ …", "=", "0.2355", "− …", "= 0.0851 nats".
pub fn substituted(
    p: &[f64],
    q: &[f64],
    numbers: &PairNumbers,
    log: &str,
    unit: &str,
) -> Vec<String> {
    let mut pieces = vec!["D(P‖Q) =".to_string()];
    pieces.extend(substituted_terms(p, q, |p, q| {
        format!("{p}·{log}({p}/{q})")
    }));
    pieces.push("=".to_string());
    pieces.extend(signed_terms(&numbers.kl_terms));
    pieces.push(format!("= {} {unit}", shown(&numbers.kl_pq)));
    pieces
}

/// The table's columns: p, q, and the terms of D(P‖Q), H(P) and H(P, Q) with their sums.
pub fn table_columns(p: &[f64], q: &[f64], numbers: &PairNumbers, unit: Unit) -> Vec<TermsColumn> {
    let log = unit.log_symbol();
    vec![
        TermsColumn::probabilities("p", p),
        TermsColumn::probabilities("q", q),
        TermsColumn::terms(format!("p·{log}(p/q)"), &numbers.kl_terms, &numbers.kl_pq),
        TermsColumn::terms(
            format!("−p·{log} p"),
            &numbers.entropy_terms,
            &numbers.entropy_p,
        ),
        TermsColumn::cross_entropy(numbers, unit),
    ]
}

/// The terms table: a row per outcome of [`table_columns`] and their sums.
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

/// The numbers of both divergences as shown, for the messages about them.
fn divergence_texts(numbers: &PairNumbers) -> (String, String) {
    (shown(&numbers.kl_pq), shown(&numbers.kl_qp))
}

/// The note comparing the two directions: both 0 means Q = P; different values show the
/// asymmetry; otherwise (equal, or a value missing) nothing.
pub fn comparison_note(s: &Strings, unit: Unit, numbers: &PairNumbers) -> Option<String> {
    match (&numbers.kl_pq, &numbers.kl_qp) {
        (Ok(a), Ok(b)) if *a == 0.0 && *b == 0.0 => Some(s.kl().equal_note.to_string()),
        (Ok(a), Ok(b)) if a != b => {
            let (kl_pq, kl_qp) = divergence_texts(numbers);
            Some((s.kl().asymmetry)(&DivergenceNumbers {
                kl_pq: &kl_pq,
                kl_qp: &kl_qp,
                unit: s.ui.unit_name(unit),
                infinite: numbers.any_divergence_infinite(),
            }))
        }
        _ => None,
    }
}

/// The `kl-asymmetry` chart: D(P‖Q) beside D(Q‖P); a missing value is drawn as no bar (NaN).
pub fn asymmetry_figure(s: &Strings, unit: Unit, numbers: &PairNumbers) -> Figure {
    Figure::KlAsymmetry(KlAsymmetry {
        kl_pq: numbers.kl_pq.clone().unwrap_or(f64::NAN),
        kl_qp: numbers.kl_qp.clone().unwrap_or(f64::NAN),
        unit,
        held_axis: None,
        labels: KlAsymmetryLabels {
            kl_pq: "D(P‖Q)".to_string(),
            kl_qp: "D(Q‖P)".to_string(),
            y_axis: (s.kl().divergence_axis)(s.ui.unit_name(unit)),
            infinity: "∞".to_string(),
        },
    })
}

/// The text alternative of the `kl-asymmetry` chart.
pub fn asymmetry_alt(s: &Strings, unit: Unit, numbers: &PairNumbers) -> String {
    let (kl_pq, kl_qp) = divergence_texts(numbers);
    (s.kl().asymmetry_alt)(&DivergenceNumbers {
        kl_pq: &kl_pq,
        kl_qp: &kl_qp,
        unit: s.ui.unit_name(unit),
        infinite: numbers.any_divergence_infinite(),
    })
}

/// What a screen reader announces after a change: all four readouts.
pub fn announcement(numbers: &PairNumbers, unit: &str) -> String {
    format!(
        "D(P‖Q) = {}, D(Q‖P) = {}, H(P) = {}, H(P, Q) = {} {unit}",
        shown(&numbers.kl_pq),
        shown(&numbers.kl_qp),
        shown(&numbers.entropy_p),
        shown(&numbers.cross_entropy),
    )
}

#[cfg(test)]
mod tests {
    use super::pair::with_added_outcome;
    use super::*;
    use crate::i18n::strings;
    use crate::math;
    use crate::state::Lang;

    #[test]
    fn every_preset_is_a_pair_of_distributions() {
        let state = KlState::default();
        for index in 0..PRESETS.len() {
            let set = state.preset(index).unwrap();
            assert_eq!(set.p.len(), set.q.len());
            for v in [&set.p, &set.q] {
                assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{v:?}");
                assert!(v.iter().all(|&x| (0.0..=1.0).contains(&x)));
            }
            assert!(set.is_preset(index));
        }
        assert_eq!(state.preset(PRESETS.len()), None);
        assert!(state.is_preset(1));
        assert!(!state.is_preset(0));
        // Q = P follows the current P.
        let four = KlState {
            p: vec![0.1, 0.2, 0.3, 0.4],
            q: vec![0.25; 4],
        };
        assert_eq!(four.preset(2).unwrap().q, four.p);
    }

    #[test]
    fn the_infinite_presets_are_infinite_in_their_direction() {
        let state = KlState::default();
        let reverse = state.preset(3).unwrap();
        let forward = state.preset(4).unwrap();
        let n = PairNumbers::new(&reverse.p, &reverse.q, Unit::Nats);
        assert_eq!(n.kl_qp, Ok(f64::INFINITY));
        assert!(n.kl_pq.unwrap().is_finite());
        let n = PairNumbers::new(&forward.p, &forward.q, Unit::Nats);
        assert_eq!(n.kl_pq, Ok(f64::INFINITY));
    }

    #[test]
    fn the_substituted_sum_ends_in_the_divergence() {
        let KlState { p, q } = KlState::default();
        let n = PairNumbers::new(&p, &q, Unit::Bits);
        let pieces = substituted(&p, &q, &n, "log₂", "bits");
        assert_eq!(pieces[0], "D(P‖Q) =");
        assert_eq!(pieces[1], "0.7·log₂(0.7/0.5)");
        assert_eq!(pieces[2], "+ 0.2·log₂(0.2/0.3)");
        assert_eq!(pieces[4], "=");
        let expected = math::kl_divergence(&p, &q, Unit::Bits);
        assert_eq!(
            pieces.last().unwrap(),
            &format!("= {} bits", shown(&expected))
        );
    }

    #[test]
    fn the_table_has_five_columns_with_their_sums() {
        let KlState { p, q } = with_pair_of_four();
        let n = PairNumbers::new(&p, &q, Unit::Nats);
        let columns = table_columns(&p, &q, &n, Unit::Nats);
        let headers: Vec<_> = columns.iter().map(|c| c.header.as_str()).collect();
        assert_eq!(headers, ["p", "q", "p·ln(p/q)", "−p·ln p", "−p·ln q"]);
        assert_eq!(
            columns[2].sum,
            Some(math::kl_divergence(&p, &q, Unit::Nats))
        );
        assert_eq!(columns[3].sum, Some(math::entropy(&p, Unit::Nats)));
        let s = strings(Lang::En);
        let rows = csv_rows(s, &p, &q, &n, Unit::Nats);
        assert_eq!(rows.len(), p.len() + 2);
        assert!(rows.iter().all(|row| row.len() == 6));
        assert_eq!(rows[0][0], s.ui.outcome);
        let shown_table = table(s, &p, &q, &n, Unit::Nats);
        assert_eq!(shown_table.rows.len(), p.len());
        assert_eq!(shown_table.header(2), "p·ln(p/q)");
        assert_eq!(
            shown_table.sum(2),
            shown(&math::kl_divergence(&p, &q, Unit::Nats))
        );
    }

    fn with_pair_of_four() -> KlState {
        let KlState { p, q } = KlState::default();
        KlState {
            p: with_added_outcome(&p),
            q: with_added_outcome(&q),
        }
    }

    #[test]
    fn the_notes_follow_the_divergences() {
        let s = strings(Lang::En);
        let same = PairNumbers::new(&[0.5, 0.5], &[0.5, 0.5], Unit::Nats);
        assert_eq!(
            comparison_note(s, Unit::Nats, &same).as_deref(),
            Some(s.kl().equal_note)
        );
        let KlState { p, q } = KlState::default();
        let n = PairNumbers::new(&p, &q, Unit::Nats);
        let note = comparison_note(s, Unit::Nats, &n).unwrap();
        assert!(
            note.contains(&format!("D(Q‖P) = {} nats", shown(&n.kl_qp))),
            "{note}"
        );
        let alt = asymmetry_alt(s, Unit::Nats, &n);
        assert!(!alt.contains('∞'), "{alt}");
        let infinite = PairNumbers::new(&[0.4, 0.4, 0.2], &[0.5, 0.5, 0.0], Unit::Nats);
        assert!(asymmetry_alt(s, Unit::Nats, &infinite).contains("marked ∞"));
        assert!(announcement(&n, "nats").ends_with(" nats"));
    }

    #[test]
    fn the_asymmetry_chart_draws_both_directions() {
        let KlState { p, q } = KlState::default();
        let n = PairNumbers::new(&p, &q, Unit::Nats);
        let Figure::KlAsymmetry(chart) = asymmetry_figure(strings(Lang::En), Unit::Nats, &n) else {
            panic!("not the asymmetry chart");
        };
        assert_eq!(Ok(chart.kl_pq), n.kl_pq);
        assert_eq!(Ok(chart.kl_qp), n.kl_qp);
        assert_eq!(chart.labels.y_axis, "divergence (nats)");
    }
}
