//! `multi-label`'s practice questions: part of the lesson's model (plain Rust), answered
//! through [`MultiLabelNumbers`], the numbers the lesson's readouts show, in the unit the
//! reader reads.

use super::{reduction_index, MultiLabelNumbers, MultiLabelState, REDUCTION_QUANTITIES};
use crate::components::format::rounded;
use crate::i18n::practice::multi_label::{
    ElementCount, NodeAsk, ReductionAsk, SampleAsk, SampleRow,
};
use crate::i18n::Strings;
use crate::lessons::kit::practice::{
    in_other_unit, mn, Ask, ChoiceAsk, Draw, Mistake, NumberAsk, Question, SolutionLine, Template,
};
use crate::lessons::kit::short_probability;
use crate::math::{Reduction, Unit};
use crate::state::{shortest, ClassNames, InputKind, ViewState};

/// The lesson's templates, in the order the questions are shown.
pub const PRACTICE: &[Template] = &[
    Template {
        kind: "node-loss",
        draw: node_loss,
    },
    Template {
        kind: "sample-loss-sums-nodes",
        draw: sample_loss_sums_nodes,
    },
    Template {
        kind: "batch-loss-reduction",
        draw: batch_loss_reduction,
    },
    Template {
        kind: "mean-over-elements-vs-sum",
        draw: mean_over_elements_vs_sum,
    },
];

/// Draws a batch of `samples` × `nodes`: each label 0 or 1, each prediction a probability
/// with two decimals in 0.05..=0.95 (so no node loss is infinite).
fn draw_batch(
    draw: &mut Draw,
    samples: usize,
    nodes: usize,
    reduction: Reduction,
) -> MultiLabelState {
    let mut y = Vec::with_capacity(samples);
    let mut q = Vec::with_capacity(samples);
    for _ in 0..samples {
        y.push((0..nodes).map(|_| draw.coin()).collect());
        q.push((0..nodes).map(|_| draw.hundredths(5, 95)).collect());
    }
    MultiLabelState {
        y,
        q,
        classes: ClassNames::Default(nodes),
        reduction,
        input: InputKind::Prob,
    }
}

/// The nodes' names in the reader's language, joined as a list.
fn node_names(s: &Strings, nodes: usize) -> Vec<String> {
    (s.multi_label().editor.default_names)(nodes)
}

/// A row as the prompts write it, "(0.1, 0.7, 0.8)".
fn row_text(row: &[f64]) -> String {
    let entries: Vec<String> = row.iter().map(|&x| short_probability(x)).collect();
    format!("({})", entries.join(", "))
}

/// Labels as the prompts write them, "(0, 1, 1)".
fn labels_text(row: &[bool]) -> String {
    let entries: Vec<&str> = row.iter().map(|&hot| if hot { "1" } else { "0" }).collect();
    format!("({})", entries.join(", "))
}

/// Every sample of `state` written out, "sample 1: y = (...), q = (...); sample 2: ...".
fn rows_text(state: &MultiLabelState, s: &Strings) -> String {
    let text = &s.practice().multi_label;
    let rows: Vec<String> = state
        .y
        .iter()
        .zip(&state.q)
        .enumerate()
        .map(|(j, (y, q))| {
            (text.sample_row)(&SampleRow {
                sample: j + 1,
                y: &labels_text(y),
                q: &row_text(q),
            })
        })
        .collect();
    rows.join(text.row_separator)
}

/// A loss in the unit, with the other logarithm and a lost minus sign as known slips.
fn loss_ask(answer: f64, s: &Strings, unit: Unit, quantity: &'static str) -> NumberAsk {
    NumberAsk::new(answer, Some(s.ui.unit_name(unit)), quantity)
        .mistake(Mistake::OtherLogBase, in_other_unit(answer, unit))
        .mistake(Mistake::Sign, -answer)
}

