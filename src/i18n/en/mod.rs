//! English: the lessons' words here, the shell's in `ui.rs`.

mod ui;

use super::*;
use ui::UI;

pub const EN: Strings = Strings {
    lang: Lang::En,
    ui: UI,
    views: [
        ViewText { title: "Information content", bridge: "Start here: how much does seeing one event tell you?" },
        ViewText { title: "Entropy", bridge: "Average the information content over every outcome and you get entropy." },
        ViewText { title: "Binary entropy", bridge: "With only two outcomes, entropy becomes one curve over p." },
        ViewText { title: "KL divergence", bridge: "Describe P with another distribution Q and you pay extra: the KL divergence." },
        ViewText { title: "Cross-entropy", bridge: "Add the entropy H(P) to the KL divergence D(P‖Q) and you get cross-entropy, the loss classifiers minimise." },
        ViewText { title: "Why not squared error?", bridge: "Squared error and cross-entropy are both smallest when the true class gets probability 1; what sets them apart is how they pull on the logits." },
        ViewText { title: "Single-label classification", bridge: "One class per sample: softmax, then cross-entropy, averaged over a batch." },
        ViewText { title: "Multi-label classification", bridge: "Several classes per sample: a sigmoid and a binary cross-entropy for every output node." },
    ],
};

use crate::lessons::information::{InformationAxis, InformationChartAlt};

pub(in crate::i18n) static INFORMATION: InformationText = InformationText {
    intro: "How surprised should you be when an event happens? The less likely it was, the more its happening tells you.",
    intuition: "“Brazil qualifies for the 2018 World Cup finals” (the tournament itself, not just the final match) is hardly news: Brazil has played at every World Cup, so it was very likely. “China qualifies for the 2018 World Cup finals” would be big news: it was very unlikely. Information content puts a number on that surprise.",
    definition: "The information content of an event with probability p is I(p) = −log p. A certain event (p = 1) carries no information; as p falls towards 0, the information grows without bound.",
    slider_label: "Probability p of the event",
    preset_likely: "A likely event: Brazil qualifies for the 2018 World Cup finals (p = 0.95)",
    preset_unlikely: "An unlikely event: China qualifies for the 2018 World Cup finals (p = 0.001)",
    preset_coin: "A fair coin lands heads (p = 0.5)",
    preset_certain: "The sun rises tomorrow (p = 1)",
    readout_label: "Information content I(p)",
    x_axis: "probability p",
    y_axis: info_y_axis,
    chart_title: "information content",
    chart_alt: info_chart_alt,
    certain_note: "A certain event tells you nothing new: I(1) = 0.",
    zero_note: "An event of probability 0 never happens. If it did, the surprise would have no bound: I(0) = ∞, because −log p grows without limit as p falls to 0.",
};

fn info_y_axis(axis: &InformationAxis) -> String {
    let InformationAxis { log, unit } = axis;
    format!("I(p) = −{log} p  ({unit})")
}

fn info_chart_alt(alt: &InformationChartAlt) -> String {
    let InformationChartAlt {
        p,
        information,
        unit,
    } = alt;
    format!("The curve −log p for p from 0 to 1, falling from infinity at p = 0 to 0 at p = 1. The marked point is p = {p}, I(p) = {information} {unit}.")
}

// ---- lesson 2: entropy --------------------------------------------------------------------

use crate::lessons::entropy::{ContributionAxis, EntropyChartAlt, EntropyMaximum};

pub(in crate::i18n) static ENTROPY: EntropyText = EntropyText {
    intro: "Information content scores a single outcome. Entropy scores the whole situation: how much you learn, on average, when you find out which outcome happened.",
    example: "Press the power button of your computer. Usually it starts normally (p = 0.7), sometimes it does not start at all (p = 0.2), and in our story it occasionally explodes (p = 0.1). Each outcome has its own information content −log p: a normal start tells you little, an explosion a great deal.",
    expected: "Weight each outcome's information by how often it happens and add the results: that average is the entropy, H(P) = −Σ pᵢ log pᵢ. The table below does exactly this, one row per outcome, and its last row is the sum.",
    extremes: "Entropy is largest when all outcomes are equally likely, because then there is nothing to go on: with n outcomes it reaches log n. It is 0 when one outcome is certain, because then looking tells you nothing new. Try the examples, or add and remove outcomes.",
    outcomes_computer: ["starts normally", "does not start", "explodes"],
    outcomes_coin: ["heads", "tails"],
    die_face: entropy_die_face,
    preset_computer: "Pressing the power button (0.7, 0.2, 0.1)",
    preset_fair_coin: "A fair coin (0.5, 0.5): 1 bit",
    preset_loaded_coin: "A loaded coin (0.9, 0.1)",
    preset_four_sided: "A fair four-sided die: 2 bits",
    preset_die: "A fair six-sided die",
    preset_certain: "A computer that always starts (1, 0, 0)",
    vector_legend: "Distribution P over the outcomes",
    readout_label: "Entropy H(P)",
    table_caption: "Each outcome's information and its contribution to the entropy",
    column_information: "information",
    column_term: "contribution",
    sum_row: "Sum: the entropy H(P)",
    zero_convention: "* An outcome with p = 0 never happens, so it adds nothing: by convention 0 · log 0 = 0 (p · log p shrinks to 0 as p → 0), even though its own information −log 0 is infinite.",
    maximum_note: entropy_maximum_note,
    outcome_axis: "outcome",
    probability_axis: "probability p",
    contribution_axis: entropy_contribution_axis,
    contribution_series: "contribution to H(P)",
    chart_title: "entropy contributions",
    chart_alt: entropy_chart_alt,
};

