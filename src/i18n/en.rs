//! English.

use super::*;
use crate::state::Problem;

pub const EN: Strings = Strings {
    ui: UI,
    information: INFORMATION,
    entropy: ENTROPY,
    binary_entropy: BINARY_ENTROPY,
    kl: KL,
    cross_entropy: CROSS_ENTROPY,
    mse_vs_ce: MSE_VS_CE,
    single_label: SINGLE_LABEL,
    multi_label: MULTI_LABEL,
};

const UI: Ui = Ui {
    app_title: "Cross-Entropy Lab",
    tagline: "From the surprise of one event to the loss that trains a classifier, one slider at a time.",
    start_intro: "Eight short interactive steps. Drag any slider and every number, table and curve on the page follows. Every state is a link you can share or embed.",
    contents: "Contents",
    start_course: "Start the course",
    views: [
        ViewText { title: "Information content", bridge: "Start here: how much does seeing one event tell you?" },
        ViewText { title: "Entropy", bridge: "Average the information content over every outcome and you get entropy." },
        ViewText { title: "Binary entropy", bridge: "With only two outcomes, entropy becomes one curve over p." },
        ViewText { title: "KL divergence", bridge: "Describe P with another distribution Q and you pay extra: the KL divergence." },
        ViewText { title: "Cross-entropy", bridge: "Add the entropy H(P) to KL(P‖Q) and you get cross-entropy, the loss classifiers minimise." },
        ViewText { title: "Why not squared error?", bridge: "Both losses reward the right class; their gradients with respect to the logit tell them apart." },
        ViewText { title: "Single-label classification", bridge: "One class per sample: softmax, then cross-entropy, averaged over a batch." },
        ViewText { title: "Multi-label classification", bridge: "Several classes per sample: a sigmoid and a binary cross-entropy for every output node." },
    ],
    nav_label: "Course navigation",
    nav_prev: "Previous",
    nav_next: "Next",
    progress: progress,
    settings_label: "Settings",
    unit_label: "Unit",
    unit_nats: "nats (ln)",
    unit_bits: "bits (log₂)",
    nats: "nats",
    bits: "bits",
    lang_label: "Language",
    theme_label: "Theme",
    theme_light: "Light",
    theme_dark: "Dark",
    permalink: "Copy link",
    permalink_copied: "Link copied",
    embed_code: "Copy embed code",
    embed_code_copied: "Embed code copied",
    embed_code_label: "Embed code for this view",
    embed_frame_title: embed_frame_title,
    embed_parent_script_note: "Optional: this script on the course page resizes the frame to fit its content.",
    enter_number_between: enter_number_between,
    copy_failed: "Copying was refused by the browser: select the text and copy it by hand.",
    open_in_lab: "Open in Cross-Entropy Lab",
    input_error_heading: "Some parameters of this link could not be used; their defaults are shown instead:",
    input_note_heading: "Note:",
    describe_issue: describe_issue,
    describe_math_error: describe_math_error,
    infinity_reason_zero_probability: "A probability of exactly 0 where the true distribution has mass makes the value infinite: an impossible event that happens carries unbounded surprise.",
    nats_note: "Gradients, squared errors and probabilities are always in natural-log units (nats), whatever the unit switch says.",
    export_png: "PNG",
    export_svg: "SVG",
    export_csv: "Download the numbers (CSV)",
    export_label: export_label,
    add_outcome: "Add outcome",
    remove_outcome: "Remove outcome",
    add_sample: "Add sample",
    remove_sample: "Remove sample",
    preset_label: "Example",
    preset_choose: "Choose an example…",
    outcome: "Outcome",
    probability: "Probability",
    sum: "Sum",
    chart_alt_prefix: "Chart:",
    panic_message: "Something went wrong inside the lab. Reload the page; if it happens again, the link in the address bar reproduces it.",
    course_summary_title: "What ties it together",
    course_summary: [
        "Cross-entropy is entropy plus KL divergence: H(P,Q) = H(P) + D(P‖Q). The labels fix H(P), so minimising cross-entropy minimises the KL divergence.",
        "After a softmax (or a sigmoid per node), the gradient of cross-entropy with respect to the logits is simply q − y: large when the model is wrong, zero when it is right.",
        "Squared error after a softmax has the gradient −2qL for the true class, which vanishes when the model is confidently wrong. That is why classifiers train on cross-entropy.",
    ],
    skip_to_content: "Skip to the lesson",
};

fn enter_number_between(min: f64, max: f64) -> String {
    format!("Enter a number between {min} and {max}.")
}

fn progress(step: usize, total: usize) -> String {
    format!("Step {step} of {total}")
}

fn embed_frame_title(view: &str) -> String {
    format!("Cross-Entropy Lab: {view}")
}

fn export_label(chart: &str) -> String {
    format!("Download the chart “{chart}” as")
}

