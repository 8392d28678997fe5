//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

/// Lesson 6: why cross-entropy and not squared error.
#[derive(Debug)]
pub struct MseVsCeText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    pub intro: &'static str,
    /// The two losses of one sample with a one-hot label.
    pub setup: &'static str,
    /// Why the other probabilities cannot stay fixed: they keep their shares r_i.
    pub shares: &'static str,
    pub controls_legend: &'static str,
    pub logits_hint: &'static str,
    pub true_class_label: &'static str,
    pub add_class: &'static str,
    pub remove_class: &'static str,
    /// "class {i}".
    pub class_name: fn(usize) -> String,
    /// The label of the slider of logit i, e.g. "z₀ (class 0)".
    pub logit_label: fn(usize) -> String,
    pub preset_tutorial: &'static str,
    pub preset_confident_wrong: &'static str,
    pub preset_very_wrong: &'static str,
    pub preset_confident_right: &'static str,
    pub table_caption: &'static str,
    pub col_class: &'static str,
    pub readout_probability_true: &'static str,
    pub readout_cross_entropy: &'static str,
    pub readout_squared_error: &'static str,
    pub readout_grad_cross_entropy: &'static str,
    pub readout_grad_squared_error: &'static str,
    /// Why the cross-entropy can be ∞ here (q_t underflows to 0).
    pub underflow_note: &'static str,
    /// Added to `ui.nats_note`: the charts draw both losses in nats.
    pub charts_in_nats: &'static str,
    pub convexity_heading: &'static str,
    pub convex_in_probability: &'static str,
    pub not_convex_in_logit: &'static str,
    pub gradients: &'static str,
    pub race_heading: &'static str,
    pub race_intro: &'static str,
    pub learning_rate_label: &'static str,
    pub race_start: &'static str,
    pub readout_race_cross_entropy: &'static str,
    pub readout_race_squared_error: &'static str,
    /// The word after a step count.
    pub steps: &'static str,
    /// Who won the race, from the steps each run needed (`None`: not within the cap).
    pub race_verdict: fn(Option<usize>, Option<usize>) -> String,
    /// Why a step count is ∞, for the step cap.
    pub race_cap_note: fn(usize) -> String,
    pub legend_cross_entropy: &'static str,
    pub legend_squared_error: &'static str,
    pub x_probability: &'static str,
    pub x_logit: &'static str,
    pub y_loss: &'static str,
    pub y_gradient: &'static str,
    pub race_x: &'static str,
    pub race_y: &'static str,
    pub race_target: &'static str,
    pub title_probability: &'static str,
    pub title_logit: &'static str,
    pub title_gradient: &'static str,
    pub title_race: &'static str,
    /// Text alternative of `loss-vs-probability` for q_t, CE (nats) and SE.
    pub alt_probability: fn(&str, &str, &str) -> String,
    /// Text alternative of `loss-vs-logit` for z_t, CE (nats) and SE.
    pub alt_logit: fn(&str, &str, &str) -> String,
    /// Text alternative of `gradient-vs-logit` for z_t and both gradients.
    pub alt_gradient: fn(&str, &str, &str) -> String,
    /// Text alternative of `race` for the learning rate and both step counts.
    pub alt_race: fn(&str, &str, &str) -> String,
}