fn entropy_die_face(face: usize) -> String {
    format!("face {face}")
}

fn entropy_maximum_note(note: &EntropyMaximum) -> String {
    let EntropyMaximum {
        outcomes,
        maximum,
        unit,
    } = note;
    format!("With {outcomes} outcomes the entropy is at most log {outcomes} = {maximum} {unit}, reached when all {outcomes} are equally likely.")
}

fn entropy_contribution_axis(axis: &ContributionAxis) -> String {
    let ContributionAxis { log, unit } = axis;
    format!("p · (−{log} p)  ({unit})")
}

fn entropy_chart_alt(alt: &EntropyChartAlt) -> String {
    let EntropyChartAlt {
        outcomes,
        entropy,
        unit,
    } = alt;
    format!("Bar chart. Top: the probability of each outcome. Bottom: each outcome's contribution p · (−log p) to the entropy; together they add up to H(P) = {entropy} {unit}. Outcomes (probability → contribution): {outcomes}.")
}

// ---- lesson 3: binary entropy -------------------------------------------------------------

use crate::lessons::binary_entropy::{BinaryEntropyChartAlt, BinaryEntropySymmetry};

pub(in crate::i18n) static BINARY_ENTROPY: BinaryEntropyText = BinaryEntropyText {
    intro: "Many questions have only two possible outcomes: heads or tails, win or lose, spam or not. Call the probability of the first outcome p; the second then has probability 1 − p. Write the first outcome as x = 1 and the second as x = 0, and this is the 0-1 distribution, better known as the Bernoulli distribution.",
    bernoulli_note: "If you are reading the tutorial alongside: it says the 0-1 distribution is also called the binomial distribution. Strictly, the binomial distribution counts the successes in several independent trials; with a single trial, as here, it is the Bernoulli distribution.",
    explanation: "The entropy of two outcomes depends on p alone: H(p) = −p log p − (1 − p) log(1 − p). Drag p and follow the point along the curve.",
    peak: "The curve peaks at p = 1/2, where H = ln 2 ≈ 0.6931 nats, exactly 1 bit: a fair coin is the hardest two-outcome event to predict. At p = 0 and p = 1 the result is certain and H = 0.",
    slider_label: "Probability p of the first outcome",
    outcomes: ["first outcome (x = 1)", "second outcome (x = 0)"],
    preset_fair_coin: "A fair coin (p = 0.5)",
    preset_loaded_coin: "A loaded coin (p = 0.9)",
    preset_lottery: "A lottery ticket wins (p = 0.001)",
    preset_certain: "A certain outcome (p = 1)",
    readout_label: "Binary entropy H(p)",
    table_caption: "The two outcomes and their contributions",
    sum_row: "Sum: the binary entropy H(p)",
    symmetry: binary_symmetry,
    certain_note: "With p = 0 or p = 1 one outcome is certain: both terms vanish (0 · log 0 = 0) and H = 0.",
    x_axis: "probability p",
    y_axis: binary_y_axis,
    maximum: "maximum",
    chart_title: "binary entropy",
    chart_alt: binary_chart_alt,
};

fn binary_symmetry(symmetry: &BinaryEntropySymmetry) -> String {
    let BinaryEntropySymmetry {
        p,
        complement,
        entropy,
        unit,
    } = symmetry;
    format!("Swapping the two outcomes changes nothing: p = {p} and p = {complement} have the same entropy, {entropy} {unit}. The curve is symmetric about p = 1/2.")
}

fn binary_y_axis(unit: &str) -> String {
    format!("entropy H(p)  ({unit})")
}

fn binary_chart_alt(alt: &BinaryEntropyChartAlt) -> String {
    let BinaryEntropyChartAlt {
        p,
        entropy,
        maximum,
        unit,
    } = alt;
    format!("The binary entropy curve H(p) for p from 0 to 1: 0 at both ends and highest at p = 1/2, where it is {maximum} {unit}. The marked point is p = {p}, H(p) = {entropy} {unit}.")
}