/// The number question: one node's binary cross-entropy; its label picks the term that stays.
fn node_loss(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let state = draw_batch(draw, 2, 3, Reduction::Sum);
    let j = draw.index(2);
    let i = draw.index(3);
    let numbers = MultiLabelNumbers::new(&state, unit);
    let answer = numbers
        .node_losses
        .as_ref()
        .map_or(f64::NAN, |rows| rows[j][i]);
    let names = node_names(s, 3);
    let text = &s.practice().multi_label;
    let (present, q) = (state.y[j][i], state.q[j][i]);
    let kept = short_probability(if present { q } else { 1.0 - q });
    let (y_text, q_text) = (if present { "1" } else { "0" }, short_probability(q));
    let args = NodeAsk {
        nodes: &names.join(text.list_separator),
        sample: j + 1,
        node: &names[i],
        y: y_text,
        q: &q_text,
        kept: &kept,
        loss: &rounded(answer),
        unit: s.ui.unit_name(unit),
    };
    let markup = format!(
        "<mi>L</mi><mo>=</mo><mo>−</mo><mo>[</mo>{y}<mspace width=\"0.17em\"/>{{log}}{q}<mo>+</mo><mo>(</mo><mn>1</mn><mo>−</mo>{y}<mo>)</mo><mspace width=\"0.17em\"/>{{log}}<mo>(</mo><mn>1</mn><mo>−</mo>{q}<mo>)</mo><mo>]</mo><mo>=</mo><mo>−</mo>{{log}}{}<mo>=</mo>{}",
        mn(&kept),
        mn(&rounded(answer)),
        y = mn(y_text),
        q = mn(&q_text),
    );
    let explanation = if present {
        text.node_loss_solution_present
    } else {
        text.node_loss_solution_absent
    };
    let mut ask = loss_ask(answer, s, unit, "node_loss");
    ask.index = Some(j);
    ask.node = Some(i);
    Question {
        kind: "",
        prompt: (text.node_loss)(&args),
        ask: Ask::Number(ask),
        solution: vec![
            SolutionLine::Formula {
                markup,
                label: format!(
                    "L = −[{y_text} log {q_text} + (1 − {y_text}) log(1 − {q_text})] = −log {kept} = {}",
                    rounded(answer)
                ),
            },
            SolutionLine::Text(explanation(&args)),
        ],
        situation: ViewState::MultiLabel(state),
    }
}

/// The number question: a sample's loss is the sum of its node losses, not Keras' mean.
fn sample_loss_sums_nodes(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let nodes = draw.int(3, 4) as usize;
    let state = draw_batch(draw, 1, nodes, Reduction::Sum);
    let numbers = MultiLabelNumbers::new(&state, unit);
    let answer = numbers
        .sample_losses
        .as_ref()
        .map_or(f64::NAN, |losses| losses[0]);
    let node_losses = numbers.node_losses.clone().unwrap_or_default().concat();
    let node_mean = answer / nodes as f64;
    let names = node_names(s, nodes);
    let text = &s.practice().multi_label;
    let shown: Vec<String> = node_losses.iter().map(|&x| rounded(x)).collect();
    let args = SampleAsk {
        nodes: &names.join(text.list_separator),
        y: &labels_text(&state.y[0]),
        q: &row_text(&state.q[0]),
        terms: &shown.join(" + "),
        loss: &rounded(answer),
        node_count: nodes,
        node_mean: &rounded(node_mean),
        unit: s.ui.unit_name(unit),
    };
    let terms_markup: Vec<String> = shown.iter().map(|x| mn(x)).collect();
    let mut ask =
        loss_ask(answer, s, unit, "sample_loss").mistake(Mistake::MeanOverElements, node_mean);
    ask.index = Some(0);
    Question {
        kind: "",
        prompt: (text.sample_loss)(&args),
        ask: Ask::Number(ask),
        solution: vec![
            SolutionLine::Formula {
                markup: format!(
                    "<msub><mi>L</mi><mn>1</mn></msub><mo>=</mo><munder><mo>∑</mo><mi>i</mi></munder><msub><mi>L</mi><mrow><mn>1</mn><mi>i</mi></mrow></msub><mo>=</mo>{}<mo>=</mo>{}",
                    terms_markup.join("<mo>+</mo>"),
                    mn(&rounded(answer)),
                ),
                label: format!("L1 = Σ_i L1i = {} = {}", shown.join(" + "), rounded(answer)),
            },
            SolutionLine::Text((text.sample_loss_solution)(&args)),
        ],
        situation: ViewState::MultiLabel(state),
    }
}

