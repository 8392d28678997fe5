//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

/// Where a chart marks the current state and what both curves read there, rounded for reading:
/// the text alternative of a loss or gradient chart.
#[derive(Debug)]
pub struct CurveReading<'a> {
    /// The x value of the marked points: q_t, or z_t.
    pub at: &'a str,
    /// The cross-entropy curve there (loss in nats, or gradient).
    pub cross_entropy: &'a str,
    /// The squared-error curve there (loss, or gradient).
    pub squared_error: &'a str,
}

/// The race's numbers as the race chart's text alternative states them.
#[derive(Debug)]
pub struct RaceReading<'a> {
    pub learning_rate: &'a str,
    /// The steps the cross-entropy run took, e.g. "11" or "∞".
    pub cross_entropy_steps: &'a str,
    /// The steps the squared-error run took.
    pub squared_error_steps: &'a str,
}

/// What PyTorch's `MSELoss` and Keras' `MeanSquaredError` report for the sample: SE averaged
/// over the classes too, rounded for reading.
#[derive(Debug)]
pub struct LibraryMse<'a> {
    /// SE, the sum over the classes.
    pub squared_error: &'a str,
    /// The number of classes n.
    pub classes: usize,
    /// SE / n.
    pub library_mse: &'a str,
}

/// The steps each run of the race took to reach the target (`None`: not within the cap).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RaceFinish {
    pub cross_entropy: Option<usize>,
    pub squared_error: Option<usize>,
}

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
    /// The name of class index i, counted from 1 for the reader: "class {i + 1}".
    pub class_name: fn(usize) -> String,
    /// The label of the slider of logit index i, counted from 1: "z₁ (class 1)" for i = 0.
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
    /// What a library's mean squared error reports for this sample: SE / n.
    pub library_mse: fn(&LibraryMse) -> String,
    /// Which numbers have no unit, and that the gradients are those of the losses (CE's in
    /// nats): none of them follows the unit switch.
    pub units_note: &'static str,
    /// The charts draw cross-entropy in nats whatever the unit switch says.
    pub charts_in_nats: &'static str,
    pub convexity_heading: &'static str,
    /// Against q_t both losses are convex; the tutorial's "non-convex" comes from two axes.
    pub convex_in_probability: &'static str,
    /// Against the logits CE is convex and SE is not.
    pub not_convex_in_logit: &'static str,
    /// What that means for training: convex in the weights only for linear models; in a deep
    /// network what carries over is the gradient.
    pub training_convexity: &'static str,
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
    pub race_verdict: fn(&RaceFinish) -> String,
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
    /// Text alternative of `loss-vs-probability` at q_t: CE (nats) and SE.
    pub alt_probability: fn(&CurveReading) -> String,
    /// Text alternative of `loss-vs-logit` at z_t: CE (nats) and SE.
    pub alt_logit: fn(&CurveReading) -> String,
    /// Text alternative of `gradient-vs-logit` at z_t: both gradients.
    pub alt_gradient: fn(&CurveReading) -> String,
    /// Text alternative of `race`: the learning rate and both step counts.
    pub alt_race: fn(&RaceReading) -> String,
}