// ---- lesson 4: KL divergence --------------------------------------------------------------

pub(in crate::i18n) static KL: KlText = KlText {
    intro: "Now there are two distributions over the same outcomes: P, what really happens, and Q, what someone (or some model) believes happens. How much does it cost to believe Q when the truth is P?",
    setting: "In machine learning, P is the true distribution of a sample, for example the one-hot label [1, 0, 0] of a sample in class 1, and Q is the model’s prediction for it, for example [0.7, 0.2, 0.1].",
    definition: "The Kullback–Leibler divergence, or relative entropy, is the extra information you need on average when you describe the outcomes with Q although P describes them perfectly:",
    properties: "It is never negative, and it is 0 only when Q = P. It is not symmetric: D(P‖Q) and D(Q‖P) are usually different numbers, as the two bars of the second chart show. So it is not a distance between P and Q, but the cost of mistaking one for the other in one direction.",
    p_legend: "P: the true distribution",
    q_legend: "Q: the model’s distribution",
    preset_tutorial: "The tutorial: label P = [1, 0, 0], prediction Q = [0.7, 0.2, 0.1]",
    preset_default: "Two soft distributions: P = [0.7, 0.2, 0.1], Q = [0.5, 0.3, 0.2]",
    preset_equal: "Q = P: nothing extra to pay (D = 0)",
    preset_reverse_infinite: "P rules out an outcome that Q allows: D(Q‖P) = ∞",
    preset_forward_infinite: "Q rules out an outcome that P allows: D(P‖Q) = ∞",
    kl_pq_label: "KL divergence D(P‖Q)",
    kl_qp_label: "The other way round, D(Q‖P)",
    entropy_p_label: "Entropy H(P)",
    cross_entropy_label: "Cross-entropy H(P, Q)",
    infinite_pq: kl_infinite_pq,
    infinite_qp: kl_infinite_qp,
    outcome_list: kl_outcome_list,
    equal_note: "Q equals P, so both divergences are 0: describing P with P itself costs nothing extra.",
    asymmetry: kl_asymmetry,
    identity: "Compare the readouts: D(P‖Q) is exactly H(P, Q) − H(P), the cross-entropy minus the entropy. The next step builds on that.",
    table_caption: "Each outcome’s terms. The bottom row adds them up: D(P‖Q), H(P) and H(P, Q).",
    distributions_title: "P and Q with each outcome’s contributions",
    asymmetry_title: "D(P‖Q) beside D(Q‖P)",
    outcome_axis: "outcome",
    probability_axis: "probability",
    contribution_axis: kl_contribution_axis,
    divergence_axis: kl_divergence_axis,
    distributions_alt: kl_distributions_alt,
    asymmetry_alt: kl_asymmetry_alt,
};

fn kl_infinite_pq(outcomes: &str) -> String {
    format!("D(P‖Q) = ∞: Q gives probability 0 to {outcomes}, which P says can happen. Describing an outcome with a distribution that calls it impossible takes an unbounded amount of information.")
}

fn kl_infinite_qp(outcomes: &str) -> String {
    format!("D(Q‖P) = ∞: P gives probability 0 to {outcomes}, which Q says can happen. In this direction P is the one that calls a possible outcome impossible.")
}

fn kl_outcome_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => format!("outcome {one}"),
        [init @ .., last] => format!("outcomes {} and {last}", init.join(", ")),
    }
}

fn kl_asymmetry(n: &crate::lessons::kl::DivergenceNumbers) -> String {
    let (kl_pq, kl_qp, unit) = (n.kl_pq, n.kl_qp, n.unit);
    format!("Here D(P‖Q) = {kl_pq} {unit} but D(Q‖P) = {kl_qp} {unit}: swapping the roles of P and Q changes the answer.")
}

fn kl_contribution_axis(unit: &str) -> String {
    format!("contribution ({unit})")
}

fn kl_divergence_axis(unit: &str) -> String {
    format!("divergence ({unit})")
}

fn kl_distributions_alt(n: &DistributionNumbers) -> String {
    format!(
        "Top: bars of P = ({}) and Q = ({}) for each outcome. Bottom: each outcome’s contribution to H(P) = {}, H(P, Q) = {} and D(P‖Q) = {} {}.",
        n.p, n.q, n.entropy_p, n.cross_entropy, n.kl_pq, n.unit
    )
}

fn kl_asymmetry_alt(n: &crate::lessons::kl::DivergenceNumbers) -> String {
    let (kl_pq, kl_qp, unit) = (n.kl_pq, n.kl_qp, n.unit);
    let cut = if n.infinite {
        " An infinite bar is cut off at the top and marked ∞."
    } else {
        ""
    };
    format!("Two bars: D(P‖Q) = {kl_pq} {unit} and D(Q‖P) = {kl_qp} {unit}.{cut}")
}

