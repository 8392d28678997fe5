//! `entropy`: a distribution P over 2..=8 outcomes (URL `p`), its entropy
//! H(P) = −Σ pᵢ log pᵢ worked out row by row, the examples, the outcome edits, and every number
//! and line the lesson shows, as plain Rust.

use super::{ContributionAxis, EntropyChartAlt, EntropyMaximum, EntropyText};
use crate::charts::{Contribution, ContributionSeries, Distributions, DistributionsLabels, Figure};
use crate::components::format::shown;
use crate::i18n::Strings;
use crate::lessons::kit::{
    short_probability, table_csv, worked_table, PresetLabel, Row, TermsTableModel,
};
use crate::math::{self, MathError, Unit};
use crate::state::fields::{read_distribution, write_param};
use crate::state::query::{self, Reader};
use crate::state::{LessonState, MAX_CLASSES, MIN_CLASSES};

/// `entropy`: a distribution p over 2..=8 outcomes (default 0.7, 0.2, 0.1).
#[derive(Clone, Debug, PartialEq)]
pub struct EntropyState {
    pub p: Vec<f64>,
}

impl Default for EntropyState {
    fn default() -> Self {
        EntropyState {
            p: vec![0.7, 0.2, 0.1],
        }
    }
}

impl LessonState for EntropyState {
    const KEYS: &'static [&'static str] = &["p"];

    fn read(reader: &mut Reader) -> Self {
        EntropyState {
            p: read_distribution(reader, "p").unwrap_or_else(|| EntropyState::default().p),
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &self.p));
    }
}

/// Where the outcomes' names come from. Outcomes beyond a naming's list are called x₅, x₆, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Naming {
    /// Starts normally / does not start / explodes.
    Computer,
    /// Heads / tails.
    Coin,
    /// Face 1, face 2, … of an n-sided die.
    Die,
}

impl Naming {
    /// The naming a link with `outcomes` entries is read with: the course's examples by size.
    pub fn for_length(outcomes: usize) -> Naming {
        match outcomes {
            2 => Naming::Coin,
            3 => Naming::Computer,
            _ => Naming::Die,
        }
    }

    /// The name of outcome `index` (from 0).
    pub fn name(self, text: &EntropyText, index: usize) -> String {
        let named = match self {
            Naming::Computer => text.outcomes_computer.get(index).map(|s| s.to_string()),
            Naming::Coin => text.outcomes_coin.get(index).map(|s| s.to_string()),
            Naming::Die => Some((text.die_face)(index + 1)),
        };
        named.unwrap_or_else(|| outcome_symbol(index))
    }

    /// The names of the first `outcomes` outcomes.
    pub fn names(self, text: &EntropyText, outcomes: usize) -> Vec<String> {
        (0..outcomes).map(|i| self.name(text, i)).collect()
    }
}

/// x₁, x₂, …: the symbol of outcome `index` (from 0); at most 8 outcomes, so one digit.
pub fn outcome_symbol(index: usize) -> String {
    let digit = char::from_u32(0x2080 + (index as u32 + 1) % 10).unwrap_or('?');
    format!("x{digit}")
}

