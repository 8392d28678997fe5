//! The words of the `entropy` practice questions.

/// A distribution, written "(0.5, 0.3, 0.2)", and the unit asked for.
#[derive(Debug)]
pub struct OfDistribution<'a> {
    /// The distribution, "(0.5, 0.3, 0.2)".
    pub p: &'a str,
    /// The unit's name, "bits".
    pub unit: &'a str,
}

/// The number of outcomes and the cap log n in the unit asked for.
#[derive(Debug)]
pub struct UniformMaximum<'a> {
    /// n, the number of outcomes.
    pub outcomes: usize,
    /// log n, rounded: "2" (bits of 4 outcomes), "1.3863" (nats).
    pub maximum: &'a str,
    /// The unit's name, "bits".
    pub unit: &'a str,
}

/// The `entropy` practice strings of one language.
#[derive(Debug)]
pub struct EntropyPractice {
    /// "P = {p}. What is its entropy H(P), in {unit}?"
    pub of_distribution: fn(&OfDistribution) -> String,
    /// Why the sum of the terms is H(P), and which logarithm the unit takes.
    pub of_distribution_solution: &'static str,
    /// A distribution with an outcome of probability 0: its entropy (the 0 · log 0 pitfall).
    pub with_impossible: fn(&OfDistribution) -> String,
    /// Why the impossible outcome's term 0 · log 0 counts as 0.
    pub with_impossible_solution: &'static str,
    /// Which of a few distributions has the largest entropy (options: the distributions).
    pub most_uncertain: &'static str,
    /// Why the flattest distribution has the largest entropy.
    pub most_uncertain_solution: &'static str,
    /// The largest entropy a distribution over n outcomes can have.
    pub uniform_maximum: fn(&UniformMaximum) -> String,
    /// The right option, then three wrong ones: n units, 1 unit, no cap.
    pub uniform_maximum_options: fn(&UniformMaximum) -> [String; 4],
    /// Why the uniform distribution reaches log n.
    pub uniform_maximum_solution: fn(&UniformMaximum) -> String,
}

/// "1 bits" → "1 bit": English amounts of exactly one unit are singular.
fn amount(value: &str, unit: &str) -> String {
    match (value, unit.strip_suffix('s')) {
        ("1", Some(one)) => format!("1 {one}"),
        _ => format!("{value} {unit}"),
    }
}

pub const EN: EntropyPractice = EntropyPractice {
    of_distribution: |a| format!("A distribution has P = {}. What is its entropy H(P), in {}?", a.p, a.unit),
    of_distribution_solution: "Each outcome adds its probability times its information, p · (−log p); H(P) is the sum of these terms. The unit decides the logarithm: ln for nats, log₂ for bits.",
    with_impossible: |a| format!("One outcome of P = {} can never happen. What is H(P), in {}?", a.p, a.unit),
    with_impossible_solution: "The outcome with p = 0 has infinite information −log 0, but it never happens: its term is 0 · log 0, which counts as 0 (p · log p → 0 as p → 0). So H(P) is the sum over the other outcomes only.",
    most_uncertain: "Which of these distributions has the largest entropy?",
    most_uncertain_solution: "The flatter a distribution, the harder the outcome is to predict, and the larger H(P). The closer every probability is to 1/n, the closer H(P) comes to its cap log n.",
    uniform_maximum: |a| format!("A distribution has {} outcomes. What is the largest entropy it can have, in {}?", a.outcomes, a.unit),
    uniform_maximum_options: |a| [
        format!("log {} = {}, when all outcomes are equally likely", a.outcomes, amount(a.maximum, a.unit)),
        format!("{}: one for each outcome", amount(&a.outcomes.to_string(), a.unit)),
        format!("{}, whatever the number of outcomes", amount("1", a.unit)),
        "There is no cap: H(P) grows as the probabilities spread".to_string(),
    ],
    uniform_maximum_solution: |a| format!("With no clue which outcome comes, every outcome has p = 1/{n} and each adds (1/{n}) · log {n}; the {n} terms sum to log {n} = {}. Any other distribution is easier to predict and has a smaller H(P).", amount(a.maximum, a.unit), n = a.outcomes),
};

pub const ZH: EntropyPractice = EntropyPractice {
    of_distribution: |a| format!("某分布 P = {}。它的熵 H(P) 是多少（单位：{}）？", a.p, a.unit),
    of_distribution_solution: "每个结果贡献它的概率乘以它的信息量，即 p · (−log p)；H(P) 是这些项的和。单位决定对数的底：奈特用 ln，比特用 log₂。",
    with_impossible: |a| format!("分布 P = {} 中有一个结果永远不会发生。H(P) 是多少（单位：{}）？", a.p, a.unit),
    with_impossible_solution: "概率为 0 的结果信息量 −log 0 是无穷大，但它永远不会发生：它的项是 0 · log 0，按约定记为 0（p 趋于 0 时 p · log p 趋于 0）。所以 H(P) 只是其余结果各项的和。",
    most_uncertain: "下面哪个分布的熵最大？",
    most_uncertain_solution: "分布越平坦，结果越难预测，H(P) 就越大。各个概率越接近 1/n，H(P) 就越接近它的上限 log n。",
    uniform_maximum: |a| format!("某分布有 {} 个结果。它的熵最大能有多少（单位：{}）？", a.outcomes, a.unit),
    uniform_maximum_options: |a| [
        format!("log {} = {} {}，此时所有结果等可能", a.outcomes, a.maximum, a.unit),
        format!("{} {}：每个结果一份", a.outcomes, a.unit),
        format!("1 {}，与结果的个数无关", a.unit),
        "没有上限：概率越分散，H(P) 就越大".to_string(),
    ],
    uniform_maximum_solution: |a| format!("毫无线索时，每个结果的概率都是 1/{n}，各贡献 (1/{n}) · log {n}；{n} 项之和为 log {n} = {} {}。其他任何分布都更容易预测，H(P) 也更小。", a.maximum, a.unit, n = a.outcomes),
};