// ---- lesson 5: cross-entropy --------------------------------------------------------------

pub(in crate::i18n) static CROSS_ENTROPY: CrossEntropyText = CrossEntropyText {
    intro: "Cross-entropy is the loss almost every classifier is trained with. It is the KL divergence of the previous step, plus a constant.",
    derivation: "Split the logarithm in the KL sum: D(P‖Q) = Σ pᵢ log pᵢ − Σ pᵢ log qᵢ = −H(P) + H(P, Q). The second sum, H(P, Q) = −Σ pᵢ log qᵢ, is the cross-entropy. Read the other way round:",
    why_loss: "Training compares the labels P with the model’s predictions Q, so D(P‖Q) is the mismatch to shrink. But H(P) depends only on the labels, and training never changes them. Whatever lowers the cross-entropy lowers the KL divergence by exactly as much, so minimising one minimises the other, and cross-entropy is the simpler formula. That is why it is the loss.",
    label_legend: "The label P",
    one_hot_option: "One-hot label (one true class)",
    soft_option: "Soft distribution",
    true_class_label: "True class",
    p_legend: "P: the label as a distribution",
    q_legend: "Q: the model’s prediction",
    preset_tutorial: "The tutorial: label [1, 0, 0], prediction [0.7, 0.2, 0.1]",
    preset_soft: "A soft label [0.8, 0.1, 0.1], prediction [0.7, 0.2, 0.1]",
    preset_rules_out_truth: "Rules out the true class: label [1, 0, 0], prediction [0, 0.9, 0.1]",
    one_hot_note: ce_one_hot_note,
    soft_note: "With a soft label, H(P) is above 0, and the cross-entropy can never fall below it: even the perfect prediction Q = P leaves H(P, Q) = H(P). Only the KL part can be trained away.",
    infinite: ce_infinite,
    decomposition_title: "Cross-entropy = entropy + KL divergence",
    stack_alt: ce_stack_alt,
    table_caption: "Each outcome’s term of the cross-entropy. The bottom row adds them up.",
};

fn ce_one_hot_note(n: &crate::lessons::cross_entropy::OneHotNumbers) -> String {
    let (log, class, q_true) = (n.log, n.class, n.q_true);
    let (cross_entropy, unit) = (n.cross_entropy, n.unit);
    format!("With a one-hot label, H(P) = 0: a certain outcome carries no information. So the cross-entropy is the KL divergence, and both are the information content of the true class under the model: H(P, Q) = D(P‖Q) = −{log} q({class}) = −{log} {q_true} = {cross_entropy} {unit}.")
}

fn ce_infinite(outcomes: &str) -> String {
    format!("H(P, Q) = D(P‖Q) = ∞: Q gives probability 0 to {outcomes}, which P says can happen. A model that is certain and wrong, ruling out what actually happens, is infinitely surprised; this is why training code never takes the logarithm of a probability of exactly 0.")
}

fn ce_stack_alt(n: &crate::lessons::cross_entropy::DecompositionNumbers) -> String {
    let (entropy_p, kl_pq) = (n.entropy_p, n.kl_pq);
    let (cross_entropy, unit) = (n.cross_entropy, n.unit);
    format!("A bar split into H(P) = {entropy_p} and D(P‖Q) = {kl_pq}; together they make H(P, Q) = {cross_entropy} {unit}.")
}

// ---- lesson 6: MSE vs cross-entropy -------------------------------------------------------