/// The distribution of an example.
#[derive(Debug)]
pub enum ExampleDistribution {
    /// These probabilities, in order.
    Given(&'static [f64]),
    /// Equally likely outcomes (math::uniform).
    Uniform(usize),
}

/// An example of the preset menu (its label is beside it in [`PRESETS`]): the distribution it
/// sets and how its outcomes are named.
#[derive(Debug)]
pub struct Example {
    pub p: ExampleDistribution,
    pub naming: Naming,
}

impl Example {
    /// The distribution itself.
    pub fn values(&self) -> Result<Vec<f64>, MathError> {
        match self.p {
            ExampleDistribution::Given(values) => Ok(values.to_vec()),
            ExampleDistribution::Uniform(outcomes) => math::uniform(outcomes),
        }
    }
}

/// The examples of the preset menu, with their labels.
pub const PRESETS: [(PresetLabel, Example); 6] = [
    (
        |s| s.entropy().preset_computer,
        Example {
            p: ExampleDistribution::Given(&[0.7, 0.2, 0.1]),
            naming: Naming::Computer,
        },
    ),
    (
        |s| s.entropy().preset_fair_coin,
        Example {
            p: ExampleDistribution::Given(&[0.5, 0.5]),
            naming: Naming::Coin,
        },
    ),
    (
        |s| s.entropy().preset_loaded_coin,
        Example {
            p: ExampleDistribution::Given(&[0.9, 0.1]),
            naming: Naming::Coin,
        },
    ),
    (
        |s| s.entropy().preset_four_sided,
        Example {
            p: ExampleDistribution::Uniform(4),
            naming: Naming::Die,
        },
    ),
    (
        |s| s.entropy().preset_die,
        Example {
            p: ExampleDistribution::Uniform(6),
            naming: Naming::Die,
        },
    ),
    (
        |s| s.entropy().preset_certain,
        Example {
            p: ExampleDistribution::Given(&[1.0, 0.0, 0.0]),
            naming: Naming::Computer,
        },
    ),
];

/// Whether another outcome can be added (at most [`MAX_CLASSES`]).
pub fn can_add_outcome(p: &[f64]) -> bool {
    p.len() < MAX_CLASSES
}

/// Whether the last outcome can be removed (at least [`MIN_CLASSES`] stay).
pub fn can_remove_outcome(p: &[f64]) -> bool {
    p.len() > MIN_CLASSES
}

/// Adds an outcome with the share it would have under the uniform distribution; the others
/// shrink proportionally (math::set_entry), so ratios between them stay. Does nothing at
/// [`MAX_CLASSES`].
pub fn add_outcome(p: &mut Vec<f64>) {
    if !can_add_outcome(p) {
        return;
    }
    let mut extended = p.clone();
    extended.push(0.0);
    let index = p.len();
    let next =
        math::uniform(extended.len()).and_then(|u| math::set_entry(&extended, index, u[index]));
    if let Ok(next) = next {
        *p = next;
    }
}

/// Removes the last outcome and rescales the others to sum to 1. When it held all the mass,
/// nothing is left to rescale: the remaining outcomes become equally likely. Does nothing at
/// [`MIN_CLASSES`].
pub fn remove_outcome(p: &mut Vec<f64>) {
    if !can_remove_outcome(p) {
        return;
    }
    let rest = &p[..p.len() - 1];
    let next = math::renormalise(rest).or_else(|_| math::uniform(rest.len()));
    if let Ok(next) = next {
        *p = next;
    }
}

/// What the lesson shows for one distribution in one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Entropy {
    pub unit: Unit,
    /// A row per outcome: its name, p, −log p and p · (−log p).
    pub rows: Vec<Row>,
    /// H(P) = −Σ pᵢ log pᵢ = Σ of the rows' terms.
    pub entropy: Result<f64, MathError>,
    /// log n, the entropy of the uniform distribution over the same n outcomes: the cap.
    pub maximum: Result<f64, MathError>,
}

impl Entropy {
    /// The entropy of `p`, whose outcomes are called `names`, in `unit`.
    pub fn new(p: &[f64], names: &[String], unit: Unit) -> Entropy {
        Entropy {
            unit,
            rows: Row::for_distribution(p, names, unit),
            entropy: math::entropy(p, unit),
            maximum: math::uniform(p.len()).and_then(|u| math::entropy(&u, unit)),
        }
    }

    /// The substituted sum, one line per step: p · (−log p) for each outcome, the terms, H.
    pub fn steps(&self, s: &Strings) -> Vec<String> {
        let join =
            |text: fn(&Row) -> String| self.rows.iter().map(text).collect::<Vec<_>>().join(" + ");
        vec![
            format!("H(P) = {}", join(Row::product_text)),
            format!("= {}", join(Row::term_text)),
            format!("= {}", self.entropy_text(s)),
        ]
    }

    /// The entropy with its unit, "0.8018 nats"; the screen reader announces "H(P) = " before it.
    fn entropy_text(&self, s: &Strings) -> String {
        format!("{} {}", shown(&self.entropy), s.ui.unit_name(self.unit))
    }

    /// What the screen reader announces on a change: "H(P) = 0.8018 nats".
    pub fn announcement(&self, s: &Strings) -> String {
        format!("H(P) = {}", self.entropy_text(s))
    }