fn describe_issue(issue: &Issue) -> String {
    let param = &issue.param;
    match &issue.problem {
        Problem::NotANumber { value } => format!("“{param}”: “{value}” is not a number."),
        Problem::NotFinite { value } => format!("“{param}”: “{value}” is not a finite number."),
        Problem::OutOfRange { value, min, max } => {
            format!("“{param}”: {value} is outside the allowed range [{min}, {max}].")
        }
        Problem::WrongLength { expected, got } => {
            format!("“{param}”: {got} values given where {expected} are needed.")
        }
        Problem::NotNormalised { sum } => {
            format!("“{param}”: the probabilities sum to {sum}, not 1.")
        }
        Problem::Renormalised { sum } => {
            format!("“{param}”: the probabilities summed to {sum}; they were rescaled to sum to 1.")
        }
        Problem::TooMany { max, got } => {
            format!("“{param}”: {got} entries given; only the first {max} are used.")
        }
        Problem::TooFew { min, got } => {
            format!("“{param}”: {got} entries given; at least {min} are needed.")
        }
        Problem::Empty => format!("“{param}” is empty."),
        Problem::UnknownView { value } => {
            format!("“{param}”: there is no view called “{value}”; the course start is shown.")
        }
        Problem::UnknownValue { value, allowed } => {
            format!("“{param}”: “{value}” is not one of {}.", allowed.join(", "))
        }
        Problem::ClassOutOfRange { class, classes } => {
            format!("“{param}”: class {class} does not exist; there are {classes} classes (0 to {}).", classes.saturating_sub(1))
        }
        Problem::Repeated => format!("“{param}” appears more than once; the first value is used."),
    }
}

fn describe_math_error(error: &MathError) -> String {
    match error {
        MathError::Empty => "There are no values to work with.".to_string(),
        MathError::LengthMismatch { left, right } => {
            format!("The two vectors have different lengths ({left} and {right}).")
        }
        MathError::NotFinite { index } => format!("Entry {} is not a finite number.", index + 1),
        MathError::OutOfRange { index, value } => {
            format!("Entry {} is {value}, outside [0, 1].", index + 1)
        }
        MathError::NotNormalised { sum } => format!("The probabilities sum to {sum}, not 1."),
        MathError::ClassOutOfRange { class, classes } => {
            format!("Class {class} does not exist: there are {classes} classes.")
        }
        MathError::RaggedBatch { row, len, expected } => {
            format!("Sample {} has {len} values where {expected} are needed.", row + 1)
        }
        MathError::InvalidParameter { name, value } => format!("{name} cannot be {value}."),
    }
}

// ---- lesson 1: information ----------------------------------------------------------------

const INFORMATION: InformationText = InformationText {
    intro: "How surprised should you be when an event happens? The less likely it was, the more its happening tells you.",
    intuition: "“Brazil reached the World Cup final” is hardly news: it was likely. “China reached the World Cup final” would be big news: it was very unlikely. Information content puts a number on that surprise.",
    definition: "The information content of an event with probability p is I(p) = −log p. A certain event (p = 1) carries no information; as p falls towards 0, the information grows without bound.",
    slider_label: "Probability p of the event",
    preset_likely: "A likely event: Brazil reaches the final (p = 0.5)",
    preset_unlikely: "An unlikely event: China reaches the final (p = 0.001)",
    preset_coin: "A fair coin lands heads (p = 0.5)",
    preset_certain: "The sun rises tomorrow (p = 1)",
    readout_label: "Information content I(p)",
    x_axis: "probability p",
    y_axis: info_y_axis,
    chart_title: "information content",
    chart_alt: info_chart_alt,
    certain_note: "A certain event tells you nothing new: I(1) = 0.",
};

fn info_y_axis(log: &str, unit: &str) -> String {
    format!("I(p) = −{log} p  ({unit})")
}

fn info_chart_alt(p: &str, information: &str, unit: &str) -> String {
    format!("The curve −log p for p from 0 to 1, falling from infinity at p = 0 to 0 at p = 1. The marked point is p = {p}, I(p) = {information} {unit}.")
}

// ---- lesson 2: entropy --------------------------------------------------------------------

const ENTROPY: EntropyText = EntropyText {
    intro: "entropy (en)",
};

// ---- lesson 3: binary entropy -------------------------------------------------------------

const BINARY_ENTROPY: BinaryEntropyText = BinaryEntropyText {
    intro: "binary entropy (en)",
};

// ---- lesson 4: KL divergence --------------------------------------------------------------

const KL: KlText = KlText {
    intro: "kl (en)",
};

// ---- lesson 5: cross-entropy --------------------------------------------------------------

const CROSS_ENTROPY: CrossEntropyText = CrossEntropyText {
    intro: "cross-entropy (en)",
};