pub(in crate::i18n) static MSE_VS_CE: MseVsCeText = MseVsCeText {
    intro: "Squared error and cross-entropy both reach their minimum when the true class gets all the probability. So why does almost every classifier train on cross-entropy? Not because of where the minimum is, but because of how each loss pulls on the logits, the raw outputs the network actually adjusts.",
    setup: "Take one sample whose true class is t, with a one-hot label y (1 for class t, 0 for the others), and logits z turned into probabilities q = softmax(z). Squared error adds up the squared misses of every class: SE = (1 − q_t)² + Σ q_i² over the other classes i. Cross-entropy with a one-hot label keeps a single term: CE = −ln q_t. Over a batch, MSE is the mean of these per-sample losses (libraries also divide by the number of classes: see the note under the readouts).",
    shares: "Under a softmax the other probabilities are not free to stay put. Raise z_t with the other logits held, and the other classes split what is left, 1 − q_t, in fixed proportions r_i (the softmax of the other logits alone). So q_i = (1 − q_t) r_i, and the squared error is (1 − q_t)² (1 + Σ r_i²), a parabola in q_t. The tutorial writes it as (1 − q_t)², which leaves out the misses of the other classes; they only vanish when q_t = 1.",
    controls_legend: "One prediction",
    logits_hint: "Move the logits: softmax turns them into the probabilities in the table below.",
    true_class_label: "True class",
    add_class: "Add a class",
    remove_class: "Remove the last class",
    class_name: mse_class_name,
    logit_label: mse_logit_label,
    preset_tutorial: "The tutorial's prediction: q = 0.7, 0.2, 0.1, true class 1",
    preset_confident_wrong: "Confidently wrong: z = 0, 0, −5, true class 3",
    preset_very_wrong: "Very confidently wrong: z = 0, 0, −10, true class 3",
    preset_confident_right: "Confidently right: z = 5, 0, 0, true class 1",
    table_caption: "Each class: its label y, logit z, probability q and the gradient of each loss with respect to its logit (★ marks the true class)",
    col_class: "Class",
    readout_probability_true: "Probability of the true class q_t",
    readout_cross_entropy: "Cross-entropy −log q_t",
    readout_squared_error: "Squared error SE",
    readout_grad_cross_entropy: "Gradient of CE, ∂CE/∂z_t",
    readout_grad_squared_error: "Gradient of SE, ∂SE/∂z_t",
    underflow_note: "The true class's probability is so small that it rounds to 0 in floating point, so −log q_t is infinite.",
    library_mse: mse_library_mse,
    units_note: "Probabilities, squared errors and step counts have no unit. The gradients are those of the losses: cross-entropy's in nats, squared error's again without a unit. None of these numbers changes when you switch the unit.",
    charts_in_nats: "The charts draw cross-entropy in nats whatever the switch says; only the cross-entropy readout follows it.",
    convexity_heading: "Is squared error non-convex? It depends on the axis",
    convex_in_probability: "Against the probability q_t: no. In the first chart both curves bend upwards everywhere: −ln q_t is convex, and so is the parabola (1 − q_t)²(1 + Σ r_i²). So the tutorial's “non-convex” cannot come from squared error over q_t. Most likely its two pictures use different axes: squared error drawn against a logit, cross-entropy against q_t from 0 to 1. Here each chart draws both losses against the same axis.",
    not_convex_in_logit: "Against the logits: cross-entropy is convex, squared error is not. As a function of all the logits, cross-entropy is log Σ e^(z_i) − z_t, a convex function; in the second chart it keeps climbing almost in a straight line as z_t falls. The squared error flattens out at its ceiling 1 + Σ r_i² once the model is confidently wrong. A curve that rises and then levels off bends the wrong way: it is not convex, and its plateau gives almost no slope to follow.",
    training_convexity: "What does that mean for training? A loss convex in the logits makes training convex in the weights only when the logits are a linear function of them: logistic regression (two classes) and softmax regression. That is why logistic regression trains on cross-entropy, also called log loss, rather than on squared error as the tutorial has it. In a deep network the logits bend with the weights, and neither loss is convex in them: cross-entropy does not make training convex. What carries over to every network is the gradient, the slope each loss hands to backpropagation at the logits.",
    gradients: "The third chart shows those slopes. Cross-entropy's gradient is q_t − 1: always negative, and closest to −1 exactly when the model is most wrong, so the worse the prediction, the harder the push. The squared error's gradient is −2 q_t · SE: it vanishes when the model is right (SE → 0), but also when it is confidently wrong (q_t → 0). A model that is sure of the wrong answer hardly learns from squared error.",
    race_heading: "The training race",
    race_intro: "Start from the logits above and run plain gradient descent on every logit, z ← z − η ∇L, once with cross-entropy and once with squared error, until the true class's probability reaches 0.9 (or 10,000 steps pass). Choose “Confidently wrong” and watch: cross-entropy gets there in a handful of steps, while squared error first has to crawl off its plateau.",
    learning_rate_label: "Learning rate η",
    race_start: "Replay the race",
    readout_race_cross_entropy: "Steps to 0.9 with cross-entropy",
    readout_race_squared_error: "Steps to 0.9 with squared error",
    steps: "steps",
    race_verdict: mse_race_verdict,
    race_cap_note: mse_race_cap_note,
    legend_cross_entropy: "cross-entropy",
    legend_squared_error: "squared error",
    x_probability: "probability of the true class q_t",
    x_logit: "logit of the true class z_t",
    y_loss: "loss (CE: nats; SE: no unit)",
    y_gradient: "gradient ∂L/∂z_t",
    race_x: "gradient steps",
    race_y: "probability of the true class q_t",
    race_target: "target",
    title_probability: "loss against probability",
    title_logit: "loss against logit",
    title_gradient: "gradient against logit",
    title_race: "training race",
    alt_probability: mse_alt_probability,
    alt_logit: mse_alt_logit,
    alt_gradient: mse_alt_gradient,
    alt_race: mse_alt_race,
};

use crate::lessons::mse_vs_ce::{CurveReading, LibraryMse, RaceFinish, RaceReading};

