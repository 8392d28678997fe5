//! `binary-entropy`: the probability p of the first of two outcomes (URL `p`), the binary
//! entropy H(p) = −p log p − (1 − p) log(1 − p) worked out for both outcomes, and every number
//! and line the lesson shows, as plain Rust.

use super::{BinaryEntropyChartAlt, BinaryEntropySymmetry};
use crate::charts::{BinaryEntropyCurve, BinaryEntropyLabels, Figure};
use crate::components::format::shown;
use crate::i18n::Strings;
use crate::lessons::kit::{
    short_probability, table_csv, worked_table, ProbabilityPreset, Row, TermsTableModel,
};
use crate::math::{self, MathError, Unit};
use crate::state::fields::{read_probability, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `binary-entropy`: the probability p of heads (default 0.3), in [0, 1].
#[derive(Clone, Debug, PartialEq)]
pub struct BinaryEntropyState {
    pub p: f64,
}

impl Default for BinaryEntropyState {
    fn default() -> Self {
        BinaryEntropyState { p: 0.3 }
    }
}

impl LessonState for BinaryEntropyState {
    const KEYS: &'static [&'static str] = &["p"];

    fn read(reader: &mut Reader) -> Self {
        BinaryEntropyState {
            p: read_probability(reader).unwrap_or(BinaryEntropyState::default().p),
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &[self.p]));
    }
}

/// The most uncertain two-outcome distribution, where the curve peaks.
pub const FAIR: f64 = 0.5;

/// The examples of the preset menu: a label chooser and the probability it sets.
pub const PRESETS: [ProbabilityPreset; 4] = [
    (|s| s.binary_entropy().preset_fair_coin, 0.5),
    (|s| s.binary_entropy().preset_loaded_coin, 0.9),
    (|s| s.binary_entropy().preset_lottery, 0.001),
    (|s| s.binary_entropy().preset_certain, 1.0),
];

/// What the lesson shows for one probability p in one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct BinaryEntropy {
    /// The probability of the first outcome; the second has 1 − p.
    pub p: f64,
    pub unit: Unit,
    /// The two outcomes' rows: p, −log p and p · (−log p) for p and for 1 − p.
    pub rows: [Row; 2],
    /// H(p) = −p log p − (1 − p) log(1 − p), the sum of the two rows' terms.
    pub entropy: Result<f64, MathError>,
    /// H(1/2) = log 2, the curve's peak.
    pub maximum: Result<f64, MathError>,
}

impl BinaryEntropy {
    /// The binary entropy of p in `unit`, its outcomes named as in the string table.
    pub fn new(p: f64, unit: Unit, s: &Strings) -> BinaryEntropy {
        let distribution = [p, 1.0 - p];
        let names = s.binary_entropy().outcomes.map(String::from);
        let [first, second] = &Row::for_distribution(&distribution, &names, unit)[..] else {
            unreachable!("two probabilities and two names give two rows")
        };
        BinaryEntropy {
            p,
            unit,
            rows: [first.clone(), second.clone()],
            entropy: math::binary_entropy(p, unit),
            maximum: math::binary_entropy(FAIR, unit),
        }
    }

    /// Whether one outcome is certain (p = 0 or p = 1), so both terms vanish and H = 0.
    pub fn is_certain(&self) -> bool {
        self.rows.iter().any(Row::is_impossible)
    }

    /// The entropy with its unit, "0.6109 nats".
    fn entropy_text(&self, s: &Strings) -> String {
        format!("{} {}", shown(&self.entropy), s.ui.unit_name(self.unit))
    }

    /// The formula with the numbers in, one line per step. No-break spaces inside a product,
    /// so a narrow screen wraps only between the terms.
    pub fn steps(&self, s: &Strings) -> Vec<String> {
        let log = self.unit.log_symbol();
        let [first, second] = &self.rows;
        let (p, q) = (short_probability(first.p), short_probability(second.p));
        vec![
            format!("H({p}) = −{p}\u{a0}·\u{a0}{log}\u{a0}{p} − {q}\u{a0}·\u{a0}{log}\u{a0}{q}",),
            format!("= {} + {}", first.product_text(), second.product_text()),
            format!("= {} + {}", first.term_text(), second.term_text()),
            format!("= {}", self.entropy_text(s)),
        ]
    }

    /// What a screen reader says for the slider and announces on a change:
    /// "p = 0.3, H(p) = 0.6109 nats".
    pub fn valuetext(&self, s: &Strings) -> String {
        format!(
            "p = {}, H(p) = {}",
            short_probability(self.p),
            self.entropy_text(s)
        )
    }

    /// The sentence H(p) = H(1 − p) for the current p.
    pub fn symmetry(&self, s: &Strings) -> String {
        let [first, second] = &self.rows;
        (s.binary_entropy().symmetry)(&BinaryEntropySymmetry {
            p: &short_probability(first.p),
            complement: &short_probability(second.p),
            entropy: &shown(&self.entropy),
            unit: s.ui.unit_name(self.unit),
        })
    }

    /// The worked table: both outcomes and the sum row with H(p).
    pub fn table(&self, s: &Strings) -> TermsTableModel {
        worked_table(
            s,
            self.unit,
            &self.rows,
            s.binary_entropy().sum_row,
            &self.entropy,
        )
    }