    /// The note on the cap log n for the current number of outcomes.
    pub fn maximum_note(&self, s: &Strings) -> String {
        (s.entropy().maximum_note)(&EntropyMaximum {
            outcomes: self.rows.len(),
            maximum: &shown(&self.maximum),
            unit: s.ui.unit_name(self.unit),
        })
    }

    /// The worked table: a row per outcome and the sum row with H(P).
    pub fn table(&self, s: &Strings) -> TermsTableModel {
        worked_table(s, self.unit, &self.rows, s.entropy().sum_row, &self.entropy)
    }

    /// The worked table as CSV rows at full precision.
    pub fn csv_rows(&self, s: &Strings) -> Vec<Vec<String>> {
        table_csv(s, self.unit, &self.rows, s.entropy().sum_row, &self.entropy)
    }

    /// The chart: P on top, each outcome's contribution p · (−log p) below.
    pub fn figure(&self, s: &Strings) -> Figure {
        let unit_name = s.ui.unit_name(self.unit);
        Figure::Distributions(Distributions {
            outcomes: self.rows.iter().map(|row| row.name.clone()).collect(),
            p: self.rows.iter().map(|row| row.p).collect(),
            q: None,
            contributions: vec![ContributionSeries {
                quantity: Contribution::Entropy,
                name: s.entropy().contribution_series.to_string(),
            }],
            unit: self.unit,
            held_axis: None,
            labels: DistributionsLabels {
                outcome_axis: s.entropy().outcome_axis.to_string(),
                probability_axis: s.entropy().probability_axis.to_string(),
                contribution_axis: (s.entropy().contribution_axis)(&ContributionAxis {
                    log: self.unit.log_symbol(),
                    unit: unit_name,
                }),
                p: "P".to_string(),
                q: "Q".to_string(),
                infinity: "∞".to_string(),
            },
        })
    }