/// Class index `i` as the reader counts: from 1.
fn mse_class_name(i: usize) -> String {
    format!("class {}", i + 1)
}

fn mse_logit_label(i: usize) -> String {
    let subscript = char::from_u32(0x2081 + i as u32).unwrap_or('?');
    format!("z{subscript} (class {})", i + 1)
}

fn mse_library_mse(n: &LibraryMse) -> String {
    let LibraryMse {
        squared_error: se,
        classes,
        library_mse: mse,
    } = n;
    format!("PyTorch's MSELoss and Keras' MeanSquaredError average over the {classes} classes as well, so for this sample they report SE/n = {se}/{classes} = {mse}, not {se}.")
}
fn mse_race_verdict(finish: &RaceFinish) -> String {
    match (finish.cross_entropy, finish.squared_error) {
        (Some(0), Some(0)) => "The true class already has 0.9 or more: neither loss needs a step.".to_string(),
        (Some(a), Some(b)) if a < b => format!("Cross-entropy wins: {a} steps against {b}."),
        (Some(a), Some(b)) if a > b => format!("Squared error wins this time: {b} steps against {a}."),
        (Some(a), Some(_)) => format!("A tie: both need {a} steps."),
        (Some(a), None) => format!("Cross-entropy reaches 0.9 in {a} steps; squared error does not get there within the cap."),
        (None, Some(b)) => format!("Squared error reaches 0.9 in {b} steps; cross-entropy does not get there within the cap."),
        (None, None) => "Neither loss reaches 0.9 within the cap: try a larger learning rate.".to_string(),
    }
}

fn mse_race_cap_note(cap: usize) -> String {
    format!("∞ means the run had not reached 0.9 after {cap} steps, where the race stops.")
}

fn mse_alt_probability(reading: &CurveReading) -> String {
    let CurveReading {
        at: q,
        cross_entropy: ce,
        squared_error: se,
    } = reading;
    format!("Cross-entropy −ln q (solid) and squared error (1 − q)²(1 + Σ r²) (dashed) against the true class's probability q from 0 to 1, the other classes keeping their shares; both curves are convex. The marked points are at q = {q}: cross-entropy {ce} nats, squared error {se}.")
}

fn mse_alt_logit(reading: &CurveReading) -> String {
    let CurveReading {
        at: z,
        cross_entropy: ce,
        squared_error: se,
    } = reading;
    format!("Cross-entropy (solid) and squared error (dashed) against the true class's logit, the other logits held. As the logit falls, cross-entropy rises almost linearly while squared error levels off at a plateau. The marked points are at z_t = {z}: cross-entropy {ce} nats, squared error {se}.")
}

fn mse_alt_gradient(reading: &CurveReading) -> String {
    let CurveReading {
        at: z,
        cross_entropy: ce,
        squared_error: se,
    } = reading;
    format!("The gradients with respect to the true class's logit: cross-entropy's q − 1 (solid) nears −1 where the model is most wrong; squared error's −2q · SE (dashed) is near 0 both there and where the model is right. The marked points are at z_t = {z}: ∂CE/∂z_t = {ce}, ∂SE/∂z_t = {se}.")
}

fn mse_alt_race(reading: &RaceReading) -> String {
    let RaceReading {
        learning_rate: rate,
        cross_entropy_steps: ce,
        squared_error_steps: se,
    } = reading;
    format!("The training race at learning rate {rate}: the true class's probability after each gradient step, with cross-entropy (solid) and squared error (dashed), up to the 0.9 target line. Cross-entropy needs {ce} steps, squared error {se}.")
}

// ---- lesson 7: single-label ---------------------------------------------------------------

const BATCH_EDITOR: BatchEditorText = BatchEditorText {
    classes_legend: "Classes",
    class_name_label: |i| format!("Name of class {i}"),
    new_class_name: |i| format!("class {i}"),
    default_names: default_class_names,
    name_required: "A class needs a name; the previous one is kept.",
    add_class: "Add a class",
    remove_class: "Remove the last class",
    add_sample: "Add a sample",
    remove_sample: "Remove the last sample",
    sample_legend: |j| format!("Sample {j}"),
    batch_size: |&BatchSize {
                     samples: m,
                     classes: n,
                 }| {
        let samples = if m == 1 { "sample" } else { "samples" };
        let classes = if n == 1 { "class" } else { "classes" };
        format!("m = {m} {samples}, n = {n} {classes}")
    },
    input_kind_label: "The model's output is given as",
    input_prob: "probabilities",
    sample_column: "Sample",
    x_axis: "sample",
    y_axis: |unit| format!("loss ({unit})"),
    sample_item: |&SampleItem { sample: j, value }| format!("sample {j}: {value}"),
    double_sum_heading: "The same sum with this batch's numbers",
    table_caption: "The batch as numbers",
    in_unit: |&InUnit { label, unit }| format!("{label} ({unit})"),
};