// ---- lesson 6: MSE vs cross-entropy -------------------------------------------------------

const MSE_VS_CE: MseVsCeText = MseVsCeText {
    intro: "mse vs ce (en)",
};

// ---- lesson 7: single-label ---------------------------------------------------------------

const BATCH_EDITOR: BatchEditorText = BatchEditorText {
    classes_legend: "Classes",
    class_name_label: |i| format!("Name of class {i}"),
    new_class_name: |i| format!("class {i}"),
    name_required: "A class needs a name; the previous one is kept.",
    add_class: "Add a class",
    remove_class: "Remove the last class",
    add_sample: "Add a sample",
    remove_sample: "Remove the last sample",
    sample_legend: |j| format!("Sample {j}"),
    batch_size: |m, n| {
        let samples = if m == 1 { "sample" } else { "samples" };
        let classes = if n == 1 { "class" } else { "classes" };
        format!("m = {m} {samples}, n = {n} {classes}")
    },
    input_kind_label: "The model's output is given as",
    input_prob: "probabilities",
    sample_column: "Sample",
    x_axis: "sample",
    y_axis: |unit| format!("loss ({unit})"),
    sample_item: |j, value| format!("sample {j}: {value}"),
    double_sum_heading: "The same sum with this batch's numbers",
    table_caption: "The batch as numbers",
    in_unit: |label, unit| format!("{label} ({unit})"),
};

const SINGLE_LABEL: SingleLabelText = SingleLabelText {
    editor: BATCH_EDITOR,
    intro: "A classifier looks at a picture and names exactly one class: cat, frog or mouse. Its last layer gives one score per class, a softmax turns the scores into a distribution q, and the label is a one-hot distribution y: 1 for the true class, 0 for every other.",
    loss_text: "The loss of one sample is the cross-entropy of the previous steps between its label and its prediction, summed over the n classes. With a one-hot label every term but one is 0 · log q = 0, so what is left is −log q of the true class: the surprise the model feels at the right answer.",
    example_text: "The tutorial's example: the picture shows a frog, so y = [0, 1, 0]; the model predicts q = [0.3, 0.6, 0.1]; the loss is −ln 0.6 = 0.5108 nats.",
    batch_text: "Training looks at a batch of m samples at once and averages their losses. Add samples, change their true classes and predictions, and watch each bar and the mean.",
    input_logit: "logits (a softmax is applied)",
    logit_note: "With logits the sliders move the raw scores z, any real numbers. Each row goes through a softmax, q = e^z / Σ e^z, shown beside its slider; the loss is computed from the logits directly (log-softmax), so it stays exact even for very large scores.",
    true_class_label: "True class",
    prob_valuetext: |j, class, value| format!("sample {j}, predicted probability of {class}: {value}"),
    logit_valuetext: |j, class, z, q| format!("sample {j}, logit of {class}: {z}, softmax probability {q}"),
    softmax_shows: |q| format!("softmax → q = {q}"),
    sample_loss_label: |log, class| format!("Loss −{log} q({class}) ="),
    batch_loss_label: "Batch loss: the mean over the samples",
    survivors_note: "Greyed terms have y = 0. They are 0 · log q = 0 whatever the model predicts, so in every sample only the true class's term survives.",
    infinity_note: "A true class predicted with probability exactly 0 costs −log 0 = ∞: that sample's loss is infinite, and so is the mean over the batch. One certain mistake outweighs any number of good predictions.",
    true_class_column: "True class",
    loss_column: "Loss",
    batch_row: "Batch loss (mean)",
    chart_title: "losses of the batch",
    chart_mean: "batch loss (mean)",
    chart_alt: |items, mean, unit| format!("Bar chart with one bar per sample, its loss in {unit}: {items}. The dashed line is the batch loss, their mean: {mean} {unit}."),
    preset_tutorial: "The tutorial's sample: a frog predicted with 0.6",
    preset_confident_mistake: "A batch of 3 with one confident mistake",
    preset_perfect: "A perfect prediction (loss 0)",
    preset_certain_mistake: "A certain mistake: the true class gets 0 (loss ∞)",
    preset_uniform: "Four classes, no idea: a uniform guess (loss ln 4)",
    preset_logits: "The tutorial's sample as logits",
    announce: |loss, unit| format!("Batch loss {loss} {unit}"),
};

// ---- lesson 8: multi-label ----------------------------------------------------------------

