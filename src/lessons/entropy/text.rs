//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

/// The numbers of the note on the cap log n, already rounded for reading.
#[derive(Debug)]
pub struct EntropyMaximum<'a> {
    /// The number of outcomes n.
    pub outcomes: usize,
    /// log n, the largest entropy over n outcomes.
    pub maximum: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// The words of the contribution axis title.
#[derive(Debug)]
pub struct ContributionAxis<'a> {
    /// The unit's logarithm, "ln" or "log₂".
    pub log: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// The numbers the contributions chart's text alternative states, already rounded for reading.
#[derive(Debug)]
pub struct EntropyChartAlt<'a> {
    /// "name p → term" for each outcome, joined by "; ".
    pub outcomes: &'a str,
    /// The entropy H(P).
    pub entropy: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// Lesson 2: entropy.
#[derive(Debug)]
pub struct EntropyText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    pub intro: &'static str,
    /// The computer power-on example.
    pub example: &'static str,
    /// Entropy as the expected information content.
    pub expected: &'static str,
    /// Where entropy is largest and smallest.
    pub extremes: &'static str,
    /// The outcomes of pressing the power button: starts, does not start, explodes.
    pub outcomes_computer: [&'static str; 3],
    /// Heads and tails.
    pub outcomes_coin: [&'static str; 2],
    /// The name of face `n` (from 1) of a die.
    pub die_face: fn(usize) -> String,
    pub preset_computer: &'static str,
    pub preset_fair_coin: &'static str,
    pub preset_loaded_coin: &'static str,
    pub preset_four_sided: &'static str,
    pub preset_die: &'static str,
    pub preset_certain: &'static str,
    pub vector_legend: &'static str,
    pub readout_label: &'static str,
    pub table_caption: &'static str,
    /// The header of the −log p column (the formula is written under it).
    pub column_information: &'static str,
    /// The header of the p · (−log p) column (the formula is written under it).
    pub column_term: &'static str,
    /// The label of the sum row.
    pub sum_row: &'static str,
    /// The footnote on 0 · log 0 = 0, shown when an entry is 0.
    pub zero_convention: &'static str,
    /// The cap log n for `n` outcomes, with the shown value and unit name.
    pub maximum_note: fn(&EntropyMaximum) -> String,
    pub outcome_axis: &'static str,
    pub probability_axis: &'static str,
    /// The contribution axis title for a log symbol and unit name.
    pub contribution_axis: fn(&ContributionAxis) -> String,
    /// The legend name of the contribution bars.
    pub contribution_series: &'static str,
    pub chart_title: &'static str,
    /// The chart's text alternative: "name p → term" for each outcome, the entropy, the unit.
    pub chart_alt: fn(&EntropyChartAlt) -> String,
}
