//! The strings of this lesson; `i18n/en.rs` and `i18n/zh.rs` fill them in.

use crate::i18n::ViewText;

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
    pub preset_confident_wrong: &'static str,
    /// H(P) = 0 with a one-hot label: the log symbol, the true class's name, q of the true
    /// class, the cross-entropy and the unit name.
    pub one_hot_note: fn(&str, &str, &str, &str, &str) -> String,
    pub soft_note: &'static str,
    /// Why the cross-entropy is infinite, given the outcomes Q rules out.
    pub infinite: fn(&str) -> String,
    pub decomposition_title: &'static str,
    /// The stacked bar's text: H(P), D(P‖Q), H(P, Q) and the unit name.
    pub stack_alt: fn(&str, &str, &str, &str) -> String,
    pub table_caption: &'static str,
}
