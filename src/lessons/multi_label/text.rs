//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::{BatchEditorText, ViewText};
use crate::lessons::kit::batch_model::{LogitSlider, ProbabilitySlider};

/// The batch's size m × n, for the note on how the reductions relate.
#[derive(Debug)]
pub struct BatchShape {
    /// m, the number of samples.
    pub samples: usize,
    /// n, the number of nodes.
    pub nodes: usize,
}

/// The batch loss under the chosen reduction, as the announcer and the chart's text
/// alternative state it.
#[derive(Debug)]
pub struct ReducedLoss<'a> {
    /// The reduction's short name, e.g. "sum".
    pub reduction: &'a str,
    /// The batch loss, rounded for reading.
    pub loss: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// The chart's text alternative: the bars, then the dashed line.
#[derive(Debug)]
pub struct ChartAltNumbers<'a> {
    /// Each bar, "sample 1: 0.6852; sample 2: …".
    pub items: &'a str,
    pub batch: ReducedLoss<'a>,
}

/// Lesson 8: multi-label classification over a batch.
#[derive(Debug)]
pub struct MultiLabelText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    pub editor: BatchEditorText,
    pub intro: &'static str,
    pub node_text: &'static str,
    pub example_text: &'static str,
    pub batch_text: &'static str,
    pub softmax_wrong_title: &'static str,
    pub softmax_wrong: &'static str,
    pub input_logit: &'static str,
    pub logit_note: &'static str,
    /// The label of a node's checkbox: "{class} is in the picture".
    pub present_label: fn(&str) -> String,
    /// What a screen reader says for a probability slider: sample number, class, value.
    pub prob_valuetext: fn(&ProbabilitySlider) -> String,
    /// The same for a logit slider: sample number, class, logit, sigmoid probability.
    pub logit_valuetext: fn(&LogitSlider) -> String,
    /// The sigmoid probability beside a logit slider.
    pub sigmoid_shows: fn(&str) -> String,
    pub node_loss_label: &'static str,
    pub sample_loss_label: &'static str,
    pub keras_sample_label: &'static str,
    pub keras_note: &'static str,
    pub reductions_heading: &'static str,
    pub reduction_label: &'static str,
    /// Indexed like `Reduction::ALL`: sum, mean over samples, mean over elements.
    pub reduction_names: [&'static str; 3],
    /// The same names inside running text and the chart's legend, indexed like `Reduction::ALL`.
    pub reduction_short: [&'static str; 3],
    /// What each reduction matches, indexed like `Reduction::ALL`.
    pub reduction_matches: [&'static str; 3],
    pub chosen: &'static str,
    pub batch_loss_label: &'static str,
    /// How the three reductions relate for m samples and n nodes.
    pub factors_note: fn(&BatchShape) -> String,
    pub infinity_note: &'static str,
    pub library_heading: &'static str,
    pub node_column: &'static str,
    pub exact_column: &'static str,
    pub pytorch_column: &'static str,
    pub keras_column: &'static str,
    pub vanishing_note: &'static str,
    pub label_column: &'static str,
    pub prediction_column: &'static str,
    pub sample_loss_column: &'static str,
    pub keras_mean_column: &'static str,
    pub chart_title: &'static str,
    /// The name of the chart's line for a reduction name: "batch loss (sum)".
    pub chart_mean: fn(&str) -> String,
    /// The chart's text alternative: the bars' items, then the batch loss.
    pub chart_alt: fn(&ChartAltNumbers) -> String,
    pub preset_tutorial: &'static str,
    pub preset_batch: &'static str,
    pub preset_certain_mistake: &'static str,
    pub preset_perfect: &'static str,
    pub preset_logits: &'static str,
    pub preset_all_present: &'static str,
    /// What the announcer says: the reduction's name, the batch loss and the unit name.
    pub announce: fn(&ReducedLoss) -> String,
}
