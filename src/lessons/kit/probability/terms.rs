//! The plain Rust of lessons 1-3 (information, entropy, binary entropy): how a probability is
//! written in a sum, the examples' type, and the worked terms table's rows, its
//! [`TermsTableModel`] and its CSV rows. No Leptos here, so it is tested on the host.

use crate::components::format::shown;
use crate::components::format::{full_precision, rounded};
use crate::i18n::Strings;
use crate::lessons::kit::terms_table::model::{TableColumn, TermsTableModel};
use crate::math::{self, MathError, Unit};

/// An example of lessons 1 and 3: its label in the string table and the probability it sets.
pub type ProbabilityPreset = (fn(&Strings) -> &'static str, f64);

/// Checks a lesson's examples: each sets a probability, and its label, in both languages,
/// states "p = <that probability>" as the sums write it.
#[cfg(test)]
pub(crate) fn assert_presets_state_their_p(presets: &[ProbabilityPreset]) {
    use crate::i18n::strings;
    use crate::state::Lang;
    for &(label, p) in presets {
        math::check_probability(p).expect("a probability");
        let stated = format!("p = {}", short_probability(p));
        for lang in [Lang::En, Lang::Zh] {
            let label = label(strings(lang));
            assert!(label.contains(&stated), "{label:?} should say {stated}");
        }
    }
}

/// A probability as a reader writes it in a sum: 0.7 rather than 0.7000.
pub fn short_probability(p: f64) -> String {
    let text = rounded(p);
    if text.contains('.') && !text.contains('e') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// One outcome of a worked entropy table: its probability, its information −log p and its
/// term p · (−log p), in the current unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    pub p: f64,
    /// I(p) = −log p.
    pub information: Result<f64, MathError>,
    /// p · (−log p), with 0 · log 0 = 0.
    pub term: Result<f64, MathError>,
}

impl Row {
    /// A row per entry of the distribution `p`, named by `names` in order: pᵢ, −log pᵢ and
    /// pᵢ · (−log pᵢ) in `unit`. When `p` is not a distribution every term is that error.
    pub fn for_distribution(p: &[f64], names: &[String], unit: Unit) -> Vec<Row> {
        let terms = math::entropy_terms(p, unit);
        p.iter()
            .zip(names)
            .enumerate()
            .map(|(i, (&pi, name))| Row {
                name: name.clone(),
                p: pi,
                information: math::information(pi, unit),
                term: match &terms {
                    Ok(terms) => terms.get(i).copied().ok_or(MathError::Empty),
                    Err(error) => Err(error.clone()),
                },
            })
            .collect()
    }

    /// Whether the outcome never happens: its term is 0 only by the 0 · log 0 = 0 convention.
    pub fn is_impossible(&self) -> bool {
        self.p == 0.0
    }

    /// The rounded term, with the footnote mark when it is 0 only by the 0 · log 0 = 0
    /// convention.
    pub fn term_text(&self) -> String {
        let term = shown(&self.term);
        if self.is_impossible() {
            format!("{term}*")
        } else {
            term
        }
    }

    /// The row's product written out, "0.7 · 0.3567": p times its information. No-break
    /// spaces, so a long sum wraps only between its terms.
    pub fn product_text(&self) -> String {
        format!(
            "{}\u{a0}·\u{a0}{}",
            short_probability(self.p),
            shown(&self.information)
        )
    }
}

/// The formula under the information column's header, "−ln p" or "−log₂ p".
pub fn information_formula(unit: Unit) -> String {
    format!("−{} p", unit.log_symbol())
}

/// The formula under the term column's header, "p · (−ln p)" or "p · (−log₂ p)".
pub fn term_formula(unit: Unit) -> String {
    format!("p · (−{} p)", unit.log_symbol())
}

/// The worked table of lessons 2 and 3 for the kit's terms table: a row per outcome with p,
/// −log p and p · (−log p) (a zero row, its term marked "*", when p = 0), and the sum row,
/// labelled `sum_label` across the first three columns, holding `total` with its unit.
pub fn worked_table(
    s: &Strings,
    unit: Unit,
    rows: &[Row],
    sum_label: &str,
    total: &Result<f64, MathError>,
) -> TermsTableModel {
    let cells = |text: fn(&Row) -> String| rows.iter().map(text).collect();
    TermsTableModel {
        row_header: s.ui.outcome.to_string(),
        rows: cells(|row| row.name.clone()),
        zero_rows: rows.iter().map(Row::is_impossible).collect(),
        columns: vec![
            TableColumn::new("p", cells(|row| rounded(row.p))),
            TableColumn::new(
                s.entropy().column_information,
                cells(|row| shown(&row.information)),
            )
            .with_formula(information_formula(unit)),
            TableColumn::new(s.entropy().column_term, cells(Row::term_text))
                .with_formula(term_formula(unit))
                .with_sum(format!("{} {}", shown(total), s.ui.unit_name(unit))),
        ],
        sum_label: sum_label.to_string(),
        sum_span: 3,
    }
}

/// The worked table as CSV rows at full precision: a header, a row per outcome, the sum.
pub fn table_csv(
    s: &Strings,
    unit: Unit,
    rows: &[Row],
    sum_label: &str,
    total: &Result<f64, MathError>,
) -> Vec<Vec<String>> {
    let unit_name = s.ui.unit_name(unit);
    let full =
        |value: &Result<f64, MathError>| value.clone().map(full_precision).unwrap_or_default();
    let mut table = vec![vec![
        s.ui.outcome.to_string(),
        "p".to_string(),
        format!(
            "{} {} ({unit_name})",
            s.entropy().column_information,
            information_formula(unit)
        ),
        format!(
            "{} {} ({unit_name})",
            s.entropy().column_term,
            term_formula(unit)
        ),
    ]];
    table.extend(rows.iter().map(|row| {
        vec![
            row.name.clone(),
            full_precision(row.p),
            full(&row.information),
            full(&row.term),
        ]
    }));
    table.push(vec![
        sum_label.to_string(),
        String::new(),
        String::new(),
        full(total),
    ]);
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    #[test]
    fn probabilities_in_sums_drop_trailing_zeros() {
        assert_eq!(short_probability(0.7), "0.7");
        assert_eq!(short_probability(0.25), "0.25");
        assert_eq!(short_probability(1.0), "1");
        assert_eq!(short_probability(0.0), "0");
        assert_eq!(short_probability(1.0 / 6.0), "0.1667");
        // Scientific notation keeps its digits.
        assert_eq!(short_probability(0.00001), "1.000e−5");
    }

    #[test]
    fn rows_hold_each_outcomes_information_and_term() {
        let names = ["a".to_string(), "b".to_string(), "c".to_string()];
        let rows = Row::for_distribution(&[0.5, 0.5, 0.0], &names, Unit::Bits);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].name, "a");
        assert_eq!(rows[0].information, Ok(1.0));
        assert_eq!(rows[0].term, Ok(0.5));
        assert_eq!(rows[2].information, Ok(f64::INFINITY));
        assert_eq!(rows[2].term, Ok(0.0));
        assert!(rows[2].is_impossible() && !rows[0].is_impossible());
        assert_eq!(rows[2].term_text(), "0.0000*");
        assert_eq!(rows[0].product_text(), "0.5\u{a0}·\u{a0}1.0000");
    }

    #[test]
    fn rows_of_a_non_distribution_carry_the_error() {
        let names = ["a".to_string(), "b".to_string()];
        let rows = Row::for_distribution(&[0.5, 0.6], &names, Unit::Nats);
        assert!(rows.iter().all(|row| row.term.is_err()));
        assert!(rows.iter().all(|row| row.information.is_ok()));
    }

    #[test]
    fn the_worked_table_shows_each_row_and_the_sum_with_its_unit() {
        let s = strings(Lang::En);
        let names = ["a".to_string(), "b".to_string()];
        let rows = Row::for_distribution(&[1.0, 0.0], &names, Unit::Bits);
        let table = worked_table(
            s,
            Unit::Bits,
            &rows,
            "H",
            &math::entropy(&[1.0, 0.0], Unit::Bits),
        );
        assert_eq!(table.row_header, s.ui.outcome);
        assert_eq!(table.rows, ["a", "b"]);
        assert_eq!(table.zero_rows, [false, true]);
        assert_eq!(table.header(0), "p");
        assert_eq!(table.header(1), s.entropy().column_information);
        assert_eq!(table.formula(1), "−log₂ p");
        assert_eq!(table.formula(2), "p · (−log₂ p)");
        assert_eq!(table.cell(0, 0), "1.0000");
        assert_eq!(table.cell(1, 1), "∞");
        assert_eq!(table.cell(2, 1), "0.0000*");
        assert_eq!(table.sum_label, "H");
        assert_eq!(table.sum_columns(), 2..3);
        assert_eq!(table.sum(2), "0.0000 bits");
    }

    #[test]
    fn csv_has_a_header_a_row_per_outcome_and_the_sum() {
        let s = strings(Lang::En);
        let names = ["a".to_string(), "b".to_string()];
        let rows = Row::for_distribution(&[0.25, 0.75], &names, Unit::Nats);
        let total = math::entropy(&[0.25, 0.75], Unit::Nats);
        let csv = table_csv(s, Unit::Nats, &rows, "sum", &total);
        assert_eq!(csv.len(), 4);
        assert!(csv.iter().all(|row| row.len() == 4));
        assert_eq!(csv[0][0], s.ui.outcome);
        assert!(csv[0][2].contains("−ln p (nats)"), "{:?}", csv[0]);
        assert_eq!(
            csv[1],
            [
                "a",
                "0.25",
                &full_precision(-(0.25f64.ln())),
                &full_precision(-0.25 * 0.25f64.ln())
            ]
        );
        assert_eq!(csv[3][0], "sum");
        assert_eq!(csv[3][3], full_precision(total.unwrap()));
    }
}