const MULTI_LABEL: MultiLabelText = MultiLabelText {
    editor: BatchEditorText {
        classes_legend: "Classes (one output node each)",
        ..BATCH_EDITOR
    },
    intro: "Now a picture may show several things at once: a frog and a mouse, but no cat. The label is n-hot, y = [0, 1, 1], and the classes no longer compete: every output node gets its own sigmoid and answers its own yes-or-no question. The predictions lie in [0, 1] but need not sum to 1.",
    node_text: "Each node is a two-outcome problem, like the coin of step 3, and its loss is the binary cross-entropy −y log q − (1 − y) log(1 − q). That is the loss of one node, not of a sample: do not confuse it with the single-label formula of the previous step. A sample's loss is the sum over its nodes.",
    example_text: "The tutorial's example: label [0, 1, 1], prediction [0.1, 0.7, 0.8]. The cat node costs −ln 0.9 = 0.1054, the frog −ln 0.7 = 0.3567, the mouse −ln 0.8 = 0.2231; the sample's loss is their sum, 0.6852 nats.",
    batch_text: "Over a batch the tutorial's formula sums over the m samples and the n nodes. Libraries usually divide that sum by something, and which divisor they use changes the number you see: all three are computed below.",
    softmax_wrong_title: "Why not softmax cross-entropy here?",
    softmax_wrong: "A softmax makes the classes share one unit of probability, so a confident frog would push the mouse down although both are in the picture. And −Σ y log q with y = [0, 1, 1] is not a cross-entropy between two distributions: y does not sum to 1. The labels are independent questions, so each node gets its own sigmoid and its own binary cross-entropy.",
    input_logit: "logits (a sigmoid per node)",
    logit_note: "With logits the sliders move each node's raw score z, any real number; its sigmoid q = 1 / (1 + e^−z) is shown beside it. The loss is computed from the logit directly, as BCEWithLogitsLoss does, so it stays exact for large scores.",
    present_label: |class| format!("{class} is in the picture"),
    prob_valuetext: |j, class, value| format!("sample {j}, predicted probability that {class} is in the picture: {value}"),
    logit_valuetext: |j, class, z, q| format!("sample {j}, logit of {class}: {z}, sigmoid probability {q}"),
    sigmoid_shows: |q| format!("sigmoid → q = {q}"),
    node_loss_label: "node loss",
    sample_loss_label: "Sample loss (sum over nodes)",
    keras_sample_label: "Keras reports (mean over nodes)",
    keras_note: "Keras' binary cross-entropy reports, for each sample, the mean over its nodes instead of the sum: 0.2284 for the tutorial's sample rather than 0.6852.",
    reductions_heading: "The batch loss under each reduction",
    reduction_label: "Reduction for the batch loss",
    reduction_names: ["Sum", "Mean over samples", "Mean over all elements"],
    reduction_short: ["sum", "mean over samples", "mean over all elements"],
    reduction_matches: [
        "The tutorial's formula; PyTorch with reduction='sum'.",
        "The mean of the per-sample sums: what hand-written code often computes (e.g. TensorFlow's sigmoid_cross_entropy_with_logits, summed over the nodes, averaged over the batch).",
        "The default of PyTorch's BCELoss and BCEWithLogitsLoss (reduction='mean') and of Keras' binary cross-entropy (mean over the nodes, then over the batch).",
    ],
    chosen: "chosen",
    batch_loss_label: "Batch loss with the chosen reduction",
    factors_note: |m, n| format!("With m = {m} and n = {n}: the sum is {m} times the mean over samples and {} times the mean over all elements.", m * n),
    infinity_note: "A node predicted with exactly 0 while its label is 1 (or exactly 1 while its label is 0) has an infinite exact loss. Libraries never report ∞: PyTorch's BCELoss clamps each log at −100, so such a node costs 100 nats; Keras clips predictions to [1e−7, 1 − 1e−7], so it costs −ln 1e−7 = 16.118 nats.",
    library_heading: "What the libraries would report for the infinite nodes",
    node_column: "Node",
    exact_column: "Exact",
    pytorch_column: "PyTorch BCELoss",
    keras_column: "Keras",
    vanishing_note: "Greyed terms are multiplied by 0: with y = 1 only log q counts, with y = 0 only log(1 − q).",
    label_column: "y",
    prediction_column: "q",
    sample_loss_column: "Sample loss",
    keras_mean_column: "Keras (mean)",
    chart_title: "losses of the batch",
    chart_mean: |reduction| format!("batch loss ({reduction})"),
    chart_alt: |items, reduction, value, unit| format!("Bar chart with one bar per sample, its loss (the sum over its nodes) in {unit}: {items}. The dashed line is the batch loss with the reduction “{reduction}”: {value} {unit}."),
    preset_tutorial: "The tutorial's sample: frog and mouse, no cat",
    preset_batch: "A batch of 3 samples",
    preset_certain_mistake: "A certain mistake: the mouse gets exactly 0 (loss ∞)",
    preset_perfect: "Every node right and certain (loss 0)",
    preset_all_present: "All three in the picture: q may sum to more than 1",
    preset_logits: "The tutorial's sample as logits",
    announce: |reduction, loss, unit| format!("Batch loss ({reduction}) {loss} {unit}"),
};
