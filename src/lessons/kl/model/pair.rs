//! The pair P, Q that steps 4 (`kl`) and 5 (`cross-entropy`) both show, as plain Rust: every
//! quantity of the pair, the outcome names, adding and removing an outcome, the per-outcome
//! terms table and the `distributions` chart. The views in `kit::pair` only show these.

use crate::charts::{Contribution, ContributionSeries, Distributions, DistributionsLabels, Figure};
use crate::components::format::shown;
use crate::components::format::{full_precision, rounded_to};
use crate::i18n::Strings;
use crate::lessons::kit::terms_table::model::{TableColumn, TermsTableModel};
use crate::lessons::kl::DistributionNumbers;
use crate::math::{self, MathError, Unit};

/// A quantity from `math`, or why there is none.
pub type Value = Result<f64, MathError>;

/// A quantity's per-outcome terms from `math`, or why there are none.
pub type Terms = Result<Vec<f64>, MathError>;

/// Every quantity both lessons show for the pair P, Q in one unit, each computed by `math`.
#[derive(Clone, Debug, PartialEq)]
pub struct PairNumbers {
    /// H(P) = −Σ p_i log p_i
    pub entropy_p: Value,
    /// H(P, Q) = −Σ p_i log q_i = H(P) + D(P‖Q)
    pub cross_entropy: Value,
    /// D(P‖Q) = Σ p_i log(p_i / q_i)
    pub kl_pq: Value,
    /// D(Q‖P) = Σ q_i log(q_i / p_i)
    pub kl_qp: Value,
    /// The terms −p_i log p_i of H(P).
    pub entropy_terms: Terms,
    /// The terms −p_i log q_i of H(P, Q).
    pub cross_entropy_terms: Terms,
    /// The terms p_i log(p_i / q_i) of D(P‖Q).
    pub kl_terms: Terms,
    /// The terms q_i log(q_i / p_i) of D(Q‖P).
    pub reverse_kl_terms: Terms,
}

impl PairNumbers {
    /// The quantities of `p` and `q` (same length) in `unit`.
    pub fn new(p: &[f64], q: &[f64], unit: Unit) -> PairNumbers {
        PairNumbers {
            entropy_p: math::entropy(p, unit),
            cross_entropy: math::cross_entropy(p, q, unit),
            kl_pq: math::kl_divergence(p, q, unit),
            kl_qp: math::kl_divergence(q, p, unit),
            entropy_terms: math::entropy_terms(p, unit),
            cross_entropy_terms: math::cross_entropy_terms(p, q, unit),
            kl_terms: math::kl_terms(p, q, unit),
            reverse_kl_terms: math::kl_terms(q, p, unit),
        }
    }

    /// Whether D(P‖Q) or D(Q‖P) is infinite (the asymmetry chart then cuts its bar off).
    pub fn any_divergence_infinite(&self) -> bool {
        [&self.kl_pq, &self.kl_qp]
            .iter()
            .any(|value| value.as_ref().is_ok_and(|x| x.is_infinite()))
    }
}

/// The name of outcome `index` (from 0) in formulas, tables and charts: x₁, x₂, …
pub fn outcome_name(index: usize) -> String {
    const SUBSCRIPT_DIGITS: [char; 10] = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
    let subscript: String = (index + 1)
        .to_string()
        .chars()
        .filter_map(|digit| digit.to_digit(10))
        .map(|digit| SUBSCRIPT_DIGITS[digit as usize])
        .collect();
    format!("x{subscript}")
}

/// The names of `outcomes` outcomes.
pub fn outcome_names(outcomes: usize) -> Vec<String> {
    (0..outcomes).map(outcome_name).collect()
}

