//! The lesson's formulas: the two it states (as MathML markup for `kit::Formula`), the
//! reductions written out, and the tutorial's double sum with this batch's numbers.

use super::{MultiLabelNumbers, MultiLabelState};
use crate::components::format::rounded;
use crate::lessons::kit::batch_model::shown_terms;
use crate::math::{MathError, Reduction, Unit};
use crate::state::shortest;

/// MathML for `letter` with the subscript `ji` (sample j, node i).
macro_rules! ji {
    ($letter:literal) => {
        concat!(
            "<msub><mi>",
            $letter,
            "</mi><mrow><mi>j</mi><mi>i</mi></mrow></msub>"
        )
    };
}

/// MathML for a sum sign over `index` = 1 .. `upper`.
macro_rules! sum {
    ($index:literal, $upper:literal) => {
        concat!(
            "<munderover><mo>∑</mo><mrow><mi>",
            $index,
            "</mi><mo>=</mo><mn>1</mn></mrow><mi>",
            $upper,
            "</mi></munderover>"
        )
    };
}

/// One node's loss, L_ji = −[y_ji log q_ji + (1 − y_ji) log(1 − q_ji)], for `kit::Formula`.
pub const NODE_LOSS_MARKUP: &str = concat!(
    ji!("L"),
    "<mo>=</mo><mo>−</mo><mo>[</mo>",
    ji!("y"),
    "<mspace width=\"0.17em\"/>{log}",
    ji!("q"),
    "<mo>+</mo><mo>(</mo><mn>1</mn><mo>−</mo>",
    ji!("y"),
    "<mo>)</mo><mspace width=\"0.17em\"/>{log}<mo>(</mo><mn>1</mn><mo>−</mo>",
    ji!("q"),
    "<mo>)</mo><mo>]</mo>"
);

/// What a screen reader says for [`NODE_LOSS_MARKUP`].
pub const NODE_LOSS_LABEL: &str = "L_ji = −[y_ji log q_ji + (1 − y_ji) log(1 − q_ji)]";

/// The tutorial's batch loss, L = Σ_{j=1}^{m} Σ_{i=1}^{n} L_ji, for `kit::Formula`.
pub const BATCH_LOSS_MARKUP: &str = concat!(
    "<mi>L</mi><mo>=</mo>",
    sum!("j", "m"),
    sum!("i", "n"),
    ji!("L")
);

/// What a screen reader says for [`BATCH_LOSS_MARKUP`].
pub const BATCH_LOSS_LABEL: &str = "L = sum over j from 1 to m, sum over i from 1 to n, of L_ji";

/// The contract's quantity of each reduction, indexed like `Reduction::ALL`.
pub const REDUCTION_QUANTITIES: [&str; 3] = [
    "batch_loss_sum",
    "batch_loss_mean_over_samples",
    "batch_loss_mean_over_elements",
];

/// Where a reduction sits in `Reduction::ALL` (and in the text's arrays).
pub fn reduction_index(reduction: Reduction) -> usize {
    Reduction::ALL
        .iter()
        .position(|&r| r == reduction)
        .unwrap_or(0)
}

/// The factor a reduction writes before Σ_j Σ_i L_ji: none, 1/m or 1/(m·n).
pub fn reduction_factor(reduction: Reduction) -> &'static str {
    match reduction {
        Reduction::Sum => "",
        Reduction::MeanOverSamples => "(1/m) ",
        Reduction::MeanOverElements => "(1/(m·n)) ",
    }
}

/// A value as the reader sees it, an en dash where there is none.
fn shown(value: &Result<f64, MathError>) -> String {
    value
        .as_ref()
        .map_or_else(|_| "–".to_string(), |&x| rounded(x))
}

/// What follows the reduction's double sum: " = total" for the sum, else
/// " = total / m = total / 2" with this batch's divisor.
pub fn reduction_division(
    reduction: Reduction,
    numbers: &MultiLabelNumbers,
    samples: usize,
    nodes: usize,
) -> String {
    let total = shown(&numbers.batch_loss(Reduction::Sum));
    let divisor = shortest(reduction.divisor(samples, nodes));
    match reduction {
        Reduction::Sum => format!(" = {total}"),
        Reduction::MeanOverSamples => format!(" = {total} / m = {total} / {divisor}"),
        Reduction::MeanOverElements => format!(" = {total} / m·n = {total} / {divisor}"),
    }
}

/// The written-out loss of one sample: "−[(y·log q + (1 − y)·log(1 − q)) + …] = L_j1 + … = L_j".
#[derive(Clone, Debug, PartialEq)]
pub struct SampleLine {
    /// Per node, its two terms "y·log q" and "(1 − y)·log(1 − q)" with the numbers; the first
    /// vanishes where y = 0, the second where y = 1.
    pub terms: Vec<[String; 2]>,
    /// The node losses as a sum: "0.1054 + 0.3567 + 0.2231".
    pub node_losses: String,
    /// The sample's loss.
    pub sample_loss: String,
}

/// The tutorial's double sum with every term written out: a line per sample, then the total.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DoubleSum {
    pub lines: Vec<SampleLine>,
    /// "L = L_1 + L_2 = total" (with one sample, "L = total"), without the unit.
    pub total: String,
}

impl DoubleSum {
    /// Term k of node i in sample j's line (0: y·log q, 1: (1 − y)·log(1 − q)); empty where
    /// there is none (a row being added or removed).
    pub fn term(&self, sample: usize, node: usize, k: usize) -> &str {
        self.lines
            .get(sample)
            .and_then(|line| line.terms.get(node))
            .and_then(|terms| terms.get(k))
            .map_or("", String::as_str)
    }