    /// The worked table as CSV rows at full precision.
    pub fn csv_rows(&self, s: &Strings) -> Vec<Vec<String>> {
        table_csv(
            s,
            self.unit,
            &self.rows,
            s.binary_entropy().sum_row,
            &self.entropy,
        )
    }

    /// The binary entropy curve with the current p marked.
    pub fn figure(&self, s: &Strings) -> Figure {
        Figure::BinaryEntropy(BinaryEntropyCurve {
            p: self.p,
            unit: self.unit,
            labels: BinaryEntropyLabels {
                x_axis: s.binary_entropy().x_axis.to_string(),
                y_axis: (s.binary_entropy().y_axis)(s.ui.unit_name(self.unit)),
                maximum: s.binary_entropy().maximum.to_string(),
            },
        })
    }

    /// The chart's text alternative, with the peak and the current point.
    pub fn chart_alt(&self, s: &Strings) -> String {
        (s.binary_entropy().chart_alt)(&BinaryEntropyChartAlt {
            p: &short_probability(self.p),
            entropy: &shown(&self.entropy),
            maximum: &shown(&self.maximum),
            unit: s.ui.unit_name(self.unit),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    /// H(p) by hand, in nats, with 0 log 0 = 0.
    fn by_hand(p: f64) -> f64 {
        [p, 1.0 - p]
            .iter()
            .filter(|&&x| x > 0.0)
            .map(|&x| -x * x.ln())
            .sum()
    }

    #[test]
    fn binary_entropy_is_the_entropy_of_p_and_its_complement() {
        let s = strings(Lang::En);
        for p in [0.0, 0.001, 0.3, 0.5, 0.9, 1.0] {
            let numbers = BinaryEntropy::new(p, Unit::Nats, s);
            assert!((numbers.entropy.clone().unwrap() - by_hand(p)).abs() < 1e-12);
            let terms: f64 = numbers.rows.iter().map(|r| r.term.clone().unwrap()).sum();
            assert!((terms - by_hand(p)).abs() < 1e-12);
            assert_eq!(numbers.is_certain(), p == 0.0 || p == 1.0);
        }
        let bits = BinaryEntropy::new(0.5, Unit::Bits, s);
        assert!((bits.entropy.unwrap() - 1.0).abs() < 1e-12);
        assert!((bits.maximum.unwrap() - 1.0).abs() < 1e-12);
        let nats = BinaryEntropy::new(0.3, Unit::Nats, s);
        assert!((nats.maximum.unwrap() - 2f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn each_preset_is_a_probability_its_labels_state() {
        crate::lessons::kit::assert_presets_state_their_p(&PRESETS);
    }

    #[test]
    fn lines_state_the_numbers_in_the_unit() {
        let s = strings(Lang::En);
        let numbers = BinaryEntropy::new(0.3, Unit::Nats, s);
        let steps: Vec<String> = numbers
            .steps(s)
            .iter()
            .map(|line| line.replace('\u{a0}', " "))
            .collect();
        assert_eq!(
            steps,
            [
                "H(0.3) = −0.3 · ln 0.3 − 0.7 · ln 0.7",
                "= 0.3 · 1.2040 + 0.7 · 0.3567",
                "= 0.3612 + 0.2497",
                "= 0.6109 nats",
            ]
        );
        assert_eq!(numbers.valuetext(s), "p = 0.3, H(p) = 0.6109 nats");
        let symmetry = numbers.symmetry(s);
        assert!(symmetry.contains("p = 0.3 and p = 0.7"), "{symmetry}");
        assert!(symmetry.contains("0.6109 nats"), "{symmetry}");
        let alt = numbers.chart_alt(s);
        assert!(alt.contains("where it is 0.6931 nats"), "{alt}");
        assert!(alt.contains("p = 0.3, H(p) = 0.6109 nats"), "{alt}");
        let Figure::BinaryEntropy(figure) = numbers.figure(s) else {
            panic!("the binary entropy curve");
        };
        assert_eq!(figure.p, 0.3);
        assert_eq!(figure.labels.y_axis, "entropy H(p)  (nats)");
    }

    #[test]
    fn csv_is_the_worked_table_of_both_outcomes() {
        let s = strings(Lang::En);
        let csv = BinaryEntropy::new(1.0, Unit::Bits, s).csv_rows(s);
        assert_eq!(csv.len(), 4);
        assert_eq!(csv[1][0], s.binary_entropy().outcomes[0]);
        assert_eq!(csv[2][1], "0");
        assert_eq!(csv[3], [s.binary_entropy().sum_row, "", "", "0"]);
    }

    #[test]
    fn a_certain_outcome_makes_a_zero_row() {
        let s = strings(Lang::En);
        let table = BinaryEntropy::new(1.0, Unit::Bits, s).table(s);
        assert_eq!(table.zero_rows, [false, true]);
        assert_eq!(table.cell(2, 1), "0.0000*");
        assert_eq!(table.sum(2), "0.0000 bits");
        assert_eq!(table.sum_label, s.binary_entropy().sum_row);
    }
}
