//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

/// The current numbers a chart's text alternative states, already rounded for reading.
#[derive(Debug)]
pub struct DistributionNumbers<'a> {
    /// P as a list, e.g. "0.7, 0.2, 0.1".
    pub p: &'a str,
    /// Q as a list.
    pub q: &'a str,
    /// H(P).
    pub entropy_p: &'a str,
    /// H(P, Q).
    pub cross_entropy: &'a str,
    /// D(P‖Q).
    pub kl_pq: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// The two divergences as shown, for the asymmetry note and the asymmetry chart's text.
#[derive(Debug)]
pub struct DivergenceNumbers<'a> {
    /// D(P‖Q), rounded for reading.
    pub kl_pq: &'a str,
    /// D(Q‖P), rounded for reading.
    pub kl_qp: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
    /// Whether either divergence is infinite (the chart cuts its bar off).
    pub infinite: bool,
}

/// Lesson 4: KL divergence. The cross-entropy lesson shares its readout names, chart text and
/// outcome wording, since both lessons show the same quantities of the same pair P, Q.
#[derive(Debug)]
pub struct KlText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    pub intro: &'static str,
    /// P as the truth, Q as the model, with the tutorial's example.
    pub setting: &'static str,
    pub definition: &'static str,
    /// Never negative, 0 only when Q = P, not symmetric.
    pub properties: &'static str,
    pub p_legend: &'static str,
    pub q_legend: &'static str,
    pub preset_tutorial: &'static str,
    pub preset_default: &'static str,
    pub preset_equal: &'static str,
    pub preset_reverse_infinite: &'static str,
    pub preset_forward_infinite: &'static str,
    pub kl_pq_label: &'static str,
    pub kl_qp_label: &'static str,
    pub entropy_p_label: &'static str,
    pub cross_entropy_label: &'static str,
    /// Why D(P‖Q) is infinite, given the outcomes Q rules out (from `outcome_list`).
    pub infinite_pq: fn(&str) -> String,
    /// Why D(Q‖P) is infinite, given the outcomes P rules out.
    pub infinite_qp: fn(&str) -> String,
    /// "outcome x₂", "outcomes x₂ and x₃", ….
    pub outcome_list: fn(&[String]) -> String,
    pub equal_note: &'static str,
    /// The two divergences side by side, when they differ.
    pub asymmetry: fn(&DivergenceNumbers) -> String,
    /// D(P‖Q) = H(P, Q) − H(P), pointing at the next step.
    pub identity: &'static str,
    pub table_caption: &'static str,
    pub distributions_title: &'static str,
    pub asymmetry_title: &'static str,
    pub outcome_axis: &'static str,
    pub probability_axis: &'static str,
    /// The contribution axis title for a unit name.
    pub contribution_axis: fn(&str) -> String,
    /// The divergence axis title for a unit name.
    pub divergence_axis: fn(&str) -> String,
    pub distributions_alt: fn(&DistributionNumbers) -> String,
    /// The asymmetry chart's text alternative, saying so when a bar is infinite (cut off).
    pub asymmetry_alt: fn(&DivergenceNumbers) -> String,
}
