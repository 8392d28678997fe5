//! Every visible string of the lab, in English and Simplified Chinese.
//!
//! A typed table rather than a general i18n runtime: one `Strings` const per language, so a key
//! missing in either language is a compile error, switching language is a pointer swap, and the
//! bundle pays only for the text itself (leptos_i18n would add about 26 KB gzipped).
//! Messages that carry numbers are plain functions in the language files.

mod en;
mod zh;

use crate::math::MathError;
use crate::state::{Issue, Lang};

/// The strings of one language.
#[derive(Debug)]
pub struct Strings {
    pub ui: Ui,
    pub information: InformationText,
    pub entropy: EntropyText,
    pub binary_entropy: BinaryEntropyText,
    pub kl: KlText,
    pub cross_entropy: CrossEntropyText,
    pub mse_vs_ce: MseVsCeText,
    pub single_label: SingleLabelText,
    pub multi_label: MultiLabelText,
}

/// The table for a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &en::EN,
        Lang::Zh => &zh::ZH,
    }
}

impl Ui {
    /// The short name of `unit`, written after a number.
    pub fn unit_name(&self, unit: crate::math::Unit) -> &'static str {
        match unit {
            crate::math::Unit::Nats => self.nats,
            crate::math::Unit::Bits => self.bits,
        }
    }
}

/// The title, table-of-contents label and bridge sentence of one course step.
#[derive(Debug)]
pub struct ViewText {
    /// The heading of the view.
    pub title: &'static str,
    /// One line saying how this step follows from the one before.
    pub bridge: &'static str,
}