pub(in crate::i18n) static SINGLE_LABEL: SingleLabelText = SingleLabelText {
    editor: BATCH_EDITOR,
    intro: "A classifier looks at a picture and names exactly one class: cat, frog or mouse. Its last layer gives one score per class, a softmax turns the scores into a distribution q, and the label is a one-hot distribution y: 1 for the true class, 0 for every other.",
    loss_text: "The loss of one sample is the cross-entropy of the previous steps between its label and its prediction, summed over the n classes. With a one-hot label every term but one is 0 · log q = 0, so what is left is −log q of the true class: the surprise the model feels at the right answer.",
    example_text: "The tutorial's example: the picture shows a frog, so y = [0, 1, 0]; the model predicts q = [0.3, 0.6, 0.1]; the loss is −ln 0.6 = 0.5108 nats.",
    batch_text: "Training looks at a batch of m samples at once and averages their losses. Add samples, change their true classes and predictions, and watch each bar and the mean.",
    input_logit: "logits (a softmax is applied)",
    logit_note: "With logits the sliders move the raw scores z, any real numbers. Each row goes through a softmax, q = e^z / Σ e^z, shown beside its slider; the loss is computed from the logits directly (log-softmax), so it stays exact even for very large scores.",
    true_class_label: "True class",
    prob_valuetext: |n| format!("sample {}, predicted probability of {}: {}", n.sample, n.class, n.probability),
    logit_valuetext: |n| format!("sample {}, logit of {}: {}, softmax probability {}", n.sample, n.class, n.logit, n.probability),
    softmax_shows: |q| format!("softmax → q = {q}"),
    sample_loss_label: |n| format!("Loss −{} q({}) =", n.log, n.class),
    batch_loss_label: "Batch loss: the mean over the samples",
    survivors_note: "Greyed terms have y = 0. They are 0 · log q = 0 whatever the model predicts, so in every sample only the true class's term survives.",
    infinity_note: "A true class predicted with probability exactly 0 costs −log 0 = ∞: that sample's loss is infinite, and so is the mean over the batch. One certain mistake outweighs any number of good predictions.",
    true_class_column: "True class",
    loss_column: "Loss",
    batch_row: "Batch loss (mean)",
    chart_title: "losses of the batch",
    chart_mean: "batch loss (mean)",
    chart_alt: |n| format!("Bar chart with one bar per sample, its loss in {unit}: {items}. The dashed line is the batch loss, their mean: {mean} {unit}.", items = n.items, mean = n.mean, unit = n.unit),
    preset_tutorial: "The tutorial's sample: a frog predicted with 0.6",
    preset_confident_mistake: "A batch of 3, one of them confidently wrong",
    preset_perfect: "A perfect prediction (loss 0)",
    preset_certain_mistake: "A certain mistake: the true class gets 0 (loss ∞)",
    preset_uniform: "Four classes, no idea: a uniform guess (loss ln 4)",
    preset_logits: "The tutorial's sample as logits",
    library: crate::lessons::single_label::LibraryText {
        heading: "What your library expects",
        pytorch: "PyTorch's nn.CrossEntropyLoss wants the raw logits z, not probabilities, and for each sample the index of its true class (or a row of class probabilities). It applies the log-softmax itself and, by default, averages over the batch: that is the batch loss above, in nats. So a softmax in front of it is a bug. Indices count from 0 in code: in the tutorial's example the frog, class 2 on this page, is target 1.",
        keras: "Keras' CategoricalCrossentropy expects probabilities (the output of a softmax layer) and one-hot labels; with from_logits=True it takes logits and applies the softmax itself. SparseCategoricalCrossentropy is the same loss with each label given as a class index (again from 0) instead of a one-hot row.",
        double_heading: "One softmax too many",
        double_logit: "Here is what that bug does to this batch: the logits z become q = softmax(z), the loss puts its own softmax on top, r = softmax(q), and takes −log r of the true class.",
        double_prob: "Your model's output is given as probabilities, so the page takes them as what a first softmax produced (their logarithms are logits that give them back) and applies the loss's own softmax on top: r = softmax(q), then −log r of the true class. That is what happens when a model ending in a softmax layer feeds nn.CrossEntropyLoss.",
        double_why: "Every q lies between 0 and 1, so the second softmax squashes the prediction towards a uniform guess. A certain and right prediction still costs ln(e + n − 1) − 1, which is 0.5514 nats with three classes, and a certain mistake only ln(e + n − 1). The loss can hardly move, the model gets a weak training signal, and nothing raises an error: it just learns slowly, or badly.",
        right_label: "Right: one softmax (the batch loss above)",
        double_label: "With the softmax applied twice",
    },
    announce: |n| format!("Batch loss {} {}", n.loss, n.unit),
};

