//! A practice question as the page shows it: its text in the reader's language, what it asks
//! (a number or a choice), its worked solution and the lab state that shows its answer.

use super::draw::Draw;
use crate::i18n::Strings;
use crate::math::Unit;
use crate::state::ViewState;

/// A kind of question of one lesson. `draw` must take its numbers from the [`Draw`] before
/// anything depends on the language or the unit, so a question keeps its numbers when the
/// reader switches either; the text and the answer follow them.
#[derive(Clone, Copy)]
pub struct Template {
    /// A stable name, written to `data-kind` (`kl-of-pair`).
    pub kind: &'static str,
    /// Draws the numbers and writes the question in `s`'s language, answered in `unit`.
    pub draw: fn(&mut Draw, &Strings, Unit) -> Question,
}

/// One question, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The template's [`Template::kind`].
    pub kind: &'static str,
    /// The question itself, with its numbers.
    pub prompt: String,
    pub ask: Ask,
    /// The worked solution with the numbers filled in, shown after a check.
    pub solution: Vec<SolutionLine>,
    /// The lab's state in which the view shows the answer ("show me in the lab").
    pub situation: ViewState,
}

/// What a question wants as its answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    Number(NumberAsk),
    Choice(ChoiceAsk),
}

/// A finite value of one of the view's quantities, in the unit that quantity is shown in.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberAsk {
    /// The exact answer, from `math`; finite.
    pub answer: f64,
    /// The unit's name written after the answer field (`bits`), or `None` for numbers without a
    /// unit (probabilities, gradients in natural-log units, squared errors).
    pub unit: Option<&'static str>,
    /// The contract quantity that shows the answer in the lab (`kl_pq`).
    pub quantity: &'static str,
    /// Its `data-index`, for a per-sample quantity.
    pub index: Option<usize>,
    /// Its `data-node`, for a per-node quantity.
    pub node: Option<usize>,
    /// Wrong answers a learner is likely to give, each with the mistake that gives it.
    pub mistakes: Vec<(Mistake, f64)>,
}

impl NumberAsk {
    /// A question about `quantity` whose answer is `answer`, in `unit` (or none); no
    /// per-sample index and no known mistakes yet.
    pub fn new(answer: f64, unit: Option<&'static str>, quantity: &'static str) -> NumberAsk {
        NumberAsk {
            answer,
            unit,
            quantity,
            index: None,
            node: None,
            mistakes: Vec::new(),
        }
    }

    /// Adds a known mistake and the value it gives.
    pub fn mistake(mut self, mistake: Mistake, value: f64) -> NumberAsk {
        self.mistakes.push((mistake, value));
        self
    }
}

/// A choice between a few answers, exactly one of them right.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceAsk {
    pub options: Vec<String>,
    /// The index of the right option.
    pub correct: usize,
}

impl ChoiceAsk {
    /// `options` with the right one (the first) moved `shift` places on and the others after it
    /// in turn, so the right answer is not always first; the same draw gives the same order in
    /// every language.
    pub fn rotated(mut options: Vec<String>, shift: usize) -> ChoiceAsk {
        let shift = shift % options.len().max(1);
        options.rotate_right(shift);
        ChoiceAsk {
            options,
            correct: shift,
        }
    }
}

/// A mistake the lab can recognise in a wrong number and name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mistake {
    /// The logarithm of the other unit (ln for bits, log₂ for nats).
    OtherLogBase,
    /// The minus sign left out (or added).
    Sign,
    /// The sum where the question asks for the mean.
    SumInsteadOfMean,
    /// The mean where the question asks for the sum.
    MeanInsteadOfSum,
    /// D(Q‖P) where the question asks for D(P‖Q).
    ReversedDivergence,
    /// The mean over every element (Keras' node mean) where the question asks for another
    /// reduction.
    MeanOverElements,
    /// H(P) + D(P‖Q) counted without one of its parts.
    MissingTerm,
}

/// One line of a worked solution: a formula (MathML markup, as the lesson's
/// [`Formula`](crate::lessons::kit::Formula) takes it, with its spoken label) or a sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum SolutionLine {
    Formula { markup: String, label: String },
    Text(String),
}

/// The questions of a view for `seed`: one per template, in the templates' order.
pub fn questions(
    templates: &[Template],
    view_index: usize,
    seed: u64,
    s: &Strings,
    unit: Unit,
) -> Vec<Question> {
    templates
        .iter()
        .enumerate()
        .map(|(k, template)| {
            let mut question = (template.draw)(&mut Draw::new(seed, view_index, k), s, unit);
            question.kind = template.kind;
            question
        })
        .collect()
}

/// The value of `unit`'s other unit for a number `value` given in `unit` (the answer a
/// learner gets with the wrong logarithm): nats → bits multiplies by 1/ln 2.
pub fn in_other_unit(value: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Nats => value / std::f64::consts::LN_2,
        Unit::Bits => value * std::f64::consts::LN_2,
    }
}
