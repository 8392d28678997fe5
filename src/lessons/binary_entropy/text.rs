//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

/// The numbers of the symmetry sentence H(p) = H(1 − p), already rounded for reading.
#[derive(Debug)]
pub struct BinaryEntropySymmetry<'a> {
    /// The probability p of the first outcome.
    pub p: &'a str,
    /// 1 − p, the probability of the second.
    pub complement: &'a str,
    /// H(p), the same for both.
    pub entropy: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// The numbers the binary entropy chart's text alternative states, already rounded for
/// reading.
#[derive(Debug)]
pub struct BinaryEntropyChartAlt<'a> {
    /// The marked p.
    pub p: &'a str,
    /// H(p) at the marked p.
    pub entropy: &'a str,
    /// The curve's peak H(1/2).
    pub maximum: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// Lesson 3: the binary entropy curve.
#[derive(Debug)]
pub struct BinaryEntropyText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    /// Two-outcome questions, p and 1 − p: the 0-1 (Bernoulli) distribution.
    pub intro: &'static str,
    /// For readers with the tutorial open: it calls this distribution binomial; with a single
    /// trial it is the Bernoulli distribution.
    pub bernoulli_note: &'static str,
    /// Two-outcome problems: coins, lottery tickets, yes/no.
    pub explanation: &'static str,
    /// The maximum at p = 1/2: ln 2 nats = 1 bit.
    pub peak: &'static str,
    pub slider_label: &'static str,
    /// The two outcomes: the event (probability p) and its complement (1 − p).
    pub outcomes: [&'static str; 2],
    pub preset_fair_coin: &'static str,
    pub preset_loaded_coin: &'static str,
    pub preset_lottery: &'static str,
    pub preset_certain: &'static str,
    pub readout_label: &'static str,
    pub table_caption: &'static str,
    /// The label of the sum row.
    pub sum_row: &'static str,
    /// H(p) = H(1 − p) for the shown p, 1 − p, value and unit name.
    pub symmetry: fn(&BinaryEntropySymmetry) -> String,
    /// Shown at p = 0 or p = 1.
    pub certain_note: &'static str,
    pub x_axis: &'static str,
    /// The y axis title for a unit name.
    pub y_axis: fn(&str) -> String,
    pub maximum: &'static str,
    pub chart_title: &'static str,
    /// The chart's text alternative for p, H(p), the maximum and the unit name.
    pub chart_alt: fn(&BinaryEntropyChartAlt) -> String,
}