    /// The chart's text alternative: "name p → term" for each outcome, then H.
    pub fn chart_alt(&self, s: &Strings) -> String {
        let outcomes = self
            .rows
            .iter()
            .map(|row| {
                format!(
                    "{} {} → {}",
                    row.name,
                    short_probability(row.p),
                    shown(&row.term)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        (s.entropy().chart_alt)(&EntropyChartAlt {
            outcomes: &outcomes,
            entropy: &shown(&self.entropy),
            unit: s.ui.unit_name(self.unit),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(outcome_symbol).collect()
    }

    #[test]
    fn outcomes_are_named_from_the_example_then_numbered() {
        let en = &strings(Lang::En).entropy();
        assert_eq!(
            Naming::Computer.names(en, 4),
            ["starts normally", "does not start", "explodes", "x₄"]
        );
        assert_eq!(Naming::Coin.names(en, 3), ["heads", "tails", "x₃"]);
        assert_eq!(Naming::Die.names(en, 2), ["face 1", "face 2"]);
        assert_eq!(outcome_symbol(7), "x₈");
        assert_eq!(Naming::for_length(3), Naming::Computer);
        assert_eq!(Naming::for_length(2), Naming::Coin);
        assert_eq!(Naming::for_length(6), Naming::Die);
    }

    #[test]
    fn presets_are_distributions_within_the_limits() {
        for (label, example) in &PRESETS {
            let p = example.values().expect("a valid size");
            assert!((MIN_CLASSES..=MAX_CLASSES).contains(&p.len()));
            math::check_distribution(&p).expect("a distribution");
            assert!(!label(strings(Lang::Zh)).is_empty());
        }
        // The first example is the lesson's default.
        assert_eq!(PRESETS[0].1.values(), Ok(EntropyState::default().p));
    }

    #[test]
    fn entropy_and_its_terms_match_the_formula() {
        let p = [0.7, 0.2, 0.1];
        let numbers = Entropy::new(&p, &names(3), Unit::Nats);
        let by_hand: f64 = p.iter().map(|&x: &f64| -x * x.ln()).sum();
        assert!((numbers.entropy.clone().unwrap() - by_hand).abs() < 1e-12);
        let terms: f64 = numbers.rows.iter().map(|r| r.term.clone().unwrap()).sum();
        assert!((terms - by_hand).abs() < 1e-12);
        assert!((numbers.maximum.clone().unwrap() - 3f64.ln()).abs() < 1e-12);
        let bits = Entropy::new(&[0.25; 4], &names(4), Unit::Bits);
        assert!((bits.entropy.unwrap() - 2.0).abs() < 1e-12);
        assert!((bits.maximum.unwrap() - 2.0).abs() < 1e-12);
    }

    #[test]
    fn lines_state_the_tutorials_numbers() {
        let s = strings(Lang::En);
        let en = &s.entropy();
        let numbers = Entropy::new(&[0.7, 0.2, 0.1], &Naming::Computer.names(en, 3), Unit::Nats);
        let steps = numbers.steps(s);
        assert_eq!(
            steps[0].replace('\u{a0}', " "),
            "H(P) = 0.7 · 0.3567 + 0.2 · 1.6094 + 0.1 · 2.3026"
        );
        assert_eq!(steps[1], "= 0.2497 + 0.3219 + 0.2303");
        assert_eq!(steps[2], "= 0.8018 nats");
        assert_eq!(numbers.announcement(s), "H(P) = 0.8018 nats");
        assert!(numbers.maximum_note(s).contains("log 3 = 1.0986 nats"));
        let alt = numbers.chart_alt(s);
        assert!(alt.contains("starts normally 0.7 → 0.2497"), "{alt}");
        assert!(alt.contains("H(P) = 0.8018 nats"), "{alt}");
        let Figure::Distributions(figure) = numbers.figure(s) else {
            panic!("the distributions chart");
        };
        assert_eq!(figure.outcomes, Naming::Computer.names(en, 3));
        assert_eq!(figure.p, [0.7, 0.2, 0.1]);
        assert_eq!(figure.labels.contribution_axis, "p · (−ln p)  (nats)");
    }

    #[test]
    fn an_impossible_outcome_is_marked_in_the_sum() {
        let s = strings(Lang::En);
        let numbers = Entropy::new(&[1.0, 0.0, 0.0], &names(3), Unit::Bits);
        assert_eq!(numbers.steps(s)[1], "= 0.0000 + 0.0000* + 0.0000*");
        assert_eq!(numbers.entropy, Ok(0.0));
    }

    #[test]
    fn csv_is_the_worked_table() {
        let s = strings(Lang::En);
        let numbers = Entropy::new(&[0.5, 0.5], &names(2), Unit::Bits);
        let csv = numbers.csv_rows(s);
        assert_eq!(csv.len(), 4);
        assert_eq!(csv[1][0], "x₁");
        assert_eq!(csv[3], [s.entropy().sum_row, "", "", "1"]);
    }

    #[test]
    fn the_table_sums_to_the_entropy_with_its_unit() {
        let s = strings(Lang::En);
        let names = Naming::Computer.names(s.entropy(), 3);
        let table = Entropy::new(&[0.7, 0.2, 0.1], &names, Unit::Nats).table(s);
        assert_eq!(table.rows, names);
        assert_eq!(table.cell(0, 1), "0.2000");
        assert_eq!(table.sum_label, s.entropy().sum_row);
        assert_eq!(table.sum(2), "0.8018 nats");
        assert!(!table.has_zero());
    }

    #[test]
    fn adding_and_removing_outcomes_keeps_a_distribution() {
        let mut p = vec![0.7, 0.2, 0.1];
        add_outcome(&mut p);
        assert_eq!(p.len(), 4);
        assert!((p[3] - 0.25).abs() < 1e-12);
        // The others keep their ratios.
        assert!((p[0] / p[1] - 3.5).abs() < 1e-9);
        math::check_distribution(&p).expect("a distribution");
        remove_outcome(&mut p);
        assert_eq!(p.len(), 3);
        math::check_distribution(&p).expect("a distribution");
        assert!((p[0] - 0.7).abs() < 1e-9);

        let mut full = math::uniform(MAX_CLASSES).unwrap();
        add_outcome(&mut full);
        assert_eq!(full.len(), MAX_CLASSES);
        let mut least = vec![0.5, 0.5];
        remove_outcome(&mut least);
        assert_eq!(least, [0.5, 0.5]);
        assert!(!can_add_outcome(&full) && !can_remove_outcome(&least));
    }

    #[test]
    fn removing_the_outcome_with_all_the_mass_leaves_a_uniform_rest() {
        let mut p = vec![0.0, 0.0, 1.0];
        remove_outcome(&mut p);
        assert_eq!(p, [0.5, 0.5]);
    }
}