// ---- lesson 8: multi-label ----------------------------------------------------------------

pub(in crate::i18n) static MULTI_LABEL: MultiLabelText = MultiLabelText {
    editor: BatchEditorText {
        classes_legend: "Classes (one output node each)",
        ..BATCH_EDITOR
    },
    intro: "Now a picture may show several things at once: a frog and a mouse, but no cat. The label is no longer one-hot but n-hot, y = [0, 1, 1], with a 1 for every class in the picture, and the classes no longer compete: every output node gets its own sigmoid and answers its own yes-or-no question. The predictions lie in [0, 1] but need not sum to 1.",
    node_text: "Each node is a two-outcome problem, like the coin of step 3, and its loss is the binary cross-entropy −y log q − (1 − y) log(1 − q). That is the loss of one node, not of a sample: do not confuse it with the single-label formula of the previous step. A sample's loss is the sum over its nodes.",
    example_text: "The tutorial's example: label [0, 1, 1], prediction [0.1, 0.7, 0.8]. The cat node costs −ln 0.9 = 0.1054, the frog −ln 0.7 = 0.3567, the mouse −ln 0.8 = 0.2231; the sample's loss is their sum, 0.6852 nats.",
    batch_text: "Over a batch the tutorial's formula sums over the m samples and the n nodes. Libraries usually divide that sum by something, and which divisor they use changes the number you see: all three are computed below.",
    softmax_wrong_title: "Why not softmax cross-entropy here?",
    softmax_wrong: "A softmax makes the classes share one unit of probability, so a confident frog would push the mouse down although both are in the picture. And −Σ y log q with y = [0, 1, 1] is not a cross-entropy between two distributions: y does not sum to 1. The labels are independent questions, so each node gets its own sigmoid and its own binary cross-entropy.",
    input_logit: "logits (a sigmoid per node)",
    logit_note: "With logits the sliders move each node's raw score z, any real number; its sigmoid q = 1 / (1 + e^−z) is shown beside it. The loss is computed from the logit directly, as BCEWithLogitsLoss does, so it stays exact for large scores.",
    present_label: |class| format!("{class} is in the picture"),
    prob_valuetext: |n| format!("sample {}, predicted probability that {} is in the picture: {}", n.sample, n.class, n.probability),
    logit_valuetext: |n| format!("sample {}, logit of {}: {}, sigmoid probability {}", n.sample, n.class, n.logit, n.probability),
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
    factors_note: |shape| {
        let (m, n) = (shape.samples, shape.nodes);
        format!("With m = {m} and n = {n}: the sum is {m} times the mean over samples and {} times the mean over all elements.", m * n)
    },
    infinity_note: "A node predicted with exactly 0 while its label is 1 (or exactly 1 while its label is 0) has an infinite exact loss. Libraries never report ∞: PyTorch's BCELoss clamps each log at −100, so such a node costs 100 nats; Keras clips predictions to [1e−7, 1 − 1e−7], so it costs about 16 nats. Both libraries work with the natural logarithm, so this table gives their numbers in nats, as they print them, whatever unit you chose.",
    library_heading: "What the libraries would report for the infinite nodes",
    node_column: "Node",
    exact_column: "Exact",
    pytorch_column: "PyTorch BCELoss",
    keras_column: "Keras",
    vanishing_note: "Greyed terms are multiplied by 0: with y = 1 only log q counts, with y = 0 only log(1 − q).",
    label_column: "y",
    prediction_column: "q",
    sample_loss_column: "Sample loss",
    keras_mean_column: "Keras (mean, nats)",
    chart_title: "losses of the batch",
    chart_mean: |reduction| format!("batch loss ({reduction})"),
    chart_alt: |n| format!("Bar chart with one bar per sample, its loss (the sum over its nodes) in {unit}: {items}. The dashed line is the batch loss with the reduction “{reduction}”: {loss} {unit}.", items = n.items, reduction = n.batch.reduction, loss = n.batch.loss, unit = n.batch.unit),
    preset_tutorial: "The tutorial's sample: frog and mouse, no cat",
    preset_batch: "A batch of 3 samples",
    preset_certain_mistake: "A certain mistake: the mouse gets exactly 0 (loss ∞)",
    preset_perfect: "Every node right and certain (loss 0)",
    preset_all_present: "All three in the picture: q may sum to more than 1",
    preset_logits: "The tutorial's sample as logits",
    announce: |b| format!("Batch loss ({}) {} {}", b.reduction, b.loss, b.unit),
};

fn default_class_names(classes: usize) -> Vec<String> {
    const ANIMALS: [&str; 3] = ["cat", "frog", "mouse"];
    (1..=classes)
        .map(|k| {
            ANIMALS
                .get(k - 1)
                .map_or_else(|| format!("class {k}"), |name| name.to_string())
        })
        .collect()
}