/// Strings of the course shell, shared controls and messages.
#[derive(Debug)]
pub struct Ui {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub start_intro: &'static str,
    pub contents: &'static str,
    pub start_course: &'static str,
    /// Indexed by `ViewId::index()`.
    pub views: [ViewText; 8],
    pub nav_label: &'static str,
    pub nav_prev: &'static str,
    pub nav_next: &'static str,
    /// "Step {n} of {total}".
    pub progress: fn(usize, usize) -> String,
    pub settings_label: &'static str,
    pub unit_label: &'static str,
    pub unit_nats: &'static str,
    pub unit_bits: &'static str,
    /// The unit's short name after a number: "nats" / "bits".
    pub nats: &'static str,
    pub bits: &'static str,
    pub lang_label: &'static str,
    pub theme_label: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub permalink: &'static str,
    pub permalink_copied: &'static str,
    pub embed_code: &'static str,
    pub embed_code_copied: &'static str,
    pub embed_code_label: &'static str,
    pub embed_frame_title: fn(&str) -> String,
    pub embed_parent_script_note: &'static str,
    pub copy_failed: &'static str,
    /// "Enter a number between {min} and {max}."
    pub enter_number_between: fn(f64, f64) -> String,
    pub open_in_lab: &'static str,
    pub input_error_heading: &'static str,
    pub input_note_heading: &'static str,
    /// Why a URL parameter was not used, or what was done to it.
    pub describe_issue: fn(&Issue) -> String,
    /// A math error as a sentence for the learner.
    pub describe_math_error: fn(&MathError) -> String,
    pub infinity_reason_zero_probability: &'static str,
    pub nats_note: &'static str,
    pub export_png: &'static str,
    pub export_svg: &'static str,
    pub export_csv: &'static str,
    pub export_label: fn(&str) -> String,
    pub add_outcome: &'static str,
    pub remove_outcome: &'static str,
    pub add_sample: &'static str,
    pub remove_sample: &'static str,
    pub preset_label: &'static str,
    pub preset_choose: &'static str,
    pub outcome: &'static str,
    pub probability: &'static str,
    pub sum: &'static str,
    pub chart_alt_prefix: &'static str,
    pub panic_message: &'static str,
    pub course_summary_title: &'static str,
    pub course_summary: [&'static str; 3],
    pub skip_to_content: &'static str,
}

/// Lesson 1: information content.
#[derive(Debug)]
pub struct InformationText {
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

/// Lesson 2: entropy.
#[derive(Debug)]
pub struct EntropyText {
    pub intro: &'static str,
    /// The computer power-on example.
    pub example: &'static str,
    /// Entropy as the expected information content.
    pub expected: &'static str,
    /// Where entropy is largest and smallest.
    pub extremes: &'static str,
    /// The outcomes of pressing the power button: starts, does not start, explodes.
    pub outcomes_computer: [&'static str; 3],
    /// Heads and tails.
    pub outcomes_coin: [&'static str; 2],
    /// The name of face `n` (from 1) of a die.
    pub die_face: fn(usize) -> String,
    pub preset_computer: &'static str,
    pub preset_fair_coin: &'static str,
    pub preset_loaded_coin: &'static str,
    pub preset_four_sided: &'static str,
    pub preset_die: &'static str,
    pub preset_certain: &'static str,
    pub vector_legend: &'static str,
    pub readout_label: &'static str,
    pub table_caption: &'static str,
    /// The header of the −log p column (the formula is written under it).
    pub column_information: &'static str,
    /// The header of the p · (−log p) column (the formula is written under it).
    pub column_term: &'static str,
    /// The label of the sum row.
    pub sum_row: &'static str,
    /// The footnote on 0 · log 0 = 0, shown when an entry is 0.
    pub zero_convention: &'static str,
    /// The cap log n for `n` outcomes, with the shown value and unit name.
    pub maximum_note: fn(usize, &str, &str) -> String,
    pub outcome_axis: &'static str,
    pub probability_axis: &'static str,
    /// The contribution axis title for a log symbol and unit name.
    pub contribution_axis: fn(&str, &str) -> String,
    /// The legend name of the contribution bars.
    pub contribution_series: &'static str,
    pub chart_title: &'static str,
    /// The chart's text alternative: "name p → term" for each outcome, the entropy, the unit.
    pub chart_alt: fn(&str, &str, &str) -> String,
}

/// Lesson 3: the binary entropy curve.
#[derive(Debug)]
pub struct BinaryEntropyText {
    pub intro: &'static str,
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
    pub symmetry: fn(&str, &str, &str, &str) -> String,
    /// Shown at p = 0 or p = 1.
    pub certain_note: &'static str,
    pub x_axis: &'static str,
    /// The y axis title for a unit name.
    pub y_axis: fn(&str) -> String,
    pub maximum: &'static str,
    pub chart_title: &'static str,
    /// The chart's text alternative for p, H(p), the maximum and the unit name.
    pub chart_alt: fn(&str, &str, &str, &str) -> String,
}

/// The current numbers a chart's text alternative states, already rounded for reading.
#[derive(Debug)]
pub struct DistributionNumbers<'a> {
    /// P as a list, e.g. "0.7, 0.2, 0.1".
    pub p: &'a str,
    /// Q as a list.
    pub q: &'a str,
    pub entropy_p: &'a str,
    pub cross_entropy: &'a str,
    pub kl_pq: &'a str,
    /// The unit's name, e.g. "nats".
    pub unit: &'a str,
}

/// Lesson 4: KL divergence. The cross-entropy lesson shares its readout names, chart text and
/// outcome wording, since both lessons show the same quantities of the same pair P, Q.
#[derive(Debug)]
pub struct KlText {
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
    /// The two divergences side by side (shown values and the unit name).
    pub asymmetry: fn(&str, &str, &str) -> String,
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
    /// The asymmetry chart's text alternative: D(P‖Q), D(Q‖P), the unit name, and whether a
    /// bar is infinite (cut off).
    pub asymmetry_alt: fn(&str, &str, &str, bool) -> String,
}

/// Lesson 5: cross-entropy = H + KL.
#[derive(Debug)]
pub struct CrossEntropyText {
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

/// Lesson 6: why cross-entropy and not squared error.
#[derive(Debug)]
pub struct MseVsCeText {
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

/// The parts both batch lessons share (the class names, the sample cards, the table and the
/// chart's axes); they live in [`SingleLabelText::editor`] and [`MultiLabelText::editor`].
#[derive(Debug)]
pub struct BatchEditorText {
    pub classes_legend: &'static str,
    /// "Name of class {i}" for the 1-based class number i.
    pub class_name_label: fn(usize) -> String,
    /// The name a new class gets, from its 1-based number.
    pub new_class_name: fn(usize) -> String,
    pub name_required: &'static str,
    pub add_class: &'static str,
    pub remove_class: &'static str,
    pub add_sample: &'static str,
    pub remove_sample: &'static str,
    /// "Sample {j}" for the 1-based sample number j.
    pub sample_legend: fn(usize) -> String,
    /// "m = {m} samples, n = {n} classes".
    pub batch_size: fn(usize, usize) -> String,
    pub input_kind_label: &'static str,
    pub input_prob: &'static str,
    pub sample_column: &'static str,
    pub x_axis: &'static str,
    /// The y axis title for a unit name: "loss (nats)".
    pub y_axis: fn(&str) -> String,
    /// One bar of the chart's text alternative: "sample {j}: {value}".
    pub sample_item: fn(usize, &str) -> String,
    pub double_sum_heading: &'static str,
    pub table_caption: &'static str,
    /// A label with a unit after it: "Loss (nats)".
    pub in_unit: fn(&str, &str) -> String,
}

/// Lesson 7: single-label classification over a batch.
#[derive(Debug)]
pub struct SingleLabelText {
    pub editor: BatchEditorText,
    pub intro: &'static str,
    pub loss_text: &'static str,
    pub example_text: &'static str,
    pub batch_text: &'static str,
    pub input_logit: &'static str,
    pub logit_note: &'static str,
    pub true_class_label: &'static str,
    /// What a screen reader says for a probability slider: sample number, class, value.
    pub prob_valuetext: fn(usize, &str, &str) -> String,
    /// The same for a logit slider: sample number, class, logit, softmax probability.
    pub logit_valuetext: fn(usize, &str, &str, &str) -> String,
    /// The softmax probability beside a logit slider.
    pub softmax_shows: fn(&str) -> String,
    /// "Loss −{log} q({class}) =" before a sample's loss.
    pub sample_loss_label: fn(&str, &str) -> String,
    pub batch_loss_label: &'static str,
    pub survivors_note: &'static str,
    pub infinity_note: &'static str,
    pub true_class_column: &'static str,
    pub loss_column: &'static str,
    pub batch_row: &'static str,
    pub chart_title: &'static str,
    pub chart_mean: &'static str,
    /// The chart's text alternative: the bars' items, the mean and the unit name.
    pub chart_alt: fn(&str, &str, &str) -> String,
    pub preset_tutorial: &'static str,
    pub preset_confident_mistake: &'static str,
    pub preset_perfect: &'static str,
    pub preset_certain_mistake: &'static str,
    pub preset_uniform: &'static str,
    pub preset_logits: &'static str,
    /// What the announcer says: the batch loss and the unit name.
    pub announce: fn(&str, &str) -> String,
}

/// Lesson 8: multi-label classification over a batch.
#[derive(Debug)]
pub struct MultiLabelText {
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
    pub prob_valuetext: fn(usize, &str, &str) -> String,
    /// The same for a logit slider: sample number, class, logit, sigmoid probability.
    pub logit_valuetext: fn(usize, &str, &str, &str) -> String,
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
    pub factors_note: fn(usize, usize) -> String,
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
    /// The chart's text alternative: the bars' items, the reduction's name, its value, the unit.
    pub chart_alt: fn(&str, &str, &str, &str) -> String,
    pub preset_tutorial: &'static str,
    pub preset_batch: &'static str,
    pub preset_certain_mistake: &'static str,
    pub preset_perfect: &'static str,
    pub preset_logits: &'static str,
    pub preset_all_present: &'static str,
    /// What the announcer says: the reduction's name, the batch loss and the unit name.
    pub announce: fn(&str, &str, &str) -> String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The struct makes a missing key a compile error; this catches a key left empty.
    #[test]
    fn no_string_is_empty_in_either_language() {
        for lang in [Lang::En, Lang::Zh] {
            let dump = format!("{:?}", strings(lang));
            assert!(
                !dump.contains("\"\""),
                "{lang:?} has an empty string: {dump}"
            );
        }
    }

    #[test]
    fn chinese_is_not_a_copy_of_english() {
        let en = strings(Lang::En);
        let zh = strings(Lang::Zh);
        for (e, z) in en.ui.views.iter().zip(&zh.ui.views) {
            assert_ne!(e.title, z.title);
            assert_ne!(e.bridge, z.bridge);
        }
        assert_ne!(en.information.intro, zh.information.intro);
        assert_ne!(en.multi_label.intro, zh.multi_label.intro);
    }

    #[test]
    fn message_functions_fill_in_their_numbers() {
        for lang in [Lang::En, Lang::Zh] {
            let s = strings(lang);
            assert!((s.ui.progress)(3, 8).contains('3'));
            let text = (s.ui.describe_math_error)(&MathError::NotNormalised { sum: 1.25 });
            assert!(text.contains("1.25"), "{text}");
        }
    }
}