/// A probability as it is written inside a formula: at most four decimals, trailing zeros
/// dropped ("0.7", "0.1333", "1").
pub fn probability_text(x: f64) -> String {
    let text = rounded_to(x, 4);
    if text.contains('.') && !text.contains('e') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// `values` as a comma-separated list of probabilities, for text alternatives.
pub fn probability_list(values: &[f64]) -> String {
    values
        .iter()
        .map(|&x| probability_text(x))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `p` with one more outcome, still a distribution: the new outcome takes the equal share
/// 1/(n+1) and the others shrink in proportion (`math::set_entry`).
pub fn with_added_outcome(p: &[f64]) -> Vec<f64> {
    let mut extended = p.to_vec();
    extended.push(0.0);
    let outcomes = extended.len();
    math::set_entry(&extended, outcomes - 1, 1.0 / outcomes as f64)
        .or_else(|_| math::uniform(outcomes))
        .unwrap_or(extended)
}

/// `p` without its last outcome, renormalised; uniform when the last outcome held all the mass.
pub fn with_removed_outcome(p: &[f64]) -> Vec<f64> {
    let kept = &p[..p.len().saturating_sub(1)];
    math::renormalise(kept)
        .or_else(|_| math::uniform(kept.len()))
        .unwrap_or_else(|_| p.to_vec())
}

/// The outcomes whose term is infinite (a probability of 0 under the other distribution's
/// positive one), by name.
pub fn infinite_outcomes(terms: &Terms) -> Vec<String> {
    terms
        .as_ref()
        .map(|terms| {
            terms
                .iter()
                .enumerate()
                .filter(|(_, term)| term.is_infinite())
                .map(|(i, _)| outcome_name(i))
                .collect()
        })
        .unwrap_or_default()
}

/// The note explaining an infinite quantity, when `terms` has infinite terms: `message` given
/// the outcomes at fault ("outcomes x₂ and x₃").
pub fn infinity_note(s: &Strings, terms: &Terms, message: fn(&str) -> String) -> Option<String> {
    let names = infinite_outcomes(terms);
    (!names.is_empty()).then(|| message(&(s.kl().outcome_list)(&names)))
}

/// Term values written as a sum: "0.2355", "− 0.0811", "+ 0.0000", …
pub fn signed_terms(terms: &Terms) -> Vec<String> {
    match terms {
        Ok(terms) => terms
            .iter()
            .enumerate()
            .map(|(i, &term)| match (i, term < 0.0) {
                (0, _) => rounded_to(term, 4),
                (_, true) => format!("− {}", rounded_to(-term, 4)),
                (_, false) => format!("+ {}", rounded_to(term, 4)),
            })
            .collect(),
        Err(_) => vec!["–".to_string()],
    }
}

/// The terms of a substituted sum, one per outcome, "+ " before all but the first; an outcome
/// with p_i = 0 adds "0" (0 · log 0 = 0), the others `term(p_i, q_i)` written with
/// [`probability_text`].
pub fn substituted_terms(p: &[f64], q: &[f64], term: impl Fn(&str, &str) -> String) -> Vec<String> {
    p.iter()
        .zip(q)
        .enumerate()
        .map(|(i, (&pi, &qi))| {
            let written = if pi == 0.0 {
                "0".to_string()
            } else {
                term(&probability_text(pi), &probability_text(qi))
            };
            if i == 0 {
                written
            } else {
                format!("+ {written}")
            }
        })
        .collect()
}

/// One column of a per-outcome table: a header, a value per outcome and, for a column of terms,
/// the quantity they add up to (from `math`, not summed here) for the bottom row.
#[derive(Clone, Debug, PartialEq)]
pub struct TermsColumn {
    /// The column's head, e.g. "q" or "−p·ln q".
    pub header: String,
    /// A value per outcome.
    pub values: Terms,
    /// The bottom row's entry; `None` leaves it empty.
    pub sum: Option<Value>,
}

impl TermsColumn {
    /// The entries of a probability vector, headed by its name.
    pub fn probabilities(name: &str, vector: &[f64]) -> TermsColumn {
        TermsColumn {
            header: name.to_string(),
            values: Ok(vector.to_vec()),
            sum: None,
        }
    }

    /// A column of terms and the quantity they add up to.
    pub fn terms(header: String, values: &Terms, sum: &Value) -> TermsColumn {
        TermsColumn {
            header,
            values: values.clone(),
            sum: Some(sum.clone()),
        }
    }

    /// The terms −p_i log q_i of H(P, Q) and their sum, headed "−p·ln q": both lessons show it.
    pub fn cross_entropy(numbers: &PairNumbers, unit: Unit) -> TermsColumn {
        TermsColumn::terms(
            format!("−p·{} q", unit.log_symbol()),
            &numbers.cross_entropy_terms,
            &numbers.cross_entropy,
        )
    }

    /// The entry of outcome `index`.
    pub fn entry(&self, index: usize) -> Value {
        match &self.values {
            Ok(values) => values.get(index).copied().ok_or(MathError::Empty),
            Err(error) => Err(error.clone()),
        }
    }

    /// The column as the terms table shows it for `outcomes` outcomes: each entry rounded,
    /// and the sum (if any) too.
    pub fn shown(&self, outcomes: usize) -> TableColumn {
        TableColumn {
            header: self.header.clone(),
            formula: None,
            cells: (0..outcomes).map(|i| shown(&self.entry(i))).collect(),
            sum: self.sum.as_ref().map(shown),
        }
    }
}

/// The terms table of `columns` for `outcomes` outcomes (x₁, x₂, …), with the sums in a
/// bottom row labelled "Sum".
pub fn terms_table(s: &Strings, columns: &[TermsColumn], outcomes: usize) -> TermsTableModel {
    TermsTableModel {
        row_header: s.ui.outcome.to_string(),
        rows: outcome_names(outcomes),
        zero_rows: Vec::new(),
        columns: columns.iter().map(|c| c.shown(outcomes)).collect(),
        sum_label: s.ui.sum.to_string(),
        sum_span: 1,
    }
}

/// A terms table of `outcomes` rows as CSV rows at full precision: a header row, a row per
/// outcome and the row of sums.
pub fn terms_csv(
    columns: &[TermsColumn],
    outcomes: usize,
    outcome_header: &str,
    sum_header: &str,
) -> Vec<Vec<String>> {
    let cell = |value: Value| value.map(full_precision).unwrap_or_default();
    let mut rows = vec![std::iter::once(outcome_header.to_string())
        .chain(columns.iter().map(|column| column.header.clone()))
        .collect::<Vec<_>>()];
    rows.extend((0..outcomes).map(|i| {
        std::iter::once(outcome_name(i))
            .chain(columns.iter().map(|column| cell(column.entry(i))))
            .collect()
    }));
    rows.push(
        std::iter::once(sum_header.to_string())
            .chain(
                columns
                    .iter()
                    .map(|column| column.sum.clone().map(cell).unwrap_or_default()),
            )
            .collect(),
    );
    rows
}

/// The `distributions` chart of P and Q with each outcome's contributions to H(P), H(P, Q)
/// and D(P‖Q).
pub fn distributions_figure(s: &Strings, unit: Unit, p: &[f64], q: &[f64]) -> Figure {
    let series = |quantity, name: &str| ContributionSeries {
        quantity,
        name: name.to_string(),
    };
    Figure::Distributions(Distributions {
        outcomes: outcome_names(p.len()),
        p: p.to_vec(),
        q: Some(q.to_vec()),
        contributions: vec![
            series(Contribution::Entropy, "H(P)"),
            series(Contribution::CrossEntropy, "H(P, Q)"),
            series(Contribution::KlDivergence, "D(P‖Q)"),
        ],
        unit,
        held_axis: None,
        labels: DistributionsLabels {
            outcome_axis: s.kl().outcome_axis.to_string(),
            probability_axis: s.kl().probability_axis.to_string(),
            contribution_axis: (s.kl().contribution_axis)(s.ui.unit_name(unit)),
            p: "P".to_string(),
            q: "Q".to_string(),
            infinity: "∞".to_string(),
        },
    })
}

/// The text alternative of the `distributions` chart: P, Q and their H(P), H(P, Q), D(P‖Q).
pub fn distributions_alt(
    s: &Strings,
    unit: Unit,
    p: &[f64],
    q: &[f64],
    numbers: &PairNumbers,
) -> String {
    (s.kl().distributions_alt)(&DistributionNumbers {
        p: &probability_list(p),
        q: &probability_list(q),
        entropy_p: &shown(&numbers.entropy_p),
        cross_entropy: &shown(&numbers.cross_entropy),
        kl_pq: &shown(&numbers.kl_pq),
        unit: s.ui.unit_name(unit),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    const P: [f64; 3] = [0.7, 0.2, 0.1];
    const Q: [f64; 3] = [0.5, 0.3, 0.2];

    fn close(a: &Value, b: f64) -> bool {
        a.as_ref().is_ok_and(|a| (a - b).abs() < 1e-12)
    }

    #[test]
    fn pair_numbers_match_the_sums_written_out() {
        let n = PairNumbers::new(&P, &Q, Unit::Nats);
        let kl: f64 = P.iter().zip(&Q).map(|(p, q)| p * (p / q).ln()).sum();
        let reverse: f64 = P.iter().zip(&Q).map(|(p, q)| q * (q / p).ln()).sum();
        let h: f64 = P.iter().map(|p| -p * p.ln()).sum();
        let ce: f64 = P.iter().zip(&Q).map(|(p, q)| -p * q.ln()).sum();
        assert!(close(&n.kl_pq, kl));
        assert!(close(&n.kl_qp, reverse));
        assert!(close(&n.entropy_p, h));
        assert!(close(&n.cross_entropy, ce));
        // H(P, Q) = H(P) + D(P‖Q), and each total is the sum of its terms.
        assert!(close(&n.cross_entropy, h + kl));
        for (terms, total) in [
            (&n.kl_terms, &n.kl_pq),
            (&n.reverse_kl_terms, &n.kl_qp),
            (&n.entropy_terms, &n.entropy_p),
            (&n.cross_entropy_terms, &n.cross_entropy),
        ] {
            let sum: f64 = terms.as_ref().unwrap().iter().sum();
            assert!(close(total, sum));
        }
        assert!(!n.any_divergence_infinite());
    }

    #[test]
    fn bits_are_nats_over_ln_2() {
        let nats = PairNumbers::new(&P, &Q, Unit::Nats);
        let bits = PairNumbers::new(&P, &Q, Unit::Bits);
        assert!(close(
            &bits.kl_pq,
            nats.kl_pq.clone().unwrap() / std::f64::consts::LN_2
        ));
    }

    #[test]
    fn a_zero_under_q_makes_the_divergence_infinite() {
        let n = PairNumbers::new(&[0.4, 0.4, 0.2], &[0.5, 0.5, 0.0], Unit::Nats);
        assert_eq!(n.kl_pq, Ok(f64::INFINITY));
        assert!(n.any_divergence_infinite());
        assert_eq!(infinite_outcomes(&n.kl_terms), vec!["x₃".to_string()]);
        assert!(infinite_outcomes(&n.reverse_kl_terms).is_empty());
        let s = strings(Lang::En);
        let note = infinity_note(s, &n.kl_terms, s.kl().infinite_pq).unwrap();
        assert!(note.contains("outcome x₃"), "{note}");
        assert_eq!(
            infinity_note(s, &n.reverse_kl_terms, s.kl().infinite_qp),
            None
        );
    }

    #[test]
    fn outcomes_are_named_with_subscripts_from_one() {
        assert_eq!(outcome_name(0), "x₁");
        assert_eq!(outcome_name(9), "x₁₀");
        assert_eq!(outcome_names(2), vec!["x₁", "x₂"]);
    }

    #[test]
    fn probabilities_drop_trailing_zeros() {
        assert_eq!(probability_text(0.7), "0.7");
        assert_eq!(probability_text(1.0), "1");
        assert_eq!(probability_text(0.0), "0");
        assert_eq!(probability_text(2.0 / 15.0), "0.1333");
        assert_eq!(probability_text(0.00001), "1.000e−5");
        assert_eq!(probability_list(&P), "0.7, 0.2, 0.1");
    }

    #[test]
    fn adding_and_removing_outcomes_keeps_a_distribution() {
        let added = with_added_outcome(&[0.7, 0.2, 0.1]);
        assert_eq!(added.len(), 4);
        assert!((added.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert_eq!(added[3], 0.25);
        assert!((added[0] - 0.525).abs() < 1e-12);

        let removed = with_removed_outcome(&[0.5, 0.25, 0.25]);
        assert_eq!(removed.len(), 2);
        assert!((removed[0] - 2.0 / 3.0).abs() < 1e-12);

        // The removed outcome held all the mass: the rest is shared equally.
        assert_eq!(with_removed_outcome(&[0.0, 0.0, 1.0]), vec![0.5, 0.5]);
    }

    #[test]
    fn infinite_terms_are_named() {
        let terms = math::kl_terms(&[0.5, 0.5, 0.0], &[0.0, 0.8, 0.2], Unit::Nats);
        assert_eq!(infinite_outcomes(&terms), vec!["x₁".to_string()]);
        assert!(infinite_outcomes(&Err(MathError::Empty)).is_empty());
    }

    #[test]
    fn terms_read_as_a_signed_sum() {
        assert_eq!(
            signed_terms(&Ok(vec![0.25, -0.125, 0.0])),
            vec!["0.2500", "− 0.1250", "+ 0.0000"]
        );
        assert_eq!(signed_terms(&Err(MathError::Empty)), vec!["–"]);
    }

    #[test]
    fn substituted_terms_skip_zero_probabilities() {
        let terms = substituted_terms(&[0.5, 0.0, 0.5], &Q, |p, q| format!("{p}/{q}"));
        assert_eq!(terms, vec!["0.5/0.5", "+ 0", "+ 0.5/0.2"]);
    }

    #[test]
    fn the_csv_has_a_header_a_row_per_outcome_and_the_sums() {
        let n = PairNumbers::new(&P, &Q, Unit::Nats);
        let columns = [
            TermsColumn::probabilities("p", &P),
            TermsColumn::cross_entropy(&n, Unit::Nats),
        ];
        let rows = terms_csv(&columns, 3, "outcome", "sum");
        assert_eq!(rows.len(), 5);
        assert!(rows.iter().all(|row| row.len() == 3));
        assert_eq!(rows[0], vec!["outcome", "p", "−p·ln q"]);
        assert_eq!(rows[1][0], "x₁");
        assert_eq!(rows[1][1], "0.7");
        assert_eq!(rows[1][2], full_precision(-0.7 * 0.5f64.ln()));
        assert_eq!(rows[4][1], "");
        assert_eq!(rows[4][2], full_precision(n.cross_entropy.clone().unwrap()));
        assert_eq!(columns[0].entry(3), Err(MathError::Empty));
    }

    #[test]
    fn the_table_shows_the_columns_rounded_with_their_sums() {
        let s = strings(Lang::En);
        let n = PairNumbers::new(&P, &Q, Unit::Nats);
        let columns = [
            TermsColumn::probabilities("p", &P),
            TermsColumn::cross_entropy(&n, Unit::Nats),
        ];
        let table = terms_table(s, &columns, 3);
        assert_eq!(table.row_header, s.ui.outcome);
        assert_eq!(table.rows, outcome_names(3));
        assert!(!table.has_zero());
        assert_eq!(table.header(1), "−p·ln q");
        assert_eq!(table.formula(1), "");
        assert_eq!(table.cell(0, 0), "0.7000");
        assert_eq!(table.cell(1, 2), shown(&Ok(-0.1 * 0.2f64.ln())));
        assert_eq!(table.sum_label, s.ui.sum);
        assert_eq!(table.sum_columns(), 0..2);
        assert_eq!(table.sum(0), "");
        assert_eq!(table.sum(1), shown(&n.cross_entropy));
    }

    #[test]
    fn the_distributions_chart_names_every_outcome() {
        let s = strings(Lang::En);
        let Figure::Distributions(figure) = distributions_figure(s, Unit::Bits, &P, &Q) else {
            panic!("not the distributions chart");
        };
        assert_eq!(figure.outcomes, outcome_names(3));
        assert_eq!(figure.q, Some(Q.to_vec()));
        assert_eq!(figure.labels.contribution_axis, "contribution (bits)");
        let n = PairNumbers::new(&P, &Q, Unit::Bits);
        let alt = distributions_alt(s, Unit::Bits, &P, &Q, &n);
        assert!(alt.contains("P = (0.7, 0.2, 0.1)"), "{alt}");
        assert!(alt.contains(&shown(&n.kl_pq)), "{alt}");
    }
}
