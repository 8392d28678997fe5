//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

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
    /// The y axis title for a unit symbol ("ln" or "log₂") and unit name.
    pub y_axis: fn(&str, &str) -> String,
    pub chart_title: &'static str,
    /// The chart's text alternative for p, the shown information and the unit name.
    pub chart_alt: fn(&str, &str, &str) -> String,
    pub certain_note: &'static str,
    /// Why I(0) is infinite, shown when p = 0.
    pub zero_note: &'static str,
}