    /// Sample j's node losses as a sum, then its loss: "0.1054 + 0.3567 + 0.2231 = 0.6852".
    pub fn sample_total(&self, sample: usize) -> String {
        self.lines.get(sample).map_or_else(String::new, |line| {
            format!("{} = {}", line.node_losses, line.sample_loss)
        })
    }
}

/// The double sum of `state` with its `numbers` (in `unit`, whose logarithm the terms name);
/// empty when the numbers are invalid.
pub fn double_sum(state: &MultiLabelState, numbers: &MultiLabelNumbers, unit: Unit) -> DoubleSum {
    let (Ok(q), Ok(nodes), Ok(samples)) = (
        &numbers.probabilities,
        &numbers.node_losses,
        &numbers.sample_losses,
    ) else {
        return DoubleSum::default();
    };
    let log = unit.log_symbol();
    let weight = |on: bool| if on { 1 } else { 0 };
    let lines = state
        .y
        .iter()
        .zip(q)
        .zip(nodes.iter().zip(samples))
        .map(|((labels, q), (nodes, &sample))| SampleLine {
            terms: labels
                .iter()
                .zip(q)
                .map(|(&hot, &q)| {
                    [
                        format!("{}·{log} {}", weight(hot), rounded(q)),
                        format!("{}·{log} {}", weight(!hot), rounded(1.0 - q)),
                    ]
                })
                .collect(),
            node_losses: shown_terms(nodes),
            sample_loss: rounded(sample),
        })
        .collect();
    // With one sample the total is that sample's loss; with more, their sum is written out.
    let sums = if samples.len() > 1 {
        format!("{} = ", shown_terms(samples))
    } else {
        String::new()
    };
    DoubleSum {
        lines,
        total: format!("L = {sums}{}", shown(&numbers.batch_loss(Reduction::Sum))),
    }
}

#[cfg(test)]
mod tests {
    use super::super::PRESETS;
    use super::*;

    #[test]
    fn the_formulas_are_balanced_markup_with_the_units_log() {
        for markup in [NODE_LOSS_MARKUP, BATCH_LOSS_MARKUP] {
            for tag in ["mi", "mo", "mn", "msub", "mrow", "munderover"] {
                let opened = markup.matches(&format!("<{tag}>")).count();
                let closed = markup.matches(&format!("</{tag}>")).count();
                assert_eq!(opened, closed, "{tag} in {markup}");
            }
        }
        assert_eq!(NODE_LOSS_MARKUP.matches("{log}").count(), 2);
        assert_eq!(BATCH_LOSS_MARKUP.matches("<mo>∑</mo>").count(), 2);
    }

    #[test]
    fn the_tutorials_sample_written_out() {
        let state = MultiLabelState::default();
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        let sum = double_sum(&state, &numbers, Unit::Nats);
        assert_eq!(sum.lines.len(), 1);
        let line = &sum.lines[0];
        assert_eq!(line.terms[0], ["0·ln 0.1000", "1·ln 0.9000"]);
        assert_eq!(line.terms[1], ["1·ln 0.7000", "0·ln 0.3000"]);
        assert_eq!(line.node_losses, "0.1054 + 0.3567 + 0.2231");
        assert_eq!(line.sample_loss, "0.6852");
        assert_eq!(sum.total, "L = 0.6852");
        assert_eq!(sum.term(0, 2, 1), "0·ln 0.2000");
        assert_eq!(sum.sample_total(0), "0.1054 + 0.3567 + 0.2231 = 0.6852");
        assert_eq!((sum.term(1, 0, 0), sum.term(0, 3, 0)), ("", ""));
        assert_eq!(sum.sample_total(1), "");
        let bits = double_sum(
            &state,
            &MultiLabelNumbers::new(&state, Unit::Bits),
            Unit::Bits,
        );
        assert!(bits.lines[0].terms[0][0].starts_with("0·log₂ "));
    }

    #[test]
    fn a_batch_writes_out_the_sum_of_its_samples() {
        let state = PRESETS[1].1();
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        let sum = double_sum(&state, &numbers, Unit::Nats);
        assert_eq!(sum.lines.len(), 3);
        assert!(sum.lines.iter().all(|line| line.terms.len() == 3));
        let samples = numbers.sample_losses.as_ref().unwrap();
        let total = numbers.batch_loss(Reduction::Sum).unwrap();
        assert_eq!(
            sum.total,
            format!("L = {} = {}", shown_terms(samples), rounded(total))
        );
    }

    #[test]
    fn invalid_numbers_write_out_nothing() {
        let state = MultiLabelState {
            q: vec![vec![0.1, f64::NAN, 0.8]],
            ..MultiLabelState::default()
        };
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        assert!(!numbers.is_valid());
        assert_eq!(
            double_sum(&state, &numbers, Unit::Nats),
            DoubleSum::default()
        );
    }

    #[test]
    fn each_reduction_divides_the_sum() {
        let state = PRESETS[1].1();
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        let total = rounded(numbers.batch_loss(Reduction::Sum).unwrap());
        let written: Vec<String> = Reduction::ALL
            .map(|r| {
                format!(
                    "{}{}",
                    reduction_factor(r),
                    reduction_division(r, &numbers, 3, 3)
                )
            })
            .to_vec();
        assert_eq!(
            written,
            [
                format!(" = {total}"),
                format!("(1/m)  = {total} / m = {total} / 3"),
                format!("(1/(m·n))  = {total} / m·n = {total} / 9"),
            ]
        );
        for (k, reduction) in Reduction::ALL.into_iter().enumerate() {
            assert_eq!(reduction_index(reduction), k);
            assert!(REDUCTION_QUANTITIES[k].ends_with(reduction.id()));
        }
    }
}
