//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::{BatchEditorText, ViewText};
use crate::lessons::kit::batch_model::{LogitSlider, ProbabilitySlider};

/// What the label before a sample's loss names: "Loss −{log} q({class}) =".
pub struct SampleLossLabel<'a> {
    /// The unit's logarithm, e.g. "ln".
    pub log: &'a str,
    /// The sample's true class.
    pub class: &'a str,
}

/// What the chart's text alternative names.
pub struct LossChartNumbers<'a> {
    /// The bars, e.g. "sample 1: 0.5108; sample 2: 0.3567".
    pub items: &'a str,
    /// The batch loss, their mean.
    pub mean: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// A batch loss with its unit, as the announcer says it.
pub struct BatchLossNumbers<'a> {
    pub loss: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// Lesson 7: single-label classification over a batch.
#[derive(Debug)]
pub struct SingleLabelText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    pub editor: BatchEditorText,
    pub intro: &'static str,
    pub loss_text: &'static str,
    pub example_text: &'static str,
    pub batch_text: &'static str,
    pub input_logit: &'static str,
    pub logit_note: &'static str,
    pub true_class_label: &'static str,
    /// What a screen reader says for a probability slider: sample number, class, value.
    pub prob_valuetext: fn(&ProbabilitySlider) -> String,
    /// The same for a logit slider: sample number, class, logit, softmax probability.
    pub logit_valuetext: fn(&LogitSlider) -> String,
    /// The softmax probability beside a logit slider.
    pub softmax_shows: fn(&str) -> String,
    /// "Loss −{log} q({class}) =" before a sample's loss.
    pub sample_loss_label: fn(&SampleLossLabel) -> String,
    pub batch_loss_label: &'static str,
    pub survivors_note: &'static str,
    pub infinity_note: &'static str,
    pub true_class_column: &'static str,
    pub loss_column: &'static str,
    pub batch_row: &'static str,
    pub chart_title: &'static str,
    pub chart_mean: &'static str,
    /// The chart's text alternative: the bars' items, the mean and the unit name.
    pub chart_alt: fn(&LossChartNumbers) -> String,
    pub preset_tutorial: &'static str,
    pub preset_confident_mistake: &'static str,
    pub preset_perfect: &'static str,
    pub preset_certain_mistake: &'static str,
    pub preset_uniform: &'static str,
    pub preset_logits: &'static str,
    /// The section on what PyTorch and Keras expect, and what a softmax applied twice reports.
    pub library: LibraryText,
    /// What the announcer says: the batch loss and the unit name.
    pub announce: fn(&BatchLossNumbers) -> String,
}

/// The section "What your library expects": the libraries' inputs and the doubled softmax.
#[derive(Debug)]
pub struct LibraryText {
    pub heading: &'static str,
    /// PyTorch's `nn.CrossEntropyLoss`: logits and class indices counted from 0.
    pub pytorch: &'static str,
    /// Keras' `CategoricalCrossentropy` and `SparseCategoricalCrossentropy`.
    pub keras: &'static str,
    pub double_heading: &'static str,
    /// What the doubled softmax does to this batch when its rows are logits.
    pub double_logit: &'static str,
    /// The same when the rows are probabilities: they are taken as the first softmax's output.
    pub double_prob: &'static str,
    /// Why the doubled loss hardly moves.
    pub double_why: &'static str,
    /// The label of the right batch loss, repeated beside the doubled one.
    pub right_label: &'static str,
    /// The label of the loss with the softmax applied twice.
    pub double_label: &'static str,
}
