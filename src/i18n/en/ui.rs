//! The course shell's words in English: navigation, settings, link problems and math errors.

use super::super::*;
use crate::state::{shortest, Problem};

pub(super) const UI: Ui = Ui {
    app_title: "Cross-Entropy Lab",
    tagline: "From the surprise of one event to the loss that trains a classifier, one slider at a time.",
    start_intro: "Eight short interactive steps. Drag any slider and every number, table and curve on the page follows. Every state is a link you can share or embed.",
    contents: "Contents",
    start_course: "Start the course",
    nav_label: "Course navigation",
    nav_prev: "Previous",
    nav_next: "Next",
    progress,
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
    embed_frame_title,
    embed_parent_script_note: "Optional: this script on the course page resizes the frame to fit its content.",
    enter_number_between,
    copy_failed: "Copying was refused by the browser: select the text and copy it by hand.",
    open_in_lab: "Open in Cross-Entropy Lab",
    input_error_heading: "Some parameters of this link could not be used; their defaults are shown instead:",
    input_note_heading: "Note:",
    describe_issue,
    describe_math_error,
    infinity_reason_zero_probability: "A probability of exactly 0 where the true distribution has mass makes the value infinite: an impossible event that happens carries unbounded surprise.",
    export_png: "PNG",
    export_svg: "SVG",
    export_csv: "Download the numbers (CSV)",
    export_label,
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
    lesson_load_failed: "This lesson could not be loaded: the connection may be down or the server busy. Your place and settings are kept.",
    practice_load_failed: "The practice questions could not be loaded: the connection may be down or the server busy. The lesson above works as before.",
    part_load_failed: "The tables and charts of this step could not be loaded: the connection may be down or the server busy. The controls and numbers above work as before.",
    practice_count: |n| format!("{n} answered right"),
    retry: "Try again",
    course_summary_title: "What ties it together",
    course_summary: [
        "Cross-entropy is entropy plus KL divergence: H(P,Q) = H(P) + D(P‖Q). The labels fix H(P), so minimising cross-entropy minimises the KL divergence.",
        "After a softmax (or a sigmoid per node), the gradient of cross-entropy with respect to the logits is simply q − y. It is largest when the model is badly wrong and shrinks as q comes closer to y: even a right answer, given with q = 0.7 for the true class, still has the gradient 0.7 − 1 = −0.3, and it reaches 0 only when q reaches y.",
        "Squared error after a softmax has the gradient −2 q_t · SE with respect to the true class's logit (q_t is the true class's probability, SE the squared error); it vanishes when the model is confidently wrong (q_t → 0). That is why classifiers train on cross-entropy.",
    ],
    skip_to_content: "Skip to the lesson",
};

fn enter_number_between(NumberRange { min, max }: &NumberRange) -> String {
    let (min, max) = (shortest(*min), shortest(*max));
    format!("Enter a number between {min} and {max}.")
}

fn progress(Progress { step, steps: total }: &Progress) -> String {
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
            let (value, min, max) = (shortest(*value), shortest(*min), shortest(*max));
            format!("“{param}”: {value} is outside the allowed range [{min}, {max}].")
        }
        Problem::WrongLength { expected, got } => {
            format!("“{param}”: {got} values given where {expected} are needed.")
        }
        Problem::NotNormalised { sum } => {
            let sum = shortest(*sum);
            format!("“{param}”: the probabilities sum to {sum}, not 1.")
        }
        Problem::Renormalised { sum } => {
            let sum = shortest(*sum);
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
            format!(
                "“{param}”: class {class} does not exist; there are {classes} classes (0 to {}).",
                classes.saturating_sub(1)
            )
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
            let value = shortest(*value);
            format!("Entry {} is {value}, outside [0, 1].", index + 1)
        }
        MathError::NotNormalised { sum } => {
            let sum = shortest(*sum);
            format!("The probabilities sum to {sum}, not 1.")
        }
        MathError::ClassOutOfRange { class, classes } => {
            format!("Class {class} does not exist: there are {classes} classes.")
        }
        MathError::RaggedBatch { row, len, expected } => {
            format!(
                "Sample {} has {len} values where {expected} are needed.",
                row + 1
            )
        }
        MathError::InvalidParameter { name, value } => {
            let value = shortest(*value);
            format!("{name} cannot be {value}.")
        }
    }
}

// ---- lesson 1: information ----------------------------------------------------------------
