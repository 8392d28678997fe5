//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

/// The numbers of the one-hot note, H(P, Q) = D(P‖Q) = −log q(true class), as shown.
#[derive(Debug)]
pub struct OneHotNumbers<'a> {
    /// The unit's logarithm, "ln" or "log₂".
    pub log: &'a str,
    /// The true class's name, e.g. "x₁".
    pub class: &'a str,
    /// The model's probability of the true class.
    pub q_true: &'a str,
    /// H(P, Q).
    pub cross_entropy: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// The parts of H(P, Q) = H(P) + D(P‖Q) as shown, for the stacked bar's text.
#[derive(Debug)]
pub struct DecompositionNumbers<'a> {
    /// H(P).
    pub entropy_p: &'a str,
    /// D(P‖Q).
    pub kl_pq: &'a str,
    /// H(P, Q).
    pub cross_entropy: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// Lesson 5: cross-entropy = H + KL.
#[derive(Debug)]
pub struct CrossEntropyText {
    /// The title and the bridge sentence from the step before.
    pub view: ViewText,
    pub intro: &'static str,
    /// From the KL sum to H(P, Q) = H(P) + D(P‖Q).
    pub derivation: &'static str,
    /// Why minimising cross-entropy minimises KL.
    pub why_loss: &'static str,
    pub label_legend: &'static str,
    pub one_hot_option: &'static str,
    pub soft_option: &'static str,
    pub true_class_label: &'static str,
    pub p_legend: &'static str,
    pub q_legend: &'static str,
    pub preset_tutorial: &'static str,
    pub preset_soft: &'static str,
    /// Q gives the true class probability 0: certain and wrong, so the loss is infinite (step
    /// 6's "confidently wrong" keeps a small but finite q).
    pub preset_rules_out_truth: &'static str,
    /// H(P) = 0 with a one-hot label, so H(P, Q) = −log q of the true class.
    pub one_hot_note: fn(&OneHotNumbers) -> String,
    pub soft_note: &'static str,
    /// Why the cross-entropy is infinite, given the outcomes Q rules out.
    pub infinite: fn(&str) -> String,
    pub decomposition_title: &'static str,
    /// The stacked bar's text.
    pub stack_alt: fn(&DecompositionNumbers) -> String,
    pub table_caption: &'static str,
}
