//! The string structs of the eight lessons, one module each, beside the shell's `Ui` (in
//! `mod.rs`); `en.rs` and `zh.rs` fill them in. Each lesson's folder re-exports its module, so
//! a lesson's view names its text as `super::KlText`. Messages that carry several values take
//! one struct with named fields, so two values cannot be swapped silently.

/// Step 1, `information`.
pub mod information {

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
}

/// Step 2, `entropy`.
pub mod entropy {

    /// The numbers of the note on the cap log n, already rounded for reading.
    #[derive(Debug)]
    pub struct EntropyMaximum<'a> {
        /// The number of outcomes n.
        pub outcomes: usize,
        /// log n, the largest entropy over n outcomes.
        pub maximum: &'a str,
        /// The unit's name, e.g. "nats".
        pub unit: &'a str,
    }

    /// The words of the contribution axis title.
    #[derive(Debug)]
    pub struct ContributionAxis<'a> {
        /// The unit's logarithm, "ln" or "log₂".
        pub log: &'a str,
        /// The unit's name, e.g. "nats".
        pub unit: &'a str,
    }

    /// The numbers the contributions chart's text alternative states, already rounded for reading.
    #[derive(Debug)]
    pub struct EntropyChartAlt<'a> {
        /// "name p → term" for each outcome, joined by "; ".
        pub outcomes: &'a str,
        /// The entropy H(P).
        pub entropy: &'a str,
        /// The unit's name, e.g. "nats".
        pub unit: &'a str,
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
        pub maximum_note: fn(&EntropyMaximum) -> String,
        pub outcome_axis: &'static str,
        pub probability_axis: &'static str,
        /// The contribution axis title for a log symbol and unit name.
        pub contribution_axis: fn(&ContributionAxis) -> String,
        /// The legend name of the contribution bars.
        pub contribution_series: &'static str,
        pub chart_title: &'static str,
        /// The chart's text alternative: "name p → term" for each outcome, the entropy, the unit.
        pub chart_alt: fn(&EntropyChartAlt) -> String,
    }
}

/// Step 3, `binary-entropy`.
pub mod binary_entropy {

    /// The numbers of the symmetry sentence H(p) = H(1 − p), already rounded for reading.
    #[derive(Debug)]
    pub struct BinaryEntropySymmetry<'a> {
        /// The probability p of the first outcome.
        pub p: &'a str,
        /// 1 − p, the probability of the second.
        pub complement: &'a str,
        /// H(p), the same for both.
        pub entropy: &'a str,
        /// The unit's name, e.g. "nats".
        pub unit: &'a str,
    }

    /// The numbers the binary entropy chart's text alternative states, already rounded for
    /// reading.
    #[derive(Debug)]
    pub struct BinaryEntropyChartAlt<'a> {
        /// The marked p.
        pub p: &'a str,
        /// H(p) at the marked p.
        pub entropy: &'a str,
        /// The curve's peak H(1/2).
        pub maximum: &'a str,
        /// The unit's name, e.g. "nats".
        pub unit: &'a str,
    }

    /// Lesson 3: the binary entropy curve.
    #[derive(Debug)]
    pub struct BinaryEntropyText {
        /// Two-outcome questions, p and 1 − p: the 0-1 (Bernoulli) distribution.
        pub intro: &'static str,
        /// For readers with the tutorial open: it calls this distribution binomial; with a single
        /// trial it is the Bernoulli distribution.
        pub bernoulli_note: &'static str,
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
        pub symmetry: fn(&BinaryEntropySymmetry) -> String,
        /// Shown at p = 0 or p = 1.
        pub certain_note: &'static str,
        pub x_axis: &'static str,
        /// The y axis title for a unit name.
        pub y_axis: fn(&str) -> String,
        pub maximum: &'static str,
        pub chart_title: &'static str,
        /// The chart's text alternative for p, H(p), the maximum and the unit name.
        pub chart_alt: fn(&BinaryEntropyChartAlt) -> String,
    }
}

/// Step 4, `kl`.
pub mod kl {

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
}

/// Step 5, `cross-entropy`.
pub mod cross_entropy {

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
}

/// Step 6, `mse-vs-ce`.
pub mod mse_vs_ce {

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
}

/// Step 7, `single-label`.
pub mod single_label {
    use crate::i18n::BatchEditorText;
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
}

/// Step 8, `multi-label`.
pub mod multi_label {
    use crate::i18n::BatchEditorText;
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
}