/// The number question: the batch loss of two samples under a drawn reduction.
fn batch_loss_reduction(draw: &mut Draw, s: &Strings, unit: Unit) -> Question {
    let reduction = draw.pick(&Reduction::ALL);
    let state = draw_batch(draw, 2, 3, reduction);
    let (samples, nodes) = (2, 3);
    let numbers = MultiLabelNumbers::new(&state, unit);
    let value = |r: Reduction| numbers.batch_loss(r).unwrap_or(f64::NAN);
    let answer = value(reduction);
    let total = value(Reduction::Sum);
    let k = reduction_index(reduction);
    let divisor = match reduction {
        Reduction::Sum => "1".to_string(),
        Reduction::MeanOverSamples => format!("m = {samples}"),
        Reduction::MeanOverElements => format!("m·n = {}", samples * nodes),
    };
    let names = node_names(s, nodes);
    let text = &s.practice().multi_label;
    let args = ReductionAsk {
        nodes: &names.join(text.list_separator),
        rows: &rows_text(&state, s),
        reduction: s.multi_label().reduction_short[k],
        total: &rounded(total),
        divisor: &divisor,
        loss: &rounded(answer),
        unit: s.ui.unit_name(unit),
    };
    let ask = loss_ask(answer, s, unit, REDUCTION_QUANTITIES[k]);
    // The other reductions, each named by the slip that gives it.
    let ask = match reduction {
        Reduction::Sum => ask
            .mistake(Mistake::MeanInsteadOfSum, value(Reduction::MeanOverSamples))
            .mistake(
                Mistake::MeanOverElements,
                value(Reduction::MeanOverElements),
            ),
        Reduction::MeanOverSamples => ask.mistake(Mistake::SumInsteadOfMean, total).mistake(
            Mistake::MeanOverElements,
            value(Reduction::MeanOverElements),
        ),
        Reduction::MeanOverElements => ask.mistake(Mistake::SumInsteadOfMean, total),
    };
    let divided = shortest(reduction.divisor(samples, nodes));
    Question {
        kind: "",
        prompt: (text.batch_loss)(&args),
        ask: Ask::Number(ask),
        solution: vec![
            SolutionLine::Formula {
                markup: format!(
                    "<mi>L</mi><mo>=</mo><mfrac>{}<mn>{divided}</mn></mfrac><mo>=</mo>{}",
                    mn(&rounded(total)),
                    mn(&rounded(answer)),
                ),
                label: format!("L = {} / {divided} = {}", rounded(total), rounded(answer)),
            },
            SolutionLine::Text((text.batch_loss_solution)(&args)),
        ],
        situation: ViewState::MultiLabel(state),
    }
}

/// The choice question: the mean over all elements is the sum divided by m·n.
fn mean_over_elements_vs_sum(draw: &mut Draw, s: &Strings, _unit: Unit) -> Question {
    let samples = draw.int(2, 4) as usize;
    let nodes = draw.int(2, 4) as usize;
    // Where the right option goes; the others keep their order after it.
    let shift = draw.index(4);
    let state = draw_batch(draw, samples, nodes, Reduction::MeanOverElements);
    let text = &s.practice().multi_label;
    let args = ElementCount {
        samples,
        nodes,
        elements: samples * nodes,
    };
    let options = (text.elements_vs_sum_options)(&args).to_vec();
    Question {
        kind: "",
        prompt: (text.elements_vs_sum)(&args),
        ask: Ask::Choice(ChoiceAsk::rotated(options, shift)),
        solution: vec![
            SolutionLine::Formula {
                markup: format!(
                    "<mfrac><mn>1</mn><mrow><mi>m</mi><mi>n</mi></mrow></mfrac>{sums}<mo>=</mo><mfrac><mn>1</mn><mn>{}</mn></mfrac>{sums}",
                    args.elements,
                    sums = "<munder><mo>∑</mo><mi>j</mi></munder><munder><mo>∑</mo><mi>i</mi></munder><msub><mi>L</mi><mrow><mi>j</mi><mi>i</mi></mrow></msub>",
                ),
                label: format!("(1/(m·n)) Σ_j Σ_i L_ji = (1/{}) Σ_j Σ_i L_ji", args.elements),
            },
            SolutionLine::Text((text.elements_vs_sum_solution)(&args)),
        ],
        situation: ViewState::MultiLabel(state),
    }
}

#[cfg(test)]
mod tests;
