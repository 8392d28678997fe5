//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

/// The words of the −log p chart's y axis title.
#[derive(Debug)]
pub struct InformationAxis<'a> {
    /// The unit's logarithm, "ln" or "log₂".
    pub log: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// The numbers the −log p chart's text alternative states, already rounded for reading.
#[derive(Debug)]
pub struct InformationChartAlt<'a> {
    /// The event's probability, e.g. "0.25".
    pub p: &'a str,
    /// Its information content I(p), e.g. "1.3863".
    pub information: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// Lesson 1: information content.
#[derive(Debug)]
pub struct InformationText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    pub intro: &'static str,
    pub intuition: &'static str,
    pub definition: &'static str,
    pub slider_label: &'static str,
    pub preset_likely: &'static str,
    pub preset_unlikely: &'static str,
    pub preset_coin: &'static str,
    pub preset_certain: &'static str,
    pub readout_label: &'static str,
    pub x_axis: &'static str,
    /// The y axis title for the unit's logarithm and name.
    pub y_axis: fn(&InformationAxis) -> String,
    pub chart_title: &'static str,
    /// The chart's text alternative for p, the shown information and the unit name.
    pub chart_alt: fn(&InformationChartAlt) -> String,
    pub certain_note: &'static str,
    /// Why I(0) is infinite, shown when p = 0.
    pub zero_note: &'static str,
}
